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
    ("Mine row\nLIMA, Oct 15, 2012 (Andean Wire) - Police fired on farmers.", "2012-10-15", "wire"),
    ("Talks end\nBy Ann Reed\nOSLO, May 2, 2013 (Nordic Press) - Talks ended.", "2013-05-02", "wire"),
    ("Envoys expelled\nSept. 18, 2024 (Lakeland Wire) - Ministers met on Monday.", "2024-09-18", "wire"),
    ("Envoy recalled\nBy Ann Reed\nThe Harbour Observer, 13 November 2024\nHe left on Monday.", "2024-11-13",
     "dateline"),
    ("Truce agreed\nRiver TV | World | 27 August 2024\nThey agreed on Tuesday.", "2024-08-27", "dateline"),
    ("Truce agreed\nMain News | Asia | 2024-03-12\nThey agreed on Tuesday.", "2024-03-12", "dateline"),
    ("Troops sent\nMay 2, 2024 | Coast Press\nTroops left on Monday.", "2024-05-02", "dateline"),
    ("Talks held\nThe Valley Herald | Thursday, December 5, 2024\nTalks ended.", "2024-12-05", "dateline"),
])
def test_date_lines(text: str, value: str, source: str) -> None:
    guess = infer_dct(text)
    assert guess is not None
    assert (guess.value, guess.source, guess.known) == (value, source, "day")
    evidence = text[guess.start:guess.end]
    assert evidence and (value[:4] in evidence or source == "wire")


def test_a_wire_dateline_under_a_headline_dates_the_weekdays_of_its_lead() -> None:
    article = Article.new("Mine row\nLIMA, Oct 15, 2012 (Andean Wire) - Police fired tear gas on "
                          "Sunday at farmers blocking a highway.")
    anchor = article_anchor(article)
    assert (anchor.ref.date, anchor.ref.known) == (dt.date(2012, 10, 15), "day")


def test_a_wire_dateline_far_down_the_text_is_no_date_line() -> None:
    guess = infer_dct("Head\nSub\nBy A. Writer\nMore\nLIMA, Oct 15, 2012 (Andean Wire) - Police fired.")
    assert guess is None or guess.source != "wire"


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


@pytest.mark.parametrize(("text", "value", "known", "evidence"), [
    ("http: / / www. x. com / world / 2013/06/27 / a-story\nA headline\nThe talks ended on Thursday.",
     "2013-06-27", "day", "2013/06/27"),
    ("http://x.com/article/20130425/NEWS/704259841\nA headline\nTalks ended on Thursday.",
     "2013-04-25", "day", "20130425"),
    ("https://www.x.co.uk/film/2013/aug/02/a-story\nA headline\nTalks ended.", "2013-08-02", "day",
     "2013/aug/02"),
    ("http: / / x. com / blog / 2009/02 / a _ story. html\nA headline\nTalks ended.", "2009-02", "month",
     "2009/02"),
])
def test_a_page_address_on_the_first_line_dates_the_page(text: str, value: str, known: str,
                                                         evidence: str) -> None:
    guess = infer_dct(text)
    assert guess is not None
    assert (guess.value, guess.known, guess.source) == (value, known, "url")
    assert text[guess.start:guess.end].replace(" ", "") == evidence


@pytest.mark.parametrize("url", ["http://x.com/news/78153572.html", "http://x.com/a-story-130909-paris",
                                 "http://x.com/news/id=2013061234"])
def test_article_numbers_in_an_address_are_no_date(url: str) -> None:
    guess = infer_dct(url + "\nA headline\nNothing dated here.")
    assert guess is None


def test_a_week_number_after_the_year_is_no_month() -> None:
    guess = infer_dct("http://x.com/story/2013/38/a-story\nA headline\nNothing dated here.")
    assert guess is not None and (guess.value, guess.known, guess.source) == ("2013", "year", "url")


def test_the_articles_url_dates_it_when_the_text_does_not() -> None:
    guess = infer_dct("A headline\nTalks ended on Thursday.", url="https://x.com/2023/12/15/talks")
    assert guess is not None
    assert (guess.value, guess.source, guess.start, guess.end) == ("2023-12-15", "url", 0, 0)


def test_a_date_line_wins_over_the_address() -> None:
    guess = infer_dct("http: / / x. com / 2013/05/02 / a-story\nA headline\nPublished May 03, 2013\nBody.")
    assert guess is not None and (guess.value, guess.source) == ("2013-05-03", "dateline")


@pytest.mark.parametrize(("line", "value"), [
    ("Published: 2012.08.08 09:01 AM", "2012-08-08"),
    ("11/28 / 05", "2005-11-28"),
    ("Article posted on 08.07.2012", "2012-07-08"),
    ("Edited on Mon Dec-19-05 03:49 PM", "2005-12-19"),
    ("Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03"),
    ("WEDNESDAY, MARCH 4, 2009, 10:53 AM", "2009-03-04"),
    ("AUGUST 2, 2013 | 08: 06AM PT", "2013-08-02"),
    ("9:53 AM, MON 22 JUL 2013", "2013-07-22"),
    ("Published time: March 12, 2013 02:03", "2013-03-12"),
    ("25/12/2012", "2012-12-25"),
])
def test_date_lines_in_the_forms_pages_write_them(line: str, value: str) -> None:
    guess = infer_dct(f"A headline\n{line}\nThe talks ended on Thursday.")
    assert guess is not None and (guess.value, guess.source, guess.known) == (value, "dateline", "day")


def test_a_date_line_may_follow_summary_points() -> None:
    text = ("http: / / x. com / a-story\nA headline\nPoint one.\nPoint two.\nPoint three.\nPoint four.\n"
            "WEDNESDAY, APRIL 24, 2013, 10:34 AM\nBody.")
    guess = infer_dct(text)
    assert guess is not None and guess.value == "2013-04-24"


def test_a_yearless_date_line_takes_the_year_of_the_address_or_copyright_never_of_the_body() -> None:
    dated = infer_dct("http: / / x. com / 2012 / sports / a-story\nA headline\nJul. 7 5:59 PM EDT\nBody.")
    assert dated is not None and (dated.value, dated.source) == ("2012-07-07", "yearless")
    owned = infer_dct("A headline\nMar. 8 5:46 PM EST\nBody.\nCopyright 2013 The Example Post.")
    assert owned is not None and owned.value == "2013-03-08"
    body = infer_dct("A headline\nJul. 7 5:59 PM EDT\nHe last fought in 2008 and won.")
    assert body is not None and (body.value, body.known) == ("2008", "year")


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    guess = infer_dct("A headline\nThe man was arrested on 08.07.2012 in the city centre.\nBody.")
    assert guess is None or guess.source == "bounds"


def test_an_ambiguous_numeric_date_line_follows_the_address_month_a_written_one_does_not() -> None:
    numeric = infer_dct("http://x.com/blog/2010/09/a-story\nA headline\n11/09/2010\nBody.")
    assert numeric is not None and numeric.value == "2010-09-11"
    written = infer_dct("http://x.com/blog/2013/12/a-story\nA headline\n3 March 2013\nBody.")
    assert written is not None and written.value == "2013-03-03"
    plain = infer_dct("A headline\n11/09/2010\nBody.")
    assert plain is not None and plain.value == "2010-11-09"


def test_a_line_with_the_published_and_updated_dates_gives_the_published_one() -> None:
    line = "PUBLISHED: 02:31 GMT, 9 June 2013 | UPDATED: 22:19 GMT, 10 June 2013"
    guess = infer_dct(f"A headline\n{line}\nBody.")
    assert guess is not None and (guess.value, guess.source) == ("2013-06-09", "dateline")
    zoned = infer_dct("A headline\nPOSTED: 1052 GMT (1852 HKT), April 10, 2007\nBody.")
    assert zoned is not None and zoned.value == "2007-04-10"


def test_an_articles_address_dates_it_in_the_time_stage() -> None:
    article = Article.new("Army chief in Washington\nThe talks ended on Thursday.",
                          url="https://news.example.com/world/2023/12/15/army-chief-talks/")
    anchor = article_anchor(article)
    assert (anchor.label, anchor.ref.date, anchor.ref.known) == ("inferred-dct", dt.date(2023, 12, 15), "day")
    assert article.published == "2023-12-15" and article.published_inferred is True
    month = Article.new("A headline\nThe talks ended last week.", url="https://x.com/blog/2023/12/talks.html")
    assert article_anchor(month).ref.known == "month" and month.published is None


@pytest.mark.parametrize("line", ["Talks resumed in Geneva, 13 May 2024, after a pause",
                                  "Ministers Met And Signed A Long Pact Here, 13 May 2024",
                                  "The sides met in Lakeland, on 13 May 2024."])
def test_a_sentence_with_a_date_is_no_named_date_line(line: str) -> None:
    guess = infer_dct("A headline\n" + line + "\nNothing else is dated.")
    assert guess is None or guess.source != "dateline"


@pytest.mark.parametrize("text", [
    "Remembering Velmora, 11 July 1995\nSurvivors laid wreaths on Friday at the memorial.",  # the headline
    "Storm Hits Coast, 12 March 2024\nRoofs were torn off on Tuesday along the shore.",
    "Parliament opens\nFirst Session Of Parliament, 6 May 1990\nDeputies met on Monday in the old hall.",
])
def test_a_headline_or_heading_with_an_event_date_is_no_named_date_line(text: str) -> None:
    guess = infer_dct(text)
    assert guess is None or guess.source not in ("dateline", "foot")


@pytest.mark.parametrize(("text", "value", "source"), [
    ("Talks stall\nUpdated 8 May 2025\nThe envoys left without a deal.\nGeneva Summit, 2 May 2025\n"
     "The summit opened with high hopes among the delegates of both sides.", "2025-05-08", "dateline"),
    ("Floods inquiry\nUpdated 8 May 2025\nThe inquiry into the floods heard from residents of the valley "
     "this week.\nKey dates\n12 March 2024", "2025-05-08", "dateline"),
    ("Talks stall\nUpdated 8 May 2025\nThe envoys left.\nPublished 6 May 2025\nBody.", "2025-05-06",
     "dateline"),  # a later line labelled published is still the first publication
])
def test_below_the_first_date_line_only_a_publication_date_counts(text: str, value: str, source: str) -> None:
    guess = infer_dct(text)
    assert guess is not None and (guess.value, guess.source) == (value, source)


@pytest.mark.parametrize("text", [
    "Assembly protest\nMarch 12, 2019 (File photo) - Protesters gather outside the assembly.\nTalks resumed.",
    "Assembly protest\nMarch 12, 2019 (Video) - Marchers fill the square.\nTalks resumed.",
    "Assembly protest\nMarch 12 (Lakeland Wire) - Marchers fill the square.\nTalks resumed in 2019.",
])
def test_a_caption_or_a_yearless_line_without_a_place_is_no_wire_dateline(text: str) -> None:
    guess = infer_dct(text)
    assert guess is None or guess.source != "wire"
