"""The store keeps how an article's publication date was obtained (schema version 12), on SQLite and
PostgreSQL; a database written by the schema before it opens, migrates and keeps its articles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.model import Article, PublishedFrom
from newsgraph.store import Store
from newsgraph.store.backend import Backend, open_backend
from newsgraph.store.migrate import current_version, latest_version, migrations, statements
from newsgraph.store.rows import article_row
from tests.store import pg

TEXT = "Talks in Veldra\nJune 27, 2013\nThe envoys of Veldra and Osterm met on Thursday."
DATED = PublishedFrom("dateline", "2013-06-27", 16, 29, "June 27, 2013")


def _inferred(text: str = TEXT, basis: PublishedFrom = DATED) -> Article:
    return Article.new(text, published=basis.value, published_inferred=True, published_from=basis)


CASES = [
    _inferred(),
    _inferred("Talks in Veldra. The envoys met.", PublishedFrom("url", "2013-06-27")),
    Article.new("Given talks.", published="2013-06-27", published_from=PublishedFrom("given", "2013-06-27")),
    Article.new("Coarse talks in 2012.", published_from=PublishedFrom("bounds", "2012", 16, 20, "2012")),
    Article.new("Nothing known."),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[pg.requires_pg, pytest.mark.postgres])])
def target(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path) + "/news.db"  # type: ignore[operator]
    else:
        yield from pg.fresh_schema()


@pytest.mark.parametrize("art", CASES, ids=["dateline", "url", "given", "coarse", "none"])
def test_how_the_date_was_obtained_round_trips(target: str, art: Article) -> None:
    with Store.open(target) as store:
        assert store.write_article(art) and not store.write_article(art)  # ingesting again changes nothing
        assert store.article(art.id) == art
    with Store.open(target) as again:
        assert again.article(art.id) == art and again.counts().articles == 1


def _old_schema(db: Backend) -> None:
    """The schema before version 12, as a database written by the previous newsgraph has it."""
    current_version(db)
    for mig in migrations(db.dialect)[:11]:
        with db.transaction():
            for stmt in statements(mig.sql):
                db.execute(stmt)
            db.execute("INSERT INTO schema_version VALUES (?, ?, 'then')", (mig.version, mig.name))


def _old_row(art: Article) -> dict[str, object]:
    row = article_row(art, "then", processed=True)
    return {k: v for k, v in row.items() if not k.startswith("published_from")}


def test_a_database_of_the_previous_schema_migrates_and_keeps_its_articles(target: str) -> None:
    db = open_backend(target)
    _old_schema(db)
    old = Article.new("Old talks.", published="2013-06-26", published_inferred=True)
    row = _old_row(old)
    marks = ", ".join("?" * len(row))
    db.execute(f"INSERT INTO articles ({', '.join(row)}) VALUES ({marks})", list(row.values()))
    db.close()
    with Store.open(target) as store:
        assert store.schema_version == latest_version() == 12
        back = store.article(old.id)
        assert back == old and back is not None and back.published_from is None  # no evidence, nothing lost
        new = _inferred()
        assert store.write_article(new) and store.article(new.id) == new
        assert not store.write_article(old)
        assert store.counts().articles == 2
