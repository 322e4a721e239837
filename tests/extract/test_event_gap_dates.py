"""An act told a measured number of days before or after a dated act takes that act's day, shifted
(:mod:`newsgraph.extract.event_gap_dates`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> dict[str, Event]:
    """Trigger -> event of a made-up article published on Friday 2024-03-15."""
    art = next(process_articles([Article.new(text, published="2024-03-15")], nlp))
    return {e.trigger or "": e for e in art.events}


def _stated(e: Event) -> str | None:
    return None if e.date is None or e.date.fallback else e.date.value


@pytest.mark.parametrize(("text", "act", "value"), [
    ("Police arrested two men on Friday, three days after the robbery of a bank in Orlin.", "robbery",
     "2024-03-12"),
    ("The raid on Tuesday came two days after the bombing of a market.", "bombing", "2024-03-10"),
])
def test_a_measured_gap_from_a_dated_act_dates_the_other_act(nlp: Language, text: str, act: str,
                                                              value: str) -> None:
    assert _stated(_events(nlp, text)[act]) == value


def test_an_unmeasured_or_vague_gap_dates_nothing(nlp: Language) -> None:
    events = _events(nlp, "Police arrested two men on Friday, days after the robbery of a bank in Orlin.")
    assert _stated(events["robbery"]) is None
