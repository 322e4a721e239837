"""Canonical dumps of a newsgraph database (SQLite or PostgreSQL), to compare two databases row for row.

A dump maps each table to its rows, sorted, without the columns that record *when* a row was written
(names ending in ``_at``): two databases built from the same inputs in the same order must then be equal,
global ids included (they are derived from where a fact was first seen, not from a counter).

>>> dump = sqlite_dump(":memory:")
>>> dump
{}
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Dump = dict[str, list[tuple[Any, ...]]]

#: Tables holding one article's facts, keyed by ``article_id``.
FACT_TABLES = ("article_entities", "mentions", "timexes", "quotes", "event_reports", "report_participants")


def _key(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple("" if v is None else repr(v) for v in row)


def _kept(columns: list[str]) -> list[str]:
    return [c for c in columns if not c.endswith("_at")]


def sqlite_dump(path: str | Path) -> Dump:
    """Every table of a SQLite database (FTS shadow tables left out), sorted, without ``*_at`` columns."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if str(path) != ":memory:" else \
        sqlite3.connect(":memory:")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name")]
        out: Dump = {}
        for table in tables:
            cols = _kept([r[1] for r in conn.execute(f'PRAGMA table_xinfo("{table}")') if r[6] == 0])
            rows = conn.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=_key)
        return out
    finally:
        conn.close()


def pg_dump(url: str) -> Dump:
    """Every table of the schema a ``postgresql://`` URL's search path names, like :func:`sqlite_dump`."""
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]
        out: Dump = {}
        for table in tables:
            cols = _kept([r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s ORDER BY ordinal_position", (table,))])
            rows = conn.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=_key)
        return out


def fact_counts(dump: Dump, columns: dict[str, list[str]]) -> dict[str, Counter[str]]:
    """Per article id, how many rows of each fact table it has (``columns``: each table's column names)."""
    out: dict[str, Counter[str]] = {}
    for table in FACT_TABLES:
        idx = columns[table].index("article_id")
        for row in dump.get(table, []):
            out.setdefault(row[idx], Counter())[table] += 1
    return out


def sqlite_columns(path: str | Path) -> dict[str, list[str]]:
    """The kept column names of each fact table of a SQLite database, in dump order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: _kept([r[1] for r in conn.execute(f'PRAGMA table_xinfo("{t}")') if r[6] == 0])
                for t in FACT_TABLES}
    finally:
        conn.close()


def pg_columns(url: str) -> dict[str, list[str]]:
    """The kept column names of each fact table of a PostgreSQL schema, in dump order."""
    import psycopg

    with psycopg.connect(url) as conn:
        return {t: _kept([r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", (t,))]) for t in FACT_TABLES}


def newsgraph_command(*args: str) -> list[str]:
    """The argv that runs the ``newsgraph`` command of this interpreter's installation."""
    return [sys.executable, "-c", "import sys; from newsgraph.cli import main; sys.exit(main())", *args]


def run_newsgraph(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``newsgraph ARGS`` to its end; its output captured as text."""
    return subprocess.run(newsgraph_command(*args), capture_output=True, text=True, timeout=timeout,
                          check=False)
