"""Episode dates: an event the text tells without a date takes the date the article gives its episode by a
noun elsewhere ("Arson suspected in fire that destroyed the dairy" ... "the 3:30 a.m. fire"; "shot three
co-workers" ... "last night's plant shooting").

News names an episode once with its date as a premodifier of a noun ("the March 2005 rampage", "the Nov. 30
escape", "Monday's shooting") and tells it elsewhere without one. The gold dates an event by the most
precise date the article states for it, wherever in the article (docs/event-guidelines.md, ``date``). An
undated event takes such a date when a dated noun is one of its triggers' words (a noun and its verb are
one word: "shooting" and "shot") or the occasion the event is told in ("in fire", "during the riots", the
noun a relative clause of the trigger modifies: "fire that destroyed"). The dated noun must not be a
trigger of another event the text dates (another episode), and all dated nouns of that word must agree.

A stop dates the arrest it led to without being an event itself ("X was arrested on suspicion of drunken
driving" ... "X was pulled over for speeding early Sunday"): an undated arrest takes the date of a passive
stop clause (codebook ``stop_verbs``) whose subject is one it arrests, a date anywhere in that clause ("for
speeding early Sunday"), when all such clauses agree.

>>> episode_key("shooting"), episode_key("kill"), episode_key("bombing")
('shoot', 'kill', 'bomb')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.event_dates import OCCASION_PREPS, date_of, first_day, placeable
from newsgraph.extract.event_syntax import is_passive
from newsgraph.model import Timex
from newsgraph.nlp.doctext import children_of, doc_tokens

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: Dependencies of a premodifier that dates its noun ("the March 2005 rampage", "Monday's shooting").
_PREMODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})

#: Dependencies of a clause of its own inside a stop clause, whose dates are not the stop's.
_OWN_CLAUSES = frozenset({"ccomp", "relcl", "conj", "parataxis", "advcl", "acl"})


def episode_key(lemma: str) -> str:
    """A noun and the verb it names the act of share a key: "shooting"/"shoot", "killing"/"kill"."""
    lemma = lemma.lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 6 else lemma


def _premodifier_timex(noun: Token, index: ArticleIndex) -> Timex | None:
    """A calendar timex among the words before a noun that modify it ("the 3:30 a.m. fire")."""
    for child in children_of(noun):
        if child.i > noun.i or child.dep_ not in _PREMODIFIERS:
            continue
        for tok in child.subtree:
            t = index.timex_at.get(tok.i)
            if t is not None and t.type in ("DATE", "TIME") and placeable(t.value) and t.value[:1].isdigit():
                return t
    return None


def _after_publication(t: Timex, index: ArticleIndex) -> bool:
    published = cal.parse_iso(index.article.published or "")
    start = first_day(date_of(t).value)
    return published is not None and start is not None and start > published[0]


def dated_nouns(index: ArticleIndex, taken: set[int]) -> dict[str, list[Timex]]:
    """Episode key -> the timexes dating nouns of that word, for nouns not among ``taken`` (triggers of
    events the text dates) and not after the publication day."""
    out: dict[str, list[Timex]] = {}
    for tok in doc_tokens(index.doc):
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        t = _premodifier_timex(tok, index)
        if t is not None and not _after_publication(t, index):
            out.setdefault(episode_key(tok.lemma_), []).append(t)
    return out


def episode_words(d: Draft) -> list[Token]:
    """The words that name an event's episode: its triggers, the nouns of the occasions they are told in
    ("killed four in the rampage", "suspected in fire"), and the noun a trigger's relative clause
    modifies ("fire that destroyed")."""
    out: list[Token] = []
    for t in d.triggers:
        out.append(t)
        for prep in children_of(t):
            if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS:
                out.extend(o for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ == "NOUN")
        if t.dep_ == "relcl" and t.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(t)
        ):
            out.append(t.head)
    return out


def _stated(d: Draft) -> bool:
    return d.timex is not None or (d.date is not None and not d.date.fallback)


def episode_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each undated draft by the one date the article gives its episode's noun (module docstring)."""
    taken = {t.i for d in drafts if _stated(d) for t in d.triggers}
    nouns = dated_nouns(index, taken)
    if not nouns:
        return
    for d in drafts:
        if _stated(d):
            continue
        for word in episode_words(d):
            found = nouns.get(episode_key(word.lemma_), [])
            if found and len({date_of(t).value for t in found}) == 1:
                d.date, d.timex = date_of(found[0]), found[0]
                break


def _stop_phrase(verb: Token) -> str:
    """A verb's lemma with its particle ("pull over")."""
    prt = [c.lower_ for c in children_of(verb) if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *prt[:1]])


def _clause_timex(verb: Token, index: ArticleIndex) -> Timex | None:
    """The first calendar date anywhere in a verb's clause, short of clauses of its own ("pulled over for
    speeding early Sunday": the date may hang on the gerund)."""
    todo = [verb]
    while todo:
        tok = todo.pop(0)
        t = index.timex_at.get(tok.i)
        if t is not None and t.type in ("DATE", "TIME") and placeable(t.value):
            return t
        todo.extend(c for c in children_of(tok) if c.dep_ not in _OWN_CLAUSES)
    return None


def _stop_dates(index: ArticleIndex) -> dict[str, list[Timex]]:
    """Entity id -> the dates of the passive stop clauses it is the subject of ("X was stopped Sunday")."""
    out: dict[str, list[Timex]] = {}
    stops = index.book.stop_verbs
    for verb in doc_tokens(index.doc):
        if verb.pos_ != "VERB" or _stop_phrase(verb) not in stops or not is_passive(verb):
            continue
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        mention = index.mention_at.get(subjects[0].i) if subjects else None
        entity = mention.entity if mention is not None else None
        t = _clause_timex(verb, index) if entity else None
        if entity and t is not None and not _after_publication(t, index):
            out.setdefault(entity, []).append(t)
    return out


def stop_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Date each undated arrest by the stop of one it arrests (module docstring)."""
    arrests = [d for d in drafts if d.type == "COERCE" and d.mode == "arrest" and not _stated(d)]
    dates = _stop_dates(index) if arrests else {}
    for d in arrests:
        found = [t for p in d.participants if p.role == "recipient" for t in dates.get(p.entity, [])]
        if found and len({date_of(t).value for t in found}) == 1:
            d.date, d.timex = date_of(found[0]), found[0]
