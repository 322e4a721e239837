"""A sweep of cross-article merging: made-up pairs (and triples) of short news reports, each with its own
publication date and outlet, processed by the full pipeline and stored one after the other in a fresh
SQLite store; the reports of the act (the event whose trigger holds the case's word in each article) must
be as many stored events as the case says: one for reports of one occurrence told differently (relative
dates, an undated report, names and descriptions, a country and its capital or government, "met" and
"held talks", a toll that rises, a place at two levels, a headline), more for look-alikes (the same city
on other days, the same leaders a month apart, a meeting and a call, an arrest and a conviction, the same
day in other cities, a threat and its attack). The cases are in ``merge_sweep_cases.py``; the rules in
docs/events-codebook.md, "Cross-article merging"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles
from newsgraph.store import Store
from tests.resolve.merge_sweep_cases import CASES, Case

#: Probes the rules cannot get right yet, with the cause (label -> reason).
LIMITS: dict[str, str] = {}


def stored_events(nlp: Language, case: Case) -> list[str | None]:
    """The stored event of each report of a case (None: no event of the article has the word in its
    trigger), the articles written to a fresh store in the case's order."""
    arts = [Article.new(r.text, published=r.published, source=r.outlet) for r in case.reports]
    done = list(process_articles(arts, nlp))
    out: list[str | None] = []
    with Store.open(":memory:") as store:
        for art in done:
            store.write_article(art)
        for art, rep in zip(done, case.reports, strict=True):
            rows = store.fetch("SELECT event_id, trigger_text FROM event_reports WHERE article_id = ? "
                               "ORDER BY start_char", (art.id,))
            hit = next((r["event_id"] for r in rows if rep.word in (r["trigger_text"] or "")), None)
            out.append(hit)
    return out


def _marked(case: Case) -> object:
    reason = LIMITS.get(case.label)
    return pytest.param(case, id=case.label, marks=[pytest.mark.xfail(strict=True, reason=reason)]
                        if reason else [])


@pytest.mark.parametrize("case", [_marked(c) for c in CASES])
def test_merge_sweep(nlp: Language, case: Case) -> None:
    got = stored_events(nlp, case)
    assert None not in got, f"no event with the trigger word in some report: {got}"
    assert len(set(got)) == case.events, f"stored events {got}"


def test_labels_are_unique_and_limits_name_cases() -> None:
    labels = [c.label for c in CASES]
    assert len(labels) == len(set(labels))
    assert set(LIMITS) <= set(labels)
