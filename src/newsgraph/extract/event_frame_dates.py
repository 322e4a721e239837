"""Frame dates: a date fronted at the head of a sentence sets the time of the narrative that goes on right
after it, not only of its own clause.

"On Tuesday, police raided a house in Orlin. They arrested two men." A fronted time adjunct set off by a
comma is a frame: it places the scene, and the next sentence, which names no time of its own, tells the
next step of that scene in the simple past ("They arrested two men", "Police fired tear gas at them"). A
date at the end of its clause ("Fighting broke out in Sella on Tuesday.") dates that clause only, and is
not carried (:mod:`~newsgraph.extract.event_sequence_dates`: a day may be far from what follows).

Only the next sentence of the same paragraph is read, and only an act it tells in the simple past (not a
past perfect, "had seized", an earlier act; not a perfect, a future or a plan), in a sentence without a
timex of its own and without a word that moves the narrative away from the frame (``FRAME_BREAKS``: "later",
"separately", "meanwhile"...). Only a date the calendar places (``2024-06-11``, ``2024-W24``) is carried, as
``EventDate.carried``.

>>> "later" in FRAME_BREAKS and "separately" in FRAME_BREAKS
True
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsgraph.extract.event_coref_dates import coref_dates
from newsgraph.extract.event_date_clauses import future, pluperfect
from newsgraph.extract.event_dates import anchors, date_of, placeable
from newsgraph.extract.event_narrow_dates import narrow_dates
from newsgraph.model import Timex
from newsgraph.nlp.doctext import children_of

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: Words that move a sentence away from the time a frame set: another time, another story.
FRAME_BREAKS: frozenset[str] = frozenset({
    "later", "afterwards", "afterward", "subsequently", "since", "earlier", "previously", "before",
    "separately", "meanwhile", "elsewhere", "eventually", "finally", "now", "today", "currently",
})
#: How many tokens may open a sentence before its frame's comma ("Late on Tuesday night,").
_FRAME_WIDTH = 8


def frame_timex(sent: Span, index: ArticleIndex) -> Timex | None:
    """The calendar date a sentence opens with, set off by a comma before its main verb ("On Tuesday,
    police raided ..."), or None."""
    root = sent.root
    comma = next((t for t in sent[:_FRAME_WIDTH] if t.text == ","), None)
    if comma is None or comma.i > root.i:
        return None
    found = [t for tok in sent[:comma.i - sent.start] if (t := index.timex_at.get(tok.i)) is not None]
    if not found or found[-1].end > comma.idx or found[-1].type not in ("DATE", "TIME"):
        return None
    return found[-1] if placeable(date_of(found[-1]).value) else None


def _simple_past(trigger: Token) -> bool:
    """Whether a trigger's clause is told in the simple past, active or passive ("arrested", "was
    arrested"), not a perfect, a past perfect, a future or a plan."""
    verb = next((a for a in anchors(trigger) if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG"), None)
    if verb is None or future(verb) or pluperfect(verb):
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))


def _framed(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The frame date of the sentence right before a trigger's, when the trigger's sentence goes on with
    that scene (module docstring), or None."""
    sent = trigger.sent
    if sent.start == 0 or trigger.pos_ not in ("VERB", "AUX") or not _simple_past(trigger):
        return None
    before = sent.doc[sent.start - 1].sent
    text = index.article.text
    if "\n" in text[before.start_char:sent.start_char]:
        return None  # another paragraph, or a headline over the body
    if any(tok.i in index.timex_at or tok.lower_ in FRAME_BREAKS for tok in sent):
        return None
    return frame_timex(before, index)


def frame_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each act the text does not date by the frame the sentence before it opens with (module
    docstring), marked ``carried``.

    >>> from newsgraph.nlp import build_pipeline
    >>> from newsgraph.extract.event_rules import drafts_of  # needs the spaCy model  # doctest: +SKIP
    >>> index, drafts = drafts_of(build_pipeline(),  # doctest: +SKIP
    ...                         "On Tuesday, police raided a house in Orlin. They arrested two men.")
    >>> frame_dates(drafts, index); [(d.token.text, d.date.value) for d in drafts if d.date]  # doctest: +SKIP
    [('arrested', '2023-12-12')]
    """
    for d in drafts:
        if d.timex is not None or (d.date is not None and not d.date.fallback):
            continue
        t = next((x for trigger in d.triggers for x in [_framed(trigger, index)] if x is not None), None)
        if t is not None:
            d.date = dataclasses.replace(date_of(t), carried=True)


def carry_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date the acts their own sentence leaves undated from elsewhere in the article: first by another
    mention of the same act (:func:`~newsgraph.extract.event_coref_dates.coref_dates`), then by the frame
    the sentence before opens with (:func:`frame_dates`); and narrow a date to a finer one another mention of
    the act states (:func:`~newsgraph.extract.event_narrow_dates.narrow_dates`).

    >>> from newsgraph.nlp import build_pipeline
    >>> from newsgraph.extract.event_rules import drafts_of  # needs the spaCy model  # doctest: +SKIP
    >>> index, drafts = drafts_of(build_pipeline(),  # doctest: +SKIP
    ...                         "Police arrest two men in Orlin\\nPolice on Tuesday arrested two men.")
    >>> carry_dates(drafts, index)  # the headline's act takes the date of the lead's  # doctest: +SKIP
    >>> {d.token.text: (d.date.value, d.date.carried) for d in drafts if d.date}  # doctest: +SKIP
    {'arrest': ('2023-12-12', True)}
    """
    coref_dates(drafts, index)
    narrow_dates(drafts, index)
    frame_dates(drafts, index)


__all__ = ["FRAME_BREAKS", "carry_dates", "frame_dates", "frame_timex"]
