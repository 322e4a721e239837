"""Acts of one type a sentence tells apart stay two events (made-up sentences): a definite act noun with
its own argument placed before or after another act is a second act, not a re-mention; a step of one act
("before fleeing in the raid") is not; an act noun measured by a counted stretch of time is an episode."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.event_apart import another, placed, sequenced
from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    return next(process_articles([Article.new(text)], nlp)).events


def _triggers(ev: Event, text: str) -> set[str]:
    return {text[a:b] for a, b in ev.mentions}


def test_placed_is_one_way(nlp: Language) -> None:
    parsed = nlp("Clashes with police went on for a week since the police shooting of a student.")
    clashes = next(t for t in parsed if t.lower_ == "clashes")
    shooting = next(t for t in parsed if t.lower_ == "shooting")
    assert placed(shooting, clashes) and not placed(clashes, shooting)
    assert sequenced(clashes, shooting)


@pytest.mark.parametrize(("text", "apart"), [
    ("Pirates attacked a tanker, and a navy helicopter thwarted another attack.", True),
    ("Pirates attacked a tanker, and a navy helicopter thwarted the attack.", False),
])
def test_another_act_noun_is_one_more_act(nlp: Language, text: str, apart: bool) -> None:
    parsed = nlp(text)
    attacked, attack = (next(t for t in parsed if t.lower_ == w) for w in ("attacked", "attack"))
    assert another(attacked, attack) == apart


def test_a_definite_act_placed_before_another_is_a_second_act(nlp: Language) -> None:
    text = ("Clashes with police went on in Lyon for a fifth day since the police shooting of a student "
            "on Friday night.")
    assaults = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert not any({"clashes", "shooting"} <= _triggers(e, text) for e in assaults)


def test_a_step_of_one_raid_is_no_second_raid(nlp: Language) -> None:
    text = ("Three men rammed a van into a watch shop in Lyon before fleeing in the latest high-profile "
            "robbery in the city.")
    assaults = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert len(assaults) == 1


def test_an_act_measured_by_days_is_an_episode(nlp: Language) -> None:
    text = "The death of the student sparked four days of riots and demonstrations."
    protests = [e for e in _events(nlp, text) if e.type == "PROTEST"]
    assert len(protests) == 1
    assert "riots" in _triggers(protests[0], text)
