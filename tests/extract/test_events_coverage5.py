"""Codebook coverage, fifth round (made-up sentences): words and objects for acts the PLOVER manual's
definitions and modes and the CAMEO act descriptions name, checked per group, with the readings they must
not take."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_events_coverage import _events, _names, _one


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode"),
    [
        # material conflict (3.15, 3.16 modes)
        ("Militiamen machine-gunned the villagers of Kalo on Monday.", "gunned", "ASSAULT", "firearms"),
        ("Soldiers bayoneted three prisoners in Kalo on Monday.", "bayoneted", "ASSAULT", "primitive"),
        ("The Iraqi army gassed the Kurds of Halabja in 1988.", "gassed", "ASSAULT", "unconventional"),
        ("The Syrian army used sarin against rebels in Ghouta.", "used", "ASSAULT", "unconventional"),
        ("Hezbollah used civilians as human shields in Lebanon.", "used", "ASSAULT", "abduct"),
        ("The junta requisitioned the farms of the opposition.", "requisitioned", "COERCE", "seize"),
        ("Chinese hackers attacked the Pentagon's computers.", "attacked", "COERCE", "cyber"),
        # verbal conflict (3.8-3.11)
        ("The Kenyan senate will inquire into the deaths of the students.", "inquire", "ACCUSE",
         "investigate"),
        ("The EU expressed concern over the arrest of Ana Ruiz.", "expressed", "ACCUSE", "disapprove"),
        ("Beijing lodged a protest with Tokyo over the visit.", "protest", "ACCUSE", "disapprove"),
        ("Syria denied any role in the assassination of Omar Haddad.", "denied", "REJECT", None),
        ("The Burmese junta shrugged off the criticism of the UN.", "shrugged off", "REJECT", None),
        # cooperation and concessions (3.1-3.7)
        ("The Burmese government promised to release all political prisoners.", "promised", "AGREE", None),
        ("The Nepalese king reinstated the dissolved parliament on Monday.", "reinstated", "CONCEDE", None),
        ("The Peruvian government heeded the demands of the miners on Monday.", "heeded", "CONCEDE", None),
        ("The FARC handed over three hostages to the Red Cross.", "handed over", "RETREAT", "release"),
        ("The European Union lifted its boycott of Austria.", "lifted", "RETREAT", "withdraw"),
        ("The Fijian army sided with the prime minister on Monday.", "sided", "SUPPORT", None),
        ("Thousands of Serbs rallied behind President Tadic on Monday.", "rallied", "SUPPORT", None),
        # material pressure (3.12-3.14)
        ("Greek taxi drivers staged a strike in Athens.", "strike", "PROTEST", "strike"),
        ("North Korea staged a military parade in Pyongyang.", "parade", "MOBILIZE", None),
        ("The Syrian army laid siege to Homs.", "siege", "COERCE", "restrict"),
        ("The Commonwealth expelled Zimbabwe in 2003.", "expelled", "SANCTION", "expel"),
        ("The World Bank froze its loans to Ethiopia.", "froze", "SANCTION", "discontinue"),
        ("Japan curtailed aid to Burma on Monday.", "curtailed", "SANCTION", "discontinue"),
        # cases the manual's ambiguities name (3.6.2, 3.11.2, 3.16.2) and nominalisations
        ("A Kenyan court ordered the Standard Bank to pay compensation to the farmers.", "ordered",
         "SANCTION", "convict"),
        ("A Turkish court issued an arrest warrant in absentia for Omer Celik.", "warrant", "THREATEN",
         "arrest"),
        ("The Moroccan police pushed back the protesters in Rabat.", "pushed back", "COERCE", "restrict"),
        ("The IMF approved a $3 billion loan for Egypt.", "approved", "AID", None),
        ("The Yemeni government freed 50 Houthi rebels.", "freed", "RETREAT", "release"),
        ("The release of the Italian journalist by the Taliban ended a month of captivity.", "release",
         "RETREAT", "release"),
        ("Ghana's recognition of Kosovo angered Serbia.", "recognition", "SUPPORT", None),
        ("The suspension of Syria from the Arab League took effect on Monday.", "suspension", "SANCTION",
         "expel"),
        ("India's lifting of the curfew in Srinagar was welcomed on Monday.", "lifting", "CONCEDE", None),
        ("The EU's easing of sanctions on Iran began on Monday.", "easing", "RETREAT", "withdraw"),
        ("The United States designated the Houthis a terrorist organization.", "designated", "SANCTION",
         "discontinue"),
        ("Canada listed the Proud Boys as a terrorist group.", "listed", "SANCTION", "discontinue"),
    ],
)
def test_new_words_are_events_of_their_type(nlp: Language, text: str, trigger: str, type_: str,
                                            mode: str | None) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_
    if mode is not None:
        assert ev.mode == mode


def test_roles_of_the_new_words(nlp: Language) -> None:
    art, ev = _one(nlp, "The Commonwealth expelled Zimbabwe in 2003.", "expelled")
    assert _names(art, ev, "actor") == {"Commonwealth"} and _names(art, ev, "recipient") == {"Zimbabwe"}


def test_talks_held_between_parties(nlp: Language) -> None:
    # the light verb's "between" phrase names the parties of its passive subject (3.2: "holding talks")
    art, ev = _one(nlp, "New talks were held between Sudan and the SPLA in Nairobi.", "talks")
    assert ev.type == "CONSULT" and _names(art, ev, "actor") == {"Sudan", "SPLA"}


def test_the_readings_the_new_words_must_not_take(nlp: Language) -> None:
    # a promise of a product release stays no promise of a concession; tear gas stays crowd control
    _, ev = _one(nlp, "Bolivian police used tear gas against protesters in La Paz.", "used")
    assert (ev.type, ev.mode) == ("ASSAULT", "crowd-control")
    # a strike named by aircraft stays an attack whatever workers the sentence names
    _, ev = _one(nlp, "A drone strike killed three workers in Mir Ali on Monday.", "strike")
    assert ev.type == "ASSAULT"
    # objects outside the lists are no events
    for text in ("The Danish company promised a new release of its software on Monday.",
                 "The Japanese central bank's quantitative easing began on Monday.",
                 "UNESCO listed the old town of Lamu as a heritage site on Monday.",
                 "The Texas farmer gassed the rats in his barn on Monday.",
                 "The Spanish bank curtailed its opening hours on Monday."):
        _, evs = _events(nlp, text)
        assert not [e for e in evs if e.trigger in ("promised", "gassed", "curtailed", "easing", "listed")], \
            (text, [(e.type, e.trigger) for e in evs])
