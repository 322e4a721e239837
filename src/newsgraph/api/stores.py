"""The server's store: one :class:`~newsgraph.store.Store` whose every statement borrows a connection.

FastAPI opens a request's dependencies long before its endpoint gets a worker thread (under load, hundreds
of requests wait at once), and runs them in threads that need not be the endpoint's. So a request holds no
connection: each statement borrows one from a bounded pool (:class:`PooledBackend`) for as long as it runs,
and a transaction keeps its connection to its end. At most ``size`` connections are ever open — PostgreSQL
refuses clients past its ``max_connections`` — and a statement waits for a free one instead of failing.
SQLite connections may so move between threads (they are opened with ``check_same_thread=False``); two
statements never use one at once.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "t.db")
>>> Store.open(path).close()
>>> stores = StorePool(path)
>>> stores.get().counts().articles
0
>>> stores.close()
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.backend import Backend, Row, open_backend

#: Connections a server keeps open at most (per process).
POOL_SIZE = 16


class PooledBackend:
    """A :class:`~newsgraph.store.backend.Backend` lending a pooled connection to each statement."""

    def __init__(self, target: str, size: int = POOL_SIZE) -> None:
        self.target = target
        self.size = max(1, size)
        first = open_backend(target)
        self.dialect = first.dialect
        self._free: list[Backend] = [first]
        self._opened = 1
        self._cond = threading.Condition()
        self._pinned = threading.local()  # the connection of this thread's open transaction

    @contextmanager
    def _borrow(self) -> Iterator[Backend]:
        pinned: Backend | None = getattr(self._pinned, "conn", None)
        if pinned is not None:
            yield pinned
            return
        with self._cond:
            while not self._free and self._opened >= self.size:
                self._cond.wait()
            conn = self._free.pop() if self._free else None
            if conn is None:
                self._opened += 1
        if conn is None:
            try:
                conn = open_backend(self.target)
            except BaseException:
                with self._cond:
                    self._opened -= 1
                    self._cond.notify()
                raise
        try:
            yield conn
        finally:
            with self._cond:
                self._free.append(conn)
                self._cond.notify()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement on a borrowed connection."""
        with self._borrow() as conn:
            return conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement per parameter row on a borrowed connection."""
        with self._borrow() as conn:
            conn.execute_many(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one query on a borrowed connection."""
        with self._borrow() as conn:
            return conn.query(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction on one borrowed connection, which this thread's statements use until it ends."""
        if getattr(self._pinned, "conn", None) is not None:
            yield  # nested: joins the outer one
            return
        with self._borrow() as conn, conn.transaction():
            self._pinned.conn = conn
            try:
                yield
            finally:
                self._pinned.conn = None

    def close(self) -> None:
        """Close the idle connections (borrowed ones are given back first by their statements)."""
        with self._cond:
            free, self._free = self._free, []
        for conn in free:
            conn.close()


class StorePool:
    """The server's one store over a :class:`PooledBackend` (the name is kept from when it held many)."""

    def __init__(self, target: str, size: int = POOL_SIZE) -> None:
        if target == ":memory:":
            raise StoreError("the server needs a database file or a postgresql:// URL, not :memory:")
        if "://" not in target and not Path(target).exists():
            raise StoreError(f"no database at {target} (run `newsgraph ingest` first, or pass --db)")
        self.target = target
        self.backend = PooledBackend(target, size)
        self.store = Store(self.backend, target)  # migrates now, and fails now when the database cannot

    def get(self) -> Store:
        """The store (safe to share between threads: each statement borrows its own connection)."""
        return self.store

    def close(self) -> None:
        """Close the pooled connections."""
        self.backend.close()
