"""Drafts that name no event or one (made-up sentences): a suicide, a plural earlier series, a feeling
fought back, a police operation without fighting, a hit-and-run; a suspected arson, a caused wave of unrest,
a killing and the "when" clause telling how it was done."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article
from newsgraph.process import process_articles


def _types(nlp: Language, text: str) -> dict[str, str]:
    """Trigger -> type of the factual events of a text."""
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return {e.trigger: e.type for e in art.events if e.modality in FACTUAL}


def test_a_suicide_is_no_assault(nlp: Language) -> None:
    assert not _types(nlp, "Tom Ash hanged himself in his cell in Leeds on Monday.")
    types = _types(nlp, "Tom Ash shot himself after he killed Ann Ash in Leeds on Monday.")
    assert types == {"killed": "ASSAULT"}


def test_a_suicide_bombing_stays_an_assault(nlp: Language) -> None:
    assert "ASSAULT" in _types(nlp, "A bomber blew himself up in a Leeds market on Monday.").values()


def test_previous_convictions_are_background(nlp: Language) -> None:
    types = _types(nlp, "Tom Ash, who had previous convictions, was arrested in Leeds on Monday.")
    assert types == {"arrested": "COERCE"}


def test_fighting_back_tears_is_no_assault(nlp: Language) -> None:
    assert not _types(nlp, "The mother, Ann Ash, fought back emotions in a Leeds court on Monday.")


def test_a_police_operation_is_no_assault(nlp: Language) -> None:
    types = _types(nlp, "Tom Ash was arrested on Monday in one of Leeds's biggest police operations.")
    assert "ASSAULT" not in types.values()


def test_a_hit_and_run_is_an_accident_its_arrest_an_event(nlp: Language) -> None:
    types = _types(nlp, "Woman Killed in Leeds Hit-And-Run, Police Arrest Allegedly Drunk Driver")
    assert "ASSAULT" not in types.values() and types.get("Arrest") == "COERCE"
    assert not _types(nlp, "Ann Ash was walking in Leeds on Monday when she was struck by a vehicle.")


def test_a_suspected_arson_is_an_assault(nlp: Language) -> None:
    text = "Parishioners will worship in a school after a suspicious fire destroyed the Leeds Bible Church."
    assert _types(nlp, text) == {"fire": "ASSAULT"}
    assert _types(nlp, "An arsonist has badly damaged the Leeds Bible Church.") == {"damaged": "ASSAULT"}
    assert not _types(nlp, "A fire destroyed the Leeds Bible Church early Saturday.")
    assert not _types(nlp, "Firefighters fought the blaze at the Leeds Bible Church early Saturday.")


def test_a_caused_wave_of_unrest_is_an_episode(nlp: Language) -> None:
    text = "The shooting of a boy by police unleashed a wave of unrest by students across the country."
    assert _types(nlp, text).get("unrest") == "PROTEST"
    assert _types(nlp, "The killing sparked riots.") == {"riots": "PROTEST"}


def test_killed_when_a_bomb_exploded_is_one_event(nlp: Language) -> None:
    text = "Two officers, Tom Ash and Ann Lee, were killed when a bomb exploded at a Leeds bank on Monday."
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    assert len([e for e in art.events if e.type == "ASSAULT"]) == 1


def test_a_sentence_handed_is_a_sanction(nlp: Language) -> None:
    text = "A Leeds judge handed Tom Ash four consecutive life sentences on Monday."
    assert _types(nlp, text) == {"handed": "SANCTION"}


def test_a_suspicious_fire_that_burned_a_building_is_aimed_at_it(nlp: Language) -> None:
    text = "There was a suspicious fire that burned the old Harbour Grain Mill to the ground on Sunday."
    art = next(process_articles([Article.new(text, published="2024-01-02")], nlp))
    ev = next(e for e in art.events if e.type == "ASSAULT")
    assert [art.entity(p.entity).name for p in ev.participants  # type: ignore[union-attr]
            if p.role == "recipient"] == ["Harbour Grain Mill"]


def test_a_hit_and_run_in_any_spelling_is_an_accident(nlp: Language) -> None:
    assert "ASSAULT" not in _types(nlp, "Man Killed in Leeds Hit-Run, Driver Arrested").values()
    text = "Police seek a driver after a hit and run accident that killed a man in Leeds on Friday."
    assert "ASSAULT" not in _types(nlp, text).values()


def test_a_driver_or_a_vehicle_striking_someone_is_an_accident(nlp: Language) -> None:
    assert not _types(nlp, "A man hit and killed by a motorist on Monday outside a shop in Leeds died.")
    assert not _types(nlp, "A drunken driver struck her with his car and then drove off, police said.")
    assert not _types(nlp, "Tom Ash struck a cyclist with his van in Leeds on Monday.")
    assert _types(nlp, "Tom Ash struck a guard with a hammer in Leeds on Monday.") == {"struck": "ASSAULT"}


def test_a_drink_driving_charge_tells_an_accident(nlp: Language) -> None:
    text = "A driver was charged with DWI after police say he struck and killed a man in Leeds on Monday."
    assert _types(nlp, text) == {"charged": "ACCUSE"}


def test_a_fire_told_by_a_relative_clause_is_no_act_unless_suspected(nlp: Language) -> None:
    assert not _types(nlp, "The fire that destroyed the old mill in Leeds took a piece of our past.")
    text = "Arson suspected in fire that destroyed the old mill in Leeds"
    assert "ASSAULT" in _types(nlp, text).values()


def test_caught_on_a_recording_is_no_arrest(nlp: Language) -> None:
    assert not _types(nlp, "Tom Ash was caught on camera stealing a car in Leeds on Monday.")
    text = "A gang boss who was caught on wiretaps hanged himself in a Leeds jail hours after his arrest."
    assert _types(nlp, text) == {"arrest": "COERCE"}
    assert _types(nlp, "Tom Ash was caught by police in Leeds on Monday.") == {"caught": "COERCE"}


def test_an_investigation_of_no_one_is_no_accusation(nlp: Language) -> None:
    assert not _types(nlp, "The fire at the Leeds mill is under investigation by the Leeds Police.")
    assert _types(nlp, "Police opened an investigation into Tom Ash on Monday.") == {"opened": "ACCUSE"}
    text = "A committee completed its investigation into an allegation by the Leeds council."
    assert "ACCUSE" in _types(nlp, text).values()
