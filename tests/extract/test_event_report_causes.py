"""Causes of errors found in whole news reports (made-up sentences and names): a public appeal for
witnesses is no event, a closing attribution is no complement of the act, two acts of one sentence with
different actors stay two, and the arrest of one more person is an arrest of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    """The factual events of a text."""
    art = next(process_articles([Article.new(text, published="2014-03-10")], nlp))
    return [e for e in art.events if e.modality in FACTUAL]


def _types(nlp: Language, text: str) -> list[str]:
    return sorted(e.type for e in _events(nlp, text))


# A police appeal to the public for information is no event; an appeal for calm or to a party is a REQUEST.
APPEALS = [
    ("She appealed for anyone who saw the fight outside the Orbit bar to contact police.", []),
    ("Sergeant Lina Moss asked anyone with dashcam footage from the Dunfield road to call the station.", []),
    ("Police have asked anyone who saw the grey van in Harwick to call 101.", []),
    ("Detectives in Harwick appealed for witnesses to come forward.", []),
    ("Police urged motorists to avoid the Harwick bypass on Monday.", []),
    ("Interior Minister Tomas Brenner appealed for calm on Monday.", ["REQUEST"]),
    ("Minister Tomas Brenner urged Valdoria to release the two sailors.", ["REQUEST"]),
    ("Interior Minister Tomas Brenner appealed for calm as everyone waited for the verdict.", ["REQUEST"]),
    ("The Harwick transport union urged drivers to join the strike on Monday.", ["REQUEST"]),
]


@pytest.mark.parametrize(("text", "types"), APPEALS)
def test_a_public_appeal_for_information_is_no_event(nlp: Language, text: str, types: list[str]) -> None:
    assert _types(nlp, text) == types


# "agreed ... to a ceasefire ..., officials said": the attribution is no complement of "agreed".
ATTRIBUTIONS = [
    "Norland's army and the Vask rebel group agreed on Sunday to a ceasefire around the eastern town of Eldo "
    "after two days of talks in the capital, Brevik, United Nations officials said on Monday.",
    "Norland and the Vask Front agreed on Sunday to a ceasefire around the town of Eldo after two days of "
    "talks in Brevik.",
]


@pytest.mark.parametrize("text", ATTRIBUTIONS)
def test_a_closing_attribution_leaves_the_agreement(nlp: Language, text: str) -> None:
    types = _types(nlp, text)
    assert "AGREE" in types and "RETREAT" not in types


def test_two_requests_of_one_sentence_by_two_countries_stay_two(nlp: Language) -> None:
    text = ("Norland called for both armies to pull back to the old border, but Valdoria demanded that "
            "current positions first be recorded.")
    requests = [e for e in _events(nlp, text) if e.type == "REQUEST"]
    assert len(requests) == 2


# One more person arrested ("a second man", "another suspect") is an arrest of its own; "the second man" may
# be one already told, and a further victim of one attack is no second attack.
FURTHER = [
    ("Kyle Brannock was arrested on Saturday in Dunmore. A second man, aged 20, was also arrested.", 2),
    ("Police arrested Kyle Brannock in Dunmore on Saturday. Officers later arrested another suspect.", 2),
    ("Police arrested Kyle Brannock in Dunmore on Saturday. Brannock was arrested at his flat.", 1),
    ("Second man arrested over Dunmore killing\n\nA second man has been arrested over the killing of a "
     "courier in Dunmore. Police said a second man was arrested at his home on Saturday.", 1),
]


@pytest.mark.parametrize(("text", "arrests"), FURTHER)
def test_the_arrest_of_one_more_person_is_an_arrest_of_its_own(
    nlp: Language, text: str, arrests: int
) -> None:
    assert sum(e.type == "COERCE" for e in _events(nlp, text)) == arrests


# Codebook words of the whole reports: a promise to avenge is a threat; police breaking up a rally with batons
# use force on it; ships ramming a boat attack it; pirates seizing a tanker hijack it (police seizing a boat
# confiscate it); a body agreeing to sanctions imposes them (a threat of sanctions stays a threat).
WORDS = [
    ("The Vask Front said in a statement that it would avenge its commander's death.", "THREATEN",
     "violence"),
    ("Riot police broke up the rally in Vorsk that night with batons.", "ASSAULT", "crowd-control"),
    ("In May, Valdorian ships rammed a Norland fishing boat near the islands.", "ASSAULT", None),
    ("Pirates seize Norland tanker off Valdoria", "ASSAULT", "abduct"),
    ("Police seized a boat carrying cocaine off Valdoria on Monday.", "COERCE", "seize"),
    ("EU agrees new sanctions on Valdoria over jailed opposition leader", "SANCTION", None),
    ("European Union ministers agreed on Monday to freeze the assets of 12 Valdorian officials.", "SANCTION",
     None),
    ("Norland threatened to impose sanctions on Valdoria.", "THREATEN", None),
    ("Tom Ashby was fined 500 pounds and banned from driving for a year in Leeds on Monday.", "SANCTION",
     "convict"),
    ("Valdoria banned Norland from its waters on Monday.", "COERCE", "restrict"),
]


@pytest.mark.parametrize(("text", "type_", "mode"), WORDS)
def test_codebook_words_of_whole_reports(nlp: Language, text: str, type_: str, mode: str | None) -> None:
    events = _events(nlp, text)
    assert [e.type for e in events] == [type_]
    assert mode is None or events[0].mode == mode


def test_a_wire_agency_in_the_dateline_takes_no_part(nlp: Language) -> None:
    text = ("Valdoria expels Norland diplomat\nTALLINN, Sept 30, 2013 (Northern News Agency) - Valdoria on "
            "Monday ordered a Norland diplomat to leave the country within 48 hours, accusing him of spying.")
    art = next(process_articles([Article.new(text)], nlp))
    names = {art.text[p.start:p.end] for e in art.events for p in e.participants if p.start is not None}
    assert "Valdoria" in names and "Northern News Agency" not in names


def test_a_photo_caption_tells_no_act_of_its_own(nlp: Language) -> None:
    body = "Tom Ashby, 23, was arrested in Dunmore on Saturday."
    caption = "\nPicture: Police cordon in Market Street, Dunmore, on Saturday."
    assert _types(nlp, body + caption) == ["COERCE"]
    assert _types(nlp, body + "\nPolice cordon off Market Street in Dunmore.") == ["COERCE", "COERCE"]
