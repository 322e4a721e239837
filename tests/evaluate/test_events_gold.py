"""PLOVER events in ECB+ documents: the scorer's rules, the gold's integrity, and the eval gate."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from newsgraph.evaluate import events as event_eval
from newsgraph.evaluate.events import (
    EventScore,
    date_ok,
    default_gold_path,
    gold_documents,
    match_events,
    run_gold_events,
)
from newsgraph.evaluate.gold import GoldFact, check_spans, load_gold
from newsgraph.model import PLOVER_TYPES, Event, EventDate
from tests.conftest import requires_shared

#: Floor of the event F1 (type, participants and date all right) on the development gold: pinned under the
#: measured 0.806 (0.775 a round before, 0.744 right after its adjudication against the second annotation,
#: 0.844 before it; see the guidelines).
EVENT_F1_FLOOR = 0.78
#: Floors on the held-out gold (annotated blind, never used to develop the extractor): event F1 and type F1,
#: pinned under the measured 0.608 and 0.835 (0.582 / 0.835 a round before, when the floor was 0.56) --
#: below the development figures, and below the issue's 0.70.
HELDOUT_FLOORS = {"event_f1": 0.59, "type_f1": 0.81}
#: Floors on the made-up held-out reports (24 reports written for the set, 129 events, annotated without
#: running the extractor, only ever scored): pinned under the blind 0.325 / 0.794 they scored once, at the
#: extractor of the commit that added them.
MADEUP_HELDOUT_FLOORS = {"event_f1": 0.30, "type_f1": 0.77}
#: Floors on the third made-up blind set (24 reports written by a hand that had read neither the extractor's
#: rules nor the other sets, 221 events, annotated without running the extractor, only ever scored): pinned a
#: little under the blind 0.389 / 0.675 it scored once, at the extractor of main 9390522.
MADEUP3_HELDOUT_FLOORS = {"event_f1": 0.36, "type_f1": 0.65}
#: Floors on the second development gold (older ECB documents without a publication date, mostly): pinned
#: under the measured 0.891 / 0.935.
DEV2_FLOORS = {"event_f1": 0.87, "type_f1": 0.91}
#: Floors on the third development gold (20 more documents, annotated without running the extractor; its
#: errors are read): pinned under the measured 0.926 / 0.926 (0.280 / 0.800 when first read).
DEV3_FLOORS = {"event_f1": 0.90, "type_f1": 0.90}
#: Floors on the fourth development gold (20 more ecbplus documents, annotated by reading only and scored
#: blind once at event F1 0.140, type F1 0.842, before its errors were read): pinned under the measured
#: 0.877 / 0.912 (event F1 0.842 a round before, when the floor was 0.82).
DEV4_FLOORS = {"event_f1": 0.85, "type_f1": 0.89}
#: Floors on the fifth development gold (22 ecbplus documents of three topics new to the gold, annotated by
#: reading only, scored blind once at event F1 0.095, type F1 0.698): pinned under the measured 0.848 / 0.939
#: (0.788 a round before).
DEV5_FLOORS = {"event_f1": 0.82, "type_f1": 0.91}
#: Floors on the sixth development gold (22 more documents of the nine topics, annotated by reading only,
#: scored blind once at event F1 0.395, type F1 0.889): pinned under the measured 0.824 / 0.941; event F1 is
#: 0.800 since four dates of one document were corrected by the guidelines once its date line was read
#: (docs/event-guidelines.md, Corrections): the floor holds at the measured figure.
DEV6_FLOORS = {"event_f1": 0.80, "type_f1": 0.92}
#: Floors on the seventh development gold (31 documents of eight security topics, 28 of them undated ecb
#: texts, annotated by reading only; scored blind once at event F1 0.468, type F1 0.915): pinned under the
#: measured 0.830 / 0.915 (0.809 a round before, 0.745 two rounds before).
DEV7_FLOORS = {"event_f1": 0.81, "type_f1": 0.89}
#: Floors on the eighth development gold (32 documents of twelve security topics, 30 of them undated ecb
#: texts, annotated by reading only; scored blind once at event F1 0.473, type F1 0.796): pinned under the
#: measured 0.894 / 0.936 (0.787 a round before; with its 5 documents read without events scored too: 37
#: documents; 0.729 two rounds before, 0.708 before the lead's unnamed person was linked to the person named
#: next).
DEV8_FLOORS = {"event_f1": 0.86, "type_f1": 0.91}
#: Floors on the ninth development gold (50 documents read, 30 with events, 30 of the dated ecbplus part;
#: annotated by reading only; scored blind once at event F1 0.424, type F1 0.776 on its 30 documents with
#: events): pinned under the measured 0.750 / 0.850 over all 50 documents read (0.716 / 0.840 a round before,
#: 0.614 / 0.773 two rounds before).
DEV9_FLOORS = {"event_f1": 0.72, "type_f1": 0.82}
#: The ordinary-news gold (70 documents of non-security topics, 7 events in 6 of them, annotated by reading
#: only): scored blind once at 0.243 false events per document, type precision 0.150 (17 of 20 predicted
#: events false).
ORDINARY_BLIND = {"false_events_per_doc": 0.243, "type_precision": 0.150}
#: Ceiling of false events per document and floor of type precision on the ordinary-news gold, pinned over
#: and under the 0.057 and 0.500 measured after the ordinary-news rules (extract/event_ordinary.py) and the
#: correction of two hacking reports to COERCE/cyber by the PLOVER manual (9 events in 8 documents).
ORDINARY_CEILING = 0.07
ORDINARY_TYPE_PRECISION_FLOOR = 0.45
#: Ceiling of false events per document on the held-out ordinary-news gold (39 documents of five more
#: non-security topics, 3 events, annotated blind and only ever scored): pinned over the measured 0.179
#: (7 of 8 predicted events false), its first and only kind of score.
ORDINARY_HELDOUT_CEILING = 0.20


def _fact(**data: object) -> GoldFact:
    return GoldFact(doc="ecbplus:1_1ecb", kind="event", data=dict(data))


def test_date_rules() -> None:
    fallback = Event("v1", "CONSULT", 0, 5, date=EventDate("2023-12-15", fallback=True))
    dated = Event("v1", "CONSULT", 0, 5, date=EventDate("2023-12-14T10:00"))
    assert date_ok(_fact(date=None), fallback) and not date_ok(_fact(date=None), dated)
    assert date_ok(_fact(date="2023-12-14"), dated) and not date_ok(_fact(date="2023-12-14"), fallback)
    assert date_ok(_fact(date="?"), fallback)


def test_matching_by_trigger_then_sentence() -> None:
    gold = [_fact(type="ASSAULT", triggers=[[10, 15]]), _fact(type="COERCE", triggers=[[40, 45]])]
    near = Event("v1", "ASSAULT", 0, 30, trigger_start=20, trigger_end=25)
    exact = Event("v2", "ASSAULT", 0, 30, trigger_start=10, trigger_end=15)
    wrong = Event("v3", "PROTEST", 30, 60, trigger_start=40, trigger_end=45)
    pairs = match_events(gold, [near, exact, wrong], [(0, 30), (30, 60)])
    assert [(g.data["type"], e.id) for g, e in pairs] == [("ASSAULT", "v2")]


def test_documents_without_events_are_scored() -> None:
    facts = [GoldFact("ecbplus:1_1ecb", "document"), GoldFact("ecbplus:2_1ecb", "document"),
             GoldFact("ecbplus:2_1ecb", "event", {"type": "ASSAULT"})]
    docs = gold_documents(facts)
    assert sorted(docs) == ["ecbplus:1_1ecb", "ecbplus:2_1ecb"]
    assert docs["ecbplus:1_1ecb"] == [] and [f.kind for f in docs["ecbplus:2_1ecb"]] == ["event"]


def test_false_events_per_document() -> None:
    figures = EventScore(gold=1, predicted=4, type_ok=1, documents=10).as_dict()
    assert figures["false_events_per_doc"] == pytest.approx(0.3)
    assert figures["type_precision"] == pytest.approx(0.25)
    assert EventScore().as_dict()["false_events_per_doc"] == 0.0


@requires_shared
@pytest.mark.parametrize(("part", "documents"), [("ordinary", 70), ("ordinary-heldout", 39)])
def test_ordinary_gold_names_every_document_read(part: str, documents: int) -> None:
    facts = load_gold([default_gold_path(part)], kinds=["event", "document"])
    read = {f.doc for f in facts if f.kind == "document"}
    assert len(read) == documents and {f.doc for f in facts if f.kind == "event"} <= read
    header = " ".join(line for line in default_gold_path(part).read_text().splitlines()
                      if line.startswith("//"))
    assert all(ref.split(":", 1)[1] in header for ref in read)


@requires_shared
@pytest.mark.parametrize(("part", "documents"), [("dev", 30), ("dev2", 20), ("dev3", 20), ("dev4", 19),
                                                ("dev5", 22), ("dev6", 22), ("dev7", 31),
                                                ("dev8", 32), ("dev9", 30), ("heldout", 20),
                                                ("ordinary", 6), ("ordinary-heldout", 3),
                                                ("madeup-heldout", 24), ("madeup3-heldout", 24)])
def test_gold_is_well_formed(part: str, documents: int) -> None:
    facts = load_gold([default_gold_path(part)], kinds=["event"])
    assert len({f.doc for f in facts}) >= documents
    assert all(f.data["type"] in PLOVER_TYPES and f.data["triggers"] for f in facts)
    assert check_spans(facts) == []


def test_heldout_documents_are_not_development_documents() -> None:
    names = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "heldout", "ordinary",
             "ordinary-heldout", "madeup-heldout", "madeup3-heldout")
    kinds = ["event", "document"]
    parts = {p: {f.doc for f in load_gold([default_gold_path(p)], kinds=kinds)} for p in names}
    assert all(parts.values())
    assert all(not parts[a] & parts[b] for i, a in enumerate(names) for b in names[i + 1:])


@pytest.mark.parametrize(("part", "reports_file", "prefix"),
                         [("madeup-heldout", "madeup_heldout_reports.jsonl", "h"),
                          ("madeup3-heldout", "madeup3_heldout_reports.jsonl", "t3-")])
def test_madeup_heldout_names_every_report(part: str, reports_file: str, prefix: str) -> None:
    """Every report of a blind made-up set is read (a document record), no other document is in its gold, and
    its ids carry the set's prefix, so that they cannot clash with another set's."""
    from newsgraph.evaluate.corpora.madeup import REPORTS

    facts = load_gold([default_gold_path(part)], kinds=["event", "document"])
    read = {f.doc for f in facts if f.kind == "document"}
    lines = REPORTS.with_name(reports_file).read_text(encoding="utf-8").splitlines()
    reports = {json.loads(line)["id"] for line in lines if line.strip()}
    assert read == {f"madeup:{r}" for r in reports} and len(read) == 24
    assert {f.doc for f in facts if f.kind == "event"} <= read
    assert all(r.startswith(prefix) for r in reports)


def test_madeup3_heldout_is_a_blind_part() -> None:
    """The third made-up set is a part of the event report, printed after the second, and blind."""
    assert default_gold_path("madeup3-heldout").name == "events_madeup3_heldout.jsonl"
    parts = list(event_eval.ECBPLUS_PARTS)
    assert parts.index("madeup3-heldout") == parts.index("madeup-heldout") + 1
    assert "madeup3-heldout" in event_eval.BLIND_PARTS


@pytest.mark.parametrize("part", ["heldout", "ordinary-heldout", "madeup-heldout", "madeup3-heldout"])
def test_verbose_prints_no_errors_of_a_blind_part(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], part: str) -> None:
    """-v shows the errors of a development part, never those of a blind one."""
    score = EventScore(gold=1, errors=["x-1: missed ASSAULT"])
    monkeypatch.setattr(event_eval, "run_gold_events", lambda path, nlp=None: score)
    event_eval._print_ecbplus(None, True, (part, "dev"))
    printed = capsys.readouterr().out
    assert printed.count("missed ASSAULT") == 1 and printed.index("missed") > printed.index("dev gold")


@pytest.mark.eval
@requires_shared
def test_ecbplus_event_gate(nlp: Language) -> None:
    figures = run_gold_events(nlp=nlp).as_dict()
    assert figures["event_f1"] >= EVENT_F1_FLOOR, figures
    assert figures["type_f1"] >= 0.75, figures


@pytest.mark.eval
@requires_shared
@pytest.mark.parametrize(("part", "floors"), [("heldout", HELDOUT_FLOORS), ("dev2", DEV2_FLOORS),
                                               ("dev3", DEV3_FLOORS), ("dev4", DEV4_FLOORS),
                                               ("dev5", DEV5_FLOORS), ("dev6", DEV6_FLOORS),
                                               ("dev7", DEV7_FLOORS), ("dev8", DEV8_FLOORS),
                                               ("dev9", DEV9_FLOORS),
                                               ("madeup-heldout", MADEUP_HELDOUT_FLOORS),
                                               ("madeup3-heldout", MADEUP3_HELDOUT_FLOORS)])
def test_ecbplus_more_event_gates(nlp: Language, part: str, floors: dict[str, float]) -> None:
    figures = run_gold_events(str(default_gold_path(part)), nlp=nlp).as_dict()
    assert all(figures[k] >= v for k, v in floors.items()), (part, figures)


@pytest.mark.eval
@requires_shared
def test_ordinary_news_gate(nlp: Language) -> None:
    """Few false events in ordinary news: at most a little above the measured rate, type precision at least
    a little under the measured one."""
    figures = run_gold_events(str(default_gold_path("ordinary")), nlp=nlp).as_dict()
    assert figures["documents"] == 70, figures
    assert figures["false_events_per_doc"] <= ORDINARY_CEILING, figures
    assert figures["type_precision"] >= ORDINARY_TYPE_PRECISION_FLOOR, figures
    held_out = run_gold_events(str(default_gold_path("ordinary-heldout")), nlp=nlp).as_dict()
    assert held_out["documents"] == 39, held_out
    assert held_out["false_events_per_doc"] <= ORDINARY_HELDOUT_CEILING, held_out
