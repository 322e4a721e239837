"""Checks shared by the tests of the made-up report sets (``madeup``, ``diplomacy``): a well-formed gold that
names every report, and an eval gate of floors, a ceiling of false events and the blind score."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.language import Language

from newsgraph.evaluate.corpora.madeup import sentence_spans
from newsgraph.evaluate.events import default_gold_path, run_gold_events
from newsgraph.evaluate.gold import check_spans, load_document, load_gold
from newsgraph.model import PLOVER_TYPES


def check_report_gold(part: str, documents: int, events: int) -> None:
    """The part's gold names its reports by ``document`` records, has this many events with unique ids,
    PLOVER types and triggers, spans inside the text, and the sentence of the first trigger as evidence."""
    facts = load_gold([default_gold_path(part)], kinds=["event", "document"])
    docs = {f.doc for f in facts if f.kind == "document"}
    evs = [f for f in facts if f.kind == "event"]
    assert len(docs) == documents and {f.doc for f in evs} <= docs
    assert len(evs) == events and len({f.data["id"] for f in evs}) == events
    assert all(f.data["type"] in PLOVER_TYPES and f.data["triggers"] for f in evs)
    assert check_spans(evs) == []
    for f in evs:  # the evidence is the sentence of the first trigger
        scope = sentence_spans(load_document(f.doc).text)
        first = f.data["triggers"][0][0]
        assert (f.data["start"], f.data["end"]) in scope and f.data["start"] <= first < f.data["end"]


def check_gate(part: str, nlp: Language, documents: int, floors: Mapping[str, float], false_ceiling: float,
               blind: Mapping[str, float]) -> None:
    """The part's figures: every document scored, the floors held, false events per report under the
    ceiling, and every figure of the blind score bettered (false events aside)."""
    figures = run_gold_events(str(default_gold_path(part)), nlp=nlp).as_dict()
    assert figures["documents"] == documents, figures
    assert all(figures[k] >= v for k, v in floors.items()), figures
    assert figures["false_events_per_doc"] <= false_ceiling, figures
    assert all(figures[k] > v for k, v in blind.items() if k != "false_events_per_doc"), figures
