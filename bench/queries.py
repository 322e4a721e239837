"""Query latency on a generated store: timeline, dossier, search and graph, through :mod:`newsgraph.query`.

Targets are drawn with a fixed seed: entities uniformly (each entity as likely as any other — most have a
handful of events, a few thousands), search queries alternately as one word of the generated vocabulary
(any but the 100 most frequent, which play the part of stop words) and a quoted entity name, graph
windows as one week: drawn as the API serves them (the 200 entities in most events), and with every
entity (a figure for exports and callers that raise ``limit``, outside the latency target). Each kind runs
a few warm-up queries, then ``n`` timed ones; the result is the p50, p95 and maximum in milliseconds, and
the mean number of items returned.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from bench.store_gen import DAYS, START, Spec, make_world
from newsgraph.query import timeline
from newsgraph.query.dossier import dossier
from newsgraph.query.graph import entity_graph
from newsgraph.query.search import search
from newsgraph.store import Store


@dataclass
class Latency:
    """Latency of one kind of query."""

    kind: str
    p50_ms: float
    p95_ms: float
    max_ms: float
    items: float

    def to_dict(self) -> dict[str, Any]:
        """A plain dict."""
        return {"kind": self.kind, "p50_ms": self.p50_ms, "p95_ms": self.p95_ms, "max_ms": self.max_ms,
                "items": self.items}


def _measure(kind: str, calls: list[Callable[[], int]], warmup: int) -> Latency:
    for call in calls[:warmup]:
        call()
    times: list[float] = []
    items: list[int] = []
    for call in calls[warmup:]:
        start = time.perf_counter()
        items.append(call())
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return Latency(kind, round(statistics.median(times), 2), round(p95, 2), round(times[-1], 2),
                   round(statistics.mean(items), 1))


def run_queries(store: Store, spec: Spec, n: int = 100, warmup: int = 10) -> list[Latency]:
    """Latencies of the four query kinds (graph three ways) on a store generated with ``spec``."""
    rng = random.Random(spec.seed + 99)
    world = make_world(spec)
    # The generated world (names, vocabulary: millions of objects) is scaffolding of the benchmark, not of a
    # query: moved out of the collector's sight, as a server's startup objects would be.
    gc.freeze()
    picks = [rng.randrange(spec.entities) for _ in range(n + warmup)]
    names = [world.names[i] for i in picks]
    ids = [world.ids[i] for i in picks]
    words = [world.vocab[rng.randrange(100, len(world.vocab))] if i % 2 else
             f'"{world.names[rng.randrange(spec.entities)]}"' for i in range(n + warmup)]
    weeks = [START + dt.timedelta(days=rng.randrange(DAYS - 7)) for _ in range(n + warmup)]
    def week(day: dt.date, limit: int | None = 200) -> int:
        until = day + dt.timedelta(days=6)
        return len(entity_graph(store, since=day.isoformat(), until=until.isoformat(), limit=limit).edges)

    try:
        return [
            _measure("timeline", [partial(_timeline, store, x) for x in names], warmup),
            _measure("dossier", [partial(_dossier, store, x) for x in names], warmup),
            _measure("search", [partial(_search, store, x) for x in words], warmup),
            _measure("graph (ego)", [partial(_ego, store, x) for x in ids], warmup),
            _measure("graph (week)", [partial(week, d) for d in weeks], warmup),
            _measure("graph (week, all entities)", [partial(week, d, None) for d in weeks], warmup),
        ]
    finally:
        gc.unfreeze()


def _timeline(store: Store, name: str) -> int:
    return len(timeline(store, name).entries)


def _dossier(store: Store, name: str) -> int:
    return len(dossier(store, name).events)


def _search(store: Store, query: str) -> int:
    return len(search(store, query, limit=20).items)


def _ego(store: Store, entity_id: str) -> int:
    return len(entity_graph(store, entity=entity_id).edges)
