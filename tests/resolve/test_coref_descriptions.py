"""Descriptions of people linked to their names: appositions either way round, ages, a description met
before the name ("a 61-year-old man ... Jim Roe, 61") and the limits of each (invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles
from newsgraph.resolve.coref import name_age


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _texts_of(art: Article, name: str) -> list[str]:
    """The texts of every mention of the entity with this name."""
    entity = next(e for e in art.entities if e.name == name)
    return [m.text for mid in entity.mentions if (m := art.mention(mid)) is not None]


def test_name_age() -> None:
    text = "Jim Roe, 61, and Ann Lee, 48-a neighbour-were hurt. The 35-year-old Tom Ash fled."
    assert name_age(text, 0, 7) == 61
    assert name_age(text, 17, 24) == 48
    assert name_age(text, text.index("Tom"), text.index("Tom") + 7) == 35
    assert name_age("Jim Roe, 2004, was", 0, 7) is None


def test_the_man_apposed_to_a_name_is_the_man_met_before(nlp: Language) -> None:
    art = _run(nlp, "A man has been accused of stabbing a neighbour in Leeds. "
                    "Police found the body on Monday. The man, Gary Holt, 35, is expected in court today.")
    assert {"A man", "The man", "Gary Holt"} <= set(_texts_of(art, "Gary Holt"))


def test_a_description_followed_by_a_name(nlp: Language) -> None:
    art = _run(nlp, "According to reports, a local woman named Jane Doyle shot two colleagues at a plant.")
    assert "a local woman" in _texts_of(art, "Jane Doyle")
    art = _run(nlp, "Riots followed the death of a 15-year-old boy, Peter Mills, in March. "
                    "Friends of the teenager held a vigil.")
    assert {"a 15-year-old boy", "the teenager"} <= set(_texts_of(art, "Peter Mills"))
    art = _run(nlp, "The third victim, identified as Brian Lowe, was taken to hospital.")
    assert "The third victim" in _texts_of(art, "Brian Lowe")


def test_a_name_followed_by_its_age_and_a_description(nlp: Language) -> None:
    art = _run(nlp, "In the office, Ben Carter, 40, the chief executive of Acme, lay dead.")
    assert any(t.startswith("the chief executive") for t in _texts_of(art, "Ben Carter"))


def test_a_clause_after_a_name_is_not_an_apposition(nlp: Language) -> None:
    art = _run(nlp, "After meeting Ben Carter, the suspect said the talks went well.")
    assert _texts_of(art, "Ben Carter") == ["Ben Carter"]


def test_an_age_identifies_a_person_named_later(nlp: Language) -> None:
    art = _run(nlp, "Police said the 29-year-old had fled the scene. "
                    "Officers arrested Tom Ash, 29, at his home on Friday.")
    assert "the 29-year-old" in _texts_of(art, "Tom Ash")
    art = _run(nlp, "61-year-old Leeds man charged with murder\n"
                    "Police said Jim Roe, 61, was charged on Saturday.")
    assert "61-year-old Leeds man" in _texts_of(art, "Jim Roe")


def test_an_age_shared_by_two_named_people_identifies_no_one(nlp: Language) -> None:
    art = _run(nlp, "Police said the 29-year-old had fled the scene. "
                    "Officers arrested Tom Ash, 29, and Sam Bell, 29, on Friday.")
    assert "the 29-year-old" not in _texts_of(art, "Tom Ash") + _texts_of(art, "Sam Bell")


def test_a_role_noun_does_not_reach_forward_to_a_later_name(nlp: Language) -> None:
    art = _run(nlp, "A judge was shot in the courthouse on Friday. Witnesses ran from the building. "
                    "Police closed the street. Later, Judge Ann Lee said the court would reopen.")
    texts = _texts_of(art, "Ann Lee")
    assert "A judge" not in texts


def test_the_same_role_noun_goes_before_the_most_recent_person(nlp: Language) -> None:
    art = _run(nlp, "A woman ran from the office. Terrified that her sister was trapped where a hooded "
                    "gunman was pacing, the woman ran to a shop.")
    woman = next(e for e in art.entities if e.name == "woman")
    texts = [m.text for mid in woman.mentions if (m := art.mention(mid)) is not None]
    assert "the woman" in texts


def test_an_occupation_is_no_child(nlp: Language) -> None:
    art = _run(nlp, "Riots followed the death of a 15-year-old boy, Peter Mills, in March. "
                    "Protesters attacked the station where the officer was based.")
    assert "the officer" not in _texts_of(art, "Peter Mills")


def test_an_organisation_described_in_the_lead_is_the_one_of_its_kind_named(nlp: Language) -> None:
    text = ("Protesters torch Greek bank\nThree people died in Athens on Wednesday.\n"
            "A petrol bomb hurled at a branch of the Kalmar Savings Bank killed two women.")
    art = _run(nlp, text)
    assert "Greek bank" in _texts_of(art, "Kalmar Savings Bank")
    two = text + "\nThe Nordic Trust Bank closed its branches."
    art = _run(nlp, two)
    assert "Greek bank" not in _texts_of(art, "Kalmar Savings Bank")


def test_a_web_address_describes_no_organisation(nlp: Language) -> None:
    text = ("http: / / news. example. com / protesters-torch-greek-bank / 4238\nProtesters torch Greek bank\n"
            "A petrol bomb hurled at a branch of the Kalmar Savings Bank killed two women.")
    art = _run(nlp, text)
    url_end = text.index("\n")
    bank = next(e for e in art.entities if e.name == "Kalmar Savings Bank")
    assert all(m.start > url_end for mid in bank.mentions if (m := art.mention(mid)) is not None)


def test_an_organisation_apposed_to_its_description_either_way_round(nlp: Language) -> None:
    art = _run(nlp, "The main rebel group, the Liberation Front, attacked a base. "
                    "The group said it lost no men.")
    assert {"The main rebel group", "The group"} <= set(_texts_of(art, "Liberation Front"))
    art = _run(nlp, "A Somali militant group, al-Shabab, bombed a hotel. "
                    "The group said it killed ten people.")
    assert {"A Somali militant group", "The group"} <= set(_texts_of(art, "al-Shabab"))
    art = _run(nlp, "Voters backed the Green Union, the smallest party, on Sunday. The party won two seats.")
    assert {"the smallest party", "The party"} <= set(_texts_of(art, "Green Union"))


def test_an_organisation_next_to_a_reporting_clause_is_no_apposition(nlp: Language) -> None:
    art = _run(nlp, "Voters backed the Green Union, the ministry said.")
    assert "the ministry" not in _texts_of(art, "Green Union")


def test_a_description_apposed_to_a_name_with_an_honorific(nlp: Language) -> None:
    art = _run(nlp, "Talks were held in Jakarta. The Prime Minister of Singapore, Mr. Lee Tan, met the "
                    "president. Mr. Lee Tan said he was pleased.")
    assert "The Prime Minister of Singapore" in _texts_of(art, "Lee Tan")
