"""Ships named without their prefix ("INS NAME ... the NAME"), and unnamed ships of a nationality."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.nlp.rules import bare_vessel_spans, vessel_spans
from newsgraph.process import process_articles
from newsgraph.resolve.names import names_match


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _names(art: Article, ev: Event, role: str) -> list[str]:
    return [e.name for p in ev.participants if p.role == role and (e := art.entity(p.entity)) is not None]


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


def test_nationality_phrase_is_the_one_ship_of_that_country(nlp: Language) -> None:
    text = ("A British warship captured twelve pirates in the gulf on Thursday. "
            "HMS Tamlin was escorting a convoy when its crew saw the skiffs.")
    art = _run(nlp, text)
    coerce = [e for e in art.events if e.type == "COERCE"]
    assert coerce and "HMS Tamlin" in _names(art, coerce[0], "actor")


def test_nationality_phrase_of_another_country_is_not_the_ship(nlp: Language) -> None:
    text = ("A French warship captured twelve pirates in the gulf on Thursday. "
            "HMS Tamlin was escorting a convoy nearby.")
    art = _run(nlp, text)
    assert all("HMS Tamlin" not in _names(art, e, "actor") for e in art.events if e.type == "COERCE")


def test_a_ship_and_its_navy_may_report_one_event(nlp: Language) -> None:
    text = ("The Indian Navy captured twelve pirates in the gulf on Thursday. "
            "An Indian warship captured the pirates after a long chase, officials said. "
            "INS Velor had been escorting a convoy through the gulf.")
    art = _run(nlp, text)
    assert len([e for e in art.events if e.type == "COERCE"]) == 1


def test_spelled_out_prefix_names_the_same_ship(nlp: Language) -> None:
    text = ("Indian Naval Ship Velor, deployed in the gulf, stopped three skiffs on Monday. "
            "The Velor seized their rifles. INS Velor later sailed home.")
    art = _run(nlp, text)
    ship = next(e for e in art.entities if e.name == "Indian Naval Ship Velor")
    assert sorted(art.mention(m).text for m in ship.mentions if art.mention(m).kind == "NAM") == [
        "INS Velor", "Indian Naval Ship Velor", "Velor"]


def test_an_unnamed_merchant_vessel_is_the_one_merchant_ship_named_nearby(nlp: Language) -> None:
    art = _run(nlp, "Pirates opened fire on a merchant vessel off Somalia on Monday. A frigate, HMS Velor, "
                    "answered its distress call. MV Orla later reached port safely.")
    attack = next(e for e in art.events if e.type == "ASSAULT")
    assert "MV Orla" in _names(art, attack, "recipient")


def test_threatening_a_ship_is_an_attack_and_another_attack_is_apart(nlp: Language) -> None:
    art = _run(nlp, "The navy seized ten pirates who threatened a cargo ship in the Red Sea, and a patrol "
                    "plane thwarted another attack on a tanker off Yemen.")
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert {e.trigger for e in assaults} == {"threatened", "attack"}
