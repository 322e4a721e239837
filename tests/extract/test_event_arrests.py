"""The one arrested and the act imputed (made-up sentences): a reduced relative or an apposition names the
one arrested, an arrest's operation noun is no act imputed to them, coordinated verbs share their object,
the act charged "in counts of" and "the shooting death of" are the accused's."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return [e for e in art.events if e.modality in FACTUAL]


def _roles(nlp: Language, text: str, trigger: str) -> set[tuple[str, str]]:
    """(role, covered text) of the participants of the event of a trigger."""
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    ev = next(e for e in art.events if e.trigger == trigger)
    return {(p.role, art.text[p.start:p.end]) for p in ev.participants if p.start is not None}


def test_reduced_relative_names_the_one_arrested(nlp: Language) -> None:
    text = "A suspected gang boss arrested Tuesday in a police swoop has died in his cell in Leeds."
    roles = _roles(nlp, text, "arrested")
    assert ("recipient", "A suspected gang boss") in roles and not any(r == "actor" for r, _ in roles)


def test_apposition_names_the_one_seized(nlp: Language) -> None:
    text = "Tom Ash, one of 40 alleged gang members seized on Tuesday, has died in prison in Leeds."
    roles = _roles(nlp, text, "seized")
    assert ("recipient", "Tom Ash") in roles


def test_operation_noun_is_the_arrests_own(nlp: Language) -> None:
    text = "Police said Tom Ash died in a Leeds jail on Tuesday, hours after he was arrested in the raid."
    roles = _roles(nlp, text, "arrested")
    assert ("recipient", "he") in roles and ("actor", "he") not in roles
    text = "An alleged gang boss who was arrested in a big sweep by British police died in a Leeds prison."
    assert ("actor", "British") in _roles(nlp, text, "arrested")


def test_coordinated_verbs_share_their_object(nlp: Language) -> None:
    text = "This morning, Leeds police have arrested and charged Tom Ash, age 61, with two counts of murder."
    assert ("recipient", "Tom Ash") in _roles(nlp, text, "arrested")
    assert ("actor", "Tom Ash") in _roles(nlp, text, "murder")


def test_headline_coordinated_verbs_stay_active(nlp: Language) -> None:
    text = "Two Leeds officers shot and killed a 16-year-old Leeds resident after he pointed a gun at them"
    assert not any(r == "actor" for r, t in _roles(nlp, text, "shot") if "resident" in t)


def test_shooting_death_is_the_accused_act(nlp: Language) -> None:
    text = "The trial of Tom Ash, accused in the shooting death of young Ann Ash, continued on Wednesday."
    types = {e.trigger: e.type for e in _events(nlp, text)}
    assert types.get("shooting") == "ASSAULT"
    assert {("actor", "Tom Ash"), ("recipient", "Ann Ash")} <= _roles(nlp, text, "shooting")


def test_the_possessor_of_an_arrest_after_which_one_acted_is_the_one_arrested(nlp: Language) -> None:
    art = next(process_articles([Article.new(
        "A gang leader killed himself hours after his arrest in a police raid in Leeds.",
        published="2010-05-05")], nlp))
    ev = next(e for e in art.events if e.type == "COERCE")
    assert {p.role for p in ev.participants} == {"recipient"}


def test_a_participle_read_as_a_clausal_subject_is_passive(nlp: Language) -> None:
    text = "One of the gang bosses and clan members arrested in a police crackdown has hung himself in Leeds."
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    ev = next(e for e in art.events if e.type == "COERCE")
    assert [p.role for p in ev.participants] == ["recipient"]
