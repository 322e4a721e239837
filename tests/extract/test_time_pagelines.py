"""The furniture of a page's date lines (:mod:`newsgraph.extract.time_pagelines`): what may stand beside a
date, its label, which way round a slashed date reads, the pieces of a byline line, the page's foot."""

from __future__ import annotations

import pytest

from newsgraph.extract.time_pagelines import (
    foot_lines,
    furniture,
    label,
    named_dateline,
    only_dates,
    published_label,
    reading,
)


@pytest.mark.parametrize(("line", "date", "ok"), [
    ("Published 6 May 2025", "6 May 2025", True),
    ("Updated: 10:42 GMT, Tuesday 6 May 2025", "6 May 2025", True),
    ("Thu, 08 Jan 2026 07:15:00 +0000", "08 Jan 2026", True),
    ("May 6, 2025 3:15 PM GMT+1 Updated 2 hours ago", "May 6, 2025", True),
    ("6 May 2025 • 4 min read", "6 May 2025", True),
    ("Posted 21 August 2025 · 12 comments", "21 August 2025", True),
    ("This article was first published on 6 May 2025.", "6 May 2025", True),
    ("Floods of 12 March 2024 remembered", "12 March 2024", False),
    ("Election set for 4 June 2025", "4 June 2025", False),
    ("12 March 2024 - The river bursts its banks.", "12 March 2024", False),
])
def test_only_dates(line: str, date: str, ok: bool) -> None:
    start = line.index(date)
    assert only_dates(line, [(start, start + len(date))]) is ok


@pytest.mark.parametrize(("line", "date", "after", "expected"), [
    ("Published 6 May 2025; updated 8 May 2025", "8 May 2025", 20, "updated"),
    ("Published 6 May 2025; updated 8 May 2025", "6 May 2025", 0, "published"),
    ("Updated 8 May 2025 | Published 6 May 2025", "6 May 2025", 18, "published"),
    ("Last modified on Wed 7 May 2025", "7 May 2025", 0, "updated"),
    ("Tuesday 6 May 2025", "6 May 2025", 0, None),
])
def test_label(line: str, date: str, after: int, expected: str | None) -> None:
    assert label(line, line.index(date), after) == expected


@pytest.mark.parametrize(("line", "written", "default", "expected"), [
    ("Tue 6/5/2025", "6/5/2025", "2025-06-05", "2025-05-06"),  # 6 May is a Tuesday, 5 June a Thursday
    ("Thu 6/5/2025", "6/5/2025", "2025-06-05", "2025-06-05"),
    ("06/05/2025 14:05 BST", "06/05/2025", "2025-06-05", "2025-05-06"),
    ("05/06/2025 10:42 AM ET", "05/06/2025", "2025-05-06", "2025-05-06"),
    ("Posted 4/3/2025", "4/3/2025", "2025-04-03", "2025-04-03"),  # no cue: the default
    ("Posted 13/5/2025", "13/5/2025", "2025-05-13", "2025-05-13"),  # one reading only
    ("Wed 06/05/98", "06/05/98", "1998-06-05", "1998-05-06"),  # a two-digit year of 50 or over: 19xx
    ("Fri 06.05.2005", "06.05.2005", "2005-05-06", "2005-05-06"),  # a dotted date
    ("Satellite News | 07/06/2025", "07/06/2025", "2025-07-06", "2025-07-06"),  # no weekday in "Satellite"
    ("Monitor Daily | 06/05/2025", "06/05/2025", "2025-06-05", "2025-06-05"),
])
def test_reading(line: str, written: str, default: str, expected: str) -> None:
    assert reading(line, written, default) == expected


@pytest.mark.parametrize(("line", "date", "ok"), [
    ("Amended 8 May 2025 | Coast Press | World", "8 May 2025", True),  # a lexicon label is no name
    ("Friday 9 May 2025 | Coast Press | World", "9 May 2025", True),
    ("Sunrise Radio | Coast Press | World | 9 May 2025", "9 May 2025", False),  # three names
    ("The Andean Observer, 13 November 2025", "13 November 2025", True),
    ("Voice of the Valley | 13 November 2025", "13 November 2025", True),
    ("First Session Of Parliament, 6 May 1990", "6 May 1990", False),  # a heading: four capitalised words
])
def test_named_dateline(line: str, date: str, ok: bool) -> None:
    start = line.index(date)
    assert named_dateline(line, [(start, start + len(date))]) is ok


@pytest.mark.parametrize(("piece", "ok"), [
    ("By Anna Kell", True), ("Tom Reese, Business Editor", True), ("Mirrow Courier", True),
    ("4 min read", True), ("Police said the fire was started on purpose.", False),
    ("The council of Harlow Vale voted to close two libraries", False),
])
def test_furniture(piece: str, ok: bool) -> None:
    assert furniture(piece) is ok


def test_a_publication_label_and_the_foot() -> None:
    assert published_label("Originally published May 6, 2025")
    assert not published_label("This article was amended on 8 May 2025")
    assert [line for _, line in foot_lines("A\n\nB\nC\n")] == ["C", "B", "A"]


@pytest.mark.parametrize(("text", "expected"), [
    ("One line", [(0, "One line")]),
    ("\n\nX\n", [(2, "X")]),
    ("A\nB\nC\nD\nE\nF\nG\nH", [(14, "H"), (12, "G"), (10, "F"), (8, "E"), (6, "D"), (4, "C")]),
    ("", []),
])
def test_foot_lines(text: str, expected: list[tuple[int, str]]) -> None:
    assert foot_lines(text) == expected
