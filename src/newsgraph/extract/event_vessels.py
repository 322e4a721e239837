"""Unnamed mentions of a named vessel: "an attack on a merchant vessel" when the article names it.

News names a ship once, next to the noun it then uses for it: "the merchant vessel, MV Sea Star", "MV Sea
Star, a merchant vessel flying the Maltese flag", "the tanker Ocean Queen". Another phrase headed by that
noun ("an attack on a merchant vessel", "the pirates tried to board the vessel") is that ship, when the
article describes only one named ship with that noun within four sentences of it; the ship is then the
event's participant (the recipient of an attack or hijacking, ``docs/event-guidelines.md``) besides any
nationality of the phrase ("an Ethiopian merchant vessel": Ethiopian, and the ship). Plural phrases ("two
merchant vessels") are other ships.

A phrase with a nationality and no name ("an Indian warship", "the Indian navy ship") is the one named
ship of that country within four sentences, whatever its noun: the country its prefix states (INS: India,
HMS: the United Kingdom, USS: the United States; ``vessel_prefix_countries`` of ``name_rules.yaml``), the
nationality word its name starts with ("Indian Naval Ship NAME") or the one before the noun that describes
it ("Indian warship INS NAME"). A ship of a country is a unit of that country's navy (:func:`ship_of_navy`):
"the Indian Navy captured ..." and "an Indian warship [INS NAME] captured ..." may be one event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.affiliation import org_country
from newsgraph.extract.countries import demonym_country
from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import doc_tokens

if TYPE_CHECKING:
    from collections.abc import Callable

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
    def test(tok: Token) -> bool:
        return _noun(tok, nouns)

    before = noun_before(doc, start, test)
    if before is not None:
        return before
    if end < len(doc) and _noun(doc[end], nouns):
        return doc[end]  # "the INS Kora warship"
    return apposed_noun(doc, end, test)


def noun_before(doc: Doc, start: int, test: Callable[[Token], bool]) -> Token | None:
    """The noun right before a name starting at token ``start``, a comma apart or not ("the tanker NAME",
    "the vessel, NAME"), when ``test`` accepts it."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 and test(doc[i]) else None


def apposed_noun(doc: Doc, end: int, test: Callable[[Token], bool]) -> Token | None:
    """The noun ``test`` accepts heading an apposition after a name ending at token ``end`` ("NAME, a
    merchant vessel", "NAME, a jewellery store"); not a possessor in it ("NAME, the church's minister": a
    minister)."""
    if end < len(doc) - 1 and doc[end].text == "," and doc[end + 1].lower_ in _DETERMINERS:
        j = end + 2
        while j < len(doc) and j < end + 6 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT", "NUM"):
            last = j + 1 == len(doc) or (doc[j + 1].pos_ != "NOUN" and doc[j + 1].tag_ != "POS")
            if test(doc[j]) and last:
                return doc[j]
            j += 1
    return None


def _prefix_countries() -> dict[str, str]:
    """Ship prefix -> the alpha-3 code of the country it states (``vessel_prefix_countries``: "INS=IND")."""
    pairs = (x.split("=", 1) for x in lexicon().name_rules.get("vessel_prefix_countries", frozenset()))
    return {p: c for p, c in pairs}


def ship_of_navy(ship: str, navy: str) -> bool:
    """Whether a named ship is a unit of a named navy: the navy's name has the country that the ship's prefix
    or first word states (a ship's acts are its navy's; one event may name either).

    >>> ship_of_navy("INS Velor", "Indian Navy"), ship_of_navy("HMS Velor", "Indian Navy")
    (True, False)
    """
    if not {"navy", "naval"} & set(navy.lower().split()):
        return False
    first = ship.split()[0].rstrip(".") if ship.split() else ""
    code = _prefix_countries().get(first) or demonym_country(first)
    return code is not None and code == org_country(navy)


def _phrase_country(tok: Token) -> str | None:
    """The country of a nationality word qualifying a noun phrase or its compound ("the Indian navy ship")."""
    for left in tok.lefts:
        if left.dep_ in ("amod", "compound", "nmod") and (code := demonym_country(left.text)):
            return code
        if left.dep_ == "compound":
            code = next((c for x in left.lefts if (c := demonym_country(x.text))), None)
            if code:
                return code
    return None


def _vessel_country(doc: Doc, start: int, end: int, noun: Token | None) -> str | None:
    """The country a named ship's prefix, first name word or describing noun's nationality states."""
    first = doc[start].text.rstrip(".")
    code = _prefix_countries().get(first) or demonym_country(first)
    if code is None and noun is not None:
        code = _phrase_country(noun) if noun.i < start else None
    return code


def vessel_mentions(doc: Doc, mention_at: dict[int, Mention], sent_no: list[int]) -> dict[int, Mention]:
    """Head tokens of unnamed singular vessel-noun phrases -> the one named vessel the article describes with
    that noun (or of the phrase's nationality) within :data:`WINDOW` sentences (first mention of it);
    ``sent_no`` numbers each token's sentence (:func:`newsgraph.nlp.doctext.sentence_numbers`)."""
    nouns = lexicon().name_rules.get("vessel_nouns", frozenset())
    prefixes = lexicon().name_rules.get("vessel_prefixes", frozenset())
    civil_nouns = lexicon().name_rules.get("merchant_vessel_nouns", frozenset())
    named: dict[str, list[tuple[int, Mention]]] = {}
    flagged: dict[str, list[tuple[int, Mention]]] = {}
    merchant: list[tuple[int, Mention]] = []
    navy_prefixes = _prefix_countries()
    seen: set[int] = set()
    for m in mention_at.values():
        if id(m) in seen or m.kind != "NAM" or m.type != "ORG" or not m.entity:
            continue
        seen.add(id(m))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        noun = _described_by(doc, span.start, span.end, nouns)
        if noun is not None:
            named.setdefault(noun.lemma_.lower(), []).append((sent_no[noun.i], m))
        prefix = span[0].text.rstrip(".")
        if prefix in prefixes and prefix not in navy_prefixes and len(span) > 1:
            merchant.append((sent_no[span.start], m))  # "MV Gibe": a ship of no navy
        if noun is not None or prefix in prefixes or any(_noun(t, nouns) for t in span):
            code = _vessel_country(doc, span.start, span.end, noun)
            if code:
                flagged.setdefault(code, []).append((sent_no[span.start], m))
    out: dict[int, Mention] = {}
    for tok in doc_tokens(doc):
        if tok.i in mention_at or tok.tag_ != "NN" or not _noun(tok, nouns):
            continue
        k = sent_no[tok.i]
        code = _phrase_country(tok)
        foreign = {m.entity for c, ms in flagged.items() if c != code for _, m in ms} if code else set()
        described = any(abs(s - k) <= WINDOW for s, _ in named.get(tok.lemma_.lower(), []))
        civil = merchant if code is None and not described and tok.lemma_.lower() in civil_nouns else []
        for pool in ([*flagged.get(code, [])] if code else [], named.get(tok.lemma_.lower(), []), civil):
            near = {m.entity: m for s, m in pool if abs(s - k) <= WINDOW and m.entity not in foreign}
            if len(near) == 1:
                out[tok.i] = next(iter(near.values()))
                break
    return out
