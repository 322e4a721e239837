"""A quote whose statement day is only partly known ("2010-XX-XX") is not anchored on it; no crash."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.evaluate.gold import load_document
from newsgraph.model import Article
from newsgraph.process import process_articles
from tests.conftest import requires_shared


@requires_shared
@pytest.mark.parametrize("ref", ["ecbplus:2_11ecb", "ecbplus:4_1ecb", "ecbplus:9_7ecb"])
def test_partly_known_statement_day_is_no_anchor(nlp: Language, ref: str) -> None:
    fresh = Article.from_dict(load_document(ref).to_dict())
    (done,) = process_articles([fresh], nlp)
    assert done.timexes, "the article's dates are still found"
    assert all(t.anchor != "quote" or t.value[:4].isdigit() for t in done.timexes)
