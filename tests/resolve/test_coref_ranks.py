"""An unnamed officer is the one ranked person named next to it (coref_ranks)."""

from __future__ import annotations

from spacy.language import Language

from tests.resolve.described import entity_of, run


def test_an_officer_is_the_ranked_person_of_the_next_sentence(nlp: Language) -> None:
    text = ("The jury convicted Dale Ferris of the murder of a police officer in Riverton.\n"
            "Sgt. Paul Mendel, 41, was shot outside a warehouse in March 2019.\n"
            "Ferris will be sentenced in June.")
    art = run(nlp, text)
    assert entity_of(art, "a police officer") == "Paul Mendel"


def test_the_source_of_a_statement_is_not_the_officer(nlp: Language) -> None:
    text = ("An officer stopped Dale Ferris on the highway after he swerved twice.\n"
            "Ferris refused a breath test, said Officer Paul Mendel.")
    art = run(nlp, text)
    assert entity_of(art, "An officer") != "Paul Mendel"


def test_two_ranked_people_identify_no_one(nlp: Language) -> None:
    text = ("The jury convicted Dale Ferris of the murder of a police officer in Riverton.\n"
            "Sgt. Paul Mendel and Capt. Rita Osei were at the scene in March 2019.")
    art = run(nlp, text)
    assert entity_of(art, "a police officer") not in ("Paul Mendel", "Rita Osei")
