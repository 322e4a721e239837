"""Concurrency: the server (``newsgraph serve``, its own process) answers 50 concurrent clients on loopback
for 5 s without a single error while an ingest writes into the same database — SQLite and PostgreSQL.

The full benchmark (200 clients for 30 s, latency percentiles) is ``python -m bench.api_load``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.api_load import scenario

from tests.store.pg import fresh_schema, requires_pg


def _check(db: str, folder: Path) -> None:
    result = scenario(db, folder, clients=50, seconds=5, seed_n=40, ingest_n=200)
    load = result.load
    assert load.errors == [], load.errors[:5]
    assert load.requests >= 50, result.to_dict()
    assert result.articles_after > result.articles_before, "the ingest did not write during the load"
    assert load.by_path.keys() >= {"/api/entities", "/api/events", "/api/search", "/", "/articles/{id}"}


def test_load_while_ingesting_sqlite(tmp_path: Path) -> None:
    _check(str(tmp_path / "load.db"), tmp_path)


@requires_pg
@pytest.mark.postgres
def test_load_while_ingesting_postgres(tmp_path: Path) -> None:
    for url in fresh_schema():
        _check(url, tmp_path)
