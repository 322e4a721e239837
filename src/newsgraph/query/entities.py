"""Listing global entities, by type and by (part of) a name.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     list_entities(store, type="person")
[]
"""

from __future__ import annotations

from typing import get_args

from newsgraph.errors import QueryError
from newsgraph.model import EntityType
from newsgraph.query.names import entity_rows, name_filter
from newsgraph.query.rows import EntityRow
from newsgraph.store import Store

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


def check_type(etype: str) -> str:
    """An entity type in canonical case, or a :class:`QueryError` naming the known ones.

    >>> check_type("gpe")
    'GPE'
    """
    up = etype.upper()
    if up not in ENTITY_TYPES:
        raise QueryError(f"unknown entity type {etype!r} (known: {', '.join(ENTITY_TYPES)})")
    return up


def list_entities(store: Store, *, type: str | None = None, name: str | None = None,
                  limit: int | None = None) -> list[EntityRow]:
    """Global entities, most-cited first; ``name`` matches any part of a name or alias, in any case.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [e.name for e in list_entities(store, type="person", name="ton")]
    ['Antony Blinken']
    """
    conds: list[str] = []
    params: list[object] = []
    if type:
        conds.append("e.type = ?")
        params.append(check_type(type))
    if name:
        cond, more = name_filter(name)
        conds.append(cond)
        params += more
    rows = entity_rows(store, " AND ".join(conds), tuple(params))
    return rows[:limit] if limit else rows
