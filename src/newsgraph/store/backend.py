"""Database backends: the only place that knows which database engine is underneath.

The rest of :mod:`newsgraph.store` and :mod:`newsgraph.query` write portable SQL with ``?`` placeholders and
talk to a :class:`Backend`. :class:`SQLiteBackend` is the embedded default (WAL journal, foreign keys on);
a PostgreSQL backend only has to implement the same protocol (and translate ``?`` to ``%s``).

>>> db = SQLiteBackend(":memory:")
>>> db.query("SELECT 1 AS one")
[{'one': 1}]
>>> db.close()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from newsgraph.errors import StoreError

Row = dict[str, Any]


class Backend(Protocol):
    """What the store needs of a database connection."""

    dialect: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one query; return its rows as dicts keyed by column name."""

    def transaction(self) -> Any:
        """A context manager: everything inside commits together or not at all."""

    def close(self) -> None:
        """Close the connection."""


#: SQLite's page cache per connection, in KiB (``PRAGMA cache_size``; the default is 2,000 KiB).
CACHE_KIB = 64 * 1024


class SQLiteBackend:
    """SQLite through the standard library, in autocommit mode with explicit transactions."""

    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        if path != ":memory:" and not Path(path).parent.exists():
            raise StoreError(f"cannot open database {path}: folder {Path(path).parent} does not exist")
        try:
            # A connection may move between threads (the server lends one per request), never shared at once.
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            # Linking reads candidates and writes keys and facets all over a growing database: with SQLite's
            # default 2 MB page cache, a 2 MB corpus (a 38 MB database) spent a fifth of its storing time
            # re-reading pages. Up to 64 MB, taken only as the database grows.
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            if path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        self.path = path
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        try:
            return self.conn.execute(sql, tuple(params)).rowcount
        except sqlite3.Error as exc:
            raise StoreError(f"database {self.path}: {exc}") from exc

    def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row (one call into SQLite, not one per row)."""
        if isinstance(rows, Sequence) and not rows:
            return
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise StoreError(f"database {self.path}: {exc}") from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one query; return its rows as dicts keyed by column name."""
        try:
            return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]
        except sqlite3.Error as exc:
            raise StoreError(f"database {self.path}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together, or rolls back on any exception (nested: joins the outer)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.conn.close()


def open_backend(target: str) -> Backend:
    """The backend for a ``--db`` value: a ``postgresql://`` URL, else a SQLite file path (or ``:memory:``).

    >>> open_backend(":memory:").dialect
    'sqlite'
    """
    if target.startswith(("postgresql://", "postgres://")):
        from newsgraph.store.postgres import PostgresBackend

        return PostgresBackend(target)
    return SQLiteBackend(target)


def placeholders(n: int) -> str:
    """``?, ?, ?`` for an ``IN (...)`` list of n values.

    >>> placeholders(3)
    '?, ?, ?'
    """
    return ", ".join("?" * n)
