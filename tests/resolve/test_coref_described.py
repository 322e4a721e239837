"""Descriptions that identify or sex a person: an apposed kin noun, a headline's bare blamed noun."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Entity
from newsgraph.process import process_articles


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
