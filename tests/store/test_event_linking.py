"""The store's cross-article event merging: reports built like the in-memory index's, the same blocking,
corroboration by outlets, every mention of an event kept."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, EventDate
from newsgraph.query.events import list_events
from newsgraph.store import Store
from tests.store.factory import MUNIR, WASHINGTON, Ent, Ev, blinken_meeting, build

GUNMEN = Ent("gunmen", "PERSON", [])
GUARDS = Ent("two guards", "PERSON", [])
PESHAWAR = Ent("Peshawar", "GPE")


def _attack(text: str, who: Ent, source: str) -> Article:
    return build(text, ents=[who, PESHAWAR], timexes=[("Friday", "2023-12-08")],
                 events=[Ev("attacked", type="ASSAULT", mode=None, participants=[(who.name, "actor")],
                            when="Friday", place="Peshawar")],
                 published="2023-12-09", source=source)


def test_event_mentions_round_trip() -> None:
    art = blinken_meeting()
    met, meeting = art.text.index("met"), art.text.index("meeting")
    art.events[0].mentions = [[met, met + 3], [meeting, meeting + 7]]
    with Store.open(":memory:") as store:
        store.write_article(art)
        back = store.article(art.id)
        assert back is not None and back.events[0].mentions == [[met, met + 3], [meeting, meeting + 7]]
        assert back == art


def test_two_outlets_corroborate_and_a_second_report_from_one_outlet_does_not() -> None:
    with Store.open(":memory:") as store:
        store.write_article(blinken_meeting("Outlet A"))
        store.write_article(blinken_meeting("Outlet A", extra="Officials gave no details."))
        store.write_article(blinken_meeting("Outlet B", extra="No statement followed."))
        [ev] = list_events(store, entity="Munir")
        assert (ev.num_reports, ev.num_outlets, ev.outlets) == (3, 2, ["Outlet A", "Outlet B"])
        assert ev.to_dict()["num_outlets"] == 2


def test_violent_events_without_shared_participants_are_found_by_type_and_day() -> None:
    a = _attack("Gunmen attacked a police post in Peshawar on Friday, killing three.", GUNMEN, "Outlet A")
    b = _attack("Two guards were attacked at a police post near Peshawar on Friday.", GUARDS, "Outlet B")
    b.events[0].place = None  # no shared participant, no shared place: only the type, day and wording
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        rows = store.fetch("SELECT id, reports, merge_reason FROM events")
        assert [r["reports"] for r in rows] == [2], rows
        assert "same ASSAULT" in rows[0]["merge_reason"]


def test_an_event_without_participants_is_found_by_its_place() -> None:
    first = build("Protesters rallied in Washington on Thursday.",
                  ents=[Ent("Protesters", "PERSON"), WASHINGTON],
                  timexes=[("Thursday", "2023-12-14")],
                  events=[Ev("rallied", type="PROTEST", mode=None, participants=[("Protesters", "actor")],
                             when="Thursday", place="Washington")], published="2023-12-15", source="A")
    second = build("A rally was held in Washington on Thursday.", ents=[WASHINGTON],
                   timexes=[("Thursday", "2023-12-14")],
                   events=[Ev("rally", type="PROTEST", mode=None, when="Thursday", place="Washington")],
                   published="2023-12-15", source="B")
    with Store.open(":memory:") as store:
        store.write_article(first)
        store.write_article(second)
        assert [r["reports"] for r in store.fetch("SELECT reports FROM events")] == [2]


@pytest.mark.parametrize("undated_first", [False, True])
def test_a_publication_date_does_not_replace_the_date_the_text_gives(undated_first: bool) -> None:
    dated = blinken_meeting("Outlet A")
    undated = build("Gen Asim Munir met Antony Blinken in Washington.",
                    ents=[MUNIR, Ent("Antony Blinken", "PERSON", ["Blinken"]), WASHINGTON],
                    events=[Ev("met", participants=[("Asim Munir", "actor"), ("Antony Blinken", "recipient")],
                               place="Washington")], published="2023-12-15", source="Outlet B")
    undated.events[0].date = EventDate("2023-12-15", fallback=True)
    with Store.open(":memory:") as store:
        for art in ([undated, dated] if undated_first else [dated, undated]):
            store.write_article(art)
        rows = store.fetch("SELECT date_value, reports FROM events")
        assert [(r["date_value"], r["reports"]) for r in rows] == [("2023-12-14", 2)]


@pytest.mark.parametrize("cand_date", [None, "2023-12-08", "XXXX-XX-XXT19:00"])
@pytest.mark.parametrize("report_date", [None, "XXXX-05-29"])
def test_undated_reports_merge_only_on_a_shared_participant(report_date: str | None,
                                                            cand_date: str | None) -> None:
    """What lets the store fetch only events sharing a participant for an undated report."""
    from newsgraph.resolve.events import EventCandidate, EventReport, merge_event, search_days

    same = {"counts": frozenset({("killed", 3)}), "words": frozenset({"bomb", "bank", "woodburn"})}
    report = EventReport("ASSAULT", "bombing", report_date, frozenset({"E1"}), "P1", **same)
    cand = EventCandidate("V1", "ASSAULT", "bombing", cand_date, frozenset({"E2"}), "P1", **same)
    assert search_days(report) is None and merge_event(report, [cand]).event_id is None
