"""The one who died in, of, after or from an act of force is its victim, not its doer (codebook
``death_verbs``, ``cause_nouns``; docs/events-codebook.md)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles
from tests.extract.event_probes import names as _names


def _assault(nlp: Language, text: str) -> tuple[Article, Event]:
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    return art, next(e for e in art.events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("A Kurdish activist died of torture in a Turkish prison.", "Kurdish"),
        ("Two Afghan soldiers died in the bombing.", "Afghan"),
        ("A Chechen detainee died under torture, his lawyer said.", "Chechen"),
        ("John Smith died in the attack on the convoy.", "John Smith"),
        ("A Nepali porter died after a beating by the guards.", "Nepali"),
        ("Maria Lopez died from the shooting outside her home.", "Maria Lopez"),
        ("Three Iraqi policemen died in a Taliban attack on their checkpoint.", "Iraqi"),
        ("Somali fishermen perished in the shelling of the port.", "Somali"),
        ("Peter Mills died as a result of the assault.", "Peter Mills"),
        ("A Kurdish detainee died as a consequence of torture in a police cell.", "Kurdish"),
    ],
)
def test_who_died_of_an_attack_is_its_victim(nlp: Language, text: str, victim: str) -> None:
    art, ev = _assault(nlp, text)
    assert any(victim in n for n in _names(art, ev, "recipient")), ev.participants
    assert not any(victim in n for n in _names(art, ev, "actor"))


def test_the_doer_named_by_the_act_noun_stays_its_actor(nlp: Language) -> None:
    art, ev = _assault(nlp, "Three Iraqi policemen died in a Taliban attack on their checkpoint.")
    assert "Taliban" in _names(art, ev, "actor")


def test_an_organisation_in_the_subject_is_no_victim(nlp: Language) -> None:
    text = "A Marlow County Sheriff's Office deputy died after a shooting on Friday."
    art, ev = _assault(nlp, text)
    assert not any("Sheriff" in n for n in _names(art, ev, "recipient"))
