"""Readers: each format, each kind of bad input (reported as one InputError value, never raised)."""

from __future__ import annotations

import gzip
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import Overrides, read_path, read_paths, read_stream
from newsgraph.ingest.readers import read_json_lines, split_title, walk_folder
from newsgraph.model import Article

TEXT = ("Army chief Gen Asim Munir met the US secretary of state in Washington on Thursday, officials said. "
        "The two sides discussed regional security and defence cooperation at the meeting.")


def articles(items: list[Article | InputError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list[Article | InputError]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_txt_title_and_source_id(tmp_path: Path) -> None:
    f = tmp_path / "talks.txt"
    f.write_text(f"Talks in Washington\n\n{TEXT}\n", encoding="utf-8")
    [art] = list(read_path(f))
    assert isinstance(art, Article)
    assert (art.title, art.text, art.source_id, art.language) == ("Talks in Washington", TEXT, "talks", "en")


def test_txt_first_sentence_is_not_a_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"{TEXT}\n\nA second paragraph.", encoding="utf-8")
    [art] = articles(list(read_path(f)))
    assert art.title is None and art.text.startswith("Army chief")


@pytest.mark.parametrize(("text", "title"), [("Headline\n\nBody.", "Headline"), ("Headline\nBody.", None),
                                             ("Headline:\n\nBody.", None), ("Only a line", None)])
def test_split_title(text: str, title: str | None) -> None:
    assert split_title(text)[0] == title


def test_same_text_is_same_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + TEXT.replace(" ", "  ") + "\n", encoding="utf-8")
    a, b = articles(list(read_path(tmp_path)))
    assert a.id == b.id and a.source_id != b.source_id


def test_jsonl_fields_aliases_and_line_numbers(tmp_path: Path) -> None:
    f = jsonl(tmp_path / "feed.jsonl", [
        {"id": "d1", "url": "https://example.org/1", "source": "Example", "title": "T",
         "published": "2023-12-15", "text": TEXT},
        {"headline": "H", "date": "Dec 14, 2023", "body": "Second article text, long enough to read."},
    ])
    a, b = articles(list(read_path(f)))
    assert (a.source_id, a.url, a.source, a.title, a.published) == ("d1", "https://example.org/1", "Example",
                                                                    "T", "2023-12-15")
    assert (b.source_id, b.title, b.published, b.text) == ("feed:2", "H", "2023-12-14",
                                                           "Second article text, long enough to read.")


def test_broken_jsonl_line_is_named_and_others_are_read(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": "First."}) + "\n{broken\n\n" + json.dumps([1]) + "\n"
                 + json.dumps({"title": "no text"}) + "\n" + json.dumps({"text": "Last."}) + "\n",
                 encoding="utf-8")
    items = list(read_path(f))
    assert [a.text for a in articles(items)] == ["First.", "Last."]
    assert errors(items) == [
        f"{f}:2: broken JSON line (Expecting property name enclosed in double quotes at column 2)",
        f"{f}:4: expected a JSON object, got list",
        f"{f}:5: no text field (one of: text, body, content, maintext)",
    ]


def test_jsonl_is_streamed() -> None:
    def lines() -> Iterator[bytes]:
        yield json.dumps({"text": "First."}).encode()
        raise AssertionError("read past the first line before it was asked for")

    first = next(read_json_lines(lines(), "feed.jsonl", Overrides()))
    assert isinstance(first, Article) and first.text == "First."


def test_gzipped_and_utf16_jsonl(tmp_path: Path) -> None:
    data = json.dumps({"text": "Café au lait."}, ensure_ascii=False) + "\n"
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(data)
    (tmp_path / "b.jsonl").write_bytes(data.encode("utf-16"))
    got = list(read_path(tmp_path))
    assert [a.text for a in articles(got)] == ["Café au lait.", "Café au lait."], errors(got)


def test_upper_case_gz_extension_is_unzipped(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "A.JSONL.GZ", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Gen Munir spoke."}) + "\n")
    got = list(read_path(tmp_path / "A.JSONL.GZ"))
    assert [a.text for a in articles(got)] == ["Gen Munir spoke."], errors(got)


def test_json_object_and_array(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "One."}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": "Two."}, {"text": " "}, {"text": "Three."}]),
                                        encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [a.text for a in articles(items)] == ["Two.", "Three.", "One."]
    assert [a.source_id for a in articles(items)] == ["many[0]", "many[2]", "one"]
    assert errors(items) == [f"{tmp_path / 'many.json'}[1]: no text (whitespace only)"]


def test_broken_json_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('[{"text": "x"},', encoding="utf-8")
    assert errors(list(read_path(f))) == [f"{f}: broken JSON (Expecting value at line 1 column 16)"]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "no text (whitespace only)"),
    ("blob.txt", b"PK\x03\x04\x00\x00binary", "binary file (NUL byte at offset 4)"),
    ("latin.txt", "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.".encode("latin-1"),
     "not valid UTF-8, UTF-16 or UTF-32 (first invalid byte at offset 3); save it as UTF-8"),
    ("empty.jsonl", b"", "empty file"),
    ("blob.jsonl", b"\x00\x01\x02{}", "binary file (NUL byte at offset 0)"),
    ("page.html", b"<html><head><title>Nav</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "HTML page with no article text"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf' (supported: .htm, .htm.gz, .html, .html.gz, "
     ".json, .json.gz, .jsonl, .jsonl.gz, .ndjson, .ndjson.gz, .text, .txt, .txt.gz, .warc, .warc.gz, "
     ".xhtml)"),
])
def test_bad_inputs_give_one_clear_line(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    assert errors(list(read_path(f))) == [f"{f}: {reason}"]


def test_few_bad_bytes_are_replaced_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    f = tmp_path / "mostly.txt"
    f.write_bytes(TEXT.encode() + b" \xff " + TEXT.encode())
    with caplog.at_level(logging.WARNING):
        [art] = articles(list(read_path(f)))
    assert "\ufffd" in art.text
    assert f"{f}: 1 invalid UTF-8 byte sequence(s) replaced with U+FFFD (first at byte {len(TEXT) + 1})" \
        in caplog.text


def test_bad_inputs_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert len(articles(items)) == 1
    assert errors(items) == [f"{tmp_path / 'a_empty.txt'}: empty file",
                             f"{tmp_path / 'c_binary.txt'}: binary file (NUL byte at offset 0)",
                             f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_folder_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "notes.md", "c/d/3.jsonl",
                "b/0.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    rel = [p.relative_to(tmp_path).as_posix() for p in walk_folder(tmp_path)]
    assert rel == ["b/0.html", "c/d/3.jsonl", "a.txt", "b/1.txt", "b/2.txt"]  # plain text last


def test_folder_keeps_the_dated_copy_of_an_article_saved_twice(tmp_path: Path) -> None:
    (tmp_path / "001_talks.txt").write_text(TEXT, encoding="utf-8")
    record = {"id": "talks", "published": "2023-12-15", "source": "Example News", "text": TEXT}
    (tmp_path / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    first = articles(list(read_paths([tmp_path])))[0]
    assert (first.published, first.source) == ("2023-12-15", "Example News")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = "".join(f"<p>{TEXT} Paragraph {i} adds more detail about the talks.</p>" for i in range(3))
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Talks in Washington | Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2023-12-15T08:00:00+00:00">'
        '<link rel="canonical" href="https://news.example.org/talks"></head>'
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Talks in Washington</h1>{body}</article>"
        "<footer>Copyright Example News</footer></body></html>", encoding="utf-8")
    [art] = list(read_path(f))
    assert isinstance(art, Article)
    assert (art.title, art.source, art.url, art.published[:10]) == (
        "Talks in Washington", "Example News", "https://news.example.org/talks", "2023-12-15")
    assert art.text.startswith("Army chief Gen Asim Munir") and "Home" not in art.text
    assert "Copyright" not in art.text


def test_overrides_and_bad_dates(tmp_path: Path) -> None:
    f = jsonl(tmp_path / "a.jsonl", [{"text": "One.", "published": "2020-01-01", "source": "X"},
                                     {"text": "Two.", "published": "someday"}])
    both = list(read_path(f, Overrides(published="2023-12-15", source="Dawn")))
    assert [(a.published, a.source) for a in articles(both)] == [("2023-12-15", "Dawn")] * 2
    plain = list(read_path(f))
    assert errors(plain) == [f"{f}:2: published: not a date: 'someday'"]


def test_stdin_jsonl_text_and_json_array() -> None:
    feed = b"\n" + json.dumps({"id": "s1", "text": "One."}).encode() + b"\n{bad\n"
    items = list(read_stream(io.BytesIO(feed)))
    assert [a.source_id for a in articles(items)] == ["s1"]
    assert errors(items) == ["<stdin>:3: broken JSON line (Expecting property name enclosed in double quotes "
                             "at column 2)"]
    [text] = list(read_stream(io.BytesIO(f"Headline\n\n{TEXT}".encode())))
    assert isinstance(text, Article) and (text.title, text.source_id) == ("Headline", "stdin")
    array = list(read_stream(io.BytesIO(b'[{"text": "A."}, {"text": "B."}]')))
    assert [a.text for a in articles(array)] == ["A.", "B."]
    assert errors(list(read_stream(io.BytesIO(b"\n \n")))) == ["<stdin>: empty input"]


def test_non_english_is_marked(tmp_path: Path) -> None:
    f = jsonl(tmp_path / "a.jsonl", [
        {"text": "Le ministre a déclaré lundi que les discussions avec l'armée se passaient bien et qu'une "
                 "nouvelle série de négociations aurait lieu dans la capitale la semaine prochaine."},
        {"text": "Short.", "language": "DE"}])
    assert [a.language for a in articles(list(read_path(f)))] == ["fr", "de"]
