"""The server's stores: one per request, lent from a pool and given back when the answer is sent.

FastAPI runs a request's dependencies and its endpoint in worker threads that need not be the same, so a
store is not tied to a thread: a request leases one (:meth:`StorePool.lease`), uses it alone, and gives it
back. A SQLite connection may thus move between threads (it is opened with ``check_same_thread=False``),
but two requests never use one at once. At most :attr:`StorePool.idle_max` idle stores are kept open.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "t.db")
>>> Store.open(path).close()
>>> stores = StorePool(path)
>>> with stores.lease() as store:
...     store.counts().articles
0
>>> stores.close()
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store import Store


class StorePool:
    """Stores of one database, opened as needed, lent one request at a time, all closed by :meth:`close`."""

    def __init__(self, target: str, idle_max: int = 64) -> None:
        if target == ":memory:":
            raise StoreError("the server needs a database file or a postgresql:// URL, not :memory:")
        if "://" not in target and not Path(target).exists():
            raise StoreError(f"no database at {target} (run `newsgraph ingest` first, or pass --db)")
        self.target = target
        self.idle_max = idle_max
        self._idle: list[Store] = []
        self._lock = threading.Lock()
        self._closed = False
        with self.lease():  # migrate now, and fail now when the database cannot be opened
            pass

    @contextmanager
    def lease(self) -> Iterator[Store]:
        """A store for this request alone; given back (or closed, when enough are idle) afterwards."""
        with self._lock:
            store = self._idle.pop() if self._idle else None
        store = store or Store.open(self.target)
        try:
            yield store
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self.idle_max
                if keep:
                    self._idle.append(store)
            if not keep:
                store.close()

    def close(self) -> None:
        """Close the idle stores; stores still lent out are closed when given back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()
