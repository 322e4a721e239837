"""Dates carried through MEANTIME event coreference: a made-up MEANTIME file whose headline mention is
anchored only through its chain's mention in the body, the classes, and the figure end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluate.corpora.meantime import MeantimeDoc
from newsgraph.evaluate.meantime_carried import CarryScore
from newsgraph.evaluate.meantime_dates import run_meantime_dates
from tests.evaluate.meantime_xml import anchor, tokens_xml, write_doc

# Sentences: 0 "Gunmen kill two guards" / 1 "May 3, 2010" / 2 "Gunmen killed two guards Monday ."
_TOKENS = [("Gunmen", 0), ("kill", 0), ("two", 0), ("guards", 0), ("May", 1), ("3", 1), (",", 1), ("2010", 1),
           ("Gunmen", 2), ("killed", 2), ("two", 2), ("guards", 2), ("Monday", 2), (".", 2)]


def _xml() -> str:
    toks = tokens_xml(_TOKENS)
    events = "".join(f'<EVENT_MENTION m_id="{m}" pos="VERB">{anchor(t)}</EVENT_MENTION>'
                     for m, t in (("e1", 2), ("e2", 10)))
    instance = '<EVENT m_id="ev1" TAG_DESCRIPTOR="kill"/>'
    timexes = ('<TIMEX3 m_id="t0" type="DATE" value="2010-05-03" functionInDocument="CREATION_TIME">'
               f'{anchor(5, 6, 7, 8)}</TIMEX3><TIMEX3 m_id="t1" type="DATE" value="2010-05-03">'
               f'{anchor(13)}</TIMEX3>')
    links = ('<TLINK r_id="l1" reltype="INCLUDES"><source m_id="t1"/><target m_id="e2"/></TLINK>'
             '<REFERS_TO r_id="r1"><source m_id="e1"/><source m_id="e2"/><target m_id="ev1"/></REFERS_TO>')
    return (f'<Document doc_name="1_Guards" doc_id="1">{toks}<Markables>{events}{instance}{timexes}'
            f"</Markables><Relations>{links}</Relations></Document>")


@pytest.fixture()
def doc(tmp_path: Path) -> MeantimeDoc:
    return write_doc(tmp_path, "1_Guards", _xml())


def test_score_leaves_unjudged_out() -> None:
    score = CarryScore()
    score.recall.update({"right": 1, "undated": 3})
    score.precision.update({"right": 2, "dct": 2, "unjudged": 4})
    score.events_right = 2
    figures = score.as_dict()
    assert (figures["carried_recall"], figures["carrying_precision"]) == (0.25, 0.5)
    assert figures["events_only_carried_recall"] == 0.5
    assert (figures["carried_mentions"], figures["carrying_dated"], figures["carrying_unjudged"]) == (4, 4, 4)


def test_a_headline_over_a_dated_lead_is_carried(doc: MeantimeDoc, nlp: Language) -> None:
    carry = CarryScore()
    run_meantime_dates(nlp, docs=[doc], carry=carry)
    figures = carry.as_dict()
    assert figures["gold_event_mentions"] == 2 and figures["carried_mentions"] == 1
    assert figures["carried_recall"] == 1.0  # the headline joins the dated killing
