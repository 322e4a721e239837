"""The gold format: parsing, loading, document references and floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import GoldError
from newsgraph.evaluate import runner
from newsgraph.evaluate.gold import GoldFact, load_document, load_gold, scorer_for
from newsgraph.evaluate.runner import below_floors, run_eval
from tests.conftest import requires_shared


def test_parse_record() -> None:
    fact = GoldFact.from_json('{"doc": "samples:a", "kind": "timex", "start": 1, "end": 4, "value": "2023"}')
    assert fact.corpus == "samples" and fact.doc_id == "a" and fact.span == (1, 4)
    assert fact.data["value"] == "2023"


@pytest.mark.parametrize("line", ["{", "[]", '{"kind": "timex"}', '{"doc": "nocolon", "kind": "x"}',
                                  '{"doc": "samples:a"}'])
def test_malformed_records_are_named(line: str) -> None:
    with pytest.raises(GoldError, match=r"g\.jsonl:1"):
        GoldFact.from_json(line, where="g.jsonl:1")


def test_load_folder_skips_blank_and_comment_lines(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.jsonl").write_text('// note\n\n{"doc": "samples:a", "kind": "timex"}\n'
                                 '{"doc": "samples:a", "kind": "quote"}\n', encoding="utf-8")
    assert [f.kind for f in load_gold([tmp_path])] == ["timex", "quote"]
    assert [f.kind for f in load_gold([tmp_path], kinds=["quote"])] == ["quote"]
    with pytest.raises(GoldError, match="no such gold"):
        load_gold([tmp_path / "missing.jsonl"])


def test_run_eval_leaves_out_kinds_without_scorer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = '{"doc": "samples:a", "kind": "dct", "published": null}\n'
    (tmp_path / "d.jsonl").write_text(record, encoding="utf-8")
    seen: list[list[str]] = []
    monkeypatch.setattr(runner, "process_documents", lambda refs, nlp=None: seen.append(list(refs)) or {})
    assert run_eval([tmp_path]) == {} and seen == [[]]
    with pytest.raises(GoldError, match="no scorer for gold kind 'dct'"):
        run_eval([tmp_path], kinds=["dct"])


def test_unknown_corpus_and_kind() -> None:
    with pytest.raises(GoldError, match="unknown corpus"):
        load_document("nowhere:1")
    with pytest.raises(GoldError, match="no scorer"):
        scorer_for("gossip")


@requires_shared
def test_sample_documents_resolve() -> None:
    art = load_document("samples:000_22186985d1c5b4ba")
    assert art.published == "2023-12-15" and art.source == "Dawn"
    with pytest.raises(GoldError, match="not found"):
        load_document("samples:does-not-exist")


def test_floors() -> None:
    report = {"quote": {"f1": 0.9, "speaker_accuracy": 0.85}}
    assert below_floors(report, {"quote": {"f1": 0.85}}) == []
    assert below_floors(report, {"quote": {"speaker_accuracy": 0.9, "exact_f1": 0.5}}) == [
        "quote speaker_accuracy 0.850 < floor 0.900", "quote exact_f1 missing < floor 0.500"]
