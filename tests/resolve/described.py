"""Helpers of the tests of described persons linked to named ones (kin, ranks, ages)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles
from tests.offsets import index_of


def run(nlp: Language, text: str) -> Article:
    """The processed article of ``text`` (published 2024-01-02)."""
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def entity_of(art: Article, text: str, nth: int = 0) -> str | None:
    """The entity name of the mention that is exactly the ``nth`` (from 0) occurrence of ``text``."""
    start = index_of(art.text, text, nth + 1)
    m = next((m for m in art.mentions if m.start == start and m.text == text), None)
    ent = art.entity(m.entity) if m is not None and m.entity else None
    return ent.name if ent is not None else None
