"""Who-met-whom: entities linked by the events they took part in together, and actors' lanes of events.

Every global event links each pair of its participants; an edge's ``weight`` is the number of distinct
events the pair shares, ``reports`` the number of article reports behind them. Filters: a date range
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; undated events are left out as soon as one is given), PLOVER
``type``, ``mode`` (meeting, phone, visit...), ``outlet`` (events some article of that source reports),
``entity`` (only the events of the entities a name or id resolves to: an ego network) and
``entity_types`` (keep only nodes of these types).

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     entity_graph(store, since="2023-12").to_dict()
{'nodes': [], 'edges': [], 'events': 0, 'entities': 0}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from newsgraph.query.entities import check_type
from newsgraph.query.events import event_filter, event_rows, factual
from newsgraph.query.rows import EventRow, _Row
from newsgraph.store import Store
from newsgraph.store.backend import Row, placeholders


@dataclass(frozen=True, slots=True)
class GraphNode(_Row):
    """An entity in the graph; ``events``: how many of the selected events it took part in."""

    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    events: int
    degree: int = 0


@dataclass(frozen=True, slots=True)
class GraphEdge(_Row):
    """Two entities that took part in the same events: how many, when, of which types and modes."""

    source: str
    target: str
    weight: int
    reports: int
    first_day: str | None
    last_day: str | None
    types: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Graph(_Row):
    """Nodes, edges, the number of events they were drawn from and of entities before any ``limit``."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events: int
    entities: int = 0


@dataclass(frozen=True, slots=True)
class Lane(_Row):
    """One actor's events, in date order (a row of a timeline grouped by actor)."""

    entity_id: str
    name: str
    type: str
    events: list[EventRow]


def _participation(store: Store, where: list[str], params: list[object], types: list[str],
                   limit: int | None) -> tuple[list[Row], int, int]:
    """Who took part in which selected event, for the drawn entities only: those of the wanted ``types`` in
    most events (ties: in more reports, then by id), at most ``limit``. Ranked by the database in one pass;
    also returns how many events were selected and how many entities of those types took part."""
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    join = (f"JOIN entities e ON e.id = part.entity_id AND e.type IN ({placeholders(len(types))})"
            if types else "")
    rows = store.fetch(
        f"WITH part AS MATERIALIZED (SELECT DISTINCT p.event_id, p.entity_id, ev.type, ev.mode, "
        f"ev.first_day, ev.last_day, ev.reports "
        f"FROM event_participants p JOIN events ev ON ev.id = p.event_id {cond}), "
        f"cand AS (SELECT part.entity_id, COUNT(*) AS n, SUM(part.reports) AS r FROM part {join} "
        f"GROUP BY part.entity_id), "
        f"kept AS (SELECT entity_id FROM cand ORDER BY n DESC, r DESC, entity_id LIMIT ?) "
        f"SELECT part.event_id, part.entity_id, part.type, part.mode, part.first_day, part.last_day, "
        f"part.reports, (SELECT COUNT(*) FROM cand) AS entities, "
        f"(SELECT COUNT(DISTINCT event_id) FROM part) AS events "
        f"FROM part JOIN kept ON kept.entity_id = part.entity_id ORDER BY part.event_id, part.entity_id",
        [*params, *types, limit if limit else (-1 if store.db.dialect == "sqlite" else None)])
    if rows:
        return rows, int(rows[0]["events"]), int(rows[0]["entities"])
    events = store.fetch(f"SELECT COUNT(*) AS n FROM events ev {cond} AND ev.id IN "
                         f"(SELECT event_id FROM event_participants)" if cond else
                         "SELECT COUNT(DISTINCT event_id) AS n FROM event_participants", params)
    return rows, int(events[0]["n"]), 0


def _edges(members: dict[str, list[str]], info: dict[str, Row]) -> list[GraphEdge]:
    """Pairwise edges between the kept participants (``members``, sorted) of each event."""
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for eid, who in members.items():
        for pair in combinations(who, 2):
            pairs[pair].append(eid)
    out = []
    for (a, b), eids in pairs.items():
        evs = [info[e] for e in eids]
        firsts = [e["first_day"] for e in evs if e["first_day"]]
        lasts = [e["last_day"] for e in evs if e["last_day"]]
        out.append(GraphEdge(a, b, weight=len(evs), reports=sum(int(e["reports"]) for e in evs),
                             first_day=min(firsts) if firsts else None,
                             last_day=max(lasts) if lasts else None,
                             types=sorted({e["type"] for e in evs}),
                             modes=sorted({e["mode"] for e in evs if e["mode"]}), events=sorted(eids)))
    return sorted(out, key=lambda e: (-e.weight, e.source, e.target))


def entity_graph(store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None,
                 mode: str | None = None, outlet: str | None = None, entity: str | None = None,
                 entity_types: Sequence[str] = (), min_weight: int = 1, limit: int | None = None) -> Graph:
    """The who-met-whom graph of the selected events (see the module docs for the filters).

    ``limit`` keeps the ``limit`` entities in most events (ties: in more reports, then by id), listed by
    events and then name; ``min_weight`` drops edges with fewer shared events. Nodes without an edge are
    kept: an entity alone in an event is still an actor. ``Graph.entities`` counts every participant of the
    wanted types, drawn or not.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     g = entity_graph(store, type="consult", entity_types=["person"])
    >>> [n.name for n in g.nodes], [(e.weight, e.first_day, e.modes) for e in g.edges], g.entities
    (['Antony Blinken', 'Asim Munir'], [(1, '2023-12-14', ['meet'])], 2)
    """
    where, params = event_filter(store, since=since, until=until, type=type, mode=mode, outlet=outlet,
                                 entity=entity)
    types = sorted({check_type(t) for t in entity_types})
    rows, n_events, n_entities = _participation(store, where, params, types, limit)
    members: dict[str, list[str]] = defaultdict(list)
    info: dict[str, Row] = {}
    for r in rows:
        members[r["event_id"]].append(r["entity_id"])
        info[r["event_id"]] = r
    shared = {eid: who for eid, who in members.items() if len(who) > 1}
    edges = [e for e in _edges(shared, info) if e.weight >= min_weight]
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes = _graph_nodes(store, {r["entity_id"] for r in rows}, members, degree)
    return Graph(nodes, edges, n_events, n_entities)


def _graph_nodes(store: Store, keep: set[str], members: dict[str, list[str]],
                 degree: dict[str, int]) -> list[GraphNode]:
    """The kept entities as nodes (only their own columns are read), by events and then name."""
    events: dict[str, set[str]] = defaultdict(set)
    for eid, who in members.items():
        for i in who:
            events[i].add(eid)
    rows = _entity_rows(store, sorted(keep), "id, name, type, country, sector")
    nodes = [GraphNode(e["id"], e["name"], e["type"], e["country"], e["sector"], len(events[e["id"]]),
                       degree[e["id"]]) for e in rows]
    return sorted(nodes, key=lambda n: (-n.events, n.name, n.id))


def _entity_rows(store: Store, ids: list[str], columns: str) -> list[Row]:
    """Columns of entities by id, in chunks (a week of events has thousands of participants)."""
    out: list[Row] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out += store.fetch(f"SELECT {columns} FROM entities WHERE id IN ({placeholders(len(chunk))})", chunk)
    return out


def lanes(store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None,
          mode: str | None = None, outlet: str | None = None, entity: str | None = None,
          entity_types: Sequence[str] = ("PERSON",), actors: int = 12) -> list[Lane]:
    """A timeline grouped by actor: the ``actors`` entities in most dated events, each with its events.

    Only dated events that happened (:func:`~newsgraph.query.events.factual`) are placed; an event appears
    in the lane of each of its participants.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [(lane.name, len(lane.events)) for lane in lanes(store, entity="Munir", actors=1)]
    [('Antony Blinken', 1)]
    """
    where, params = event_filter(store, since=since, until=until, type=type, mode=mode, outlet=outlet,
                                 entity=entity)
    happened, facts = factual()
    events = event_rows(store, [*where, "ev.first_day IS NOT NULL", happened], [*params, *facts])
    types = {check_type(t) for t in entity_types}
    by_actor: dict[str, list[EventRow]] = defaultdict(list)
    who: dict[str, tuple[str, str]] = {}
    for ev in events:
        for p in {p.entity_id: p for p in ev.participants}.values():
            if not types or p.type in types:
                by_actor[p.entity_id].append(ev)
                who[p.entity_id] = (p.name, p.type)
    ranked = sorted(by_actor, key=lambda i: (-len(by_actor[i]), who[i][0], i))[:actors]
    return [Lane(i, who[i][0], who[i][1], by_actor[i]) for i in ranked]
