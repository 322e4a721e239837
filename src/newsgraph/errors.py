"""One exception hierarchy: every error newsgraph raises on purpose is a :class:`NewsgraphError`.

Faces (CLI, API) turn these into one clear line or an HTTP status; anything else is a bug.

>>> issubclass(InputError, NewsgraphError)
True
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of all newsgraph errors."""


class InputError(NewsgraphError):
    """An input (file, line, record) cannot be read as an article; ``where`` names it."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ModelError(NewsgraphError):
    """No usable spaCy pipeline could be loaded."""


class StoreError(NewsgraphError):
    """The database cannot be opened, migrated or written."""


class QueryError(NewsgraphError):
    """A query is malformed (bad date, unknown entity, bad search syntax)."""


class NotFoundError(QueryError):
    """The thing asked for does not exist."""


class GoldError(NewsgraphError):
    """A gold file is malformed or its text cannot be found."""
