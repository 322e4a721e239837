"""Full-text search over article titles and texts and over quotes (what was said, and by whom).

On SQLite the query uses FTS5 syntax: words (all must match), ``"exact phrases"``, ``OR``, ``NOT``,
``prefix*``, ``NEAR(a b, 5)``; a malformed query is a :class:`~newsgraph.errors.QueryError`, never a crash.
``plain=True`` takes the words literally instead (each quoted), so any text is a valid query. On PostgreSQL
the query goes through ``websearch_to_tsquery`` (web-search syntax: words, ``"phrases"``, ``or``, ``-not``).

Snippets mark matches with :data:`MARK_START` and :data:`MARK_END` (control characters no article contains);
:func:`snippet_marks` turns them into plain text and offsets, so faces escape text before highlighting.

>>> from newsgraph.store import Store
>>> from newsgraph.model import Article
>>> with Store.open(":memory:") as store:
...     _ = store.write_article(Article.new("Gen Asim Munir met Antony Blinken on Thursday.", title="Talks"))
...     hits = search(store, "blinken")
>>> hits.total, hits.items[0].kind, snippet_marks(hits.items[0].snippet)[1]
(1, 'article', [(26, 33)])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import QueryError, StoreError
from newsgraph.query.browse import article_filter
from newsgraph.query.paging import Page, check_page
from newsgraph.query.rows import _Row
from newsgraph.store import Store

MARK_START = "\x02"
MARK_END = "\x03"
KINDS: tuple[str, ...] = ("article", "quote")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_SNIPPET_WORDS = 24


@dataclass(frozen=True, slots=True)
class SearchHit(_Row):
    """One match: an article (``kind='article'``) or a quote in it (``kind='quote'``, ``local_id`` q..)."""

    kind: str
    article_id: str
    local_id: str | None
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float
    speaker: str | None = None
    speaker_entity_id: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The hit as a plain dict; the snippet as plain text with ``marks`` (offsets of the matches)."""
        out = _Row.to_dict(self)
        out["snippet"], out["marks"] = snippet_marks(self.snippet)
        return out


def snippet_marks(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A marked snippet as plain text and the ``(start, end)`` offsets of its marked matches.

    >>> snippet_marks("a \\x02b\\x03 c")
    ('a b c', [(2, 3)])
    """
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    pos, start = 0, 0
    for part in re.split(f"([{MARK_START}{MARK_END}])", snippet):
        if part == MARK_START:
            start = pos
        elif part == MARK_END:
            marks.append((start, pos))
        else:
            plain.append(part)
            pos += len(part)
    return "".join(plain), marks


def plain_query(text: str) -> str:
    """An FTS5 query matching every word of a text literally (each word a quoted string).

    >>> plain_query("Munir's visit (U.S.)")
    '"Munir\\'s" "visit" "U.S"'
    """
    words = _WORD.findall(text)
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _filters(kind: str | None, since: str | None, until: str | None, outlet: str | None,
             doc: str, art: str) -> tuple[list[str], list[object]]:
    """SQL conditions for the filters, on aliases ``doc`` (with ``kind``) and ``art`` (article columns)."""
    where, params = article_filter(since, until, outlet, alias=art)
    if kind:
        if kind not in KINDS:
            raise QueryError(f"unknown search kind {kind!r} (known: {', '.join(KINDS)})")
        where.insert(0, f"{doc}.kind = ?")
        params.insert(0, kind)
    return where, params


#: What SQLite's FTS5 and PostgreSQL say about a malformed query (``*x``: "unknown special query").
_SYNTAX_ERRORS = ("fts5", "syntax error", "no such column", "unterminated", "unknown special query")


def _run(store: Store, sql: str, params: list[object], query: str) -> list[dict[str, Any]]:
    """Run a search statement; a malformed query becomes a :class:`QueryError` naming the problem."""
    try:
        return store.fetch(sql, params)
    except StoreError as exc:
        msg = str(exc)
        if any(m in msg for m in _SYNTAX_ERRORS):
            reason = msg.split(": ", 1)[-1]
            raise QueryError(f"bad search syntax in {query!r}: {reason} (put words with punctuation in "
                             f"double quotes, or search in plain mode)") from exc
        raise


_SQLITE = ("SELECT s.kind AS kind, s.article_id AS article_id, s.local_id AS local_id, a.title, a.source, "
           "a.published, a.url, snippet(search_index, 4, char(2), char(3), '…', {words}) AS snippet, "
           "bm25(search_index, 0, 0, 0, 2.0, 1.0) AS score, q.start_char, q.end_char, q.speaker_entity_id, "
           "COALESCE(e.name, s.title) AS speaker "
           "FROM search_index s JOIN articles a ON a.id = s.article_id "
           "LEFT JOIN quotes q ON s.kind = 'quote' AND q.article_id = s.article_id "
           "AND q.local_id = s.local_id "
           "LEFT JOIN entities e ON e.id = q.speaker_entity_id "
           "WHERE search_index MATCH ? {where} ORDER BY score, a.published DESC, s.article_id, s.local_id "
           "LIMIT ? OFFSET ?")
_SQLITE_COUNT = ("SELECT COUNT(*) AS n FROM search_index s JOIN articles a ON a.id = s.article_id "
                 "WHERE search_index MATCH ? {where}")


_BM25 = "bm25(search_index, 0, 0, 0, 2.0, 1.0)"
_FTS_COUNT = "SELECT COUNT(*) AS n FROM search_index WHERE search_index MATCH ?"
_FTS_CUT = (f"SELECT {_BM25} AS score FROM search_index WHERE search_index MATCH ? ORDER BY score "
            "LIMIT 1 OFFSET ?")


def _sqlite_search(store: Store, fts: str, where: list[str], params: list[object], limit: int,
                   offset: int, query: str) -> tuple[int, list[dict[str, Any]]]:
    """Count and fetch a page. Without filters, both stay inside the full-text index as long as they can:
    the count needs no join, and the page only reads (and joins) the matches scoring at least as well as
    the page's last one — the same rows, ties included, without reading every match's document."""
    if where:
        cond = "".join(" AND " + w for w in where)
        total = int(_run(store, _SQLITE_COUNT.format(where=cond), [fts, *params], query)[0]["n"])
    else:
        cond, params = "", []
        total = int(_run(store, _FTS_COUNT, [fts], query)[0]["n"])
        if total > offset + limit:
            cut = _run(store, _FTS_CUT, [fts, offset + limit - 1], query)
            cond, params = f" AND {_BM25} <= ?", [cut[0]["score"]]
    rows = _run(store, _SQLITE.format(where=cond, words=_SNIPPET_WORDS), [fts, *params, limit, offset], query)
    return total, rows


# ``words`` is what a query matches, a tsvector (as on SQLite, a quote matches by its content and by the
# words naming its speaker); ``body`` is what the snippet shows. Both are indexed: the article branch's
# ``words`` is the GIN index's expression (0002_search.postgresql.sql), quotes keep theirs in
# ``quotes.search_words`` (0005_quote_search.postgresql.sql).
_PG_DOCS = ("SELECT 'article' AS kind, a.id AS article_id, NULL AS local_id, "
            "to_tsvector('simple', COALESCE(a.title, '') || ' ' || a.text) AS words, "
            "COALESCE(a.title, '') || ' ' || a.text AS body, NULL AS start_char, NULL AS end_char, "
            "NULL AS speaker_entity_id, NULL AS speaker, a.title, a.source, a.published, a.url "
            "FROM articles a "
            "UNION ALL SELECT 'quote', q.article_id, q.local_id, q.search_words, "
            "SUBSTR(a.text, q.start_char + 1, q.end_char - q.start_char), q.start_char, q.end_char, "
            "q.speaker_entity_id, COALESCE(e.name, SUBSTR(a.text, q.speaker_start + 1, "
            "q.speaker_end - q.speaker_start)), a.title, a.source, a.published, a.url "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN entities e ON e.id = q.speaker_entity_id")


def _pg_search(store: Store, query: str, where: list[str], params: list[object], limit: int,
               offset: int) -> tuple[int, list[dict[str, Any]]]:
    cond = "".join(" AND " + w for w in where)
    base = (f"FROM ({_PG_DOCS}) d, websearch_to_tsquery('simple', ?) tq "
            f"WHERE d.words @@ tq {cond}")
    total = store.fetch(f"SELECT COUNT(*) AS n {base}", [query, *params])[0]["n"]
    rows = store.fetch(
        "SELECT d.kind, d.article_id, d.local_id, d.start_char, d.end_char, d.speaker_entity_id, d.speaker, "
        "d.title, d.source, d.published, d.url, "
        "ts_headline('simple', d.body, tq, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || "
        f"', MaxWords={_SNIPPET_WORDS}, MinWords=8') AS snippet, "
        f"-ts_rank(d.words, tq) AS score {base} "
        "ORDER BY score, d.published DESC, d.article_id, d.local_id LIMIT ? OFFSET ?",
        [query, *params, limit, offset])
    return int(total), rows


def search(store: Store, query: str, *, kind: str | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, plain: bool = False,
           limit: int | None = None, offset: int | None = None) -> Page[SearchHit]:
    """Articles and quotes matching a query, best first, one page at a time.

    ``kind`` keeps articles or quotes only; ``since``/``until`` bound the publication date (``YYYY``,
    ``YYYY-MM``, ``YYYY-MM-DD``); ``outlet`` is a source name (any case).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     hits = search(store, "talks OR meeting", kind="quote").items
    ...     search(store, "talks AND")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.QueryError: bad search syntax in 'talks AND': ... or search in plain mode)
    >>> [(h.speaker, snippet_marks(h.snippet)) for h in hits]
    [('Asim Munir', ('Talks went well,', [(0, 5)]))]
    """
    if not query.strip():
        raise QueryError("empty search query")
    lim, off = check_page(limit, offset)
    pg = store.db.dialect == "postgresql"
    where, params = _filters(kind, since, until, outlet, *(("d", "d") if pg else ("s", "a")))
    if pg:
        total, rows = _pg_search(store, query, where, params, lim, off)
    else:
        fts = plain_query(query) if plain else query
        total, rows = _sqlite_search(store, fts, where, params, lim, off, query)
    hits = [SearchHit(kind=r["kind"], article_id=r["article_id"], local_id=r["local_id"], title=r["title"],
                      source=r["source"], published=r["published"], url=r["url"], snippet=r["snippet"] or "",
                      score=round(-float(r["score"]), 4),
                      speaker=r["speaker"] if r["kind"] == "quote" else None,
                      speaker_entity_id=r["speaker_entity_id"], start=r["start_char"], end=r["end_char"])
            for r in rows]
    return Page(hits, total, lim, off)
