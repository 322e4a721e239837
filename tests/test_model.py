"""The data model: how an article's publication date was obtained, kept, checked and read back."""

from __future__ import annotations

import json

import pytest

from newsgraph.model import PUBLISHED_KINDS, Article, PublishedFrom, check_offsets

TEXT = "Talks in Veldra\nJune 27, 2013\nThe envoys met on Thursday."


def _dated() -> Article:
    basis = PublishedFrom("dateline", "2013-06-27", 16, 29, "June 27, 2013")
    return Article.new(TEXT, published="2013-06-27", published_inferred=True, published_from=basis)


def test_the_evidence_of_an_inferred_date_survives_json() -> None:
    art = _dated()
    back = Article.from_dict(json.loads(json.dumps(art.to_dict())))
    assert back == art and isinstance(back.published_from, PublishedFrom)
    assert art.to_dict()["published_from"] == {"kind": "dateline", "value": "2013-06-27", "start": 16,
                                                "end": 29, "text": "June 27, 2013"}


def test_data_written_before_the_field_still_loads() -> None:
    old = _dated().to_dict()
    del old["published_from"]
    back = Article.from_dict(old)
    assert back.published_from is None and back.published_inferred and back.published == "2013-06-27"


def test_the_evidence_span_is_checked_against_the_text() -> None:
    art = _dated()
    assert check_offsets(art) == []
    assert art.published_from is not None
    art.published_from.start = 15
    assert check_offsets(art) == ["published_from: text 'June 27, 2013' != '\\nJune 27, 2013'"]


@pytest.mark.parametrize(("basis", "words"), [
    (PublishedFrom("given", "2013-06-27"), "given with the article"),
    (PublishedFrom("dateline", "2013-06-27", 0, 13), "inferred from the date line"),
    (PublishedFrom("yearless", "2013-06-27", 0, 7), "inferred from a date line without a year, completed by "
                                                    "the page's year"),
    (PublishedFrom("url", "2013-06-27", 0, 30), "inferred from the page's address"),
    (PublishedFrom("url", "2013-06-27"),
     "inferred from the page's address (the article's url, not its text)"),
    (PublishedFrom("wire", "2013-06-27", 9, 16), "inferred from the wire dateline"),
    (PublishedFrom("foot", "2025-05-06", 40, 50), "inferred from a publication line at the page's foot"),
    (PublishedFrom("bounds", "2013", 9, 13),
     "inferred from the latest date the text reports (a lower bound)"),
])
def test_every_kind_is_described(basis: PublishedFrom, words: str) -> None:
    assert basis.kind in PUBLISHED_KINDS and basis.describe() == words
