"""Event dating: timexes that bound or compare an act rather than date it (deadlines, open "from"), and
clauses with a time of their own ("when" clauses of a timex, "later" clauses)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_event_dates import dated


def test_a_fronted_deadline_does_not_date_the_sentence(nlp: Language) -> None:
    got = dated(nlp, "By the end of next year, the two factories will be closed.")
    assert got["closed"] is None
    assert dated(nlp, "In March, the two factories were closed.")["closed"] == "2023-03"


def test_from_without_an_end_is_a_starting_point_not_a_date(nlp: Language) -> None:
    assert dated(nlp, "Profits were an improvement from 2021.")["improvement"] is None
    assert dated(nlp, "Police patrolled the streets from Monday to Wednesday.")["patrolled"] == "2023-12-11"


def test_a_when_clause_of_a_timex_is_dated_by_it(nlp: Language) -> None:
    got = dated(nlp, "The protests began in 2005, when two boys died in a power station.")
    assert got["died"] == "2005" and got["began"] == "2005"


def test_a_later_clause_keeps_its_own_time(nlp: Language) -> None:
    got = dated(nlp, "The man was arrested on Monday and later released.")
    assert got["arrested"] == "2023-12-11" and got["released"] is None
    got = dated(nlp, "In 2019, the firm bought a stake in the mine, and has since raised it.")
    assert got["bought"] == "2019" and got["raised"] is None


def test_a_timex_acted_on_is_not_the_date(nlp: Language) -> None:
    assert dated(nlp, "Sunday was chosen as the launch day.")["chosen"] is None
    assert dated(nlp, "The first half of the year witnessed fewer attacks.")["witnessed"] == "2023-H1"


def test_a_future_below_a_dated_main_clause_keeps_its_own_time(nlp: Language) -> None:
    text = "At the end of last year, the firm had 5,000 workers, meaning that the cuts will hit a tenth."
    got = dated(nlp, text)
    assert got["had"] == "2022" and got["hit"] is None


def test_a_coordinated_verb_of_another_tense_keeps_its_own_time(nlp: Language) -> None:
    got = dated(nlp, "The group owns the mine and bought the smelter in March 2019.")
    assert got["bought"] == "2019-03" and got["owns"] is None


def test_a_passive_clause_saying_an_act_was_done_dates_it(nlp: Language) -> None:
    got = dated(nlp, "The firm says the rival breaks an agreement reached between the two firms in 1991.")
    assert got["agreement"] == "1991"
    assert dated(nlp, "The talks, which were held on Monday, failed.")["talks"] == "2023-12-11"


def test_an_in_adverbial_before_the_verb_dates_it(nlp: Language) -> None:
    assert dated(nlp, "The online shop in February overtook its rival.")["overtook"] == "2023-02"
