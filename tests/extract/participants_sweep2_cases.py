"""Cases of the second participant sweep (``test_event_participants_sweep2.py``): made-up passages over how
news names the parties of an act around appositions, titles, coordination and symmetric acts (meetings,
talks, calls, agreements), passives, descriptions and pronouns that refer back, possessives and ``with``
phrases, and look-alikes that hold no role (the place, the date, a speaker who reports the act). Names,
places and organisations are made up or used only as names."""

from __future__ import annotations

from tests.extract.event_probes import Probe

PROBES: list[Probe] = [
    # --- appositions on either side of the name
    Probe("appos-name-first",
          "General Tariq Osmani, Pakistan's army chief, met Crown Prince Faisal Harith in "
          "Riyadh on Thursday.", "met", "CONSULT", ("Tariq Osmani",), ("Faisal Harith",), ("Riyadh",)),
    Probe("appos-title-first",
          "Pakistan's army chief, General Tariq Osmani, met Crown Prince Faisal Harith in "
          "Riyadh on Thursday.", "met", "CONSULT", ("Tariq Osmani",), ("Faisal Harith",), ("Riyadh",)),
    Probe("appos-title-first-visit", "South Africa's foreign minister, Lindiwe Mokoena, visited Harare on "
          "Tuesday.", "visited", "CONSULT", ("Lindiwe Mokoena",), ("Harare",)),
    Probe("appos-name-first-visit", "Lindiwe Mokoena, South Africa's foreign minister, visited Harare on "
          "Tuesday.", "visited", "CONSULT", ("Lindiwe Mokoena",), ("Harare",)),
    Probe("appos-title-first-accuse",
          "Ukraine's defence minister, Oleh Marchuk, accused Russia of shelling a "
          "hospital.", "accused", "ACCUSE", ("Oleh Marchuk",), ("Russia",)),
    Probe("appos-the-title-first", "The head of the Red Crescent, Ingrid Solberg, condemned Serbia for the "
          "raid.", "condemned", "ACCUSE", ("Ingrid Solberg",), ("Serbia",)),
    Probe("appos-object", "Police arrested the gang's leader, Kofi Mensah, in Accra on Monday.", "arrested",
          "COERCE", (), ("Kofi Mensah",), ("Accra",)),
    Probe("appos-object-title-first", "Rebels released the mayor of the town, Pierre Kanza, on Sunday.",
          "released", "RETREAT", (), ("Pierre Kanza",)),
    Probe("appos-relative", "General Tariq Osmani became army chief in May. The army chief, who flew to Doha "
          "on Sunday, met Emir Hamad Rashidi on Monday.", "met", "CONSULT", ("Tariq Osmani",),
          ("Hamad Rashidi",), ("Doha",)),
    Probe("appos-relative-name", "Marek Nowicki, who became president in May, visited Kyiv on Tuesday.",
          "visited", "CONSULT", ("Marek Nowicki",), ("Kyiv",)),
    Probe("appos-age", "Ryan Doyle, 31, a former soldier, shot two guards at a bank in Cork.", "shot",
          "ASSAULT", ("Ryan Doyle",), (), ("Cork",)),
    Probe("appos-counterpart",
          "Foreign Minister Adam Lis met his Czech counterpart, Jana Horakova, in Prague.",
          "met", "CONSULT", ("Adam Lis",), ("Jana Horakova",), ("Prague",)),
    Probe("appos-title-first-talks", "Sudan's army chief, General Kamal Burhani, negotiated with the Rapid "
          "Support Forces in Jeddah.", "negotiated", "CONSULT", ("Kamal Burhani",), ("Rapid Support Forces",),
          ("Jeddah",)),
    Probe("appos-title-first-recipient", "Chancellor Anna Weber met Poland's president, Marek Nowicki, in "
          "Berlin.", "met", "CONSULT", ("Anna Weber",), ("Marek Nowicki",), ("Berlin",)),
    # --- titles before names
    Probe("title-of-state", "US Secretary of State Daniel Harlow met Israeli Prime Minister Avi Ronen in "
          "Jerusalem on Thursday.", "met", "CONSULT", ("Daniel Harlow",), ("Avi Ronen",), ("Jerusalem",)),
    Probe("title-telephoned",
          "French Foreign Minister Claire Moreau telephoned her Egyptian counterpart, Sameh "
          "Fawzi, on Monday.", "telephoned", "CONSULT", ("Claire Moreau",), ("Sameh Fawzi",)),
    Probe("title-urged-coordinated",
          "UN Secretary-General Antonio Ferreira urged Israel and Hamas to agree to "
          "a ceasefire.", "urged", "REQUEST", ("Antonio Ferreira",), ("Israel", "Hamas")),
    Probe("title-hosted", "German Chancellor Anna Weber hosted Polish President Marek Nowicki in Berlin on "
          "Friday.", "hosted", "CONSULT", ("Marek Nowicki",), ("Anna Weber",), ("Berlin",)),
    Probe("title-received", "Bahraini King Hamad Rashidi received Iranian Foreign Minister Ali Vaziri in "
          "Manama.", "received", "CONSULT", ("Ali Vaziri",), ("Hamad Rashidi",), ("Manama",)),
    Probe("title-accused", "Indian Defence Minister Arjun Rao accused Pakistan of arming the militants.",
          "accused", "ACCUSE", ("Arjun Rao",), ("Pakistan",)),
    Probe("title-rank", "Colonel Ibrahim Sanou seized power in Ouagadougou on Friday.", "seized", "COERCE",
          ("Ibrahim Sanou",), (), ("Friday",)),
    Probe("title-praised", "Kenyan President William Otieno praised Tanzania for its mediation.", "praised",
          "SUPPORT", ("William Otieno",), ("Tanzania",)),
    # --- coordinated subjects of symmetric acts
    Probe("coord-spoke-on-phone", "Canadian Prime Minister Mark Tremblay and Mexican President Rosa Ibarra "
          "spoke on the phone on Thursday.", "spoke", "CONSULT", ("Mark Tremblay", "Rosa Ibarra")),
    Probe("coord-spoke-by-phone", "Mark Tremblay and Rosa Ibarra spoke by phone on Thursday.", "spoke",
          "CONSULT", ("Mark Tremblay", "Rosa Ibarra")),
    Probe("coord-met", "Armenia and Azerbaijan met in Geneva on Friday.", "met", "CONSULT",
          ("Armenia", "Azerbaijan"), (), ("Geneva",)),
    Probe("coord-held-talks", "Armenia and Azerbaijan held talks in Geneva on Friday.", "talks", "CONSULT",
          ("Armenia", "Azerbaijan"), (), ("Geneva",)),
    Probe("coord-leaders-met", "President Ana Ruiz and Premier Chen Bo met in Lima on Monday.", "met",
          "CONSULT", ("Ana Ruiz", "Chen Bo"), (), ("Lima",)),
    Probe("coord-signed", "Egypt and Jordan signed a water agreement on Monday.", "signed", "SUPPORT",
          ("Egypt", "Jordan")),
    Probe("coord-agreed", "Kenya and Somalia agreed to reopen their border.", "agreed", "AGREE",
          ("Kenya", "Somalia")),
    Probe("coord-discussed", "Ghana and Togo discussed border security in Accra.", "discussed", "CONSULT",
          ("Ghana", "Togo"), (), ("Accra",)),
    Probe("coord-negotiated", "Serbia and Kosovo negotiated in Brussels for six hours.", "negotiated",
          "CONSULT", ("Serbia", "Kosovo"), (), ("Brussels",)),
    Probe("coord-exchanged-fire", "Indian and Pakistani troops exchanged fire along the border.", "fire",
          "ASSAULT", ("Indian", "Pakistani")),
    Probe("coord-three-met", "The leaders of Chile, Peru and Bolivia met in La Paz.", "met", "CONSULT",
          ("Chile", "Peru", "Bolivia"), (), ("La Paz",)),
    Probe("coord-titles-met", "Emir Hamad Rashidi and Iranian President Reza Tavakoli met in Doha.", "met",
          "CONSULT", ("Hamad Rashidi", "Reza Tavakoli"), (), ("Doha",)),
    # --- one actor, coordinated others
    Probe("met-two-objects", "Foreign Minister Samir Haddad met Sultan Qais Tarik and President Khalid Zayed "
          "in Muscat.", "met", "CONSULT", ("Samir Haddad",), ("Qais Tarik", "Khalid Zayed"), ("Muscat",)),
    Probe("met-with-two", "Pope Gregory met with Argentine President Luis Ferro and his wife Marta Ferro.",
          "met", "CONSULT", ("Gregory",), ("Luis Ferro",)),
    Probe("two-met-one", "Ministers Lena Berg and Ola Dahl met King Harald Olsen in Oslo.", "met", "CONSULT",
          ("Lena Berg", "Ola Dahl"), ("Harald Olsen",), ("Oslo",)),
    Probe("signed-with", "Ethiopia signed a port deal with Somaliland on Monday.", "signed", "SUPPORT",
          ("Ethiopia",), ("Somaliland",)),
    Probe("held-talks-with", "Turkey held talks with Iraq on water sharing.", "talks", "CONSULT", ("Turkey",),
          ("Iraq",)),
    Probe("spoke-with", "Chancellor Anna Weber spoke with President Marek Nowicki on Monday.", "spoke",
          "CONSULT", ("Anna Weber",), ("Marek Nowicki",)),
    # --- talks and meetings as nouns
    Probe("talks-between-people", "Talks between President Ana Ruiz and rebel leader Tomas Vidal ended "
          "without a deal.", "Talks", "CONSULT", ("Ana Ruiz", "Tomas Vidal")),
    Probe("meeting-between", "The meeting between President Ana Ruiz and Premier Chen Bo lasted three hours.",
          "meeting", "CONSULT", ("Ana Ruiz", "Chen Bo")),
    Probe("possessive-meeting-with",
          "Prime Minister Hana Sato's meeting with President Min-ho Park lasted two "
          "hours.", "meeting", "CONSULT", ("Hana Sato",), ("Min-ho Park",)),
    Probe("possessive-visit-to",
          "Secretary of State Daniel Harlow's visit to Israel began on Monday.", "visit",
          "CONSULT", ("Daniel Harlow",), ("Israel",)),
    Probe("possessive-talks-with", "Egypt's talks with Ethiopia on the dam collapsed.", "talks", "CONSULT",
          ("Egypt",), ("Ethiopia",)),
    Probe("hosted-talks-between", "Qatar hosted talks between the United States and the Taliban in Doha.",
          "hosted", "CONSULT", ("Qatar",), ("United States", "Taliban"), ("Doha",)),
    # --- hosting and receiving
    Probe("country-hosted", "Ghana hosted Togolese President Koffi Agbeko on Tuesday.", "hosted", "CONSULT",
          ("Koffi Agbeko",), ("Ghana",)),
    Probe("received-delegation", "President Marek Nowicki received a delegation from Lithuania in Warsaw.",
          "received", "CONSULT", ("Lithuania",), ("Marek Nowicki",), ("Warsaw",)),
    Probe("welcomed-to", "King Hamad Rashidi welcomed the Iraqi president to Manama on Sunday.", "welcomed",
          "CONSULT", ("Hamad Rashidi",), ("Iraqi",), ()),
    # --- coordinated subjects and objects of other acts
    Probe("coord-fired", "Hamas and Islamic Jihad fired rockets at Ashkelon.", "fired", "ASSAULT",
          ("Hamas", "Islamic Jihad"), ("Ashkelon",)),
    Probe("coord-sanctions", "The United States and Britain imposed sanctions on Iran.", "sanctions",
          "SANCTION", ("United States", "Britain"), ("Iran",)),
    Probe("coord-condemned", "France and Germany condemned the coup in Niger.", "condemned", "ACCUSE",
          ("France", "Germany")),
    Probe("coord-objects-arrested",
          "Police arrested Tomas Reyes and Ana Cruz in Manila.", "arrested", "COERCE",
          (), ("Tomas Reyes", "Ana Cruz"), ("Manila",)),
    Probe("coord-objects-accused", "Turkey accused Greece and Cyprus of violating its airspace.", "accused",
          "ACCUSE", ("Turkey",), ("Greece", "Cyprus")),
    Probe("coord-objects-sanctions", "The European Union imposed sanctions on Iran and Syria.", "sanctions",
          "SANCTION", ("European Union",), ("Iran", "Syria")),
    Probe("coord-passive",
          "Tomas Reyes and Ana Cruz were arrested in Manila on Friday.", "arrested", "COERCE",
          (), ("Tomas Reyes", "Ana Cruz"), ("Manila",)),
    Probe("coord-expelled", "Estonia expelled a Russian diplomat and a Belarusian consul.", "expelled",
          "SANCTION", ("Estonia",), ("Russian", "Belarusian")),
    # --- passives with and without agents
    Probe("passive-by-nat", "Omar Faris was arrested by Jordanian police in Amman on Monday.", "arrested",
          "COERCE", ("Jordanian",), ("Omar Faris",), ("Amman",)),
    Probe("passive-no-agent", "Rafael Cruz was kidnapped in Sinaloa on Sunday.", "kidnapped", "ASSAULT", (),
          ("Rafael Cruz",), ("Sinaloa",)),
    Probe("passive-by-group", "Rafael Cruz was kidnapped by the Sinaloa Cartel on Sunday.", "kidnapped",
          "ASSAULT", ("Sinaloa Cartel",), ("Rafael Cruz",)),
    Probe("passive-accused-by", "Israel was accused by Iran of sabotaging a nuclear site.", "accused",
          "ACCUSE", ("Iran",), ("Israel",)),
    Probe("passive-hosted-by", "President Nadia Kamara was hosted by King Hassan Idrissi in Rabat.", "hosted",
          "CONSULT", ("Nadia Kamara",), ("Hassan Idrissi",), ("Rabat",)),
    Probe("passive-attack-by", "Three soldiers were killed in an attack by al-Shabaab in Kismayo.", "attack",
          "ASSAULT", ("al-Shabaab",), (), ("Kismayo",)),
    Probe("passive-appos-title-first", "The opposition leader, Sipho Ndlovu, was detained in Harare on "
          "Friday.", "detained", "COERCE", (), ("Sipho Ndlovu",), ("Harare",)),
    Probe("passive-title", "Opposition leader Sipho Ndlovu was detained by Zimbabwean police.", "detained",
          "COERCE", ("Zimbabwean",), ("Sipho Ndlovu",)),
    Probe("passive-sanctioned", "Belarus was hit with new sanctions by the European Union.", "sanctions",
          "SANCTION", ("European Union",), ("Belarus",)),
    # --- participants named in a preceding sentence
    Probe("pronoun-she-met", "Foreign Minister Yara Haddad flew to Tokyo on Sunday. She met Prime Minister "
          "Kenji Mori on Monday.", "met", "CONSULT", ("Yara Haddad",), ("Kenji Mori",), ("Tokyo",)),
    Probe("the-minister-talks", "Defence Minister Pavel Kral arrived in Kyiv on Tuesday. The minister held "
          "talks with President Olena Bondar.", "talks", "CONSULT", ("Pavel Kral",), ("Olena Bondar",),
          ("Kyiv",)),
    Probe("the-businessman", "Simon Hale, a businessman from Leeds, was questioned on Friday. The "
          "businessman was charged with fraud on Saturday.", "charged", "ACCUSE", (), ("Simon Hale",),
          ("Leeds",)),
    Probe("pronoun-he-accused", "Iran's president, Reza Tavakoli, spoke in Tehran. He accused Israel of "
          "sabotage.", "accused", "ACCUSE", ("Reza Tavakoli",), ("Israel",), ("Tehran",)),
    Probe("pronoun-object-him", "Police named the suspect as Dean Walsh. Officers arrested him in Dundee.",
          "arrested", "COERCE", (), ("Dean Walsh",), ("Dundee",)),
    Probe("the-general", "General Kamal Burhani returned to Khartoum. The general met the UN envoy on "
          "Friday.", "met", "CONSULT", ("Kamal Burhani",), (), ("Khartoum",)),
    Probe("the-president-visited", "President Marek Nowicki left Warsaw on Monday. The president visited "
          "Lithuania on Tuesday.", "visited", "CONSULT", ("Marek Nowicki",), ("Lithuania",), ("Warsaw",)),
    Probe("pronoun-they-pair", "Ryan Cole and Dean Hart fled to Spain. They were arrested in Malaga.",
          "arrested", "COERCE", (), ("Ryan Cole", "Dean Hart"), ("Malaga", "Spain")),
    # --- possessives
    Probe("possessive-attack-on", "Iran's attack on Israeli bases drew condemnation.", "attack", "ASSAULT",
          ("Iran",), ("Israeli",)),
    Probe("possessive-invasion-of", "Russia's invasion of Ukraine entered its third year.", "invasion",
          "ASSAULT", ("Russia",), ("Ukraine",)),
    Probe("possessive-criticism-of", "China's criticism of Japan grew sharper on Monday.", "criticism",
          "ACCUSE", ("China",), ("Japan",)),
    Probe("possessive-shelling-of", "Turkey's shelling of Kurdish positions in Syria continued.", "shelling",
          "ASSAULT", ("Turkey",), ("Kurdish",), ("Syria",)),
    Probe("possessive-strike-on", "Israel's airstrike on Beirut killed a commander.", "airstrike", "ASSAULT",
          ("Israel",), ("Beirut",)),
    Probe("possessive-arrest", "Sipho Ndlovu's arrest in Harare drew protests.", "arrest", "COERCE", (),
          ("Sipho Ndlovu",), ("Harare",)),
    Probe("possessive-title-first",
          "Pakistan's army chief, General Tariq Osmani, condemned India's attack on "
          "Lahore.", "attack", "ASSAULT", ("India",), ("Lahore",), ("Pakistan", "Tariq Osmani")),
    # --- with phrases
    Probe("met-with", "Prime Minister Omar Nasser met with King Abdullah Rahim in Amman.", "met", "CONSULT",
          ("Omar Nasser",), ("Abdullah Rahim",), ("Amman",)),
    Probe("clashed-with-nat", "Armenian forces clashed with Azerbaijani troops on the border.", "clashed",
          "ASSAULT", ("Armenian",), ("Azerbaijani",)),
    Probe("clashed-with-police", "In Kampala, supporters of Bobi Wamala clashed with police.", "clashed",
          "ASSAULT", ("Bobi Wamala",)),
    Probe("talked-with", "Saudi Arabia talked with Iran in Baghdad.", "talked", "CONSULT", ("Saudi Arabia",),
          ("Iran",), ("Baghdad",)),
    Probe("negotiated-with", "Colombia negotiated with the National Liberation Army in Havana.", "negotiated",
          "CONSULT", ("Colombia",), ("National Liberation Army",), ("Havana",)),
    Probe("fought-with",
          "Sudan's army fought with the Rapid Support Forces in Omdurman.", "fought", "ASSAULT",
          ("Sudan",), ("Rapid Support Forces",), ("Omdurman",)),
    # --- look-alikes: places, dates, speakers
    Probe("place-not-party",
          "President Lina Costa met Prime Minister Jonas Weber in Vienna.", "met", "CONSULT",
          ("Lina Costa",), ("Jonas Weber",), ("Vienna",)),
    Probe("fronted-date",
          "On Monday, Lebanon accused Israel of violating the ceasefire.", "accused", "ACCUSE",
          ("Lebanon",), ("Israel",), ("Monday",)),
    Probe("fronted-place", "In Kabul, Taliban fighters detained two journalists.", "detained", "COERCE",
          ("Taliban",), (), ("Kabul",)),
    Probe("speaker-after",
          "Russia shelled Kharkiv overnight, Governor Oleh Synyk said.", "shelled", "ASSAULT",
          ("Russia",), ("Kharkiv",), ("Oleh Synyk",)),
    Probe("speaker-spokesman", "Israel struck targets in Gaza, army spokesman Daniel Hagar said.", "struck",
          "ASSAULT", ("Israel",), ("Gaza",), ("Daniel Hagar",)),
    Probe("speaker-of-meeting", "Foreign Minister Rania Aziz met Iranian envoy Hossein Karimi on Monday, "
          "spokesman Omar Latif said.", "met", "CONSULT",
          ("Rania Aziz",), ("Hossein Karimi",), ("Omar Latif",)),
    Probe("speaking-in", "Speaking in Geneva, Swiss President Ursula Baumann condemned Russia.", "condemned",
          "ACCUSE", ("Ursula Baumann",), ("Russia",), ("Geneva",)),
    Probe("quote-speaker", "\"They came at night,\" said Amina Yusuf, a nurse, after gunmen attacked a "
          "market in Konduga.", "attacked", "ASSAULT", (), (), ("Amina Yusuf",)),
    Probe("according-to-speaker",
          "According to Colonel Ivan Petrenko, Russian forces attacked Sumy overnight.",
          "attacked", "ASSAULT", ("Russian",), ("Sumy",), ("Ivan Petrenko",)),
    Probe("date-in-apposition", "Pakistan's army chief met Saudi officials in Riyadh on Thursday, March 14.",
          "met", "CONSULT", ("Pakistan",), ("Saudi",), ("Riyadh", "Thursday")),
    # --- look-alikes of the rules above: no apposition, another person, no holder
    Probe("after-meeting-no-appos", "After meeting the army chief, General Tariq Osmani accused India of "
          "arming militants.", "accused", "ACCUSE", ("Tariq Osmani",), ("India",)),
    Probe("predicate-title-other", "Tariq Osmani criticised the army chief on Monday. The army chief met "
          "Emir Hamad Rashidi in Doha.", "met", "CONSULT", (), ("Hamad Rashidi",), ("Tariq Osmani", "Doha")),
    Probe("of-appos-person", "Police arrested the lawyer of the victim, Ann Cole, in Leeds.", "arrested",
          "COERCE", (), (), ("Ann Cole", "Leeds")),
    Probe("released-from-prison", "Ali Omar was released from prison in Cairo on Monday.", "released",
          "RETREAT", (), ("Ali Omar",), ("Cairo",)),
    Probe("according-to-singular", "According to Ivan Petrenko, a Russian soldier shot the prisoner.", "shot",
          "ASSAULT", ("Russian",), (), ("Ivan Petrenko",)),
    Probe("nationality-place", "Kenyan police arrested three Somali nationals in Mombasa.", "arrested",
          "COERCE", ("Kenyan",), ("Somali",), ("Mombasa",)),
]
