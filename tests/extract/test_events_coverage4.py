"""Codebook coverage, fourth batch (made-up sentences): words for acts the PLOVER manual and the CAMEO act
descriptions name that the earlier batches left out, with their mode and roles, and readings they must not
take."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_events_coverage import _events, _names, _one


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode"),
    [
        # suspending protests is a concession (3.4)
        ("The Kenyan teachers union cancelled the strike on Monday.", "cancelled", "CONCEDE", None),
        ("The Bolivian miners union postponed the march on Monday.", "postponed", "CONCEDE", None),
        ("The Tamil rebels renounced violence on Sunday.", "renounced", "CONCEDE", None),
        # receiving inspectors or observers is allowing access (CAMEO 0861-0862)
        ("Syria received a team of observers from the OSCE on Monday.", "received", "RETREAT", "access"),
        ("The return of Afghan refugees began on Monday.", "return", "RETREAT", "return"),
        ("Police placed opposition leader Ana Ruiz under house arrest on Friday.", "placed", "COERCE",
         "arrest"),
        ("Chilean soldiers quelled the riot in Arica on Monday.", "quelled", "COERCE", "restrict"),
        ("The Greek navy intercepted a cargo ship near Crete on Monday.", "intercepted", "COERCE", "seize"),
        ("Minister Raj Patel flayed the Congress party on Monday.", "flayed", "ACCUSE", "disapprove"),
        ("Venezuelan police roughed up two reporters in Caracas on Monday.", "roughed up", "ASSAULT", "beat"),
    ],
)
def test_new_words_are_events_of_their_type(nlp: Language, text: str, trigger: str, type_: str,
                                            mode: str | None) -> None:
    _, ev = _one(nlp, text, trigger)
    assert ev.type == type_
    if mode is not None:
        assert ev.mode == mode


def test_roles_of_the_new_words(nlp: Language) -> None:
    art, ev = _one(nlp, "Syria received a team of observers from the OSCE on Monday.", "received")
    assert _names(art, ev, "actor") == {"Syria"} and _names(art, ev, "recipient") == {"OSCE"}


def test_the_readings_the_new_words_must_not_take(nlp: Language) -> None:
    # cancelling a visit stays a rejection of a meeting
    _, ev = _one(nlp, "Brazil cancelled the visit of the Chinese president on Monday.", "cancelled")
    assert (ev.type, ev.mode) == ("REJECT", "meet")
    # receiving a minister stays a visit
    _, ev = _one(nlp, "Chile received Peruvian minister Luis Soto on Monday.", "received")
    assert (ev.type, ev.mode) == ("CONSULT", "visit")
    # objects outside the lists are no events
    for text in ("The Madrid club postponed the match on Monday.",
                 "The French company returned the money to investors on Monday.",
                 "The Dutch firm intercepted the email on Monday."):
        _, evs = _events(nlp, text)
        assert not [e for e in evs if e.trigger in ("postponed", "intercepted", "return")], \
            (text, [(e.type, e.trigger) for e in evs])
