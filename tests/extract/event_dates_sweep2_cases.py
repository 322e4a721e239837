"""The golden table of the second event-date sweep (:mod:`tests.extract.test_event_dates_sweep2`): made-up
web and wire reports laid out as pages are (a headline, summary lines, a date line or none, the body), each
with one act word and the TIMEX3 value its event's date should take: the most precise date the article gives
for that act, wherever in the article (``docs/event-guidelines.md``).

``published`` None means the page has no publication metadata: its date line (when it has one) is its
date. ``expected`` None means the text gives the act no date: it falls back to the publication date. The
calendar is June 2024: Monday 3rd ... Sunday 9th (ISO week 23, its weekend 2024-W23-WE), Monday 10th ...
Sunday 16th (week 24). Names, places and events are invented.
"""

from __future__ import annotations

from typing import NamedTuple

MON = "2024-06-10"
TUE = "2024-06-11"
FRI = "2024-06-14"


class Case(NamedTuple):
    """One probe: the construction it covers, the publication date, the page, the act word (its first
    occurrence, or ``word@n`` for the n-th) and the expected date value (None: the publication fallback)."""

    construction: str
    published: str | None
    text: str
    act: str
    expected: str | None


def page(headline: str, body: str, summary: str = "", dateline: str = "") -> str:
    """A page's text: the headline, its summary lines, its date line and the body, a line each."""
    return "\n".join([line for line in (headline, summary, dateline) if line] + ["", body])


CASES: list[Case] = [
    # A summary line under the headline dates the act; the body retells it undated or coarser.
    Case("summary dates", None, page(
        "Gunman shot dead by police in Dorvan",
        "Police in Dorvan shot dead a gunman over the weekend after he fired at a patrol, the city's "
        "police chief said.",
        "Officers shot the man on Saturday outside a bakery.", "June 10, 2024"),
        "shot@3", "2024-06-08"),
    Case("summary dates", None, page(
        "Rebels seize border post",
        "Rebels seized the Kalvar crossing after a gun battle with its guards, the army said.",
        "Rebels seized the crossing on Thursday.", "June 14, 2024"),
        "seized@2", "2024-06-13"),
    Case("summary dates", None, page(
        "Police arrest Orlin councillor",
        "Police arrested an Orlin councillor this week on suspicion of taking bribes, prosecutors said.",
        "The councillor was arrested on Wednesday at his office.", "June 14, 2024"),
        "arrested@2", "2024-06-12"),
    Case("summary dates", None, page(
        "Two guards shot dead on Saturday in Sella raid",
        "Gunmen shot dead two guards in a raid on a fuel depot in Sella, police said.", "", "June 10, 2024"),
        "shot@2", "2024-06-08"),
    Case("summary dates", None, page(
        "Troops storm rebel camp",
        "Troops stormed a rebel camp in the hills above Morvel earlier this month, the army said.",
        "Soldiers stormed the camp on June 3.", "June 14, 2024"),
        "stormed@2", "2024-06-03"),
    Case("summary dates", None, page(
        "Protesters clash with police in Velmora",
        "Protesters clashed with riot police outside the parliament in Velmora, throwing stones.",
        "Protesters clashed with police late on Tuesday.", "June 14, 2024"),
        "clashed@2", "2024-06-11"),
    Case("summary dates", MON, page(
        "Militants kidnap aid workers in Harlan",
        "Militants kidnapped three aid workers on the road to Harlan over the weekend, the agency said.",
        "The workers were kidnapped on Sunday morning."),
        "kidnapped@2", "2024-06-09TMO"),
    Case("summary dates", FRI, page(
        "Police raid Brenna docks",
        "Police raided warehouses at the Brenna docks and seized weapons, the interior ministry said.",
        "The raid took place on Wednesday."),
        "raided", "2024-06-12"),
    Case("headline dates", None, page(
        "Bomb attack kills four in Tessaly on Sunday",
        "A bomb attack on a bus station in Tessaly killed four people, the provincial governor said.", "",
        "June 11, 2024"),
        "attack@2", "2024-06-09"),
    Case("headline dates", FRI, page(
        "Mayor of Kessel arrested Thursday",
        "Anti-corruption police arrested the mayor of Kessel at his home, prosecutors said."),
        "arrested@2", "2024-06-13"),
    Case("summary undated", None, page(
        "Gunmen attack bank in Cordale",
        "Gunmen attacked a bank in Cordale on Tuesday, wounding a guard.",
        "Gunmen attacked a bank in the centre of Cordale.", "June 14, 2024"),
        "attacked", "2024-06-11"),
    Case("summary undated", None, page(
        "Police detain fans after match",
        "Police detained forty fans in Ostrava on Saturday night after a match.",
        "Forty fans were detained.", "June 10, 2024"),
        "detained", "2024-06-08TNI"),
    # Two dates in one sentence: each act its own.
    Case("two dates", FRI, "A man was arrested on Friday after Thursday's shooting at a bar in Orlin.",
         "arrested", "2024-06-14"),
    Case("two dates", FRI, "A man was arrested on Friday after Thursday's shooting at a bar in Orlin.",
         "shooting", "2024-06-13"),
    Case("two dates", MON, "A man was arrested Friday after Thursday's shooting at a bar in Orlin.",
         "arrested", "2024-06-07"),
    Case("two dates", MON, "A man was arrested Friday after Thursday's shooting at a bar in Orlin.",
         "shooting", "2024-06-06"),
    Case("two dates", TUE, "Prosecutors charged a teacher on Monday with the March 3 killing of a neighbour.",
         "charged", "2024-06-10"),
    Case("two dates", TUE, "Prosecutors charged a teacher on Monday with the March 3 killing of a neighbour.",
         "killing", "2024-03-03"),
    Case("two dates", FRI, "The suspect in the May 28 stabbing of a shopkeeper was arrested on Wednesday.",
         "arrested", "2024-06-12"),
    Case("two dates", FRI, "The suspect in the May 28 stabbing of a shopkeeper was arrested on Wednesday.",
         "stabbing", "2024-05-28"),
    Case("two dates", FRI, "Police on Tuesday detained two men over Sunday's attack on a mosque in Sella.",
         "detained", "2024-06-11"),
    Case("two dates", FRI, "Police on Tuesday detained two men over Sunday's attack on a mosque in Sella.",
         "attack", "2024-06-09"),
    Case("two dates", FRI, "Troops recaptured Asper on Thursday, two days after rebels seized it on Tuesday.",
         "recaptured", "2024-06-13"),
    Case("two dates", FRI, "Troops recaptured Asper on Thursday, two days after rebels seized it on Tuesday.",
         "seized", "2024-06-11"),
    Case("two dates", FRI, "The mayor, arrested on Monday, was charged on Thursday with bribery.",
         "arrested", "2024-06-10"),
    Case("two dates", FRI, "The mayor, arrested on Monday, was charged on Thursday with bribery.",
         "charged", "2024-06-13"),
    Case("two dates", FRI, "Police arrested a driver on Wednesday, a week after the June 5 robbery of a "
         "jeweller in Orlin.", "robbery", "2024-06-05"),
    Case("two dates", FRI, "Police arrested a driver on Wednesday, a week after the June 5 robbery of a "
         "jeweller in Orlin.", "arrested", "2024-06-12"),
    # Times of day and days counted from the report or from another act.
    Case("earlier this week", FRI, "Earlier this week, troops shelled rebel positions outside Morvel.",
         "shelled", "2024-W24"),
    Case("late weekday", FRI, "Late Thursday, gunmen opened fire on a cafe in Orlin, killing two.",
         "opened", "2024-06-13"),
    Case("weekday evening", FRI, "Police detained the owner of the club on Wednesday evening, officials "
         "said.", "detained", "2024-06-12TEV"),
    Case("weekday evening", FRI, "On Tuesday evening, rioters burned cars in the suburbs of Velmora.",
         "burned", "2024-06-11TEV"),
    Case("overnight", TUE, "Militants attacked an army base near Kalvar overnight, killing three soldiers.",
         "attacked", "2024-06-10TNI"),
    Case("early hours", MON, "In the early hours of Sunday, militants bombed a bridge outside Sella.",
         "bombed", "2024-06-09"),
    Case("hours after", FRI, "Police arrested two men hours after a bomb attack on a bus in Sella on "
         "Monday.", "arrested", "2024-06-10"),
    Case("days after", FRI, "Police arrested two men three days after Monday's kidnapping of an engineer.",
         "arrested", "2024-06-13"),
    Case("hours before", FRI, "Rebels shelled the town hours before troops retook it on Thursday.",
         "shelled", "2024-06-13"),
    Case("day before", FRI, "Troops retook Asper on Thursday. Rebels had attacked the town the day before.",
         "attacked", "2024-06-12"),
    Case("day earlier", FRI, "Police charged the driver with manslaughter on Thursday. Officers had arrested "
         "him at his home a day earlier.", "arrested", "2024-06-12"),
    Case("previous night", MON, "Residents cleared rubble in Dorvan on Sunday after rebels shelled the town "
         "the previous night.", "shelled", "2024-06-08TNI"),
    Case("this morning", FRI, "Early this morning, gunmen attacked a police station in Kalvar.",
         "attacked", "2024-06-14TMO"),
    Case("last night", FRI, "Gunmen attacked a bar in Orlin last night, police said.", "attacked",
         "2024-06-13TNI"),
    Case("last night", None, page(
        "Riot in Velmora prison",
        "Inmates rioted at the Velmora prison last night, setting fire to mattresses, guards said.", "",
        "Tuesday, June 11, 2024"),
        "rioted", "2024-06-10TNI"),
    Case("this morning", None, page(
        "Police raid Orlin homes",
        "Police raided six homes in Orlin this morning and arrested four people.", "", "June 12, 2024"),
        "raided", "2024-06-12TMO"),
    Case("next morning", FRI, "Rioters burned a bank in Velmora on Tuesday night. Police arrested twelve "
         "people the next morning.", "arrested", "2024-06-12TMO"),
    Case("same day", FRI, "Rebels attacked a convoy on Monday. Troops shelled their camp the same day.",
         "shelled", "2024-06-10"),
    Case("weekday afternoon", MON, "Police arrested a man at the station on Friday afternoon.",
         "arrested", "2024-06-07TAF"),
    Case("weekday night", TUE, "Gunmen kidnapped a trader in Sella on Monday night, his family said.",
         "kidnapped", "2024-06-10TNI"),
    # A date in a preceding sentence for a sequence of acts.
    Case("sequence", FRI, "On Tuesday, police raided a house in Orlin. They arrested two men.", "arrested",
         "2024-06-11"),
    Case("sequence", FRI, "On Tuesday, police raided a house in Orlin. Officers arrested two men and "
         "seized a rifle.", "seized", "2024-06-11"),
    Case("sequence", FRI, "Rebels attacked the village of Sella on Monday. They burned the school and "
         "kidnapped the teacher.", "kidnapped", "2024-06-10"),
    Case("sequence", FRI, "Police arrested a man in Dunmore on Monday.\n\nIn a separate case, gunmen "
         "attacked a bus near Sella.", "attacked", None),
    Case("sequence", FRI, "Gunmen attacked a bus near Sella on Wednesday. Police later arrested two "
         "suspects.", "arrested", None),
    Case("sequence", FRI, "On Monday, protesters marched on the ministry in Velmora. Police fired tear "
         "gas at them.", "fired", "2024-06-10"),
    # A frame reaches only the next sentence of its paragraph, in the simple past, going on with the scene.
    Case("sequence", FRI, "On Tuesday, police raided a house in Orlin. They had arrested his brother in "
         "Brenna.", "arrested", None),
    Case("sequence", FRI, "On Monday, police raided a flat in Orlin. Later, officers arrested two men.",
         "arrested", None),
    Case("sequence", FRI, "On Monday, police raided a flat in Orlin.\n\nGunmen attacked a bus near Sella.",
         "attacked", None),
    Case("sequence", FRI, "On Monday, police raided a flat in Orlin. They have arrested two men.", "arrested",
         None),
    # A past act in a report of a later one.
    Case("past act", FRI, "The man, who was convicted in 2009 of killing a guard, was freed on Monday.",
         "convicted", "2009"),
    Case("past act", FRI, "A former guard, who was arrested last year, was charged on Tuesday with theft.",
         "arrested", "2023"),
    Case("past act", FRI, "A former guard, who was arrested last year, was charged on Tuesday with theft.",
         "charged", "2024-06-11"),
    Case("past act", FRI, "The militant, jailed in 2015 for a bombing in Sella, was killed in an air "
         "strike on Sunday.", "killed", "2024-06-09"),
    Case("past act", FRI, "The militant, jailed in 2015 for a bombing in Sella, was killed in an air "
         "strike on Sunday.", "jailed", "2015"),
    Case("past act", FRI, "Police on Wednesday arrested a man who attacked a nurse in Brenna in April.",
         "attacked", "2024-04"),
    Case("past act", FRI, "Police on Wednesday arrested a man who attacked a nurse in Brenna in April.",
         "arrested", "2024-06-12"),
    Case("past act", FRI, "The rebels, who seized Asper in 2021, attacked a convoy near the town on "
         "Thursday.", "seized", "2021"),
    Case("past act", FRI, "The rebels, who seized Asper in 2021, attacked a convoy near the town on "
         "Thursday.", "attacked", "2024-06-13"),
    Case("past act", FRI, "The general, who was sentenced in absentia last month, was arrested in Ostrava "
         "on Monday.", "sentenced", "2024-05"),
    # An act dated only by a clause.
    Case("when clause", MON, "When the bomb went off on Friday, soldiers fired on the crowd.", "fired",
         "2024-06-07"),
    Case("when clause", FRI, "When gunmen attacked the market on Tuesday, soldiers arrested two of them.",
         "arrested",
         "2024-06-11"),
    Case("when clause", FRI, "As protesters marched on the ministry on Wednesday, police fired tear gas.",
         "fired", "2024-06-12"),
    Case("when clause", FRI, "Police fired tear gas when protesters stormed the ministry on Wednesday.",
         "fired", "2024-06-12"),
    Case("when clause", FRI, "Two guards were wounded when gunmen attacked the depot on Monday night.",
         "attacked", "2024-06-10TNI"),
    Case("while clause", FRI, "Gunmen kidnapped the trader while he drove home from Sella on Tuesday.",
         "kidnapped", "2024-06-11"),
    # A retold act: a later sentence gives the date, or another time of day.
    Case("retold", FRI, "Gunmen attacked a bus near Sella, killing two passengers. The attack, which "
         "happened on June 11, was the third on the road this year.", "attacked", "2024-06-11"),
    Case("retold", FRI, "Gunmen attacked a bus near Sella, killing two passengers. The attack happened on "
         "Tuesday morning.", "attacked", "2024-06-11TMO"),
    Case("retold", FRI, "Rebels shelled Dorvan on Wednesday evening. The shelling, which began shortly "
         "before dusk, killed three people.", "shelling", "2024-06-12TEV"),
    Case("retold", FRI, "Police arrested the suspect on Thursday. The arrest came at dawn, the ministry "
         "said.", "arrest", "2024-06-13"),
    Case("retold", FRI, "Gunmen stormed a hotel in Orlin on Wednesday night. The assault, which began "
         "shortly after 11 p.m., lasted six hours.", "stormed", "2024-06-12T23:00"),
    Case("retold", FRI, "A bomb attack killed six people at a market in Tessaly. The bombing took place "
         "on Sunday, police said.", "attack", "2024-06-09"),
    Case("retold", FRI, "Police raided a flat in Brenna. The raid, on Tuesday, found weapons.", "raided",
         "2024-06-11"),
    Case("retold", FRI, "Soldiers shot dead a man at a checkpoint near Kalvar on Monday. The shooting "
         "happened in the early hours.", "shot", "2024-06-10"),
    # Dates read against a date line at the top of the page (no metadata), including the page's own day.
    Case("date line", None, page(
        "Police raid Orlin docks",
        "Police raided the docks in Orlin on Tuesday, seizing guns and cash.", "",
        "Tuesday, June 11, 2024"),
        "raided", "2024-06-11"),
    Case("date line", None, page(
        "Police arrest Brenna treasurer",
        "Police arrested the treasurer of Brenna on Monday on suspicion of fraud.", "", "June 11, 2024"),
        "arrested", "2024-06-10"),
    Case("date line", None, page(
        "Gunmen attack church in Holbrook",
        "Gunmen attacked a church in Holbrook on Sunday, wounding five worshippers.", "", "June 11, 2024"),
        "attacked", "2024-06-09"),
    Case("date line", None, page(
        "Strike shuts Velmora port",
        "Dock workers went on strike in Velmora on Friday, the union said.", "", "Updated June 14, 2024"),
        "went", "2024-06-14"),
    Case("date line", None, page(
        "Troops shell rebel town",
        "Troops shelled the rebel-held town of Asper yesterday, residents said.", "",
        "Published: 2024-06-12 09:30"),
        "shelled", "2024-06-11"),
    Case("date line", None, page(
        "Court jails Kessel mayor",
        "A court in Kessel jailed the former mayor for six years on Thursday.", "", "13 June 2024"),
        "jailed", "2024-06-13"),
    Case("date line", None, page(
        "Mob attacks Sella police station",
        "A mob attacked a police station in Sella on Saturday after the death of a detainee.",
        "Residents said the station was set on fire.", "June 10, 2024"),
        "attacked", "2024-06-08"),
    Case("date line", None, page(
        "Police detain activists",
        "Police detained twelve activists in Velmora last week, their lawyers said.", "", "June 11, 2024"),
        "detained", "2024-W23"),
    Case("date line", None, page(
        "Rebels attack Morvel",
        "Rebels attacked the town of Morvel on Wednesday.", "", "June 14, 2024"),
        "attacked", "2024-06-12"),
    Case("wire dateline", None, "ORLIN, June 12, 2024 (Reuters) - Police arrested the head of the port "
         "authority on Wednesday on suspicion of fraud, officials said.", "arrested", "2024-06-12"),
    Case("wire dateline", None, "SELLA, June 11, 2024 (AP) - Gunmen attacked a convoy near Sella on "
         "Sunday, killing two drivers.", "attacked", "2024-06-09"),
    # Date lines in other layouts, and the publication day itself.
    Case("date line", None, page(
        "Gunmen attack Sella market",
        "Gunmen attacked a market in Sella on Sunday, killing four people.", "",
        "Updated 10:32 a.m. ET, Tue June 11, 2024"),
        "attacked", "2024-06-09"),
    Case("date line", None, page(
        "Police arrest Orlin banker",
        "Police arrested a banker in Orlin earlier today on suspicion of fraud.", "",
        "June 12, 2024"),
        "arrested", "2024-06-12"),
    Case("publication day", "2024-06-09", "Gunmen attacked a market in Sella on Sunday, police said.",
         "attacked", "2024-06-09"),
    Case("publication day", TUE, "Police arrested the mayor of Kessel last Tuesday.", "arrested",
         "2024-06-04"),
    Case("publication day", TUE, "Officials condemned Tuesday's attack on a school in Tessaly.", "attack",
         "2024-06-11"),
    Case("publication day", MON, "Protesters clashed with police in Velmora this past weekend.", "clashed",
         "2024-W23-WE"),
    # A retold act narrowed to the clock time or day the retelling gives.
    Case("narrowing", MON, "Gunmen shot a guard dead in Orlin on Sunday. The shooting happened at about "
         "2 a.m., police said.", "shot", "2024-06-09T02:00"),
    Case("narrowing", FRI, page(
        "Rebels shell Dorvan",
        "Rebels shelled the town of Dorvan last week, residents said.",
        "The town was shelled on June 5."),
        "shelled@2", "2024-06-05"),
    Case("narrowing", MON, "A guard was killed in Orlin on Saturday night. He was shot at around 11:30 "
         "p.m. outside a bar.", "shot", "2024-06-08T23:30"),
    Case("narrowing", None, page(
        "Gunmen attack Orlin cafe",
        "Gunmen attacked a cafe in Orlin late Thursday, killing two people.",
        "The attack happened around 9 p.m. on Thursday.", "June 14, 2024"),
        "attacked", "2024-06-13T21:00"),
    Case("summary dates", None, page(
        "Fans clash with police",
        "Riot police clashed with fans in Ostrava, firing tear gas.",
        "Riot police clashed with fans outside the stadium last night.", "June 10, 2024"),
        "clashed@2", "2024-06-09TNI"),
    Case("hours after", TUE, "Hours after troops retook Asper on Thursday, rebels shelled the town.",
         "shelled", "2024-06-06"),
    Case("past act", FRI, "The man, who was arrested over the 2019 bombing of a bus, was sentenced on "
         "Monday.", "bombing", "2019"),
    Case("past act", FRI, "The man, who was arrested over the 2019 bombing of a bus, was sentenced on "
         "Monday.", "sentenced", "2024-06-10"),
    # No date given to the act: the publication fallback, not another act's date.
    Case("no date", FRI, page(
        "Gunmen attack bus near Sella",
        "Gunmen attacked a bus near Sella, killing two passengers, officials said. Police arrested two "
        "men on Wednesday over a robbery in Orlin."),
        "attacked", None),
    Case("no date", FRI, "The minister, who visited Sella on Monday, condemned the attack.", "condemned",
         None),
    Case("no date", FRI, "Police arrested two men after a week of riots in Velmora.", "arrested", None),
    Case("no date", None, page(
        "Rebels attack army post",
        "Rebels attacked an army post near Kalvar, the army said.", "", "June 14, 2024"),
        "attacked", None),
    Case("no date", FRI, "The man, who was arrested on Tuesday, said police had tortured him in custody.",
         "tortured",
         None),
    Case("no date", FRI, "A court on Monday ordered the release of a journalist who was detained after "
         "protests in Velmora.", "detained", None),
    # Coarser body dates narrowed by a finer one of the same act, and coarse dates kept when no finer one.
    Case("narrowing", FRI, "Troops shelled Morvel this week, residents said. The shelling began on "
         "Tuesday.", "shelled", "2024-06-11"),
    Case("narrowing", FRI, "Rebels seized the town of Asper earlier this month. They seized it on June 4, "
         "the army said.", "seized", "2024-06-04"),
    Case("narrowing", FRI, "Police arrested the mayor of Kessel this week. He was arrested on Wednesday "
         "night at his home.", "arrested", "2024-06-12TNI"),
    Case("coarse kept", FRI, "Rebels seized the town of Asper earlier this month, the army said.", "seized",
         "2024-06"),
    Case("coarse kept", MON, "Police detained twenty fans in Ostrava over the weekend.", "detained",
         "2024-W23-WE"),
    Case("coarse kept", FRI, "Protesters clashed with police in Velmora this week.", "clashed", "2024-W24"),
]
