"""Participants as cross-article merging weighs them: nationalities against named places, legal acts'
senders (made-up names and passages; real countries and cities)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Entity, Event, Participant
from newsgraph.resolve.event_parties import (
    Parties,
    Party,
    attribute_ids,
    event_sites,
    identifying,
    local_parties,
    places_apart,
    read_parties,
    sender_countries,
    senders_differ,
)
from newsgraph.resolve.events import EventCandidate, EventReport, merge_event

ISR = frozenset({"E1"})


WORDS = {"Rafah": "jets struck house rafah", "Jenin": "jets struck house jenin",
         "Kharkiv": "missiles struck kharkiv", "Lviv": "missiles struck lviv",
         "Nablus": "troops raided nablus", "Balata": "troops raided balata refugee camp",
         "Dhaka": "bomb exploded dhaka", "Gulshan": "bomb exploded gulshan district dhaka"}


def _pair(mine: str, theirs: str, attributes: frozenset[str] = ISR) -> tuple[EventReport, EventCandidate]:
    """Two reports of violence on one day sharing participant E1, each in its own town."""
    report = EventReport("ASSAULT", None, "2024-03-14", ISR, f"P{mine}", words=frozenset(WORDS[mine].split()),
                         place_name=mine, attributes=attributes, sites=frozenset({mine}))
    cand = EventCandidate("V1", "ASSAULT", None, "2024-03-14", ISR, f"P{theirs}",
                          words=frozenset(WORDS[theirs].split()), place_name=theirs, attributes=attributes,
                          sites=frozenset({theirs}))
    return report, cand


@pytest.mark.parametrize(("mine", "theirs", "apart"), [
    ("Rafah", "Jenin", True), ("Kharkiv", "Lviv", True),
    ("Rafah", "Rafah", False),  # one place
    ("Nablus", "Balata", False),  # a camp may be in or beside the town ("camp" in the wording)
    ("Dhaka", "Gulshan", False),  # the district's report names the city
])
def test_violence_sharing_only_a_nationality_is_apart_in_two_named_places(
        mine: str, theirs: str, apart: bool) -> None:
    report, cand = _pair(mine, theirs)
    assert (merge_event(report, [cand]).event_id is None) is apart


def test_a_shared_named_actor_outweighs_two_place_names() -> None:
    report, cand = _pair("Rafah", "Jenin", attributes=frozenset())
    assert merge_event(report, [cand]).event_id == "V1"


def test_a_nationality_still_counts_as_shared_without_two_places() -> None:
    report = EventReport("ASSAULT", None, "2024-03-14", ISR, attributes=ISR, words=frozenset({"pirates"}))
    cand = EventCandidate("V1", "ASSAULT", None, "2024-03-14", ISR, attributes=ISR)
    assert merge_event(report, [cand]).event_id == "V1"


SOMALI, NAVY = frozenset({"E2"}), frozenset({"E3"})


@pytest.mark.parametrize(("label", "mine", "theirs", "shared", "place", "merged"), [
    # a dated capture and an undated one that share only "Somali": many captures of any day share it
    ("nationality only, report undated", None, "2024-03-14", SOMALI, None, False),
    ("nationality only, event undated", "2024-03-14", None, SOMALI, None, False),
    # what identifies the act without a date still does: a named party
    ("a named party too", None, "2024-03-14", SOMALI | NAVY, None, True),
    # both dated: a nationality still counts as shared (the day identifies the act)
    ("both dated", "2024-03-14", "2024-03-14", SOMALI, None, True),
])
def test_a_nationality_does_not_stand_in_for_a_date(
    label: str, mine: str | None, theirs: str | None, shared: frozenset[str], place: str | None, merged: bool
) -> None:
    report = EventReport("COERCE", "arrest", mine, shared, place, attributes=SOMALI)
    cand = EventCandidate("V1", "COERCE", "arrest", theirs, shared, place, attributes=SOMALI)
    assert (merge_event(report, [cand]).event_id == "V1") is merged, label


@pytest.mark.parametrize(("mine", "theirs", "merged"), [
    ({"USA"}, {"GBR"}, False),  # two states sanctioning one target on one day
    ({"USA"}, {"USA"}, True),  # "the United States" and "Washington"
    ({"USA"}, set(), True),  # one report names no state as the sender
    ({"USA", "GBR"}, {"GBR"}, True),  # a joint act and one of its senders
])
def test_a_legal_act_is_its_senders(mine: set[str], theirs: set[str], merged: bool) -> None:
    iran = frozenset({"E9"})
    report = EventReport("SANCTION", None, "2024-03-14", iran, senders=frozenset(mine))
    cand = EventCandidate("V1", "SANCTION", None, "2024-03-14", iran, senders=frozenset(theirs))
    assert (merge_event(report, [cand]).event_id == "V1") is merged


def test_senders_do_not_part_violence() -> None:
    report = EventReport("ASSAULT", None, "2024-03-14", ISR, senders=frozenset({"USA"}))
    cand = EventCandidate("V1", "ASSAULT", None, "2024-03-14", ISR, senders=frozenset({"GBR"}))
    assert merge_event(report, [cand]).event_id == "V1"


def _article() -> tuple[Article, Event]:
    art = Article.new("Israeli troops and British police raided Nablus in Palestine.")
    art.entities = [Entity("e1", "Israeli", "NORP", country="ISR"),
                    Entity("e2", "British", "NORP", country="GBR"), Entity("e3", "Nablus", "GPE"),
                    Entity("e4", "Palestine", "GPE", country="PSE"),
                    Entity("e5", "Kemal Aras", "PERSON", country="TUR")]
    parts = [Participant("e1", "actor"), Participant("e2", "actor"), Participant("e3", "recipient"),
             Participant("e4", "recipient"), Participant("e5", "actor")]
    return art, Event("v1", "COERCE", 39, 45, participants=parts)


def test_what_an_article_says_of_its_parties() -> None:
    art, event = _article()
    assert attribute_ids(art) == {"e1", "e2"}
    assert sender_countries(event, art) == {"ISR", "GBR"}  # not a person's country
    assert event_sites(event, art) == {"Nablus"}  # not a country
    assert identifying(frozenset({"E1", "E2"}), {"E1"}) == {"E2"}
    assert senders_differ(frozenset({"ISR"}), frozenset({"GBR"}))
    assert not places_apart((frozenset(), frozenset()), (frozenset({"Jenin"}), frozenset({"jenin"})))


def test_one_reading_of_parties_serves_an_article_and_the_store() -> None:
    art, event = _article()
    local = read_parties(local_parties(event, {e.id: e for e in art.entities}))
    assert local == Parties(frozenset({"e1", "e2"}), frozenset({"ISR", "GBR"}), frozenset({"Nablus"}))
    # rows as the store reads them for a stored event: global ids, its place's name ("Israel": a country)
    stored = [Party("E1", "actor", "NORP", "Israeli", "ISR"), Party("E3", "recipient", "FAC", "Balata Camp"),
              Party("E4", "recipient", "GPE", "Palestine", "PSE"), Party("E5", "recipient", "NORP", "Kurds")]
    assert read_parties(stored, "Nablus") == Parties(frozenset({"E1", "E5"}), frozenset({"ISR"}),
                                                     frozenset({"Balata Camp", "Nablus"}))
    assert read_parties(stored, "Israel").sites == {"Balata Camp"}
