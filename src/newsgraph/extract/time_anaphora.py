"""Anaphoric days: "the next day", "that night", "the day before", "two days later" name a day counted from
the day the narrative last named, not from the publication date (TIMEX3 anchors them on the temporal focus);
so do "the following week", "the previous month", "the preceding year" (:func:`anaphoric_units`).

A news story tells one day ("Police arrested a driver on Monday.") and goes on from it ("He was charged the
next day.", "The day before, he had crashed a van.", "Fans marched on Sunday. Police fired tear gas that
night."). Each such expression takes the last fully known day (``2024-03-11``, also a clock time's or a part
of a day's) written before it in its own sentence or in the two sentences before, shifted by its offset, with
its part of the day (``TNI`` for "that night"). Without such a day it is left out: the publication date
is no anchor for it.

"Later in the day" and "(in) the hours that followed" stay on that day.

So does a measured gap before or after a definite act noun ("A day after the robbery, police arrested
...", "hours after the bombing", "two days before the vote"): the noun re-mentions an act the narrative
has told, on the day last named in the sentences before (not in its own sentence, whose day may be
another clause's: "testified on Tuesday that she was calm hours after the shootings"); a gap in hours or
minutes stays on that day. The span ends before the noun ("A day after"), which keeps its own date. Not
an expression in apposition to a date ("on Wednesday, a day after the attack": the date is given), nor a
noun with another determiner ("a day after a raid").

>>> text = "Fans marched on Sunday. Police fired tear gas that night."
>>> sunday = (14, 20, Reading("DATE", "2024-03-10"))
>>> [(a.text, a.reading.value) for a in anaphoric_days(text, [sunday])]
[('that night', '2024-03-10TNI')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.time_lexicon import LEX, number
from newsgraph.extract.time_normalize import Reading

#: A timex already found: its span and reading.
Known = tuple[int, int, Reading]


class Anaphor(NamedTuple):
    """An anaphoric day expression: its span, text and reading."""

    start: int
    end: int
    text: str
    reading: Reading


_POD = r"day|morning|afternoon|evening|night"
_ANAPHORA = re.compile(
    r"(?<![\w'’-])(?:"
    rf"(?:(?:later|earlier)\s+)?that\s+(?P<that>{_POD})"
    rf"|(?:later|earlier)\s+in\s+the\s+(?P<inthe>{_POD})"
    r"|(?<=\bin\s)the\s+hours\s+that\s+followed"
    rf"|the\s+same\s+(?P<same>{_POD})(?!\s+(?:of|a|last|as)\b)"
    rf"|the\s+(?P<rel>next|following|previous|preceding)\s+(?P<relpod>{_POD})"
    r"|the\s+(?P<bapod>day|night|morning|evening)\s+(?P<ba>before|after)"
    r"(?:(?=\s*[,.;:)\u2014\u2013]|\s*$)|(?P<act1>(?=\s+the\s+[a-z]+)))"
    r"|(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:(?P<lat>later|earlier)"
    r"|(?P<ba2>before|after)(?:(?=\s*[,.;:)\u2014\u2013]|\s+(?:when|as|and|but)\b|\s*$)"
    r"|(?P<act2>(?=\s+the\s+[a-z]+))))"
    r"|(?:hours|minutes|moments|shortly)\s+(?P<ba3>before|after)(?=\s+the\s+[a-z]+)"
    r")(?!\w)",
    re.IGNORECASE,
)
#: How many sentences before an anaphoric day its anchor may stand.
SENTENCES_BACK = 2
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_APPOSITION = re.compile(r"[\s,(\u2014\u2013-]*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def _offset(m: re.Match[str]) -> tuple[int, str]:
    """The days an anaphoric expression counts from its anchor, and the part of the day it names."""
    if m["that"] or m["same"] or m["inthe"]:
        return 0, (m["that"] or m["same"] or m["inthe"]).lower()
    if m["rel"] is None and m["ba"] is None and m["ba3"] is None and m["n"] is None:
        return 0, "day"  # "(in) the hours that followed"
    if m["rel"]:
        return (1 if m["rel"].lower() in ("next", "following") else -1), m["relpod"].lower()
    if m["ba"]:
        return (1 if m["ba"].lower() == "after" else -1), m["bapod"].lower()
    if m["ba3"]:
        return 0, "day"
    n = 1 if m["n"].lower() in ("a", "an") else int(number(m["n"]) or 0)
    return (n if (m["lat"] or m["ba2"]).lower() in ("later", "after") else -n), "day"


def _counts_from_an_act(m: re.Match[str]) -> bool:
    """Whether an expression measures a gap from a definite act noun ("A day after the robbery")."""
    return m["act1"] is not None or m["act2"] is not None or m["ba3"] is not None


def _sentence_starts(text: str) -> list[int]:
    """The offsets where the sentences of a text start (a rough split, as for clock times)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _anchor(found: list[Known], start: int, lower: int) -> str | None:
    """The last fully known day written between ``lower`` and ``start`` (``2024-03-10``)."""
    days = [(s, r.value[:10]) for s, e, r in found if lower <= s and e <= start and _FULL_DAY.match(r.value)
            and r.type in ("DATE", "TIME")]
    return max(days)[1] if days else None


def _apposed(text: str, found: list[Known], start: int) -> bool:
    """Whether a timex ends right before an offset, only punctuation between ("Wednesday, a day after")."""
    return any(e <= start and _APPOSITION.fullmatch(text[e:start]) for _, e, _ in found)


def anaphoric_days(text: str, found: list[Known]) -> list[Anaphor]:
    """The anaphoric day expressions of a text not inside a found timex, each resolved on the last day
    written before it (module docstring)."""
    starts = _sentence_starts(text)
    out: list[Anaphor] = []
    for m in _ANAPHORA.finditer(text):
        if any(s < m.end() and m.start() < e and not (r.type == "DURATION" and m.start() <= s
                                                      and e <= m.end()) for s, e, r in found):
            continue
        here = max(n for n, s in enumerate(starts) if s <= m.start())
        # before an act noun, the day must be the narrative's, not another clause's of the same sentence
        upper = starts[here] if _counts_from_an_act(m) else m.start()
        anchor = _anchor(found, upper, starts[max(0, here - SENTENCES_BACK)])
        if anchor is None or _apposed(text, found, m.start()):
            continue
        days, pod = _offset(m)
        day = dt.date.fromisoformat(anchor) + dt.timedelta(days=days)
        code = LEX.parts_of_day.get(pod) if pod != "day" else None
        reading = Reading("TIME" if code else "DATE", day.isoformat() + (f"T{code}" if code else ""),
                          relative=True)
        out.append(Anaphor(m.start(), m.end(), m.group(0), reading))
    return out


_UNIT_ANAPHORA = re.compile(r"(?<![\w'’-])the\s+(?P<rel>following|previous|preceding)\s+"
                            r"(?P<unit>week|month|year)(?!\w)", re.IGNORECASE)
#: The precisions of a date a week, a month or a year can be counted from.
_UNIT_ANCHORS = {"week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def anaphoric_units(text: str, found: list[Known]) -> list[Anaphor]:
    """"The following week", "the previous month", "the preceding year": the week, month or year after or
    before the date the narrative last named (in its sentence or the two before), not the publication's
    ("Ostrel expelled an envoy in March. Veldra expelled a diplomat the following month": April). Without
    such a date the grammar's reading stays.

    >>> text = "Ostrel expelled him in March. The following month ..."
    >>> [a.reading.value for a in anaphoric_units(text, [(23, 28, Reading("DATE", "2025-03"))])]
    ['2025-04']
    """
    starts = _sentence_starts(text)
    out: list[Anaphor] = []
    for m in _UNIT_ANAPHORA.finditer(text):
        unit = m["unit"].lower()
        lower = starts[max(0, max(n for n, s in enumerate(starts) if s <= m.start()) - SENTENCES_BACK)]
        dates = [(s, parsed[0]) for s, e, r in found
                 if lower <= s and e <= m.start() and r.type in ("DATE", "TIME")
                 and (parsed := cal.parse_iso(r.value)) is not None and parsed[1] in _UNIT_ANCHORS[unit]
                 and cal.granularity(r.value) in (*_UNIT_ANCHORS[unit], "time")]
        if dates:
            step = 1 if m["rel"].lower() == "following" else -1
            value = cal.shift(max(dates)[1], unit, step)
            out.append(Anaphor(m.start(), m.end(), m.group(0), Reading("DATE", value, relative=True)))
    return out
