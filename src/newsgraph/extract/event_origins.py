"""The nationalities of an unnamed collective, for the events it takes part in.

A party named only by a collective noun is counted, like a described one, by the country or nationality
that qualifies it (``docs/event-guidelines.md``: "rioters in Greece" -> Greece). "the pirates" carries no
qualifier of its own, but the article gives one elsewhere: in another mention of the same collective
("Somali pirates ... the pirates") or in a numbered phrase of its noun that is no collective ("arrested 23
Somali and Yemeni pirates ... the pirates"), or in a copular clause of one of its mentions ("The pirates are
from Somalia and Yemen"). Those nationality and country names qualify each of its
mentions, so an event whose participant is "the pirates" also names Somali (and Yemeni) in that role.

A possessive pronoun that coreference resolved to a country or an organisation names the one the group serves
("Ethiopia said its forces had killed ...", "the movement said its fighters had attacked ..."): like "Sudan's
forces", the owner takes part in what they do (`docs/events-codebook.md`, possessors of a noun of people).

Conversely a counted group ("captured 23 pirates", a group of its own for coreference) with no qualifier
takes the nationalities of the one collective of its noun ("the pirates were Somali").

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
#: Possessive pronouns that can stand for a state or organisation, and the types of what they stand for.
_OWNER_PRONOUNS = frozenset({"its", "their"})
_OWNER_TYPES = frozenset({"GPE", "ORG", "NORP"})
#: Dependencies of what a copula says its subject is ("were Somali": acomp; "are Yemenis": attr).
_ATTRIBUTES = frozenset({"acomp", "attr"})


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
    """The countries or nationalities a copular clause says a noun is from or is ("The pirates are from
    Somalia and Yemen", "The pirates were Somali and Yemeni")."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return []
    told: list[Token] = []
    for c in children_of(tok.head):
        if c.dep_ in _ATTRIBUTES:
            told.append(c)
        elif c.dep_ == "prep" and c.lower_ == "from":
            told += [obj for obj in children_of(c) if obj.dep_ == "pobj"]
    out: list[Mention] = []
    for obj in told:
        for cc in (obj, *obj.conjuncts):
            m = name_at.get(cc.i)
            if m is not None and m.type in _ORIGIN_TYPES and m.entity:
                out.append(m)
    return out


def pronoun_owners(tok: Token, mention_at: dict[int, Mention]) -> list[Mention]:
    """The state or organisation a possessive pronoun on a group noun stands for ("its forces" -> the
    country coreference resolved "its" to); none for a pronoun resolved to people."""
    out: list[Mention] = []
    for c in tok.lefts:
        if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS:
            m = mention_at.get(c.i)
            if m is not None and m.entity and m.type in _OWNER_TYPES:
                out.append(m)
    return out


def _numbered(tok: Token) -> bool:
    return any(c.dep_ == "nummod" for c in children_of(tok)) or any(
        c.dep_ == "nummod" for q in tok.lefts if q.dep_ in _QUALIFIERS for c in children_of(q))


def collective_origins(
    doc: Doc, collective_at: dict[int, Mention], name_at: dict[int, Mention],
    mention_at: dict[int, Mention] | None = None,
) -> dict[str, list[Mention]]:
    """The qualifying names of each unnamed collective (by entity id), first mention of each entity; with
    ``mention_at``, also the state or organisation a possessive pronoun on one of its mentions stands for."""
    heads: dict[str, list[Token]] = {}
    lemmas: dict[str, set[str]] = {}
    counted: dict[str, str] = {}
    for m in {id(m): m for m in collective_at.values()}.values():
        tok = _head(doc, m)
        if tok is not None and m.entity:
            heads.setdefault(m.entity, []).append(tok)
            if not _numbered(tok):  # a counted group ("detained 14 pirates") is told of the collective too
                lemmas.setdefault(tok.lemma_.lower(), set()).add(m.entity)
            else:
                counted.setdefault(m.entity, tok.lemma_.lower())
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
            possessors = pronoun_owners(tok, mention_at) if mention_at is not None else []
            for m in (*qualifiers(tok, name_at), *told_from(tok, name_at), *possessors):
                seen.setdefault(m.entity or "", m)
        if seen:
            out[entity] = list(seen.values())
    _counted_borrow(out, counted, lemmas)
    return out


def _counted_borrow(
    out: dict[str, list[Mention]], counted: dict[str, str], lemmas: dict[str, set[str]]
) -> None:
    """A counted group with no qualifier of its own ("captured 23 pirates") is the collective the article
    goes on to tell of by the same noun ("the pirates were Somali"), when it tells of one only: it takes that
    collective's nationalities."""
    for entity, lemma in counted.items():
        owners = lemmas.get(lemma, set()) - {entity}
        if entity not in out and len(owners) == 1 and (borrowed := out.get(next(iter(owners)))):
            out[entity] = list(borrowed)
