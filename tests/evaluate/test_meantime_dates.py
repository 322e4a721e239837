"""Event dating against MEANTIME TLINKs: links read from a made-up MEANTIME file, the recall and precision
classes, the dater run end to end on it, and the eval gate on the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluate.corpora.meantime import MeantimeDoc
from newsgraph.evaluate.meantime_dates import (
    DatingScore,
    OurDate,
    gold_datings,
    precision_class,
    recall_class,
    run_meantime_dates,
)
from tests.conftest import requires_shared
from tests.evaluate.meantime_xml import anchor, tokens_xml, write_doc

#: Floors of the MEANTIME dating gate, pinned a little under the measured figures (docs/events-codebook.md).
DATING_FLOORS = {"anchored_recall": 0.84, "anchoring_precision": 0.85, "anchored_mentions": 130}

# Sentences: 0 "Zorbex opens plant" / 1 "May 3, 2010" / 2 "Zorbex said it opened the plant Monday ." /
# 3 "The talks had run since 2009 ."
_TOKENS = [("Zorbex", 0), ("opens", 0), ("plant", 0), ("May", 1), ("3", 1), (",", 1), ("2010", 1),
           ("Zorbex", 2), ("said", 2), ("it", 2), ("opened", 2), ("the", 2), ("plant", 2), ("Monday", 2),
           (".", 2), ("The", 3), ("talks", 3), ("had", 3), ("run", 3), ("since", 3), ("2009", 3), (".", 3)]


def _xml() -> str:
    toks = tokens_xml(_TOKENS)
    events = "".join(f'<EVENT_MENTION m_id="{m}" pos="VERB">{anchor(t)}</EVENT_MENTION>'
                     for m, t in (("e1", 2), ("e2", 9), ("e3", 11), ("e4", 17), ("e5", 19)))
    timexes = ('<TIMEX3 m_id="t0" type="DATE" value="2010-05-03" functionInDocument="CREATION_TIME">'
               f'{anchor(4, 5, 6, 7)}</TIMEX3>'
               f'<TIMEX3 m_id="t1" type="DATE" value="2010-04-26">{anchor(14)}</TIMEX3>'
               f'<TIMEX3 m_id="t2" type="DATE" value="2009">{anchor(21)}</TIMEX3>')
    tlinks = "".join(f'<TLINK r_id="l{i}" reltype="{rel}"><source m_id="{s}"/><target m_id="{t}"/></TLINK>'
                     for i, (s, rel, t) in enumerate((("e1", "BEFORE", "t0"), ("t0", "INCLUDES", "e2"),
                                                      ("t1", "INCLUDES", "e3"), ("e5", "BEGUN_BY", "t2"))))
    return (f'<Document doc_name="1_Zorbex" doc_id="1">{toks}<Markables>{events}{timexes}</Markables>'
            f"<Relations>{tlinks}</Relations></Document>")


@pytest.fixture()
def doc(tmp_path: Path) -> MeantimeDoc:
    return write_doc(tmp_path, "1_Zorbex", _xml())


def _span(doc: MeantimeDoc, word: str) -> tuple[int, int]:
    start = doc.text.index(word)
    return start, start + len(word)


def test_links_are_read_from_the_event_side(doc: MeantimeDoc) -> None:
    gold = {g.mention.text: g for g in gold_datings(doc)}
    assert list(gold) == ["opens", "said", "opened", "talks", "run"]
    assert [(lk.reltype, lk.timex.text) for lk in gold["opened"].links] == [("IS_INCLUDED", "Monday")]
    assert [lk.anchor for lk in gold["opened"].links] == [True]
    assert [(lk.reltype, lk.dct, lk.anchor) for lk in gold["said"].links] == [("IS_INCLUDED", True, False)]
    assert [(lk.reltype, lk.anchor) for lk in gold["run"].links] == [("BEGUN_BY", False)]
    assert gold["talks"].links == []


def test_recall_and_precision_classes(doc: MeantimeDoc) -> None:
    gold = {g.mention.text: g for g in gold_datings(doc)}
    monday = OurDate(_span(doc, "Monday"), "Monday", "2010-04-26")
    year = OurDate(_span(doc, "2009"), "2009", "2009")
    # The right timex; the same day by another timex counts too.
    opened = gold["opened"]
    assert (recall_class(opened, monday), precision_class(opened, monday)) == ("right", "right")
    assert recall_class(gold["opened"], OurDate((0, 6), "Zorbex", "2010-04-26")) == "right"
    # Not dated, or dated by a timex that gives no calendar date (a fallback).
    assert recall_class(gold["opened"], OurDate()) == "undated"
    assert recall_class(gold["opened"], OurDate(_span(doc, "Monday"), "Monday", None)) == "unplaced"
    assert precision_class(gold["opened"], OurDate()) is None
    # A range bound is not a date; gold linking only the creation time; gold linking nothing.
    assert precision_class(gold["run"], year) == "range" and recall_class(gold["run"], year) is None
    assert precision_class(gold["said"], monday) == "dct"
    assert precision_class(gold["talks"], year) == "unlinked"
    assert precision_class(gold["opens"], monday) == "dct"


def test_score_counts_classes_and_leaves_unlinked_out() -> None:
    score = DatingScore()
    score.recall.update({"right": 3, "undated": 1})
    score.precision.update({"right": 3, "order": 1, "unlinked": 5})
    figures = score.as_dict()
    assert (figures["anchored_recall"], figures["anchoring_precision"]) == (0.75, 0.75)
    assert (figures["missed_undated"], figures["wrong_order"], figures["wrong_unlinked"]) == (1, 1, 5)


def test_dater_runs_on_a_made_up_document(doc: MeantimeDoc, nlp: Language) -> None:
    figures = run_meantime_dates(nlp, docs=[doc]).as_dict()
    assert figures["gold_event_mentions"] == 5 and figures["anchored_mentions"] == 1
    assert figures["anchored_recall"] == 1.0  # "opened ... Monday"


@pytest.mark.eval
@requires_shared
def test_meantime_dating_gate(nlp: Language) -> None:
    figures = run_meantime_dates(nlp).as_dict()
    assert all(figures[k] >= v for k, v in DATING_FLOORS.items()), figures
