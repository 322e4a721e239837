"""A second sweep of event dates, in the way web and wire reports date acts, table-driven
(:mod:`tests.extract.event_dates_sweep2_cases`): a summary line or headline dating the act the body retells
undated or coarser, two dates in one sentence, times of day and days counted from the report or another act,
a date carried over a sequence of acts, a past act in a report of a later one, acts dated by a ``when``
clause, retold acts, and dates read against a date line at the top of the page."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_dates_sweep2_cases import CASES, Case
from tests.extract.test_event_dates_sweep import check_date


@pytest.mark.parametrize("case", CASES, ids=[f"{c.construction}-{c.act}-{n}" for n, c in enumerate(CASES)])
def test_the_event_takes_the_date_the_page_gives(nlp: Language, case: Case) -> None:
    check_date(nlp, case.text, case.published, case.act, case.expected)
