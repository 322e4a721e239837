"""A possessed kin noun ("his mother") is the named relative it describes (coref_kin)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.resolve.coref_kin import surname
from tests.resolve.described import entity_of, run


def test_kin_noun_is_the_other_person_of_the_surname(nlp: Language) -> None:
    text = ("Peter Dalloway of Springfield appeared in court on Monday.\n"
            "Dalloway is charged after his mother was found dead in her house.\n"
            "Police said 70-year-old Margaret Dalloway died of head wounds.")
    art = run(nlp, text)
    assert entity_of(art, "his mother") == "Margaret Dalloway"
    assert entity_of(art, "Peter Dalloway") != "Margaret Dalloway"  # relatives stay apart


def test_kin_noun_is_the_person_described_by_it(nlp: Language) -> None:
    text = ("Tom Wexley was arrested on Sunday.\n"
            "Police found the body of his sister Anna Perrin, 31, at a farm.\n"
            "Wexley had quarrelled with his sister for months, a neighbour said.")
    art = run(nlp, text)
    assert entity_of(art, "his sister") == "Anna Perrin"


def test_kin_noun_without_a_fitting_relative_stays_unnamed(nlp: Language) -> None:
    text = ("Peter Dalloway of Springfield appeared in court on Monday.\n"
            "Dalloway is charged after his wife was found dead in her house.\n"
            "Neighbour Helen Carrow said she heard shouting.")
    art = run(nlp, text)
    assert entity_of(art, "his wife") != "Helen Carrow"


def test_two_relatives_of_the_surname_leave_it_unnamed(nlp: Language) -> None:
    text = ("Peter Dalloway appeared in court on Monday.\n"
            "Dalloway is charged after his mother was found dead.\n"
            "Relatives Margaret Dalloway and Susan Dalloway attended the hearing.")
    art = run(nlp, text)
    assert entity_of(art, "his mother") not in ("Margaret Dalloway", "Susan Dalloway")


def test_surname() -> None:
    assert surname("Margaret A. Dalloway") == "dalloway"


def test_headline_kin_nouns_are_the_family_the_body_names(nlp: Language) -> None:
    text = ("Son held over killing of mother and sister\n"
            "Mark Holloway, 24, was arrested at his flat on Monday.\n"
            "His sister Lucy Holloway, 19, and mother Joan Pell, 52, were found dead at their home.\n"
            "Police said Holloway had no history of violence.")
    art = run(nlp, text)
    assert entity_of(art, "Son") == "Mark Holloway"
    assert entity_of(art, "sister") == "Lucy Holloway"
    assert entity_of(art, "mother") == "Joan Pell"


def test_a_described_headline_parent_is_no_relation(nlp: Language) -> None:
    text = ("Brooklyn mom shot dead as she picks up daughter\n"
            "Ann Kerr, 34, was shot on Friday outside a school.\n"
            "Police arrested Tom Vance, 19, on Saturday.")
    art = run(nlp, text)
    assert entity_of(art, "daughter") is None


def test_a_coordinated_relative_is_the_name_left_of_a_coordination(nlp: Language) -> None:
    text = ("Dale Ferris, 35, was charged after his mother and his ex-girlfriend were found dead in Alton.\n"
            "68-year-old Martha Ferris and 41-year-old Lena Okafor are the victims.")
    art = run(nlp, text)
    start = art.text.index("his ex-girlfriend")
    m = next(m for m in art.mentions if m.start == start)
    ent = art.entity(m.entity) if m.entity else None
    assert ent is not None and ent.name == "Lena Okafor"
