"""Parquet tables load back in pandas with their documented columns and consistent ids."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsgraph.export.parquet import SCHEMAS, write_parquet
from newsgraph.model import Article, PublishedFrom
from newsgraph.store import Store
from tests.export._store import sample_store


def test_tables_load_back_in_pandas(tmp_path: Path) -> None:
    with sample_store() as store:
        counts = write_parquet(store, tmp_path / "out")
    assert counts["articles"] == 3 and counts["events"] == 2 and counts["event_reports"] == 3
    tables = {name: pd.read_parquet(tmp_path / "out" / f"{name}.parquet") for name in SCHEMAS}
    for name, df in tables.items():
        assert list(df.columns) == list(SCHEMAS[name]), name
        assert len(df) == counts[name]
    mentions, articles = tables["mentions"], tables["articles"].set_index("id")
    for m in mentions.itertuples():
        assert articles.loc[m.article_id, "text"][m.start:m.end] == m.text
    assert set(tables["event_reports"]["event_id"]) == set(tables["events"]["id"])
    assert set(tables["event_participants"]["entity_id"]) <= set(tables["entities"]["id"])
    munir = tables["entities"].set_index("name").loc["Asim Munir"]
    assert munir["articles"] == 3 and "the army chief" in list(munir["aliases"])


def test_the_articles_table_carries_how_the_date_was_obtained(tmp_path: Path) -> None:
    text = "Talks in Veldra\nJune 27, 2013\nThe envoys met."
    dated = Article.new(text, published="2013-06-27", published_inferred=True,
                        published_from=PublishedFrom("dateline", "2013-06-27", 16, 29, "June 27, 2013"))
    by_url = Article.new("Talks.", published="2013-06-27", published_inferred=True,
                         published_from=PublishedFrom("url", "2013-06-27"))
    with Store.open(":memory:") as store:
        store.write_article(dated)
        store.write_article(by_url)
        write_parquet(store, tmp_path / "out")
    rows = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("id")
    first, second = rows.loc[dated.id], rows.loc[by_url.id]
    assert (first["published_from"], first["published_from_value"], first["published_from_text"]) == (
        "dateline", "2013-06-27", "June 27, 2013")
    assert (first["published_from_start"], first["published_from_end"]) == (16, 29)
    assert second["published_from"] == "url" and pd.isna(second["published_from_start"])
    assert pd.isna(second["published_from_text"])
