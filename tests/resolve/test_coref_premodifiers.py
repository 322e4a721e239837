"""Descriptions standing right before a name ("the US automaker NAME") and names given in parentheses
(invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from tests.resolve.described import entity_of, run


def test_a_description_right_before_a_name_is_the_named_body(nlp: Language) -> None:
    art = run(nlp, "Ford sold more cars in May. The US automaker Chrysler said it would cut jobs.")
    assert entity_of(art, "The US automaker") == "Chrysler"
    assert entity_of(art, "it") == "Chrysler"


def test_a_description_right_before_a_name_needs_no_earlier_fit(nlp: Language) -> None:
    art = run(nlp, "Ford sold more cars. The US auto manufacturer Chrysler, which lost money, asked for aid.")
    assert entity_of(art, "The US auto manufacturer") == "Chrysler"
    assert entity_of(art, "Ford") == "Ford"


def test_an_acronym_in_parentheses_is_an_alias_of_the_name_before(nlp: Language) -> None:
    art = run(nlp, "Northwind Airways (NWA) ordered ten jets on Monday. "
                   "NWA said the planes would fly in 2012.")
    assert entity_of(art, "NWA", 1) == "Northwind Airways"


def test_an_acronym_used_before_its_expansion_joins_it(nlp: Language) -> None:
    art = run(nlp, "EADS won the tanker deal. "
                   "European Aeronautic Defence and Space NV (EADS) said it was pleased.")
    assert entity_of(art, "EADS") == entity_of(art, "European Aeronautic Defence and Space NV")


def test_an_organisation_called_by_the_first_word_of_its_name(nlp: Language) -> None:
    art = run(nlp, "Harwick Capital Management bought the carmaker in 2007. Harwick said it would invest.")
    assert entity_of(art, "Harwick", 1) == "Harwick Capital Management"


def test_a_place_word_is_no_short_form_of_an_organisation(nlp: Language) -> None:
    art = run(nlp, "China Eastern Airlines ordered jets. China said the deal was welcome.")
    assert entity_of(art, "China") != "China Eastern Airlines"
