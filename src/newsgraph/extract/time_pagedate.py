"""Publication dates that web pages write in forms the TIMEX3 grammar does not read as a page's own date: a
date in the page's address, numeric date lines, and date lines without a year.

- :func:`url_date` reads ``/2013/06/27/``, ``/2013-06-27-``, ``/20130627/``, ``_2013_06_27``,
  ``/2013/aug/02/`` (a day), ``/2013/06/`` (a month) and ``/2013/film/`` (a year) from an address. Scraped
  text often starts with its address on a line of its own, sometimes with spaces around its punctuation
  (``http: / / www. x. com / 2013/06 / a-story``); both forms are read. An eight-digit run counts only
  between separators, so an article number is no date.
- :func:`line_date` reads the numeric, hyphenated and capitalised forms of date lines: ``2012.08.08``,
  ``2012/08/08``, ``11/28/05`` (month first, as US pages write it, unless the first number cannot be a month;
  the date line's weekday or time zone may turn it, :func:`~newsgraph.extract.time_pagelines.reading`),
  ``08.07.2012`` (day first, as European pages write a dotted date, unless the second number cannot be a
  month), ``21-08-2025`` (dashes: only when a number over 12 tells the order), ``Dec-19-05``,
  ``MAR. 14, 2013``. Month names are English ones only: ``6 marzo 2025`` is no date.
- :func:`yearless_date` reads a date line that gives month and day only (``Jul. 7 5:59 PM EDT``,
  ``APR 28``); the caller supplies the year from the page (its address, a copyright line), never from the
  body's reported dates, which may be years older than the page.

>>> url_date("http: / / www. x. com / 2013/06 / a-story").value
'2013-06'
>>> line_date("Published: 2012.08.08 09:01 AM")[0]
'2012-08-08'
>>> yearless_date("Jul. 7 5:59 PM EDT")[0]
(7, 7)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: An English month's name or abbreviation, and no longer word ("marzo", "juni" and "septiembre" are none).
_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")

_URL_DAY = (
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[/_-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\d.])"),
    re.compile(r"(?<=[/_=-])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.?&-]|$)"),
    re.compile(r"(?i)(?<=/)(?P<y>(?:19|20)\d\d)/" + _MON + r"/(?P<d>[0-3]?\d)(?=/|$)"),
)
_URL_MONTH = re.compile(r"(?<=/)(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)(?=/|$)")
_URL_YEAR = re.compile(r"(?<=/)(?P<y>(?:19|20)\d\d)(?=/)")

_NUMERIC = (
    ("ymd", re.compile(r"(?<![\d./])(?P<y>(?:19|20)\d\d)(?P<s>[./])(?P<m>\d\d)(?P=s)(?P<d>\d\d)(?![\d./])")),
    ("mdy", re.compile(r"(?<![\d/])(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})\s?/\s?(?P<y>\d{4}|\d\d)(?![\d/])")),
    ("dmy", re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.])")),
    ("dash", re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![\d-])")),
    ("mon", re.compile(r"(?i)\b" + _MON + r"-(?P<d>\d{1,2})-(?P<y>\d{4}|\d\d)\b")),
    ("mon", re.compile(r"(?i)\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b")),
    ("mon", re.compile(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d\d)\b")),
)
_YEARLESS = re.compile(r"(?i)\b" + _MON + r"\s+(?P<d>[0-3]?\d)(?!\d|,?\s*(?:19|20)\d\d)\b")
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)\b")


@dataclass(frozen=True, slots=True)
class UrlDate:
    """A date read from an address: ISO value, its precision (``day``, ``month`` or ``year``) and its span
    in the string it was read from."""

    value: str
    known: str
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _compact(text: str) -> tuple[str, list[int]]:
    """The text without spaces, and for each kept character its offset in the text."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in keep), keep


def _month(m: re.Match[str]) -> int:
    named = m.groupdict().get("mon")
    return _MONTHS.index(named.lower()[:3]) + 1 if named else int(m["m"])


def url_date(url: str) -> UrlDate | None:
    """The publication date an address writes in its path: a day, else a month, else a year (a path segment
    of its own); None when it has none.

    >>> url_date("https://news.example.com/world/2023/12/15/army-chief-visits/").value
    '2023-12-15'
    >>> url_date("http://x.com/article/20130425/NEWS/704259841").value
    '2013-04-25'
    >>> print(url_date("http://x.com/news/78153572.html"))
    None
    """
    compact, keep = _compact(url)
    path_at = compact.find("/", compact.find("//") + 2 if "//" in compact else 0)
    if path_at < 0:
        return None
    for pattern in _URL_DAY:
        for m in pattern.finditer(compact, path_at):
            value = _valid(int(m["y"]), _month(m), int(m["d"]))
            if value:
                return UrlDate(value, "day", keep[m.start()], keep[m.end() - 1] + 1)
    for m in _URL_MONTH.finditer(compact, path_at):
        if 1 <= int(m["m"]) <= 12:
            return UrlDate(f"{m['y']}-{int(m['m']):02d}", "month", keep[m.start()], keep[m.end() - 1] + 1)
    year = _URL_YEAR.search(compact, path_at)
    return UrlDate(year["y"], "year", keep[year.start()], keep[year.end() - 1] + 1) if year else None


def _year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 50 else 1900) if len(text) == 2 else year


def _numeric_value(kind: str, m: re.Match[str]) -> str | None:
    if kind == "ymd":
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    if kind == "mon":
        return _valid(_year(m["y"]), _month(m), int(m["d"]))
    a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
    if kind == "dash" and a <= 12 and b <= 12:
        return None  # written both ways round: only a number over 12 tells
    month_first = b > 12 if a > 12 or b > 12 else kind == "mdy"
    return _valid(year, a, b) if month_first else _valid(year, b, a)


def line_dates(line: str) -> list[tuple[str, int, int]]:
    """Every numeric, hyphenated or written-out date of a line (with its year), as (ISO day, start, end),
    in line order. Written-out dates are read case-blind and with a period after an abbreviated month
    (``MAR. 14, 2013``, ``May. 3, 2013``).

    >>> line_dates("11/28 / 05")
    [('2005-11-28', 0, 10)]
    >>> [d for d, _, _ in line_dates("PUBLISHED: 9 June 2013 | UPDATED: 10 June 2013")]
    ['2013-06-09', '2013-06-10']
    """
    found: list[tuple[str, int, int]] = []
    for kind, pattern in _NUMERIC:
        for m in pattern.finditer(line):
            value = _numeric_value(kind, m)
            if value and not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((value, m.start(), m.end()))
    return sorted(found, key=lambda d: d[1])


def line_date(line: str) -> tuple[str, int, int] | None:
    """The first date of a line (:func:`line_dates`), or None.

    >>> line_date("Article posted on 08.07.2012")[0]
    '2012-07-08'
    >>> line_date("Edited on Mon Dec-19-05 03:49 PM")[0]
    '2005-12-19'
    >>> line_date("Fri., May. 3, 2013 11:45 AM PDT")[0]
    '2013-05-03'
    """
    found = line_dates(line)
    return found[0] if found else None


def readings(written: str) -> tuple[str, str] | None:
    """The day-first and the month-first reading of a slashed, dotted or dashed date (day and month before the
    year, read by :data:`_NUMERIC`'s patterns), when it is both ways a date; a two-digit year under 50 is in
    the 2000s, else in the 1900s.

    >>> readings("06/05/98"), readings("13/05/2025")
    (('1998-05-06', '1998-06-05'), None)
    """
    for kind, pattern in _NUMERIC:
        m = pattern.fullmatch(written.strip()) if kind in ("mdy", "dmy", "dash") else None
        if m:
            a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
            day_first, month_first = _valid(year, b, a), _valid(year, a, b)
            return (day_first, month_first) if day_first and month_first else None
    return None


def swapped(value: str) -> str | None:
    """A numeric day read the other way round (``2010-11-09`` -> ``2010-09-11``), when that is a date.

    >>> swapped("2010-11-09"), swapped("2010-11-13")
    ('2010-09-11', None)
    """
    year, month, day = (int(x) for x in value.split("-"))
    return _valid(year, day, month) if day <= 12 else None


def yearless_date(line: str) -> tuple[tuple[int, int], int, int] | None:
    """The first month-and-day date of a line that writes no year, as ((month, day), start, end), or None.

    >>> yearless_date("Mar. 8 5:46 PM EST")
    ((3, 8), 0, 6)
    >>> print(yearless_date("May 2, 2013"))
    None
    """
    for m in _YEARLESS.finditer(line):
        month, day = _month(m), int(m["d"])
        if _valid(2000, month, day):  # a leap year admits every month-day
            return (month, day), m.start(), m.end()
    return None


def copyright_year(text: str) -> int | None:
    """The year of a copyright line (``© 2012``, ``Copyright 2012``), the page's year at the latest.

    >>> copyright_year("Copyright 2012 The Daily Example. All rights reserved.")
    2012
    """
    m = _COPYRIGHT.search(text)
    return int(m["y"]) if m else None
