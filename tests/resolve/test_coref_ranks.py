"""An unnamed officer is the one ranked person named next to it (coref_ranks)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _entity_of(art: Article, text: str) -> str | None:
    start = art.text.index(text)
    m = next((m for m in art.mentions if m.start == start and m.text == text), None)
    ent = art.entity(m.entity) if m is not None and m.entity else None
    return ent.name if ent is not None else None


def test_an_officer_is_the_ranked_person_of_the_next_sentence(nlp: Language) -> None:
    text = ("The jury convicted Dale Ferris of the murder of a police officer in Riverton.\n"
            "Sgt. Paul Mendel, 41, was shot outside a warehouse in March 2019.\n"
            "Ferris will be sentenced in June.")
    art = _run(nlp, text)
    assert _entity_of(art, "a police officer") == "Paul Mendel"


def test_the_source_of_a_statement_is_not_the_officer(nlp: Language) -> None:
    text = ("An officer stopped Dale Ferris on the highway after he swerved twice.\n"
            "Ferris refused a breath test, said Officer Paul Mendel.")
    art = _run(nlp, text)
    assert _entity_of(art, "An officer") != "Paul Mendel"


def test_two_ranked_people_identify_no_one(nlp: Language) -> None:
    text = ("The jury convicted Dale Ferris of the murder of a police officer in Riverton.\n"
            "Sgt. Paul Mendel and Capt. Rita Osei were at the scene in March 2019.")
    art = _run(nlp, text)
    assert _entity_of(art, "a police officer") not in ("Paul Mendel", "Rita Osei")
