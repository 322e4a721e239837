"""The incident's day in an article without a publication date (extract/event_incident_day.py): an act of
harm told without a day takes the one month and day the article writes."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.event_incident_day import holds
from newsgraph.model import Article, Event
from newsgraph.process import process_articles

_TRIAL = ("Jurors heard testimony Tuesday in the trial of Tom Vale, the man accused of stabbing the "
          "shopkeeper Ann Dorr in April. Prosecutors said Vale walked into her store on April 14 "
          "carrying a knife.")


def _assault(nlp: Language, text: str, published: str | None = None) -> Event:
    events = next(process_articles([Article.new(text, published=published)], nlp)).events
    return next(e for e in events if e.type == "ASSAULT")


def test_holds() -> None:
    assert holds("XXXX-04", "XXXX-04-14")
    assert holds("XXXX", "XXXX-04-14")
    assert not holds("XXXX-05", "XXXX-04-14")


def test_the_one_written_day_dates_the_act_of_harm(nlp: Language) -> None:
    stabbing = _assault(nlp, _TRIAL)
    assert stabbing.date is not None and stabbing.date.value == "XXXX-04-14"


def test_two_written_days_date_nothing(nlp: Language) -> None:
    stabbing = _assault(nlp, _TRIAL + " Vale was arrested on May 2 at his home.")
    assert stabbing.date is None or stabbing.date.value != "XXXX-04-14"
    stabbing = _assault(nlp, _TRIAL + " Police found the knife in a drain on April 20.")
    assert stabbing.date is None or stabbing.date.value != "XXXX-04-14"


def test_an_act_with_a_day_of_its_own_keeps_it(nlp: Language) -> None:
    events = next(process_articles([Article.new(
        "A police post in Dunmore was firebombed on Saturday night. Students have marched since Tom Vale was "
        "shot dead by an officer on 6 March.")], nlp)).events
    firebombing = next(e for e in events if e.type == "ASSAULT" and e.trigger == "firebombed")
    assert firebombing.date is None


def test_a_day_of_another_act_noun_is_not_the_incident_day(nlp: Language) -> None:
    attack = _assault(nlp, "Pirates attacked a cargo ship near Aden, firing rifles at its crew. The navy has "
                           "faced questions since the March 4 sinking of a fishing boat.")
    assert attack.date is None


def test_a_holiday_is_no_day_of_the_story(nlp: Language) -> None:
    shooting = _assault(nlp, "A gunman opened fire at a Christmas dinner in a hotel, killing one man, "
                             "police said.")
    assert shooting.date is None


def test_with_a_publication_date_the_act_keeps_its_own_date(nlp: Language) -> None:
    stabbing = _assault(nlp, _TRIAL, published="2021-06-01")
    assert stabbing.date is not None and stabbing.date.value == "2021-04"
