"""Date arithmetic of cross-article event merging: the days a TIMEX3 value covers, the gap between two
reports' dates, and dates without a year.

A date without a year (``XXXX-03-14``: "on Thursday, March 14" in an article that has no publication date)
says the month and the day. Merging reads it as that month and day in whichever year the other report's
date gives (or the year before or after it, for a date near New Year): it agrees with a dated report of the
same month and day within the window, and with no other. Two yearless dates are compared by month and day
alone. :func:`days_apart` (also used within an article) still knows only dates with a year.

>>> gap_days("XXXX-03-14", False, "2024-03-14", False), gap_days("XXXX-03-14", False, "2024-04-14", False)
(0, 31)
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

#: A publication date used for want of a date in the text: the event happened in these days before it.
FALLBACK_DAYS = 7

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
#: A leap year, where every month and day of a yearless date exists.
_LEAP = 2000

Span = tuple[dt.date, dt.date]


def date_bounds(value: str | None) -> Span | None:
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
    return _gap(ba, bb)


def narrower_date(a: str | None, b: str | None) -> str | None:
    """Of two date values for one event, the more precise one (the shorter period; ties keep ``a``); a date
    with a year over one without.

    >>> narrower_date("2023-12", "2023-12-14"), narrower_date(None, "2023")
    ('2023-12-14', '2023')
    >>> narrower_date("XXXX-12-14", "2023-12")
    '2023-12'
    """
    ba, bb = date_bounds(a), date_bounds(b)
    if bb is None:
        return a if ba is not None or a else b
    if ba is None or (bb[1] - bb[0]) < (ba[1] - ba[0]):
        return b
    return a


def is_yearless(value: str | None) -> bool:
    """Whether a date value names a month (and day) but no year.

    >>> is_yearless("XXXX-03-14"), is_yearless("XXXX-03"), is_yearless("XXXX-XX-XX"), is_yearless("2024-03")
    (True, True, False, False)
    """
    return bool(value and _YEARLESS.match(value))


def known_date(value: str | None) -> bool:
    """Whether merging can compare a date value: one with a known period, or a yearless month (and day).

    >>> known_date("2024-03-14"), known_date("XXXX-03-14"), known_date("XXXX-XX-XX"), known_date(None)
    (True, True, False, False)
    """
    return date_bounds(value) is not None or is_yearless(value)


def in_year(value: str, year: int) -> str:
    """A yearless date value put in a year (a value with a year is returned as it is).

    >>> in_year("XXXX-03-14", 2024), in_year("2023-03-14", 2024)
    ('2024-03-14', '2023-03-14')
    """
    return f"{year:04d}{value[4:]}" if is_yearless(value) else value


def span_of(value: str | None, fallback: bool) -> Span | None:
    """The days a date value covers; a publication-date fallback also covers the ``FALLBACK_DAYS`` before.

    >>> [d.isoformat() for d in span_of("2023-12", False)]
    ['2023-12-01', '2023-12-31']
    """
    bounds = date_bounds(value)
    if bounds is None or not fallback:
        return bounds
    return bounds[0] - dt.timedelta(days=FALLBACK_DAYS), bounds[1]


def gap_days(a: str | None, a_fallback: bool, b: str | None, b_fallback: bool) -> int | None:
    """Days between two reports' dates (0 when they overlap; a fallback date stands for the week before
    it); a yearless date is read in the year of the other date, the year before or the year after,
    whichever is nearest, and two yearless dates in one year. None when either date is unknown.

    >>> gap_days("XXXX-12-31", False, "2024-01-01", False), gap_days("XXXX-03-14", False, "XXXX-03-15", False)
    (1, 1)
    >>> gap_days("XXXX-03-14", False, None, False) is None
    True
    """
    if a is None or b is None or not (known_date(a) and known_date(b)):
        return None
    if is_yearless(a) and is_yearless(b):
        a, b = in_year(a, _LEAP), in_year(b, _LEAP)
    years = _years(b) if is_yearless(a) else _years(a) if is_yearless(b) else [0]
    gaps = []
    for year in years:
        sa, sb = span_of(in_year(a, year), a_fallback), span_of(in_year(b, year), b_fallback)
        if sa is not None and sb is not None:
            gaps.append(_gap(sa, sb))
    return min(gaps) if gaps else None


def coarse_date(value: str | None) -> bool:
    """Whether a date value names a month or a longer period (a yearless month too): such a date already
    states its extent, and the day window of merging does not widen it ("in 2004" is not "in 2005", "in
    September" not October 1).

    >>> coarse_date("2005"), coarse_date("2010-09"), coarse_date("XXXX-09"), coarse_date("2010-09-09")
    (True, True, True, False)
    """
    bounds = date_bounds(in_year(value, _LEAP)) if value else None
    return bounds is not None and (bounds[1] - bounds[0]).days >= 27


def _years(value: str) -> list[int]:
    """The years a yearless date is tried in against a dated value: its year and the two around it."""
    bounds = date_bounds(value)
    return [] if bounds is None else [bounds[0].year - 1, bounds[0].year, bounds[1].year + 1]


def _gap(a: Span, b: Span) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def yearless_window(days: Span) -> list[str]:
    """The yearless day values (``XXXX-MM-DD``) of the days of a search window, for finding events only a
    yearless date dates.

    >>> yearless_window((dt.date(2024, 2, 28), dt.date(2024, 3, 1)))
    ['XXXX-02-28', 'XXXX-02-29', 'XXXX-03-01']
    """
    return list(_yearless_days(days[0], min((days[1] - days[0]).days, 366)))


@lru_cache(maxsize=4096)
def _yearless_days(first: dt.date, n: int) -> tuple[str, ...]:
    """The sorted yearless values of ``first`` and the ``n`` days after it (cached: the store asks for the
    window of each dated report, and an article's reports share their dates)."""
    return tuple(sorted({(first + dt.timedelta(days=i)).strftime("XXXX-%m-%d") for i in range(n + 1)}))


def month_days(value: str, before: int, after: int) -> list[str]:
    """The month-days (``MM-DD``) within ``before`` days before and ``after`` days after a yearless day (a
    yearless month: its days), for finding the dated events of those days in any year.

    >>> month_days("XXXX-03-01", 1, 1)
    ['02-28', '02-29', '03-01', '03-02']
    """
    bounds = date_bounds(in_year(value, _LEAP))
    if bounds is None:
        return []
    lo, hi = bounds[0] - dt.timedelta(days=before), bounds[1] + dt.timedelta(days=after)
    out = {(lo + dt.timedelta(days=i)).strftime("%m-%d") for i in range((hi - lo).days + 1)}
    if "02-29" in out:
        out.add("02-28")
    return sorted(out)
