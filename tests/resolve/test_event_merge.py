"""Merging event reports across articles (first, rule-based version): decisions and their reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.resolve.events import (
    EventCandidate,
    EventIndex,
    EventReport,
    date_bounds,
    days_apart,
    merge_event,
    narrower_date,
    report_for,
)

AB = frozenset({"E1", "E2"})


@pytest.mark.parametrize(("value", "bounds"), [
    ("2023-12-14", ("2023-12-14", "2023-12-14")), ("2023-12-14T10:00", ("2023-12-14", "2023-12-14")),
    ("2023-12", ("2023-12-01", "2023-12-31")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-W50", ("2023-12-11", "2023-12-17")), ("2023-Q4", ("2023-10-01", "2023-12-31")),
    ("2023-Q1", ("2023-01-01", "2023-03-31")), ("2023", ("2023-01-01", "2023-12-31")),
])
def test_date_bounds(value: str, bounds: tuple[str, str]) -> None:
    got = date_bounds(value)
    assert got is not None and (got[0].isoformat(), got[1].isoformat()) == bounds


@pytest.mark.parametrize("value", [None, "", "XXXX-XX-XX", "PRESENT_REF", "2023-13", "P3D"])
def test_unknown_dates(value: str | None) -> None:
    assert date_bounds(value) is None


def test_days_apart_and_narrower() -> None:
    assert days_apart("2023-12-10", "2023-12-14") == 4
    assert days_apart("2023-12-14", None) is None
    assert narrower_date("2023", "2023-12") == "2023-12"
    assert narrower_date("2023-12-14", "2023-12") == "2023-12-14"
    bounds = date_bounds("2023")
    assert bounds is not None and isinstance(bounds[0], dt.date)


@pytest.mark.parametrize(("report", "cand", "merged", "why"), [
    (EventReport("CONSULT", "meeting", "2023-12-14", AB),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", AB),
     "V1", "same CONSULT, shared participants E1, E2, same date 2023-12-14"),
    (EventReport("CONSULT", None, "2023-12-14", AB),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-13", AB),
     "V1", "same CONSULT, shared participants E1, E2, dates 2023-12-14 ~ 2023-12-13"),
    (EventReport("CONSULT", "meeting", "2023-12-14", AB),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-10", AB),
     None, "new CONSULT event; not V1 (dates 4 days apart)"),
    (EventReport("ASSAULT", None, "2023-12-14", AB), EventCandidate("V1", "CONSULT", None, "2023-12-14", AB),
     None, "new ASSAULT event; not V1 (type CONSULT != ASSAULT)"),
    (EventReport("CONSULT", "meeting", "2023-12-14", frozenset({"E1", "E3"})),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", AB),
     None, "new CONSULT event; not V1 (fewer than 2 shared participants)"),
    (EventReport("CONSULT", "meeting", None, AB),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", AB),
     None, "new CONSULT event; not V1 (date unknown)"),
    (EventReport("CONSULT", "meeting", "2023-12-14", frozenset()),
     EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", AB),
     None, "new CONSULT event; not V1 (no participants to compare)"),
])
def test_merge_decisions(report: EventReport, cand: EventCandidate, merged: str | None, why: str) -> None:
    decision = merge_event(report, [cand])
    assert decision.event_id == merged
    assert decision.reason == why, "the reason a user reads must say why"


def test_one_participant_side_needs_only_that_one() -> None:
    report = EventReport("ASSAULT", None, "2023-12-14", frozenset({"E9"}))
    cand = EventCandidate("V1", "ASSAULT", None, "2023-12-14", frozenset({"E9", "E8"}))
    assert merge_event(report, [cand]).event_id == "V1"


def test_the_best_candidate_wins() -> None:
    report = EventReport("CONSULT", "meeting", "2023-12-14", AB)
    near = EventCandidate("V1", "CONSULT", "meeting", "2023-12-13", AB, reports=5)
    exact = EventCandidate("V2", "CONSULT", "meeting", "2023-12-14", AB, reports=1)
    assert merge_event(report, [near, exact]).event_id == "V2"


def test_a_merge_on_wording_says_so() -> None:
    words = frozenset({"bomb", "exploded", "bank", "woodburn"})
    report = EventReport("ASSAULT", None, "2008-12-12", words=words)
    cand = EventCandidate("V1", "ASSAULT", None, "2008-12-12", frozenset({"E4"}), words=words | {"friday"})
    decision = merge_event(report, [cand])
    assert decision.event_id == "V1" and "similar wording" in decision.reason


def test_charges_against_one_person_need_only_the_accused() -> None:
    report = EventReport("ACCUSE", "allege", "2023-12-14", frozenset({"E1", "E7"}))
    cand = EventCandidate("V1", "ACCUSE", "allege", "2023-12-14", frozenset({"E1", "E8"}))
    assert merge_event(report, [cand]).event_id == "V1"  # the prosecutor is named by one outlet only
    undated = EventReport("SANCTION", "convict", None, frozenset({"E1"}))
    assert merge_event(undated, [EventCandidate("V2", "SANCTION", "convict", "2023-12-14",
                                                frozenset({"E1"}))]).event_id == "V2"
    other = EventReport("SANCTION", "convict", None, frozenset({"E2"}))
    assert merge_event(other, [EventCandidate("V2", "SANCTION", "convict", "2023-12-14",
                                              frozenset({"E1"}))]).event_id is None


def test_a_recipient_named_only_as_the_place_counts_as_the_place() -> None:
    from newsgraph.model import Event, Participant

    parts = [Participant("e1", "actor", 0, 7), Participant("e2", "recipient")]
    ev = Event("v1", "COERCE", 0, 9, participants=parts, place="e2")
    report = report_for(ev, {"e1": "E1", "e2": "E2"})
    assert report.participants == frozenset({"E1"}) and report.place == "E2"
    ev.participants[1] = Participant("e2", "recipient", 20, 26)  # also named as the recipient ("attacked X")
    assert report_for(ev, {"e1": "E1", "e2": "E2"}).participants == frozenset({"E1", "E2"})


def test_undated_reports_with_different_tolls_are_not_merged() -> None:
    from newsgraph.resolve.events import tolls_differ

    assert tolls_differ(frozenset({("arrested", 9)}), frozenset({("arrested", 12)}))
    assert not tolls_differ(frozenset({("arrested", 9)}), frozenset({("killed", 12)}))
    assert not tolls_differ(frozenset(), frozenset({("arrested", 12)}))


def test_wording_does_not_stand_in_for_named_participants_that_differ() -> None:
    # two outlets' arrests in two different murder cases, neither dated: similar words, other suspects
    words = frozenset({"arrested", "murder", "double", "charges", "year-old"})
    report = EventReport("COERCE", "arrest", None, frozenset({"E1"}), words=words)
    other_case = EventCandidate("V1", "COERCE", "arrest", None, frozenset({"E2", "E3"}),
                                words=words | {"shop"})
    decision = merge_event(report, [other_case])
    assert decision.event_id is None and "fewer than 1 shared participants" in decision.reason
    # the same wording still joins a report that names nobody, and a shared toll still joins named ones
    anonymous = EventReport("COERCE", "arrest", None, words=words)
    assert merge_event(anonymous, [other_case]).event_id == "V1"
    toll = frozenset({("arrested", 2)})
    counted = EventReport("COERCE", "arrest", None, frozenset({"E1"}), counts=toll)
    assert merge_event(counted, [EventCandidate("V1", "COERCE", "arrest", None, frozenset({"E2"}),
                                                counts=toll)]).event_id == "V1"


RIOT_WORDS = frozenset({"rioters", "hurled", "petrol", "bombs", "banks"})


@pytest.mark.parametrize(("label", "theirs", "toll", "words", "merged"), [
    # an undated report of rioting in a capital and a dated event there: the city alone does not tie
    # them (it sees such acts over the years)
    ("the place alone", "2024-03-14", frozenset(), frozenset(), False),
    ("the place and the toll", "2024-03-14", frozenset({("killed", 3)}), frozenset(), True),
    ("the place and the wording", "2024-03-14", frozenset(), RIOT_WORDS, True),
    # neither dated: the place still identifies it
    ("the place, neither dated", None, frozenset(), frozenset(), True),
])
def test_a_place_alone_does_not_stand_in_for_a_date(
    label: str, theirs: str | None, toll: frozenset[tuple[str, int]], words: frozenset[str], merged: bool
) -> None:
    report = EventReport("ASSAULT", "primitive", None, frozenset({"E1"}), "P1", counts=toll, words=words)
    cand = EventCandidate("V1", "ASSAULT", "primitive", theirs, frozenset({"E2"}), "P1", counts=toll,
                          words=words)
    assert (merge_event(report, [cand]).event_id == "V1") is merged, label


def test_a_report_joins_the_event_that_has_most_of_its_participants_and_its_place() -> None:
    # pirates and a ship named by two events: a thin one (another act against the ship) and the
    # well-reported attack with the navy, the ship and the gulf -- the report has all of its own there
    report = EventReport("ASSAULT", None, None, frozenset({"E1", "E2", "E3"}), place="P1")
    thin = EventCandidate("V1", "ASSAULT", "aerial", None, frozenset({"E1", "E2"}))
    rich = EventCandidate("V2", "ASSAULT", "firearms", None, frozenset({"E1", "E2", "E3", "E4", "E5", "E6"}),
                          "P1", reports=3)
    assert merge_event(report, [thin, rich]).event_id == "V2"
    assert merge_event(report, [rich, thin]).event_id == "V2"


def test_a_dated_report_finds_an_event_only_a_later_publication_date_dates() -> None:
    # the undated report (published 2023-12-16) came first: the dated one must still find it, either order
    undated = EventReport("CONSULT", None, "2023-12-16", AB, date_fallback=True, outlet="A")
    dated = EventReport("CONSULT", None, "2023-12-14", AB, outlet="B")
    for first, second in ((undated, dated), (dated, undated)):
        index = EventIndex()
        assert index.add(first) == index.add(second)
    late = EventReport("CONSULT", None, "2023-12-28", AB, date_fallback=True)
    index = EventIndex()
    assert index.add(late) != index.add(dated), "a week before the publication date, no more"


@pytest.mark.parametrize(("places", "words", "merged"), [
    (("Peshawar", "Karachi"), frozenset({"bomb", "market"}), False),
    (("Gulshan", "Dhaka"), frozenset({"bomb", "gulshan", "district", "dhaka"}), True),
    (("Dhaka", "Gulshan"), frozenset({"bomb", "gulshan", "district", "dhaka"}), True),
])
def test_violence_in_two_places_is_two_events(places: tuple[str, str], words: frozenset[str],
                                              merged: bool) -> None:
    toll = frozenset({("killed", 7)})
    cand = EventCandidate("V1", "ASSAULT", "explosives", "2024-03-14", place="P1", place_name=places[0],
                          counts=toll, words=words if places[0] == "Gulshan" else frozenset({"bomb"}))
    report = EventReport("ASSAULT", "explosives", "2024-03-14", place="P2", place_name=places[1], counts=toll,
                         words=words if places[1] == "Gulshan" else frozenset({"bomb"}))
    decision = merge_event(report, [cand])
    assert (decision.event_id == "V1") is merged, decision.reason


def test_a_phone_call_is_not_a_meeting_held_in_a_place() -> None:
    call = EventReport("CONSULT", "phone", "2024-03-14", AB)
    met = EventCandidate("V1", "CONSULT", None, "2024-03-14", AB, place="P1")
    assert "phone call" in merge_event(call, [met]).reason
    talks = EventCandidate("V2", "CONSULT", None, "2024-03-14", AB)
    assert merge_event(call, [talks]).event_id == "V2", "'held talks' with no place may have been a call"


def test_violence_against_two_named_targets_is_two_events() -> None:
    # one city, one day, one mode: a lawyer and a judge shot are two shootings; a surname is the same target
    lawyer = EventReport("ASSAULT", "firearms", "2024-03-14", frozenset({"E1"}), place="P1",
                         targets=frozenset({"haddad"}))
    judge = EventCandidate("V1", "ASSAULT", "firearms", "2024-03-14", frozenset({"E2"}), "P1",
                           targets=frozenset({"fares"}))
    assert "named targets" in merge_event(lawyer, [judge]).reason
    surname = EventCandidate("V2", "ASSAULT", "firearms", "2024-03-14", frozenset({"E3"}), "P1",
                             targets=frozenset({"haddad"}))
    assert merge_event(lawyer, [surname]).event_id == "V2"
    unnamed = EventCandidate("V3", "ASSAULT", "firearms", "2024-03-14", frozenset({"E4"}), "P1")
    assert merge_event(lawyer, [unnamed]).event_id == "V3", "'a lawyer' may be Haddad"
