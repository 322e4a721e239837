""""(Over) the weekend", "overnight" and a weekday of a named week ("Monday last week") read against the
publication date and the clause's tense
(:mod:`newsgraph.extract.time_normalize`, :mod:`newsgraph.extract.time_grammar`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.time_grammar import find_timexes
from newsgraph.extract.time_normalize import Ref

FRIDAY = Ref(dt.date(2024, 3, 15))


def _values(text: str, ref: Ref = FRIDAY) -> dict[str, str]:
    return {f.text: f.reading.value for f in find_timexes(text, ref)}


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Rebels kidnapped two engineers over the weekend.", dt.date(2024, 3, 15), "2024-W10-WE"),
    ("Rebels kidnapped two engineers over the weekend.", dt.date(2024, 3, 18), "2024-W11-WE"),
    ("The talks will go on over the weekend.", dt.date(2024, 3, 15), "2024-W11-WE"),
])
def test_the_weekend_is_the_latest_one_in_the_past_the_next_in_the_future(text: str, day: dt.date,
                                                                          value: str) -> None:
    assert _values(text, Ref(day))["the weekend"] == value


@pytest.mark.parametrize("text", [
    "Shops in the old town close over the weekends.",
    "The weekender sailed at dawn.",
    "Music to soothe weekend's crowds played on.",
])
def test_the_weekend_ends_at_a_word_boundary(text: str) -> None:
    assert not any("weekend" in t for t in _values(text))


def test_overnight_in_the_past_is_the_night_before() -> None:
    assert _values("Rebels shelled the town overnight, residents said.")["overnight"] == "2024-03-14TNI"


@pytest.mark.parametrize("text", [
    "The minister made an overnight stay in Sella.",
    "The mood in the town changed overnight.",
    "Shares in the firm fell 9% overnight.",
])
def test_overnight_as_suddenly_or_a_market_move_is_no_date(text: str) -> None:
    assert "overnight" not in {k.lower() for k in _values(text)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Police held the baker on Monday last week.", "Monday last week", "2024-03-04"),
    ("Police held the baker on Tuesday of this week.", "Tuesday of this week", "2024-03-12"),
    ("The court will sit on Monday next week.", "Monday next week", "2024-03-18"),
])
def test_a_weekday_of_a_named_week_is_that_weeks(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
