"""Eval gate: every temporal expression of the two shared samples found and normalized correctly."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.gold import load_gold
from newsgraph.evaluate.time import score_timexes
from newsgraph.model import Article, check_offsets
from tests.conftest import requires_shared

GOLD = Path(__file__).parent / "gold" / "timexes_samples.jsonl"


@pytest.mark.eval
@requires_shared
def test_sample_timexes_all_right(processed_samples: dict[str, Article]) -> None:
    gold = load_gold([GOLD], kinds=["timex"])
    articles = {f"samples:{key}": art for key, art in processed_samples.items()}
    figures = score_timexes(gold, articles)
    assert figures["gold"] == 14
    assert figures["strict_f1"] == 1.0, figures
    assert figures["value_f1"] == 1.0, figures
    assert figures["type_accuracy"] == 1.0, figures


@requires_shared
def test_sample_anchors(processed_samples: dict[str, Article]) -> None:
    release = processed_samples["004_5477d2f314ea0578"]
    anchors = {t.text: t.anchor for t in release.timexes}
    assert anchors["today"] == "quote"  # the day of the press release, not of publication
    assert anchors["yesterday"] == "dct" and anchors["July"] == "dct"
    munir = processed_samples["000_22186985d1c5b4ba"]
    assert {t.anchor for t in munir.timexes if t.text == "2021"} == {"text"}
    for art in processed_samples.values():
        assert check_offsets(art) == []
