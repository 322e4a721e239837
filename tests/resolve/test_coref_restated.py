"""A lead's described subject is the person the next sentence names doing the same (coref_restated)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _entity_at(art: Article, text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    return next((m.entity for m in art.mentions if m.start == start), None)


def test_a_restated_passive_act_names_the_described_subject(nlp: Language) -> None:
    text = ("A local man has been charged in a fatal crash in Leeds on Friday, police said.\n"
            "Marcus Bell was charged with dangerous driving, the police said.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A local man") == _entity_at(art, text, "Marcus Bell")


def test_a_restated_active_act_names_the_described_subject(nlp: Language) -> None:
    text = ("A suspected gang leader has hanged himself in prison hours after his arrest.\n"
            "Officers said Tomas Varga, alleged head of a smuggling ring, hanged himself in his cell.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A suspected gang leader") == _entity_at(art, text, "Tomas Varga")


def test_another_act_of_the_named_person_identifies_no_one(nlp: Language) -> None:
    text = ("A local man has been injured in a fatal crash in Leeds on Friday, police said.\n"
            "Marcus Bell was charged with dangerous driving, the police said.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A local man") != _entity_at(art, text, "Marcus Bell")
