"""The store's merging rules on SQLite and on PostgreSQL alike: reports dated without a year (hand-built
articles: made-up names, a real city)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.model import Article
from newsgraph.store import Store
from tests.store import pg
from tests.store.factory import Ent, Ev, build

SHOUKRY, RAHMAN, CAIRO = Ent("Sam Shukri", "PERSON"), Ent("Omar Rahman", "PERSON"), Ent("Cairo", "GPE")


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
