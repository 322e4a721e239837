"""The normalizers of the temporal grammar: what a matched temporal expression means as TIMEX3.

Each normalizer turns the groups a rule of :mod:`newsgraph.extract.time_grammar` matched into a
:class:`Reading` (type, value, range bounds) given a :class:`Ref`: the reference date (the document creation
time, or a quoted statement's own day), how precisely it is known, and the tense direction of the clause
(``past``/``future``), which decides what "Monday", "in July" or "September 6" refer to.

>>> _date({"month": "July", "year": "2009"}, Ref(dt.date(2023, 12, 15))).value
'2009-07'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.time_lexicon import LEX, number


@dataclass(frozen=True, slots=True)
class Ref:
    """What relative expressions are resolved against: a date, its precision and the clause's tense."""

    date: dt.date | None
    known: str = "day"
    direction: str = "past"
    #: Only a lower bound of the article's date (its latest reported date, outside the lead): it gives no
    #: year to a month and day ("the Dec. 6 killing" after a flashback to 1973 stays ``XXXX-12-06``).
    bound: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A normalized temporal expression. ``relative``: the value depends on the reference date;
    ``deictic``: it is anchored on the moment of speaking (today, this week...), so a quoted statement's
    own day changes it."""

    type: str
    value: str
    begin: str | None = None
    end: str | None = None
    relative: bool = False
    deictic: bool = False


Groups = dict[str, str]
Normalizer = Callable[[Groups, Ref], Reading | None]


# ---------------------------------------------------------------- normalizer helpers

_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1, "this": 0,
              "current": 0, "same": 0, "the": 0}


def _rel_word(text: str | None) -> str:
    return re.sub(r"^the\s+", "", (text or "this").lower()).split()[0] if text else "this"


def _relative(ref: Ref, compute: Callable[[dt.date], str], deictic: bool = True,
              kind: str = "DATE") -> Reading:
    """A reading computed from the reference date, masked to what is known of it (a date known only to
    its month or year stands for the middle of that period)."""
    if ref.date is None:
        return Reading(kind, cal.mask(compute(dt.date(2000, 7, 1)), "none"), relative=True, deictic=deictic)
    middle = {"year": ref.date.replace(month=7, day=1), "month": ref.date.replace(day=15)}
    value = compute(middle.get(ref.known, ref.date))
    return Reading(kind, cal.mask(value, ref.known), relative=True, deictic=deictic)


def _year_of(g: Groups, ref: Ref, month: int, day: int | None) -> tuple[int | None, bool]:
    """The year written in the match, else the one the reference and tense give; and whether relative."""
    if g.get("year"):
        return int(g["year"]), False
    if ref.date is None:
        return None, True
    if g.get("yrel"):
        return ref.date.year + _REL_SHIFT.get(_rel_word(g["yrel"]), 0), True
    if ref.known == "year":
        return (None, True) if ref.bound else (ref.date.year, True)
    return cal.year_for(ref.date, month, day, ref.direction), True


def _date(g: Groups, ref: Ref) -> Reading | None:
    month = LEX.month_number(g["month"].strip())
    day = int(re.sub(r"\D", "", g["day"])) if g.get("day") else None
    year, rel = _year_of(g, ref, month, day)
    value = cal.date_value(year, month, day)
    return Reading("DATE", value, relative=rel) if value else None


def _range_md(g: Groups, ref: Ref) -> Reading | None:
    month = LEX.month_number(g["month"].strip())
    d1, d2 = int(re.sub(r"\D", "", g["day"])), int(re.sub(r"\D", "", g["day2"]))
    year, rel = _year_of(g, ref, month, d1)
    begin, end = cal.date_value(year, month, d1), cal.date_value(year, month, d2)
    if not begin or not end or d2 <= d1:
        return None
    return Reading("DURATION", f"P{d2 - d1 + 1}D", begin=begin, end=end, relative=rel)


def _range_y(g: Groups, ref: Ref) -> Reading | None:
    y1, tail = int(g["year"]), g["year2"]
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    if not y1 < y2 <= y1 + 50:
        return None
    return Reading("DURATION", f"P{y2 - y1}Y", begin=str(y1), end=str(y2))


def _iso(g: Groups, ref: Ref) -> Reading | None:
    value = cal.date_value(int(g["year"]), int(g["mm"]), int(g["dd"]))
    if value and g.get("hh"):
        return Reading("TIME", f"{value}T{g['hh']}:{g['mi']}")
    return Reading("DATE", value) if value else None


def _numeric(g: Groups, ref: Ref) -> Reading | None:
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    month, day = (b, a) if a > 12 else (a, b)
    year = y if y > 99 else (2000 + y if y < 50 else 1900 + y)
    value = cal.date_value(year, month, day)
    return Reading("DATE", value) if value else None


def _date_yy(g: Groups, ref: Ref) -> Reading | None:
    """A day, a month and a two-digit year ("10 Nov 11"): the century that does not put the date more than a
    year after the reference (without one, 00-49 are 2000s)."""
    yy = int(g["yy"].lstrip("'’"))
    year = 2000 + yy
    if (ref.date is not None and year > ref.date.year + 1) or (ref.date is None and yy >= 50):
        year -= 100
    return _date({**g, "year": str(year)}, ref)


def _month_alone(g: Groups, ref: Ref) -> Reading | None:
    rel = (g.get("mrel") or "").lower()
    if rel and ref.date is not None and ref.known != "year":
        month, now = LEX.month_number(g["month"].strip()), ref.date.month
        shift = {"last": -1 if month >= now else 0, "past": -1 if month >= now else 0,
                 "next": 1 if month <= now else 0, "coming": 1 if month <= now else 0}.get(rel, 0)
        return Reading("DATE", f"{ref.date.year + shift:04d}-{month:02d}", relative=True)
    return _date({"month": g["month"], **({"yrel": g["yrel"]} if g.get("yrel") else {})}, ref)


def _weekday(g: Groups, ref: Ref) -> Reading:
    """A weekday, also of a named week ("Monday last week": the Monday of the week before the reference's).

    >>> _weekday({"wd": "Monday", "wkrel": "last"}, Ref(dt.date(2024, 3, 15))).value
    '2024-03-04'
    """
    wd, rel = LEX.weekdays[g["wd"]], (g.get("rel") or "").lower() or None
    pod = LEX.parts_of_day.get((g.get("pod") or "").lower())
    weeks = _REL_SHIFT.get((g.get("wkrel") or "").lower())

    def compute(d: dt.date) -> str:
        if weeks is not None and rel is None:
            day = d + dt.timedelta(days=wd - d.isoweekday(), weeks=weeks)
        else:
            day = cal.weekday_date(d, wd, ref.direction, rel)
        return day.isoformat() + (f"T{pod}" if pod else "")

    return _relative(ref, compute, kind="TIME" if pod else "DATE")


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic(g: Groups, ref: Ref) -> Reading:
    word = g["deic"].lower()
    offset = _DEICTIC[word] + {"before": -1, "after": 1}.get((g.get("dba") or "").lower(), 0)
    pod = LEX.parts_of_day.get((g.get("pod") or "").lower()) or ("NI" if word == "tonight" else None)

    def compute(d: dt.date) -> str:
        return (d + dt.timedelta(days=offset)).isoformat() + (f"T{pod}" if pod else "")

    return _relative(ref, compute, kind="TIME" if pod else "DATE")


def _rel_pod(g: Groups, ref: Ref) -> Reading:
    pod = LEX.parts_of_day[g["pod"].lower()]
    offset = -1 if g["rel"].lower() == "last" else 0
    return _relative(ref, lambda d: f"{(d + dt.timedelta(days=offset)).isoformat()}T{pod}", kind="TIME")


def _rel_unit(g: Groups, ref: Ref) -> Reading:
    rel, unit = g["rel"].lower(), LEX.units.get(g["unit"].lower(), g["unit"].lower())
    word = _rel_word(rel)
    if rel.startswith("the") and word in ("past", "next", "coming"):
        return Reading("DURATION", _duration_value(1, unit))
    return _relative(ref, lambda d: cal.shift(d, unit, _REL_SHIFT[word]))


def _weekend(g: Groups, ref: Ref) -> Reading:
    """"(over) the weekend": in a past clause the latest weekend up to the reference day (on a Friday the
    one before, on a Monday the one just gone, on a Sunday this one), in a future clause the next one.

    >>> [_weekend({}, Ref(dt.date(2024, 3, d), direction=w)).value for d, w in ((15, "past"), (18, "past"),
    ...                                                                       (15, "future"))]
    ['2024-W10-WE', '2024-W11-WE', '2024-W11-WE']
    """
    def compute(d: dt.date) -> str:
        if ref.direction == "future":
            return cal.iso_week(d + dt.timedelta(days=(5 - d.weekday()) % 7)) + "-WE"
        return cal.iso_week(d - dt.timedelta(days=(d.weekday() - 5) % 7)) + "-WE"

    return _relative(ref, compute)


def _overnight(g: Groups, ref: Ref) -> Reading:
    """"overnight" in a past clause is the night before the reference day (a morning report's "shelled the
    town overnight"), in a future clause the reference day's night.

    >>> [_overnight({}, Ref(dt.date(2024, 3, 15), direction=w)).value for w in ("past", "future")]
    ['2024-03-14TNI', '2024-03-15TNI']
    """
    offset = 0 if ref.direction == "future" else -1
    return _relative(ref, lambda d: f"{(d + dt.timedelta(days=offset)).isoformat()}TNI", kind="TIME")


def _same_period(g: Groups, ref: Ref) -> Reading:
    return _relative(ref, lambda d: cal.shift(d, "year", -1))


def _boundary(g: Groups, ref: Ref) -> Reading:
    unit = g["unit"].lower()
    return _relative(ref, lambda d: cal.shift(d, unit, 0))


def _ago(g: Groups, ref: Ref) -> Reading:
    unit = LEX.units[g["unit"].lower()]
    n = number(g["num"]) if g.get("num") else None
    direction = -1 if (g.get("dir") or "ago").lower() == "ago" else 1
    if n is None or n != int(n):
        return Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", relative=True)
    if unit in ("hour", "minute", "second"):
        return Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", relative=True)
    step = int(n) * direction
    if unit == "fortnight":
        unit, step = "week", step * 2
    return _relative(ref, lambda d: cal.shift(d, unit, step))


def _duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT30M``, ``P2.5Y``; ``PXY`` when the quantity is vague.

    >>> _duration_value(3, "day"), _duration_value(30, "minute"), _duration_value(None, "year")
    ('P3D', 'PT30M', 'PXY')
    >>> _duration_value(1, "decade"), _duration_value(None, "decade"), _duration_value(2, "fortnight")
    ('P10Y', 'PXDE', 'P4W')
    """
    code = LEX.raw["units"].get(unit, ["X"])[0]
    scale = {"W2": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100)}
    if n is None:
        clock = unit in ("hour", "minute", "second")
        return f"PTX{code}" if clock else f"PX{code if code != 'W2' else 'W'}"
    code, factor = scale.get(code, (code, 1))
    qty = n * factor
    text = str(int(qty)) if qty == int(qty) else f"{qty:g}"
    return f"PT{text}{code}" if unit in ("hour", "minute", "second") else f"P{text}{code}"


def _duration(g: Groups, ref: Ref) -> Reading | None:
    unit = LEX.units[(g.get("unit") or g["unit2"]).lower()]
    if g.get("num") and g["num"].lower() in ("a", "an") and unit in ("second", "quarter"):
        return None
    n = number(g["num"]) if g.get("num") else None
    if n is not None and (g.get("half1") or g.get("half2")):
        n += 0.5
    return Reading("DURATION", _duration_value(n, unit))


def _set(g: Groups, ref: Ref) -> Reading | None:
    if g.get("word"):
        return Reading("SET", LEX.sets[re.sub(r"\s+", " ", g["word"].lower())])
    if g.get("wd"):
        return Reading("SET", f"XXXX-WXX-{LEX.weekdays[g['wd']]}")
    word = g["unit"].lower()
    if word in LEX.parts_of_day:
        return Reading("SET", f"TXX:XX:XX{LEX.parts_of_day[word]}")
    n = number(g["num"]) if g.get("num") else 1.0
    return Reading("SET", _duration_value(n, LEX.units[word]))


def _clock(g: Groups, ref: Ref) -> Reading | None:
    word = (g.get("word") or "").lower()
    hour, minute = ((24 if word == "midnight" else 12), 0) if word else (int(g["h"]), int(g.get("mi") or 0))
    ampm = re.sub(r"[\s.]", "", (g.get("ampm") or "").lower())
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = "Z" if (g.get("tz") or "").upper() in ("UTC", "GMT", "Z") else ""
    day = _clock_day(g, ref)
    return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", relative=True, deictic=True)


def _clock_day(g: Groups, ref: Ref) -> str:
    """The day of a clock time: its day word, the date its weekday is written with ("at 2 a.m. Sunday, Nov.
    10"), its weekday, else the reference day."""
    if g.get("tday"):
        return _deictic({"deic": g["tday"]}, ref).value
    written = None
    if g.get("tmonth"):
        written = _date({"month": g["tmonth"], "day": g["tdd"], "year": g.get("tyear") or ""}, ref)
    if written is not None:
        return written.value
    if g.get("twd"):
        return _weekday({"wd": g["twd"]}, ref).value
    return _relative(ref, lambda d: d.isoformat()).value


def _decade(g: Groups, ref: Ref) -> Reading:
    digits = g["dec"].lstrip("'")
    return Reading("DATE", digits[:3] if len(digits) == 4 else "19" + digits[0])


def _century(g: Groups, ref: Ref) -> Reading | None:
    word = g["ord"].lower()
    n = LEX.ordinal(word) if not word[0].isdecimal() else int(re.sub(r"\D", "", word))
    extra = {"nineteenth": 19, "twentieth": 20, "eighteenth": 18, "twenty-first": 21, "twenty first": 21}
    n = extra.get(word, n)
    return Reading("DATE", f"{n - 1:02d}") if n else None


def _period_year(g: Groups, ref: Ref) -> tuple[str | None, bool]:
    if g.get("year") or g.get("year_b"):
        return g.get("year") or g["year_b"], False
    if g.get("yrel"):
        word = _rel_word(g["yrel"])
        return _relative(ref, lambda d: cal.shift(d, "year", _REL_SHIFT.get(word, 0))).value, True
    return _relative(ref, lambda d: str(d.year)).value, True


def _quarter(g: Groups, ref: Ref) -> Reading | None:
    word = (g.get("ord") or g.get("q") or "").lower().lstrip("q")
    n = int(word) if word.isdecimal() else LEX.ordinal(word)
    if not n or n > 4 or (word == "last" and not (g.get("year") or g.get("yrel"))):
        return None
    year, rel = _period_year(g, ref)
    if rel and not g.get("yrel") and ref.date and year and year.isdigit():
        current = cal.quarter(ref.date)
        if ref.direction == "past" and n > current:
            year = str(int(year) - 1)
        elif ref.direction == "future" and n < current:
            year = str(int(year) + 1)
    return Reading("DATE", f"{year}-Q{n}", relative=rel)


def _half(g: Groups, ref: Ref) -> Reading | None:
    word = (g.get("ord") or "").lower()
    n = 2 if word == "latter" else (LEX.ordinal(word) or int(g.get("hn") or 0))
    if n not in (1, 2):
        return None
    year, rel = _period_year(g, ref)
    return Reading("DATE", f"{year}-H{n}", relative=rel)


def _season(g: Groups, ref: Ref) -> Reading | None:
    code, rel = LEX.seasons[g["season"].lower()], (g.get("rel") or "").lower()
    if g["season"].lower() in LEX.words("ambiguous_seasons") and not (g.get("year") or g.get("yrel")) \
            and rel in ("", "the"):
        return None
    if g.get("year") or g.get("yrel"):
        year, relative = _period_year(g, ref)
        return Reading("DATE", f"{year}-{code}", relative=relative)
    return _relative(ref, lambda d: f"{cal.season_year(d, code, rel)}-{code}")


def _year(g: Groups, ref: Ref) -> Reading:
    return Reading("DATE", ("FY" if g.get("fiscal") else "") + g["year"])


def _holiday(g: Groups, ref: Ref) -> Reading | None:
    mmdd = LEX.holidays[re.sub(r"\s+", " ", g["hol"].lower().replace("’", "'"))]
    month, day = int(mmdd[:2]), int(mmdd[3:])
    year, rel = _year_of(g, ref, month, day)
    value = cal.date_value(year, month, day)
    return Reading("DATE", value, relative=rel) if value else None


def _reference(g: Groups, ref: Ref) -> Reading:
    return Reading("DATE", LEX.references[re.sub(r"\s+", " ", g["refw"].lower())], relative=True)
