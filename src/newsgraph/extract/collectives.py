"""Unnamed collectives: a party news names only by a sector noun ("police", "the government", "Israeli
forces", "rebels", "protesters"). The nouns and their sectors are data (``roles.yaml`` ``collectives``).

:mod:`newsgraph.extract.nominals` finds the phrases, :mod:`newsgraph.resolve.coref_collective` makes each
collective one entity of its article (type ORG, named by its description), events take one as actor or
recipient only where the phrase names no one else, and cross-article merging never counts one as a shared
participant (two articles' "police" need not be one party). See ``docs/entities.md``.

>>> collective_word("Troops"), collective_word("gunmen"), collective_word("police"), collective_word("bank")
(True, True, True, False)
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.model import Article, Mention
from newsgraph.nlp.doctext import children_of

if TYPE_CHECKING:
    from newsgraph.extract.event_codebook import TriggerRule

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def collective_key(tok: Token, lex: Lexicon | None = None) -> str | None:
    """The lemma of a collective noun a token is, or None: a noun of the lexicon, in the plural when the
    noun is collective only in the plural ("rebels", not "a rebel")."""
    lex = lex or lexicon()
    lemma = tok.lemma_.lower()
    info = lex.collectives.get(lemma)
    if info is None or tok.pos_ != "NOUN" or (info.plural and tok.tag_ not in _PLURAL_TAGS):
        return None
    return lemma


def collective_sector(lemma: str, modifiers: list[str], lex: Lexicon | None = None) -> str | None:
    """The sector of a collective noun with its modifiers: a phrase's ("security forces": COP, "rebel
    forces": REB), else the noun's.

    >>> collective_sector("force", ["security"]), collective_sector("force", []), collective_sector("x", [])
    ('COP', 'MIL', None)
    """
    lex = lex or lexicon()
    for mod in reversed(modifiers):
        sector = lex.collective_phrases.get(f"{mod} {lemma}")
        if sector:
            return sector
    info = lex.collectives.get(lemma)
    return info.sector if info else None


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    """Every form of the collective nouns: the lemma and regular plurals ("troops", "militias", "gunmen")."""
    out: set[str] = set()
    for lemma in lexicon().collectives:
        out |= {lemma, lemma + "s", lemma + "es"}
        if lemma.endswith("y"):
            out.add(lemma[:-1] + "ies")
        if lemma.endswith("man"):
            out.add(lemma[:-3] + "men")
    return frozenset(out)


def collective_word(word: str) -> bool:
    """Whether a word is a form of a collective noun (what a collective's mention head is)."""
    return word.lower() in _forms()


def counted_target(tok: Token) -> bool:
    """Whether a counted plural collective noun ("20 journalists", "12 soldiers") is what a non-violent act
    on people is done to: the object (or passive subject) of a verb whose every act in the codebook is of a
    ``counted_group_types`` type ("detained", "freed", "rescued", "expelled"). PLOVER codes the target of an
    act on a counted group by its sector, so the group is that sector's unnamed collective; the victims of
    violence ("killed 12 soldiers") stay people.
    """
    from newsgraph.extract.event_codebook import codebook

    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # "detained 20 journalists and 5 activists"
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return False
    book = codebook()
    lemma = verb.lemma_.lower()
    rules = senses_on(verb, tok, book.verbs.get(book.verb_forms.get(verb.lower_, lemma), ()))
    types = book.lex("counted_group_types")
    return bool(rules) and all(r.type.lower() in types for r in rules)


def senses_on(verb: Token, obj: Token, rules: tuple[TriggerRule, ...]) -> tuple[TriggerRule, ...]:
    """The senses of a verb that can be the act done to one of its objects: those whose object words (if
    any) name it and whose particle, preposition and subjects (if any) the verb has. A lemma's other senses
    say nothing of this object ("captured 23 pirates" is an arrest whatever "captured the town" is)."""
    lemma, words = obj.lemma_.lower(), {c.lemma_.lower() for c in children_of(verb)}
    subjects = {c.lemma_.lower() for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")}
    return tuple(r for r in rules if lemma not in r.not_objects
                 and (not r.objects or lemma in r.objects or obj.lower_ in r.objects or bool(r.object_types))
                 and (r.particle is None or r.particle in words) and (r.prep is None or r.prep in words)
                 and (not r.subjects or bool(r.subjects & subjects))
                 and not (r.not_subjects & subjects))


def site_modifier(tok: Token, lex: Lexicon | None = None) -> str | None:
    """The collective noun a site's modifier is, or None: a sector noun (singular or plural, noun or
    adjective) modifying a noun of the codebook's ``target_site_nouns`` ("rebel positions", "a police
    checkpoint", "militant camps", "an army post"). PLOVER codes an attack on such a site as one on the
    sector holding it, so the modifier is that sector's unnamed collective.
    """
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.pos_ not in ("NOUN", "ADJ"):
        return None  # the cheap tests first: this is asked of every token of an article
    head = tok.head
    if head.i <= tok.i or head.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma not in (lex or lexicon()).collectives:
        return None
    from newsgraph.extract.event_codebook import codebook

    return lemma if head.lemma_.lower() in codebook().lex("target_site_nouns") else None


def site_collective(tok: Token, collective_at: dict[int, Mention]) -> Mention | None:
    """The collective mention modifying a site noun phrase headed by ``tok`` ("rebel positions": the
    rebels; :func:`site_modifier`), or None."""
    for c in children_of(tok):
        if c.i < tok.i and (m := collective_at.get(c.i)) is not None and site_modifier(c) is not None:
            return m
    return None


def names_site(doc: Doc, start: int | None, end: int | None) -> bool:
    """Whether a participant's span is a site's collective modifier ("police" of "a police station"): the
    party attacked there, so the place of the site is where, not whom."""
    if start is None or end is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and site_modifier(span.root) is not None


def collective_ids(article: Article) -> set[str]:
    """The local ids of the article's unnamed collectives: organisations never named, not groups, whose
    nominal mentions are headed by a collective noun."""
    named = {m.entity for m in article.mentions if m.kind == "NAM"}
    heads: dict[str, list[str]] = {}
    for m in article.mentions:
        if m.kind == "NOM" and m.entity:
            heads.setdefault(m.entity, []).append(m.head or "")
    return {e.id for e in article.entities if e.type == "ORG" and e.id not in named and not e.members
            and any(collective_word(h) for h in heads.get(e.id, []))}


def counted_ids(doc: Doc, article: Article, collectives: frozenset[str]) -> frozenset[str]:
    """The collectives of an article that are counted groups (:func:`counted_target`): their first mention
    has a number ("20 journalists")."""
    first: dict[str, tuple[int, int]] = {}
    for m in article.mentions:
        if m.entity in collectives and (m.entity not in first or m.start < first[m.entity][0]):
            first[m.entity] = (m.start, m.end)
    out = set()
    for eid, (start, end) in first.items():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.like_num for t in span):
            out.add(eid)
    return frozenset(out)
