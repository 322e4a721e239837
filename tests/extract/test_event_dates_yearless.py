"""A month and day of an unknown year (``XXXX-12-06``) in an article without a publication date
(extract/event_dates.py ``yearless_day``, ``stays_with_mention``; extract/event_merge.py merging)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.event_dates import yearless_day
from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str | None = None) -> list[Event]:
    return next(process_articles([Article.new(text, published=published)], nlp)).events


def test_yearless_day_values() -> None:
    assert yearless_day("XXXX-03-14")
    assert yearless_day("XXXX-03-14T21:00")
    assert not yearless_day("XXXX-XX-XX")
    assert not yearless_day("2009-03-14")


def test_a_day_without_a_year_dates_the_event_of_an_undated_article(nlp: Language) -> None:
    evs = _events(nlp, "The March 14 stabbing of a shopkeeper by a gang shocked the town of Dunmore. "
                       "Police arrested Tom Vale on Friday.")
    stabbing = next(e for e in evs if e.type == "ASSAULT")
    assert stabbing.date is not None and stabbing.date.value == "XXXX-03-14"
    assert not stabbing.date.fallback


def test_with_a_publication_date_the_year_is_known(nlp: Language) -> None:
    evs = _events(nlp, "The March 14 stabbing of a shopkeeper by a gang shocked the town of Dunmore.",
                  published="2021-03-20")
    stabbing = next(e for e in evs if e.type == "ASSAULT")
    assert stabbing.date is not None and stabbing.date.value == "2021-03-14"


def test_an_indefinite_report_keeps_its_yearless_day(nlp: Language) -> None:
    # "two hijack attempts" on another day do not date the attempt the article is about
    evs = _events(nlp, "Marine commandos on the frigate Halcyon thwarted a hijack attempt on a Kenyan cargo "
                       "ship and captured 12 pirates. On November 11, the frigate Vega had repulsed two "
                       "hijack attempts, one on a Greek tanker.")
    attempt = next(e for e in evs if e.type == "ASSAULT")
    assert attempt.date is None or attempt.date.value != "XXXX-11-11"


def test_a_date_a_part_of_the_day_is_of_dates_the_act(nlp: Language) -> None:
    evs = _events(nlp, "Tom Vale was shot on the night of May 29 while he was playing outside his home.")
    assert [e.date.value if e.date else None for e in evs if e.type == "ASSAULT"] == ["XXXX-05-29"]
    evs = _events(nlp, "Tom Vale was stabbed in the early hours of March 3, 2009 in Dunmore.", "2010-01-05")
    assert [e.date.value[:10] if e.date else None for e in evs if e.type == "ASSAULT"] == ["2009-03-03"]


def test_a_yearless_day_of_a_later_mention_dates_the_harm_to_the_same_person(nlp: Language) -> None:
    text = ("Last May, a stray bullet killed 10-year-old Ann Vale as she played on the steps of her home. "
            "The 10-year-old was shot on the night of May 29 while she was playing outside her home.")
    killing = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert killing.date is not None and killing.date.value == "XXXX-05-29"


def test_a_year_of_a_background_paragraph_gives_no_year_to_a_day(nlp: Language) -> None:
    text = ("Students rose in revolt across the city.\nThe unrest went on for a week.\n"
            "Shops were closed and roads were blocked.\n"
            "In November 1973, students barricaded themselves inside the school.\n"
            "Across the city, students are angry at the Dec. 6 killing of Tom Vale.")
    killing = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert killing.date is not None and killing.date.value == "XXXX-12-06"
