"""Storage: one schema (numbered migrations in ``migrations/``), SQLite by default, written atomically.

Only :mod:`newsgraph.store` and :mod:`newsgraph.query` hold SQL. Engine specifics live in
:mod:`newsgraph.store.backend`.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     store.counts().articles
0
"""

from newsgraph.store.database import ArticleLinks, Store, StoreCounts

__all__ = ["ArticleLinks", "Store", "StoreCounts"]
