"""Merging event reports across articles: which global event one article's event is a report of.

Two outlets reporting the same meeting should give one event with two reports, not two events. The store
calls this module for every event of an article it writes, after the article's entities are linked to
global entities:

1. It builds an :class:`EventReport` (type, mode, TIMEX3 date value, the *global* ids of the participants
   and place).
2. It fetches candidates (blocking): global events of the same type that share at least one participant,
   and hands them in as plain :class:`EventCandidate` rows.
3. :func:`merge_event` decides: a :class:`Merge` into one candidate, or ``Merge(None, ...)`` for a new
   global event, always with a human-readable ``reason`` the store keeps (``event_reports.link_reason``
   and ``events.merge_reason``).

The functions are pure; better scoring, explanations and merge/split belong here.

First version, by rules: same PLOVER type; the same mode when both have one (a call is not a meeting);
enough shared participants (two, or all of the smaller side when it has fewer); both dated, and the dates
no more than ``window_days`` apart (a month-valued date overlaps every day of that month).

>>> r = EventReport("CONSULT", "meeting", "2023-12-14", frozenset({"E1", "E2"}))
>>> c = EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", frozenset({"E1", "E2", "E3"}))
>>> merge_event(r, [c]).event_id
'V1'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: How many days apart two reports' dates may be and still be the same event.
WINDOW_DAYS = 1

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class EventReport:
    """One article's event as resolution sees it: participants and place as global entity ids."""

    type: str
    mode: str | None = None
    date: str | None = None
    participants: frozenset[str] = frozenset()
    place: str | None = None


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """A global event the store offers as a possible match (``reports``: how many reports it has)."""

    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    participants: frozenset[str] = frozenset()
    place: str | None = None
    reports: int = 1


@dataclass(frozen=True, slots=True)
class Merge:
    """The decision: the global event id (None: make a new one), a reason and a score in [0, 1]."""

    event_id: str | None
    reason: str
    score: float = 0.0


def date_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers, or None when it names no known period.

    >>> date_bounds("2023-12")
    (datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))
    >>> date_bounds("2023-W50")
    (datetime.date(2023, 12, 11), datetime.date(2023, 12, 17))
    >>> date_bounds("XXXX-XX-XX") is None
    True
    """
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            q = int(m[2])
            end = dt.date(int(m[1]) + q // 4, q * 3 % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(int(m[1]), q * 3 - 2, 1), end
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two date values (0 when their periods overlap), None when either is unknown.

    >>> days_apart("2023-12-14", "2023-12-13"), days_apart("2023-12", "2023-12-14")
    (1, 0)
    """
    ba, bb = date_bounds(a), date_bounds(b)
    if ba is None or bb is None:
        return None
    if ba[1] < bb[0]:
        return (bb[0] - ba[1]).days
    if bb[1] < ba[0]:
        return (ba[0] - bb[1]).days
    return 0


def narrower_date(a: str | None, b: str | None) -> str | None:
    """Of two date values for one event, the more precise one (the shorter period; ties keep ``a``).

    >>> narrower_date("2023-12", "2023-12-14"), narrower_date(None, "2023")
    ('2023-12-14', '2023')
    """
    ba, bb = date_bounds(a), date_bounds(b)
    if bb is None:
        return a if ba is not None or a else b
    if ba is None or (bb[1] - bb[0]) < (ba[1] - ba[0]):
        return b
    return a


def _conflict(report: EventReport, cand: EventCandidate, window_days: int) -> str | None:
    """Why a candidate cannot be the event reported, or None."""
    if cand.type != report.type:
        return f"type {cand.type} != {report.type}"
    if report.mode and cand.mode and report.mode != cand.mode:
        return f"mode {cand.mode} != {report.mode}"
    need = min(2, len(report.participants), len(cand.participants))
    if need == 0:
        return "no participants to compare"
    if len(report.participants & cand.participants) < need:
        return f"fewer than {need} shared participants"
    gap = days_apart(report.date, cand.date)
    if gap is None:
        return "date unknown"
    if gap > window_days:
        return f"dates {gap} days apart"
    return None


def _describe(report: EventReport, cand: EventCandidate) -> tuple[float, str]:
    """Score and reason for a candidate that passed every check."""
    shared = report.participants & cand.participants
    jaccard = len(shared) / len(report.participants | cand.participants)
    same_day = report.date == cand.date
    score = round(0.6 + 0.2 * jaccard + (0.2 if same_day else 0.0), 3)
    when = f"same date {cand.date}" if same_day else f"dates {report.date} ~ {cand.date}"
    return score, f"same {report.type}, shared participants {', '.join(sorted(shared))}, {when}"


def merge_event(report: EventReport, candidates: Sequence[EventCandidate],
                window_days: int = WINDOW_DAYS) -> Merge:
    """Pick the global event a report belongs to, or decide it is a new event; ties go to the most-reported.

    >>> r = EventReport("CONSULT", "phone", "2023-10-04", frozenset({"E1", "E2"}))
    >>> c = EventCandidate("V1", "CONSULT", "meeting", "2023-10-04", frozenset({"E1", "E2"}))
    >>> m = merge_event(r, [c])
    >>> m.event_id, m.reason
    (None, 'new CONSULT event; not V1 (mode meeting != phone)')
    """
    best: tuple[float, int, str, str] | None = None
    rejected: list[str] = []
    for cand in candidates:
        conflict = _conflict(report, cand, window_days)
        if conflict:
            rejected.append(f"{cand.id} ({conflict})")
            continue
        score, reason = _describe(report, cand)
        if best is None or (score, cand.reports) > best[:2]:
            best = (score, cand.reports, cand.id, reason)
    if best is not None:
        return Merge(event_id=best[2], reason=best[3], score=best[0])
    why = f"; not {', '.join(rejected)}" if rejected else ""
    return Merge(event_id=None, reason=f"new {report.type} event{why}")
