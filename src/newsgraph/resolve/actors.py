"""The actor dictionary: canonical names, aliases, type, country, sector and Wikidata ids users trust.

The bundled dictionary (``newsgraph/extract/data/actors.yaml``) is always loaded; a user's file is added
over it (its entries win on the same alias) with :func:`set_actor_file`, ``newsgraph ingest --actors FILE``
or the ``NEWSGRAPH_ACTORS`` environment variable. YAML files hold a list ``actors:`` of mappings; CSV
files have the columns ``name,aliases,type,country,sector,wikidata`` (aliases separated by ``|``).

>>> actor = actor_dictionary().lookup("the Pentagon")
>>> actor.name, actor.country, actor.sector
('United States Department of Defense', 'USA', 'GOV')
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import InputError
from newsgraph.extract.lexicon import lexicon
from newsgraph.yaml_fast import safe_load

#: Environment variable naming the user's actor dictionary (YAML or CSV).
ACTORS_ENV = "NEWSGRAPH_ACTORS"
TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def alias_key(name: str) -> str:
    """How names are compared in the dictionary: casefolded, no dots, no leading "the", no possessive.

    >>> alias_key("The U.S. State Department's")
    'us state department'
    """
    key = _POSSESSIVE.sub("", name.strip()).casefold().replace(".", "").replace("’", "'")
    key = _THE.sub("", key)
    return _SPACES.sub(" ", key).strip()


@dataclass(frozen=True, slots=True)
class Actor:
    """One entry of the dictionary."""

    name: str
    type: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(slots=True)
class ActorDictionary:
    """Actors indexed by alias key."""

    actors: list[Actor] = field(default_factory=list)
    index: dict[str, Actor] = field(default_factory=dict)

    def add(self, actor: Actor) -> None:
        """Add an actor; its names take over any earlier entry with the same key."""
        self.actors.append(actor)
        for name in actor.names:
            self.index[alias_key(name)] = actor

    def lookup(self, name: str, type_: str | None = None) -> Actor | None:
        """The actor a name stands for (None when unknown or of another type)."""
        actor = self.index.get(alias_key(name))
        if actor is None or (type_ and actor.type and actor.type != type_):
            return None
        return actor


def _actor(row: dict[str, Any], where: str) -> Actor:
    name = str(row.get("name") or "").strip()
    if not name:
        raise InputError(where, "an actor without a name")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    type_ = (str(row["type"]).upper() if row.get("type") else None)
    if type_ and type_ not in TYPES:
        raise InputError(where, f"actor {name!r}: unknown type {type_!r} (one of {', '.join(TYPES)})")
    return Actor(name=name, type=type_, aliases=tuple(a.strip() for a in aliases if str(a).strip()),
                 country=(str(row["country"]).upper() if row.get("country") else None),
                 sector=(str(row["sector"]).upper() if row.get("sector") else None),
                 wikidata=(str(row["wikidata"]) if row.get("wikidata") else None))


def read_actor_file(path: str | Path) -> list[Actor]:
    """The actors of a YAML or CSV file; a clear :class:`InputError` when it cannot be read.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "actors.csv")
    ...     _ = path.write_text("name,aliases,type,country\\nAsim Munir,COAS,PERSON,pak\\n", encoding="utf-8")
    ...     [(a.name, a.aliases, a.country) for a in read_actor_file(path)]
    [('Asim Munir', ('COAS',), 'PAK')]
    >>> read_actor_file("missing.yaml")
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: missing.yaml: cannot read the actor dictionary: No such file or directory
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the actor dictionary: {exc.strerror}") from exc
    if path.suffix.lower() == ".csv":
        rows: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(text)))
    else:
        try:
            data = safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise InputError(str(path), "not valid YAML") from exc
        rows = data.get("actors", []) if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise InputError(str(path), "expected a list of actors (or a mapping with `actors:`)")
    return [_actor(row, f"{path}:{i + 1}") for i, row in enumerate(rows)]


_USER_FILE: list[str | None] = [None]
_CACHE: dict[str | None, ActorDictionary] = {}


def set_actor_file(path: str | Path | None) -> None:
    """Use this actor file (on top of the bundled dictionary) from now on; None goes back to the default.

    >>> set_actor_file(None)
    >>> actor_dictionary().lookup("COAS Munir", "PERSON") is None
    True
    """
    if path is not None:
        read_actor_file(path)  # fail early on a bad file
        os.environ[ACTORS_ENV] = str(Path(path).resolve())  # worker processes inherit it
    else:
        os.environ.pop(ACTORS_ENV, None)
    _USER_FILE[0] = str(path) if path is not None else None


def actor_dictionary() -> ActorDictionary:
    """The bundled dictionary plus the user's file (set by :func:`set_actor_file` or ``NEWSGRAPH_ACTORS``).

    >>> actor_dictionary().lookup("the Pentagon", "ORG").name
    'United States Department of Defense'
    """
    user = _USER_FILE[0] or os.environ.get(ACTORS_ENV) or None
    if user not in _CACHE:
        dictionary = ActorDictionary()
        for row in lexicon().actors:
            dictionary.add(_actor(row, "actors.yaml"))
        for actor in read_actor_file(user) if user else []:
            dictionary.add(actor)
        _CACHE[user] = dictionary
    return _CACHE[user]
