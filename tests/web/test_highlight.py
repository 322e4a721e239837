"""Reader highlights: spans cut into non-overlapping segments, links to dossiers, focus, paragraphs;
figures for the timeline, network and map."""

from __future__ import annotations

import datetime as dt

from newsgraph.query.graph import Graph, GraphEdge, GraphNode
from newsgraph.web.figures import graph_figure, month_ticks, project
from newsgraph.web.highlight import Span, cut, segments
from newsgraph.web.render import render
from tests.store.factory import blinken_meeting


def test_overlapping_spans_become_flat_segments() -> None:
    pieces = cut("abcdef", [Span(0, 4, "ev", anchor="ev-v1"), Span(2, 6, "qt", href="/x"), Span(3, 4, "ent")])
    assert [(p.text, p.classes, p.href) for p in pieces] == [
        ("ab", "ev", None), ("c", "ev qt", "/x"), ("d", "ev qt ent", "/x"), ("ef", "qt", "/x")]
    assert pieces[0].anchors == ["ev-v1"] and "".join(p.text for p in pieces) == "abcdef"


def test_reader_segments_of_an_article() -> None:
    art = blinken_meeting()
    paras = segments(art, {"e1": "E1", "e2": "E2"}, {"v1": "V9"}, focus="V9")
    flat = [s for p in paras for s in p]
    assert "".join(s.text for s in flat) == art.text.replace("\n", "")
    blinken = next(s for s in flat if s.text == "Antony Blinken")
    assert blinken.href == "/entities/E2" and "ev focus" in blinken.classes
    assert any(s.text == "Thursday" and "tx" in s.classes for s in flat)
    assert any("ev-v1" in s.anchors for s in flat) and any("q-q1" in s.anchors for s in flat)


def test_templates_escape_article_text() -> None:
    html = render("_macros.html") + render("error.html", status_code=400, kind="QueryError",
                                           message="<img src=x onerror=alert(1)>", nav="")
    assert "<img" not in html and "&lt;img src=x" in html


def test_figures() -> None:
    nodes = [GraphNode(f"E{i}", f"N{i}", "PERSON", None, None, 1) for i in range(4)]
    g = Graph(nodes, [GraphEdge("E0", "E1", 2, 2, "2023-12-14", "2023-12-14")], 2)
    fig = graph_figure(g)
    assert len(fig.nodes) == 4 and len(fig.edges) == 1
    assert all(0 < n.x < fig.width and 0 < n.y < fig.height for n in fig.nodes)
    edge = fig.edges[0]
    assert (edge.x1, edge.y1) == next((n.x, n.y) for n in fig.nodes if n.id == "E0")
    assert project(73.0, 33.7, 1000, 500)[0] > 500
    start = dt.date(2023, 11, 15).toordinal()
    assert [t.label for t in month_ticks(start, start + 60, lambda d: 0)] == ["Dec 2023", "Jan 2024"]
