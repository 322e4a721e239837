"""A small hand-built store shared by the export tests."""

from __future__ import annotations

from newsgraph.store import Store
from tests.store.factory import austin_call, blinken_meeting


def sample_store() -> Store:
    """An in-memory store: the Blinken meeting reported by two outlets, and the Austin call."""
    store = Store.open(":memory:")
    store.write_article(blinken_meeting("Outlet A"))
    store.write_article(blinken_meeting("Outlet B", extra="No details were given."))
    store.write_article(austin_call())
    return store
