"""The ECB+ reader: deterministic text with offsets that match every token and markable."""

from __future__ import annotations

import pytest

from newsgraph.errors import GoldError
from newsgraph.evaluate.corpora.ecbplus import (
    EcbDocument,
    annotated_sentences,
    doc_id_of,
    document_path,
    infer_published,
    read_ecbplus,
)
from tests.conftest import requires_shared


def test_text_rules_spaces_and_quotes() -> None:
    rows = [(1, 0, 0, "``"), (2, 0, 1, "Hi"), (3, 0, 2, ","), (4, 0, 3, "''"), (5, 0, 4, "he"),
            (6, 0, 5, "said"), (7, 0, 6, "("), (8, 0, 7, "a"), (9, 0, 8, "90"), (10, 0, 9, "-"),
            (11, 0, 10, "day"), (12, 0, 11, ")"), (13, 0, 12, "."), (14, 1, 0, "It"), (15, 1, 1, "'s")]
    doc = EcbDocument.from_tokens("2_3ecb", rows)
    assert doc.text == "``Hi,'' he said (a 90-day).\nIt's"
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text


def test_straight_quotes_alternate_and_reset_per_sentence() -> None:
    rows = [(1, 0, 0, '"'), (2, 0, 1, "a"), (3, 0, 2, '"'), (4, 0, 3, "b"), (5, 1, 0, '"'), (6, 1, 1, "c")]
    assert EcbDocument.from_tokens("2_3ecb", rows).text == '"a" b\n"c'


def test_bad_names_are_clear_errors() -> None:
    with pytest.raises(GoldError):
        doc_id_of("topics/1/notes.xml")
    with pytest.raises(GoldError):
        document_path("ecbplus:nonsense")


def test_a_dateline_below_summary_points_is_the_publication_date() -> None:
    lines = ["http: / / news. example. com / city / bakery-owner-guilty",
             "Bakery owner guilty in harbour fire",
             "Tom Reed set fire to a warehouse on the harbour front on March 3, 2011.",
             "The blaze destroyed three boats.", "He will be sentenced next month.",
             "TUESDAY, MAY 14, 2013, 8:02 AM", "A jury convicted Tom Reed on Monday."]
    assert infer_published(EcbDocument(doc_id="1_2ecbplus", text="\n".join(lines))) == "2013-05-14"
    assert infer_published(EcbDocument(doc_id="1_2ecbplus", text="\n".join(lines[:5]))) == "2011-03-03"
    too_far = lines[:5] + ["He denied it."] * 5 + lines[5:]
    assert infer_published(EcbDocument(doc_id="1_2ecbplus", text="\n".join(too_far))) == "2011-03-03"
    url = "http: / / news. example. com / 2013 / 05 / 13 / fire"
    dated_url = "\n".join([url, *lines[1:]])
    assert infer_published(EcbDocument(doc_id="1_2ecbplus", text=dated_url)) == "2013-05-13"


@requires_shared
def test_real_document_offsets_match() -> None:
    doc = read_ecbplus(document_path("ecbplus:1_10ecbplus"))
    assert doc.text.splitlines()[1] == "Lindsay Lohan checks into Betty Ford Center"
    assert doc.markables and doc.relations
    for m in doc.markables:
        assert doc.text[m.start:m.end] == m.text
    chains = doc.instance_of()
    assert all(v.startswith(("ACT", "NEG", "TIM", "LOC", "HUM", "NON")) or "/" in v for v in chains.values())
    start, end = doc.sentence_span(1)
    assert doc.text[start:end] == "Lindsay Lohan checks into Betty Ford Center"


@requires_shared
def test_annotated_sentence_index() -> None:
    ann = annotated_sentences()
    assert 1 in ann["1_10ecbplus"] and 3 in ann["1_10ecbplus"]


def test_numbers_are_glued_but_not_dates() -> None:
    rows = [(1, 0, 0, "June"), (2, 0, 1, "13"), (3, 0, 2, ","), (4, 0, 3, "2013"), (5, 0, 4, "4"),
            (6, 0, 5, ":"), (7, 0, 6, "59"), (8, 0, 7, "and"), (9, 0, 8, "137"), (10, 0, 9, ","),
            (11, 0, 10, "000")]
    assert EcbDocument.from_tokens("2_3ecb", rows).text == "June 13, 2013 4:59 and 137,000"
