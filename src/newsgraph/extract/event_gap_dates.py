"""Gap dates: an act told as a measured number of days before or after a dated act takes that act's day,
shifted ("Gunmen attacked a bus on Tuesday, a day after rebels shelled the town": the shelling was on
Monday; "Police arrested two men on Friday, three days after the robbery": the robbery was on Tuesday; "two
weeks after the killing": fourteen days before; "The talks opened on Monday, two days before the vote": the
vote is on Wednesday).

The measure hangs on the after/before clause or preposition ("a day", "three days", "the day"); the act is
the verb
of that clause or the noun that preposition governs; the dated act is the clause's governor, dated by its
own timex (:func:`~newsgraph.extract.event_dates.find_timex`) to a day of the calendar, or the event it
triggers. Only an act the text dates nothing else is moved; an unmeasured "after" says nothing of the gap
(:mod:`~newsgraph.extract.event_sequence_dates`), nor does a vague one ("days after", "a few days after"),
and the measure is never the date of the act it is measured from ("the day after the attack"); a gap
of hours or minutes keeps the day ("hours after").

The other way round, an act told a measured gap after or before an act the text dates takes that act's day,
shifted ("Police arrested two men hours after a bomb attack on a bus on Monday": the arrest was on Monday).
So does an act told "within hours" of another ("within hours of the attack"), or, with no "of", "within
hours" of the act the sentence before dates to a day ("A bomb exploded on Monday. Police arrested two
suspects within hours.").

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


#: Units of a measured gap: a day counts, a week seven days, an hour or a minute keeps the day (under 24
#: hours).
_UNITS = frozenset({"day", "week", "hour", "minute"})


#: Words that make a count of days vague ("a few days", "several weeks").
_VAGUE = frozenset({"few", "several", "many", "some", "couple"})


def _days(unit: Token) -> int | None:
    """The days a measure word counts ("three days": 3; "two weeks": 14; "the day after": 1; "hours", "a few
    hours": 0; "48 hours": 2)."""
    kids = children_of(unit)
    count = next((g for g in kids if g.dep_ == "nummod"), None)
    count = count or next((g for g in kids if g.dep_ == "det"), None)
    if unit.lemma_.lower() in ("day", "week"):
        if any(g.lower_ in _VAGUE for g in kids):
            return None  # "a few days after": no day
        word = "a" if count is not None and count.lower_ == "the" and unit.tag_ == "NN" else None
        days = gap_days(word or count.text) if count is not None else None
        return days * 7 if days is not None and unit.lemma_.lower() == "week" else days
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


def _within(trigger: Token) -> tuple[Token | None, int] | None:
    """A verb's "within hours" or "within minutes": the act of its "of" object ("within hours of the
    attack") or, without one, None: the act dated in the sentence before (:func:`_previous_day`); no day
    apart."""
    for prep in children_of(trigger) if trigger.pos_ in ("VERB", "AUX") else ():
        unit = next((o for o in children_of(prep) if o.dep_ == "pobj"), None)
        if prep.lower_ != "within" or unit is None or unit.lemma_.lower() not in ("hour", "minute"):
            continue
        of = next((c for c in children_of(unit) if c.dep_ == "prep" and c.lower_ == "of"), None)
        act = next((o for o in children_of(of) if o.dep_ == "pobj"), None) if of is not None else None
        return (act, 0) if of is None or act is not None else None
    return None


def _previous_day(trigger: Token, drafts: list[Draft]) -> dt.date | None:
    """The day of the first act dated to a day in the sentence before a trigger's."""
    sent = trigger.sent
    if sent.start == 0:
        return None
    before = trigger.doc[sent.start - 1].sent
    for d in drafts:
        if d.date is not None and not d.date.fallback and len(d.date.value) >= 10 and any(
                before.start <= t.i < before.end for t in d.triggers):
            try:
                return dt.date.fromisoformat(d.date.value[:10])
            except ValueError:  # a day without a year ("XXXX-10-09"): no day to count from; try the next
                continue
    return None


def _within_day(trigger: Token, drafts: list[Draft], index: ArticleIndex) -> dt.date | None:
    """The day of an act told "within hours" of another (:func:`_within`), or None."""
    found = _within(trigger)
    if found is None:
        return None
    act = found[0]
    return _previous_day(trigger, drafts) if act is None else _day_of(act, drafts, index)


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
            within = _within_day(trigger, index=index, drafts=drafts) if found is None else None
            found = (within, 0) if within is not None else found
            if found is not None:
                d.date = EventDate(value=(found[0] + dt.timedelta(days=found[1])).isoformat())
                break
