"""Queries over a small hand-built store: entities, events (filters), quotes, timelines, name resolution."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import NotFoundError, QueryError
from newsgraph.model import Affiliation, Article, Title
from newsgraph.query import find_entities, list_entities, list_events, list_quotes, timeline
from newsgraph.query.events import day_bounds
from newsgraph.store import Store
from tests.store.factory import MUNIR, Ent, Ev, austin_call, blinken_meeting, build


def undated_note() -> Article:
    text = "Gen Asim Munir met Antony Blinken again, officials said. The date was not given."
    return build(text, ents=[MUNIR, Ent("Antony Blinken", "PERSON")], published="2024-01-10",
                 events=[Ev("met", participants=[("Asim Munir", "actor"), ("Antony Blinken", "recipient")])])


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        s.write_article(blinken_meeting("Outlet A"))
        s.write_article(blinken_meeting("Outlet B", extra="No details were given."))
        s.write_article(austin_call())
        s.write_article(undated_note())
        yield s


def test_entities_by_type_and_name(store: Store) -> None:
    people = list_entities(store, type="person")
    assert [p.name for p in people][:1] == ["Asim Munir"]  # the most-cited first
    assert {p.name for p in people} == {"Asim Munir", "Antony Blinken", "Lloyd Austin"}
    munir = people[0]
    assert (munir.articles, munir.mentions) == (4, 6)
    assert "the army chief" in munir.aliases
    assert [e.name for e in list_entities(store, name="WASH")] == ["Washington"]
    assert [e.name for e in list_entities(store, name="army chief")] == ["Asim Munir"]
    with pytest.raises(QueryError, match="unknown entity type 'ROBOT'"):
        list_entities(store, type="ROBOT")


@pytest.mark.parametrize("name", ["Asim Munir", "asim  MUNIR", "the army chief", "Munir", "munir asim"])
def test_names_resolve_through_names_and_aliases(store: Store, name: str) -> None:
    assert [e.name for e in find_entities(store, name)] == ["Asim Munir"]


def test_partial_words_do_not_match(store: Store) -> None:
    assert find_entities(store, "Muni") == []
    with pytest.raises(QueryError, match="empty name"):
        find_entities(store, " . ")


def test_events_merge_and_filters(store: Store) -> None:
    events = list_events(store)
    assert [(e.mode, e.date, len(e.reports)) for e in events] == [
        ("phone", "2023-10-04", 1), ("meeting", "2023-12-14", 2), ("meeting", None, 1)]
    meeting = events[1]
    assert [(p.name, p.role) for p in meeting.participants] == [("Asim Munir", "actor"),
                                                              ("Antony Blinken", "recipient")]
    assert meeting.place == "Washington"
    assert {r.source for r in meeting.reports} == {"Outlet A", "Outlet B"}
    report = meeting.reports[0]
    assert report.evidence.startswith("Army chief Gen Asim Munir met") and report.trigger == "met"
    assert [e.mode for e in list_events(store, since="2023-11")] == ["meeting"]
    assert [e.mode for e in list_events(store, until="2023-10-04")] == ["phone"]
    assert [e.mode for e in list_events(store, entity="Austin")] == ["phone"]
    assert list_events(store, type="assault") == []
    with pytest.raises(QueryError, match="bad date 'yesterday'"):
        list_events(store, since="yesterday")
    with pytest.raises(NotFoundError, match="no entity named 'Nobody'"):
        list_events(store, entity="Nobody")


def test_quotes_by_speaker(store: Store) -> None:
    quotes = list_quotes(store)
    assert [q.published for q in quotes] == ["2023-10-05", "2023-12-15", "2023-12-15"]
    by_munir = list_quotes(store, speaker="Asim Munir")
    assert [(q.speaker, q.speaker_text, q.text) for q in by_munir] == [
        ("Asim Munir", "the army chief", "The talks were useful,")] * 2
    assert [q.speaker for q in list_quotes(store, speaker="lloyd austin")] == ["Lloyd Austin"]
    with pytest.raises(NotFoundError, match="no speaker named 'Nobody'"):
        list_quotes(store, speaker="Nobody")


def test_unnamed_speakers_match_by_their_words() -> None:
    art = build("\"We engage widely,\" a State Department spokesperson said.",
                quotes=[("We engage widely,", "a State Department spokesperson", "say")])
    with Store.open(":memory:") as s:
        s.write_article(art)
        [q] = list_quotes(s, speaker="spokesperson")
        assert (q.speaker, q.speaker_entity_id) == ("a State Department spokesperson", None)


def test_timeline_is_dated_and_ordered(store: Store) -> None:
    tl = timeline(store, "Asim Munir")
    assert [e.name for e in tl.entities] == ["Asim Munir"]
    assert [(e.date, e.mode) for e in tl.entries] == [("2023-10-04", "phone"), ("2023-12-14", "meeting")]
    assert tl.undated == 1
    assert tl.to_dict()["entries"][1]["reports"][0]["source"] in ("Outlet A", "Outlet B")
    with pytest.raises(NotFoundError):
        timeline(store, "Nobody At All")


@pytest.mark.parametrize(("text", "bounds"), [("2023", ("2023-01-01", "2023-12-31")),
                                              ("2024-02", ("2024-02-01", "2024-02-29")),
                                              ("2023-12-14", ("2023-12-14", "2023-12-14"))])
def test_day_bounds(text: str, bounds: tuple[str, str]) -> None:
    assert day_bounds(text) == bounds


@pytest.mark.parametrize("text", ["2023-13", "14/12/2023", "2023-W50", ""])
def test_bad_day_bounds(text: str) -> None:
    with pytest.raises(QueryError):
        day_bounds(text)


def test_entity_titles_and_affiliations() -> None:
    art = blinken_meeting()
    art.entities[0].titles = [Title("Army chief", 0, 10, normalized="Chief of Army Staff")]
    art.entities[0].affiliation = Affiliation(country="PAK", organization_name="Pakistan Army")
    art.entities[1].country = "USA"
    with Store.open(":memory:") as s:
        s.write_article(art)
        munir, blinken = list_entities(s, type="PERSON")[:2]
        assert (munir.titles, munir.affiliations) == (["Chief of Army Staff"], ["Pakistan Army"])
        assert (blinken.titles, blinken.affiliations) == ([], ["USA"])
