"""Codebook coverage from the PLOVER manual's definitions and the CAMEO act descriptions (made-up sentences):
a sample of the words added for each type, with their mode and roles, and the readings they must not take."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> tuple[Article, list[Event]]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return art, [e for e in art.events if e.modality in FACTUAL]


def _names(art: Article, ev: Event, role: str) -> set[str]:
    return {art.entity(p.entity).name for p in ev.participants if p.role == role and art.entity(p.entity)}


def _one(nlp: Language, text: str, trigger: str) -> tuple[Article, Event]:
    art, evs = _events(nlp, text)
    found = [e for e in evs if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in evs]
    return art, found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode"),
    [
        # cooperative and concession types
        ("Iran on Monday expressed its readiness to resume nuclear talks with Germany.", "expressed", "AGREE",
         None),
        ("Japan relaxed sanctions on North Korea on Tuesday.", "relaxed", "RETREAT", "withdraw"),
        ("Egypt removed the checkpoints around Gaza on Saturday.", "removed", "RETREAT", "withdraw"),
        ("Rebels abandoned their positions near Goma on Wednesday.", "abandoned", "RETREAT", "withdraw"),
        ("After weeks of protests, President Diaz gave in on Monday.", "gave in", "CONCEDE", None),
        ("Germany took in 2,000 refugees from Syria last week.", "took in", "AID", "asylum"),
        ("Red Cross workers distributed food to flood victims in Sindh on Friday.", "distributed", "AID",
         None),
        ("On Monday Japan strengthened ties with Vietnam.", "strengthened", "SUPPORT", None),
        # verbal conflict
        ("The Kenyan opposition sought the resignation of Interior Minister John Kamau on Friday.", "sought",
         "REQUEST", None),
        ("The Pope lamented the killings in Nigeria on Sunday.", "lamented", "ACCUSE", "disapprove"),
        ("The company took the government of Ecuador to court on Thursday.", "took", "ACCUSE", "allege"),
        ("Hamas flouted the United Nations resolution on Monday.", "flouted", "REJECT", "yield"),
        ("Peru violated the trade agreement with Chile, Bolivia said on Monday.", "violated", "REJECT",
         "yield"),
        ("The government of Chad issued a denial of the allegations by Sudan on Friday.", "denial", "REJECT",
         None),
        ("Militias intimidated voters in Harare on Sunday.", "intimidated", "THREATEN", None),
        # material conflict
        ("Farmers blockaded the highway to Lima on Monday.", "blockaded", "PROTEST", "obstruct"),
        ("Turkey quit the talks with Syria on Sunday.", "quit", "SANCTION", "withdraw"),
        ("Britain shut its embassy in Tehran on Tuesday.", "shut", "SANCTION", "withdraw"),
        ("Pakistan bolstered security along the border with Afghanistan on Monday.", "bolstered", "MOBILIZE",
         None),
        ("Boko Haram recruited child fighters in Borno last year.", "recruited", "MOBILIZE", "militia"),
        ("North Korea conducted a missile test on Monday, Japan said.", "test", "MOBILIZE", "weapons"),
        ("Government troops recaptured the town of Kidal from rebels on Sunday.", "recaptured", "COERCE",
         "seize"),
        ("Venezuela nationalised the oil fields of Exxon on Thursday.", "nationalised", "COERCE", "seize"),
        ("Militants set off a bomb at a market in Quetta on Friday.", "set off", "ASSAULT", "explosives"),
        ("Gunmen planted a bomb outside the police station in Kirkuk on Sunday.", "planted", "ASSAULT",
         "explosives"),
        ("Rioters ransacked the French embassy in Tripoli on Friday.", "ransacked", "PROTEST", "riot"),
        # widened object lists
        ("Rebels freed 12 workers in Niger Delta on Monday.", "freed", "RETREAT", "release"),
        ("Rebels returned the hostages to the Red Cross in Colombia on Monday.", "returned", "RETREAT",
         "return"),
        ("Canada opened an embassy in Kosovo on Friday.", "opened", "SUPPORT", None),
        ("Iran raised the alert level of its forces on Sunday.", "raised", "MOBILIZE", None),
    ],
)
def test_a_word_of_the_manual_or_cameo_is_a_trigger(
    nlp: Language, text: str, trigger: str, type_: str, mode: str | None
) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_
    if mode is not None:
        assert ev.mode == mode


def test_roles_of_the_new_words(nlp: Language) -> None:
    art, ev = _one(nlp, "Japan relaxed sanctions on North Korea on Tuesday.", "relaxed")
    assert _names(art, ev, "actor") == {"Japan"} and _names(art, ev, "recipient") == {"North Korea"}
    art, ev = _one(nlp, "Turkey quit the talks with Syria on Sunday.", "quit")
    assert _names(art, ev, "actor") == {"Turkey"} and _names(art, ev, "recipient") == {"Syria"}
    art, ev = _one(nlp, "The European Union levied a fine on Google on Wednesday.", "levied")
    assert (ev.type, ev.mode) == ("SANCTION", "convict")
    assert _names(art, ev, "actor") == {"European Union"} and _names(art, ev, "recipient") == {"Google"}


def test_the_readings_the_new_words_must_not_take(nlp: Language) -> None:
    # a state's blockade is coercion, not a protest
    _, ev = _one(nlp, "Israel blockaded the Gaza Strip on Monday.", "blockaded")
    assert (ev.type, ev.mode) == ("COERCE", "restrict")
    # a recaptured fugitive is arrested, a town seized
    _, ev = _one(nlp, "Police recaptured the escaped prisoner in Ohio on Monday.", "recaptured")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    # violating a ceasefire stays an assault
    _, ev = _one(nlp, "Rebels violated the ceasefire in Darfur on Monday, the army said.", "violated")
    assert ev.type == "ASSAULT"
    # objects outside the lists are no events
    for text in ("The company quit the market in Spain on Monday.",
                 "Rain increased the flow of the Danube on Monday.",
                 "The firm removed the old software from its servers in Ohio on Monday.",
                 "Chefs distributed the recipes to students in Paris on Monday."):
        _, evs = _events(nlp, text)
        assert not evs, (text, [(e.type, e.trigger) for e in evs])
