"""The :class:`Store`: articles and their evidence-linked facts in a database, written atomically.

>>> with Store.open(":memory:") as store:
...     art = Article.new("Gen Asim Munir spoke.", published="2023-12-15")
...     store.write_article(art), store.write_article(art), store.counts().articles
(True, False, 1)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.model import Article
from newsgraph.store.backend import Backend, Row, open_backend
from newsgraph.store.migrate import migrate
from newsgraph.store.reprocess import forget_article
from newsgraph.store.write import global_links, load_article, write_article

#: The columns of an article's metadata :meth:`Store.stored_metadata` reads.
METADATA_COLUMNS = ("published", "published_inferred", "title", "source", "url", "source_id", "language",
                    "processed")


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """How many rows of each kind a store holds (``entities``/``events`` are the global, merged ones)."""

    articles: int = 0
    processed: int = 0
    entities: int = 0
    article_entities: int = 0
    mentions: int = 0
    timexes: int = 0
    quotes: int = 0
    events: int = 0
    event_reports: int = 0

    def to_dict(self) -> dict[str, int]:
        """The counts as a plain dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ArticleLinks:
    """The global ids of one article's facts: local entity id -> entity id, local event id -> event id."""

    entities: dict[str, str]
    events: dict[str, str]


_COUNTED = {"articles": "articles", "entities": "entities", "article_entities": "article_entities",
            "mentions": "mentions", "timexes": "timexes", "quotes": "quotes", "events": "events",
            "event_reports": "event_reports"}


class Store:
    """A newsgraph database: open it, write processed articles, read them back, query it.

    Writing an article is one transaction: the article, its facts and their links to global entities and
    events are stored together or not at all. An article already stored (same id, i.e. same normalized
    text) is skipped, so ingesting the same input twice changes nothing; :meth:`replace_article` stores a
    re-processed copy in its place.
    """

    def __init__(self, backend: Backend, target: str = ":memory:") -> None:
        self.db = backend
        self.target = target
        self.schema_version = migrate(backend)

    @classmethod
    def open(cls, target: str | Path) -> Store:
        """Open (creating and migrating as needed) the database at a path, or ``:memory:``."""
        return cls(open_backend(str(target)), str(target))

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return bool(self.db.query("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)))

    def write_article(self, article: Article, *, processed: bool = True) -> bool:
        """Store an article and all its facts atomically; False (and nothing changed) if already stored.

        ``processed=False`` records an article the pipeline did not run on (e.g. not in English).
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.transaction():
            if self.has_article(article.id):
                return False
            try:
                write_article(self.db, article, processed=processed, now=now)
            except (KeyError, TypeError, ValueError) as exc:
                raise StoreError(f"article {article.id}: cannot store its facts: {exc!r}") from exc
        return True

    def stored_metadata(self, article_id: str) -> Row | None:
        """The metadata of a stored article (:data:`METADATA_COLUMNS`), or None when it is not stored: one
        lookup by primary key, as cheap as :meth:`has_article`.

        >>> with Store.open(":memory:") as store:
        ...     _ = store.write_article(Article.new("Hi.", source="Dawn"))
        ...     store.stored_metadata(Article.new("Hi.").id)["source"], store.stored_metadata("nope")
        ('Dawn', None)
        """
        cols = ", ".join(METADATA_COLUMNS)
        found = self.db.query(f"SELECT {cols} FROM articles WHERE id = ?", (article_id,))
        return found[0] if found else None

    def replace_article(self, article: Article, *, processed: bool = True) -> bool:
        """Store an article in place of its stored copy, in one transaction: the copy's facts, the global
        events and entities only they supported, and the copy's share of the rest are replaced by the
        article's (:mod:`newsgraph.store.reprocess`). True when a stored copy was replaced; an article not
        stored yet is just written (False). On any error nothing has changed.

        >>> with Store.open(":memory:") as store:
        ...     first = store.replace_article(Article.new("Hi."))
        ...     again = store.replace_article(Article.new("Hi.", published="2023-12-15"))
        ...     first, again, store.article(Article.new("Hi.").id).published, store.counts().articles
        (False, True, '2023-12-15', 1)
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.transaction():
            stored = self.has_article(article.id)
            taken = forget_article(self.db, article.id, now) if stored else frozenset()
            try:
                write_article(self.db, article, processed=processed, now=now, taken=taken)
            except (KeyError, TypeError, ValueError) as exc:
                raise StoreError(f"article {article.id}: cannot store its facts: {exc!r}") from exc
        return stored

    def article(self, article_id: str) -> Article | None:
        """The stored article with its facts (spans read back from its text), or None."""
        return load_article(self.db, article_id)

    def article_ids(self) -> list[str]:
        """Ids of all stored articles, by publication date then id."""
        return [r["id"] for r in self.db.query("SELECT id FROM articles ORDER BY published, id")]

    def articles(self) -> Iterator[Article]:
        """All stored articles with their facts, one at a time, by publication date then id."""
        for aid in self.article_ids():
            art = self.article(aid)
            if art is not None:
                yield art

    def links(self, article_id: str) -> ArticleLinks:
        """The global entity and event ids of an article's local facts."""
        found = global_links(self.db, article_id)
        return ArticleLinks(entities=found["entities"], events=found["events"])

    def counts(self) -> StoreCounts:
        """Row counts per kind."""
        got = {k: int(self.db.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]) for k, t in _COUNTED.items()}
        done = self.db.query("SELECT COUNT(*) AS n FROM articles WHERE processed = 1")
        got["processed"] = int(done[0]["n"])
        return StoreCounts(**got)

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of a read query (portable SQL with ``?`` placeholders); used by :mod:`newsgraph.query`."""
        return self.db.query(sql, params)
