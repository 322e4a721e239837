"""Cases of the names sweep (``test_names_sweep.py``): made-up short news passages, each with one name the
article's entity list should hold as written and typed -- people of many origins (East Asian three-part
names, Arabic names with al-/bin/Abu, Spanish double surnames, Slavic, African and South Asian names), with
titles and possessives, in coordinations, at a sentence's start and in headlines; armed groups and
movements; places of many countries; and look-alikes (a company named after a person, a place named like a
person, countries named like people). Passages and most names are made up; well-known names are used only
as names."""

from __future__ import annotations

from typing import NamedTuple


class Name(NamedTuple):
    """One passage: a label, the text, the name as the entity list should hold it (its first occurrence in
    the text unless ``nth`` says which), and its type (PERSON, ORG, GPE, NORP, LOC)."""

    label: str
    text: str
    name: str
    type: str
    nth: int = 0


CASES: list[Name] = [
    # --- East Asian names (family name first, three parts)
    Name("korean-three-part", "Opposition leader Park Min Jae said on Monday the budget would fail.",
         "Park Min Jae", "PERSON"),
    Name("korean-three-part-subject", "Yoon Suk Yeol met business leaders in Seoul on Tuesday.",
         "Yoon Suk Yeol", "PERSON"),
    Name("korean-split-risk", "President Yoon Suk Yeol arrived in Tokyo. Yoon will meet the prime minister.",
         "Yoon Suk Yeol", "PERSON"),
    Name("chinese-two-part", "Foreign ministry spokesman Wang Haolin told reporters the talks went well.",
         "Wang Haolin", "PERSON"),
    Name("chinese-coordination", "The deal was signed by Raman Sethi and Liu Wenjie in Singapore.",
         "Liu Wenjie", "PERSON"),
    Name("indian-coordination-first", "The deal was signed by Raman Sethi and Liu Wenjie in Singapore.",
         "Raman Sethi", "PERSON"),
    Name("vietnamese-three-part", "Deputy minister Nguyen Van Thanh visited the flooded province.",
         "Nguyen Van Thanh", "PERSON"),
    Name("japanese", "Trade minister Kenji Moriyama said tariffs would stay in place.", "Kenji Moriyama",
         "PERSON"),
    Name("chinese-hyphen", "Taiwan's envoy Lin Chia-hao met lawmakers in Brussels.", "Lin Chia-hao",
         "PERSON"),
    # --- Arabic names
    Name("arabic-al", "Mohammed al-Harbi, a senior official, said the border would reopen.",
         "Mohammed al-Harbi", "PERSON"),
    Name("arabic-bin", "Saudi Crown Prince Faisal bin Nasser hosted the summit.", "Faisal bin Nasser",
         "PERSON"),
    Name("arabic-abu", "Abu Karim al-Masri was arrested in a raid on Tuesday, police said.",
         "Abu Karim al-Masri", "PERSON"),
    Name("arabic-abdul", "Abdul Rahman Qasimi, the provincial governor, condemned the attack.",
         "Abdul Rahman Qasimi", "PERSON"),
    Name("arabic-surname-later", "Sheikh Hamad al-Thani spoke first. Al-Thani said the talks would resume.",
         "Hamad al-Thani", "PERSON"),
    Name("arabic-ibn", "The cleric Yusuf ibn Saleh urged calm after the clashes.", "Yusuf ibn Saleh",
         "PERSON"),
    Name("arabic-el", "Egyptian minister Sameh el-Din said the canal was open.", "Sameh el-Din", "PERSON"),
    # --- Spanish and Portuguese names
    Name("spanish-double", "Mexican senator Ana María Gutiérrez Robles filed the complaint.",
         "Ana María Gutiérrez Robles", "PERSON"),
    Name("spanish-y", "The judge, Carlos Ortega y Gasset, adjourned the case.", "Carlos Ortega y Gasset",
         "PERSON"),
    Name("spanish-de", "Prosecutor Luis de la Fuente charged three men on Friday.", "Luis de la Fuente",
         "PERSON"),
    Name("portuguese-da-silva", "Union leader João da Silva Pereira called the strike.",
         "João da Silva Pereira", "PERSON"),
    Name("lula-person", "Lula met the Argentine leader in Brasilia. Lula said trade would grow.", "Lula",
         "PERSON"),
    Name("milei-person", "President Javier Milei cut subsidies. Milei said the cuts would last a year.",
         "Milei", "PERSON", 1),
    # --- Slavic names
    Name("slavic-zelensky", "President Volodymyr Zelensky addressed parliament. Zelensky asked for arms.",
         "Zelensky", "PERSON", 1),
    Name("slavic-full", "Volodymyr Zelensky addressed parliament on Monday.", "Volodymyr Zelensky",
         "PERSON"),
    Name("slavic-patronymic", "Defence minister Sergei Ivanovich Petrenko inspected the troops.",
         "Sergei Ivanovich Petrenko", "PERSON"),
    Name("polish", "Warsaw mayor Tomasz Wiśniewski opened the bridge.", "Tomasz Wiśniewski", "PERSON"),
    Name("serbian", "Opposition leader Dragan Jovanović was detained at the border.", "Dragan Jovanović",
         "PERSON"),
    Name("czech-ova", "Czech foreign minister Petra Dvořáková arrived in Kyiv.", "Petra Dvořáková",
         "PERSON"),
    # --- African names
    Name("african-possessive", "Sipho Ndlovu's lawyer said he would appeal the verdict.", "Sipho Ndlovu",
         "PERSON"),
    Name("nigerian", "Governor Babajide Okonkwo ordered a curfew in the city.", "Babajide Okonkwo", "PERSON"),
    Name("ethiopian", "Abiy Tesfaye, the regional president, signed the truce.", "Abiy Tesfaye", "PERSON"),
    Name("kenyan", "Police arrested Wanjiru Kamau on Tuesday over the protests.", "Wanjiru Kamau", "PERSON"),
    Name("ghanaian", "Kwame Mensah Asante won the seat by a wide margin.", "Kwame Mensah Asante", "PERSON"),
    Name("congolese", "Rebel commander Jean-Pierre Mulumba denied the claims.", "Jean-Pierre Mulumba",
         "PERSON"),
    Name("somali", "Somali president Hassan Sheikh Abdi met clan elders.", "Hassan Sheikh Abdi", "PERSON"),
    # --- South Asian names
    Name("indian", "Chief minister Arvind Kulkarni announced relief for farmers.", "Arvind Kulkarni",
         "PERSON"),
    Name("pakistani-ranked", "Gen. Asif Mahmood Qureshi visited the troops on Sunday.",
         "Asif Mahmood Qureshi", "PERSON"),
    Name("sri-lankan", "Former minister Mahinda Wickramasinghe was questioned.", "Mahinda Wickramasinghe",
         "PERSON"),
    Name("bangladeshi", "Rahima Begum led the march through Dhaka on Friday.", "Rahima Begum", "PERSON"),
    Name("sikh", "Sukhjit Singh Dhillon was elected mayor on Thursday.", "Sukhjit Singh Dhillon", "PERSON"),
    # --- Western names in hard places
    Name("erdogan-person", "President Recep Tayyip Erdogan spoke in Ankara. Erdogan said the deal was done.",
         "Erdogan", "PERSON", 1),
    Name("blinken-person", "Secretary of State Antony Blinken flew to Cairo. Blinken met the foreign "
         "minister.", "Blinken", "PERSON", 1),
    Name("surname-subject-again", "Maria Kowalczyk founded the charity. Kowalczyk said donations fell.",
         "Kowalczyk", "PERSON", 1),
    Name("possessive-subject", "Helena Marsh's campaign raised record funds this quarter.", "Helena Marsh",
         "PERSON"),
    Name("possessive-object", "Police searched Daniel Okafor's house on Tuesday.", "Daniel Okafor", "PERSON"),
    Name("title-lowercase", "defence minister Jonas Berg said the drills would continue.", "Jonas Berg",
         "PERSON"),
    Name("title-capital", "Interior Minister Rafael Quintero ordered an inquiry.", "Rafael Quintero",
         "PERSON"),
    Name("honorific", "Mrs Eleanor Vance, 72, was rescued from the flood.", "Eleanor Vance", "PERSON"),
    Name("middle-initial", "Senator Paul T. Haldane voted against the bill.", "Paul T. Haldane", "PERSON"),
    Name("coordination-three", "Anna Berg, Omar Haddad and Lucy Tran were injured.", "Omar Haddad",
         "PERSON"),
    Name("coordination-last", "Anna Berg, Omar Haddad and Lucy Tran were injured.", "Lucy Tran", "PERSON"),
    Name("sentence-start-surname", "Rossi, the club's owner, denied the report.", "Rossi", "PERSON"),
    Name("apposed-minister", "Okafor, a former minister, was arrested on Monday.", "Okafor", "PERSON"),
    Name("apposed-lawyer-two", "Dmitri Volkov, the family's lawyer, filed the appeal.", "Dmitri Volkov",
         "PERSON"),
    Name("said-after", "\"We will not back down,\" said Ingrid Solheim, the union's leader.",
         "Ingrid Solheim", "PERSON"),
    # --- headlines
    Name("headline-title-case", "Kenyan Police Arrest Wanjiru Kamau Over Protests\n\nPolice arrested "
         "Wanjiru Kamau on Tuesday.", "Wanjiru Kamau", "PERSON"),
    Name("headline-sentence-case", "Ahmed Karimi freed after two years in custody\n\nAhmed Karimi was "
         "released on Sunday.", "Ahmed Karimi", "PERSON"),
    Name("headline-possessive", "Sipho Ndlovu's Appeal Rejected\n\nA court rejected the appeal of Sipho "
         "Ndlovu on Monday.", "Sipho Ndlovu", "PERSON"),
    Name("headline-place", "Floods Hit Goma As Rains Continue\n\nFloods hit the city of Goma on Monday.",
         "Goma", "GPE"),
    # --- armed groups and movements
    Name("houthis", "The Houthis fired a missile at a ship in the Red Sea.", "Houthis", "ORG"),
    Name("houthis-subject", "Houthis said they had struck the vessel.", "Houthis", "ORG"),
    Name("taliban-possessive", "The Taliban's supreme leader issued a decree.", "Taliban", "ORG"),
    Name("taliban", "The Taliban seized the district on Friday.", "Taliban", "ORG"),
    Name("al-shabaab-fighters", "Al-Shabaab fighters attacked a base near Mogadishu.", "Al-Shabaab", "ORG"),
    Name("al-shabaab-object", "Troops killed ten al-Shabaab fighters in the raid.", "al-Shabaab", "ORG"),
    Name("hamas", "Hamas said it had received the proposal.", "Hamas", "ORG"),
    Name("hezbollah", "Hezbollah fired rockets into northern Israel.", "Hezbollah", "ORG"),
    Name("boko-haram", "Boko Haram abducted dozens of students.", "Boko Haram", "ORG"),
    Name("m23", "The M23 rebels advanced towards the city.", "M23", "ORG"),
    Name("islamic-state", "Islamic State claimed the bombing.", "Islamic State", "ORG"),
    Name("wagner", "The Wagner Group withdrew its fighters.", "Wagner Group", "ORG"),
    Name("made-up-front", "The Northern Liberation Front claimed the ambush.", "Northern Liberation Front",
         "ORG"),
    Name("made-up-movement", "The Green Dawn Movement called a general strike.", "Green Dawn Movement",
         "ORG"),
    Name("made-up-brigade", "Fighters of the Red Hand Brigade stormed the town.", "Red Hand Brigade", "ORG"),
    Name("pkk", "The PKK ambushed a patrol near the border.", "PKK", "ORG"),
    # --- places of many countries
    Name("odesa", "Drones struck Odesa overnight, officials said.", "Odesa", "GPE"),
    Name("odesa-subject", "Odesa was hit by drones overnight.", "Odesa", "GPE"),
    Name("goma", "Rebels closed in on Goma on Sunday.", "Goma", "GPE"),
    Name("kharkiv", "Shelling in Kharkiv killed two people.", "Kharkiv", "GPE"),
    Name("khan-younis", "Strikes hit Khan Younis on Monday.", "Khan Younis", "GPE"),
    Name("rafah", "Thousands fled Rafah ahead of the offensive.", "Rafah", "GPE"),
    Name("maiduguri", "A bomb exploded at a market in Maiduguri.", "Maiduguri", "GPE"),
    Name("peshawar", "Police in Peshawar arrested three suspects.", "Peshawar", "GPE"),
    Name("mogadishu", "A car bomb exploded in Mogadishu on Saturday.", "Mogadishu", "GPE"),
    Name("bamako", "The junta in Bamako expelled the envoy.", "Bamako", "GPE"),
    Name("juba", "Talks resumed in Juba on Wednesday.", "Juba", "GPE"),
    Name("made-up-town", "Rebels seized the town of Norva after heavy fighting.", "Norva", "GPE"),
    Name("made-up-province", "Clashes spread across Tarsan province overnight.", "Tarsan", "GPE"),
    Name("mosul", "Iraqi forces cleared Mosul of fighters.", "Mosul", "GPE"),
    Name("sanaa", "Air strikes hit Sanaa on Monday night.", "Sanaa", "GPE"),
    Name("kyiv", "Missiles struck Kyiv before dawn.", "Kyiv", "GPE"),
    Name("medellin", "Police in Medellín seized two tonnes of cocaine.", "Medellín", "GPE"),
    Name("cox-bazar", "Refugees in Cox's Bazar protested the cuts.", "Cox's Bazar", "GPE"),
    Name("donetsk-region", "Fighting raged in the Donetsk region.", "Donetsk", "GPE"),
    Name("west-bank", "Settlers attacked a village in the West Bank.", "West Bank", "GPE"),
    Name("gaza", "Aid trucks entered Gaza on Sunday.", "Gaza", "GPE"),
    Name("loc-red-sea", "A ship was struck in the Red Sea.", "Red Sea", "LOC"),
    Name("loc-sahel", "Drought gripped the Sahel this year.", "Sahel", "LOC"),
    Name("dateline-city", "LAGOS (Reuters) - Fuel prices rose again on Monday.", "LAGOS", "GPE"),
    # --- look-alikes
    Name("jordan-country", "Jordan closed its border with Syria.", "Jordan", "GPE"),
    Name("jordan-king", "Jordan's King Abdullah met the envoy in Amman.", "Jordan", "GPE"),
    Name("jordan-person", "Michael Jordan visited the school on Friday.", "Michael Jordan", "PERSON"),
    Name("georgia-country", "Georgia recalled its ambassador from Moscow.", "Georgia", "GPE"),
    Name("georgia-person", "Georgia Mills, 34, was charged with fraud.", "Georgia Mills", "PERSON"),
    Name("chad-country", "Chad closed its border with Sudan.", "Chad", "GPE"),
    Name("chad-person", "Chad Dawson, a local teacher, found the boy.", "Chad Dawson", "PERSON"),
    Name("company-after-person", "Ford Motor Company recalled 40,000 trucks.", "Ford Motor Company", "ORG"),
    Name("company-person-name", "Johnson & Johnson settled the lawsuit.", "Johnson & Johnson", "ORG"),
    Name("company-surname-bank", "Morgan Stanley cut its forecast.", "Morgan Stanley", "ORG"),
    Name("place-like-person", "Floods hit Victoria on Tuesday, forcing evacuations.", "Victoria", "GPE"),
    Name("place-like-person-2", "Police in Florence arrested two men.", "Florence", "GPE"),
    Name("person-like-place", "Paris Hilton attended the gala.", "Paris Hilton", "PERSON"),
    Name("person-like-place-2", "Israel Adesanya retained his title on Saturday.", "Israel Adesanya",
         "PERSON"),
    Name("washington-place", "Washington imposed new sanctions on Monday.", "Washington", "GPE"),
    Name("person-surname-place", "Denzel Washington won the award.", "Denzel Washington", "PERSON"),
    # --- nationalities and groups of people
    Name("norp-rohingya", "Rohingya refugees crossed into Bangladesh.", "Rohingya", "NORP"),
    Name("norp-kurdish", "Kurdish fighters held the town.", "Kurdish", "NORP"),
    Name("norp-palestinians", "Palestinians marched in Ramallah.", "Palestinians", "NORP"),
    Name("norp-ukrainian", "Ukrainian troops repelled the assault.", "Ukrainian", "NORP"),
    Name("norp-tutsi", "Tutsi families fled the fighting.", "Tutsi", "NORP"),
    # --- organisations
    Name("org-un-agency", "UNICEF said 200 children had died.", "UNICEF", "ORG"),
    Name("org-ministry", "Kenya's Ministry of Health reported new cases.", "Ministry of Health", "ORG"),
    Name("org-party", "The Democratic Alliance won the vote in Cape Town.", "Democratic Alliance", "ORG"),
    Name("org-court", "The International Criminal Court issued a warrant.", "International Criminal Court",
         "ORG"),
    Name("org-made-up-company", "Kestrel Mining laid off 300 workers.", "Kestrel Mining", "ORG"),
]
