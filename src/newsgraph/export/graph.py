"""The who-met-whom network as GraphML or GEXF (networkx), for Gephi, Cytoscape or networkx itself.

Nodes are global entities (``name``, ``type``, ``country``, ``sector``, ``events``); edges link entities
that took part in the same events (``weight``: shared events, ``reports``, ``first_day``, ``last_day``,
``types``, ``modes``, ``events``: event ids joined with ``;``). Same filters as
:func:`newsgraph.query.graph.entity_graph`.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     to_networkx(store).number_of_nodes()
0
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.query.graph import Graph, entity_graph
from newsgraph.store import Store

FORMATS: tuple[str, ...] = ("graphml", "gexf")


def _networkx(graph: Graph) -> Any:
    """A networkx graph of a :class:`~newsgraph.query.graph.Graph` (attributes as documented above)."""
    import networkx as nx

    g = nx.Graph(name="newsgraph who-met-whom", events=graph.events)
    for n in graph.nodes:
        g.add_node(n.id, label=n.name, name=n.name, type=n.type, country=n.country or "",
                   sector=n.sector or "", events=n.events)
    for e in graph.edges:
        g.add_edge(e.source, e.target, weight=e.weight, reports=e.reports, first_day=e.first_day or "",
                   last_day=e.last_day or "", types=";".join(e.types), modes=";".join(e.modes),
                   events=";".join(e.events))
    return g


def to_networkx(store: Store, **filters: Any) -> Any:
    """The store's who-met-whom graph as networkx (``filters``: those of ``entity_graph``).

    >>> from newsgraph.store import Store
    >>> with Store.open(":memory:") as store:
    ...     to_networkx(store, since="2023-12-01").graph["name"]
    'newsgraph who-met-whom'
    """
    return _networkx(entity_graph(store, **filters))


def write_graph(store: Store, path: str | Path, fmt: str, **filters: Any) -> tuple[int, int]:
    """Write the graph to a file in ``graphml`` or ``gexf``; returns (nodes, edges).

    >>> import os, tempfile
    >>> from newsgraph.store import Store
    >>> store = Store.open(":memory:")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_graph(store, os.path.join(folder, "net.gexf"), "gexf")
    (0, 0)
    >>> write_graph(store, "net.dot", "dot")
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: --format: unknown graph format 'dot' (known: graphml, gexf)
    >>> store.close()
    """
    import networkx as nx

    if fmt not in FORMATS:
        raise InputError("--format", f"unknown graph format {fmt!r} (known: {', '.join(FORMATS)})")
    g = to_networkx(store, **filters)
    if fmt == "graphml":
        nx.write_graphml(g, str(path), encoding="utf-8")
    else:
        nx.write_gexf(g, str(path), encoding="utf-8")
    return g.number_of_nodes(), g.number_of_edges()
