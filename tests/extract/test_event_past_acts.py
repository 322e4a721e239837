"""Acts never announced ahead keep a bare weekday in the past (:mod:`newsgraph.extract.event_past_acts`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.event_past_acts import bare_weekday
from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _event(nlp: Language, text: str, type_: str) -> Event:
    """The event of a type in a made-up article published on Thursday 2023-12-14."""
    events = next(process_articles([Article.new(text, published="2023-12-14")], nlp)).events
    return next(e for e in events if e.type == type_)


@pytest.mark.parametrize("text", [
    "Detectives will question witnesses to Saturday's stabbing in Hull.",
    "A vigil will be held for the victims of Saturday's bombing in Hull.",
])
def test_a_violent_act_under_a_future_keeps_its_weekday_in_the_past(nlp: Language, text: str) -> None:
    date = _event(nlp, text, "ASSAULT").date
    assert date is not None and date.value == "2023-12-09"


def test_words_placing_a_weekday_are_kept() -> None:
    assert bare_weekday("late Saturday") and bare_weekday("Sat. night")
    assert not bare_weekday("next Saturday") and not bare_weekday("this Saturday")
    assert not bare_weekday("May 3")
