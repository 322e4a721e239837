"""Unnamed mentions of a named organisation or site: "raided a jewellery store" when the article names it.

News names a shop, bank, plant or office once with the noun of its kind and then uses the noun alone: "the
Casty store", "Marfin Egnatia Bank", "the Kraft Foods plant", "Casty, a jewellery store", "the firm Acme".
Another singular phrase headed by that noun that names no one ("rammed their car into a jewellery store",
"hurled firebombs at the Bank", "opened fire at the plant") is that organisation, when the article describes
only one named organisation or facility with that noun within four sentences of it; it is then the event's
participant (the target of an assault is its recipient, ``docs/event-guidelines.md``) besides any place
qualifying the phrase ("a Paris jewellery store": Paris, and the store). The nouns are data
(codebook ``site_kind_nouns``). Plural phrases ("jewellery shops") are other sites, and a possessed one ("his
office") belongs to its possessor. The rule works on event participants only: coreference keeps the phrase
apart (joining it there lowered cross-document entity scores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.event_vessels import apposed_noun, noun_before
from newsgraph.nlp.doctext import children_of, doc_tokens

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from newsgraph.model import Mention

#: Entity types of a named organisation or site.
_NAMED_TYPES = frozenset({"ORG", "FAC"})
#: Names that only locate or qualify a phrase ("a Paris store", "a Greek bank"), not name it.
_PLACES = frozenset({"GPE", "LOC", "NORP"})
#: How many sentences apart the unnamed phrase and the organisation's description may be.
WINDOW = 4


def _noun(tok: Token | None, nouns: frozenset[str]) -> bool:
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in nouns


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_.islower() else tok.lower_


def _kind_of_name(doc: Doc, span: Span, nouns: frozenset[str]) -> Token | None:
    """The kind noun describing a name: its own last word ("Marfin Egnatia Bank"), a noun right before it
    ("the firm Acme"), right after it or its compound nouns ("the Casty store", "the Acme jewellery store")
    or heading an apposition after it ("Casty, a jewellery store")."""
    start, end = span.start, span.end
    if len(span) > 1 and _noun(doc[end - 1], nouns):
        return doc[end - 1]
    def test(tok: Token) -> bool:
        return _noun(tok, nouns)

    before = noun_before(doc, start, test)
    if before is not None:
        return before
    j = end
    while j + 1 < len(doc) and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound":
        j += 1  # "the Harry Winston jewellery store"
    if j < len(doc) and _noun(doc[j], nouns):
        return doc[j]
    return apposed_noun(doc, end, test)


def _bare(doc: Doc, m: Mention, tok: Token) -> bool:
    """Whether a mention is only the kind noun ``tok`` with determiners and adjectives ("the Bank")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and all(t.i == tok.i or t.pos_ in ("DET", "ADJ", "PUNCT") for t in span)


def _kind_word(doc: Doc, m: Mention, nouns: frozenset[str]) -> bool:
    """Whether a name is only a kind noun ("the Bank" written with a capital)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and _noun(span[0], nouns)


def _named_kinds(doc: Doc, mentions: Iterable[Mention], nouns: frozenset[str], sent_no: list[int]
                 ) -> tuple[dict[str, list[tuple[int, Mention]]], set[int]]:
    """Kind noun -> (sentence, first mention) of each named organisation or site it describes; and the
    tokens of those describing nouns."""
    named: dict[str, list[tuple[int, Mention]]] = {}
    describing: set[int] = set()
    for m in mentions:
        if m.kind != "NAM" or m.type not in _NAMED_TYPES or not m.entity:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or (noun := _kind_of_name(doc, span, nouns)) is None:
            continue
        if not (len(span) == 1 and noun.i == span.start):
            named.setdefault(_lemma(noun), []).append((sent_no[noun.i], m))
            describing.add(noun.i)
    return named, describing


def _unnamed_phrase(doc: Doc, tok: Token, mention_at: dict[int, Mention], names: set[str]) -> bool:
    """Whether ``tok`` heads a singular phrase of its kind that names no one ("a jewellery store", "the
    Bank" when no other name of that bank is its own)."""
    if tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "poss" for c in children_of(tok)):
        return False
    if any((m := mention_at.get(c.i)) is not None and m.kind == "NAM" and m.type not in _PLACES
           for c in children_of(tok) if c.dep_ in ("compound", "nmod", "amod")):
        return False  # "the Harry Winston jewellery store": a store of its own
    own = mention_at.get(tok.i)
    if own is None:
        return tok.tag_ == "NN"
    return _bare(doc, own, tok) and own.entity not in names


def kind_mentions(doc: Doc, mention_at: dict[int, Mention], nouns: frozenset[str],
                  sent_no: list[int]) -> dict[int, Mention]:
    """Head tokens of unnamed singular kind-noun phrases -> the one named organisation or site the article
    describes with that noun within :data:`WINDOW` sentences (first mention of it)."""
    mentions = list({id(m): m for m in mention_at.values()}.values())
    named, describing = _named_kinds(doc, mentions, nouns, sent_no)
    names = {m.entity for m in mentions if m.kind == "NAM" and m.entity and not _kind_word(doc, m, nouns)}
    out: dict[int, Mention] = {}
    for tok in doc_tokens(doc):
        if tok.i in describing or not _noun(tok, nouns) or not _unnamed_phrase(doc, tok, mention_at, names):
            continue
        own = mention_at.get(tok.i)
        k = sent_no[tok.i]
        near = {m.entity: m for s, m in named.get(_lemma(tok), []) if abs(s - k) <= WINDOW
                and (own is None or m.entity != own.entity)}
        if len(near) == 1:
            out[tok.i] = next(iter(near.values()))
    return out
