"""The store's merging rules on SQLite and on PostgreSQL alike: reports dated without a year, violence
sharing only a nationality, legal acts of two senders (hand-built articles: made-up names; real countries
and towns)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.model import Article
from newsgraph.store import Store
from tests.store import pg
from tests.store.factory import Ent, Ev, build

SHOUKRY, RAHMAN, CAIRO = Ent("Sam Shukri", "PERSON"), Ent("Omar Rahman", "PERSON"), Ent("Cairo", "GPE")
ISRAELI, IRAN = Ent("Israeli", "NORP"), Ent("Iran", "GPE")
USA, UK = Ent("United States", "GPE"), Ent("Britain", "GPE")


@pytest.fixture(params=[":memory:", pytest.param("pg", marks=[pg.requires_pg, pytest.mark.postgres])])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "pg":
        for url in pg.fresh_schema():
            with Store.open(url) as s:
                yield s
    else:
        with Store.open(":memory:") as s:
            yield s


def _meeting(when: str, value: str, published: str | None, source: str) -> Article:
    text = f"Sam Shukri met Omar Rahman in Cairo on {when}."
    met = Ev("met", participants=[("Sam Shukri", "actor"), ("Omar Rahman", "recipient")], when=when,
             place="Cairo")
    return build(text, ents=[SHOUKRY, RAHMAN, CAIRO], timexes=[(when, value)], published=published,
                 source=source, events=[met])


def _events(store: Store, arts: list[Article]) -> list[str]:
    for art in arts:
        store.write_article(art)
    return [r["event_id"] for a in arts
            for r in store.fetch("SELECT event_id FROM event_reports WHERE article_id = ?", (a.id,))]


@pytest.mark.parametrize(("first", "second", "one"), [
    (("Thursday", "2024-03-14", "2024-03-15"), ("March 14", "XXXX-03-14", None), True),
    (("March 14", "XXXX-03-14", None), ("Thursday", "2024-03-14", "2024-03-15"), True),  # yearless first
    (("Thursday", "2024-03-14", "2024-03-15"), ("March 10", "XXXX-03-10", None), False),
    (("March 14", "XXXX-03-14", None), ("April 14", "XXXX-04-14", None), False),
])
def test_a_yearless_date_finds_the_same_month_and_day(
        store: Store, first: tuple[str, str, str | None], second: tuple[str, str, str | None],
        one: bool) -> None:
    got = _events(store, [_meeting(*first, source="A"), _meeting(*second, source="B")])
    assert (len(set(got)) == 1) is one, got


def _strike(town: str, source: str) -> Article:
    text = f"Israeli jets struck a house in {town} on Thursday, killing six people."
    art = build(text, ents=[ISRAELI, Ent(town, "GPE")], timexes=[("Thursday", "2024-03-14")],
                 published="2024-03-15", source=source,
                events=[Ev("struck", type="ASSAULT", mode="aerial", participants=[("Israeli", "actor")],
                           when="Thursday", place=town)])
    art.events[0].place_name = town  # as extraction names the place
    return art


@pytest.mark.parametrize(("towns", "events"), [(("Rafah", "Rafah"), 1), (("Rafah", "Jenin"), 2)])
def test_a_shared_nationality_does_not_join_two_towns(store: Store, towns: tuple[str, str],
                                                       events: int) -> None:
    got = _events(store, [_strike(towns[0], "A"), _strike(towns[1], "B")])
    assert len(set(got)) == events, got


def _sanctions(sender: Ent, source: str) -> Article:
    text = f"{sender.name} imposed sanctions on Iran on Thursday."
    art = build(text, ents=[sender, IRAN], timexes=[("Thursday", "2024-03-14")], published="2024-03-15",
                source=source, events=[Ev("imposed", type="SANCTION", mode=None,
                                          participants=[(sender.name, "actor"), ("Iran", "recipient")],
                                          when="Thursday")])
    for e in art.entities:  # as extraction gives a state its country
        e.country = {"United States": "USA", "Britain": "GBR", "Iran": "IRN"}[e.name]
    return art


@pytest.mark.parametrize(("senders", "events"), [((USA, USA), 1), ((USA, UK), 2)])
def test_sanctions_of_two_senders_are_two_acts(store: Store, senders: tuple[Ent, Ent], events: int) -> None:
    got = _events(store, [_sanctions(senders[0], "A"), _sanctions(senders[1], "B")])
    assert len(set(got)) == events, got
