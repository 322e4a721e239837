"""The nationalities of an unnamed collective, for the events it takes part in.

A party named only by a collective noun is counted, like a described one, by the country or nationality
that qualifies it (``docs/event-guidelines.md``: "rioters in Greece" -> Greece). "the pirates" carries no
qualifier of its own, but the article gives one elsewhere: in another mention of the same collective
("Somali pirates ... the pirates") or in a numbered phrase of its noun that is no collective ("arrested 23
Somali and Yemeni pirates ... the pirates"), or in a copular clause of one of its mentions ("The pirates are
from Somalia and Yemen"). Those nationality and country names qualify each of its
mentions, so an event whose participant is "the pirates" also names Somali (and Yemeni) in that role.

A numbered phrase counts only when the article has one collective of that noun: with two ("Israeli troops",
"Syrian troops"), "300 troops" is nobody's in particular.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.nlp.doctext import children_of, doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.model import Mention

_QUALIFIERS = frozenset({"amod", "compound", "nmod"})
_ORIGIN_TYPES = frozenset({"NORP", "GPE"})


def _head(doc: Doc, m: Mention) -> Token | None:
    """The head token of a mention: its last token (mentions end with their head noun)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def qualifiers(tok: Token, name_at: dict[int, Mention]) -> list[Mention]:
    """The nationality and country names that qualify a noun ("Somali and Yemeni pirates": both)."""
    out: list[Mention] = []
    for c in tok.lefts:
        if c.dep_ not in _QUALIFIERS:
            continue
        for cc in (c, *c.conjuncts):
            m = name_at.get(cc.i)
            if m is not None and m.type in _ORIGIN_TYPES and m.entity:
                out.append(m)
    return out


def told_from(tok: Token, name_at: dict[int, Mention]) -> list[Mention]:
    """The countries a copular clause says a noun is from ("The pirates are from Somalia and Yemen")."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return []
    out: list[Mention] = []
    for prep in children_of(tok.head):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in children_of(prep):
            for cc in (obj, *obj.conjuncts) if obj.dep_ == "pobj" else ():
                m = name_at.get(cc.i)
                if m is not None and m.type in _ORIGIN_TYPES and m.entity:
                    out.append(m)
    return out


def _numbered(tok: Token) -> bool:
    return any(c.dep_ == "nummod" for c in children_of(tok)) or any(
        c.dep_ == "nummod" for q in tok.lefts if q.dep_ in _QUALIFIERS for c in children_of(q))


def collective_origins(
    doc: Doc, collective_at: dict[int, Mention], name_at: dict[int, Mention]
) -> dict[str, list[Mention]]:
    """The qualifying names of each unnamed collective (by entity id), first mention of each entity."""
    heads: dict[str, list[Token]] = {}
    lemmas: dict[str, set[str]] = {}
    for m in {id(m): m for m in collective_at.values()}.values():
        tok = _head(doc, m)
        if tok is not None and m.entity:
            heads.setdefault(m.entity, []).append(tok)
            if not _numbered(tok):  # a counted group ("detained 14 pirates") is told of the collective too
                lemmas.setdefault(tok.lemma_.lower(), set()).add(m.entity)
    for tok in doc_tokens(doc) if lemmas else ():
        if tok.tag_ != "NNS":  # the cheap test first: this is asked of every token of an article
            continue
        owners = lemmas.get(tok.lemma_.lower())
        if owners and len(owners) == 1 and _numbered(tok):
            heads[next(iter(owners))].append(tok)
    out: dict[str, list[Mention]] = {}
    for entity, toks in heads.items():
        seen: dict[str, Mention] = {}
        for tok in sorted(toks, key=lambda t: t.i):
            for m in (*qualifiers(tok, name_at), *told_from(tok, name_at)):
                seen.setdefault(m.entity or "", m)
        if seen:
            out[entity] = list(seen.values())
    return out
