"""The golden table of the event recall sweep (:mod:`tests.extract.test_event_recall_sweep`): made-up news
passages telling an act without a plain finite verb of its own -- a noun with its arguments, an act named
inside another act's argument (a charge, a conviction, an arrest "in connection with" it), compounds,
acts in relative and participial clauses, reported and alleged acts, the rarer words of each type -- beside
look-alikes that are no event (participial adjectives of a participant, sport, films, accidents, fires
without arson, metaphors, manhunts). Each names one act by a word (its first whole-word occurrence, or
``word@n``), the PLOVER types it may take (``"none"``: no event may sit on that word) and the modes allowed
(empty: not checked). What is an event follows docs/event-guidelines.md ("What is an event") and the PLOVER
manual; names and places are invented, country names aside; every passage is made up."""

from __future__ import annotations

from tests.extract.event_types_sweep_material_cases import Case

NONE = ("none",)
ASSAULT, COERCE, SANCTION, PROTEST = ("ASSAULT",), ("COERCE",), ("SANCTION",), ("PROTEST",)
ACCUSE, RETREAT, CONSULT, AID = ("ACCUSE",), ("RETREAT",), ("CONSULT",), ("AID",)

NOMINAL_CASES: list[Case] = [
    Case("street-named shooting", "Police are still looking for a motive in the Orlen Street shooting, which "
         "left two men dead on Friday.", "shooting", ASSAULT, ("firearms",)),
    Case("year murder of", "Detectives in Holbeck reopened the inquiry into the 2015 murder of Dalia Verm, a "
         "shopkeeper.", "murder", ASSAULT),
    Case("day's raid", "Tuesday's raid on the Marsden farm by anti-terror police ended with four arrests.",
         "raid", ("COERCE", "ASSAULT")),
    Case("deadly stabbing", "A deadly stabbing outside a nightclub in Rellport has shocked the town, the "
         "mayor said on Sunday.", "stabbing", ASSAULT, ("primitive",)),
    Case("gunman's rampage", "The gunman's rampage through the Tolvar shopping centre lasted twenty minutes, "
         "police said.", "rampage", ASSAULT),
    Case("siege of", "The siege of the Vesk compound by federal agents entered its third week on Monday.",
         "siege", ("COERCE", "ASSAULT")),
    Case("shootout with police", "Two robbers died in a shootout with police in Carvel on Sunday.",
         "shootout", ASSAULT, ("firearms",)),
    Case("bombing of", "The bombing of the Ostrian embassy in Pelm on Monday killed nine people.",
         "bombing", ASSAULT, ("explosives",)),
    Case("abduction of", "The abduction of two aid workers near Sarnak last month was condemned by the "
         "United Nations.", "abduction", ASSAULT, ("abduct",)),
    Case("assassination of", "The assassination of Mayor Ilsa Brand in Doveck on Friday stunned the "
         "region.", "assassination", ASSAULT, ("targeted",)),
    Case("week's airstrike on", "Last week's airstrike on a school in Harmen killed eleven children, "
         "medics said.", "airstrike", ASSAULT, ("aerial",)),
    Case("beating of by", "The beating of a detainee by guards at the Tarn jail was filmed by an inmate.",
         "beating", ASSAULT, ("beat",)),
    Case("arrest of sparked", "The arrest of opposition leader Vasil Oren on Monday sparked angry protests "
         "in Kolm.", "arrest", COERCE, ("arrest",)),
    Case("protests sparked", "The arrest of opposition leader Vasil Oren on Monday sparked angry protests "
         "in Kolm.", "protests", PROTEST, ("demo",)),
    Case("possessive expulsion", "Korvia's expulsion of the Delmaran ambassador on Thursday worsened a "
         "long quarrel.", "expulsion", SANCTION, ("expel",)),
    Case("killing of by police", "The killing of a teenager by police in Dorn on Saturday led to three "
         "nights of unrest.", "killing", ASSAULT),
    Case("knife attack on", "A knife attack on a rabbi in Velden on Wednesday left him badly hurt.",
         "attack", ASSAULT, ("primitive",)),
    Case("hijacking of", "The hijacking of a bus near Ormo by armed men ended after six hours.",
         "hijacking", ASSAULT, ("abduct",)),
    Case("execution of", "The execution of four prisoners in Tarsal on Monday drew protests from rights "
         "groups.", "execution", ASSAULT, ("targeted",)),
    Case("detention of", "The detention of three journalists in Belgor last week was condemned by press "
         "groups.", "detention", COERCE, ("arrest",)),
    Case("deportation of", "The deportation of 200 migrants from Varnia on Friday was halted by a court in "
         "the afternoon.", "deportation", COERCE, ("deport",)),
    Case("massacre at", "Survivors of Sunday's massacre at the Orvak market buried their dead on Monday.",
         "massacre", ASSAULT, ("targeted",)),
    Case("shelling of", "The shelling of Dravin overnight damaged the main hospital, the mayor said.",
         "shelling", ASSAULT, ("heavy-weapons",)),
    Case("storming of", "The storming of the parliament by rioters in Kessa on Tuesday left 30 people "
         "injured.", "storming", ("PROTEST", "ASSAULT")),
    Case("invasion of", "The invasion of Ostria by Velmar forces in March forced thousands to flee.",
         "invasion", ASSAULT),
    Case("seizure of", "The seizure of the tanker Marla by Korvish commandos on Friday raised tensions in "
         "the strait.", "seizure", COERCE, ("seize",)),
    Case("kidnapping headline noun", "Kidnapping of two engineers near Ulvar condemned\n\nGunmen seized two "
         "engineers near Ulvar on Monday.", "Kidnapping", ASSAULT, ("abduct",)),
    Case("torching of", "The torching of three mosques in Velk on Sunday shocked the country.", "torching",
         ASSAULT, ("destroy", "primitive")),
    Case("strangling of", "The strangling of a nurse in Dorm in 2019 remains unsolved.", "strangling",
         ASSAULT),
    Case("poisoning of", "The poisoning of the defector Ivan Sels in Brevik was blamed on Korvia.",
         "poisoning", ASSAULT),
    Case("bludgeoning of", "The bludgeoning of a shopkeeper in Rask on Friday shocked residents.",
         "bludgeoning", ASSAULT, ("beat",)),
    Case("firing of rockets", "The firing of rockets at Velk by Korvish units continued overnight.",
         "firing", ASSAULT, ("heavy-weapons",)),
    Case("jamming of", "The jamming of radio signals by Korvia angered Velmar.", "jamming", COERCE,
         ("censor",)),
    Case("shutdown of the internet", "The shutdown of the internet in Tarsia by the army entered its third "
         "day.", "shutdown", COERCE),
    Case("firing of a coach", "The firing of the Kesh United coach surprised fans.", "firing", NONE),
    Case("imprisonment of", "The imprisonment of the blogger Anse Corl for two years angered his "
         "supporters.", "imprisonment", COERCE, ("arrest",)),
]

EMBEDDED_CASES: list[Case] = [
    Case("charged with murder: charge", "A 34-year-old man was charged with murder on Friday after the "
         "death of his neighbour, Pell Arno, in Carsk.", "charged", ACCUSE, ("allege",)),
    Case("charged with murder: murder", "A 34-year-old man was charged with murder on Friday after the "
         "death of his neighbour, Pell Arno, in Carsk.", "murder", ASSAULT),
    Case("convicted of killing: conviction", "Doran Vey was convicted on Tuesday of killing his business "
         "partner in Malbo in 2021.", "convicted", SANCTION, ("convict",)),
    Case("convicted of killing: killing", "Doran Vey was convicted on Tuesday of killing his business "
         "partner in Malbo in 2021.", "killing", ASSAULT),
    Case("sentenced for the attack: sentence", "A court in Tarvel sentenced Ivo Brenn to 12 years in prison "
         "for the attack on a synagogue.", "sentenced", SANCTION, ("convict",)),
    Case("sentenced for the attack: attack", "A court in Tarvel sentenced Ivo Brenn to 12 years in prison "
         "for the attack on a synagogue.", "attack", ASSAULT),
    Case("arrested in connection with: arrest", "Police arrested two men in connection with the bombing of "
         "a bus station in Orlim.", "arrested", COERCE, ("arrest",)),
    Case("arrested in connection with: bombing", "Police arrested two men in connection with the bombing "
         "of a bus station in Orlim.", "bombing", ASSAULT, ("explosives",)),
    Case("jailed over the riot: jail", "Six fans were jailed on Monday over the riot at the Kelmar stadium "
         "last May.", "jailed", COERCE, ("arrest",)),
    Case("jailed over the riot: riot", "Six fans were jailed on Monday over the riot at the Kelmar stadium "
         "last May.", "riot", PROTEST, ("riot",)),
    Case("accused of stabbing", "Tomas Gerrit, 19, is accused of stabbing a classmate at a school in Aldwin "
         "on Thursday.", "stabbing", ASSAULT, ("primitive",)),
    Case("pleaded guilty to kidnapping", "Evan Holt pleaded guilty on Monday to kidnapping a banker's son in "
         "Dersk in 2022.", "kidnapping", ASSAULT, ("abduct",)),
    Case("trial for the assassination", "Three men went on trial on Monday for the assassination of the "
         "journalist Mira Oleck in Varno.", "assassination", ASSAULT, ("targeted",)),
    Case("arrested on suspicion of", "A woman was arrested in Pendle on suspicion of setting fire to a "
         "mosque.", "arrested", COERCE, ("arrest",)),
    Case("extradited over", "Bren Morrow was extradited from Spain to Korvia on Friday over the 2019 "
         "shooting of a customs officer.", "shooting", ASSAULT, ("firearms",)),
    Case("wanted for", "Police named Arlo Venn, 27, as the man wanted for the shooting of two guards in "
         "Pitt Lane.", "shooting", ASSAULT, ("firearms",)),
    Case("condemned the bombing", "The Velmar government condemned the bombing of a mosque in Sarn, which "
         "killed 14 people.", "bombing", ASSAULT, ("explosives",)),
    Case("died in the attack", "Four soldiers died in the attack on an army post near Ulmen on Sunday.",
         "attack", ASSAULT),
    Case("killed in the shelling", "Six civilians were killed in the shelling of Karvo on Thursday.",
         "shelling", ASSAULT, ("heavy-weapons",)),
    Case("injured in a blast", "Twelve people were injured in a bomb blast at a bus stop in Tessin on "
         "Monday.", "blast", ASSAULT, ("explosives",)),
    Case("claimed responsibility for", "A group called the Red Hand claimed responsibility for the "
         "ambush of a police patrol in Ardo.", "ambush", ASSAULT),
    Case("fled after the robbery raid", "The gang fled after the ram-raid on a jeweller's shop in Calver, "
         "smashing the window.", "ram-raid", ASSAULT),
    Case("charged in the shooting", "Ardan Veil, 22, was charged in the shooting of a bouncer outside a "
         "club in Holm.", "charged", ACCUSE, ("allege",)),
    Case("charged over the riot", "Seven men have been charged over the riot in Branfield on Saturday, "
         "police said.", "charged", ACCUSE, ("allege",)),
]

COMPOUND_CASES: list[Case] = [
    Case("compound bomb blast", "A bomb blast in the Kesh market killed six people on Saturday.",
         "blast", ASSAULT, ("explosives",)),
    Case("compound grenade attack", "A grenade attack on a police station in Dorlan wounded four officers "
         "on Monday.", "attack", ASSAULT, ("explosives",)),
    Case("compound mortar strike", "A mortar strike on the airport in Belvo destroyed two hangars.",
         "strike", ASSAULT, ("heavy-weapons",)),
    Case("compound arson attack", "An arson attack on a refugee hostel in Marn caused heavy damage on "
         "Sunday night.", "attack", ASSAULT, ("primitive",)),
    Case("compound drive-by shooting", "A drive-by shooting in Kelso left a teenager dead on Friday.",
         "shooting", ASSAULT, ("firearms",)),
    Case("compound machete attack", "Three villagers were hurt in a machete attack in Osun province.",
         "attack", ASSAULT, ("primitive",)),
    Case("compound rocket barrage", "A rocket barrage on the border town of Telmar damaged dozens of "
         "homes.", "barrage", ASSAULT, ("heavy-weapons",)),
    Case("compound gun attack", "A gun attack on a wedding party in Sulk killed seven guests.",
         "attack", ASSAULT, ("firearms",)),
    Case("compound acid attack", "Police are seeking a man after an acid attack on a woman in Harrow "
         "Road.", "attack", ASSAULT),
    Case("compound hostage-taking", "The hostage-taking at a bank in Delmor ended on Tuesday when police "
         "stormed the building.", "hostage-taking", ASSAULT, ("abduct",)),
    Case("compound mob attack", "A mob attack on a Christian village near Pesh left two dead.",
         "attack", ASSAULT),
    Case("compound police crackdown", "The police crackdown on street vendors in Lorsk drew criticism on "
         "Monday.", "crackdown", COERCE),
    Case("compound hunger strike", "Jailed activist Noor Pell began a hunger strike on Monday in the "
         "Varsk prison.", "strike", PROTEST, ("hunger",)),
    Case("compound teachers' walkout", "A teachers' walkout closed schools across Dellmar on Thursday.",
         "walkout", PROTEST, ("strike",)),
    Case("compound student sit-in", "A student sit-in at the Rector's office in Volny entered its second "
         "day.", "sit-in", PROTEST),
    Case("compound lynching", "The lynching of a man accused of theft in Korvi was caught on video.",
         "lynching", ASSAULT, ("targeted",)),
    Case("compound gunfight", "A gunfight between two gangs in Sorrow Hill left five dead.",
         "gunfight", ASSAULT, ("firearms",)),
    Case("compound border clashes", "Border clashes between Tesmar and Ruvania troops killed four soldiers.",
         "clashes", ASSAULT),
    Case("compound prison riot", "A prison riot in Hesk on Saturday left three inmates dead.",
         "riot", PROTEST, ("riot",)),
    Case("compound stabbing spree", "A stabbing spree on a train near Kolb wounded five people.",
         "stabbing", ASSAULT, ("primitive",)),
    Case("compound ambush", "An ambush on an army convoy in the Yeln valley killed nine soldiers.",
         "ambush", ASSAULT),
    Case("compound car bombing plural", "Twin car bombings in the capital of Meravia killed 40 people on "
         "Tuesday.", "bombings", ASSAULT, ("explosives",)),
]

CLAUSE_CASES: list[Case] = [
    Case("relative who shot", "The man who shot two guards at the Orsk bank on Monday was arrested on "
         "Tuesday.", "shot", ASSAULT, ("firearms",)),
    Case("participle firing on", "Video showed troops firing on unarmed protesters in Kavel on Sunday.",
         "firing", ASSAULT, ("firearms",)),
    Case("after opening fire", "The gunman killed himself after opening fire in a supermarket in Lanby.",
         "opening", ASSAULT, ("firearms",)),
    Case("gunmen who stormed", "The gunmen, who stormed the Royal hotel in Pesk on Friday, held 30 guests "
         "for a day.", "stormed", ASSAULT),
    Case("participle holding hostages", "Militants holding 12 hostages in a school in Vorn released six "
         "children.", "released", RETREAT, ("release",)),
    Case("police said shot", "A man shot a shopkeeper in Halvik on Monday, police said.", "shot", ASSAULT,
         ("firearms",)),
    Case("allegedly shot", "An off-duty officer allegedly shot a neighbour in Brisk during a row.", "shot",
         ASSAULT, ("firearms",)),
    Case("reportedly killed", "Government troops reportedly killed 20 villagers in Arba last week.",
         "killed", ASSAULT),
    Case("reportedly abducted", "Armed men reportedly abducted a Korvish engineer near Salm on Friday.",
         "abducted", ASSAULT, ("abduct",)),
    Case("participle killing", "A suicide bomber struck a market in Pelno, killing 15 people.", "struck",
         ASSAULT, ("suicide-attack",)),
    Case("participle leaving dead", "Gunmen attacked a bus in Tarrow on Sunday, leaving nine dead.",
         "attacked", ASSAULT),
    Case("after being arrested", "Lars Tevin died in custody two days after being arrested in Dunmark.",
         "arrested", COERCE, ("arrest",)),
    Case("whose forces shelled", "The rebel leader, whose forces shelled Ostmar last week, offered talks.",
         "shelled", ASSAULT, ("heavy-weapons",)),
    Case("reduced relative", "The two men arrested in Kessel on Friday were released on bail.",
         "arrested", COERCE, ("arrest",)),
    Case("passive participle by", "A bus carrying pilgrims was attacked by gunmen near Qarim, killing 11.",
         "attacked", ASSAULT),
    Case("while raiding", "Two officers were hurt while raiding a drugs den in Tollard.", "raiding",
         ("COERCE", "ASSAULT")),
    Case("accused of having bombed", "Velmar accused rebels of having bombed a power station near Ilk.",
         "bombed", ASSAULT, ("explosives",)),
    Case("claims to have killed", "The army claims to have killed 30 insurgents in the Sora hills.",
         "killed", ASSAULT),
]

RARE_CASES: list[Case] = [
    Case("curfew imposed noun", "A dusk-to-dawn curfew was in force in Marlo on Tuesday after the riots.",
         "curfew", COERCE, ("curfew",)),
    Case("envoy's visit", "The UN envoy's visit to Kesh on Monday was his first since the war began.",
         "visit", CONSULT, ("visit",)),
    Case("condolence call", "The Korvish president made a condolence call to the Ostrian leader on "
         "Friday.", "call", CONSULT),
    Case("pledge of aid", "Velmar's pledge of $50 million in aid to Tarsia was welcomed in Dorn.",
         "pledge", ("AGREE", "AID")),
    Case("rebuke noun", "In a sharp rebuke of Korvia, the Velmar foreign minister called its vote "
         "shameful.", "rebuke", ACCUSE, ("disapprove",)),
    Case("ultimatum to", "Velmar's ultimatum to the Korvish rebels to lay down their arms expired on Sunday.",
         "ultimatum", ("THREATEN",)),
    Case("boycott by", "The opposition's boycott of the Varno election was total, officials said.",
         "boycott", PROTEST, ("boycott",)),
    Case("truce held", "A fragile truce between Ostria and Velmar held for a third day on Tuesday.",
         "truce", RETREAT, ("ceasefire",)),
    Case("ceasefire brokered", "A ceasefire brokered by Qatar took effect in Harun at midnight.",
         "brokered", ("AGREE", "RETREAT")),
    Case("summit of leaders", "At their summit in Oslo on Friday, the leaders of Ostria and Velmar signed "
         "a trade pact.", "summit", CONSULT, ("multilateral",)),
    Case("extradition of", "The extradition of Paul Verano from Spain to Tesmar was completed on "
         "Monday.", "extradition", ("COOPERATE",), ("legal",)),
    Case("expulsion noun plural", "The expulsions of four Velmar diplomats by Korvia were announced on "
         "Tuesday.", "expulsions", SANCTION, ("expel",)),
    Case("manhunt is no event", "A manhunt for the escaped prisoner Ivo Kerl continued in the Delm hills "
         "on Sunday.", "manhunt", NONE),
    Case("lynch mob", "A lynch mob beat a suspected thief to death in Ombal on Sunday.", "beat", ASSAULT),
    Case("gunbattle", "A gunbattle between soldiers and smugglers near Tarv lasted two hours.",
         "gunbattle", ASSAULT, ("firearms",)),
    Case("skirmishes", "Skirmishes between rival militias in Ravno killed three fighters on Monday.",
         "Skirmishes", ASSAULT),
    Case("stampede after teargas", "Police fired tear gas at fans in Karro on Saturday.", "fired",
         ASSAULT, ("crowd-control",)),
    Case("blockade of", "The blockade of the port of Selm by Velmar warships entered its second month.",
         "blockade", COERCE),
    Case("house arrest", "Opposition leader Mara Lenz was placed under house arrest in Belgor on Friday.",
         "placed", COERCE, ("arrest",)),
    Case("mass arrests", "Mass arrests followed the protests in Dorvel, with 300 people held.",
         "arrests", COERCE, ("arrest",)),
    Case("set fire to cars", "Youths set fire to dozens of cars in Marvel overnight, police said.",
         "set", ("ASSAULT", "PROTEST")),
    Case("phone call between", "In a phone call on Friday, the presidents of Korvia and Tesmar discussed "
         "the border.", "call", CONSULT, ("phone",)),
    Case("airlift of aid", "An airlift of food to the besieged town of Morv began on Tuesday.",
         "airlift", AID),
    Case("evacuation by troops", "The evacuation of 2,000 civilians from Dersk by UN troops ended on "
         "Sunday.", "evacuation", AID),
    Case("release of hostages", "The release of 14 hostages by the militants in Qarn was welcomed by their "
         "families.", "release", RETREAT, ("release",)),
    Case("withdrawal of troops", "The withdrawal of Velmar troops from the Kesh valley began on Monday.",
         "withdrawal", RETREAT, ("withdraw",)),
    Case("resignation of", "The resignation of Prime Minister Tova Ren on Friday ended weeks of protests.",
         "resignation", RETREAT, ("resign",)),
]

LOOKALIKE_CASES: list[Case] = [
    Case("slain participle adjective", "Hundreds attended the funeral of the slain officer, Ryn Halberd, "
         "in Cosk on Friday.", "slain", NONE),
    Case("kidnapped participle adjective", "The families of the kidnapped engineers appealed for news on "
         "Monday.", "kidnapped", NONE),
    Case("wounded participle adjective", "Doctors at the Tarn hospital treated wounded protesters "
         "through the night.", "wounded", NONE),
    Case("sport attack", "Kesh United's attack looked blunt again in the 0-0 draw with Varno.", "attack",
         NONE),
    Case("sport raid", "A late raid down the left wing by Tolvar almost brought an equaliser.", "raid",
         NONE),
    Case("sport killer blow", "Dersk City struck twice in the second half to sink the leaders.", "struck",
         NONE),
    Case("film shootout", "The film's final shootout was filmed in the desert outside Pell.", "shootout",
         NONE),
    Case("film assassination plot", "The new thriller, about an assassination in Vienna, opens on Friday.",
         "assassination", NONE),
    Case("fire without arson", "A fire destroyed a warehouse in Kelm on Tuesday; an electrical fault was "
         "blamed.", "fire", NONE),
    Case("accident crash", "Three people were killed when a lorry crashed into a bus near Orlo.", "killed",
         NONE),
    Case("accident explosion", "A gas explosion at a flat in Tarrow injured two people on Sunday.",
         "explosion", NONE),
    Case("raid on the fridge", "After the match the players made a midnight raid on the fridge.", "raid",
         NONE),
    Case("shot to fame", "The singer Lana Verr shot to fame with her debut album in 2019.", "shot", NONE),
    Case("bombshell report", "A bombshell report on Monday revealed the bank's losses.", "bombshell",
         NONE),
    Case("political attack ad", "The senator's campaign released a new attack ad on Tuesday.", "attack",
         NONE),
    Case("price war", "A price war between the two supermarket chains hit profits.", "war", NONE),
    Case("battled cancer", "The actor, who battled cancer for years, died on Sunday at 81.", "battled",
         NONE),
    Case("participle protesting describes", "Two people died when farmers protesting against new taxes "
         "clashed with police in Orvel.", "protesting", NONE),
    Case("fired the coach", "Kesh United fired their coach on Monday after a run of defeats.", "fired",
         NONE),
    Case("killed when gunmen fired", "Four guards were killed when gunmen opened fire on a bank van in "
         "Tolmer.", "killed", ASSAULT, ("firearms",)),
    Case("under fire metaphor", "The health minister came under fire on Tuesday over hospital waiting "
         "lists.", "fire", ("none", "ACCUSE")),
    Case("participle implicating describes", "The minister resigned on Friday, a day after he read the "
         "police transcripts implicating him in the scandal.", "implicating", NONE),
    Case("escape is no event", "Two inmates escaped from the Varsk prison on Sunday night.", "escaped",
         NONE),
]

CASES: list[Case] = NOMINAL_CASES + EMBEDDED_CASES + COMPOUND_CASES + CLAUSE_CASES + RARE_CASES \
    + LOOKALIKE_CASES
