"""WARC archives and gzipped single files are read like the plain inputs, record by record."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.readers import read_path
from newsgraph.ingest.warc import read_warc_stream, warc_bytes

PAGE = (b"<html><head><title>Army chief meets Blinken</title></head><body><article>"
        b"<h1>Army chief meets Blinken</h1><p>Gen Asim Munir met US Secretary of State Antony Blinken in "
        b"Washington on Thursday, the military said in a statement.</p><p>They discussed regional security "
        b"and cooperation between the two countries at length.</p></article></body></html>")


def test_html_responses_become_articles_and_other_records_are_passed_over(tmp_path: Path) -> None:
    raw = warc_bytes([("https://news.example/a", "text/html", PAGE),
                      ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n"),
                      ("https://news.example/nav", "text/html", b"<html><body><nav>Hi</nav></body></html>")],
                     http=True, gzip=True)
    (tmp_path / "crawl.warc.gz").write_bytes(raw)
    items = list(read_path(tmp_path))
    assert len(items) == 2
    art, bad = items
    assert not isinstance(art, InputError)
    assert art.title == "Army chief meets Blinken"
    assert art.url == "https://news.example/a"
    assert art.text.startswith("Gen Asim Munir met US Secretary of State Antony Blinken")
    assert art.source_id is not None and art.source_id.startswith("<urn:uuid:")
    assert isinstance(bad, InputError)
    assert "crawl.warc.gz@" in str(bad) and "https://news.example/nav" in str(bad)
    assert str(bad).endswith("HTML page with no article text")


def test_plain_text_records_of_an_uncompressed_archive() -> None:
    raw = warc_bytes([("https://news.example/1", "text/plain", b"First text about the army chief."),
                      ("https://news.example/2", "text/plain", "Second text, caf\u00e9.".encode())])
    texts = [a.text for a in read_warc_stream(io.BytesIO(raw), "x.warc") if not isinstance(a, InputError)]
    assert texts == ["First text about the army chief.", "Second text, caf\u00e9."]


@pytest.mark.parametrize(("content", "reason"), [
    (b"this is not a web archive\n", "broken WARC archive: not a WARC record (format arc)"),
    (b"garbage", "broken WARC archive: Unknown archive format"),
    (b"", "empty file (no WARC records)"),
])
def test_a_file_that_is_not_an_archive_is_one_error(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "junk.warc").write_bytes(content)
    items = list(read_path(tmp_path / "junk.warc"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith(f"{tmp_path / 'junk.warc'}: {reason}")


def test_gzipped_text_and_json_files(tmp_path: Path) -> None:
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(b"Army chief visits\n\nGen Asim Munir met them."))
    (tmp_path / "more.json.gz").write_bytes(gzip.compress(b'[{"text": "Blinken spoke."}]'))
    items = sorted((a for a in read_path(tmp_path) if not isinstance(a, InputError)), key=lambda a: a.text)
    assert [(a.text, a.source_id) for a in items] == [("Blinken spoke.", "more[0]"),
                                                      ("Gen Asim Munir met them.", "note")]
    assert items[1].title == "Army chief visits"


def test_a_broken_gzip_file_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    items = list(read_path(tmp_path / "bad.txt.gz"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith(f"{tmp_path / 'bad.txt.gz'}: cannot read")
