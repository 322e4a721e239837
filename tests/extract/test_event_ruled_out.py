"""An act told as the subject of a predicate that rules it out: a cooperative act or concession is a REJECT
by whoever says so; any other act did not happen (extract/event_ruled_out.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL
from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("US officials said that removing the sanctions on Cuba is out of the question.", "US"),
        ("Peru said a withdrawal from the border zone was unacceptable.", "Peru"),
        ("Lifting the embargo is not an option, the French foreign minister said.",
         "French foreign minister"),
        ("Beijing said talks with the Dalai Lama were out of the question.", "Beijing"),
        ("Turkey said the release of the jailed journalists was impossible.", "Turkey"),
        ("Madrid said that an amnesty for the separatist leaders was unthinkable.", "Madrid"),
        ("Ankara said that a pardon for the jailed journalists was not negotiable.", "Ankara"),
        ("Moscow said a withdrawal of its troops from the islands was off the table.", "Moscow"),
    ],
)
def test_a_ruled_out_concession_is_a_rejection(nlp: Language, text: str, actor: str) -> None:
    art, evs = _events(nlp, text)
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and rej[0].modality == "asserted", [(e.type, e.trigger, e.modality) for e in evs]
    assert any(actor in n for n in _names(art, rej[0], "actor")), rej[0].participants


def test_the_party_of_the_ruled_out_act_is_rejected(nlp: Language) -> None:
    art, evs = _events(nlp, "US officials said that removing the sanctions on Cuba is out of the question.")
    assert "Cuba" in _names(art, next(e for e in evs if e.type == "REJECT"), "recipient")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said a military strike on Iran was out of the question.",
        "Seoul said an attack on the North was unthinkable.",
    ],
)
def test_a_ruled_out_attack_did_not_happen(nlp: Language, text: str) -> None:
    _, evs = _events(nlp, text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.modality in FACTUAL]


def test_a_welcome_act_stays_itself(nlp: Language) -> None:
    _, evs = _events(nlp, "Syria said talks with Israel were important.")
    assert not [e for e in evs if e.type == "REJECT"]
