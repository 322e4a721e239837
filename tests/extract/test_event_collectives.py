"""Unnamed collectives as event participants: only where the phrase names no one else."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.collectives import collective_ids
from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _event(art: Article, trigger: str) -> Event:
    return next(e for e in art.events if art.text[e.trigger_start or 0 : e.trigger_end or 0] == trigger)


def _names(art: Article, ev: Event, role: str) -> list[str]:
    return [e.name for p in ev.participants if p.role == role and (e := art.entity(p.entity)) is not None]


def test_a_collective_subject_is_the_actor(nlp: Language) -> None:
    art = _run(nlp, "Police arrested four suspects in Ruritania on Monday.")
    assert _names(art, _event(art, "arrested"), "actor") == ["police"]


def test_a_collective_object_is_the_recipient(nlp: Language) -> None:
    art = _run(nlp, "Soldiers of Ruritania fired on protesters on Sunday.")
    ev = _event(art, "fired")
    assert "protesters" in _names(art, ev, "recipient")


def test_a_named_qualifier_still_wins(nlp: Language) -> None:
    text = "Israeli forces shelled a village on Monday. Rioters in Greece set fire to a bank on Tuesday."
    art = _run(nlp, text)
    assert _names(art, _event(art, "shelled"), "actor") == ["Israeli"]
    assert _names(art, _event(art, "set"), "actor") == ["Greece"]


def test_a_collective_alone_does_not_keep_a_statement(nlp: Language) -> None:
    art = _run(nlp, "Officials promised more help.")
    assert art.events == []


def test_sector_nouns_of_labour_farming_and_militias_are_collectives(nlp: Language) -> None:
    cases = [("Farmers blocked roads near Tarlow on Monday.", "farmers", "AGR"),
             ("Trade unions called off a strike in Tarlow on Tuesday.", "trade unions", "LAB"),
             ("The militia handed over its weapons to the army on Wednesday.", "militia", "REB")]
    for text, name, sector in cases:
        art = _run(nlp, text)
        assert any(name in _names(art, ev, "actor") for ev in art.events), text
        assert {e.name: e.sector for e in art.entities}[name] == sector


def test_unidentified_assailants_are_the_actor(nlp: Language) -> None:
    art = _run(nlp, "Unidentified assailants stabbed a shopkeeper in Tarlow on Friday.")
    assert _names(art, _event(art, "stabbed"), "actor") == ["assailants"]


def test_a_counted_group_a_non_violent_act_is_done_to_is_the_recipient(nlp: Language) -> None:
    cases = [("Police in Tarlow detained 14 students on Monday.", "detained", "EDU"),
             ("The rebels freed nine soldiers on Tuesday.", "freed", "MIL"),
             ("Ruritania expelled six journalists on Friday.", "expelled", "JRN")]
    for text, trigger, sector in cases:
        art = _run(nlp, text)
        groups = [e for p in _event(art, trigger).participants if p.role == "recipient"
                  and (e := art.entity(p.entity)) is not None and e.sector == sector]
        assert groups, (text, [(p.role, p.entity) for e in art.events for p in e.participants])


def test_counted_victims_of_violence_stay_people(nlp: Language) -> None:
    art = _run(nlp, "Gunmen killed 11 soldiers near Tarlow on Monday.")
    assert _names(art, _event(art, "killed"), "recipient") == []


def test_a_counted_group_is_no_actor_and_yields_to_another_recipient(nlp: Language) -> None:
    art = _run(nlp, "Police detained 30 protesters who blocked a road in Tarlow on Monday.")
    assert not any(e.name.startswith("30") for ev in art.events for p in ev.participants
                   if p.role != "recipient" and (e := art.entity(p.entity)) is not None)
    art = _run(nlp, "The rebels released 12 soldiers to the Red Cross in Tarlow on Monday.")
    assert all(not n.startswith("12") for ev in art.events for n in _names(art, ev, "recipient")
               if "Red Cross" in _names(art, ev, "recipient"))


def test_the_sector_modifying_an_attacked_site_is_the_recipient(nlp: Language) -> None:
    cases = [
        ("Ruritanian artillery shelled rebel positions near Tarlow on Monday.", "shelled", "rebel", "REB"),
        ("Boko Haram attacked a police checkpoint in Maiduguri on Tuesday.", "attacked", "police", "COP"),
        ("The Islamic State bombed an army post outside Mosul on Friday.", "bombed", "army", "MIL"),
    ]
    for text, trigger, name, sector in cases:
        art = _run(nlp, text)
        ev = _event(art, trigger)
        assert _names(art, ev, "recipient") == [name], text  # the police, not the town
        assert {e.name: e.sector for e in art.entities}[name] == sector


def test_a_name_modifying_a_site_stays_the_recipient(nlp: Language) -> None:
    art = _run(nlp, "Ruritanian troops raided a Hamas hideout in Gaza on Monday.")
    assert "Hamas" in _names(art, _event(art, "raided"), "recipient")


def test_a_sector_modifying_another_noun_is_no_party(nlp: Language) -> None:
    art = _run(nlp, "Gunmen attacked a police officer's house in Tarlow on Monday.")
    assert "police" not in _names(art, _event(art, "attacked"), "recipient")


def test_a_site_collective_is_an_unnamed_collective(nlp: Language) -> None:
    art = _run(nlp, "Ruritanian jets struck militant camps near Tarlow on Monday.")
    rebels = [e.id for e in art.entities if e.name == "militant"]
    assert rebels and set(rebels) <= collective_ids(art)  # never an identifying participant
