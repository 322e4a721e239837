"""Who charges: a charge told in the passive without its doer, in what a prosecutor says, is the prosecutor's
(made-up sentences)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> tuple[Article, Event]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return art, next(e for e in art.events if e.type == "ACCUSE")


def _names(art: Article, ev: Event, role: str) -> list[str]:
    return [e.name for p in ev.participants if p.role == role and (e := art.entity(p.entity)) is not None]


def test_a_district_attorney_announcing_charges_filed_is_the_accuser(nlp: Language) -> None:
    art, ev = _run(nlp, "District Attorney Ann Roe announced today that murder charges were filed against "
                        "John Doe.")
    assert _names(art, ev, "actor") == ["Ann Roe"]
    assert _names(art, ev, "recipient") == ["John Doe"]


def test_a_prosecutor_named_earlier_saying_someone_was_charged_is_the_accuser(nlp: Language) -> None:
    art, ev = _run(nlp, "District Attorney Ann Roe spoke in Tarlow on Monday. Roe said John Doe was charged "
                        "with murdering a clerk.")
    assert _names(art, ev, "actor") == ["Ann Roe"]


def test_a_lawyer_saying_someone_was_charged_is_no_accuser(nlp: Language) -> None:
    art, ev = _run(nlp, "His lawyer Ann Roe said John Doe was charged with murder on Monday.")
    assert _names(art, ev, "actor") == []


def test_a_charge_by_a_named_agent_keeps_it(nlp: Language) -> None:
    art, ev = _run(nlp, "District Attorney Ann Roe said John Doe was charged with murder by a grand jury.")
    assert "Ann Roe" not in _names(art, ev, "actor")


def test_an_offence_named_by_its_abbreviation_is_no_party(nlp: Language) -> None:
    art, ev = _run(nlp, "A Tarlow man was charged with DWI on Monday, police said.")
    assert "DWI" not in [e.name for e in art.entities]
    assert _names(art, ev, "recipient") == ["Tarlow man"]
