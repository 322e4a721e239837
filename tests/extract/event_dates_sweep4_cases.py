"""The golden table of the fourth event-date sweep (:mod:`tests.extract.test_event_dates_sweep4`): made-up
whole short reports whose publication date comes only from the page's furniture (no metadata: ``published``
is None in every case), each probed for an act and the date a reader gives it. The furniture takes the forms
of today's pages (a published or updated line, ISO and numeric stamps, a byline piece, a date at the foot, a
wire or press-release dateline); the body dates its acts by weekdays in past and future tense, "last month"
and "November last year" at a year's turn, "the following day" after a dated act, a dated background
paragraph before a weekday of the lead's week, "earlier this week", and a dateline's day before a later
body date.

The calendar: Tuesday 6 May 2025 (ISO week 19: Monday 5th ... Sunday 11th; Wednesday 30 April, Friday 2
May, Sunday 4 May before it). Year's turn: Thursday 2 January 2025 (Monday 30 and Tuesday 31 December 2024
before it; ISO week 2025-W01 runs from Monday 30 December). Names, places and events are invented.
"""

from __future__ import annotations

from tests.extract.event_dates_sweep2_cases import Case


def furnished(headline: str, furniture: str, body: str, foot: str = "") -> str:
    """A page's text: the headline, its furniture line(s), a blank line, the body, and a foot line.

    >>> furnished("Head", "Published 6 May 2025", "Body.")
    'Head\\nPublished 6 May 2025\\n\\nBody.'
    """
    lines = [headline] + ([furniture] if furniture else []) + ["", body] + (["", foot] if foot else [])
    return "\n".join(lines)


#: Reports probed for two acts each.
KESSEL_MAYOR_CHARGED = (
    "Kessel mayor to be tried\nKESSEL, May 6, 2025 (Northwire) - Prosecutors charged the mayor of Kessel "
    "with fraud on Tuesday. Town hall workers will strike on June 2 in protest.")
REBELS_ATTACK_ASPER_AGAIN = furnished(
    "Rebels attack Asper again", "Posted on May 6, 2025 at 3:15 pm",
    "Rebels first attacked Asper on 12 March 2024.\n\nOn Sunday they attacked the town again, killing three "
    "soldiers.")

CASES: list[Case] = [
    # Weekdays in the past tense against the date lines of today's pages (Tuesday 6 May 2025).
    Case("published line, past weekday", None, furnished(
        "Libraries to close in Harlow Vale", "Published 6 May 2025",
        "Police in Harlow Vale arrested two councillors on Monday on suspicion of fraud. Residents said "
        "they were shocked."),
        "arrested", "2025-05-05"),
    Case("updated line with clock, past weekday", None, furnished(
        "Corvane shares slide", "Updated: 10:42 GMT, Tuesday 6 May 2025",
        "Workers at Corvane Motors protested on Friday against job cuts. Its shares fell by a fifth."),
        "protested", "2025-05-02"),
    Case("posted on ... at, past weekday", None, furnished(
        "Blaze at Mirrow timber yard", "Posted on May 6, 2025 at 3:15 pm",
        "Police arrested a man on Sunday over a blaze at a timber yard in Mirrow. No one was hurt."),
        "arrested", "2025-05-04"),
    Case("ISO stamp, past weekday", None, furnished(
        "Port talks collapse", "2025-05-06T10:42:00Z",
        "Leaders of the dockers' union met the port operator on Monday. A strike is now likely."),
        "met", "2025-05-05"),
    Case("ISO stamp with clock, same day", None, furnished(
        "Minister resigns", "2025-05-06 10:42",
        "The transport minister of Ostrel resigned on Tuesday after a row over rail fares. Her deputy "
        "takes over."),
        "resigned", "2025-05-06"),
    Case("dotted numeric, day first", None, furnished(
        "Mayor of Fenwick arrested", "06.05.2025 | 09:12",
        "Police arrested the mayor of Fenwick on Saturday on suspicion of fraud. He denies it."),
        "arrested", "2025-05-03"),
    Case("slashed numeric under a British zone", None, furnished(
        "Clinic attacked in Orlin", "06/05/2025 14:05 BST",
        "Gunmen attacked a clinic in Orlin on Sunday, killing a guard. Police are searching for them."),
        "attacked", "2025-05-04"),
    Case("slashed numeric and its weekday", None, furnished(
        "Strike shuts Velmora mines", "Tue 6/5/2025",
        "Miners in Velmora went on strike on Friday over pay. Output has stopped."),
        "went", "2025-05-02"),
    Case("slashed numeric under an American zone", None, furnished(
        "Dam protest in Kessel", "05/06/2025 10:42 AM ET",
        "Hundreds of farmers protested on Saturday against a dam planned on the Kessel river."),
        "protested", "2025-05-03"),
    Case("byline piece", None, furnished(
        "Court jails Brenna treasurer", "By Anna Kell | May 6, 2025",
        "A court in Brenna jailed the city's former treasurer for six years on Monday. He had stolen from "
        "the pension fund."),
        "jailed", "2025-05-05"),
    Case("source piece, aggregator", None, furnished(
        "Rebels seize border post", "Mirrow Courier · May 6, 2025",
        "Rebels seized a border post near Asper on Sunday after a gun battle with its guards."),
        "seized", "2025-05-04"),
    Case("date and reading time", None, furnished(
        "Envoy expelled", "6 May 2025 • 4 min read",
        "Ostrel expelled an envoy of Veldra on Friday, accusing him of spying. Veldra denied it."),
        "expelled", "2025-05-02"),
    # Several dates: the first publication anchors the body, not the update.
    Case("updated before published", None, furnished(
        "Ferry sinks off Mirrow", "Updated 8 May 2025 | Published 6 May 2025",
        "Gunmen attacked a ferry off Mirrow on Wednesday with forty passengers aboard. All were rescued."),
        "attacked", "2025-04-30"),
    Case("updated line over the published line", None, furnished(
        "Ferry sinks off Mirrow", "Updated: 8 May 2025\nPublished: 6 May 2025",
        "Gunmen attacked a ferry off Mirrow on Wednesday with forty passengers aboard. All were rescued."),
        "attacked", "2025-04-30"),
    Case("first published, last modified", None, furnished(
        "Ferry sinks off Mirrow", "First published on Tue 6 May 2025 10.42 BST\n"
                                  "Last modified on Thu 8 May 2025 08.00 BST",
        "Gunmen attacked a ferry off Mirrow on Wednesday with forty passengers aboard. All were rescued."),
        "attacked", "2025-04-30"),
    # The date at the page's foot.
    Case("foot line", None, furnished(
        "Warehouse raided in Dorvan", "",
        "Customs officers raided a warehouse in Dorvan on Monday and seized forged medicines. Two men were "
        "held.", "This article was first published on 6 May 2025."),
        "raided", "2025-05-05"),
    Case("foot line, originally published", None, furnished(
        "Warehouse raided in Dorvan", "",
        "Customs officers raided a warehouse in Dorvan on Sunday and seized forged medicines. Two men were "
        "held.", "Originally published May 6, 2025"),
        "raided", "2025-05-04"),
    # Future tense: the next such weekday.
    Case("future weekday", None, furnished(
        "Port strike called", "Published 6 May 2025",
        "The dockers' union said it would strike on Thursday. The port operator called the move reckless."),
        "strike", "2025-05-08"),
    Case("future weekday, will", None, furnished(
        "Envoys to meet", "Posted on May 6, 2025 at 3:15 pm",
        "The foreign ministers of Ostrel and Veldra will meet in Fenwick on Friday to discuss the border."),
        "meet@2", "2025-05-09"),
    Case("future weekday, is due to", None, furnished(
        "Corvane chief to face shareholders", "2025-05-06T10:42:00Z",
        "The envoys of Ostrel and Veldra are due to meet in Fenwick on Monday."),
        "meet", "2025-05-12"),
    # The year's turn (Thursday 2 January 2025).
    Case("last month at the year's turn", None, furnished(
        "Waiting lists grow", "Published 2 January 2025",
        "Police in Harlow Vale arrested a surgeon last month on suspicion of fraud. He has been suspended."),
        "arrested", "2024-12"),
    Case("November last year", None, furnished(
        "Kessel mayor charged", "Thu, 02 Jan 2025 07:15:00 +0000",
        "Prosecutors charged the mayor of Kessel on Wednesday with taking bribes. He was arrested in "
        "November last year."),
        "arrested", "2024-11"),
    Case("a month without a year, past, at the year's turn", None, furnished(
        "Orlin bank robbers jailed", "Published 2 January 2025",
        "Two men who attacked a guard in Orlin in December were jailed on Tuesday."),
        "attacked", "2024-12"),
    Case("past weekday across the year's turn", None, furnished(
        "Orlin bank robbers jailed", "Published 2 January 2025",
        "Two men who robbed a bank in Orlin were jailed on Monday."),
        "jailed", "2024-12-30"),
    Case("future month at the year's turn", None, furnished(
        "Kessel mayor to stand trial", "Published 2 January 2025",
        "Dockers in Kessel will strike next month over pay, their union said on Wednesday."),
        "strike", "2025-02"),
    Case("reported plan after a dated saying", None, furnished(
        "Envoys to meet", "By Anna Kell | May 6, 2025",
        "Ostrel said on Monday that its envoys would meet those of Veldra on Friday in Fenwick."),
        "meet@2", "2025-05-09"),
    Case("reported plan, a month", None, furnished(
        "Dockers threaten strike", "Published 2 January 2025",
        "The dockers' union warned on Wednesday that it would strike in February over pay."),
        "strike@2", "2025-02"),
    # Days counted from a dated act.
    Case("the following day", None, furnished(
        "Brenna treasurer charged", "Published 6 May 2025",
        "Police arrested the treasurer of Brenna on April 28. He was charged the following day with "
        "fraud."),
        "charged@2", "2025-04-29"),
    Case("the following day, passive", None, furnished(
        "Bus hijacked near Asper", "2025-05-06 10:42",
        "Gunmen attacked a bus near Asper on Saturday. A suspect was arrested the following day."),
        "arrested", "2025-05-04"),
    Case("the next day after a weekday", None, furnished(
        "Siege in Orlin ends", "Updated: 10:42 GMT, Tuesday 6 May 2025",
        "Gunmen seized a hotel in Orlin on Saturday. Troops stormed it the next day and freed the "
        "hostages."),
        "freed", "2025-05-04"),
    Case("the following month", None, furnished(
        "Brenna treasurer charged", "2025-05-06T10:42:00Z",
        "Police arrested the treasurer of Brenna in March. Prosecutors charged him the following month with "
        "fraud."),
        "charged@2", "2025-04"),
    Case("the following week", None, furnished(
        "Brenna treasurer charged", "Published 6 May 2025",
        "Police arrested the treasurer of Brenna on April 14. Prosecutors charged him the following week "
        "with fraud."),
        "charged@2", "2025-W17"),
    Case("the previous year", None, furnished(
        "Brenna treasurer jailed", "By Anna Kell | May 6, 2025",
        "A court jailed the treasurer of Brenna in 2019. Police had arrested him the previous year."),
        "arrested", "2018"),
    Case("two days later", None, furnished(
        "Guard killer caught", "By Tom Reese | May 6, 2025",
        "A guard was shot dead in Kessel on April 30. Police arrested a suspect two days later."),
        "arrested", "2025-05-02"),
    # A dated background paragraph before a weekday of the lead's week.
    Case("background year before a weekday", None, furnished(
        "Corvane closes second plant", "Published 6 May 2025",
        "In March 2023, police raided the offices of Corvane Motors in Detmold.\n\nOn Monday, police raided "
        "its offices in Fenwick as well."),
        "raided@2", "2025-05-05"),
    Case("background day before a weekday", None, REBELS_ATTACK_ASPER_AGAIN,
        "attacked@2", "2025-05-04"),
    Case("background day keeps its date", None, REBELS_ATTACK_ASPER_AGAIN,
        "attacked", "2024-03-12"),
    # Weeks.
    Case("earlier this week", None, furnished(
        "Velmora councillors held", "Published 6 May 2025",
        "Police arrested three councillors in Velmora earlier this week on suspicion of bribery."),
        "arrested", "2025-W19"),
    Case("last week", None, furnished(
        "Velmora councillors held", "6 May 2025 • 4 min read",
        "Police arrested three councillors in Velmora last week on suspicion of bribery."),
        "arrested", "2025-W18"),
    # Wire and press-release datelines, and a later body date.
    Case("wire dateline with year, body weekday", None,
         "Corvane chief held\nDETMOLD, May 6, 2025 (Northwire) - Police arrested the chief executive of "
         "Corvane Motors on Monday. Its shares fell by a fifth.",
         "arrested", "2025-05-05"),
    Case("yearless wire dateline, year from the copyright line", None,
         "Dockers protest in Havenport\nHAVENPORT, May 6 (Northwire) - Hundreds of dockers protested "
         "outside the port on Monday over pay. A strike is likely.\n\nCopyright 2025 Northwire.",
         "protested", "2025-05-05"),
    Case("press-release dateline", None,
         "Fenwick Foods signs city deal\nOSKAR BAY, May 6, 2025 /PRWire/ -- Fenwick Foods signed a supply "
         "agreement with the city of Oskar Bay on Monday. It will employ 200 people.",
         "signed", "2025-05-05"),
    Case("dateline day and a later body date", None,
         KESSEL_MAYOR_CHARGED,
         "charged", "2025-05-06"),
    Case("dateline day, a later body date's act", None,
         KESSEL_MAYOR_CHARGED,
         "strike", "2025-06-02"),
    # Deictic days.
    Case("yesterday under a published line", None, furnished(
        "Clinic attacked in Orlin", "Published 6 May 2025",
        "Gunmen attacked a clinic in Orlin yesterday, killing a guard."),
        "attacked", "2025-05-05"),
    Case("today under a byline piece", None, furnished(
        "Ostrel strikes deal", "By Anna Kell | May 6, 2025",
        "Ostrel signed a trade deal with Veldra today, ending a year of talks."),
        "signed", "2025-05-06"),
    # Acts the dater does not date right yet (strict expected failures: OPEN in the test).
    Case("background act in a relative clause", None, furnished(
        "Velmora union protests again", "Published 6 May 2025",
        "The union, which staged a strike in Velmora in March, protested again on Monday."),
        "strike", "2025-03"),
    # An act that did not happen (NO_ACT in the test): no fact, whatever its date.
    Case("counterfactual would have", None, furnished(
        "Envoys stay away", "Published 6 May 2025",
        "The minister said on Monday she would have met the envoys on Friday had they come."),
        "met", None),
    # No date: furniture that gives none.
    Case("hours ago gives no date", None, furnished(
        "Clinic attacked in Orlin", "6 hours ago",
        "Gunmen attacked a clinic in Orlin on Sunday, killing a guard."),
        "attacked", None),
    Case("weekday-only line gives no date", None, furnished(
        "Clinic attacked in Orlin", "Tuesday 10:42 BST",
        "Gunmen attacked a clinic in Orlin on Sunday, killing a guard."),
        "attacked", None),
    Case("event date in the headline is no page date", None, furnished(
        "Floods of 12 March 2024 remembered", "",
        "Residents of Mirrow protested on Sunday over slow repairs after the floods."),
        "protested", None),
    Case("other language's month gives no date", None, furnished(
        "Clinique attaquée à Orlin", "Publié le 6 mai 2025",
        "Gunmen attacked a clinic in Orlin on Sunday, killing a guard."),
        "attacked", None),
]
