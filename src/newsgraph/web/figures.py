"""Figures as plain data (coordinates, labels, links) that SVG templates draw: the timeline grouped by actor,
the who-met-whom network and the map of events. The same figures serve the web pages and the static report.

Nothing here emits markup: templates escape every label.

>>> fig = graph_figure(Graph([], [], 0))
>>> fig.nodes, fig.edges
([], [])
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from newsgraph.query.graph import Graph, Lane
from newsgraph.query.places import PlacePoint

TYPE_CLASSES = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "NORP": "norp", "FAC": "fac"}


def type_class(etype: str) -> str:
    """The CSS class of an entity type (``other`` for unknown ones).

    >>> type_class("PERSON"), type_class("X")
    ('person', 'other')
    """
    return TYPE_CLASSES.get(etype, "other")


def entity_href(entity_id: str, base: str = "/entities/") -> str:
    """The link to an entity's dossier (``base="#entity-"`` in the static report).

    >>> entity_href("E1"), entity_href("E1", "#entity-")
    ('/entities/E1', '#entity-E1')
    """
    return f"{base}{entity_id}"


def _event_href(event_id: str, base: str = "/events/") -> str:
    """The link to a global event (``base="#event-"`` in the static report)."""
    return f"{base}{event_id}"


# --- timeline --------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mark:
    """An event on a lane: from x1 to x2 (equal for a single day), with its link and hover text."""

    x1: float
    x2: float
    y: float
    day1: int
    day2: int
    href: str
    title: str
    cls: str


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled vertical line of the time axis."""

    x: float
    label: str


@dataclass(slots=True)
class TimelineFigure:
    """Lanes (one per actor) of event marks over a shared time axis, in SVG user units."""

    width: int
    height: int
    left: int
    lanes: list[dict[str, Any]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    day0: int = 0
    day1: int = 1


LANE_HEIGHT = 34
LABEL_WIDTH = 190
TOP = 30


def _ordinal(day: str) -> int:
    return dt.date.fromisoformat(day[:10]).toordinal()


def month_ticks(day0: int, day1: int, x_of: Any, max_ticks: int = 12) -> list[Tick]:
    """Month (or year) ticks between two ordinal days, at most ``max_ticks`` of them.

    >>> d = dt.date(2023, 10, 1).toordinal()
    >>> [t.label for t in month_ticks(d, d + 75, lambda day: 0)]
    ['Oct 2023', 'Nov 2023', 'Dec 2023']
    """
    start, end = dt.date.fromordinal(day0), dt.date.fromordinal(day1)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = max(1, math.ceil(months / max_ticks))
    ticks: list[Tick] = []
    y, m = start.year, start.month
    for i in range(0, months, step):
        yy, mm = y + (m - 1 + i) // 12, (m - 1 + i) % 12 + 1
        first = dt.date(yy, mm, 1)
        if first.toordinal() < day0 and months > 1:
            continue  # the month began before the axis: its label would crowd the next one
        ordinal = max(first.toordinal(), day0)
        label = first.strftime("%b %Y") if step < 12 else str(yy)
        ticks.append(Tick(round(float(x_of(ordinal)), 1), label))
    return ticks


def timeline_figure(lanes: list[Lane], width: int = 1100, links: tuple[str, str] = ("/entities/", "/events/"),
                    ) -> TimelineFigure:
    """Lay out actors' lanes: one row per actor, marks placed by date (a month spans its days).

    >>> from newsgraph.query.graph import lanes
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     fig = timeline_figure(lanes(store))
    >>> [lane["name"] for lane in fig.lanes], [(m.title, m.href[:9]) for m in fig.marks][:1]
    (['Antony Blinken', 'Asim Munir'], [('2023-12-14 · CONSULT · meet · with Asim Munir', '/events/V')])
    """
    days = [d for lane in lanes for ev in lane.events for d in (ev.first_day, ev.last_day) if d]
    fig = TimelineFigure(width=width, height=TOP + LANE_HEIGHT * max(1, len(lanes)) + 20, left=LABEL_WIDTH)
    if not days:
        return fig
    lo, hi = _ordinal(min(days)) - 3, _ordinal(max(days)) + 3
    span = max(hi - lo, 1)

    def x_of(day: int) -> float:
        return LABEL_WIDTH + (day - lo) * (width - LABEL_WIDTH - 20) / span

    fig.day0, fig.day1 = lo, hi
    for i, lane in enumerate(lanes):
        y = TOP + LANE_HEIGHT * i + LANE_HEIGHT / 2
        fig.lanes.append({"name": lane.name, "href": entity_href(lane.entity_id, links[0]), "y": y,
                          "cls": type_class(lane.type)})
        for ev in lane.events:
            d1, d2 = _ordinal(ev.first_day or ""), _ordinal(ev.last_day or ev.first_day or "")
            others = ", ".join(p.name for p in ev.participants if p.entity_id != lane.entity_id)
            parts = (ev.date, ev.type, ev.mode, f"with {others}" if others else "")
            title = " · ".join(x for x in parts if x)
            x2 = x_of(d2 + 1) if d2 > d1 else x_of(d1)
            fig.marks.append(Mark(round(x_of(d1), 1), round(x2, 1), y, d1,
                                  d2, _event_href(ev.id, links[1]), title, ev.type.lower()))
    fig.ticks = month_ticks(lo, hi, x_of)
    return fig


# --- network ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NodeMark:
    """A drawn node: position, radius, label, link."""

    id: str
    x: float
    y: float
    r: float
    label: str
    href: str
    title: str
    cls: str


@dataclass(frozen=True, slots=True)
class EdgeMark:
    """A drawn edge between two nodes, its width from the number of shared events."""

    source: str
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclass(slots=True)
class GraphFigure:
    """The network laid out in a ``width`` x ``height`` box."""

    width: int
    height: int
    nodes: list[NodeMark] = field(default_factory=list)
    edges: list[EdgeMark] = field(default_factory=list)


def _component_layout(g: Any) -> dict[str, tuple[float, float]]:
    """Positions of one connected component in [0, 1]² (seeded force-directed layout, stable)."""
    import networkx as nx

    if len(g) == 1:
        return {n: (0.5, 0.5) for n in g}
    if len(g) == 2:
        a, b = sorted(g)
        return {a: (0.0, 0.5), b: (1.0, 0.5)}
    pos = nx.spring_layout(g, k=1.2 / math.sqrt(len(g)), seed=7, iterations=300)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    return {n: ((p[0] - min(xs)) / ((max(xs) - min(xs)) or 1), (p[1] - min(ys)) / ((max(ys) - min(ys)) or 1))
            for n, p in pos.items()}


def _layout(graph: Graph) -> dict[str, tuple[float, float]]:
    """Node positions in user units: each connected component laid out alone, boxes packed in rows.

    A component of n nodes gets a box of side ~ sqrt(n), biggest first, so the main cluster is not
    squeezed by far-flung pairs and singletons.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n.id for n in graph.nodes)
    g.add_edges_from((e.source, e.target) for e in graph.edges)
    comps = sorted((g.subgraph(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), min(c)))
    row_width = max(math.sqrt(len(g)) * 1.6, math.sqrt(len(comps[0])) if comps else 1)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp in comps:
        side = math.sqrt(len(comp)) if len(comp) > 2 else 1.4
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in _component_layout(comp).items():
            out[node] = (x + 0.2 + px * (side - 0.4), y + 0.2 + py * (side - 0.4))
        x += side
        row_height = max(row_height, side)
    return out


def graph_figure(graph: Graph, width: int = 1000, height: int = 640, entity_link: str = "/entities/",
                 ) -> GraphFigure:
    """Lay out the who-met-whom graph: node size by events, edge width by shared events.

    >>> from newsgraph.query.graph import entity_graph
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     fig = graph_figure(entity_graph(store), entity_link="#entity-")
    >>> [n.label for n in fig.nodes], [e.title for e in fig.edges]
    (['Antony Blinken', 'Asim Munir'], ['Antony Blinken – Asim Munir: 1 event, 2023-12-14'])
    """
    fig = GraphFigure(width, height)
    if not graph.nodes:
        return fig
    pos = _layout(graph)
    pad = 60
    scale = (width - 2 * pad) / max(max(p[0] for p in pos.values()), 1.0)
    scale = min(scale, (height - 2 * pad) / max(max(p[1] for p in pos.values()), 0.5), 260.0)
    fig.height = max(240, min(height, round(2 * pad + max(p[1] for p in pos.values()) * scale)))

    def place(nid: str) -> tuple[float, float]:
        x, y = pos[nid]
        return round(pad + x * scale, 1), round(pad + y * scale, 1)

    at = {n.id: place(n.id) for n in graph.nodes}
    names = {n.id: n.name for n in graph.nodes}
    for e in graph.edges:
        (x1, y1), (x2, y2) = at[e.source], at[e.target]
        when = e.first_day if e.first_day == e.last_day else f"{e.first_day} – {e.last_day}"
        title = f"{names[e.source]} – {names[e.target]}: {e.weight} event{'s' * (e.weight != 1)}, {when}"
        fig.edges.append(EdgeMark(e.source, e.target, x1, y1, x2, y2, round(1 + 1.5 * math.log2(e.weight), 2),
                                  title))
    for n in graph.nodes:
        x, y = at[n.id]
        title = f"{n.name} ({n.type}{', ' + n.country if n.country else ''}): {n.events} events"
        fig.nodes.append(NodeMark(n.id, x, y, round(6 + 3 * math.sqrt(n.events), 1), n.name,
                                  entity_href(n.id, entity_link), title, type_class(n.type)))
    return fig


# --- map -------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PointMark:
    """A place on the map with the number of events there."""

    x: float
    y: float
    r: float
    label: str
    title: str
    href: str


@dataclass(slots=True)
class MapFigure:
    """An equirectangular world: graticule lines, country outlines (SVG path data) and event points."""

    width: int
    height: int
    grid: list[dict[str, Any]] = field(default_factory=list)
    outlines: list[dict[str, str]] = field(default_factory=list)
    points: list[PointMark] = field(default_factory=list)


def project(lon: float, lat: float, width: int, height: int, digits: int = 2) -> tuple[float, float]:
    """Equirectangular projection of a longitude/latitude into a width x height box (rounded to ``digits``).

    >>> project(0, 0, 360, 180), project(-180, 90, 360, 180), project(77.03, 38.9, 1000, 500, digits=1)
    ((180.0, 90.0), (0.0, 0.0), (714.0, 141.9))
    """
    return round((lon + 180) / 360 * width, digits), round((90 - lat) / 180 * height, digits)


def map_figure(points: list[PlacePoint], outlines: list[dict[str, str]] | None = None, width: int = 1000,
               height: int = 500) -> MapFigure:
    """The world map with a 30° graticule, optional outlines and one circle per place (area ~ events).

    A place that is an entity links to its dossier; one known only by name, to a search for the name.

    >>> from newsgraph.query.places import event_places
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     fig = map_figure(event_places(store).points, width=360, height=180)
    >>> [(p.label, p.x, p.y, p.title) for p in fig.points]
    [('Washington', 102.96, 51.1, 'Washington (city): 1 event')]
    """
    fig = MapFigure(width, height, outlines=outlines or [])
    for lon in range(-180, 181, 30):
        x, _ = project(lon, 0, width, height)
        fig.grid.append({"x1": x, "y1": 0, "x2": x, "y2": height, "label": f"{abs(lon)}°{'EW'[lon < 0]}"})
    for lat in range(-60, 61, 30):
        _, y = project(0, lat, width, height)
        fig.grid.append({"x1": 0, "y1": y, "x2": width, "y2": y, "label": f"{abs(lat)}°{'NS'[lat < 0]}"})
    for p in points:
        x, y = project(p.lon, p.lat, width, height)
        title = f"{p.name} ({p.precision}): {p.events} event{'s' * (p.events != 1)}"
        href = entity_href(p.entity_id) if p.entity_id else "/search?" + urlencode({"q": p.name, "plain": 1})
        fig.points.append(PointMark(x, y, round(3 + 3 * math.sqrt(p.events), 1), p.name, title, href))
    return fig
