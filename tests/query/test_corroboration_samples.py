"""One meeting reported by two outlets is one event with two reports from two outlets; timelines list only
what happened. Runs the full pipeline on the shared samples and on a rewritten second report."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article
from newsgraph.process import process_articles
from newsgraph.query.events import list_events, timeline
from newsgraph.query.rows import EventRow
from newsgraph.store import Store
from tests.conftest import requires_shared

#: Another outlet's report of the Munir-Blinken meeting, in its own words (published the day after).
REWRITE = (
    "Pakistan's army chief General Asim Munir held talks with Secretary of State Antony Blinken at the "
    "State Department on Thursday, officials from both countries said. The two discussed regional security "
    "and counter-terrorism cooperation, according to a statement. Asked whether Blinken would visit "
    "Islamabad next year, a spokesman declined to comment."
)


def _rewrite(nlp: Language) -> Article:
    art = Article.new(REWRITE, source="Example Wire", published="2023-12-15")
    return next(iter(process_articles([art], nlp)))


def _copies(articles: list[Article]) -> list[Article]:
    return [Article.from_dict(a.to_dict()) for a in articles]


def _meetings(store: Store) -> list[EventRow]:
    """Factual CONSULT events in which both Munir and Blinken take part."""
    return [ev for ev in list_events(store, entity="Asim Munir", type="CONSULT")
            if ev.modality in FACTUAL and any(p.name == "Antony Blinken" for p in ev.participants)]


def _state(store: Store) -> tuple[object, ...]:
    events = store.fetch("SELECT id, date_value, reports, merge_reason FROM events ORDER BY id")
    links = store.fetch("SELECT article_id, local_id, event_id, link_reason FROM event_reports "
                        "ORDER BY article_id, local_id")
    return store.counts(), [tuple(r.values()) for r in events], [tuple(r.values()) for r in links]


@requires_shared
def test_a_rewritten_second_report_is_the_same_meeting(nlp: Language,
                                                      processed_samples: dict[str, Article]) -> None:
    inputs = [*processed_samples.values(), _rewrite(nlp)]
    with Store.open(":memory:") as store:
        for art in _copies(inputs):
            assert store.write_article(art)
        [meeting] = _meetings(store)
        assert meeting.date == meeting.first_day == meeting.last_day == "2023-12-14"
        assert (meeting.num_reports, meeting.num_outlets) == (2, 2)
        assert meeting.outlets == ["Dawn", "Example Wire"]
        before = _state(store)
        for art in _copies(inputs):
            assert not store.write_article(art)
        assert _state(store) == before
    with Store.open(":memory:") as fresh:
        for art in _copies(inputs):
            fresh.write_article(art)
        assert _state(fresh) == before


@requires_shared
def test_the_timeline_lists_only_what_happened(processed_samples: dict[str, Article]) -> None:
    with Store.open(":memory:") as store:
        for art in _copies(list(processed_samples.values())):
            store.write_article(art)
        every = list_events(store, entity="Asim Munir")
        assert any(ev.modality not in FACTUAL for ev in every), "the samples hold a question about Munir"
        tl = timeline(store, "Asim Munir")
        assert tl.entries and all(ev.modality in FACTUAL for ev in tl.entries)
        assert {ev.id for ev in tl.entries} == {ev.id for ev in every
                                                if ev.modality in FACTUAL and ev.first_day}
