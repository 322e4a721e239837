"""Unnamed armed groups named elsewhere in the article (extract/event_groups.py)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from tests.extract.event_probes import events as _events


def _actors(art: Article, ev: Event) -> set[str]:
    return {ent.name for p in ev.participants
            if p.role == "actor" and (ent := art.entity(p.entity)) is not None}


def test_a_pirate_attack_is_by_the_pirates_the_article_qualifies(nlp: Language) -> None:
    text = ("A French frigate foiled a pirate attack on a tanker on Tuesday.\n"
            "Its crew later detained 12 Eritrean pirates near the coast.")
    art, evs = _events(nlp, text)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert "Eritrean" in {n.split()[0] for n in _actors(art, attack)} or "Eritrea" in _actors(art, attack)


def test_an_act_noun_of_a_group_names_the_group(nlp: Language) -> None:
    text = ("A piracy attack on a ferry failed on Sunday.\n"
            "Officers arrested nine Eritrean pirates after a chase.")
    art, evs = _events(nlp, text)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert any(n.startswith("Eritrea") for n in _actors(art, attack))


def test_an_attack_by_a_group_named_by_another_perpetrator_noun(nlp: Language) -> None:
    text = ("The navy thwarted an attack by sea brigands on a cargo ship on Friday.\n"
            "Sailors captured 14 Eritrean pirates and seized their rifles.")
    art, evs = _events(nlp, text)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert any(n.startswith("Eritrea") for n in _actors(art, attack))


def test_no_group_is_named_without_a_qualified_perpetrator_noun(nlp: Language) -> None:
    text = "A French frigate foiled a pirate attack on a tanker on Tuesday near Eritrea."
    art, evs = _events(nlp, text)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert not _actors(art, attack)


def test_group_noun_forms() -> None:
    from newsgraph.extract.event_groups import _group_noun

    groups = frozenset({"pirate", "gunman", "rebel"})
    assert _group_noun("Gunmen", groups, {}) == "gunman"
    assert _group_noun("piracy", groups, {"piracy": "pirate"}) == "pirate"
    assert _group_noun("ship", groups, {}) is None
