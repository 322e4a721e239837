"""User decisions on identity: explain, merge, split and undo, each reversible row for row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import NotFoundError, QueryError
from newsgraph.model import Article
from newsgraph.store import Store
from newsgraph.store.identity_ops import decisions, explain, merge, resolve_entity, split, undo
from tests.conftest import requires_shared

_TABLES = ("entities", "entity_aliases", "entity_keys", "entity_facets", "article_entities", "quotes",
           "event_participants", "report_participants", "events")


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(tuple(r) for r in store.fetch(f"SELECT * FROM {t}")) for t in _TABLES}


@pytest.fixture()
def store(processed_samples: dict[str, Article]) -> Iterator[Store]:
    with Store.open(":memory:") as s:
        for art in processed_samples.values():
            s.write_article(Article.from_dict(art.to_dict()))
        yield s


@requires_shared
def test_explain_lists_every_article_and_reason(store: Store) -> None:
    munir = resolve_entity(store.db, "Asim Munir")
    info = explain(store.db, munir["id"])
    assert len({link["article_id"] for link in info.links}) == 2
    assert all(link["link_reason"] for link in info.links)
    assert ("Asim Munir", "NAM") in info.aliases
    assert any(k.startswith("~p:") for k in info.keys)


@requires_shared
def test_merge_then_undo_restores_every_row(store: Store) -> None:
    before = _snapshot(store)
    miller = resolve_entity(store.db, "Matthew Miller")
    west = resolve_entity(store.db, "Tom West")
    d = merge(store.db, miller["id"], west["id"], note="test")
    assert store.fetch("SELECT COUNT(*) AS n FROM entities WHERE id = ?", (west["id"],))[0]["n"] == 0
    assert store.fetch("SELECT COUNT(*) AS n FROM article_entities WHERE entity_id = ? AND name = 'Tom West'",
                       (miller["id"],))[0]["n"] == 1
    assert decisions(store.db)[0].id == d.id
    undo(store.db, d.id)
    after = _snapshot(store)
    assert after == before
    with pytest.raises(QueryError, match="already undone"):
        undo(store.db, d.id)


@requires_shared
def test_split_then_undo(store: Store) -> None:
    before = _snapshot(store)
    munir = resolve_entity(store.db, "Asim Munir")
    article = store.fetch("SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id",
                          (munir["id"],))[0]["article_id"]
    d = split(store.db, munir["id"], article)
    sql = "SELECT DISTINCT article_id FROM article_entities WHERE entity_id = ?"
    linked = store.fetch(sql, (munir["id"],))
    assert [r["article_id"] for r in linked] != [article] and len(linked) == 1
    assert [r["article_id"] for r in store.fetch(sql, (d.other_id,))] == [article]
    undo(store.db, d.id)
    assert _snapshot(store) == before


@requires_shared
def test_clear_errors(store: Store) -> None:
    with pytest.raises(NotFoundError):
        resolve_entity(store.db, "Nobody At All")
    with pytest.raises(QueryError, match="same entity"):
        merge(store.db, "Asim Munir", "Asim Munir")
    with pytest.raises(QueryError, match="cannot merge"):
        merge(store.db, "Asim Munir", "Pakistan")
    with pytest.raises(NotFoundError):
        undo(store.db, "D0")
