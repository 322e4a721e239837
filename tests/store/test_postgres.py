"""The PostgreSQL backend against a real server: same schema, same writes and reads as SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Article
from newsgraph.store import Store
from newsgraph.store.backend import open_backend
from newsgraph.store.migrate import current_version, latest_version
from newsgraph.store.postgres import PostgresBackend, adapt_ddl, redact, to_pyformat
from tests.conftest import requires_shared
from tests.store import pg


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg.fresh_schema()


def test_placeholders_are_translated_outside_literals() -> None:
    sql = "SELECT x FROM t WHERE a = ? AND b = '?' AND c LIKE '50%' AND d = 'it''s ?'"
    assert to_pyformat(sql) == "SELECT x FROM t WHERE a = %s AND b = '?' AND c LIKE '50%%' AND d = 'it''s ?'"


def test_real_columns_become_double_precision_in_ddl_only() -> None:
    assert adapt_ddl("CREATE TABLE t (c REAL)") == "CREATE TABLE t (c DOUBLE PRECISION)"
    assert adapt_ddl("SELECT 'REAL' FROM t") == "SELECT 'REAL' FROM t"


def test_passwords_are_not_shown() -> None:
    assert "secret" not in redact("postgresql://me:secret@db.example:5432/news")


def test_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open database postgresql://u:\*\*\*@127\.0\.0\.1:9/x"):
        PostgresBackend("postgresql://u:pw@127.0.0.1:9/x", connect_timeout=2)


@pg.requires_pg
@pytest.mark.postgres
def test_migrations_run_once_and_record_the_version(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        assert store.schema_version == latest_version()
        assert store.db.dialect == "postgresql"
    with Store.open(pg_url) as again:  # a second open finds the schema in place and changes nothing
        assert current_version(again.db) == latest_version()
        assert again.counts().articles == 0


@pg.requires_pg
@pytest.mark.postgres
def test_transaction_rolls_back_on_error(pg_url: str) -> None:
    db = open_backend(pg_url)
    try:
        db.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, c REAL)")
        with pytest.raises(StoreError), db.transaction():
            db.execute("INSERT INTO t (x, c) VALUES (?, ?)", (1, 0.1))
            with db.transaction():  # nested: joins the outer one
                db.execute("INSERT INTO t (x, c) VALUES (?, ?)", (1, 0.2))  # duplicate key
        assert db.query("SELECT COUNT(*) AS n FROM t") == [{"n": 0}]
        db.execute("INSERT INTO t (x, c) VALUES (?, ?)", (2, 0.1))
        assert db.query("SELECT c FROM t") == [{"c": 0.1}]  # a double, not a 4-byte float
    finally:
        db.close()


@pg.requires_pg
@pytest.mark.postgres
def test_copy_and_pipelined_inserts(pg_url: str) -> None:
    db = PostgresBackend(pg_url)
    try:
        db.execute("CREATE TABLE t (x INTEGER, s TEXT)")
        assert db.copy_rows("t", ["x", "s"], [(1, "a\tb"), (2, None), (3, "line\nbreak")]) == 3
        db.execute_many("INSERT INTO t (x, s) VALUES (?, ?)", [(4, "d"), (5, "50%")])
        rows = db.query("SELECT x, s FROM t ORDER BY x")
        assert [r["s"] for r in rows] == ["a\tb", None, "line\nbreak", "d", "50%"]
    finally:
        db.close()


@requires_shared
@pg.requires_pg
@pytest.mark.postgres
def test_store_round_trip_matches_sqlite(pg_url: str, processed_samples: dict[str, Article]) -> None:
    articles = list(processed_samples.values())
    with Store.open(pg_url) as pgs, Store.open(":memory:") as lite:
        for art in articles:
            assert pgs.write_article(art) and lite.write_article(art)
        assert not pgs.write_article(articles[0])  # same article again: skipped
        assert pgs.counts() == lite.counts()
        for art in articles:
            assert pgs.article(art.id) == lite.article(art.id)
            assert pgs.links(art.id) == lite.links(art.id)


@pg.requires_pg
@pytest.mark.postgres
def test_held_back_inserts_are_seen_by_reads_and_dropped_on_rollback(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        db = store.db
        assert isinstance(db, PostgresBackend)
        art = Article.new("Gen Asim Munir spoke on Thursday.")
        with db.transaction():
            store.write_article(art)
            db.execute("INSERT INTO timexes (article_id, local_id, start_char, end_char, type, value) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (art.id, "t9", 24, 32, "DATE", "2023-12-14"))
            assert db._pending  # held back...
            assert db.query("SELECT value FROM timexes WHERE article_id = ?", (art.id,)) == [
                {"value": "2023-12-14"}]  # ...but sent before a statement that reads the table
            assert not db._pending
        with pytest.raises(StoreError), db.transaction():
            db.execute("INSERT INTO timexes (article_id, local_id, start_char, end_char, type, value) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (art.id, "t10", 0, 3, "DATE", "2023"))
            db.execute("INSERT INTO articles (id) VALUES (?)", (art.id,))  # fails: rolls everything back
        assert not db._pending
        assert [r["local_id"] for r in db.query("SELECT local_id FROM timexes")] == ["t9"]


@pg.requires_pg
@pytest.mark.postgres
def test_the_event_keys_migration_indexes_what_the_writes_index(pg_url: str) -> None:
    from tests.store.test_event_linking import event_keys_rebuilt

    written, migrated = event_keys_rebuilt(pg_url)
    assert migrated == written and any(key == "t:killed:3" for key, _ in written)
