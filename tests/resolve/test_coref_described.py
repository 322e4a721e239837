"""Descriptions that identify or sex a person: an apposed kin noun, a headline's bare blamed noun, a qualified
description told of a named person with the same words (coref_described)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Entity
from newsgraph.process import process_articles
from tests.resolve.test_coref_identified import _entity_at


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _texts(art: Article, ent: Entity) -> list[str]:
    return [m.text for m in (art.mention(x) for x in ent.mentions) if m is not None]


def test_apposed_kin_noun_is_a_mention_of_the_name(nlp: Language) -> None:
    art = _run(nlp, "Tobias Kerrigan allegedly struck Mara Velde, a 70-year-old grandmother, on Elm Street.")
    velde = next(e for e in art.entities if e.name == "Mara Velde")
    assert "a 70-year-old grandmother" in _texts(art, velde)


def test_headline_bare_noun_blamed_is_the_named_accused(nlp: Language) -> None:
    art = _run(nlp, "Springfield man charged in fatal crash\n"
                    "A Springfield man has been charged in a crash that killed a cyclist, police said.\n"
                    "Tobias Kerrigan, 31, was charged with vehicular manslaughter, police said.")
    kerrigan = next(e for e in art.entities if e.name == "Tobias Kerrigan")
    assert "Springfield man" in _texts(art, kerrigan)
    charged = [e for e in art.events if e.type == "ACCUSE"]
    assert charged and all(any(p.entity == kerrigan.id for p in e.participants) for e in charged)


def test_a_mother_of_five_is_the_named_mother_of_five(nlp: Language) -> None:
    text = ("Police charged two men with killing a Dorton mother of five on Friday.\n"
            "Neighbours said Ann Roe, 34, a mother of five, was walking home when she was shot.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "a Dorton mother") == _entity_at(art, text, "Ann Roe") is not None


def test_a_headline_description_before_the_name_identifies_her(nlp: Language) -> None:
    text = ("Trial opens in killing of Dorton mother of five, Ann Roe\n"
            "Two men went on trial on Monday, accused of killing a Dorton mother of five in 2019.\n"
            "The jury saw a video of the shooting.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "a Dorton mother") == _entity_at(art, text, "Ann Roe") is not None


def test_another_count_identifies_no_one(nlp: Language) -> None:
    text = ("Police charged two men with killing a Dorton mother of five on Friday.\n"
            "Neighbours said Ann Roe, 34, a mother of two, was walking home when she was shot.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "a Dorton mother") is None or (
        _entity_at(art, text, "a Dorton mother") != _entity_at(art, text, "Ann Roe"))
