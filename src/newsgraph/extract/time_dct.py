"""The document creation time (DCT) of an article that carries no publication date.

:func:`infer_dct` looks, in this order, for

1. a **date line**: one of the first lines that is (nearly) only dates and page furniture —
   ``March 01, 2008``, ``Friday, December 15, 2023``, ``Published: 2023-12-15 08:00``, ``Updated Dec 15,
   2023``, ``6 May 2025 • 4 min read`` — or has such a piece beside a byline or a source's name (``By Ann
   Reed | May 6, 2025``) — the MEANTIME/Wikinews layout and most web pages. Of several dates the first
   publication counts (``Updated 8 May 2025 | Published 6 May 2025`` is 6 May); a slashed date both ways
   readable follows the weekday or time zone beside it (:mod:`~newsgraph.extract.time_pagelines`, whose
   words are the time lexicon's). A date line below the body is the page's ``foot``;
2. the **address's day**: a day in the page's address (``Article.url``, or an address on the text's first
   line: ``/2023/12/15/``);
3. a **wire dateline** opening the body, on one of its first three lines (under a headline and a byline):
   ``WASHINGTON, Dec 14 (Reuters) -``, ``DETMOLD, May 6, 2025 /PRWire/ --`` (the year, when the dateline
   lacks it, is the address's or a copyright line's year, else the latest year the text writes out, if any);
   without a place it needs a year and an agency of capitalised words, no caption ("(File photo)");
4. a **date line without a year** (``Jul. 7 5:59 PM EDT``) among the first lines, completed by the
   address's or a copyright line's year;
5. a **foot** line among the page's last ones that gives its publication ("This article was first published
   on 6 May 2025");
6. the **address's month or year** (``/2013/06/``), unless the bounds below fall within it;
7. **bounds** from the text: the latest absolute date (with its year) written in a past-tense clause and
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
from newsgraph.extract import time_pagelines as lines
from newsgraph.extract.time_grammar import Found, find_timexes, text_direction
from newsgraph.extract.time_lexicon import LEX, alternation
from newsgraph.extract.time_normalize import Ref
from newsgraph.nlp.doctext import url_line

#: A wire or press-release dateline: ``PLACE, date (Agency) -`` or ``PLACE, date /Newswire/ --``; the
#: place may be left out (``Sept. 18, 2025 (Agency) -``), see :func:`_wire_ok`.
_WIRE = re.compile(r"^(?P<place>[A-Z][A-Za-z .'’-]{1,40},\s+)?(?P<date>[^()/\n]{3,30}?)\s*"
                   r"(?:\((?P<agency>[A-Za-z .]{2,30})\)|/(?P<wire>[A-Za-z .-]{2,30})/)\s*[-–—]")
#: Words of a photo or video caption in the parentheses after a date ("March 12, 2019 (File photo) -").
_CAPTION = re.compile(r"(?i)\b(?:" + alternation(LEX.words("caption_words")) + r")\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class DctGuess:
    """An inferred document creation time: ISO value (``2023-12-15``, ``2023-12``, ``2023``), its
    precision, where it came from (``dateline``, ``yearless``: a date line completed by the page's year,
    ``url``: the page's address, ``wire``, ``foot``: a publication line at the page's foot, ``bounds``)
    and the evidence span (``0, 0`` for the address given as ``Article.url``, which is not in the text)."""

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


def _line_days(line: str) -> list[tuple[str, int, int]]:
    """The days a line writes with their year: by the timex grammar, then the page forms it leaves."""
    days = [(f.reading.value[:10], f.start, f.end) for f in _absolute(find_timexes(line, Ref(None)))
            if cal.granularity(f.reading.value[:10]) == "day"]
    extra = [d for d in page.line_dates(line) if not any(s < d[2] and d[1] < e for _, s, e in days)]
    return sorted(days + extra, key=lambda d: d[1])


DateLine = tuple[int, str, list[tuple[str, int, int]]]


def _date_pieces(line: str, first: bool) -> list[tuple[str, int, int]]:
    """The days of a head line that is only dates, or (under the headline) dates beside an outlet's name
    (:func:`~newsgraph.extract.time_pagelines.named_dateline`), or a piece set apart by bars or dots that is
    only dates beside furniture ("By Anna Kell | May 6, 2025"); none otherwise. The headline is never a named
    date line: "Storm Hits Coast, 12 March 2024" tells the event's date, not the page's."""
    days = _line_days(line)
    spans = [(s, e) for _, s, e in days]
    if not days or lines.only_dates(line, spans) or (not first and lines.named_dateline(line, spans)):
        return days
    pieces = lines.segments(line)
    if first or len(pieces) < 2:
        return []
    for at, piece in pieces:
        own = [(v, s, e) for v, s, e in days if at <= s and e <= at + len(piece)]
        others = [p for a, p in pieces if a != at]
        if own and lines.only_dates(piece, [(s - at, e - at) for _, s, e in own]) and all(
                lines.furniture(p) or lines.only_dates(p, []) for p in others):
            return own
    return []


def _date_lines(text: str) -> list[DateLine]:
    """The head's date lines (:func:`_date_pieces`) with their offsets, top first."""
    out = []
    for n, (offset, line) in enumerate(_head_lines(text)):
        if not _DIGIT.search(line) or url_line(line, 0):  # an absolute day has a year, so digits
            continue
        days = _date_pieces(line, n == 0)
        if days:
            out.append((offset, line, days))
    return out


def _publication(found: list[DateLine]) -> tuple[int, str, tuple[str, int, int]]:
    """The first publication among the head's date lines: the first date labelled published or posted, else
    the first date not labelled as an update, else the first date. Below the first date line only a date
    labelled published counts: a later date alone is a heading's or a box's ("Geneva Summit, 2 May 2025",
    "Key dates / 12 March 2024" under "Updated 8 May 2025")."""
    labelled = [(lines.label(line, s, max([e for _, _, e in days if e <= s], default=0)), offset, line, d)
                for offset, line, days in found for d in days for s in [d[1]]]
    labelled = [item for item in labelled if item[1] == found[0][0] or item[0] == "published"]
    for wanted in ("published", None, "updated"):
        for kind, offset, line, day in labelled:
            if kind == wanted:
                return offset, line, day
    raise ValueError("no date lines")  # pragma: no cover - called with date lines only


def _dateline(text: str, address: DctGuess | None = None) -> DctGuess | None:
    """The date lines near the top (only dates and date-line words): the first publication among their dates
    ("Updated 8 May | Published 6 May" is 6 May). A numeric date both ways readable follows the address's
    month when only the other reading fits it ("11/09/2010" under an address of 2010/09), else the weekday or
    time zone written beside it (:func:`~newsgraph.extract.time_pagelines.reading`)."""
    found = _date_lines(text)
    if not found:
        return None
    offset, line, (value, start, end) = _publication(found)
    numeric = not any(ch.isalpha() for ch in line[start:end])
    other = page.swapped(value) if numeric else None
    if address and other and not value.startswith(address.value) and other.startswith(address.value):
        value = other
    elif other:
        value = lines.reading(line, line[start:end], value)
    source = "foot" if _below_body(text, offset) else "dateline"
    return DctGuess(value, "day", source, offset + start, offset + end)


#: How many words make a line a paragraph of the body.
_BODY_WORDS = 12


def _below_body(text: str, offset: int) -> bool:
    """Whether the line at ``offset`` stands below the body: a paragraph above it, none below it (a short
    page's foot falls among its first lines too; a date line under a summary has the body below it)."""
    def paragraph(line: str) -> bool:
        return len(line.split()) >= _BODY_WORDS and line.rstrip().endswith((".", '"', "”"))

    below = text[offset:].split("\n", 1)[1:]
    return any(paragraph(line) for line in text[:offset].split("\n")) and not any(
        paragraph(line) for line in "".join(below).split("\n"))


def _foot(text: str) -> DctGuess | None:
    """A line among the page's last ones that gives its publication date and nothing else ("This article was
    first published on 6 May 2025", "Originally published May 6, 2025"); an update or amendment is none."""
    for offset, line in lines.foot_lines(text):
        if not _DIGIT.search(line) or not lines.published_label(line):
            continue
        days = _line_days(line)
        if days and lines.only_dates(line, [(s, e) for _, s, e in days]):
            value, start, end = days[0]
            return DctGuess(value, "day", "foot", offset + start, offset + end)
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
        if found and lines.only_dates(line, [(found[1], found[2])]):
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
        if m and _wire_ok(m):
            return offset, m
    return None


def _wire_ok(m: re.Match[str]) -> bool:
    """Whether a dateline without a place is a wire's: its date has a year and its agency is capitalised
    words only, no caption ("Sept. 18, 2025 (Lakeland Wire) -", not "March 12, 2019 (File photo) -").

    >>> _wire_ok(_WIRE.match("March 12, 2019 (File photo) - Protesters gather."))
    False
    """
    if m["place"]:
        return True
    agency = m["agency"] or m["wire"]
    return bool(_YEAR.search(m["date"])) and not _CAPTION.search(agency) and all(
        w[:1].isupper() for w in agency.split())


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
    dateline, a date line without a year completed by the page's year, a publication line at the page's
    foot, the address's month, bounds.

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
    guess = _wire(text, year or (max(years) if years else None)) or _yearless(text, year) or _foot(text)
    if guess:
        return guess
    bounds = _bounds(text, found)
    if address and not (bounds and bounds.value.startswith(address.value)):
        return address
    return bounds
