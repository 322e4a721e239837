"""Participants of noun triggers (made-up sentences): a noun that names its doer by a possessor or a "by"
agent has its "of" object as the one acted on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _event(nlp: Language, text: str, trigger: str) -> tuple[Article, Event]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    found = [e for e in art.events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in art.events]
    return art, found[0]


def _names(art: Article, ev: Event, role: str) -> set[str]:
    return {art.entity(p.entity).name for p in ev.participants if p.role == role and art.entity(p.entity)}


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        ("Chile condemned Peru's shelling of Bolivia on Monday.", "shelling", "Peru", "Bolivia"),
        ("Norway's criticism of NATO grew on Monday.", "criticism", "Norway", "NATO"),
        ("The invasion of Kuwait by Iraq began in August.", "invasion", "Iraq", "Kuwait"),
    ],
)
def test_of_object_beside_a_named_doer_is_the_recipient(nlp: Language, text: str, trigger: str, actor: str,
                                                         recipient: str) -> None:
    art, ev = _event(nlp, text, trigger)
    assert _names(art, ev, "actor") == {actor}
    assert _names(art, ev, "recipient") == {recipient}


def test_of_object_without_a_named_doer_stays_the_actor(nlp: Language) -> None:
    art, ev = _event(nlp, "The visit of Chilean President Ana Soto to Peru ended on Monday.", "visit")
    assert "Ana Soto" in _names(art, ev, "actor")


def test_a_name_qualifying_a_raided_site_is_the_recipient(nlp: Language) -> None:
    art, ev = _event(nlp, "Police said the Verrano shop raid was the third this year.", "raid")
    assert "Verrano" not in _names(art, ev, "actor") and "Verrano" in _names(art, ev, "recipient")


def test_a_dateline_is_no_headline() -> None:
    from newsgraph.nlp.doctext import headline_span

    text = "http: / / x. com / a\n9 March 2021, 10:15\nBank Robbed In Leeds\nA bank was robbed on Monday."
    start, end = headline_span(text)
    assert text[start:end] == "Bank Robbed In Leeds"

