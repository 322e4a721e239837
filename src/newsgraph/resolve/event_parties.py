"""Who took part, as cross-article merging weighs it: attribute-like participants and a legal act's senders.

Not every shared participant says as much about which act a report tells:

- **An attribute-like participant weighs less than a named actor.** A nationality, religious or political
  group named by its adjective or plural (an entity of type NORP: "Israeli jets", "Kurdish fighters")
  describes who acted rather than naming them: many acts of one day share it. Violence and coercion that
  share only such participants (:func:`identifying` finds none other) and put the act in two different
  named places (:func:`places_apart`) are two acts: "Israeli jets struck a house in Rafah" and "... in
  Jenin". A shared named actor outweighs the place names (a place told at two levels, a misread place);
  a shared nationality does not. It still counts as shared otherwise: not counting it at all lowered the
  ECB+ merge recall (main trigger 0.791 -> 0.759), as reports of one pirate attack or one navy action
  often share little else than "Somali" or "Indian".
- **A legal act is the act of its sender.** Sanctions and accusations (``LEGAL``) are identified by their
  target on a day, but two states acting against one target on one day are two acts: the United States
  and Britain sanctioning Iran. A report's senders are the countries of its actors that are states or
  nationalities (``Entity.country``: "Washington" and "the United States" are both USA, "Chinese" is
  CHN); two reports that both name one and share none are two acts (:func:`senders_differ`).

One definition reads these from an event's participants, whether they are an article's entities (in-memory
merging, :func:`newsgraph.resolve.events.article_reports`) or the global entities a stored event holds
(:mod:`newsgraph.store.linking`): :func:`read_parties` over :class:`Party` rows.

>>> senders_differ(frozenset({"USA"}), frozenset({"GBR"})), senders_differ(frozenset({"USA"}), frozenset())
(True, False)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from newsgraph.extract.countries import country_code
from newsgraph.model import Article, Entity, Event

#: Entity types of attribute-like participants: nationalities, religious and political groups.
ATTRIBUTE_TYPES: frozenset[str] = frozenset({"NORP"})
#: Entity types whose country makes them a state acting as a sender.
STATE_TYPES: frozenset[str] = frozenset({"GPE", "NORP"})
#: Entity types of places an act can be done in or to.
PLACE_TYPES: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
#: Entity types :func:`read_parties` reads; a participant of another type says nothing of them.
PARTY_TYPES: frozenset[str] = ATTRIBUTE_TYPES | STATE_TYPES | PLACE_TYPES


class Party(NamedTuple):
    """One participant of an event as :func:`read_parties` reads it: an entity's id, its role in the event,
    and the entity's type, name and country (an article's entity, or a stored global one)."""

    id: str
    role: str
    type: str
    name: str
    country: str | None = None


class Parties(NamedTuple):
    """What an event's participants say of the act: its attribute-like participants (ids of
    ``ATTRIBUTE_TYPES``), the countries of its actors that are states or nationalities (``STATE_TYPES``:
    its senders), and the names of the places it was done in or to that are no country (its sites)."""

    attributes: frozenset[str]
    senders: frozenset[str]
    sites: frozenset[str]


def read_parties(parties: Iterable[Party], place_name: str | None = None) -> Parties:
    """The attribute-like participants, senders and sites of an event (:class:`Parties`) from its
    participants; ``place_name``, the name of the event's place, is a site too unless it is a country.

    >>> read_parties([Party("E1", "actor", "NORP", "Israeli", "ISR"),
    ...               Party("E2", "recipient", "GPE", "Nablus"), Party("E3", "recipient", "GPE", "Israel")])
    Parties(attributes=frozenset({'E1'}), senders=frozenset({'ISR'}), sites=frozenset({'Nablus'}))
    """
    rows = list(parties)
    attributes = frozenset(p.id for p in rows if p.type in ATTRIBUTE_TYPES)
    senders = frozenset(p.country for p in rows if p.role == "actor" and p.type in STATE_TYPES and p.country)
    names = {p.name for p in rows if p.role == "recipient" and p.type in PLACE_TYPES}
    names |= {place_name} if place_name else set()
    return Parties(attributes, senders, frozenset(n for n in names if n and not country_code(n)))


def local_parties(event: Event, by_id: Mapping[str, Entity]) -> list[Party]:
    """An article event's participants as :class:`Party` rows (local ids; ``by_id``: the article's entities
    by id); a participant whose entity is unknown is left out.

    >>> from newsgraph.model import Participant
    >>> v = Event("v1", "COERCE", 0, 9, participants=[Participant("e1", "actor"), Participant("e9", "actor")])
    >>> local_parties(v, {"e1": Entity("e1", "Israeli", "NORP", country="ISR")})
    [Party(id='e1', role='actor', type='NORP', name='Israeli', country='ISR')]
    """
    return [Party(e.id, p.role, e.type, e.name, e.country)
            for p in event.participants if (e := by_id.get(p.entity)) is not None]


def attribute_ids(article: Article) -> set[str]:
    """The local ids of an article's attribute-like entities (``ATTRIBUTE_TYPES``).

    >>> from newsgraph.model import Entity
    >>> a = Article.new("Israeli jets struck Rafah.")
    >>> a.entities = [Entity("e1", "Israeli", "NORP"), Entity("e2", "Rafah", "GPE")]
    >>> attribute_ids(a)
    {'e1'}
    """
    return {e.id for e in article.entities if e.type in ATTRIBUTE_TYPES}


def sender_countries(event: Event, article: Article,
                     by_id: Mapping[str, Entity] | None = None) -> frozenset[str]:
    """The countries of an event's actors that are states or nationalities (``STATE_TYPES``); ``by_id``, the
    article's entities by id when the caller has them.

    >>> from newsgraph.model import Entity, Participant
    >>> a = Article.new("Washington imposed sanctions on Tehran.")
    >>> a.entities = [Entity("e1", "Washington", "GPE", country="USA"),
    ...               Entity("e2", "Tehran", "GPE", country="IRN")]
    >>> v = Event("v1", "SANCTION", 0, 9,
    ...           participants=[Participant("e1", "actor"), Participant("e2", "recipient")])
    >>> sorted(sender_countries(v, a))
    ['USA']
    """
    by_id = by_id if by_id is not None else {e.id: e for e in article.entities}
    return read_parties(local_parties(event, by_id)).senders


def senders_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports of a legal act both name a state as its sender and no state is the same.

    >>> usa, gbr = frozenset({"USA"}), frozenset({"GBR"})
    >>> senders_differ(usa, gbr), senders_differ(usa, frozenset())
    (True, False)
    """
    return _both_named_apart(a, b)


def targets_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports name the people the act was done to, and no name is the same
    (:func:`newsgraph.resolve.events.name_key`): gunmen shooting a lawyer, Karim Haddad, and a judge,
    Nabil Fares, in one city on one day are two shootings, however alike the reports; "Haddad" in one and
    "Karim Haddad" in the other are the same target.

    >>> targets_differ(frozenset({"haddad"}), frozenset({"fares"}))
    True
    >>> targets_differ(frozenset(), frozenset({"fares"}))
    False
    """
    return _both_named_apart(a, b)


def _both_named_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sides name some and none is the same."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def identifying(shared: frozenset[str], attributes: Collection[str]) -> frozenset[str]:
    """The shared participants that identify an act: those attribute-like on neither side.

    >>> sorted(identifying(frozenset({"E1", "E2"}), {"E2"}))
    ['E1']
    """
    return frozenset(p for p in shared if p not in attributes)


def global_attributes(local: Collection[str], entity_ids: Mapping[str, str]) -> frozenset[str]:
    """The global ids of an article's attribute-like entities.

    >>> sorted(global_attributes({"e1", "e9"}, {"e1": "E1", "e2": "E2"}))
    ['E1']
    """
    return frozenset(entity_ids[e] for e in local if e in entity_ids)


def event_sites(event: Event, article: Article, by_id: Mapping[str, Entity] | None = None) -> frozenset[str]:
    """The names of the places an event was done in or to: its place, and its recipients that are places
    (``PLACE_TYPES``) but no country ("raided Nablus", "missiles struck Kharkiv"); ``by_id`` as in
    :func:`sender_countries`.

    >>> from newsgraph.model import Entity, Participant
    >>> a = Article.new("Israeli troops raided Nablus.")
    >>> a.entities = [Entity("e1", "Israeli", "NORP"), Entity("e2", "Nablus", "GPE")]
    >>> v = Event("v1", "COERCE", 15, 21,
    ...           participants=[Participant("e1", "actor"), Participant("e2", "recipient")])
    >>> sorted(event_sites(v, a))
    ['Nablus']
    """
    by_id = by_id if by_id is not None else {e.id: e for e in article.entities}
    return read_parties(local_parties(event, by_id), event.place_name if event.place else None).sites


Sites = tuple[frozenset[str], frozenset[str]]


def places_apart(mine: Sites, theirs: Sites) -> bool:
    """Whether two reports (each the names of its places, :func:`event_sites`, and its evidence words) put
    the act in different places: both name one, and no place of either is named in the other's wording
    ("the Gulshan district of Dhaka" names Dhaka), which names no part of a town nor a place near one
    (codebook ``part_place_nouns``: "raided a refugee camp" may be in or beside the other report's town).
    A country is never compared (it may hold the other place).

    >>> rafah = (frozenset({"Rafah"}), frozenset({"struck", "rafah"}))
    >>> places_apart(rafah, (frozenset({"Jenin"}), frozenset({"struck", "jenin"})))
    True
    >>> places_apart(rafah, (frozenset({"Balata"}), frozenset({"raided", "camp", "balata"})))
    False
    """
    (sites_a, words_a), (sites_b, words_b) = mine, theirs
    if not sites_a or not sites_b or not _whole_places(words_a | words_b):
        return False
    return not any(_named_in(site, words_b) for site in sites_a) and not any(
        _named_in(site, words_a) for site in sites_b)


def _named_in(site: str, words: frozenset[str]) -> bool:
    """Whether wording names a place (every content word of its name; a name of none: assumed named)."""
    from newsgraph.resolve.events import content_words

    key = content_words(site)
    return not key or key <= words


def _whole_places(words: frozenset[str]) -> bool:
    """Whether wording names no part of a town nor a place near one (codebook ``part_place_nouns``)."""
    from newsgraph.extract.event_codebook import codebook

    return words.isdisjoint(codebook().lex("part_place_nouns"))
