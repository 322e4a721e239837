"""The furniture of a page's date lines: what a date line may hold besides its dates, which of several dates
is the first publication, which way round a slashed date reads, the parts of a byline or source line, and the
lines at a page's foot.

The words come from the time lexicon (``date_line_words``, ``publication_labels``, ``update_labels``,
``weekdays``, ``day_first_zones``, ``month_first_zones``, ``other_zones``), so a user extends them without
code.

>>> only_dates("Published: 6 May 2025, 10:42 BST | Updated 2 hours ago", [(11, 21)])
True
>>> label("Updated 8 May 2025 | Published 6 May 2025", 31)
'published'
>>> reading("Tue 6/5/2025", "6/5/2025", "2025-06-05")
'2025-05-06'
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.extract.time_lexicon import LEX, alternation
from newsgraph.extract.time_pagedate import readings

#: A weekday's name or abbreviation as the lexicon writes it ("Tuesday", "Tue.", "Tues"), and no longer word
#: ("Satellite", "Monitor" and "Sunrise" are none).
_WEEKDAYS = alternation([w.rstrip(".") for w in LEX.weekdays])
_WEEKDAY = re.compile(r"(?i)\b(" + _WEEKDAYS + r")\b")
_WEEKDAY_NAMES = {w.rstrip(".").lower(): n for w, n in LEX.weekdays.items()}
#: Time zones, written in capitals: those that tell the order of a slashed date, and the others.
_ZONES = alternation(LEX.words("day_first_zones") + LEX.words("month_first_zones") + LEX.words("other_zones"),
                     case_sensitive=True)
_NOISE = re.compile(
    r"(?i)\b(?:" + alternation(LEX.words("date_line_words")) + r"|" + _WEEKDAYS + r"|[ap]\.?m\.?|" + _ZONES
    + r")\b"
    r"|" + alternation(LEX.words("other_zones")) + r"\s?[+-]\s?\d{1,2}(?::?\d\d)?|[+-]\d{4}\b"
    r"|\d{1,2}\s?[:.]\s?\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?\b)?|\d+(?=\s+(?:hours?|minutes?|mins?|comments?)\b)"
    r"|[\s:;|,.\-–—/()\[\]·•]")
#: Time zones and clock times before them ("1052 GMT", "AEST", "AKDT"), written in capitals.
_ZONE = re.compile(r"\b(?:\d{3,4}\s+)?[A-Z]{1,4}T\b")
_PUBLISHED = re.compile(r"(?i)\b(?:" + alternation(LEX.words("publication_labels")) + r")\b")
_UPDATED = re.compile(r"(?i)\b(?:" + alternation(LEX.words("update_labels")) + r")\b")
_DAY_FIRST = re.compile(r"\b" + alternation(LEX.words("day_first_zones"), case_sensitive=True) + r"\b")
_MONTH_FIRST = re.compile(r"\b" + alternation(LEX.words("month_first_zones"), case_sensitive=True) + r"\b")
#: What parts a byline or source line into its pieces: a bar, a middle dot, a bullet.
_SEPARATOR = re.compile(r"\s+[|·•]\s+")
#: How many lines at a page's foot may hold its date ("This article was first published on ...").
FOOT_LINES = 6


def only_dates(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line is only its dates (``spans``) and date-line words, clock times and zones.

    >>> only_dates("6 May 2025 • 4 min read", [(0, 10)]), only_dates("Floods of 12 March 2024", [(10, 23)])
    (True, False)
    """
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(line[last:start])
        last = max(last, end)
    rest.append(line[last:])
    return len(_NOISE.sub("", _ZONE.sub("", "".join(rest)))) <= 3


#: The lexicon's date labels and weekdays only ("Published", "Amended", "Thursday"), for reading a line's
#: names apart from them.
_LABELS = LEX.words("publication_labels") + LEX.words("update_labels")
_NOISE_WORDS = re.compile(r"(?i)\b(?:" + alternation(_LABELS) + r"|" + _WEEKDAYS + r")\b")
#: A name segment of a date line: an outlet or a section of capitalised words ("The Andean Observer",
#: "NileView TV", "World"), separated from the date by "|" or a comma.
_NAME_SEGMENT = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and)){0,4}")
#: How many capitalised words an outlet's or a section's name may have besides a leading "The" ("The Andean
#: Observer", "Voice of the Valley"): a longer run is a headline's ("First Session Of Parliament").
NAME_WORDS = 3


def _name(segment: str) -> bool:
    """Whether a segment of a date line is an outlet's or a section's name (:data:`NAME_WORDS`)."""
    words = segment.split()
    capitalised = [w for w in words[1 if words[:1] == ["The"] else 0:] if w[:1].isupper()]
    return bool(_NAME_SEGMENT.fullmatch(segment)) and len(capitalised) <= NAME_WORDS


def named_dateline(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line is its date beside an outlet's name and a section, each set off by "|" or a comma
    ("The Andean Observer, 13 November 2025", "NileView TV | World | 27 August 2025", "May 2, 2025 | Northline
    Press"), not a sentence: at most two names of at most :data:`NAME_WORDS` capitalised words, no full stop
    closing it.

    >>> named_dateline("KTN News | Asia | 2025-03-12", [(18, 28)])
    True
    >>> named_dateline("Talks resumed in Geneva, 13 May 2025", [(25, 36)])
    False
    >>> named_dateline("First Session Of Parliament, 6 May 1990", [(29, 39)])
    False
    """
    if line.rstrip().endswith(".") or not spans:
        return False
    rest = "".join(ch if not any(s <= i < e for s, e in spans) else "|" for i, ch in enumerate(line))
    rest = _NOISE_WORDS.sub(" ", _ZONE.sub(" ", rest))
    names = [seg.strip() for seg in re.split(r"[|,]", rest) if seg.strip()]
    return 0 < len(names) <= 2 and all(_name(n) for n in names)


def label(line: str, start: int, after: int = 0) -> str | None:
    """How the line labels the date at ``start``: ``published``, ``updated`` or None, by the last label
    written between ``after`` (the end of the previous date) and the date.

    >>> label("Published 6 May 2025; updated 8 May 2025", 30, 20), label("6 May 2025", 0)
    ('updated', None)
    """
    before = line[after:start]
    found = [(m.start(), "published") for m in _PUBLISHED.finditer(before)]
    found += [(m.start(), "updated") for m in _UPDATED.finditer(before)]
    return max(found)[1] if found else None


def reading(line: str, written: str, default: str) -> str:
    """Which day a numeric date both ways readable (``written``, day and month before the year) means on its
    line: the one on the weekday the line writes, else the one its time zone's custom gives (day first
    under ``BST``, month first under ``ET``), else ``default`` (the reader's default reading).

    >>> reading("Tue 6/5/2025", "6/5/2025", "2025-06-05")
    '2025-05-06'
    >>> reading("06/05/2025 14:05 BST", "06/05/2025", "2025-06-05")
    '2025-05-06'
    >>> reading("05/06/2025 10:42 AM ET", "05/06/2025", "2025-05-06")
    '2025-05-06'
    >>> reading("Wed 06/05/98", "06/05/98", "1998-06-05")
    '1998-05-06'
    """
    both = readings(written)
    if both is None:
        return default
    day_first, month_first = both
    days = {_WEEKDAY_NAMES[w.group(1).lower()] for w in _WEEKDAY.finditer(line)}
    fits = [v for v in (day_first, month_first) if dt.date.fromisoformat(v).isoweekday() in days]
    if len(fits) == 1:
        return fits[0]
    if _DAY_FIRST.search(line) and not _MONTH_FIRST.search(line):
        return day_first
    if _MONTH_FIRST.search(line) and not _DAY_FIRST.search(line):
        return month_first
    return default


def segments(line: str) -> list[tuple[int, str]]:
    """The pieces of a line set apart by bars, middle dots or bullets, with their offsets (one piece, the
    line, when it has none).

    >>> segments("By Anna Kell | May 6, 2025")
    [(0, 'By Anna Kell'), (15, 'May 6, 2025')]
    """
    out, last = [], 0
    for m in _SEPARATOR.finditer(line):
        out.append((last, line[last:m.start()]))
        last = m.end()
    out.append((last, line[last:]))
    return out


def furniture(piece: str) -> bool:
    """Whether a piece of a date line beside its date is page furniture (a byline, an author's role, a
    source's name, a reading time): a few words, no sentence.

    >>> furniture("Tom Reese, Business Editor"), furniture("The council voted on Monday to close it.")
    (True, False)
    """
    words = piece.split()
    return 0 < len(words) <= 6 and not piece.rstrip().endswith((".", "?", "!")) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ("by", "and", "of", "the", "min", "read")
        for w in words)


def published_label(line: str) -> bool:
    """Whether a line says it gives a publication date ("This article was first published on ...").

    >>> published_label("Originally published May 6, 2025"), published_label("Amended on 8 May 2025")
    (True, False)
    """
    return bool(_PUBLISHED.search(line)) and not _UPDATED.search(line)


def foot_lines(text: str) -> list[tuple[int, str]]:
    """The last non-empty lines of a text (at most :data:`FOOT_LINES`) with their offsets, last first.

    >>> foot_lines("Head\\nBody.\\n\\nPublished 6 May 2025\\n")
    [(12, 'Published 6 May 2025'), (5, 'Body.'), (0, 'Head')]
    """
    out: list[tuple[int, str]] = []
    end = len(text)
    while end > 0 and len(out) < FOOT_LINES:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\n")
        if line.strip():
            out.append((start, line))
        end = start
    return out
