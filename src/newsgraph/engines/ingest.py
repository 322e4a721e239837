"""Batch ingest: stream inputs through an engine into a store, resumable, with progress.

What ``newsgraph ingest`` runs. The inputs are read lazily (:mod:`newsgraph.ingest.readers`), and each
article goes through the same policy as :mod:`newsgraph.ingest.run`:

- a bad input is counted as failed with its one-line reason;
- an article already stored (same id) or read earlier in the run is a duplicate — checked *before* it is
  processed, so rerunning an interrupted ingest skips what was stored and processes only the rest; a
  better copy of a stored article (a publication date it lacked: :mod:`newsgraph.ingest.update`) is
  processed again and replaces the stored one's facts (counted as updated);
- an article that is not in English is stored at once, without facts;
- the others are cut into batches of ``--batch-size`` articles, processed by the engine (in this process,
  a local process pool, or a Dask cluster: :mod:`newsgraph.engines`) and stored in input order, one
  transaction per batch (an article the store refuses is retried alone, so it fails alone). Into a SQLite
  file, a writer thread (:mod:`newsgraph.engines.writer`) stores while the next batch is processed.

Because batches and their order do not depend on the engine or the number of workers, neither does what is
stored.

>>> from newsgraph.store import Store
>>> from newsgraph.model import Article
>>> with Store.open(":memory:") as store:
...     result = ingest_items([Article.new("Le ministre a parlé.", language="fr")], store)
>>> result.report.summary()
'read 1 article: 1 stored, 0 duplicates skipped, 0 failed (1 not in English, stored without facts)'
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from newsgraph.engines.base import EngineOptions, chunked
from newsgraph.engines.local import LocalEngine
from newsgraph.engines.writer import InputOrder, Writer
from newsgraph.errors import InputError, StoreError
from newsgraph.ingest.readers import Item, read_paths
from newsgraph.ingest.records import NO_OVERRIDES, Overrides
from newsgraph.ingest.run import IngestReport, admit, checked, count_put, put_article, store_article
from newsgraph.model import Article
from newsgraph.process import Failure
from newsgraph.store import Store
from newsgraph.store.backend import Row, SQLiteBackend
from newsgraph.store.database import METADATA_COLUMNS

log = logging.getLogger(__name__)

ENGINES: tuple[str, ...] = ("local", "dask")
DEFAULT_OPTIONS = EngineOptions()


@dataclass
class RunStats:
    """Throughput and memory of a run: articles and words processed, wall time, peak RSS per process."""

    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    peak_rss: dict[int, int] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        """Processed articles per second of wall time."""
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        """Processed words (whitespace-separated) per second of wall time."""
        return self.words / self.seconds if self.seconds else 0.0


@dataclass
class IngestResult:
    """What a batch ingest did (:class:`~newsgraph.ingest.run.IngestReport`) and how fast."""

    report: IngestReport
    stats: RunStats


Progress = Callable[[IngestReport, RunStats], None]


def store_batch(store: Store, rows: Sequence[dict[str, Any] | Article], report: IngestReport,
                stats: RunStats) -> None:
    """Store a batch of fact rows (or processed articles) in one transaction, in order; on a store error,
    article by article. An article whose id is in ``report.updates`` replaces its stored copy."""
    articles: list[Article] = []
    for row in rows:
        art = row if isinstance(row, Article) else Article.from_dict(row)
        stats.articles += 1
        stats.words += len(art.text.split())
        item = checked(art)
        if isinstance(item, InputError):
            report.failed.append(item)
        else:
            articles.append(item)
    try:
        with store.db.transaction():
            outcomes = [put_article(a, store, report) for a in articles]
    except StoreError:
        log.debug("batch refused by the store, storing article by article", exc_info=True)
        for art in articles:
            store_article(art, store, report)
        return
    for art, outcome in zip(articles, outcomes, strict=True):
        count_put(art, outcome, report)


def refresh_statistics(store: Store) -> None:
    """Let the database's query planner see the tables as they are now (``ANALYZE``, sampled on SQLite).

    Linking looks up candidates by key among thousands of entities of a type; a planner that has never seen
    statistics may read every entity of the type instead. Batch ingest calls this after the first batch and
    whenever the number of batches stored has doubled, so it runs a handful of times per run.
    """
    if store.db.dialect == "sqlite":
        store.db.execute("PRAGMA analysis_limit = 1000")
    store.db.execute("ANALYZE")


def _failed(report: IngestReport, failures: Iterable[Failure]) -> None:
    for f in failures:
        report.failed.append(InputError(f.source_id or f.id, f"processing failed: {f.reason}"))


@contextmanager
def _shard_folder(shard_dir: str | Path | None, scheduler: str | None) -> Iterator[Path]:
    """The folder for Dask shards: the one given (kept), or a temporary one (removed after loading)."""
    if shard_dir is not None:
        yield Path(shard_dir)
        return
    if scheduler:
        raise InputError("--shards", "a folder every worker can write and this machine can read is needed "
                                     "with --scheduler (a shared file system path)")
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-shards-"))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ingest_items(items: Iterable[Item], store: Store, options: EngineOptions = DEFAULT_OPTIONS, *,
                 engine: str = "local", scheduler: str | None = None, shard_dir: str | Path | None = None,
                 on_progress: Progress | None = None) -> IngestResult:
    """Ingest what readers yield into a store with an engine (see the module docs).

    Into a SQLite file, batches are stored by a :class:`~newsgraph.engines.writer.Writer` thread while the
    next ones are processed (what is stored is the same). The report lists the failures found while reading
    first, then those found while processing or storing, each in input order.
    """
    if engine not in ENGINES:
        raise InputError("--engine", f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    reading, storing, stats = IngestReport(), IngestReport(), RunStats()
    storing.updates = reading.updates  # articles admitted as better copies, replaced when stored
    lookup = _lookup(store)
    start = time.perf_counter()
    stored = [0]

    def save(rows: Sequence[dict[str, Any] | Article], failures: Iterable[Failure]) -> None:
        _failed(storing, failures)
        store_batch(store, rows, storing, stats)
        stored[0] += 1
        if stored[0] & (stored[0] - 1) == 0:  # after batch 1, 2, 4, 8, ...
            refresh_statistics(store)
        stats.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(_merged(reading, storing), stats)

    try:
        with Writer(threaded=lookup is not None) as writer:
            order = InputOrder(writer.submit)

            def keep(art: Article) -> None:
                order.keep(partial(store_article, art, store, storing, processed=False))

            def done(rows: Sequence[dict[str, Any] | Article], failures: Iterable[Failure]) -> None:
                order.batch_done(partial(save, rows, list(failures)))

            admitted = admit(items, store, reading, keep=keep,
                             stored=partial(_stored_metadata, lookup) if lookup else None)
            batches = order.batches(chunked((a.to_dict() for a in admitted), options.batch_size))
            try:
                stats.peak_rss = _run_engine(batches, done, options, engine, scheduler, shard_dir)
            finally:
                order.flush()
    finally:
        if lookup is not None:
            lookup.close()
    report = _merged(reading, storing)
    stats.seconds = time.perf_counter() - start
    if on_progress:
        on_progress(report, stats)
    return IngestResult(report, stats)


def _run_engine(batches: Iterator[list[dict[str, Any]]],
                done: Callable[[Sequence[dict[str, Any] | Article], Iterable[Failure]], None],
                options: EngineOptions, engine: str, scheduler: str | None,
                shard_dir: str | Path | None) -> dict[int, int]:
    """Process the batches with the engine, handing each result to ``done`` in order; the peak RSS per
    process."""
    if engine == "local":
        with LocalEngine(options) as local:
            for result in local.run(batches):
                done(result.articles or result.rows, result.failures)
            return dict(local.peak_rss)
    from newsgraph.engines.dask import DaskEngine
    from newsgraph.engines.shards import read_shard

    with _shard_folder(shard_dir, scheduler) as folder, DaskEngine(options, folder, scheduler) as dask:
        for info in dask.run(batches):
            done(list(read_shard(Path(info.path))), info.failures)
        return dict(dask.peak_rss)


def _lookup(store: Store) -> SQLiteBackend | None:
    """A second connection to look up stored articles while a writer thread stores, or None to store in
    this thread: a SQLite file only (``:memory:`` is one database per connection), not in a transaction.

    >>> _lookup(Store.open(":memory:")) is None
    True
    """
    db = store.db
    if not isinstance(db, SQLiteBackend) or db.path in ("", ":memory:") or db.conn.in_transaction:
        return None
    return SQLiteBackend(db.path)


def _stored_metadata(lookup: SQLiteBackend, article_id: str) -> Row | None:
    """The metadata of a stored article, or None (committed; the run's own articles are known to
    :func:`admit`)."""
    found = lookup.query(f"SELECT {', '.join(METADATA_COLUMNS)} FROM articles WHERE id = ?", (article_id,))
    return found[0] if found else None


def _merged(reading: IngestReport, storing: IngestReport) -> IngestReport:
    """One report of what was found while reading and what while processing and storing.

    >>> _merged(IngestReport(read=3, duplicates=1), IngestReport(stored=2)).summary()
    'read 3 articles: 2 stored, 1 duplicate skipped, 0 failed'
    """
    return IngestReport(read=reading.read, stored=reading.stored + storing.stored,
                        updated=reading.updated + storing.updated,
                        duplicates=reading.duplicates + storing.duplicates,
                        not_english=reading.not_english + storing.not_english,
                        failed=reading.failed + storing.failed)


def ingest_paths(paths: Iterable[str | Path], store: Store, options: EngineOptions = DEFAULT_OPTIONS, *,
                 overrides: Overrides = NO_OVERRIDES, engine: str = "local", scheduler: str | None = None,
                 shard_dir: str | Path | None = None, on_progress: Progress | None = None) -> IngestResult:
    """Read files, folders (also gzipped files and WARC archives) or ``-`` and ingest them into a store."""
    return ingest_items(read_paths(paths, overrides), store, options, engine=engine, scheduler=scheduler,
                        shard_dir=shard_dir, on_progress=on_progress)


def load_shards(paths: Iterable[str | Path], store: Store,
                on_progress: Progress | None = None) -> IngestResult:
    """Store shards written by earlier Dask runs (files, or folders read in shard order).

    Used when the cluster's run and the loading happen apart; shards are loaded in name order, which is
    batch order.
    """
    from newsgraph.engines.shards import read_failures, read_shard

    report, stats = IngestReport(), RunStats()
    start = time.perf_counter()
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("part-*.parquet")) if p.is_dir() else [p]
    for n, f in enumerate(files, 1):
        rows = list(read_shard(f))
        report.read += len(rows)
        _failed(report, read_failures(f))
        store_batch(store, rows, report, stats)
        if n & (n - 1) == 0:
            refresh_statistics(store)
        stats.seconds = time.perf_counter() - start
        if on_progress:
            on_progress(report, stats)
    return IngestResult(report, stats)
