"""One store per server thread: SQLite connections belong to the thread that opened them.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "t.db")
>>> Store.open(path).close()
>>> stores = StorePool(path)
>>> stores.get().counts().articles
0
>>> stores.close()
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store import Store


class StorePool:
    """Stores of one database, opened lazily, one per thread, all closed by :meth:`close`."""

    def __init__(self, target: str) -> None:
        if target == ":memory:":
            raise StoreError("the server needs a database file or a postgresql:// URL, not :memory:")
        if "://" not in target and not Path(target).exists():
            raise StoreError(f"no database at {target} (run `newsgraph ingest` first, or pass --db)")
        self.target = target
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.get()  # migrate now, and fail now when the database cannot be opened

    def get(self) -> Store:
        """This thread's store."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.target)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        """Close every store opened so far."""
        with self._lock:
            for store in self._all:
                with contextlib.suppress(sqlite3.ProgrammingError):  # another thread's: closed with it
                    store.close()
            self._all.clear()
        self._local = threading.local()
