"""A quick estimate of how many articles some inputs hold, for a progress bar's total and ETA.

Cheap by design — no parsing: a JSON-lines file counts its non-blank lines (gzipped ones are unzipped as a
stream), a text or HTML file counts one, a folder counts its files. Where the count cannot be known without
reading everything (a JSON array, a WARC archive, standard input) the estimate is None: the progress bar
then shows a rate but no ETA.

>>> count_articles(["-"]) is None
True
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

from newsgraph.ingest.readers import read_html_file, read_jsonl_file, read_text_file, reader_for, walk_folder

_CHUNK = 1 << 20


def _jsonl_lines(path: Path) -> int:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    n, last = 0, b"\n"
    with opener(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def _count_file(path: Path) -> int | None:
    """Articles in one file: JSONL lines (blank ones included), 1 for a text or HTML file, else None.

    >>> _count_file(Path("crawl.warc")) is None, _count_file(Path("a.txt"))
    (True, 1)
    """
    reader = reader_for(path)
    if reader is read_jsonl_file:
        try:
            return _jsonl_lines(path)
        except (OSError, EOFError):
            return 1  # the reader will report it as one error
    if reader in (read_text_file, read_html_file):
        return 1
    return None


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """An estimate of the articles in files, folders and ``-``; None when one of them cannot be counted.

    >>> count_articles(["missing.txt", "gone.jsonl"])  # each missing input is one error to report
    2
    """
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        p = Path(raw)
        files = walk_folder(p) if p.is_dir() else [p] if p.exists() else []
        for f in files:
            n = _count_file(f)
            if n is None:
                return None
            total += n
        if not files:
            total += 1  # a missing input is one reported error
    return total
