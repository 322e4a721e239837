"""Pages of results: ``limit``/``offset`` checked once, and the ``total`` beside the items.

>>> limit, offset = check_page(3, 6)
>>> page = Page(list(range(10))[offset:offset + limit], 10, limit, offset)
>>> page.items, page.total, page.next_offset
([6, 7, 8], 10, 9)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from newsgraph.errors import QueryError

T = TypeVar("T")

#: The largest page a query returns.
MAX_LIMIT = 1000
DEFAULT_LIMIT = 50


def check_page(limit: int | None, offset: int | None) -> tuple[int, int]:
    """A valid ``(limit, offset)``; None means the default; out-of-range values are a :class:`QueryError`.

    >>> check_page(None, None)
    (50, 0)
    >>> check_page(0, 0)
    Traceback (most recent call last):
    ...
    newsgraph.errors.QueryError: limit must be between 1 and 1000, not 0
    """
    lim = DEFAULT_LIMIT if limit is None else limit
    off = 0 if offset is None else offset
    if not 1 <= lim <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {lim}")
    if off < 0:
        raise QueryError(f"offset must be 0 or more, not {off}")
    return lim, off


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results: the items, how many there are in all, and where the page starts."""

    items: list[T]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or None on the last one."""
        nxt = self.offset + self.limit
        return nxt if nxt < self.total else None

    def to_dict(self, item: Callable[[T], Any] | None = None) -> dict[str, Any]:
        """The page as a plain dict; items through ``item`` (default: their own ``to_dict()``)."""
        conv = item or (lambda x: x.to_dict() if hasattr(x, "to_dict") else x)
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": self.next_offset, "items": [conv(x) for x in self.items]}
