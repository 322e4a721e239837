"""Syntax helpers of event arguments (``extract/event_syntax.py``) on real parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.event_syntax import patients_of, stranded_subject


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Football is a team game and fellow Raider Rick Boyd was arrested last month.", "arrested", "Boyd"),
])
def test_a_clause_subject_the_parser_hung_on_the_noun_before_is_found(nlp: Language, text: str, verb: str,
                                                                      subject: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert [t.text for t in stranded_subject(tok)] == [subject]
    assert [t.text for t in patients_of(tok)] == [subject]


def test_a_verb_with_its_own_subject_has_no_stranded_one(nlp: Language) -> None:
    doc = nlp("Police arrested the driver and the passenger was released.")
    released = next(t for t in doc if t.text == "released")
    assert [t.text for t in patients_of(released)] == ["passenger"]
    assert stranded_subject(released) == []
    assert stranded_subject(next(t for t in doc if t.text == "arrested")) == []
