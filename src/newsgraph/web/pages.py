"""The web pages. Each page ``/X`` shows what its JSON twin ``/api/X`` answers, with the same parameters.

Pages call the same :mod:`newsgraph.query` functions as the API (no SQL here) and render templates that
escape everything they print.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.api.routes import get_store
from newsgraph.model import Article
from newsgraph.query import browse
from newsgraph.query.dossier import dossier
from newsgraph.query.entities import ENTITY_TYPES
from newsgraph.query.graph import entity_graph, lanes
from newsgraph.query.places import event_places
from newsgraph.query.published import basis_note, published_words, resting_dates
from newsgraph.query.search import search
from newsgraph.store import Store
from newsgraph.web import figures
from newsgraph.web.highlight import segments
from newsgraph.web.outlines import world_outlines
from newsgraph.web.render import page

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
Opt = Annotated[str | None, Query()]
OptInt = Annotated[int | None, Query()]


def _ctx(request: Request, nav: str, **values: Any) -> dict[str, Any]:
    """Context every page gets: its parameters, its JSON twin's URL, the active menu entry."""
    params = {k: v for k, v in request.query_params.multi_items()}
    query = request.url.query
    twin = f"/api{quote(request.url.path.rstrip('/'))}" + (f"?{query}" if query else "")
    return {"params": params, "api_url": twin,
            "nav": nav, "entity_types": ENTITY_TYPES, **values}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    """What the store holds: counts, most-cited people, latest events, outlets."""
    people = browse.entities_page(store, type="PERSON", limit=12)
    recent = browse.events_page(store, limit=8, offset=max(0, browse.events_page(store, limit=1).total - 8))
    ctx = _ctx(request, "home", counts=store.counts(), people=people, recent=recent,
               outlets=browse.outlets(store))
    ctx["api_url"] = "/api"
    return page("index.html", **ctx)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: str = "", kind: Opt = None, plain: bool = False,
                since: Opt = None, until: Opt = None, outlet: Opt = None, limit: OptInt = None,
                offset: OptInt = None) -> HTMLResponse:
    """Search box and results with highlighted snippets."""
    results = search(store, q, kind=kind or None, plain=plain, since=since or None, until=until or None,
                     outlet=outlet or None, limit=limit, offset=offset) if q.strip() else None
    hits = [h.to_dict() for h in results.items] if results else []
    return page("search.html", **_ctx(request, "search", q=q, results=results, hits=hits,
                                       outlets=browse.outlets(store)))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, since: Opt = None, until: Opt = None, outlet: Opt = None,
                  entity: Opt = None, limit: OptInt = None, offset: OptInt = None) -> HTMLResponse:
    """Articles, newest first."""
    got = browse.articles_page(store, since=since or None, until=until or None, outlet=outlet or None,
                               entity=entity or None, limit=limit, offset=offset)
    return page("articles.html", **_ctx(request, "articles", page=got, outlets=browse.outlets(store)))


def _published(art: Article) -> dict[str, Any]:
    """What the reader says of the publication date: how an inferred one was obtained (``published_note``,
    the full words with the evidence quoted as hover text), whether its evidence is in the text, and the
    dates that rest on it (timex and event ids)."""
    basis = art.published_from
    return {"published_note": basis_note(art.published, art.published_inferred, basis),
            "published_words": published_words(art), "resting": resting_dates(art),
            "evidence_shown": bool(basis and basis.evidence)}


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader(request: Request, store: StoreDep, article_id: str, focus: Opt = None) -> HTMLResponse:
    """The article with entities, dates, quotes and events highlighted and linked."""
    view = browse.article_view(store, article_id)
    art, links = view.article, view.links
    ctx = _ctx(request, "articles", article=art, links=links,
               segments=segments(art, links.entities, links.events, focus), focus=focus,
               entities=sorted(art.entities, key=lambda e: (e.type, e.name)),
               names={e.id: e.name for e in art.entities}, **_published(art))
    ctx["api_url"] = f"/api/articles/{article_id}"
    return page("article.html", **ctx)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, store: StoreDep, type: Opt = None, name: Opt = None, country: Opt = None,
                  outlet: Opt = None, since: Opt = None, until: Opt = None, limit: OptInt = None,
                  offset: OptInt = None) -> HTMLResponse:
    """Entities, most-cited first."""
    got = browse.entities_page(store, type=type or None, name=name or None, country=country or None,
                               outlet=outlet or None, since=since or None, until=until or None, limit=limit,
                               offset=offset)
    return page("entities.html", **_ctx(request, "entities", page=got, outlets=browse.outlets(store)))


@router.get("/entities/{ref}", response_class=HTMLResponse)
def dossier_page(request: Request, store: StoreDep, ref: str) -> HTMLResponse:
    """An entity's dossier: titles and affiliations over time, events, quotes, co-actors, articles."""
    d = dossier(store, ref)
    own = lanes(store, entity=d.entity.id, entity_types=(), actors=8)
    return page("dossier.html", **_ctx(request, "entities", d=d, timeline=figures.timeline_figure(own, 1000)))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, entity: Opt = None, since: Opt = None, until: Opt = None,
                type: Opt = None, mode: Opt = None, outlet: Opt = None, limit: OptInt = None,
                offset: OptInt = None) -> HTMLResponse:
    """Events in date order, with participants and reports."""
    got = browse.events_page(store, entity=entity or None, since=since or None, until=until or None,
                             type=type or None, mode=mode or None, outlet=outlet or None, limit=limit,
                             offset=offset)
    return page("events.html", **_ctx(request, "events", page=got, outlets=browse.outlets(store)))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    """One event and every article's report of it, side by side."""
    return page("event.html", **_ctx(request, "events", ev=browse.get_event(store, event_id)))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, store: StoreDep, speaker: Opt = None, since: Opt = None, until: Opt = None,
                outlet: Opt = None, article: Opt = None, limit: OptInt = None,
                offset: OptInt = None) -> HTMLResponse:
    """Who said what."""
    got = browse.quotes_page(store, speaker=speaker or None, since=since or None, until=until or None,
                             outlet=outlet or None, article=article or None, limit=limit, offset=offset)
    return page("quotes.html", **_ctx(request, "quotes", page=got, outlets=browse.outlets(store)))


@router.get("/timexes", response_class=HTMLResponse)
def timexes_page(request: Request, store: StoreDep, article: Opt = None, type: Opt = None, since: Opt = None,
                 until: Opt = None, outlet: Opt = None, limit: OptInt = None,
                 offset: OptInt = None) -> HTMLResponse:
    """Dates and times as the articles state them, with their normalized values."""
    got = browse.timexes_page(store, article=article or None, type=type or None, since=since or None,
                              until=until or None, outlet=outlet or None, limit=limit, offset=offset)
    return page("timexes.html", **_ctx(request, "timexes", page=got, outlets=browse.outlets(store)))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, entity: Opt = None, since: Opt = None, until: Opt = None,
                  type: Opt = None, mode: Opt = None, outlet: Opt = None,
                  entity_type: Annotated[list[str] | None, Query()] = None, actors: int = 12) -> HTMLResponse:
    """Events grouped by actor on a zoomable time axis."""
    got = lanes(store, entity=entity or None, since=since or None, until=until or None, type=type or None,
                mode=mode or None, outlet=outlet or None,
                entity_types=[t for t in entity_type or ["PERSON"] if t], actors=actors)
    return page("timeline.html", **_ctx(request, "timeline", fig=figures.timeline_figure(got),
                                         outlets=browse.outlets(store), chosen=entity_type or ["PERSON"]))


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, store: StoreDep, entity: Opt = None, since: Opt = None, until: Opt = None,
               type: Opt = None, mode: Opt = None, outlet: Opt = None,
               entity_type: Annotated[list[str] | None, Query()] = None, min_weight: int = 1,
               limit: int = 80) -> HTMLResponse:
    """The who-met-whom network; a node opens its dossier."""
    chosen = [t for t in entity_type or [] if t]
    g = entity_graph(store, entity=entity or None, since=since or None, until=until or None,
                     type=type or None, mode=mode or None, outlet=outlet or None, entity_types=chosen,
                     min_weight=min_weight, limit=limit)
    return page("graph.html", **_ctx(request, "graph", graph=g, fig=figures.graph_figure(g),
                                      outlets=browse.outlets(store), chosen=chosen))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep, entity: Opt = None, since: Opt = None, until: Opt = None,
             type: Opt = None, mode: Opt = None, outlet: Opt = None) -> HTMLResponse:
    """Where events happened, on an offline world map."""
    places = event_places(store, entity=entity or None, since=since or None, until=until or None,
                          type=type or None, mode=mode or None, outlet=outlet or None)
    fig = figures.map_figure(places.points, world_outlines())
    return page("map.html", **_ctx(request, "map", places=places, fig=fig, outlets=browse.outlets(store)))


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API's endpoints and parameters, from its OpenAPI document."""
    spec = request.app.openapi()
    ctx = _ctx(request, "api", spec=spec)
    ctx["api_url"] = "/api/openapi.json"
    return page("api_docs.html", **ctx)
