"""Agreement between two annotations of the ECB+ event gold: the comparison rules, the second annotation's
integrity, and a gate on the extractor against the annotation it was not developed on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.evaluate.agreement import (
    agreement,
    dates_agree,
    first_gold_path,
    match_records,
    participants_agree,
    run_agreement,
    second_gold_path,
)
from newsgraph.evaluate.events import default_gold_path
from newsgraph.evaluate.gold import GoldFact, check_spans, load_gold
from tests.conftest import requires_shared

#: The extractor against the second annotation of 16 documents of the first development set (never used to
#: develop it): pinned under the measured event F1 0.561 and type F1 0.947 (0.526 a round before). Against the
#: first annotation of the same documents it scores 0.821 (0.750 a round before).
SECOND_FLOORS = {"event_f1": 0.53, "type_f1": 0.92}


def _event(type_: str, trigger: tuple[int, int], sentence: int = 0, **data: object) -> GoldFact:
    return GoldFact("ecbplus:1_1ecb", "event",
                    {"type": type_, "triggers": [list(trigger)], "start": sentence, **data})


def _actor(*spans: tuple[int, int]) -> dict[str, object]:
    return {"role": "actor", "name": "x", "spans": [list(s) for s in spans]}


def test_records_match_by_type_then_trigger_then_sentence() -> None:
    first = [_event("ASSAULT", (10, 15)), _event("COERCE", (40, 45), 30)]
    second = [_event("ASSAULT", (20, 25)), _event("ASSAULT", (10, 14)), _event("PROTEST", (40, 45), 30)]
    pairs = match_records(first, second)
    assert [(a.data["triggers"], b.data["triggers"]) for a, b in pairs] == [([[10, 15]], [[10, 14]])]


def test_participants_are_checked_from_the_reference() -> None:
    one = _event("ASSAULT", (0, 4), participants=[_actor((50, 55))])
    two = _event("ASSAULT", (0, 4), participants=[_actor((50, 55), (90, 95)),
                                                  {"role": "recipient", "name": "y", "spans": [[60, 64]]}])
    assert participants_agree(one, two) and not participants_agree(two, one)
    recipient = {"role": "recipient", "name": "x", "spans": [[50, 55]]}
    wrong_role = _event("ASSAULT", (0, 4), participants=[recipient])
    assert not participants_agree(one, wrong_role)


def test_dates_agree_when_equal_or_unscored() -> None:
    assert dates_agree(_event("AID", (0, 1), date="2005"), _event("AID", (0, 1), date="2005"))
    assert dates_agree(_event("AID", (0, 1), date=None), _event("AID", (0, 1), date="?"))
    assert not dates_agree(_event("AID", (0, 1), date="2005-06"), _event("AID", (0, 1), date="2005-06-24"))


def test_agreement_counts_both_ways_and_mutual() -> None:
    first = [_event("ASSAULT", (0, 4), participants=[_actor((50, 55))], date=None)]
    second = [_event("ASSAULT", (0, 4), participants=[_actor((50, 55)), _actor((70, 75))], date=None),
              _event("COERCE", (100, 107), 90)]
    one_way = agreement(first, second).as_dict()
    assert one_way["type_precision"] == 0.5 and one_way["type_recall"] == 1.0
    assert one_way["event_f1"] == pytest.approx(2 / 3)
    assert agreement(second, first).as_dict()["event_f1"] == 0.0
    assert agreement(first, second, mutual=True).as_dict()["participants_f1"] == 0.0


def test_one_participant_per_role_is_the_lenient_convention() -> None:
    two_actors = _event("ASSAULT", (0, 4), participants=[_actor((50, 55)), _actor((70, 75))], date=None)
    one_actor = _event("ASSAULT", (0, 4), participants=[_actor((70, 75))], date=None)
    assert participants_agree(two_actors, one_actor, lenient=True)
    assert not participants_agree(two_actors, one_actor)
    strict, lenient = (agreement([two_actors], [one_actor]).as_dict()[k]
                       for k in ("event_f1", "event_one_per_role_f1"))
    assert (strict, lenient) == (0.0, 1.0)
    no_recipient = _event("ASSAULT", (0, 4), participants=[
        _actor((70, 75)), {"role": "recipient", "name": "y", "spans": [[90, 95]]}], date=None)
    assert not participants_agree(no_recipient, one_actor, lenient=True)


@requires_shared
def test_second_annotation_is_of_development_documents() -> None:
    second = load_gold([second_gold_path()], kinds=["event"])
    docs = {f.doc for f in second}
    assert len(docs) == 16 and check_spans(second) == []
    assert docs <= {f.doc for f in load_gold([default_gold_path("dev")], kinds=["event"])}


@requires_shared
def test_first_annotation_as_it_was_covers_the_same_documents() -> None:
    first = load_gold([first_gold_path()], kinds=["event"])
    second = load_gold([second_gold_path()], kinds=["event"])
    assert {f.doc for f in first} == {f.doc for f in second} and check_spans(first) == []
    docs = {f.doc for f in first}
    adjudicated = [f for f in load_gold([default_gold_path("dev")], kinds=["event"]) if f.doc in docs]
    figures = agreement(adjudicated, first).as_dict()
    assert figures["type_f1"] > 0.95 and figures["event_f1"] < 1.0  # the adjudication changed records


@pytest.mark.eval
@requires_shared
def test_extractor_against_the_second_annotation(nlp: Language) -> None:
    scores = run_agreement(nlp)
    assert scores["second vs first"].as_dict()["type_f1"] >= 0.95
    figures = scores["extractor vs second"].as_dict()
    assert all(figures[k] >= v for k, v in SECOND_FLOORS.items()), figures
