"""Dates of cross-article merging: a date without a year against dated and yearless reports."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.resolve.event_dates import gap_days, known_date, month_days, narrower_date, yearless_window
from newsgraph.resolve.events import EventCandidate, EventIndex, EventReport, is_candidate, merge_event

AB = frozenset({"E1", "E2"})


@pytest.mark.parametrize(("a", "b", "gap"), [
    ("XXXX-03-14", "2024-03-14", 0), ("2024-03-14", "XXXX-03-14", 0),
    ("XXXX-03-14", "2024-03-15", 1), ("XXXX-03-14", "2024-03-10", 4),
    ("XXXX-03-14", "2024-04-14", 31),  # another month, whatever the year
    ("XXXX-12-31", "2024-01-01", 1), ("XXXX-01-01", "2023-12-31", 1),  # across New Year
    ("XXXX-02-29", "2024-02-29", 0), ("XXXX-02-29", "2023-03-01", 365),  # 2023 has no leap day
    ("XXXX-03", "2024-03-14", 0), ("XXXX-03-14", "2024-03", 0),
    ("XXXX-03-14", "XXXX-03-14", 0), ("XXXX-03-14", "XXXX-03-16", 2),
    ("XXXX-03-14", None, None), ("XXXX-XX-XX", "2024-03-14", None), ("2024-03-14", "2024-03-16", 2),
])
def test_gap_with_a_yearless_date(a: str, b: str | None, gap: int | None) -> None:
    assert gap_days(a, False, b, False) == gap


def test_a_yearless_date_against_a_publication_date_fallback() -> None:
    assert gap_days("XXXX-03-10", False, "2024-03-15", True) == 0  # the week before publication
    assert gap_days("XXXX-03-01", False, "2024-03-15", True) == 7


@pytest.mark.parametrize(("value", "known"), [
    ("XXXX-03-14", True), ("XXXX-03", True), ("2024-03-14", True), ("XXXX-XX-XX", False), ("XXXX", False),
    ("XXXX-WXX", False), (None, False), ("PRESENT_REF", False),
])
def test_known_dates(value: str | None, known: bool) -> None:
    assert known_date(value) is known


def test_a_date_with_a_year_is_narrower_than_one_without() -> None:
    assert narrower_date("XXXX-03-14", "2024-03-14") == "2024-03-14"
    assert narrower_date("2024-03-14", "XXXX-03-14") == "2024-03-14"
    assert narrower_date("XXXX-03-14", None) == "XXXX-03-14"


def test_search_values_of_yearless_dates() -> None:
    assert yearless_window((dt.date(2023, 12, 31), dt.date(2024, 1, 1))) == ["XXXX-01-01", "XXXX-12-31"]
    assert month_days("XXXX-12-31", 1, 1) == ["01-01", "12-30", "12-31"]
    assert month_days("XXXX-XX-XX", 1, 1) == []


@pytest.mark.parametrize(("mine", "theirs", "merged"), [
    ("XXXX-03-14", "2024-03-14", True), ("2024-03-14", "XXXX-03-14", True),
    ("XXXX-03-14", "2024-03-10", False), ("XXXX-03-14", "2024-04-14", False),
    ("XXXX-03-14", None, False), ("XXXX-XX-XX", "2024-03-14", False),
])
def test_a_yearless_meeting_merges_with_the_same_month_and_day_only(
        mine: str, theirs: str | None, merged: bool) -> None:
    report = EventReport("CONSULT", None, mine, AB)
    cand = EventCandidate("V1", "CONSULT", None, theirs, AB)
    assert (merge_event(report, [cand]).event_id == "V1") is merged


def test_a_yearless_meeting_is_a_candidate_and_joins_one_of_two_years() -> None:
    report = EventReport("CONSULT", None, "XXXX-03-14", AB)
    assert is_candidate(report, EventCandidate("V1", "CONSULT", None, "2024-03-14", AB))
    index = EventIndex()
    first = index.add(EventReport("CONSULT", None, "2023-03-14", AB, outlet="A"))
    second = index.add(EventReport("CONSULT", None, "2024-03-14", AB, outlet="B"))
    assert first != second
    assert index.add(report) in (first, second)
    assert len(index.events) == 2
    assert index.events[first].date == "2023-03-14" and index.events[second].date == "2024-03-14"


def test_an_event_a_yearless_report_made_takes_the_year_a_later_report_gives() -> None:
    index = EventIndex()
    gid = index.add(EventReport("CONSULT", None, "XXXX-03-14", AB, outlet="A"))
    assert index.add(EventReport("CONSULT", None, "2024-03-14", AB, outlet="B")) == gid
    assert index.events[gid].date == "2024-03-14"
    assert index.add(EventReport("CONSULT", None, "2023-03-14", AB, outlet="C")) != gid


@pytest.mark.parametrize(("mine", "theirs", "merged"), [
    ("2004", "2005", False),  # a year states its extent: charged in 2004 is not charged in 2005
    ("2010-09", "2010-10-01", False),  # "in September" is not October 1
    ("XXXX-09", "2010-10-01", False),  # nor a yearless September
    ("2010-09", "2010-09-30", True),  # a day of the month
    ("2010-09-30", "2010-10-01", True),  # two days: the window still holds
])
def test_the_day_window_does_not_widen_a_month_or_a_year(mine: str, theirs: str, merged: bool) -> None:
    accused = frozenset({"E1"})
    report = EventReport("ACCUSE", None, mine, accused)
    cand = EventCandidate("V1", "ACCUSE", None, theirs, accused)
    assert (merge_event(report, [cand]).event_id == "V1") is merged
