"""Quotes about an entity (``newsgraph quotes --about NAME``), and what the quote rows and exports carry:
kind, cue, speaker descriptor and affiliation, addressee."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.errors import NotFoundError
from newsgraph.export.json import article_record
from newsgraph.model import Article
from newsgraph.query import list_quotes
from newsgraph.store import Store
from tests.conftest import requires_shared


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, processed_samples: dict[str, Article]) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "samples.db"
    with Store.open(path) as store:
        for art in processed_samples.values():
            store.write_article(Article.from_dict(art.to_dict()))
    return path


@requires_shared
def test_quotes_about_an_entity(db: Path) -> None:
    with Store.open(db) as store:
        everything = list_quotes(store)
        about = list_quotes(store, about="Asim Munir")
        assert 0 < len(about) < len(everything)
        assert any("Gen Munir" in q.text for q in about)
        assert all(q.speaker != "Asim Munir" for q in about)
        by_report = list_quotes(store, speaker="Foreign Policy", about="Asim Munir")
        assert by_report and {q.speaker for q in by_report} == {"Foreign Policy"}
        assert len(by_report) < len(list_quotes(store, speaker="Foreign Policy"))
        with pytest.raises(NotFoundError, match="no entity named 'Nobody'"):
            list_quotes(store, about="Nobody")


@requires_shared
def test_quote_rows_carry_descriptor_affiliation_and_addressee(db: Path) -> None:
    with Store.open(db) as store:
        rows = list_quotes(store, speaker="spokesperson")
        unnamed = [q for q in rows if q.descriptor == "US State Department spokesperson"]
        assert len(unnamed) == 2 and {q.affiliation for q in unnamed} == {"US Department of State"}
        dawn = [q for q in list_quotes(store) if q.addressee == "Dawn"]
        assert [(q.kind, q.cue) for q in dawn] == [("mixed", "tell")]


@requires_shared
def test_cli_about_and_json_export(db: Path, processed_samples: dict[str, Article]) -> None:
    result = CliRunner().invoke(main, ["--db", str(db), "quotes", "--about", "Pakistan Army", "--json"])
    assert result.exit_code == 0, result.output
    missing = CliRunner().invoke(main, ["--db", str(db), "quotes", "--about", "Nobody"])
    assert missing.exit_code == 1 and "no entity named 'Nobody'" in missing.stderr
    art = next(a for a in processed_samples.values() if any(q.addressee == "Dawn" for q in a.quotes))
    record = json.loads(json.dumps(article_record(art)))
    dawn = next(q for q in record["quotes"] if q["addressee"] == "Dawn")
    assert dawn["kind"] == "mixed" and dawn["cue"] == "tell"
    assert dawn["speaker"]["descriptor"] == "diplomatic source"
    spokes = [q for q in record["quotes"]
              if q["speaker"] and q["speaker"]["affiliation"] == "US Department of State"]
    assert len(spokes) == 2 and all(q["speaker"]["entity"] is None for q in spokes)
