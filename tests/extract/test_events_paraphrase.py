"""A paraphrase probe of event triggers: for each PLOVER type, made-up wire-report sentences over its modes
and the varied wording of news (verbs, phrasal verbs, light-verb nouns, idioms), each with the type of the
event it reports and the text naming its actor and recipient (``docs/events-codebook.md``). Sentences are
made up."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles
from tests.extract.event_probes import role_spans
from tests.offsets import span_of

#: (sentence, type, text naming the actor, text naming the recipient); None: not checked (a party named by a
#: common noun no entity mention covers: "opposition leaders", "aid workers")
CASES: list[tuple[str, str, str | None, str | None]] = [
    # --- AGREE: agree, offer, promise; future cooperation
    ("Sudan agreed to reopen its border crossings with Chad next month.", "AGREE", "Sudan", None),
    ("Opposition leaders agreed to delay their planned rally until after the holiday.", "AGREE", None,
     None),
    ("Norway offered to mediate between the government and the rebels.", "AGREE", "Norway", None),
    ("The Malaysian prime minister pledged to send more peacekeepers to Lebanon.", "AGREE",
     "Malaysian prime minister", None),
    ("Greece and Turkey struck a deal on Tuesday to reduce tensions in the Aegean.", "AGREE", "Greece", None),
    ("Negotiators from Armenia and Azerbaijan reached an agreement on prisoner exchanges.", "AGREE",
     "Armenia", None),
    ("Qatar brokered a truce between the two warring factions.", "AGREE", "Qatar", None),
    ("The Colombian government accepted a proposal by Cuba to host further talks.", "AGREE",
     "Colombian government", None),
    ("The Indian prime minister will visit Japan next month.", "AGREE", "Indian prime minister", "Japan"),
    ("Bolivia promised to cooperate with Peru on the fight against drug trafficking.", "AGREE", "Bolivia",
     None),
    # a promise made to a party of force on its behalf: a commitment to it, no threat
    ("Russia promised Syria to send troops.", "AGREE", "Russia", "Syria"),
    ("The two Koreas hammered out a deal to reunite separated families.", "AGREE", "Koreas", None),
    # --- CONSULT: meetings, visits, calls, talks
    ("The Chinese foreign minister held talks with his Indonesian counterpart in Jakarta on Friday.",
     "CONSULT", "Chinese foreign minister", "Indonesian"),
    ("The German chancellor paid a visit to Poland on Wednesday.", "CONSULT", "German chancellor", "Poland"),
    ("The Egyptian president met the Jordanian king in Amman.", "CONSULT", "Egyptian president", "Jordanian"),
    ("The French president spoke by telephone with the Nigerian president on Monday.", "CONSULT",
     "French president", "Nigerian president"),
    ("The Saudi foreign minister arrived in Beijing on Sunday for a three-day visit.", "CONSULT",
     "Saudi foreign minister", "Beijing"),
    ("Officials from Serbia and Kosovo sat down for talks in Brussels.", "CONSULT", "Serbia", None),
    ("Envoys of Ethiopia and Eritrea conferred in Addis Ababa on the border issue.", "CONSULT", "Ethiopia",
     None),
    ("The Peruvian foreign minister flew to Washington for talks on trade.", "CONSULT",
     "Peruvian foreign minister", "Washington"),
    ("Leaders of the African Union gathered in Addis Ababa for a summit on the crisis.", "CONSULT",
     "African Union", None),
    # --- SUPPORT: praise, endorse, sign, recognise, restore ties
    ("The French president presented the Senegalese writer with an award.", "SUPPORT", "French president",
     "Senegalese"),
    ("The Saudi king honoured the Egyptian president with a medal.", "SUPPORT", "Saudi king",
     "Egyptian president"),
    ("Nigeria threw its support behind the Ghanaian candidate for the post.", "SUPPORT", "Nigeria",
     "Ghanaian"),
    ("The United States praised Kenya for its role in the peace talks.", "SUPPORT", "United States", "Kenya"),
    ("Brazil and Argentina signed a trade agreement on Monday.", "SUPPORT", "Brazil", None),
    ("Ghana welcomed the decision by Togo to hold early elections.", "SUPPORT", "Ghana", "Togo"),
    ("The European Union endorsed the peace plan put forward by Egypt.", "SUPPORT", "European Union", None),
    ("Saudi Arabia restored diplomatic relations with Iran after years of rivalry.", "SUPPORT",
     "Saudi Arabia", "Iran"),
    ("The Ukrainian parliament ratified the cooperation treaty with Poland.", "SUPPORT",
     "Ukrainian parliament", None),
    ("Several African countries recognised the new government in Niger.", "SUPPORT", "African countries",
     None),
    ("The Japanese prime minister commended India for its handling of the crisis.", "SUPPORT",
     "Japanese prime minister", "India"),
    ("Canada backed the Philippine bid for a seat on the Security Council.", "SUPPORT", "Canada",
     "Philippine"),
    # --- CONCEDE: verbal concessions, apologies, pardons, lifted restrictions
    ("The Thai government lifted the curfew in the southern provinces.", "CONCEDE", "Thai government", None),
    ("The Nepalese prime minister apologised to India for the remarks of his minister.", "CONCEDE",
     "Nepalese prime minister", "India"),
    ("The Iranian president pardoned 50 political prisoners on Sunday.", "CONCEDE", "Iranian president",
     None),
    ("Workers' unions called off the general strike after talks with the government.", "CONCEDE",
     "unions", None),
    ("The Venezuelan government eased restrictions on foreign journalists.", "CONCEDE",
     "Venezuelan government", None),
    ("The rebels declared a unilateral ceasefire on Saturday.", "CONCEDE", "rebels", None),
    ("Russia announced it would withdraw its troops from the border.", "AGREE", "Russia", None),
    ("The Bangladeshi government dropped its demand for an apology from Pakistan.", "CONCEDE",
     "Bangladeshi government", None),
    ("The Ecuadorian government backed down on its plan to raise fuel prices.", "CONCEDE",
     "Ecuadorian government", None),
    ("The junta suspended the state of emergency in the capital.", "CONCEDE", "junta", None),
    # --- COOPERATE: material cooperation, joint exercises, extraditions, intelligence
    # the object of "forced X to" does the act (object control)
    ("Turkey forced Sweden to extradite the suspects.", "COOPERATE", "Sweden", None),
    ("India and France held joint naval exercises in the Indian Ocean.", "COOPERATE", "India", None),
    ("Spain extradited a suspected drug lord to Colombia on Thursday.", "COOPERATE", "Spain", "Colombia"),
    ("Jordan shared intelligence with Iraq on militant movements.", "COOPERATE", "Jordan", "Iraq"),
    ("Ethiopia and Eritrea resumed trade across the border after a two-year halt.", "COOPERATE", "Ethiopia",
     None),
    ("Mexico handed over a cartel leader to the United States.", "COOPERATE", "Mexico", "United States"),
    ("China and Russia conducted joint military drills in the Sea of Japan.", "COOPERATE", "China", None),
    ("Turkey and Qatar expanded their military cooperation last year.", "COOPERATE", "Turkey", None),
    # --- AID: aid, loans, relief, asylum, rescues
    ("Iran supplied the Yemeni rebels with weapons and drones.", "AID", "Iran", "Yemeni"),
    ("Russia provided Syria with fighter jets.", "AID", "Russia", "Syria"),
    ("Qatar furnished the Palestinian Authority with funds for salaries.", "AID", "Qatar",
     "Palestinian Authority"),
    ("Germany equipped Ukraine with air defence systems.", "AID", "Germany", "Ukraine"),
    ("Japan sent 200 tonnes of rice to North Korea.", "AID", "Japan", "North Korea"),
    ("The World Bank extended a $500 million loan to Pakistan.", "AID", "World Bank", "Pakistan"),
    ("The United States delivered humanitarian aid to flood victims in Pakistan.", "AID", "United States",
     None),
    ("Germany donated 10 million euros to Ukraine for reconstruction.", "AID", "Germany", "Ukraine"),
    ("Ecuador granted asylum to the opposition leader.", "AID", "Ecuador", "opposition leader"),
    ("The International Monetary Fund approved a bailout for Sri Lanka.", "AID",
     "International Monetary Fund", "Sri Lanka"),
    ("Nigerian troops rescued 40 hostages from a Boko Haram camp.", "AID", "Nigerian troops", "40 hostages"),
    ("The Red Cross airlifted medical supplies to the besieged city of Aleppo.", "AID", "Red Cross",
     "Aleppo"),
    ("Washington provided military assistance to the Colombian army.", "AID", "Washington",
     "Colombian army"),
    ("Kuwait wrote off $5 billion of Iraqi debt.", "AID", "Kuwait",
     "Iraqi"),
    # --- RETREAT: withdrawals, releases, disarmament, access, resignations
    ("Israeli forces pulled back from the northern part of the town.", "RETREAT", "Israeli forces", None),
    ("The rebels released 12 soldiers they had held for months.", "RETREAT", "rebels", "12 soldiers"),
    ("Armenian troops withdrew from three districts on Friday.", "RETREAT", "Armenian troops", None),
    ("The militia handed over its weapons to the United Nations.", "RETREAT", "militia", "United Nations"),
    ("The Libyan prime minister stepped down on Wednesday.", "RETREAT", "Libyan prime minister", None),
    ("The Burmese junta freed 300 political prisoners.", "RETREAT", "Burmese junta", None),
    ("The Sudanese army allowed aid workers into the Darfur region.", "RETREAT", "Sudanese army", None),
    ("Hundreds of FARC fighters laid down their arms.", "RETREAT", "FARC", None),
    ("The Serbian defence minister resigned over the scandal.", "RETREAT", "Serbian defence minister", None),
    ("Ethiopian troops left the Somali capital.", "RETREAT", "Ethiopian troops", None),
    ("Russian forces retreated from the city of Kherson.", "RETREAT", "Russian forces", None),
    # --- REQUEST: requests, appeals, demands
    ("The United Nations pressed Myanmar to free the detained journalists.", "REQUEST", "United Nations",
     "Myanmar"),
    ("The Afghan president appealed to donors for more aid.", "REQUEST", "Afghan president", None),
    ("Seoul urged Pyongyang to return to the negotiating table.", "REQUEST", "Seoul", "Pyongyang"),
    ("The United States pushed Israel to allow aid into Gaza.", "REQUEST", "United States", "Israel"),
    ("The opposition demanded the resignation of the Nigerian interior minister.", "REQUEST", "opposition",
     "Nigerian interior minister"),
    ("Ukraine asked Germany for more tanks.", "REQUEST", "Ukraine", "Germany"),
    ("The United Nations called for an immediate ceasefire in Gaza.", "REQUEST", "United Nations", None),
    ("The Lebanese government requested help from France after the explosion.", "REQUEST",
     "Lebanese government", "France"),
    ("Mali called on France to withdraw its troops.", "REQUEST", "Mali", "France"),
    ("The Ugandan president sought the help of Kenya in tracking the rebels.", "REQUEST",
     "Ugandan president", "Kenya"),
    ("The African Union asked the junta to restore civilian rule.", "REQUEST", "African Union", "junta"),
    # --- ACCUSE: condemn, criticise, accuse, charge, investigate
    ("China lashed out at the United States over its arms sales to Taiwan.", "ACCUSE", "China",
     None),
    ("The Iranian foreign ministry slammed the new sanctions imposed by Washington.", "ACCUSE",
     "Iranian foreign ministry", None),
    ("Pakistan accused India of violating the ceasefire in Kashmir.", "ACCUSE", "Pakistan", "India"),
    ("Amnesty International condemned the execution of three activists in Iran.", "ACCUSE",
     "Amnesty International", None),
    ("The Philippine president criticised China over its actions in the South China Sea.", "ACCUSE",
     "Philippine president", "China"),
    ("Prosecutors charged a former Peruvian president with corruption.", "ACCUSE", "Prosecutors",
     "former Peruvian president"),
    ("The International Criminal Court opened an investigation into war crimes in Myanmar.", "ACCUSE",
     "International Criminal Court", None),
    ("Greece summoned the Turkish ambassador to protest the violation of its airspace.", "ACCUSE", "Greece",
     "Turkish ambassador"),
    ("Venezuela denounced the United States for interfering in its affairs.", "ACCUSE", "Venezuela",
     "United States"),
    ("Bolivia sued Chile at the International Court of Justice.", "ACCUSE", "Bolivia", "Chile"),
    ("The Kenyan opposition blamed the police for the deaths of protesters.", "ACCUSE", "Kenyan opposition",
     "police"),
    # --- REJECT: reject, refuse, deny, veto, boycott talks
    ("Hamas rejected the Egyptian proposal for a long-term truce.", "REJECT", "Hamas", "Egyptian"),
    ("North Korea refused to allow inspectors into its nuclear sites.", "REJECT", "North Korea", None),
    ("Russia vetoed the Security Council resolution on Syria.", "REJECT", "Russia", None),
    ("The Taliban turned down an offer of talks from the Afghan government.", "REJECT", "Taliban",
     "Afghan government"),
    ("The Israeli prime minister dismissed calls for a ceasefire.", "REJECT", "Israeli prime minister", None),
    ("Morocco denied the accusations by Algeria.", "REJECT", "Morocco", "Algeria"),
    ("The Sudanese army cancelled the talks with the rebels.", "REJECT", "Sudanese army", None),
    ("The junta ruled out any return to civilian rule this year.", "REJECT", "junta", None),
    ("The Chinese government rebuffed a request from Australia for an inquiry.", "REJECT",
     "Chinese government", "Australia"),
    # --- THREATEN: threats, ultimatums, warnings
    ("Hezbollah promised its supporters to strike Israel.", "THREATEN", "Hezbollah", "Israel"),
    ("Turkey threatened to launch a new offensive against Kurdish fighters in Syria.", "THREATEN", "Turkey",
     "Kurdish fighters"),
    ("Iran warned Israel of a crushing response to any attack.", "THREATEN", "Iran", "Israel"),
    ("The United States threatened Cuba with new sanctions.", "THREATEN", "United States", "Cuba"),
    ("The Chinese defence ministry vowed to crush any attempt at Taiwanese independence.", "THREATEN",
     "Chinese defence ministry", None),
    ("Pakistan threatened to cut off diplomatic relations with Afghanistan.", "THREATEN", "Pakistan",
     "Afghanistan"),
    ("The Serbian president threatened to arrest the Kosovo leaders.", "THREATEN", "Serbian president",
     "Kosovo"),
    ("Trade unions threatened a nationwide strike if the reform goes ahead.", "THREATEN", "Trade unions",
     None),
    # --- PROTEST: demonstrations, strikes, boycotts, riots, sit-ins
    ("Thousands of Iraqis took to the streets of Baghdad to protest against corruption.", "PROTEST",
     "Iraqis", None),
    ("Students staged a sit-in outside the education ministry in Dhaka.", "PROTEST", "Students", None),
    ("Farmers blocked highways across France to protest fuel prices.", "PROTEST", "Farmers", None),
    ("Doctors in Kenya went on strike over unpaid wages.", "PROTEST", "Doctors in Kenya", None),
    ("Hundreds of Palestinians demonstrated against Israeli settlements near Nablus.", "PROTEST",
     "Palestinians", "Israeli"),
    ("Opposition supporters marched through Caracas to demand new elections.", "PROTEST", None,
     None),
    ("Political prisoners in Bahrain went on a hunger strike.", "PROTEST", "Political prisoners in Bahrain",
     None),
    ("Tens of thousands rallied in Tbilisi against the foreign agents law.", "PROTEST", None,
     None),
    ("The opposition boycotted the parliamentary elections in Belarus.", "PROTEST", "opposition", None),
    # --- SANCTION: sanctions, severed ties, expulsions, recalls, suspensions, convictions
    ("The European Union imposed new sanctions on Iran over its drone programme.", "SANCTION",
     "European Union", "Iran"),
    ("Morocco severed ties with Iran on Tuesday.", "SANCTION", "Morocco", "Iran"),
    ("Australia expelled four Russian diplomats.", "SANCTION", "Australia", "Russian"),
    ("Canada recalled its ambassador from Saudi Arabia.", "SANCTION", "Canada", "Saudi Arabia"),
    ("The African Union suspended Guinea after the coup.", "SANCTION", "African Union", "Guinea"),
    ("The United States froze the assets of several Venezuelan officials.", "SANCTION", "United States",
     "Venezuelan officials"),
    ("China banned imports of Japanese seafood.", "SANCTION", "China", "Japanese"),
    ("Washington cut off military aid to Egypt.", "SANCTION", "Washington", "Egypt"),
    ("A Paris court convicted a former Gabonese minister of embezzlement.", "SANCTION", "Paris court",
     "former Gabonese minister"),
    ("Britain imposed curbs on exports of arms to Israel.", "SANCTION", "Britain", "Israel"),
    ("Nicaragua broke off diplomatic relations with Taiwan.", "SANCTION", "Nicaragua", "Taiwan"),
    # --- MOBILIZE: troops, weapons, police, militia
    ("Russia massed troops along the border with Ukraine.", "MOBILIZE", "Russia", None),
    ("The Indian army deployed additional troops to Kashmir.", "MOBILIZE", "Indian army", None),
    ("North Korea test-fired a ballistic missile into the sea.", "MOBILIZE", "North Korea", None),
    ("The Pakistani government put its armed forces on high alert.", "MOBILIZE", "Pakistani government",
     None),
    ("The Israeli army called up thousands of reservists.", "MOBILIZE", "Israeli army", None),
    ("Riot police were deployed across the Kenyan capital ahead of the vote.", "MOBILIZE", "Riot police",
     None),
    ("China sent warships into waters near the disputed islands.", "MOBILIZE", "China", None),
    ("The Iraqi government mobilised tribal militias against the insurgents.", "MOBILIZE",
     "Iraqi government", None),
    # --- COERCE: arrests, raids, seizures, curfews, deportations, crackdowns, dispersals
    # "used X to": the subject does the act (no object control); a dispersal with a crowd-control weapon
    # named is ASSAULT/crowd-control (3.16.2)
    ("Police used tear gas to disperse the protesters.", "ASSAULT", "Police", "protesters"),
    ("Police dispersed supporters of the opposition leader in Kampala.", "COERCE", "Police",
     "supporters of the opposition leader"),
    ("Security forces rounded up dozens of opposition activists.", "COERCE", "Security forces", "activists"),
    ("The Egyptian authorities cracked down on independent media.", "COERCE", "Egyptian authorities", None),
    ("Government troops regained control of the town from the rebels.", "COERCE", "Government troops",
     "rebels"),
    ("Rebels seized control of the provincial capital on Sunday.", "COERCE", "Rebels", None),
    ("The army retook the airport from the militants.", "COERCE", "army", "militants"),
    ("Turkish police detained 20 journalists in Istanbul.", "COERCE", "Turkish police", "20 journalists"),
    ("The Nigerian authorities imposed a curfew on the city of Jos.", "COERCE", "Nigerian authorities",
     None),
    ("France deported a radical imam to Algeria.", "COERCE", "France", "imam"),
    ("Police raided the offices of the opposition newspaper in Harare.", "COERCE", "Police", None),
    ("The Russian government blocked access to several independent news websites.", "COERCE",
     "Russian government", None),
    ("Authorities in Tehran shut down the internet across the province.", "COERCE", "Authorities in Tehran",
     None),
    ("Israeli soldiers arrested three Palestinians in the West Bank.", "COERCE", "Israeli soldiers",
     "Palestinians"),
    # --- ASSAULT: attacks by any means
    ("The United States helped Ukraine to repel the attack.", "ASSAULT", "Ukraine", None),
    ("Pakistani security forces stormed a militant hideout in the northwest.", "ASSAULT",
     "Pakistani security forces", None),
    ("The army shelled rebel positions near Idlib.", "ASSAULT", "army", "rebel"),
    ("Gunmen opened fire on a police checkpoint in Peshawar.", "ASSAULT", "Gunmen", "police"),
    ("A suicide bomber detonated his explosives at a mosque in Kabul.", "ASSAULT", "suicide bomber", None),
    ("Militants ambushed a Nigerian army convoy in Borno state.", "ASSAULT", "Militants", "Nigerian army"),
    ("Israeli warplanes struck targets in southern Lebanon.", "ASSAULT", "Israeli warplanes", None),
    ("Pirates hijacked a Greek oil tanker off the coast of Somalia.", "ASSAULT", "Pirates", "Greek"),
    ("Gunmen kidnapped two aid workers in northern Mali.", "ASSAULT", "Gunmen", None),
    ("A drone strike killed a senior al-Qaeda commander in Yemen.", "ASSAULT", None,
     "al-Qaeda commander"),
    ("Police fired tear gas at protesters in Nairobi.", "ASSAULT", "Police", None),
    ("Fighters from the two clans clashed in the Somali town of Galkayo.", "ASSAULT", "Fighters", None),
    ("Unidentified assailants stabbed a Pakistani journalist in Karachi.", "ASSAULT", "assailants",
     "Pakistani journalist"),
    ("Rebels fired rockets at the Ukrainian city of Kharkiv.", "ASSAULT", "Rebels",
     "Ukrainian city of Kharkiv"),
    ("A car bomb exploded outside a police station in Mogadishu.", "ASSAULT", None, None),
    ("The militants beheaded a captured Syrian soldier.", "ASSAULT", "militants", "Syrian soldier"),
]


def _events(nlp: Language, text: str) -> tuple[Article, list[Event]]:
    art = next(process_articles([Article.new(text, published="2021-06-14")], nlp))
    return art, art.events


def _overlaps(art: Article, ev: Event, role: str, span: tuple[int, int]) -> bool:
    """Whether a participant of a role is named (by any of its mentions) over the given text span."""
    spans = role_spans(art, ev, role)
    return any(min(s[1], span[1]) > max(s[0], span[0]) for s in spans)


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), CASES)
def test_paraphrase(nlp: Language, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    art, evs = _events(nlp, text)
    facts = [e for e in evs if e.type == type_ and e.modality in FACTUAL]
    seen = [(e.type, e.trigger, e.modality, [(p.role, p.entity) for p in e.participants]) for e in evs]
    assert facts, seen
    assert any(
        (actor is None or _overlaps(art, e, "actor", span_of(text, actor)))
        and (recipient is None or _overlaps(art, e, "recipient", span_of(text, recipient)))
        for e in facts
    ), seen


#: (sentence, a type no asserted event of the sentence may have): the attacked unit is no mobilisation; the
#: act asked of, allowed to or promised to someone is no fact (nor is a promise of troops to a party a
#: threat); demands or a budget presented are no award and no aid.
NOT_FACTS: list[tuple[str, str]] = [
    ("Gunmen ambushed a police patrol near the Afghan border.", "MOBILIZE"),
    ("Insurgents opened fire on an army patrol in Kandahar.", "MOBILIZE"),
    ("The United Nations pressed Myanmar to free the detained journalists.", "RETREAT"),
    ("Washington presented Moscow with a list of demands.", "SUPPORT"),
    ("The minister presented parliament with the new budget.", "AID"),
    ("Britain told Russia to withdraw its troops.", "RETREAT"),
    ("Israel allowed Egypt to send troops into Sinai.", "MOBILIZE"),
    ("The ministry authorised the police to arrest the protesters.", "COERCE"),
    ("Russia promised Syria to send troops.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FACTS)
def test_not_a_fact(nlp: Language, text: str, type_: str) -> None:
    _, evs = _events(nlp, text)
    seen = [(e.type, e.trigger, e.modality) for e in evs]
    assert not [e for e in evs if e.type == type_ and e.modality in FACTUAL], seen
