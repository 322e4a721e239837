"""An undated assault takes the date of the step of its encounter told in an after/before clause
(extract/event_sequence_dates.py)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str = "2021-06-10") -> list[Event]:
    return next(process_articles([Article.new(text, published=published)], nlp)).events


def _assault(evs: list[Event]) -> Event:
    return next(e for e in evs if e.type == "ASSAULT")


def test_a_shooting_after_a_dated_threat_is_on_its_day(nlp: Language) -> None:
    evs = _events(nlp, "Two deputies shot Tom Vale after he pointed a rifle at them on Saturday night.")
    shot = _assault(evs)
    assert shot.date is not None and not shot.date.fallback
    assert shot.date.value.startswith("2021-06-05")


def test_an_assault_in_the_clause_of_a_dated_escape(nlp: Language) -> None:
    evs = _events(nlp, "The May 30 escape of Ray Dunne shocked the town of Marlow. "
                       "Dunne escaped from a van after he pulled a knife on two guards.")
    pulled = _assault(evs)
    assert pulled.date is not None and pulled.date.value == "2021-05-30"


def test_a_measured_gap_keeps_the_assault_undated(nlp: Language) -> None:
    evs = _events(nlp, "Two deputies shot Tom Vale three days after he pointed a rifle at them on Saturday.")
    shot = _assault(evs)
    assert shot.date is None or shot.date.fallback or not shot.date.value.startswith("2021-06-05")


def test_an_arrest_after_a_dated_act_stays_undated(nlp: Language) -> None:
    evs = _events(nlp, "Police arrested Tom Vale after he robbed a bank in Marlow on Saturday.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert arrest.date is None or arrest.date.fallback


_CLOCK = ("Video of the attack on Ann Dorr was shown in court on Tuesday. The tape shows Dorr leaving her "
          "office on March 2, 2020. At about 6:40 p.m., Dorr and a colleague are seen crossing the street. ")


def test_an_assault_told_with_then_after_a_clock_time_is_of_its_day(nlp: Language) -> None:
    evs = _events(nlp, _CLOCK + "The stabbing then begins, with Dorr trying to shield her colleague.")
    stabbing = _assault(evs)
    assert stabbing.date is not None and stabbing.date.value == "2020-03-02"


def test_without_then_the_assault_keeps_no_date(nlp: Language) -> None:
    evs = _events(nlp, _CLOCK + "The stabbing shocked the neighbourhood.")
    stabbing = _assault(evs)
    assert stabbing.date is None or stabbing.date.fallback
