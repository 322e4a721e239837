"""Events and timelines: global events with their participants and every report's evidence.

Date filters take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an event is in ``--since D`` when its last day is
on or after the first day of D, and in ``--until D`` when its first day is on or before the last day of D.
Undated events are left out as soon as a date filter is given (a timeline counts them separately).

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     list_events(store, since="2023-12")
[]
"""

from __future__ import annotations

from collections import defaultdict

from newsgraph.errors import QueryError
from newsgraph.model import FACTUAL
from newsgraph.query.names import require_entities
from newsgraph.query.published import DATE_BASIS_COLUMNS, date_basis
from newsgraph.query.rows import EventRow, ParticipantRow, ReportRow, Timeline
from newsgraph.resolve.events import date_bounds
from newsgraph.store import Store
from newsgraph.store.backend import Row, placeholders

#: Global entity ids start with this (``E...``); anything else is a name.
ENTITY_ID_PREFIX = "E"


def _takes_part(n: int) -> str:
    """The SQL condition on ``ev`` (events) that one of ``n`` entity ids (parameters) takes part in it."""
    return f"ev.id IN (SELECT event_id FROM event_participants WHERE entity_id IN ({placeholders(n)}))"


def factual() -> tuple[str, list[object]]:
    """The SQL condition on ``ev`` (events) that an event happened (asserted or reported: not a question,
    plan, condition or speculation) and its parameters; timelines show only these.

    >>> factual()
    ('ev.modality IN (?, ?)', ['asserted', 'reported'])
    """
    facts: list[object] = [*sorted(FACTUAL)]
    return f"ev.modality IN ({placeholders(len(facts))})", facts


def day_bounds(text: str) -> tuple[str, str]:
    """The first and last ISO day of a date filter value.

    >>> day_bounds("2023-02")
    ('2023-02-01', '2023-02-28')
    >>> day_bounds("last week")
    Traceback (most recent call last):
    ...
    newsgraph.errors.QueryError: bad date 'last week': use YYYY, YYYY-MM or YYYY-MM-DD
    """
    bounds = date_bounds(text.strip()) if len(text.strip()) in (4, 7, 10) else None
    if bounds is None:
        raise QueryError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return bounds[0].isoformat(), bounds[1].isoformat()


def _participants(store: Store, ids: list[str]) -> dict[str, list[ParticipantRow]]:
    out: dict[str, list[ParticipantRow]] = defaultdict(list)
    for r in store.fetch(f"SELECT p.event_id, p.entity_id, p.role, e.name, e.type FROM event_participants p "
                         f"JOIN entities e ON e.id = p.entity_id "
                         f"WHERE p.event_id IN ({placeholders(len(ids))}) ORDER BY p.event_id, "
                         f"CASE p.role WHEN 'actor' THEN 0 WHEN 'recipient' THEN 1 "
                         f"ELSE 2 END, e.name", ids):
        out[r["event_id"]].append(ParticipantRow(r["entity_id"], r["name"], r["type"], r["role"]))
    return out


def _reports(store: Store, ids: list[str]) -> dict[str, list[ReportRow]]:
    out: dict[str, list[ReportRow]] = defaultdict(list)
    for r in store.fetch(
            f"SELECT r.event_id, r.article_id, r.local_id, r.start_char, r.end_char, r.trigger_text, "
            f"r.date_text, r.date_carried, r.confidence, r.link_reason, "
            f"a.source, a.source_id, a.url, a.published, {DATE_BASIS_COLUMNS}, "
            f"SUBSTR(a.text, r.start_char + 1, r.end_char - r.start_char) AS evidence "
            f"FROM event_reports r JOIN articles a ON a.id = r.article_id "
            f"LEFT JOIN timexes t ON t.article_id = r.article_id AND t.local_id = r.date_timex "
            f"WHERE r.event_id IN ({placeholders(len(ids))}) ORDER BY a.published, a.id, r.start_char", ids):
        out[r["event_id"]].append(ReportRow(
            article_id=r["article_id"], local_id=r["local_id"], source=r["source"], source_id=r["source_id"],
            url=r["url"], published=r["published"], start=r["start_char"], end=r["end_char"],
            evidence=r["evidence"], trigger=r["trigger_text"], date_text=r["date_text"],
            confidence=r["confidence"], link_reason=r["link_reason"], date_carried=bool(r["date_carried"]),
            date_basis=date_basis(r)))
    return out


def event_rows(store: Store, where: list[str], params: list[object]) -> list[EventRow]:
    """Global events matching SQL conditions on ``ev`` (events), in date order (undated last).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [r.evidence for ev in event_rows(store, ["ev.type = ?"], ["CONSULT"]) for r in ev.reports]
    ['Gen Asim Munir met Antony Blinken in Washington on Thursday.']
    """
    found: list[Row] = store.fetch(
        "SELECT ev.*, pl.name AS place_entity_name FROM events ev LEFT JOIN entities pl "
        f"ON pl.id = ev.place_entity_id {('WHERE ' + ' AND '.join(where)) if where else ''} "
        "ORDER BY CASE WHEN ev.first_day IS NULL THEN 1 ELSE 0 END, ev.first_day, ev.last_day, ev.id", params)
    if not found:
        return []
    ids = [r["id"] for r in found]
    parts, reports = _participants(store, ids), _reports(store, ids)
    out = []
    for r in found:
        mine = reports[r["id"]]
        names = report_outlets(mine)
        out.append(EventRow(id=r["id"], type=r["type"], mode=r["mode"], date=r["date_value"],
                            first_day=r["first_day"], last_day=r["last_day"],
                            place=r["place_entity_name"] or r["place_name"], modality=r["modality"],
                            confidence=r["confidence"], merge_reason=r["merge_reason"],
                            participants=parts[r["id"]], reports=mine, outlets=names,
                            num_reports=len(mine), num_outlets=len(names)))
    return out


def report_outlets(reports: list[ReportRow]) -> list[str]:
    """The distinct outlets of reports (an article without a source counts as its own), sorted.

    >>> r = ReportRow("a1b2c3d4e5", "v1", None, None, None, None, 0, 5, "Met.")
    >>> report_outlets([r, r])
    ['article a1b2c3d4']
    """
    return sorted({r.source or f"article {r.article_id[:8]}" for r in reports})


def resolve_ids(store: Store, ref: str) -> list[str]:
    """Global entity ids a reference means: an entity id as is, else every entity a name resolves to.

    >>> with Store.open(":memory:") as store:
    ...     resolve_ids(store, "Nobody")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no entity named 'Nobody' (try `newsgraph entities --name ...`)
    """
    ref = ref.strip()
    if ref.startswith(ENTITY_ID_PREFIX) and store.fetch("SELECT id FROM entities WHERE id = ?", (ref,)):
        return [ref]
    return [e.id for e in require_entities(store, ref)]


def date_overlap(first: str | None, last: str | None) -> tuple[str, list[object]]:
    """SQL on ``ev`` (events) for the events whose days overlap ``first``..``last`` (either may be open).

    Written so that an index serves each part: events of one day (``first_day = last_day``, most of them)
    by their day (index ``events_days``), longer ones (a month, a year) by their last day (the partial
    index ``events_spans``, migration 0006) — a plain ``last_day >= ? AND first_day <= ?`` could only use
    one bound and would scan every event before a recent window.

    >>> date_overlap(None, "2023-12-31")
    ('ev.first_day <= ?', ['2023-12-31'])
    >>> date_overlap("2023-12-01", None)[1]
    ['2023-12-01', '2023-12-01']
    """
    if first is None:
        return "ev.first_day <= ?", [last]
    if last is None:
        return ("((ev.first_day = ev.last_day AND ev.first_day >= ?) OR "
                "(ev.first_day < ev.last_day AND ev.last_day >= ?))", [first, first])
    return ("((ev.first_day = ev.last_day AND ev.first_day >= ? AND ev.first_day <= ?) OR "
            "(ev.first_day < ev.last_day AND ev.last_day >= ? AND ev.first_day <= ?))",
            [first, last, first, last])


def event_filter(store: Store, *, since: str | None = None, until: str | None = None,
                 type: str | None = None, mode: str | None = None, outlet: str | None = None,
                 entity: str | None = None) -> tuple[list[str], list[object]]:
    """SQL conditions on ``ev`` (events) for the shared event filters, and their parameters.

    >>> with Store.open(":memory:") as store:
    ...     event_filter(store, until="2023-12", type="consult")
    (['ev.first_day <= ?', 'ev.type = ?'], ['2023-12-31', 'CONSULT'])
    """
    where: list[str] = []
    params: list[object] = []
    if since or until:
        cond, args = date_overlap(day_bounds(since)[0] if since else None,
                                  day_bounds(until)[1] if until else None)
        where.append(cond)
        params += args
    if type:
        where.append("ev.type = ?")
        params.append(type.strip().upper())
    if mode:
        where.append("LOWER(ev.mode) = ?")
        params.append(mode.strip().lower())
    if outlet:
        where.append("ev.id IN (SELECT r.event_id FROM event_reports r JOIN articles a "
                     "ON a.id = r.article_id WHERE LOWER(a.source) = ?)")
        params.append(outlet.strip().lower())
    if entity:
        ids = resolve_ids(store, entity)
        where.append(_takes_part(len(ids)))
        params += ids
    return where, params


def list_events(store: Store, *, entity: str | None = None, since: str | None = None,
                until: str | None = None, type: str | None = None) -> list[EventRow]:
    """Global events, filtered by a participant (a name or id), a date range and a PLOVER type.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     found = list_events(store, entity="Munir", since="2023-12")
    >>> [(ev.type, ev.date, [p.name for p in ev.participants]) for ev in found]
    [('CONSULT', '2023-12-14', ['Asim Munir', 'Antony Blinken'])]
    """
    where, params = event_filter(store, entity=entity, since=since, until=until, type=type)
    return event_rows(store, where, params)


def timeline(store: Store, name: str) -> Timeline:
    """The dated events an entity (all entities the name resolves to) took part in, in date order; only
    things that happened (asserted or reported), not questions, plans, conditions or speculation.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     tl = timeline(store, "blinken")
    >>> [e.name for e in tl.entities], [ev.first_day for ev in tl.entries], tl.undated
    (['Antony Blinken'], ['2023-12-14'], 0)
    """
    entities = require_entities(store, name)
    ids = [e.id for e in entities]
    happened, facts = factual()
    events = event_rows(store, [_takes_part(len(ids)), happened], [*ids, *facts])
    dated = [e for e in events if e.first_day is not None]
    return Timeline(query=name, entities=entities, entries=dated, undated=len(events) - len(dated))
