"""Unnamed mentions of a named vessel: "an attack on a merchant vessel" when the article names it.

News names a ship once, next to the noun it then uses for it: "the merchant vessel, MV Sea Star", "MV Sea
Star, a merchant vessel flying the Maltese flag", "the tanker Ocean Queen". Another phrase headed by that
noun ("an attack on a merchant vessel", "the pirates tried to board the vessel") is that ship, when the
article describes only one named ship with that noun within four sentences of it; the ship is then the
event's participant (the recipient of an attack or hijacking, ``docs/event-guidelines.md``) besides any
nationality of the phrase ("an Ethiopian merchant vessel": Ethiopian, and the ship). Plural phrases ("two
merchant vessels") are other ships.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.model import Mention

_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that"})
#: How many sentences apart the unnamed phrase and the ship's description may be.
WINDOW = 4


def _noun(tok: Token | None, nouns: frozenset[str]) -> bool:
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in nouns


def _described_by(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> Token | None:
    """The vessel noun next to a name at tokens ``start:end``: right before it ("the vessel, NAME", "the
    tanker NAME"), right after it ("the NAME warship") or heading an apposition after it ("NAME, a merchant
    vessel")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and _noun(doc[i], nouns):
        return doc[i]
    if end < len(doc) and _noun(doc[end], nouns):
        return doc[end]  # "the INS Kora warship"
    if end < len(doc) - 1 and doc[end].text == "," and doc[end + 1].lower_ in _DETERMINERS:
        j = end + 2
        while j < len(doc) and j < end + 6 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT", "NUM"):
            if _noun(doc[j], nouns) and (j + 1 == len(doc) or doc[j + 1].pos_ != "NOUN"):
                return doc[j]
            j += 1
    return None


def vessel_mentions(doc: Doc, mention_at: dict[int, Mention]) -> dict[int, Mention]:
    """Head tokens of unnamed singular vessel-noun phrases -> the one named vessel the article describes with
    that noun within :data:`WINDOW` sentences (first mention of it)."""
    nouns = lexicon().name_rules.get("vessel_nouns", frozenset())
    sentence = {s.start: k for k, s in enumerate(doc.sents)}
    named: dict[str, list[tuple[int, Mention]]] = {}
    seen: set[int] = set()
    for m in mention_at.values():
        if id(m) in seen or m.kind != "NAM" or m.type != "ORG" or not m.entity:
            continue
        seen.add(id(m))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        noun = _described_by(doc, span.start, span.end, nouns) if span is not None else None
        if noun is not None:
            named.setdefault(noun.lemma_.lower(), []).append((sentence[noun.sent.start], m))
    out: dict[int, Mention] = {}
    for tok in doc:
        if tok.i in mention_at or tok.tag_ != "NN" or not _noun(tok, nouns):
            continue
        k = sentence[tok.sent.start]
        near = {m.entity: m for s, m in named.get(tok.lemma_.lower(), []) if abs(s - k) <= WINDOW}
        if len(near) == 1:
            out[tok.i] = next(iter(near.values()))
    return out
