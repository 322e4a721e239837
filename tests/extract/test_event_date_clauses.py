"""Clause-level time relations (``extract/event_date_clauses.py``) on parsed made-up sentences."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newsgraph.extract.event_date_clauses import future, open_start, sequel, tense, tenses_differ
from newsgraph.model import Article, Timex
from newsgraph.nlp.pipeline import doc_for


def _tok(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(doc_for(nlp, Article.new(text, published="2023-12-15")))
    return next(t for t in doc if t.text == word)


def test_tenses_sequels_and_futures(nlp: Language) -> None:
    owns = _tok(nlp, "The group owns the mine and bought the smelter.", "owns")
    bought = next(t for t in owns.doc if t.text == "bought")
    assert (tense(owns), tense(bought), tenses_differ(owns, bought)) == ("present", "past", True)
    assert sequel(_tok(nlp, "He was arrested and later released.", "released"))
    assert future(_tok(nlp, "The cuts will hit a tenth.", "hit"))


def test_from_opens_a_range_only_with_its_end(nlp: Language) -> None:
    year = Timex("t1", 0, 4, "2008", "DATE", "2008")
    prep = _tok(nlp, "Profits rose from 2008.", "from")
    assert open_start(prep, year)
    prep = _tok(nlp, "Police patrolled from Monday to Wednesday.", "from")
    assert not open_start(prep, year)
