"""Helpers shared by the event tests: process one made-up text, name an event's participants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from spacy.language import Language

from newsgraph.extract.event_args import ArticleIndex
from newsgraph.model import Article, Event
from newsgraph.nlp.pipeline import doc_for
from newsgraph.process import process_articles


def events(nlp: Language, text: str) -> tuple[Article, list[Event]]:
    """The processed article of a text published on 2023-12-15, and its events."""
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    return art, art.events


def names(art: Article, ev: Event, role: str) -> set[str]:
    """The names of an event's participants in one role."""
    return {ent.name for p in ev.participants if p.role == role and (ent := art.entity(p.entity)) is not None}


def indexed(nlp: Language, text: str, published: str = "2023-12-15") -> ArticleIndex:
    """The event stage's index of a text parsed by the pipeline (its Doc is ``.doc``)."""
    doc = nlp(doc_for(nlp, Article.new(text, published=published)))
    return ArticleIndex.build(doc, doc._.ng)


def swept(cases: Sequence[Any], gaps: Mapping[str, str], key: str = "construction") -> list[Any]:
    """A sweep's cases as parameters, each named in ``gaps`` (by its ``key`` field) marked as a strict
    expected failure with its cause."""
    marked = {name: pytest.mark.xfail(reason=why, strict=True) for name, why in gaps.items()}
    return [pytest.param(c, marks=marked[getattr(c, key)]) if getattr(c, key) in marked else c for c in cases]
