"""The golden table of the event-date sweep (:mod:`tests.extract.test_event_dates_sweep`): made-up news
passages, each with a publication date, one act word and the TIMEX3 value its event's date should take.

``expected`` None means the text gives the act no date: it must fall back to the publication date
(``EventDate.fallback``), not take another act's or the report's date. The default publication date,
2024-03-15, is a Friday (Monday 11th ... Thursday 14th; the weekend before is 9-10 March, ISO week 10;
the week of publication is 2024-W11). Names and events are invented.
"""

from __future__ import annotations

from typing import NamedTuple

FRI = "2024-03-15"
MON = "2024-03-18"


class Case(NamedTuple):
    """One probe: the construction it covers, the publication date, the text, the act word (its first
    occurrence, or ``word@n`` for the n-th), the expected date value (None: the publication fallback)."""

    construction: str
    published: str | None
    text: str
    act: str
    expected: str | None


CASES: list[Case] = [
    # Weekday names read against the publication date: the latest such day, on or before it.
    Case("weekday", FRI, "Police arrested a teacher in Dunmore on Thursday.", "arrested", "2024-03-14"),
    Case("weekday", FRI, "Rebels attacked an army post near Kalvar on Monday, officials said.",
         "attacked", "2024-03-11"),
    Case("weekday", FRI, "Police said they arrested the suspect Tuesday in a flat in Orlin.",
         "arrested", "2024-03-12"),
    Case("weekday", FRI, "The two foreign ministers met in Tallinn on Friday.", "met", "2024-03-15"),
    Case("weekday", MON, "Gunmen kidnapped a priest in Sella on Sunday, his parish said.",
         "kidnapped", "2024-03-17"),
    Case("weekday", FRI, "Police on Tuesday arrested a driver who ran over a cyclist in Brenna.",
         "arrested", "2024-03-12"),
    Case("weekday", FRI, "On Wednesday, troops raided a camp outside Morvel.", "raided", "2024-03-13"),
    Case("weekday", FRI, "Demonstrators protested outside the ministry in Velmora last Saturday.",
         "protested", "2024-03-09"),
    Case("weekday", FRI, "Police arrested two bankers in Ostrava last Friday.", "arrested", "2024-03-08"),
    # A part of a weekday.
    Case("weekday part", FRI, "Gunmen killed three guards at a depot in Tessaly on Thursday night.",
         "killed", "2024-03-14TNI"),
    Case("weekday part", FRI, "Soldiers detained two journalists late Monday in the port of Brenna.",
         "detained", "2024-03-11"),
    Case("weekday part", FRI, "Protesters stormed the town hall in Velmora early Tuesday morning.",
         "stormed", "2024-03-12TMO"),
    Case("weekday part", FRI, "Police arrested the mayor of Kessel on Wednesday afternoon.",
         "arrested", "2024-03-13TAF"),
    Case("weekday part", FRI, "Rebels shelled the airport in Dorvan on Thursday evening.",
         "shelled", "2024-03-14TEV"),
    Case("weekday part", FRI, "Gunmen attacked a police post in the early hours of Saturday, the army said.",
         "attacked", "2024-03-09"),
    Case("overnight", FRI, "Rebels shelled the airport in Dorvan overnight, residents said.",
         "shelled", "2024-03-14TNI"),
    Case("weekend", MON, "Militants kidnapped two engineers in Harlan province over the weekend.",
         "kidnapped", "2024-W11-WE"),
    Case("weekend", FRI, "Police detained forty fans in Ostrava last weekend.", "detained", "2024-W10-WE"),
    Case("weekend", "2024-03-17", "Police arrested forty fans in Ostrava over the weekend.",
         "arrested", "2024-W11-WE"),
    Case("overnight", MON, "Gunmen attacked a checkpoint near Kalvar overnight.", "attacked",
         "2024-03-17TNI"),
    Case("weekday date", FRI, "Police arrested the mayor of Kessel on Thursday, March 14.", "arrested",
         "2024-03-14"),
    Case("weekday date", FRI, "Rebels attacked the airport at Dorvan on 12 March.", "attacked", "2024-03-12"),
    Case("weekday part", FRI, "Police detained the driver late on Tuesday.", "detained", "2024-03-12"),
    Case("weekday part", FRI, "Troops shelled the village earlier on Thursday.", "shelled", "2024-03-14"),
    Case("range", FRI, "Protesters marched through Velmora from Monday to Wednesday.", "marched",
         "2024-03-11"),
    Case("weekday part", FRI, "Rebels shelled the town earlier Thursday.", "shelled", "2024-03-14"),
    Case("weekday part", FRI, "Troops raided the camp in the pre-dawn hours of Tuesday.", "raided",
         "2024-03-12"),
    Case("weekday date", FRI, "Police arrested the mayor on Thursday (March 14) in Kessel.", "arrested",
         "2024-03-14"),
    Case("weekday", FRI, "Gunmen attacked a bus on Thursday local time.", "attacked", "2024-03-14"),
    Case("weekday of a week", FRI, "Police arrested the mayor of Kessel on Monday last week.", "arrested",
         "2024-03-04"),
    # Deictic days.
    Case("yesterday", FRI, "Troops fired on protesters in Orlin yesterday.", "fired", "2024-03-14"),
    Case("yesterday", FRI, "Yesterday, the court sentenced the former mayor of Kessel to ten years.",
         "sentenced", "2024-03-14"),
    Case("today", FRI, "The two leaders met today in Geneva.", "met", "2024-03-15"),
    Case("tonight", FRI, "Riot police clashed with students outside the university tonight.",
         "clashed", "2024-03-15TNI"),
    Case("last night", FRI, "Last night, rebels shelled the airport in Dorvan.", "shelled", "2024-03-14TNI"),
    Case("this morning", FRI, "Police raided a warehouse in Brenna this morning.", "raided", "2024-03-15TMO"),
    Case("days ago", FRI, "Soldiers arrested the opposition leader in Kalvar two days ago.",
         "arrested", "2024-03-13"),
    # "a week ago" keeps the unit's granularity, as TIMEX3 values of "ago" do here (docs/time.md).
    Case("days ago", FRI, "Rebels attacked the convoy near Sella a week ago.", "attacked", "2024-W10"),
    # Weeks, months, years.
    Case("last week", FRI, "The government expelled two Norlandian diplomats last week.",
         "expelled", "2024-W10"),
    Case("this week", FRI, "Rebels attacked the base at Sella twice this week.", "attacked", "2024-W11"),
    Case("earlier this week", FRI, "Police arrested three councillors in Dunmore earlier this week.",
         "arrested", "2024-W11"),
    Case("earlier this month", FRI, "Rebels seized the town of Asper earlier this month.", "seized",
         "2024-03"),
    Case("last month", FRI, "Regulators fined the Brenna Savings Bank last month.", "fined", "2024-02"),
    Case("late last month", FRI, "Troops withdrew from Asper late last month.", "withdrew", "2024-02"),
    Case("month last year", FRI, "Gunmen attacked a police station in Kalvar in November last year.",
         "attacked", "2023-11"),
    Case("month", FRI, "Police arrested the suspect in January in a flat in Orlin.", "arrested", "2024-01"),
    Case("last year", FRI, "Troops withdrew from the border town of Asper last year.", "withdrew", "2023"),
    Case("year", FRI, "Norland and Vesta signed the treaty in 2019.", "signed", "2019"),
    Case("month day", FRI, "Police arrested the treasurer on March 3 at his home.", "arrested", "2024-03-03"),
    Case("month day", "2024-01-05", "Police arrested the treasurer of Kessel on Dec. 28.",
         "arrested", "2023-12-28"),
    Case("night of", FRI, "Rebels attacked the barracks on the night of March 3.", "attacked", "2024-03-03"),
    # Holidays.
    Case("holiday", "2023-12-27", "Gunmen attacked a church in Holbrook on Christmas Eve.",
         "attacked", "2023-12-24"),
    Case("holiday", "2023-12-28", "Police arrested a man in Dunmore on Christmas Day.", "arrested",
         "2023-12-25"),
    Case("holiday", "2024-01-02", "Police arrested forty people in Ostrava on New Year's Eve.",
         "arrested", "2023-12-31"),
    Case("holiday", "2024-01-03", "Rebels shelled the town of Asper on New Year's Day.", "shelled",
         "2024-01-01"),
    Case("holiday", "2024-04-02", "Gunmen attacked a chapel in Tessaly on Easter Sunday.",
         "attacked", "2024-03-31"),
    # Datelines.
    Case("dateline", None, "KARACHI, Dec 14, 2023 (Reuters) - Police arrested three men in a raid on "
         "Wednesday in the east of the city.", "arrested", "2023-12-13"),
    Case("dateline", "2023-12-14", "KARACHI, Dec 14 (Reuters) - Police arrested three men in a raid in the "
         "east of the city.", "arrested", None),
    Case("dateline", "2023-12-15", "LAGOS (Reuters) - Gunmen kidnapped five pupils from a school on "
         "Wednesday, police said.", "kidnapped", "2023-12-13"),
    # Clock times.
    Case("clock", FRI, "Gunmen attacked the station at 3:40 a.m. Thursday.", "attacked", "2024-03-14T03:40"),
    Case("clock", FRI, "Shortly after 9:10 p.m. on Tuesday, gunmen opened fire on a cafe in Orlin.",
         "opened", "2024-03-12T21:10"),
    Case("clock", FRI, "Police raided the house in Brenna at 6 a.m. on Monday.", "raided",
         "2024-03-11T06:00"),
    # Acts dated by another act.
    Case("day after", FRI, "Gunmen robbed a bank in Cordale on Tuesday. A day after the robbery, police "
         "arrested two suspects.", "arrested", "2024-03-13"),
    Case("hours after", FRI, "A bomb ripped through a market in Sella on Monday. Hours after the bombing, "
         "police detained three men.", "detained", "2024-03-11"),
    Case("day before", FRI, "Troops recaptured Asper on Wednesday. The day before, rebels had attacked a "
         "checkpoint outside the town.", "attacked", "2024-03-12"),
    Case("next day", FRI, "Police arrested a driver on Monday. He was charged with theft the next day.",
         "charged", "2024-03-12"),
    Case("that night",
         FRI, "Fans marched through Ostrava on Sunday. Police fired tear gas at them that night.",
         "fired", "2024-03-10TNI"),
    Case("two days later", FRI, "Rebels seized Asper on Monday. Two days later, troops retook the town.",
         "retook", "2024-03-13"),
    Case("following morning", FRI, "Gunmen attacked a bus on Tuesday night. Police arrested two men the "
         "following morning.", "arrested", "2024-03-13TMO"),
    Case("later that day", FRI, "Rebels attacked a checkpoint on Sunday. Later that day, troops shelled "
         "their camp.", "shelled", "2024-03-10"),
    Case("day earlier", FRI, "Police charged the driver with theft on Thursday. He had been arrested a day "
         "earlier.", "arrested", "2024-03-13"),
    Case("previous day", FRI, "Police charged the driver with theft on Thursday. They had arrested him the "
         "previous day.", "arrested", "2024-03-13"),
    Case("day after", FRI, "Rebels attacked Sella on Monday. Police detained a suspect on Wednesday, two "
         "days after the attack.", "detained", "2024-03-13"),
    Case("next day", FRI, "Police arrested a driver in Dunmore. He was charged with theft the next day.",
         "charged", None),
    Case("that evening", FRI, "Rebels attacked a checkpoint on Monday. On Tuesday, troops shelled their "
         "camp. That evening, rebels retreated.", "retreated", "2024-03-12TEV"),
    Case("days later", FRI, "Gunmen kidnapped an engineer on March 2. Police freed him three days later.",
         "freed", "2024-03-05"),
    Case("gap from an act", FRI, "Police arrested two men on Friday, three days after the robbery of a bank "
         "in Orlin.", "robbery", "2024-03-12"),
    Case("gap from an act", FRI, "The raid on Tuesday came two days after the bombing of a market.",
         "bombing", "2024-03-10"),
    Case("later in the day", FRI, "Rebels attacked a checkpoint on Monday. Later in the day, police "
         "detained two drivers.", "detained", "2024-03-11"),
    Case("hours that followed", FRI, "Gunmen attacked a bus on Tuesday. Police arrested two men in the hours "
         "that followed.", "arrested", "2024-03-12"),
    # Past perfect.
    Case("past perfect", FRI, "Troops recaptured Asper on Friday. Rebels had seized the town on Monday.",
         "seized", "2024-03-11"),
    Case("past perfect", FRI, "Police arrested a man in Dunmore on Thursday. He had attacked a neighbour.",
         "attacked", None),
    Case("past perfect", FRI, "The army said on Thursday that it had killed twenty militants.", "killed",
         None),
    Case("past perfect", FRI, "Police arrested a man on Thursday who had stabbed a shopkeeper on Monday.",
         "stabbed", "2024-03-11"),
    # A day the parser hangs on the purpose clause of a past act dates the act too.
    Case("purpose clause", FRI, "Police used water cannon to disperse marchers in Tarvo on Wednesday.",
         "used", "2024-03-13"),
    Case("purpose clause", FRI, "Troops fired tear gas to break up a rally in Tarvo on Tuesday.", "fired",
         "2024-03-12"),
    # A date in the previous sentence.
    Case("previous sentence", FRI, "Fighting broke out in Sella on Tuesday. Rebels seized the police "
         "station and burned the courthouse.", "seized", "2024-03-12"),
    Case("previous sentence", FRI, "Gunmen stormed a hotel in Orlin on Wednesday. They killed four guards "
         "before troops arrived.", "killed", "2024-03-13"),
    # Headline act dated by its lead.
    Case("headline", FRI, "Rebels kill five soldiers in Harlan\n\nRebels killed five soldiers in an ambush "
         "in northern Harlan on Wednesday, the army said.", "kill", "2024-03-13"),
    Case("headline", FRI, "Police arrest Brenna mayor\n\nPolice on Thursday arrested the mayor of Brenna "
         "on suspicion of bribery.", "arrest", "2024-03-14"),
    # Appositions and asides.
    Case("aside", FRI, "Gunmen attacked a bus near the Varo bridge \u2014 late Thursday night \u2014 "
         "killing two passengers.", "attacked", "2024-03-14TNI"),
    Case("aside", FRI, "The raid, on Tuesday, was the third on the Brenna docks this year.", "raid",
         "2024-03-12"),
    # Nominal acts with a date.
    Case("nominal", FRI, "Wednesday's bombing of the Sella market killed twelve people.", "bombing",
         "2024-03-13"),
    Case("nominal", FRI, "Police killed two suspects in a raid on Tuesday.", "killed", "2024-03-12"),
    Case("nominal", FRI, "Officials in Kessel condemned the Thursday attack on a school.", "attack",
         "2024-03-14"),
    Case("quote", FRI, "\u201cWe attacked the base on Sunday,\u201d the rebel commander said.", "attacked",
         "2024-03-10"),
    Case("month", FRI, "Police arrested the treasurer of Kessel in mid-February.", "arrested", "2024-02"),
    Case("this year", FRI, "Rebels have attacked the base at Sella four times this year.", "attacked",
         "2024"),
    Case("weekday part", FRI, "Troops raided the camp at dawn on Friday.", "raided", "2024-03-15"),
    Case("weekday part", FRI, "Rebels attacked the base in the small hours of Monday.", "attacked",
         "2024-03-11"),
    Case("weekend", FRI, "Gunmen attacked a police post in Kalvar at the weekend.", "attacked",
         "2024-W10-WE"),
    Case("two dates", FRI, "The protesters were dispersed by police on Wednesday after a march on Tuesday.",
         "dispersed", "2024-03-13"),
    Case("two dates", FRI, "The protesters were dispersed by police on Wednesday after a march on Tuesday.",
         "march", "2024-03-12"),
    Case("two dates", FRI, "Police arrested two men in connection with Sunday's attack.", "attack",
         "2024-03-10"),
    # Two acts, two dates.
    Case("two dates", FRI, "Police arrested the suspect on Monday and charged him with fraud on Wednesday.",
         "arrested", "2024-03-11"),
    Case("two dates", FRI, "Police arrested the suspect on Monday and charged him with fraud on Wednesday.",
         "charged", "2024-03-13"),
    Case("two dates", FRI, "Rebels attacked Sella on Sunday, and troops retook the town on Tuesday.",
         "attacked", "2024-03-10"),
    Case("two dates", FRI, "Rebels attacked Sella on Sunday, and troops retook the town on Tuesday.",
         "retook", "2024-03-12"),
    # No date at all: the publication date, as a fallback.
    Case("no date", FRI, "Police arrested two men in connection with Sunday's attack.", "arrested", None),
    Case("no date", FRI, "Rebels attacked a convoy near Sella, killing two drivers.", "attacked", None),
    Case("no date", FRI, "The council of Kessel met on Monday. Separately, police arrested a man in "
         "Dunmore over a string of burglaries.", "arrested", None),
    Case("no date", FRI, "Officials in Kessel condemned the attack on a school.", "condemned", None),
    Case("no date", FRI, "The minister said on Monday that he would meet rebel leaders.", "meet", None),
]
