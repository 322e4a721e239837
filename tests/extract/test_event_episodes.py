"""Episode dates (``extract/event_episodes.py``): an undated event takes the date the article gives its
episode's noun elsewhere ("the 4 a.m. fire", "Monday's shooting")."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.event_episodes import episode_key
from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str | None = "2023-12-15") -> list[Event]:
    return next(process_articles([Article.new(text, published=published)], nlp)).events


def _date(ev: Event) -> str | None:
    return None if ev.date is None or ev.date.fallback else ev.date.value


def test_a_noun_and_its_verb_share_a_key() -> None:
    assert [episode_key(w) for w in ("shooting", "shoot", "killing", "murder", "string")] == [
        "shoot", "shoot", "kill", "murder", "string"]


def test_the_occasion_noun_dated_elsewhere_dates_the_act(nlp: Language) -> None:
    evs = _events(nlp, "Arson is suspected in a fire that destroyed the old Riverside mill.\n"
                       "Chief Ann Doyle said the 4 a.m. fire spread quickly through the empty building.")
    arson = [e for e in evs if e.type == "ASSAULT"]
    assert arson and _date(arson[0]) == "2023-12-15T04:00"


def test_a_dated_noun_of_the_same_act_dates_the_verb(nlp: Language) -> None:
    evs = _events(nlp, "A gunman shot three clerks at a Denver bank, police said.\n"
                       "Witnesses of Monday's shooting described a tall man in a red coat.")
    shots = [e for e in evs if e.type == "ASSAULT"]
    assert shots and _date(shots[0]) == "2023-12-11"


def test_two_dates_for_one_word_date_nothing(nlp: Language) -> None:
    evs = _events(nlp, "Arson is suspected in a fire that destroyed the old Riverside mill.\n"
                       "Chief Ann Doyle said the 4 a.m. fire recalled the 2019 fire at the Lakeside mill.")
    arson = [e for e in evs if e.type == "ASSAULT"]
    assert arson and _date(arson[0]) is None


def test_a_stop_dates_the_arrest_it_led_to(nlp: Language) -> None:
    evs = _events(nlp, "Linebacker Tom Farrow was arrested on suspicion of drunken driving, police said.\n"
                       "Farrow was pulled over for speeding early Monday on a highway near Fresno, "
                       "the state police said.")
    arrests = [e for e in evs if e.type == "COERCE"]
    assert arrests and _date(arrests[0]) == "2023-12-11"
    assert not [e for e in evs if e.type == "COERCE" and e is not arrests[0]]
