"""The ingest runner: duplicates, non-English articles, failing articles, bad offsets, idempotency."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.errors import InputError, ModelError
from newsgraph.ingest.run import IngestReport, extract_items, ingest_items, ingest_paths
from newsgraph.model import Article, Entity, Mention
from newsgraph.store import Store

FRENCH = ("Le ministre a déclaré lundi que les discussions avec l'armée se passaient bien et qu'une nouvelle "
          "série de négociations aurait lieu dans la capitale la semaine prochaine.")


def tag_munir(batch: Sequence[Article]) -> Iterable[Article]:
    """A stand-in pipeline: one PERSON entity for every "Munir" in the text."""
    for art in batch:
        start = art.text.find("Munir")
        if start >= 0:
            art.mentions = [Mention("m1", start, start + 5, "Munir", "PERSON", entity="e1")]
            art.entities = [Entity("e1", "Munir", "PERSON", mentions=["m1"])]
        yield art


def test_duplicates_within_and_across_runs() -> None:
    a, b = Article.new("Gen Munir spoke."), Article.new("Someone else spoke.")
    with Store.open(":memory:") as store:
        first = ingest_items([a, b, Article.new(" Gen  Munir spoke. ")], store, processor=tag_munir)
        counts = store.counts()
        second = ingest_items([Article.new("Gen Munir spoke.")], store, processor=tag_munir)
        assert (first.read, first.stored, first.duplicates) == (3, 2, 1)
        assert (second.read, second.stored, second.duplicates) == (1, 0, 1)
        assert store.counts() == counts and counts.entities == 1



def test_a_dated_duplicate_after_an_undated_copy_is_reported(caplog: pytest.LogCaptureFixture) -> None:
    undated, dated = Article.new("Gen Munir spoke."), Article.new("Gen Munir spoke.", published="2023-12-15")
    with Store.open(":memory:") as store, caplog.at_level("WARNING", logger="newsgraph.ingest.run"):
        report = ingest_items([undated, dated], store, processor=tag_munir)
    assert (report.stored, report.duplicates) == (1, 1)
    assert "publication date 2023-12-15 is not used" in caplog.text


def test_non_english_skips_the_pipeline() -> None:
    seen: list[str] = []

    def spy(batch: Sequence[Article]) -> Iterable[Article]:
        seen.extend(a.id for a in batch)
        return batch

    fr = Article.new(FRENCH, language="fr")
    with Store.open(":memory:") as store:
        report = ingest_items([fr], store, processor=spy)
        assert (report.stored, report.not_english, seen) == (1, 1, [])
        assert store.counts().processed == 0 and store.article(fr.id) == fr


def test_a_failing_article_fails_alone() -> None:
    def fragile(batch: Sequence[Article]) -> Iterable[Article]:
        for art in batch:
            if "boom" in art.text:
                raise RuntimeError("stage crashed")
        return batch

    arts = [Article.new("One."), Article.new("boom", source_id="bad-1"), Article.new("Two.")]
    with Store.open(":memory:") as store:
        report = ingest_items(arts, store, processor=fragile)
        assert report.stored == 2 and not report.ok
        assert [str(e) for e in report.failed] == ["bad-1: processing failed: RuntimeError: stage crashed"]


def test_bad_offsets_are_a_failure_not_stored() -> None:
    def broken(batch: Sequence[Article]) -> Iterable[Article]:
        for art in batch:
            art.mentions = [Mention("m1", 0, 500, "x", "PERSON")]
        return batch

    art = Article.new("Short.")
    with Store.open(":memory:") as store:
        report = ingest_items([art], store, processor=broken)
        assert not store.has_article(art.id)
        assert "extraction produced bad offsets: m1: span 0-500 outside the text" in str(report.failed[0])


def test_model_errors_stop_the_run() -> None:
    def no_model(batch: Sequence[Article]) -> Iterable[Article]:
        raise ModelError("no English spaCy pipeline is installed")

    with Store.open(":memory:") as store, pytest.raises(ModelError):
        ingest_items([Article.new("One.")], store, processor=no_model)


def test_input_errors_are_reported_and_progress_is_called() -> None:
    calls: list[int] = []
    items: list[Article | InputError] = [InputError("a.txt", "empty file"), Article.new("One.")]
    with Store.open(":memory:") as store:
        report = ingest_items(items, store, processor=tag_munir, on_progress=lambda r: calls.append(r.read))
    assert report.summary() == "read 1 article: 1 stored, 0 duplicates skipped, 1 failed"
    assert calls and calls[-1] == 1


def test_summary_mentions_non_english() -> None:
    assert IngestReport(read=2, stored=2, not_english=1).summary().endswith(
        "(1 not in English, stored without facts)")


def test_ingest_paths_twice_is_idempotent(tmp_path: Path, nlp: Language) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "published": "2023-12-15", "text": "Gen Asim Munir met Antony Blinken in Washington on "
                                                        "Thursday. Munir said talks went well."},
        {"id": "b", "text": FRENCH}, {"id": "c"}]) + "\n", encoding="utf-8")
    from newsgraph.process import process_articles

    def run(batch: Sequence[Article]) -> Iterable[Article]:
        return process_articles(batch, nlp)

    with Store.open(tmp_path / "db.sqlite") as store:
        first = ingest_paths([str(feed)], store, processor=run)
        counts = store.counts()
        second = ingest_paths([str(feed)], store, processor=run)
        assert (first.stored, len(first.failed), second.stored, second.duplicates) == (2, 1, 0, 2)
        assert store.counts() == counts and counts.entities >= 2 and counts.processed == 1


def test_extract_items_processes_without_a_store() -> None:
    fr = Article.new(FRENCH, language="fr")
    items: list[Article | InputError] = [Article.new("Gen Munir spoke."), InputError("x.txt", "empty file"),
                                         Article.new("Gen Munir spoke. "), fr]
    out = list(extract_items(items, processor=tag_munir))
    assert [type(x).__name__ for x in out] == ["InputError", "Article", "Article"]
    assert [len(x.entities) for x in out if isinstance(x, Article)] == [0, 1]  # French first: not batched
