"""Entity dossiers: titles and affiliations over time, events, quotes, co-actors, articles; ids and names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.errors import NotFoundError
from newsgraph.model import Affiliation, Title
from newsgraph.query.dossier import dossier, get_entity
from newsgraph.store import Store
from tests.store.factory import austin_call, blinken_meeting


@pytest.fixture
def store() -> Iterator[Store]:
    dec = blinken_meeting("Outlet A")
    dec.entities[0].titles = [Title("Army chief", 0, 10, normalized="Chief of Army Staff")]
    dec.entities[0].affiliation = Affiliation(country="PAK", organization_name="Pakistan Army")
    oct_ = austin_call()
    oct_.entities[0].titles = [Title("Gen", 0, 3, normalized="General")]
    with Store.open(":memory:") as s:
        s.write_article(oct_)
        s.write_article(dec)
        s.write_article(blinken_meeting("Outlet B", extra="No details were given."))
        yield s


def test_dossier_of_a_person(store: Store) -> None:
    d = dossier(store, "the army chief")
    assert d.entity.name == "Asim Munir" and d.also == []
    assert [(t.title, t.first_seen, t.last_seen, t.articles) for t in d.titles] == [
        ("General", "2023-10-05", "2023-10-05", 1), ("Chief of Army Staff", "2023-12-15", "2023-12-15", 1)]
    assert [(a.country, a.organization, a.first_seen) for a in d.affiliations] == [
        ("PAK", "Pakistan Army", "2023-12-15")]
    assert [(e.date, e.mode, len(e.reports)) for e in d.events] == [("2023-10-04", "phone", 1),
                                                                     ("2023-12-14", "meeting", 2)]
    assert [(c.name, c.events, c.first_day) for c in d.co_actors] == [("Antony Blinken", 1, "2023-12-14"),
                                                                       ("Lloyd Austin", 1, "2023-10-04")]
    assert [q.text for q in d.quotes] == ["The talks were useful,"] * 2
    assert [(a.source, a.published, a.mentions) for a in d.articles] == [
        ("Other Outlet", "2023-10-05", 1), ("Outlet A", "2023-12-15", 2), ("Outlet B", "2023-12-15", 2)]
    assert d.to_dict()["entity"]["name"] == "Asim Munir"


def test_dossier_by_id_and_unknowns(store: Store) -> None:
    munir, _ = get_entity(store, "Asim Munir")
    assert dossier(store, munir.id).entity == munir
    blinken = dossier(store, "Blinken")
    assert blinken.quotes == [] and [c.name for c in blinken.co_actors] == ["Asim Munir"]
    with pytest.raises(NotFoundError):
        dossier(store, "E000000000000")
    with pytest.raises(NotFoundError):
        dossier(store, "Nobody")
