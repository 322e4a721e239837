"""Readers: files, folders and stdin in, :class:`~newsgraph.model.Article` values out, lazily.

Every reader yields ``Article | InputError``: a bad input (empty file, binary file, broken JSON line, bad
encoding, HTML page without text) is *reported* as an :class:`~newsgraph.errors.InputError` value naming it
and the reading goes on with the next input.

Formats, by file extension:

- ``.txt``/``.text``: one article. If the first line is short (at most 150 characters), does not end
  like a sentence (``.!?:;,`` or a closing quote) and is followed by a blank line, it is the title and the
  text starts after it. ``source_id`` is the file name without extension.
- ``.html``/``.htm``/``.xhtml``: the main text, title, date, site name and canonical URL as trafilatura
  finds them (favouring precision); a page whose main text has fewer than 5 words is an error
  ("HTML page with no article text").
- ``.jsonl``/``.ndjson`` (also gzipped, ``.jsonl.gz``): one JSON object per line, read line by line (a
  large file is never loaded whole); fields in :data:`~newsgraph.ingest.records.FIELDS`. A record without
  an ``id`` gets ``<file stem>:<line>`` as its ``source_id``.
- ``.json``: one object or an array of objects (loaded whole: use JSONL for large collections).
- ``.warc``/``.warc.gz``: web archives, record by record (:mod:`newsgraph.ingest.warc`).
- any of ``.txt``, ``.html``, ``.htm``, ``.json`` gzipped (``.txt.gz``...): read as the same file unzipped.
- a folder: every file above in it and its subfolders, in sorted path order (hidden files and files of
  other types are left out).
- ``-``: standard input: JSON lines if its first non-blank line is a JSON object, a JSON array if it parses
  as one, otherwise one plain-text article.

Decoding follows :mod:`newsgraph.ingest.decode`.

>>> import io
>>> items = list(read_stream(io.BytesIO(b'{"id": "a", "text": "Hello."}\\nnot json\\n'), "<stdin>"))
>>> items[0].source_id, str(items[1])
('a', '<stdin>:2: broken JSON line (Expecting value at column 1)')
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from newsgraph.errors import InputError
from newsgraph.ingest.decode import bom_encoding, decode_bytes
from newsgraph.ingest.records import NO_OVERRIDES, Overrides, article_from_record, make_article
from newsgraph.ingest.records import Item as Item  # re-exported: readers yield Items
from newsgraph.ingest.warc import html_article, read_warc_file

log = logging.getLogger(__name__)

Reader = Callable[[Path, Overrides], Iterator[Item]]

TITLE_MAX = 150
#: Text, HTML and JSON files are read whole; larger ones are refused unread (JSONL and WARC are streamed).
MAX_FILE_BYTES = 64 << 20
_SENTENCE_END = tuple(".!?:;,\"'\u201d\u2019")


def split_title(text: str) -> tuple[str | None, str]:
    """A plain text's title (a short first line set off by a blank line) and the text after it.

    >>> split_title("Army chief in Washington\\n\\nGen Asim Munir met officials.")
    ('Army chief in Washington', 'Gen Asim Munir met officials.')
    >>> split_title("Gen Asim Munir met officials.\\n\\nThey talked.")[0] is None
    True
    """
    lines = text.lstrip().split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[2:]).strip() if len(lines) > 2 else ""
    if (first and rest and not lines[1].strip() and len(first) <= TITLE_MAX
            and not first.endswith(_SENTENCE_END)):
        return first, rest
    return None, text


def read_text_file(path: Path, overrides: Overrides) -> Iterator[Item]:
    """One article from a plain-text file (a title is split off by :func:`split_title`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "talks.txt")
    ...     _ = path.write_text("Army chief in Washington\\n\\nGen Munir met officials.", encoding="utf-8")
    ...     [(a.source_id, a.title, a.text) for a in read_text_file(path, NO_OVERRIDES)]
    [('talks', 'Army chief in Washington', 'Gen Munir met officials.')]
    """
    text = decode_bytes(_read_bytes(path), str(path))
    title, body = split_title(text)
    yield make_article(body, str(path), overrides=overrides, source_id=_stem(path), title=title)


def read_html_file(path: Path, overrides: Overrides) -> Iterator[Item]:
    """One article from an HTML page: its main text and metadata, by trafilatura.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "menu.html")
    ...     _ = path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    ...     list(read_html_file(path, NO_OVERRIDES))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: ...menu.html: HTML page with no article text
    """
    where = str(path)
    yield html_article(decode_bytes(_read_bytes(path), where, html=True), where, overrides,
                       source_id=_stem(path))


def read_json_lines(lines: Iterable[bytes], where: str, overrides: Overrides, *, stem: str | None = None,
                    first_line: int = 1) -> Iterator[Item]:
    """Articles from JSON lines (bytes), one per non-blank line; each bad line is one error naming it.

    >>> items = read_json_lines([b'{"text": "One."}', b"", b'[1]'], "in.jsonl", NO_OVERRIDES, stem="in")
    >>> [getattr(x, "source_id", str(x)) for x in items]
    ['in:1', 'in.jsonl:3: expected a JSON object, got list']
    """
    for lineno, raw in enumerate(lines, first_line):
        if not raw.strip():
            continue
        here = f"{where}:{lineno}"
        try:
            line = decode_bytes(raw, here)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(here, f"broken JSON line ({exc.msg} at column {exc.colno})") from exc
            except RecursionError as exc:
                raise InputError(here, "JSON line nested too deeply") from exc
            if stem is not None and isinstance(record, dict) and record.get("id") in (None, ""):
                record = {**record, "id": f"{stem}:{lineno}"}
            yield article_from_record(record, here, overrides)
        except InputError as exc:
            yield exc


def _read_bytes(path: Path) -> bytes:
    """A file's bytes, unzipped when gzipped (``.gz``); a file over :data:`MAX_FILE_BYTES` is an error."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as fh:
        data: bytes = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(str(path), f"file too large (over {MAX_FILE_BYTES >> 20} MB; a text, HTML or JSON "
                                    "file is read whole: use JSON lines for large collections)")
    return data


def _stem(path: Path) -> str:
    """A file name without its extensions: ``a.txt.gz`` -> ``a``.

    >>> _stem(Path("x/a.txt.gz")), _stem(Path("b.c.html"))
    ('a', 'b.c')
    """
    return path.name[: -len(".gz")].rsplit(".", 1)[0] if path.suffix.lower() == ".gz" else path.stem


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def read_jsonl_file(path: Path, overrides: Overrides) -> Iterator[Item]:
    """Articles from a JSON-lines file (gzipped or not), streamed line by line.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "feed.jsonl")
    ...     _ = path.write_bytes(b'{"id": "a", "text": "One."}\\n{"text": "Two."}\\n')
    ...     [a.source_id for a in read_jsonl_file(path, NO_OVERRIDES)]
    ['a', 'feed:2']
    """
    where = str(path)
    with _open_binary(path) as fh:
        head = fh.read(8192)
        if not head:
            raise InputError(where, "empty file")
        enc = bom_encoding(head)
        first = head.lstrip().split(b"\n", 1)[0]
        if enc is None and b"\x00" in first:  # a NUL byte further on fails its own line only
            raise InputError(where, f"binary file (NUL byte at offset {head.index(0)})")
        fh.seek(0)
        stem = path.name.split(".")[0]
        if enc in ("utf-16", "utf-32"):
            lines: Iterable[bytes] = (ln.encode("utf-8") for ln in _wide_lines(fh, enc, where))
        else:
            lines = fh
        yield from read_json_lines(lines, where, overrides, stem=stem)


def _wide_lines(fh: IO[bytes], enc: str, where: str) -> Iterator[str]:
    """Lines of a UTF-16/32 file, decoded (a decoding error ends the file with an error)."""
    import io

    try:
        yield from io.TextIOWrapper(fh, encoding=enc, newline=None)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"invalid {enc.upper()} after byte {exc.start}") from exc


def _read_json_file(path: Path, overrides: Overrides) -> Iterator[Item]:
    """Articles from a JSON file holding one object or an array of objects."""
    where = str(path)
    yield from _json_document(decode_bytes(_read_bytes(path), where), where, overrides, _stem(path))


def _json_document(text: str, where: str, overrides: Overrides, stem: str) -> Iterator[Item]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"broken JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError(where, "JSON nested too deeply") from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError(where, "empty JSON array")
    for i, record in enumerate(records):
        here = f"{where}[{i}]" if isinstance(data, list) else where
        if isinstance(record, dict) and record.get("id") in (None, ""):
            record = {**record, "id": f"{stem}[{i}]" if isinstance(data, list) else stem}
        try:
            yield article_from_record(record, here, overrides)
        except InputError as exc:
            yield exc


def read_stream(stream: IO[bytes], where: str = "<stdin>",
                overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from a byte stream (stdin): JSON lines, a JSON document, or one plain-text article.

    >>> import io
    >>> [a.text for a in read_stream(io.BytesIO(b'[{"text": "One."}, {"text": "Two."}]'))]
    ['One.', 'Two.']
    >>> [a.title for a in read_stream(io.BytesIO(b"Talks\\n\\nGen Munir spoke."))]
    ['Talks']
    """
    try:
        lineno, first = 0, b""
        for lineno, first in enumerate(stream, 1):  # noqa: B007  (the loop finds the first non-blank line)
            if first.strip():
                break
        if not first.strip():
            raise InputError(where, "empty input")
        head = decode_bytes(first, f"{where}:{lineno}")
        if _is_json_object(head):
            yield from read_json_lines([first], where, overrides, first_line=lineno)
            yield from read_json_lines(stream, where, overrides, first_line=lineno + 1)
            return
        text = decode_bytes(first + stream.read(), where)
        if text.lstrip().startswith("["):
            yield from _json_document(text, where, overrides, "stdin")
            return
        title, body = split_title(text)
        yield make_article(body, where, overrides=overrides, title=title, source_id="stdin")
    except InputError as exc:
        yield exc


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


READERS: dict[str, Reader] = {
    ".txt": read_text_file, ".text": read_text_file,
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".jsonl": read_jsonl_file, ".ndjson": read_jsonl_file,
    ".jsonl.gz": read_jsonl_file, ".ndjson.gz": read_jsonl_file,
    ".json": _read_json_file,
    ".txt.gz": read_text_file, ".html.gz": read_html_file, ".htm.gz": read_html_file,
    ".json.gz": _read_json_file,
    ".warc": read_warc_file, ".warc.gz": read_warc_file,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a file, by its (possibly double, ``.jsonl.gz``) extension.

    >>> reader_for(Path("a/b.JSONL.gz")).__name__, reader_for(Path("x.pdf"))
    ('read_jsonl_file', None)
    """
    name = path.name.lower()
    double = "".join(Path(name).suffixes[-2:])
    return READERS.get(double) or READERS.get(Path(name).suffix)


def _plain_text(path: Path) -> bool:
    """Whether a file is read as plain text, which carries no publication date, outlet or address."""
    return reader_for(path) is read_text_file


def walk_folder(folder: Path) -> list[Path]:
    """Files of a folder and its subfolders that a reader knows, hidden ones out: first the files that carry
    metadata (records, HTML, WARC), then the plain-text ones, each group in sorted path order.

    An article saved twice, as a dated record and as plain text, is thus first read with its publication
    date, and the undated copy is the duplicate skipped (relative dates need the publication date).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("b/c.txt", "a.txt", "z.jsonl", ".hidden.txt", "notes.pdf"):
    ...         Path(folder, name).parent.mkdir(exist_ok=True)
    ...         _ = Path(folder, name).write_text("x", encoding="utf-8")
    ...     [p.relative_to(folder).as_posix() for p in walk_folder(Path(folder))]
    ['z.jsonl', 'a.txt', 'b/c.txt']
    """
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root) / name
            if not name.startswith(".") and reader_for(path) is not None:
                found.append(path)
            else:
                log.debug("%s: skipped (not a supported input file)", path)
    return sorted(found, key=lambda p: (_plain_text(p), p.relative_to(folder).parts))


def read_file(path: Path, overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from one file, with every problem reported as an :class:`InputError` value.

    >>> [str(x) for x in read_file(Path("slides.pdf"))]  # doctest: +ELLIPSIS
    ["slides.pdf: unsupported file type '.pdf' (supported: .htm, ...)"]
    """
    reader = reader_for(path)
    if reader is None:
        yield InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r} "
                                    f"(supported: {', '.join(sorted(READERS))})")
        return
    try:
        yield from reader(path, overrides)
    except InputError as exc:
        yield exc
    except (OSError, EOFError) as exc:
        yield InputError(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def read_path(path: str | Path, overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from a file, a folder (recursively) or ``-`` (standard input).

    >>> [str(x) for x in read_path("no/such/folder")]
    ['no/such/folder: no such file or directory']
    """
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", overrides)
        return
    p = Path(path)
    if p.is_dir():
        for f in walk_folder(p):
            yield from read_file(f, overrides)
    elif p.exists():
        yield from read_file(p, overrides)
    else:
        yield InputError(str(p), "no such file or directory")


def read_paths(paths: Iterable[str | Path], overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from several inputs in order (see :func:`read_path`).

    >>> next(read_paths(["no/such/file.txt"]))
    InputError('no/such/file.txt: no such file or directory')
    """
    for path in paths:
        yield from read_path(path, overrides)
