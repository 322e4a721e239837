"""Dates of background acts in undated reports (extract/time.py ``_lead_deixis``, extract/events.py
``_anaphor_dates``)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _sanction_date(nlp: Language, text: str) -> tuple[str | None, bool]:
    art = next(process_articles([Article.new(text)], nlp))
    ev = next(e for e in art.events if e.type == "SANCTION")
    return (ev.date.value if ev.date else None), bool(ev.date and ev.date.fallback)


def test_a_weekday_lead_makes_the_full_date_background(nlp: Language) -> None:
    text = ("Harbour robber Tom Vale was sentenced Friday to life in prison for the raids he led on "
            "May 4, 2006, that shocked the town.")
    value, fallback = _sanction_date(nlp, text)
    assert value is None or fallback or not value.startswith("2006-04")


def test_an_incident_the_sentence_is_for_does_not_date_it(nlp: Language) -> None:
    text = ("A judge in Dover sentenced Tom Vale Friday to multiple life prison sentences for his deadly "
            "2006 raid at the harbour.\n"
            "Judge Ann Cole sentenced Vale to seven life sentences and two sentences of life without parole "
            "for the May 4, 2006, incident that left two guards dead, the Dover Post reported.")
    value, fallback = _sanction_date(nlp, text)
    assert value is None or fallback
