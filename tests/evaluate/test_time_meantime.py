"""Timex scoring, and the eval gate over MEANTIME: ours against a spaCy + dateparser baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.gold import GoldFact
from newsgraph.evaluate.time import (
    GROUPS,
    MeantimeResult,
    TimexCounts,
    count,
    dct_inference,
    evaluate_meantime,
    format_table,
    main,
    report,
    score_timexes,
)
from newsgraph.model import Article, Timex
from tests.conftest import requires_shared


def test_count_strict_relaxed_value_and_type() -> None:
    gold = [(0, 8, "DATE", "2023-12-14"), (20, 30, "DURATION", "P3D"), (40, 44, "DATE", "2021")]
    pred = [(0, 8, "DATE", "2023-12-14"), (16, 30, "DURATION", "P2D"), (50, 54, "DATE", "2020")]
    got = count(gold, pred)
    assert got == TimexCounts(gold=3, pred=3, strict=1, relaxed=2, value=1, type=2)
    figures = got.figures()
    assert figures["strict_f1"] == pytest.approx(1 / 3)
    assert figures["relaxed_f1"] == pytest.approx(2 / 3)
    assert figures["value_f1"] == pytest.approx(1 / 3)
    assert figures["value_accuracy"] == pytest.approx(0.5)


def test_counts_add_up_and_empty_figures_are_zero() -> None:
    total = TimexCounts(1, 1, 1, 1, 1, 1) + TimexCounts(2, 0, 0, 0, 0, 0)
    assert total == TimexCounts(3, 1, 1, 1, 1, 1)
    assert TimexCounts().figures()["value_f1"] == 0.0


def test_score_timexes_from_gold_records() -> None:
    art = Article.new("Met on Thursday.", published="2023-12-15")
    art.timexes = [Timex("t1", 7, 15, "Thursday", "DATE", "2023-12-14")]
    gold = [GoldFact("samples:x", "timex", {"start": 7, "end": 15, "type": "DATE", "value": "2023-12-14"}),
            GoldFact("samples:y", "timex", {"start": 0, "end": 4, "type": "DATE", "value": "2021"})]
    figures = score_timexes(gold, {"samples:x": art})
    assert (figures["gold"], figures["pred"], figures["value_f1"]) == (2, 1, pytest.approx(2 / 3))


def test_report_table_lists_every_group_and_system() -> None:
    counts = {s: {p: TimexCounts(10, 10, 8, 9, 7, 9) for p in ("airbus", "apple", "gm")}
              for s in ("ours", "baseline")}
    table = format_table(report(MeantimeResult(counts)))
    for name in GROUPS:
        assert name in table
    assert table.count("baseline") == len(GROUPS)


def test_command_reports_a_missing_corpus_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path))
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: MEANTIME corpus not found") and err.count("\n") == 1


@pytest.fixture(scope="module")
def meantime() -> dict[str, dict[str, dict[str, float]]]:
    return report(evaluate_meantime())


@pytest.mark.eval
@requires_shared
def test_meantime_value_f1_floor_and_margin_over_baseline(
        meantime: dict[str, dict[str, dict[str, float]]]) -> None:
    ours, base = meantime["all"]["ours"], meantime["all"]["baseline"]
    assert ours["gold"] == 247
    assert ours["value_f1"] >= 0.80, ours
    assert ours["value_f1"] - base["value_f1"] >= 0.10, (ours, base)
    assert ours["strict_f1"] >= 0.85 and ours["relaxed_f1"] >= 0.90, ours
    assert meantime["held-out (gm)"]["ours"]["value_f1"] >= 0.75


@pytest.mark.eval
@requires_shared
def test_dct_inference_reads_every_meantime_date_line() -> None:
    from newsgraph.evaluate.corpora.meantime import iter_meantime

    got = dct_inference(iter_meantime())
    assert got["dateline_exact"] == got["documents"] == 90
    assert got["bounds_not_after_dct"] >= 0.9 * got["bounds_found"]
