"""The JSON API under ``/api``: every web page ``/X`` has its JSON twin at ``/api/X``.

Lists are paginated (``limit``, ``offset``; the answer holds ``total``, ``limit``, ``offset``, ``next_offset``
and ``items``) and filtered by date (``since``/``until``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), type and
outlet. Entities are named by id (``E...``) or by name. Errors answer ``{"error": {"type", "message"}}``
with 400 (bad query), 404 (not found) or 500.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from newsgraph.export.json import article_record
from newsgraph.query import browse
from newsgraph.query.dossier import dossier
from newsgraph.query.graph import entity_graph, lanes
from newsgraph.query.places import event_places
from newsgraph.query.search import search
from newsgraph.store import Store

router = APIRouter(prefix="/api", tags=["api"])


def get_store(request: Request) -> Store:
    """The server's store (a FastAPI dependency; each statement borrows a pooled connection)."""
    store: Store = request.app.state.stores.get()
    return store


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int | None, Query(description="Page size (1-1000, default 50).")]
Offset = Annotated[int | None, Query(description="Items to skip (default 0).")]
Since = Annotated[str | None, Query(description="On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Until = Annotated[str | None, Query(description="On or before this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Outlet = Annotated[str | None, Query(description="Only what this source (outlet) published, any case.")]
EntityRef = Annotated[str | None, Query(description="An entity id (E...) or a name or alias.")]
EntityTypes = Annotated[list[str] | None, Query(description="Keep entities of these types (repeatable).")]


@router.get("", summary="What the store holds")
def index(store: StoreDep) -> dict[str, Any]:
    """Counts of stored facts, the outlets, and the list endpoints."""
    return {"counts": store.counts().to_dict(), "outlets": [o.to_dict() for o in browse.outlets(store)],
            "endpoints": ["/api/articles", "/api/entities", "/api/events", "/api/quotes", "/api/timexes",
                          "/api/search", "/api/timeline", "/api/graph", "/api/map", "/api/openapi.json"]}


@router.get("/articles", summary="Articles, newest first")
def articles(store: StoreDep, since: Since = None, until: Until = None, outlet: Outlet = None,
             entity: EntityRef = None, limit: Limit = None, offset: Offset = None) -> dict[str, Any]:
    """Stored articles (without text) with fact counts; ``entity``: only articles mentioning it."""
    return browse.articles_page(store, since=since, until=until, outlet=outlet, entity=entity, limit=limit,
                                offset=offset).to_dict()


@router.get("/articles/{article_id}", summary="One article with every fact (the JSON export record)")
def article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """The article's export record (docs/export.md): text, entities, events, quotes, timexes, offsets."""
    view = browse.article_view(store, article_id)
    return article_record(view.article, view.links)


@router.get("/entities", summary="Entities, most-cited first")
def entities(store: StoreDep, type: Annotated[str | None, Query(description="PERSON, ORG, GPE, ...")] = None,
             name: Annotated[str | None, Query(description="Part of a name or alias.")] = None,
             country: Annotated[str | None, Query(description="ISO 3166 alpha-3 country code.")] = None,
             outlet: Outlet = None, since: Since = None, until: Until = None, limit: Limit = None,
             offset: Offset = None) -> dict[str, Any]:
    """Global entities; date and outlet filters keep entities of matching articles."""
    return browse.entities_page(store, type=type, name=name, country=country, outlet=outlet, since=since,
                                until=until, limit=limit, offset=offset).to_dict()


@router.get("/entities/{ref}", summary="An entity's dossier")
def entity(store: StoreDep, ref: str) -> dict[str, Any]:
    """Titles and affiliations over time, events, quotes, co-actors and articles of an entity."""
    return dossier(store, ref).to_dict()


@router.get("/events", summary="Events in date order")
def events(store: StoreDep, entity: EntityRef = None, since: Since = None, until: Until = None,
           type: Annotated[str | None, Query(description="PLOVER type: CONSULT, ASSAULT, ...")] = None,
           mode: Annotated[str | None, Query(description="Mode: meeting, phone, visit, ...")] = None,
           outlet: Outlet = None, limit: Limit = None, offset: Offset = None) -> dict[str, Any]:
    """Global events with participants and every report's evidence."""
    return browse.events_page(store, entity=entity, since=since, until=until, type=type, mode=mode,
                              outlet=outlet, limit=limit, offset=offset).to_dict()


@router.get("/events/{event_id}", summary="One event with all its reports")
def event(store: StoreDep, event_id: str) -> dict[str, Any]:
    """A global event, its participants and every article's report of it."""
    return browse.get_event(store, event_id).to_dict()


@router.get("/quotes", summary="Quotes in publication order")
def quotes(store: StoreDep, speaker: EntityRef = None, since: Since = None, until: Until = None,
           outlet: Outlet = None, article: Annotated[str | None, Query(description="An article id.")] = None,
           limit: Limit = None, offset: Offset = None) -> dict[str, Any]:
    """Who said what, where it was reported."""
    return browse.quotes_page(store, speaker=speaker, since=since, until=until, outlet=outlet,
                              article=article, limit=limit, offset=offset).to_dict()


@router.get("/timexes", summary="Temporal expressions")
def timexes(store: StoreDep, article: Annotated[str | None, Query(description="An article id.")] = None,
            type: Annotated[str | None, Query(description="DATE, TIME, DURATION or SET.")] = None,
            since: Since = None, until: Until = None, outlet: Outlet = None, limit: Limit = None,
            offset: Offset = None) -> dict[str, Any]:
    """Dates and times as articles state them, with TIMEX3 values; ``since``/``until`` bound the value."""
    return browse.timexes_page(store, article=article, type=type, since=since, until=until, outlet=outlet,
                               limit=limit, offset=offset).to_dict()


@router.get("/search", summary="Full-text search over articles and quotes")
def search_(store: StoreDep,
            q: Annotated[str, Query(description="FTS5 query: words, \"phrases\", OR, NOT, x*")],
            kind: Annotated[str | None, Query(description="article or quote")] = None,
            plain: Annotated[bool, Query(description="Take the words literally (no query syntax).")] = False,
            since: Since = None, until: Until = None, outlet: Outlet = None, limit: Limit = None,
            offset: Offset = None) -> dict[str, Any]:
    """Best matches first, with snippets (plain text and the offsets of the matched words)."""
    return search(store, q, kind=kind, since=since, until=until, outlet=outlet, plain=plain, limit=limit,
                  offset=offset).to_dict()


@router.get("/timeline", summary="Events grouped by actor")
def timeline(store: StoreDep, entity: EntityRef = None, since: Since = None, until: Until = None,
             type: str | None = None, mode: str | None = None, outlet: Outlet = None,
             entity_type: EntityTypes = None,
             actors: Annotated[int, Query(ge=1, le=200, description="How many actors (lanes).")] = 12,
             ) -> dict[str, Any]:
    """Lanes of dated events, one per actor (the actors in most events; ``entity``: their events only)."""
    got = lanes(store, entity=entity, since=since, until=until, type=type, mode=mode, outlet=outlet,
                entity_types=entity_type if entity_type is not None else ("PERSON",), actors=actors)
    return {"lanes": [lane.to_dict() for lane in got]}


@router.get("/graph", summary="Who met whom")
def graph(store: StoreDep, entity: EntityRef = None, since: Since = None, until: Until = None,
          type: str | None = None, mode: str | None = None, outlet: Outlet = None,
          entity_type: EntityTypes = None,
          min_weight: Annotated[int, Query(ge=1, description="Drop edges with fewer shared events.")] = 1,
          limit: Annotated[int, Query(ge=1, le=5000, description="Draw the entities in most events "
                                      "(default 200); `entities` counts them all.")] = 200) -> dict[str, Any]:
    """Nodes (entities, with their number of events) and edges (shared events: weight, dates, types)."""
    return entity_graph(store, entity=entity, since=since, until=until, type=type, mode=mode, outlet=outlet,
                        entity_types=entity_type or (), min_weight=min_weight, limit=limit).to_dict()


@router.get("/map", summary="Where events happened")
def map_(store: StoreDep, entity: EntityRef = None, since: Since = None, until: Until = None,
         type: str | None = None, mode: str | None = None, outlet: Outlet = None) -> dict[str, Any]:
    """Event places with coordinates from the offline gazetteer, unresolved names, unplaced count."""
    return event_places(store, entity=entity, since=since, until=until, type=type, mode=mode,
                        outlet=outlet).to_dict()
