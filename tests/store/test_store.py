"""The store: migrations, round trips, idempotency, atomicity, cross-article linking and merging."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Affiliation, Article, Title
from newsgraph.resolve.identity import blocking_keys, local_entity
from newsgraph.store import Store, StoreCounts
from newsgraph.store import write as write_mod
from newsgraph.store.backend import SQLiteBackend
from newsgraph.store.linking import FACETS
from newsgraph.store.migrate import current_version, latest_version, migrations, statements
from tests.store.factory import MUNIR, Ent, Ev, austin_call, blinken_meeting, build


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "ng.db"
    with Store.open(path) as store:
        assert store.schema_version == latest_version() == migrations()[-1].version
        assert store.fetch("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
        assert store.fetch("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
    with Store.open(path) as again:  # reopening does not migrate twice
        assert len(again.fetch("SELECT * FROM schema_version")) == len(migrations())


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ng.db"
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version VALUES (999, 'future', 'x')")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="schema version 999, newer than this newsgraph knows"):
        Store.open(path)


def test_a_missing_folder() -> None:
    with pytest.raises(StoreError, match="folder no/such/dir does not exist"):
        Store.open("no/such/dir/ng.db")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some text, not SQLite " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store.open(path)


def test_migration_statements_split_at_line_ends() -> None:
    sql = migrations()[0].sql
    found = statements(sql)
    assert found[0].startswith("CREATE TABLE articles") and all(";" not in s for s in found)


def test_round_trip_keeps_every_fact() -> None:
    art = blinken_meeting()
    munir = art.entities[0]
    munir.titles = [Title("Army chief", 0, 10, normalized="Chief of Army Staff")]
    munir.affiliation = Affiliation(country="PAK", organization=None, organization_name="Pakistan Army")
    munir.country, munir.sector, munir.wikidata, munir.confidence = "PAK", "military", "Q123", 0.9
    art.mentions[0].reason = "full name"          # model fields without a column of their own ...
    munir.members = ["e2"]                        # ... come back through the row's extra JSON
    art.events[0].counts = {"killed": 2}
    art.events[0].participants[0].start, art.events[0].participants[0].end = 11, 25
    art.timexes[0].anchor = "dct"
    with Store.open(":memory:") as store:
        assert store.write_article(art)
        assert store.article(art.id) == art
        assert store.article("nope") is None


def test_writing_twice_changes_nothing() -> None:
    with Store.open(":memory:") as store:
        assert store.write_article(blinken_meeting())
        before = store.counts()
        assert not store.write_article(blinken_meeting())
        assert store.counts() == before == StoreCounts(
            articles=1, processed=1, entities=3, article_entities=3, mentions=4, timexes=1, quotes=1,
            events=1, event_reports=1)


def test_a_failed_write_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object) -> None:
        raise StoreError("disk on fire")

    with Store.open(":memory:") as store:
        store.write_article(austin_call())
        before = store.counts()
        monkeypatch.setattr(write_mod.rows, "report_row", explode)  # fails after entities/quotes are written
        with pytest.raises(StoreError, match="disk on fire"):
            store.write_article(blinken_meeting())
        assert store.counts() == before
        assert not store.has_article(blinken_meeting().id)
        assert not store.fetch("SELECT * FROM entities WHERE name = 'Antony Blinken'")


def test_bad_facts_are_a_store_error_and_roll_back() -> None:
    art = blinken_meeting()
    art.mentions.append(art.mentions[0])  # the same local id twice
    with Store.open(":memory:") as store:
        with pytest.raises(StoreError, match="UNIQUE constraint failed: mentions"):
            store.write_article(art)
        assert store.counts() == StoreCounts()


def test_entities_link_across_articles_with_reasons() -> None:
    with Store.open(":memory:") as store:
        store.write_article(blinken_meeting())
        store.write_article(austin_call())
        rows = store.fetch("SELECT e.name, COUNT(*) AS n, MAX(ae.link_reason) AS reason FROM entities e "
                           "JOIN article_entities ae ON ae.entity_id = e.id GROUP BY e.id ORDER BY e.name")
        assert [(r["name"], r["n"]) for r in rows] == [("Antony Blinken", 1), ("Asim Munir", 2),
                                                      ("Lloyd Austin", 1), ("Washington", 1)]
        assert rows[1]["reason"] == "same PERSON name 'Asim Munir'"
        aliases = {(r["alias"], r["kind"]) for r in store.fetch(
            "SELECT alias, kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.name = 'Asim Munir'")}
        assert aliases == {("Asim Munir", "NAM"), ("the army chief", "NOM")}


def test_same_name_different_type_stays_apart() -> None:
    a = build("Washington said Washington would help.", ents=[Ent("Washington", "GPE")])
    b = build("George Washington crossed. Washington was tired.", ents=[Ent("Washington", "PERSON")])
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        assert store.counts().entities == 2


def test_one_event_reported_twice_is_one_event() -> None:
    with Store.open(":memory:") as store:
        store.write_article(blinken_meeting("Outlet A"))
        store.write_article(blinken_meeting("Outlet B", extra="Officials gave no details."))
        store.write_article(austin_call())
        events = store.fetch("SELECT * FROM events ORDER BY date_value")
        assert [(e["mode"], e["date_value"], e["reports"]) for e in events] == [
            ("phone", "2023-10-04", 1), ("meeting", "2023-12-14", 2)]
        assert events[1]["merge_reason"].startswith("same CONSULT, shared participants E")
        assert events[1]["first_day"] == events[1]["last_day"] == "2023-12-14"
        parts = store.fetch("SELECT * FROM event_participants WHERE event_id = ?", (events[1]["id"],))
        assert len(parts) == 2
        reports = store.fetch("SELECT article_id, link_reason FROM event_reports WHERE event_id = ?",
                              (events[1]["id"],))
        assert len({r["article_id"] for r in reports}) == 2


def test_a_different_meeting_is_a_different_event() -> None:
    other = build("Gen Asim Munir met Lloyd Austin at the Pentagon on Wednesday.",
                  ents=[MUNIR, Ent("Lloyd Austin", "PERSON")], timexes=[("Wednesday", "2023-12-13")],
                  events=[Ev("met", participants=[("Asim Munir", "actor"), ("Lloyd Austin", "recipient")],
                             when="Wednesday")], published="2023-12-15")
    with Store.open(":memory:") as store:
        store.write_article(blinken_meeting())
        store.write_article(other)
        rows = store.fetch("SELECT merge_reason FROM events ORDER BY created_at")
        reasons = [r["merge_reason"] for r in rows]
        assert len(reasons) == 2 and "fewer than 2 shared participants" in reasons[1]


def test_links_articles_and_counts() -> None:
    a, b = blinken_meeting(), austin_call()
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        assert [x.id for x in store.articles()] == [b.id, a.id]  # by publication date
        links = store.links(a.id)
        assert set(links.entities) == {"e1", "e2", "e3"} and set(links.events) == {"v1"}
        assert links.entities["e1"] == store.links(b.id).entities["e1"]
        assert store.counts().to_dict()["articles"] == 2


def test_unprocessed_article_is_flagged() -> None:
    with Store.open(":memory:") as store:
        store.write_article(Article.new("Le ministre a parlé.", language="fr"), processed=False)
        assert store.counts().processed == 0
        assert store.fetch("SELECT language, processed FROM articles") == [{"language": "fr", "processed": 0}]


def test_every_blocking_key_is_kept_for_the_next_article() -> None:
    art = blinken_meeting()
    with Store.open(":memory:") as store:
        store.write_article(art)
        for ent in art.entities:
            gid = store.links(art.id).entities[ent.id]
            keys = {r["key"] for r in store.fetch("SELECT key FROM entity_keys WHERE entity_id = ?", (gid,))}
            assert keys == set(blocking_keys(local_entity(ent, art)))
        for facet in FACETS:  # whatever context identity gathers comes back with the candidates
            stored = store.fetch("SELECT value FROM entity_facets WHERE kind = ?", (facet,))
            gathered = {v for e in art.entities for v in getattr(local_entity(e, art), facet)}
            assert {r["value"] for r in stored} == gathered


def test_migration_3_finds_older_entities_by_their_names(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    db = SQLiteBackend(path)
    current_version(db)  # creates the schema_version table
    for mig in migrations()[:2]:
        with db.transaction():
            for stmt in statements(mig.sql):
                db.execute(stmt)
            db.execute("INSERT INTO schema_version VALUES (?, ?, 'then')", (mig.version, mig.name))
    db.execute("INSERT INTO entities (id, name, norm_name, type, created_at) "
               "VALUES ('E1', 'Asim Munir', 'asim munir', 'PERSON', 'then')")
    db.execute("INSERT INTO entity_aliases VALUES ('E1', 'gen asim munir', 'Gen Asim Munir', 'NAM')")
    db.close()
    with Store.open(path) as store:
        keys = {r["key"] for r in store.fetch("SELECT key FROM entity_keys WHERE entity_id = 'E1'")}
        assert keys == {"asim munir", "gen asim munir"}
        store.write_article(blinken_meeting())
        assert store.links(blinken_meeting().id).entities["e1"] == "E1"
