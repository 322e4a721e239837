"""The act a headline states is the report's news, never merged into an episode the report dates to an earlier
year (:mod:`newsgraph.extract.event_news`); an act named inside the headline may still be old."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.event_news import earlier_year
from tests.extract.event_probes import events


@pytest.mark.parametrize(("value", "published", "earlier"), [
    ("2010", "2013-09-30", True), ("2012-12", "2013-01-02", True), ("2013-05", "2013-09-30", False),
    ("2013-09-29", "2013-09-30", False), ("XXXX-10-09", "2013-09-30", False), ("2010", None, False),
])
def test_earlier_year(value: str, published: str | None, earlier: bool) -> None:
    assert earlier_year(value, published) is earlier


#: (headline and text, a type, how many events of that type the report tells)
CASES = [
    ("Norland expels envoy of Vastia\nThe ministry gave a Vastian diplomat 48 hours to leave. "
     "Norland expelled two Vastian diplomats in 2010 in a similar case.", "SANCTION", 2),
    ("Riots in Kelby suburb\nYouths set fire to cars on Wednesday. Around 200 people took part in the "
     "rioting. In May 2019, a week of rioting in suburbs left dozens of cars burned.", "PROTEST", 2),
    ("Man convicted in murder of wife\nA man was convicted on Friday of the 2009 murder of his wife, "
     "Ann Dale.", "ASSAULT", 1),
]


@pytest.mark.parametrize(("text", "type_", "count"), CASES)
def test_headline_act_is_not_an_earlier_episode(nlp: Language, text: str, type_: str, count: int) -> None:
    _, evs = events(nlp, text)
    of_type = [e for e in evs if e.type == type_]
    assert len(of_type) == count, [(e.type, e.trigger_start) for e in evs]
