"""A person's age stated beside their name (made-up sentences): one pattern for the NER repairs and the
coreference rules, an apposed age closed by a comma, a dash, a parenthesis or "and", never a year, a score or
a vote."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.ages import AGE_AFTER, age_forms
from newsgraph.resolve.coref_discourse import name_age

NAME = "Sam Doyle"


@pytest.mark.parametrize(("rest", "age"), [
    (", 23, was held.", 23),
    (", 23 - a student - was held.", 23),
    (", 23 – a student – was held.", 23),
    (", 23; his brother, 25, was freed.", 23),
    (", 23) was held.", 23),
    (", 23 and Ann Roe, 25, were held.", 23),
    (", 23.", 23),
    (", 2004, was held.", None),
    (", 23 others were held.", None),
    (", 2-1, on Sunday.", None),  # a score
    (", 51 – 49, to pass it.", None),  # a vote
    (", 23 -- a student -- was held.", 23),
])
def test_an_apposed_age_and_what_closes_it(rest: str, age: int | None) -> None:
    text = NAME + rest
    found = AGE_AFTER.match(text, len(NAME))
    assert (int(found.group(1)) if found else None) == age
    assert name_age(text, 0, len(NAME)) == age


def test_the_forms_of_an_age_count_an_apposed_one_closed_by_a_dash() -> None:
    text = "On March 23 Sam Doyle, 23 - a student - was held. The 23-year-old was charged, aged 23."
    assert len(re.findall(age_forms(23), text)) == 3
