"""Groups described before their members are named (coref_cataphora), and descriptions identified later."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _members(art: Article, start: int) -> list[str]:
    """Names of the members of the group whose mention starts at ``start`` ([] when there is none)."""
    m = next((m for m in art.mentions if m.start == start), None)
    ent = art.entity(m.entity) if m is not None and m.entity else None
    if ent is None:
        return []
    return [e.name for mid in ent.members if (e := art.entity(mid)) is not None]


def test_a_group_is_the_coordination_of_names_that_follows(nlp: Language) -> None:
    text = ("Prosecutors opened the trial of two men accused of killing a shop owner in May.\n"
            "The video shows the owner falling to the ground after gunfire erupted.\n"
            "Authorities have charged Kevin Marsh and Dylan Porter with the murder.")
    art = _run(nlp, text)
    assert _members(art, text.index("two men")) == ["Kevin Marsh", "Dylan Porter"]


def test_a_group_takes_names_whose_ages_it_states(nlp: Language) -> None:
    text = ("Two men, ages 51 and 44, were shot on Monday, the police said.\n"
            "A paper identified them as Peter Duncan, 51, of Oak Park and Mark Bellamy, 44, of Ferndale.")
    art = _run(nlp, text)
    assert _members(art, 0) == ["Peter Duncan", "Mark Bellamy"]


def test_names_of_other_ages_are_not_the_group(nlp: Language) -> None:
    text = ("Two men, ages 51 and 44, were shot on Monday, the police said.\n"
            "Peter Duncan, 30, and Mark Bellamy, 62, witnessed the shooting.")
    assert _members(_run(nlp, text), 0) == []


def test_names_of_another_number_or_gender_are_not_the_group(nlp: Language) -> None:
    text = ("Two women were arrested on Monday.\n"
            "Kevin Marsh and Dylan Porter saw the arrest, and Tom Hale, Bill Ross and Carl Dunn filmed it.")
    assert _members(_run(nlp, text), 0) == []


def test_a_description_identified_by_the_police_is_the_named_person(nlp: Language) -> None:
    text = ("A woman was shot on Monday.\n"
            "The woman, identified by the police as Jane Holloway, died at the scene.")
    art = _run(nlp, text)
    m = next(m for m in art.mentions if m.start == 0)
    ent = art.entity(m.entity) if m.entity else None
    assert ent is not None and ent.name == "Jane Holloway"


def _entity_at(art: Article, start: int) -> str | None:
    m = next(m for m in art.mentions if m.start == start)
    ent = art.entity(m.entity) if m.entity else None
    return ent.name if ent is not None else None


def test_the_leads_described_subject_is_the_person_named_next_with_an_age(nlp: Language) -> None:
    text = ("Inmate flees prison bus\n"
            "A Nevada inmate escaped from a prison bus near Reno on Monday, officials said.\n"
            "Lowell James Barlow, 52, ran away on foot, the statement said.")
    assert _entity_at(_run(nlp, text), text.index("A Nevada inmate")) == "Lowell James Barlow"


def test_a_victim_named_next_is_not_the_leads_subject(nlp: Language) -> None:
    text = ("A gunman opened fire at a bar in Reno on Monday, police said.\n"
            "Lowell James Barlow, 52, died at the scene.")
    assert _entity_at(_run(nlp, text), 0) != "Lowell James Barlow"


def test_a_name_after_another_name_identifies_no_one(nlp: Language) -> None:
    text = ("A Nevada inmate escaped from a prison bus near Reno on Monday, officials said.\n"
            "Tom Hale, the county sheriff, said Lowell James Barlow, 52, ran away on foot.")
    assert _entity_at(_run(nlp, text), 0) not in ("Lowell James Barlow", "Tom Hale")


def test_a_name_without_an_age_identifies_no_one(nlp: Language) -> None:
    text = ("A Nevada inmate escaped from a prison bus near Reno on Monday, officials said.\n"
            "Lowell James Barlow ran away on foot.")
    assert _entity_at(_run(nlp, text), 0) != "Lowell James Barlow"
