"""Cross-article identity of entities: which global entity a local entity of one article is.

The store calls this module for every local entity of an article it writes, in three steps:

1. :func:`local_entity` turns the article's :class:`~newsgraph.model.Entity` into a :class:`LocalEntity`
   (its canonical name and the *names* it is called by: named mentions, never "the army chief" or "he").
2. The store fetches candidates (blocking): the global entities of the same type whose normalized
   canonical name or one of whose names is in :func:`blocking_keys` of the local entity. It hands them in
   as plain :class:`Candidate` rows.
3. :func:`link_entity` decides: a :class:`Link` to one candidate, or ``Link(None, ...)`` for a new global
   entity, always with a human-readable ``reason`` the store keeps (``article_entities.link_reason``).

The functions are pure (no database, no model); deeper scoring, explanations and merge/split belong here
and need no change in the store as long as these signatures hold.

First version, by rules: same type, no conflicting Wikidata id or country, then (best first) same
Wikidata id, same normalized canonical name, or a shared name. A single-word name of a person ("Munir")
is too ambiguous across articles and is not used unless it is the entity's canonical name.

>>> art_names = LocalEntity(name="Asim Munir", type="PERSON", names=("Asim Munir", "Munir"))
>>> sorted(blocking_keys(art_names))
['asim munir']
>>> link_entity(art_names, [Candidate(id="E1", name="Asim Munir", type="PERSON")]).entity_id
'E1'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.model import Article, Entity

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """What identity needs to know of one article's entity: canonical name, type and its names."""

    name: str
    type: str
    names: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A global entity the store offers as a possible identity (``names``: its stored named aliases)."""

    id: str
    name: str
    type: str
    names: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    articles: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """The decision: the global entity id (None: make a new one), a reason and a score in [0, 1]."""

    entity_id: str | None
    reason: str
    score: float = 0.0


def normalize_name(name: str) -> str:
    """A name folded for comparison: accents and punctuation dropped, case folded, spaces single.

    >>> normalize_name("  Lloyd J. Austin ")
    'lloyd j austin'
    >>> normalize_name("Tehreek-i-Taliban")
    'tehreek i taliban'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", _PUNCT.sub("", plain.casefold())).strip()


def _usable(name: str, canonical: str, etype: str) -> bool:
    """Whether a name may identify an entity across articles (not a lone surname of a person)."""
    return bool(name) and (etype != "PERSON" or len(name.split()) > 1 or name == canonical)


def local_entity(entity: Entity, article: Article) -> LocalEntity:
    """The identity view of an article's entity: its canonical name plus the texts of its named mentions.

    >>> from newsgraph.model import Mention
    >>> a = Article.new("Gen Asim Munir spoke. Munir left.")
    >>> a.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1"),
    ...               Mention("m2", 22, 27, "Munir", "PERSON", entity="e1")]
    >>> local_entity(Entity("e1", "Asim Munir", "PERSON", mentions=["m1", "m2"]), a).names
    ('Asim Munir', 'Munir')
    """
    names = [entity.name]
    for mid in entity.mentions:
        mention = article.mention(mid)
        if mention is not None and mention.kind == "NAM" and mention.text not in names:
            names.append(mention.text)
    return LocalEntity(name=entity.name, type=entity.type, names=tuple(names),
                       country=entity.country, wikidata=entity.wikidata)


def blocking_keys(entity: LocalEntity) -> frozenset[str]:
    """Normalized names the store looks candidates up by (canonical names and named aliases).

    >>> sorted(blocking_keys(LocalEntity("Inter-Services Public Relations", "ORG", ("ISPR",))))
    ['inter services public relations', 'ispr']
    """
    canonical = normalize_name(entity.name)
    keys = {normalize_name(n) for n in (entity.name, *entity.names)}
    return frozenset(k for k in keys if _usable(k, canonical, entity.type))


def _conflict(local: LocalEntity, cand: Candidate) -> str | None:
    """Why a candidate cannot be the same entity, or None."""
    if cand.type != local.type:
        return f"type {cand.type} != {local.type}"
    if local.wikidata and cand.wikidata and local.wikidata != cand.wikidata:
        return f"Wikidata {cand.wikidata} != {local.wikidata}"
    if local.country and cand.country and local.country != cand.country:
        return f"country {cand.country} != {local.country}"
    return None


def _score(local: LocalEntity, cand: Candidate) -> tuple[float, str] | None:
    """How well a (non-conflicting) candidate matches, with the reason, or None for no match."""
    if local.wikidata and local.wikidata == cand.wikidata:
        return 1.0, f"same Wikidata id {cand.wikidata}"
    mine, theirs = normalize_name(local.name), normalize_name(cand.name)
    if mine == theirs:
        return 0.95, f"same {local.type} name {cand.name!r}"
    shared = sorted(blocking_keys(local) & blocking_keys(LocalEntity(cand.name, cand.type, cand.names)))
    if mine in shared or theirs in shared:
        return 0.85, f"{local.name!r} and {cand.name!r} are names of each other"
    if shared:
        return 0.7, f"shared name {shared[0]!r}"
    return None


def link_entity(entity: LocalEntity, candidates: Sequence[Candidate]) -> Link:
    """Pick the global entity a local entity is, or decide it is new; ties go to the most-cited one.

    >>> c = [Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",), articles=3),
    ...      Candidate("E2", "Asim Munir", "ORG")]
    >>> link_entity(LocalEntity("Asim Munir", "PERSON", ("Gen Asim Munir",)), c)
    Link(entity_id='E1', reason="same PERSON name 'Asim Munir'", score=0.95)
    >>> link_entity(LocalEntity("Munir", "PERSON"), []).entity_id is None
    True
    """
    best: tuple[float, int, str, str] | None = None
    rejected: list[str] = []
    for cand in candidates:
        conflict = _conflict(entity, cand)
        scored = None if conflict else _score(entity, cand)
        if conflict:
            rejected.append(f"{cand.id} ({conflict})")
        if scored is None:
            continue
        key = (scored[0], cand.articles, cand.id, scored[1])
        if best is None or key[:2] > best[:2]:
            best = key
    if best is not None:
        return Link(entity_id=best[2], reason=best[3], score=best[0])
    why = f"; rejected {', '.join(rejected)}" if rejected else ""
    return Link(entity_id=None, reason=f"new {entity.type}: no known entity with this name{why}")
