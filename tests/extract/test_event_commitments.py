"""A concession or retreat its actor announces in the future tense is a commitment, AGREE (codebook
``embedding.future``; docs/events-codebook.md, "Intentions and obligations")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    return next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events


def _factual(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.modality in FACTUAL]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas will release the hostages on Friday.",
        "The militia said it would free the kidnapped aid workers next week.",
        "Myanmar announced it will lift the curfew in the capital.",
        "Serbia will allow the displaced families to return to their villages.",
        "Pakistan said it would pull its troops out of the disputed valley by March.",
        "The insurgents announced they will hand back the seized trucks to the United Nations.",
        "Iran will grant inspectors access to the plant, the ministry said.",
        "Moldova said it would pardon the jailed opposition activists.",
        "The FARC will dismantle their checkpoints along the highway, their commander said.",
        "Under the accord, Armenia will return the villages to Azerbaijan.",
    ],
)
def test_announced_future_concession_is_agree(nlp: Language, text: str) -> None:
    evs = _factual(_events(nlp, text))
    assert evs and evs[0].type == "AGREE", [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hamas released the hostages on Friday.", "RETREAT"),
        ("The junta lifted the curfew in the capital.", "CONCEDE"),
        ("Serbia said it would not allow the refugees to return.", "REJECT"),
        ("The army said it would shell the rebel villages.", "THREATEN"),
    ],
)
def test_past_concessions_refusals_and_threats_are_unchanged(nlp: Language, text: str, type_: str) -> None:
    evs = _factual(_events(nlp, text))
    assert evs and evs[0].type == type_, [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "The junta will lift the curfew in the capital.",
        "The rebels said they would free the hostages.",
        "The army said it would withdraw its troops from the valley.",
        "The guerrillas announced they will hand over their weapons.",
        "Police said they would release the detained students.",
    ],
)
def test_a_commitment_by_an_unnamed_party_is_kept(nlp: Language, text: str) -> None:
    """The act its trigger names makes it specific, unlike a bare promise ("officials promised more help")."""
    evs = _factual(_events(nlp, text))
    assert evs and evs[0].type == "AGREE", [(e.type, e.trigger) for e in evs]


def test_a_bare_promise_by_an_unnamed_party_is_no_event(nlp: Language) -> None:
    assert not _events(nlp, "Officials promised more help.")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Veland will resign on Friday.",
        "President Tom Arlen said he would step down in March.",
    ],
)
def test_a_resignation_announced_for_the_future_has_not_happened(nlp: Language, text: str) -> None:
    """A future plan is kept with its modality, never recorded as a resignation that happened."""
    evs = _events(nlp, text)
    assert not [e for e in evs if e.type == "RETREAT" and e.modality in FACTUAL]


def test_a_resignation_refused_or_conditional_is_no_resignation(nlp: Language) -> None:
    evs = _events(nlp, "The Bolivian president said he would not resign.")
    assert not [e for e in evs if e.type == "RETREAT" and e.modality in FACTUAL]
    evs = _events(nlp, "The Bolivian president said he would resign if the congress asked him to.")
    assert not [e for e in evs if e.type == "RETREAT" and e.modality in FACTUAL]


@pytest.mark.parametrize(
    "text",
    [
        "The government and the rebels struck a deal to end the civil war.",
        "The government and the rebels reached an agreement to hold elections in June.",
        "The rebels and the army struck a deal to exchange prisoners.",
    ],
)
def test_an_agreement_by_unnamed_parties_naming_its_purpose_is_kept(nlp: Language, text: str) -> None:
    evs = _factual(_events(nlp, text))
    assert evs and evs[0].type in ("AGREE", "SUPPORT"), [(e.type, e.trigger) for e in evs]
