"""Bad input: every nasty input is one clear line and one count in the run summary, never a traceback, and
every good article beside it is stored — non-English ones as such, without running the English pipeline.

The corpus is :mod:`tests.reliability.nasty`; the big inputs (a 50 MB text, a 50 MB JSON line) are written
into a temporary folder at test time.
"""

from __future__ import annotations

import io
import re
import resource
import sqlite3
import subprocess
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import read_file, read_stream
from newsgraph.model import Article
from tests.reliability import nasty
from tests.reliability.crash import MODEL
from tests.reliability.dbdump import newsgraph_command, run_newsgraph

SUMMARY = re.compile(r"read (\d+) articles?: (\d+) stored, (\d+) duplicates? skipped, (\d+) failed"
                     r"(?: \((\d+) not in English, stored without facts\))?")


def _read(path: Path) -> tuple[list[Article], list[InputError]]:
    items = list(read_file(path))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def _check_errors(errors: list[InputError], case: nasty.Case, path: Path) -> None:
    assert len(errors) == len(case.errors), [str(e) for e in errors]
    for err, phrase in zip(errors, case.errors, strict=True):
        line = str(err)
        assert "\n" not in line and "Traceback" not in line
        assert line.startswith(str(path)) and phrase in line, line


@pytest.mark.parametrize("case", nasty.cases(), ids=lambda c: c.name)
def test_reader_reports_each_bad_input_on_one_line(tmp_path: Path, case: nasty.Case) -> None:
    path = nasty.write(tmp_path, [case]) / case.name
    articles, errors = _read(path)
    assert tuple(a.language for a in articles) == case.stored
    _check_errors(errors, case, path)
    for art in articles:
        assert art.text == art.text.strip() and art.text
        for bad in case.absent:
            assert bad not in art.text and bad not in (art.title or "")


def _stored(db: Path) -> list[tuple[str, str, int, int, str]]:
    """(id, language, processed, number of mentions, text) of every stored article."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT a.id, a.language, a.processed, (SELECT COUNT(*) FROM mentions m WHERE "
                            "m.article_id = a.id), a.text FROM articles a ORDER BY a.id").fetchall()


def _expected(folder: Path, corpus: list[nasty.Case]) -> tuple[dict[str, str], int, int]:
    """What the readers find: distinct article id -> language, articles read, inputs failed."""
    ids: dict[str, str] = {}
    read = failed = 0
    for case in corpus:
        articles, errors = _read(folder / case.name)
        read += len(articles)
        failed += len(errors)
        for a in articles:
            ids.setdefault(a.id, a.language)
    return ids, read, failed


def _ingest_and_check(tmp_path: Path, corpus: list[nasty.Case]) -> subprocess.CompletedProcess[str]:
    """Ingest a corpus as a folder (which passes over files of unknown types, so none is in it)."""
    corpus = [c for c in corpus if not c.name.endswith(".pdf")]
    folder = nasty.write(tmp_path / "in", corpus)
    db = tmp_path / "nasty.db"
    run = run_newsgraph("--db", str(db), "--model", MODEL, "ingest", str(folder))
    assert run.returncode == 1, run.stderr  # some inputs failed
    assert "Traceback" not in run.stderr
    ids, read, failed = _expected(folder, corpus)
    assert failed == sum(len(c.errors) for c in corpus)
    lines = [ln for ln in run.stderr.splitlines() if ln.startswith("failed: ")]
    assert len(lines) == failed, run.stderr
    m = SUMMARY.search(run.stdout)
    assert m, run.stdout
    not_english = sum(1 for lang in ids.values() if lang != "en")
    assert [int(g or 0) for g in m.groups()] == [read, len(ids), read - len(ids), failed, not_english]
    stored = _stored(db)
    assert {s[0]: s[1] for s in stored} == ids  # every good article is stored, in its language
    for _aid, lang, processed, mentions, text in stored:
        assert processed == (lang == "en")  # not English: stored without running the English pipeline
        assert mentions > 0 if "Asim Munir" in text else lang == "en" or mentions == 0
    return run


def test_ingest_of_the_corpus_stores_every_good_article(tmp_path: Path) -> None:
    run = _ingest_and_check(tmp_path, nasty.cases())
    assert "not in English, stored without facts" in run.stdout


def test_big_inputs_are_refused_with_one_line_and_bounded_memory(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run = _ingest_and_check(tmp_path, nasty.big_cases(50))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert run.stderr.count("article too long") == 2
    assert peak_mb < 1500 or before / 1024 >= 1500, f"peak memory {peak_mb:.0f} MB"


@pytest.mark.parametrize(("data", "phrase"), [
    (b"", "empty input"), (b"\n \n\t\n", "empty input"), (b"\x00\x01\x02binary", "binary"),
    (b"\xff\xfe\x00\xd8", "invalid UTF-16"), (b'{"text": 5}\n{"text": "ok"', "text is a int"),
])
def test_stdin_bad_input_is_one_line(data: bytes, phrase: str) -> None:
    items = list(read_stream(io.BytesIO(data), "<stdin>"))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors and phrase in errors[0] and all("\n" not in e for e in errors)


def test_cli_stdin_garbage_is_one_line(tmp_path: Path) -> None:
    run = subprocess.run(newsgraph_command("--db", str(tmp_path / "x.db"), "--model", MODEL, "ingest", "-"),
                         input=b"\x00\x9f\x92\x96" * 1000, capture_output=True, timeout=120, check=False)
    err = run.stderr.decode()
    assert run.returncode == 1 and "Traceback" not in err
    assert err.count("failed: ") == 1 and "binary" in err
    assert "read 0 articles: 0 stored, 0 duplicates skipped, 1 failed" in run.stdout.decode()
