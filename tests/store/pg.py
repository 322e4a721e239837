"""A PostgreSQL database for tests: a fresh schema per test on the server ``NEWSGRAPH_TEST_PG`` names.

Test modules wrap :func:`fresh_schema` in a fixture and are marked :data:`requires_pg`: they are skipped,
with the reason shown, only when no server can be reached *and* ``NEWSGRAPH_REQUIRE_SERVICES`` is unset.
In CI it is set, so a missing server makes them fail instead of silently passing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest

DSN = os.environ.get("NEWSGRAPH_TEST_PG", "")
REQUIRED = bool(os.environ.get("NEWSGRAPH_REQUIRE_SERVICES"))


def _reachable() -> bool:
    if not DSN:
        return False
    try:
        with psycopg.connect(DSN, connect_timeout=3):
            return True
    except psycopg.Error:
        return False


requires_pg = pytest.mark.skipif(
    not REQUIRED and not _reachable(),
    reason="no PostgreSQL server reachable (set NEWSGRAPH_TEST_PG to a DSN; .ci/postgres-env starts one)",
)


def schema_url(schema: str) -> str:
    """The test DSN with ``search_path`` set to one schema."""
    sep = "&" if "?" in DSN else "?"
    return f"{DSN}{sep}options=-csearch_path%3D{schema}"


def fresh_schema() -> Iterator[str]:
    """Yield a ``postgresql://`` URL whose search path is a new, empty schema (dropped afterwards)."""
    if not DSN:
        raise RuntimeError("NEWSGRAPH_REQUIRE_SERVICES is set but NEWSGRAPH_TEST_PG is not")
    schema = f"ng_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield schema_url(schema)
    finally:
        with psycopg.connect(DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
