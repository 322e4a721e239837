"""Cross-article identity of entities: which global entity a local entity of one article is.

The store calls this module for every local entity of an article it writes, in three steps:

1. :func:`local_entity` turns the article's :class:`~newsgraph.model.Entity` into a :class:`LocalEntity`
   (its canonical name, the *names* it is called by — named mentions, never "the army chief" or "he" —
   its titles, organisations, co-occurring entities; the actor dictionary's canonical name and Wikidata id
   when one of its names is there).
2. The store fetches candidates (blocking): the global entities of the same type whose normalized
   canonical name or one of whose names or index keys is in :func:`blocking_keys` of the local entity. It
   hands them in as plain :class:`Candidate` rows.
3. :func:`link_entity` decides: a :class:`Link` to one candidate, or ``Link(None, ...)`` for a new global
   entity, always with a human-readable ``reason`` the store keeps (``article_entities.link_reason``).

The functions are pure (no database, no model). :class:`IdentityIndex` runs the same decisions in memory
(evaluation, batch jobs). Scoring (see ``docs/entities.md``):

- conflicts first: another type (but a person's name the tagger typed ORG, NORP or GPE is compared with
  people, :mod:`newsgraph.resolve.identity_types`), another Wikidata id, another country, a pair the user
  split; a nationality word or a capital standing for its state is seen as the country;
- same Wikidata id (1.0); same normalized name (0.95); for people, the same given name and surname
  ("Lloyd Austin" = "Lloyd J. Austin III", 0.9) or a spelling variant ("Llyod J. Austin", rapidfuzz, 0.8);
  for organisations an acronym, the same actor, the name without country prefix or corporate suffix (0.9);
  for places the same country ("US" = "America", 0.95);
- a lone surname ("Munir") never links on its own: only with supporting evidence (a shared title word,
  organisation or co-occurring entity), at 0.75, whichever article came first (a full name links to an
  entity known so far by the surname alone on the same evidence); every person's surname is a blocking
  key (``~s:``), so that the two are compared at all;
- supporting evidence adds a little to the score and is named in the reason; unnamed entities (a
  "diplomatic source") and groups ("the two officials") are never linked across articles.

>>> art_names = LocalEntity(name="Asim Munir", type="PERSON", names=("Asim Munir", "Munir"))
>>> sorted(blocking_keys(art_names))
['asim munir', '~p:asim:m', '~p:munir:a', '~s:munir']
>>> link_entity(art_names, [Candidate(id="E1", name="Asim Munir", type="PERSON")]).entity_id
'E1'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from newsgraph.extract.countries import country_code, demonym_country
from newsgraph.model import Article, Entity
from newsgraph.resolve.actors import actor_dictionary
from newsgraph.resolve.identity_types import (
    across_people,
    candidate_types,
    country_name,
    person_evidence,
    person_like,
    state_country,
)
from newsgraph.resolve.names import org_key, org_match, person_match, person_tokens, surname_words

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"[\s\-]+")
_GENERIC_TITLE_WORDS = frozenset({"of", "for", "the", "deputy", "acting", "senior", "former", "chief",
                                  "general", "head", "spokesperson", "official", "executive", "vice",
                                  "assistant"})
LINK_THRESHOLD = 0.75
#: The end of the link reason of an entity never linked across articles (unnamed, or a group).
UNNAMED = "unnamed or a group, kept to its article"


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """What identity needs to know of one article's entity: canonical name, type, names and context."""

    name: str
    type: str
    names: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    titles: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    sector: str | None = None
    named: bool = True
    #: Names the user split away from a global entity; always empty for a new local entity (the store keeps
    #: it per global entity with the other facets and hands it back as :attr:`Candidate.split_from`).
    split_from: tuple[str, ...] = ()
    #: Why identity sees the entity as another than the tagger's (a nationality word or a capital standing
    #: for its state: :func:`~newsgraph.resolve.identity_types.state_country`); empty when it does not.
    retyped: str = ""


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
    titles: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    split_from: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """The decision: the global entity id (None: make a new one), a reason and a score in [0, 1]."""

    entity_id: str | None
    reason: str
    score: float = 0.0


@lru_cache(maxsize=1 << 16)
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


def _named_mentions(entity: Entity, article: Article) -> list[str]:
    names: list[str] = []
    for mid in entity.mentions:
        mention = article.mention(mid)
        if mention is not None and mention.kind == "NAM" and mention.text not in names:
            names.append(mention.text)
    return names


def named_entities(article: Article) -> list[tuple[str, str]]:
    """(id, normalized name) of the article's people and organisations named at least once (not groups):
    the context :func:`local_entity` gives each entity. Compute it once to call that for every entity.

    >>> from newsgraph.model import Mention
    >>> a = Article.new("Asim Munir spoke.")
    >>> a.mentions = [Mention("m1", 0, 10, "Asim Munir", "PERSON", entity="e1")]
    >>> a.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
    >>> named_entities(a)
    [('e1', 'asim munir')]
    """
    return [(e.id, normalize_name(e.name)) for e in article.entities
            if e.type in ("PERSON", "ORG") and not e.members and _has_name(e, article)]


def local_entity(entity: Entity, article: Article, named: list[tuple[str, str]] | None = None) -> LocalEntity:
    """The identity view of an article's entity: its canonical name plus the texts of its named mentions
    (``named``: :func:`named_entities` of the article, computed here when not given).

    >>> from newsgraph.model import Mention
    >>> a = Article.new("Gen Asim Munir spoke. Munir left.")
    >>> a.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1"),
    ...               Mention("m2", 22, 27, "Munir", "PERSON", entity="e1")]
    >>> local_entity(Entity("e1", "Asim Munir", "PERSON", mentions=["m1", "m2"]), a).names
    ('Asim Munir', 'Munir')
    """
    mentioned = _named_mentions(entity, article)
    names = list(dict.fromkeys([entity.name, *mentioned]))
    org = entity.affiliation.organization_name if entity.affiliation else None
    named = named_entities(article) if named is None else named
    context = context_keys(sorted({name for eid, name in named if eid != entity.id})[:30])
    local = LocalEntity(name=entity.name, type=entity.type, names=tuple(names), country=entity.country,
                        wikidata=entity.wikidata, titles=tuple(t.normalized or t.text for t in entity.titles),
                        orgs=(org,) if org else (), context=context, sector=entity.sector,
                        named=bool(mentioned) and not entity.members)
    state = state_country(entity, article) if local.named else None
    if state is not None:
        country = country_name(state[0])
        local = replace(local, name=country, type="GPE", names=(country,), country=state[0],
                        retyped=f"{state[1]} stands for the state")
    return with_actor(local)


def context_keys(names: Sequence[str]) -> tuple[str, ...]:
    """An entity's context: the normalized names of the other people and organisations of its article, and
    for each a key of the person it may be across articles: ``~1:`` of a single word ("netanyahu"), ``~s:``
    of each surname word of a longer name (:func:`~newsgraph.resolve.names.surname_words`). A lone name in
    one article's context and a full name with that surname in the other's are a shared co-occurring entity
    (:func:`support`); two full names sharing only a surname are not.

    >>> context_keys(["benjamin netanyahu", "reuters"])
    ('benjamin netanyahu', 'reuters', '~1:reuters', '~s:netanyahu')
    """
    keys: set[str] = set()
    for name in names:
        keys.update(_person_keys(name))
    return (*names, *sorted(keys))


@lru_cache(maxsize=1 << 14)
def _person_keys(name: str) -> tuple[str, ...]:
    """The person keys :func:`context_keys` makes of one normalized name (cached: an article's context holds
    the same names for each of its entities, so each name's keys were made once per entity)."""
    words = surname_words(name)
    return tuple(f"~s:{w}" for w in words) if words else tuple(f"~1:{w}" for w in person_tokens(name)[:1])


def context_lookup(context: Iterable[str]) -> tuple[str, ...]:
    """The context values of a candidate :func:`support` reads for a local entity's ``context``: the same
    names and keys, and the other kind of each person key (``~1:x`` for ``~s:x`` and back).

    >>> context_lookup(["netanyahu", "~1:netanyahu"])
    ('netanyahu', '~1:netanyahu', '~s:netanyahu')
    """
    flipped = {f"~{'s' if c[1] == '1' else '1'}:{c[3:]}" for c in context if c[:3] in ("~1:", "~s:")}
    return tuple(dict.fromkeys([*context, *sorted(flipped)]))


def _has_name(entity: Entity, article: Article) -> bool:
    return any((m := article.mention(mid)) is not None and m.kind == "NAM" for mid in entity.mentions)


def with_actor(local: LocalEntity) -> LocalEntity:
    """The local entity with the actor dictionary's canonical name, aliases, country and Wikidata id.

    >>> pentagon = with_actor(LocalEntity("Pentagon", "ORG", ("Pentagon",)))
    >>> pentagon.name, pentagon.country, pentagon.wikidata
    ('United States Department of Defense', 'USA', 'Q11209')
    >>> with_actor(LocalEntity("Nobody Known", "PERSON", ("Nobody Known",))).name
    'Nobody Known'
    """
    actors = actor_dictionary()
    actor = next((a for n in local.names if (a := actors.lookup(n, local.type)) is not None), None)
    if actor is None:
        return local
    names = tuple(dict.fromkeys([actor.name, *local.names, *actor.aliases]))
    return replace(local, name=actor.name, names=names, wikidata=actor.wikidata or local.wikidata,
                   country=actor.country or local.country, sector=actor.sector or local.sector)


def _index_keys(name: str, etype: str) -> set[str]:
    """Typo- and variant-tolerant keys of one name (``~p:`` people, ``~s:`` a person's surname, ``~o:``
    organisations, ``~c:`` places)."""
    if etype == "PERSON":
        toks = person_tokens(name)
        if len(toks) < 2:
            return {f"~s:{toks[0]}"} if toks else set()
        surnames = {f"~s:{w}" for w in surname_words(name)}
        return {f"~p:{toks[-1]}:{toks[0][0]}", f"~p:{toks[0]}:{toks[-1][0]}", *surnames}
    if etype == "ORG":
        key = org_key(name)
        words = [w for w in re.split(r"[\s-]+", key) if w and w not in ("of", "for", "and", "the")]
        keys = {f"~o:{key}"} if key else set()
        if len(words) >= 2:
            keys.add(f"~o:{''.join(w[0] for w in words)}")
        elif key and " " not in key and name.replace(".", "").isupper():
            keys.add(f"~o:{key.replace('-', '')}")
        return keys
    if etype in ("GPE", "LOC", "NORP"):
        code = country_code(name) or (demonym_country(name) if etype == "NORP" else None)
        return {f"~c:{code}"} if code else set()
    return set()


def blocking_keys(entity: LocalEntity) -> frozenset[str]:
    """Normalized names and index keys the store looks candidates up by (empty for unnamed entities).

    >>> sorted(blocking_keys(LocalEntity("Inter-Services Public Relations", "ORG", ("ISPR",))))
    ['inter services public relations', 'ispr', '~o:inter-services public relations', '~o:ispr']
    """
    if not entity.named:
        return frozenset()
    return _blocking_keys(entity.name, entity.names, entity.type)


@lru_cache(maxsize=1 << 14)
def _blocking_keys(name: str, names: tuple[str, ...], etype: str) -> frozenset[str]:
    canonical = normalize_name(name)
    keys = {normalize_name(n) for n in (name, *names)}
    keys = {k for k in keys if _usable(k, canonical, etype)}
    for n in (name, *names):
        keys |= _index_keys(n, etype)
        if etype != "PERSON" and person_like(n, etype):
            keys |= _index_keys(n, "PERSON")
    return frozenset(keys)


def _conflict(local: LocalEntity, cand: Candidate) -> str | None:
    """Why a candidate cannot be the same entity, or None."""
    if cand.type != local.type and not across_people(local.type, local.name, cand.type, cand.name):
        return f"type {cand.type} != {local.type}"
    if local.wikidata and cand.wikidata and local.wikidata != cand.wikidata:
        return f"Wikidata {cand.wikidata} != {local.wikidata}"
    if local.country and cand.country and local.country != cand.country:
        return f"country {cand.country} != {local.country}"
    if any(normalize_name(n) in cand.split_from for n in local.names):
        return "split apart by the user"
    return None


def _title_words(titles: Iterable[str]) -> set[str]:
    return {w for t in titles for w in t.lower().split() if w not in _GENERIC_TITLE_WORDS}


def support(local: LocalEntity, cand: Candidate) -> list[str]:
    """Evidence beyond the name: shared title words, organisation, co-occurring entities.

    >>> support(LocalEntity("Munir", "PERSON", titles=("chief of army staff",)),
    ...         Candidate("E1", "Asim Munir", "PERSON", titles=("army chief",)))
    ["shared title word 'army'"]
    """
    out: list[str] = []
    shared = sorted(_title_words(local.titles) & _title_words(cand.titles))
    if shared:
        out.append(f"shared title word {shared[0]!r}")
    orgs = {org_key(o) for o in local.orgs} & {org_key(o) for o in cand.orgs}
    if orgs:
        out.append(f"same organisation {sorted(orgs)[0]!r}")
    context = _shared_context(local.context, cand.context)
    if context:
        out.append(f"also with {context!r}")
    return out


def _shared_context(mine: Sequence[str], theirs: Sequence[str]) -> str | None:
    """A co-occurring entity of both: the same name, or a lone name in one and a full name with that
    surname in the other (:func:`context_keys`)."""
    same = sorted({c for c in mine if not c.startswith("~")} & set(theirs))
    if same:
        return same[0]
    lone = {c[3:] for c in mine if c.startswith("~1:")} & {c[3:] for c in theirs if c.startswith("~s:")}
    full = {c[3:] for c in mine if c.startswith("~s:")} & {c[3:] for c in theirs if c.startswith("~1:")}
    found = sorted(lone | full)
    return f"{found[0]} (surname)" if found else None


def _spelling_variant(a: str, b: str) -> bool:
    """Two full person names that differ only by spelling (surname or given name nearly the same)."""
    ta, tb = person_tokens(a), person_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    given, surname = fuzz.ratio(ta[0], tb[0]), fuzz.ratio(ta[-1], tb[-1])
    return (surname == 100 and given >= 75) or (given == 100 and surname >= 85)


def _person_score(local: LocalEntity, cand: Candidate) -> tuple[float, str] | None:
    full = [n for n in local.names if len(person_tokens(n)) >= 2]
    theirs = [n for n in (cand.name, *cand.names) if len(person_tokens(n)) >= 2]
    best: tuple[float, str] | None = None
    for a in full:
        for b in theirs:
            reason = person_match(a, b, allow_surname=False)
            if reason is not None:
                score = 0.95 if reason == "same name" else 0.9
                found = (score, f"{a!r} and {b!r}: {reason}")
            elif _spelling_variant(a, b):
                found = (0.8, f"{a!r} is a spelling variant of {b!r}")
            else:
                continue
            best = found if best is None or found[0] > best[0] else best
    if best is None and not full and theirs:
        lone = person_tokens(local.name)
        if len(lone) == 1 and any(lone[0] in surname_words(b) for b in theirs) and support(local, cand):
            best = (0.75, f"surname {local.name!r} of {cand.name!r}")
    if best is None and full and not theirs:
        lone = person_tokens(cand.name)
        if len(lone) == 1 and any(lone[0] in surname_words(a) for a in full) and support(local, cand):
            best = (0.75, f"{local.name!r} of surname {cand.name!r}")
    if best is None and not full and not theirs and normalize_name(local.name) == normalize_name(cand.name):
        best = (0.75, f"same single name {cand.name!r}") if support(local, cand) else None
    return best


def _score(local: LocalEntity, cand: Candidate) -> tuple[float, str] | None:
    """How well a (non-conflicting) candidate matches, with the reason, or None for no match."""
    if local.wikidata and local.wikidata == cand.wikidata:
        return 1.0, f"same Wikidata id {cand.wikidata}"
    if local.type != cand.type:
        return _across_score(local, cand)
    mine, theirs = normalize_name(local.name), normalize_name(cand.name)
    if mine == theirs and (local.type != "PERSON" or len(mine.split()) > 1):
        return 0.95, f"same {local.type} name {cand.name!r}"
    if local.type == "PERSON":
        return _person_score(local, cand)
    cand_names = (cand.name, *cand.names)
    if local.type == "ORG":
        for a in local.names:
            for b in cand_names:
                reason = org_match(a, b)
                if reason is not None:
                    return 0.9, f"{a!r} and {b!r}: {reason}"
        pairs = [(org_key(a), org_key(b)) for a in local.names for b in cand_names]
        similar = max((fuzz.ratio(a, b) for a, b in pairs), default=0)
        if similar >= 92:
            return 0.8, f"{local.name!r} is a spelling variant of {cand.name!r}"
        return None
    keys = set().union(*(_index_keys(n, local.type) for n in local.names))
    their_keys = set().union(*(_index_keys(n, cand.type) for n in cand_names))
    if keys & their_keys:
        return 0.95, f"same country ({sorted(keys & their_keys)[0][3:]})"
    shared = {normalize_name(n) for n in local.names} & {normalize_name(n) for n in cand_names}
    return (0.9, f"shared name {sorted(shared)[0]!r}") if shared else None


def _across_score(local: LocalEntity, cand: Candidate) -> tuple[float, str] | None:
    """A person's name and a person-like name of another type (:func:`~newsgraph.resolve.identity_types.
    across_people`): the person rules, and always evidence beyond the name (the tagger's type is evidence
    too: "Ford" the company is not "Gerald Ford"). The person must be known by a full name: a name of another
    type is never taken for the full name of a lone surname ("McDonnell Douglas" is not the "Douglas" of
    another article), nor two single names of different types for one ("Troy" the town, "Troy" a man).

    >>> near = ("~1:netanyahu", "~s:netanyahu")
    >>> _across_score(LocalEntity("Blinken", "ORG", ("Blinken",), context=near),
    ...               Candidate("E1", "Antony Blinken", "PERSON", context=near))[0]
    0.75
    >>> _across_score(LocalEntity("McDonnell Douglas", "ORG", ("McDonnell Douglas",), context=near),
    ...               Candidate("E1", "Douglas", "PERSON", ("Douglas",), context=near)) is None
    True
    """
    person = (cand.name, *cand.names) if cand.type == "PERSON" else local.names
    if all(len(person_tokens(n)) < 2 for n in person):
        return None
    as_person = replace(local, type="PERSON")
    scored = _person_score(as_person, replace(cand, type="PERSON"))
    if scored is None or not support(local, cand):
        return None
    typed = local.type if cand.type == "PERSON" else cand.type
    return scored[0], f"{scored[1]} (a person's name across types: the tagger typed one {typed})"


def _score_candidate(entity: LocalEntity, cand: Candidate) -> tuple[float, str]:
    """Score and reason for one candidate (score 0 with the conflict or "no match" as the reason)."""
    conflict = _conflict(entity, cand)
    if conflict:
        return 0.0, conflict
    scored = _score(entity, cand)
    if scored is None:
        return 0.0, "names do not match"
    score, reason = scored
    extra = support(entity, cand)
    if extra:
        score, reason = min(1.0, score + 0.02 * len(extra)), f"{reason}; {', '.join(extra)}"
    return round(score, 3), reason


def link_entity(entity: LocalEntity, candidates: Sequence[Candidate]) -> Link:
    """Pick the global entity a local entity is, or decide it is new; ties go to the most-cited one.

    >>> c = [Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",), articles=3),
    ...      Candidate("E2", "Asim Munir", "ORG")]
    >>> link_entity(LocalEntity("Asim Munir", "PERSON", ("Gen Asim Munir",)), c)
    Link(entity_id='E1', reason="same PERSON name 'Asim Munir'", score=0.95)
    >>> link_entity(LocalEntity("Munir", "PERSON"), []).entity_id is None
    True
    """
    if not entity.named:
        return Link(entity_id=None, reason=f"new {entity.type}: {UNNAMED}")
    best: tuple[float, bool, int, str, str] | None = None
    rejected: list[str] = []
    for cand in candidates:
        score, reason = _score_candidate(entity, cand)
        if score < LINK_THRESHOLD:
            if score == 0 and reason != "names do not match" and not reason.startswith("type "):
                rejected.append(f"{cand.id} ({reason})")
            continue
        key = (score, cand.type == entity.type, cand.articles, cand.id, reason)
        if best is None or key[:3] > best[:3]:
            best = key
    retyped = f" ({entity.retyped})" if entity.retyped else ""
    if best is not None:
        return Link(entity_id=best[3], reason=best[4] + retyped, score=best[0])
    why = f"; rejected {', '.join(rejected)}" if rejected else ""
    return Link(entity_id=None, reason=f"new {entity.type}{retyped}: no known entity with this name{why}")


@dataclass(slots=True)
class _Global:
    """A global entity of the in-memory index."""

    id: str
    name: str
    type: str
    names: set[str] = field(default_factory=set)
    country: str | None = None
    wikidata: str | None = None
    titles: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    articles: int = 0

    def candidate(self) -> Candidate:
        """The entity as a candidate for linking (what the store's blocking query would return)."""
        return Candidate(id=self.id, name=self.name, type=self.type, names=tuple(sorted(self.names)),
                         country=self.country, wikidata=self.wikidata, articles=self.articles,
                         titles=tuple(sorted(self.titles)), orgs=tuple(sorted(self.orgs)),
                         context=tuple(sorted(self.context)))


class IdentityIndex:
    """Cross-article identity in memory, with the same blocking and decisions as the store.

    >>> index = IdentityIndex()
    >>> index.add(LocalEntity("Lloyd Austin", "PERSON", ("Lloyd Austin",))).entity_id is None
    True
    >>> index.add(LocalEntity("Llyod J. Austin", "PERSON", ("Llyod J. Austin",))).reason
    "'Llyod J. Austin' is a spelling variant of 'Lloyd Austin'"
    """

    def __init__(self) -> None:
        self.entities: dict[str, _Global] = {}
        self.keys: dict[str, set[str]] = {}
        self.links: list[tuple[LocalEntity, Link, str]] = []

    def candidates(self, local: LocalEntity) -> list[Candidate]:
        """The global entities of the types it is compared with sharing a blocking key with a local entity."""
        ids = set().union(*(self.keys.get(k, set()) for k in blocking_keys(local)))
        types = candidate_types(local.type, local.name)
        return [self.entities[i].candidate() for i in sorted(ids) if self.entities[i].type in types]

    def add(self, local: LocalEntity) -> Link:
        """Link one local entity (creating a global entity when it is new); returns the decision."""
        link = link_entity(local, self.candidates(local))
        gid = link.entity_id or f"G{len(self.entities) + 1}"
        g = self.entities.setdefault(gid, _Global(gid, local.name, local.type))
        if g.type != local.type and becomes_person(g.name, local):
            g.type, g.name = "PERSON", local.name
        g.names |= set(local.names)
        g.country, g.wikidata = g.country or local.country, g.wikidata or local.wikidata
        g.titles |= set(local.titles)
        g.orgs |= set(local.orgs)
        g.context |= set(local.context)
        g.articles += 1
        for key in blocking_keys(local):
            self.keys.setdefault(key, set()).add(gid)
        self.links.append((local, link, gid))
        return link


def becomes_person(known: str, local: LocalEntity) -> bool:
    """Whether a global entity the tagger had typed otherwise, known as ``known``, becomes a person named as
    the person joining it: when the person's name is longer (a full name over a lone surname) and surely a
    person's (:func:`~newsgraph.resolve.identity_types.person_evidence`). A name as long as the known one, or
    one with no such evidence, leaves the entity as it was ("Lockheed Martin" stays an organisation).

    >>> becomes_person("Blinken", LocalEntity("Antony Blinken", "PERSON"))
    True
    >>> becomes_person("Steelers", LocalEntity("Pittsburgh Steelers", "PERSON"))
    False
    """
    longer = len(person_tokens(local.name)) > len(person_tokens(known))
    return local.type == "PERSON" and longer and person_evidence(local.name, local.titles)


def resolve_articles(articles: Iterable[Article]) -> dict[tuple[str, str], str]:
    """Global ids for every (article id, local entity id), resolved in article order in memory.

    >>> from newsgraph.model import Mention
    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> again = Article.new("Blinken met Asim Munir.")
    >>> again.mentions = [Mention("m1", 12, 22, "Asim Munir", "PERSON", entity="e1")]
    >>> again.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
    >>> ids = resolve_articles([art, again])
    >>> ids[(again.id, "e1")] == ids[(art.id, "e1")] != ids[(art.id, "e2")]
    True
    """
    index = IdentityIndex()
    out: dict[tuple[str, str], str] = {}
    for article in articles:
        named = named_entities(article)
        for entity in article.entities:
            index.add(local_entity(entity, article, named))
            out[(article.id, entity.id)] = index.links[-1][2]
    return out
