"""The ECB+ publication-date gold (``dct_ecbplus.jsonl``): well-formed values, evidence inside the page text,
only ``ecbplus`` pages of the corpus, and no held-out document."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest

from newsgraph.evaluate.corpora.ecbplus import document_path, read_ecbplus
from newsgraph.evaluate.gold import GoldFact, load_gold
from tests.conftest import requires_shared

GOLD = Path(__file__).parents[1] / "extract" / "gold"
DCT = GOLD / "dct_ecbplus.jsonl"
HELDOUT = (GOLD / "events_ecbplus_heldout.jsonl", GOLD / "events_ecbplus_ordinary_heldout.jsonl")
VALUE = re.compile(r"(?P<year>\d{4}|XXXX)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")


def valid_value(value: str) -> bool:
    """An ISO date at day, month or year precision, or a day without year (``XXXX-07-07``)."""
    m = VALUE.fullmatch(value)
    if m is None or (m["year"] == "XXXX" and m["day"] is None):
        return False
    year = 2000 if m["year"] == "XXXX" else int(m["year"])  # a leap year, so XXXX-02-29 passes
    try:
        dt.date(year, int(m["month"] or 1), int(m["day"] or 1))
    except ValueError:
        return False
    return 1990 <= year <= 2030


@cache
def page_text(doc: str) -> str:
    """The rebuilt text of an ECB+ page, as the project reads it."""
    return read_ecbplus(document_path(doc)).text


def records() -> list[GoldFact]:
    """The gold records, through the project's gold loader."""
    return load_gold([DCT], kinds=["dct"])


@pytest.mark.parametrize(("value", "ok"), [
    ("2013-04-25", True), ("2013-04", True), ("2013", True), ("XXXX-07-07", True), ("XXXX-02-29", True),
    ("2013-02-30", False), ("2013-13", False), ("XXXX", False), ("XXXX-07", False), ("13-04-25", False),
    ("2013/04/25", False), ("1890-01-01", False), ("April 2013", False),
])
def test_value_forms(value: str, ok: bool) -> None:
    assert valid_value(value) is ok


def test_records_are_well_formed() -> None:
    facts = records()
    assert len(facts) == 322
    assert len({f.doc for f in facts}) == len(facts), "one record per page"
    for f in facts:
        value, evidence = f.data["published"], f.data["evidence"]
        assert f.corpus == "ecbplus" and f.doc_id.endswith("ecbplus"), f.doc
        assert isinstance(f.data["note"], str) and f.data["note"], f.doc
        if value is None:
            assert evidence == [], f.doc
        else:
            assert valid_value(value) and evidence, f.doc


def test_no_heldout_document() -> None:
    heldout = {json.loads(line)["doc"] for path in HELDOUT
               for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.lstrip().startswith("//")}
    assert heldout, "the held-out files name their documents"
    assert not heldout & {f.doc for f in records()}


@requires_shared
def test_evidence_lies_in_the_page_and_shows_the_year() -> None:
    for f in records():
        assert document_path(f.doc_id).is_file(), f.doc
        text = page_text(f.doc_id)
        shown = [text[s:e] for s, e in f.data["evidence"]]
        for s, e in f.data["evidence"]:
            assert 0 <= s < e <= len(text) and re.search(r"\d", text[s:e]), (f.doc, s, e)
        value = f.data["published"]
        if value and not value.startswith("XXXX"):
            assert any(value[2:4] in re.sub(r"\D", "", part) for part in shown), (f.doc, shown)
