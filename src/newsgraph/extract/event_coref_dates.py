"""Dates carried through event coreference: a mention the text tells without a date of its own takes the date
of another mention of the same act in another sentence.

News tells an act once with its date and names it again without one:

- **a headline** states the news its lead tells ("Northwind unveils cargo plane" over "Northwind on Tuesday
  unveiled a cargo plane"; "Mayor resigns" over "The mayor resigned on Monday"): an act word of
  the headline takes the date of the same word (a noun and its verb are one word: "shooting", "shot";
  :func:`~newsgraph.extract.event_episodes.episode_key`) in the lead's first sentences, unless the lead
  tells that act as one more of its kind ("X was arrested last month as well": :func:`additional`);
- **a headline's occasion**: the act a headline tells "during" or "amid" an occasion ("Petrol bomb hits shop
  during protests") is the news its lead dates ("A petrol-bomb attack on a shop injured two people
  Friday"), and happened while the occasion went on: the occasion's noun takes the date of the first
  lead sentence whose main verb is an act word the text dates;
- **a definite noun** re-mentions an act told before ("made its first flight on Tuesday ... the flight",
  "landed on March 3 ... the landing"; codebook ``anaphoric_determiners``): it takes the date of
  the nearest earlier mention of the same word the text dates;
- **an act told "during" or "amid" such a re-mention** ("farmers protested on Thursday ... officers
  detained a man during the protest") happened while the occasion went on: it takes the occasion's date.

Only a date the text states (not the publication date) is carried, and only to a mention whose own sentence
dates nothing (:func:`~newsgraph.extract.event_dates.find_timex` comes first): :func:`carried_date`. The
timex attached to a mention (``find_timex``) stays the one of its sentence; an event's date carried so is
marked ``EventDate.carried``.

>>> LEAD_SENTENCES
2
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsgraph.extract.event_dates import date_of, dated_by, find_timex, placeable
from newsgraph.model import EventDate, Timex
from newsgraph.nlp.doctext import children_of, headline_span

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: How many sentences after the headline (those with a verb) make its lead.
LEAD_SENTENCES = 2
#: Parts of speech of the words that name an act.
_ACT_POS = frozenset({"NOUN", "VERB"})


def act_key(lemma: str) -> str:
    """The word a mention names its act by: a noun and its verb share it ("shooting"/"shoot", as
    :func:`~newsgraph.extract.event_episodes.episode_key`; "announcement"/"announce").

    >>> act_key("announcement"), act_key("landing"), act_key("flight")
    ('announce', 'land', 'flight')
    """
    from newsgraph.extract.event_episodes import episode_key

    lemma = lemma.lower()
    return lemma[:-4] if lemma.endswith("ment") and len(lemma) > 8 else episode_key(lemma)


def _key(tok: Token) -> str:
    return act_key(tok.lemma_)


def _stated_timex(tok: Token, index: ArticleIndex) -> Timex | None:
    """The timex the text attaches to a mention when it places the mention on a calendar, else None."""
    t = find_timex([tok], index)
    return t if t is not None and placeable(date_of(t).value) else None


def _lead(index: ArticleIndex, after: int) -> list[Span]:
    """The first :data:`LEAD_SENTENCES` sentences with a verb that start after a character offset."""
    out: list[Span] = []
    for sent in index.doc.sents:
        if sent.start_char >= after and any(t.pos_ in ("VERB", "AUX") for t in sent):
            out.append(sent)
            if len(out) == LEAD_SENTENCES:
                break
    return out


def _headline_timex(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The date of the lead's mention of a headline's act (module docstring)."""
    start, end = headline_span(index.article.text)
    if not start <= trigger.idx < end:
        return None
    key = _key(trigger)
    for sent in _lead(index, end):
        for tok in sent:
            if tok.pos_ in _ACT_POS and _key(tok) == key and not additional(tok):
                t = _stated_timex(tok, index)
                if t is not None:
                    return t
    return None


#: Adverbs that tell an act as one more of its kind ("was arrested last month as well", "also arrested").
ADDITIVE = frozenset({"also", "too"})


def additional(tok: Token) -> bool:
    """Whether a verb tells its act as one more of a kind already told ("a fellow player was arrested last
    month as well", "police also arrested his brother"): another act than the headline's news, whose date
    the headline does not take.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["He", "was", "arrested", "as", "well"]
    >>> deps = ["nsubjpass", "auxpass", "ROOT", "advmod", "advmod"]
    >>> additional(Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 4, 2], deps=deps)[2])
    True
    """
    return any(c.dep_ == "advmod" and (c.lower_ in ADDITIVE or (
        c.lower_ == "well" and any(g.lower_ == "as" for g in children_of(c)))) for c in children_of(tok))


#: Prepositions by which a headline places its act in an occasion ("Fire-bomb hits bank during riots").
_OCCASION_PREPS = frozenset({"during", "amid", "amidst"})


def _headline_occasion_timex(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The date of the lead's news for the occasion a headline tells its act in (module docstring): the
    first lead sentence whose main verb is an act word the text dates."""
    start, end = headline_span(index.article.text)
    if not start <= trigger.idx < end or trigger.dep_ != "pobj" or trigger.head.lower_ not in _OCCASION_PREPS:
        return None
    for sent in _lead(index, end):
        root = sent.root
        if root.pos_ == "VERB" and root.lemma_.lower() in index.book.verbs:
            t = _stated_timex(root, index)
            if t is not None:
                return t
    return None


def _definite(tok: Token, index: ArticleIndex) -> bool:
    determiners = index.book.lex("anaphoric_determiners")
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in determiners) for c in children_of(tok))


def _remention_timex(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The date of the nearest earlier mention, in another sentence, of the act a definite noun names."""
    if trigger.pos_ != "NOUN" or not _definite(trigger, index):
        return None
    key = _key(trigger)
    doc = trigger.doc
    for i in range(trigger.sent.start - 1, -1, -1):
        tok = doc[i]
        if tok.pos_ in _ACT_POS and _key(tok) == key:
            t = _stated_timex(tok, index)
            if t is not None:
                return t
    return None


def _occasion_remention_timex(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The date of the occasion an act is told "during" or "amid", when a definite noun re-mentions it and
    an earlier sentence dates it ("protested on Thursday ... officers detained a man during the protest")."""
    for prep in children_of(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
            continue
        for obj in children_of(prep):
            t = _remention_timex(obj, index) if obj.dep_ == "pobj" else None
            if t is not None:
                return t
    return None


def carried_timex(trigger: Token, index: ArticleIndex, remention: bool = True) -> Timex | None:
    """The timex another mention of the same act gives a mention (module docstring), or None; without the
    re-mention of a definite noun (nor of the occasion it is told in) when ``remention`` is false."""
    found = _headline_timex(trigger, index) or _headline_occasion_timex(trigger, index)
    if found is not None or not remention:
        return found
    return _remention_timex(trigger, index) or _occasion_remention_timex(trigger, index)


def carried_date(trigger: Token, index: ArticleIndex, remention: bool = True) -> EventDate | None:
    """The date another mention of the same act carries to a mention its own sentence does not date (module
    docstring), or None (also when its sentence dates it)."""
    if find_timex([trigger], index) is not None:
        return None
    t = carried_timex(trigger, index, remention)
    date = dated_by(t, index, trigger) if t is not None else None
    return date if date is not None and not date.fallback else None


def coref_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each event still undated by the date another mention of its act carries to one of its
    triggers (:func:`carried_date`), marked ``carried``: cross-article merging takes it as weaker evidence
    than a date the event's own sentence states (:func:`~newsgraph.resolve.events.stated_same_day`).

    >>> from newsgraph.nlp import build_pipeline
    >>> from newsgraph.extract.event_rules import drafts_of  # needs the spaCy model  # doctest: +SKIP
    >>> index, drafts = drafts_of(build_pipeline(),  # doctest: +SKIP
    ...                         "Farmers protested on Thursday. Officers detained a man during the protest.")
    >>> coref_dates(drafts, index)  # doctest: +SKIP
    >>> [(d.token.text, d.date and d.date.value, d.date and d.date.carried) for d in drafts]  # doctest: +SKIP
    [('protested', None, None), ('detained', '2023-12-14', True), ('protest', '2023-12-14', True)]
    """
    for d in drafts:
        if d.timex is not None or (d.date is not None and not d.date.fallback):
            continue
        dates = (carried_date(t, index) for t in d.triggers)
        date = next((x for x in dates if x is not None), None)
        if date is not None:
            d.date = dataclasses.replace(date, carried=True)
