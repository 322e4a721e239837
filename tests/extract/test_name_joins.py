"""Names the NER splits or leaves out, joined or added (``extract/name_joins.py``), on hand-tagged texts:
each case gives the tokens (``word/TAG``, a trailing ``@LABEL`` marking the NER's spans, ``+`` continuing
the span before), and the names expected after the joins."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.extract.countries import place_country, place_key, spellings
from newsgraph.extract.name_joins import join_names
from newsgraph.model import Article
from newsgraph.process import process_articles

_POS = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "DT": "DET", "IN": "ADP",
        "POS": "PART", "CC": "CCONJ", "JJ": "ADJ", ".": "PUNCT", ",": "PUNCT"}


def _doc(tagged: str) -> tuple[Doc, list[Span]]:
    """A hand-tagged doc and its NER spans: "Yoon/NNP@PERSON Suk/NNP+ Yeol/NNP@ORG met/VBD"."""
    items = [t.rsplit("/", 1) for t in tagged.split()]
    doc = spacy.blank("en").make_doc(" ".join(w for w, _ in items))
    assert len(doc) == len(items), [t.text for t in doc]
    spans: list[tuple[int, int, str]] = []
    for i, (tok, (_, tag)) in enumerate(zip(doc, items, strict=True)):
        base, _, label = tag.partition("@")
        cont = base.endswith("+")
        tok.tag_ = base.rstrip("+")
        tok.pos_ = _POS.get(tok.tag_, "X")
        if label:
            spans.append((i, i + 1, label))
        elif cont:
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
    return doc, [Span(doc, s, e, label=lab) for s, e, lab in spans]


@pytest.mark.parametrize(("tagged", "expected"), [
    # a person's name and a one-word name right after it: one person
    ("Yoon/NNP@PERSON Suk/NNP+ Yeol/NNP@ORG met/VBD aides/NNS ./.", [("Yoon Suk Yeol", "PERSON")]),
    ("Carlos/NNP@PERSON Ortega/NNP+ y/CC Gasset/NNP@ORG spoke/VBD ./.",
     [("Carlos Ortega y Gasset", "PERSON")]),
    # not a place, a nationality, an actor or an organisation word after it
    ("Ana/NNP@PERSON Reyes/NNP+ Madrid/NNP@GPE visit/NN", [("Ana Reyes", "PERSON"), ("Madrid", "GPE")]),
    ("Ana/NNP@PERSON Reyes/NNP+ Hamas/NNP@ORG talks/NNS", [("Ana Reyes", "PERSON"), ("Hamas", "ORG")]),
    ("Ana/NNP@PERSON Reyes/NNP+ Foundation/NNP@ORG grants/NNS", [("Ana Reyes", "PERSON"),
                                                               ("Foundation", "ORG")]),
    # not across punctuation nor a word that is no particle
    ("Ana/NNP@PERSON Reyes/NNP+ ,/, Soto/NNP@ORG said/VBD", [("Ana Reyes", "PERSON"), ("Soto", "ORG")]),
    ("Ana/NNP@PERSON Reyes/NNP+ and/CC Soto/NNP@ORG said/VBD", [("Ana Reyes", "PERSON"), ("Soto", "ORG")]),
    # organisation runs
    ("the/DT Green/NNP@ORG Dawn/NNP@ORG Movement/NNP called/VBD ./.", [("Green Dawn Movement", "ORG")]),
    ("of/IN the/DT Red/NNP Hand/NNP Brigade/NNP stormed/VBD ./.", [("Red Hand Brigade", "ORG")]),
    ("the/DT Green/NNP Dawn/NNP radio/NN ./.", []),
    ("Ana/NNP@PERSON Reyes/NNP+ Foundation/NNP gave/VBD ./.", [("Ana Reyes Foundation", "ORG")]),
    ("the/DT@ORG Green/NNP+ Dawn/NNP Movement/NNP called/VBD ./.", [("the Green", "ORG")]),  # crossing
    # people before a possessive and a person's noun
    ("Sipho/NNP Ndlovu/NNP 's/POS lawyer/NN said/VBD ./.", [("Sipho Ndlovu", "PERSON")]),
    ("Sipho/NNP Ndlovu/NNP 's/POS grieving/JJ widow/NN said/VBD ./.", [("Sipho Ndlovu", "PERSON")]),
    ("Acme/NNP Steel/NNP 's/POS profits/NNS fell/VBD ./.", []),
    ("Kenya/NNP 's/POS lawyer/NN said/VBD ./.", []),
    ("South/NNP Africa/NNP 's/POS lawyers/NNS said/VBD ./.", []),
    # a place before a settlement noun
    ("in/IN the/DT Donetsk/NNP region/NN ./.", [("Donetsk", "GPE")]),
    ("in/IN the/DT Zorvath/NNP region/NN ./.", []),
])
def test_join_names(tagged: str, expected: list[tuple[str, str]]) -> None:
    doc, spans = _doc(tagged)
    assert [(s.text, s.label_) for s in join_names(doc, spans)] == expected


def test_headline_names_side_by_side_stay_apart() -> None:
    doc = spacy.blank("en").make_doc("Ana Reyes Soto Talks End\n\nThe talks ended .")
    for tok in doc:
        tok.tag_, tok.pos_ = ("NNP", "PROPN") if tok.is_title else ("NN", "NOUN")
    spans = [Span(doc, 0, 2, "PERSON"), Span(doc, 2, 3, "ORG")]
    assert [s.text for s in join_names(doc, spans)] == ["Ana Reyes", "Soto"]


@pytest.mark.parametrize(("name", "country"), [
    ("Medellin", "COL"), ("Medellín", "COL"), ("Khan Younis", "PSE"), ("Rafah", "PSE"),
    ("Cox's Bazar", "BGD"), ("Odesa", "UKR"), ("Alexandria", "EGY"), ("Zorvath", None),
])
def test_places_by_spellings_news_uses(name: str, country: str | None) -> None:
    assert place_country(name) == country


def test_spellings_keep_codes_and_other_names_out() -> None:
    city = {"name": "Mashhad", "population": 2307177, "alternatenames": ["MHD", "Alexandria", "Mashad"]}
    assert spellings(city) == ["Mashhad", "Mashad"]
    assert spellings({**city, "population": 5000}) == ["Mashhad"]
    assert place_key("Bāzār’s") == "bazar"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Rossi, the club's owner, denied the report.", "Rossi", "PERSON"),
    ("Okafor, a former minister, was arrested on Monday.", "Okafor", "PERSON"),
    ("Norvik, the firm's main plant, closed on Monday.", None, None),  # a plant is no person
    ("Lagos, the governor's home town, was calm.", "Lagos", "GPE"),
])
def test_people_described_by_an_apposition(nlp: Language, text: str, name: str | None,
                                           label: str | None) -> None:
    art = next(process_articles([Article.new(text, published="2024-03-15")], nlp))
    first = [(m.text, m.type) for m in art.mentions if m.kind == "NAM" and m.start == 0]
    if name is None:
        assert "PERSON" not in [t for _, t in first]
    else:
        assert first == [(name, label)]
