"""The time stage: detection and TIMEX3 normalization against the document creation time (DCT)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.time import Anchor, normalize, timexes_of
from newsgraph.extract.time_grammar import find_timexes
from newsgraph.extract.time_normalize import Ref

FRI = dt.date(2023, 12, 15)  # a Friday
THU = dt.date(2023, 10, 5)  # a Thursday


def values(text: str, dct: dt.date | None = FRI) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found, past-tense reading unless the text says otherwise."""
    return [(f.text, f.reading.type, f.reading.value) for f in find_timexes(text, Ref(dct))]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("on Thursday", FRI, ("Thursday", "DATE", "2023-12-14")),
    ("on Wednesday", FRI, ("Wednesday", "DATE", "2023-12-13")),
    ("on Friday", FRI, ("Friday", "DATE", "2023-12-15")),
    ("last Friday", FRI, ("last Friday", "DATE", "2023-12-08")),
    ("next Monday", FRI, ("next Monday", "DATE", "2023-12-18")),
    ("On Monday", THU, ("Monday", "DATE", "2023-10-02")),
    ("yesterday", THU, ("yesterday", "DATE", "2023-10-04")),
    ("today", THU, ("today", "DATE", "2023-10-05")),
    ("tomorrow", THU, ("tomorrow", "DATE", "2023-10-06")),
    ("the day before yesterday", THU, ("the day before yesterday", "DATE", "2023-10-03")),
    ("Last month", THU, ("Last month", "DATE", "2023-09")),
    ("next month", FRI, ("next month", "DATE", "2024-01")),
    ("November last year", THU, ("November last year", "DATE", "2022-11")),
    ("On September 6", THU, ("September 6", "DATE", "2023-09-06")),
    ("in July", THU, ("July", "DATE", "2023-07")),
    ("in November", THU, ("November", "DATE", "2022-11")),
    ("the first half of the current year", THU, ("the first half of the current year", "DATE", "2023-H1")),
    ("the second half of 2022", THU, ("the second half of 2022", "DATE", "2022-H2")),
    ("earlier this week", FRI, ("earlier this week", "DATE", "2023-W50")),
    ("last week", FRI, ("last week", "DATE", "2023-W49")),
    ("this weekend", dt.date(2010, 1, 25), ("this weekend", "DATE", "2010-W04-WE")),
    ("this year", FRI, ("this year", "DATE", "2023")),
    ("in 2021", FRI, ("2021", "DATE", "2021")),
    ("late last year", FRI, ("late last year", "DATE", "2022")),
    ("by the end of this year", FRI, ("the end of this year", "DATE", "2023")),
    ("two years ago", FRI, ("two years ago", "DATE", "2021")),
    ("three days ago", FRI, ("three days ago", "DATE", "2023-12-12")),
    ("a few years ago", FRI, ("a few years ago", "DATE", "PAST_REF")),
    ("the 1990s", FRI, ("the 1990s", "DATE", "199")),
    ("in the early 1980's", FRI, ("the early 1980's", "DATE", "198")),
    ("last December", FRI, ("last December", "DATE", "2022-12")),
    ("last August", FRI, ("last August", "DATE", "2023-08")),
    ("next May", FRI, ("next May", "DATE", "2024-05")),
    ("the 21st century", FRI, ("the 21st century", "DATE", "20")),
    ("the third quarter of 2009", FRI, ("the third quarter of 2009", "DATE", "2009-Q3")),
    ("the first quarter of last year", FRI, ("the first quarter of last year", "DATE", "2022-Q1")),
    ("last quarter", FRI, ("last quarter", "DATE", "2023-Q3")),
    ("last summer", FRI, ("last summer", "DATE", "2023-SU")),
    ("in the spring of 2009", FRI, ("the spring of 2009", "DATE", "2009-SP")),
    ("December 14, 2023", FRI, ("December 14, 2023", "DATE", "2023-12-14")),
    ("14 December 2023", FRI, ("14 December 2023", "DATE", "2023-12-14")),
    ("Dec. 14", FRI, ("Dec. 14", "DATE", "2023-12-14")),
    ("the raid on 14 Dec 23.", FRI, ("14 Dec 23", "DATE", "2023-12-14")),
    ("on 2 Mar 98 at dawn", FRI, ("2 Mar 98", "DATE", "1998-03-02")),
    ("signed on 9 June '21 in Pune", FRI, ("9 June '21", "DATE", "2021-06-09")),
    ("2023-12-14", FRI, ("2023-12-14", "DATE", "2023-12-14")),
    ("March 2008", FRI, ("March 2008", "DATE", "2008-03")),
    ("early 2009", FRI, ("early 2009", "DATE", "2009")),
    ("mid-2011", FRI, ("mid-2011", "DATE", "2011")),
    ("will gather on Christmas Day", FRI, ("Christmas Day", "DATE", "2023-12-25")),
    ("gathered on Christmas Day", FRI, ("Christmas Day", "DATE", "2022-12-25")),
    ("now", FRI, ("now", "DATE", "PRESENT_REF")),
    ("currently", FRI, ("currently", "DATE", "PRESENT_REF")),
    ("recently", FRI, ("recently", "DATE", "PAST_REF")),
    ("in the near future", FRI, ("the near future", "DATE", "FUTURE_REF")),
])
def test_dates(text: str, dct: dt.date, expected: tuple[str, str, str]) -> None:
    assert values(text, dct) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("for three days", ("three days", "DURATION", "P3D")),
    ("33 years", ("33 years", "DURATION", "P33Y")),
    ("thirty minutes", ("thirty minutes", "DURATION", "PT30M")),
    ("almost two and a half years", ("almost two and a half years", "DURATION", "P2.5Y")),
    ("a 27-year contract", ("27-year", "DURATION", "P27Y")),
    ("a twelve-hour flight", ("twelve-hour", "DURATION", "PT12H")),
    ("several years", ("several years", "DURATION", "PXY")),
    ("the next four years", ("the next four years", "DURATION", "P4Y")),
    ("the past decade", ("the past decade", "DURATION", "P10Y")),
    ("every week", ("every week", "SET", "P1W")),
    ("annually", ("annually", "SET", "P1Y")),
    ("twice a month", ("twice a month", "SET", "P1M")),
    ("every Monday", ("every Monday", "SET", "XXXX-WXX-1")),
    ("15 a year", ("a year", "SET", "P1Y")),
])
def test_durations_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("at 3 p.m.", ("3 p.m.", "TIME", "2023-12-15T15:00")),
    ("at 18:00 UTC", ("18:00 UTC", "TIME", "2023-12-15T18:00Z")),
    ("at noon", ("noon", "TIME", "2023-12-15T12:00")),
    ("at 12:00 UTC Monday", ("12:00 UTC Monday", "TIME", "2023-12-11T12:00Z")),
    ("Thursday night", ("Thursday night", "TIME", "2023-12-14TNI")),
    ("this morning", ("this morning", "TIME", "2023-12-15TMO")),
    ("last night", ("last night", "TIME", "2023-12-14TNI")),
])
def test_times(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    found = values("It flew on Tuesday, landing at 18:00 UTC.", dt.date(2009, 12, 16))
    assert found[-1] == ("18:00 UTC", "TIME", "2009-12-15T18:00Z")


def test_clock_time_takes_the_day_of_the_sentence_before() -> None:
    found = values("The video shows Ann Roe leaving a school in Marlow on October 3, 2021. "
                   "Around 2:15 p.m., a car stops at the gate.", dt.date(2023, 12, 15))
    assert found[-1] == ("2:15 p.m.", "TIME", "2021-10-03T14:15")


def test_clock_time_without_a_day_nearby_keeps_the_reference_day() -> None:
    found = values("The video shows Ann Roe leaving a school. Around 2:15 p.m., a car stops.",
                   dt.date(2023, 12, 15))
    assert found[-1] == ("2:15 p.m.", "TIME", "2023-12-15T14:15")


def test_ranges_keep_begin_and_end() -> None:
    (found,) = find_timexes("The summit runs December 14-16.", Ref(FRI))
    got = (found.text, found.reading.begin, found.reading.end)
    assert got == ("December 14-16", "2023-12-14", "2023-12-16")
    assert found.reading.value == "P3D"
    spans = find_timexes("deliveries from 2009 to 2011", Ref(FRI))
    ranges = [f for f in spans if f.rule == "range"]
    assert [(f.text, f.reading.value, f.reading.begin, f.reading.end) for f in ranges] == [
        ("from 2009 to 2011", "P2Y", "2009", "2011")]
    assert [f.reading.value for f in spans if f.rule != "range"] == ["2009", "2011"]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("The trial is set to begin on Wednesday.", dt.date(2006, 3, 28), "2006-03-29"),
    ("He will meet the minister on Monday.", THU, "2023-10-09"),
    ("The ministers met on Monday.", THU, "2023-10-02"),
    ("The plant will reopen in January.", THU, "2024-01"),
    ("The plant closed in November.", THU, "2022-11"),
    ("An event is to be held on October 12.", dt.date(2005, 10, 4), "2005-10-12"),
])
def test_tense_decides_weekdays_and_dates_without_year(text: str, dct: dt.date, expected: str) -> None:
    assert values(text, dct)[-1][2] == expected


@pytest.mark.parametrize("text", [
    "He may visit soon-ish.",
    "The company hired 2000 workers and sold 1999 cars.",
    "Revenue reached 2010 million dollars.",
    "Sales rose 2008% overnight.",
    "She will march in a second.",
    "Boeing 747 and Airbus A380 jets.",
    "as soon as possible",
    "the now-defunct airline",
])
def test_no_false_alarms(text: str) -> None:
    assert values(text) == []


def test_a_count_after_a_day_and_month_is_no_two_digit_year() -> None:
    assert all(text != "14 Dec 23" for text, _, _ in values("On 14 Dec 23 sailors were rescued."))


def test_without_dct_relative_values_stay_underspecified() -> None:
    got = values("on Thursday and in 2021", None)
    assert got == [("Thursday", "DATE", "XXXX-XX-XX"), ("2021", "DATE", "2021")]
    assert normalize("last month", None) == ("DATE", "XXXX-XX")


def test_coarse_dct_masks_finer_parts() -> None:
    found = find_timexes("Yesterday, and this year.", Ref(dt.date(2023, 1, 1), known="year"))
    assert [f.reading.value for f in found] == ["2023-XX-XX", "2023"]


def test_quote_day_anchors_today_inside_the_quotation() -> None:
    text = ("\u201cThe secretary spoke by phone today with the general,\u201d it said in a press release "
            "yesterday. Today he travels.")
    timexes = timexes_of(text, Anchor(Ref(THU), "dct"))
    got = [(t.text, t.value, t.anchor) for t in timexes]
    assert got == [("today", "2023-10-04", "quote"), ("yesterday", "2023-10-04", "dct"),
                   ("Today", "2023-10-05", "dct")]


def test_quotes_without_a_dated_statement_keep_the_dct() -> None:
    text = "\u201cWe have taken steps this year,\u201d he said."
    (timex,) = timexes_of(text, Anchor(Ref(FRI), "dct"))
    assert (timex.value, timex.anchor) == ("2023", "dct")


def test_anchor_labels_and_offsets() -> None:
    text = "On Monday, after the 2021 withdrawal, officials met."
    timexes = timexes_of(text, Anchor(Ref(THU), "dct"))
    assert [(t.id, t.anchor) for t in timexes] == [("t1", "dct"), ("t2", "text")]
    for t in timexes:
        assert text[t.start:t.end] == t.text
    assert timexes_of(text, Anchor(Ref(None, "none"), "none"))[0].anchor == "none"
