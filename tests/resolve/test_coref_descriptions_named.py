"""Descriptions joined to the name a report gives elsewhere, and the limits of each (invented reports).

A definite description restates the one salient entity it fits; when two fit, it restates neither. Each kind
(a headline's description and the body's name or description, an organisation or group restated by its kind,
a counted group of people named before, a title noun restating the one holder of that title, the lead's
described victim named next) has cases that must join and cases that must not: two people of the same role,
a description nearer to another name, a generic plural.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Entity
from newsgraph.process import process_articles
from tests.params import case_param

_NL = "\n"


def _entity_of(art: Article, text: str) -> Entity | None:
    """The entity of the first mention with exactly this text, None when no mention has it."""
    for e in art.entities:
        for mid in e.mentions:
            m = art.mention(mid)
            if m is not None and m.text == text:
                return e
    return None


def _linked(art: Article, a: str, b: str) -> bool:
    """Whether mention ``a`` and mention ``b`` are one entity, or ``b`` is a member of ``a``'s group."""
    ea, eb = _entity_of(art, a), _entity_of(art, b)
    if ea is None or eb is None:
        return False
    return ea.id == eb.id or eb.id in ea.members


# (case, report, mention a, mention b, whether a and b must be one entity / b a member of a's group)
CASES: list[tuple[str, str, str, str, bool]] = [
    # a headline's title and the body's one named holder of it, and the reverse
    ("headline judge, one judge named",
     f"Judge jails Dorton arsonist{_NL}A judge on Monday jailed a man for ten years for setting fire to a "
     "warehouse. Judge Helen Marsh said the fire had been set for revenge.", "Judge", "Helen Marsh", True),
    ("headline judge, two judges named",
     f"Judge jails Dorton arsonist{_NL}A man was jailed on Monday for ten years for setting fire to a "
     "warehouse. Judge Helen Marsh and Judge Paul Reid heard the case.", "Judge", "Helen Marsh", False),
    ("headline minister, the body names the minister",
     f"Minister resigns over Kelton contracts{_NL}Transport Minister Ivo Brandt resigned on Tuesday after "
     "reports that contracts went to his brother's firm.", "Minister", "Ivo Brandt", True),
    ("headline minister, two ministers named",
     f"Minister resigns over Kelton contracts{_NL}Transport Minister Ivo Brandt resigned on Tuesday, and "
     "Finance Minister Olga Sten said she would review the contracts.", "Minister", "Olga Sten", False),
    ("headline name, the lead's definite title",
     f"Ivo Brandt quits over Kelton contracts{_NL}The transport minister resigned on Tuesday after reports "
     "that contracts went to his brother's firm.", "The transport minister", "Ivo Brandt", True),
    ("headline names two, the lead's definite title",
     f"Ivo Brandt and Olga Sten clash over contracts{_NL}The minister said on Tuesday that the contracts "
     "were lawful.", "The minister", "Olga Sten", False),
    ("headline description and the body's indefinite one of the same noun",
     f"Rebel commander killed in army raid{_NL}Troops killed a senior commander of the Liberation Front "
     "in a raid on a jungle camp on Sunday, the army said.", "Rebel commander",
     "a senior commander of the Liberation Front", True),
    ("headline description and a body description of another noun",
     f"Rebel commander killed in army raid{_NL}Troops killed a senior fighter of the Liberation Front "
     "in a raid on a jungle camp on Sunday, the army said.", "Rebel commander", "Liberation Front", False),
    ("headline description and two body descriptions of its noun",
     f"Rebel commander killed in army raid{_NL}Troops killed a senior commander of the Liberation Front "
     "on Sunday and captured a commander of the People's Army.", "Rebel commander",
     "a senior commander of the Liberation Front", False),
    # the lead's described victim and the person named next, told as harmed
    ("the lead's clerk, named next and harmed",
     f"Clerk killed in shop robbery{_NL}A convenience store clerk was shot dead during a robbery on "
     "Saturday, and a 22-year-old man was arrested, police said. Ravi Mehta, 41, was working alone when "
     "a gunman walked in. The gunman shot him twice.", "A convenience store clerk", "Ravi Mehta", True),
    ("the lead's clerk, the person named next is charged",
     f"Clerk killed in shop robbery{_NL}A convenience store clerk was shot dead during a robbery on "
     "Saturday, and a man was arrested, police said. Tom Ash, 22, was charged with murder.",
     "A convenience store clerk", "Tom Ash", False),
    ("the lead's clerk, the person named next is the other described one by age",
     f"Clerk killed in shop robbery{_NL}A convenience store clerk was shot dead during a robbery on "
     "Saturday, and a 22-year-old man was arrested, police said. Tom Ash, 22, was charged with murder.",
     "A convenience store clerk", "Tom Ash", False),
    ("the headline's clerk and the lead's clerk",
     f"Clerk killed in shop robbery{_NL}A convenience store clerk was shot dead during a robbery on "
     "Saturday, police said.", "Clerk", "A convenience store clerk", True),
    ("generic clerks are no one",
     f"Clerks in Dorton strike over pay{_NL}Clerks in the city walked out on Monday. Ravi Mehta, a clerk "
     "at the town hall, said pay had not risen in years.", "Clerks", "Ravi Mehta", False),
    # an organisation or group restated by its kind
    ("the bank for the named bank",
     "A bomb exploded outside a branch of Hellenic Trust Bank in Athens on Thursday. The bank said no one "
     "was hurt.", "The bank", "Hellenic Trust Bank", True),
    ("the bank when two banks are named",
     "Bombs exploded outside branches of Hellenic Trust Bank and Argo Bank in Athens on Thursday. The "
     "bank said no one was hurt.", "The bank", "Argo Bank", False),
    ("the group for the named group",
     "The Liberation Front claimed the attack on the police station on Sunday. The group said it would "
     "strike again.", "The group", "Liberation Front", True),
    ("the rebels for the named rebel group",
     "The Liberation Front rebel group agreed to a ceasefire on Sunday. The rebels began pulling back "
     "from the hills on Monday.", "The rebels", "Liberation Front", True),
    ("the rebels when two rebel groups are named",
     "The Liberation Front rebel group fought the Red Brigade rebel group near the border on Sunday. The "
     "rebels began pulling back on Monday.", "The rebels", "Liberation Front", False),
    ("the rebels when two rebel groups are named, the second",
     "The Liberation Front rebel group fought the Red Brigade rebel group near the border on Sunday. The "
     "rebels began pulling back on Monday.", "The rebels", "Red Brigade", False),
    ("rebels after a named party that is no rebel group",
     "The Liberation Party won the election on Sunday. The rebels in the north attacked a convoy on "
     "Monday.", "The rebels", "Liberation Party", False),
    ("the company for the named company",
     "Acme Corp cut 200 jobs at its plant in Dorton on Monday. The company said sales had fallen.",
     "The company", "Acme Corp", True),
    ("the ministry for the named ministry",
     "The Defence Ministry said on Sunday that troops had taken the town. The ministry said two soldiers "
     "were wounded.", "The ministry", "Defence Ministry", True),
    ("the party for the named party",
     "The Liberation Party won the election on Sunday. The party took 40 percent of the vote.",
     "The party", "Liberation Party", True),
    # a counted group of the people named before
    ("the two ministers for the two named ministers",
     "Foreign Minister Ana Ruiz met Defence Minister Karl Benz in Lisbon on Monday. The two ministers "
     "signed a training agreement.", "The two ministers", "Ana Ruiz", True),
    ("the two ministers, the second minister",
     "Foreign Minister Ana Ruiz met Defence Minister Karl Benz in Lisbon on Monday. The two ministers "
     "signed a training agreement.", "The two ministers", "Karl Benz", True),
    ("both men for the two named men",
     "Tom Reid and Sam Cole were arrested in Leeds on Friday. Both men were released on bail on Sunday.",
     "Both men", "Sam Cole", True),
    ("both women for the two named women",
     "Ann Kell and Joan Pike were arrested in Leeds on Friday. Both women were released on bail on Sunday.",
     "Both women", "Joan Pike", True),
    ("both men leaves out the woman",
     "Tom Reid and Ann Kell were arrested with Sam Cole in Leeds on Friday. Both men were released on "
     "bail on Sunday.", "Both men", "Ann Kell", False),
    ("the two ministers leaves out a banker named between",
     "Foreign Minister Ana Ruiz met Defence Minister Karl Benz and the banker Otto Kranz in Lisbon on "
     "Monday. The two ministers signed an agreement.", "The two ministers", "Otto Kranz", False),
    ("the two ministers takes the ministers past a banker",
     "Foreign Minister Ana Ruiz met Defence Minister Karl Benz and the banker Otto Kranz in Lisbon on "
     "Monday. The two ministers signed an agreement.", "The two ministers", "Ana Ruiz", True),
    ("the two victims are not the one charged",
     "Tom Reid stabbed Ian Roe and Sam Cole outside a pub on Friday. Reid was charged with assault. The "
     "two victims were treated in hospital.", "The two victims", "Tom Reid", False),
    # a title noun restating the one holder of that title
    ("the minister for the one named minister",
     "Defence Minister Alvaro Pineda said the raid had been a success. The minister said the army would "
     "press on.", "The minister", "Alvaro Pineda", True),
    ("the commander for the one named commander",
     "Brigade commander Jan Roth said his troops had taken the town. The commander said six soldiers were "
     "wounded.", "The commander", "Jan Roth", True),
    ("the judge past a lawyer named nearer",
     "Judge Helen Marsh jailed Tom Ash for six years on Monday. Ash's lawyer, Paul Reid, said he would "
     "appeal. The judge said Ash had shown no remorse.", "The judge", "Helen Marsh", True),
    ("the judge is not the lawyer named nearer",
     "Judge Helen Marsh jailed Tom Ash for six years on Monday. Ash's lawyer, Paul Reid, said he would "
     "appeal. The judge said Ash had shown no remorse.", "The judge", "Paul Reid", False),
    ("the journalist for the one person named before",
     "Marta Levi has reported from Syria for a decade. The journalist was kidnapped on Friday.",
     "The journalist", "Marta Levi", True),
    ("the journalist when two people are named before",
     "Marta Levi and Anna Berg have reported from Syria for a decade. The journalist was kidnapped on "
     "Friday.", "The journalist", "Anna Berg", False),
    ("the senator is not the named governor",
     "Governor Ann Kell signed the bill on Monday. The senator who wrote it said it would save money.",
     "The senator", "Ann Kell", False),
    ("the 23-year-old for the one person named before",
     "Police arrested Ian Roe at his home on Friday. The 23-year-old was charged with burglary.",
     "The 23-year-old", "Ian Roe", True),
    ("the 23-year-old is not a person of another age",
     "Police arrested Ian Roe, 31, at his home on Friday. The 23-year-old was charged with burglary.",
     "The 23-year-old", "Ian Roe", False),
    # a description apposed to a name
    ("a description apposed after the name",
     "Ben Carter, the chief executive of Acme, resigned on Monday.", "the chief executive of Acme",
     "Ben Carter", True),
    ("an organisation's description apposed to its name",
     "The main rebel group, the Liberation Front, rejected the offer on Sunday.", "The main rebel group",
     "Liberation Front", True),
    ("a clause after a name is no apposition",
     "After meeting Ben Carter, the suspect said the talks went well.", "the suspect", "Ben Carter", False),
    # a plural pronoun for people coordinated as a subject
    ("they for the two named people who ran a shop",
     "Tom Reid and Ann Kell ran a shop in Leeds. They were arrested on Thursday.", "They", "Ann Kell",
     True),
    ("they after people named as objects is not them",
     "Police arrested Tom Reid and Ann Kell in Leeds. They said more arrests were likely.", "They",
     "Ann Kell", False),
]

#: Cases this round leaves as they are, each with why.
XFAIL: dict[str, str] = {
    "the headline's clerk and the lead's clerk":
        "the tagger reads a headline's capitalised 'Clerk' as the name of an organisation: no description",
}


def _param(case: tuple[str, str, str, str, bool]) -> object:
    return case_param(*case[1:], id=case[0], open_reason=XFAIL.get(case[0]))


@pytest.mark.parametrize(("text", "a", "b", "joined"), [_param(c) for c in CASES])
def test_description_and_name(nlp: Language, text: str, a: str, b: str, joined: bool) -> None:
    art = next(process_articles([Article.new(text, published="2024-01-02")], nlp))
    assert _entity_of(art, b) is not None, f"no mention '{b}'"
    assert _entity_of(art, a) is not None or not joined, f"no mention '{a}'"
    # a description that is no mention at all (dropped as no one, "the bank" of two banks) is joined to no one
    assert _linked(art, a, b) == joined
