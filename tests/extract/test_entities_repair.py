"""NER repairs of people's names the statistical NER reads as organisations or places (made-up sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.repair import repair_entities


def _doc(words: list[str], pos: list[str], heads: list[int] | None = None,
         deps: list[str] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words], heads=heads,
               deps=deps)


def test_a_name_followed_by_an_age_is_a_person() -> None:
    words = ["Police", "shot", "Nikos", "Papadakis", ",", "47", ",", "near", "Tarlow", "."]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 2, 4, "ORG"), Span(doc, 8, 9, "GPE")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Nikos Papadakis", "PERSON"),
                                                                  ("Tarlow", "GPE")]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_name_followed_by_an_age_and_a_dash_is_a_person(dash: str) -> None:
    words = ["Police", "held", "Sam", "Doyle", ",", "23", dash, "a", "student", dash, "in", "Tarlow", "."]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "DET", "NOUN", "PUNCT", "ADP", "PROPN",
           "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 2, 4, "ORG"), Span(doc, 11, 12, "GPE")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Sam Doyle", "PERSON"), ("Tarlow", "GPE")]


def test_a_name_with_an_apposed_person_description_after_it_is_a_person() -> None:
    words = ["He", "entered", "the", "office", "of", "Nikos", "Papadakis", ",", "another", "partner", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct", "det", "appos", "punct"]
    doc = _doc(words, pos, heads, deps)
    doc.set_ents([Span(doc, 5, 7, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Nikos Papadakis", "PERSON")]


def test_a_description_that_is_a_clause_subject_is_no_apposition() -> None:
    words = ["It", "is", "Brill", "Varnok", ",", "the", "director", "said", "."]
    pos = ["PRON", "AUX", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    heads = [1, 7, 3, 1, 7, 6, 7, 7, 7]
    deps = ["nsubj", "ccomp", "compound", "attr", "punct", "det", "nsubj", "ROOT", "punct"]
    doc = _doc(words, pos, heads, deps)
    doc.set_ents([Span(doc, 2, 4, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Brill Varnok", "ORG")]


def test_a_given_name_organisation_coordinated_with_a_person_is_a_person() -> None:
    words = ["Two", "managers", ",", "Peter", "Varga", "and", "Alan", "Tarlow", ",", "were", "hurt", ".",
             "Varga", "is", "awake", "."]
    pos = ["NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "AUX", "VERB",
           "PUNCT", "PROPN", "AUX", "ADJ", "PUNCT"]
    heads = [1, 10, 1, 4, 1, 4, 7, 4, 1, 10, 10, 10, 13, 13, 13, 13]
    deps = ["nummod", "nsubjpass", "punct", "compound", "appos", "cc", "compound", "conj", "punct", "auxpass",
            "ROOT", "punct", "nsubj", "ROOT", "acomp", "punct"]
    doc = _doc(words, pos, heads, deps)
    doc.set_ents([Span(doc, 3, 5, "ORG"), Span(doc, 6, 8, "PERSON"), Span(doc, 12, 13, "ORG")])
    kept = [(s.text, s.label_) for s in repair_entities(doc)]
    assert kept == [("Peter Varga", "PERSON"), ("Alan Tarlow", "PERSON"), ("Varga", "PERSON")]


def test_an_honorific_before_one_mention_backs_the_bare_surname_elsewhere() -> None:
    words = ["Tarlow", "was", "hurt", ".", "Mrs", "Tarlow", "is", "awake", "."]
    pos = ["PROPN", "AUX", "VERB", "PUNCT", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 0, 1, "PERSON"), Span(doc, 4, 6, "PERSON")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Tarlow", "PERSON"), ("Tarlow", "PERSON")]


def test_an_untagged_country_name_becomes_a_place() -> None:
    words = ["Ruritania", "protested", "to", "Bhutan", "and", "Mali", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 0, 1, "GPE")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Ruritania", "GPE"), ("Bhutan", "GPE"),
                                                                  ("Mali", "GPE")]


def test_a_country_word_inside_a_longer_run_or_next_to_a_name_is_left_alone() -> None:
    words = ["Jordan", "Peterson", "met", "Ann", "Chad", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 3, 4, "PERSON")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Ann", "PERSON")]


def test_an_actor_dictionary_name_made_of_title_words_stays_a_name() -> None:
    words = ["The", "Taliban", "and", "the", "Army", "said", "so", "."]
    pos = ["DET", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 1, 2, "ORG"), Span(doc, 4, 5, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Taliban", "ORG")]


def test_a_gazetteer_place_read_as_a_nationality_after_in_is_a_place() -> None:
    words = ["Thieves", "struck", "twice", "in", "Bordeaux", ",", "near", "French", "shops", "."]
    pos = ["NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT", "ADP", "ADJ", "NOUN", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 4, 5, "NORP"), Span(doc, 7, 8, "NORP")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Bordeaux", "GPE"), ("French", "NORP")]


def test_a_nationality_after_the_resort_of_is_a_place_and_every_mention_follows() -> None:
    words = ["It", "follows", "raids", "in", "the", "resort", "of", "Biarritz", ".",
             "Biarritz", "police", "said", "so", "."]
    pos = ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
           "PROPN", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 7, 8, "NORP"), Span(doc, 9, 10, "NORP")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Biarritz", "GPE"), ("Biarritz", "GPE")]


def test_a_noun_of_a_place_and_a_person_noun_is_the_place() -> None:
    words = ["Photos", "Of", "Denver", "Mother", "Released"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "VERB"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 0, 4, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Denver", "GPE")]


def test_a_noun_of_a_name_that_is_no_place_is_left_alone() -> None:
    words = ["Friends", "Of", "Acme", "Mother", "Meet"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "VERB"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 0, 4, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Friends Of Acme Mother", "ORG")]


def test_a_name_after_a_person_noun_or_a_noun_of_dying_is_a_person() -> None:
    words = ["Since", "the", "killing", "of", "Nikos", "Papadakis", ",", "teenager", "Vela", "Moran", "hid",
             "."]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 4, 6, "LOC"), Span(doc, 8, 10, "ORG")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Nikos Papadakis", "PERSON"),
                                                                  ("Vela Moran", "PERSON")]


def test_a_name_before_died_is_a_person_but_a_known_place_after_of_stays() -> None:
    words = ["Nikos", "Papadakis", "died", "after", "the", "siege", "of", "Sarajevo", "."]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, pos)
    doc.set_ents([Span(doc, 0, 2, "GPE"), Span(doc, 7, 8, "GPE")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [("Nikos Papadakis", "PERSON"),
                                                                  ("Sarajevo", "GPE")]


def _tagged(words: list[str], tags: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, lemmas=[w.lower() for w in words])
    return doc


def test_a_territory_ending_in_an_organisation_word_stays_a_place() -> None:
    doc = _tagged(["Settlers", "attacked", "farms", "in", "the", "West", "Bank", "and", "Marvel", "Bank"],
                  ["NNS", "VBD", "NNS", "IN", "DT", "NNP", "NNP", "CC", "NNP", "NNP"])
    doc.set_ents([Span(doc, 4, 7, "GPE"), Span(doc, 8, 10, "GPE")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [
        ("West Bank", "GPE"), ("Marvel Bank", "ORG")]


def test_names_a_settlement_noun_makes_places() -> None:
    words = ["Gunmen", "raided", "the", "village", "of", "Kurmin", "Dawa", "in", "Helmand", "province", "and",
             "Kurdish", "region", "."]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "NNP", "NNP", "IN", "NNP", "NN", "CC", "JJ", "NN", "."]
    doc = _tagged(words, tags)
    doc.set_ents([Span(doc, 5, 6, "NORP"), Span(doc, 8, 9, "NORP"), Span(doc, 11, 12, "NORP")])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == [
        ("Kurmin Dawa", "GPE"), ("Helmand", "GPE"), ("Kurdish", "NORP")]


@pytest.mark.parametrize(("words", "ent", "kept"), [
    (["Farmers", "protested", "in", "Lyon", "."], (0, 1, "ORG"), []),  # a collective noun opening it
    (["Protesters", "marched", "."], (0, 1, "NORP"), []),
    (["\"", "Rebels", "attacked", "Gao", ",", "\"", "he", "said", "."], (1, 2, "ORG"), []),
    (["Democrats", "protested", "."], (0, 1, "NORP"), [("Democrats", "NORP")]),  # no collective noun
    (["Farmers", "Union", "leaders", "met", "."], (0, 2, "ORG"), [("Farmers Union", "ORG")]),  # two words
    (["They", "met", "Farmers", "."], (2, 3, "ORG"), [("Farmers", "ORG")]),  # capitalised mid-sentence
])
def test_a_collective_noun_capitalised_only_as_the_sentence_opens_is_no_name(
        words: list[str], ent: tuple[int, int, str], kept: list[tuple[str, str]]) -> None:
    doc = _doc(words, ["PROPN"] * len(words))
    doc.set_ents([Span(doc, *ent)])
    assert [(s.text, s.label_) for s in repair_entities(doc)] == kept


def test_a_collective_noun_the_article_capitalises_inside_a_sentence_stays_a_name() -> None:
    words = ["Farmers", "marched", ".", "The", "union", "Farmers", "said", "so", "."]
    doc = _doc(words, ["PROPN"] * len(words))
    doc[3].is_sent_start = True
    doc.set_ents([Span(doc, 0, 1, "ORG"), Span(doc, 5, 6, "ORG")])
    assert [s.text for s in repair_entities(doc)] == ["Farmers", "Farmers"]
