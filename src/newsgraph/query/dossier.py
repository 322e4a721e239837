"""An entity's dossier: who it is (titles and affiliations over time), what it did (events), what it said
(quotes), with whom (co-actors), and where it was written about (articles).

An entity is named by its global id (``E...``) or by a name (:mod:`newsgraph.query.names`); when a name
resolves to several entities the best supported one is the subject and the others are listed in ``also``.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     dossier(store, "Nobody")
Traceback (most recent call last):
...
newsgraph.errors.NotFoundError: no entity named 'Nobody' (try `newsgraph entities --name ...`)
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.query.events import ENTITY_ID_PREFIX, event_rows
from newsgraph.query.names import entity_rows, require_entities
from newsgraph.query.quotes import QUOTES_SQL, quote_row
from newsgraph.query.rows import EntityRow, EventRow, QuoteRow, _Row
from newsgraph.store import Store
from newsgraph.store.backend import Row


@dataclass(frozen=True, slots=True)
class TitleSpan(_Row):
    """A title an entity was given, and the first and last dates articles gave it (``articles``: how many)."""

    title: str
    first_seen: str | None
    last_seen: str | None
    articles: int
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AffiliationSpan(_Row):
    """A country and/or organisation an entity was said to belong to, and when."""

    country: str | None
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int


@dataclass(frozen=True, slots=True)
class CoActor(_Row):
    """An entity that took part in some of the same events, how often and when."""

    entity_id: str
    name: str
    type: str
    events: int
    first_day: str | None
    last_day: str | None


@dataclass(frozen=True, slots=True)
class ArticleRef(_Row):
    """An article that mentions the entity (``mentions``: how many times)."""

    article_id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class Dossier(_Row):
    """Everything the store knows of one entity, each fact traceable to its articles."""

    entity: EntityRow
    titles: list[TitleSpan]
    affiliations: list[AffiliationSpan]
    events: list[EventRow]
    quotes: list[QuoteRow]
    co_actors: list[CoActor]
    articles: list[ArticleRef]
    also: list[EntityRow] = field(default_factory=list)


def get_entity(store: Store, ref: str) -> tuple[EntityRow, list[EntityRow]]:
    """The entity a reference (id or name) means, and the other entities a name also resolves to.

    >>> with Store.open(":memory:") as store:
    ...     get_entity(store, "E000000000000")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no entity named 'E000000000000' (try `newsgraph entities --name ...`)
    """
    ref = ref.strip()
    if ref.startswith(ENTITY_ID_PREFIX):
        found = entity_rows(store, "e.id = ?", (ref,))
        if found:
            return found[0], []
    named = require_entities(store, ref)
    return named[0], named[1:]


def _span(dates: list[str]) -> tuple[str | None, str | None]:
    return (min(dates), max(dates)) if dates else (None, None)


def _appearances(store: Store, entity_id: str) -> list[Row]:
    return store.fetch("SELECT ae.titles, ae.affiliation, ae.country, a.id AS article_id, a.published, "
                       "a.source FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
                       "WHERE ae.entity_id = ? ORDER BY a.published, a.id", (entity_id,))


def _titles_over_time(rows: list[Row]) -> list[TitleSpan]:
    """Titles from an entity's appearances, grouped by normalized form, in order of first appearance."""
    seen: dict[str, dict[str, list[str]]] = {}
    label: dict[str, str] = {}
    for r in rows:
        for t in json.loads(r["titles"]):
            key = (t.get("normalized") or t["text"]).strip()
            label.setdefault(key.lower(), key)
            slot = seen.setdefault(key.lower(), {"dates": [], "articles": [], "sources": []})
            when = t.get("date") or r["published"]
            if when:
                slot["dates"].append(str(when)[:10])
            slot["articles"].append(r["article_id"])
            if r["source"]:
                slot["sources"].append(r["source"])
    spans = [TitleSpan(label[k], *_span(v["dates"]), len(set(v["articles"])), sorted(set(v["sources"])))
             for k, v in seen.items()]
    return sorted(spans, key=lambda s: (s.first_seen or "9999", s.title))


def _affiliations_over_time(rows: list[Row]) -> list[AffiliationSpan]:
    """Affiliations (country, organisation) from an entity's appearances, with when they were stated."""
    seen: dict[tuple[str | None, str | None], list[Row]] = defaultdict(list)
    for r in rows:
        aff = json.loads(r["affiliation"]) if r["affiliation"] else {}
        key = (aff.get("country") or r["country"], aff.get("organization_name"))
        if key != (None, None):
            seen[key].append(r)
    spans = [AffiliationSpan(c, o, *_span([str(r["published"])[:10] for r in rs if r["published"]]),
                             len({r["article_id"] for r in rs})) for (c, o), rs in seen.items()]
    return sorted(spans, key=lambda s: (s.first_seen or "9999", s.country or "", s.organization or ""))


def _co_actors(entity_id: str, events: list[EventRow]) -> list[CoActor]:
    found: dict[str, list[EventRow]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    for ev in events:
        for p in {p.entity_id: p for p in ev.participants if p.entity_id != entity_id}.values():
            found[p.entity_id].append(ev)
            names[p.entity_id] = (p.name, p.type)
    out = [CoActor(i, names[i][0], names[i][1], len(evs),
                   *_span([d for e in evs for d in (e.first_day, e.last_day) if d]))
           for i, evs in found.items()]
    return sorted(out, key=lambda c: (-c.events, c.name))


def _quotes(store: Store, entity_id: str) -> list[QuoteRow]:
    rows = store.fetch(f"{QUOTES_SQL} WHERE q.speaker_entity_id = ? ORDER BY a.published, a.id, q.start_char",
                       (entity_id,))
    return [quote_row(r) for r in rows]


def _articles(store: Store, entity_id: str) -> list[ArticleRef]:
    rows = store.fetch(
        "SELECT a.id, a.title, a.source, a.published, a.url, COUNT(m.local_id) AS n FROM article_entities ae "
        "JOIN articles a ON a.id = ae.article_id LEFT JOIN mentions m ON m.article_id = ae.article_id "
        "AND m.local_entity = ae.local_id WHERE ae.entity_id = ? "
        "GROUP BY a.id, a.title, a.source, a.published, a.url ORDER BY a.published, a.id", (entity_id,))
    return [ArticleRef(r["id"], r["title"], r["source"], r["published"], r["url"], int(r["n"])) for r in rows]


def dossier(store: Store, ref: str) -> Dossier:
    """The dossier of the entity an id or name refers to (:class:`NotFoundError` when none).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     d = dossier(store, "munir")
    >>> d.entity.name, [t.title for t in d.titles], [a.country for a in d.affiliations]
    ('Asim Munir', ['General'], ['PAK'])
    >>> [c.name for c in d.co_actors], [q.text for q in d.quotes], [a.mentions for a in d.articles]
    (['Antony Blinken'], ['Talks went well,'], [2])
    """
    entity, also = get_entity(store, ref)
    rows = _appearances(store, entity.id)
    events = event_rows(store, ["ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)"],
                        [entity.id])
    return Dossier(entity=entity, titles=_titles_over_time(rows), affiliations=_affiliations_over_time(rows),
                   events=events, quotes=_quotes(store, entity.id), co_actors=_co_actors(entity.id, events),
                   articles=_articles(store, entity.id), also=also)
