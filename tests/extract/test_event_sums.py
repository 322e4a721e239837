"""A noun of aid telling the kind of a sum that is a verb's object ("approved 8 million dollars in relief")
is the act of the verb's subject, also when the parser hangs "in" on the sum."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The EU approved 20 million euros in aid for Haiti.", "EU"),
        ("The European Commission has approved 8 million dollars in flood relief for farmers.",
         "European Commission"),
        ("Britain announced 3 million pounds in humanitarian aid for Chad.", "Britain"),
        ("Norway released 40 million kroner in emergency assistance for Yemen on Monday.", "Norway"),
        ("Sweden earmarked 12 million dollars in food aid for Somalia.", "Sweden"),
        ("Kuwait set aside 100 million dollars in reconstruction aid for Iraq.", "Kuwait"),
    ],
)
def test_aid_named_after_a_sum_is_the_granters(nlp: Language, text: str, actor: str) -> None:
    art, evs = _events(nlp, text)
    aid = [e for e in evs if e.type in ("AID", "AGREE")]
    assert aid, [(e.type, e.trigger) for e in evs]
    assert any(actor in n for n in _names(art, aid[0], "actor")), aid[0].participants
