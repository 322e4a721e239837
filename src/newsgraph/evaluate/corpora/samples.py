"""The shared sample articles (``samples/articles.jsonl``), read in place, by their ``id`` field.

>>> load_article("000_22186985d1c5b4ba").published  # doctest: +SKIP
'2023-12-15'
"""

from __future__ import annotations

import json
from functools import lru_cache

from newsgraph.config import shared_dir
from newsgraph.model import Article


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, str]]:
    path = shared_dir() / "samples" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def load_article(doc_id: str) -> Article:
    """The sample with this id as an unprocessed Article (KeyError when there is none).

    >>> load_article("000_22186985d1c5b4ba").source_id  # doctest: +SKIP
    '000_22186985d1c5b4ba'
    """
    r = _rows()[doc_id]
    return Article.new(r["text"], source=r.get("source"), published=r.get("published"), url=r.get("url"),
                       title=r.get("title"), source_id=doc_id)
