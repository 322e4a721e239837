"""Comparing an incoming copy of a stored article with it: what it adds, what it conflicts on."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.ingest.update import Verdict, compare, conflict_message, merged
from newsgraph.model import Article

BARE: dict[str, Any] = {"published": None, "published_inferred": 0, "title": None, "source": None,
                        "url": None, "source_id": "000_talks"}


@pytest.mark.parametrize(("stored", "incoming", "verdict"), [
    ({}, {}, Verdict()),
    ({}, {"published": "2023-12-15"}, Verdict(adds=("published",))),
    ({"published": "2023-12-15"}, {"published": "2023-12-15"}, Verdict()),
    ({"published": "2023-12-15"}, {}, Verdict()),
    ({"published": "2023-12-15"}, {"published": "2023-12-16"}, Verdict(conflicts=("published",))),
    ({"published": "2023-12-15"}, {"published": "2023-12-15T08:00:00"}, Verdict(adds=("published",))),
    ({"published": "2023-12-15T08:00:00"}, {"published": "2023-12-15"}, Verdict()),
    ({"published": "2023-12-14", "published_inferred": 1}, {"published": "2023-12-15"},
     Verdict(adds=("published",))),
    ({"published": "2023-12-15", "published_inferred": 1}, {"published": "2023-12-15"},
     Verdict(adds=("published",))),
    ({"source": "Dawn"}, {"source": "Dawn", "url": "https://news.example/a"}, Verdict(adds=("url",))),
    ({"title": "Talks"}, {"title": "Other talks", "published": "2023-12-15"},
     Verdict(adds=("published",), conflicts=("title",))),
])
def test_compare(stored: dict[str, Any], incoming: dict[str, Any], verdict: Verdict) -> None:
    assert compare({**BARE, **stored}, Article.new("Talks were held.", **incoming)) == verdict


def test_merged_keeps_the_stored_metadata_and_takes_what_the_copy_adds() -> None:
    stored = {**BARE, "title": "Talks", "published": "2023-12-14", "published_inferred": 1}
    copy = Article.new("Talks were held.", published="2023-12-15", source="Dawn", source_id="feed.jsonl:2")
    art = merged(stored, copy, compare(stored, copy))
    assert (art.title, art.published, art.published_inferred, art.source, art.source_id) == (
        "Talks", "2023-12-15", False, "Dawn", "000_talks")
    assert (art.id, art.text) == (copy.id, copy.text)


def test_the_conflict_message_is_one_line_naming_both_values() -> None:
    stored = {**BARE, "published": "2023-12-15", "title": "Talks"}
    copy = Article.new("Talks were held.", published="2023-12-16", title="Other")
    line = conflict_message("feed.jsonl:2", stored, copy, compare(stored, copy))
    assert "\n" not in line and line.startswith("feed.jsonl:2: ")
    assert "stored 2023-12-15, this copy 2023-12-16" in line and "stored Talks, this copy Other" in line
