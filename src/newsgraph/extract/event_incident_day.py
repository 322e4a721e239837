"""The incident's day in an article with no publication date: an act of harm the article recounts without a
day of its own takes the one month and day the article writes.

A story told after an incident (a trial, an inquiry, a follow-up) names the incident's day once, often on the
scene or on a step that led to it ("described the scene on June 3", "drove to the market on June 3"), and
tells the incident itself more loosely ("killed a man in June", "killed ... last year", "accused of shooting
her"). With a publication date, such an act stays undated (the publication date stands in, as a fallback).
Without one, when the article writes a single month and day with its number (a yearless day, ``XXXX-06-03``:
:func:`~newsgraph.extract.event_dates.yearless_day`; not a holiday, "a Christmas dinner", nor a dateline,
"Lagos, Jun 9 -"), that day is the incident's: every act of a type news only reports after the fact (codebook
``unscheduled_types``: an attack, a shooting) that the text does not date to a day takes it, unless its own
date disagrees ("in July" is not June 3).

Not when the article writes two such days ("on October 23 ... On November 19"), nor when the day dates another
act: an event other than a report of harm not in the past perfect ("what made him pull the trigger on June 3"
dates the shooting), or an act noun it premodifies other than the act's own word; and an act told with a time
of its own, even one no calendar places ("was set alight on Sunday night"), keeps it. "The March 4 sinking of
a ferry", "was arrested on June 1", "On June 2, X had fought off two boarding attempts" (an earlier episode),
"a shop was set alight ... the man was killed on 9 July" (another act) keep the day to their own act.

>>> holds("XXXX-05", "XXXX-05-29"), holds("XXXX", "XXXX-05-29"), holds("XXXX-06", "XXXX-05-29")
(True, True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract.event_date_clauses import pluperfect
from newsgraph.extract.event_dates import anchors, date_of, find_timex, stated_value, yearless_day
from newsgraph.extract.event_episodes import episode_key
from newsgraph.model import EventDate, Timex
from newsgraph.nlp.doctext import children_of, doc_tokens

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: Dependencies of a premodifier that dates its noun ("the November 18 sinking").
_PREMODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})


def holds(period: str, day: str) -> bool:
    """Whether a partly known period (a yearless month ``XXXX-05``, an unknown year ``XXXX``) can hold a
    yearless day: every part both name agrees."""
    for a, b in zip(period.split("T", 1)[0].split("-"), day.split("-"), strict=False):
        if a.isdigit() and b.isdigit() and a != b:
            return False
    return True


def written_days(index: ArticleIndex) -> list[Timex]:
    """The timexes of yearless days an article writes with their number, in sentences with a verb (module
    docstring)."""
    return [t for t in index.article.timexes if t.type in ("DATE", "TIME") and yearless_day(date_of(t).value)
            and any(ch.isdigit() for ch in t.text) and _told(t, index)]


def _told(t: Timex, index: ArticleIndex) -> bool:
    """Whether a timex stands in a sentence with a verb (not a dateline: "Mumbai, Nov 11 -")."""
    span = index.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and any(tok.pos_ in ("VERB", "AUX") for tok in span.sent)


def _acts_on(days: list[Timex], drafts: list[Draft], index: ArticleIndex) -> list[Token]:
    """The triggers of events the days date."""
    ids = {t.id for t in days}
    return [tok for e in drafts for tok in e.triggers
            if (t := find_timex([tok], index)) is not None and t.id in ids]


def _dated_act_nouns(days: list[Timex], index: ArticleIndex) -> set[str]:
    """The keys of the act nouns (codebook nouns) a day premodifies ("the November 18 sinking")."""
    ids = {t.id for t in days}
    out: set[str] = set()
    for tok in doc_tokens(index.doc):
        act = tok.lemma_.lower() in index.book.nouns or episode_key(tok.lemma_) in index.book.verbs
        if tok.pos_ != "NOUN" or not act:
            continue
        mods = [c for c in children_of(tok) if c.i < tok.i and c.dep_ in _PREMODIFIERS]
        if any((t := index.timex_at.get(w.i)) is not None and t.id in ids for c in mods for w in c.subtree):
            out.add(episode_key(tok.lemma_))
    return out


def _same_harm(tok: Token, drafts: list[Draft], types: frozenset[str]) -> bool:
    """Whether a trigger the day dates reports the harm the article recounts: a trigger of an act of
    ``types``, not in the past perfect (an earlier episode, even when merged into the act)."""
    verb = next((a for a in anchors(tok) if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and pluperfect(verb):
        return False
    return any(tok in e.triggers for e in drafts if e.type.lower() in types)


def _own_time(d: Draft, index: ArticleIndex) -> bool:
    """Whether a trigger's clause holds a day of its own, even one no calendar places ("was firebombed on
    Saturday night" in an undated article; not a month: "killed her in May")."""
    for trigger in d.triggers:
        verb = next((a for a in anchors(trigger) if a.pos_ in ("VERB", "AUX")), trigger)
        if any((t := index.timex_at.get(w.i)) is not None and t.type in ("DATE", "TIME")
               and len(t.value.split("T", 1)[0]) == len("XXXX-XX-XX") for w in verb.subtree):
            return True
    return False


def _day_less(d: Draft) -> bool:
    """Whether the text dates a draft to no day: no date, or a period coarser than a day."""
    value = stated_value(d.date, d.timex)
    return value is None or len(value.split("T", 1)[0]) < len("XXXX-XX-XX")


def incident_days(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date the undated acts of harm of an article without a publication date by the one day it writes
    (module docstring)."""
    if index.article.published:
        return
    types = index.book.lex("unscheduled_types")
    harms = [d for d in drafts if d.type.lower() in types and _day_less(d) and not _own_time(d, index)]
    days = written_days(index) if harms else []
    if len({date_of(t).value.split("T", 1)[0] for t in days}) != 1:
        return
    day = date_of(days[0]).value.split("T", 1)[0]
    acts, nouns = _acts_on(days, drafts, index), _dated_act_nouns(days, index)
    for d in harms:
        value = stated_value(d.date, d.timex)
        own = {episode_key(t.lemma_) for t in d.triggers}
        if ((value is None or holds(value, day)) and nouns <= own
                and all(_same_harm(tok, drafts, types) for tok in acts)):
            d.date = EventDate(value=day, text=days[0].text, timex=days[0].id)
