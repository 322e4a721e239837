"""Replacing a stored article's facts (Store.replace_article): in one transaction, on SQLite and PostgreSQL.

The articles are made up; an undated copy has undated events, the dated copy of the same text dates them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Article
from newsgraph.store import Store
from tests.store import pg
from tests.store.factory import Ent, Ev, build

TABLES = ("articles", "entities", "entity_aliases", "entity_keys", "entity_facets", "article_entities",
          "mentions", "timexes", "quotes", "events", "event_participants", "event_keys", "event_reports",
          "report_participants", "entity_decisions")
#: Columns that say when a row was written, not what it holds (and PostgreSQL's search column of quotes).
CLOCKS = {"ingested_at", "created_at", "updated_at", "search_words"}

VOSS = Ent("Mara Voss", "PERSON", ["Voss"])
TELLIK = Ent("Oren Tellik", "PERSON", ["Tellik"])
KARDEN = Ent("Karden", "GPE")
LIND = Ent("Ada Lind", "PERSON", ["Lind"])

TALKS = "Foreign minister Mara Voss met Oren Tellik in Karden on Thursday. Voss said the talks went well."
OTHER_TALKS = "Mara Voss held talks with Oren Tellik in Karden on Thursday, officials said."
UNRELATED = "Ada Lind opened a library in the old town. Lind said it would stay open late."


def talks(text: str = TALKS, published: str | None = None, source: str = "Outlet A") -> Article:
    """The meeting: undated without a publication date, on 2023-12-14 with one (published a day later)."""
    when = [("Thursday", "2023-12-14")] if published else [("Thursday", "XXXX-WXX-4")]
    art = build(text, ents=[VOSS, TELLIK, KARDEN], timexes=when, published=published, source=source,
                events=[Ev("met" if "met" in text else "talks", participants=[("Mara Voss", "actor"),
                                                                          ("Oren Tellik", "recipient")],
                           when="Thursday" if published else None, place="Karden")])
    return art


def library() -> Article:
    return build(UNRELATED, ents=[LIND], events=[Ev("opened", type="ENGAGE", mode=None,
                                                      participants=[("Ada Lind", "actor")])],
                 published="2023-11-02", source="Outlet C")


def dump(store: Store, skip: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (clock columns left out), sorted."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        rows = store.fetch(f"SELECT * FROM {table}")
        out[table] = sorted((tuple(sorted((k, v) for k, v in r.items() if k not in CLOCKS | skip))
                             for r in rows), key=repr)
    return out


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[pg.requires_pg, pytest.mark.postgres])])
def target(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "sqlite":
        yield ":memory:"
    else:
        yield from pg.fresh_schema()


def test_the_dated_copy_replaces_every_fact_as_if_stored_alone(target: str) -> None:
    undated, dated = talks(), talks(published="2023-12-15")
    assert undated.id == dated.id
    with Store.open(target) as store:
        assert store.write_article(undated)
        [before] = store.fetch("SELECT date_value FROM events")
        assert store.replace_article(dated)
        assert store.article(dated.id) == dated
        assert [r["date_value"] for r in store.fetch("SELECT date_value FROM events")] == ["2023-12-14"]
        assert before["date_value"] is None
        replaced = dump(store)
    with Store.open(":memory:") as alone:
        alone.write_article(dated)
        assert replaced == dump(alone)


def test_nothing_else_changes(target: str) -> None:
    undated, other = talks(), library()
    with Store.open(target) as store:
        store.write_article(other)
        store.write_article(undated)
        before = dump(store, skip=frozenset({"published"}))
        same_facts = Article.from_dict({**undated.to_dict(), "published": "2023-12-15"})
        assert store.replace_article(same_facts)
        assert dump(store, skip=frozenset({"published"})) == before
        assert store.stored_metadata(undated.id) is not None
        assert [r["published"] for r in store.fetch("SELECT published FROM articles ORDER BY source")] == [
            "2023-12-15", "2023-11-02"]


def test_a_shared_event_keeps_the_other_reports(target: str) -> None:
    first = talks(published="2023-12-15")
    other = talks(OTHER_TALKS, published="2023-12-15", source="Outlet B")
    with Store.open(target) as store:
        store.write_article(first)
        store.write_article(other)
        other_rows = store.fetch("SELECT * FROM event_reports WHERE article_id = ?", (other.id,))
        [event] = store.fetch("SELECT id, reports, date_value FROM events")
        assert (event["reports"], event["date_value"]) == (2, "2023-12-14")
        titled = Article.from_dict({**first.to_dict(), "title": "Talks in Karden"})
        assert store.replace_article(titled)
        assert store.fetch("SELECT * FROM event_reports WHERE article_id = ?", (other.id,)) == other_rows
        rows = store.fetch("SELECT id, reports, date_value, outlets FROM events")
        assert [(r["id"], r["reports"], r["date_value"]) for r in rows] == [(event["id"], 2, "2023-12-14")]
        assert rows[0]["outlets"] == '["Outlet A", "Outlet B"]'
        assert store.counts().entities == 3


def test_dating_links_the_event_to_another_article(target: str) -> None:
    other = talks(OTHER_TALKS, published="2023-12-15", source="Outlet B")
    with Store.open(target) as store:
        store.write_article(talks())
        store.write_article(other)
        assert [r["reports"] for r in store.fetch("SELECT reports FROM events")] == [1, 1]  # undated: apart
        store.replace_article(talks(published="2023-12-15"))
        rows = store.fetch("SELECT reports, date_value FROM events")
        assert [(r["reports"], r["date_value"]) for r in rows] == [(2, "2023-12-14")]
        [linked] = store.fetch("SELECT DISTINCT event_id FROM event_reports")
        assert linked["event_id"] == store.links(other.id).events["v1"]


def test_an_event_only_the_article_supported_goes_away(target: str) -> None:
    undated = talks()
    dated = talks(published="2023-12-15")
    dated.events = []  # the re-processed copy finds no event: the old one goes with its only report
    with Store.open(target) as store:
        store.write_article(library())
        store.write_article(undated)
        store.replace_article(dated)
        assert [r["type"] for r in store.fetch("SELECT type FROM events")] == ["ENGAGE"]
        assert store.fetch("SELECT COUNT(*) AS n FROM event_participants")[0]["n"] == 1


def test_an_event_other_articles_keep_is_rebuilt_from_their_reports(target: str) -> None:
    first = talks(published="2023-12-15")
    other = talks(OTHER_TALKS, published="2023-12-15", source="Outlet B")
    again = talks(published="2023-12-15")
    again.events[0].type, again.events[0].mode = "ENGAGE", None  # read anew as another event
    with Store.open(target) as store:
        store.write_article(first)
        store.write_article(other)
        [shared] = store.fetch("SELECT id FROM events")
        store.replace_article(again)
        rows = store.fetch("SELECT id, type, reports, outlets FROM events ORDER BY type")
        assert [(r["type"], r["reports"], r["outlets"]) for r in rows] == [
            ("CONSULT", 1, '["Outlet B"]'), ("ENGAGE", 1, '["Outlet A"]')]
        assert rows[0]["id"] == shared["id"]
        assert rows[1]["id"] != shared["id"]  # a fresh id: the one its old report made is taken
        found = store.fetch("SELECT key FROM event_keys WHERE event_id = ?", (shared["id"],))
        keys = {r["key"] for r in found}
        assert "w:held" in keys and "w:foreign" not in keys  # the wording of the remaining report only


def test_a_failure_midway_leaves_the_old_facts(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    undated = talks()
    with Store.open(target) as store:
        store.write_article(library())
        store.write_article(undated)
        before = dump(store)

        def broken(*args: object, **kwargs: object) -> None:
            raise StoreError("injected failure while linking events")

        monkeypatch.setattr("newsgraph.store.write.link_events", broken)
        with pytest.raises(StoreError, match="injected failure"):
            store.replace_article(talks(published="2023-12-15"))
        assert dump(store) == before
        assert store.article(undated.id) == undated


def test_replacing_an_article_not_stored_writes_it() -> None:
    with Store.open(":memory:") as store:
        assert not store.replace_article(talks())
        assert store.counts().articles == 1
