"""The mode of an act of force from its clause's cues: two-word cues (crowd-control weapons) and the trigger's
own word."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_probes import events


@pytest.mark.parametrize(("text", "mode"), [
    ("Police fired rubber bullets at students in Tarvo on Sunday.", "crowd-control"),
    ("Officers used water cannon against marchers in Tarvo on Sunday.", "crowd-control"),
    ("Troops threw stun grenades at the crowd in Tarvo on Sunday.", "crowd-control"),
    ("Police fired teargas at students in Tarvo on Sunday.", "crowd-control"),
    ("Police fired tear gas at students in Tarvo on Sunday.", "crowd-control"),
    ("Riot police used pepper spray on marchers in Tarvo on Sunday.", "crowd-control"),
    # the same heads without the crowd-control modifier keep their weapons
    ("Soldiers fired bullets at students in Tarvo on Sunday.", "firearms"),
    ("Rebels fired a cannon at the fort in Tarvo on Sunday.", "heavy-weapons"),
    ("Rebels threw grenades at the fort in Tarvo on Sunday.", "explosives"),
])
def test_a_crowd_control_weapon_names_the_mode(nlp: Language, text: str, mode: str) -> None:
    _, evs = events(nlp, text)
    assert [e.mode for e in evs if e.type == "ASSAULT"] == [mode]
