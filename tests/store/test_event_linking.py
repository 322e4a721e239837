"""The store's cross-article event merging: reports built like the in-memory index's, the same blocking,
corroboration by outlets, every mention of an event kept."""

from __future__ import annotations

from pathlib import Path

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
    b.events[0].place = None  # no shared participant, no shared place: only the type, day and mode
    a.events[0].mode = b.events[0].mode = "firearms"  # (wording alone never joins two named sides)
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
def test_undated_violence_merges_on_the_place_unless_a_known_place_differs(report_date: str | None,
                                                                         cand_date: str | None) -> None:
    from dataclasses import replace

    from newsgraph.resolve.event_dates import known_date
    from newsgraph.resolve.events import EventCandidate, EventReport, merge_event, search_days

    toll = frozenset({("killed", 3)})
    report = EventReport("ASSAULT", "bombing", report_date, frozenset({"E1"}), "P1", counts=toll)
    here = EventCandidate("V1", "ASSAULT", "bombing", cand_date, frozenset({"E2"}), "P1", counts=toll)
    elsewhere = EventCandidate("V2", "ASSAULT", "bombing", cand_date, frozenset({"E2"}), "P2", counts=toll)
    assert search_days(report) is None
    # a yearless day is its month and day: May 29 is not December 8 in any year (resolve/event_dates.py)
    apart = report_date == "XXXX-05-29" and cand_date == "2023-12-08"
    assert merge_event(report, [here]).event_id == (None if apart else "V1")
    assert merge_event(report, [elsewhere]).event_id is None
    # without the toll or the wording, the place alone joins them only when neither side has a date
    bare, bare_here = replace(report, counts=frozenset()), replace(here, counts=frozenset())
    neither = not known_date(report_date) and not known_date(cand_date)
    assert merge_event(bare, [bare_here]).event_id == ("V1" if neither else None)


@pytest.mark.parametrize("cand_date", [None, "2023-12-08"])
def test_toll_and_wording_identify_an_event_only_when_neither_report_is_dated(cand_date: str | None) -> None:
    from newsgraph.resolve.events import EventCandidate, EventReport, merge_event

    same = {"counts": frozenset({("killed", 3)}), "words": frozenset({"bomb", "bank", "woodburn"})}
    report = EventReport("ASSAULT", "bombing", None, frozenset({"E1"}), **same)
    cand = EventCandidate("V1", "ASSAULT", "bombing", cand_date, frozenset({"E2"}), **same)
    assert merge_event(report, [cand]).event_id == ("V1" if cand_date is None else None)
    meeting = EventReport("CONSULT", "meeting", None, frozenset({"E1", "E2"}))
    earlier = EventCandidate("V3", "CONSULT", "meeting", cand_date, frozenset({"E1", "E2"}))
    # two meetings of the same people, one undated: not merged
    assert merge_event(meeting, [earlier]).event_id is None


def _bombing(text: str, who: Ent, source: str, when: tuple[str, str] | None) -> Article:
    return build(text, ents=[who, PESHAWAR], timexes=[when] if when else [],
                 events=[Ev("exploded", type="ASSAULT", mode="explosives",
                            participants=[(who.name, "target")], when=when[0] if when else None,
                            place="Peshawar")],
                 published=None, source=source)


def _reports_per_event(arts: list[Article]) -> tuple[list[int], list[int]]:
    """Reports per global event, sorted: as the store links them, and as the in-memory index does."""
    from newsgraph.resolve.events import merge_articles

    with Store.open(":memory:") as store:
        for art in arts:
            store.write_article(art)
        stored = sorted(int(r["reports"]) for r in store.fetch("SELECT reports FROM events"))
    index, _ = merge_articles(arts)
    return stored, sorted(ev.reports for ev in index.events.values())


@pytest.mark.parametrize("dated_first", [False, True])
def test_store_merges_undated_violence_like_the_index(dated_first: bool) -> None:
    dated = _bombing("A bomb exploded near a police station in Peshawar on Friday.", GUARDS, "Outlet A",
                     ("Friday", "2023-12-08"))
    undated = _bombing("A bomb exploded near a police station in Peshawar.", GUNMEN, "Outlet B", None)
    other = _bombing("A bomb exploded near a bank in Peshawar on Friday.", GUARDS, "Outlet C", None)
    other.events[0].place = None
    arts = [dated, undated, other] if dated_first else [undated, dated, other]
    stored, indexed = _reports_per_event(arts)
    assert stored == indexed
    # the undated report from the same place joined the dated one; the undated one with no place and no
    # named participant in common stays apart
    assert stored == [1, 2]


def _kept(store: Store) -> list[tuple[str, str, str]]:
    return [(r["words"], r["tolls"], r["outlets"])
            for r in store.fetch("SELECT words, tolls, outlets FROM events ORDER BY id")]


def test_an_event_keeps_the_union_of_its_reports_wording_tolls_and_outlets() -> None:
    a = _bombing("A bomb exploded near a police station in Peshawar on Friday.", GUARDS, "Outlet A",
                 ("Friday", "2023-12-08"))
    b = _bombing("A bomb exploded near a police station in Peshawar.", GUNMEN, "Outlet B", None)
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        [(words, tolls, outlets)] = _kept(store)
    assert set(words.split()) == {"bomb", "exploded", "friday", "near", "peshawar", "station"}
    assert outlets == '["Outlet A", "Outlet B"]' and tolls == "[]"


def test_events_stored_before_their_evidence_was_kept_link_the_same() -> None:
    # a store written before schema version 8 has no kept evidence: linking reads it from the reports, and
    # fills it in as reports merge in
    arts = [_bombing("A bomb exploded near a police station in Peshawar on Friday.", GUARDS, "Outlet A",
                     ("Friday", "2023-12-08")),
            _bombing("A bomb exploded near a police station in Peshawar.", GUNMEN, "Outlet B", None),
            _bombing("A bomb exploded near a bank in Peshawar on Friday.", GUARDS, "Outlet C", None)]
    results = []
    for legacy in (False, True):
        with Store.open(":memory:") as store:
            store.write_article(arts[0])
            if legacy:
                store.db.execute("UPDATE events SET words = NULL, tolls = NULL, outlets = NULL")
            for art in arts[1:]:
                store.write_article(art)
            results.append((sorted(int(r["reports"]) for r in store.fetch("SELECT reports FROM events")),
                            _kept(store)))
    assert results[0] == results[1]


def undated_bombings() -> list[Article]:
    """Three undated bombings with no participant or place in common: the second shares the first's toll,
    the third (with other participants) only some of its words."""
    arts = [_bombing("A bomb exploded near a police station in Peshawar.", GUARDS, "Outlet A", None),
            _bombing("A bomb exploded, killing three guards, gunmen said.", GUNMEN, "Outlet B", None),
            _bombing("A truck exploded at a bank, police said.", Ent("police", "ORG"), "Outlet C", None)]
    for art in arts[1:]:
        art.events[0].place = None
    arts[0].events[0].counts = arts[1].events[0].counts = {"killed": 3}
    return arts


def event_keys_rebuilt(url: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The ``event_keys`` the writes of :func:`undated_bombings` give, and those the schema 10 migration gives
    to the same events stored without them."""
    sql = "SELECT key, event_id FROM event_keys ORDER BY key, event_id"
    with Store.open(url) as store:
        for art in undated_bombings():
            store.write_article(art)
        written = [(r["key"], r["event_id"]) for r in store.fetch(sql)]
        with store.db.transaction():
            store.db.execute("DELETE FROM event_keys")
            store.db.execute("DELETE FROM schema_version WHERE version >= 10")  # back to schema version 9
            store.db.execute("ALTER TABLE event_reports DROP COLUMN date_carried")  # (added by version 11)
            for col in ("published_from", "published_from_value", "published_from_start",
                        "published_from_end"):
                store.db.execute(f"ALTER TABLE articles DROP COLUMN {col}")  # (added by version 12)
    with Store.open(url) as store:
        return written, [(r["key"], r["event_id"]) for r in store.fetch(sql)]


def test_the_event_keys_migration_indexes_what_the_writes_index(tmp_path: Path) -> None:
    written, migrated = event_keys_rebuilt(str(tmp_path / "ng.db"))
    assert migrated == written
    assert ("t:killed:3", written[0][1]) in written and ("w:bomb", written[0][1]) in written


def test_undated_violence_is_compared_only_with_undated_events_sharing_a_toll_or_wording() -> None:
    from newsgraph.resolve.events import EventReport
    from newsgraph.store.linking import _blocked

    first = undated_bombings()[0]
    with Store.open(":memory:") as store:
        store.write_article(first)
        [gid] = [r["id"] for r in store.fetch("SELECT id FROM events")]
        by_toll = EventReport("ASSAULT", counts=frozenset({("killed", 3)}))
        by_words = EventReport("ASSAULT", words=frozenset({"bomb", "exploded", "near", "bank"}))
        too_few = EventReport("ASSAULT", words=frozenset({"bomb", "exploded", "bank"}))
        other = EventReport("ASSAULT", counts=frozenset({("killed", 4)}), words=frozenset({"bomb", "town"}))
        assert [[r["id"] for r in _blocked(store.db, r)] for r in (by_toll, by_words, too_few, other)] == \
            [[gid], [gid], [], []]
        # events stored before they kept their wording are compared with every undated report
        store.db.execute("UPDATE events SET words = NULL")
        assert [r["id"] for r in _blocked(store.db, other)] == [gid]
        # an undated exchange (not violence or coercion) never merges: nothing is fetched
        assert _blocked(store.db, EventReport("CONSULT", participants=frozenset({"E1"}))) == []


def test_store_and_index_merge_undated_bombings_alike() -> None:
    assert _reports_per_event(undated_bombings()) == ([1, 2], [1, 2])  # the same toll: one event


@pytest.mark.parametrize("dated_first", [False, True])
def test_store_merges_undated_charges_like_the_index(dated_first: bool) -> None:
    ash = Ent("Tom Ash", "PERSON", ["Tom Ash"])
    bell = Ent("Sam Bell", "PERSON", ["Sam Bell"])

    def charge(text: str, who: Ent, source: str, when: tuple[str, str] | None) -> Article:
        return build(text, ents=[who], timexes=[when] if when else [],
                     events=[Ev("charged", type="ACCUSE", mode="allege",
                                participants=[(who.name, "recipient")], when=when[0] if when else None)],
                     published=None, source=source)

    dated = charge("Tom Ash was charged with murder on Friday.", ash, "Outlet A", ("Friday", "2023-12-08"))
    undated = charge("Tom Ash was charged with murder.", ash, "Outlet B", None)
    other = charge("Sam Bell was charged with murder.", bell, "Outlet C", None)
    arts = [dated, undated, other] if dated_first else [undated, dated, other]
    assert _reports_per_event(arts) == ([1, 2], [1, 2])
