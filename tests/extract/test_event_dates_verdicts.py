"""Dates of acts named by a verdict's complement or by their victim's death (``extract/event_dates.py``)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str | None = "2023-12-15") -> list[Event]:
    return next(process_articles([Article.new(text, published=published)], nlp)).events


def _dates(nlp: Language, text: str, kind: str, published: str = "2023-12-15") -> list[str | None]:
    return [None if e.date is None or e.date.fallback else e.date.value
            for e in _events(nlp, text, published) if e.type == kind]


def test_a_date_long_before_a_verdict_dates_the_act_of_its_complement(nlp: Language) -> None:
    text = ("Carl Mott, 31, was found guilty of stabbing Ed Lowe, 40, and injuring Ray Dunn, 28, "
            "in May 2021 as he fled a pawn shop.")
    assert _dates(nlp, text, "ASSAULT") == ["2021-05"]
    assert _dates(nlp, text, "SANCTION") == [None]


def test_a_date_near_publication_stays_the_verdicts(nlp: Language) -> None:
    text = "Carl Mott was found guilty on Tuesday of stabbing Ed Lowe in May 2021."
    assert _dates(nlp, text, "SANCTION") == ["2023-12-12"] and _dates(nlp, text, "ASSAULT") == ["2021-05"]


def test_a_victims_death_dates_the_killing(nlp: Language) -> None:
    text = "A 19-year-old man has confessed to killing a nurse, who died on Friday as she shielded two boys."
    assert _dates(nlp, text, "ASSAULT", published="2023-12-13") == ["2023-12-08"]


def test_a_victims_later_death_does_not_date_a_shooting(nlp: Language) -> None:
    text = "A gunman shot a teacher, who died Monday, at a school in Ohio."
    assert _dates(nlp, text, "ASSAULT") == [None]


def test_a_shooting_rampage_gone_on_in_a_when_clause_dates_its_killings(nlp: Language) -> None:
    text = ("Her anger peaked in June, when she went on a shooting rampage through the depot.\n"
            "In a statement, Gina Hale admitted killing two drivers and wounding a third.")
    assert _dates(nlp, text, "ASSAULT") == ["2023-06"]


def test_going_on_strike_shares_the_verbs_date(nlp: Language) -> None:
    assert _dates(nlp, "Bus drivers in Leeds went on strike on Monday over pay.", "PROTEST") == ["2023-12-11"]


def test_a_rampage_of_rioters_is_a_riot(nlp: Language) -> None:
    evs = _events(nlp, "Rioters went on the rampage in the old town of Lyon, smashing shop windows.")
    assert [e.type for e in evs if e.trigger == "rampage"] == ["PROTEST"]


def test_the_weapon_acting_in_a_relative_clause_dates_the_attack(nlp: Language) -> None:
    text = "The guard was struck in the leg by a bullet that bounced off a wall in Toledo in May 2022."
    assert _dates(nlp, text, "ASSAULT") == ["2022-05"]


def test_a_weapon_acted_on_earlier_does_not_date_the_attack(nlp: Language) -> None:
    text = "The guard was struck by a bullet from a rifle that had been stolen in May 2022."
    assert _dates(nlp, text, "ASSAULT") == [None]
