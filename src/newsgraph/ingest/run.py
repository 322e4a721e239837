"""Ingesting: read inputs, skip what is stored already, run the pipeline, store each article atomically.

The ingest rules live here: :func:`admit` (before processing) and :func:`store_article` (after), which
:mod:`newsgraph.engines.ingest` (what ``newsgraph ingest`` runs) applies too. :func:`ingest_items` is the
simple in-process runner around them, and :func:`extract_items` the store-less one of ``newsgraph extract``.
A caller can pass its own ``processor`` (a function from a batch of articles to the same articles with their
facts); by default the spaCy pipeline runs in this process, and is only loaded once there is a new English
article to process.

What happens to each input:

- a bad input (see :mod:`newsgraph.ingest.readers`) is counted as failed, with its one-line reason;
- an article whose id (the hash of its normalized text) was read earlier in the same run is a duplicate and
  is skipped; so is one stored already, unless it is a better copy -- it adds metadata the stored one lacks,
  above all a publication date, and conflicts with none (:mod:`newsgraph.ingest.update`): then the stored
  article is processed again with the merged metadata and its facts are replaced (counted as updated);
- an article that is clearly not English (:mod:`newsgraph.ingest.language`) is stored with its language
  code and without facts (``processed = 0``), and the skip is logged;
- every other article goes through the pipeline in batches and is stored with all its facts in one
  transaction. An article the pipeline fails on, or whose facts have offsets outside its text, is counted
  as failed (the rest of its batch is still stored).

>>> from newsgraph.store import Store
>>> from newsgraph.model import Article
>>> with Store.open(":memory:") as store:
...     fr = Article.new("Le ministre a parlé.", language="fr")
...     report = ingest_items([fr, fr], store)
>>> report.stored, report.duplicates, report.not_english
(1, 1, 1)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsgraph.errors import InputError, NewsgraphError, StoreError
from newsgraph.ingest import update
from newsgraph.ingest.readers import Item, read_paths
from newsgraph.ingest.records import NO_OVERRIDES, Overrides
from newsgraph.model import Article, check_offsets
from newsgraph.store import Store
from newsgraph.store.backend import Row

log = logging.getLogger(__name__)

Processor = Callable[[Sequence[Article]], Iterable[Article]]


@dataclass
class IngestReport:
    """What an ingest run did. ``read`` counts articles read; bad inputs are in ``failed`` only."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    not_english: int = 0
    failed: list[InputError] = field(default_factory=list)
    updated: int = 0
    #: Ids of stored articles admitted for re-processing and not yet stored again.
    updates: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed

    def summary(self) -> str:
        """One line for people.

        >>> IngestReport(read=3, stored=2, duplicates=1).summary()
        'read 3 articles: 2 stored, 1 duplicate skipped, 0 failed'
        >>> IngestReport(read=2, stored=1, updated=1).summary()
        'read 2 articles: 1 stored, 1 updated, 0 duplicates skipped, 0 failed'
        """
        dup = "duplicate" if self.duplicates == 1 else "duplicates"
        updated = f"{self.updated} updated, " if self.updated else ""
        line = (f"read {self.read} article{'s' if self.read != 1 else ''}: {self.stored} stored, {updated}"
                f"{self.duplicates} {dup} skipped, {len(self.failed)} failed")
        if self.not_english:
            line += f" ({self.not_english} not in English, stored without facts)"
        return line


def default_processor(model: str | None = None) -> Processor:
    """The in-process spaCy pipeline as a processor, loaded on its first batch.

    >>> callable(default_processor())  # cheap: nothing is loaded until a batch comes
    True
    """
    from newsgraph.nlp import build_pipeline
    from newsgraph.process import process_articles

    def run(batch: Sequence[Article]) -> Iterable[Article]:
        return process_articles(batch, build_pipeline(model))

    return run


def where_of(article: Article) -> str:
    """How an article is named in messages: its source id, else its id.

    >>> where_of(Article.new("Hi.", source_id="feed.jsonl:3"))
    'feed.jsonl:3'
    >>> where_of(Article.new("Hi.")) == Article.new("Hi.").id
    True
    """
    return article.source_id or article.id


def admit(items: Iterable[Item], store: Store, report: IngestReport, *,
          stored: Callable[[str], Row | None] | None = None,
          keep: Callable[[Article], None] | None = None) -> Iterator[Article]:
    """The ingest rules before processing: yield the articles to process, in input order.

    A bad input is counted as failed; an article read earlier in the same call, or stored already, is counted
    as a duplicate and skipped -- unless it is a better copy of a stored one (:func:`_better_copy`): that
    article is yielded with the merged metadata and its id noted in ``report.updates``. An article not in
    English is stored at once, without facts.

    ``stored`` (the stored metadata of an article id, or None) and ``keep`` (store an article not in English)
    stand in for asking ``store`` itself, when another thread writes to it (:mod:`newsgraph.engines.writer`).

    >>> from newsgraph.store import Store
    >>> report = IngestReport()
    >>> with Store.open(":memory:") as store:
    ...     items = [Article.new("One."), Article.new("One."), Article.new("Un.", language="fr")]
    ...     todo = [a.text for a in admit(items, store, report)]
    >>> todo, report.read, report.duplicates, report.not_english, report.stored
    (['One.'], 3, 1, 1, 1)
    """
    lookup = stored or store.stored_metadata
    seen: dict[str, bool] = {}  # article id -> whether the copy read first has a publication date
    for item in items:
        if isinstance(item, InputError):
            report.failed.append(item)
            continue
        report.read += 1
        if item.id in seen:
            report.duplicates += 1
            if seen[item.id] is False and item.published:
                log.warning("%s: same text as an undated article read before it; its publication date %s is "
                            "not used (put the dated copy first)", where_of(item), item.published)
            continue
        meta = lookup(item.id)
        if meta is not None:
            better = _better_copy(item, meta, report)
            if better is None:
                continue
            item = better
        seen[item.id] = bool(item.published)
        if item.language != "en":
            log.info("%s: language %r, not English: stored without running the pipeline", where_of(item),
                     item.language)
            report.not_english += 1
            if keep:
                keep(item)
            else:
                store_article(item, store, report, processed=False)
            continue
        yield item


def _better_copy(item: Article, meta: Row, report: IngestReport) -> Article | None:
    """A copy of a stored article: the article to re-process (noted in ``report.updates``) when the copy adds
    metadata and conflicts with none, else None (a duplicate; a conflict is logged)."""
    verdict = update.compare(meta, item)
    if not verdict.updates:
        report.duplicates += 1
        if verdict.conflicts:
            log.warning("%s", update.conflict_message(where_of(item), meta, item, verdict))
        return None
    log.info("%s: same text as stored article %s, which lacks its %s: processing it again", where_of(item),
             item.id, update.describe(verdict.adds))
    report.updates.add(item.id)
    return update.merged(meta, item, verdict)


def put_article(item: Article, store: Store, report: IngestReport, *, processed: bool = True) -> str:
    """Write one article: in place of its stored copy when admitted as a better copy (its id is in
    ``report.updates``); ``stored``, ``updated`` or ``duplicate``. Counting is :func:`count_put`'s.

    >>> from newsgraph.store import Store
    >>> with Store.open(":memory:") as store:
    ...     report = IngestReport()
    ...     first = put_article(Article.new("One."), store, report)
    ...     report.updates.add(Article.new("One.").id)
    ...     first, put_article(Article.new("One.", published="2023-12-15"), store, report)
    ('stored', 'updated')
    """
    if item.id in report.updates:
        return "updated" if store.replace_article(item, processed=processed) else "stored"
    return "stored" if store.write_article(item, processed=processed) else "duplicate"


def count_put(item: Article, outcome: str, report: IngestReport) -> None:
    """Count what :func:`put_article` did (an update is also logged, naming the article).

    >>> report = IngestReport()
    >>> count_put(Article.new("One."), "updated", report)
    >>> report.updated, report.stored
    (1, 0)
    """
    report.updates.discard(item.id)
    if outcome == "updated":
        report.updated += 1
        log.info("%s: updated stored article %s (published %s): its facts replaced", where_of(item), item.id,
                 item.published or "unknown")
    elif outcome == "stored":
        report.stored += 1
    else:
        report.duplicates += 1


def checked(item: Article | InputError) -> Article | InputError:
    """A processed article, or an error when its facts' offsets do not fit its text.

    >>> from newsgraph.model import Mention
    >>> art = Article.new("Short.", source_id="a.txt")
    >>> checked(art) is art
    True
    >>> art.mentions = [Mention("m1", 0, 500, "x", "PERSON")]
    >>> print(checked(art))
    a.txt: extraction produced bad offsets: m1: span 0-500 outside the text (length 6)
    """
    if isinstance(item, Article) and (problems := check_offsets(item)):
        return InputError(where_of(item), f"extraction produced bad offsets: {problems[0]}")
    return item


def store_article(item: Article | InputError, store: Store, report: IngestReport, *,
                  processed: bool = True) -> None:
    """The ingest rules after processing: store one article, or count why it could not be stored.

    An error, an article with bad offsets (:func:`checked`) or one the store refuses is counted as failed;
    an article stored already is counted as a duplicate, unless :func:`admit` let it in as a better copy of
    the stored one (then it replaces it, and is counted as updated).

    >>> from newsgraph.store import Store
    >>> report = IngestReport()
    >>> with Store.open(":memory:") as store:
    ...     store_article(Article.new("One."), store, report)
    ...     store_article(Article.new("One."), store, report)
    ...     store_article(InputError("b.txt", "empty file"), store, report)
    >>> report.stored, report.duplicates, [str(e) for e in report.failed]
    (1, 1, ['b.txt: empty file'])
    """
    item = checked(item)
    if isinstance(item, InputError):
        report.failed.append(item)
        return
    try:
        count_put(item, put_article(item, store, report, processed=processed), report)
    except StoreError as exc:
        report.failed.append(InputError(where_of(item), str(exc)))


def _process(batch: list[Article], processor: Processor) -> list[Article | InputError]:
    """The processed batch; when it fails, article by article, so one bad article fails alone."""
    try:
        return list(processor(batch))
    except NewsgraphError:
        raise
    except Exception:  # a stage failing on some article: find which, keep the others
        log.debug("batch failed, retrying article by article", exc_info=True)
    out: list[Article | InputError] = []
    for art in batch:
        try:
            out.extend(processor([art]))
        except NewsgraphError:
            raise
        except Exception as exc:
            log.debug("%s: processing failed", where_of(art), exc_info=True)
            out.append(InputError(where_of(art), f"processing failed: {type(exc).__name__}: {exc}"))
    return out


def _in_batches(articles: Iterable[Article], processor: Processor,
                batch_size: int) -> Iterator[Article | InputError]:
    """Articles processed in batches of ``batch_size``, in order, each checked (:func:`checked`)."""
    batch: list[Article] = []
    for art in articles:
        batch.append(art)
        if len(batch) >= batch_size:
            yield from map(checked, _process(batch, processor))
            batch = []
    if batch:
        yield from map(checked, _process(batch, processor))


Progress = Callable[[IngestReport], None]


def ingest_items(items: Iterable[Item], store: Store, *, processor: Processor | None = None,
                 batch_size: int = 16, on_progress: Progress | None = None) -> IngestReport:
    """Ingest what readers yield into a store (see the module docs); returns the report.

    ``on_progress`` is called with the report after every stored article and once at the end.

    >>> from newsgraph.store import Store
    >>> items = [Article.new("One."), InputError("b.txt", "empty file")]
    >>> with Store.open(":memory:") as store:  # ``list``: a stand-in pipeline that finds nothing
    ...     report = ingest_items(items, store, processor=list)
    ...     [a.text for a in store.articles()]
    ['One.']
    >>> report.summary()
    'read 1 article: 1 stored, 0 duplicates skipped, 1 failed'
    """
    report = IngestReport()
    for done in _in_batches(admit(items, store, report), processor or default_processor(), batch_size):
        store_article(done, store, report)
        if on_progress:
            on_progress(report)
    if on_progress:
        on_progress(report)
    return report


def extract_items(items: Iterable[Item], *, processor: Processor | None = None,
                  batch_size: int = 16) -> Iterator[Article | InputError]:
    """Read-and-process without a store (``newsgraph extract``): processed articles and errors, in batches.

    Duplicates within the run are left out; articles not in English pass through without facts, as soon
    as they are read.

    >>> fr = Article.new("Un.", language="fr")
    >>> [x.text for x in extract_items([fr, fr], processor=list)]
    ['Un.']
    """
    run = processor or default_processor()
    seen: set[str] = set()
    batch: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        if item.id in seen:
            continue
        seen.add(item.id)
        if item.language != "en":
            yield item
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from map(checked, _process(batch, run))
            batch = []
    if batch:
        yield from map(checked, _process(batch, run))


def ingest_paths(paths: Iterable[str], store: Store, *, overrides: Overrides = NO_OVERRIDES,
                 model: str | None = None, processor: Processor | None = None,
                 on_progress: Progress | None = None) -> IngestReport:
    """Read files, folders or ``-`` (stdin) and ingest every article found into a store.

    >>> from newsgraph.store import Store
    >>> with Store.open(":memory:") as store:
    ...     print(ingest_paths(["missing.txt"], store).summary())
    read 0 articles: 0 stored, 0 duplicates skipped, 1 failed
    """
    return ingest_items(read_paths(paths, overrides), store, processor=processor or default_processor(model),
                        on_progress=on_progress)


def unprocessed(article: Article) -> Article:
    """A stored article as it was read: its metadata without facts, and without a publication date the
    pipeline only inferred (it is inferred again).

    >>> art = Article.new("Hi.", title="T", published="2023-12-15", published_inferred=True)
    >>> art.timexes = []
    >>> fresh = unprocessed(art)
    >>> fresh.title, fresh.published, fresh.published_inferred
    ('T', None, False)
    """
    return Article(id=article.id, text=article.text, url=article.url, source=article.source,
                   title=article.title, published=None if article.published_inferred else article.published,
                   language=article.language, source_id=article.source_id)


def reprocess_ids(ids: Iterable[str], store: Store, *, processor: Processor | None = None,
                  batch_size: int = 16) -> IngestReport:
    """Process stored articles again and replace their facts (``newsgraph reprocess``): after a new model or
    codebook, say. An id that is not stored is counted as failed.

    >>> from newsgraph.store import Store
    >>> with Store.open(":memory:") as store:
    ...     _ = store.write_article(Article.new("One."))
    ...     print(reprocess_ids([Article.new("One.").id, "nope"], store, processor=list).summary())
    read 1 article: 0 stored, 1 updated, 0 duplicates skipped, 1 failed
    """
    report = IngestReport()

    def stored() -> Iterator[Article]:
        for aid in ids:
            art = store.article(aid)
            if art is None:
                report.failed.append(InputError(aid, "no stored article with this id"))
                continue
            report.read += 1
            report.updates.add(aid)
            fresh = unprocessed(art)
            if fresh.language != "en":
                store_article(fresh, store, report, processed=False)
                continue
            yield fresh

    for done in _in_batches(stored(), processor or default_processor(), batch_size):
        store_article(done, store, report)
    return report
