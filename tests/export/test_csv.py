"""The CSV event table: documented columns, one row per merged event, actors and recipients, sources."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from newsgraph.export.csv import COLUMNS, write_events_csv
from tests.export._store import sample_store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export.md"


def rows() -> list[dict[str, str]]:
    out = io.StringIO()
    with sample_store() as store:
        assert write_events_csv(store, out) == 2
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_one_row_per_event_with_actors_and_sources() -> None:
    call, meeting = rows()
    assert (call["date"], call["mode"], call["actor_names"], call["recipient_names"]) == (
        "2023-10-04", "phone", "Asim Munir", "Lloyd Austin")
    assert (meeting["type"], meeting["num_reports"], meeting["num_outlets"]) == ("CONSULT", "2", "2")
    assert meeting["outlets"] == "Outlet A; Outlet B"
    assert (meeting["place"], meeting["place_country"]) == ("Washington", "USA")
    assert abs(float(meeting["place_lat"]) - 38.9) < 0.1
    assert meeting["evidence"].startswith("Army chief Gen Asim Munir met")
    assert len(meeting["article_ids"].split("; ")) == 2


def test_columns_are_documented() -> None:
    with sample_store() as store:
        out = io.StringIO()
        write_events_csv(store, out)
    assert tuple(out.getvalue().splitlines()[0].split(",")) == COLUMNS
    doc = DOCS.read_text(encoding="utf-8")
    missing = [c for c in COLUMNS if f"`{c}`" not in doc]
    assert missing == []


def test_filters() -> None:
    out = io.StringIO()
    with sample_store() as store:
        assert write_events_csv(store, out, since="2023-12") == 1
        assert write_events_csv(store, io.StringIO(), outlet="Other Outlet") == 1
