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
{'nodes': [], 'edges': [], 'events': 0}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
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
    """Nodes, edges and the number of events they were drawn from."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events: int


@dataclass(frozen=True, slots=True)
class Lane(_Row):
    """One actor's events, in date order (a row of a timeline grouped by actor)."""

    entity_id: str
    name: str
    type: str
    events: list[EventRow]


def _participation(store: Store, where: list[str], params: list[object]) -> list[Row]:
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    return store.fetch(f"SELECT p.event_id, p.entity_id, ev.type, ev.mode, ev.first_day, ev.last_day, "
                       f"ev.reports FROM event_participants p JOIN events ev ON ev.id = p.event_id {cond} "
                       f"ORDER BY p.event_id, p.entity_id", params)


def _edges(rows: Iterable[Row], keep: set[str]) -> list[GraphEdge]:
    """Pairwise edges between the kept participants of each event."""
    members: dict[str, set[str]] = defaultdict(set)
    info: dict[str, Row] = {}
    for r in rows:
        if r["entity_id"] in keep:
            members[r["event_id"]].add(r["entity_id"])
            info[r["event_id"]] = r
    pairs: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for eid, who in members.items():
        for a, b in combinations(sorted(who), 2):
            pairs[(a, b)].append(info[eid])
    out = []
    for (a, b), evs in pairs.items():
        firsts = [e["first_day"] for e in evs if e["first_day"]]
        lasts = [e["last_day"] for e in evs if e["last_day"]]
        out.append(GraphEdge(a, b, weight=len(evs), reports=sum(int(e["reports"]) for e in evs),
                             first_day=min(firsts) if firsts else None,
                             last_day=max(lasts) if lasts else None,
                             types=sorted({e["type"] for e in evs}),
                             modes=sorted({e["mode"] for e in evs if e["mode"]}),
                             events=sorted(e["event_id"] for e in evs)))
    return sorted(out, key=lambda e: (-e.weight, e.source, e.target))


def entity_graph(store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None,
                 mode: str | None = None, outlet: str | None = None, entity: str | None = None,
                 entity_types: Sequence[str] = (), min_weight: int = 1, limit: int | None = None) -> Graph:
    """The who-met-whom graph of the selected events (see the module docs for the filters).

    ``limit`` keeps the ``limit`` entities in most events (ties by name); ``min_weight`` drops edges with
    fewer shared events. Nodes without an edge are kept: an entity alone in an event is still an actor.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     g = entity_graph(store, type="consult", entity_types=["person"])
    >>> [n.name for n in g.nodes], [(e.weight, e.first_day, e.modes) for e in g.edges]
    (['Antony Blinken', 'Asim Munir'], [(1, '2023-12-14', ['meet'])])
    """
    where, params = event_filter(store, since=since, until=until, type=type, mode=mode, outlet=outlet,
                                 entity=entity)
    rows = _participation(store, where, params)
    events_of: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        events_of[r["entity_id"]].add(r["event_id"])
    types = {check_type(t) for t in entity_types}
    ents = {e["id"]: e for e in _nodes(store, sorted(events_of)) if not types or e["type"] in types}
    ranked = sorted(ents, key=lambda i: (-len(events_of[i]), ents[i]["name"], i))
    keep = set(ranked[:limit] if limit else ranked)
    edges = [e for e in _edges(rows, keep) if e.weight >= min_weight]
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes = [GraphNode(i, ents[i]["name"], ents[i]["type"], ents[i]["country"], ents[i]["sector"],
                       len(events_of[i]), degree[i]) for i in ranked if i in keep]
    return Graph(nodes, edges, len({r["event_id"] for r in rows}))


def _nodes(store: Store, ids: list[str]) -> list[Row]:
    """What a node shows of each entity (only the entity's own columns: a week of events has thousands)."""
    out: list[Row] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out += store.fetch(f"SELECT id, name, type, country, sector FROM entities WHERE id IN "
                           f"({placeholders(len(chunk))})", chunk)
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
