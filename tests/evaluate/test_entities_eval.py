"""Entity eval gates: MEANTIME mention detection against the raw spaCy model, within- and cross-document
coreference, and the samples' people with titles and affiliations (figures in docs/entities.md)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.entities import (
    SAMPLES_GOLD,
    DocRun,
    cross_doc,
    detection,
    meantime_report,
    run_meantime,
    score_entities,
    within_doc,
)
from newsgraph.evaluate.gold import GoldFact, check_spans, load_gold
from newsgraph.evaluate.runner import run_eval
from newsgraph.model import Article, Entity, Mention
from tests.conftest import requires_shared

#: Floors pinned a little under the figures measured when they were set (all 90 documents).
MENTION_MARGIN = 0.03       # measured +0.034 (0.920 vs 0.886)
COREF_BCUBED = 0.90         # measured 0.912
COREF_MUC = 0.85            # measured 0.867
CROSSDOC_BCUBED = 0.87      # measured 0.893


@pytest.fixture(scope="module")
def runs() -> list[DocRun]:
    return run_meantime()


@pytest.mark.eval
@requires_shared
def test_mention_detection_beats_the_raw_model(runs: list[DocRun]) -> None:
    ours, raw = detection(runs), detection(runs, "raw")
    assert ours.f1 >= raw.f1 + MENTION_MARGIN, (ours.f1, raw.f1)


@pytest.mark.eval
@requires_shared
def test_within_document_coreference(runs: list[DocRun]) -> None:
    ours, base = within_doc(runs), within_doc(runs, baseline=True)
    assert ours["bcubed"].f1 >= COREF_BCUBED
    assert ours["muc"].f1 >= COREF_MUC
    assert ours["bcubed"].f1 > base["bcubed"].f1 and ours["muc"].f1 > base["muc"].f1


@pytest.mark.eval
@requires_shared
def test_cross_document_identity(runs: list[DocRun]) -> None:
    assert cross_doc(runs).f1 >= CROSSDOC_BCUBED


@pytest.mark.eval
@requires_shared
def test_held_out_topic_is_reported(runs: list[DocRun]) -> None:
    held_out = meantime_report([r for r in runs if r.part == "gm"])
    assert held_out["docs"] == 30
    assert held_out["mention_f1"] > held_out["raw_mention_f1"]


@pytest.mark.eval
@requires_shared
def test_samples_every_person_right_and_no_wrong_merge() -> None:
    figures = run_eval([SAMPLES_GOLD], kinds=["entity"])["entity"]
    assert figures["found"] == 1.0
    assert figures["all_acc"] == 1.0
    assert figures["coref_recall"] == 1.0
    assert figures["wrong_merges"] == 0.0


def test_scorer_counts_a_wrong_merge() -> None:
    art = Article.new("Tom West met John West.")
    art.mentions = [Mention("m1", 0, 8, "Tom West", "PERSON", entity="e1"),
                    Mention("m2", 13, 22, "John West", "PERSON", entity="e1")]
    art.entities = [Entity("e1", "Tom West", "PERSON", mentions=["m1", "m2"])]
    gold = [GoldFact("x:1", "entity", {"name": "Tom West", "type": "PERSON", "start": 0, "end": 8}),
            GoldFact("x:1", "entity", {"name": "John West", "type": "PERSON", "start": 13, "end": 22,
                                       "country": "USA"})]
    figures = score_entities(gold, {"x:1": art})
    assert figures["wrong_merges"] == 1.0
    assert figures["affiliation_acc"] == 0.5


@requires_shared
def test_samples_gold_offsets_are_valid() -> None:
    facts = load_gold([SAMPLES_GOLD])
    assert len(facts) >= 19
    assert check_spans(facts) == []
