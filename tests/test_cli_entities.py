"""The identity commands: entities --explain, merge, split, undo, decisions, and --actors on ingest."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.resolve.actors import set_actor_file
from tests.conftest import SAMPLES, requires_shared


def _cli(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    return result.exit_code, result.output


@requires_shared
def test_explain_merge_split_undo(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert _cli(db, "ingest", str(SAMPLES))[0] == 0
    code, out = _cli(db, "entities", "--explain", "Asim Munir")
    assert code == 0 and "same PERSON name 'Asim Munir'" in out and "blocking keys" in out
    code, out = _cli(db, "entities", "merge", "Matthew Miller", "Tom West", "--note", "test", "--json")
    assert code == 0
    decision = json.loads(out)
    assert decision["kind"] == "merge"
    code, out = _cli(db, "entities", "--type", "PERSON", "--name", "West", "--json")
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["Matthew Miller"]
    assert _cli(db, "entities", "undo", decision["id"])[0] == 0
    code, out = _cli(db, "entities", "decisions")
    assert decision["id"] in out and "undone" in out
    code, out = _cli(db, "entities", "--explain", "Tom West", "--json")
    info = json.loads(out)
    article = info["links"][0]["article_id"]
    code, out = _cli(db, "entities", "split", "Asim Munir", "--article", article)
    assert code == 0 and "split" in out


@requires_shared
def test_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    _cli(db, "ingest", str(SAMPLES))
    code, out = _cli(db, "entities", "merge", "Asim Munir", "Nobody Here")
    assert code == 1 and "newsgraph: error:" in out and "Traceback" not in out
    code, out = _cli(db, "entities", "undo", "D123")
    assert code == 1


def test_actors_option_reads_the_dictionary(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - {name: Asim Munir, type: PERSON, aliases: [COAS Munir], wikidata: Q9}\n",
                      encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("COAS Munir met Antony Blinken in Washington on Thursday.", encoding="utf-8")
    try:
        code, out = _cli(tmp_path / "t.db", "extract", "--actors", str(actors), str(text))
        assert code == 0
        bad = tmp_path / "bad.yaml"
        bad.write_text("actors:\n  - {type: PERSON}\n", encoding="utf-8")
        code, out = _cli(tmp_path / "t.db", "extract", "--actors", str(bad), str(text))
        assert code == 1 and "without a name" in out
    finally:
        set_actor_file(None)
