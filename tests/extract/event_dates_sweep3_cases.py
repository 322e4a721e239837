"""The golden table of the third event-date sweep (:mod:`tests.extract.test_event_dates_sweep3`): made-up
reports read whole, as a reader dates them: acts told in reported speech and attributions, dates in the
premodifiers, possessives and postmodifiers of act nouns, weekdays against a date line of another weekday
(around month and year ends), days counted from another dated act, background acts in a report of a later
one, the steps of a prosecution each on its own day, undated pages and pages dated only at the top, and
times of day around midnight.

``published`` None means the page has no publication metadata: its date line (when it has one) is its date.
``expected`` None means the text gives the act no date of its own (the guidelines' ``null``, and ``"?"`` where
the sentence dates only another act): it falls back to the publication date. The calendar is November 2024:
Friday 1st, Monday 4th ... Sunday 10th (ISO week 45, its weekend 2024-W45-WE), Monday 11th ... Sunday 17th
(week 46). Year end: Thursday 2025-01-02 follows Friday 27th ... Tuesday 31 December. Month end: Tuesday
2024-10-01 follows Saturday 28th ... Monday 30 September. Names, places and events are invented.
"""

from __future__ import annotations

from tests.extract.event_dates_sweep2_cases import Case
from tests.extract.event_dates_sweep2_cases import page as report

THU = "2024-11-14"
FRI = "2024-11-15"
MON = "2024-11-18"
NEW_YEAR = "2025-01-02"
OCT1 = "2024-10-01"


#: Reports probed for two acts each.
MAN_ARRESTED_IN_KESSEL = report(
    "Man arrested in Kessel",
    "The man, who was first convicted of robbery in 2010, was arrested on Tuesday. He is accused of "
    "attacking a guard. He was freed last year.")
MAN_HELD_OVER_NURSE_KILLING = report(
    "Man held over nurse killing",
    "Police arrested a man on Thursday in connection with the killing of a nurse in Brenna five years "
    "ago. The case had gone cold. DNA led to the arrest.")
FORMER_MINISTER_ARRESTED = report(
    "Former minister arrested",
    "The former minister, who had been jailed in 2012 for bribery, was arrested again on Wednesday. He "
    "was released in 2016. He denies the new charge.")
JURY_CONVICTS_GUARD_KILLER = report(
    "Jury convicts guard killer",
    "A man was charged on Monday with the killing of a guard. He pleaded not guilty on Tuesday. A jury "
    "convicted him on Thursday.")
FORMER_KESSEL_MAYOR_JAILED = report(
    "Former Kessel mayor jailed",
    "A court in Kessel convicted the former mayor of bribery in March. On Wednesday, the court "
    "sentenced him to six years. He will appeal.")
WIFE_KILLER_SENTENCED = report(
    "Wife killer sentenced",
    "The man, who was sentenced on Wednesday, had been convicted last month of killing his wife. He "
    "showed no emotion. Her family spoke outside court.")
BRENNA_TREASURER_CHARGED = report(
    "Brenna treasurer charged",
    "The treasurer of Brenna was arrested on Nov. 5 and charged on Nov. 8 with fraud. He was arraigned "
    "on Tuesday. He is free on bail.")
SIEGE_OF_ORLIN_HOTEL_ENDS = report(
    "Siege of Orlin hotel ends",
    "Gunmen stormed a hotel in Orlin on Tuesday night. The siege ended early Wednesday when troops "
    "stormed the building. Six hostages were freed.")
TWO_HELD_OVER_BUS_ATTACK = report(
    "Two held over bus attack",
    "Gunmen attacked a bus near Sella on Saturday. Police arrested two men the day after the attack. "
    "Both were charged.")


CASES: list[Case] = [
    # Reported speech and attributions: the date of the saying is not the date of the act said.
    Case("reported speech", FRI, report(
        "Man held over Orlin hotel fire",
        "Police said the man was arrested Sunday at a hotel in Orlin. He is suspected of setting fire to "
        "the hotel's kitchen. Officers questioned him for six hours, a spokesman said."),
        "arrested", "2024-11-10"),
    Case("reported speech", FRI, report(
        "Suspect surrenders in Brenna",
        "According to a statement released on Monday, the suspect surrendered to police in Brenna. He had "
        "been sought for a week. His lawyer declined to comment."),
        "surrendered", None),
    Case("reported speech", FRI, report(
        "Suspect surrenders in Brenna",
        "According to a statement released on Monday, the suspect surrendered to police on Saturday. He "
        "had been sought for a week. His lawyer declined to comment."),
        "surrendered", "2024-11-09"),
    Case("reported speech", FRI, report(
        "Police shoot gunman in Dorvan",
        "A police spokesman said Wednesday that officers had shot the gunman on Tuesday night. The man had "
        "fired at a patrol car. He remains in hospital."),
        "shot", "2024-11-12TNI"),
    Case("reported speech", FRI, report(
        "Driver held after crash in Kessel",
        "The driver was arrested Sunday, police said Tuesday. He was released on bail. An inquiry is under "
        "way."),
        "arrested", "2024-11-10"),
    Case("reported speech", FRI, report(
        "Driver held in Kessel",
        "The driver was arrested, police said Tuesday. He was released on bail. An inquiry is under way."),
        "arrested", None),
    Case("reported speech", FRI, report(
        "Rebels attack convoy near Kalvar",
        "Officials told reporters on Wednesday that rebels attacked the convoy on Monday. Four drivers were "
        "wounded. The road was closed."),
        "attacked", "2024-11-11"),
    Case("reported speech", FRI, report(
        "Army says troops killed militants",
        "In a statement on Sunday, the army said its troops killed eight militants in the hills. It gave no "
        "further details. Residents could not be reached."),
        "killed@2", None),
    Case("reported speech", FRI, report(
        "Kessel officials detained",
        "The ministry announced on Tuesday the arrest of three officials in Kessel. They are accused of "
        "taking bribes. None has commented."),
        "arrest", None),
    Case("reported speech", FRI, report(
        "Man stabbed in Orlin park",
        "Prosecutors said the victim was stabbed on Nov. 2 in a park in Orlin. He survived. A suspect is in "
        "custody."),
        "stabbed@2", "2024-11-02"),
    Case("reported speech", FRI, report(
        "Two dead in Sella market attack",
        "The attack, which police said took place on Saturday evening, left two people dead. Stalls were "
        "destroyed. The market reopened on Thursday."),
        "attack@2", "2024-11-09TEV"),
    Case("reported speech", THU, report(
        "Mother says soldiers detained son",
        "\u201cSoldiers arrested my son on Tuesday night,\u201d his mother said on Wednesday. The army has "
        "not commented. He is 17."),
        "arrested", "2024-11-12TNI"),
    Case("reported speech", FRI, report(
        "Two men detained in Tessaly",
        "Police confirmed on Friday that two men had been detained. They were not named. Searches "
        "continued."),
        "detained@2", None),
    Case("reported speech", FRI, report(
        "Witnesses describe Holbrook shooting",
        "Witnesses said a gunman opened fire on the crowd late Saturday. Three people were hurt. The gunman "
        "fled on foot."),
        "opened", "2024-11-09"),
    Case("reported speech", FRI, report(
        "Rebels seize Asper, army says",
        "The army said on Thursday that rebels had seized Asper on Nov. 6. Thousands fled. Troops are "
        "massing outside the town."),
        "seized", "2024-11-06"),
    Case("reported speech", FRI, report(
        "Police shoot man in Brenna",
        "Officers shot a man who threatened them with a knife, police said in a statement on Wednesday. The "
        "man is in hospital. An inquiry has begun."),
        "shot", None),
    # Dates in premodifiers, possessives and postmodifiers of an act noun.
    Case("premodifier", FRI, report(
        "Teenager held over Velmora riot",
        "Police arrested a teenager over last week's riot in Velmora. Shops were looted during the riot. "
        "Two officers were hurt."),
        "riot@2", "2024-W45"),
    Case("premodifier", FRI, report(
        "Survivors march in Sella",
        "Survivors of the 2008 bombing of the Sella market marched on Friday. They demanded a new inquiry. "
        "Nobody was ever convicted."),
        "bombing", "2008"),
    Case("premodifier", FRI, report(
        "Guns seized at Brenna docks",
        "Thursday night's raid on the Brenna docks netted guns and cash. Police arrested four men. The port "
        "reopened in the morning."),
        "raid", "2024-11-14TNI"),
    Case("postmodifier", FRI, report(
        "Guns seized at Brenna docks",
        "The raid on Tuesday night netted guns and cash. Police arrested four men. The port reopened in the "
        "morning."),
        "raid", "2024-11-12TNI"),
    Case("premodifier", FRI, report(
        "Outrage over Harlan massacre",
        "Officials condemned last month's massacre of villagers in Harlan. Survivors described the attack. "
        "The army denied any role."),
        "massacre@2", "2024-10"),
    Case("premodifier", FRI, report(
        "Stabbing suspect in court",
        "The suspect in Saturday morning's stabbing appeared in court. The victim is recovering. The hearing "
        "lasted ten minutes."),
        "stabbing", "2024-11-09TMO"),
    Case("premodifier", FRI, report(
        "Photos released of Orlin shooting",
        "Police released photos of the Nov. 6 shooting of a jeweller. The jeweller survived. No arrests have "
        "been made."),
        "shooting@2", "2024-11-06"),
    Case("premodifier", FRI, report(
        "Kalvar convoy attack remembered",
        "The September 2023 attack on a convoy near Kalvar killed nine soldiers. Relatives gathered at the "
        "site. A memorial was unveiled."),
        "attack@2", "2023-09"),
    Case("premodifier", FRI, report(
        "Embassy attack condemned",
        "Yesterday's attack on the embassy drew condemnation from abroad. Nobody was hurt. Security was "
        "tightened."),
        "attack@2", "2024-11-14"),
    Case("premodifier", MON, report(
        "Ten hurt in Ostrava clashes",
        "The weekend's clashes between fans and police left ten people injured. Seats were torn out. The "
        "club apologised."),
        "clashes@2", "2024-W46-WE"),
    Case("premodifier", THU, report(
        "Protests after Kessel arrest",
        "Monday's arrest of the mayor of Kessel sparked protests. Hundreds gathered outside the town hall. "
        "The mayor denies wrongdoing."),
        "arrest@2", "2024-11-11"),
    Case("postmodifier", FRI, report(
        "Three dead in bar shooting",
        "The shooting at a bar on Saturday night left three people dead. The gunman has not been found. The "
        "bar is closed."),
        "shooting@2", "2024-11-09TNI"),
    Case("postmodifier", FRI, report(
        "Holbrook church attack",
        "The attack of Nov. 3 on a church in Holbrook shocked the town. Five worshippers were hurt. The "
        "church reopened a week later."),
        "attack@2", "2024-11-03"),
    Case("postmodifier", FRI, report(
        "Kidnapping in Sella",
        "The kidnapping of a trader in Sella on Wednesday has alarmed merchants. His family has received a "
        "ransom demand. Police are investigating."),
        "kidnapping", "2024-11-13"),
    Case("premodifier", FRI, report(
        "Inquiry into Dorvan shelling",
        "An inquiry into the Oct. 30 shelling of Dorvan opened on Thursday. Twelve people died in the "
        "shelling. The army blames the rebels."),
        "shelling@2", "2024-10-30"),
    Case("premodifier", FRI, report(
        "Anniversary of Tessaly bombing",
        "Residents marked the anniversary of the 1999 bombing in Tessaly. Forty people died. The bombers "
        "were never caught."),
        "bombing@2", "1999"),
    # Weekdays against the publication day or a date line of another weekday, across month and year ends.
    Case("weekday at month end", None, report(
        "Kessel mayor arrested",
        "Police arrested the mayor of Kessel on Saturday. He is accused of taking bribes. He denies the "
        "charge.", "", "Tuesday, October 1, 2024"),
        "arrested@2", "2024-09-28"),
    Case("weekday at month end", OCT1, report(
        "Rebels attack Dorvan airport",
        "Rebels attacked the airport in Dorvan on Monday. Flights were suspended. Two guards were "
        "wounded."),
        "attacked", "2024-09-30"),
    Case("weekday at year end", NEW_YEAR, report(
        "Gunmen attack Holbrook church",
        "Gunmen attacked a church in Holbrook on Sunday. Four worshippers were hurt. The church was "
        "closed."),
        "attacked", "2024-12-29"),
    Case("weekday at year end", NEW_YEAR, report(
        "Arrests in Ostrava",
        "Police arrested forty people on Tuesday night in Ostrava. Fireworks were thrown at officers. Most "
        "were released."),
        "arrested", "2024-12-31TNI"),
    Case("weekday at year end", NEW_YEAR, report(
        "Rebels shell Dorvan",
        "Rebels shelled Dorvan on Thursday. Three people were killed. The army returned fire."),
        "shelled", "2025-01-02"),
    Case("weekday at year end", NEW_YEAR, report(
        "Man held over stabbing",
        "Police detained a man on Friday over a stabbing in Orlin. The victim survived. The man was "
        "released without charge."),
        "detained", "2024-12-27"),
    Case("last night at year end", None, report(
        "Hundreds held in Ostrava",
        "Police arrested 300 people in Ostrava last night. Cars were set alight. The mayor appealed for "
        "calm.", "", "Wednesday, January 1, 2025"),
        "arrested", "2024-12-31TNI"),
    Case("weekday in leap year", "2024-03-01", report(
        "Troops raid Morvel camp",
        "Troops raided a camp near Morvel on Thursday. Weapons were seized. Nobody was hurt."),
        "raided", "2024-02-29"),
    Case("publication day", None, report(
        "Gunmen attack Sella market",
        "Gunmen attacked a market in Sella on Friday. Two people were killed. Shops stayed closed.", "",
        "Friday, November 15, 2024"),
        "attacked", "2024-11-15"),
    Case("future hearing", FRI, report(
        "Man charged over Orlin killing",
        "The man was charged on Thursday with the killing of a guard. He will be sentenced next Monday. His "
        "lawyer said he would appeal."),
        "charged@2", "2024-11-14"),
    Case("future hearing", FRI, report(
        "Man charged over Orlin killing",
        "A man charged with the murder of a taxi driver in Orlin is due in court on Monday. The driver was "
        "found dead in his cab. Police have appealed for witnesses."),
        "charged@2", None),
    Case("future hearing", FRI, report(
        "Man charged over Orlin assault",
        "A man was charged with assault on Saturday and remanded in custody. He is due in court on Monday. "
        "The victim is in hospital."),
        "charged@2", "2024-11-09"),
    # Days counted from another dated act of the same report.
    Case("a week after", FRI, report(
        "Troops shell Asper",
        "Rebels seized Asper on Nov. 4. A week after they seized the town, troops shelled it. Residents "
        "fled."),
        "shelled", "2024-11-11"),
    Case("within hours", FRI, report(
        "Two held over Sella bus bombing",
        "A bomb exploded at a bus station in Sella on Monday. Police arrested two suspects within hours. "
        "Both are from the town."),
        "arrested", "2024-11-11"),
    Case("days before", FRI, report(
        "Troops retake Asper",
        "Rebels shelled the town days before troops retook it on Thursday. The school was destroyed. "
        "Residents fled."),
        "shelled", None),
    Case("the following day", FRI, report(
        "Driver charged over crash",
        "Police arrested the driver on Monday. The following day, he was charged with dangerous driving. "
        "He was released on bail."),
        "charged@2", "2024-11-12"),
    Case("a week after", FRI, report(
        "Three held over mosque attack",
        "A week after the Nov. 3 attack on a mosque in Sella, police arrested three men. They were held in "
        "Orlin. A fourth man is sought."),
        "arrested", "2024-11-10"),
    Case("weeks after", FRI, report(
        "Suspect held over Orlin killing",
        "Police arrested a suspect on Thursday, two weeks after the killing of a guard in Orlin. The guard "
        "was shot at the gate of a depot. The suspect is 24."),
        "killing@2", "2024-10-31"),
    Case("days after", FRI, report(
        "Guard dies of wounds",
        "The guard died in hospital on Tuesday, three days after he was shot in Orlin. His family paid "
        "tribute. Police have made no arrests."),
        "shot", "2024-11-09"),
    Case("two days later", FRI, report(
        "Kidnapped trader freed",
        "Gunmen kidnapped a trader near Sella on Sunday. Two days later, soldiers freed him in a raid. "
        "Two kidnappers were killed."),
        "raid", "2024-11-12"),
    Case("the day after", FRI, report(
        "Fans clash with police",
        "Fans rioted in Ostrava after a match on Saturday. The day after the riot, police arrested twelve "
        "of them. The club was fined."),
        "arrested", "2024-11-10"),
    Case("no anchor", FRI, report(
        "Driver charged",
        "Police arrested a driver in Kessel. Two days later, he was charged with theft. He denies it."),
        "charged@2", None),
    # Background acts in a report of a later one.
    Case("background", FRI, MAN_ARRESTED_IN_KESSEL,
        "convicted", "2010"),
    Case("background", FRI, MAN_ARRESTED_IN_KESSEL,
        "arrested@2", "2024-11-12"),
    Case("background", FRI, report(
        "Activist still held",
        "Since his arrest in May, the activist has been held in Velmora prison. His lawyers have appealed. "
        "A hearing is set for December."),
        "arrest", "2024-05"),
    Case("background", FRI, report(
        "Man charged with assault",
        "The suspect was first arrested last year for assaulting a neighbour. On Wednesday he was charged "
        "with assault. He denies the charge."),
        "arrested", "2023"),
    Case("background", FRI, report(
        "Bank robbed again",
        "Gunmen robbed the Cordale bank on Tuesday. The same gang attacked the bank in 2019, police said. "
        "Nobody was hurt this time."),
        "attacked", "2019"),
    Case("background", FRI, MAN_HELD_OVER_NURSE_KILLING,
        "killing@2", "2019"),
    Case("background", FRI, MAN_HELD_OVER_NURSE_KILLING,
        "arrested", "2024-11-14"),
    Case("background", FRI, report(
        "Officer attacked in Orlin",
        "A man attacked a police officer in Orlin on Monday. He was previously arrested in March for "
        "assaulting a guard. He is in custody."),
        "arrested", "2024-03"),
    Case("background", FRI, report(
        "Third attack on Sella market",
        "Gunmen attacked the Sella market on Wednesday. It was the third attack on the market since March. "
        "Traders demanded protection."),
        "attack@2", "2024-11-13"),
    Case("background", FRI, report(
        "Rebels ambush truck",
        "Rebels ambushed a truck near Kalvar on Monday. They had attacked the same road in July. The driver "
        "escaped."),
        "attacked", "2024-07"),
    Case("background", FRI, FORMER_MINISTER_ARRESTED,
        "jailed", "2012"),
    Case("background", FRI, FORMER_MINISTER_ARRESTED,
        "arrested@2", "2024-11-13"),
    # A prosecution: each step on its own day.
    Case("prosecution", FRI, JURY_CONVICTS_GUARD_KILLER,
        "charged", "2024-11-11"),
    Case("prosecution", FRI, JURY_CONVICTS_GUARD_KILLER,
        "convicted", "2024-11-14"),
    Case("prosecution", FRI, FORMER_KESSEL_MAYOR_JAILED,
        "convicted", "2024-03"),
    Case("prosecution", FRI, FORMER_KESSEL_MAYOR_JAILED,
        "sentenced", "2024-11-13"),
    Case("prosecution", FRI, WIFE_KILLER_SENTENCED,
        "convicted", "2024-10"),
    Case("prosecution", FRI, WIFE_KILLER_SENTENCED,
        "sentenced@2", "2024-11-13"),
    Case("prosecution", FRI, report(
        "Life for taxi driver's killer",
        "A judge sentenced the man to life in prison on Friday for the 2022 murder of a taxi driver. The "
        "man had denied the murder. The judge called it cruel."),
        "murder", "2022"),
    Case("prosecution", FRI, report(
        "Woman admits neighbour stabbing",
        "The woman pleaded guilty on Monday to stabbing her neighbour in August. She will be sentenced in "
        "January. The neighbour survived."),
        "stabbing@2", "2024-08"),
    Case("prosecution", FRI, BRENNA_TREASURER_CHARGED,
        "charged@2", "2024-11-08"),
    Case("prosecution", FRI, BRENNA_TREASURER_CHARGED,
        "arrested", "2024-11-05"),
    Case("future sentencing", FRI, report(
        "Guard killer to be sentenced",
        "A jury convicted the man on Wednesday of killing a guard. He will be sentenced on Dec. 12. He faces "
        "life in prison."),
        "convicted", "2024-11-13"),
    # Pages without a date line, and pages dated only at the top.
    Case("undated page", None, report(
        "Kessel mayor arrested",
        "Police arrested the mayor of Kessel on Monday. He is accused of taking bribes. He denies it."),
        "arrested@2", None),
    Case("undated page", None, report(
        "Convoy attacked near Sella",
        "Gunmen attacked a convoy near Sella on Nov. 4, 2024. Two drivers were killed. The road was "
        "closed."),
        "attacked@2", "2024-11-04"),
    Case("undated page", None, report(
        "Asper under rebel rule",
        "Rebels seized the town of Asper in March 2021. They held it for a year. Many residents fled."),
        "seized", "2021-03"),
    Case("undated page", None, report(
        "Orlin homes raided",
        "Police raided six homes in Orlin today. Four people were arrested. Guns were found."),
        "raided@2", None),
    Case("wire line without date", None,
         "ORLIN (AP) \u2014 Police arrested the head of the port authority on Wednesday. He is suspected of "
         "fraud. His office was searched.",
         "arrested", None),
    Case("wire line with date", None,
         "ORLIN, Nov. 13, 2024 (AP) \u2014 Police arrested the head of the port authority yesterday. He is "
         "suspected of fraud. His office was searched.",
         "arrested", "2024-11-12"),
    Case("headline dates", None, report(
        "Police arrest Orlin banker on Nov. 12, 2024",
        "Police arrested a banker in Orlin on suspicion of fraud. His bank was searched. He denies "
        "wrongdoing."),
        "arrested", "2024-11-12"),
    Case("first line dates", None,
         "Nov. 13, 2024\n\nRiot police clashed with students in Velmora on Tuesday night. Dozens were hurt. "
         "The university was closed.",
         "clashed", "2024-11-12TNI"),
    Case("wire line with date", None,
         "LOS ANGELES, Nov. 14, 2024 (AP) \u2014 A gunman shot two guards at a warehouse on Monday. Both "
         "survived. The gunman fled.",
         "shot", "2024-11-11"),
    # Times of day around midnight.
    Case("late night", FRI, report(
        "Gunmen attack Orlin bar",
        "Gunmen attacked a bar in Orlin late Saturday night. Two people were wounded. The bar was "
        "closed."),
        "attacked", "2024-11-09TNI"),
    Case("early day", FRI, report(
        "Police raid Orlin club",
        "Police raided a club in Orlin early Sunday. Drugs were found. The owner was detained."),
        "raided", "2024-11-10"),
    Case("after midnight", FRI, report(
        "Cars burned in Velmora",
        "Rioters burned cars in Velmora shortly after midnight on Saturday. Police arrived an hour later. "
        "Nobody was hurt."),
        "burned@2", "2024-11-09T24:00"),
    Case("late night to early day", MON, report(
        "Two shot in Ostrava",
        "A fight broke out late Saturday night and a gunman shot two men early Sunday. Both survived. "
        "Police have made no arrests."),
        "shot@2", "2024-11-17"),
    Case("siege over midnight", FRI, SIEGE_OF_ORLIN_HOTEL_ENDS,
        "stormed@2", "2024-11-13"),
    Case("siege over midnight", FRI, SIEGE_OF_ORLIN_HOTEL_ENDS,
        "stormed", "2024-11-12TNI"),
    Case("midnight without a day", FRI, report(
        "Airport shelled",
        "Shortly after midnight, rebels shelled the airport in Dorvan. Two planes were damaged. Flights "
        "were suspended."),
        "shelled@2", "2024-11-15T24:00"),
    Case("night of two days", FRI, report(
        "Inmates riot in Velmora",
        "Inmates rioted at the Velmora prison on the night of Nov. 9. Guards regained control the next "
        "morning. Two guards were hurt."),
        "rioted", "2024-11-09"),
    # More of the same kinds, in other words.
    Case("reported speech", FRI, report(
        "Soldiers killed protesters, agency says",
        "The agency reported Tuesday that soldiers had killed five protesters on Sunday. The army denied it. "
        "Funerals were held on Monday."),
        "killed@2", "2024-11-10"),
    Case("reported speech", FRI, report(
        "Bus attacked near Sella",
        "According to police, gunmen attacked the bus on Monday night. Six passengers were hurt. The "
        "driver escaped."),
        "attacked", "2024-11-11TNI"),
    Case("reported speech", FRI, report(
        "Man held over Orlin fire",
        "Police say the man was arrested Sunday near the scene. He has not been charged. The fire "
        "destroyed a warehouse."),
        "arrested", "2024-11-10"),
    Case("premodifier", FRI, report(
        "Guns found in docks raid",
        "The Tuesday night raid on the Brenna docks netted guns and cash. Four men were held. The port "
        "reopened."),
        "raid@2", "2024-11-12TNI"),
    Case("premodifier", FRI, report(
        "Trial over Kessel killing opens",
        "The trial of a man accused in the March 3, 2019, killing of a guard opened on Thursday. He denies "
        "the charge. The guard was shot at his post."),
        "killing@2", "2019-03-03"),
    Case("premodifier", FRI, report(
        "Arrest over Sella attack",
        "Police arrested a man over last Tuesday's attack on a bus in Sella. Two people died in the attack. "
        "The man is 30."),
        "attack@2", "2024-11-12"),
    Case("clock across midnight", MON, report(
        "One dead in Ostrava club shooting",
        "The party began late Saturday, and the shooting happened at about 1 a.m. Sunday. One man died. "
        "Police are looking for the gunman."),
        "shooting@2", "2024-11-17T01:00"),
    Case("clock across midnight", MON, report(
        "Gunmen attack Orlin bar",
        "Gunmen attacked a bar in Orlin at 11:50 p.m. Saturday. Two people were hurt. The bar was "
        "closed."),
        "attacked", "2024-11-16T23:50"),
    Case("holiday at year end", NEW_YEAR, report(
        "Forty held in Ostrava",
        "Police arrested forty people in the early hours of New Year's Day. Fireworks were thrown at "
        "officers. Most were released."),
        "arrested", "2025-01-01"),
    Case("prosecution", FRI, report(
        "Man remanded over Orlin assault",
        "A man was remanded in custody on Tuesday over an assault in Orlin. He will appear in court next "
        "month. The victim is recovering."),
        "remanded@2", "2024-11-12"),
    Case("undated page", None, report(
        "Man held over Dec. 6 killing",
        "Police arrested a man over the Dec. 6 killing of a shopkeeper. He was held at his home. He denies "
        "it."),
        "killing@2", "XXXX-12-06"),
    Case("undated page", None, report(
        "Police arrest Orlin banker",
        "On Monday, Dec. 2, 2019, police arrested a banker in Orlin. He was released the next day. He "
        "denies wrongdoing."),
        "arrested", "2019-12-02"),
    Case("premodifier at month end", OCT1, report(
        "Protests after weekend arrests",
        "The weekend's arrests of six activists in Velmora drew protests. They were freed on Monday. Their "
        "lawyers complained."),
        "arrests", "2024-W39-WE"),
    Case("past perfect with a date", FRI, report(
        "Man charged in Orlin",
        "A man was charged on Wednesday with robbery. He had been arrested on Nov. 1 at his home. He is "
        "held in Orlin."),
        "arrested", "2024-11-01"),
    Case("reported speech", FRI, report(
        "Rebels claim Kalvar attack",
        "Rebels said on Thursday they had attacked the army post in Kalvar. The army confirmed an attack. "
        "Three soldiers were hurt."),
        "attacked", None),
    # "The day after" an act is a measured gap of one day, not a date of that act; "a few days" is no gap.
    Case("the day after", FRI, report(
        "Man held over Orlin shooting",
        "Police arrested the man the day after the shooting, which happened on Saturday. He was held in "
        "Orlin. The victim survived."),
        "arrested", "2024-11-10"),
    Case("the day after", FRI, TWO_HELD_OVER_BUS_ATTACK,
        "attack@2", "2024-11-09"),
    Case("the day after", FRI, TWO_HELD_OVER_BUS_ATTACK,
        "arrested", "2024-11-10"),
    Case("a few days after", FRI, report(
        "Two held over bus attack",
        "Police arrested two men a few days after the attack on a bus near Sella on Saturday. Both were "
        "charged. They deny it."),
        "arrested", None),
    # A clock time before a weekday written with its date (news style): the time on that date.
    Case("clock and written date", FRI, report(
        "Owner of Orlin club detained",
        "Police raided the club at 2 a.m. Sunday, Nov. 10, and detained the owner. Drugs were found. The "
        "club was closed."),
        "raided", "2024-11-10T02:00"),
    Case("clock and written date", FRI, report(
        "Gunmen attack Orlin bar",
        "Gunmen attacked the bar at about 11 p.m. on Saturday, Nov. 9. Two people were hurt. The gunmen "
        "fled."),
        "attacked", "2024-11-09T23:00"),
    Case("clock and written date", None, report(
        "Gunmen attack Orlin bar",
        "Gunmen attacked the bar at 11:40 p.m. Saturday, Nov. 9, 2019. Two people were hurt. The gunmen "
        "fled."),
        "attacked", "2019-11-09T23:40"),
]
