"""Ships named without their prefix ("INS NAME ... the NAME")."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.nlp.rules import bare_vessel_spans, vessel_spans
from newsgraph.process import process_articles
from newsgraph.resolve.names import names_match


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def test_bare_name_of_a_prefixed_ship_is_the_ship() -> None:
    text = "HMS Velor left port on Monday. The Velor then sailed to Velor Point, and a pier in Velor closed."
    found = bare_vessel_spans(text, vessel_spans(text)[:1])
    assert [(s.start, text[s.start:s.end]) for s in found] == [(text.index("The Velor") + 4, "Velor")]


def test_prefixed_and_bare_ship_names_match() -> None:
    assert names_match("ORG", "USS Carrow", "Carrow") is not None
    assert names_match("ORG", "Carrow", "MV Carrow") is not None
    assert names_match("ORG", "USS Carrow", "USS Tamlin") is None


def test_bare_name_joins_the_ship_entity(nlp: Language) -> None:
    text = "The frigate USS Carrow reached the strait on Monday. Carrow fired warning shots at two skiffs."
    art = _run(nlp, text)
    ship = next(e for e in art.entities if e.name == "USS Carrow")
    assert "Carrow" in [art.mention(m).text for m in ship.mentions if m]
