"""The benchmark's own tools stay in step with the schema and the query layer (a tiny generated store)."""

from __future__ import annotations

from bench.queries import run_queries
from bench.store_gen import Spec, generate, sqlite_bulk

from newsgraph.model import check_offsets
from newsgraph.store import Store


def test_generated_store_is_consistent_and_queryable() -> None:
    spec = Spec(events=400, entities=60, seed=3)
    with Store.open(":memory:") as store:
        generate(spec, sqlite_bulk(store), progress=lambda message: None)
        counts = store.counts()
        assert (counts.events, counts.entities, counts.articles) == (400, 60, 40)
        for article_id in store.article_ids()[:5]:
            article = store.article(article_id)
            assert article is not None and not check_offsets(article)
            assert article.events and article.quotes and article.entities
        lats = run_queries(store, spec, n=5, warmup=1)
    assert [x.kind for x in lats] == ["timeline", "dossier", "search", "graph (ego)", "graph (week)",
                                     "graph (week, all entities)"]
    assert all(x.p95_ms >= x.p50_ms >= 0 for x in lats)
    assert next(x for x in lats if x.kind == "timeline").items > 0
