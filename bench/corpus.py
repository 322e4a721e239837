"""The benchmark corpus: real news texts (MEANTIME and ECB+, read in place), repeated up to a size.

Each repetition after the first ends with one extra line naming the copy, so every article has its own id
(ids hash the text) and nothing is skipped as a duplicate. The corpus is written once per size as JSON
lines under ``bench/.cache/`` (git-ignored) and reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.evaluate.corpora import ecbplus, meantime
from newsgraph.model import Article

CACHE = Path(__file__).resolve().parent / ".cache"


def source_articles() -> list[Article]:
    """Every MEANTIME and ECB+ document as an unprocessed article (with its date and outlet)."""
    out = [meantime.to_article(doc) for doc in meantime.iter_meantime()]
    out += [ecbplus.to_article(doc) for doc in ecbplus.iter_documents()]
    return out


def _rows(articles: list[Article], size_bytes: int) -> Iterator[dict[str, Any]]:
    written, copy = 0, 0
    while True:
        for art in articles:
            text = art.text if copy == 0 else f"{art.text}\n\nCopy {copy} of this report."
            row = {"id": f"{art.source_id}#{copy}", "text": text, "published": art.published,
                   "source": art.source, "title": art.title, "url": art.url}
            written += len(text.encode("utf-8"))
            yield row
            if written >= size_bytes:
                return
        copy += 1


def corpus_path(size_mb: float) -> Path:
    """The JSONL corpus of ``size_mb`` megabytes of article text (built on first use)."""
    path = CACHE / f"corpus-{size_mb:g}mb.jsonl"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for row in _rows(source_articles(), int(size_mb * 1_000_000)):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path


def corpus_stats(path: Path) -> tuple[int, int, int]:
    """Articles, words (whitespace-separated) and text bytes of a corpus file."""
    n = words = size = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            n += 1
            words += len(text.split())
            size += len(text.encode("utf-8"))
    return n, words, size
