"""A sweep of news headlines and lead sentences whose words the statistical tagger and parser misread: a
headline's present-tense verb ("Rebels seize", "Turkey shells"), a "to"-infinitive future ("President NAME
to visit Kenya"), a colon attribution ("Police: gunman kills 3"), a stack of nouns ("Kabul hotel attack
death toll rises"), and names of places and groups the model splits or takes for common nouns ("West Bank",
"Gaza Strip", "Islamic State group", "Golan Heights", "the village of NAME", "NAME province", "NAME's NAME
district"). Each probe names the act's trigger word and type, the participants named in each role and the
place of the act (``docs/event-guidelines.md``). A headline is the first line of an article; a line of body
text follows it so that it is read as one. Passages and the names of people and villages are made up."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles
from tests.extract.event_probes import event_covering, has_participant, marked_gap

#: A body line under each headline; it reports no act.
BODY = "\n\nMore details were not immediately available."


class Case(NamedTuple):
    """One probe: the construction, the text, a word of the trigger and the event's type, the names
    expected as actor and recipient, and a name the place of the act must hold ("" for none asked)."""

    construction: str
    text: str
    trigger: str
    type: str
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    place: str = ""


def _h(text: str) -> str:
    return text + BODY


CASES: list[Case] = [
    # --- a headline's present-tense verb
    Case("present", _h("Police arrest Omar Haddad over Leeds stabbing"), "arrest", "COERCE",
         (), ("Omar Haddad",)),
    Case("present", _h("Turkey shells Kurdish positions in northern Syria"), "shells", "ASSAULT",
         ("Turkey",), ("Kurdish",), "Syria"),
    Case("present", _h("Gunmen kill 5 in Kaduna village attack"), "kill", "ASSAULT", (), (), "Kaduna"),
    Case("present", _h("Israel arrests Hamas official in Hebron raid"), "arrests", "COERCE",
         ("Israel",), ("Hamas",), "Hebron"),
    Case("present", _h("Kenya deports British journalist Tom Avery"), "deports", "COERCE",
         ("Kenya",), ("Tom Avery",)),
    Case("present", _h("China warns Taiwan over independence push"), "warns", "THREATEN",
         ("China",), ("Taiwan",)),
    Case("present", _h("Iran accuses Israel of drone strike on Isfahan"), "accuses", "ACCUSE",
         ("Iran",), ("Israel",)),
    Case("present", _h("Russia bombs power plant in Kharkiv"), "bombs", "ASSAULT", ("Russia",), (),
         "Kharkiv"),
    Case("present", _h("US imposes sanctions on Venezuelan officials"), "sanctions", "SANCTION",
         ("US",), ("Venezuelan",)),
    Case("present", _h("Army kills 12 al-Shabaab militants in Lower Shabelle"), "kills", "ASSAULT",
         (), ("al-Shabaab",), "Lower Shabelle"),
    Case("present", _h("Court jails Haruna Bello for 10 years"), "jails", "COERCE", (), ("Haruna Bello",)),
    Case("present", _h("Police raid Muslim Brotherhood offices in Cairo"), "raid", "COERCE",
         (), ("Muslim Brotherhood",), "Cairo"),
    Case("present", _h("Rebels attack army base in Bunia"), "attack", "ASSAULT", (), (), "Bunia"),
    Case("present", _h("Houthis fire missile at Saudi city of Jizan"), "fire", "ASSAULT",
         (), ("Saudi",), "Jizan"),
    Case("present", _h("Greece rejects Turkish demands over Aegean islands"), "rejects", "REJECT",
         ("Greece",), ("Turkish",)),
    Case("present", _h("Venezuela threatens to expel US diplomats"), "threatens", "THREATEN",
         ("Venezuela",), ("US",)),
    Case("present", _h("Fiji police charge ex-minister Lisa Koroi with fraud"), "charge", "ACCUSE",
         ("Fiji",), ("Lisa Koroi",)),
    Case("present", _h("Sri Lanka navy arrests 20 Indian fishermen"), "arrests", "COERCE",
         ("Sri Lanka",), ("Indian",)),
    Case("present", _h("Mob attacks church in Minya"), "attacks", "ASSAULT", (), (), "Minya"),
    Case("present", _h("Suicide bomber attacks mosque in Kabul"), "attacks", "ASSAULT", (), (), "Kabul"),
    Case("present", _h("Air strikes kill 30 in Idlib"), "strikes", "ASSAULT", (), (), "Idlib"),
    Case("present", _h("Ecuador police detain 30 in Guayaquil prison raid"), "detain", "COERCE",
         ("Ecuador",), (), "Guayaquil"),
    Case("present", _h("Gunmen abduct 15 passengers in Katsina"), "abduct", "ASSAULT", (), (), "Katsina"),
    Case("present", _h("Rwanda accuses Congo of shelling border town"), "accuses", "ACCUSE",
         ("Rwanda",), ("Congo",)),
    Case("present", _h("Venezuela expels Spanish ambassador"), "expels", "SANCTION",
         ("Venezuela",), ("Spanish",)),
    Case("present", _h("Hamas fires rockets at Tel Aviv"), "fires", "ASSAULT", ("Hamas",), ("Tel Aviv",)),
    Case("present", _h("Houthis seize cargo ship in Red Sea"), "seize", "COERCE", ("Houthis",), (),
         "Red Sea"),
    Case("present", _h("Hong Kong police arrest 50 activists"), "arrest", "COERCE", ("Hong Kong",)),
    Case("present", _h("Turkish court sentences journalist Emre Kaya to 3 years"), "sentences", "SANCTION",
         ("Turkish",), ("Emre Kaya",)),
    Case("present", _h("Iraq hangs 21 convicted militants"), "hangs", "ASSAULT", ("Iraq",)),
    Case("present", _h("Chad troops kill Boko Haram fighters near Lake Chad"), "kill", "ASSAULT",
         ("Chad",), ("Boko Haram",), "Lake Chad"),
    Case("present", _h("Bolivia arrests former army chief Raul Mendez"), "arrests", "COERCE",
         ("Bolivia",), ("Raul Mendez",)),
    Case("present", _h("Troops storm rebel camp near Bunia"), "storm", "ASSAULT", (), (), "Bunia"),
    Case("present", _h("Thai police detain Cambodian opposition activist Sok Dara"), "detain", "COERCE",
         ("Thai",), ("Sok Dara",)),
    Case("present", _h("Pakistan expels Afghan diplomat"), "expels", "SANCTION", ("Pakistan",), ("Afghan",)),
    Case("present", _h("Egypt condemns attack on Coptic church in Minya"), "condemns", "ACCUSE",
         ("Egypt",)),
    Case("present", _h("Mexico extradites drug lord Ramon Urias to US"), "extradites", "COOPERATE",
         ("Mexico",), ("Ramon Urias",)),
    Case("present", _h("Militants ambush army convoy in Tillaberi"), "ambush", "ASSAULT", ("Militants",)),
    Case("present", _h("Gunman shoots dead policeman in Belfast"), "shoots", "ASSAULT", (), (), "Belfast"),
    Case("present", _h("Burundi bans BBC broadcasts"), "bans", "COERCE", ("Burundi",), ("BBC",)),
    Case("present", _h("Ukraine strikes Russian air base in Crimea"), "strikes", "ASSAULT",
         ("Ukraine",), ("Russian",), "Crimea"),
    Case("present", _h("Azerbaijan shells Armenian villages"), "shells", "ASSAULT",
         ("Azerbaijan",), ("Armenian",)),
    Case("present", _h("Jordan recalls ambassador from Israel"), "recalls", "SANCTION", ("Jordan",),
         ("Israel",)),
    Case("present", _h("Nigeria frees 40 Boko Haram suspects"), "frees", "RETREAT", ("Nigeria",),
         ("Boko Haram",)),
    Case("present", _h("Cuba releases 53 political prisoners"), "releases", "RETREAT", ("Cuba",)),
    Case("present", _h("Saudi Arabia pledges aid to Yemen"), "pledges", "AGREE",
         ("Saudi Arabia",), ("Yemen",)),
    Case("present", _h("Syrian rebels capture key town of Jisr al-Shughur"), "capture", "COERCE",
         ("Syrian",), ("Jisr al-Shughur",)),
    Case("present", _h("Police detain opposition leader Musa Kalu in Abuja"), "detain", "COERCE",
         (), ("Musa Kalu",), "Abuja"),
    # --- a "to"-infinitive future
    Case("future", _h("President Dana Ruiz to visit Kenya in July"), "visit", "CONSULT",
         ("Dana Ruiz",), ("Kenya",)),
    Case("future", _h("EU to impose new sanctions on Russia"), "sanctions", "SANCTION", ("EU",), ("Russia",)),
    Case("future", _h("Iran to hold talks with IAEA next week"), "talks", "CONSULT", ("Iran",), ("IAEA",)),
    Case("future", _h("Germany to expel four Russian diplomats"), "expel", "SANCTION",
         ("Germany",), ("Russian",)),
    Case("future", _h("Nigeria to deploy troops to Borno"), "deploy", "MOBILIZE", ("Nigeria",)),
    Case("future", _h("Myanmar to free 700 prisoners"), "free", "RETREAT", ("Myanmar",)),
    Case("future", _h("Colombia to resume peace talks with ELN rebels"), "talks", "CONSULT",
         ("Colombia",), ("ELN",)),
    Case("future", _h("China to impose sanctions on US defence firms"), "sanctions", "SANCTION",
         ("China",), ("US",)),
    Case("future", _h("Japan to hold talks with Philippines on sea patrols"), "talks", "CONSULT",
         ("Japan",), ("Philippines",)),
    Case("future", _h("Chancellor Greta Holm to meet Turkish president in Ankara"), "meet", "CONSULT",
         ("Greta Holm",), ("Turkish",), "Ankara"),
    # --- a colon attribution
    Case("colon", _h("Police: gunman kills 3 at Ohio mall"), "kills", "ASSAULT", (), (), "Ohio"),
    Case("colon", _h("Officials: Taliban attack checkpoint in Kunduz"), "attack", "ASSAULT", ("Taliban",),
         (), "Kunduz"),
    Case("colon", _h("Report: Israel strikes Hezbollah arms depot in Syria"), "strikes", "ASSAULT",
         ("Israel",), ("Hezbollah",), "Syria"),
    Case("colon", _h("Pentagon: US drone kills al-Qaeda leader in Yemen"), "kills", "ASSAULT",
         ("US",), ("al-Qaeda",), "Yemen"),
    Case("colon", _h("Witnesses: soldiers fire on protesters in Khartoum"), "fire", "ASSAULT", (), (),
         "Khartoum"),
    Case("colon", _h("Sources: Egypt arrests Muslim Brotherhood leader"), "arrests", "COERCE",
         ("Egypt",), ("Muslim Brotherhood",)),
    Case("colon", _h("Activists: Syrian troops shell Homs"), "shell", "ASSAULT", ("Syrian",), ("Homs",)),
    Case("colon", _h("Army: rebels seize town of Kiwanja"), "seize", "COERCE", (), ("Kiwanja",)),
    # --- a stack of nouns
    Case("noun-stack", _h("Kabul hotel attack death toll rises to 40"), "attack", "ASSAULT", (), (), "Kabul"),
    Case("noun-stack", _h("Mogadishu car bomb blast kills 20"), "kills", "ASSAULT", (), (), "Mogadishu"),
    Case("noun-stack", _h("Lagos church shooting suspect arrested"), "shooting", "ASSAULT", (), (), "Lagos"),
    Case("noun-stack", _h("Peshawar school attack gunmen identified"), "attack", "ASSAULT", (), (),
         "Peshawar"),
    Case("noun-stack", _h("Baghdad market bombing kills 25"), "bombing", "ASSAULT", (), (), "Baghdad"),
    Case("noun-stack", _h("Quetta hospital blast toll climbs to 70"), "blast", "ASSAULT", (), (), "Quetta"),
    Case("noun-stack", _h("Texas church shooting gunman named"), "shooting", "ASSAULT", (), (), "Texas"),
    Case("noun-stack", _h("Nairobi mall siege death toll rises"), "siege", "ASSAULT", (), (), "Nairobi"),
    # --- names of places and groups
    Case("west-bank", _h("Israeli troops kill Palestinian in West Bank clash"), "kill", "ASSAULT",
         ("Israeli",), ("Palestinian",), "West Bank"),
    Case("west-bank", _h("Israel arrests Hamas commander in West Bank raid"), "arrests", "COERCE",
         ("Israel",), ("Hamas",), "West Bank"),
    Case("west-bank", _h("Two killed in West Bank shooting"), "shooting", "ASSAULT", (), (), "West Bank"),
    Case("west-bank", _h("West Bank settlers attack Palestinian village"), "attack", "ASSAULT",
         (), ("Palestinian",)),
    Case("west-bank", "Settlers attacked Palestinian farmers in the West Bank on Saturday.",
         "attacked", "ASSAULT", (), ("Palestinian",), "West Bank"),
    Case("west-bank", "Israeli soldiers arrested 15 Palestinians in raids across the West Bank overnight.",
         "arrested", "COERCE", ("Israeli",), ("Palestinians",), "West Bank"),
    Case("gaza-strip", _h("Israeli jets strike Hamas targets in Gaza Strip"), "strike", "ASSAULT",
         ("Israeli",), ("Hamas",), "Gaza Strip"),
    Case("gaza-strip", "Israeli aircraft struck targets in the Gaza Strip overnight, the army said.",
         "struck", "ASSAULT", ("Israeli",), (), "Gaza Strip"),
    Case("gaza-strip", _h("Gaza Strip militants fire rockets at Israel"), "fire", "ASSAULT", (), ("Israel",)),
    Case("golan", _h("Syrian army shells rebels near Golan Heights"), "shells", "ASSAULT",
         ("Syrian",), (), "Golan Heights"),
    Case("golan", "Hezbollah fired rockets at Israeli positions in the Golan Heights on Monday.",
         "fired", "ASSAULT", ("Hezbollah",), ("Israeli",), "Golan Heights"),
    Case("islamic-state", _h("Islamic State claims attack on Egyptian checkpoint in Sinai"), "attack",
         "ASSAULT", ("Islamic State",), ("Egyptian",), "Sinai"),
    Case("islamic-state", "The Islamic State group said it had attacked a checkpoint near Kirkuk.",
         "attacked", "ASSAULT", ("Islamic State",), (), "Kirkuk"),
    Case("islamic-state", "Fighters of the Islamic State group seized the town of Qaryatain on Thursday.",
         "seized", "COERCE", ("Islamic State",), ("Qaryatain",)),
    Case("islamic-state", _h("Islamic State group kills 20 in Deir ez-Zor"), "kills", "ASSAULT",
         ("Islamic State",), (), "Deir ez-Zor"),
    Case("village-of", "Gunmen killed four farmers in the village of Kurmin Dawa on Sunday.", "killed",
         "ASSAULT", (), (), "Kurmin Dawa"),
    Case("village-of", "Boko Haram fighters raided the village of Kalari in Borno state.", "raided",
         "COERCE", ("Boko Haram",), ("Kalari",), "Borno"),
    Case("town-of", "Police arrested Yaw Boateng in the town of Nkawkaw on Monday.", "arrested", "COERCE",
         (), ("Yaw Boateng",), "Nkawkaw"),
    Case("city-of", "Syrian forces shelled the city of Daraa on Friday.", "shelled", "ASSAULT",
         ("Syrian",), ("Daraa",)),
    Case("village-of", "Soldiers burned houses in the village of Tumbuka Dara, residents said.", "burned",
         "ASSAULT", (), (), "Tumbuka Dara"),
    Case("province", "Militants attacked a police station in Helmand province on Monday.", "attacked",
         "ASSAULT", (), (), "Helmand"),
    Case("province", "A car bomb killed 12 people in Diyala province on Tuesday.", "killed", "ASSAULT",
         (), (), "Diyala"),
    Case("state", "Gunmen abducted 30 students in Zamfara state on Friday.", "abducted", "ASSAULT",
         (), (), "Zamfara"),
    Case("district", "A roadside bomb killed three soldiers in Kabul's Paghman district.", "killed",
         "ASSAULT", (), (), "Paghman"),
    Case("district", "Police arrested two men in Karachi's Lyari district on Sunday.", "arrested", "COERCE",
         (), (), "Lyari"),
    Case("province", _h("Taliban attack police post in Kunduz province"), "attack", "ASSAULT",
         ("Taliban",), (), "Kunduz"),
]


def _event(art: Article, case: Case) -> Event | None:
    """The event of the case's type whose trigger or a mention of it covers the trigger word's first
    occurrence, else the first one of that type on the trigger's line (a phrase may name the act)."""
    where = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(case.trigger)}\b", art.text)][:1]
    if not where:
        return None
    line_start = art.text.rfind("\n", 0, where[0][0]) + 1
    line_end = art.text.find("\n", where[0][0])
    line_end = len(art.text) if line_end < 0 else line_end
    return event_covering(art, case.type, where[0], (line_start, line_end))


def problems(nlp: Language, case: Case) -> list[str]:
    """What the extractor gets wrong on one probe (empty when right)."""
    art = next(process_articles([Article.new(case.text, published="2024-03-12")], nlp))
    ev = _event(art, case)
    if ev is None:
        return [f"no {case.type} event on {case.trigger!r}: " + ", ".join(
            f"{e.type}:{e.trigger}" for e in art.events)]
    out = [f"actor {n!r} missing" for n in case.actors if not has_participant(art, ev, "actor", n)]
    out += [f"recipient {n!r} missing" for n in case.recipients
            if not has_participant(art, ev, "recipient", n)]
    if case.place and case.place.lower() not in (ev.place_name or "").lower():
        out.append(f"place {case.place!r} not {ev.place_name!r}")
    if case.place and has_participant(art, ev, "actor", case.place):
        out.append(f"place {case.place!r} taken as actor")
    return out


_TOLL = ("an act noun qualifying a noun of its toll or its doers ('attack death toll', 'attack gunmen') "
         "is no event (no such head in the codebook's compound_heads)")
_TOWN_SUBJECT = ("a town qualifying an act noun that is the subject of the act's verb ('Baghdad market "
                 "bombing kills') is read as the actor, not the place")

#: Probes the extractor still gets wrong, by the text of the passage's first words, with the cause. They
#: are expected to fail until the cause is fixed. On main before the headline repairs, 33 of the 100 failed.
KNOWN_GAPS: dict[str, str] = {
    "Air strikes kill": "the place of a verb whose subject is an act noun is not given to the noun's event",
    "Hong Kong police": "parse: the place before the subject noun hangs from the verb ('dep'), not the noun",
    "Turkish court": "parse: the subject of the headline's verb is attached to it as a compound",
    "EU to impose": "parse: a 'to' future read as a noun root with an adverbial clause; no subject",
    "Police: gunman": "a place qualifying a site noun ('at Ohio mall') is no place of the act",
    "Kabul hotel": _TOLL,
    "Peshawar school": _TOLL,
    "Quetta hospital": _TOLL,
    "Nairobi mall": _TOLL,
    "Mogadishu car": _TOWN_SUBJECT,
    "Baghdad market": _TOWN_SUBJECT,
    "Lagos church": "the place of an act noun qualifying the subject of another act's verb is not found",
    "Texas church": "tagger: 'shooting' read as a participle modifying the next noun",
    "West Bank settlers": "a nationality qualifying a site noun object ('Palestinian village') names no "
                          "recipient in a headline",
    "Israeli soldiers arrested 15": "the place in the phrase of a nominal act under the verb ('in raids "
                                    "across the West Bank') is not followed",
}


@pytest.mark.parametrize("case", [marked_gap(c, c.text, KNOWN_GAPS) for c in CASES],
                         ids=[f"{i}-{c.construction}" for i, c in enumerate(CASES)])
def test_headlines_sweep(nlp: Language, case: Case) -> None:
    assert problems(nlp, case) == []
