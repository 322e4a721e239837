"""Cases of the third participant sweep (``test_event_participants_sweep3.py``): made-up short news reports
(a headline, a date line or none, three to eight sentences) over how a report names the parties of an act
across its sentences -- the name given in another sentence than the trigger, a pronoun or a description
("the suspect", "the 23-year-old", "the gunman") standing for a person named before or after, the headline's
name for the body's description, acts told without their doer whose doer the report names, victims and
targets, nominal acts ("X's arrest", "his attacker"), groups, and the people a report names who hold no role
(the reporter, the spokesman who reports the act, a witness). Names, places and organisations are made up
or used only as names."""

from __future__ import annotations

from tests.extract.event_probes import Probe

REPORTS: list[Probe] = [
    # --- the one arrested, charged or convicted, named in another sentence
    Probe("arrest-named-next",
          "Man held over Bristol stabbing\n\nA man was arrested in Bristol on Sunday after a woman was "
          "stabbed "
          "outside a pub. Police named him as Darren Pike, 34. The woman is in a stable condition.",
          "was arrested", "COERCE", (), ("Darren Pike",), ("Bristol",)),
    Probe("arrest-the-suspect-appos",
          "Officers arrested a suspect in Leith on Friday night. The suspect, Nadia Kerr, 29, is due "
          "to appear "
          "in court on Monday. Detectives said no one else was hurt.",
          "arrested", "COERCE", (), ("Nadia Kerr",), ("Leith",)),
    Probe("charged-the-23-year-old",
          "Sam Doyle was stopped at Dover on Friday. The 23-year-old was charged on Saturday with smuggling "
          "firearms into the country. He was remanded in custody.",
          "charged", "ACCUSE", (), ("Sam Doyle",), ("Dover",)),
    Probe("charged-pronoun",
          "Police questioned Ellen Marsh for six hours on Tuesday. She was charged with arson on Wednesday "
          "and released on bail. "
          "Inquiries are continuing.",
          "charged", "ACCUSE", (), ("Ellen Marsh",)),
    Probe("convicted-the-defendant",
          "The trial of Martin Cole ended in Exeter on Thursday. A jury convicted the defendant of "
          "murdering "
          "his neighbour, Peter Lane. He will be sentenced next month.",
          "convicted", "SANCTION", (), ("Martin Cole",), ("Peter Lane", "Exeter")),
    Probe("sentenced-pronoun-named-before",
          "Owen Briggs, 41, admitted robbing three post offices in Kent. He was jailed for nine years at "
          "Canterbury Crown Court on Friday. "
          "No further details were given.",
          "jailed", "COERCE", (), ("Owen Briggs",)),
    Probe("headline-name-body-description",
          "Jonas Kell held over Hull stabbing\n\nA 19-year-old man has been arrested after a teenager was "
          "stabbed in Hull on Friday. Police said the teenager's injuries were not life-threatening. "
          "More details are expected later.",
          "has been arrested", "COERCE", (), ("Jonas Kell",), ("Hull",)),
    Probe("arrest-then-apposed-name",
          "Two people were injured in a knife attack in Aarhus on Monday. A man was arrested at the scene. "
          "The man, Erik Dahl, 37, has been charged with attempted murder.",
          "was arrested", "COERCE", (), ("Erik Dahl",), ("Aarhus",)),
    Probe("detained-named-by-police-later",
          "A woman was detained at Gatwick airport on Tuesday. Sussex Police later named her as "
          "Carla Greer, "
          "of Brighton. She was released without charge.",
          "was detained", "COERCE", (), ("Carla Greer",), ("Gatwick",)),
    Probe("charged-named-before-description",
          "Kevin Ashby was arrested near his home in Wigan on Sunday. On Monday the father of two was "
          "charged with the murder of his brother. "
          "The area is usually quiet.",
          "charged", "ACCUSE", (), ("Kevin Ashby",)),
    # --- the doer of an assault named in another sentence
    Probe("gunman-named-next",
          "A gunman opened fire at a nightclub in Malmo on Saturday, wounding four people. Police named the "
          "gunman as Viktor Lund, 41. He was shot by officers and died at the scene.",
          "opened fire", "ASSAULT", ("Viktor Lund",), (), ("Malmo",)),
    Probe("attacker-named-before-he",
          "Police named the attacker as Tom Reese, 45. He stabbed two guards at a depot in Slough before "
          "fleeing in a van. "
          "Inquiries are continuing.",
          "stabbed", "ASSAULT", ("Tom Reese",), (), ("Slough",)),
    Probe("the-suspect-shot",
          "Aaron Platt had argued with his neighbours for months. On Sunday the suspect shot one of them "
          "in a car park in Akron, police said. "
          "No further details were given.",
          "shot", "ASSAULT", ("Aaron Platt",), ()),
    Probe("headline-name-body-gunman",
          "Ray Dolan named as Tacoma gunman\n\nA gunman killed three people at a warehouse in Tacoma on "
          "Tuesday. He was arrested two hours later. "
          "More details are expected later.",
          "killed", "ASSAULT", ("Ray Dolan",), ()),
    Probe("the-teenager-attacker",
          "Dylan Frost, 17, was arrested on Thursday. Police say the teenager attacked a bus driver in "
          "Reading on Wednesday evening. "
          "The area is usually quiet.",
          "attacked", "ASSAULT", ("Dylan Frost",), (), ("Reading",)),
    Probe("the-woman-stabbed-her-husband",
          "Helen Moss, 58, was arrested at her home in Derby. The woman stabbed her husband, Gary Moss, "
          "during a row on Saturday, prosecutors say. "
          "Inquiries are continuing.",
          "stabbed", "ASSAULT", ("Helen Moss",), ("Gary Moss",), ("Derby",)),
    Probe("bomber-named-later",
          "A suicide bomber blew himself up outside a police station in Quetta on Friday, killing five "
          "officers. Officials identified the bomber as Zarar Baig, 22. "
          "No further details were given.",
          "blew himself up", "ASSAULT", ("Zarar Baig",), (), ("Quetta",)),
    # --- the victim named in another sentence
    Probe("victim-named-next",
          "A man was stabbed to death in Stockport on Saturday night. He was named on Sunday as Liam Boyd, "
          "26, a father of one. "
          "More details are expected later.",
          "stabbed", "ASSAULT", (), ("Liam Boyd",), ("Stockport",)),
    Probe("victim-pronoun-before",
          "Maria Costa, 52, was walking her dog in Porto on Tuesday. She was shot twice in the back by a "
          "man on a motorbike. "
          "The area is usually quiet.",
          "shot", "ASSAULT", (), ("Maria Costa",), ("Porto",)),
    Probe("victim-the-teenager",
          "Leon Barr, 16, died in hospital on Sunday. The teenager had been stabbed in Croydon on Saturday "
          "night. No arrests have been made.",
          "stabbed", "ASSAULT", (), ("Leon Barr",), ("Croydon",)),
    Probe("shot-dead-officer-named",
          "Gunmen shot dead a police officer in Newry on Sunday. The officer, Constable Ruth Ellis, 33, was "
          "off duty at the time. "
          "Inquiries are continuing.",
          "shot dead", "ASSAULT", (), ("Ruth Ellis",), ("Newry",)),
    Probe("crowd-killing-two-named",
          "A man opened fire on a crowd at a market in Kumasi on Friday, killing two people. The dead were "
          "named as Kofi Asare and Ama Owusu. "
          "No further details were given.",
          "opened fire", "ASSAULT", (), ("Kofi Asare", "Ama Owusu"), ("Kumasi",)),
    Probe("victims-identified-as",
          "A gunman killed two people at a petrol station in Fresno on Monday. The victims were identified "
          "as Luis Ortega, 44, and Dana Price, 29. "
          "More details are expected later.",
          "killed", "ASSAULT", (), ("Luis Ortega", "Dana Price"), ("Fresno",)),
    Probe("victim-named-woman-shot",
          "A woman was shot in Camden on Tuesday. She has been named as Amira Said, 31. Her family said "
          "she was on her way to work.",
          "was shot", "ASSAULT", (), ("Amira Said",), ("Camden",)),
    Probe("victim-described-in-headline",
          "Imam Yusuf Bello killed in Kano attack\n\nGunmen attacked a mosque in Kano on Friday, killing "
          "the imam and two worshippers. "
          "The area is usually quiet. Inquiries are continuing.",
          "killing", "ASSAULT", (), ("Yusuf Bello",), ("Kano",)),
    Probe("victim-and-shooter-both-named",
          "Paul Grady shot his former business partner, Ian Webb, at an office in Leeds on Tuesday. "
          "Grady was arrested at the scene. "
          "No further details were given.",
          "shot", "ASSAULT", ("Paul Grady",), ("Ian Webb",), ("Leeds",)),
    Probe("victim-shot-by-named-later",
          "A security guard was shot at a bank in Phoenix on Monday. Police said the guard, Nick Rowe, was "
          "shot by Eric Vance, 30, who fled on foot. "
          "More details are expected later.",
          "was shot", "ASSAULT", ("Eric Vance",), ("Nick Rowe",), ("Phoenix",)),
    # --- attacks on places and things
    Probe("stormed-a-bank-in",
          "Armed men stormed a bank in Kisumu on Tuesday and escaped with cash. Nobody was hurt, police "
          "said. "
          "The area is usually quiet.",
          "stormed", "ASSAULT", (), ("Kisumu",)),
    Probe("stormed-named-group",
          "Fighters of the Red Hand Front stormed a prison in Bunia on Sunday. The group freed about 300 "
          "inmates. "
          "Inquiries are continuing.",
          "stormed", "ASSAULT", ("Red Hand Front",), ("Bunia",)),
    Probe("set-fire-to-mosque",
          "Vandals set fire to a mosque in Leicester on Saturday night. Leicestershire Police said it was "
          "treating the fire as a hate crime. "
          "No further details were given.",
          "set fire", "ASSAULT", (), ("Leicester",), ("Leicestershire Police",)),
    Probe("bombed-embassy-of-country",
          "A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, killing three guards. "
          "Al-Shabaab said it carried out the bombing. "
          "More details are expected later.",
          "bombing", "ASSAULT", ("Al-Shabaab",), ("Turkish",), ()),
    Probe("shelled-town-named-group",
          "The town of Marwa was shelled overnight. Local officials blamed the Northern Alliance "
          "Army, which "
          "has besieged the town since May. "
          "The area is usually quiet.",
          "shelled", "ASSAULT", (), ("Marwa",)),
    Probe("raid-on-village-by-group",
          "The raid on the village of Kanda by the Patriotic Front left eleven people dead. Survivors fled "
          "to Goma. "
          "Inquiries are continuing.",
          "raid", "ASSAULT", ("Patriotic Front",), ("Kanda",), ("Goma",)),
    # --- acts without a doer in the sentence, the doer named in the report
    Probe("arrested-by-named-force-elsewhere",
          "A man was arrested on Sunday over the death of a cyclist in Ipswich. Suffolk Police said its "
          "officers made the arrest at an address in Felixstowe. "
          "No further details were given.",
          "was arrested", "COERCE", ("Suffolk Police",), (), ()),
    Probe("charged-by-prosecutor-named-before",
          "District Attorney Laura Kemp said on Friday that her office would seek the harshest penalty. "
          "Dale Hobbs was charged with two counts of murder, Kemp said. "
          "More details are expected later.",
          "charged", "ACCUSE", ("Laura Kemp",), ("Dale Hobbs",)),
    Probe("charged-in-country",
          "Two British tourists were charged in Greece on Monday with damaging an ancient temple. They were "
          "released on bail. "
          "The area is usually quiet.",
          "charged", "ACCUSE", ("Greece",), ("British",)),
    Probe("arrested-in-country",
          "An Australian journalist was arrested in Myanmar on Thursday. The reporter had been covering "
          "protests in Yangon. "
          "Inquiries are continuing.",
          "arrested", "COERCE", ("Myanmar",), ("Australian",), ("Yangon",)),
    Probe("sentenced-judge-named-later",
          "Carl Dunn was sentenced to life in prison on Friday for killing a shop owner in Reno. Judge "
          "Martha Pryce said she had passed the sentence with the family in mind. "
          "No further details were given.",
          "sentenced", "SANCTION", ("Martha Pryce",), ("Carl Dunn",), ("Reno",)),
    Probe("sentenced-by-judge-after-passive",
          "Leah Crane was sentenced on Monday. Judge Victor Hale gave her eight years for the robbery of a "
          "jeweller in Bath. "
          "More details are expected later.",
          "sentenced", "SANCTION", ("Victor Hale",), ("Leah Crane",), ("Bath",)),
    Probe("jailed-at-court-in-city",
          "A drug dealer was jailed for 12 years at a court in Swansea on Tuesday. Rhys Evans, 33, had "
          "admitted supplying heroin. "
          "The area is usually quiet.",
          "jailed", "COERCE", (), ("Rhys Evans",), ()),
    Probe("released-by-group-named",
          "Two aid workers were released on Sunday after three months in captivity. The Sahel Liberation "
          "Movement had kidnapped them near Gao in March. "
          "Inquiries are continuing.",
          "had kidnapped", "ASSAULT", ("Sahel Liberation Movement",), (), ("Gao",)),
    # --- nominal acts across sentences
    Probe("possessive-arrest-named-before",
          "Mark Tully ran a car wash in Bolton for ten years. His arrest on Tuesday shocked his neighbours. "
          "No further details were given.",
          "arrest", "COERCE", (), ("Mark Tully",), ("Bolton",)),
    Probe("arrest-of-by-after",
          "Rosa Diaz disappeared in May. The arrest of her former partner, Hugo Ruiz, by Spanish police on "
          "Friday ended a long search. "
          "More details are expected later.",
          "arrest", "COERCE", ("Spanish",), ("Hugo Ruiz",), ("Rosa Diaz",)),
    Probe("his-attacker-named",
          "Ben Harlow, 62, was punched outside a shop in Kendal on Monday. His attacker, Josh Pell, 20, "
          "was arrested an hour later. "
          "The area is usually quiet.",
          "punched", "ASSAULT", ("Josh Pell",), ("Ben Harlow",), ("Kendal",)),
    Probe("killers-possessive-named-victim",
          "Police are still hunting Ella Grant's killers. The 19-year-old was shot dead in Salford on New "
          "Year's Eve. "
          "Inquiries are continuing.",
          "shot dead", "ASSAULT", (), ("Ella Grant",), ("Salford",)),
    Probe("killing-of-named-before",
          "Father Luis Mora had led the parish for twenty years. The killing of the priest in Oaxaca on "
          "Sunday drew condemnation from the bishops. "
          "No further details were given.",
          "killing", "ASSAULT", (), ("Luis Mora",), ("Oaxaca",)),
    Probe("murder-possessive-pronoun",
          "Joanne Platt was 44 and a mother of three. Her murder in Ayr in 2019 remains unsolved. "
          "More details are expected later.",
          "murder", "ASSAULT", (), ("Joanne Platt",), ("Ayr",)),
    Probe("shooting-of-named-victim-doer-next",
          "The shooting of Marcus Lowe outside a gym in Dayton on Friday was caught on camera. Police say "
          "Andre Fields, 24, fired five shots. "
          "The area is usually quiet.",
          "shooting", "ASSAULT", (), ("Marcus Lowe",), ("Dayton",)),
    Probe("detention-of-journalist",
          "Reporter Ivan Petrov was stopped by police in Minsk on Tuesday. His detention was condemned "
          "by the European Union. "
          "Inquiries are continuing.",
          "detention", "COERCE", (), ("Ivan Petrov",), ("European Union",)),
    Probe("attack-on-him-named-before",
          "Senator Paul Nunez was leaving a rally in Cali on Saturday. The attack on him was carried out by "
          "two men on a motorcycle. "
          "No further details were given.",
          "attack", "ASSAULT", (), ("Paul Nunez",), ("Cali",)),
    # --- groups
    Probe("two-men-and-woman-detained",
          "Two men and a woman were detained in Hamburg on Wednesday. Prosecutors named them as Jan Vogt, "
          "Timo Krause and Lena Roth. "
          "More details are expected later.",
          "detained", "COERCE", (), ("Jan Vogt", "Timo Krause", "Lena Roth"), ("Hamburg",)),
    Probe("gang-members-arrested",
          "Police arrested nine members of the Black Lotus gang in raids across Manila on Monday. The gang "
          "is accused of running a kidnapping ring. "
          "The area is usually quiet.",
          "arrested", "COERCE", (), ("Black Lotus",), ("Manila",)),
    Probe("crew-of-ship-seized",
          "Iranian forces seized a tanker in the Gulf of Oman on Tuesday. The crew of the Sea Falcon, 23 "
          "Indian sailors, were taken to Bandar Abbas. "
          "Inquiries are continuing.",
          "seized", "COERCE", ("Iranian",), ("Sea Falcon",), ("Gulf of Oman",)),
    Probe("the-pair-charged",
          "Omar Hakim and Saeed Nouri were arrested in Dearborn on Friday. The pair were charged on Monday "
          "with plotting an attack. "
          "No further details were given.",
          "charged", "ACCUSE", (), ("Omar Hakim", "Saeed Nouri"), ("Dearborn",)),
    Probe("three-named-after-group",
          "Three men were jailed on Friday for the robbery of a jeweller in Leeds. Adam Shaw, Ross Kemp and "
          "Dean Wood were each given ten years. "
          "More details are expected later.",
          "jailed", "COERCE", (), ("Adam Shaw", "Ross Kemp", "Dean Wood"), ()),
    Probe("they-were-arrested",
          "Mehmet Kaya and his brother Ali Kaya ran a travel agency in Izmir. They were arrested on "
          "Thursday on suspicion of people smuggling. "
          "The area is usually quiet.",
          "arrested", "COERCE", (), ("Mehmet Kaya", "Ali Kaya"), ("Izmir",)),
    Probe("militants-of-group-killed",
          "Soldiers killed six members of the Eastern Shield in a raid near Gao on Sunday, the army said. "
          "Inquiries are continuing. No further details were given.",
          "killed", "ASSAULT", (), ("Eastern Shield",), ("Gao",)),
    Probe("group-claimed-next-sentence",
          "A roadside bomb hit a police patrol near Kirkuk on Friday, killing three officers. The Islamic "
          "Dawn Brigade said its fighters planted the bomb. "
          "More details are expected later.",
          "hit", "ASSAULT", ("Islamic Dawn Brigade",), (), ("Kirkuk",)),
    # --- people the report names who hold no role
    Probe("spokesman-not-party",
          "Police arrested Dean Croft in Perth on Monday, a police spokesman, Alan Reid, said. Croft is "
          "accused of fraud. "
          "The area is usually quiet.",
          "arrested", "COERCE", (), ("Dean Croft",), ("Alan Reid", "Perth")),
    Probe("witness-not-party",
          "A man was stabbed outside a cafe in Galway on Friday. \"I saw him fall,\" said witness Orla "
          "Quinn, 50. The victim, Sean Daly, was treated in hospital.",
          "stabbed", "ASSAULT", (), ("Sean Daly",), ("Orla Quinn", "Galway")),
    Probe("reporter-byline-not-party",
          "By Hannah Price\n\nGunmen kidnapped a businessman, Chidi Okafor, in Enugu on Sunday. His family "
          "has received a ransom demand. "
          "Inquiries are continuing.",
          "kidnapped", "ASSAULT", (), ("Chidi Okafor",), ("Hannah Price", "Enugu")),
    Probe("reporter-told-not-party",
          "Police arrested Tariq Aziz on Tuesday. Detective Inspector Fiona Nash told reporters that Aziz "
          "would be questioned about the fire. "
          "No further details were given.",
          "arrested", "COERCE", (), ("Tariq Aziz",), ("Fiona Nash",)),
    Probe("lawyer-not-party",
          "Nina Ross was charged with fraud on Monday. Her lawyer, Simon Hart, said she would plead not "
          "guilty. "
          "More details are expected later.",
          "charged", "ACCUSE", (), ("Nina Ross",), ("Simon Hart",)),
    Probe("mother-of-victim-not-party",
          "A boy was shot in Flint on Saturday. His mother, Tanya Reed, said he was playing outside. Police "
          "named the boy as Jaylen Reed, 12.",
          "shot", "ASSAULT", (), ("Jaylen Reed",), ("Tanya Reed",)),
    Probe("minister-condemned-not-party",
          "Gunmen killed four soldiers near Mopti on Sunday. Interior Minister Adama Traore condemned the "
          "attack. "
          "The area is usually quiet.",
          "killed", "ASSAULT", (), (), ("Adama Traore", "Mopti")),
    Probe("neighbour-witness-named-attack",
          "Nora Pike, a neighbour, heard the shots. Officers said Ross Dunne shot his wife, Kerry Dunne, in "
          "their home in Boise. "
          "Inquiries are continuing.",
          "shot his wife", "ASSAULT", ("Ross Dunne",), ("Kerry Dunne",), ("Nora Pike",)),
    Probe("detective-quoted-victim-named",
          "\"This was a brutal attack,\" said Detective Sergeant Mike Dale. Adrian Fox, 45, was beaten with "
          "a bat in Hartlepool on Sunday. "
          "No further details were given.",
          "beaten", "ASSAULT", (), ("Adrian Fox",), ("Mike Dale", "Hartlepool")),
    # --- date lines and headlines
    Probe("dateline-city-not-party",
          "NAIROBI, March 4 - Kenyan police arrested an opposition lawmaker, John Mbugua, on Monday. His "
          "party called the arrest political. "
          "More details are expected later.",
          "arrested", "COERCE", ("Kenyan",), ("John Mbugua",), ("Nairobi",)),
    Probe("dateline-agency-not-party",
          "LAGOS (Daily Courier) - Gunmen abducted a schoolteacher, Grace Adeyemi, in Ogun State on Friday, "
          "police said. "
          "The area is usually quiet. Inquiries are continuing.",
          "abducted", "ASSAULT", (), ("Grace Adeyemi",), ("Daily Courier", "Lagos")),
    Probe("headline-passive-body-active",
          "Mayor of Tula shot dead\n\nA gunman shot the mayor of Tula, Ramon Vidal, outside the town "
          "hall on "
          "Tuesday. He died in hospital. "
          "No further details were given.",
          "shot the mayor", "ASSAULT", (), ("Ramon Vidal",)),
    Probe("headline-noun-body-names",
          "Arrest in Omagh shooting\n\nPolice have arrested Connor Walsh, 30, over the shooting of a "
          "taxi driver in Omagh last week. "
          "More details are expected later. Residents said the area was usually quiet.",
          "have arrested", "COERCE", (), ("Connor Walsh",), ()),
    Probe("headline-charge-body-pronoun",
          "Teacher charged with assault\n\nFiona Blake, 39, appeared in court in Dundee on Monday. She is "
          "accused of hitting a pupil. "
          "Inquiries are continuing.",
          "charged", "ACCUSE", (), ("Fiona Blake",), ("Dundee",)),
    Probe("headline-victim-name-body-pronoun",
          "Tributes paid to Kyle Burns\n\nKyle Burns, 18, was stabbed at a party in Paisley on Saturday. He "
          "died in hospital. "
          "No further details were given.",
          "stabbed", "ASSAULT", (), ("Kyle Burns",), ("Paisley",)),
    # --- the act's doer or victim told by a role noun the report ties to a name
    Probe("the-officer-shot",
          "Constable Ian Barr stopped a car in Swindon on Sunday. The officer shot the driver after he "
          "drew a knife, police said. "
          "More details are expected later.",
          "shot", "ASSAULT", ("Ian Barr",), (), ("Swindon",)),
    Probe("the-soldier-killed",
          "Private Adam Rhys, 21, served with the Welsh Guards. The soldier was killed by a roadside bomb "
          "in Helmand on Tuesday. "
          "The area is usually quiet.",
          "killed", "ASSAULT", (), ("Adam Rhys",), ()),
    Probe("the-journalist-kidnapped",
          "Marta Levi has reported from Syria for a decade. The journalist was kidnapped near Idlib on "
          "Monday by armed men. "
          "Inquiries are continuing.",
          "kidnapped", "ASSAULT", (), ("Marta Levi",), ("Idlib",)),
    Probe("the-businessman-arrested-named",
          "Businessman Victor Crane was arrested in Monaco on Friday. French prosecutors accuse the "
          "businessman of laundering money. "
          "No further details were given.",
          "accuse", "ACCUSE", ("French",), ("Victor Crane",), ("Monaco",)),
    Probe("the-ex-husband-killed",
          "Sara Lind left her husband, Olof Lind, last year. Prosecutors say the ex-husband killed her in "
          "Uppsala in June. "
          "More details are expected later.",
          "killed", "ASSAULT", ("Olof Lind",), ("Sara Lind",), ("Uppsala",)),
    Probe("the-boy-named-before-pronoun-object",
          "Tyler Nash, 14, was walking home in Hull on Friday. Two men attacked him with a knife. "
          "The area is usually quiet.",
          "attacked", "ASSAULT", (), ("Tyler Nash",), ("Hull",)),
    # --- agencies, security forces and named forces
    Probe("named-force-arrested-pronoun",
          "Greater Manchester Police said it had arrested a 40-year-old man. The man, Barry Coyle, was held "
          "in Oldham. "
          "Inquiries are continuing.",
          "arrested", "COERCE", ("Greater Manchester Police",), ("Barry Coyle",), ()),
    Probe("fbi-arrested-named-next",
          "The FBI arrested a former soldier in Ohio on Tuesday. The man, Wade Hollis, is accused of "
          "plotting to bomb a power station. "
          "No further details were given.",
          "arrested", "COERCE", ("FBI",), ("Wade Hollis",), ()),
    Probe("army-said-it-killed",
          "The Nigerian army said on Sunday it had killed 20 Boko Haram fighters near Bama. "
          "More details are expected later. Residents said the area was usually quiet.",
          "killed", "ASSAULT", ("Nigerian",), ("Boko Haram",), ("Bama",)),
    Probe("troops-fired-on-protesters-named",
          "Syrian troops fired on protesters in Deraa on Friday. Activists said Ahmad Masri, 19, was among "
          "the dead. "
          "Inquiries are continuing.",
          "fired", "ASSAULT", ("Syrian",), ("Ahmad Masri",), ()),
    Probe("coast-guard-detained-crew",
          "The Greek coast guard detained a boat off Crete on Monday. Its Turkish captain was arrested. "
          "No further details were given.",
          "detained", "COERCE", ("Greek",), (), ()),
    Probe("police-in-country-arrested",
          "Police in Uganda arrested the singer Bobi Kato on Monday. His supporters protested in Kampala. "
          "More details are expected later.",
          "arrested", "COERCE", ("Uganda",), ("Bobi Kato",), ("Kampala",)),
    # --- the doer and the victim across more sentences
    Probe("three-sentence-chain",
          "Dan Wyatt, 52, had been feuding with his landlord for months. On Monday he went to the "
          "landlord's "
          "house in Dover. There he shot Colin Hart, 60, in the leg.",
          "shot", "ASSAULT", ("Dan Wyatt",), ("Colin Hart",), ("Dover",)),
    Probe("she-shot-named-two-sentences-back",
          "Laura Jensen, 29, worked at the store in Aalborg for a year. She was fired in May. On Tuesday "
          "she returned and stabbed her former manager, Peter Holm.",
          "stabbed", "ASSAULT", ("Laura Jensen",), ("Peter Holm",), ("Aalborg",)),
    Probe("victim-and-doer-pronouns",
          "Ahmed Nour owed money to Karim Sabri. Sabri attacked him with a hammer in Alexandria on Friday, "
          "police said. "
          "The area is usually quiet.",
          "attacked", "ASSAULT", ("Karim Sabri",), ("Ahmed Nour",), ("Alexandria",)),
    Probe("surname-only-later",
          "Frank Molloy, 48, was arrested in Cork on Saturday. Molloy was charged on Sunday with setting "
          "fire to a warehouse. "
          "Inquiries are continuing.",
          "charged", "ACCUSE", (), ("Frank Molloy",), ("Cork",)),
    Probe("surname-only-doer",
          "Police said Gavin Royce, 35, had a history of violence. Royce shot a man outside a bar in "
          "Cardiff "
          "on Friday. "
          "No further details were given.",
          "shot", "ASSAULT", ("Gavin Royce",), ()),
    Probe("title-surname-later",
          "Lieutenant Colonel Samir Haddad commanded the base in Zarqa. Haddad was arrested on Monday "
          "on charges of treason. "
          "More details are expected later.",
          "arrested", "COERCE", (), ("Samir Haddad",), ("Zarqa",)),
    Probe("suspect-description-both-sides",
          "A 34-year-old man was arrested in Luton on Friday. Police did not name the suspect. Earlier, "
          "Joel Mason, 40, was stabbed in the town centre.",
          "stabbed", "ASSAULT", (), ("Joel Mason",), ()),
    Probe("two-acts-two-victims",
          "Gunmen shot Paolo Greco in Naples on Monday. On Tuesday they shot his brother, Marco Greco, in "
          "Caserta. "
          "The area is usually quiet.",
          "shot his brother", "ASSAULT", (), ("Marco Greco",), ("Paolo Greco", "Naples")),
    Probe("victim-not-the-arrested",
          "Kate Lowry, 24, was attacked in a park in Sligo on Sunday. A man, Brendan Ward, was arrested on "
          "Monday. "
          "Inquiries are continuing.",
          "was arrested", "COERCE", (), ("Brendan Ward",), ("Kate Lowry",)),
    Probe("arrested-not-the-victim",
          "Brendan Ward, 31, was arrested on Monday. Police say he attacked Kate Lowry in a park in Sligo "
          "on Sunday. "
          "No further details were given.",
          "attacked", "ASSAULT", ("Brendan Ward",), ("Kate Lowry",), ("Sligo",)),
    Probe("victim-mother-named-daughter",
          "Tessa Hale and her daughter, Ruby Hale, were shot in Macon on Friday. Ruby, 8, survived. "
          "More details are expected later.",
          "shot", "ASSAULT", (), ("Tessa Hale", "Ruby Hale"), ("Macon",)),
    Probe("robbed-named-next",
          "A pensioner was robbed in his home in Luton on Tuesday. Police named him as Arthur Bell, 84, "
          "and appealed for witnesses. "
          "The area is usually quiet.",
          "robbed", "ASSAULT", (), ("Arthur Bell",), ("Luton",)),
    Probe("kidnapped-named-next",
          "Gunmen kidnapped a doctor in Port Harcourt on Monday. Her colleagues named her as Ngozi Eze, 45. "
          "The kidnappers have demanded a ransom.",
          "kidnapped", "ASSAULT", (), ("Ngozi Eze",), ("Port Harcourt",)),
]
