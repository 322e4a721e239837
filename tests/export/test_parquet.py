"""Parquet tables load back in pandas with their documented columns and consistent ids."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsgraph.export.parquet import SCHEMAS, write_parquet
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
