"""Sequence dates: a violent act the text tells without a date takes the date of the act it immediately
follows or precedes in its sentence ("officers shot the boy after he pointed a gun at them on Saturday
night": the shooting was on Saturday night; "escaped from a van after he pulled a gun on the guards", with
"the Nov. 30 escape" elsewhere: the gun was pulled on Nov. 30).

An "after" or "before" clause joined to the verb of an assault, or an assault's verb in such a clause,
tells one encounter told in two steps when no gap is measured ("two days after", "long before") and the
other step is a done act (not a plan: "before he could fire"; not a past perfect: "after he had been
released in 2009", an earlier episode). The other step's date is its own (the timex the parse attaches to
it), that of the event it triggers, or the one date the article gives its episode's noun ("the Nov. 30
escape": :func:`~newsgraph.extract.event_episodes.dated_nouns`). Only an assault takes such a date: an
arrest, a charge or a verdict told "after" an act comes in its own time ("was arrested after he robbed a
bank on Saturday" does not say when he was arrested).

A narrative told by the clock goes on in the next sentence: an assault whose sentence dates nothing, told
with "then" ("The shooting then breaks out", "He then opened fire") right after a sentence with a clock
time placed on a day ("Around 2:18 p.m., two women are seen waiting at the corner"), is of that day
(:func:`then_dates`). Only a clock time: a day ("On June 3 he was released. He then ...") may be far from
what follows.

>>> SEQUENCE_MARKS
('after', 'before')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsgraph.extract.event_date_clauses import future, pluperfect
from newsgraph.extract.event_dates import anchors, date_of, dated_by, find_timex, placeable, told_done
from newsgraph.extract.event_episodes import dated_nouns, episode_key
from newsgraph.extract.event_gap_dates import gap_dates
from newsgraph.model import EventDate, Timex
from newsgraph.nlp.doctext import children_of

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: Subordinators of a clause told as the next or previous step of one encounter.
SEQUENCE_MARKS: tuple[str, ...] = ("after", "before")
#: Types of the acts that take the date of the step next to them.
SEQUENCE_TYPES: frozenset[str] = frozenset({"ASSAULT"})
#: Words that measure a gap between the two steps ("long after", "two days before").
_GAP_WORDS: frozenset[str] = frozenset({"long", "years", "months", "weeks", "days", "hours", "year", "month",
                                        "week", "day", "hour", "decades"})


def _mark(clause: Token) -> Token | None:
    """The after/before subordinator of an adverbial clause, or None."""
    if clause.dep_ != "advcl":
        return None
    return next((c for c in children_of(clause) if c.dep_ in ("mark", "advmod") and c.i < clause.i
                 and c.lower_ in SEQUENCE_MARKS), None)


def _gap(mark: Token) -> bool:
    """Whether the subordinator is measured ("two days after", "long before"): the measure hangs on the
    subordinator or, before it, on its clause."""
    near = [*children_of(mark), *(c for c in children_of(mark.head) if c.i < mark.i)]
    return any(t.lower_ in _GAP_WORDS for c in near for t in c.subtree)


def next_steps(verb: Token) -> list[Token]:
    """The verbs told as the step right before or after a verb: its own unmeasured after/before clauses, and
    the verb whose such clause it is."""
    out = [c for c in children_of(verb) if (m := _mark(c)) is not None and not _gap(m)]
    mark = _mark(verb)
    if mark is not None and not _gap(mark) and verb.head.i != verb.i:
        out.append(verb.head)
    return [v for v in out if v.pos_ in ("VERB", "AUX") and told_done(v) and not future(v)
            and not pluperfect(v)]


def _step_date(step: Token, drafts: list[Draft], index: ArticleIndex,
               nouns: dict[str, list[Timex]]) -> EventDate | None:
    """The date the text gives a step: that of an event it triggers, its own timex, or its episode's."""
    for d in drafts:
        if step in d.triggers and d.date is not None and not d.date.fallback:
            return d.date
    t = find_timex([step], index)
    if t is not None:
        date = dated_by(t, index, step)
        return date if date is not None and not date.fallback else None
    found = nouns.get(episode_key(step.lemma_), [])
    return date_of(found[0]) if found and len({date_of(t).value for t in found}) == 1 else None


def sequence_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each undated assault by the step of its encounter next to it (module docstring)."""
    undated = [d for d in drafts if d.type in SEQUENCE_TYPES and d.timex is None
               and (d.date is None or d.date.fallback)]
    if not undated:
        then_dates(drafts, index)
        gap_dates(drafts, index)
        return
    taken = {t.i for d in drafts if d.date is not None and not d.date.fallback for t in d.triggers}
    nouns = dated_nouns(index, taken)
    for d in undated:
        for trigger in d.triggers:
            if trigger.pos_ not in ("VERB", "AUX") or pluperfect(trigger):
                continue
            date = next((x for s in next_steps(trigger) for x in [_step_date(s, drafts, index, nouns)]
                         if x is not None), None)
            if date is not None:
                d.date = date
                break
    then_dates(drafts, index)
    gap_dates(drafts, index)


def _clock_before(sent: Span, index: ArticleIndex) -> Timex | None:
    """The last clock time placed on a day (``2011-10-21T14:18``) in the sentence before, else None."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    found = [t for tok in before if (t := index.timex_at.get(tok.i)) is not None and t.type == "TIME"
             and ":" in t.value and placeable(t.value)]
    return found[-1] if found else None


def _told_then(trigger: Token) -> bool:
    """Whether the clause of a trigger (its first verb) goes on with "then" ("The shooting then breaks
    out")."""
    verb = next((a for a in anchors(trigger) if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "then" for c in children_of(verb))


def then_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each undated assault told with "then" after a sentence with a clock time by that time's day
    (module docstring)."""
    for d in drafts:
        dated = d.timex is not None or (d.date is not None and not d.date.fallback)
        if d.type not in SEQUENCE_TYPES or dated:
            continue
        for trigger in d.triggers:
            if not _told_then(trigger) or find_timex([trigger], index) is not None:
                continue
            t = _clock_before(trigger.sent, index)
            if t is not None:
                d.date = EventDate(value=date_of(t).value.split("T", 1)[0], text=t.text, timex=t.id)
                break
