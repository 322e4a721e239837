"""Writing one article and all its facts (inside the caller's transaction) and reading it back.

>>> from newsgraph.store.backend import SQLiteBackend
>>> from newsgraph.store.migrate import migrate
>>> db = SQLiteBackend(":memory:"); _ = migrate(db)
>>> art = Article.new("Gen Asim Munir spoke.", published="2023-12-15")
>>> write_article(db, art, processed=True, now="2024-01-01T00:00:00+00:00")
>>> load_article(db, art.id) == art
True
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from typing import Any

from newsgraph.model import Article
from newsgraph.store import rows
from newsgraph.store.backend import Backend
from newsgraph.store.linking import link_entities, link_events

_NUM = re.compile(r"(\d+)")


def _insert(db: Backend, table: str, row: dict[str, Any]) -> None:
    """Insert one row (column names from our own code, values as parameters)."""
    cols = ", ".join(row)
    db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _insert_all(db: Backend, table: str, table_rows: list[dict[str, Any]]) -> None:
    """Insert rows of one table with one statement per set of columns (one call, not one per row)."""
    by_cols: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for row in table_rows:
        by_cols[tuple(row)].append(list(row.values()))
    for cols, values in by_cols.items():
        marks = ", ".join("?" * len(cols))
        db.execute_many(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", values)


def write_article(db: Backend, article: Article, *, processed: bool, now: str,
                  taken: AbstractSet[str] = frozenset()) -> None:
    """Write an article, link its entities and events to global ones, then write all its facts. New global
    rows get ids not in ``taken`` (:func:`newsgraph.store.linking.fresh_id`).

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.examples import example_article
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> write_article(db, example_article(), processed=True, now="2024-01-01T00:00:00+00:00")
    >>> [r["n"] for r in db.query("SELECT COUNT(*) AS n FROM mentions UNION ALL SELECT COUNT(*) FROM events")]
    [4, 1]
    """
    aid = article.id
    _insert(db, "articles", rows.article_row(article, now, processed))
    ents = link_entities(db, article, now, taken)
    _insert_all(db, "article_entities", [rows.entity_row(aid, e, ents[e.id].global_id, ents[e.id].reason,
                                                         ents[e.id].score) for e in article.entities])
    owner = {mid: e.id for e in article.entities for mid in e.mentions}
    _insert_all(db, "mentions", [rows.mention_row(aid, m, owner.get(m.id)) for m in article.mentions])
    _insert_all(db, "timexes", [rows.timex_row(aid, t) for t in article.timexes])
    globals_ = {local: link.global_id for local, link in ents.items()}
    _insert_all(db, "quotes", [rows.quote_row(aid, q, globals_) for q in article.quotes])
    evs = link_events(db, article, ents, now, taken)
    _insert_all(db, "event_reports", [rows.report_row(aid, v, evs[v.id].global_id, evs[v.id].reason,
                                                      evs[v.id].score) for v in article.events])
    _insert_all(db, "report_participants",
                [p for v in article.events for p in rows.participant_rows(aid, v, globals_)])


def natural_key(local_id: str) -> tuple[str, int]:
    """Sort key of a local id: ``m2`` before ``m10``.

    >>> sorted(["m10", "m2"], key=natural_key)
    ['m2', 'm10']
    """
    m = _NUM.search(local_id)
    return (local_id[: m.start()] if m else local_id, int(m[1]) if m else 0)


def _facts(db: Backend, table: str, article_id: str) -> list[dict[str, Any]]:
    found = db.query(f"SELECT * FROM {table} WHERE article_id = ?", (article_id,))
    return sorted(found, key=lambda r: natural_key(r["local_id"]))


def load_article(db: Backend, article_id: str) -> Article | None:
    """An article with all its facts, rebuilt from the tables (None when it is not stored).

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.examples import example_article
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> art = example_article()
    >>> write_article(db, art, processed=True, now="2024-01-01T00:00:00+00:00")
    >>> load_article(db, art.id) == art, load_article(db, "nope")
    (True, None)
    """
    found = db.query("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not found:
        return None
    art = rows.article_from_row(found[0])
    text = art.text
    art.mentions = [rows.mention_from_row(r, text) for r in _facts(db, "mentions", article_id)]
    members: dict[str, list[str]] = defaultdict(list)
    for m in art.mentions:
        if m.entity:
            members[m.entity].append(m.id)
    art.entities = [rows.entity_from_row(r, members[r["local_id"]])
                    for r in _facts(db, "article_entities", article_id)]
    art.timexes = [rows.timex_from_row(r, text) for r in _facts(db, "timexes", article_id)]
    art.quotes = [rows.quote_from_row(r, text) for r in _facts(db, "quotes", article_id)]
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in db.query("SELECT * FROM report_participants WHERE article_id = ?", (article_id,)):
        parts[p["local_event"]].append(p)
    art.events = [rows.event_from_row(r, parts[r["local_id"]])
                  for r in _facts(db, "event_reports", article_id)]
    return art


def global_links(db: Backend, article_id: str) -> dict[str, dict[str, str]]:
    """The global ids of an article's facts: ``{"entities": {local: global}, "events": {...}}``.

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.examples import example_article
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> art = example_article()
    >>> write_article(db, art, processed=True, now="2024-01-01T00:00:00+00:00")
    >>> links = global_links(db, art.id)
    >>> sorted(links["entities"]), list(links["events"])
    (['e1', 'e2', 'e3'], ['v1'])
    """
    ents = db.query("SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,))
    evs = db.query("SELECT local_id, event_id FROM event_reports WHERE article_id = ?", (article_id,))
    return {"entities": {r["local_id"]: r["entity_id"] for r in ents},
            "events": {r["local_id"]: r["event_id"] for r in evs}}
