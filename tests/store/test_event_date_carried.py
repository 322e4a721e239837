"""The store keeps whether a report's date is carried from another mention of the act (schema version 11),
and merges such reports as the in-memory index does: a carried date is weaker evidence."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.model import Article
from newsgraph.query.stories import explain_event
from newsgraph.store import Store
from tests.store.factory import Ent, Ev, build

RAIDERS = Ent("soldiers", "PERSON", [])
FARMERS = Ent("two farmers", "PERSON", [])
ALDMOOR = Ent("Aldmoor", "GPE")


def _raid(text: str, who: Ent, source: str, day: tuple[str, str], carried: bool = False) -> Article:
    art = build(text, ents=[who, ALDMOOR], timexes=[day],
                events=[Ev("raided", type="COERCE", mode="raid", participants=[(who.name, "actor")],
                           when=day[0], place="Aldmoor")],
                published="2023-12-12", source=source)
    date = art.events[0].date
    assert date is not None
    art.events[0].date = replace(date, carried=carried)
    return art


def test_a_carried_date_round_trips_and_is_explained() -> None:
    art = _raid("Soldiers raided a farm in Aldmoor on Sunday.", RAIDERS, "Outlet A", ("Sunday", "2023-12-10"),
                carried=True)
    with Store.open(":memory:") as store:
        store.write_article(art)
        back = store.article(art.id)
        assert back is not None and back == art and back.events[0].date is not None
        assert back.events[0].date.carried
        [gid] = [r["id"] for r in store.fetch("SELECT id FROM events")]
        assert "date carried from another mention" in explain_event(store, gid)


def test_a_carried_same_day_alone_does_not_join_in_the_store() -> None:
    a = _raid("Soldiers raided a farm in Aldmoor on Sunday.", RAIDERS, "Outlet A", ("Sunday", "2023-12-10"))
    b = _raid("Two farmers were raided on Sunday.", FARMERS, "Outlet B", ("Sunday", "2023-12-10"),
              carried=True)
    b.events[0].place = None  # no shared participant, no shared place: only the type, the day and the mode
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        assert [r["reports"] for r in store.fetch("SELECT reports FROM events")] == [1, 1]


def test_a_stated_date_replaces_a_carried_one_in_the_store() -> None:
    a = _raid("Soldiers raided a farm in Aldmoor on Saturday.", RAIDERS, "Outlet A",
              ("Saturday", "2023-12-09"), carried=True)
    b = _raid("Soldiers raided a farm in Aldmoor on Sunday.", RAIDERS, "Outlet B", ("Sunday", "2023-12-10"))
    with Store.open(":memory:") as store:
        store.write_article(a)
        store.write_article(b)
        rows = store.fetch("SELECT reports, date_value FROM events")
        assert [(r["reports"], r["date_value"]) for r in rows] == [(2, "2023-12-10")]
