"""The entity data users can extend: titles, ranks, role nouns, outlets, sectors, countries, given names.

The bundled YAML files live in ``newsgraph/extract/data/``. A folder named by ``NEWSGRAPH_ENTITY_DATA``
may hold files of the same names; their mappings are merged over the bundled ones (lists are extended),
so a user adds a title or an outlet without touching the package.

>>> lex = lexicon()
>>> lex.heads["secretary"].sector
'GOV'
>>> lex.domains["army staff"]
'MIL'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import InputError
from newsgraph.yaml_fast import safe_load

#: Environment variable naming a folder of YAML files merged over the bundled entity data.
DATA_ENV = "NEWSGRAPH_ENTITY_DATA"
FILES: tuple[str, ...] = ("titles", "roles", "outlets", "sectors", "countries", "names", "actors",
                          "name_rules")


@dataclass(frozen=True, slots=True)
class Head:
    """A title head noun: its sector, whether it may stand alone before a name, the gender it implies."""

    sector: str | None = None
    bare: bool = False
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Rank:
    """A rank before a name ("Brig. Gen."): its token forms, normalized title and sector."""

    forms: tuple[str, ...]
    normalized: str
    sector: str = "MIL"


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun heading a nominal mention: the entity type it refers to, its sector and gender, and for a
    noun of a counted group the number of people it stands for ("the pair": 2)."""

    type: str
    sector: str | None = None
    gender: str | None = None
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Collective:
    """A sector noun naming an unnamed collective ("police", "rebels"): its sector, and whether it is one
    only in the plural."""

    sector: str | None = None
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet: its name, aliases and country (ISO alpha-3)."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All entity data, loaded once."""

    qualifiers: dict[str, str]
    modifiers: frozenset[str]
    heads: dict[str, Head]
    post_heads: frozenset[str]
    compound_heads: frozenset[str]
    domains: dict[str, str | None]
    ranks: tuple[Rank, ...]
    honorifics: dict[str, str | None]
    spelling: dict[str, str]
    equivalents: dict[str, str]
    org_hints: dict[str, tuple[str, ...]]
    roles: dict[str, Role]
    group_determiners: frozenset[str]
    outlets: tuple[Outlet, ...]
    sectors: dict[str, str]
    org_keywords: dict[str, str]
    country_aliases: dict[str, str]
    demonyms: dict[str, str | None]
    given_names: dict[str, str]
    actors: tuple[dict[str, Any], ...]
    #: Lists of ``name_rules.yaml`` by key (``org_last_words``, ``not_entities``...).
    name_rules: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Every word that may occur before a title head (qualifiers, modifiers, domain words, heads).
    title_words: frozenset[str] = frozenset()
    #: Every rank form ("brig. gen.") mapped to its rank.
    rank_forms: dict[str, Rank] = field(default_factory=dict)
    #: Sector nouns of unnamed collectives (``roles.yaml`` ``collectives``), by lemma.
    collectives: dict[str, Collective] = field(default_factory=dict)
    #: Sectors of collective nouns with a modifier ("security force": COP).
    collective_phrases: dict[str, str] = field(default_factory=dict)
    #: Sectors whose members restate their named group ("the rebels" for it; ``sectors.yaml``).
    member_sectors: frozenset[str] = frozenset()


def _merge(base: Any, extra: Any) -> Any:
    """Merge user data over bundled data: mappings recursively, lists extended, scalars replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def _read_yaml(text: str, where: str) -> dict[str, Any]:
    try:
        data = safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(where, f"not valid YAML: {exc}".splitlines()[0]) from exc
    if not isinstance(data, dict):
        raise InputError(where, "expected a mapping at the top level")
    return data


def load_data(name: str, extra_dir: Path | None = None) -> dict[str, Any]:
    """One data file (``titles``, ``roles``...): the bundled YAML merged with the user's file of that name.

    >>> sorted(load_data("sectors")["sectors"])[:3]
    ['AGR', 'BUS', 'COP']
    """
    bundled = resources.files("newsgraph.extract").joinpath("data", f"{name}.yaml")
    data = _read_yaml(bundled.read_text(encoding="utf-8"), f"{name}.yaml")
    folder = extra_dir if extra_dir is not None else _user_dir()
    user = folder / f"{name}.yaml" if folder else None
    if user is not None and user.is_file():
        data = _merge(data, _read_yaml(user.read_text(encoding="utf-8"), str(user)))
    return data


def _user_dir() -> Path | None:
    value = os.environ.get(DATA_ENV)
    return Path(value) if value else None


def _ranks(rows: list[dict[str, Any]]) -> tuple[Rank, ...]:
    ranks = []
    for row in rows:
        forms = tuple(" ".join(f.lower().split()) for f in row["forms"])
        ranks.append(Rank(forms=forms, normalized=row["normalized"], sector=row.get("sector", "MIL")))
    return tuple(ranks)


def _section(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A nested mapping of a data file (empty when absent)."""
    for key in keys:
        data = data.get(key) or {}
    return data


def _roles(data: dict[str, Any], heads: dict[str, Head]) -> dict[str, Role]:
    roles = {lemma: Role("PERSON", h.sector, h.gender) for lemma, h in heads.items()}
    for section, etype in (("person", "PERSON"), ("organization", "ORG"), ("gpe", "GPE")):
        for lemma, info in (data.get(section) or {}).items():
            info = info or {}
            roles[lemma] = Role(etype, info.get("sector"), info.get("gender"), info.get("count"))
    return roles


@lru_cache(maxsize=2)
def lexicon(extra_dir: str | None = None) -> Lexicon:
    """The entity data, bundled merged with the user's (``NEWSGRAPH_ENTITY_DATA`` or ``extra_dir``).

    >>> lex = lexicon()
    >>> lex.honorifics["mr"], "Dawn" in [o.name for o in lex.outlets]
    ('male', True)
    """
    folder = Path(extra_dir) if extra_dir else None
    t, r, o, s, c, n, a, nr = (load_data(name, folder) for name in FILES)
    heads = {k: Head(**(v or {})) for k, v in t["heads"].items()}
    ranks = _ranks(t["ranks"])
    words = set(t["qualifiers"]) | set(t["modifiers"]) | set(heads)
    for phrase in [*t["domains"], *t.get("compound_heads", [])]:
        words.update(phrase.split())
    words -= {"the", "of", "for", "and", "a", "an"}
    return Lexicon(
        qualifiers=dict(t["qualifiers"]), modifiers=frozenset(t["modifiers"]), heads=heads,
        post_heads=frozenset(t["post_heads"]), compound_heads=frozenset(t.get("compound_heads", [])),
        domains={k: (v or {}).get("sector") for k, v in t["domains"].items()},
        ranks=ranks, honorifics=dict(t["honorifics"]), spelling=dict(t["spelling"]),
        equivalents=dict(t["equivalents"]), roles=_roles(r, heads),
        org_hints={k: tuple(v or ()) for k, v in (t.get("org_hints") or {}).items()},
        group_determiners=frozenset(r.get("group_determiners", [])),
        outlets=tuple(Outlet(x["name"], tuple(x.get("aliases", [])), x.get("country")) for x in o["outlets"]),
        sectors=dict(s["sectors"]), org_keywords=dict(s["org_keywords"]),
        country_aliases={str(k): v for k, v in c["aliases"].items()},
        demonyms={str(k): v for k, v in c["demonyms"].items()},
        given_names={**{x: "female" for x in n.get("female", [])}, **{x: "male" for x in n.get("male", [])}},
        actors=tuple(a.get("actors", [])),
        title_words=frozenset(words), rank_forms={f: r for r in ranks for f in r.forms},
        name_rules={k: frozenset(str(x) for x in v or []) for k, v in nr.items()},
        collectives={k: Collective(**(v or {})) for k, v in _section(r, "collectives", "nouns").items()},
        collective_phrases={str(k): str(v) for k, v in _section(r, "collectives", "phrases").items()},
        member_sectors=frozenset(str(x) for x in s.get("member_sectors") or []),
    )
