"""A lemma with several codebook senses: the sense an object fits decides what the object is."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.extract.collectives import senses_on
from newsgraph.extract.event_codebook import codebook
from newsgraph.model import Article, Event
from newsgraph.process import process_articles

#: A second sense of "detain" for combatants only (made up: it must not change what journalists are).
_SECOND_SENSE = """
verbs:
  detain:
    - {type: ASSAULT, mode: abduct, objects: [combatant]}
"""


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _event(art: Article, trigger: str) -> Event:
    return next(e for e in art.events if art.text[e.trigger_start or 0 : e.trigger_end or 0] == trigger)


def _recipients(art: Article, ev: Event) -> list[str]:
    return [e.name for p in ev.participants
            if p.role == "recipient" and (e := art.entity(p.entity)) is not None]


@pytest.fixture()
def two_senses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.yaml"
    path.write_text(_SECOND_SENSE, encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_EVENT_CODEBOOK", str(path))


def test_a_counted_group_stays_the_recipient_under_a_second_sense(nlp: Language, two_senses: None) -> None:
    art = _run(nlp, "Police in Ruritania detained 20 journalists on Monday.")
    ev = _event(art, "detained")
    assert ev.type == "COERCE"
    assert _recipients(art, ev) == ["20 journalists"]


def test_the_senses_on_an_object_are_those_whose_words_fit_it(nlp: Language, two_senses: None) -> None:
    doc = nlp("Police detained 20 journalists. Rebels detained 20 combatants.")
    rules = codebook().verbs["detain"]
    for sent, types in zip(doc.sents, (["COERCE"], ["ASSAULT", "COERCE"]), strict=True):
        verb = sent.root
        obj = next(t for t in sent if t.dep_ == "dobj")
        assert [r.type for r in senses_on(verb, obj, rules)] == types


def test_combatants_captured_in_fighting_are_an_abduction(nlp: Language) -> None:
    art = _run(nlp, "Rebels captured two Ruritanian soldiers near the border on Monday.")
    ev = _event(art, "captured")
    assert (ev.type, ev.mode) == ("ASSAULT", "abduct")


def test_pirates_captured_stay_an_arrest_of_a_counted_group(nlp: Language) -> None:
    art = _run(nlp, "The Ruritanian navy captured 23 pirates in the Gulf of Aden on Friday.")
    ev = _event(art, "captured")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert _recipients(art, ev) == ["23 pirates"]
