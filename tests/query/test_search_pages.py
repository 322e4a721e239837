"""Pages of an unfiltered search come from the full-text index first, yet equal the plain ordering."""

from __future__ import annotations

from newsgraph.model import Article
from newsgraph.query.search import _SNIPPET_WORDS, _SQLITE, search
from newsgraph.store import Store


def test_pages_equal_the_full_ordering_ties_included() -> None:
    with Store.open(":memory:") as store:
        for i in range(30):  # many ties: ten texts of each length share their score
            filler = " ".join(["word"] * (i % 3))
            store.write_article(Article.new(f"Talks {i} went on. {filler} talks again.",
                                            published=f"2024-01-{i % 28 + 1:02d}"))
        full = store.fetch(_SQLITE.format(where="", words=_SNIPPET_WORDS), ["talks", 100, 0])
        pages = [search(store, "talks", limit=7, offset=off) for off in range(0, 35, 7)]
    assert all(p.total == 30 for p in pages)
    got = [(h.article_id, h.snippet) for p in pages for h in p.items]
    assert got == [(r["article_id"], r["snippet"]) for r in full]
