"""Event dating (``extract/event_dates.py``): the timex a trigger or its clause governs in the parse, the
EventDate made from it, and granularity."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_dates import _object_taken, date_of, dated_by, find_timex, values_disagree
from newsgraph.extract.event_rules import drafts_of
from newsgraph.extract.time import granularity
from newsgraph.model import Article, Event, Timex
from newsgraph.nlp.pipeline import doc_for
from newsgraph.process import process_articles
from tests.extract.event_probes import indexed


def dated(nlp: Language, text: str, published: str = "2023-12-15") -> dict[str, str | None]:
    """Word → value of the timex dating it, for every verb and noun of the text."""
    index = indexed(nlp, text, published)
    out: dict[str, str | None] = {}
    for tok in index.doc:
        if tok.pos_ in ("VERB", "NOUN"):
            timex = find_timex([tok], index)
            out[tok.text] = date_of(timex).value if timex else None
    return out


def test_prepositional_and_bare_attachment(nlp: Language) -> None:
    got = dated(nlp, "Munir met Blinken in Washington on Thursday. Austin visited Paris Wednesday.")
    assert got["met"] == "2023-12-14"
    assert got["visited"] == "2023-12-13"


def test_nominal_trigger_and_clause_boundaries(nlp: Language) -> None:
    got = dated(nlp, "The meeting on Thursday was tense. Officials said that the army attacked a camp.")
    assert got["meeting"] == "2023-12-14"
    assert got["attacked"] is None


def test_subordinate_clause_dates_do_not_leak_to_the_main_verb(nlp: Language) -> None:
    got = dated(nlp, "The talks resumed after the group ended its ceasefire in November last year.")
    assert got["ended"] == "2022-11"
    assert got["resumed"] is None


def test_a_fronted_timex_dates_the_sentence_and_its_complements(nlp: Language) -> None:
    got = dated(nlp, "On Monday the ministers agreed to cooperate on security.")
    assert got["agreed"] == "2023-12-11"
    assert got["cooperate"] == "2023-12-11"


def test_sets_and_plain_durations_are_not_event_dates(nlp: Language) -> None:
    got = dated(nlp, "Officials met every week for three days.")
    assert got["met"] is None


def test_a_range_dates_the_event_by_its_first_day(nlp: Language) -> None:
    got = dated(nlp, "Delegates met in Dubai from December 4 to 6.")
    assert got["met"] == "2023-12-04"


def test_event_date_keeps_granularity_and_ranges() -> None:
    month = Timex("t1", 0, 10, "Last month", "DATE", "2023-11")
    assert date_of(month).value == "2023-11" and granularity(date_of(month).value) == "month"
    span = Timex("t2", 0, 14, "December 14-16", "DURATION", "P3D", begin="2023-12-14", end_value="2023-12-16")
    date = date_of(span)
    assert (date.value, date.begin, date.end, date.timex, date.fallback) == (
        "2023-12-14", "2023-12-14", "2023-12-16", "t2", False)


def test_without_a_timex_the_publication_date_stands_in(nlp: Language) -> None:
    article = Article.new("Munir met Blinken.", published="2023-12-15")
    index = ArticleIndex.build(nlp(doc_for(nlp, article)), article)
    fallback = dated_by(None, index)
    assert fallback is not None and (fallback.value, fallback.fallback) == ("2023-12-15", True)
    undated = Article.new("Munir met Blinken.")
    assert dated_by(None, ArticleIndex.build(nlp(doc_for(nlp, undated)), undated)) is None


@pytest.mark.parametrize(("value", "gran"), [
    ("2023-12-14", "day"), ("2023-W50", "week"), ("2023-W50-WE", "weekend"), ("2023-09", "month"),
    ("2023-Q3", "quarter"), ("2023-H1", "half"), ("2023-SU", "season"), ("2022", "year"), ("199", "decade"),
    ("20", "century"), ("2023-12-14T15:00", "time"), ("P3D", "duration"), ("PRESENT_REF", "reference"),
    ("XXXX-XX-XX", "day"), ("whenever", "unknown"),
])
def test_granularity(value: str, gran: str) -> None:
    assert granularity(value) == gran


def _events(nlp: Language, text: str, published: str | None = "2023-12-15") -> list[Event]:
    return next(process_articles([Article.new(text, published=published)], nlp)).events


@pytest.mark.parametrize(("a", "b", "disagree"), [
    ("2008-XX-XXTNI", "2005", True), ("2005-03-XX", "2005-02", True), ("2005-03-XX", "2005", False),
    ("XXXX-XX-XXT10:24", "2005-02-01", False), ("2005-06", "2005-06-24", False),
    ("2005-06-20", "2005-06-24", True),
])
def test_stated_dates_disagree_by_their_known_parts(a: str, b: str, disagree: bool) -> None:
    assert values_disagree(a, b) is disagree


def test_a_day_off_the_calendar_keeps_its_known_month_apart(nlp: Language) -> None:
    # undated article: "Saturday" is a Saturday of March 2005, not the February 2005 sentence
    evs = _events(nlp, "Tom Smith was sentenced on Saturday to life in prison for the March 2005 shootings. "
                       "Smith was sentenced to two years in February 2005 for an assault.", published=None)
    sentences = [e for e in evs if e.type == "SANCTION"]
    assert len(sentences) == 2
    assert {e.date.value if e.date else None for e in sentences} == {None, "2005-02"}


def test_an_act_told_in_a_dated_occasion_takes_its_date(nlp: Language) -> None:
    got = dated(nlp, "Tom Smith killed four people in the March 2005 rampage. Police arrested Jim Brown "
                     "during Monday's riots. Smith was convicted in a 2006 case.")
    assert got["killed"] == "2005-03"
    assert got["arrested"] == "2023-12-11"
    assert got["convicted"] is None


def test_an_undated_report_is_no_episode_dated_by_a_bare_year(nlp: Language) -> None:
    # an article whose day is unknown: the accusation told without a date is the news, not the 2004 charge
    evs = _events(nlp, "Gary Gomes has been accused of stabbing two women. In 2004, Gomes was charged with "
                       "stealing a guitar.", published=None)
    accusations = [e for e in evs if e.type == "ACCUSE"]
    assert len(accusations) == 2
    assert sorted(e.date.value if e.date else "" for e in accusations) == ["", "2004"]


def test_a_time_adverbial_hung_on_the_subject_dates_the_verb(nlp: Language) -> None:
    got = dated(nlp, "A jury on Tuesday convicted Tom Smith of murder. The gunman on Monday shot Bob Lee.")
    assert got["convicted"] == "2023-12-12"
    assert got["shot"] == "2023-12-11"


def test_a_dated_report_joins_the_event_the_text_dates_alike(nlp: Language) -> None:
    from newsgraph.extract.event_merge import merge_article
    from newsgraph.model import EventDate

    text = "Tom Smith shot Jim Brown. Smith attacked Ann Fox. Smith committed the shooting."
    index, made = drafts_of(nlp, text, published="2007-04-02")
    drafts = [d for d in made if d.type == "ASSAULT"]
    assert [d.token.text for d in drafts] == ["shot", "attacked", "shooting"]
    drafts[0].date = EventDate("2005")
    drafts[1].date = EventDate("2007-04-02", fallback=True)
    drafts[2].date = EventDate("2005-06-24")
    # the shooting shares Smith with both; the nearer attack on Ann Fox is undated, the shot of Brown dated
    merged = merge_article(drafts, index.article)
    shot = next(d for d in merged if any(t.text == "shot" for t in d.triggers))
    assert any(t.text == "shooting" for t in shot.triggers) and shot.date is not None
    assert shot.date.value == "2005-06-24"


def test_a_riot_is_the_demonstration_the_article_dates(nlp: Language) -> None:
    evs = _events(nlp, "Greek students riot in Athens\nThousands of Greek students marched in Athens on "
                       "Monday against the budget cuts.")
    protests = [e for e in evs if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].date is not None
    assert protests[0].date.value == "2023-12-11" and len(protests[0].mentions) == 2


def test_of_two_dates_on_one_verb_the_one_after_an_act_noun_is_its(nlp: Language) -> None:
    got = dated(nlp, "Fresh riots were reported in Greece on Saturday in protest at the killing by police "
                     "of a boy, Alexandros Grigoropoulos, eight days ago.")
    assert got["reported"] == "2023-12-09"
    assert got["killing"] == "2023-12-07"


def test_a_when_clause_shares_the_time_of_its_main_clause(nlp: Language) -> None:
    got = dated(nlp, "Two guards were wounded when inmates hurled stones at a patrol in Lyon on Tuesday.")
    assert got["wounded"] == "2023-12-12"
    got = dated(nlp, "The mob burned a police station on Monday, as rioters smashed shop windows.")
    assert got["smashed"] == "2023-12-11"


def test_an_after_clause_keeps_its_own_time(nlp: Language) -> None:
    got = dated(nlp, "Two guards were wounded after inmates hurled stones at a patrol on Tuesday.")
    assert got["wounded"] is None


def test_a_date_after_the_act_of_a_present_passive_is_the_acts(nlp: Language) -> None:
    got = dated(nlp, "Fox is charged with murder for the deaths of two clerks in March 2021.")
    assert got["charged"] is None
    got = dated(nlp, "Fox was charged with murder for the deaths of two clerks in March 2021.")
    assert got["charged"] == "2021-03"


def test_a_coordinated_verb_with_its_own_auxiliary_keeps_its_date(nlp: Language) -> None:
    got = dated(nlp, "The gunman shot a guard and was arrested on Monday.")
    assert got["arrested"] == "2023-12-11" and got["shot"] is None
    got = dated(nlp, "Video of Denver grocer Tom Reed shot and killed in a gang robbery was revealed "
                     "Thursday, according to police.")
    assert got["revealed"] == "2023-12-14" and got["shot"] is None and got["killed"] is None
    got = dated(nlp, "A sniper shot two guards and wounded a nurse on Monday.")
    assert got["shot"] == "2023-12-11"


def test_a_fronted_date_does_not_reach_into_a_clause_modifying_a_noun(nlp: Language) -> None:
    got = dated(nlp, "Yesterday, the nurse told jurors about the moment she was stabbed in the robbery.")
    assert got["told"] == "2023-12-14" and got["stabbed"] is None and got["robbery"] is None
    got = dated(nlp, "On Monday, police arrested two men who robbed a bank.")
    assert got["arrested"] == "2023-12-11" and got["robbed"] is None
    assert dated(nlp, "On Friday, a bomb killed five soldiers in Kabul.")["killed"] == "2023-12-15"


def test_a_relative_clause_saying_an_act_happened_dates_it(nlp: Language) -> None:
    got = dated(nlp, "Police arrested three teens on Tuesday for the shooting that took place last Friday "
                     "outside a school.")
    assert got["shooting"] == "2023-12-08" and got["arrested"] == "2023-12-12"
    assert dated(nlp, "The riots, which broke out on Monday, spread to Lyon.")["riots"] == "2023-12-11"
    assert dated(nlp, "The shooting that shocked the city on Monday was condemned.")["shooting"] is None


def test_the_date_rules_read_the_codebook_they_are_given(nlp: Language) -> None:
    """A codebook without "take place" among its happening verbs: the clause no longer dates its noun."""
    from dataclasses import replace

    from newsgraph.extract.event_codebook import codebook

    book = codebook()
    modality = {**book.modality, "happening_verbs": book.lex("happening_verbs") - {"take place"}}
    article = Article.new("Police arrested three teens for the shooting that took place last Friday.",
                          published="2023-12-15")
    doc = nlp(doc_for(nlp, article))
    shooting = next(t for t in doc if t.text == "shooting")
    assert find_timex([shooting], ArticleIndex.build(doc, doc._.ng)) is not None
    assert find_timex([shooting], ArticleIndex.build(doc, doc._.ng, replace(book, modality=modality))) is None


def test_a_year_before_plural_acts_dates_them_not_the_arrest_in_their_case(nlp: Language) -> None:
    out = dated(nlp, "Detectives arrested a retired barber in the 1971 killings of two hikers near a lake.")
    assert out["killings"] == "1971"
    assert out["arrested"] is None
    assert dated(nlp, "Troops detained dozens during Tuesday's riots.")["detained"] == "2023-12-12"


def test_a_date_after_the_act_of_an_accused_participle_is_the_acts(nlp: Language) -> None:
    got = dated(nlp, "The court heard the case of two brothers accused in stabbing a guard in 2019.")
    assert got["accused"] is None
    got = dated(nlp, "Police on Monday arrested two brothers accused of robbing a bank.")
    assert got["arrested"] == "2023-12-11"


def test_a_fronted_date_stops_at_a_clause_of_its_own_and_a_past_perfect(nlp: Language) -> None:
    got = dated(nlp, "Monday the town was quiet, but on Tuesday tests showed the guard had been poisoned.")
    assert got["poisoned"] is None
    got = dated(nlp, "On Monday, tests showed that the guard had been poisoned.")
    assert got["poisoned"] is None
    assert dated(nlp, "On Monday, police arrested two men and charged them.")["charged"] == "2023-12-11"


def test_when_clause_subject_dates_the_main_clause(nlp: Language) -> None:
    got = dated(nlp, "When Monday's violence had ended, a clerk was shot dead and two guards were hurt. "
                     "After Sunday's meeting had ended, the mayor resigned.")
    assert got["shot"] == "2023-12-11"
    assert got["resigned"] is None


@pytest.mark.parametrize(("words", "heads", "deps", "taken"), [
    (["They", "met", "the", "following", "day"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "det", "amod", "dobj"],
     False),
    (["They", "charged", "him", "the", "following", "day"], [1, 1, 1, 5, 5, 1],
     ["nsubj", "ROOT", "dobj", "det", "amod", "npadvmod"], True),
])
def test_an_object_slot_is_taken_by_another_noun_not_the_time_noun_itself(
        words: list[str], heads: list[int], deps: list[str], taken: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert _object_taken(doc[1], doc[len(words) - 1]) is taken
