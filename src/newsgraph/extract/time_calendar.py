"""Calendar arithmetic behind TIMEX3 values: shifting a reference date by units, resolving weekdays and
months without a year against a reference date and a tense direction, value granularity, masking.

Values follow TIMEX3 (ISO 8601 with TimeML extensions): ``2023-12-14`` (day), ``2023-W50`` (ISO week),
``2023-W50-WE`` (weekend), ``2023-12`` (month), ``2023-Q4`` (quarter), ``2023-H1`` (half year),
``2023-SU`` (season), ``2023`` (year), ``202`` (decade), ``20`` (century), ``2023-12-14T15:00`` (time),
``2023-12-14TMO`` (part of day), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, durations ``P3D`` and sets.

>>> shift(dt.date(2023, 10, 5), "month", -1)
'2023-09'
>>> weekday_date(dt.date(2023, 12, 15), 4, "past").isoformat()
'2023-12-14'
"""

from __future__ import annotations

import datetime as dt
import re

Direction = str  # "past" or "future"

_GRANULARITY: tuple[tuple[str, str], ...] = (
    (r"^(PRESENT|PAST|FUTURE)_REF$", "reference"),
    (r"^P", "duration"),
    (r"^\d{4}-\d\d-\d\dT", "time"),
    (r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$", "day"),
    (r"^[\dX]{4}-W[\dX]{2}-WE$", "weekend"),
    (r"^[\dX]{4}-W[\dX]{2}(-\d)?$", "week"),
    (r"^[\dX]{4}-[\dX]{2}$", "month"),
    (r"^[\dX]{4}-Q[1-4X]$", "quarter"),
    (r"^[\dX]{4}-H[12X]$", "half"),
    (r"^[\dX]{4}-(SP|SU|FA|WI)$", "season"),
    (r"^(FY)?[\dX]{4}$", "year"),
    (r"^\d{3}$", "decade"),
    (r"^\d{2}$", "century"),
)


def granularity(value: str) -> str:
    """The granularity of a TIMEX3 value: day, week, weekend, month, quarter, half, season, year, decade,
    century, time, duration, reference or unknown.

    >>> [granularity(v) for v in ("2023-12-14", "2023-W50", "2023-09", "2023-H1", "2022", "P3D")]
    ['day', 'week', 'month', 'half', 'year', 'duration']
    """
    for pattern, name in _GRANULARITY:
        if re.match(pattern, value):
            return name
    return "unknown"


def iso_week(day: dt.date) -> str:
    """The ISO week of a day.

    >>> iso_week(dt.date(2023, 12, 14))
    '2023-W50'
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after the month of ``day``.

    >>> add_months(dt.date(2023, 1, 31), -2).isoformat()
    '2022-11-01'
    """
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter(day: dt.date) -> int:
    """The quarter (1-4) of a day.

    >>> quarter(dt.date(2023, 10, 5))
    4
    """
    return (day.month - 1) // 3 + 1


def shift(ref: dt.date, unit: str, n: int) -> str:
    """The value of the ``unit`` that lies ``n`` units from the one containing ``ref`` (``n=0``: this one).

    >>> [shift(dt.date(2023, 10, 5), u, -1) for u in ("day", "week", "quarter", "year", "decade")]
    ['2023-10-04', '2023-W39', '2023-Q3', '2022', '201']
    >>> shift(dt.date(2010, 1, 25), "weekend", 0)
    '2010-W04-WE'
    """
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend", "fortnight"):
        weeks = n * 2 if unit == "fortnight" else n
        value = iso_week(ref + dt.timedelta(weeks=weeks))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return add_months(ref, n).isoformat()[:7]
    if unit == "quarter":
        index = ref.year * 4 + quarter(ref) - 1 + n
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "half":
        index = ref.year * 2 + (ref.month - 1) // 6 + n
        return f"{index // 2}-H{index % 2 + 1}"
    if unit == "decade":
        return str(ref.year // 10 + n)
    if unit == "century":
        return str(ref.year // 100 + n)
    return str(ref.year + n)


def weekday_date(ref: dt.date, weekday: int, direction: Direction, rel: str | None = None) -> dt.date:
    """The day a weekday name (ISO number, Monday = 1) refers to, seen from ``ref``.

    Bare, in past-tense or undetermined reporting: the most recent such day, the reference day itself
    included (news published on a Monday says "on Monday" of that day). Bare, future: the next such day,
    the reference day included (wire style writes "will meet on Friday" in a Friday story). ``last``:
    the most recent one before ``ref``; ``next``/``coming``: the next one after it; ``this``: the one in
    the week of ``ref``.

    >>> ref = dt.date(2023, 10, 5)  # a Thursday
    >>> [weekday_date(ref, 1, d).isoformat() for d in ("past", "future")]
    ['2023-10-02', '2023-10-09']
    >>> weekday_date(ref, 4, "future").isoformat(), weekday_date(ref, 4, "future", "next").isoformat()
    ('2023-10-05', '2023-10-12')
    >>> weekday_date(ref, 4, "past").isoformat(), weekday_date(ref, 4, "past", "last").isoformat()
    ('2023-10-05', '2023-09-28')
    """
    back = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if rel == "this":
        return ref + dt.timedelta(days=weekday - ref.isoweekday())
    if rel in ("last", "past"):
        return ref - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if direction == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def year_for(ref: dt.date, month: int, day: int | None, direction: Direction) -> int:
    """The year of a month (or month and day) written without one.

    Past tense: the latest such date not after ``ref``; future: the earliest not before it; undetermined
    tense (present, modal, no verb): the nearest one.

    >>> ref = dt.date(2023, 10, 5)
    >>> year_for(ref, 11, None, "past"), year_for(ref, 7, None, "past"), year_for(ref, 1, 15, "future")
    (2022, 2023, 2024)
    >>> year_for(ref, 1, None, "unknown"), year_for(ref, 6, 3, "unknown")
    (2024, 2023)
    """
    key = (month, day or 0)
    ref_key = (ref.month, ref.day if day is not None else 0)
    if direction == "past":
        return ref.year - 1 if key > ref_key else ref.year
    if direction == "future":
        return ref.year + 1 if key < ref_key else ref.year
    here = dt.date(2001, month, min(day or 15, 28))
    now = dt.date(2001, ref.month, min(ref.day, 28) if day is not None else 15)
    gap = (here - now).days
    if gap > 182:
        return ref.year - 1
    return ref.year + 1 if gap < -182 else ref.year


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def season_year(ref: dt.date, code: str, rel: str) -> int:
    """The year of a season named relative to ``ref``: ``last`` is the latest one over before ``ref``,
    ``next`` the first one not begun yet, anything else the one of ``ref``'s year (winter spans December
    to February and carries the year of its December).

    >>> ref = dt.date(2023, 12, 15)
    >>> season_year(ref, "SU", "last"), season_year(ref, "SU", "next")
    (2023, 2024)
    >>> season_year(dt.date(2023, 7, 1), "SU", "last")
    2022
    >>> season_year(dt.date(2024, 1, 20), "WI", "this")
    2023
    """
    first, last = _SEASON_MONTHS[code]
    month = ref.month + 12 if code == "WI" and ref.month <= 2 else ref.month
    year = ref.year - 1 if month > 12 else ref.year
    if rel in ("last", "past"):
        return year if month > last else year - 1
    if rel in ("next", "coming"):
        return year if month < first else year + 1
    return year


def date_value(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO value of the given precision, None when the date does not exist.

    >>> date_value(2023, 2, 30) is None, date_value(None, 12, 14)
    (True, 'XXXX-12-14')
    """
    if month is None:
        return f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"


def mask(value: str, known: str) -> str:
    """A value computed from a reference date known only to ``known`` precision (``year``/``month``, or
    ``none`` for a stand-in date), with the finer parts replaced by X.

    >>> mask("2023-12-14", "month"), mask("2023-12-14", "year"), mask("2023-W50", "year")
    ('2023-12-XX', '2023-XX-XX', '2023-WXX')
    """
    if known == "none":
        return re.sub(r"\d", "X", value)
    if known == "day" or len(value) <= 4:
        return value
    keep = 7 if known == "month" and re.match(r"^\d{4}-\d\d", value) else 4
    return value[:keep] + re.sub(r"\d", "X", value[keep:])


def parse_iso(value: str) -> tuple[dt.date, str] | None:
    """A reference date and its precision from an ISO date, datetime, month or year string.

    >>> parse_iso("2023-12-15T08:00:00+05:00")
    (datetime.date(2023, 12, 15), 'day')
    >>> parse_iso("2023-12"), parse_iso("nonsense")
    ((datetime.date(2023, 12, 1), 'month'), None)
    """
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    return day, "day" if m.group(3) else "month" if m.group(2) else "year"
