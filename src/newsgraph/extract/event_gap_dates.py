"""Gap dates: an act told as a measured number of days before or after a dated act takes that act's day,
shifted ("Gunmen attacked a bus on Tuesday, a day after rebels shelled the town": the shelling was on
Monday; "Police arrested two men on Friday, three days after the robbery": the robbery was on Tuesday;
"The talks opened on Monday, two days before the vote": the vote is on Wednesday).

The measure hangs on the after/before clause or preposition ("a day", "three days"); the act is the verb
of that clause or the noun that preposition governs; the dated act is the clause's governor, dated by its
own timex (:func:`~newsgraph.extract.event_dates.find_timex`) to a day of the calendar, or the event it
triggers. Only an act the text dates nothing else is moved; an unmeasured "after" says nothing of the gap
(:mod:`~newsgraph.extract.event_sequence_dates`), nor does a vague one ("days after", "weeks after").

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
    """The days a "day(s)" measure under a clause or preposition counts ("a day after", "two days before")."""
    for c in children_of(head):
        if c.dep_ == "npadvmod" and c.lemma_.lower() == "day":
            count = next((g for g in children_of(c) if g.dep_ in ("det", "nummod")), None)
            return gap_days(count.text) if count is not None else None
    return None


def _step(trigger: Token) -> tuple[Token, int] | None:
    """The act governing a trigger told a measured gap before or after it, and the signed days from it."""
    if trigger.dep_ == "advcl":
        mark = next((c for c in children_of(trigger) if c.dep_ == "mark" and c.lower_ in GAP_SIGNS), None)
        days = _measure(trigger) if mark is not None else None
        return (trigger.head, GAP_SIGNS[mark.lower_] * days) if mark is not None and days else None
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ in GAP_SIGNS and prep.head.i != prep.i:
        days = _measure(prep)
        return (prep.head, GAP_SIGNS[prep.lower_] * days) if days else None
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


def gap_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each act the text does not date by the act it is a measured gap from (module docstring)."""
    for d in drafts:
        if d.timex is not None or (d.date is not None and not d.date.fallback):
            continue
        for trigger in d.triggers:
            step = _step(trigger)
            day = _day_of(step[0], drafts, index) if step is not None else None
            if step is not None and day is not None:
                d.date = EventDate(value=(day + dt.timedelta(days=step[1])).isoformat())
                break
