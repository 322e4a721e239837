"""Event words that whole made-up reports showed the extractor missing or mistyping (table-driven): a "for ...
to" clause called for, a diplomat ordered to leave, workers walking out, a judge sentencing a person named,
a link to another story ("Related: ...") that tells no act of the report -- each beside a look-alike that must
stay as it was."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_probes import events
from tests.offsets import index_of

#: (text, the trigger word, the type and mode expected of the event it triggers, or None: no such event)
CASES: list[tuple[str, str, tuple[str, str | None] | None]] = [
    ("Norland called for both armies to pull back to the old line.", "called", ("REQUEST", "yield")),
    ("The minister appealed for protesters to go home.", "appealed", ("REQUEST", None)),
    ("Rebels waited for the army to leave the town.", "waited", None),
    ("Vastia on Monday ordered a Norlandic diplomat to leave the country within 48 hours.", "ordered",
     ("SANCTION", "expel")),
    ("The general ordered his troops to leave the border area.", "ordered", ("MOBILIZE", "troops")),
    ("Dockers walk out at Port Harl as pay talks collapse", "walk", ("PROTEST", "strike")),
    ("The Vastian delegation walked out of the talks in Kelby.", "walked", ("SANCTION", "withdraw")),
    ("Opposition members walked out of the parliamentary session.", "walked", ("SANCTION", "withdraw")),
    ("Justice Mara Fell sentenced Tom Brack, 27, in the Supreme Court on Thursday.", "sentenced",
     ("SANCTION", "convict")),
    ("The judge, after sentencing Tom Brack to the slew of charges, urged calm.", "sentencing",
     None),
    ("Two men held after raid\nRelated: Harl traders push for later taxi rank patrols", "push", None),
    ("Harl traders push for later taxi rank patrols.", "push", ("REQUEST", None)),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_report_words(nlp: Language, text: str, word: str, expected: tuple[str, str | None] | None) -> None:
    _, evs = events(nlp, text)
    at = index_of(text, word)
    found = [(e.type, e.mode) for e in evs if any(int(m[0]) <= at < int(m[1]) for m in e.mentions)
             or e.trigger_start == at]
    if expected is None:
        assert not found
    else:
        assert found and found[0][0] == expected[0], found
        assert expected[1] is None or found[0][1] == expected[1], found
