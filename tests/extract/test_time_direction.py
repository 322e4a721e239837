"""The tense direction the parse gives a timex (:func:`newsgraph.extract.time._parse_direction`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article
from newsgraph.nlp.pipeline import doc_for


def _values(nlp: Language, text: str, published: str = "2023-12-14") -> dict[str, str]:
    """Timex text -> value for a made-up article (2023-12-14 is a Thursday)."""
    article = Article.new(text, published=published)
    doc = nlp(doc_for(nlp, article))
    return {t.text: t.value for t in doc._.ng.timexes}


@pytest.mark.parametrize("text", [
    "Detectives are investigating Tuesday's stabbing near the harbour.",
    "Neighbours are mourning the victims of the Tuesday fire.",
    "Officers are hunting two men after a robbery on Tuesday at a bank.",
])
def test_a_progressive_does_not_send_an_act_noun_forward(nlp: Language, text: str) -> None:
    assert _values(nlp, text)["Tuesday"] == "2023-12-12"


def test_a_progressive_verb_with_its_own_weekday_is_a_plan(nlp: Language) -> None:
    assert _values(nlp, "The ministers are meeting on Tuesday in Vienna.")["Tuesday"] == "2023-12-19"


@pytest.mark.parametrize("text", [
    "The driver is expected to be charged over Tuesday's crash.",
    "The woman will appear in court after a robbery on Tuesday.",
])
def test_an_act_told_as_a_cause_stays_in_the_past_under_a_future(nlp: Language, text: str) -> None:
    assert _values(nlp, text)["Tuesday"] == "2023-12-12"


def test_a_future_verb_still_plans_an_occasion_it_names(nlp: Language) -> None:
    assert _values(nlp, "The ministers will attend Tuesday's summit in Vienna.")["Tuesday"] == "2023-12-19"


@pytest.mark.parametrize(("text", "value"), [
    # "would" in what a past verb of saying reports: the future seen from the saying.
    ("The union said it would strike on Tuesday.", "2023-12-19"),
    ("The minister announced that she would visit Orlin on Monday.", "2023-12-18"),
    # "would have" and a "would" that no saying reports stay where a modal leaves a weekday: the past.
    ("The union said it would have struck on Tuesday.", "2023-12-12"),
    ("The strike would have hurt the port on Tuesday.", "2023-12-12"),
])
def test_would_under_a_past_saying_is_a_plan(nlp: Language, text: str, value: str) -> None:
    weekday = next(w for w in ("Monday", "Tuesday") if w in text)
    assert _values(nlp, text)[weekday] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The two sides are due to resume talks on Tuesday.", "2023-12-19"),  # a lexicon head: the future
    ("The two sides vowed to resume talks on Tuesday.", "2023-12-19"),
    ("The two sides said they would resume talks on Tuesday.", "2023-12-19"),  # a reported plan
])
def test_a_plan_told_by_an_infinitive_head_or_a_reported_would(nlp: Language, text: str, value: str) -> None:
    assert _values(nlp, text)["Tuesday"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The union said on Monday that it would strike on Thursday.", "2025-05-08"),  # after the saying's Monday
    ("The union said that it would strike on Thursday.", "2025-05-15"),  # no saying day: after publication
    ("The union said on Monday that it would have struck on Thursday.", "2025-05-08"),  # no plan: the past
])
def test_a_plan_reported_on_a_day_counts_from_that_day(nlp: Language, text: str, value: str) -> None:
    assert _values(nlp, text, published="2025-05-10")["Thursday"] == value  # a Saturday
