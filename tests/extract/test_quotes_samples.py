"""Quotes of the two shared samples: every gold quote found, every speaker right, and the facts an analyst
reads off them (who said it, through what cue, to whom, direct or reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.gold import load_gold
from newsgraph.evaluate.quotes import score_quotes
from newsgraph.model import Article, Quote
from tests.conftest import requires_shared

GOLD = Path(__file__).parent / "gold" / "quotes_samples.jsonl"
A000 = "000_22186985d1c5b4ba"
A004 = "004_5477d2f314ea0578"


def _find(article: Article, words: str) -> Quote:
    return next(q for q in article.quotes if words in q.text)


def _speaker_name(article: Article, quote: Quote) -> str | None:
    sp = quote.speaker
    if sp is None:
        return None
    ent = article.entity(sp.entity)
    return ent.name if ent else sp.name or sp.descriptor


@pytest.mark.eval
@requires_shared
def test_every_sample_quote_found_with_the_right_speaker(processed_samples: dict[str, Article]) -> None:
    gold = load_gold([GOLD], kinds=["quote"])
    figures = score_quotes(gold, {f"samples:{k}": a for k, a in processed_samples.items()})
    assert figures["gold_quotes"] == 21
    assert figures["quote_recall"] == 1.0 and figures["quote_precision"] == 1.0
    assert figures["speaker_accuracy"] == 1.0
    assert figures["kind_accuracy"] == 1.0 and figures["cue_accuracy"] == 1.0


@requires_shared
def test_state_department_spokesperson_and_diplomatic_source(processed_samples: dict[str, Article]) -> None:
    art = processed_samples[A000]
    first, second = _find(art, "important partner"), _find(art, "look forward to continuing")
    for q in (first, second):
        assert q.kind == "direct" and q.speaker is not None
        assert q.speaker.descriptor == "US State Department spokesperson"
        assert q.speaker.affiliation == "US Department of State"
    assert (first.cue, second.cue) == ("say", "add") and second.speaker is not None
    assert second.speaker.text == "the spokesperson"
    mixed = _find(art, "They discussed")
    assert mixed.kind == "mixed" and mixed.cue == "tell" and mixed.addressee == "Dawn"
    assert mixed.speaker is not None and mixed.speaker.descriptor == "diplomatic source"


@requires_shared
def test_pentagon_miller_and_the_foreign_policy_report(processed_samples: dict[str, Article]) -> None:
    art = processed_samples[A000]
    pentagon = _find(art, "the two officials discussed")
    assert pentagon.kind == "direct" and _speaker_name(art, pentagon) == "Pentagon"
    for words in ("I’m not going to comment", "We have taken a number of steps"):
        q = _find(art, words)
        assert q.speaker is not None and q.speaker.text == "he"
        assert _speaker_name(art, q) == "Matthew Miller"
    report = [q for q in art.quotes if q.speaker is not None and q.speaker.text.lower() == "the report"]
    assert {q.cue for q in report} >= {"note", "add", "speculate", "claim", "state"}
    assert all(_speaker_name(art, q) == "Foreign Policy" for q in report)
    assert _find(art, "will play a crucial role").kind == "mixed"


@requires_shared
def test_defence_department_press_release_and_its_continuation(processed_samples: dict[str, Article]) -> None:
    art = processed_samples[A004]
    first = _find(art, "discussed “areas of mutual interest")
    assert first.kind == "mixed" and first.cue_start is not None and first.cue_start > first.end
    release = _find(art, "spoke by phone today")
    assert release.speaker is not None and release.speaker.text == "it"
    assert release.addressee == "a press release"
    follow = _find(art, "Secretary Austin and Gen. Munir discussed")
    for q in (first, release, follow):
        assert _speaker_name(art, q) == "US Department of Defence"
    assert follow.cue == "say" and follow.confidence < release.confidence


@requires_shared
def test_miller_west_and_the_picss_report(processed_samples: dict[str, Article]) -> None:
    art = processed_samples[A004]
    assert _speaker_name(art, _find(art, "We will continue to work with Pakistan")) == "Matthew Miller"
    west = _find(art, "I would say on balance")
    assert west.cue == "state" and west.text.endswith("I would say help.")
    assert _speaker_name(art, west) == "Tom West"
    picss = _find(art, "the first half of the current year")
    assert picss.kind == "indirect" and picss.speaker is not None and picss.speaker.descriptor == "report"
    assert _speaker_name(art, picss) == "Pakistan Institute for Conflict and Security Studies"
