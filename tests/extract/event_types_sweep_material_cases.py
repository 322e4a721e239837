"""The golden table of the material-conflict type sweep
(:mod:`tests.extract.test_event_types_sweep_material`): made-up news passages, each naming one act by a word
of its trigger (its first occurrence, or ``word@n`` for the n-th), the PLOVER types it may take and the modes
allowed for it.

Where the codebook records a verb with its object as the trigger ("imposed a curfew", "went on strike",
"declared martial law", "opened fire": the verb's entry with ``objects`` or ``prep_objects``), the act word
is that verb. ``types`` lists the acceptable outcomes: a PLOVER type, or ``"none"`` when no event may sit on
that word (an ordinary business, sport, culture or weather use of a word of force). ``modes`` lists the
acceptable modes; empty means the mode is not checked (the passage names no method, or the type has no mode
to give). The modes are the PLOVER manual's (tables 3.7 to 3.11); where the manual allows an act two modes
("beat" and "primitive" for a club, "explosives" and "destroy" for a bridge blown up) either is accepted,
since an event carries one. Names and places are invented, country names aside; every passage is made up.
"""

from __future__ import annotations

from typing import NamedTuple

NONE = ("none",)


class Case(NamedTuple):
    """One probe: its construction, its passage, the act word, the allowed types and the allowed modes."""

    construction: str
    text: str
    act: str
    types: tuple[str, ...]
    modes: tuple[str, ...] = ()


def _t(*types: str) -> tuple[str, ...]:
    return types


PROTEST, SANCTION, MOBILIZE = ("PROTEST",), ("SANCTION",), ("MOBILIZE",)
COERCE, ASSAULT = ("COERCE",), ("ASSAULT",)

PROTEST_CASES: list[Case] = [
    Case("verb demonstrate", "Thousands of students demonstrated in Varno on Sunday against the new "
         "tuition law.",
         "demonstrated", PROTEST, ("demo",)),
    Case("light verb staged a protest", "Opposition supporters staged a protest outside the parliament in "
         "Kelbrad on Monday.", "protest", PROTEST, ("demo",)),
    Case("idiom took to the streets", "Tens of thousands of people took to the streets of Belmar on Saturday "
         "to denounce the election result.", "took", PROTEST, ("demo",)),
    Case("verb march", "Protesters marched through central Dranov on Saturday demanding the mayor's "
         "resignation.", "marched", PROTEST, ("demo",)),
    Case("verb rally", "Hundreds of farmers rallied in front of the agriculture ministry in Pelsk on "
         "Tuesday.",
         "rallied", PROTEST, ("demo",)),
    Case("headline present", "Students protest fee rise in Korvel\n\nStudents protested on Monday against a "
         "rise in university fees in Korvel.", "protest", PROTEST, ("demo",)),
    Case("purpose infinitive", "A crowd of about 2,000 people gathered in Mirna Square on Friday to protest "
         "against the new mining law.", "protest", PROTEST, ("demo",)),
    Case("noun demonstration", "The demonstration in Tarsk on Sunday drew some 5,000 people, organisers "
         "said.",
         "demonstration", PROTEST, ("demo",)),
    Case("noun rally", "Police estimated that 10,000 people attended the opposition rally in Velna on "
         "Saturday.",
         "rally", PROTEST, ("demo",)),
    Case("light verb held a march", "Women's groups held a march in Kossa on Wednesday against domestic "
         "violence.", "march", PROTEST, ("demo",)),
    Case("mobilize supporters to demonstrate", "The union mobilized thousands of members to demonstrate in "
         "Kelbrad on Friday against pension cuts.", "demonstrate", PROTEST, ("demo",)),
    Case("noun sit-in", "Villagers held a sit-in outside the mine's offices in Tarsk on Monday.",
         "sit-in", PROTEST, ("obstruct", "demo")),
    Case("verb riot", "Youths rioted in the suburbs of Drelna for a third night on Tuesday.",
         "rioted", PROTEST, ("riot",)),
    Case("noun rioting", "Rioting broke out in the northern city of Avrel on Saturday after the verdict.",
         "Rioting", PROTEST, ("riot",)),
    Case("verb rampage", "Angry crowds rampaged through the market in Kossa on Sunday, smashing shop "
         "windows.",
         "rampaged", PROTEST, ("riot",)),
    Case("verb loot", "Rioters looted shops in the port city of Velna overnight, police said.",
         "looted", PROTEST, ("riot",)),
    Case("noun riots", "The riots in Orvo last week left two people dead and dozens of cars burned.",
         "riots", PROTEST, ("riot",)),
    Case("idiom went on strike", "Dock workers went on strike in Port Selby on Monday over unpaid wages.",
         "went", PROTEST, ("strike",)),
    Case("phrasal walk out", "Teachers across Marovia walked out on Wednesday in a dispute over pay.",
         "walked", PROTEST, ("strike",)),
    Case("light verb staged a strike", "Nurses staged a 24-hour strike at hospitals in Dellin on Thursday.",
         "strike", PROTEST, ("strike",)),
    Case("noun general strike", "A general strike paralysed the capital, Orvo, on Tuesday.",
         "strike", PROTEST, ("strike",)),
    Case("verb strike", "Miners in the Karst valley struck for a second week on Monday, demanding "
         "higher pay.",
         "struck", PROTEST, ("strike",)),
    Case("noun walkout", "A walkout by air traffic controllers grounded flights across Delmar on Friday.",
         "walkout", PROTEST, ("strike",)),
    Case("verb strike (present)", "Rail workers in Velmar strike for higher pay\n\nRail workers in Velmar "
         "went on strike on Monday.", "strike", PROTEST, ("strike",)),
    Case("hunger strike", "Jailed activist Mirela Tosk went on hunger strike in Valka prison on Monday.",
         "went", PROTEST, ("hunger",)),
    Case("light verb began a hunger strike", "Six detainees began a hunger strike on Sunday in protest at "
         "their detention, their lawyers said.", "strike", PROTEST, ("hunger",)),
    Case("verb boycott", "Opposition parties boycotted Sunday's parliamentary vote in Ravel.",
         "boycotted", PROTEST, ("boycott",)),
    Case("light verb launched a boycott", "Consumer groups in Delmar launched a boycott of Teskan goods on "
         "Monday.", "boycott", PROTEST, ("boycott",)),
    Case("verb block", "Farmers blocked the main highway into Kelvar with tractors on Tuesday to protest "
         "fuel prices.", "blocked", PROTEST, ("obstruct",)),
    Case("verb blockade", "Activists blockaded the entrance to the Salt Bay refinery on Monday.",
         "blockaded", PROTEST, ("obstruct",)),
    Case("verb barricade", "Protesters barricaded the main road into Velna on Thursday with burning tyres.",
         "barricaded", PROTEST, ("obstruct",)),
    Case("verb vandalize", "Activists vandalized the statue of the former president in Ostel on Sunday.",
         "vandalized", PROTEST, ("vandalize",)),
    Case("verb deface", "Protesters defaced the walls of the Teskan embassy in Mirna on Friday.",
         "defaced", PROTEST, ("vandalize",)),
    # contrasts
    Case("sport striker", "The striker shot wide in the 89th minute as Varno drew 1-1 with Kelbrad on "
         "Saturday.", "striker", NONE),
    Case("finance strike price", "The option carries a strike price of 40 dollars a share.", "strike", NONE),
    Case("weather struck", "Lightning struck a farmhouse near Tarsk on Monday.", "struck", NONE),
    Case("market rallied", "Shares in Velmar Oil rallied 3 percent in Kelbrad trading on Tuesday.",
         "rallied", NONE),
    Case("parade marched", "The school band marched through the town during the harvest parade on Sunday.",
         "marched", NONE),
    Case("traffic blocked", "A lorry overturned on the motorway near Pelsk on Monday and blocked traffic for "
         "hours.", "blocked", NONE),
    Case("sport blocked", "The goalkeeper blocked a late penalty to give Kelbrad a 1-0 win on Saturday.",
         "blocked", NONE),
    Case("diplomatic protest", "The foreign ministry lodged a formal protest with the Delmaran ambassador on "
         "Monday over the border incident.", "protest", _t("ACCUSE")),
    Case("protested that", "The finance minister protested that the figures published by the agency were "
         "wrong.", "protested", _t("ACCUSE", "none")),
]

SANCTION_CASES: list[Case] = [
    Case("light verb imposed sanctions", "The European Union imposed sanctions on Tesmar on Monday over the "
         "crackdown on the opposition.", "imposed", SANCTION, ("discontinue",)),
    Case("idiom slapped sanctions", "Washington slapped sanctions on three Varnesian banks on Friday.",
         "slapped", SANCTION, ("discontinue",)),
    Case("verb sanction", "The United States sanctioned four Borlan officials on Tuesday.",
         "sanctioned", SANCTION, ("discontinue",)),
    Case("idiom froze assets", "The United States froze the assets of the Borlan foreign minister on "
         "Tuesday.",
         "froze", SANCTION, ("discontinue",)),
    Case("expel diplomats", "Koroth expelled two Delmaran diplomats on Wednesday, accusing them of spying.",
         "expelled", SANCTION, ("expel",)),
    Case("headline expels envoy", "Koroth expels Delmaran envoy over spy row\n\nKoroth expelled the Delmaran "
         "ambassador on Wednesday.", "expels", SANCTION, ("expel",)),
    Case("passive expelled diplomats", "Two Teskan diplomats were expelled from Mirrow on Friday.",
         "expelled", SANCTION, ("expel",)),
    Case("expel from party", "The ruling party expelled its deputy leader, Anselm Dreck, on Sunday.",
         "expelled", SANCTION, ("expel",)),
    Case("noun expulsion of diplomats", "The expulsion of four Ruvanian diplomats by Teskar on Monday "
         "deepened the row.", "expulsion", SANCTION, ("expel",)),
    Case("recall ambassador", "Ruvania recalled its ambassador from Teskar on Thursday.",
         "recalled", SANCTION, ("withdraw",)),
    Case("withdraw peacekeepers", "Teskar withdrew its observers from the monitoring mission in Ruvania on "
         "Monday.", "withdrew", SANCTION, ("withdraw",)),
    Case("phrasal pulled out of", "Ostria pulled out of the regional trade bloc on Thursday.",
         "pulled", SANCTION, ("withdraw",)),
    Case("sever ties", "Mirrow severed diplomatic ties with Ostria on Monday.", "severed", SANCTION,
         ("discontinue",)),
    Case("phrasal cut off aid", "Teskar cut off aid to the Velmar government on Friday.", "cut", SANCTION,
         ("discontinue",)),
    Case("suspend trade", "Korvia suspended trade with Pelmar on Monday after the border clash.",
         "suspended", SANCTION, ("discontinue",)),
    Case("noun embargo", "Delmar imposed an arms embargo on Tesmar on Wednesday.", "imposed", SANCTION,
         ("discontinue",)),
    Case("verb blacklist", "The Borlan government blacklisted five Ostrian firms on Friday.",
         "blacklisted", SANCTION, ("discontinue",)),
    Case("halt lending", "The regional development bank halted lending to Varnesia on Tuesday.",
         "halted", SANCTION, ("discontinue",)),
    Case("downgrade relations", "Teskar downgraded diplomatic relations with Mirrow on Monday.",
         "downgraded", SANCTION, ("discontinue",)),
    Case("broke off relations", "Delmar broke off diplomatic relations with Koroth on Thursday.",
         "broke", SANCTION, ("discontinue",)),
    Case("verb convict", "A court in Brekka convicted the former mayor, Tomas Vell, of bribery on Tuesday.",
         "convicted", SANCTION, ("convict",)),
    Case("passive found guilty", "The former finance minister was found guilty of fraud by a court in "
         "Kelbrad on Friday.", "found", SANCTION, ("convict",)),
    # contrasts
    Case("business fired workers", "The firm fired 100 workers at its Tarsk plant on Monday.", "fired", NONE),
    Case("business cut rates", "The central bank cut interest rates by half a point on Thursday.", "cut",
         NONE),
    Case("weather froze", "The lake froze over during the cold snap in Kelbrad last week.", "froze", NONE),
    Case("sport recalled", "The coach recalled the veteran goalkeeper to the national squad on Monday.",
         "recalled", NONE),
    Case("business suspended dividend", "Velmar Oil suspended its dividend on Tuesday after a weak quarter.",
         "suspended", NONE),
    Case("business withdrew product", "The carmaker withdrew its new model from the market on Friday.",
         "withdrew", NONE),
]

MOBILIZE_CASES: list[Case] = [
    Case("idiom massed troops", "Varnesia massed troops on its border with Kelbria on Monday.", "massed",
         MOBILIZE, ("troops",)),
    Case("verb deploy soldiers", "Teskar deployed 5,000 soldiers to the border region on Friday.",
         "deployed", MOBILIZE, ("troops",)),
    Case("headline deploys", "Teskar deploys troops to border\n\nTeskar deployed troops to its northern "
         "border on Friday.", "deploys", MOBILIZE, ("troops",)),
    Case("phrasal call up reservists", "The government called up 30,000 reservists on Wednesday.",
         "called", MOBILIZE, ("troops",)),
    Case("verb mobilize army", "Koroth mobilized its army on Sunday as the border dispute escalated.",
         "mobilized", MOBILIZE, ("troops",)),
    Case("idiom put on alert", "The Ostrian army put its troops on high alert on Tuesday.", "put",
         MOBILIZE, ("troops",)),
    Case("verb send warships", "Borlandia sent warships to the disputed strait on Monday.", "sent",
         MOBILIZE, ("weapons",)),
    Case("verb dispatch carrier", "The navy dispatched an aircraft carrier to the Gulf of Marn on Wednesday.",
         "dispatched", MOBILIZE, ("weapons",)),
    Case("move tanks", "Delmar moved tanks and artillery to the frontier on Thursday.", "moved", MOBILIZE,
         ("weapons",)),
    Case("noun exercises", "The Ostrian army held military exercises near the Kelbrian border on Tuesday.",
         "exercises", MOBILIZE),
    Case("noun buildup", "A military buildup along the border alarmed officials in Kelbria on Monday.",
         "buildup", MOBILIZE, ("troops",)),
    Case("passive police deployed", "Police were deployed in force across the capital, Orvo, on Sunday ahead "
         "of the vote.", "deployed", MOBILIZE, ("police",)),
    Case("noun deployment of police", "The deployment of riot police in Velna on Friday angered residents.",
         "deployment", MOBILIZE, ("police",)),
    Case("militia mobilized", "The rebel commander mobilized hundreds of militiamen in the hills near Sarovo "
         "on Saturday.", "mobilized", MOBILIZE, ("militia",)),
    Case("nuclear forces on alert", "Ruvania placed its nuclear forces on alert on Monday.", "placed",
         MOBILIZE, ("weapons", "troops")),
    # contrasts
    Case("business deployed software", "The bank deployed new software across its branches on Monday.",
         "deployed", NONE),
    Case("disaster relief deployment", "Soldiers were deployed to the flooded villages on Monday to help "
         "residents.", "deployed", _t("AID", "none")),
    Case("sport mobilized fans", "The club mobilized its fans ahead of Sunday's final.", "mobilized", NONE),
]

COERCE_CASES: list[Case] = [
    Case("verb arrest", "Police arrested the opposition leader Tamsin Vole in Brekka on Monday.",
         "arrested", COERCE, ("arrest",)),
    Case("phrasal rounded up", "Security forces rounded up dozens of activists in Kelvar on Tuesday.",
         "rounded", COERCE, ("arrest",)),
    Case("passive detained", "The journalist Pavel Orsk was detained at the airport in Pelsk on Sunday.",
         "detained", COERCE, ("arrest",)),
    Case("idiom taken into custody", "Dozens of marchers were taken into custody after the rally in Mirna on "
         "Friday.", "taken", COERCE, ("arrest",)),
    Case("headline arrest", "Police arrest 12 in Velna drug raid\n\nPolice arrested 12 people in Velna on "
         "Friday.", "arrest", COERCE, ("arrest",)),
    Case("verb nab", "Officers nabbed the suspect at a checkpoint outside Tarsk on Thursday.", "nabbed",
         COERCE, ("arrest",)),
    Case("passive jailed", "The activist Mirela Tosk was jailed for five years by a court in Dorvel on "
         "Monday.", "jailed", COERCE, ("arrest",)),
    Case("noun arrest", "The arrest of the editor Orlan Petesk on Tuesday drew protests from rights groups.",
         "arrest", COERCE, ("arrest",)),
    Case("phrasal picked up", "Police picked up the mayor's son in Kelbrad early on Friday, his lawyer said.",
         "picked", COERCE, ("arrest",)),
    Case("house arrest", "Authorities placed the former prime minister, Ivo Darrin, under house arrest on "
         "Monday.", "placed", COERCE, ("arrest",)),
    Case("sentenced to prison", "A court in Velna sentenced the activist Tamsin Vole to three years in "
         "prison "
         "on Monday.", "sentenced", _t("COERCE", "SANCTION"), ("arrest", "convict")),
    Case("verb raid", "Police raided the offices of the opposition newspaper in Kelbrad on Tuesday.",
         "raided", COERCE, ("seize",)),
    Case("light verb carried out a raid", "Police carried out a raid on the headquarters of the Ravel party "
         "on Monday.", "raid", COERCE, ("seize",)),
    Case("verb seize goods", "Customs officers seized two tonnes of cocaine at the port of Velna on Monday.",
         "seized", COERCE, ("seize",)),
    Case("verb confiscate", "Authorities confiscated the passports of 30 activists on Monday.",
         "confiscated", COERCE, ("seize",)),
    Case("verb search homes", "Soldiers searched homes in the village of Odrik on Sunday.", "searched",
         COERCE, ("seize",)),
    Case("light verb imposed a curfew", "The authorities imposed a curfew on the city of Velna on Saturday.",
         "imposed", COERCE, ("curfew",)),
    Case("passive curfew declared", "A dusk-to-dawn curfew was declared in Kossa on Monday after the riots.",
         "declared", COERCE, ("curfew",)),
    Case("declare martial law", "President Darrow declared martial law across Ostria on Tuesday.",
         "declared", COERCE, ("martial-law",)),
    Case("state of emergency (unrest)", "The government declared a state of emergency in the restive "
         "north on "
         "Friday after days of clashes.", "declared", COERCE, ("martial-law",)),
    Case("ban newspaper", "The government banned the opposition newspaper Daily Vantage on Monday.",
         "banned", COERCE, ("censor",)),
    Case("shut down broadcaster", "Koroth shut down the independent broadcaster Radio Verin on Friday.",
         "shut", COERCE, ("censor",)),
    Case("verb censor", "The regime censored reports of the protests on Monday.", "censored", COERCE,
         ("censor",)),
    Case("block access to sites", "Authorities blocked access to social media sites across Tesmar on "
         "Tuesday.", "blocked", COERCE, ("censor", "withhold")),
    Case("verb deport", "Teskar deported 300 migrants to Ruvania on Wednesday.", "deported", COERCE,
         ("deport",)),
    Case("expel individual", "The activist Orlan Petesk was expelled from Borlandia on Monday.", "expelled",
         COERCE, ("deport",)),
    Case("verb evict", "Authorities evicted hundreds of families from the settlement near Kelvar on Tuesday.",
         "evicted", COERCE, ("deport",)),
    Case("ban a party", "The government banned the opposition Ravel Party on Thursday.", "banned", COERCE,
         ("restrict",)),
    Case("phrasal cordoned off", "Police cordoned off the main square in Mirna on Sunday.", "cordoned",
         COERCE, ("restrict",)),
    Case("phrasal cracked down", "Police cracked down on protesters in Velna on Saturday.", "cracked",
         COERCE),
    Case("noun crackdown", "The crackdown on dissent in Tesmar intensified on Monday.", "crackdown", COERCE),
    Case("bar from election", "The electoral board barred the opposition leader, Ivo Darrin, from running in "
         "the election on Tuesday.", "barred", COERCE, ("restrict",)),
    Case("cut off electricity", "Authorities cut off electricity to the rebel-held district of Sarovo on "
         "Monday.", "cut", COERCE, ("withhold",)),
    Case("shut down the internet", "The government shut down the internet across Ostria on Tuesday.",
         "shut", COERCE, ("withhold", "censor")),
    Case("verb hack", "Hackers hacked the website of the Teskan defence ministry on Monday.", "hacked",
         COERCE, ("cyber",)),
    Case("noun cyberattack", "A cyberattack crippled the Velmar central bank's website on Friday.",
         "cyberattack", COERCE, ("cyber",)),
    # contrasts
    Case("arrested decline", "The decline in sales was arrested in the third quarter, the company said.",
         "arrested", NONE),
    Case("sport seized", "Kelbrad seized the lead in the 30th minute through a header.", "seized", NONE),
    Case("search for missing", "Rescuers searched for the missing hiker near Tarsk on Sunday.", "searched",
         NONE),
    Case("arrest warrant", "A court issued an arrest warrant for the former minister, Tomas Vell, on Monday.",
         "warrant", _t("THREATEN", "none")),
    Case("emergency after floods", "The government declared a state of emergency in the province on Monday "
         "after the floods.", "declared", NONE),
    Case("business raided pension", "The company raided its pension fund to pay its debts, the report said.",
         "raided", NONE),
    Case("medical attacks system", "The virus attacks the immune system, doctors in Velna said on Monday.",
         "attacks", NONE),
    Case("medical heart arrest", "The singer suffered a cardiac arrest at his home in Velna on Monday.",
         "arrest", NONE),
]

ASSAULT_CASES: list[Case] = [
    Case("passive shot dead", "The soldier was shot dead at a checkpoint near Odrik on Friday.", "shot",
         ASSAULT, ("firearms",)),
    Case("active shot dead", "Gunmen shot dead a police officer in Kelvar on Monday.", "shot", ASSAULT,
         ("firearms",)),
    Case("headline gunmen kill", "Gunmen kill 5 in attack on Tarsk market\n\nGunmen killed five people at a "
         "market in Tarsk on Monday.", "kill", ASSAULT, ("firearms",)),
    Case("idiom opened fire", "Soldiers opened fire on protesters in Velna on Saturday.", "opened", ASSAULT,
         ("firearms",)),
    Case("phrasal gunned down", "Militants gunned down two teachers in the village of Brask on Wednesday.",
         "gunned", ASSAULT, ("firearms",)),
    Case("sniper killed", "A sniper killed a journalist in Sarovo on Tuesday.", "killed", ASSAULT,
         ("firearms",)),
    Case("noun shooting", "The shooting at a wedding in Kossa on Saturday left four people dead.",
         "shooting", ASSAULT, ("firearms",)),
    Case("car bomb exploded", "A car bomb exploded outside the police station in Kossa on Monday, killing "
         "six people.", "exploded", ASSAULT, ("explosives",)),
    Case("phrasal blew up", "Militants blew up a bridge near Dranov on Sunday.", "blew", ASSAULT,
         ("explosives", "destroy")),
    Case("roadside bomb killed", "A roadside bomb killed three soldiers near Pelsk on Tuesday.", "killed",
         ASSAULT, ("explosives",)),
    Case("noun bombing", "The bombing of the Kelbrad market on Friday killed 20 people.", "bombing",
         ASSAULT, ("explosives",)),
    Case("grenade attack", "A grenade attack on a bar in Velna injured 10 people on Saturday.", "attack",
         ASSAULT, ("explosives",)),
    Case("detonated", "Rebels detonated an explosive device under a bus near Tarsk on Monday.", "detonated",
         ASSAULT, ("explosives",)),
    Case("suicide bomber blew himself up", "A suicide bomber blew himself up at a checkpoint in Sarovo on "
         "Monday, killing four.", "blew", ASSAULT, ("suicide-attack",)),
    Case("noun suicide attack", "A suicide attack on the Mirna army base killed 12 soldiers on Thursday.",
         "attack", ASSAULT, ("suicide-attack",)),
    Case("warplanes bombed", "Warplanes bombed rebel positions near Dorvel on Sunday.", "bombed", ASSAULT,
         ("aerial",)),
    Case("light verb carried out air strikes", "Ostrian jets carried out air strikes on the town of "
         "Bellin on "
         "Tuesday.", "strikes", ASSAULT, ("aerial",)),
    Case("noun airstrike", "An airstrike killed 15 people in Sarovo on Monday, medics said.", "airstrike",
         ASSAULT, ("aerial",)),
    Case("helicopters attacked", "Helicopter gunships attacked a rebel convoy near Dorvel on Wednesday.",
         "attacked", ASSAULT, ("aerial",)),
    Case("noun drone strike", "A drone strike killed a militant commander in the Karst valley on Friday.",
         "strike", ASSAULT, ("drone",)),
    Case("idiom pounded", "Artillery pounded the outskirts of Velna overnight, residents said.", "pounded",
         ASSAULT, ("heavy-weapons",)),
    Case("verb shell", "Government forces shelled the rebel-held town of Odrik on Monday.", "shelled",
         ASSAULT, ("heavy-weapons",)),
    Case("fired rockets", "Rebels fired rockets at the airport in Kelbrad on Wednesday.", "fired", ASSAULT,
         ("heavy-weapons",)),
    Case("noun shelling", "Heavy shelling of Odrik on Sunday killed nine civilians.", "shelling", ASSAULT,
         ("heavy-weapons",)),
    Case("wire torched", "Attackers torched a church in the village of Brask on Sunday.", "torched",
         ASSAULT, ("primitive", "destroy")),
    Case("verb stab", "A man stabbed two police officers in Kelvar on Monday.", "stabbed", ASSAULT,
         ("primitive",)),
    Case("hacked to death", "Villagers hacked a suspected thief to death with machetes near Tarsk on "
         "Friday.", "hacked", ASSAULT, ("primitive",)),
    Case("pelted with stones", "Youths pelted police with stones in Velna on Friday.", "pelted", ASSAULT,
         ("primitive",)),
    Case("verb abduct", "Gunmen abducted 20 schoolgirls in the village of Odrik on Tuesday.", "abducted",
         ASSAULT, ("abduct",)),
    Case("wire snatched", "Militants snatched two aid workers near Sarovo on Sunday.", "snatched", ASSAULT,
         ("abduct",)),
    Case("passive taken hostage", "Two engineers were taken hostage by rebels in the Karst valley on "
         "Friday.", "taken", ASSAULT, ("abduct",)),
    Case("verb hijack", "Pirates hijacked a cargo ship off the coast of Marn on Monday.", "hijacked",
         ASSAULT, ("abduct",)),
    Case("noun kidnapping", "The kidnapping of a Delmaran businessman in Kossa on Thursday shocked the town.",
         "kidnapping", ASSAULT, ("abduct",)),
    Case("combatants captured", "Rebels captured 15 government soldiers near Dorvel on Sunday.", "captured",
         ASSAULT, ("abduct",)),
    Case("held at gunpoint", "Gunmen held 30 bank staff at gunpoint for three hours in Kelbrad on Monday.",
         "held", ASSAULT, ("abduct", "firearms")),
    Case("verb torture", "Guards tortured the detainees at the Velna prison, a rights group said on Monday.",
         "tortured", ASSAULT, ("torture",)),
    Case("passive tortured", "The prisoners were tortured during interrogation in Kossa, their lawyers said.",
         "tortured", ASSAULT, ("torture",)),
    Case("verb rape", "Soldiers raped women in the village of Brask, a report said on Monday.", "raped",
         ASSAULT, ("sexual",)),
    Case("noun sexual assault", "Two police officers in Kossa are accused over the sexual assault of a "
         "teenager on Friday.", "assault", ASSAULT, ("sexual",)),
    # a killing by a named weapon keeps the weapon's mode (docs/events-codebook.md, `own_modes`)
    Case("verb assassinate", "Gunmen assassinated the provincial governor, Orlan Petesk, in Dranov on "
         "Monday.", "assassinated", ASSAULT, ("targeted", "firearms")),
    Case("verb assassinate, no weapon", "The provincial governor, Orlan Petesk, was assassinated in Dranov "
         "on Monday.", "assassinated", ASSAULT, ("targeted",)),
    Case("verb execute", "The regime executed three political prisoners on Thursday.", "executed",
         ASSAULT, ("targeted",)),
    Case("verb massacre", "Militants massacred 40 villagers in Odrik on Sunday.", "massacred", ASSAULT,
         ("targeted",)),
    Case("verb behead", "Insurgents beheaded a captured soldier near Sarovo, the army said on Tuesday.",
         "beheaded", ASSAULT, ("targeted",)),
    Case("noun assassination", "The assassination of the opposition leader in Mirna on Tuesday sparked "
         "riots.", "assassination", ASSAULT, ("targeted",)),
    Case("verb beat", "Supporters of the mayor beat a reporter outside the town hall in Kelvar on Monday.",
         "beat", ASSAULT, ("beat",)),
    Case("general attack on a person", "A mob attacked a journalist in Tarsk on Friday.", "attacked",
         ASSAULT, ("beat",)),
    Case("verb punch", "Two men punched and kicked the activist outside his home in Velna on Sunday.",
         "punched", ASSAULT, ("beat",)),
    Case("tear gas", "Police fired tear gas at protesters in Mirna on Sunday.", "fired", ASSAULT,
         ("crowd-control",)),
    Case("verb teargas", "Riot police teargassed students outside the university in Velna on Monday.",
         "teargassed", ASSAULT, ("crowd-control",)),
    Case("set fire to", "Rioters set fire to a police station in Kossa on Saturday.", "set", ASSAULT,
         ("primitive",)),
    Case("dispersed with tear gas", "Riot police dispersed the crowd with tear gas in Kossa on Friday.",
         "dispersed", ASSAULT, ("crowd-control",)),
    Case("shots into the air", "Soldiers fired warning shots into the air to scatter the crowd in Pelsk on "
         "Monday.", "fired", ASSAULT, ("crowd-control",)),
    Case("fired into the air", "Police fired into the air to break up the march in Tarsk on Sunday.", "fired",
         ASSAULT, ("crowd-control",)),
    Case("verb demolish", "Bulldozers demolished 30 homes in the village of Brask on Monday on army orders.",
         "demolished", ASSAULT, ("destroy",)),
    Case("verb raze", "Troops razed the village of Odrik on Sunday, survivors said.", "razed", ASSAULT,
         ("destroy",)),
    Case("verb sabotage", "Rebels sabotaged the railway line near Dranov on Monday.", "sabotaged", ASSAULT,
         ("destroy",)),
    Case("chemical attack", "A chemical attack killed dozens of people in Bellin on Friday, doctors said.",
         "attack", ASSAULT, ("unconventional",)),
    Case("wire ambushed", "Rebels ambushed an army convoy near Sarovo on Monday, killing eight soldiers.",
         "ambushed", ASSAULT),
    Case("wire stormed", "Insurgents stormed a hotel in Kelbrad on Saturday, killing 15 people.", "stormed",
         ASSAULT),
    Case("verb attack", "Militants attacked a police post in the Karst valley on Sunday.", "attacked",
         ASSAULT),
    Case("light verb launched an offensive", "Government troops launched an offensive against rebel "
         "positions near Dorvel on Tuesday.", "offensive", ASSAULT),
    Case("noun fighting", "Fighting broke out between the army and rebels in Sarovo on Friday.", "Fighting",
         ASSAULT),
    Case("killed in a raid", "Security forces killed 12 militants in a raid in Kossa on Monday.", "killed",
         ASSAULT),
    Case("passive wounded", "Three villagers were wounded when militants attacked Odrik on Sunday.",
         "wounded", ASSAULT),
    Case("noun clashes", "Clashes between rival militias in Velna on Sunday left six dead.", "Clashes",
         ASSAULT),
    Case("headline ambush", "Rebels ambush convoy near Sarovo\n\nRebels ambushed an army convoy near Sarovo "
         "on Monday.", "ambush", ASSAULT),
    # contrasts
    Case("sport attacked", "Kelbrad attacked the left flank throughout the second half on Saturday.",
         "attacked", NONE),
    Case("market hit", "Shares of Velmar Oil were hit by the news on Monday.", "hit", NONE),
    Case("weather struck", "The storm struck the coast of Marn on Sunday, killing four people.", "struck",
         NONE),
    Case("prices exploded", "Food prices exploded last year in Kelbria, the report said.", "exploded", NONE),
    Case("sport shot wide", "The striker shot wide in the 89th minute as Varno drew 1-1 with Kelbrad on "
         "Saturday.", "shot", NONE),
    Case("verbal attacked", "The senator attacked the budget bill as wasteful on Tuesday.", "attacked",
         _t("ACCUSE")),
    Case("photography shot", "The photographer shot the royal wedding in Tarsk last summer.", "shot", NONE),
    Case("culture bombed", "The film bombed at the box office last weekend.", "bombed", NONE),
    Case("accidental fire destroyed", "A fire destroyed a warehouse in Pelsk on Sunday.", "destroyed", NONE),
    Case("disease killed", "The virus killed 300 people in Kossa last year, health officials said.",
         "killed", NONE),
    Case("sport beat", "Boxer Drel Mason beat Tomas Kern on points in Velna on Saturday.", "beat", NONE),
    Case("sport thrashed", "Kelbrad thrashed Varno 5-0 on Saturday to go top of the league.", "thrashed",
         NONE),
    Case("culture killed it", "The band killed it on stage in Velna on Saturday night, fans said.",
         "killed", NONE),
    Case("politics shot down", "The committee shot down the proposal on "
         "Tuesday.", "shot", _t("REJECT", "none")),
    Case("sport fired in", "The midfielder fired in a shot from 20 metres in the second half.", "fired",
         NONE),
    Case("business torched", "Investors torched the company's shares after the profit warning.", "torched",
         NONE),
]

CASES: list[Case] = PROTEST_CASES + SANCTION_CASES + MOBILIZE_CASES + COERCE_CASES + ASSAULT_CASES
