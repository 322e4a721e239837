"""GraphML and GEXF exports load back in networkx with their attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from newsgraph.errors import InputError
from newsgraph.export.graph import write_graph
from tests.export._store import sample_store


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_loads_back(tmp_path: Path, fmt: str, read: object) -> None:
    path = tmp_path / f"g.{fmt}"
    with sample_store() as store:
        assert write_graph(store, path, fmt) == (3, 2)
    g = read(str(path))  # type: ignore[operator]
    names = {d.get("name") or d.get("label") for _, d in g.nodes(data=True)}
    assert names == {"Asim Munir", "Antony Blinken", "Lloyd Austin"}
    name = {n: d.get("name") or d["label"] for n, d in g.nodes(data=True)}
    edges = {frozenset((name[a], name[b])): d for a, b, d in g.edges(data=True)}
    meeting = edges[frozenset(("Asim Munir", "Antony Blinken"))]
    assert (int(meeting["weight"]), int(meeting["reports"]), meeting["first_day"]) == (1, 2, "2023-12-14")


def test_unknown_format(tmp_path: Path) -> None:
    with sample_store() as store, pytest.raises(InputError, match="unknown graph format"):
        write_graph(store, tmp_path / "g.dot", "dot")
