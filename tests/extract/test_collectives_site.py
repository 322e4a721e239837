"""Site modifiers: a sector noun modifying a site noun names the sector's unnamed collective."""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsgraph.extract.collectives import site_modifier


def _tok(nlp: Language, text: str, word: str) -> spacy.tokens.Token:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_sector_noun_before_a_site_noun_is_a_site_modifier(nlp: Language) -> None:
    assert site_modifier(_tok(nlp, "Jets struck rebel positions at dawn.", "rebel")) == "rebel"
    assert site_modifier(_tok(nlp, "Gunmen attacked a police checkpoint.", "police")) == "police"


def test_a_sector_noun_before_another_noun_is_not(nlp: Language) -> None:
    assert site_modifier(_tok(nlp, "Gunmen attacked a police officer.", "police")) is None
    assert site_modifier(_tok(nlp, "The army post was quiet.", "post")) is None
