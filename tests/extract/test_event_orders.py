"""The party that ordered an act is one of its actors (extract/event_orders.py), and "fired from" a firing
position is a shooting."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names


def test_firing_from_a_rooftop_is_a_shooting(nlp: Language) -> None:
    art, evs = _events(nlp, "Police said Dale Mercer fired from a rooftop in Leeds on Monday.")
    assert any(e.type == "ASSAULT" and "Dale Mercer" in _names(art, e, "actor") for e in evs)


def test_fired_from_a_job_is_no_shooting(nlp: Language) -> None:
    _, evs = _events(nlp, "Dale Mercer was fired from his job in Leeds on Monday.")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_the_one_who_gave_the_order_is_an_actor(nlp: Language) -> None:
    text = "Dale Mercer shot a shopkeeper in Leeds on Monday on the orders of his cousin Victor Hale."
    art, evs = _events(nlp, text)
    shot = next(e for e in evs if e.type == "ASSAULT")
    assert {"Dale Mercer", "Victor Hale"} <= _names(art, shot, "actor")


def test_an_order_of_the_court_names_no_actor(nlp: Language) -> None:
    text = "Police arrested Dale Mercer in Leeds on Monday on the orders of a judge."
    art, evs = _events(nlp, text)
    arrest = next(e for e in evs if e.type == "COERCE")
    assert "Dale Mercer" not in _names(art, arrest, "actor")


def test_the_one_who_gave_the_orders_while_another_fired_is_an_actor(nlp: Language) -> None:
    art, evs = _events(nlp, "Police say Tom Reed, 20, fired the shots from a roof while his cousin Sam Cole, "
                            "24, gave the orders.")
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert _names(art, shooting, "actor") == {"Tom Reed", "Sam Cole"}


def test_orders_given_by_a_clause_of_no_act_add_no_actor(nlp: Language) -> None:
    art, evs = _events(nlp, "Tom Reed fired the shots from a roof while his cousin Sam Cole gave a speech.")
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert _names(art, shooting, "actor") == {"Tom Reed"}
