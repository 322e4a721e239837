"""The same ingest and the same questions on PostgreSQL and on SQLite give the same answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.engines.base import EngineOptions
from newsgraph.engines.dask import shard_task
from newsgraph.engines.ingest import ingest_items, load_shards
from newsgraph.model import Article
from newsgraph.query import list_entities, timeline
from newsgraph.query.dossier import dossier
from newsgraph.query.graph import entity_graph
from newsgraph.query.search import search
from newsgraph.store import Store
from tests.engines.corpus import ARTICLES, dump
from tests.store import pg

pytestmark = [pg.requires_pg, pytest.mark.postgres]


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg.fresh_schema()


def _articles() -> list[Article]:
    return [Article.new(a["text"], published=a["published"], source=a["source"], source_id=a["id"])
            for a in ARTICLES]


@pytest.fixture
def stores(pg_url: str) -> Iterator[tuple[Store, Store]]:
    with Store.open(pg_url) as pgs, Store.open(":memory:") as lite:
        for store in (pgs, lite):
            result = ingest_items(_articles(), store, EngineOptions(batch_size=4))
            assert result.report.stored == len(ARTICLES)
        yield pgs, lite


def test_ingest_stores_the_same_rows(stores: tuple[Store, Store]) -> None:
    pgs, lite = stores
    assert dump(pgs) == dump(lite)


def test_queries_answer_the_same(stores: tuple[Store, Store]) -> None:
    pgs, lite = stores
    assert list_entities(pgs) == list_entities(lite)
    assert timeline(pgs, "Asim Munir") == timeline(lite, "Asim Munir")
    assert dossier(pgs, "Asim Munir") == dossier(lite, "Asim Munir")
    assert entity_graph(pgs) == entity_graph(lite)
    assert entity_graph(pgs, entity="Asim Munir", since="2023-12") == entity_graph(lite, entity="Asim Munir",
                                                                                  since="2023-12")


def test_search_finds_the_same_articles(stores: tuple[Store, Store]) -> None:
    pgs, lite = stores
    for query in ("Blinken", "sovereignty", "court"):
        found = [{(h.kind, h.article_id, h.local_id) for h in search(s, query).items} for s in (pgs, lite)]
        assert found[0] == found[1] and found[0]


def test_shards_load_into_postgresql(tmp_path: Path, pg_url: str) -> None:
    rows = [a.to_dict() for a in _articles()]
    for index, start in enumerate(range(0, len(rows), 3)):
        shard_task(index, rows[start:start + 3], str(tmp_path), None, None)
    with Store.open(pg_url) as pgs, Store.open(":memory:") as lite:
        assert load_shards([tmp_path], pgs).report.stored == len(rows)
        ingest_items(_articles(), lite, EngineOptions(batch_size=3))
        assert dump(pgs) == dump(lite)


def test_cli_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(__import__("json").dumps(a) + "\n" for a in ARTICLES[:3]), encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(main, ["--db", pg_url, "ingest", str(src)])
    assert done.exit_code == 0, done.output
    assert "3 stored" in done.output
    again = runner.invoke(main, ["--db", pg_url, "ingest", str(src)])
    assert "3 duplicates skipped" in again.output
    shown = runner.invoke(main, ["--db", pg_url, "timeline", "Asim Munir", "--json"])
    assert shown.exit_code == 0 and "Blinken" in shown.output
