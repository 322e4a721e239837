"""The command line: exit statuses, one-line errors, tables and JSON output, ingest/extract/export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from newsgraph.cli import main
from newsgraph.store import Store
from tests.conftest import SAMPLES, SHARED, requires_shared
from tests.store.factory import DATELINE, austin_call, blinken_meeting, dateline_talks

GOOD = ("Army chief Gen Asim Munir met US Secretary of State Antony Blinken in Washington on Thursday. "
        "The two discussed regional security and defence cooperation, officials said.")


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with three hand-built articles (no pipeline needed)."""
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        for art in (blinken_meeting("Outlet A"), blinken_meeting("Outlet B", extra="More."), austin_call()):
            store.write_article(art)
    return str(path)


def make_inputs(folder: Path) -> dict[str, str]:
    """One good file and one of each bad kind; returns name -> the reason expected for it."""
    folder.mkdir()
    (folder / "good.txt").write_text(f"Talks in Washington\n\n{GOOD}\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me \xe0 la fran\xe7aise".encode("latin-1"))
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                                     encoding="utf-8")
    other = GOOD.replace("Thursday", "Wednesday")
    (folder / "feed.jsonl").write_text(json.dumps({"id": "f1", "published": "2023-10-05", "text": other})
                                       + "\n{oops\n", encoding="utf-8")
    return {"empty.txt": "empty file", "binary.txt": "binary file (NUL byte at offset 8)",
            "latin1.txt": "not valid UTF-8", "nav.html": "HTML page with no article text",
            "feed.jsonl:2": "broken JSON line"}


def test_help_and_version() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("ingest", "extract", "entities", "events", "quotes", "timeline", "export"):
        assert command in result.stdout
    assert run("--version").stdout.startswith("newsgraph, version ")


def test_ingest_reports_each_bad_input_once_and_fails(tmp_path: Path, nlp: Language) -> None:
    expected = make_inputs(tmp_path / "in")
    db = str(tmp_path / "ng.db")
    result = run("--db", db, "ingest", str(tmp_path / "in"), "--published", "2023-12-15")
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    failed = [ln for ln in lines if ln.startswith("failed: ")]
    assert len(failed) == len(expected), lines
    for name, reason in expected.items():
        assert sum(name in ln and reason in ln for ln in failed) == 1, (name, failed)
    assert "Traceback" not in result.output
    assert result.stdout.strip() == "read 2 articles: 2 stored, 0 duplicates skipped, 5 failed"
    again = run("--db", db, "ingest", str(tmp_path / "in" / "good.txt"), str(tmp_path / "in" / "feed.jsonl"))
    assert "read 2 articles: 0 stored, 2 duplicates skipped, 1 failed" in again.stdout
    with Store.open(db) as store:
        assert store.counts().articles == 2


def test_ingest_all_good_exits_zero_and_reads_stdin(tmp_path: Path, nlp: Language) -> None:
    db = str(tmp_path / "ng.db")
    feed = json.dumps({"id": "s1", "source": "Wire", "published": "2023-12-15", "text": GOOD}) + "\n"
    result = run("--db", db, "ingest", "-", input=feed)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "read 1 article: 1 stored, 0 duplicates skipped, 0 failed"
    people = run("--db", db, "entities", "--type", "PERSON", "--json")
    names = [json.loads(line)["name"] for line in people.stdout.splitlines()]
    assert "Antony Blinken" in names


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "x.txt", "--published", "someday"],
                                  ["export", "--format", "xml"], ["bogus"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = run("--db", str(tmp_path / "ng.db"), *args)
    assert result.exit_code == 2, result.output


def test_query_on_a_missing_database_is_one_line(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.db"), "entities")
    assert result.exit_code == 1
    assert result.stderr == (f"newsgraph: error: no database at {tmp_path / 'none.db'} "
                             "(run `newsgraph ingest` first, or pass --db)\n")
    assert not (tmp_path / "none.db").exists()


def test_entities_table_and_json(db: str) -> None:
    table = run("--db", db, "entities", "--type", "person")
    assert table.exit_code == 0 and "Asim Munir" in table.stdout and "3 entities" in table.stdout
    found = run("--db", db, "entities", "--name", "munir", "--json")
    rows = [json.loads(line) for line in found.stdout.splitlines()]
    assert [(r["name"], r["articles"]) for r in rows] == [("Asim Munir", 3)]
    bad = run("--db", db, "entities", "--type", "robot")
    assert bad.exit_code == 1 and bad.stderr.startswith("newsgraph: error: unknown entity type 'robot'")


def test_events_filters_and_errors(db: str) -> None:
    table = run("--db", db, "events")
    assert table.exit_code == 0 and "2 events" in table.stdout
    assert "2 reports from 2 outlets: Outlet A, Outlet B" in table.stdout
    since = run("--db", db, "events", "--since", "2023-11", "--json")
    rows = [json.loads(x) for x in since.stdout.splitlines()]
    assert [(r["date"], len(r["reports"])) for r in rows] == [("2023-12-14", 2)]
    assert rows[0]["reports"][0]["evidence"].startswith("Army chief Gen Asim Munir met")
    bad = run("--db", db, "events", "--since", "last week")
    assert (bad.exit_code, bad.stderr) == (1, "newsgraph: error: bad date 'last week': use YYYY, YYYY-MM or "
                                              "YYYY-MM-DD\n")


def test_quotes_and_timeline(db: str) -> None:
    quotes = run("--db", db, "quotes", "--speaker", "the army chief")
    assert quotes.exit_code == 0 and "The talks were useful" in quotes.stdout
    tl = run("--db", db, "timeline", "asim munir")
    assert tl.exit_code == 0 and "Timeline of Asim Munir" in tl.stdout
    assert tl.stdout.index("2023-10-04") < tl.stdout.index("2023-12-14")
    data = json.loads(run("--db", db, "timeline", "Munir", "--json").stdout)
    assert [e["date"] for e in data["entries"]] == ["2023-10-04", "2023-12-14"]
    missing = run("--db", db, "timeline", "Nobody")
    assert missing.exit_code == 1 and missing.stderr.count("\n") == 1
    assert "no entity named 'Nobody'" in missing.stderr


def test_export_to_stdout_and_file(db: str, tmp_path: Path) -> None:
    out = run("--db", db, "export")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 3 and records[0]["published"] == "2023-10-05"
    target = tmp_path / "graph.jsonl"
    done = run("--db", db, "export", "--format", "json", "-o", str(target))
    assert done.exit_code == 0 and done.stderr == f"exported 3 articles to {target}\n"
    assert target.read_text(encoding="utf-8") == out.stdout


def test_extract_prints_json_lines_and_stores_nothing(tmp_path: Path, nlp: Language) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("--db", str(tmp_path / "ng.db"), "extract", str(f), str(tmp_path / "empty.txt"),
                 "--published", "2023-12-15")
    assert result.exit_code == 1
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["published"] == "2023-12-15" and record["source_id"] == "a"
    assert any(e["name"] == "Antony Blinken" for e in record["entities"])
    assert result.stderr.strip().endswith("empty.txt: empty file")
    assert not (tmp_path / "ng.db").exists()


@requires_shared
def test_ingest_updates_undated_samples_with_their_dated_copies(tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "txt"
    folder.mkdir()
    for txt in sorted((SHARED / "samples").glob("*.txt")):
        shutil.copy(txt, folder / txt.name)
    db, alone = str(tmp_path / "ng.db"), str(tmp_path / "alone.db")
    assert run("--db", db, "ingest", str(folder)).stdout.strip().startswith("read 2 articles: 2 stored")
    with Store.open(db) as store:
        undated = [r["date_value"] for r in store.fetch("SELECT date_value FROM events")]
    result = run("-v", "--db", db, "ingest", str(SAMPLES))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "read 2 articles: 0 stored, 2 updated, 0 duplicates skipped, 0 failed"
    assert result.stderr.count("updated stored article") == 2
    assert run("--db", alone, "ingest", str(SAMPLES)).exit_code == 0
    with Store.open(db) as store, Store.open(alone) as fresh:
        dated = [r["date_value"] for r in store.fetch("SELECT date_value FROM events")]
        assert sum(d is not None and d[:4] == "2023" for d in dated) > sum(
            d is not None and d[:4] == "2023" for d in undated)
        for table in ("articles", "events", "event_reports", "timexes", "entities", "entity_aliases"):
            sql = f"SELECT * FROM {table}"
            assert _contents(store.fetch(sql)) == _contents(fresh.fetch(sql)), table
    again = run("--db", db, "reprocess", "--all")
    assert again.stdout.strip() == "read 2 articles: 0 stored, 2 updated, 0 duplicates skipped, 0 failed"
    missing = run("--db", db, "reprocess", "0000000000000000")
    assert missing.exit_code == 1 and "no stored article with this id" in missing.stderr
    assert run("--db", db, "reprocess").exit_code == 2


def _contents(rows: list[dict[str, object]]) -> list[str]:
    """Rows without the columns that say when they were written, sorted."""
    return sorted(repr(sorted((k, v) for k, v in r.items() if k not in {"ingested_at", "created_at",
                                                                         "updated_at"})) for r in rows)


@pytest.fixture
def dated_db(tmp_path: Path) -> str:
    """A store with an article dated by its date line only, and one with a given date."""
    path = tmp_path / "dated.db"
    with Store.open(path) as store:
        store.write_article(dateline_talks())
        store.write_article(blinken_meeting())
    return str(path)


INFERRED = f"published 2013-06-28, inferred from the date line “{DATELINE}”"


def test_article_says_how_its_date_was_obtained_and_highlights_the_evidence(dated_db: str) -> None:
    shown = run("--db", dated_db, "article", dateline_talks().id)
    assert shown.exit_code == 0 and INFERRED in shown.stdout
    assert "Thursday → 2013-06-27" in shown.stdout and "AGREE signed on 2013-06-28" in shown.stdout
    colored = CliRunner().invoke(main, ["--db", dated_db, "article", dateline_talks().id],
                                 env={"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm"})
    assert f"\x1b[1;7m{DATELINE}\x1b[0m" in colored.stdout  # bold reverse: the evidence in the text
    given = run("--db", dated_db, "article", blinken_meeting().id)
    assert "published 2023-12-15\n" in given.stdout and "inferred" not in given.stdout
    record = json.loads(run("--db", dated_db, "article", dateline_talks().id, "--json").stdout)
    assert record["published_from"]["evidence"]["text"] == DATELINE
    missing = run("--db", dated_db, "article", "nope")
    assert (missing.exit_code, missing.stderr) == (1, "newsgraph: error: no article 'nope'\n")


def test_explain_says_when_an_events_date_rests_on_the_inferred_date(dated_db: str) -> None:
    rows = [json.loads(x) for x in run("--db", dated_db, "events", "--json").stdout.splitlines()]
    ids = {r["type"]: r["id"] for r in rows if r["reports"][0]["article_id"] == dateline_talks().id}
    accord = run("--db", dated_db, "events", "--explain", ids["AGREE"]).stdout
    assert f"    date: the publication date stood in for the date: {INFERRED}\n" in accord
    meeting = run("--db", dated_db, "events", "--explain", ids["CONSULT"]).stdout
    assert f"    date: “Thursday” counted from the publication date: {INFERRED}\n" in meeting
    given = [r["id"] for r in rows if r["reports"][0]["article_id"] == blinken_meeting().id]
    assert "date:" not in run("--db", dated_db, "events", "--explain", given[0]).stdout
