"""The temporal grammar: rules that find temporal expressions in text and normalize them to TIMEX3.

Each :class:`Rule` is a regular expression over the raw text (built from the lexicon in
``extract/data/time_lexicon.yaml``) with a normalizer (:mod:`newsgraph.extract.time_normalize`) that turns the
matched groups into a :class:`Reading` (type, value, range bounds) given a :class:`Ref`: the reference
date (the document creation time, or a quoted statement's own day), how precisely it is known, and the
tense direction of the clause (``past``/``future``), which decides what "Monday", "in July" or "September 6"
refer to.

Conventions (TimeML/TempEval-3): spans exclude prepositions ("on Thursday" → ``Thursday``) and include
determiners and modifiers ("the first half of the current year", "earlier this week", "early 2009");
"more than"/"over" stay outside durations. :func:`find_timexes` matches every rule, keeps the longest
non-overlapping matches (ties go to the earlier rule), extends dates over "the end of", "early",
"later"..., resolves them, anchors clock times on the day their sentence talks about, and adds a range
("from 2009 to 2011": ``P2Y`` from ``2009`` to ``2011``) over two dates joined by "to"/"and".

>>> ref = Ref(dt.date(2023, 12, 15))
>>> [(f.text, f.reading.value) for f in find_timexes("They met on Thursday and in July last year.", ref)]
[('Thursday', '2023-12-14'), ('July last year', '2022-07')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from newsgraph.extract import time_calendar as cal
from newsgraph.extract import time_windows
from newsgraph.extract.time_anaphora import anaphoric_days, anaphoric_units
from newsgraph.extract.time_lexicon import LEX, alternation, dispatched, number_pattern
from newsgraph.extract.time_normalize import (
    Groups,
    Normalizer,
    Reading,
    Ref,
    _ago,
    _boundary,
    _century,
    _clock,
    _date,
    _date_yy,
    _decade,
    _deictic,
    _duration,
    _half,
    _holiday,
    _iso,
    _month_alone,
    _numeric,
    _overnight,
    _quarter,
    _range_md,
    _range_y,
    _reference,
    _rel_pod,
    _rel_unit,
    _same_period,
    _season,
    _set,
    _weekday,
    _weekend,
    _year,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern, its normalizer and an optional check of the match in its text."""

    name: str
    pattern: re.Pattern[str]
    normalize: Normalizer
    check: Callable[[str, re.Match[str]], bool] | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal expression found in a text: span, rule, matched groups and its reading."""

    start: int
    end: int
    text: str
    rule: str
    groups: Groups = field(hash=False, compare=False)
    reading: Reading


# ---------------------------------------------------------------- pattern pieces

_B = r"(?<![\w$£€#])"
_E = r"(?!\w)"
_MONTH = alternation(list(LEX.months), case_sensitive=True)
_WD = alternation([w for w in LEX.weekdays if not w.endswith(".")], case_sensitive=True)
_WD_ANY = alternation(list(LEX.weekdays), case_sensitive=True)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?![\d,.]\d)"
_NUM = number_pattern(ignore_case=True)
_VAGUE = dispatched(LEX.words("vague_numbers"))
_UNIT = dispatched(list(LEX.units))
_POD = dispatched(list(LEX.parts_of_day))
_SEASON = dispatched(list(LEX.seasons))
_ORD = dispatched(list(LEX.raw["ordinals"]))
_UNIT_ONE = dispatched(list(LEX.raw["units"]))
_HOLIDAY = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
                            for h in sorted(LEX.raw["holidays"], key=len, reverse=True)) + ")"
_YREL = r"(?:this|last|next|the\s+current|the\s+previous|the\s+following|the\s+same|the)\s+year"
#: A weekday naming the date after it ("Friday, March 14"), on the date's line: a headline ending in a
#: weekday over a date line ("... on Sunday" / "June 11, 2024") names two days, not one.
_WDP = rf"(?:{_WD_ANY},?(?!\s*\n)\s+)?"



# ---------------------------------------------------------------- checks


def _month_check(text: str, m: re.Match[str]) -> bool:
    """A bare month counts if it is unambiguous, or follows a context word ("in May")."""
    if m.group("month") not in LEX.words("ambiguous_months") or m.group("mrel"):
        return True
    before = text[max(0, m.start("x") - 15):m.start("x")].lower()
    ctx = alternation(LEX.words("month_context"))
    return bool(re.search(rf"\b{ctx}\s+(?:(?:early|late|mid)[\s-]+)?$", before))


def _year_check(text: str, m: re.Match[str]) -> bool:
    """A bare four-digit number is a year unless an amount word or a plural noun follows it."""
    after = text[m.end():m.end() + 25]
    amount = alternation(LEX.words("amount_words"))
    if re.match(rf"\s*{amount}(?!\w)", after, re.IGNORECASE):
        return False
    word = re.match(r"\s+([a-z]+s)\b", after)
    if word and _year_of_acts(text[:m.start()], word.group(1)):
        return True
    return not (word and word.group(1) not in LEX.words("not_plural") and not word.group(1).endswith("ss"))


def _year_of_acts(before: str, plural: str) -> bool:
    """A number between "the" and a plural act noun names the year of the acts ("the 1967 killings", "the
    2004 elections"), not how many there were."""
    acts = plural.endswith("ings") or plural in LEX.words("year_act_plurals")
    return acts and bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))


def _yy_check(text: str, m: re.Match[str]) -> bool:
    """"10 Nov 11" is a date with a two-digit year (military, Indian and British style) unless a word other
    than a function word follows the number ("on 3 May 15 people died": 15 counts the people)."""
    word = re.match(r"\s*([A-Za-z]+)", text[m.end():m.end() + 20])
    return word is None or word.group(1).lower() in LEX.words("yy_followers")


def _clock_check(text: str, m: re.Match[str]) -> bool:
    """``16:00`` without a zone or a day is a time only after "at", "by", "until"... (not a score, a
    ratio or a race time), and never before another digit; ``6.30`` needs a zone or a day."""
    if m.group("tz") or m.group("tday") or m.group("twd"):
        return True
    before = text[max(0, m.start() - 12):m.start()]
    return ":" in m.group(0) and not re.match(r"\s?\d", text[m.end():m.end() + 2]) \
        and bool(re.search(r"(?i)\b(?:at|by|from|until|till|to|before|after|around|about|since)\s+$", before))


def _soon_check(text: str, m: re.Match[str]) -> bool:
    """Not "as soon as", "now that" compounds ("now-defunct") or "just now" quirks."""
    before, after = text[max(0, m.start() - 4):m.start()].lower(), text[m.end():m.end() + 4].lower()
    return not (before.endswith("as ") and after.startswith(" as")) and not after.startswith("-")


def _overnight_check(text: str, m: re.Match[str]) -> bool:
    """"Overnight" is a night unless it follows a quantity ("rose 5% overnight") or a word after which it
    means "suddenly" ("changed overnight"; ``overnight_idioms``)."""
    before = text[max(0, m.start() - 30):m.start()]
    word = re.search(r"([A-Za-z]+|\d%?)\s*$", before)
    if word is None:
        return True
    last = word.group(1).lower()
    return not (last[0].isdigit() or last in ("percent", "points", "cents")
                or last in LEX.words("overnight_idioms"))


# ---------------------------------------------------------------- the rules

_TZ = r"(?:\s*(?P<tz>UTC|GMT|local\s+time|[ECMP][SD]T|PKT|IST|CET|CEST|BST)(?:\s*[+-]\s*\d{1,2})?)?" \
      r"(?:\s*\((?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::\d\d)?\))?"
_TDAY = (rf"(?:\s+(?:on\s+)?(?:(?P<tday>today|tonight|yesterday|tomorrow)|(?P<twd>{_WD})"
         rf"(?:,\s+(?P<tmonth>{_MONTH})\s+(?P<tdd>{_DAY})(?:,\s+(?P<tyear>{_YEAR}))?)?))?")
_PERIOD_YEAR = rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{_YEAR})|(?P<yrel>{_YREL}))|\s+(?P<year_b>{_YEAR}))?"


def _rules() -> list[Rule]:
    specs: list[tuple[str, str, Normalizer, Callable[[str, re.Match[str]], bool] | None]] = [
        ("date_iso", rf"(?P<year>{_YEAR})-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)"
                     r"(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?", _iso, None),
        ("date_num", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:1[89]|20)\d\d|\d\d)", _numeric, None),
        ("range_md", rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})\s*(?:-|–|to|through)\s*(?P<day2>{_DAY})"
                     rf"(?:,?\s+(?P<year>{_YEAR}))?", _range_md, None),
        ("range_dm", rf"(?P<day>{_DAY})\s*(?:-|–)\s*(?P<day2>{_DAY})\s+(?P<month>{_MONTH})"
                     rf"(?:,?\s+(?P<year>{_YEAR}))?", _range_md, None),
        ("range_y", rf"(?P<year>{_YEAR})\s*[-–/]\s*(?P<year2>(?:1[89]|20)?\d\d)(?!-\d)", _range_y, None),
        ("date_mdy", rf"{_WDP}(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,\s*|\s+)(?P<year>{_YEAR})", _date,
         None),
        ("date_dmy", rf"{_WDP}(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+"
                     rf"(?P<year>{_YEAR})", _date, None),
        ("date_dmyy", rf"{_WDP}(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<yy>['’]?\d\d)(?![\d:.,]\d|\s*%)",
         _date_yy, _yy_check),
        ("date_md", rf"{_WDP}(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?![\d:]|\s*%)", _date, None),
        ("date_dm", rf"{_WDP}(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})", _date, None),
        ("month_year", rf"(?:(?:early|late|mid)[\s-]+)?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})",
         _date, None),
        ("month_rel", rf"(?:(?:early|late|mid)[\s-]+)?(?P<month>{_MONTH})\s+(?:of\s+)?(?P<yrel>{_YREL})",
         _month_alone, None),
        ("month", rf"(?P<x>(?:(?P<mrel>last|next|this|coming|past)\s+)?(?:(?:early|late|mid)[\s-]+)?"
                  rf"(?P<month>{_MONTH}))", _month_alone, _month_check),
        ("holiday", rf"(?P<hol>{_HOLIDAY})(?:\s+(?P<year>{_YEAR}))?", _holiday, None),
        ("weekday", rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{_WD})(?:\s+(?P<pod>{_POD}))?"
                    r"(?:\s+(?:of\s+)?(?P<wkrel>last|this|next)\s+week)?", _weekday, None),
        ("deictic", rf"(?:the\s+day\s+(?P<dba>before|after)\s+)?(?P<deic>today|tonight|yesterday|tomorrow)"
                    rf"(?:\s+(?P<pod>{_POD}))?", _deictic, None),
        ("rel_pod", rf"(?P<rel>last|this)\s+(?P<pod>{_POD})", _rel_pod, None),
        ("rel_unit", r"(?P<rel>(?:the\s+)?(?:last|next|past|previous|coming|current|following)|this)\s+"
                     r"(?P<unit>week|weekend|month|year|quarter|decade|century|fortnight)", _rel_unit, None),
        ("weekend", r"(?:(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bat\s)|(?<=\bon\s)|(?<=\bthroughout\s))"
                    r"the\s+weekend|the\s+weekend(?=['\u2019]s\b))", _weekend, None),
        ("overnight", r"overnight(?=\s*[,.;:)\u2014\u2013]|\s+(?:and|but|as|when|while|in|on|at|near|after|"
                      r"before|to|into|from|outside|inside|across)\b|\s*$)", _overnight, _overnight_check),
        ("same_period", r"the\s+same\s+(?:period|month|quarter|week|time|day)\s+(?:of\s+)?(?:last\s+year|"
                        r"a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|the\s+year\s+before)",
         _same_period, None),
        ("boundary", r"(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of\s+the\s+"
                     r"(?:current\s+)?(?P<unit>year|month|week|quarter|decade|century)", _boundary, None),
        ("ago", rf"(?:(?:about|around|almost|nearly|roughly|some|just|only|more\s+than|less\s+than|over)\s+)?"
                rf"(?:(?P<num>{_NUM})|{_VAGUE})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|hence)",
         _ago, None),
        ("set_freq", rf"(?:once|twice|thrice|(?P<times>{_NUM})\s+times)\s+(?:a|an|per|every|each)\s+"
                     rf"(?P<unit>{_UNIT})", _set, None),
        ("set_every", rf"(?:every|each)\s+(?:(?P<num>{_NUM})\s+)?(?:other\s+)?(?:(?P<wd>{_WD})|"
                      rf"(?P<unit>{_UNIT}|{_POD}))", _set, None),
        ("set_per", r"(?<=\d\s)(?:a|per)\s+(?P<unit>day|week|month|year)", _set, None),
        ("set_word", rf"(?P<word>{dispatched(list(LEX.sets))})", _set, None),
        ("duration", rf"(?:(?:the\s+(?:next|past|last|first|coming|previous|following|final)|almost|nearly|"
                     rf"about|around|roughly|some|approximately|an?\s+additional|another)\s+)?"
                     rf"(?:(?P<num>{_NUM})(?P<half1>\s+and\s+a\s+half)?|(?:{_VAGUE}|recent))\s+"
                     rf"(?P<unit>{_UNIT})(?P<half2>\s+and\s+a\s+half)?", _duration, None),
        ("duration_adj", rf"(?:(?P<num>{_NUM})-(?P<unit>{_UNIT_ONE})|(?P<unit2>decades|years|months)-long)"
                         r"(?!-old)(?!-\w)", _duration, None),
        ("duration_years", r"(?:(?:over|throughout)\s+the\s+(?P<unit>years|decades)|"
                           r"(?<=\bfor\s)(?P<unit2>years|decades|months|weeks))", _duration, None),
        ("clock_ampm", rf"(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m)(?!\w)"
                       rf"{_TZ}{_TDAY}", _clock, None),
        ("clock_24", rf"(?P<h>[01]?\d|2[0-4])[:.](?P<mi>[0-5]\d)(?![\d:]){_TZ}{_TDAY}", _clock, _clock_check),
        ("clock_word", rf"(?P<word>noon|midday|midnight){_TDAY}", _clock, None),
        ("decade", r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<dec>(?:1[89]|20)\d0|'?\d0)['’]?s", _decade,
         None),
        ("century", r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|eighteenth|nineteenth|"
                    r"twentieth|twenty[\s-]first)\s+century", _century, None),
        ("quarter", rf"(?:the\s+)?(?P<ord>{_ORD})[\s-]+quarter{_PERIOD_YEAR}", _quarter, None),
        ("quarter_code", rf"(?-i:(?P<q>Q[1-4]))\s*(?:of\s+)?(?:fiscal\s+)?(?P<year>{_YEAR})", _quarter, None),
        ("half", rf"(?:the\s+)?(?P<ord>first|second|1st|2nd|latter)\s+half\s+of\s+(?:(?:fiscal\s+)?"
                 rf"(?P<year>{_YEAR})|(?P<yrel>{_YREL}))", _half, None),
        ("half_code", rf"(?-i:H(?P<hn>[12]))\s+(?P<year>{_YEAR})", _half, None),
        ("season", rf"(?:(?P<rel>this|last|next|early|late|coming|past|the)\s+)?(?P<season>{_SEASON})"
                   rf"(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})|(?P<yrel>this\s+year|last\s+year|next\s+year)))?",
         _season, None),
        ("year", r"(?:(?:early|late|mid)[\s-]+|the\s+year\s+|(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?))?"
                 r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d)", _year, _year_check),
        ("reference", rf"(?P<refw>{dispatched(list(LEX.references))})", _reference, _soon_check),
    ]
    return [Rule(name, re.compile(_B + body + _E, re.IGNORECASE), norm, check)
            for name, body, norm, check in specs]


RULES: list[Rule] = _rules()


# ---------------------------------------------------------------- finding

Direction = Callable[[int, int], str]

_EXTEND = re.compile(r"(?:\b(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of\s+"
                     r"(?:the\s+)?|\b(?:early|late|mid)[\s-]+|\b(?:earlier|later)\s+)$", re.IGNORECASE)
_FUTURE = re.compile(rf"(?<![\w'])(?:{alternation(LEX.words('future_cues'))})(?!\w)")  # lower case: not "May"
_MODAL = re.compile(rf"(?<![\w'])(?:{alternation(LEX.words('modal_cues'))})(?!\w)")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


#: The sentence ends of the last few texts read (each timex of a text asks for its sentence).
_ENDS: dict[str, list[int]] = {}
_ENDS_MAX = 4


def _sentence_ends(text: str) -> list[int]:
    """Where each ``_SENTENCE_END`` match of a text ends, in order (kept for the last few texts)."""
    if (ends := _ENDS.get(text)) is None:
        if len(_ENDS) >= _ENDS_MAX:
            _ENDS.clear()
        ends = _ENDS[text] = [m.end() for m in _SENTENCE_END.finditer(text)]
    return ends


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (approximately: up to ``. `` ``! `` ``? `` or a newline) around a span.

    >>> sentence_bounds("One. Two three. Four", 6, 9)
    (5, 15)
    """
    ends = _sentence_ends(text)
    k = bisect.bisect_right(ends, start)  # the ends of the sentences before ``start`` are ends[:k]
    left = ends[k - 1] if k else 0
    right = _SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


def text_direction(text: str) -> Direction:
    """A tense guess from the words alone: ``future`` when a future cue ("will", "is set to") precedes the
    span in its sentence, ``unknown`` after a modal ("may", "should"), else ``past`` (news reports the past).

    >>> text_direction("The trial is set to begin on Wednesday.")(30, 39)
    'future'
    """
    def direction(start: int, end: int) -> str:
        left, _ = sentence_bounds(text, start, end)
        clause = text[left:start]
        if _FUTURE.search(clause):
            return "future"
        return "unknown" if _MODAL.search(clause) else "past"

    return direction


def _firsts(words: Iterable[str], cased: bool = False) -> tuple[str, ...]:
    """The lower-case (``cased``: as written) first words of lexicon entries, up to any apostrophe or dot
    (what any match of an alternation of them contains); empty (no gate) when an entry has no such word."""
    firsts = {re.split(r"['’.]", w.split()[0] if cased else w.split()[0].lower())[0] if w.split() else ""
              for w in words}
    return () if "" in firsts else tuple(sorted(firsts))


def _gates() -> dict[str, tuple[str, ...]]:
    """Per rule, lower-case strings one of which every match of the rule contains (its pattern needs them).

    Each rule's pattern is a pass over the whole text; a text without any of a rule's strings skips the pass.
    Rules not listed always run. ``tests/extract/test_time_grammar.py`` checks that gating finds what the
    ungated scan finds on real articles.
    """
    months, weekdays = _firsts(LEX.months, cased=True), _firsts(LEX.weekdays, cased=True)
    gates = {name: months for name in ("range_md", "range_dm", "date_mdy", "date_dmy", "date_dmyy", "date_md",
                                       "date_dm", "month_year", "month_rel", "month")}
    gates.update({
        "holiday": _firsts(LEX.raw["holidays"]), "weekday": weekdays, "season": _firsts(LEX.seasons),
        "deictic": ("today", "tomorrow", "tonight", "yesterday"), "rel_pod": ("last", "this"),
        "rel_unit": ("coming", "current", "following", "last", "next", "past", "previous", "this"),
        "same_period": ("same",), "weekend": ("weekend",), "overnight": ("overnight",),
        "boundary": ("beginning", "close", "end", "middle", "start", "turn"),
        "ago": ("ago", "hence", "now"), "duration_adj": (*("-" + u for u in LEX.raw["units"]), "-long"),
        "set_freq": ("once", "thrice", "times", "twice"),
        "set_every": ("each", "every"), "set_word": _firsts(LEX.sets),
        "duration_years": ("decades", "months", "weeks", "years"),
        "clock_word": ("midday", "midnight", "noon"),
        "decade": ("0s", "0's", "0’s"), "century": ("century",), "quarter": ("quarter",),
        "quarter_code": ("q1", "q2", "q3", "q4"), "half": ("half",), "half_code": ("h1", "h2"),
        "reference": _firsts(LEX.references),
    })
    return gates


GATES: dict[str, tuple[str, ...]] = _gates()
#: Rules whose gate words are matched as written: month and weekday names are case-sensitive in the rules
#: ("May" the month, not "may"), so their gates are too.
CASED: frozenset[str] = frozenset({"range_md", "range_dm", "date_mdy", "date_dmy", "date_dmyy", "date_md",
                                   "date_dm", "month_year", "month_rel", "month", "weekday"})

#: Rules every match of which contains a match of a part of their own pattern (a day number then a month name,
#: a month name then a day number or a year): a text without that part skips the rule's pass. A part is
#: searched once per text from its first character (a digit, a month name's capital), where the rule's own
#: pass tries every word start.
_DAY_MONTH = re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"{_MONTH}\s+\d", re.IGNORECASE)
PARTS: dict[str, re.Pattern[str]] = {
    "date_dmy": _DAY_MONTH, "date_dm": _DAY_MONTH, "date_dmyy": _DAY_MONTH, "range_dm": _DAY_MONTH,
    "range_md": _MONTH_DAY, "date_mdy": _MONTH_DAY, "date_md": _MONTH_DAY,
    "month_year": re.compile(rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}", re.IGNORECASE),
    "month_rel": re.compile(rf"{_MONTH}\s+(?:of\s+)?{_YREL}", re.IGNORECASE),
    # "once", "twice", "thrice" or "times", then "a"/"per"...; "of the year"...; "<unit> ago", "from now"...
    "set_freq": re.compile(r"(?-i:[oOtT])(?:nce|wice|hrice|imes)\s+(?:a|an|per|every|each)\s", re.IGNORECASE),
    "boundary": re.compile(r"(?-i:[oO])f\s+the\s+(?:current\s+)?(?:year|month|week|quarter|decade|century)",
                           re.IGNORECASE),
    "ago": re.compile(r"(?-i:[aAnNhH])(?<=\s.)(?:go|ow|ence)(?!\w)", re.IGNORECASE),
    "set_per": re.compile(r"\d\s(?:a|per)\s", re.IGNORECASE),
    # numbers: "2011-03-04", "3/4/11", "2009-2011", "5:30 pm", "16:00"
    "date_iso": re.compile(r"\d-[01]\d-[0-3]\d"), "date_num": re.compile(r"\d/\d{1,2}/\d"),
    "range_y": re.compile(r"\d\s*[-–/]\s*\d"), "clock_24": re.compile(r"\d[:.][0-5]\d"),
    "clock_ampm": re.compile(r"\d\s*[ap](?:\.\s?)?m", re.IGNORECASE),
}



def _lasts(words: Iterable[str]) -> tuple[str, ...]:
    """The lower-case last words of lexicon entries, after any apostrophe or dot (what any match of an
    alternation of them contains); empty when an entry has no such word."""
    lasts = {re.split(r"['’.]", w.split()[-1].lower())[-1] if w.split() else "" for w in words}
    return () if "" in lasts else tuple(sorted(lasts))


#: How each rule runs on windows around its anchors (gate words, parts; years: "19", "20"; durations: units;
#: references: their last words, rarer than their first, "at", "for", "the").
PLANS: dict[str, time_windows.Plan] = time_windows.plans(
    [(r.name, r.pattern) for r in RULES],
    {**GATES, "year": ("19", "20"), "duration": _firsts(LEX.units), "reference": _lasts(LEX.references)},
    PARTS, CASED)

Candidate = tuple[int, int, int, Rule, re.Match[str]]
#: The candidates of the last few texts scanned: the time stage reads an article's text twice when it has no
#: publication date (once to infer it, once to resolve against it), and a rule's scan does not depend on the
#: reference date.
_SCANNED: dict[str, list[Candidate]] = {}
_SCANNED_MAX = 4


def _candidates(text: str, gated: bool = True) -> list[Candidate]:
    if gated and (cached := _SCANNED.get(text)) is not None:
        return cached
    out = _scan(text, gated)
    if gated:
        if len(_SCANNED) >= _SCANNED_MAX:
            try:
                _SCANNED.pop(next(iter(_SCANNED)), None)
            except (RuntimeError, StopIteration):  # another thread changed it meanwhile
                _SCANNED.clear()
        _SCANNED[text] = out
    return out


def _scan(text: str, gated: bool) -> list[Candidate]:
    out = []
    lower = text.lower()
    opened: dict[tuple[tuple[str, ...], bool], bool] = {}  # rules share gates: each is tested once per text
    found_parts: dict[re.Pattern[str], bool] = {}
    windowed = gated and time_windows.suits(text, lower)
    anchors: dict[object, list[tuple[int, int]]] = {}
    for index, rule in enumerate(RULES):
        gate = GATES.get(rule.name) if gated else None
        if gate:
            cased = rule.name in CASED
            if (is_open := opened.get((gate, cased))) is None:
                is_open = opened[(gate, cased)] = any(g in (text if cased else lower) for g in gate)
            if not is_open:
                continue
        part = PARTS.get(rule.name) if gated else None
        if part is not None:
            if (has_part := found_parts.get(part)) is None:
                has_part = found_parts[part] = part.search(text) is not None
            if not has_part:
                continue
        has_x = "x" in rule.pattern.groupindex
        plan = PLANS.get(rule.name) if windowed else None
        found = time_windows.matches(plan, text, lower, anchors) if plan else rule.pattern.finditer(text)
        for m in found:
            start, end = m.span("x") if has_x and m.group("x") else m.span()
            if end > start and (rule.check is None or rule.check(text, m)):
                out.append((start, end, index, rule, m))
    return out


def _select(cands: list[Candidate]) -> list[tuple[int, int, Rule, Groups]]:
    """The longest non-overlapping candidates (ties: the earlier rule), in text order."""
    chosen: list[tuple[int, int, Rule, Groups]] = []
    for start, end, _, rule, m in sorted(cands, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if all(end <= s or start >= e for s, e, _, _ in chosen):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            chosen.append((start, end, rule, groups))
    return sorted(chosen, key=lambda c: c[0])


def _extend(text: str, start: int, reading: Reading) -> int:
    """Where a date starts once "the end of", "early", "later"... before it are included."""
    if reading.type != "DATE" or reading.value.endswith("_REF"):
        return start
    m = _EXTEND.search(text[max(0, start - 40):start])
    return start - len(m.group(0)) if m else start


def resolve(rule_name: str, groups: Groups, ref: Ref) -> Reading | None:
    """Normalize the groups a rule matched against a reference (used to re-anchor an expression).

    >>> resolve("deictic", {"deic": "today"}, Ref(dt.date(2023, 10, 4))).value
    '2023-10-04'
    """
    rule = next(r for r in RULES if r.name == rule_name)
    return rule.normalize(groups, ref)


def find_timexes(text: str, ref: Ref, direction: Direction | None = None) -> list[Found]:
    """Every temporal expression of a text, normalized against ``ref`` (its ``direction`` is replaced by
    the clause's own, from ``direction(start, end)``, by default :func:`text_direction`).

    >>> found = find_timexes("It rose 5% last month, for three days.", Ref(dt.date(2023, 10, 5)))
    >>> [f.reading.value for f in found]
    ['2023-09', 'P3D']
    """
    direction = direction or text_direction(text)
    found: list[Found] = []
    for start, end, rule, groups in _select(_candidates(text)):
        reading = rule.normalize(groups, replace(ref, direction=direction(start, end)))
        if reading is None:
            continue
        start = _extend(text, start, reading)
        found.append(Found(start, end, text[start:end], rule.name, groups, reading))
    found = _with_anaphora(text, found)
    return _add_ranges(text, _anchor_clocks(text, found))


def _with_anaphora(text: str, found: list[Found]) -> list[Found]:
    """Add the anaphoric days ("the next day", "that night": :mod:`~newsgraph.extract.time_anaphora`),
    resolved on the day the narrative last named, and the anaphoric weeks, months and years ("the following
    month"), which replace the grammar's reading from the publication date."""
    known = [(f.start, f.end, f.reading) for f in found]
    extra = anaphoric_days(text, known) + anaphoric_units(text, known)
    added = [Found(a.start, a.end, a.text, "anaphora", {}, a.reading) for a in extra]
    kept = [f for f in found if not any(a.start <= f.start and f.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda f: (f.start, -f.end)) if added else found


def _anchor_clocks(text: str, found: list[Found]) -> list[Found]:
    """Clock times without their own day take the day their sentence talks about ("on Tuesday ... at
    18:00 UTC"), else the day the sentence before talks about, the narrative they continue ("left the
    school on October 3, 2021. Around 2:15 p.m., ..."), else keep the reference day."""
    out: list[Found] = []
    for f in found:
        if f.rule.startswith("clock") and not (f.groups.get("tday") or f.groups.get("twd")):
            left, right = sentence_bounds(text, f.start, f.end)
            days = _days_in(found, left, right)
            if not days and left > 1:
                before, _ = sentence_bounds(text, left - 2, left - 1)
                days = _days_in(found, before, left)
            if days:
                day = min(days, key=lambda d: abs(d.start - f.start)).reading.value[:10]
                f = replace(f, reading=replace(f.reading, value=day + f.reading.value[10:]))
        out.append(f)
    return out


def _days_in(found: list[Found], left: int, right: int) -> list[Found]:
    """The day-precise timexes between two offsets, also a part of a day ("on Wednesday night":
    ``2024-06-12TNI``, whose day a clock time after it is on)."""
    return [d for d in found if left <= d.start < right and (cal.granularity(d.reading.value) == "day" or (
        re.fullmatch(r"\d{4}-\d\d-\d\dT[A-Z]{2}", d.reading.value) is not None))]


def _range_value(begin: str, end: str) -> str | None:
    gran = cal.granularity(begin)
    if gran != cal.granularity(end) or "X" in begin + end or begin >= end:
        return None
    if gran == "day":
        return f"P{(dt.date.fromisoformat(end) - dt.date.fromisoformat(begin)).days + 1}D"
    if gran == "month":
        months = (int(end[:4]) - int(begin[:4])) * 12 + int(end[5:7]) - int(begin[5:7])
        return f"P{months}M"
    return f"P{int(end) - int(begin)}Y" if gran == "year" else None


def _add_ranges(text: str, found: list[Found]) -> list[Found]:
    """Add a range over two dates joined as "from X to Y" / "between X and Y": a DURATION from the
    first to the second (``begin``/``end``), kept beside the two dates."""
    out = list(found)
    for a, b in itertools.pairwise(found):
        lead = _RANGE_LEAD.search(text[max(0, a.start - 10):a.start])
        if not lead or not _RANGE_GAP.fullmatch(text[a.end:b.start]):
            continue
        value = _range_value(a.reading.value, b.reading.value)
        if value and a.reading.type == b.reading.type == "DATE":
            start = a.start - len(lead.group(0))
            reading = Reading("DURATION", value, begin=a.reading.value, end=b.reading.value,
                              relative=a.reading.relative or b.reading.relative)
            out.append(Found(start, b.end, text[start:b.end], "range", {}, reading))
    return sorted(out, key=lambda f: (f.start, -f.end))
