"""An object put after the "as" of its predicate ("dismissed as baseless Chilean charges") is still the verb's
object for the trigger's object conditions (``event_syntax.shifted_objects``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    return next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events


@pytest.mark.parametrize(
    "text",
    [
        "Lima dismissed as baseless Chilean charges that it was hiding missiles.",
        "Bolivia dismissed as groundless Peruvian accusations of drug smuggling.",
        "Iran dismissed as baseless the allegations by Israel.",
        "Cuba dismissed as absurd American claims that it trains militants.",
        "Belgrade dismissed as unrealistic the Western proposal for autonomy.",
        "Moscow dismissed as ridiculous British allegations of cyber attacks.",
        "Kenya dismissed as false the report by Human Rights Watch.",
        "The junta dismissed as meaningless the EU plan for sanctions.",
    ],
)
def test_shifted_object_of_a_dismissal(nlp: Language, text: str) -> None:
    evs = _events(nlp, text)
    assert evs and evs[0].type == "REJECT", [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text", ["Ahmed Khan served as chief negotiator.", "Maria Ruiz worked as foreign minister."]
)
def test_a_role_after_as_is_no_object(nlp: Language, text: str) -> None:
    assert not _events(nlp, text)
