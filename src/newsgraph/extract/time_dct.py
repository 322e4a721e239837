"""The document creation time (DCT) of an article that carries no publication date.

:func:`infer_dct` looks, in this order, for

1. a **date line**: one of the first five lines that is (nearly) only a date — ``March 01, 2008``,
   ``Friday, December 15, 2023``, ``Published: 2023-12-15 08:00``, ``Updated Dec 15, 2023`` — the
   MEANTIME/Wikinews layout and most web pages;
2. a **wire dateline** opening the body, on one of its first three lines (under a headline and a byline):
   ``WASHINGTON, Dec 14 (Reuters) -`` (the year, when the dateline lacks it, is the latest year the text
   writes out, if any);
3. **bounds** from the text: the latest absolute date (with its year) written in a past-tense clause and
   not as a deadline ("by 2012", "until 2009") — the article cannot be older than what it reports. Its
   precision is kept (a year alone gives a year). This is a lower bound, not the date itself.

The result says where it came from (``source``), how precisely it is known (``known``: day, month or
year) and its evidence span. The time stage uses it when ``Article.published`` is missing: a day-precise
guess becomes ``published`` with ``published_inferred = True``; a coarser one only anchors relative
expressions ("this year"), which then carry ``anchor = "inferred-dct"``; either way the article keeps the
source and the span as ``Article.published_from``.

>>> infer_dct("Boeing wins contract\\nMarch 01, 2008\\nBoeing said on Friday...").value
'2008-03-01'
>>> infer_dct("WASHINGTON, Dec 14 (Reuters) - In 2023 the talks...").value
'2023-12-14'
>>> g = infer_dct("The plant, opened in May 2019, closed on 3 March 2021. It will reopen in 2025.")
>>> (g.value, g.source, g.known)
('2021-03-03', 'bounds', 'day')
>>> infer_dct("No dates here.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsgraph.extract import time_calendar as cal
from newsgraph.extract import time_pagedate as page
from newsgraph.extract.time_grammar import Found, find_timexes, text_direction
from newsgraph.extract.time_normalize import Ref
from newsgraph.nlp.doctext import url_line

_LINE_NOISE = re.compile(r"(?i)\b(?:published|updated|posted|last\s+updated|first\s+published|on|at|date|"
                         r"article|story|edited|created|modified|time|released?|for\s+immediate\s+release|"
                         r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
                         r"[ap]\.?m\.?|utc|gmt|pkt|ist|et|pt|ct|mt|pst|est|edt|pdt|cdt|cst|mdt|mst|bst|cet|cest|by)\b"
                         r"|[\s:|,.\-–—/()\[\]]|\d{1,2}\s?[:.]\s?\d\d(?:\s?[ap]\.?m\.?\b)?")
#: Date-line words and weekdays only ("Published", "Thursday"), for reading a line's names apart from them.
_LINE_NOISE_WORDS = re.compile(r"(?i)\b(?:published|updated|posted|"
                               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
#: Time zones and clock times before them ("1052 GMT", "AEST", "AKDT"), written in capitals.
_ZONE = re.compile(r"\b(?:\d{3,4}\s+)?[A-Z]{1,4}T\b")
_WIRE = re.compile(r"^(?:[A-Z][A-Za-z .'’-]{1,40},\s+)?(?P<date>[^()\n]{3,30}?)\s*"
                   r"\((?:[A-Za-z .]{2,30})\)\s*[-–—]")


@dataclass(frozen=True, slots=True)
class DctGuess:
    """An inferred document creation time: ISO value (``2023-12-15``, ``2023-12``, ``2023``), its
    precision, where it came from (``dateline``, ``yearless``: a date line completed by the page's year,
    ``url``: the page's address, ``wire``, ``bounds``) and the evidence span (``0, 0`` for the address
    given as ``Article.url``, which is not in the text)."""

    value: str
    known: str
    source: str
    start: int
    end: int

    @property
    def date(self) -> dt.date:
        """The guess as a date (the first day of its month or year when less precise)."""
        parsed = cal.parse_iso(self.value)
        if parsed is None:  # pragma: no cover - values are built from valid dates
            raise ValueError(self.value)
        return parsed[0]


_DIGIT = re.compile(r"\d")


def _absolute(found: list[Found]) -> list[Found]:
    return [f for f in found if not f.reading.relative and f.reading.type in ("DATE", "TIME")
            and re.fullmatch(r"\d{4}(-\d\d){0,2}(T.*)?", f.reading.value)]


#: How many lines under a page's address (when its text opens with one) may hold its date line: some pages
#: put summary points between the headline and the date line.
_HEAD_LINES = 10


def _head_lines(text: str) -> list[tuple[int, str]]:
    """The first lines of a text with their offsets (one more when the first is the page's address)."""
    lines = text.split("\n", _HEAD_LINES + 1)
    count = _HEAD_LINES + (1 if lines and url_line(lines[0], 0) else 0)
    out: list[tuple[int, str]] = []
    offset = 0
    for line in lines[:count]:
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _only_dates(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line is only its dates and date-line words ("PUBLISHED: 9 June 2013 | UPDATED: ...")."""
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(line[last:start])
        last = max(last, end)
    rest.append(line[last:])
    return len(_LINE_NOISE.sub("", _ZONE.sub("", "".join(rest)))) <= 3


#: A name segment of a date line: an outlet or a section of up to five capitalised words ("The Andean
#: Observer", "NileView TV", "World"), separated from the date by "|" or a comma.
_NAME_SEGMENT = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and)){0,4}")


def _named_dateline(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line is its date beside an outlet's name and a section, each set off by "|" or a comma
    ("The Andean Observer, 13 November 2025", "NileView TV | World | 27 August 2025", "May 2, 2025 | Northline
    Press"), not a sentence: at most two names, no full stop closing it.

    >>> _named_dateline("KTN News | Asia | 2025-03-12", [(18, 28)])
    True
    >>> _named_dateline("Talks resumed in Geneva, 13 May 2025", [(25, 36)])
    False
    """
    if line.rstrip().endswith(".") or not spans:
        return False
    rest = "".join(ch if not any(s <= i < e for s, e in spans) else "|" for i, ch in enumerate(line))
    rest = _LINE_NOISE_WORDS.sub(" ", _ZONE.sub(" ", rest))
    names = [seg.strip() for seg in re.split(r"[|,]", rest) if seg.strip()]
    return 0 < len(names) <= 2 and all(_NAME_SEGMENT.fullmatch(n) for n in names)


def _only_date(line: str, start: int, end: int) -> bool:
    return _only_dates(line, [(start, end)])


def _line_days(line: str) -> list[tuple[str, int, int]]:
    """The days a line writes with their year: by the timex grammar, then the page forms it leaves."""
    days = [(f.reading.value[:10], f.start, f.end) for f in _absolute(find_timexes(line, Ref(None)))
            if cal.granularity(f.reading.value[:10]) == "day"]
    extra = [d for d in page.line_dates(line) if not any(s < d[2] and d[1] < e for _, s, e in days)]
    return sorted(days + extra, key=lambda d: d[1])


def _dateline(text: str, address: DctGuess | None = None) -> DctGuess | None:
    """The first line near the top that is only dates (and date-line words): its first date, the page's
    publication ("published ..., updated ..."). A numeric date both ways readable follows the address's
    month when only the other reading fits it ("11/09/2010" under an address of 2010/09)."""
    for offset, line in _head_lines(text):
        if not _DIGIT.search(line) or url_line(line, 0):  # an absolute day has a year, so digits
            continue
        days = _line_days(line)
        spans = [(s, e) for _, s, e in days]
        if days and (_only_dates(line, spans) or _named_dateline(line, spans)):
            value, start, end = days[0]
            numeric = not any(ch.isalpha() for ch in line[start:end])
            other = page.swapped(value) if numeric else None
            if address and other and not value.startswith(address.value) and other.startswith(address.value):
                value = other
            return DctGuess(value, "day", "dateline", offset + start, offset + end)
    return None


def _address(text: str, url: str | None) -> DctGuess | None:
    """The date of the page's address: the article's url, else an address on the text's first line."""
    if url:
        found = page.url_date(url)
        if found:
            return DctGuess(found.value, found.known, "url", 0, 0)
    first = text.split("\n", 1)[0]
    found = page.url_date(first) if url_line(first, 0) else None
    return DctGuess(found.value, found.known, "url", found.start, found.end) if found else None


def _yearless(text: str, year: int | None) -> DctGuess | None:
    """A date line with month and day only, completed by the page's year (address or copyright line)."""
    if year is None:
        return None
    for offset, line in _head_lines(text):
        found = None if url_line(line, 0) else page.yearless_date(line)
        if found and _only_date(line, found[1], found[2]):
            (month, day), start, end = found
            value = f"{year:04d}-{month:02d}-{day:02d}"
            return DctGuess(value, "day", "yearless", offset + start, offset + end)
    return None


#: How many lines may stand above a wire dateline: a headline, and a byline or a subheading.
_WIRE_LINES = 3


def _wire_line(text: str) -> tuple[int, re.Match[str]] | None:
    """The wire dateline opening one of the first lines (under the headline a page prints above it) and the
    offset of its line.

    >>> _wire_line("Talks end\\nLIMA, Oct 15, 2012 (CP) - Talks ended.")[1].group("date")
    'Oct 15, 2012'
    """
    lines = [(o, line) for o, line in _head_lines(text) if line.strip()][:_WIRE_LINES]
    for offset, line in lines:
        m = _WIRE.match(line)
        if m:
            return offset, m
    return None


def _wire(text: str, year: int | None) -> DctGuess | None:
    found_line = _wire_line(text)
    if found_line is None:
        return None
    lead, m = found_line
    for f in find_timexes(m.group("date"), Ref(None)):
        value = f.reading.value
        if cal.granularity(value) != "day":
            continue
        if value.startswith("XXXX"):
            if year is None:
                return None
            value = f"{year:04d}{value[4:]}"
        start = lead + m.start("date") + f.start
        return DctGuess(value, "day", "wire", start, start + len(f.text))
    return None


_DEADLINE = re.compile(r"(?i)\b(?:by|until|till|before|through|to|from)\s+(?:the\s+end\s+of\s+)?$")


def _bounds(text: str, found: list[Found]) -> DctGuess | None:
    direction = text_direction(text)
    past = [f for f in _absolute(found) if direction(f.start, f.end) == "past"
            and not _DEADLINE.search(text[max(0, f.start - 20):f.start])]
    if not past:
        return None
    best = max(past, key=lambda f: (f.reading.value[:10], -f.start))
    value = best.reading.value[:10]
    known = cal.granularity(value)
    return DctGuess(value, known if known in ("day", "month") else "year", "bounds", best.start, best.end)


def infer_dct(text: str, url: str | None = None) -> DctGuess | None:
    """The document creation time of a text without metadata, or None when nothing in it tells: a date
    line, the date in the page's address (``url``, or an address on the text's first line), a wire
    dateline, a date line without a year completed by the page's year, the address's month, bounds.

    >>> infer_dct("Friday, December 15, 2023\\nGen Munir met Blinken on Thursday.").source
    'dateline'
    >>> infer_dct("Talks ended on Thursday.", url="https://x.com/2023/12/15/talks").value
    '2023-12-15'
    """
    address = _address(text, url)
    guess = _dateline(text, address)
    if guess:
        return guess
    if address and address.known == "day":
        return address
    found = find_timexes(text, Ref(None))
    years = [int(f.reading.value[:4]) for f in _absolute(found)]
    year = int(address.value[:4]) if address else page.copyright_year(text)
    guess = _wire(text, year or (max(years) if years else None)) or _yearless(text, year)
    if guess:
        return guess
    bounds = _bounds(text, found)
    if address and not (bounds and bounds.value.startswith(address.value)):
        return address
    return bounds
