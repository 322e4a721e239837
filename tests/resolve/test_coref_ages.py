"""An unnamed person described by age is the one named person of that age (coref_ages)."""

from __future__ import annotations

from spacy.language import Language

from tests.resolve.described import entity_of, run


def test_a_teenager_is_the_named_fifteen_year_old(nlp: Language) -> None:
    text = ("Calm returns to Lisbon\n"
            "Lisbon was calm on Sunday after days of riots sparked by the police killing of a teenager.\n"
            "Shops reopened in the centre, and the boy's family mourned.\n"
            "Anger has spread since the death of 15-year-old Rui Costa Almeida, and many were hurt.")
    art = run(nlp, text)
    assert entity_of(art, "a teenager") == "Rui Costa Almeida"
    assert entity_of(art, "the boy") == "Rui Costa Almeida"


def test_a_boy_of_a_stated_age_is_the_named_person_of_that_age(nlp: Language) -> None:
    text = ("Police in Porto are looking for the driver who struck a 12-year-old boy on Friday.\n"
            "Tiago Mendes, 12, was taken to hospital, where his mother Ana Mendes, 41, joined him.")
    art = run(nlp, text)
    assert entity_of(art, "a 12-year-old boy") == "Tiago Mendes"


def test_two_named_teenagers_identify_no_one(nlp: Language) -> None:
    text = ("Police shot a teenager in Porto on Friday night.\n"
            "Witnesses said Tiago Mendes, 16, and Rui Lopes, 17, ran from the car.")
    art = run(nlp, text)
    assert entity_of(art, "a teenager") not in ("Tiago Mendes", "Rui Lopes")


def test_an_adult_is_no_teenager(nlp: Language) -> None:
    text = ("The trial opened of a man accused of the killing of a teenager.\n"
            "Rui Lopes, 35, denies the charge.")
    art = run(nlp, text)
    assert entity_of(art, "a teenager") != "Rui Lopes"


def test_a_boy_is_the_one_named_person_described_as_a_teenager(nlp: Language) -> None:
    text = ("Riots followed the police shooting of a 15-year-old boy in Braga in May.\n"
            "Anger grew after the death of teenager Rui Costa Almeida, a student.")
    art = run(nlp, text)
    assert entity_of(art, "a 15-year-old boy") == "Rui Costa Almeida"


def test_a_boy_told_dead_is_the_one_named_person_told_dead(nlp: Language) -> None:
    text = ("Students marched in Braga after the fatal shooting of a 15-year-old boy by a guard.\n"
            "The killing of Rui Costa Almeida shocked the town, mayor Ana Lopes said.")
    art = run(nlp, text)
    assert entity_of(art, "a 15-year-old boy") == "Rui Costa Almeida"
