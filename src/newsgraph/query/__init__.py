"""The questions users ask of a store, shared by the CLI, the API and the web face.

Each function takes a :class:`~newsgraph.store.Store` and returns typed rows (:mod:`newsgraph.query.rows`);
unknown names are :class:`~newsgraph.errors.NotFoundError`, malformed filters
:class:`~newsgraph.errors.QueryError`.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     list_entities(store), list_events(store), list_quotes(store)
([], [], [])
"""

from newsgraph.query.entities import list_entities
from newsgraph.query.events import list_events, timeline
from newsgraph.query.names import find_entities
from newsgraph.query.quotes import list_quotes
from newsgraph.query.rows import EntityRow, EventRow, ParticipantRow, QuoteRow, ReportRow, Timeline

__all__ = ["EntityRow", "EventRow", "ParticipantRow", "QuoteRow", "ReportRow", "Timeline", "find_entities",
           "list_entities", "list_events", "list_quotes", "timeline"]
