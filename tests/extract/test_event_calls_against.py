"""A call for force, sanctions or protest against a party denounces that party: ACCUSE/disapprove with it as
recipient (codebook ``embedding.call_against``); a call for anything else stays a REQUEST."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL
from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Bishop John Okoro called for sanctions against Sudan.", "John Okoro", "Sudan"),
        ("Venezuela called for protests against the United States.", "Venezuela", "United States"),
        ("Peru urged its neighbours to mobilize against Chile.", "Peru", "Chile"),
        ("The Kenyan parliament called for an embargo against Eritrea.", "Kenyan", "Eritrea"),
        ("Greenpeace called for a boycott against Norway on Monday.", "Greenpeace", "Norway"),
        ("Poland demanded sanctions against Belarus after the border incident.", "Poland", "Belarus"),
        ("Senator Maria Diaz called for demonstrations against Chevron.", "Maria Diaz", "Chevron"),
    ],
)
def test_a_call_for_acts_against_a_party_accuses_it(
    nlp: Language, text: str, actor: str, recipient: str
) -> None:
    art, evs = _events(nlp, text)
    ev = evs[0]
    assert ev.type == "ACCUSE" and ev.mode == "disapprove", [(e.type, e.trigger) for e in evs]
    assert any(actor in n for n in _names(art, ev, "actor"))
    assert any(recipient in n for n in _names(art, ev, "recipient"))


@pytest.mark.parametrize(
    "text",
    [
        "Germany urged Iran to stop its attacks against Israel.",
        "The EU called for talks with Russia.",
        "France called for the release of the hostages.",
        "Amnesty urged the United Nations to lift sanctions against Cuba.",
    ],
)
def test_other_calls_stay_requests(nlp: Language, text: str) -> None:
    _, evs = _events(nlp, text)
    assert evs and evs[0].type == "REQUEST", [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Peru urged its neighbours to unite and mobilize against Chile.", "Chile"),
        ("A Bolivian newspaper called on farmers to unite and mobilize against Tom Arlen.", "Tom Arlen"),
        ("The cleric called on Shiites to gather and protest against the government of Bahrain.", "Bahrain"),
    ],
)
def test_the_act_coordinated_to_the_asked_one_counts(nlp: Language, text: str, recipient: str) -> None:
    art, evs = _events(nlp, text)
    assert evs[0].type == "ACCUSE", [(e.type, e.trigger) for e in evs]
    assert any(recipient in n for n in _names(art, evs[0], "recipient"))


def test_a_request_of_two_acts_is_one_request(nlp: Language) -> None:
    _, evs = _events(nlp, "Norway urged both sides to meet and negotiate a ceasefire.")
    assert [e.type for e in evs if e.modality in FACTUAL] == ["REQUEST"]
