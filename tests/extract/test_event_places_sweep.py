"""A sweep of event places: made-up news passages over the ways wire copy says where an act happened --
"in", "near", "inside", "across", "the northern city of", "on the outskirts of", "off the coast of", "20 km
east of", "a district of" -- beside places that are not the act's: an individual's origin ("a student from
Lahore"), a dateline (where the report was filed), a target ("fired rockets on Kabul"). Each case names the
act by a word of its trigger and the name of its place, or None (docs/events-codebook.md, "Rules", 6).
Passages are made up; the places are real."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles
from tests.params import case_param


class Case(NamedTuple):
    """One probe: its construction, passage, a word of the act's trigger and its place's name."""

    construction: str
    text: str
    trigger: str
    place: str | None


#: Known limits, each with its reason (strict: the test fails once one passes).
KNOWN: dict[str, str] = {
    "police in CITY": "guideline conflict: a place in the active subject's phrase ('Police in Lagos "
                      "arrested') is not taken as the act's place; taking it lowered PLOVER dev actor "
                      "accuracy, as the guidelines make 'rioters in Greece' the actor",
    "police in CITY, origin of the arrested": "the same rule as 'police in CITY'",
}

CASES: list[Case] = [
    Case("in CITY", "Gunmen attacked a police station in Peshawar on Monday.", "attacked", "Peshawar"),
    Case("northern city of",
         "A bomb exploded in the northern city of Mosul on Tuesday, killing 4 people.",
         "exploded", "Mosul"),
    Case("outskirts of",
         "Troops clashed with rebels on the outskirts of Aleppo on Friday.",
         "clashed", "Aleppo"),
    Case("near CITY", "Militants ambushed a convoy near Kandahar on Sunday.", "ambushed", "Kandahar"),
    Case("in southern COUNTRY",
         "Police arrested 12 protesters in southern Yemen on Saturday.",
         "arrested", "Yemen"),
    Case("at FAC", "Gunmen stormed the Serena Hotel in Kabul on Monday.", "stormed", "Kabul"),
    Case("meeting in capital", "The two foreign ministers met in Ankara on Thursday.", "met", "Ankara"),
    Case("visit object", "The Pakistani army chief visited Washington last week.", "visited", "Washington"),
    Case("a dateline is where the report was filed",
         "MOGADISHU, March 3 - Militants shelled the presidential palace on Sunday, officials said.",
         "shelled", None),
    Case("dateline with outlet",
         "BEIRUT (Reuters) - Israeli jets struck targets in southern Lebanon on Monday.",
         "struck", "Lebanon"),
    Case("X-based no place",
         "The Kabul-based group claimed responsibility for the attack on a checkpoint in Herat.",
         "attack", "Herat"),
    Case("in the X region", "Troops shelled villages in the Donbas region on Friday.", "shelled", "Donbas"),
    Case("across COUNTRY", "Thousands protested across Iran on Saturday.", "protested", "Iran"),
    Case("police in CITY",
         "Police in Lagos arrested a man who had fled from Abuja.",
         "arrested", "Lagos"),
    Case("border with", "Soldiers clashed on the border between India and China on Monday.", "clashed", None),
    Case("talks place of talks",
         "Iran and the United States held talks in Vienna on Tuesday.",
         "talks", "Vienna"),
    Case("phone no place",
         "The US secretary of state spoke by phone with the Saudi foreign minister on Monday.",
         "spoke", None),
    Case("country of origin no place",
         "A Syrian refugee was arrested in Berlin on Friday.",
         "arrested", "Berlin"),
    Case("police in CITY, origin of the arrested",
         "Police in Paris arrested a man from Marseille on Monday.",
         "arrested", "Paris"),
    Case("two places choose act's",
         "Gunmen who had travelled from Quetta attacked a bus in Karachi on Tuesday.",
         "attacked", "Karachi"),
    Case("in the capital of COUNTRY",
         "Protesters rallied in Nairobi, the capital of Kenya, on Monday.",
         "rallied", "Nairobi"),
    Case("city, country", "A car bomb killed 5 people in Kirkuk, Iraq, on Sunday.", "killed", "Kirkuk"),
    Case("headline place", "Suicide bomber kills 9 in Quetta", "kills", "Quetta"),
    Case("inside", "A bomb went off inside a mosque in Peshawar on Friday.", "went", "Peshawar"),
    Case("off the coast",
         "Pirates hijacked a tanker off the coast of Somalia on Monday.",
         "hijacked", "Somalia"),
    Case("in the Gulf",
         "Iran seized a British tanker in the Strait of Hormuz on Friday.",
         "seized", "Strait of Hormuz"),
    Case("place later in sentence",
         "On Monday in Tripoli, militiamen kidnapped a minister.",
         "kidnapped", "Tripoli"),
    Case("district of city",
         "A bomb killed 3 people in the Mansour district of Baghdad on Monday.",
         "killed", "Mansour district"),
    Case("east of", "Rebels attacked a base 20 km east of Mosul on Tuesday.", "attacked", "Mosul"),
    Case("summit in", "Leaders met at a summit in Brussels on Thursday.", "met", "Brussels"),
    Case("arrived in",
         "The Chinese president arrived in Moscow on Monday for talks with Putin.",
         "arrived", "Moscow"),
    Case("hosted in", "Egypt hosted talks between Israel and Hamas in Cairo on Sunday.", "hosted", "Cairo"),
    Case("origin of an individual",
         "A family from Leeds was attacked in York on Monday.",
         "attacked", "York"),
    Case("origin of a named person",
         "Police arrested Tom Vale from Leeds in York on Tuesday.",
         "arrested", "York"),
    Case("origin only", "Police arrested a student from Lahore on Monday.", "arrested", None),
    Case("edge of", "Police arrested 12 men on the edge of Homs on Friday.", "arrested", "Homs"),
    Case("off the coast passive",
         "A patrol boat was attacked off the coast of Yemen on Sunday.",
         "attacked", "Yemen"),
    Case("km north of", "Rebels ambushed a convoy 30 km north of Kabul on Tuesday.", "ambushed", "Kabul"),
    Case("northwest of",
         "Gunmen attacked a village northwest of Maiduguri on Sunday.",
         "attacked", "Maiduguri"),
    Case("attack on city is no edge", "Militants fired rockets on Kabul on Monday.", "fired", None),
]


def _param(case: Case) -> object:
    return case_param(case, id=case.construction, open_reason=KNOWN.get(case.construction))


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_place(nlp: Language, case: Case) -> None:
    art = next(process_articles([Article.new(case.text, published="2024-03-20")], nlp))
    at = case.text.index(case.trigger)
    event = next((e for e in art.events if any(s <= at < t for s, t in e.mentions)), None)
    assert event is not None, [(e.type, e.trigger) for e in art.events]
    assert event.place_name == case.place, (event.type, event.trigger)
