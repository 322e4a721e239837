"""Nominal descriptions of people with a place or nationality among their modifiers (made-up sentences): the
place is one modifier of the description, which still names the person the article names later."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _article(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2010-05-05")], nlp))


def test_an_aged_description_with_a_town_is_the_person_named_later(nlp: Language) -> None:
    art = _article(nlp, "Police say a 42-year-old Bristol man stabbed his neighbour in a garden. "
                        "Tom Ashby, 42, was arrested on Tuesday.")
    person = next(e for e in art.entities if e.name == "Tom Ashby")
    texts = [m.text for mid in person.mentions if (m := art.mention(mid)) is not None]
    assert "a 42-year-old Bristol man" in texts
    stab = next(e for e in art.events if e.trigger == "stabbed")
    assert [p.entity for p in stab.participants if p.role == "actor"] == [person.id]


def test_a_town_and_state_between_the_article_and_the_noun_stay_in_the_description(nlp: Language) -> None:
    art = _article(nlp, "A hearing was set for Monday for a Springfield, Ohio man accused of killing two "
                        "neighbours. Tom Parks, 41, faces murder charges.")
    mentions = [m for m in art.mentions if m.kind == "NOM" and m.type == "PERSON"]
    assert "a Springfield, Ohio man" in [m.text for m in mentions]
    parks = next(e for e in art.entities if e.name == "Tom Parks")
    killing = next(e for e in art.events if e.type == "ASSAULT")
    assert [p.entity for p in killing.participants if p.role == "actor"] == [parks.id]


def test_a_participle_tagged_as_a_past_tense_stays_in_the_description(nlp: Language) -> None:
    art = _article(nlp, "A recently fired employee of a Canadian software company crashed a party in "
                        "Toronto, killing the company's founder, police said.")
    assert "A recently fired employee" in [m.text for m in art.mentions if m.kind == "NOM"]
    killing = next(e for e in art.events if e.type == "ASSAULT")
    actors = [p.entity for p in killing.participants if p.role == "actor"]
    assert [art.entity(a).type for a in actors if a is not None] == ["PERSON"]
