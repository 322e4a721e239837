"""Events of news reports found by the third recall round (made-up sentences): missiles thrown at a target,
attempted attacks, headline participles and custody orders."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    return next(process_articles([Article.new(text, published="2010-05-05")], nlp)).events


def _triggers(evs: list[Event], type_: str) -> list[str]:
    return [e.trigger for e in evs if e.type == type_ and e.modality in FACTUAL]


def test_missiles_thrown_at_a_target_are_an_attack(nlp: Language) -> None:
    evs = _events(nlp, "The blaze began when rioters hurled petrol bombs at a Dover bank on Monday.")
    assert "hurled" in _triggers(evs, "ASSAULT")
    evs = _events(nlp, "A march in Dover turned violent as 200 people threw bottles at officers on Monday.")
    assert "threw" in _triggers(evs, "ASSAULT")


def test_throwing_without_a_missile_is_no_attack(nlp: Language) -> None:
    evs = _events(nlp, "John Doe threw a party at his Dover home on Monday.")
    assert not _triggers(evs, "ASSAULT")


def test_a_past_attempt_at_an_attack_happened(nlp: Language) -> None:
    evs = _events(nlp, "Police said John Doe tried to stab a guard in Dover on Monday.")
    assert "stab" in _triggers(evs, "ASSAULT")
    # a future attempt, or an attempt at anything but an attack, is no fact
    evs = _events(nlp, "The rebels will try to storm the base in Dover.")
    assert not _triggers(evs, "ASSAULT")
    evs = _events(nlp, "The ministers tried to negotiate a deal in Dover on Monday.")
    assert not _triggers(evs, "CONSULT")


def test_awaiting_an_arraignment_is_a_charge(nlp: Language) -> None:
    evs = _events(nlp, "A 40-year-old Dover man is awaiting a murder arraignment after police arrested him.")
    assert any(e.type == "ACCUSE" and "awaiting" in e.trigger for e in evs)
    evs = _events(nlp, "Fans in Dover are awaiting the new album of the band.")
    assert not _triggers(evs, "ACCUSE")
