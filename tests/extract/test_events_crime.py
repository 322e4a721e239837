"""Crime in the news by the event guidelines (made-up sentences): a break-in by force is an ASSAULT on the
place, told by the raid's words (heist, robbery, a criminal raid) and by a vehicle driven into a shop; a
theft is no event, so criminals who "nab" loot make no arrest; police raids stay searches."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> list[Event]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return art.events


def _types(nlp: Language, text: str) -> dict[str, str]:
    """Trigger -> type of the factual events of a text."""
    return {e.trigger: e.type for e in _events(nlp, text) if e.modality in FACTUAL}


def test_heist_and_robbery_name_a_forced_raid(nlp: Language) -> None:
    assert _types(nlp, "A gang pulled off a jewellery heist in Lyon on Tuesday.") == {"heist": "ASSAULT"}
    assert _types(nlp, "The robbery at a Lyon bank on Tuesday lasted four minutes.") == {"robbery": "ASSAULT"}


def test_a_series_of_robberies_in_the_background_is_no_event(nlp: Language) -> None:
    assert "robberies" not in _types(nlp, "Lyon has seen a spate of robberies of jewellers this year.")


def test_a_vehicle_driven_into_a_shop_is_an_assault(nlp: Language) -> None:
    for text in ("Three men rammed a van into a Lyon bakery shop on Tuesday.",
                 "Three men smashed their truck into a Lyon bank on Tuesday.",
                 "Three men ploughed their car into a jeweller's store in Lyon on Tuesday."):
        assert "ASSAULT" in _types(nlp, text).values(), text


def test_raid_by_criminals_is_an_assault_by_police_a_search(nlp: Language) -> None:
    assert _types(nlp, "Robbers raided a Lyon jewellery store on Tuesday.") == {"raided": "ASSAULT"}
    assert _types(nlp, "Police raided a house in Lyon on Tuesday.") == {"raided": "COERCE"}
    assert _types(nlp, "Thieves fled after a smash-and-grab raid on a Lyon store on Tuesday.").get("raid") \
        == "ASSAULT"


def test_criminals_hitting_a_store_assault_it(nlp: Language) -> None:
    assert _types(nlp, "Ram-raiders hit a Lyon jewellery store on Tuesday.") == {"hit": "ASSAULT"}


def test_thieves_who_nab_loot_make_no_arrest(nlp: Language) -> None:
    assert "COERCE" not in _types(nlp, "Lyon thieves nab $3 million worth of watches on Tuesday.").values()
    assert _types(nlp, "Police in Lyon nabbed two thieves on Tuesday.") == {"nabbed": "COERCE"}


def test_a_trial_is_no_event_the_charge_named_with_it_is(nlp: Language) -> None:
    types = _types(nlp, "Jurors saw the video at the trial of two men charged with murdering Ann Smith.")
    assert types.get("charged") == "ACCUSE" and "trial" not in types
    assert not _types(nlp, "The trial of Tom Ash began in Leeds on Tuesday.")


def test_a_verdict_for_someone_names_the_convicted_not_the_victim(nlp: Language) -> None:
    art = next(process_articles([Article.new(
        "A Leeds jury returned a guilty verdict for Tom Ash for the murder of Ann Smith on Tuesday.",
        published="2010-05-05")], nlp))
    ev = next(e for e in art.events if e.type == "SANCTION")
    names = {ent.name for p in ev.participants if p.role == "recipient" and (ent := art.entity(p.entity))}
    assert names == {"Tom Ash"}


def test_a_past_clause_of_time_is_not_hedged_by_the_clause_it_dates(nlp: Language) -> None:
    evs = _events(nlp, "It was probably chance when the Leeds Baptist Church was burned.")
    assert [(e.type, e.modality) for e in evs if e.trigger == "burned"] == [("ASSAULT", "asserted")]
    # a hedge of the clause itself still counts
    evs = _events(nlp, "The Leeds Baptist Church was probably burned on purpose on Tuesday.")
    assert all(e.modality == "speculative" for e in evs if e.trigger == "burned")


def _recipients(nlp: Language, text: str, trigger: str) -> list[str]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    ev = next(e for e in art.events if e.trigger == trigger)
    return [art.text[p.start:p.end] for p in ev.participants if p.role == "recipient" and p.start is not None]


def test_the_charge_an_arrest_is_on_is_against_the_one_arrested(nlp: Language) -> None:
    assert _recipients(nlp, "Police said Tom Allen was held on a murder charge on Monday.", "charge") \
        == ["Tom Allen"]
    text = "Lineman Carl Ross arrested on DUI charge\nRoss, 25, was pulled over on a highway near Leeds."
    assert "Carl Ross" in _recipients(nlp, text, "charge")


def test_a_split_smash_and_grab_heading_a_clause_is_a_raid(nlp: Language) -> None:
    events = _events(nlp, "A smash-and-grab on a Lyon bakery saw three robbers flee with cash on Tuesday.")
    assert [e.type for e in events if e.modality in FACTUAL] == ["ASSAULT"]


def test_a_jury_that_returned_a_verdict_delivers_it_and_the_act_is_the_convicted(nlp: Language) -> None:
    art = next(process_articles([Article.new(
        "A Leeds jury returned a guilty verdict for Tom Ash for the murder of Ann Smith on Tuesday.",
        published="2010-05-05")], nlp))
    def names(ev: Event, role: str) -> set[str]:
        return {ent.name for p in ev.participants if p.role == role and (ent := art.entity(p.entity))}
    verdict = next(e for e in art.events if e.type == "SANCTION")
    murder = next(e for e in art.events if e.type == "ASSAULT")
    assert (names(verdict, "actor"), names(verdict, "recipient")) == ({"Leeds"}, {"Tom Ash"})
    assert (names(murder, "actor"), names(murder, "recipient")) == ({"Tom Ash"}, {"Ann Smith"})


def test_rescuing_a_ship_is_aid_to_it(nlp: Language) -> None:
    art = next(process_articles([Article.new(
        "A Danish frigate rescued the cargo ship MV Nordlys after pirates attacked it on Monday.",
        published="2024-01-02")], nlp))
    aid = [e for e in art.events if e.type == "AID"]
    assert aid and any(art.entity(p.entity).name == "MV Nordlys" for p in aid[0].participants
                       if p.role == "recipient" and art.entity(p.entity) is not None)
