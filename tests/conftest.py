"""Shared fixtures: one spaCy pipeline per test session, and the marker for the shared data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.config import shared_dir
from newsgraph.model import Article
from newsgraph.nlp import build_pipeline

SHARED = shared_dir()
SAMPLES = SHARED / "samples" / "articles.jsonl"

#: Tests that read the shared samples or corpora in place. They run in CI (where the folder is always
#: beside the clone); elsewhere they are skipped with this visible reason when it is absent.
requires_shared = pytest.mark.skipif(
    not SHARED.exists() and not os.environ.get("CI"),
    reason=f"shared data folder {SHARED} is absent",
)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full newsgraph pipeline, loaded once per test session."""
    return build_pipeline()


@pytest.fixture(scope="session")
def sample_articles() -> list[Article]:
    """The two shared sample articles, unprocessed (ids are the hash of their text)."""
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article.new(r["text"], source=r.get("source"), published=r.get("published"),
                        source_id=r.get("id")) for r in rows]


@pytest.fixture(scope="session")
def processed_samples(nlp: Language, sample_articles: list[Article]) -> dict[str, Article]:
    """The two samples after the full pipeline, keyed by their source id (``000_...``, ``004_...``)."""
    from newsgraph.process import process_articles

    fresh = [Article.from_dict(a.to_dict()) for a in sample_articles]
    return {a.source_id or a.id: a for a in process_articles(fresh, nlp)}


def shared_path(*parts: str) -> Path:
    """A path inside the shared data folder."""
    return SHARED.joinpath(*parts)
