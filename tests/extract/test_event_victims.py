"""Victims an article names only as dead (extract/event_victims.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_event_identify import _events, _names


def test_the_named_dead_are_the_victims_of_a_fatal_assault_told_by_description(nlp: Language) -> None:
    text = ("A car bomb killed a soldier and a shopkeeper in Leeds on Monday, officials said.\n"
            "Sergeant Tom Walsh and Peter Hale died at the scene.")
    art, evs = _events(nlp, text)
    bomb = next(e for e in evs if e.type == "ASSAULT")
    assert {"Tom Walsh", "Peter Hale"} <= _names(art, bomb, "recipient")


def test_the_death_of_a_named_person_names_the_victim(nlp: Language) -> None:
    text = ("Riots spread in Leeds on Monday after the death of Martin Cole.\n"
            "The student was shot and killed by a guard on Saturday.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert "Martin Cole" in _names(art, shooting, "recipient")


def test_a_named_victim_keeps_the_dead_out(nlp: Language) -> None:
    text = ("Ron Talbot shot and killed Jane Moss in Leeds on Monday.\n"
            "Her neighbour, Peter Hale, died of a heart attack the same week.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert "Peter Hale" not in _names(art, shooting, "recipient")


def test_the_grounds_of_an_arrest_are_no_party(nlp: Language) -> None:
    text = ("Dallas guard Tom Reyes was arrested on suspicion of DWI in Texas on Sunday.\n"
            "Reyes was arrested on a DWI charge.")
    art, evs = _events(nlp, text)
    arrest = next(e for e in evs if e.type == "COERCE")
    assert _names(art, arrest, "recipient") <= {"Tom Reyes"}


def test_victims_described_by_name_are_recipients_of_the_assault(nlp: Language) -> None:
    text = ("A gunman killed two workers and wounded a third at a bakery in Leeds on Monday, police said.\n"
            "The third victim, identified as Paul Brandt, was taken to hospital.\n"
            "Police have identified the dead as the victims, Anna Rios and Mark Ellery.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert {"Paul Brandt", "Anna Rios", "Mark Ellery"} <= _names(art, shooting, "recipient")


def test_victims_identified_as_named_people(nlp: Language) -> None:
    text = ("A bomb exploded at a bank in Leeds on Friday, killing two officers.\n"
            "The victims have been identified as Sergeant Tom Walsh and Peter Hale.")
    art, evs = _events(nlp, text)
    bomb = next(e for e in evs if e.type == "ASSAULT")
    assert {"Tom Walsh", "Peter Hale"} <= _names(art, bomb, "recipient")


def test_a_described_victim_is_never_the_doer(nlp: Language) -> None:
    text = ("Ron Talbot shot three co-workers at a plant in Leeds on Monday, police said.\n"
            "Talbot told detectives the victim, Ron Talbot, had provoked him.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert "Ron Talbot" not in _names(art, shooting, "recipient")


def test_victims_of_other_words_are_not_listed(nlp: Language) -> None:
    text = ("A gunman shot two guards at a bank in Leeds on Monday, police said.\n"
            "The victims' families met Mayor Paul Brandt on Tuesday.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert "Paul Brandt" not in _names(art, shooting, "recipient")


def test_the_one_found_guilty_in_an_attack_did_it(nlp: Language) -> None:
    text = ("The man, Carl Dunmore, was found guilty last month of murder in the 2019 rampage in Leeds.\n"
            "Dunmore shot and killed Anna Rios at a bank in Leeds in May 2019.")
    art, evs = _events(nlp, text)
    assaults = [e for e in evs if e.type == "ASSAULT"]
    assert assaults and all("Carl Dunmore" not in _names(art, e, "recipient") for e in assaults)
    assert any("Carl Dunmore" in _names(art, e, "actor") for e in assaults)


def test_in_memory_of_a_named_person_names_the_dead(nlp: Language) -> None:
    text = ("A fired clerk shot and killed a woman at a tax office in Leeds on Monday, police said.\n"
            "The office will close on Tuesday in memory of Joan Pell.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert "Joan Pell" in _names(art, shooting, "recipient")


def test_a_re_mention_names_the_participants_of_an_act_told_without_any(nlp: Language) -> None:
    text = ("Shots were fired outside a bar in Leeds on Friday night. "
            "The shooting of Marcus Bell shocked the town.")
    art, evs = _events(nlp, text)
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert len(shooting.mentions) == 2
    assert "Marcus Bell" in _names(art, shooting, "recipient")


def test_a_re_mention_leaves_the_participants_of_an_act_that_has_some(nlp: Language) -> None:
    text = ("Ron Talbot was stabbed at a Leeds bus station on Friday. "
            "Police said the stabbing of a second man was unrelated.")
    art, evs = _events(nlp, text)
    first = next(e for e in evs if e.type == "ASSAULT")
    assert "Ron Talbot" in _names(art, first, "recipient")
    assert not _names(art, first, "recipient") - {"Ron Talbot"}


def test_the_one_found_shot_or_stabbed_is_the_victim(nlp: Language) -> None:
    art, evs = _events(nlp, "Ann Vale was found shot dead in her car in Leeds on Monday.")
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert _names(art, shooting, "recipient") == {"Ann Vale"} and not _names(art, shooting, "actor")
    art, evs = _events(nlp, "Tom Vale faces two counts of murder after Ann Vale and Rose Hale were found "
                            "stabbed to death inside a Leeds home on Monday.")
    stabbing = next(e for e in evs if e.type == "ASSAULT")
    assert {"Ann Vale", "Rose Hale"} <= _names(art, stabbing, "recipient")
    assert _names(art, stabbing, "actor") == {"Tom Vale"}
