"""Identity across the tagger's entity types: one person is one actor whatever type the tagger gave the name
in one article, and a nationality word or a capital standing for a state is that state.

The statistical tagger sometimes types a person's name as an organisation, a nationality or a place ("Blinken
met Netanyahu": two ORG; "met Yoweri Museveni": NORP), and cross-article identity otherwise compares names
of one type only. Two rules bridge the types (``docs/entities.md``, "Identity across types"):

- people: a name of type ORG, NORP or GPE that looks like a person's (:func:`person_like`) is also compared
  with people, and a person with such names, by the person rules -- the same full name, or a lone surname --
  and always with evidence beyond the name (a shared title word, organisation or co-occurring entity),
  since the tagger's type is evidence too ("Ford" the company is not "Gerald Ford");
- states: a nationality word right before a noun of the state ("the Chinese government", "Russian forces")
  and a capital that acts ("Washington imposed sanctions on Tehran", :func:`state_country`) are the country.

>>> person_like("Blinken", "ORG"), person_like("Jordan", "GPE"), person_like("Lockheed Martin Corp", "ORG")
(True, False, False)
>>> candidate_types("ORG", "Blinken"), candidate_types("GPE", "Pakistan")
(('ORG', 'PERSON'), ('GPE',))
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from newsgraph.extract.countries import capital_country, country_code, demonym_country, major_place
from newsgraph.extract.lexicon import lexicon
from newsgraph.model import Article, Entity
from newsgraph.resolve.actors import actor_dictionary
from newsgraph.resolve.events import MATERIAL_CONFLICT
from newsgraph.resolve.names import PARTICLES

#: Types the tagger gives a person's name by mistake, besides PERSON.
MISTYPED_PERSON: tuple[str, ...] = ("ORG", "NORP", "GPE")
#: Lists of ``name_rules.yaml`` whose words never end or make a person's name.
_NOT_PERSON_LISTS = ("org_last_words", "org_descriptor_suffixes", "facility_last_words", "event_last_words",
                     "not_person_words")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_NEXT_WORDS = re.compile(r"^\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")


@lru_cache(maxsize=1 << 14)
def person_like(name: str, etype: str) -> bool:
    """Whether a name the tagger typed ``etype`` (not PERSON) may be a person's: one to five capitalised
    words (particles aside), no acronym, no country, nationality, capital or major city, no actor of the
    dictionary of another type, no word that makes the name an organisation's, a facility's, an event's or a
    place's ("Group", "Ministry", "Airport", "Avenue": the lists :data:`_NOT_PERSON_LISTS` of
    ``name_rules.yaml``, the organisation keywords of ``sectors.yaml``).

    Not the name joins' test of a word that is no part of a person's name
    (:mod:`newsgraph.extract.name_joins`, ``_not_name_part``), which reads the same gazetteers, actor
    dictionary and lists for another question, whether a word of running text can continue a person's name,
    and differs on purpose: an actor that is a person makes a name person-like here, while there any actor
    names itself and continues no other name; a title word may open a person's name here ("President NAME"),
    while it ends none there; a whole name is no person's as a capital or a city of ``major_place``'s
    default size, while there a lone word is a place from a town of ``name_joins.PLACE_POPULATION``. Only
    this test reads ``org_descriptor_suffixes`` ("Motors", "International": the suffixes of a company's
    whole name).

    >>> person_like("Yoweri Museveni", "NORP"), person_like("Chinese", "NORP"), person_like("NATO", "ORG")
    (True, False, False)
    """
    words = name.split()
    if etype not in MISTYPED_PERSON or not 1 <= len(words) <= 5 or name.isupper():
        return False
    if any(c.isdigit() for c in name) or not all(_NAME_WORD.match(w) or w in PARTICLES for w in words):
        return False
    if country_code(name) or demonym_country(name) or capital_country(name) or major_place(name):
        return False
    actor = actor_dictionary().lookup(name)
    if actor is not None and actor.type not in (None, "PERSON"):
        return False
    rules = lexicon().name_rules
    not_person = frozenset().union(*(rules.get(k, frozenset()) for k in _NOT_PERSON_LISTS))
    keywords = lexicon().org_keywords
    folded = [w.lower().strip(".,") for w in words]
    return not any(w in not_person or w in keywords for w in folded) and " ".join(folded) not in keywords


def person_evidence(name: str, titles: tuple[str, ...]) -> bool:
    """Whether a name the tagger typed PERSON is surely a person's: it starts with a known given name
    (``names.yaml``) or the person has a title. Only then does a person joining a global entity the tagger had
    typed otherwise make it a person (the tagger types organisations PERSON too: "Pittsburgh Steelers").

    >>> person_evidence("Antony Blinken", ()), person_evidence("Pittsburgh Steelers", ())
    (True, False)
    """
    words = name.split()
    return bool(titles) or (len(words) > 1 and words[0].lower().strip(".") in lexicon().given_names)


def candidate_types(etype: str, name: str) -> tuple[str, ...]:
    """The types of global entities an entity of this type and name is compared with: its own, people too
    for a person-like name of another type, and every type the tagger gives people's names for a person.

    >>> candidate_types("PERSON", "Antony Blinken")
    ('PERSON', 'ORG', 'NORP', 'GPE')
    """
    if etype == "PERSON":
        return ("PERSON", *MISTYPED_PERSON)
    return (etype, "PERSON") if person_like(name, etype) else (etype,)


def across_people(type_a: str, name_a: str, type_b: str, name_b: str) -> bool:
    """Whether two entities of different types may be compared as people: one is a person and the other a
    person-like name (:func:`person_like`), or both are person-like names.

    >>> across_people("PERSON", "Antony Blinken", "ORG", "Blinken")
    True
    >>> across_people("PERSON", "Gerald Ford", "ORG", "Ford Motor Company")
    False
    """
    if type_a == type_b:
        return False
    a = type_a == "PERSON" or person_like(name_a, type_a)
    b = type_b == "PERSON" or person_like(name_b, type_b)
    return a and b and "PERSON" in (type_a, type_b)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """A readable name of a country by its alpha-3 code (the name before a comma: "Iran, Islamic Republic
    of" is Iran), the code itself when unknown.

    >>> country_name("IRN"), country_name("USA"), country_name("XYZ")
    ('Iran', 'United States', 'XYZ')
    """
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return str(name).split(",")[0].strip()


def state_country(entity: Entity, article: Article) -> tuple[str, str] | None:
    """The country an entity stands for as a state, with why, or None: a nationality word (NORP) one of
    whose names is right before a noun of the state (``state_nouns`` of ``name_rules.yaml``: "the Chinese
    government", "Russian forces"), or a capital (GPE) that is never the place of an act and is the actor of
    one, or the recipient of one by a state that is no material conflict ("Washington imposed sanctions on
    Tehran"; in "Russia struck Kyiv" the city is the place struck).

    >>> from newsgraph.model import Mention
    >>> a = Article.new("The Chinese government protested.")
    >>> a.mentions = [Mention("m1", 4, 11, "Chinese", "NORP", entity="e1")]
    >>> state_country(Entity("e1", "Chinese", "NORP", mentions=["m1"]), a)
    ('CHN', "'Chinese' before 'government'")
    """
    if entity.type == "NORP":
        code = demonym_country(entity.name)
        noun = _state_noun_after(entity, article) if code else None
        return (code, f"{entity.name!r} before {noun!r}") if code and noun else None
    if entity.type != "GPE" or country_code(entity.name):
        return None
    code = capital_country(entity.name)
    role = _state_role(entity, article) if code else None
    return (code, f"capital {entity.name!r} as the {role}") if code and role else None


def _state_noun_after(entity: Entity, article: Article) -> str | None:
    """The noun of the state right after one of the entity's names ("Chinese government", "Chinese foreign
    ministry": after a modifier of ``state_noun_modifiers``), or None."""
    rules = lexicon().name_rules
    nouns, modifiers = rules.get("state_nouns", frozenset()), rules.get("state_noun_modifiers", frozenset())
    for mid in entity.mentions:
        mention = article.mention(mid)
        if mention is None or mention.kind != "NAM":
            continue
        after = _NEXT_WORDS.match(article.text[mention.end : mention.end + 40])
        if after is None:
            continue
        first, second = after[1], (after[2] or "")
        if first in nouns:
            return first
        if first in modifiers and second in nouns:
            return f"{first} {second}"
    return None


def _state_role(entity: Entity, article: Article) -> str | None:
    """"actor" or "recipient" when a capital stands for its state in the article's acts (see
    :func:`state_country`; the recipient of a material conflict, "Russia struck Kyiv", is the city struck),
    else None."""
    if any(ev.place == entity.id for ev in article.events):
        return None
    for ev in article.events:
        roles = {p.role for p in ev.participants if p.entity == entity.id and p.start is not None}
        if "actor" in roles:
            return "actor"
        if "recipient" in roles and ev.type not in MATERIAL_CONFLICT and any(
                p.role == "actor" and _is_state(p.entity, article) for p in ev.participants):
            return "recipient"
    return None


def _is_state(entity_id: str, article: Article) -> bool:
    """Whether an article's entity names a country, or is a capital (an actor standing for its state)."""
    entity = next((e for e in article.entities if e.id == entity_id), None)
    return entity is not None and entity.type == "GPE" and bool(
        country_code(entity.name) or capital_country(entity.name))
