"""Finding entities by what users call them: names and aliases, case- and accent-insensitive.

A name resolves, in this order (the first tier that finds anything wins):

1. the canonical name of global entities ("asim munir");
2. a name the entity is called by in some article (an alias: "Gen Munir", "the army chief");
3. names and aliases containing every word of the query ("munir" finds "Asim Munir").

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     find_entities(store, "nobody")
[]
"""

from __future__ import annotations

import json
from collections import Counter

from newsgraph.errors import NotFoundError, QueryError
from newsgraph.query.rows import EntityRow
from newsgraph.resolve.identity import normalize_name
from newsgraph.store import Store
from newsgraph.store.backend import placeholders

_ENTITY_COLS = ("SELECT e.id, e.name, e.type, e.country, e.sector, e.wikidata, "
                "(SELECT COUNT(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = e.id) "
                "AS articles, (SELECT COUNT(*) FROM mentions m JOIN article_entities ae ON "
                "m.article_id = ae.article_id AND m.local_entity = ae.local_id WHERE ae.entity_id = e.id) "
                "AS mentions FROM entities e")


#: A global entity (``e``) whose name or one of its aliases matches a ``LIKE`` pattern (given twice).
NAME_LIKE = ("(e.norm_name LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM entity_aliases "
             "WHERE norm_alias LIKE ? ESCAPE '\\'))")


def like_pattern(text: str) -> str:
    """A ``LIKE`` pattern matching text anywhere (``%``, ``_`` and ``\\`` escaped with ``\\``).

    >>> like_pattern("50%_x")
    '%50\\\\%\\\\_x%'
    """
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def name_filter(name: str) -> tuple[str, list[object]]:
    """The SQL condition on ``e`` (entities) matching any part of a name or alias, in any case, and its
    parameters.

    >>> name_filter("Munir")[1]
    ['%munir%', '%munir%']
    """
    pattern = like_pattern(normalize_name(name))
    return NAME_LIKE, [pattern, pattern]


def entity_rows(store: Store, where: str = "", params: tuple[object, ...] = (),
                order: str = "articles DESC, mentions DESC, e.name, e.id") -> list[EntityRow]:
    """Global entities matching a SQL condition on ``e`` (entities), with counts and aliases.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     found = entity_rows(store, "e.type = ?", ("PERSON",))
    >>> [(e.name, e.articles, e.mentions, e.aliases) for e in found]
    [('Asim Munir', 1, 2, ['Munir']), ('Antony Blinken', 1, 1, [])]
    """
    found = store.fetch(f"{_ENTITY_COLS} {('WHERE ' + where) if where else ''} ORDER BY {order}", params)
    if not found:
        return []
    ids = [r["id"] for r in found]
    aliases: dict[str, list[str]] = {i: [] for i in ids}
    for a in store.fetch(f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN "
                         f"({placeholders(len(ids))}) ORDER BY kind, alias", ids):
        aliases[a["entity_id"]].append(a["alias"])
    titles, affiliations = _descriptions(store, ids)
    return [EntityRow(id=r["id"], name=r["name"], type=r["type"], country=r["country"], sector=r["sector"],
                      wikidata=r["wikidata"], articles=int(r["articles"]), mentions=int(r["mentions"]),
                      aliases=[a for a in aliases[r["id"]] if a != r["name"]], titles=titles[r["id"]],
                      affiliations=affiliations[r["id"]]) for r in found]


def _descriptions(store: Store, ids: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Titles and affiliations (organisation or country) articles give each entity, most frequent first."""
    titles: dict[str, Counter[str]] = {i: Counter() for i in ids}
    affs: dict[str, Counter[str]] = {i: Counter() for i in ids}
    for r in store.fetch(f"SELECT entity_id, titles, affiliation, country FROM article_entities "
                         f"WHERE entity_id IN ({placeholders(len(ids))})", ids):
        for t in json.loads(r["titles"]):
            titles[r["entity_id"]][t.get("normalized") or t["text"]] += 1
        aff = json.loads(r["affiliation"]) if r["affiliation"] else {}
        label = aff.get("organization_name") or aff.get("country") or r["country"]
        if label:
            affs[r["entity_id"]][label] += 1
    return ({i: [t for t, _ in c.most_common()] for i, c in titles.items()},
            {i: [a for a, _ in c.most_common()] for i, c in affs.items()})


def find_entities(store: Store, name: str) -> list[EntityRow]:
    """The global entities a name refers to (see the module docs), best supported first.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [e.name for e in find_entities(store, "MUNIR")], find_entities(store, "Munir Khan")
    (['Asim Munir'], [])
    """
    norm = normalize_name(name)
    if not norm:
        raise QueryError(f"empty name {name!r}")
    exact = entity_rows(store, "e.norm_name = ?", (norm,))
    if exact:
        return exact
    alias = entity_rows(store, "e.id IN (SELECT entity_id FROM entity_aliases WHERE norm_alias = ?)", (norm,))
    if alias:
        return alias
    words = norm.split()
    cond = " AND ".join([NAME_LIKE] * len(words))
    params = tuple(p for w in words for p in (like_pattern(w), like_pattern(w)))
    return [r for r in entity_rows(store, cond, params) if _has_words(r, words)]


def _has_words(row: EntityRow, words: list[str]) -> bool:
    """Whether one of an entity's names holds every query word as a whole word."""
    return any(set(words) <= set(normalize_name(n).split()) for n in (row.name, *row.aliases))


def require_entities(store: Store, name: str) -> list[EntityRow]:
    """Like :func:`find_entities`, but a name that finds nothing is a :class:`NotFoundError`.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     require_entities(store, "Lloyd Austin")
    Traceback (most recent call last):
    ...
    newsgraph.errors.NotFoundError: no entity named 'Lloyd Austin' (try `newsgraph entities --name ...`)
    """
    found = find_entities(store, name)
    if not found:
        raise NotFoundError(f"no entity named {name!r} (try `newsgraph entities --name ...`)")
    return found
