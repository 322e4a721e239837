"""The background writer: jobs in order, errors raised in the caller's thread, nothing run after a failure;
and a threaded ingest stores what a synchronous one does."""

from __future__ import annotations

import json
import threading
from functools import partial
from pathlib import Path

import pytest

import newsgraph.engines.ingest as ingest_module
from newsgraph.engines.base import EngineOptions
from newsgraph.engines.ingest import RunStats, ingest_items
from newsgraph.engines.writer import InputOrder, Writer
from newsgraph.errors import InputError
from newsgraph.ingest.run import IngestReport
from newsgraph.model import Article
from newsgraph.store import Store
from tests.engines.corpus import ARTICLES, dump


def _note(seen: list[tuple[int, str]], n: int) -> None:
    seen.append((n, threading.current_thread().name))


def test_jobs_run_in_order_in_another_thread() -> None:
    seen: list[tuple[int, str]] = []
    with Writer(depth=1) as writer:
        for n in range(20):
            writer.submit(partial(_note, seen, n))
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {"newsgraph-writer"}


def test_unthreaded_jobs_run_at_once() -> None:
    seen: list[int] = []
    with Writer(threaded=False) as writer:
        writer.submit(lambda: seen.append(1))
        assert seen == [1]


def test_a_failed_job_stops_the_writer_and_is_raised_in_the_caller() -> None:
    seen: list[int] = []
    gate = threading.Event()

    def fail() -> None:
        gate.wait()
        raise ValueError("disk on fire")

    writer = Writer(depth=4)
    writer.submit(lambda: seen.append(1))
    writer.submit(fail)
    writer.submit(lambda: seen.append(3))  # queued behind the failure: never runs
    gate.set()
    with pytest.raises(ValueError, match="disk on fire"):
        writer.close()
    assert seen == [1]


def test_the_error_surfaces_at_the_next_submit() -> None:
    failed = threading.Event()

    def fail() -> None:
        failed.set()
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"), Writer() as writer:
        writer.submit(fail)
        failed.wait()
        for _ in range(100):  # the writer may not have recorded it yet on the first submits
            writer.submit(lambda: None)


def test_a_closed_writer_takes_no_job() -> None:
    for threaded in (True, False):
        writer = Writer(threaded=threaded)
        writer.close()
        with pytest.raises(RuntimeError, match="closed"):
            writer.submit(lambda: None)


def test_an_error_of_the_caller_waits_for_queued_jobs_and_wins() -> None:
    seen: list[int] = []
    with pytest.raises(KeyError), Writer() as writer:
        writer.submit(lambda: seen.append(1))
        writer.submit(lambda: seen.append(2))
        raise KeyError("caller")
    assert seen == [1, 2]


def _items() -> list[Article | InputError]:
    french = Article.new("Le ministre a rencontré son homologue hier à Paris pour parler de commerce et de "
                         "la sécurité régionale entre les deux pays voisins.", language="fr")
    arts: list[Article | InputError] = [Article.from_dict(a) for a in ARTICLES]
    return [arts[0], InputError("x.txt", "empty file"), french, *arts[1:4], arts[0], french, *arts[4:]]


def test_threaded_ingest_stores_what_a_synchronous_one_does(tmp_path: Path) -> None:
    with Store.open(":memory:") as mem:  # ":memory:": stored in this thread
        ingest_items([Article.from_dict(ARTICLES[5])], mem)
        sync = ingest_items(_items(), mem, EngineOptions(batch_size=2))
        expected = dump(mem)
    with Store.open(tmp_path / "t.db") as store:  # a file: stored by the writer thread
        ingest_items([Article.from_dict(ARTICLES[5])], store)
        threaded = ingest_items(_items(), store, EngineOptions(batch_size=2))
        assert dump(store) == expected
    r = threaded.report
    assert r.summary() == sync.report.summary()
    assert list(map(str, r.failed)) == list(map(str, sync.report.failed))
    assert (r.read, r.stored, r.duplicates, r.not_english, len(r.failed)) == (9, 6, 3, 1, 1)
    assert threaded.stats.articles == sync.stats.articles == 5


def test_a_store_failure_in_the_writer_keeps_earlier_batches(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.store_batch
    calls: list[int] = []

    def second_fails(*args: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("store bug")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "store_batch", second_fails)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    with Store.open(tmp_path / "f.db") as store:
        with pytest.raises(RuntimeError, match="store bug"):
            ingest_module.ingest_paths([src], store, EngineOptions(batch_size=2))
        assert [r["source"] for r in store.fetch("SELECT source FROM articles ORDER BY source")] == \
            ["Dawn", "Reuters"]


def test_progress_from_the_writer_thread_counts_every_article(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def note(report: IngestReport, stats: RunStats) -> None:
        seen.append((report.stored + report.duplicates + len(report.failed), stats.articles))

    with Store.open(tmp_path / "p.db") as store:
        result = ingest_items(_items(), store, EngineOptions(batch_size=2), on_progress=note)
    done = [n for n, _ in seen]
    assert done == sorted(done) and done[-1] == 10  # 9 articles read and 1 bad input
    assert seen[-1][1] == result.stats.articles == 6


def test_articles_read_ahead_are_ordered_after_the_batches_read_before_them() -> None:
    jobs: list[str] = []
    order = InputOrder(jobs.append)  # type: ignore[arg-type]  # names stand for the jobs
    order.keep("k0")  # read before any batch: at once
    batches = order.batches(iter(["b0", "b1", "b2"]))
    next(batches)
    order.keep("k1")  # read while batch 1 is cut, batch 0 not done yet: held
    next(batches)
    order.keep("k2a")
    order.keep("k2b")
    assert jobs == ["k0"]
    order.batch_done("b0")
    assert jobs == ["k0", "b0", "k1"]
    order.batch_done("b1")
    next(batches)
    order.batch_done("b2")
    order.keep("k3")  # every batch done: at once
    assert jobs == ["k0", "b0", "k1", "b1", "k2a", "k2b", "b2", "k3"]


def test_held_jobs_are_flushed_when_the_engine_stops_early() -> None:
    jobs: list[str] = []
    order = InputOrder(jobs.append)  # type: ignore[arg-type]
    next(order.batches(iter(["b0"])))
    order.keep("k1")
    order.flush()
    assert jobs == ["k1"]


def test_rows_are_stored_in_input_order_although_the_engine_reads_ahead(tmp_path: Path) -> None:
    french = Article.new("Le ministre des Affaires étrangères a rencontré son homologue hier à Paris "
                         "pour parler de la sécurité régionale.", language="fr")
    arts = [Article.from_dict(a) for a in ARTICLES[:4]]
    with Store.open(tmp_path / "o.db") as store:
        ingest_items([arts[0], arts[1], french, arts[2], arts[3]], store, EngineOptions(batch_size=2))
        stored = [r["id"] for r in store.fetch("SELECT id FROM articles ORDER BY rowid")]
    assert stored == [arts[0].id, arts[1].id, french.id, arts[2].id, arts[3].id]
