"""The shared metrics behave as their definitions say."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.metrics import PRF, bcubed, conll_f1, match_spans, muc, overlap_ratio


def test_prf_counts() -> None:
    s = PRF(tp=2, fp=2, fn=0) + PRF(tp=1, fp=0, fn=1)
    assert (s.tp, s.fp, s.fn) == (3, 2, 1)
    assert s.precision == pytest.approx(0.6)
    assert s.recall == pytest.approx(0.75)
    assert PRF().f1 == 0.0


def test_exact_and_overlap_matching() -> None:
    gold = [(0, 10), (20, 30)]
    pred = [(0, 10), (22, 30), (40, 50)]
    assert match_spans(gold, pred) == [(0, 0)]
    assert sorted(match_spans(gold, pred, min_ratio=0.5)) == [(0, 0), (1, 1)]
    assert overlap_ratio((0, 10), (40, 50)) == 0.0


def test_bcubed_perfect_and_lumped() -> None:
    gold = {1: "a", 2: "a", 3: "b", 4: "c"}
    assert bcubed(gold, gold).f1 == pytest.approx(1.0)
    lumped = bcubed(gold, dict.fromkeys(gold, "x"))
    assert lumped.recall == pytest.approx(1.0)
    assert lumped.precision == pytest.approx((2 / 4 * 2 + 1 / 4 * 2) / 4)


def test_muc_and_conll() -> None:
    gold = {1: "a", 2: "a", 3: "a", 4: "b"}
    split = {1: "x", 2: "x", 3: "y", 4: "z"}
    assert muc(gold, split).recall == pytest.approx(0.5)
    assert muc(gold, split).precision == pytest.approx(1.0)
    assert 0 < conll_f1(gold, split) < 1
