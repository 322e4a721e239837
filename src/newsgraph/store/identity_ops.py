"""User decisions on cross-article identity: explain why articles were linked to an entity, merge two global
entities, split an article's entity off, and undo any of these. Every decision is recorded in
``entity_decisions`` with what it moved, so ``undo`` puts every row back.

Rows pointing at a global entity: ``article_entities``, ``quotes`` (speaker, addressee), ``events`` (place),
``event_participants`` and ``report_participants``; names, keys and facets of the entity follow it.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     decisions(store.db)
[]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from newsgraph.errors import NotFoundError, QueryError
from newsgraph.resolve.identity import normalize_name
from newsgraph.store.backend import Backend, placeholders

#: (table, column, key columns) of every row that names a global entity.
REFS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("article_entities", "entity_id", ("article_id", "local_id")),
    ("quotes", "speaker_entity_id", ("article_id", "local_id")),
    ("quotes", "addressee_entity_id", ("article_id", "local_id")),
    ("events", "place_entity_id", ("id",)),
    ("report_participants", "entity_id", ("article_id", "local_event", "position")),
)
_OWNED = (("entity_aliases", ("norm_alias", "alias", "kind")), ("entity_keys", ("key",)),
          ("entity_facets", ("kind", "value")))


@dataclass(slots=True)
class Decision:
    """One recorded decision: merge (``other`` into ``entity``) or split (``other`` off ``entity``)."""

    id: str
    kind: str
    entity_id: str
    other_id: str
    note: str | None = None
    created_at: str = ""
    undone_at: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (without the undo detail)."""
        out = asdict(self)
        out.pop("detail")
        return out


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def resolve_entity(db: Backend, ref: str) -> dict[str, Any]:
    """The one global entity an id or name refers to; a clear error when none or several do.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     found = resolve_entity(store.db, "munir")
    ...     resolve_entity(store.db, "Lloyd Austin")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no entity with id or name 'Lloyd Austin'
    >>> found["name"], found["type"]
    ('Asim Munir', 'PERSON')
    """
    rows = db.query("SELECT * FROM entities WHERE id = ?", (ref,))
    if not rows:
        norm = normalize_name(ref)
        rows = db.query("SELECT * FROM entities WHERE norm_name = ? OR id IN (SELECT entity_id FROM "
                        "entity_aliases WHERE norm_alias = ? AND kind = 'NAM') ORDER BY id", (norm, norm))
    if not rows:
        raise NotFoundError(f"no entity with id or name {ref!r}")
    if len(rows) > 1:
        listed = ", ".join(f"{r['id']} ({r['name']}, {r['type']})" for r in rows)
        raise QueryError(f"{ref!r} names several entities: {listed}; use an id")
    return dict(rows[0])


def _refs_to(db: Backend, entity_id: str, where: str = "",
             params: tuple[Any, ...] = ()) -> dict[str, list[Any]]:
    """Keys of the rows pointing at an entity, per ``table.column`` (optionally narrowed by ``where``)."""
    out: dict[str, list[Any]] = {}
    for table, col, keys in REFS:
        cond = f"{col} = ?" + (f" AND {where}" if where and "article_id" in keys else "")
        if where and "article_id" not in keys:
            continue
        rows = db.query(f"SELECT {', '.join(keys)} FROM {table} WHERE {cond}", (entity_id, *params))
        out[f"{table}.{col}"] = [[r[k] for k in keys] for r in rows]
    return out


def _repoint(db: Backend, refs: dict[str, list[Any]], to: str) -> None:
    for table, col, keys in REFS:
        for key in refs.get(f"{table}.{col}", []):
            cond = " AND ".join(f"{k} = ?" for k in keys)
            db.execute(f"UPDATE {table} SET {col} = ? WHERE {cond}", (to, *key))


def _record(db: Backend, d: Decision) -> Decision:
    db.execute("INSERT INTO entity_decisions (id, kind, entity_id, other_id, note, detail, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               (d.id, d.kind, d.entity_id, d.other_id, d.note, json.dumps(d.detail), d.created_at))
    return d


def _decision_id(*parts: str) -> str:
    return "D" + hashlib.sha256("/".join(parts).encode()).hexdigest()[:10]


def _owned_rows(db: Backend, entity_id: str) -> dict[str, list[list[Any]]]:
    out: dict[str, list[list[Any]]] = {}
    for table, cols in _OWNED:
        rows = db.query(f"SELECT {', '.join(cols)} FROM {table} WHERE entity_id = ?", (entity_id,))
        out[table] = [[r[c] for c in cols] for r in rows]
    return out


def _copy_owned(db: Backend, rows: dict[str, list[list[Any]]], to: str) -> dict[str, list[list[Any]]]:
    """Give ``to`` the names, keys and facets in ``rows``; return those it did not have before."""
    added: dict[str, list[list[Any]]] = {}
    mine = _owned_rows(db, to)
    for table, cols in _OWNED:
        for row in rows.get(table, []):
            if row in mine[table] or (table == "entity_aliases" and row[0] in {r[0] for r in mine[table]}):
                continue
            db.execute(f"INSERT INTO {table} (entity_id, {', '.join(cols)}) "
                       f"VALUES (?, {placeholders(len(cols))})", (to, *row))
            added.setdefault(table, []).append(row)
    return added


def _participants(db: Backend, entity_id: str) -> list[list[Any]]:
    return [[r["event_id"], r["role"]] for r in db.query(
        "SELECT event_id, role FROM event_participants WHERE entity_id = ?", (entity_id,))]


def _move_participants(db: Backend, rows: list[list[Any]], src: str, dst: str) -> list[list[Any]]:
    """Move event participation rows from ``src`` to ``dst``; return the rows ``dst`` did not have."""
    have = _participants(db, dst)
    added = [r for r in rows if r not in have]
    for event_id, role in added:
        db.execute("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?)",
                   (event_id, dst, role))
    for event_id, role in rows:
        db.execute("DELETE FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?",
                   (event_id, src, role))
    return added


def merge(db: Backend, keep: str, other: str, note: str | None = None) -> Decision:
    """Merge global entity ``other`` into ``keep`` (ids or names): every row follows; ``other`` is removed.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     d = merge(store.db, "Asim Munir", "Antony Blinken", note="one person")
    ...     [r["name"] for r in store.fetch("SELECT name FROM entities WHERE type = 'PERSON'")]
    ['Asim Munir']
    >>> d.kind, d.note
    ('merge', 'one person')
    """
    a, b = resolve_entity(db, keep), resolve_entity(db, other)
    if a["id"] == b["id"]:
        raise QueryError(f"{keep!r} and {other!r} are the same entity {a['id']}")
    if a["type"] != b["type"]:
        raise QueryError(f"cannot merge a {b['type']} into a {a['type']} ({b['id']} -> {a['id']})")
    now = _now()
    with db.transaction():
        refs = _refs_to(db, b["id"])
        owned = _owned_rows(db, b["id"])
        parts = _participants(db, b["id"])
        _repoint(db, refs, a["id"])
        added = _copy_owned(db, owned, a["id"])
        added_parts = _move_participants(db, parts, b["id"], a["id"])
        db.execute("DELETE FROM entities WHERE id = ?", (b["id"],))
        detail = {"entity": b, "refs": refs, "owned": owned, "added": added, "participants": parts,
                  "added_participants": added_parts}
        d = Decision(_decision_id("merge", a["id"], b["id"], now), "merge", a["id"], b["id"], note, now,
                     detail=detail)
        return _record(db, d)


def split(db: Backend, entity: str, article_id: str, local_id: str | None = None,
          note: str | None = None) -> Decision:
    """Split an article's local entity (all of the article's, or ``local_id``) off a global entity.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     d = split(store.db, "Asim Munir", store.article_ids()[0], "e1")
    ...     moved = store.fetch("SELECT entity_id FROM article_entities WHERE local_id = 'e1'")
    >>> d.kind, moved[0]["entity_id"] == d.other_id
    ('split', True)
    """
    e = resolve_entity(db, entity)
    where = "article_id = ?" + (" AND local_id = ?" if local_id else "")
    params: tuple[Any, ...] = (article_id, local_id) if local_id else (article_id,)
    locals_ = db.query(f"SELECT * FROM article_entities WHERE entity_id = ? AND {where} ORDER BY local_id",
                       (e["id"], *params))
    if not locals_:
        raise NotFoundError(f"article {article_id} has no local entity linked to {e['id']}")
    now = _now()
    new = "E" + hashlib.sha256(f"split/{e['id']}/{article_id}/{local_id}/{now}".encode()).hexdigest()[:12]
    with db.transaction():
        first = locals_[0]
        db.execute("INSERT INTO entities (id, name, norm_name, type, country, sector, wikidata, link_reason, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (new, first["name"], normalize_name(first["name"]), first["type"], first["country"],
                    first["sector"], first["wikidata"], f"split off {e['id']} by the user", now))
        refs = _split_refs(db, e["id"], [r["local_id"] for r in locals_], article_id)
        _repoint(db, refs, new)
        for r in locals_:
            for alias in [r["name"], *json.loads(r["aliases"] or "[]")]:
                _copy_owned(db, {"entity_aliases": [[normalize_name(alias), alias, "NAM"]],
                                 "entity_keys": [[normalize_name(alias)]]}, new)
        parts = _resync_participants(db, e["id"], new)
        facets = _split_names(db, e["id"], locals_)
        d = Decision(_decision_id("split", e["id"], new, now), "split", e["id"], new, note, now,
                     detail={"refs": refs, "participants": parts, "facets": facets})
        return _record(db, d)


def _split_names(db: Backend, entity_id: str, moved: list[Any]) -> list[str]:
    """Names of split-off local entities the entity is no longer called by: never link them to it again."""
    remaining: set[str] = set()
    for r in db.query("SELECT name, aliases FROM article_entities WHERE entity_id = ?", (entity_id,)):
        remaining |= {normalize_name(n) for n in [r["name"], *json.loads(r["aliases"] or "[]")]}
    names = {normalize_name(n) for r in moved for n in [r["name"], *json.loads(r["aliases"] or "[]")]}
    gone = sorted(n for n in names - remaining if n)
    for name in gone:
        db.execute("INSERT INTO entity_facets (entity_id, kind, value) VALUES (?, 'split_from', ?) "
                   "ON CONFLICT DO NOTHING", (entity_id, name))
    return gone


def _split_refs(db: Backend, entity_id: str, local_ids: list[str], article_id: str) -> dict[str, list[Any]]:
    """Rows of one article that point at an entity through the given local entities."""
    marks = placeholders(len(local_ids))
    refs = _refs_to(db, entity_id, "article_id = ?", (article_id,))
    refs["article_entities.entity_id"] = [k for k in refs.get("article_entities.entity_id", [])
                                          if k[1] in local_ids]
    rows = db.query(f"SELECT position, local_event FROM report_participants WHERE entity_id = ? AND "
                    f"article_id = ? AND local_entity IN ({marks})", (entity_id, article_id, *local_ids))
    refs["report_participants.entity_id"] = [[article_id, r["local_event"], r["position"]] for r in rows]
    quotes = db.query(f"SELECT local_id FROM quotes WHERE article_id = ? AND speaker_local IN ({marks})",
                      (article_id, *local_ids))
    keep = {q["local_id"] for q in quotes}
    refs["quotes.speaker_entity_id"] = [k for k in refs.get("quotes.speaker_entity_id", []) if k[1] in keep]
    refs.pop("quotes.addressee_entity_id", None)
    return refs


def _resync_participants(db: Backend, old: str, new: str) -> dict[str, list[list[Any]]]:
    """Event participation after a split: from the reports, which entity takes part in which event."""
    rows = db.query("SELECT DISTINCT r.event_id, p.entity_id, p.role FROM report_participants p JOIN "
                    "event_reports r ON r.article_id = p.article_id AND r.local_id = p.local_event "
                    "WHERE p.entity_id IN (?, ?)", (old, new))
    wanted = {(r["event_id"], r["entity_id"], r["role"]) for r in rows}
    added: list[list[Any]] = []
    removed: list[list[Any]] = []
    for event_id, role in _participants(db, old):
        if (event_id, old, role) not in wanted and any(w[0] == event_id and w[2] == role for w in wanted):
            db.execute("DELETE FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?",
                       (event_id, old, role))
            removed.append([event_id, role])
    for event_id, entity_id, role in sorted(wanted):
        if entity_id == new:
            db.execute("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING", (event_id, new, role))
            added.append([event_id, role])
    return {"added": added, "removed": removed}


def undo(db: Backend, decision_id: str) -> Decision:
    """Reverse a merge or a split, putting every moved row back.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     d = merge(store.db, "Asim Munir", "Antony Blinken")
    ...     _ = undo(store.db, d.id)
    ...     sorted(r["name"] for r in store.fetch("SELECT name FROM entities WHERE type = 'PERSON'"))
    ['Antony Blinken', 'Asim Munir']
    """
    found = decisions(db, decision_id)
    if not found:
        raise NotFoundError(f"no decision {decision_id!r}")
    d = found[0]
    if d.undone_at:
        raise QueryError(f"decision {d.id} was already undone on {d.undone_at}")
    now = _now()
    with db.transaction():
        if d.kind == "merge":
            _undo_merge(db, d)
        else:
            _undo_split(db, d)
        db.execute("UPDATE entity_decisions SET undone_at = ? WHERE id = ?", (now, d.id))
    d.undone_at = now
    return d


def _undo_merge(db: Backend, d: Decision) -> None:
    b = d.detail["entity"]
    cols = list(b)
    db.execute(f"INSERT INTO entities ({', '.join(cols)}) VALUES ({placeholders(len(cols))})",
               [b[c] for c in cols])
    _repoint(db, d.detail["refs"], b["id"])
    for table, cols_ in _OWNED:
        for row in d.detail["added"].get(table, []):
            cond = " AND ".join(f"{c} = ?" for c in cols_)
            db.execute(f"DELETE FROM {table} WHERE entity_id = ? AND {cond}", (d.entity_id, *row))
        for row in d.detail["owned"].get(table, []):
            db.execute(f"INSERT INTO {table} (entity_id, {', '.join(cols_)}) VALUES "
                       f"(?, {placeholders(len(cols_))}) ON CONFLICT DO NOTHING", (b["id"], *row))
    for event_id, role in d.detail["added_participants"]:
        db.execute("DELETE FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?",
                   (event_id, d.entity_id, role))
    for event_id, role in d.detail["participants"]:
        db.execute("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) "
                   "ON CONFLICT DO NOTHING", (event_id, b["id"], role))


def _undo_split(db: Backend, d: Decision) -> None:
    _repoint(db, d.detail["refs"], d.entity_id)
    for name in d.detail.get("facets", []):
        db.execute("DELETE FROM entity_facets WHERE entity_id = ? AND kind = 'split_from' AND value = ?",
                   (d.entity_id, name))
    for event_id, role in d.detail["participants"]["removed"]:
        db.execute("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) "
                   "ON CONFLICT DO NOTHING", (event_id, d.entity_id, role))
    db.execute("DELETE FROM event_participants WHERE entity_id = ?", (d.other_id,))
    db.execute("DELETE FROM entities WHERE id = ?", (d.other_id,))


def decisions(db: Backend, decision_id: str | None = None, entity_id: str | None = None) -> list[Decision]:
    """Recorded decisions, newest first (one by id, or those touching an entity).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     d = merge(store.db, "Asim Munir", "Antony Blinken")
    ...     [x.kind for x in decisions(store.db, entity_id=d.other_id)], decisions(store.db, "nope")
    (['merge'], [])
    """
    sql, params = "SELECT * FROM entity_decisions", []
    if decision_id:
        sql, params = sql + " WHERE id = ?", [decision_id]
    elif entity_id:
        sql, params = sql + " WHERE entity_id = ? OR other_id = ?", [entity_id, entity_id]
    rows = db.query(sql + " ORDER BY created_at DESC, id", params)
    return [Decision(r["id"], r["kind"], r["entity_id"], r["other_id"], r["note"], r["created_at"],
                     r["undone_at"], json.loads(r["detail"] or "{}")) for r in rows]


@dataclass(slots=True)
class Explanation:
    """Why an entity is what it is: its names, keys and facets, each article's link reason, decisions."""

    entity: dict[str, Any]
    aliases: list[tuple[str, str]]
    keys: list[str]
    facets: list[tuple[str, str]]
    links: list[dict[str, Any]]
    decisions: list[Decision]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"entity": self.entity, "aliases": self.aliases, "keys": self.keys, "facets": self.facets,
                "links": self.links, "decisions": [d.to_dict() for d in self.decisions]}


def explain(db: Backend, entity_id: str) -> Explanation:
    """The explanation of one global entity (by id).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     entity_id = resolve_entity(store.db, "Asim Munir")["id"]
    ...     why = explain(store.db, entity_id)
    >>> why.aliases, [link["link_reason"] for link in why.links]
    ([('Asim Munir', 'NAM'), ('Munir', 'NAM')], ['new PERSON: no known entity with this name'])
    """
    e = db.query("SELECT * FROM entities WHERE id = ?", (entity_id,))
    if not e:
        raise NotFoundError(f"no entity {entity_id!r}")
    links = db.query("SELECT ae.article_id, ae.local_id, ae.name, ae.link_reason, ae.link_score, a.title, "
                     "a.published FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
                     "WHERE ae.entity_id = ? ORDER BY a.published, ae.article_id, ae.local_id", (entity_id,))
    return Explanation(
        entity=dict(e[0]),
        aliases=[(r["alias"], r["kind"]) for r in db.query(
            "SELECT alias, kind FROM entity_aliases WHERE entity_id = ? ORDER BY kind, alias", (entity_id,))],
        keys=[r["key"] for r in db.query("SELECT key FROM entity_keys WHERE entity_id = ? ORDER BY key",
                                         (entity_id,))],
        facets=[(r["kind"], r["value"]) for r in db.query(
            "SELECT kind, value FROM entity_facets WHERE entity_id = ? ORDER BY kind, value", (entity_id,))],
        links=[dict(r) for r in links], decisions=decisions(db, entity_id=entity_id))
