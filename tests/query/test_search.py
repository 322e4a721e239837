"""Full-text search: articles and quotes, ranking, filters, pagination, syntax errors, index kept in sync."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import QueryError
from newsgraph.query.search import plain_query, search, snippet_marks
from newsgraph.store import Store
from tests.store.factory import austin_call, blinken_meeting
from tests.store.pg import fresh_schema, requires_pg


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        s.write_article(blinken_meeting("Outlet A"))
        s.write_article(blinken_meeting("Outlet B", extra="Blinken later left for Brussels."))
        s.write_article(austin_call())
        yield s


def test_articles_and_quotes_match(store: Store) -> None:
    hits = search(store, "useful")
    assert hits.total == 4
    assert sorted(h.kind for h in hits.items) == ["article", "article", "quote", "quote"]
    quote = next(h for h in hits.items if h.kind == "quote")
    assert (quote.speaker, quote.local_id) == ("Asim Munir", "q1")
    text, marks = snippet_marks(quote.snippet)
    assert [text[s:e] for s, e in marks] == ["useful"]
    assert quote.to_dict()["marks"] == marks


def test_ranking_syntax_and_filters(store: Store) -> None:
    first = search(store, "Blinken").items[0]
    assert first.source == "Outlet B"  # two matches outrank one
    assert search(store, '"army chief" NOT Brussels', kind="article").total == 1
    assert search(store, "Blink*", outlet="outlet a").total == 1
    assert search(store, "Munir", since="2023-11").total == 2
    assert search(store, "Munir", until="2023-10").total == 1
    assert search(store, "phone OR Brussels", kind="article").total == 2
    assert search(store, "nothinglikethis").total == 0


def test_pagination(store: Store) -> None:
    page = search(store, "Munir", limit=2)
    rest = search(store, "Munir", limit=2, offset=2)
    assert (page.total, len(page.items), page.next_offset) == (3, 2, 2)
    assert (len(rest.items), rest.next_offset) == (1, None)
    assert {h.article_id for h in page.items} | {h.article_id for h in rest.items} == set(
        store.article_ids())
    with pytest.raises(QueryError, match="limit"):
        search(store, "Munir", limit=0)


@pytest.mark.parametrize("bad", ['"unbalanced', "Munir AND", "U.S.", "(a OR", "nocolumn: x"])
def test_syntax_errors_are_query_errors(store: Store, bad: str) -> None:
    with pytest.raises(QueryError, match="bad search syntax"):
        search(store, bad)


def test_plain_mode_takes_any_text(store: Store) -> None:
    assert plain_query('say "hi" (now)') == '"say" "hi" "now"'
    assert search(store, 'Munir"s (army', plain=True).total == 0
    assert search(store, "army chief.", plain=True).total == 4  # 2 articles, 2 quotes by "the army chief"
    with pytest.raises(QueryError):
        search(store, "  ")
    with pytest.raises(QueryError):
        search(store, "***", plain=True)
    with pytest.raises(QueryError, match="unknown search kind"):
        search(store, "Munir", kind="video")


def test_index_follows_deletes(store: Store) -> None:
    aid = search(store, "Brussels").items[0].article_id
    store.db.execute("DELETE FROM articles WHERE id = ?", (aid,))
    assert search(store, "Brussels").total == 0
    assert search(store, "useful").total == 2


@requires_pg
def test_search_on_postgresql() -> None:
    for url in fresh_schema():
        with Store.open(url) as s:
            s.write_article(blinken_meeting("Outlet A"))
            s.write_article(austin_call())
            hits = search(s, "useful")
            assert sorted(h.kind for h in hits.items) == ["article", "quote"]
            quote = next(h for h in hits.items if h.kind == "quote")
            text, marks = snippet_marks(quote.snippet)
            assert quote.speaker == "Asim Munir" and [text[a:b] for a, b in marks] == ["useful"]
            assert search(s, '"army chief" -phone', kind="article", outlet="outlet a").total == 1
