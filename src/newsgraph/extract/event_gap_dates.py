"""Gap dates: an act told as a measured number of days before or after a dated act takes that act's day,
shifted ("Gunmen attacked a bus on Tuesday, a day after rebels shelled the town": the shelling was on
Monday; "Police arrested two men on Friday, three days after the robbery": the robbery was on Tuesday;
"The talks opened on Monday, two days before the vote": the vote is on Wednesday).

The measure hangs on the after/before clause or preposition ("a day", "three days"); the act is the verb
of that clause or the noun that preposition governs; the dated act is the clause's governor, dated by its
own timex (:func:`~newsgraph.extract.event_dates.find_timex`) to a day of the calendar, or the event it
triggers. Only an act the text dates nothing else is moved; an unmeasured "after" says nothing of the gap
(:mod:`~newsgraph.extract.event_sequence_dates`), nor does a vague one ("days after", "weeks after"); a gap
of hours or minutes keeps the day ("hours after").

The other way round, an act told a measured gap after or before an act the text dates takes that act's day,
shifted ("Police arrested two men hours after a bomb attack on a bus on Monday": the arrest was on Monday).

>>> gap_days("three"), gap_days("a"), gap_days("few")
(3, 1, None)
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract.event_dates import dated_by, find_timex
from newsgraph.extract.time_lexicon import number
from newsgraph.model import EventDate
from newsgraph.nlp.doctext import children_of

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: The words that tell the direction of a gap: the act is that many days before ("after") or after ("before")
#: the act that governs it.
GAP_SIGNS: dict[str, int] = {"after": -1, "before": 1}


def gap_days(word: str) -> int | None:
    """The number of days a measure's count word gives ("a", "one", "three", "3"), None when vague."""
    if word.lower() in ("a", "an"):
        return 1
    n = number(word)
    return int(n) if n is not None and n == int(n) and 0 < n < 32 else None


def _measure(head: Token) -> int | None:
    """The days a "day(s)" measure under a clause or preposition counts ("a day after", "two days before");
    a measure in hours or minutes under a day ("hours after", "minutes before") is no day apart: 0."""
    for c in children_of(head):
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS:
            return _days(c)
    return None


#: Units of a measured gap: a day counts, an hour or a minute keeps the day (under 24 hours).
_UNITS = frozenset({"day", "hour", "minute"})


def _days(unit: Token) -> int | None:
    """The days a measure word counts ("three days": 3; "hours", "a few hours": 0; "48 hours": 2)."""
    count = next((g for g in children_of(unit) if g.dep_ in ("det", "nummod")), None)
    if unit.lemma_.lower() == "day":
        return gap_days(count.text) if count is not None else None
    n = number(count.text) if count is not None and count.dep_ == "nummod" else None
    if unit.lemma_.lower() == "minute" or n is None or n < 24:
        return 0
    return int(n // 24) if n % 24 == 0 else None


def _measure_near(prep: Token) -> int | None:
    """The measure of an after/before preposition or subordinator, under it or right before it under the verb
    it hangs on ("arrested two men hours after the attack": the parser hangs "hours" on the verb)."""
    days = _measure(prep) if prep.dep_ == "prep" else None
    if days is not None:
        return days
    head = prep.head if prep.dep_ == "prep" else prep.head.head
    unit = next((c for c in children_of(head) if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS
                 and c.i == prep.i - 1), None)
    return _days(unit) if unit is not None else None


def _step(trigger: Token) -> tuple[Token, int] | None:
    """The act governing a trigger told a measured gap before or after it, and the signed days from it."""
    if trigger.dep_ == "advcl":
        mark = next((c for c in children_of(trigger) if c.dep_ == "mark" and c.lower_ in GAP_SIGNS), None)
        days = _measure(trigger) if mark is not None else None
        if mark is None or days is None:
            return None
        return trigger.head, GAP_SIGNS[mark.lower_] * days
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ in GAP_SIGNS and prep.head.i != prep.i:
        days = _measure(prep)
        return (prep.head, GAP_SIGNS[prep.lower_] * days) if days is not None else None
    return None


def _day_of(governor: Token, drafts: list[Draft], index: ArticleIndex) -> dt.date | None:
    """The calendar day the text gives a governing act: its own timex's, or that of the event it triggers."""
    date = next((d.date for d in drafts if governor in d.triggers and d.date is not None), None)
    if date is None or date.fallback:
        t = find_timex([governor], index)
        date = dated_by(t, index, governor) if t is not None else None
    if date is None or date.fallback or len(date.value) < 10:
        return None
    try:
        return dt.date.fromisoformat(date.value[:10])
    except ValueError:
        return None


def _dated_steps(trigger: Token) -> list[tuple[Token, int]]:
    """The acts a verb is told a measured gap after or before, and the signed days from them to it
    ("arrested two men hours after a bomb attack on Monday": the attack, 0; "freed him three days after
    the kidnapping": the kidnapping, +3; "shelled the town hours before troops retook it on Thursday": the
    retaking, 0)."""
    out: list[tuple[Token, int]] = []
    for c in children_of(trigger) if trigger.pos_ in ("VERB", "AUX") else ():
        mark = next((m for m in children_of(c) if m.dep_ == "mark" and m.lower_ in GAP_SIGNS), None)
        if c.dep_ == "prep" and c.lower_ in GAP_SIGNS:
            act, sign = next((o for o in children_of(c) if o.dep_ == "pobj"), None), c
        elif c.dep_ == "advcl" and mark is not None:
            act, sign = c, mark
        else:
            continue
        days = _measure(c) if sign is mark else None
        days = _measure_near(sign) if days is None else days
        if act is not None and days is not None:
            out.append((act, -GAP_SIGNS[sign.lower_] * days))
    return out


def gap_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each act the text does not date by the act it is a measured gap from (module docstring)."""
    for d in drafts:
        if d.timex is not None or (d.date is not None and not d.date.fallback):
            continue
        for trigger in d.triggers:
            step = _step(trigger)
            steps = [step] if step is not None else _dated_steps(trigger)
            found = next(((day, n) for act, n in steps for day in [_day_of(act, drafts, index)]
                          if day is not None), None)
            if found is not None:
                d.date = EventDate(value=(found[0] + dt.timedelta(days=found[1])).isoformat())
                break
