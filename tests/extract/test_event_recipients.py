"""The recipient of an event across the constructions of English news, per PLOVER type: direct objects,
prepositional objects by verb class, noun triggers, passives, possessives, coordination and places
(``docs/events-codebook.md``, rule 2). Sentences are made up."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names

#: (sentence, type, a name the recipient must include)
CASES = [
    # direct object
    ("Rebel fighters attacked Nigerian troops on Monday.", "ASSAULT", "Nigerian"),
    ("The Kenyan government condemned Uganda on Tuesday.", "ACCUSE", "Uganda"),
    ("Britain expelled two Russian diplomats.", "SANCTION", "Russian"),
    # prepositional objects by verb class
    ("Egypt accused Ethiopia of violating the water agreement.", "ACCUSE", "Ethiopia"),
    ("France urged Mali to hold elections soon.", "REQUEST", "Mali"),
    ("The Chinese foreign minister met with his Brazilian counterpart in Beijing.", "CONSULT", "Brazilian"),
    ("Indian officials held talks with Nepal on the border dispute.", "CONSULT", "Nepal"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", "Belarus"),
    ("The United States announced new sanctions against Venezuela.", "SANCTION", "Venezuela"),
    ("Thousands of workers protested against the Chilean government.", "PROTEST", "Chilean"),
    ("Japan sent emergency aid to the Philippines after the typhoon.", "AID", "Philippines"),
    ("Russian troops withdrew from Georgia last year.", "RETREAT", "Georgia"),
    ("Ukraine appealed to NATO for more weapons.", "REQUEST", "NATO"),
    ("The Pope called on Israel to end the blockade.", "REQUEST", "Israel"),
    ("South Korea demanded an apology from Japan.", "REQUEST", "Japan"),
    ("China threatened Taiwan with military action.", "THREATEN", "Taiwan"),
    ("Israel agreed to a ceasefire with Hamas.", "AGREE", "Hamas"),
    ("Vietnam protested to China over the oil rig.", "ACCUSE", "China"),
    ("Argentina cut diplomatic ties with Iran.", "SANCTION", "Iran"),
    ("Chinese troops clashed with Indian soldiers along the border.", "ASSAULT", "Indian"),
    ("Iran warned the United States against any attack.", "THREATEN", "United States"),
    # a third party's act for the parties it is between
    ("Egypt brokered a truce between Israel and Hamas.", "AGREE", "Hamas"),
    ("Switzerland hosted talks between Armenia and Turkey.", "CONSULT", "Armenia"),
    ("The Pope condemned the war between Russia and Ukraine.", "ACCUSE", "Ukraine"),
    # noun triggers
    ("Germany's criticism of Turkey angered many diplomats.", "ACCUSE", "Turkey"),
    ("The attack on the Israeli embassy killed two guards.", "ASSAULT", "Israeli"),
    ("Rwanda's accusations against Congo were rejected.", "ACCUSE", "Congo"),
    ("Colombia's appeal to the United Nations for help went unanswered.", "REQUEST", "United Nations"),
    ("Turkey's military offensive against Kurdish rebels continued.", "ASSAULT", "Kurdish"),
    # passive
    ("The Indonesian president was criticised by Malaysia on Friday.", "ACCUSE", "Indonesian president"),
    ("Two Turkish soldiers were killed by Kurdish militants.", "ASSAULT", "Turkish"),
    ("Iraq was accused by Kuwait of massing troops on the border.", "ACCUSE", "Iraq"),
    # the subject of the adjective the verb makes it
    ("A jury in Leeds found Tom Ashby guilty of murder on Friday.", "SANCTION", "Tom Ashby"),
    ("A jury in Leeds found Tom Ashby, 29, guilty of murder on Friday.", "SANCTION", "Tom Ashby"),
    # possessives: the owner of the thing acted on
    ("Egypt rejected Sudan's proposal for new talks.", "REJECT", "Sudan"),
    ("The Kremlin criticized Washington's decision to expel Russian diplomats.", "ACCUSE", "Washington"),
    # coordinated recipients
    ("Militants attacked Kenyan and Somali troops near the border.", "ASSAULT", "Somali"),
    # the place: a visit's destination is its host
    ("Venezuela's president visited Cuba last week.", "CONSULT", "Cuba"),
    ("Chile's foreign minister traveled to Peru for talks on the border.", "CONSULT", "Peru"),
    ("The Pakistani prime minister arrived in Kabul on Monday for a two-day visit.", "CONSULT", "Kabul"),
    ("The army shelled positions in Homs.", "ASSAULT", "Homs"),
    ("The army shelled rebel positions in Homs.", "ASSAULT", "rebel"),  # the party holding the site
    ("Thousands of Syrians sought asylum in Turkey last year.", "REQUEST", "Turkey"),
    # the place: an act on anonymous people is directed at the polity where it happens
    ("Gunmen killed 12 civilians in a market in Kandahar.", "ASSAULT", "Kandahar"),
    ("Police arrested 30 people during a raid in Lagos.", "COERCE", "Lagos"),
    ("Two bombers killed 23 people and themselves when they blew themselves up in Haifa.", "ASSAULT",
     "Haifa"),
]


def test_described_people_keep_the_place_out(nlp: Language) -> None:
    art, evs = _events(nlp, "Soldiers arrested the rebels in Kivu.")
    assert "Kivu" not in _names(art, next(e for e in evs if e.type == "COERCE"), "recipient")


@pytest.mark.parametrize(("text", "type_", "name"), CASES)
def test_recipient(nlp: Language, text: str, type_: str, name: str) -> None:
    art, evs = _events(nlp, text)
    ev = next(e for e in evs if e.type == type_)
    assert name in _names(art, ev, "recipient")


def test_parties_between_act_together_without_a_third(nlp: Language) -> None:
    art, evs = _events(nlp, "Talks between Israel and Syria resumed in Washington.")
    assert _names(art, next(e for e in evs if e.type == "CONSULT"), "actor") == {"Israel", "Syria"}


def test_people_listed_with_their_ages_are_all_recipients(nlp: Language) -> None:
    art, evs = _events(nlp, "Tom Vale, 25, was found guilty of shooting Mary Dunne, 41, and wounding "
                            "Ellen Roe, 38, and Clara Mott, 9, in May 2020.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert {"Mary Dunne", "Clara Mott"} <= _names(art, ev, "recipient")


def test_aged_person_the_parser_hangs_on_the_verb_is_coordinated() -> None:
    """ "wounding NAME, 32, and NAME, 11": the second person hung on the verb is still a conjunct."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.extract.event_syntax import conjuncts

    words = ["wounding", "Ellen", "Roe", ",", "38", ",", "and", "Clara", "Mott", ",", "9", ",", "in", "May"]
    heads = [0, 2, 0, 2, 2, 0, 0, 8, 0, 8, 8, 8, 0, 12]
    deps = ["ROOT", "compound", "dobj", "punct", "appos", "punct", "cc", "compound", "npadvmod", "punct",
            "appos", "punct", "prep", "pobj"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "CCONJ", "PROPN", "PROPN", "PUNCT", "NUM",
           "PUNCT", "ADP", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[2])] == ["Roe", "Mott"]
    doc2 = Doc(spacy.blank("en").vocab, words=[*words[:5], "and", "Mott"], heads=[0, 2, 0, 2, 2, 0, 0],
               deps=["ROOT", "compound", "dobj", "punct", "appos", "cc", "npadvmod"],
               pos=["VERB", "PROPN", "PROPN", "PUNCT", "NUM", "CCONJ", "PROPN"])
    assert [t.text for t in conjuncts(doc2[2])] == ["Roe"]


def test_an_abbreviated_rank_does_not_end_the_sentence(nlp: Language) -> None:
    art, evs = _events(nlp, "Sgt. Tom Vale, a bomb technician with the Leeds Police, and Capt. Jim Rowe of "
                            "the Dunmore Police Department were killed when a bomb exploded at a bank.")
    killing = next(e for e in evs if e.type == "ASSAULT")
    assert {"Tom Vale", "Jim Rowe"} <= _names(art, killing, "recipient")
