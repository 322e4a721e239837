"""A subject the parser hangs on the auxiliary of a reported clause ("said Lima [is] committed to ...") is
still the verb's subject (``event_syntax.aux_subjects``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.event_probes import events as _events


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The minister said Peru is committed to lowering its tariffs.", "Peru"),
        ("Officials said Chile is committed to opening its markets to foreign investors.", "Chile"),
        ("The spokesman said Iran was committed to continuing talks with the IAEA.", "Iran"),
        ("Diplomats said Egypt is determined to improve ties with Sudan.", "Egypt"),
        ("A senior official said Japan is prepared to resume aid to Myanmar.", "Japan"),
        ("Peru is committed to lowering its tariffs, the minister said.", "Peru"),
        ("Analysts said Chile is committed to free trade with Peru.", "Chile"),
        ("The envoy said Ghana was committed to cooperating with Mali.", "Ghana"),
    ],
)
def test_committed_in_a_reported_clause_is_agree_by_its_subject(nlp: Language, text: str, actor: str) -> None:
    art, evs = _events(nlp, text)
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree, [(e.type, e.trigger) for e in evs]
    names = {ent.name for p in agree[0].participants if p.role == "actor" and (ent := art.entity(p.entity))}
    assert any(actor in n for n in names), agree[0].participants
