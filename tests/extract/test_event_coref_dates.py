"""Dates carried through event coreference (``extract/event_coref_dates.py``): a headline's act takes the
date of the lead's mention of it, a definite noun the date of the earlier mention of the act it names."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.event_coref_dates import act_key, carried_date
from newsgraph.extract.event_dates import date_of, find_timex
from newsgraph.model import Article
from newsgraph.process import process_articles
from tests.extract.event_probes import indexed


def dated(nlp: Language, text: str, published: str = "2023-12-15") -> dict[str, str | None]:
    """Word (with its position when repeated) -> the date its sentence or another mention gives it, for
    every verb and noun."""
    index = indexed(nlp, text, published)
    out: dict[str, str | None] = {}
    for tok in index.doc:
        if tok.pos_ in ("VERB", "NOUN"):
            timex = find_timex([tok], index)
            carried = carried_date(tok, index)
            key = tok.text if tok.text not in out else f"{tok.text}@{tok.i}"
            out[key] = date_of(timex).value if timex else carried.value if carried else None
    return out


def test_a_headline_act_takes_the_date_of_the_lead(nlp: Language) -> None:
    got = dated(nlp, "Northwind unveils new cargo plane\nDecember 15, 2023\n"
                     "Northwind on Tuesday unveiled its new cargo plane at a ceremony in Dover.\n"
                     "The plane carries forty tonnes.")
    assert got["unveils"] == "2023-12-12"


def test_a_headline_act_does_not_take_the_date_of_one_more_act_of_its_kind(nlp: Language) -> None:
    got = dated(nlp, "Raiders Tom Hale arrested for drunk driving\n"
                     "Raiders linebacker Tom Hale is doing his part to uphold the tradition.\n"
                     "Football is a team game, and fellow Raider Rick Boyd was arrested last month "
                     "as well.\n")
    assert got["arrested"] is None
    assert [v for k, v in got.items() if k.startswith("arrested@")] == ["2023-11"]


def test_a_headline_act_the_lead_does_not_date_stays_undated(nlp: Language) -> None:
    got = dated(nlp, "Northwind unveils new cargo plane\nDecember 15, 2023\n"
                     "Northwind unveiled its new cargo plane at a ceremony in Dover.\n"
                     "The company had built a prototype on Tuesday.")
    assert got["unveils"] is None


def test_a_definite_noun_takes_the_date_of_the_earlier_mention(nlp: Language) -> None:
    got = dated(nlp, "The jet made its first flight over Dover on Tuesday. "
                     "Engineers said the flight went well and that pilots liked the cockpit.")
    flights = [v for k, v in got.items() if k.startswith("flight")]
    assert flights == ["2023-12-12", "2023-12-12"]


def test_an_indefinite_noun_is_another_act(nlp: Language) -> None:
    got = dated(nlp, "The jet made its first flight over Dover on Tuesday. "
                     "Engineers said a flight to Oslo is planned.")
    flights = [v for k, v in got.items() if k.startswith("flight")]
    assert flights == ["2023-12-12", None]


def test_a_definite_noun_dates_its_undated_event(nlp: Language) -> None:
    text = ("Gunmen attacked a police post in Marlow on Tuesday, officials said. "
            "Residents said the attack lasted an hour.")
    evs = next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.date is not None and attack.date.value == "2023-12-12"


def test_act_key_joins_nouns_and_verbs() -> None:
    assert act_key("announcement") == act_key("announce")
    assert act_key("shooting") == act_key("shoot")


def test_a_headline_occasion_takes_the_date_of_the_lead(nlp: Language) -> None:
    got = dated(nlp, "Petrol bomb hits shop during Marlow riots\nDecember 15, 2023\n"
                     "A petrol bomb attack on a shop in Marlow injured two people on Wednesday as police "
                     "clashed with youths.\nThe unrest went on all night.")
    assert got["riots"] == "2023-12-13"


def test_a_headline_object_is_no_occasion(nlp: Language) -> None:
    got = dated(nlp, "Mayor condemns Marlow riots\nDecember 15, 2023\n"
                     "A petrol bomb attack on a shop in Marlow injured two people on Wednesday.")
    assert got["riots"] is None


def test_an_event_told_by_a_re_mention_takes_its_date_as_carried(nlp: Language) -> None:
    text = ("Soldiers raided a farmhouse near Kestrel Bay on Sunday. "
            "Two men were detained during the raid, a spokesman said.")
    evs = next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events
    stated, carried = (next(e.date for e in evs if e.trigger == w) for w in ("raided", "detained"))
    assert stated is not None and (stated.value, stated.carried) == ("2023-12-10", False)
    assert carried is not None and carried.carried and not carried.fallback
    assert carried.value == "2023-12-10"


def test_a_re_mention_of_an_undated_act_keeps_the_publication_date(nlp: Language) -> None:
    text = ("Soldiers raided a farmhouse near Kestrel Bay. "
            "Two men were detained during the raid, a spokesman said.")
    evs = next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events
    detained = next(e.date for e in evs if e.trigger == "detained")
    assert detained is not None and detained.fallback and not detained.carried


def test_an_act_during_a_re_mentioned_occasion_takes_its_date(nlp: Language) -> None:
    text = ("Farmers protested outside parliament in Vessa on Thursday. "
            "Officers detained a man during the protest.")
    evs = next(process_articles([Article.new(text, published="2023-12-15")], nlp)).events
    detained = next(e.date for e in evs if e.trigger == "detained")
    assert detained is not None and (detained.value, detained.carried) == ("2023-12-14", True)


def test_an_act_during_an_indefinite_occasion_is_not_dated_by_it(nlp: Language) -> None:
    got = dated(nlp, "Farmers protested outside parliament in Vessa on Thursday. "
                     "Officers often detain people during a protest.")
    assert got["detain"] is None
