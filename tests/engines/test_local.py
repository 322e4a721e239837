"""The local engine: the same results, in the same order, with one worker or a pool of two."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from newsgraph.engines.base import BatchResult, EngineOptions, chunked, peak_rss, process_batch
from newsgraph.engines.local import LocalEngine
from newsgraph.errors import InputError
from tests.engines.corpus import ARTICLES


def test_options_are_checked_before_anything_starts() -> None:
    with pytest.raises(InputError, match="--workers: must be at least 1"):
        EngineOptions(workers=0)
    with pytest.raises(InputError, match="--batch-size"):
        EngineOptions(batch_size=0)
    with pytest.raises(InputError, match="unknown kind"):
        EngineOptions(facts=frozenset({"gossip"}))


def test_chunks_are_lazy_and_complete() -> None:
    assert [len(c) for c in chunked(iter(range(7)), 3)] == [3, 3, 1]
    assert list(chunked([], 3)) == []


def test_a_batch_task_reports_its_process_and_memory() -> None:
    result = process_batch(4, ARTICLES[:2])
    assert result.index == 4 and [r["source_id"] for r in result.rows] == [None, None]
    assert [r["text"] for r in result.rows] == [a["text"] for a in ARTICLES[:2]]
    assert 0 < result.peak_rss <= peak_rss()


def test_two_workers_give_the_same_rows_in_the_same_order() -> None:
    batches = list(chunked(ARTICLES, 2))
    with LocalEngine(EngineOptions(workers=1, batch_size=2)) as one:
        serial = list(one.run(batches))
    with LocalEngine(EngineOptions(workers=2, batch_size=2)) as two:
        pooled = list(two.run(batches))
        assert len(two.peak_rss) >= 1  # the workers' own process ids, not this one's
    assert [r.index for r in pooled] == [0, 1, 2]
    assert [r.rows for r in pooled] == [r.fact_rows() for r in serial]
    assert all(r.articles and not r.rows for r in serial)  # in this process: nothing converted
    assert all(r.rows and not r.articles for r in pooled)


def test_the_serial_engine_keeps_the_loaded_model_out_of_collections_while_it_runs() -> None:
    import gc

    from newsgraph.engines.base import YOUNG_OBJECTS

    before = gc.get_threshold()
    with LocalEngine(EngineOptions(workers=1)) as one:
        [result] = list(one.run([ARTICLES[:1]]))
        assert gc.get_freeze_count() > 100_000  # the model's objects, frozen once loaded
        assert gc.get_threshold() == (YOUNG_OBJECTS, *before[1:])  # fewer sweeps of the young objects
    assert gc.get_freeze_count() == 0  # handed back when the engine closes
    assert gc.get_threshold() == before
    assert result.articles[0].text == ARTICLES[0]["text"]


def _fake_parse(calls: list[tuple[str, str, int]], fail_at: int = -1) -> Any:
    """A stand-in for ``parse_batch`` that records which thread runs each half of each batch; batch 0's
    second half waits (up to 10 s) until batch 1 is being parsed."""
    parsing_1 = threading.Event()

    def parse(index: int, rows: Any, model: Any, facts: Any, *, plain: bool) -> Any:
        calls.append(("parse", threading.current_thread().name, index))
        if index == 1:
            parsing_1.set()
        if index == fail_at:
            raise RuntimeError("the model broke")

        def finish() -> BatchResult:
            if index == 0:
                parsing_1.wait(10)
            calls.append(("finish", threading.current_thread().name, index))
            return BatchResult(index=index, rows=[{"text": r["text"]} for r in rows])
        return finish
    return parse


def test_the_serial_engine_finishes_a_batch_while_it_parses_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str, int]] = []
    monkeypatch.setattr("newsgraph.engines.local.parse_batch", _fake_parse(calls))
    with LocalEngine(EngineOptions(workers=1)) as one:
        results = list(one.run(chunked(ARTICLES, 2)))
    assert [r.index for r in results] == [0, 1, 2]
    assert [r.rows[0]["text"] for r in results] == [a["text"] for a in ARTICLES[::2]]
    main = threading.current_thread().name
    assert [(what, who == main, i) for what, who, i in calls if what == "parse"] == [
        ("parse", True, 0), ("parse", True, 1), ("parse", True, 2)]
    finishing = [who for what, who, _ in calls if what == "finish"]
    assert len(finishing) == 3 and all(who.startswith("newsgraph-finish") for who in finishing)
    assert calls.index(("parse", main, 1)) < calls.index(("finish", finishing[0], 0))  # they overlapped


def test_a_batch_that_cannot_be_parsed_is_raised_after_the_batch_before_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str, int]] = []
    monkeypatch.setattr("newsgraph.engines.local.parse_batch", _fake_parse(calls, fail_at=1))
    got: list[int] = []
    with LocalEngine(EngineOptions(workers=1)) as one, pytest.raises(RuntimeError, match="the model broke"):
        for result in one.run(chunked(ARTICLES, 2)):
            got.append(result.index)
    assert got == [0]  # batch 0 is handed over (and stored) before the error stops the run


def test_the_serial_engine_shortens_the_switch_interval_while_it_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from newsgraph.engines.local import SWITCH_INTERVAL

    seen: list[float] = []

    def parse(index: int, rows: Any, model: Any, facts: Any, *, plain: bool) -> Any:
        seen.append(sys.getswitchinterval())
        return lambda: BatchResult(index=index, rows=[])

    monkeypatch.setattr("newsgraph.engines.local.parse_batch", parse)
    before = sys.getswitchinterval()
    with LocalEngine(EngineOptions(workers=1)) as one:
        assert [r.index for r in one.run([[{"text": "x"}], [{"text": "y"}]])] == [0, 1]
    assert seen == [SWITCH_INTERVAL, SWITCH_INTERVAL] and sys.getswitchinterval() == before
