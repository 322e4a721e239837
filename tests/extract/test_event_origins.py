"""A collective's nationality given by another of its phrases, and ships named as what was attacked."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.nlp.rules import vessel_spans
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _event(art: Article, type_: str) -> Event:
    return next(e for e in art.events if e.type == type_)


def _names(art: Article, ev: Event, role: str) -> list[str]:
    return [e.name for p in ev.participants if p.role == role and (e := art.entity(p.entity)) is not None]


def test_vessel_prefixes_name_ships() -> None:
    text = "Gunmen fired on the MT Blue Heron near the USS Harlow; the SS officers were not there."
    assert [text[s.start:s.end] for s in vessel_spans(text)] == ["MT Blue Heron", "USS Harlow"]


def test_the_pirates_take_the_nationality_of_another_mention(nlp: Language) -> None:
    text = ("Coast guards detained 14 Somali pirates on Monday. "
            "The pirates had attacked a fishing boat near the coast on Sunday.")
    art = _run(nlp, text)
    assert "Somali" in " ".join(_names(art, _event(art, "ASSAULT"), "actor"))


def test_coordinated_nationalities_all_count(nlp: Language) -> None:
    text = ("Marines seized 20 Somali and Yemeni pirates on Friday. "
            "The pirates had fired on a cargo ship on Thursday.")
    art = _run(nlp, text)
    actors = _names(art, _event(art, "ASSAULT"), "actor")
    assert any("Somali" in a for a in actors) and any("Yemeni" in a for a in actors)


def test_a_ship_named_in_apposition_is_the_recipient(nlp: Language) -> None:
    text = ("Pirates attacked a merchant vessel in the Arabian Sea on Tuesday. "
            "The crew of the merchant vessel, MV Silver Gull, called for help.")
    art = _run(nlp, text)
    assert "MV Silver Gull" in _names(art, _event(art, "ASSAULT"), "recipient")


def test_plural_ships_are_not_the_named_one(nlp: Language) -> None:
    text = ("Pirates attacked two merchant vessels in the Arabian Sea on Tuesday. "
            "A navy helicopter later escorted the merchant vessel, MV Silver Gull, to port.")
    art = _run(nlp, text)
    assert "MV Silver Gull" not in _names(art, _event(art, "ASSAULT"), "recipient")


def test_a_copular_clause_gives_the_countries_a_collective_is_from(nlp: Language) -> None:
    text = ("Gunmen on two skiffs fired on a cargo ship near the coast on Monday, said a navy officer. "
            "The gunmen are from Eritrea and Sudan, the officer said.")
    art = _run(nlp, text)
    actors = _names(art, _event(art, "ASSAULT"), "actor")
    assert "Eritrea" in actors and "Sudan" in actors


def test_a_copula_of_nationalities_qualifies_a_counted_group(nlp: Language) -> None:
    text = ("The coast guard has captured 17 pirates near the port. "
            "The pirates were Eritrean and Sudanese, a spokesman said.")
    art = _run(nlp, text)
    recipients = _names(art, _event(art, "COERCE"), "recipient")
    assert any("Eritrean" in r for r in recipients) and any("Sudanese" in r for r in recipients)


def test_a_counted_group_mention_leaves_out_the_verb(nlp: Language) -> None:
    art = _run(nlp, "The navy has captured 9 pirates near the port on Monday.")
    assert all(not m.text.startswith("captured") for m in art.mentions)
