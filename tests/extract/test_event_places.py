"""Places the text puts one inside the other agree (extract/event_places.py)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.event_places import placed_within
from newsgraph.model import Article, Mention
from newsgraph.process import process_articles


def test_a_square_the_text_places_in_a_city_is_within_it() -> None:
    art = Article.new("a shop near Rowan Square in northern Leeds")
    art.mentions = [Mention("m1", 12, 24, "Rowan Square", "FAC", "NAM", "e1"),
                    Mention("m2", 37, 42, "Leeds", "GPE", "NAM", "e2")]
    assert placed_within(art, "e1", "e2")
    assert not placed_within(art, "e2", "e1")


def test_places_merely_listed_are_not_within_each_other() -> None:
    art = Article.new("Leeds and York")
    art.mentions = [Mention("m1", 0, 5, "Leeds", "GPE", "NAM", "e1"),
                    Mention("m2", 10, 14, "York", "GPE", "NAM", "e2")]
    assert not placed_within(art, "e1", "e2")


def test_reports_placed_at_a_square_and_in_its_city_are_one_raid(nlp: Language) -> None:
    text = ("Raiders smashed a van into a jewellery shop near Rowan Square in central Leeds on Monday.\n"
            "Four men rammed their van into the Garnet store in central Leeds on Monday, police said.")
    art = next(process_articles([Article.new(text, published="2023-12-18")], nlp))
    raids = [e for e in art.events if e.type == "ASSAULT"]
    assert len(raids) == 1


def test_a_place_inside_the_governing_phrase_is_no_actor(nlp: Language) -> None:
    text = "Smuggling in the Caspian Sea has been on the rise, with several hijackings of tankers this year."
    art = next(process_articles([Article.new(text, published="2024-01-02")], nlp))
    for ev in art.events:
        names = [e.name for p in ev.participants
                 if p.role == "actor" and (e := art.entity(p.entity)) is not None]
        assert "Caspian Sea" not in names
