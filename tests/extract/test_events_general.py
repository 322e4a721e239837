"""General constructions of political news (made-up sentences): sums of money given as aid, a party
pressed to act whatever the act, plans and intentions announced, and the one asked to act when the act
asked for is itself planned."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_events_coverage import _events, _names, _one


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # a sum of money given is monetary aid (3.6); announced for the future it is a promise (3.1)
        ("Norway gave $20 million to help Sudanese refugees on Monday.", "gave", "AID"),
        ("Norway will give $20 million in aid to Sudan.", "give", "AGREE"),
        ("Norway said it would provide 15 million euros to Sudan.", "provide", "AGREE"),
        ("Canada sent 40 military advisers to Mali on Monday.", "sent", "AID"),
        # a party pressed to act is asked to, whatever the act (3.8)
        ("The European Union pressed Chile to improve its pension system on Monday.", "pressed", "REQUEST"),
        ("Sweden pushed Peru to reconsider its fishing quotas on Monday.", "pushed", "REQUEST"),
        # plans and intentions announced are typed by the act planned (embedding.plan)
        ("Norway announced plans to withdraw its troops from Mali.", "plans", "CONCEDE"),
        ("Canada announced its intention to lift the embargo on Cuba.", "intention", "CONCEDE"),
    ],
)
def test_general_constructions(nlp: Language, text: str, trigger: str, type_: str) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_


def test_roles_of_the_general_constructions(nlp: Language) -> None:
    art, ev = _one(nlp, "Norway will give $20 million in aid to Sudan.", "give")
    assert _names(art, ev, "actor") == {"Norway"} and _names(art, ev, "recipient") == {"Sudan"}
    art, ev = _one(nlp, "The European Union pressed Chile to improve its pension system.", "pressed")
    assert _names(art, ev, "recipient") == {"Chile"}
    art, ev = _one(nlp, "Norway announced plans to withdraw its troops from Mali.", "plans")
    assert "Norway" in _names(art, ev, "actor")
    # the one asked to give up a plan is the one asked
    art, ev = _one(nlp, "Cuba demanded that Peru cancel plans to sell rifles to Chile.", "demanded")
    assert ev.type == "REQUEST" and "Peru" in _names(art, ev, "recipient")


def test_what_the_general_constructions_leave_out(nlp: Language) -> None:
    for text in ("The clerk pressed the button on Monday.",
                 "The kidnappers were given $2 million on Monday.",
                 "Norway announced plans for a new stadium on Monday."):
        _, evs = _events(nlp, text)
        assert not evs, (text, [(e.type, e.trigger) for e in evs])


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # a verbal act announced for the future is that act, stated now (embedding.future: same)
        ("Chile said it would demand the withdrawal of Peruvian troops.", "demand", "REQUEST"),
        ("Peru will reject any proposal that limits its fishing rights.", "reject", "REJECT"),
        ("The United Nations will investigate the killings in Chad.", "investigate", "ACCUSE"),
        # a cooperative act announced for the future stays a promise (3.1)
        ("Chile said it would send food aid to Peru.", "send", "AGREE"),
    ],
)
def test_announced_verbal_acts(nlp: Language, text: str, trigger: str, type_: str) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_ and ev.modality == "asserted"


def test_doers_of_called_protests_and_series_of_acts(nlp: Language) -> None:
    # the one calling a strike or boycott strikes or boycotts
    art, ev = _one(nlp, "The Peruvian Workers Federation called a general strike on Monday.", "strike")
    assert ev.type == "PROTEST" and _names(art, ev, "actor") == {"Peruvian Workers Federation"}
    # a round of talks held, a wave of attacks launched: the verb's subject does them
    art, ev = _one(nlp, "Chile and Peru held a new round of talks on Monday.", "talks")
    assert ev.type == "CONSULT" and _names(art, ev, "actor") == {"Chile", "Peru"}
    art, ev = _one(nlp, "Hezbollah launched a wave of attacks against Israel on Monday.", "attacks")
    assert "Hezbollah" in _names(art, ev, "actor")
    # calling an attack something makes the speaker no attacker
    art, evs = _events(nlp, "The Peruvian Workers Federation called the attack cowardly on Monday.")
    assert not any(_names(art, e, "actor") for e in evs if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Western diplomats criticised the verdict against Peru on Monday.", "criticised", "diplomats"),
        ("Striking miners marched through La Paz on Monday.", "marched", "miners"),
    ],
)
def test_parties_named_by_a_plural_noun(nlp: Language, text: str, trigger: str, actor: str) -> None:
    art, ev = _one(nlp, text, trigger)
    assert any(actor in n.lower() for n in _names(art, ev, "actor")), _names(art, ev, "actor")


def test_retaliation_against_a_party(nlp: Language) -> None:
    # announced, retaliation against a party is a threat of force (3.11); done, an assault
    art, ev = _one(nlp, "Chile said it would retaliate against any attack by Peru.", "retaliate")
    assert ev.type == "THREATEN" and "Peru" in _names(art, ev, "recipient")
    art, ev = _one(nlp, "Israel retaliated against Hezbollah with air strikes on Monday.", "retaliated")
    assert ev.type == "ASSAULT"
    # retaliating by other means is those means
    _, evs = _events(nlp, "China retaliated by imposing tariffs on Canada on Monday.")
    assert not [e for e in evs if e.trigger == "retaliated"]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Chile dismissed the UN resolution as biased on Monday.", "dismissed", "REJECT"),
        ("Hamas said it would not recognize Israel.", "recognize", "REJECT"),
        ("Peru recognized the new government of Bolivia on Monday.", "recognized", "SUPPORT"),
        # barring a party from entering one's territory is a refusal (3.10.2)
        ("Cuba barred a Chilean delegation from entering the country on Monday.", "barred", "REJECT"),
        ("The court barred the opposition leader Ana Ruiz from running in the election.", "barred", "COERCE"),
    ],
)
def test_rejections_and_recognitions(nlp: Language, text: str, trigger: str, type_: str) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_


def test_a_person_recognized_is_no_event(nlp: Language) -> None:
    _, evs = _events(nlp, "Police recognized the suspect Juan Perez from the video on Monday.")
    assert not [e for e in evs if e.trigger == "recognized"]
