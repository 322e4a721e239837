"""The last step of within-article coreference (step 5 of :mod:`newsgraph.resolve.coref`): mentions are
renumbered in text order (m1..), entities by first mention (e1..); each cluster becomes one entity that pools
its aliases, titles (one per normalized form), affiliation (the country most mentions state), sector and the
actor dictionary's identifiers.
"""

from __future__ import annotations

from newsgraph.extract.lexicon import lexicon
from newsgraph.model import Affiliation, Entity, Title
from newsgraph.resolve.actors import ActorDictionary, actor_dictionary
from newsgraph.resolve.coref_discourse import Cluster, Discourse, cluster_name


def finalize(dis: Discourse) -> None:
    """Step 5: renumber mentions and entities in text order and build the merged entities."""
    clusters = [c for c in dis.clusters if c.mentions]
    mentions = sorted((m for c in clusters for m in c.mentions), key=lambda m: (m.start, -m.end))
    for i, m in enumerate(mentions, 1):
        m.id = f"m{i}"
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    new_id = {c.key: f"e{i}" for i, c in enumerate(clusters, 1)}
    old_to_new = {b.id: new_id[c.key] for c in clusters for b in c.bases}
    for c in clusters:
        for m in c.mentions:
            m.entity = new_id[c.key]
    date = dis.article.published[:10] if dis.article.published else None
    dis.article.mentions = mentions
    actors = actor_dictionary()  # once per article: each call reads the environment
    military = frozenset(r.normalized for r in lexicon().ranks if r.sector == "MIL")
    entities = [_build_entity(c, new_id, old_to_new, date) for c in clusters]
    for c, e in zip(clusters, entities, strict=True):
        _identify(e, c, actors, military)
    names = {e.id: e.name for e in entities}
    for e in entities:
        if e.affiliation is not None and e.affiliation.organization in names:
            e.affiliation.organization_name = names[e.affiliation.organization]
    dis.article.entities = entities


def _titles(c: Cluster) -> list[Title]:
    seen: dict[str, Title] = {}
    for t in sorted(c.titles, key=lambda t: t.start):
        seen.setdefault(t.normalized or t.text.lower(), t)
    words = {k: set(k.split()) for k in seen}
    return [t for k, t in seen.items() if not any(words[k] < words[o] for o in seen if o != k)]


def _build_entity(c: Cluster, new_id: dict[str, str], old_to_new: dict[str, str], date: str | None) -> Entity:
    """The merged entity of a cluster, with ids remapped to the final numbering."""
    entity = Entity(id=new_id[c.key], name=cluster_name(c), type=c.type, mentions=[m.id for m in c.mentions])
    entity.aliases = list(dict.fromkeys(c.names() or [entity.name]))
    entity.titles = _titles(c)
    org = next(((old_to_new.get(o or ""), name) for o, name in c.orgs), None)
    country = c.country
    if (country or org) and c.type in ("PERSON", "ORG"):
        entity.affiliation = Affiliation(country=country, organization=org[0] if org else None,
                                         organization_name=org[1] if org else None)
    entity.country = country
    entity.wikidata = next((b.wikidata for b in c.bases if b.wikidata), None)
    entity.members = [new_id[m.key] for m in c.members if m.key in new_id]
    entity.confidence = 1.0 if c.named else min(m.confidence for m in c.mentions)
    return entity


def _identify(entity: Entity, c: Cluster, actors: ActorDictionary, military: frozenset[str]) -> None:
    """An entity's sector (a military rank among a person's titles makes it MIL) and what the actor
    dictionary knows of its names (identifier, country, sector), where the article says nothing."""
    ranks = {t.normalized for t in entity.titles} & military
    entity.sector = "MIL" if ranks and c.type == "PERSON" else (c.sectors[0] if c.sectors else None)
    actor = next((a for n in c.names() if (a := actors.lookup(n, c.type)) is not None), None)
    if actor is not None:
        entity.wikidata = entity.wikidata or actor.wikidata
        entity.country = entity.country or actor.country
        entity.sector = entity.sector or actor.sector
