"""Running the time rules on windows around their anchors finds exactly what passes over whole texts find."""

from __future__ import annotations

import random
import re

import pytest

from newsgraph.evaluate.corpora.ecbplus import iter_documents
from newsgraph.evaluate.corpora.ecbplus import to_article as ecb_article
from newsgraph.evaluate.corpora.meantime import iter_meantime, to_article
from newsgraph.extract import time_windows
from newsgraph.extract.time_grammar import PLANS, RULES, _scan
from newsgraph.extract.time_windows import Plan, matches, reach, suits

Found = list[tuple[int, int, int, tuple[int, int], dict[str, str | None]]]


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Found, Found]:
    """The candidates of a text scanned on windows, and over the whole text."""
    def key(cands: list) -> Found:  # type: ignore[type-arg]
        return [(s, e, i, m.span(), m.groupdict()) for s, e, i, _, m in cands]
    windowed = key(_scan(text, True))
    with monkeypatch.context() as m:
        m.setattr(time_windows, "suits", lambda text, lower: False)
        whole = key(_scan(text, True))
    return windowed, whole


MADE_UP = [
    "On Monday, March 3, 2011, the talks resumed; by 5:30 p.m. on Tuesday they had ended.",
    "Two years ago, five days from now, 3 a day, twice a week, at 16:00 UTC and in 2009-2011.",
    "The 1990s and the late 2000's, the first quarter of 2010, H1 2011, Q3 of fiscal 2012.",
    "Since Christmas 2009 and last summer, every other Friday, the same period of last year.",
    "In  May\n\n of   last   year, on the 4th   of   June 2011, within the next three and a half years.",
    "Earlier this week, the decades-long dispute, a 10-year plan, over the years, for months.",
    "May" + " " * 30 + "2011 and July 4, 2012 with a gap of tabs\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t in between.",
    "The \u212aelvin report of ſeptember 2011: last week, thiſ year, 2010.",
    "İstanbul, 12 May 2011: the ministry said yesterday that the vote would be held tomorrow.",
    "Digits 12345678901234567890123456789 then 2011 and 3 days later, March 2012.",
    "x" * 300 + " last week " + "y" * 300 + " in 2011 " + "z" * 300 + " now",
    "Tuesday", "2011", "", "at 4PM today, 3 a day or 4 per week; next year, this year.",
]


@pytest.mark.parametrize("text", MADE_UP)
def test_windows_find_what_whole_passes_find_on_made_up_texts(text: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    windowed, whole = _both(text, monkeypatch)
    assert windowed == whole


def test_windows_find_what_whole_passes_find_on_the_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [to_article(doc).text for doc in iter_meantime()]
    texts += [ecb_article(doc).text for doc in iter_documents()]
    assert len(texts) >= 790
    assert sum(suits(t, t.lower()) for t in texts) >= 0.9 * len(texts)
    for text in texts:
        windowed, whole = _both(text, monkeypatch)
        assert windowed == whole


def test_texts_with_long_runs_or_folding_letters_are_passed_whole() -> None:
    assert suits("On May 3, 2011.", "on may 3, 2011.")
    assert not suits("May" + " " * 20 + "2011", "may" + " " * 20 + "2011")
    assert not suits("\u212aelvin", "\u212aelvin".lower())
    assert not suits("İstanbul", "İstanbul".lower())


def test_most_rules_run_on_windows_with_a_bounded_reach() -> None:
    assert len(PLANS) >= len(RULES) - 2
    assert all(p.reach is not None and p.reach > 0 for p in PLANS.values())
    assert reach(re.compile(r"a\w+")) is None  # a repeated word character: unbounded


def test_a_match_at_the_edge_of_a_window_is_found_whole() -> None:
    pattern = re.compile(r"(?<!\w)(?:last\s+)?week(?:\s+of\s+\d+)?(?!\w)", re.IGNORECASE)
    plan = Plan(pattern, reach(pattern), ("week",), None)
    text = "a" * 200 + " last   week of 12345 " + "b" * 200
    assert [m.group() for m in matches(plan, text, text.lower(), {})] == ["last   week of 12345"]


PIECES = ["March", "3", "2011", "May", "4th", "of", "June", "last", "week", "Monday", "at", "5:30", "p.m.",
          "UTC", "two", "years", "ago", "from", "now", "the", "same", "period", "1990s", "early", "Q3",
          "fiscal", "twice", "a", "day", "per", "every", "other", "Friday", "for", "months", "-", "–",
          "to", "2009", "10", "/", ",", "currently", "the coming weeks", "three and a half", "hours",
          "decades-long", "Christmas", "summer", "midnight", "tonight", "yesterday", "quarter", "half",
          "century", "16:00", "today", "soon", "x", "y."]


def test_windows_find_what_whole_passes_find_on_random_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    for _ in range(300):
        words = [rng.choice(PIECES) for _ in range(rng.randint(1, 60))]
        gaps = [rng.choice([" ", " ", " ", "", "\n", "  ", " " * rng.randint(1, 14)]) for _ in words]
        text = "".join(w + g for w, g in zip(words, gaps, strict=True))
        windowed, whole = _both(text, monkeypatch)
        assert windowed == whole, text
