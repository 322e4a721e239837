"""Document creation time: from metadata, a date line, a wire dateline, or bounds from the text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.time import article_anchor
from newsgraph.extract.time_dct import infer_dct
from newsgraph.model import Article


@pytest.mark.parametrize(("text", "value", "source"), [
    ("Boeing wins contract\nMarch 01, 2008\nBoeing said on Friday it won.", "2008-03-01", "dateline"),
    ("Friday, December 15, 2023\nGen Munir met Blinken on Thursday.", "2023-12-15", "dateline"),
    ("Army chief in US\nPublished: 2023-12-15 08:05\nThe talks ended.", "2023-12-15", "dateline"),
    ("WASHINGTON, Dec 14 (Reuters) - The talks of 2023 ended.", "2023-12-14", "wire"),
    ("ISLAMABAD, December 14, 2023 (AFP) - Talks ended.", "2023-12-14", "wire"),
])
def test_date_lines(text: str, value: str, source: str) -> None:
    guess = infer_dct(text)
    assert guess is not None
    assert (guess.value, guess.source, guess.known) == (value, source, "day")
    evidence = text[guess.start:guess.end]
    assert evidence and (value[:4] in evidence or source == "wire")


def test_wire_dateline_without_any_year_gives_nothing() -> None:
    assert infer_dct("WASHINGTON, Dec 14 (Reuters) - The talks ended.") is None


def test_bounds_take_the_latest_reported_date_not_deadlines_or_plans() -> None:
    guess = infer_dct("The plant, opened in May 2019, closed on 3 March 2021. It will reopen in 2025. "
                      "Jobs are to be cut by 2024.")
    assert guess is not None
    assert (guess.value, guess.known, guess.source) == ("2021-03-03", "day", "bounds")
    year_only = infer_dct("The company was founded in 1998 and listed in 2004.")
    assert year_only is not None and (year_only.value, year_only.known) == ("2004", "year")


def test_a_date_in_the_body_text_is_not_a_date_line() -> None:
    guess = infer_dct("Headline here\nThe ministers met on December 14, 2023 in Washington to talk.")
    assert guess is not None and guess.source == "bounds"


def test_no_dates_no_guess() -> None:
    assert infer_dct("Nothing temporal is said here.") is None


def test_anchor_prefers_metadata_then_writes_back_a_day_precise_guess() -> None:
    given = Article.new("Dec. 15, 2023\nTalks.", published="2024-01-02")
    assert article_anchor(given).ref.date == dt.date(2024, 1, 2) and article_anchor(given).label == "dct"
    inferred = Article.new("Dec. 15, 2023\nTalks ended on Thursday.")
    anchor = article_anchor(inferred)
    assert (anchor.label, anchor.ref.date, anchor.ref.known) == ("inferred-dct", dt.date(2023, 12, 15), "day")
    assert inferred.published == "2023-12-15" and inferred.published_inferred is True
    coarse = Article.new("The firm was founded in 1998 and listed in 2004.")
    anchor = article_anchor(coarse)
    assert (anchor.ref.known, coarse.published, coarse.published_inferred) == ("year", None, False)


def test_month_precise_published_is_accepted() -> None:
    anchor = article_anchor(Article.new("Talks.", published="2023-12"))
    assert (anchor.ref.date, anchor.ref.known) == (dt.date(2023, 12, 1), "month")


def test_a_bound_below_the_lead_places_no_weekday() -> None:
    text = ("A court on Friday jailed the smuggler who sank a ferry.\n"
            "He had fled. The ferry sank on July 4, 2019, off the coast.")
    article = Article.new(text)
    anchor = article_anchor(article)
    assert (anchor.ref.known, article.published, article.published_inferred) == ("year", "2019-07-04", True)


def test_a_bound_in_the_lead_dates_the_report() -> None:
    text = ("Storm hits coast\nFloods were reported on Sunday May 5 2019 after the storm, two days ago.\n"
            "More rain.")
    article = Article.new(text)
    anchor = article_anchor(article)
    assert (anchor.ref.date, anchor.ref.known) == (dt.date(2019, 5, 5), "day")
    assert article.published == "2019-05-05" and article.published_inferred is True
