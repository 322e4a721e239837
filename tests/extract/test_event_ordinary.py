"""Ordinary-news senses of conflict words: made-up sentences (extract/event_ordinary.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.event_codebook import codebook
from newsgraph.extract.event_ordinary import family_occasion, job_dealing, natural_agent, sports_sense
from newsgraph.model import FACTUAL


def _tok(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A strong earthquake struck the coast on Monday, killing 12 people.", "killing", True),
    ("The airliner crashed into the sea, killing all 150 passengers.", "killing", True),
    ("The gunman crashed the staff party, killing the manager.", "killing", False),
    ("Rebels attacked the village on Monday, killing 12 people.", "killing", False),
])
def test_natural_agent(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert natural_agent(_tok(nlp, text, word), codebook()) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The champion stopped the challenger in the ninth round to keep his title.", "stopped", True),
    ("The Hawks beat the Lions 24-17 on Sunday.", "beat", True),
    ("Police beat the protesters outside the parliament on Sunday.", "beat", False),
])
def test_sports_sense(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert sports_sense(_tok(nlp, text, word), codebook()) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The actor is in negotiations to direct the next film.", "negotiations", True),
    ("The club met the pitcher to persuade him to sign with the team.", "persuade", True),
    ("The two sides are in negotiations to sign a ceasefire.", "negotiations", False),
    ("The king said he was ready to host a meeting between the rivals.", "ready", False),
])
def test_job_dealing(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert job_dealing(_tok(nlp, text, word), codebook()) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("She was visiting a neighbour to welcome his new daughter-in-law to the family.", "welcome", True),
    ("Tom Vale visited his mother in Leeds on Monday.", "visited", True),
    ("The minister welcomed the President's wife in Leeds on Monday.", "welcomed", False),
    ("The minister welcomed the envoy in Leeds on Monday.", "welcomed", False),
])
def test_family_occasion(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert family_occasion(_tok(nlp, text, word)) is expected


def _types(nlp: Language, text: str) -> set[str]:
    """The types of the factual events of a text."""
    from newsgraph.model import Article
    from newsgraph.process import process_articles

    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return {e.type for e in art.events if e.modality in FACTUAL}


@pytest.mark.parametrize("text", [
    "A powerful earthquake hit the island of Korta on Monday, killing 9 people and injuring 40.",
    "Tom Ash stopped Ben Lee in the fifth round on Saturday to retain his heavyweight title.",
    "The Eagles beat the Bears 31-20 in Chicago on Sunday.",
    "Ann Ash is in negotiations to direct the sequel for Lumen Pictures.",
    "The Hawks have made a five-year offer to the pitcher Ben Lee.",
    "Tom Ash will host the Grammys next year, the Recording Academy said.",
    "Bytesoft promised a patch for the browser flaw on Tuesday.",
    "An undersea cable was severed off the coast on Tuesday.",
])
def test_ordinary_news_has_no_event(nlp: Language, text: str) -> None:
    assert not _types(nlp, text), text


@pytest.mark.parametrize(("text", "kind"), [
    ("Gunmen attacked the village of Korta on Monday, killing 9 people.", "ASSAULT"),
    ("Police beat protesters in the capital on Saturday.", "ASSAULT"),
    ("Iran severed ties with Canada on Friday.", "SANCTION"),
    ("Norway and Sweden held talks in Oslo on Monday to sign a border treaty.", "CONSULT"),
])
def test_conflict_news_keeps_its_event(nlp: Language, text: str, kind: str) -> None:
    assert kind in _types(nlp, text), text
