"""Identity across the tagger's types: a person's name typed ORG, NORP or GPE in one article is still the
person (with evidence beyond the name); a nationality word before a noun of the state, and a capital that
acts, are the country; look-alikes stay apart (a country named like a person, a company named after one, two
people sharing a surname)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Entity, Event, Mention, Participant
from newsgraph.resolve.identity import IdentityIndex, LocalEntity, context_keys, local_entity
from newsgraph.resolve.identity_types import person_like, state_country


@pytest.mark.parametrize(("name", "etype", "expected"), [
    ("Blinken", "ORG", True),
    ("Yoweri Museveni", "NORP", True),
    ("Narendra Modi", "GPE", True),
    ("Lula", "ORG", True),
    ("Jordan", "GPE", False),  # a country
    ("Georgia", "GPE", False),
    ("Washington", "GPE", False),  # a capital and a state
    ("Austin", "ORG", False),  # a major city
    ("Chinese", "NORP", False),  # a nationality
    ("Ford Motor Company", "ORG", False),  # an organisation's word
    ("State Department", "ORG", False),
    ("Pentagon", "ORG", False),  # an actor of the dictionary
    ("NATO", "ORG", False),  # an acronym
    ("Blinken", "PERSON", False),  # already a person
    ("Route 66", "LOC", False),
])
def test_person_like_names(name: str, etype: str, expected: bool) -> None:
    assert person_like(name, etype) is expected


def _e(name: str, etype: str, *with_names: str) -> LocalEntity:
    return LocalEntity(name, etype, (name,), context=context_keys(sorted(with_names)))


#: (what, first entity, second entity, whether the second links to the first)
PAIRS = [
    ("lone surname typed ORG, a co-occurring full name", _e("Antony Blinken", "PERSON", "benjamin netanyahu"),
     _e("Blinken", "ORG", "netanyahu"), True),
    ("typed ORG first, then the full name", _e("Blinken", "ORG", "netanyahu"),
     _e("Antony Blinken", "PERSON", "benjamin netanyahu"), True),
    ("full name typed NORP", _e("Yoweri Museveni", "PERSON", "william ruto"),
     _e("Yoweri Museveni", "NORP", "william ruto"), True),
    ("a name in common use of a long name", _e("Luiz Inacio Lula da Silva", "PERSON", "javier milei"),
     _e("Lula", "ORG", "milei"), True),
    ("typed ORG, nothing else in common", _e("Antony Blinken", "PERSON", "benjamin netanyahu"),
     _e("Blinken", "ORG", "isaac herzog"), False),
    ("full name typed GPE, nothing else in common", _e("Narendra Modi", "PERSON", "jigme khesar"),
     _e("Narendra Modi", "GPE", "olaf scholz"), False),
    ("a country named like a person", _e("Michael Jordan", "PERSON", "ahmed saleh"),
     _e("Jordan", "GPE", "ahmed saleh"), False),
    ("a company named after a person", _e("Henry Ford", "PERSON", "william ruto"),
     _e("Ford Motor Company", "ORG", "william ruto"), False),
    ("two people sharing a surname", _e("Raman Sethi", "PERSON", "liu wenjie"),
     _e("Arjun Sethi", "PERSON", "liu wenjie"), False),
    ("two single names of different types", _e("Troy", "PERSON", "cnn"), _e("Troy", "GPE", "cnn"), False),
    ("a longer name of another type is no full name of a lone surname", _e("Douglas", "PERSON", "airtran"),
     _e("McDonnell Douglas", "ORG", "airtran"), False),
    ("co-occurring people sharing only a surname are no support", _e("Asim Munir", "PERSON", "john smith"),
     _e("Munir", "PERSON", "jane smith"), False),
    ("a co-occurring lone surname and full name are support", _e("Asim Munir", "PERSON", "john smith"),
     _e("Munir", "PERSON", "smith"), True),
]


@pytest.mark.parametrize(("first", "second", "linked"), [pytest.param(*p[1:], id=p[0]) for p in PAIRS])
def test_links_across_types(first: LocalEntity, second: LocalEntity, linked: bool) -> None:
    index = IdentityIndex()
    index.add(first)
    link = index.add(second)
    assert (link.entity_id == "G1") is linked, link.reason


def test_a_person_joining_a_name_typed_otherwise_makes_it_a_person() -> None:
    index = IdentityIndex()
    index.add(_e("Blinken", "ORG", "netanyahu"))
    index.add(_e("Antony Blinken", "PERSON", "benjamin netanyahu"))
    assert (index.entities["G1"].type, index.entities["G1"].name) == ("PERSON", "Antony Blinken")


_Acts = list[tuple[str, str, str, str | None]]


def test_a_name_typed_person_without_a_given_name_leaves_an_organisation_as_it_was() -> None:
    index = IdentityIndex()
    index.add(_e("Steelers", "ORG", "aj butler"))
    assert index.add(_e("Pittsburgh Steelers", "PERSON", "aj butler")).entity_id == "G1"
    assert (index.entities["G1"].type, index.entities["G1"].name) == ("ORG", "Steelers")


def _article(text: str, names: list[tuple[str, str]], events: _Acts) -> Article:
    """An article whose entities e1, e2... are the names (text, type) at their first occurrence, with events
    (type, actor name, recipient name, place name)."""
    art = Article.new(text)
    ids: dict[str, str] = {}
    for i, (name, etype) in enumerate(names, 1):
        start = text.index(name)
        art.mentions.append(Mention(f"m{i}", start, start + len(name), name, etype, entity=f"e{i}"))
        art.entities.append(Entity(f"e{i}", name, etype, mentions=[f"m{i}"]))
        ids[name] = f"e{i}"
    for j, (etype, actor, recipient, place) in enumerate(events, 1):
        parts = [Participant(ids[n], role, text.index(n), text.index(n) + len(n))
                 for n, role in ((actor, "actor"), (recipient, "recipient")) if n]
        art.events.append(Event(f"v{j}", etype, 0, len(text), participants=parts,
                                place=ids.get(place or ""), place_name=place))
    return art


#: (text, names, events, the name asked about, the country it stands for or None)
STATES = [
    ("The Chinese government imposed sanctions.", [("Chinese", "NORP")], [], "Chinese", "CHN"),
    ("The Iranian foreign ministry protested.", [("Iranian", "NORP")], [], "Iranian", "IRN"),
    ("Three Chinese defence firms were sanctioned.", [("Chinese", "NORP")], [], "Chinese", None),
    ("Israeli settlers attacked a village.", [("Israeli", "NORP")], [], "Israeli", None),
    ("Washington imposed sanctions on Tehran.", [("Washington", "GPE"), ("Tehran", "GPE")],
     [("SANCTION", "Washington", "Tehran", None)], "Washington", "USA"),
    ("Washington imposed sanctions on Tehran.", [("Washington", "GPE"), ("Tehran", "GPE")],
     [("SANCTION", "Washington", "Tehran", None)], "Tehran", "IRN"),
    ("Russia struck Kyiv with missiles.", [("Russia", "GPE"), ("Kyiv", "GPE")],
     [("ASSAULT", "Russia", "Kyiv", None)], "Kyiv", None),
    ("Joe Biden met Olaf Scholz in Washington.", [("Joe Biden", "PERSON"), ("Olaf Scholz", "PERSON"),
                                                  ("Washington", "GPE")],
     [("CONSULT", "Joe Biden", "Olaf Scholz", "Washington")], "Washington", None),
    ("Protesters marched from Moscow.", [("Moscow", "GPE")], [], "Moscow", None),
]


@pytest.mark.parametrize(("text", "names", "events", "asked", "country"), STATES)
def test_a_nationality_or_capital_standing_for_the_state(
    text: str, names: list[tuple[str, str]], events: _Acts, asked: str, country: str | None,
) -> None:
    art = _article(text, names, events)
    entity = next(e for e in art.entities if e.name == asked)
    found = state_country(entity, art)
    assert (found[0] if found else None) == country
    local = local_entity(entity, art)
    assert (local.type, local.country) == (("GPE", country) if country else (entity.type, local.country))


def test_the_state_links_to_its_country() -> None:
    index = IdentityIndex()
    index.add(LocalEntity("China", "GPE", ("China",)))
    art = _article("The Chinese government imposed sanctions.", [("Chinese", "NORP")], [])
    link = index.add(local_entity(art.entities[0], art))
    assert link.entity_id == "G1" and "stands for the state" in link.reason
    plain = _article("Three Chinese firms were sanctioned.", [("Chinese", "NORP")], [])
    assert index.add(local_entity(plain.entities[0], plain)).entity_id != "G1"
