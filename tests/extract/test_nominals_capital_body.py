"""A body's role noun capitalised as press releases write it ("The Ministry has asked ..."), made-up
sentences: standing alone after "the" it refers back to the body named before, as the lowercase noun does;
a capitalised noun that begins a name ("the Ministry of Defence", "the Council Chamber") is none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles

CASES: list[tuple[str, str, str, str | None]] = [
    # (text, act trigger, type, name of the entity expected as the act's actor; None: no actor of that name)
    ("The Ministry of Foreign Affairs of Norvia condemns the attack on its embassy. The Ministry has asked "
     "the Teskar authorities to find those responsible.", "asked", "REQUEST", "Ministry of Foreign Affairs"),
    ("The Ministry of Foreign Affairs of Norvia condemns the attack on its embassy. The Ministry welcomes "
     "the swift response of the Teskar police.", "welcomes", "SUPPORT", "Ministry of Foreign Affairs"),
    ("The Norvian Foreign Ministry protested on Monday. The ministry also asked Teskar to recall its envoy.",
     "asked", "REQUEST", "Norvian Foreign Ministry"),
]


def _actors(nlp: Language, text: str, trigger: str, type_: str) -> set[str]:
    art = next(process_articles([Article.new(text, published="2025-02-11")], nlp))
    names = {e.id: e.name for e in art.entities}
    event = next(e for e in art.events if e.trigger == trigger and e.type == type_)
    return {names.get(p.entity, "") for p in event.participants if p.role == "actor"}


@pytest.mark.parametrize(("text", "trigger", "type_", "actor"), CASES)
def test_the_capitalised_body_is_the_body_named_before(nlp: Language, text: str, trigger: str, type_: str,
                                                       actor: str) -> None:
    assert actor in _actors(nlp, text, trigger, type_)


@pytest.mark.parametrize("text", [
    "The Ministry of Defence said on Monday that the talks had ended.",
    "Envoys met in the Council Chamber of Palvo on Monday.",
])
def test_a_capitalised_noun_beginning_a_name_is_no_nominal(nlp: Language, text: str) -> None:
    art = next(process_articles([Article.new(text, published="2025-02-11")], nlp))
    nominal = {m.text for m in art.mentions if m.kind == "NOM"}
    assert "The Ministry" not in nominal and "the Council" not in nominal
