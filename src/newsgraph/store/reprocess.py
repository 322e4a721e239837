"""Taking a stored article's facts out of the store, so that it can be stored again re-processed.

An article is re-processed when a better copy of it arrives (a publication date the stored copy lacked:
:mod:`newsgraph.ingest.update`) or on demand (``newsgraph reprocess``). :func:`forget_article` runs inside
the caller's transaction, which then writes the article again (:func:`newsgraph.store.write.write_article`),
so that either the old facts or the new ones are stored, never neither:

- the article row and its own facts go (mentions, local entities, timexes, quotes, event reports and their
  participants; the search index follows by trigger);
- a global event only its reports supported goes, with its participants and keys; an event other articles
  report too is rebuilt from their reports alone (report count, date, mode, place, modality, confidence,
  wording, tolls, outlets, participants, keys), replayed in the order the articles were stored;
- a global entity nothing else names any more (no other article, quote, event or identity decision) goes,
  with its names, keys and facets. An entity other articles name keeps the names, keys and facets it has:
  they are name evidence gathered over all its articles, and the same text, stored again, gives them again.

Every other row of the store stays as it was. :func:`forget_article` returns the ids of the global rows that
this article's facts made and other articles still use: new rows of the re-written article must not take
them (:func:`newsgraph.store.linking.fresh_id`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from newsgraph.resolve import events as event_res
from newsgraph.store.backend import Backend, Row, placeholders
from newsgraph.store.linking import event_days, event_keys, kept_evidence, merged_date
from newsgraph.store.rows import event_from_row
from newsgraph.store.write import natural_key

#: (table, column) of every row that keeps a global entity in use.
_ENTITY_USERS: tuple[tuple[str, str], ...] = (
    ("article_entities", "entity_id"), ("quotes", "speaker_entity_id"), ("quotes", "addressee_entity_id"),
    ("events", "place_entity_id"), ("event_participants", "entity_id"), ("report_participants", "entity_id"),
    ("entity_decisions", "entity_id"), ("entity_decisions", "other_id"))


def _ids(db: Backend, sql: str, article_id: str) -> list[str]:
    return sorted({str(r["id"]) for r in db.query(sql, (article_id,)) if r["id"] is not None})


def forget_article(db: Backend, article_id: str, now: str) -> frozenset[str]:
    """Remove an article and what only it supported (see the module docs); the ids of the global entities
    and events its facts reached that other articles keep.

    >>> from newsgraph.store import Store
    >>> from newsgraph.store.examples import example_article
    >>> with Store.open(":memory:") as store:
    ...     _ = store.write_article(example_article())
    ...     kept = forget_article(store.db, example_article().id, "2024-01-02T00:00:00+00:00")
    ...     kept, store.counts().entities, store.counts().events, store.counts().mentions
    (frozenset(), 0, 0, 0)
    """
    events = _ids(db, "SELECT DISTINCT event_id AS id FROM event_reports WHERE article_id = ?", article_id)
    entities = _ids(db, "SELECT DISTINCT entity_id AS id FROM article_entities WHERE article_id = ?",
                    article_id)
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # its facts follow (ON DELETE CASCADE)
    kept_events = [gid for gid in events if rebuild_event(db, gid, now)]
    gone = sorted(set(events) - set(kept_events))
    if gone:
        db.execute(f"DELETE FROM events WHERE id IN ({placeholders(len(gone))})", gone)
    unused = _unused_entities(db, entities)
    if unused:
        db.execute(f"DELETE FROM entities WHERE id IN ({placeholders(len(unused))})", unused)
    return frozenset(kept_events) | (frozenset(entities) - frozenset(unused))


def _unused_entities(db: Backend, ids: Sequence[str]) -> list[str]:
    """The global entities among ``ids`` that no row names (:data:`_ENTITY_USERS`)."""
    if not ids:
        return []
    used: set[str] = set()
    for table, col in _ENTITY_USERS:
        used |= {str(r["x"]) for r in db.query(
            f"SELECT DISTINCT {col} AS x FROM {table} WHERE {col} IN ({placeholders(len(ids))})", list(ids))}
    return [i for i in ids if i not in used]


def _reports(db: Backend, event_id: str) -> list[Row]:
    """The reports of a global event, in the order their articles were stored, each with its article's outlet,
    its evidence text and its place's global id."""
    found = db.query(
        "SELECT r.*, a.source AS outlet, a.ingested_at AS stored_at, pe.entity_id AS place_id, "
        "SUBSTR(a.text, r.start_char + 1, r.end_char - r.start_char) AS evidence "
        "FROM event_reports r JOIN articles a ON a.id = r.article_id "
        "LEFT JOIN article_entities pe ON pe.article_id = r.article_id AND pe.local_id = r.place_local "
        "WHERE r.event_id = ?", (event_id,))
    return sorted(found, key=lambda r: (r["stored_at"], r["article_id"], natural_key(r["local_id"])))


def _report(row: Row) -> event_res.EventReport:
    """What merging reads of a stored report (participants are not needed to replay its date)."""
    return event_res.EventReport(row["type"], row["mode"], row["date_value"], frozenset(), row["place_id"],
                                 bool(row["date_fallback"]), row["modality"], row["outlet"],
                                 date_carried=bool(row["date_carried"]))


def replay_date(reports: Sequence[Row]) -> tuple[str | None, str | None, str | None]:
    """An event's date value and first and last day, as merging its reports in this order sets them: the
    first report's date, then :func:`newsgraph.store.linking.merged_date` for each next one.

    >>> def row(value, fallback=0):
    ...     return {"local_id": "v1", "type": "CONSULT", "mode": None, "date_value": value, "place_id": None,
    ...             "date_fallback": fallback, "modality": "asserted", "outlet": None, "date_carried": 0,
    ...             "start_char": 0, "end_char": 1, "trigger_text": None, "trigger_start": None,
    ...             "trigger_end": None, "date_text": None, "date_timex": None, "date_begin": None,
    ...             "date_end": None, "place_local": None, "place_name": None, "counts": "{}",
    ...             "confidence": 1.0, "extra": None}
    >>> replay_date([row("2023-12-15", fallback=1), row("2023-12")])
    ('2023-12', '2023-12-01', '2023-12-31')
    """
    value: str | None = None
    stated = carried = False
    source: Row | None = None
    for i, row in enumerate(reports):
        report = _report(row)
        value = report.date if i == 0 else merged_date(value, report, (stated, carried))
        if i == 0 or value == report.date:
            source = row
        stated = stated or (report.date is not None and not report.date_fallback and not report.date_carried)
        carried = carried or (report.date is not None and report.date_carried)
    first, last = event_days(value, event_from_row(source, []) if source is not None else None)
    return value, first, last


def rebuild_event(db: Backend, event_id: str, now: str) -> bool:
    """Rebuild a global event from the reports it has left; False (nothing changed) when it has none.

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> rebuild_event(db, "Vnone", "2024-01-01T00:00:00+00:00")
    False
    """
    reports = _reports(db, event_id)
    if not reports:
        return False
    value, first, last = replay_date(reports)
    outlets = {str(r["outlet"]) for r in reports if r["outlet"]}
    counts = {(str(k), int(n)) for r in reports for k, n in json.loads(r["counts"] or "{}").items()}
    words = set().union(*(event_res.content_words(r["evidence"] or "") for r in reports))
    modality = "asserted" if any(r["modality"] == "asserted" for r in reports) else reports[0]["modality"]
    db.execute("UPDATE events SET reports = ?, date_value = ?, first_day = ?, last_day = ?, mode = ?, "
               "place_entity_id = ?, place_name = ?, modality = ?, confidence = ?, updated_at = ?, "
               "words = ?, tolls = ?, outlets = ? WHERE id = ?",
               (len(reports), value, first, last, _first(reports, "mode"), _first(reports, "place_id"),
                _first(reports, "place_name"), modality, max(float(r["confidence"]) for r in reports), now,
                *kept_evidence(outlets, counts, words), event_id))
    db.execute("DELETE FROM event_participants WHERE event_id = ?", (event_id,))
    db.execute("INSERT INTO event_participants (event_id, entity_id, role) "
               "SELECT DISTINCT r.event_id, p.entity_id, p.role FROM report_participants p "
               "JOIN event_reports r ON r.article_id = p.article_id AND r.local_id = p.local_event "
               "WHERE r.event_id = ? AND p.entity_id IS NOT NULL", (event_id,))
    db.execute("DELETE FROM event_keys WHERE event_id = ?", (event_id,))
    db.execute_many("INSERT INTO event_keys (key, event_id) VALUES (?, ?)",
                    [(k, event_id) for k in event_keys(words, counts)])
    return True


def _first(reports: Sequence[Row], column: str) -> object:
    """The first value of a column that is not null, in report order (what COALESCE kept while merging)."""
    return next((r[column] for r in reports if r[column] is not None), None)
