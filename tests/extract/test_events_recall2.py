"""Events of crime reports found by the ECB+-wide recall round (made-up sentences): a charge told in the
passive with the act it is about or its grounds, an arson that is the fire it names, bullets sprayed, a
trigger pulled, headline nouns (slay, gunplay)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    return next(process_articles([Article.new(text, published="2010-05-05")], nlp)).events


def _triggers(evs: list[Event], type_: str) -> list[str]:
    return [e.trigger for e in evs if e.type == type_ and e.modality in FACTUAL]


def test_a_charge_told_by_the_act_it_is_about(nlp: Language) -> None:
    evs = _events(nlp, "A 40-year-old Leeds man was charged on Monday in connection with the stabbing of "
                       "his neighbour.")
    assert "charged" in _triggers(evs, "ACCUSE")
    evs = _events(nlp, "A Dover woman has been charged on suspicion of arson after a fire at a pub.")
    assert "charged" in _triggers(evs, "ACCUSE")


def test_a_charge_is_no_attack(nlp: Language) -> None:
    evs = _events(nlp, "The bull charged at the crowd in Pamplona on Monday.")
    assert not _triggers(evs, "ACCUSE")


def test_an_arson_is_not_cancelled_by_the_fire_it_names(nlp: Language) -> None:
    evs = _events(nlp, "Dover man charged with arson over Tesco fire")
    assert "arson" in _triggers(evs, "ASSAULT")
    # an accidental fire still makes a death no ASSAULT
    evs = _events(nlp, "Two clerks were killed by a fire in a Dover pub on Monday.")
    assert not _triggers(evs, "ASSAULT")


def test_sprayed_bullets_and_a_pulled_trigger_are_shootings(nlp: Language) -> None:
    evs = _events(nlp, "John Doe sprayed bullets from a rooftop in Leeds on Monday.")
    assert "sprayed" in _triggers(evs, "ASSAULT")
    evs = _events(nlp, "After a quarrel in a Leeds bar on Monday, John Doe pulled the trigger.")
    assert "pulled" in _triggers(evs, "ASSAULT")


def test_headline_nouns_of_killings(nlp: Language) -> None:
    evs = _events(nlp, "Gang member guilty in slay of Leeds grandmother")
    assert "slay" in _triggers(evs, "ASSAULT")
