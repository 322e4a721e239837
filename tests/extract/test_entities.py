"""Named mentions, titles, affiliations and sectors of people and organisations."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.extract.countries import country_code, demonym_country, place_country
from newsgraph.extract.repair import repair_entities
from newsgraph.model import Article, Entity, check_offsets
from newsgraph.process import process_articles


def _run(nlp: Language, text: str, published: str | None = "2024-01-02") -> Article:
    return next(process_articles([Article.new(text, published=published)], nlp))


def _person(art: Article, name: str) -> Entity:
    found = [e for e in art.entities if e.type == "PERSON" and e.name == name]
    assert found, f"no person {name!r} in {[(e.name, e.type) for e in art.entities]}"
    return found[0]


@pytest.mark.parametrize(("text", "name", "title", "country", "org", "sector"), [
    ("US Secretary of State Antony Blinken arrived.", "Antony Blinken", "secretary of state", "USA", None,
     "GOV"),
    ("He met acting Deputy Secretary of State for Political Affairs Victoria Nuland.", "Victoria Nuland",
     "deputy secretary of state for political affairs", None, None, "GOV"),
    ("Pakistan's Chief of Army Staff General Asim Munir spoke.", "Asim Munir", "chief of army staff", "PAK",
     None, "MIL"),
    ("Brig. Gen. Patrick Ryder, the Pentagon Press Secretary, said so.", "Patrick Ryder", "press secretary",
     "USA", "Pentagon", "MIL"),
    ("US Special Representative for Afghanistan Tom West said so.", "Tom West",
     "special representative for afghanistan", "USA", None, "GOV"),
    ("Apple CEO Steve Jobs spoke.", "Steve Jobs", "ceo", None, "Apple", "BUS"),
])
def test_people_with_titles_affiliations_and_sectors(nlp: Language, text: str, name: str, title: str,
                                                     country: str | None, org: str | None,
                                                     sector: str) -> None:
    art = _run(nlp, text)
    person = _person(art, name)
    assert title in [t.normalized for t in person.titles]
    assert person.country == country
    assert (person.affiliation.organization_name if person.affiliation else None) == org
    assert person.sector == sector
    title_obj = next(t for t in person.titles if t.normalized == title)
    assert art.text[title_obj.start:title_obj.end] == title_obj.text
    assert title_obj.date == "2024-01-02"
    assert check_offsets(art) == []


def test_titles_are_roles_not_organisations(nlp: Language) -> None:
    art = _run(nlp, "Chief of Army Staff Gen Asim Munir met Deputy National Security Adviser "
                    "Jonathan Finer and Secretary of Defense Lloyd Austin.")
    orgs = [e.name for e in art.entities if e.type == "ORG"]
    assert orgs == []
    assert _person(art, "Jonathan Finer").titles[0].normalized == "deputy national security adviser"


def test_rank_and_possessive_are_not_part_of_the_name(nlp: Language) -> None:
    art = _run(nlp, "Asim Munir spoke. Gen Munir's meetings went well.")
    assert [m.text for m in art.mentions if m.kind == "NAM" and m.type == "PERSON"] == ["Asim Munir", "Munir"]
    munir = _person(art, "Asim Munir")
    assert {"general"} <= {t.normalized for t in munir.titles}


def test_outlets_and_acronym_organisations(nlp: Language) -> None:
    art = _run(nlp, "A source told Dawn. The Washington-based Foreign Policy magazine said the banned "
                    "Tehreek-i-Taliban Pakistan (TTP) and Islamic State-Khorasan (IS-K) are threats.")
    by_name = {e.name: e for e in art.entities}
    assert by_name["Dawn"].type == "ORG" and by_name["Dawn"].sector == "JRN"
    assert by_name["Foreign Policy"].type == "ORG"
    ttp = by_name["Tehreek-i-Taliban Pakistan"]
    assert ttp.type == "ORG" and "TTP" in ttp.aliases and ttp.sector == "REB"
    isk = by_name["Islamic State-Khorasan"]
    assert "IS-K" in isk.aliases and isk.sector == "REB"


def test_countries_are_one_whatever_they_are_called(nlp: Language) -> None:
    art = _run(nlp, "The US and the United States, also called America, and U.S. officials met "
                    "Pakistani ones in Washington.")
    usa = [e for e in art.entities if e.country == "USA" and e.type == "GPE" and e.name != "Washington"]
    assert len(usa) == 1
    assert {"US", "United States", "America", "U.S."} <= set(usa[0].aliases)
    washington = next(e for e in art.entities if e.name == "Washington")
    assert washington.type == "GPE" and washington.country == "USA"
    assert [e for e in art.entities if e.country == "PAK"]


def test_country_normalization() -> None:
    names = ("US", "U.S.", "United States", "America", "the United States")
    assert {country_code(x) for x in names} == {"USA"}
    assert demonym_country("Pakistani") == "PAK" and demonym_country("Americans") == "USA"
    assert country_code("Washington") is None and place_country("Washington") == "USA"
    assert country_code("KP") is None


def test_ner_repairs_by_name_rules(nlp: Language) -> None:
    art = _run(nlp, "Douglas Aircraft and Boeing met at the Worldwide Developers Conference at 10:00 UTC. "
                    "Steve Jobs spoke. Later Jobs left.")
    types = {m.text: m.type for m in art.mentions if m.kind == "NAM"}
    assert types.get("Douglas Aircraft") == "ORG"
    assert "Worldwide Developers Conference" not in types and "UTC" not in types
    jobs = [m for m in art.mentions if m.text == "Jobs"]
    assert jobs and jobs[0].type == "PERSON"
    assert art.entity(jobs[0].entity).name == "Steve Jobs"


def test_official_bodies_carry_their_country(nlp: Language) -> None:
    art = _run(nlp, "The US Air Force and Qatar Airways signed.")
    names = {m.text: m.type for m in art.mentions}
    assert names.get("US") == "GPE"
    assert "Qatar" not in names
    force = next(e for e in art.entities if e.name == "US Air Force")
    assert force.country == "USA" and force.sector == "MIL"


def test_a_name_apposed_to_a_person_description_is_a_person() -> None:
    words = ["Police", "shot", "a", "young", "boy", ",", "Nikos", "Papadakis", ",", "and", "left", "Athens",
             "."]
    pos = ["NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "VERB",
           "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    doc.set_ents([Span(doc, 6, 8, "GPE"), Span(doc, 11, 12, "GPE")])
    kept = [(s.text, s.label_) for s in repair_entities(doc)]
    assert kept == [("Nikos Papadakis", "PERSON"), ("Athens", "GPE")]


def test_a_name_after_a_persons_age_is_a_person_unless_it_qualifies_a_noun() -> None:
    words = ["Crowds", "mourned", "14-year-old", "Nikos", "Papadakis", "and", "a", "40-year-old", "Tarlow",
             "man", "."]
    pos = ["NOUN", "VERB", "ADJ", "PROPN", "PROPN", "CCONJ", "DET", "ADJ", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    doc.set_ents([Span(doc, 3, 5, "ORG"), Span(doc, 8, 9, "GPE")])
    kept = [(s.text, s.label_) for s in repair_entities(doc)]
    assert kept == [("Nikos Papadakis", "PERSON"), ("Tarlow", "GPE")]


def test_a_name_after_a_settlement_noun_and_of_is_a_place() -> None:
    words = ["Troops", "entered", "the", "village", "of", "Ardonek", "near", "the", "University", "of",
             "Brill", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.set_ents([Span(doc, 5, 6, "ORG"), Span(doc, 8, 11, "ORG")])
    kept = [(s.text, s.label_) for s in repair_entities(doc)]
    assert kept == [("Ardonek", "GPE"), ("University of Brill", "ORG")]


def test_a_place_and_a_description_in_a_headline_is_the_place() -> None:
    words = ["Shooting", "Of", "Brooklyn", "Teen"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "ADP", "PROPN", "PROPN"])
    doc.set_ents([Span(doc, 2, 4, "PERSON")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Brooklyn", "GPE")]


def test_a_known_given_name_the_ner_missed_starts_a_person() -> None:
    words = ["Later", ",", "Amy", "Bishop", ",", "a", "teacher", ",", "flew", "Adam", "Air", "Flight", "9",
             "."]
    pos = ["ADV", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN",
           "PROPN", "NUM", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    kept = [(s.text, s.label_) for s in repair_entities(doc)]
    assert kept == [("Amy Bishop", "PERSON")]  # "Adam Air Flight" is no person


def test_a_prosecutor_abbreviated_before_a_surname_is_a_title(nlp: Language) -> None:
    text = ("Prosecutor Gail Fairman spoke on Tuesday. \"She shot them,\" said ADA Fairman, who called "
            "Anna Hill a methodical killer.")
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    fairman = [e for e in art.entities if "Fairman" in e.name]
    assert len(fairman) == 1  # the abbreviated title joins the surname to the full name


def test_a_headline_name_holding_a_name_the_article_gives_is_that_name() -> None:
    words = ["Mary", "Stone", "Admits", "Theft", "At", "Leeds", "Market", "\n", "Mary", "Stone", "admitted",
             "it", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 7 + [True] + [False] * 4)
    doc.set_ents([Span(doc, 0, 3, "PERSON"), Span(doc, 8, 10, "PERSON")])
    kept = [(s.start, s.text, s.label_) for s in repair_entities(doc)]
    assert kept[:2] == [(0, "Mary Stone", "PERSON"), (8, "Mary Stone", "PERSON")]


def test_an_organisation_word_keeps_a_headline_name_whole() -> None:
    words = ["Bank", "Of", "Leeds", "Sues", "Leeds", "Council", "\n", "Leeds", "is", "a", "city", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 6 + [True] + [False] * 4)
    doc.set_ents([Span(doc, 0, 3, "PERSON"), Span(doc, 7, 8, "GPE")])
    assert (0, 3) in {(s.start, s.end) for s in repair_entities(doc)}
