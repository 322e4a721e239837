"""A sentence passed by authorities, or to death, life or prison whoever passes it, is SANCTION/convict."""

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
        "Peruvian authorities sentenced a student leader to 12 years in prison.",
        "Iranian authorities sentenced Tenzin Delek to death.",
        "Egypt sentenced 12 Muslim Brotherhood members to life in prison.",
        "Saudi Arabia sentenced a Canadian blogger to 1,000 lashes.",
        "Vietnamese authorities sentenced Nguyen Van Ly to eight years.",
        "Belarus sentenced the opposition leader Pavel Ivanov to prison.",
        "A Peruvian court sentenced a student leader to 12 years in prison.",
    ],
)
def test_a_sentence_is_a_conviction(nlp: Language, text: str) -> None:
    evs = _events(nlp, text)
    assert evs and evs[0].type == "SANCTION" and evs[0].mode == "convict", [(e.type, e.trigger) for e in evs]


def test_a_sentence_read_aloud_is_no_conviction(nlp: Language) -> None:
    evs = _events(nlp, "The teacher read a sentence to the Uzbek pupils.")
    assert not [e for e in evs if e.type == "SANCTION"]
