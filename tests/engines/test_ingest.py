"""Batch ingest: streaming, resume after an interruption, stable content, progress."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from newsgraph.engines.base import EngineOptions
from newsgraph.engines.ingest import IngestResult, ingest_items, ingest_paths
from newsgraph.engines.progress import IngestProgress
from newsgraph.errors import InputError
from newsgraph.ingest.count import count_articles
from newsgraph.ingest.run import IngestReport
from newsgraph.model import Article
from newsgraph.store import Store
from tests.engines.corpus import ARTICLES, dump


def _jsonl(path: Path, rows: list[dict[str, object]], *, zipped: bool = False) -> Path:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if zipped else data)
    return path


def test_ingest_of_a_gzipped_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    lines = b"".join(json.dumps(r).encode() + b"\n" for r in ARTICLES[:3])
    src.write_bytes(gzip.compress(lines + b"{oops\n"))
    with Store.open(tmp_path / "a.db") as store:
        result = ingest_paths([src], store, EngineOptions(batch_size=2))
        assert store.counts().articles == 3
    report = result.report
    assert (report.read, report.stored, len(report.failed)) == (3, 3, 1)
    assert str(report.failed[0]).endswith(":4: broken JSON line (Expecting property name enclosed in double "
                                          "quotes at column 2)")
    assert result.stats.articles == 3 and result.stats.words > 50 and result.stats.seconds > 0


def test_rerun_after_an_interruption_processes_only_the_rest(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    with Store.open(tmp_path / "once.db") as once:
        ingest_paths([src], once, EngineOptions(batch_size=2))
        expected = dump(once)
    with Store.open(tmp_path / "twice.db") as store:
        half = _jsonl(tmp_path / "half.jsonl", ARTICLES[:3])
        first = ingest_paths([half], store, EngineOptions(batch_size=2))
        second = ingest_paths([src], store, EngineOptions(batch_size=2))
        assert dump(store) == expected
    assert first.report.stored == 3
    assert (second.report.duplicates, second.report.stored, second.stats.articles) == (3, 3, 3)


def test_stored_content_does_not_depend_on_workers(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    dumps = []
    for workers in (1, 2):
        with Store.open(tmp_path / f"w{workers}.db") as store:
            result = ingest_paths([src], store, EngineOptions(workers=workers, batch_size=2))
            assert result.report.stored == len(ARTICLES)
            dumps.append(dump(store))
    assert dumps[0] == dumps[1]
    assert dumps[0]["event_reports"]  # the corpus yields events, so the comparison covers linking


def test_failed_processing_and_non_english_articles(tmp_path: Path) -> None:
    french = Article.new("Le ministre des affaires étrangères a rencontré son homologue hier à Paris pour "
                         "parler de la sécurité régionale et du commerce entre les deux pays.", language="fr")
    items = [french, InputError("x.txt", "empty file"), Article.new(ARTICLES[0]["text"]), french]
    with Store.open(":memory:") as store:
        result = ingest_items(items, store)
        assert store.counts().processed == 1
    r = result.report
    assert (r.read, r.stored, r.not_english, r.duplicates, len(r.failed)) == (3, 2, 1, 1, 1)


def test_unknown_engine_is_an_input_error() -> None:
    with Store.open(":memory:") as store, pytest.raises(InputError, match="unknown engine 'spark'"):
        ingest_items([], store, engine="spark")


def test_count_estimate_for_the_progress_bar(tmp_path: Path) -> None:
    _jsonl(tmp_path / "a.jsonl", ARTICLES[:4])
    _jsonl(tmp_path / "b.jsonl.gz", ARTICLES[:2], zipped=True)
    (tmp_path / "c.txt").write_text("One article.")
    assert count_articles([tmp_path]) == 7
    (tmp_path / "d.warc").write_bytes(b"")
    assert count_articles([tmp_path]) is None  # a web archive cannot be counted without reading it


def test_progress_shows_rate_and_completion() -> None:
    out = io.StringIO()
    console = Console(file=out, width=150, force_terminal=False)
    calls: list[IngestResult] = []
    with Store.open(":memory:") as store, IngestProgress(total=2, console=console) as bar:
        calls.append(ingest_items([Article.new(a["text"]) for a in ARTICLES[:2]], store, on_progress=bar))
    assert bar.completed == 2
    assert "2/2" in out.getvalue() and "words/s" in out.getvalue()
    bar(IngestReport(read=1, stored=1), calls[0].stats)  # after stop: harmless
