"""A sweep of how news names who did what to whom: made-up passages over the constructions English news uses
to name the actor and the recipient of a PLOVER act (active and passive, nominal acts, appositions, relative
clauses, coordination, reported speech, pronouns across sentences, headlines, control verbs), each with the
event it reports and the named participants in each role (``docs/event-guidelines.md``, the `participants`
field: an unnamed person is no participant, a qualifying country, city or nationality is). Some cases also
name a participant that must not hold a role: the place of the act, the speaker who reports it, the victim
as actor. Participants are matched as the scorer matches them: any mention of a participant's entity
overlapping an occurrence of the expected name. Passages, names and organisations are made up."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles
from tests.extract.event_probes import event_covering, has_participant, marked_gap, occurrences


class Case(NamedTuple):
    """One probe: the construction, the passage and its publication date, a word of the event's trigger and
    its type, the names expected as actor and recipient, and names that must not be the actor."""

    construction: str
    published: str
    text: str
    trigger: str
    type: str
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    not_actors: tuple[str, ...] = ()


CASES: list[Case] = [
    # --- passive with a by-agent
    Case("passive-by", "2024-03-04",
         "Tomas Berglund was shot dead by Marco Ferrante outside a bar in Turin on Saturday.",
         "shot", "ASSAULT", ("Marco Ferrante",), ("Tomas Berglund",), ("Turin", "Tomas Berglund")),
    Case("passive-by", "2024-05-11",
         "Aisha Mensah was stabbed by her neighbour, Kwame Boateng, in Kumasi on Friday night.",
         "stabbed", "ASSAULT", ("Kwame Boateng",), ("Aisha Mensah",), ("Kumasi",)),
    Case("passive-by", "2023-09-20", "The convoy was ambushed by al-Shabaab fighters near Baidoa on Tuesday.",
         "ambushed", "ASSAULT", ("al-Shabaab",), (), ("Baidoa",)),
    Case("passive-by", "2023-02-14",
         "Jean Dupont was detained by French customs officers at Calais on Monday.",
         "detained", "COERCE", ("French",), ("Jean Dupont",), ("Calais",)),
    Case("passive-by", "2024-01-09", "A Norwegian aid worker was attacked by a mob in Juba on Sunday.",
         "attacked", "ASSAULT", (), ("Norwegian",), ("Juba", "Norwegian")),
    # --- active, opened fire on
    Case("opened-fire-on", "2023-06-06",
         "Police opened fire on Jonas Petraitis as he fled a checkpoint in Vilnius.",
         "fire", "ASSAULT", (), ("Jonas Petraitis",), ("Vilnius", "Jonas Petraitis")),
    Case("opened-fire-on", "2023-10-02",
         "Israeli troops opened fire on Palestinian protesters near Nablus on Friday.",
         "fire", "ASSAULT", ("Israeli",), ("Palestinian",), ("Nablus",)),
    Case("active", "2023-11-12", "Hezbollah fired rockets at northern Israel on Saturday, the army said.",
         "fired", "ASSAULT", ("Hezbollah",), ("Israel",)),
    Case("active", "2024-02-02",
         "Gunmen killed Ahmed Saleh and his brother Yusuf Saleh in Sanaa on Wednesday.",
         "killed", "ASSAULT", (), ("Ahmed Saleh", "Yusuf Saleh"), ("Sanaa",)),
    Case("participle", "2023-08-18",
         "A suicide bomber struck a mosque in Peshawar on Friday, killing Imam Abdul Qadir.",
         "killing", "ASSAULT", (), ("Abdul Qadir",), ("Peshawar", "Abdul Qadir")),
    # --- nominal acts
    Case("nominal-of-by", "2023-04-21", "The killing of Samuel Adeyemi by Ibrahim Musa shocked the village.",
         "killing", "ASSAULT", ("Ibrahim Musa",), ("Samuel Adeyemi",), ("Samuel Adeyemi",)),
    Case("nominal-possessive", "2023-07-07",
         "Lena Varga's arrest in Budapest on Monday followed weeks of surveillance.",
         "arrest", "COERCE", (), ("Lena Varga",), ("Budapest", "Lena Varga")),
    Case("nominal-possessive", "2024-04-15", "Jamal Idris's killing sparked riots in Kano last week.",
         "killing", "ASSAULT", (), ("Jamal Idris",), ("Jamal Idris", "Kano")),
    Case("nominal-possessive-on", "2023-05-29",
         "Boko Haram's attack on Maiduguri killed 12 people on Sunday.",
         "attack", "ASSAULT", ("Boko Haram",), ("Maiduguri",)),
    Case("nominal-on-by", "2023-12-01",
         "The attack on the Indian embassy by Taliban fighters left four guards dead.",
         "attack", "ASSAULT", ("Taliban",), ("Indian",)),
    Case("nominal-of-by", "2023-03-03",
         "The arrest of opposition leader Sipho Dlamini by Zimbabwean police sparked protests in Harare.",
         "arrest", "COERCE", ("Zimbabwean",), ("Sipho Dlamini",), ("Harare", "Sipho Dlamini")),
    Case("nominal-possessive-of", "2024-06-10",
         "The Chicago Police Department's shooting of Marcus Reed drew protests on Sunday.",
         "shooting", "ASSAULT", ("Chicago Police Department",), ("Marcus Reed",), ("Marcus Reed",)),
    Case("nominal-in-by", "2023-09-09",
         "Senator Luis Herrera was wounded in an attack by FARC dissidents in Cali on Thursday.",
         "attack", "ASSAULT", ("FARC",), ("Luis Herrera",), ("Cali", "Luis Herrera")),
    # --- among those killed, claimed responsibility
    Case("among-those", "2023-01-16",
         "Journalist Rafael Moreno was among those killed when gunmen stormed a hotel in Bamako on Sunday.",
         "killed", "ASSAULT", (), ("Rafael Moreno",), ("Rafael Moreno", "Bamako")),
    Case("claimed-responsibility", "2023-08-26",
         "Al-Shabaab claimed responsibility for the bombing of a market in Mogadishu on Friday.",
         "bombing", "ASSAULT", ("Al-Shabaab",), ()),
    Case("claimed-responsibility", "2024-03-23",
         "A car bomb exploded outside a police station in Quetta on Saturday, killing six officers. "
         "The Baloch Liberation Army claimed responsibility for the attack.",
         "attack", "ASSAULT", ("Baloch Liberation Army",), (), ("Quetta",)),
    # --- appositions and relative clauses
    Case("apposition", "2023-10-17",
         "Sarah Whitfield, a 34-year-old teacher, was stabbed outside her home in Leeds on Tuesday.",
         "stabbed", "ASSAULT", (), ("Sarah Whitfield",), ("Leeds", "Sarah Whitfield")),
    Case("apposition-object", "2023-10-18",
         "Police in Yorkshire arrested her husband, Graham Whitfield, on Wednesday.",
         "arrested", "COERCE", (), ("Graham Whitfield",), ("Graham Whitfield",)),
    Case("relative-passive", "2024-02-27", "Omar Haddad, who was shot on Monday, died in hospital in Amman.",
         "shot", "ASSAULT", (), ("Omar Haddad",), ("Omar Haddad", "Amman")),
    Case("relative-active", "2023-11-03",
         "Kevin Marsh, who shot two guards at a depot in Dayton, was arrested on Friday.",
         "shot", "ASSAULT", ("Kevin Marsh",), (), ("Dayton",)),
    Case("relative-active", "2023-11-03",
         "Kevin Marsh, who shot two guards at a depot in Dayton, was arrested on Friday.",
         "arrested", "COERCE", (), ("Kevin Marsh",), ("Kevin Marsh", "Dayton")),
    Case("apposition-subject", "2024-05-02",
         "The gunman, identified by police as Brian Coles, 28, shot three people at a supermarket in Tulsa.",
         "shot", "ASSAULT", ("Brian Coles",), (), ("Tulsa",)),
    # --- coordination, meetings, visits, calls
    Case("coordinated-subjects", "2023-06-22",
         "Kenyan President William Otieno and Tanzanian President Amina Juma met in Arusha on Thursday.",
         "met", "CONSULT", ("William Otieno", "Amina Juma"), (), ("Arusha",)),
    Case("met-with-coordinated", "2024-01-25",
         "Prime Minister Lars Eriksen met with Chancellor Anna Weber and President Paulo Costa in Brussels.",
         "met", "CONSULT", ("Lars Eriksen",), ("Anna Weber", "Paulo Costa"), ("Brussels",)),
    Case("met-object", "2023-04-04",
         "Chinese Foreign Minister Zhao Lin met Brazilian President Rafael Duarte in Brasilia on Monday.",
         "met", "CONSULT", ("Zhao Lin",), ("Rafael Duarte",), ("Brasilia",)),
    Case("talks-between", "2023-07-31", "Talks between Ethiopia and Sudan resumed in Khartoum on Monday.",
         "Talks", "CONSULT", ("Ethiopia", "Sudan"), (), ("Khartoum",)),
    Case("hosted", "2024-04-09", "Ghana hosted Togolese President Koffi Agbeko for talks on border security.",
         "hosted", "CONSULT", ("Koffi Agbeko",), ("Ghana",)),
    Case("visited", "2023-02-28", "Indian Prime Minister Rajiv Menon visited Nepal on Wednesday.",
         "visited", "CONSULT", ("Rajiv Menon",), ("Nepal",)),
    Case("phone", "2023-09-04",
         "Turkish President Emre Yilmaz spoke by phone with Azerbaijani President Ilham Aliyev on Sunday.",
         "spoke", "CONSULT", ("Emre Yilmaz",), ("Ilham Aliyev",)),
    Case("arrived-in", "2024-06-18",
         "Saudi Foreign Minister Faisal Al-Otaibi arrived in Cairo on Tuesday for talks.",
         "arrived", "CONSULT", ("Faisal Al-Otaibi",), ("Cairo",)),
    # --- verbal acts
    Case("urged-to", "2023-05-05", "The United Nations urged Ethiopia to allow aid convoys into Tigray.",
         "urged", "REQUEST", ("United Nations",), ("Ethiopia",)),
    Case("asked-to", "2023-08-08", "Colombia asked Venezuela to extradite the rebel commander.",
         "asked", "REQUEST", ("Colombia",), ("Venezuela",)),
    Case("accused-of", "2023-11-28", "Poland accused Belarus of sending migrants across the border.",
         "accused", "ACCUSE", ("Poland",), ("Belarus",)),
    Case("condemned-possessive", "2023-10-08", "Egypt condemned Hamas's attack on Israeli towns.",
         "condemned", "ACCUSE", ("Egypt",), ("Hamas",)),
    Case("condemned-possessive", "2023-10-08", "Egypt condemned Hamas's attack on Israeli towns.",
         "attack", "ASSAULT", ("Hamas",), ("Israeli",), ("Egypt",)),
    Case("blamed-for", "2024-02-19", "Pakistan blamed India for the bombing in Lahore.",
         "blamed", "ACCUSE", ("Pakistan",), ("India",)),
    Case("threatened-with", "2023-03-13", "North Korea threatened South Korea with merciless retaliation.",
         "threatened", "THREATEN", ("North Korea",), ("South Korea",)),
    Case("rejected-possessive", "2024-05-20", "Israel rejected Egypt's ceasefire proposal on Monday.",
         "rejected", "REJECT", ("Israel",), ("Egypt",)),
    Case("praised-for", "2023-12-12", "The White House praised Qatar for its mediation.",
         "praised", "SUPPORT", ("White House",), ("Qatar",)),
    # --- arrests, charges, sentences
    Case("said-it-had", "2023-06-14",
         "The Pakistani army said it had arrested Tariq Mahmood, a senior militant commander, in Quetta.",
         "arrested", "COERCE", ("Pakistani army",), ("Tariq Mahmood",), ("Quetta", "Tariq Mahmood")),
    Case("police-arrested", "2024-03-29", "Police arrested Dimitri Sokolov at Heathrow Airport on Friday.",
         "arrested", "COERCE", (), ("Dimitri Sokolov",), ("Heathrow Airport", "Dimitri Sokolov")),
    Case("passive-by-police", "2023-07-19",
         "Carlos Mendes was arrested by police on Wednesday at his home in Porto.",
         "arrested", "COERCE", (), ("Carlos Mendes",), ("Porto", "Carlos Mendes")),
    Case("pronoun-next-sentence", "2023-04-24",
         "Officers detained Michael Brennan, 41, outside a pub in Cork on Saturday. "
         "He was charged with assault on Sunday.",
         "charged", "ACCUSE", (), ("Michael Brennan",), ("Cork", "Michael Brennan")),
    Case("pronoun-next-sentence", "2024-01-31",
         "Viktor Hale fled the scene after the crash in Denver. He was arrested two days later in Utah.",
         "arrested", "COERCE", (), ("Viktor Hale",), ("Utah", "Viktor Hale", "Denver")),
    Case("court-in-city", "2023-09-27", "A court in Tehran sentenced Reza Karimi to ten years in prison.",
         "sentenced", "SANCTION", ("Tehran",), ("Reza Karimi",)),
    Case("convicted-of-murder", "2024-02-08",
         "Liam Byrne was convicted of the murder of Sean Walsh by a jury in Dublin.",
         "convicted", "SANCTION", (), ("Liam Byrne",), ("Liam Byrne", "Sean Walsh")),
    Case("convicted-of-murder", "2024-02-08",
         "Liam Byrne was convicted of the murder of Sean Walsh by a jury in Dublin.",
         "murder", "ASSAULT", ("Liam Byrne",), ("Sean Walsh",), ("Sean Walsh", "Dublin")),
    Case("charged-with-killing", "2023-05-16",
         "Paul Novak was charged with killing his business partner, Frank Adler, in Tucson.",
         "charged", "ACCUSE", (), ("Paul Novak",), ("Paul Novak", "Frank Adler")),
    Case("charged-with-killing", "2023-05-16",
         "Paul Novak was charged with killing his business partner, Frank Adler, in Tucson.",
         "killing", "ASSAULT", ("Paul Novak",), ("Frank Adler",), ("Frank Adler", "Tucson")),
    Case("accused-participle", "2023-10-30",
         "Maria Santos, accused of poisoning her husband, appeared in court in Lisbon on Monday.",
         "poisoning", "ASSAULT", ("Maria Santos",), (), ("Lisbon",)),
    # --- pronouns, participants named before
    Case("pronoun-object", "2024-04-02",
         "Armed men stormed the home of journalist Ana Lucia Ortega in Tijuana. "
         "They shot her twice in the head.",
         "shot", "ASSAULT", (), ("Ana Lucia Ortega",), ("Tijuana", "Ana Lucia Ortega")),
    Case("group-named-before", "2023-08-01",
         "The Allied Democratic Forces have been active in the region for years. "
         "On Tuesday, the group attacked a village near Beni, killing nine people.",
         "attacked", "ASSAULT", ("Allied Democratic Forces",), (), ("Beni",)),
    Case("it-said-its-fighters", "2023-12-20",
         "The Islamic State group issued a statement on Sunday. "
         "It said its fighters had killed 14 soldiers in Diffa.",
         "killed", "ASSAULT", ("Islamic State",), (), ("Diffa",)),
    # --- headlines
    Case("headline", "2024-03-11",
         "Gunmen kill 3 in Kano\n\nGunmen killed three people in Kano on Sunday, police said.",
         "kill", "ASSAULT", (), (), ("Kano",)),
    Case("headline", "2023-11-21", "Turkey shells Kurdish positions in Syria\n\nThe shelling began at dawn.",
         "shells", "ASSAULT", ("Turkey",), ("Kurdish",)),
    Case("headline", "2024-05-27",
         "Israel arrests Hamas commander in West Bank raid\n\nThe army gave no name.",
         "arrests", "COERCE", ("Israel",), ("Hamas",), ("West Bank",)),
    Case("headline-passive", "2023-06-30",
         "Senator Ray Dolan arrested for drunk driving\n\nHe was released on bail.",
         "arrested", "COERCE", (), ("Ray Dolan",), ("Ray Dolan",)),
    # --- reported speech: the speaker is no actor of the act reported
    Case("reported-speech", "2024-02-12", "Ukraine said Russia had attacked Kharkiv with drones overnight.",
         "attacked", "ASSAULT", ("Russia",), ("Kharkiv",), ("Ukraine",)),
    Case("reported-speech", "2023-07-24",
         "Police said Daniel Price shot his neighbour, Alan Moore, during an argument in Bristol.",
         "shot", "ASSAULT", ("Daniel Price",), ("Alan Moore",), ("Bristol", "Alan Moore")),
    Case("reported-speech", "2023-09-15",
         "Mali's army said jihadists had killed 20 civilians in Mopti, a claim the group denied.",
         "killed", "ASSAULT", (), (), ("Mali", "Mopti")),
    # --- the organisation or country of forces, militants, police
    Case("possessive-forces", "2024-01-18", "Sudan's forces shelled El Fasher on Thursday.",
         "shelled", "ASSAULT", ("Sudan",), ("El Fasher",)),
    Case("nationality-forces", "2023-03-21", "Nigerian police arrested 20 protesters in Abuja on Monday.",
         "arrested", "COERCE", ("Nigerian",), (), ("Abuja",)),
    Case("nationality-forces", "2023-06-03",
         "Russian troops seized the town of Marinka after weeks of fighting.",
         "seized", "COERCE", ("Russian",), ("Marinka",)),
    Case("nationality-perpetrators", "2023-04-11",
         "Somali pirates hijacked a Greek tanker off the coast of Oman.",
         "hijacked", "ASSAULT", ("Somali",), ("Greek",), ("Oman",)),
    Case("rioters-in-country", "2024-05-06", "Rioters in Chile torched a supermarket in Santiago on Friday.",
         "torched", "ASSAULT", ("Chile",), (), ()),
    # --- control verbs
    Case("ordered-to", "2023-10-24", "President Ivan Petrov ordered troops to fire on the demonstrators.",
         "fire", "ASSAULT", ("Ivan Petrov",), ()),
    # object control: the one forced does the act (codebook `object_control_verbs`)
    Case("forced-to", "2024-06-01", "Hungary forced Serbia to close the border crossing at Horgos.",
         "close", "COERCE", ("Serbia",), (), ("Hungary",)),
    # --- the victim is no actor
    Case("victim-not-actor", "2023-12-05",
         "Mohammed Rahimi died after he was beaten by guards at Evin prison in Tehran.",
         "beaten", "ASSAULT", (), ("Mohammed Rahimi",), ("Mohammed Rahimi", "Tehran")),
    Case("victim-not-actor", "2023-02-06",
         "Two Chinese engineers were kidnapped in Balochistan on Monday.",
         "kidnapped", "ASSAULT", (), ("Chinese",), ("Chinese", "Balochistan")),
    # --- other types
    Case("deported", "2023-08-22", "Germany deported 30 Afghan nationals on Tuesday.",
         "deported", "COERCE", ("Germany",), ("Afghan",)),
    Case("expelled", "2024-03-15", "Algeria expelled the French ambassador on Friday.",
         "expelled", "SANCTION", ("Algeria",), ("French",)),
    Case("sanctions-on", "2023-05-24", "The European Union imposed new sanctions on Belarus on Wednesday.",
         "sanctions", "SANCTION", ("European Union",), ("Belarus",)),
    Case("protested-against", "2024-04-22",
         "Thousands of Serbs protested in Belgrade against President Milan Jovic.",
         "protested", "PROTEST", ("Serbs",), ("Milan Jovic",), ("Belgrade",)),
    Case("aid-to", "2023-10-11", "Japan sent 5 million dollars in aid to Nepal on Monday.",
         "aid", "AID", ("Japan",), ("Nepal",)),
    Case("released", "2024-01-03", "Iran released aid worker Nazanin Tabrizi on Sunday.",
         "released", "RETREAT", ("Iran",), ("Nazanin Tabrizi",), ("Nazanin Tabrizi",)),
    # --- more: instruments of a named doer, victims identified later, speakers at the end
    Case("nationality-instrument", "2024-02-22",
         "Khalil Nasser was killed in an Israeli airstrike on Rafah on Tuesday.",
         "airstrike", "ASSAULT", ("Israeli",), ("Khalil Nasser",), ("Khalil Nasser", "Rafah")),
    Case("victim-identified", "2023-03-08",
         "A man was shot dead in Leeds on Monday. Police identified the victim as John Carver, 52.",
         "shot", "ASSAULT", (), ("John Carver",), ("Leeds", "John Carver")),
    Case("speaker-after", "2023-11-09",
         "Andrew Pike stabbed his brother-in-law, Neil Foster, on Sunday, police said.",
         "stabbed", "ASSAULT", ("Andrew Pike",), ("Neil Foster",), ("Neil Foster",)),
    Case("according-to", "2024-04-26",
         "According to prosecutors, Irina Volkova poisoned her business partner, Oleg Titov.",
         "poisoned", "ASSAULT", ("Irina Volkova",), ("Oleg Titov",), ("Oleg Titov",)),
    Case("arrested-on-suspicion", "2023-07-11",
         "Dennis Ward was arrested on suspicion of killing Mark Ellis in Hull.",
         "arrested", "COERCE", (), ("Dennis Ward",), ("Dennis Ward", "Mark Ellis", "Hull")),
    Case("arrested-on-suspicion", "2023-07-11",
         "Dennis Ward was arrested on suspicion of killing Mark Ellis in Hull.",
         "killing", "ASSAULT", ("Dennis Ward",), ("Mark Ellis",), ("Mark Ellis", "Hull")),
    Case("possessive-country-soldiers", "2024-03-01", "Ukraine's soldiers shot down three drones over Odesa.",
         "shot", "ASSAULT", ("Ukraine",), (), ("Odesa",)),
    Case("said-its-forces", "2023-06-26",
         "Ethiopia said its forces had killed 40 fighters of the Fano militia.",
         "killed", "ASSAULT", ("Ethiopia",), ("Fano",)),
    Case("victim-speaker", "2023-12-18",
         "Oscar Lindgren said he was attacked by two men outside a nightclub in Malmo.",
         "attacked", "ASSAULT", (), ("Oscar Lindgren",), ("Oscar Lindgren", "Malmo")),
    Case("fired-by", "2024-05-14", "The tanker was hit by a missile fired by Houthi rebels in the Red Sea.",
         "fired", "ASSAULT", ("Houthi",), (), ()),
    # --- a second batch: accused appositions, 'they' for police, nationality agents, light verbs, custody
    Case("accused-appos-arrested", "2023-01-11",
         "Gareth Lyle, accused of killing Tom Barker, was arrested in Perth on Friday.",
         "arrested", "COERCE", (), ("Gareth Lyle",), ("Gareth Lyle","Tom Barker","Perth")),
    Case("accused-appos-arrested", "2023-02-09",
         "Gareth Lyle, accused of killing Tom Barker, was arrested in Perth on Friday.",
         "killing", "ASSAULT", ("Gareth Lyle",), ("Tom Barker",), ("Tom Barker","Perth")),
    Case("they-police", "2023-03-17",
         "Police in Leipzig said they had arrested Jonas Keller on Friday.",
         "arrested", "COERCE", (), ("Jonas Keller",), ("Jonas Keller",)),
    Case("kidnapped-by-nationality", "2023-04-28",
         "Two Italian engineers were kidnapped by Nigerian gunmen in Delta State.",
         "kidnapped", "ASSAULT", ("Nigerian",), ("Italian",), ("Delta State","Italian")),
    Case("launched-airstrikes-on", "2023-05-03",
         "Saudi Arabia launched airstrikes on Houthi positions near Sanaa.",
         "airstrikes", "ASSAULT", ("Saudi Arabia",), ("Houthi",), ("Sanaa",)),
    Case("under-attack-from", "2023-06-19",
         "The town of Kidal came under attack from Tuareg rebels on Sunday.",
         "attack", "ASSAULT", ("Tuareg",), ("Kidal",), ("Kidal",)),
    Case("carried-out-attack-on", "2023-07-27",
         "Boko Haram carried out an attack on the village of Dalori.",
         "attack", "ASSAULT", ("Boko Haram",), ("Dalori",), ("Dalori",)),
    Case("behind-the-attack", "2023-08-14",
         "Officials said the Shadow Brigade was behind the attack on the Kabul hotel.",
         "attack", "ASSAULT", ("Shadow Brigade",), (), ("Kabul",)),
    Case("coordinated-ages", "2023-09-06",
         "Ryan Cole, 25, and Dean Hart, 30, were arrested in Leeds on Monday.",
         "arrested", "COERCE", (), ("Ryan Cole","Dean Hart"), ("Leeds","Ryan Cole")),
    Case("possessive-government", "2023-10-13",
         "Mali's government expelled France's ambassador on Monday.",
         "expelled", "SANCTION", ("Mali",), ("France",)),
    Case("capital-as-state", "2023-11-15",
         "Washington imposed sanctions on Caracas on Tuesday.",
         "sanctions", "SANCTION", ("Washington",), ("Caracas",)),
    Case("sentenced-by-court", "2023-12-08",
         "Ali Rezaei was sentenced to death by a revolutionary court in Shiraz.",
         "sentenced", "SANCTION", (), ("Ali Rezaei",), ("Ali Rezaei",)),
    Case("charged-in-death", "2024-01-22",
         "Brandon Pike has been charged in the death of his roommate, Kyle Benson.",
         "charged", "ACCUSE", (), ("Brandon Pike",), ("Brandon Pike","Kyle Benson")),
    Case("held-talks-with", "2024-02-05",
         "Egyptian President Karim Mansour held talks with Sudanese leader Osman Taha in Cairo.",
         "talks", "CONSULT", ("Karim Mansour",), ("Osman Taha",), ("Cairo",)),
    Case("met-counterpart-appos", "2024-03-07",
         "Polish Foreign Minister Adam Nowak met his Lithuanian counterpart, Darius Kalnas, in Vilnius.",
         "met", "CONSULT", ("Adam Nowak",), ("Darius Kalnas",), ("Vilnius",)),
    Case("loyal-to", "2024-04-16",
         "Troops loyal to General Idris Deby attacked the presidential palace in Ndjamena.",
         "attacked", "ASSAULT", ("Idris Deby",), (), ("Ndjamena",)),
    Case("supporters-clashed", "2024-05-09",
         "Supporters of opposition leader Raila Kimani clashed with police in Kisumu.",
         "clashed", "ASSAULT", ("Raila Kimani",), (), ("Kisumu",)),
    Case("hit-by-nationality-rockets", "2024-06-12",
         "The town of Metula was hit by Hezbollah rockets on Sunday.",
         "rockets", "ASSAULT", ("Hezbollah",), ("Metula",), ("Metula",)),
    Case("blamed-on", "2024-06-25",
         "Pakistan blamed the bombing on India.",
         "blamed", "ACCUSE", ("Pakistan",), ("India",)),
    Case("released-from-custody", "2023-01-30",
         "Marta Ruiz was released from Venezuelan custody on Monday.",
         "released", "RETREAT", ("Venezuelan",), ("Marta Ruiz",), ("Marta Ruiz",)),
    Case("handed-over", "2023-03-29",
         "Kenya handed the suspect over to Uganda on Tuesday.",
         "handed", "COOPERATE", ("Kenya",), ("Uganda",)),
    Case("said-killed-by", "2023-05-22",
         "Afghan officials said Mullah Karim had been killed by a US drone strike.",
         "killed", "ASSAULT", ("US",), ("Mullah Karim",), ("Afghan","Mullah Karim")),
    Case("deported-to", "2023-07-05",
         "Britain deported Amir Khan to Pakistan on Wednesday.",
         "deported", "COERCE", ("Britain",), ("Amir Khan",), ("Pakistan","Amir Khan")),
    Case("shot-and-killed", "2023-09-19",
         "A police officer shot and killed Daniel Harris, 19, in Memphis on Friday.",
         "shot", "ASSAULT", (), ("Daniel Harris",), ("Memphis","Daniel Harris")),
    Case("attacked-passive-with-nat", "2023-11-27",
         "A Turkish convoy was attacked by Syrian government forces near Idlib.",
         "attacked", "ASSAULT", ("Syrian",), ("Turkish",), ("Idlib","Turkish")),
    Case("raid-on-by", "2024-01-16",
         "A raid on the home of activist Leila Haddad by security forces drew protests.",
         "raid", "COERCE", (), ("Leila Haddad",), ("Leila Haddad",)),
    Case("placed-under", "2024-02-16",
         "Jonas Berg was placed under arrest by Danish police in Aarhus.",
         "placed", "COERCE", ("Danish",), ("Jonas Berg",), ("Aarhus", "Jonas Berg")),
    # --- a third batch: descriptions, pronouns and titles across sentences, quotes
    Case("age-description", "2023-02-21",
         "Nora Quinn, 34, was found dead in her flat in Galway. The 34-year-old had been strangled.",
         "strangled", "ASSAULT", (), ("Nora Quinn",), ("Galway","Nora Quinn")),
    Case("the-suspect-later-named", "2023-04-06",
         "A man shot two people at a bar in Austin on Friday. Police identified the suspect as Cody "
         "Rhodes, 27.",
         "shot", "ASSAULT", ("Cody Rhodes",), (), ("Austin",)),
    Case("she-was-arrested", "2023-05-30",
         "Police in Malmo questioned Elsa Lind on Monday. She was later arrested.",
         "arrested", "COERCE", (), ("Elsa Lind",), ("Elsa Lind","Malmo")),
    Case("the-victim-named-later", "2023-07-13",
         "A teacher was stabbed outside a school in Lyon on Tuesday. The victim, Claire Duval, 41, "
         "died in hospital.",
         "stabbed", "ASSAULT", (), ("Claire Duval",), ("Lyon","Claire Duval")),
    Case("the-minister-title", "2023-08-31",
         "Foreign Minister Elena Vasquez flew to Lima on Monday. The minister met President Jorge "
         "Salas on Tuesday.",
         "met", "CONSULT", ("Elena Vasquez",), ("Jorge Salas",), ("Lima",)),
    Case("he-told-reporters-accused", "2023-10-19",
         "Prime Minister Tariq Aziz spoke in Islamabad. He accused India of backing the militants.",
         "accused", "ACCUSE", ("Tariq Aziz",), ("India",)),
    Case("the-country", "2023-12-14",
         "Ghana sent troops to the border on Monday. The country also closed its embassy in Lome.",
         "closed", "SANCTION", ("Ghana",), (), ()),
    Case("the-company-sued", "2024-01-11",
         "Trelco Industries lost the contract in May. The company sued the Ministry of Defence on Friday.",
         "sued", "ACCUSE", ("Trelco Industries",), ("Ministry of Defence",)),
    Case("the-two-men", "2024-02-29",
         "Police charged Omar Sadiq and Bilal Rana on Monday. The two men are accused of robbing a "
         "bank in Derby.",
         "accused", "ACCUSE", (), ("Omar Sadiq","Bilal Rana"), ("Derby",)),
    Case("officials-said-the-militants", "2024-04-04",
         "Al-Nusra fighters attacked an army post near Hama. The militants killed six soldiers, "
         "officials said.",
         "killed", "ASSAULT", ("Al-Nusra",), (), ("Hama",)),
    Case("spokesman-for", "2024-05-23",
         "A spokesman for the Jubaland Front said the group had captured the town of Dif.",
         "captured", "COERCE", ("Jubaland Front",), ("Dif",), ()),
    Case("quote-speaker-not-actor", "2024-06-20",
         "\"They shot my son,\" said Maryam Bello, whose son Musa was killed by soldiers in Zaria.",
         "killed", "ASSAULT", (), ("Musa",), ("Maryam Bello","Zaria")),
]


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence (or headline line) around a character offset."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n+", text[:at])]
    end = re.search(r"[.!?](\s|$)|\n", text[at:])
    return (starts[-1] if starts else 0, at + end.end() if end else len(text))


def _event(art: Article, case: Case) -> Event | None:
    """The event of the case's type whose trigger covers the first occurrence of the trigger word, else the
    first one of that type in its sentence (a light verb or phrase names the act: "opened fire")."""
    where = occurrences(art.text, case.trigger)[:1]
    if not where:
        return None
    sent = _sentence(art.text, where[0][0])
    return event_covering(art, case.type, where[0], sent)


def problems(nlp: Language, case: Case) -> list[str]:
    """What the extractor gets wrong on one probe (empty when right)."""
    art = next(process_articles([Article.new(case.text, published=case.published)], nlp))
    ev = _event(art, case)
    if ev is None:
        return [f"no {case.type} event on {case.trigger!r}: " + ", ".join(e.type for e in art.events)]
    out = [f"actor {n!r} missing" for n in case.actors if not has_participant(art, ev, "actor", n)]
    out += [f"recipient {n!r} missing" for n in case.recipients
            if not has_participant(art, ev, "recipient", n)]
    out += [f"{n!r} taken as actor" for n in case.not_actors if has_participant(art, ev, "actor", n)]
    return out


#: Probes the extractor still gets wrong, by the text of the passage's first words, with the cause (the
#: report of the sweep; see docs/events-codebook.md). They are expected to fail until the cause is fixed.
KNOWN_GAPS: dict[str, str] = {
    "Jamal Idris's killing": "parse: the act noun read as an adjective of the next noun",
    "A court in Tehran": "a city in a locative phrase of the subject is read as the place, not the party",
    "Boko Haram carried out": "NER: a village named after 'the village of' is no name",
    '"They shot my son,"': "a relative in a 'whose' clause is not joined to the name apposed to it; an "
                           "unresolved 'they' is taken for the speaker (inside quotations too: not "
                           "doing so lowered PLOVER and ECB+)",
}


@pytest.mark.parametrize("case", [marked_gap(c, c.text, KNOWN_GAPS) for c in CASES],
                         ids=[f"{i}-{c.construction}" for i, c in enumerate(CASES)])
def test_participants_sweep(nlp: Language, case: Case) -> None:
    assert problems(nlp, case) == []
