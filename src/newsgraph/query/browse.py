"""Paged listings with totals, for the API and the web pages: articles, entities, events, quotes, timexes.

Every listing takes ``limit``/``offset`` (:mod:`newsgraph.query.paging`) and returns a
:class:`~newsgraph.query.paging.Page` whose ``total`` counts every match. Shared filters: ``since``/``until``
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; on the publication date of articles, on the event date of events)
and ``outlet`` (a source name, any case).

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     articles_page(store).total, events_page(store, since="2023").items
(0, [])
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from newsgraph.errors import NotFoundError
from newsgraph.model import Article
from newsgraph.query.entities import check_type
from newsgraph.query.events import day_bounds, event_filter, event_rows, resolve_ids
from newsgraph.query.names import entity_rows, name_filter
from newsgraph.query.paging import Page, check_page
from newsgraph.query.quotes import QUOTES_SQL, quote_row
from newsgraph.query.rows import EntityRow, EventRow, QuoteRow, _Row
from newsgraph.store import ArticleLinks, Store
from newsgraph.store.backend import placeholders


@dataclass(frozen=True, slots=True)
class ArticleSummary(_Row):
    """An article without its text: where and when it was published, and how many facts it holds."""

    id: str
    source_id: str | None
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    language: str
    chars: int
    entities: int
    events: int
    quotes: int


@dataclass(frozen=True, slots=True)
class TimexRow(_Row):
    """A temporal expression as an article states it, with its TIMEX3 value."""

    article_id: str
    local_id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    anchor: str
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class OutletRow(_Row):
    """A source and how many stored articles it published."""

    name: str
    articles: int


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article with all its facts and the global ids of its entities and events."""

    article: Article
    links: ArticleLinks


def article_filter(since: str | None, until: str | None, outlet: str | None,
                   alias: str = "a") -> tuple[list[str], list[object]]:
    """SQL conditions on articles (as ``alias``) for the shared publication-date and outlet filters.

    >>> article_filter("2023-12", None, " Dawn ")
    (['SUBSTR(a.published, 1, 10) >= ?', 'LOWER(a.source) = ?'], ['2023-12-01', 'dawn'])
    """
    where: list[str] = []
    params: list[object] = []
    if since:
        where.append(f"SUBSTR({alias}.published, 1, 10) >= ?")
        params.append(day_bounds(since)[0])
    if until:
        where.append(f"SUBSTR({alias}.published, 1, 10) <= ?")
        params.append(day_bounds(until)[1])
    if outlet:
        where.append(f"LOWER({alias}.source) = ?")
        params.append(outlet.strip().lower())
    return where, params


def _where(conds: list[str]) -> str:
    return ("WHERE " + " AND ".join(conds)) if conds else ""


def _count(store: Store, sql: str, params: list[object]) -> int:
    return int(store.fetch(f"SELECT COUNT(*) AS n FROM ({sql}) AS counted", params)[0]["n"])


def articles_page(store: Store, *, since: str | None = None, until: str | None = None,
                  outlet: str | None = None, entity: str | None = None, limit: int | None = None,
                  offset: int | None = None) -> Page[ArticleSummary]:
    """Stored articles, newest first; ``entity``: only articles that mention it (a name or id).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     page = articles_page(store, entity="Blinken", outlet="dawn")
    >>> page.total, [(a.source, a.published, a.entities, a.events, a.quotes) for a in page.items]
    (1, [('Dawn', '2023-12-15', 3, 1, 1)])
    """
    lim, off = check_page(limit, offset)
    where, params = article_filter(since, until, outlet)
    if entity:
        ids = resolve_ids(store, entity)
        where.append(f"a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN "
                     f"({placeholders(len(ids))}))")
        params += ids
    base = f"SELECT a.id FROM articles a {_where(where)}"
    rows = store.fetch(
        "SELECT a.id, a.source_id, a.title, a.source, a.published, a.url, a.language, "
        "LENGTH(a.text) AS chars, "
        "(SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id) AS n_entities, "
        "(SELECT COUNT(*) FROM event_reports x WHERE x.article_id = a.id) AS n_events, "
        "(SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS n_quotes "
        f"FROM articles a {_where(where)} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",
        [*params, lim, off])
    items = [ArticleSummary(r["id"], r["source_id"], r["title"], r["source"], r["published"], r["url"],
                            r["language"], int(r["chars"]), int(r["n_entities"]), int(r["n_events"]),
                            int(r["n_quotes"])) for r in rows]
    return Page(items, _count(store, base, params), lim, off)


def article_view(store: Store, article_id: str) -> ArticleView:
    """A stored article with its facts and global links (:class:`NotFoundError` when it is not stored).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     view = article_view(store, store.article_ids()[0])
    ...     article_view(store, "nope")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no article 'nope'
    >>> sorted(view.links.entities), view.article.title
    (['e1', 'e2', 'e3'], None)
    """
    art = store.article(article_id)
    if art is None:
        raise NotFoundError(f"no article {article_id!r}")
    return ArticleView(art, store.links(article_id))


def entities_page(store: Store, *, type: str | None = None, name: str | None = None,
                  country: str | None = None, outlet: str | None = None, since: str | None = None,
                  until: str | None = None, limit: int | None = None,
                  offset: int | None = None) -> Page[EntityRow]:
    """Global entities, most-cited first; date and outlet filters keep entities of matching articles.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     page = entities_page(store, country="usa", since="2023-12", limit=1)
    >>> page.total, [e.name for e in page.items], page.next_offset
    (2, ['Antony Blinken'], 1)
    """
    lim, off = check_page(limit, offset)
    where: list[str] = []
    params: list[object] = []
    if type:
        where.append("e.type = ?")
        params.append(check_type(type))
    if name:
        cond, more = name_filter(name)
        where.append(cond)
        params += more
    if country:
        where.append("UPPER(e.country) = ?")
        params.append(country.strip().upper())
    art_where, art_params = article_filter(since, until, outlet)
    if art_where:
        where.append(f"e.id IN (SELECT x.entity_id FROM article_entities x JOIN articles a ON "
                     f"a.id = x.article_id {_where(art_where)})")
        params += art_params
    base = f"SELECT e.id FROM entities e {_where(where)}"
    ranked = store.fetch(
        f"SELECT e.id, (SELECT COUNT(DISTINCT x.article_id) FROM article_entities x "
        f"WHERE x.entity_id = e.id) AS n FROM entities e {_where(where)} "
        f"ORDER BY n DESC, e.name, e.id LIMIT ? OFFSET ?",
        [*params, lim, off])
    ids = [r["id"] for r in ranked]
    found = {e.id: e for e in entity_rows(store, f"e.id IN ({placeholders(len(ids))})", tuple(ids))
             } if ids else {}
    return Page([found[i] for i in ids if i in found], _count(store, base, params), lim, off)


def events_page(store: Store, *, entity: str | None = None, since: str | None = None,
                until: str | None = None, type: str | None = None, mode: str | None = None,
                outlet: str | None = None, limit: int | None = None,
                offset: int | None = None) -> Page[EventRow]:
    """Global events in date order (undated last), with participants and every report.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     page = events_page(store, entity="Asim Munir", mode="MEET")
    >>> [(ev.type, ev.date, ev.place) for ev in page.items]
    [('CONSULT', '2023-12-14', 'Washington')]
    """
    lim, off = check_page(limit, offset)
    where, params = event_filter(store, since=since, until=until, type=type, mode=mode, outlet=outlet,
                                 entity=entity)
    base = f"SELECT ev.id FROM events ev {_where(where)}"
    ids = [r["id"] for r in store.fetch(
        f"{base} ORDER BY CASE WHEN ev.first_day IS NULL THEN 1 ELSE 0 END, ev.first_day, ev.last_day, ev.id "
        f"LIMIT ? OFFSET ?", [*params, lim, off])]
    items = event_rows(store, [f"ev.id IN ({placeholders(len(ids))})"], list(ids)) if ids else []
    return Page(items, _count(store, base, params), lim, off)


def get_event(store: Store, event_id: str) -> EventRow:
    """One global event with its participants and reports (:class:`NotFoundError` when unknown).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     get_event(store, "V0")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no event 'V0'
    """
    found = event_rows(store, ["ev.id = ?"], [event_id])
    if not found:
        raise NotFoundError(f"no event {event_id!r}")
    return found[0]


def quotes_page(store: Store, *, speaker: str | None = None, since: str | None = None,
                until: str | None = None, outlet: str | None = None, article: str | None = None,
                limit: int | None = None, offset: int | None = None) -> Page[QuoteRow]:
    """Quotes in publication order; ``speaker``: a speaker entity (a name or id).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [(q.speaker, q.cue, q.text) for q in quotes_page(store, speaker="Munir").items]
    [('Asim Munir', 'said', 'Talks went well,')]
    """
    lim, off = check_page(limit, offset)
    where, params = article_filter(since, until, outlet)
    if speaker:
        ids = resolve_ids(store, speaker)
        where.append(f"q.speaker_entity_id IN ({placeholders(len(ids))})")
        params += ids
    if article:
        where.append("q.article_id = ?")
        params.append(article)
    rows = store.fetch(f"{QUOTES_SQL} {_where(where)} ORDER BY a.published, a.id, q.start_char "
                       f"LIMIT ? OFFSET ?", [*params, lim, off])
    total = _count(store, f"SELECT q.local_id FROM quotes q JOIN articles a ON a.id = q.article_id "
                          f"{_where(where)}", params)
    return Page([quote_row(r) for r in rows], total, lim, off)


def timexes_page(store: Store, *, article: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, outlet: str | None = None,
                 limit: int | None = None, offset: int | None = None) -> Page[TimexRow]:
    """Temporal expressions by article, in text order; ``since``/``until`` bound their normalized value.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [(t.text, t.value) for t in timexes_page(store, type="date", since="2023-12-14").items]
    [('on Thursday', '2023-12-14')]
    """
    lim, off = check_page(limit, offset)
    where, params = article_filter(None, None, outlet)
    if article:
        where.append("t.article_id = ?")
        params.append(article)
    if type:
        where.append("t.type = ?")
        params.append(type.strip().upper())
    if since:
        where.append("t.value >= ?")
        params.append(day_bounds(since)[0])
    if until:
        where.append("SUBSTR(t.value, 1, 10) <= ?")
        params.append(day_bounds(until)[1])
    base = f"FROM timexes t JOIN articles a ON a.id = t.article_id {_where(where)}"
    rows = store.fetch(f"SELECT t.*, a.source, a.published, SUBSTR(a.text, t.start_char + 1, "
                       f"t.end_char - t.start_char) AS span {base} ORDER BY a.published, a.id, t.start_char "
                       f"LIMIT ? OFFSET ?", [*params, lim, off])
    items = [TimexRow(r["article_id"], r["local_id"], r["start_char"], r["end_char"], r["span"], r["type"],
                      r["value"], r["anchor"], r["source"], r["published"]) for r in rows]
    return Page(items, _count(store, f"SELECT t.local_id {base}", params), lim, off)


def outlets(store: Store) -> list[OutletRow]:
    """The sources of stored articles, most articles first.

    >>> with Store.open(":memory:") as store:
    ...     outlets(store)
    []
    """
    rows = store.fetch("SELECT source, COUNT(*) AS n FROM articles WHERE source IS NOT NULL "
                       "GROUP BY source ORDER BY n DESC, source")
    return [OutletRow(r["source"], int(r["n"])) for r in rows]


def entities_by_id(store: Store, ids: list[str]) -> dict[str, EntityRow]:
    """Global entities by id (unknown ids are left out).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     ids = [e.id for e in entities_page(store, type="GPE").items]
    ...     [e.name for e in entities_by_id(store, [*ids, "E0"]).values()]
    ['Washington']
    """
    found: dict[str, EntityRow] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update({e.id: e for e in entity_rows(store, f"e.id IN ({placeholders(len(chunk))})",
                                                    tuple(chunk))})
    return found


def event_counts(store: Store, ids: list[str]) -> dict[str, dict[str, int]]:
    """Per global event, the largest of each count its reports give (``killed``, ``injured``, ...).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     ids = [ev.id for ev in events_page(store).items]
    ...     list(event_counts(store, ids).values())
    [{}]
    """
    out: dict[str, dict[str, int]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in store.fetch(f"SELECT event_id, counts FROM event_reports WHERE event_id IN "
                             f"({placeholders(len(chunk))})", chunk):
            mine = out.setdefault(r["event_id"], {})
            for k, v in json.loads(r["counts"] or "{}").items():
                mine[k] = max(mine.get(k, int(v)), int(v))
    return out
