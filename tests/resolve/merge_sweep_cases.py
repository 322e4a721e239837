"""Probes of cross-article merging: made-up short news reports (names of people, passages and outlets made
up; real countries and cities), two or three per probe, each with its own publication date and outlet, and
how many events the reports of the act are after all are stored. Same occurrence: 1; different: 2 (or 3).

Publication days: 2024-03-15 is a Friday, 2024-03-18 a Monday, 2024-04-12 a Friday."""

from __future__ import annotations

from typing import NamedTuple


class Report(NamedTuple):
    """One article: publication date (None: undated), outlet, text, and a word of the act's trigger (its
    event is the one whose trigger holds the word)."""

    published: str | None
    outlet: str
    text: str
    word: str


class Case(NamedTuple):
    """One probe: what it covers, its reports in the order stored, and how many events they are."""

    label: str
    events: int
    reports: tuple[Report, ...]


def _r(published: str | None, outlet: str, text: str, word: str) -> Report:
    return Report(published, outlet, text, word)


SAME: list[Case] = [
    # --- relative dates that resolve to the same day from different publication dates
    Case("thursday vs march 14", 1, (
        _r("2024-03-15", "Daily Ledger", "Indian Foreign Minister Raman Sethi met his Chinese counterpart "
           "Liu Wenjie in Beijing on Thursday.", "met"),
        _r("2024-03-16", "Asia Wire", "Raman Sethi and Liu Wenjie met in Beijing on March 14, officials "
           "said.", "met"))),
    Case("thursday vs last thursday", 1, (
        _r("2024-03-15", "Daily Ledger", "Gunmen killed four soldiers at a checkpoint in Quetta on "
           "Thursday.", "killed"),
        _r("2024-03-18", "Frontier Post", "Four soldiers were killed when gunmen attacked a checkpoint in "
           "Quetta last Thursday.", "killed"))),
    Case("yesterday vs thursday", 1, (
        _r("2024-03-15", "Morning Star", "Police arrested opposition leader Daniel Okoro in Lagos "
           "yesterday.", "arrested"),
        _r("2024-03-16", "City Times", "Daniel Okoro was arrested by police in Lagos on Thursday.",
           "arrested"))),
    Case("thursday vs last week", 1, (
        _r("2024-03-15", "Daily Ledger", "French President Emmanuel Macron met German Chancellor Olaf "
           "Scholz in Berlin on Thursday.", "met"),
        _r("2024-03-20", "Euro Review", "Emmanuel Macron met Olaf Scholz in Berlin last week to discuss "
           "defence spending.", "met"))),
    Case("tuesday vs march 12", 1, (
        _r("2024-03-13", "Gulf Herald", "Protesters rallied outside parliament in Amman on Tuesday "
           "against rising prices.", "rallied"),
        _r("2024-03-14", "Levant News", "Hundreds of people protested outside parliament in Amman on "
           "March 12 against rising prices.", "protested"))),
    Case("monday vs two days ago", 1, (
        _r("2024-03-19", "Kenya Courier", "Kenyan President William Ruto met Ugandan President Yoweri "
           "Museveni in Nairobi on Monday.", "met"),
        _r("2024-03-20", "East Africa Daily", "William Ruto met Yoweri Museveni in Nairobi two days ago, "
           "a statement said.", "met"))),
    Case("earlier this month vs march 5", 1, (
        _r("2024-03-06", "Sahel Report", "Malian troops killed twelve militants near Gao on Tuesday, the "
           "army said.", "killed"),
        _r("2024-03-28", "Desert Wire", "Malian troops killed twelve militants near Gao earlier this "
           "month.", "killed"))),
    Case("friday night vs saturday", 1, (
        _r("2024-03-16", "Metro Daily", "A bomb exploded at a market in Peshawar on Friday night, killing "
           "seven people.", "exploded"),
        _r("2024-03-17", "Northern Times", "Seven people died when a bomb went off at a market in "
           "Peshawar on Saturday.", "went"))),
    # --- one report dated, one undated
    Case("dated vs undated meeting", 1, (
        _r("2024-03-15", "Daily Ledger", "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister "
           "Mohammed Shia al-Sudani in Ankara on Thursday.", "met"),
        _r("2024-03-16", "Anatolia Review", "Recep Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara "
           "to discuss water sharing.", "met"))),
    Case("undated vs dated meeting", 1, (
        _r("2024-03-16", "Anatolia Review", "Recep Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara "
           "to discuss water sharing.", "met"),
        _r("2024-03-15", "Daily Ledger", "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister "
           "Mohammed Shia al-Sudani in Ankara on Thursday.", "met"))),
    Case("dated vs undated attack", 1, (
        _r("2024-03-15", "Daily Ledger", "Militants attacked a police station in Bannu on Thursday, "
           "killing three officers.", "attacked"),
        _r("2024-03-16", "Frontier Post", "Militants attacked a police station in Bannu, killing three "
           "officers, officials said.", "attacked"))),
    Case("dated vs undated arrest", 1, (
        _r("2024-03-15", "Morning Star", "Police arrested journalist Farid Hashemi in Kabul on Thursday.",
           "arrested"),
        _r("2024-03-17", "Asia Wire", "Taliban police arrested the journalist Farid Hashemi in Kabul.",
           "arrested"))),
    Case("dated vs undated publication", 1, (
        _r("2024-03-15", "Daily Ledger", "Egyptian Foreign Minister Sameh Shoukry met Qatari Prime "
           "Minister Mohammed bin Abdulrahman in Cairo on Thursday.", "met"),
        _r(None, "Blog Digest", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on Thursday, "
           "March 14.", "met"))),
    Case("undated bombing with the toll", 1, (
        _r(None, "Harbour Notes", "A bomb killed three people at a market in Peshawar, police said.",
           "killed"),
        _r("2024-03-15", "Coast Wire", "A bomb killed three people in Peshawar on Thursday.", "killed"))),
    Case("undated publication first", 1, (
        _r(None, "Blog Digest", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on Thursday, "
           "March 14.", "met"),
        _r("2024-03-15", "Daily Ledger", "Egyptian Foreign Minister Sameh Shoukry met Qatari Prime "
           "Minister Mohammed bin Abdulrahman in Cairo on Thursday.", "met"))),
    # --- names vs descriptions
    Case("full name vs rank and surname", 1, (
        _r("2024-03-15", "Daily Ledger", "Pakistan's army chief Asim Munir met Saudi Crown Prince Mohammed "
           "bin Salman in Riyadh on Thursday.", "met"),
        _r("2024-03-15", "Gulf Herald", "General Munir met Mohammed bin Salman in Riyadh on Thursday.",
           "met"))),
    Case("surname vs full name", 1, (
        _r("2024-03-15", "Gulf Herald", "General Munir met Crown Prince Mohammed bin Salman in Riyadh on "
           "Thursday.", "met"),
        _r("2024-03-16", "Daily Ledger", "Pakistan's army chief, General Asim Munir, met Mohammed bin "
           "Salman in Riyadh on Thursday.", "met"))),
    Case("title vs name", 1, (
        _r("2024-03-15", "Capital Wire", "US Secretary of State Antony Blinken met Israeli Prime Minister "
           "Benjamin Netanyahu in Jerusalem on Thursday.", "met"),
        _r("2024-03-15", "Middle East Times", "Blinken met Netanyahu in Jerusalem on Thursday, his office "
           "said.", "met"))),
    Case("initial and surname", 1, (
        _r("2024-03-15", "Morning Star", "Police in Nairobi arrested activist Grace Wanjiru on Thursday.",
           "arrested"),
        _r("2024-03-15", "Kenya Courier", "Activist G. Wanjiru was arrested in Nairobi on Thursday.",
           "arrested"))),
    Case("name vs nickname-free surname victim", 1, (
        _r("2024-03-15", "City Times", "Gunmen shot dead lawyer Karim Haddad in Tripoli on Thursday.",
           "shot"),
        _r("2024-03-16", "Levant News", "Haddad, a prominent lawyer, was shot dead in Tripoli on Thursday.",
           "shot"))),
    # --- country vs its government vs its leader as the actor
    Case("country vs capital", 1, (
        _r("2024-03-15", "Euro Review", "Russia expelled two British diplomats on Thursday.", "expelled"),
        _r("2024-03-15", "Capital Wire", "Moscow expelled two British diplomats on Thursday, the foreign "
           "ministry said.", "expelled"))),
    Case("country vs government", 1, (
        _r("2024-03-15", "Asia Wire", "China imposed sanctions on three American defence firms on "
           "Thursday.", "imposed"),
        _r("2024-03-15", "Capital Wire", "The Chinese government imposed sanctions on three US defence "
           "firms on Thursday.", "imposed"))),
    Case("country vs leader meeting", 1, (
        _r("2024-03-15", "Daily Ledger", "Indian Prime Minister Narendra Modi held talks with Bhutan's "
           "King Jigme Khesar Namgyel Wangchuck in Thimphu on Thursday.", "talks"),
        _r("2024-03-16", "Himalaya News", "Narendra Modi met Jigme Khesar Namgyel Wangchuck in Thimphu "
           "on Thursday.", "met"))),
    Case("country vs adjective", 1, (
        _r("2024-03-15", "Euro Review", "Poland closed its border with Belarus on Thursday.", "closed"),
        _r("2024-03-15", "Baltic Times", "The Polish government closed the border with Belarus on "
           "Thursday.", "closed"))),
    # --- a meeting told as met, held talks, a meeting
    Case("met vs held talks", 1, (
        _r("2024-03-15", "Daily Ledger", "Japanese Prime Minister Fumio Kishida met South Korean President "
           "Yoon Suk Yeol in Seoul on Thursday.", "met"),
        _r("2024-03-15", "Asia Wire", "Fumio Kishida held talks with Yoon Suk Yeol in Seoul on Thursday.",
           "talks"))),
    Case("met vs a meeting", 1, (
        _r("2024-03-15", "Daily Ledger", "Fumio Kishida met Yoon Suk Yeol in Seoul on Thursday.", "met"),
        _r("2024-03-16", "Asia Wire", "A meeting between Fumio Kishida and Yoon Suk Yeol took place in "
           "Seoul on Thursday.", "meeting"))),
    Case("held talks vs met with", 1, (
        _r("2024-03-15", "Gulf Herald", "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with "
           "Omani Foreign Minister Badr Albusaidi in Muscat on Thursday.", "talks"),
        _r("2024-03-15", "Arab Monitor", "Hossein Amir-Abdollahian met with Badr Albusaidi in Muscat on "
           "Thursday.", "met"))),
    Case("three outlets meeting", 1, (
        _r("2024-03-15", "Daily Ledger", "Brazilian President Luiz Inacio Lula da Silva met Argentine "
           "President Javier Milei in Brasilia on Thursday.", "met"),
        _r("2024-03-15", "Andes Post", "Lula held talks with Milei in Brasilia on Thursday.", "talks"),
        _r("2024-03-16", "Southern Cone", "Javier Milei met Lula in Brasilia on Thursday.", "met"))),
    # --- a phone call vs spoke by phone
    Case("phone call vs spoke by phone", 1, (
        _r("2024-03-15", "Euro Review", "Ukrainian President Volodymyr Zelensky held a phone call with "
           "Turkish President Recep Tayyip Erdogan on Thursday.", "call"),
        _r("2024-03-15", "Anatolia Review", "Zelensky spoke by phone with Erdogan on Thursday, his office "
           "said.", "spoke"))),
    Case("telephoned vs phone conversation", 1, (
        _r("2024-03-15", "Capital Wire", "US President Joe Biden telephoned Mexican President Andres "
           "Manuel Lopez Obrador on Thursday.", "telephoned"),
        _r("2024-03-15", "Mexico Today", "Joe Biden and Andres Manuel Lopez Obrador spoke on the phone on "
           "Thursday.", "spoke"))),
    # --- tolls that rise between reports
    Case("3 killed then 5 killed", 1, (
        _r("2024-03-15", "Daily Ledger", "A suicide bomber killed three people at a mosque in Kandahar on "
           "Thursday.", "killed"),
        _r("2024-03-16", "Asia Wire", "The suicide bombing at a mosque in Kandahar on Thursday killed five "
           "people, officials said.", "bombing"))),
    Case("at least 10 then 14 undated", 1, (
        _r("2024-03-15", "Sahel Report", "Gunmen killed at least ten villagers in Zamfara on Thursday.",
           "killed"),
        _r("2024-03-16", "Desert Wire", "Gunmen killed fourteen villagers in Zamfara, local officials "
           "said.", "killed"))),
    Case("wounded rises", 1, (
        _r("2024-03-15", "Metro Daily", "Police fired tear gas at protesters in Dhaka on Thursday, injuring "
           "twenty people.", "fired"),
        _r("2024-03-16", "Bengal Times", "Police fired tear gas at protesters in Dhaka on Thursday, "
           "injuring more than forty people.", "fired"))),
    # --- a place named at two levels
    Case("district vs city", 1, (
        _r("2024-03-15", "Metro Daily", "A bomb exploded in the Gulshan district of Dhaka on Thursday, "
           "killing two people.", "exploded"),
        _r("2024-03-15", "Bengal Times", "A bomb exploded in Dhaka on Thursday, killing two people.",
           "exploded"))),
    Case("city vs province", 1, (
        _r("2024-03-15", "Daily Ledger", "Militants attacked an army post in Zhob on Thursday.",
           "attacked"),
        _r("2024-03-15", "Frontier Post", "Militants attacked an army post in Balochistan on Thursday, "
           "the military said.", "attacked"))),
    Case("neighbourhood vs city arrest", 1, (
        _r("2024-03-15", "City Times", "Police arrested Samir Nasser in the Hamra neighbourhood of Beirut "
           "on Thursday.", "arrested"),
        _r("2024-03-15", "Levant News", "Samir Nasser was arrested in Beirut on Thursday.", "arrested"))),
    # --- a headline plus body
    Case("headline and body", 1, (
        _r("2024-03-15", "Daily Ledger", "Sethi and Liu meet in Beijing\n\nIndian Foreign Minister Raman "
           "Sethi met Chinese Foreign Minister Liu Wenjie in Beijing on Thursday.", "met"),
        _r("2024-03-15", "Asia Wire", "Raman Sethi held talks with Liu Wenjie in Beijing on Thursday.",
           "talks"))),
    Case("headline-only verb", 1, (
        _r("2024-03-15", "Metro Daily", "Bomb kills seven in Peshawar market\n\nA bomb exploded at a "
           "market in Peshawar on Thursday, killing seven people.", "exploded"),
        _r("2024-03-15", "Northern Times", "A bomb exploded at a crowded market in Peshawar on Thursday.",
           "exploded"))),
    # --- other reports of one act
    Case("protest two outlets", 1, (
        _r("2024-03-15", "Euro Review", "Thousands of farmers protested in Paris on Thursday against new "
           "environmental rules.", "protested"),
        _r("2024-03-15", "France Wire", "Farmers demonstrated in Paris on Thursday against the rules.",
           "demonstrated"))),
    Case("airstrike two outlets", 1, (
        _r("2024-03-15", "Middle East Times", "Israeli jets struck a building in Rafah on Thursday, killing "
           "six people.", "struck"),
        _r("2024-03-15", "Arab Monitor", "An Israeli airstrike hit a building in Rafah on Thursday, "
           "killing six people.", "airstrike"))),
    Case("conviction two outlets", 1, (
        _r("2024-03-15", "Morning Star", "A court in Moscow convicted journalist Pavel Orlov of treason on "
           "Thursday.", "convicted"),
        _r("2024-03-16", "Euro Review", "Pavel Orlov was convicted of treason by a Moscow court on "
           "Thursday.", "convicted"))),
    Case("sanctions two outlets", 1, (
        _r("2024-03-15", "Capital Wire", "The United States imposed sanctions on Iran on Thursday over its "
           "drone programme.", "imposed"),
        _r("2024-03-15", "Gulf Herald", "Washington imposed new sanctions on Tehran on Thursday.",
           "imposed"))),
    Case("sanctions sender vs its capital", 1, (
        _r("2024-03-15", "Capital Wire", "The United States imposed sanctions on Iran on Thursday.",
           "imposed"),
        _r("2024-03-15", "Gulf Herald", "Washington imposed sanctions on Iran on Thursday, the Treasury "
           "said.", "imposed"))),
    Case("sanctions country vs its government", 1, (
        _r("2024-03-15", "Euro Review", "Britain imposed sanctions on Iran on Thursday.", "imposed"),
        _r("2024-03-15", "Capital Wire", "The British government imposed new sanctions on Iran on "
           "Thursday.", "imposed"))),
    # --- a place named at two levels, the act shared only by a nationality
    Case("raid town vs camp", 1, (
        _r("2024-03-15", "Middle East Times", "Israeli troops raided Nablus on Thursday, killing two "
           "people.", "raided"),
        _r("2024-03-15", "Arab Monitor", "Israeli troops raided the Balata refugee camp on Thursday, "
           "killing two people.", "raided"))),
    Case("strike town vs its district", 1, (
        _r("2024-03-15", "Middle East Times", "Israeli jets struck a house in Rafah on Thursday, killing "
           "six people.", "struck"),
        _r("2024-03-15", "Arab Monitor", "Israeli jets struck a house in the Tel al-Sultan district of "
           "Rafah on Thursday, killing six people.", "struck"))),
    Case("visit two outlets", 1, (
        _r("2024-03-15", "Daily Ledger", "German Chancellor Olaf Scholz visited Kyiv on Thursday.",
           "visited"),
        _r("2024-03-15", "Euro Review", "Olaf Scholz arrived in Kyiv on Thursday for a visit.", "arrived"))),
    # --- a person's name the tagger types ORG in the first report, a state named by its capital or people
    Case("surname first then full name", 1, (
        _r("2024-03-15", "Andes Post", "Lula held talks with Milei in Brasilia on Thursday.", "talks"),
        _r("2024-03-16", "Daily Ledger", "Brazilian President Luiz Inacio Lula da Silva met Argentine "
           "President Javier Milei in Brasilia on Thursday.", "met"))),
    Case("capital accuses capital", 1, (
        _r("2024-03-15", "Asia Wire", "China accused the United States of spying on its embassy on "
           "Thursday.", "accused"),
        _r("2024-03-15", "Capital Wire", "Beijing accused Washington of spying on its embassy on Thursday.",
           "accused"))),
    Case("government vs country talks", 1, (
        _r("2024-03-15", "Gulf Herald", "The Iranian government held talks with Oman in Muscat on Thursday.",
           "talks"),
        _r("2024-03-16", "Arab Monitor", "Iran held talks with Oman in Muscat on Thursday, officials said.",
           "talks"))),
    Case("agreement two outlets", 1, (
        _r("2024-03-15", "Andes Post", "Chile and Peru signed a trade agreement in Lima on Thursday.",
           "signed"),
        _r("2024-03-15", "Southern Cone", "Chile signed a trade deal with Peru in Lima on Thursday.",
           "signed"))),
]

APART: list[Case] = [
    # --- two attacks in the same city on different days
    Case("two attacks same city days apart", 2, (
        _r("2024-03-11", "Daily Ledger", "Gunmen attacked a police station in Quetta on Sunday, killing "
           "two officers.", "attacked"),
        _r("2024-03-15", "Frontier Post", "Gunmen attacked a police station in Quetta on Thursday, killing "
           "two officers.", "attacked"))),
    Case("two bombings same city a week apart", 2, (
        _r("2024-03-08", "Metro Daily", "A bomb exploded at a market in Peshawar on Thursday.", "exploded"),
        _r("2024-03-15", "Northern Times", "A bomb exploded at a busy market in Peshawar on Thursday, police "
           "said.", "exploded"))),
    Case("attack yesterday vs attack last month", 2, (
        _r("2024-03-15", "Sahel Report", "Gunmen killed five villagers in Zamfara yesterday.", "killed"),
        _r("2024-03-15", "Desert Wire", "Gunmen killed five villagers in Zamfara on February 10.",
           "killed"))),
    # --- the same two leaders meeting twice a month apart
    Case("yearless vs another day", 2, (
        _r("2024-03-15", "Daily Ledger", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on "
           "Thursday.", "met"),
        _r(None, "Blog Digest", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on Sunday, "
           "March 10.", "met"))),
    Case("yearless vs a year apart", 2, (
        _r("2023-03-16", "Daily Ledger", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on "
           "March 14.", "met"),
        _r("2024-03-15", "Nile Post", "Sameh Shoukry met Mohammed bin Abdulrahman in Cairo on Thursday.",
           "met"),
        _r(None, "Blog Digest", "Sameh Shoukry and Mohammed bin Abdulrahman met in Cairo on March 14.",
           "met"))),
    Case("same leaders a month apart", 2, (
        _r("2024-03-15", "Daily Ledger", "Emmanuel Macron met Olaf Scholz in Berlin on Thursday.", "met"),
        _r("2024-04-12", "Euro Review", "Emmanuel Macron met Olaf Scholz in Paris on Thursday.", "met"))),
    Case("same leaders a month apart same place", 2, (
        _r("2024-03-15", "Daily Ledger", "Fumio Kishida met Yoon Suk Yeol in Seoul on Thursday.", "met"),
        _r("2024-04-12", "Asia Wire", "Fumio Kishida met Yoon Suk Yeol again in Seoul on Thursday.",
           "met"))),
    Case("same leaders a month apart one undated", 2, (
        _r("2024-03-15", "Daily Ledger", "Fumio Kishida met Yoon Suk Yeol in Seoul on Thursday.", "met"),
        _r("2024-04-13", "Asia Wire", "Fumio Kishida met Yoon Suk Yeol in Seoul, officials said.", "met"))),
    Case("talks then talks again", 2, (
        _r("2024-03-01", "Gulf Herald", "Iran held talks with Oman in Muscat on Thursday.", "talks"),
        _r("2024-03-29", "Arab Monitor", "Iran held new talks with Oman in Muscat on Thursday.", "talks"))),
    # --- a meeting and a phone call on the same day
    Case("meeting vs phone call same day", 2, (
        _r("2024-03-15", "Euro Review", "Volodymyr Zelensky met Olaf Scholz in Berlin on Thursday.", "met"),
        _r("2024-03-15", "Capital Wire", "Volodymyr Zelensky spoke by phone with Olaf Scholz on "
           "Thursday.", "spoke"))),
    Case("phone call vs visit same day", 2, (
        _r("2024-03-15", "Capital Wire", "Joe Biden telephoned Benjamin Netanyahu on Thursday.",
           "telephoned"),
        _r("2024-03-15", "Middle East Times", "Joe Biden met Benjamin Netanyahu in Washington on "
           "Thursday.", "met"))),
    # --- an arrest and the later conviction of the same person
    Case("arrest then conviction", 2, (
        _r("2024-01-12", "Morning Star", "Police arrested journalist Pavel Orlov in Moscow on Thursday.",
           "arrested"),
        _r("2024-03-15", "Euro Review", "A court in Moscow convicted journalist Pavel Orlov of treason on "
           "Thursday.", "convicted"))),
    Case("charge then conviction", 2, (
        _r("2024-01-12", "Morning Star", "Prosecutors charged Pavel Orlov with treason on Thursday.",
           "charged"),
        _r("2024-03-15", "Euro Review", "A court convicted Pavel Orlov of treason on Thursday.",
           "convicted"))),
    Case("two convictions of one man undated", 2, (
        _r("2024-01-12", "Morning Star", "A court in Moscow convicted Pavel Orlov of fraud on Thursday.",
           "convicted"),
        _r("2024-03-16", "Euro Review", "A Moscow court convicted Pavel Orlov of treason.", "convicted"))),
    Case("two arrests of one man months apart", 2, (
        _r("2024-01-12", "Morning Star", "Police arrested Daniel Okoro in Lagos on Thursday.", "arrested"),
        _r("2024-03-15", "City Times", "Police arrested Daniel Okoro in Abuja on Thursday.", "arrested"))),
    # --- two bombings in different cities on the same day
    Case("two bombings different cities same day", 2, (
        _r("2024-03-15", "Metro Daily", "A bomb exploded at a market in Peshawar on Thursday, killing "
           "seven people.", "exploded"),
        _r("2024-03-15", "Northern Times", "A bomb exploded at a market in Karachi on Thursday, killing "
           "seven people.", "exploded"))),
    Case("two bombings different cities one undated", 2, (
        _r("2024-03-15", "Metro Daily", "A bomb exploded at a market in Peshawar on Thursday.",
           "exploded"),
        _r("2024-03-16", "Northern Times", "A bomb exploded at a market in Karachi, police said.",
           "exploded"))),
    Case("two protests different cities", 2, (
        _r("2024-03-15", "Euro Review", "Farmers protested in Paris on Thursday against new rules.",
           "protested"),
        _r("2024-03-15", "France Wire", "Farmers protested in Lyon on Thursday against new rules.",
           "protested"))),
    Case("two protests by teachers", 2, (
        _r("2024-03-15", "Euro Review", "Teachers protested in Marseille on Thursday over pay.",
           "protested"),
        _r("2024-03-15", "France Wire", "Teachers protested in Toulouse on Thursday over pay.",
           "protested"))),
    Case("two raids different towns same day", 2, (
        _r("2024-03-15", "Middle East Times", "Israeli troops raided Nablus on Thursday, killing two "
           "people.", "raided"),
        _r("2024-03-15", "Arab Monitor", "Israeli troops raided Jenin on Thursday, killing two people.",
           "raided"))),
    Case("two missile strikes two cities", 2, (
        _r("2024-03-15", "Euro Review", "Russian missiles struck Kharkiv on Thursday, killing three "
           "people.", "struck"),
        _r("2024-03-15", "Baltic Times", "Russian missiles struck Lviv on Thursday, killing three people.",
           "struck"))),
    Case("two airstrikes different towns same day", 2, (
        _r("2024-03-15", "Middle East Times", "Israeli jets struck a house in Rafah on Thursday, killing "
           "six people.", "struck"),
        _r("2024-03-15", "Arab Monitor", "Israeli jets struck a house in Jenin on Thursday, killing six "
           "people.", "struck"))),
    # --- a threat and the attack it threatened
    Case("threat then attack", 2, (
        _r("2024-03-12", "Gulf Herald", "The Houthis threatened to attack ships in the Red Sea on "
           "Monday.", "threatened"),
        _r("2024-03-15", "Arab Monitor", "The Houthis attacked a cargo ship in the Red Sea on Thursday.",
           "attacked"))),
    Case("threat and attack same day", 2, (
        _r("2024-03-15", "Sahel Report", "Rebel leader Amadou Sow threatened to attack Gao on Thursday.",
           "threatened"),
        _r("2024-03-15", "Desert Wire", "Rebels led by Amadou Sow attacked Gao on Thursday.",
           "attacked"))),
    # --- other look-alikes
    Case("one leader meets two others same day", 2, (
        _r("2024-03-15", "Daily Ledger", "Antony Blinken met Benjamin Netanyahu in Jerusalem on "
           "Thursday.", "met"),
        _r("2024-03-15", "Middle East Times", "Antony Blinken met Isaac Herzog in Jerusalem on Thursday.",
           "met"))),
    Case("two arrests different people same city", 2, (
        _r("2024-03-15", "Morning Star", "Police arrested activist Grace Wanjiru in Nairobi on Thursday.",
           "arrested"),
        _r("2024-03-15", "Kenya Courier", "Police arrested businessman Peter Mwangi in Nairobi on "
           "Thursday.", "arrested"))),
    Case("sanctions by two countries same day", 2, (
        _r("2024-03-15", "Capital Wire", "The United States imposed sanctions on Iran on Thursday.",
           "imposed"),
        _r("2024-03-15", "Euro Review", "Britain imposed sanctions on Iran on Thursday.", "imposed"))),
    Case("two different victims same city same day", 2, (
        _r("2024-03-15", "City Times", "Gunmen shot dead lawyer Karim Haddad in Tripoli on Thursday.",
           "shot"),
        _r("2024-03-15", "Levant News", "Gunmen shot dead judge Nabil Fares in Tripoli on Thursday.",
           "shot"))),
    Case("attack then retaliation", 2, (
        _r("2024-03-15", "Euro Review", "Russian missiles struck Kharkiv on Thursday.", "struck"),
        _r("2024-03-15", "Baltic Times", "Ukrainian drones struck Belgorod on Thursday.", "struck"))),
    Case("accusations by two countries", 2, (
        _r("2024-03-15", "Gulf Herald", "Iran accused Israel of sabotage on Thursday.", "accused"),
        _r("2024-03-15", "Levant News", "Syria accused Israel of sabotage on Thursday.", "accused"))),
    Case("expulsions by two sides", 2, (
        _r("2024-03-15", "Euro Review", "Russia expelled two British diplomats on Thursday.", "expelled"),
        _r("2024-03-15", "Capital Wire", "Britain expelled two Russian diplomats on Thursday.",
           "expelled"))),
    Case("two meetings one day different places", 2, (
        _r("2024-03-15", "Daily Ledger", "Raman Sethi met Liu Wenjie in Beijing on Thursday.", "met"),
        _r("2024-03-15", "Asia Wire", "Raman Sethi met Sergei Lavrov in Moscow on Thursday.", "met"))),
    # --- look-alikes of one actor across types and names
    Case("person named like a country", 2, (
        _r("2024-03-15", "Gulf Herald", "Mark Jordan met Ahmed Saleh in Amman on Thursday.", "met"),
        _r("2024-03-15", "Levant News", "Jordan held talks with Ahmed Saleh in Amman on Thursday.",
           "talks"))),
    Case("company named after a person", 2, (
        _r("2024-03-15", "Kenya Courier", "Ford Motor Company held talks with William Ruto in Nairobi on "
           "Thursday.", "talks"),
        _r("2024-03-15", "East Africa Daily", "Daniel Ford met William Ruto in Nairobi on Thursday.",
           "met"))),
    Case("two people one surname same day", 2, (
        _r("2024-03-15", "Daily Ledger", "Indian Foreign Minister Raman Sethi met Liu Wenjie in Beijing on "
           "Thursday.", "met"),
        _r("2024-03-15", "Asia Wire", "Indian businessman Arjun Sethi met Liu Wenjie in Beijing on "
           "Thursday.", "met"))),
    Case("surname a month later", 2, (
        _r("2024-03-15", "Daily Ledger", "Indian Foreign Minister Raman Sethi met Liu Wenjie in Beijing on "
           "Thursday.", "met"),
        _r("2024-04-12", "Asia Wire", "Sethi met Liu Wenjie in Beijing on Thursday.", "met"))),
    Case("sanctions on each other's firms", 2, (
        _r("2024-03-15", "Asia Wire", "China imposed sanctions on three American defence firms on "
           "Thursday.", "imposed"),
        _r("2024-03-15", "Capital Wire", "The United States imposed sanctions on three Chinese defence firms "
           "on Thursday.", "imposed"))),
    Case("three attacks same town three days", 3, (
        _r("2024-03-12", "Daily Ledger", "Militants attacked an army post in Zhob on Monday.", "attacked"),
        _r("2024-03-14", "Frontier Post", "Militants attacked an army post in Zhob on Wednesday.",
           "attacked"),
        _r("2024-03-16", "Northern Times", "Militants attacked an army post in Zhob on Friday.",
           "attacked"))),
    # --- a nationality alone does not stand in for a missing date
    Case("undated capture sharing only a nationality", 2, (
        _r(None, "Harbour Notes", "Danish marines captured Somali pirates who had attacked a cargo ship, "
           "the navy said.", "captured"),
        _r("2024-03-15", "Coast Wire", "An Indian warship captured Somali pirates in the Arabian Sea on "
           "Thursday.", "captured"))),
    # --- a city alone does not stand in for a missing date (the toll or the wording must agree too)
    Case("undated attack sharing only the city", 2, (
        _r(None, "Harbour Notes", "Masked youths attacked a police station in Athens, the ministry said.",
           "attacked"),
        _r("2024-03-15", "Coast Wire", "Rioters attacked a bank in Athens on Thursday.", "attacked"))),
]

CASES: list[Case] = SAME + APART
