"""Merging reports whose date is carried from another mention of the act (``date_carried``): weaker evidence
than a date the report's own sentence states, so merging does not depend on which report comes first."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from newsgraph.model import Event, EventDate
from newsgraph.resolve.events import EventCandidate, EventIndex, EventReport, merge_event, report_for

RAID = EventReport("COERCE", "raid", "2023-12-10", frozenset({"E1"}), outlet="Gazette")


def test_a_carried_same_day_alone_does_not_join_violence_without_shared_participants() -> None:
    cand = EventCandidate("V1", "COERCE", "raid", "2023-12-10", frozenset({"E9"}))
    assert merge_event(RAID, [cand]).event_id == "V1"  # the day its sentence states, with the same mode
    assert merge_event(replace(RAID, date_carried=True), [cand]).event_id is None
    assert merge_event(RAID, [replace(cand, date_carried=True)]).event_id is None


def test_a_carried_date_joins_with_a_shared_participant() -> None:
    cand = EventCandidate("V1", "COERCE", "raid", "2023-12-10", frozenset({"E1", "E4"}))
    merged = merge_event(replace(RAID, date_carried=True), [cand])
    assert merged.event_id == "V1" and "(carried)" in merged.reason


def test_a_stated_date_replaces_a_carried_one_on_the_event() -> None:
    index = EventIndex()
    first = index.add(replace(RAID, date="2023-12-09", date_carried=True))
    second = index.add(replace(RAID, date="2023-12-10", outlet="Courier"))
    assert first == second and index.events[first].date == "2023-12-10"
    third = index.add(replace(RAID, date="2023-12-11", outlet="Herald"))  # a day after the stated date
    assert third == first and index.events[first].date == "2023-12-10"


def test_the_same_clusters_in_every_order() -> None:
    """A report with a wrong carried date and no shared participant stays apart in every order."""
    reports = [replace(RAID, participants=frozenset({"E1", "E2"})),
               replace(RAID, participants=frozenset({"E2"}), outlet="Courier"),
               replace(RAID, participants=frozenset({"E7"}), outlet="Herald", date_carried=True)]
    groupings = set()
    for order in permutations(range(3)):
        index = EventIndex()
        ids = {i: index.add(reports[i]) for i in order}
        groupings.add((ids[0] == ids[1], ids[0] == ids[2], ids[1] == ids[2]))
    assert groupings == {(True, False, False)}


def test_report_for_keeps_a_carried_date() -> None:
    v = Event("v1", "COERCE", 0, 9, date=EventDate("2023-12-10", "on Sunday", carried=True))
    assert report_for(v, {}).date_carried
    assert not report_for(replace(v, date=EventDate("2023-12-10")), {}).date_carried
