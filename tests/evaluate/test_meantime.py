"""The MEANTIME reader: deterministic text, offsets matching every token and markable, DCT, coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import GoldError
from newsgraph.evaluate.corpora.meantime import (
    ANNOTATED_SENTENCES,
    MeantimeDoc,
    iter_meantime,
    join_tokens,
    load_article,
    read_meantime,
    to_article,
)
from tests.conftest import requires_shared


def test_join_tokens_spacing_rules() -> None:
    toks = [("``", 0), ("Hi", 0), (",", 0), ("''", 0), ("he", 0), ("said", 0), ("(", 0), ("US$", 0), ("4", 0),
            (")", 0), (".", 0), ("I'", 1), ("m", 1), ("O'", 1), ("Leary", 1), ("is", 1), ("n't", 1),
            ("Jobs", 1), ("'", 1), ("deal", 1)]
    text, spans = join_tokens(toks)
    assert text == "``Hi,'' he said (US$4).\nI'm O'Leary isn't Jobs' deal"
    assert [text[s:e] for s, e in spans] == [t for t, _ in toks]


def test_straight_quotes_open_and_close_across_sentences() -> None:
    toks = [("He", 0), ("said", 0), ('"', 0), ("no", 0), (".", 0), ("Then", 1), ("yes", 1), ('"', 1),
            ('"', 2), ("Go", 2), ('"', 2), (",", 2), ("he", 2), ("said", 2)]
    text, _ = join_tokens(toks)
    assert text == 'He said "no.\nThen yes"\n"Go", he said'


def test_bad_file_is_a_gold_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.xml"
    bad.write_text("<Document><oops></Document>", encoding="utf-8")
    with pytest.raises(GoldError):
        read_meantime(bad)
    empty = tmp_path / "y.xml"
    empty.write_text("<Document/>", encoding="utf-8")
    with pytest.raises(GoldError, match="no <token>"):
        read_meantime(empty)


@pytest.fixture(scope="module")
def docs() -> list[MeantimeDoc]:
    return list(iter_meantime())


@requires_shared
def test_all_parts_read_with_consistent_offsets(docs: list[MeantimeDoc]) -> None:
    assert len(docs) == 90
    assert {d.corpus for d in docs} == {"airbus", "apple", "gm"}
    for doc in docs:
        for tok in doc.tokens:
            assert doc.text[tok.start:tok.end] == tok.text
        for m in [*doc.entity_mentions, *doc.timexes, *doc.events]:
            assert doc.text[m.start:m.end] == m.text, (doc.doc_id, m)
        assert doc.text.count("\n") == len(doc.sentences) - 1


@requires_shared
def test_first_document_text_dct_and_timexes(docs: list[MeantimeDoc]) -> None:
    doc = next(d for d in docs if d.doc_id == "100911")
    assert doc.title.startswith("Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion")
    assert doc.text.split("\n")[1] == "March 01, 2008"
    assert doc.dct == "2008-03-01"
    creation = [t for t in doc.timexes if t.function == "CREATION_TIME"]
    assert [(t.text, t.value) for t in creation] == [("March 01, 2008", "2008-03-01")]
    assert ("a year", "SET", "P1Y") in [(t.text, t.type, t.value) for t in doc.timexes]


@requires_shared
def test_dct_falls_back_to_the_date_line(docs: list[MeantimeDoc]) -> None:
    assert all(d.dct for d in docs)
    doc = next(d for d in docs if d.doc_id == "78496")
    assert not any(t.function == "CREATION_TIME" for t in doc.timexes)
    assert doc.dct == "2007-09-01"


@requires_shared
def test_entity_mentions_carry_types_and_coreference(docs: list[MeantimeDoc]) -> None:
    doc = next(d for d in docs if d.doc_id == "100911")
    boeing = [m for m in doc.entity_mentions if m.instance_name == "Boeing"]
    assert len(boeing) > 3
    assert {m.type for m in boeing} == {"ORGANIZATION"}
    assert len({m.chain for m in boeing}) == 1
    assert {m.instance_id for m in boeing} == {"ORG37154719725500990"}
    types = {m.type for d in docs for m in d.entity_mentions}
    assert {"PERSON", "ORGANIZATION", "LOCATION", "PRODUCT", "FINANCIAL"} <= types
    # cross-document: the same instance id occurs in several articles
    boeing_id = "ORG37154719725500990"
    docs_with_boeing = {d.doc_id for d in docs for m in d.entity_mentions if m.instance_id == boeing_id}
    assert len(docs_with_boeing) > 5


@requires_shared
def test_events_and_relations(docs: list[MeantimeDoc]) -> None:
    doc = next(d for d in docs if d.doc_id == "100911")
    defeat = [e for e in doc.events if e.pred == "defeat"]
    assert len(defeat) == 2 and len({e.instance_id for e in defeat}) == 1
    kinds = {r.kind for r in doc.relations}
    assert {"TLINK", "HAS_PARTICIPANT", "REFERS_TO"} <= kinds


@requires_shared
def test_to_article_uses_dct_and_keeps_text(docs: list[MeantimeDoc]) -> None:
    doc = docs[0]
    art = to_article(doc)
    assert art.text == doc.text and art.published == doc.dct and art.title == doc.title
    assert art.source_id == doc.doc_id


@requires_shared
def test_dct_in_iso_order_and_annotated_region(docs: list[MeantimeDoc]) -> None:
    import re

    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d.dct or "") for d in docs)
    assert next(d for d in docs if d.doc_id == "120578").dct == "2009-02-03"  # written 03-02-2009
    for doc in docs:
        assert all(t.end <= doc.annotated_end for t in doc.timexes)
        assert doc.dateline == doc.sentences[1]
        assert doc.annotated_end == doc.sentences[min(ANNOTATED_SENTENCES, len(doc.sentences)) - 1][1]


@requires_shared
def test_load_article_by_doc_id() -> None:
    art = load_article("100911")
    assert art.published == "2008-03-01" and art.source_id == "100911"
    with pytest.raises(GoldError):
        load_article("nope")
