"""Cross-article event merging: the deeper decisions, corroboration, explanations, and the ECB+ gate."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.evaluate.events import run_merge_orders
from newsgraph.model import Article, Event, EventDate, Participant
from newsgraph.resolve.events import EventCandidate, EventIndex, EventReport, merge_event, report_for
from tests.conftest import requires_shared

#: Floors of cross-document event merging on the ECB+ topics PLOVER covers (B-cubed F1 and precision), with
#: each event standing for its main trigger (the issue asks 0.75; pinned under the measured 0.836 / 0.853) and
#: for every mention of it (measured 0.692 / 0.629)
#: (``MERGE_VIEWS``; PLOVER's coarser events cost this view precision). The every-mention precision floor
#: went from 0.63 to 0.62 when the publication date of a page was read right (11/09/2010 under an address of
#: 2010/09): its report of a shooting then joined, rightly, the cluster of that shooting, which already held
#: reports of other gold chains, and B-cubed precision counts the join against it (0.632 -> 0.629), while
#: recall and F1 rose (0.682 -> 0.692); the F1 floors were raised with it (0.81 -> 0.82, 0.67 -> 0.68).
#: A later round made clusters purer (a nationality or a city alone no longer stands in for a missing date:
#: 0.866 / 0.828 / 0.847 and 0.641 / 0.773 / 0.700), and the floors went up with it (trigger F1 0.82 -> 0.83;
#: every mention F1 0.68 -> 0.69, P 0.62 -> 0.63).
FLOORS = {"trigger": (0.83, 0.85), "all": (0.69, 0.63)}
#: Merging is greedy, so the clusters depend on the order articles arrive in. Over :data:`ORDERS` seeded
#: article orders the issue's floor (main trigger B-cubed F1 0.75) must hold in *every* order, here raised to
#: 0.78 (measured min 0.801), and the mean precision of each view must stay near the corpus order's (measured
#: mean trigger P 0.848; every mention mean P 0.632, min F1 0.645; after the purer clusters: min F1 0.806,
#: mean P 0.851; every mention min F1 0.668, mean P 0.632, so the mean precision floors went 0.84 -> 0.845
#: and 0.62 -> 0.625).
ORDERS = 8
ORDER_FLOORS = {"trigger": {"min_f1": 0.78, "mean_precision": 0.845},
                "all": {"min_f1": 0.63, "mean_precision": 0.625}}


def test_facts_do_not_merge_with_questions() -> None:
    report = EventReport("ASSAULT", None, "2023-12-14", frozenset({"E1"}), modality="question")
    cand = EventCandidate("V1", "ASSAULT", None, "2023-12-14", frozenset({"E1"}))
    decision = merge_event(report, [cand])
    assert decision.event_id is None and "modality" in decision.reason


def test_violence_needs_one_shared_participant_a_meeting_two() -> None:
    one = frozenset({"E1", "E3"})
    cand = EventCandidate("V1", "ASSAULT", None, "2023-12-14", frozenset({"E1", "E2"}))
    assert merge_event(EventReport("ASSAULT", None, "2023-12-14", one), [cand]).event_id == "V1"
    meeting = EventCandidate("V1", "CONSULT", None, "2023-12-14", frozenset({"E1", "E2"}))
    assert merge_event(EventReport("CONSULT", None, "2023-12-14", one), [meeting]).event_id is None


def test_same_place_or_same_toll_without_participants() -> None:
    cand = EventCandidate(
        "V1", "ASSAULT", "explosives", "2010-05-05", place="G7", counts=frozenset({("killed", 3)})
    )
    by_place = merge_event(EventReport("ASSAULT", None, "2010-05-05", place="G7"), [cand])
    assert by_place.event_id == "V1" and "same place G7" in by_place.reason
    by_toll = merge_event(
        EventReport("ASSAULT", None, "2010-05-05", counts=frozenset({("killed", 3)})), [cand]
    )
    assert by_toll.event_id == "V1" and "3 killed" in by_toll.reason
    nothing = merge_event(EventReport("ASSAULT", None, "2010-05-05"), [cand])
    assert nothing.event_id is None


def test_a_fallback_date_stands_for_the_week_before_publication() -> None:
    cand = EventCandidate("V1", "COERCE", "arrest", "2009-02-01", frozenset({"E5"}))
    late = EventReport("COERCE", "arrest", "2009-02-04", frozenset({"E5"}), date_fallback=True)
    assert merge_event(late, [cand]).event_id == "V1"
    as_given = EventReport("COERCE", "arrest", "2009-02-04", frozenset({"E5"}))
    assert merge_event(as_given, [cand]).event_id is None


def test_index_counts_outlets_and_explains() -> None:
    index = EventIndex()
    ev = Event(
        "v1",
        "COERCE",
        0,
        10,
        mode="arrest",
        participants=[Participant("e1", "recipient", 0, 5)],
        date=EventDate("2009-02-01"),
    )
    a = index.add(report_for(ev, {"e1": "G1"}, "utsandiego.com"))
    b = index.add(report_for(ev, {"e1": "G1"}, "zimbio.com"))
    c = index.add(report_for(ev, {"e1": "G1"}, "zimbio.com"))
    assert a == b == c
    merged = index.events[a]
    assert merged.reports == 3 and merged.corroboration == 2
    text = merged.explain()
    assert "3 report(s) from 2 outlet(s)" in text and "shared participants G1" in text


def test_report_of_an_article_event() -> None:
    art = Article.new("x", source="Dawn")
    ev = Event(
        "v1",
        "CONSULT",
        0,
        1,
        participants=[Participant("e1", "actor"), Participant("e9", "actor")],
        place="e2",
        date=EventDate("2023-12-15", fallback=True),
        counts={"killed": 2},
    )
    report = report_for(ev, {"e1": "G1", "e2": "G2"}, art.source)
    assert report.participants == frozenset({"G1"}) and report.place == "G2" and report.date_fallback
    assert report.counts == frozenset({("killed", 2)}) and report.outlet == "Dawn"


@pytest.mark.eval
@requires_shared
def test_ecbplus_cross_document_merge_gate(nlp: Language) -> None:
    runs = run_merge_orders(nlp, ORDERS)
    for view, score in runs[0].items():
        figures = score.as_dict()
        f1, precision = FLOORS[view]
        assert figures["bcubed_f1"] >= f1 and figures["bcubed_precision"] >= precision, (view, figures)
    for view, floors in ORDER_FLOORS.items():
        f1s = [run[view].as_dict()["bcubed_f1"] for run in runs]
        precisions = [run[view].as_dict()["bcubed_precision"] for run in runs]
        assert min(f1s) >= floors["min_f1"], (view, f1s)
        assert sum(precisions) / len(precisions) >= floors["mean_precision"], (view, precisions)


def test_article_orders_start_with_the_corpus_order_and_repeat() -> None:
    from newsgraph.evaluate.events import article_orders

    orders = article_orders(6, 4)
    assert orders[0] == list(range(6)) and len(orders) == 4
    assert all(sorted(o) == list(range(6)) for o in orders)
    assert orders == article_orders(6, 4) and orders[1] != orders[0]
