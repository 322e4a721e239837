"""The second parse of a verbless headline: which headlines are parsed again, and what the pipeline then
reads. Headlines and names are made up."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.headline import HEADLINE, headline_verb_index, past_form, verb_base

BODY = "\n\nNo further details were given."


@pytest.mark.parametrize(("word", "base"), [
    ("arrests", "arrest"), ("raid", "raid"), ("shells", "shell"), ("ambushes", "ambush"), ("frees", "free"),
    ("Raids", "raid"), ("offices", None), ("is", None),
])
def test_verb_base(word: str, base: str | None) -> None:
    assert verb_base(word, frozenset({"arrest", "raid", "shell", "ambush", "free"})) == base


@pytest.mark.parametrize(("base", "past"), [("raid", "raided"), ("seize", "seized"), ("shell", "shelled")])
def test_past_form(base: str, past: str) -> None:
    assert past_form(base) == past


@pytest.mark.parametrize(("headline", "verb"), [
    ("Police raid rebel offices in Kano", "raid"),
    ("Militants ambush army convoy near Gao", "ambush"),
    ("Azerbaijan shells Armenian villages", "shells"),
    ("Israel arrests Hamas commander in West Bank raid", "arrests"),
])
def test_verbless_headline_is_parsed_again(nlp: Language, headline: str, verb: str) -> None:
    doc = nlp(headline + BODY)
    tok = next(t for t in doc if t.text == verb)
    assert headline_verb_index(doc) == tok.i
    assert (tok.pos_, tok.dep_, tok.tag_[:2]) == ("VERB", "ROOT", "VB")
    assert any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


@pytest.mark.parametrize("headline", [
    "Rebels seized the town of Kiwanja",           # a verb already
    "Gunman Kills Deputy On Gang Duty",            # title case: the NER reads its words as names
    "Kabul hotel attack victims",                  # no noun of a doer before the act noun
    "Bomb attack on Kabul hotel",                  # a preposition after the act noun
])
def test_headline_left_alone(nlp: Language, headline: str) -> None:
    assert headline_verb_index(nlp(headline + BODY)) is None


def test_body_sentence_never_parsed_again(nlp: Language) -> None:
    assert headline_verb_index(nlp("The Tuesday report said police raid rebel offices often.")) is None


def test_component_sits_after_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index(HEADLINE) == names.index("parser") + 1


def test_no_name_holds_the_headline_verb() -> None:
    import spacy
    from spacy.tokens import Span

    from newsgraph.extract.repair import repair_entities
    from newsgraph.nlp.headline import HEADLINE_VERB

    doc = spacy.blank("en")("Gunman kills Ana Pires on duty")
    doc.set_ents([Span(doc, 1, 4, "PERSON")])
    assert [e.text for e in repair_entities(doc)] == ["kills Ana Pires"]
    doc.set_ents([Span(doc, 1, 4, "PERSON")])
    doc.user_data[HEADLINE_VERB] = 1
    assert repair_entities(doc) == []
