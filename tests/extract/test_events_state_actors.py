"""Argument rules that fill a slot the sentence leaves to convention: the state that arrests, charges or tries
someone on its territory when the text names no one doing it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_events_args import _events, _names, _one


def test_an_arrest_in_a_country_with_no_one_named_is_the_countrys(nlp: Language) -> None:
    art, evs = _events(nlp, "A Danish engineer was arrested in Peru for spying.")
    ev = _one(evs, "COERCE")
    assert _names(art, ev, "actor") == {"Peru"}


def test_an_investigation_in_a_country_is_the_countrys(nlp: Language) -> None:
    art, evs = _events(nlp, "A Canadian tourist has been placed under investigation in Greece for arson.")
    assert "Greece" in _names(art, _one(evs, "ACCUSE"), "actor")


def test_a_city_does_not_stand_for_its_state(nlp: Language) -> None:
    art, evs = _events(nlp, "A teacher was arrested in Denver on Monday.")
    assert not _names(art, _one(evs, "COERCE"), "actor")


def test_a_named_arrester_is_kept(nlp: Language) -> None:
    art, evs = _events(nlp, "Police detained a Danish engineer in Peru on Monday.")
    assert "Peru" not in _names(art, _one(evs, "COERCE"), "actor")
