"""A described person is the named person an identifying "as" says they are (coref_identified)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from tests.offsets import span_of
from tests.resolve.test_coref_restated import _run


def _entity_at(art: Article, text: str, phrase: str) -> str | None:
    start, end = span_of(text, phrase)
    return next((m.entity for m in art.mentions if start <= m.start < end), None)


def test_an_active_identification_names_the_suspect(nlp: Language) -> None:
    text = ("A gunman shot a shop owner outside his store in Dayton on Monday.\n"
            "The shop owner died at the scene. Detectives identified the gunman as Carl Dorsey, 31, "
            "a local mechanic.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "the gunman as") == _entity_at(art, text, "Carl Dorsey")


def test_a_passive_identification_names_the_person(nlp: Language) -> None:
    text = ("A woman was found dead in a flat in Leeds on Sunday.\n"
            "The woman was named as Joan Pike by police on Monday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A woman") == _entity_at(art, text, "Joan Pike")


def test_two_names_are_never_merged_by_as(nlp: Language) -> None:
    text = ("Mark Hill was identified as Peter Stone's brother by the court on Monday.\n"
            "Peter Stone said nothing.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "Mark Hill") != _entity_at(art, text, "Peter Stone")


def test_a_sex_conflict_keeps_them_apart(nlp: Language) -> None:
    text = ("A woman was arrested in Leeds on Sunday.\n"
            "Police identified the woman as John Barker, who denies the charge.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "the woman as") != _entity_at(art, text, "John Barker")


def test_a_description_with_no_antecedent_becomes_the_named_persons(nlp: Language) -> None:
    text = ("A deputy was shot dead outside a house in Dayton on Monday.\n"
            "Detectives identified the suspect as Carl Dorsey, 31, a local mechanic.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "the suspect") == _entity_at(art, text, "Carl Dorsey") is not None
    shooting = next(e for e in art.events if e.type == "ASSAULT")
    actors = {p.entity for p in shooting.participants if p.role == "actor"}
    assert actors == {_entity_at(art, text, "Carl Dorsey")}


def test_a_participle_identification(nlp: Language) -> None:
    text = ("A man identified as Carl Dorsey, 31, was arrested in Dayton on Monday.\n"
            "The man denies the charge.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A man") == _entity_at(art, text, "Carl Dorsey") is not None


def test_an_as_on_the_relative_clause_names_the_person(nlp: Language) -> None:
    text = ("A gas blast at a Dayton factory killed a local police officer and a worker on Friday.\n"
            "Officials identified the officer who died as 44-year-old Capt. Roy Barlow.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "a local police officer") == _entity_at(art, text, "Roy Barlow") is not None


def test_a_job_told_in_the_relative_clause_names_nobody(nlp: Language) -> None:
    text = ("A man was found dead in a Dayton park on Sunday.\n"
            "Police identified the man, who worked as a guard at Dale Morrow's store, on Monday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A man") != _entity_at(art, text, "Dale Morrow")
