"""Event dating: timexes that bound or compare an act rather than date it (deadlines, open "from"), and
clauses with a time of their own ("when" clauses of a timex, "later" clauses)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_event_dates import dated


def test_a_fronted_deadline_does_not_date_the_sentence(nlp: Language) -> None:
    got = dated(nlp, "By the end of next year, the two factories will be closed.")
    assert got["closed"] is None
    assert dated(nlp, "In March, the two factories were closed.")["closed"] == "2023-03"
