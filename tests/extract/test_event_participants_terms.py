"""Participants the grammar of a whole report gives (made-up sentences): the one serving, handed or given a
term for an act, or wanted for it, is its doer; the "of" object of an act noun of force is what it was done
to; an organisation named in apposition to a job noun ("the port operator, NAME Holdings,") is that noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from tests.extract.event_probes import events, has_participant
from tests.extract.event_probes import names as _names


def _event(nlp: Language, text: str, trigger: str) -> tuple[Article, Event]:
    """The article of a text and its event with this trigger word."""
    art, found = events(nlp, text)
    hit = next((e for e in found if e.trigger == trigger), None)
    assert hit is not None, [(e.type, e.trigger) for e in found]
    return art, hit


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "not_actor"),
    [
        ("Tobin Farrow was serving a 12-year sentence for the 2006 killing of a courier in Dunmere.",
         "killing", "Tobin Farrow", None),
        ("Ossian Vey was handed a life sentence for the murder of Nella Crane.", "murder", "Ossian Vey",
         None),
        ("Judge Amara Pell gave Ossian Vey a ten-year sentence for the robbery of a pensioner.", "robbery",
         "Ossian Vey", "Amara Pell"),
        ("Corwin Ashby had been wanted for the 2011 bombing of a courthouse in Dunmere.", "bombing",
         "Corwin Ashby", None),
        ("Quarry Lane Holdings said a security guard, Ned Harlow, was attacked on Monday.", "attacked",
         None, "Quarry Lane Holdings"),
    ],
)
def test_the_one_holding_a_term_or_wanted_for_an_act_did_it(nlp: Language, text: str, trigger: str,
                                                            actor: str | None, not_actor: str | None) -> None:
    art, ev = _event(nlp, text, trigger)
    if actor is not None:
        assert actor in _names(art, ev, "actor")
    if not_actor is not None:
        assert not_actor not in _names(art, ev, "actor")


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Rebels claimed the bombing of the Dunmere courthouse.", "bombing", "Dunmere"),
        ("The army said the shelling of Kavala lasted two hours.", "shelling", "Kavala"),
    ],
)
def test_the_of_object_of_a_force_noun_is_its_target(nlp: Language, text: str, trigger: str,
                                                     recipient: str) -> None:
    art, ev = _event(nlp, text, trigger)
    assert recipient in _names(art, ev, "recipient") and recipient not in _names(art, ev, "actor")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Dockers at Port Vellan walked out on Monday. The port operator, Vellan Quay Holdings, urged the "
         "union to return to work.", "urged", "Vellan Quay Holdings"),
        ("Nurses walked out on Monday. The hospital's operator, Brightmoor Care, criticised the union.",
         "criticised", "Brightmoor Care"),
    ],
)
def test_an_organisation_in_apposition_to_a_job_noun_is_that_noun(nlp: Language, text: str, trigger: str,
                                                                  actor: str) -> None:
    art, ev = _event(nlp, text, trigger)
    assert actor in _names(art, ev, "actor")


def test_a_company_qualifying_a_job_noun_stays_the_employer(nlp: Language) -> None:
    art, ev = _event(nlp, "A Brightmoor Care employee stabbed two co-workers on Monday.", "stabbed")
    assert "Brightmoor Care" not in _names(art, ev, "actor")


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Police arrested a Latvian man on Monday, accusing him of spying.", "accusing", "a Latvian man"),
        ("Valdoria on Friday ordered a Norvian diplomat to leave, accusing him of spying.", "accusing",
         "a Norvian diplomat"),
        ("Gunmen abducted a nurse in Warri on Monday. Her family named her as Chioma Okafor, 39.",
         "abducted", "Chioma Okafor"),
    ],
)
def test_a_pronoun_after_an_indefinite_object_stands_for_it(nlp: Language, text: str, trigger: str,
                                                          recipient: str) -> None:
    art, ev = _event(nlp, text, trigger)
    assert has_participant(art, ev, "recipient", recipient)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The talks stalled after gunmen attacked a hotel in Dunmere, an assault Valdoria blamed on Norvia.",
         "Norvia"),
        ("Valdoria blamed the shelling on Norvian forces on Friday.", "Norvian"),
    ],
)
def test_the_one_an_act_is_blamed_on_is_accused(nlp: Language, text: str, recipient: str) -> None:
    art, ev = _event(nlp, text, "blamed")
    assert has_participant(art, ev, "recipient", recipient)
