"""The rule layer ahead of the NER: outlets, "Name (ACR)" organisations, actors and titles are preset."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.nlp import doc_for
from newsgraph.nlp.rules import (
    TITLE_LABEL,
    TITLE_SPANS,
    acronym_explains,
    acronym_spans,
    actor_spans,
    outlet_spans,
)


def _texts(text: str, spans: list) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.label) for s in spans]


def test_acronym_must_follow_the_initials() -> None:
    assert acronym_explains("TTP", "Tehreek-i-Taliban Pakistan")
    assert acronym_explains("IS-K", "Islamic State-Khorasan")
    assert acronym_explains("ISPR", "Inter-Services Public Relations")
    assert not acronym_explains("ISPR", "Dawn News")
    assert not acronym_explains("X", "Xerox")


def test_acronym_definitions_mark_the_name_and_every_use() -> None:
    text = ("Before, the TTP said so. The banned Tehreek-i-Taliban Pakistan (TTP) and "
            "Islamic State-Khorasan (IS-K).")
    found = _texts(text, acronym_spans(text))
    assert ("Tehreek-i-Taliban Pakistan", "ORG") in found
    assert ("Islamic State-Khorasan", "ORG") in found
    assert found.count(("TTP", "ORG")) == 2
    assert ("IS-K", "ORG") in found
    assert not any(name.startswith(("banned", "The")) for name, _ in found)


def test_acronym_of_a_place_is_a_place() -> None:
    text = "in the United Kingdom (UK) today"
    assert ("United Kingdom", "GPE") in _texts(text, acronym_spans(text))


def test_outlets_are_case_sensitive_whole_words() -> None:
    text = "a source told Dawn at dawn; Foreign Policy magazine; Dawnish"
    assert _texts(text, outlet_spans(text)) == [("Dawn", "ORG"), ("Foreign Policy", "ORG")]


def test_actor_dictionary_names_are_preset() -> None:
    text = "the Pentagon and the State Department"
    assert _texts(text, actor_spans(text)) == [("Pentagon", "ORG"), ("State Department", "ORG")]


def test_rules_preset_titles_and_the_ner_keeps_them(nlp: Language) -> None:
    art = Article.new("Chief of Army Staff Gen Asim Munir met Dawn and US Secretary of Defense Lloyd Austin.")
    doc = nlp.get_pipe("newsgraph_rules")(nlp.get_pipe("parser")(nlp.get_pipe("tagger")(
        nlp.get_pipe("tok2vec")(doc_for(nlp, art)))))
    titles = [s.text for s in doc.spans[TITLE_SPANS]]
    assert titles == ["Chief of Army Staff", "Secretary of Defense"]
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Dawn"] == "ORG"
    assert labels["Chief of Army Staff"] == TITLE_LABEL


def test_after_the_full_pipeline_titles_are_not_entities(nlp: Language) -> None:
    text = "Chief of Army Staff Gen Asim Munir met Secretary of State Antony Blinken."
    doc = nlp(doc_for(nlp, Article.new(text)))
    assert {e.text for e in doc.ents if e.label_ == "ORG"} == set()
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} == {"Asim Munir", "Antony Blinken"}
