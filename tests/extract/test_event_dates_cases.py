"""Dates across a case link ("in connection with", "charged with") and in an "amid" occasion
(:mod:`newsgraph.extract.event_dates`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str = "2023-12-14") -> dict[str, Event]:
    """Trigger -> event of a made-up article (2023-12-14 is a Thursday)."""
    events = next(process_articles([Article.new(text, published=published)], nlp)).events
    return {e.trigger: e for e in events}


def _stated(e: Event) -> str | None:
    return None if e.date is None or e.date.fallback else e.date.value


@pytest.mark.parametrize(("text", "act"), [
    ("Detectives on Monday detained a driver in connection with the stabbing of a cyclist.", "stabbing"),
    ("A driver was charged on Monday with the murder of a cyclist in Hull.", "murder"),
])
def test_a_case_link_keeps_the_arrest_day_off_the_act(nlp: Language, text: str, act: str) -> None:
    assert _stated(_events(nlp, text)[act]) is None


def test_a_date_after_the_act_of_a_charge_is_still_the_acts(nlp: Language) -> None:
    text = "The driver is charged with murder for the shooting deaths of two cyclists in March 2021."
    events = _events(nlp, text)
    act = next(e for e in events.values() if e.type == "ASSAULT")
    assert _stated(act) == "2021-03"


def test_an_act_amid_a_dated_occasion_takes_its_date(nlp: Language) -> None:
    events = _events(nlp, "Youths clashed with police amid Monday's protests in Hull.")
    assert _stated(events["clashed"]) == "2023-12-11"


def test_a_dated_anaphor_narrows_a_coarser_date_that_holds_it(nlp: Language) -> None:
    text = ("A court jailed Jones on Monday for his deadly 2019 rampage at a depot. "
            "Judge Ann Reyes jailed Jones for the March 3, 2019, incident that left two guards dead.")
    act = next(e for e in _events(nlp, text).values() if e.type == "ASSAULT")
    assert _stated(act) == "2019-03-03"
