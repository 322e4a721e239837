"""Helpers for event dating: the timex a trigger governs in the parse, EventDate, granularity."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.time import event_date, extract_timexes, granularity, timex_for_token
from newsgraph.model import Article, Timex
from newsgraph.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def parser() -> Language:
    return build_pipeline(components=())


def dated(parser: Language, text: str, published: str = "2023-12-15") -> dict[str, str | None]:
    """Trigger text → value of its timex, for every verb and noun of the text."""
    article = Article.new(text, published=published)
    doc = parser(text)
    extract_timexes(doc, article)
    out: dict[str, str | None] = {}
    for tok in doc:
        if tok.pos_ in ("VERB", "NOUN"):
            timex = timex_for_token(doc, article, tok)
            out[tok.text] = timex.value if timex else None
    return out


def test_prepositional_and_bare_attachment(parser: Language) -> None:
    got = dated(parser, "Munir met Blinken in Washington on Thursday. Austin visited Paris Wednesday.")
    assert got["met"] == "2023-12-14"
    assert got["visited"] == "2023-12-13"


def test_nominal_trigger_and_clause_boundaries(parser: Language) -> None:
    got = dated(parser, "The meeting on Thursday was tense. Officials said that the army attacked a camp.")
    assert got["meeting"] == "2023-12-14"
    assert got["attacked"] is None


def test_subordinate_clause_dates_do_not_leak_to_the_main_verb(parser: Language) -> None:
    got = dated(parser, "The talks resumed after the group ended its ceasefire in November last year.")
    assert got["ended"] == "2022-11"
    assert got["resumed"] is None


def test_inherits_through_control_verbs(parser: Language) -> None:
    got = dated(parser, "On Monday the ministers agreed to cooperate on security.")
    assert got["agreed"] == "2023-12-11"
    assert got["cooperate"] == "2023-12-11"


def test_sets_and_plain_durations_are_not_event_dates(parser: Language) -> None:
    got = dated(parser, "Officials met every week for three days.")
    assert got["met"] is None


def test_event_date_keeps_granularity_and_ranges() -> None:
    art = Article.new("x", published="2023-12-15")
    month = Timex("t1", 0, 10, "Last month", "DATE", "2023-11")
    assert event_date(month, art).value == "2023-11"
    assert granularity(event_date(month, art).value) == "month"
    span = Timex("t2", 0, 14, "December 14-16", "DURATION", "P3D", begin="2023-12-14", end_value="2023-12-16")
    date = event_date(span, art)
    assert (date.value, date.begin, date.end, date.timex, date.fallback) == (
        "2023-12-14", "2023-12-14", "2023-12-16", "t2", False)
    fallback = event_date(None, art)
    assert (fallback.value, fallback.fallback) == ("2023-12-15", True)
    assert event_date(None, Article.new("x")).value == "XXXX-XX-XX"


@pytest.mark.parametrize(("value", "gran"), [
    ("2023-12-14", "day"), ("2023-W50", "week"), ("2023-W50-WE", "weekend"), ("2023-09", "month"),
    ("2023-Q3", "quarter"), ("2023-H1", "half"), ("2023-SU", "season"), ("2022", "year"), ("199", "decade"),
    ("20", "century"), ("2023-12-14T15:00", "time"), ("P3D", "duration"), ("PRESENT_REF", "reference"),
    ("XXXX-XX-XX", "day"), ("whenever", "unknown"),
])
def test_granularity(value: str, gran: str) -> None:
    assert granularity(value) == gran
