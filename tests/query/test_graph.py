"""The who-met-whom graph and actor lanes: edges per shared event, weights, filters, ego networks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import NotFoundError, QueryError
from newsgraph.model import Article
from newsgraph.query.graph import Graph, entity_graph, lanes
from newsgraph.store import Store
from tests.store.factory import AUSTIN, BLINKEN, MUNIR, Ev, austin_call, blinken_meeting, build


def trilateral() -> Article:
    text = "Antony Blinken met Lloyd Austin and Asim Munir in January 2024."
    return build(text, ents=[BLINKEN, AUSTIN, MUNIR], timexes=[("January 2024", "2024-01")],
                 events=[Ev("met", participants=[("Antony Blinken", "actor"), ("Lloyd Austin", "recipient"),
                                                  ("Asim Munir", "recipient")], when="January 2024")],
                 published="2024-02-01", source="Third Paper")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        for art in (blinken_meeting("Outlet A"), blinken_meeting("Outlet B", extra="No details were given."),
                    austin_call(), trilateral()):
            s.write_article(art)
        yield s


def pairs(graph: Graph) -> dict[tuple[str, str], int]:
    names = {n.id: n.name for n in graph.nodes}
    return {tuple(sorted((names[e.source], names[e.target]))): e.weight for e in graph.edges}


def test_edges_count_shared_events(store: Store) -> None:
    g = entity_graph(store)
    assert g.events == 3
    assert pairs(g) == {("Antony Blinken", "Asim Munir"): 2, ("Asim Munir", "Lloyd Austin"): 2,
                        ("Antony Blinken", "Lloyd Austin"): 1}
    munir = g.nodes[0]
    assert (munir.name, munir.events, munir.degree) == ("Asim Munir", 3, 2)
    top = next(e for e in g.edges if e.weight == 2 and e.reports == 3)  # the Blinken meeting has 2 reports
    assert (top.first_day, top.last_day) == ("2023-12-14", "2024-01-31")


def test_filters(store: Store) -> None:
    december = entity_graph(store, since="2023-12", until="2023-12")
    assert pairs(december) == {("Antony Blinken", "Asim Munir"): 1}
    assert pairs(entity_graph(store, mode="PHONE")) == {("Asim Munir", "Lloyd Austin"): 1}
    assert pairs(entity_graph(store, outlet="third paper")) == {("Antony Blinken", "Asim Munir"): 1,
                                                                ("Asim Munir", "Lloyd Austin"): 1,
                                                                ("Antony Blinken", "Lloyd Austin"): 1}
    assert entity_graph(store, type="ASSAULT").nodes == []
    assert len(entity_graph(store, min_weight=2).edges) == 2
    assert [n.name for n in entity_graph(store, limit=1).nodes] == ["Asim Munir"]
    assert entity_graph(store, entity_types=["GPE"]).edges == []
    with pytest.raises(QueryError):
        entity_graph(store, since="soon")
    with pytest.raises(QueryError):
        entity_graph(store, entity_types=["ROBOT"])


def test_limit_draws_the_most_active_and_counts_the_rest(store: Store) -> None:
    top2 = entity_graph(store, limit=2)
    # Blinken and Austin both share 2 events with Munir; Blinken's are in 3 reports, Austin's in 2
    assert [n.name for n in top2.nodes] == ["Asim Munir", "Antony Blinken"]
    assert pairs(top2) == {("Antony Blinken", "Asim Munir"): 2}  # no edge to an entity left out
    assert (top2.entities, top2.events, entity_graph(store).entities) == (3, 3, 3)
    assert entity_graph(store, entity_types=["PERSON"], limit=1).entities == 3


def test_ego_network(store: Store) -> None:
    ego = entity_graph(store, entity="Lloyd Austin")
    assert pairs(ego) == {("Asim Munir", "Lloyd Austin"): 2, ("Antony Blinken", "Lloyd Austin"): 1,
                          ("Antony Blinken", "Asim Munir"): 1}
    austin = next(n for n in ego.nodes if n.name == "Lloyd Austin")
    assert entity_graph(store, entity=austin.id).events == 2
    with pytest.raises(NotFoundError):
        entity_graph(store, entity="Nobody")


def test_lanes_group_dated_events_by_actor(store: Store) -> None:
    got = lanes(store)
    assert [(lane.name, [e.date for e in lane.events]) for lane in got] == [
        ("Asim Munir", ["2023-10-04", "2023-12-14", "2024-01"]),
        ("Antony Blinken", ["2023-12-14", "2024-01"]), ("Lloyd Austin", ["2023-10-04", "2024-01"])]
    assert [lane.name for lane in lanes(store, actors=1, since="2024")] == ["Antony Blinken"]
