"""Property-based tests: random text and bytes into the decoders, readers, record checks and the pipeline.

Whatever comes in, out come articles and one-line :class:`~newsgraph.errors.InputError` values — never an
exception — and every article the pipeline gets back has facts whose offsets fit its text.
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsgraph.errors import InputError
from newsgraph.ingest import read_file, read_stream
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.records import article_from_record
from newsgraph.ingest.run import ingest_items
from newsgraph.model import Article, check_offsets
from newsgraph.process import process_articles
from newsgraph.store import Store

FAST = settings(database=None, deadline=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(database=None, deadline=None, max_examples=40,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: Text that looks like news now and then: words, punctuation, quotes, digits, and any Unicode at all.
news_words = st.sampled_from(["Gen", "Asim", "Munir", "met", "Blinken", "on", "Thursday", "said", "the",
                              "army", "\u201c", "\u201d", "\"", ".", ",", "\n\n", "in", "Washington", "2023",
                              "last", "month", "he", "told", "Dawn", "(", ")", "-", "'s", "attack", "killed"])
texts = st.one_of(st.text(max_size=300),
                  st.lists(st.one_of(news_words, st.text(max_size=8)), max_size=60).map(" ".join))
json_values = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | texts,
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8),
                                                                                       inner, max_size=4),
                           max_leaves=12)
records = st.fixed_dictionaries({}, optional={
    "id": json_values, "text": st.one_of(texts, json_values), "published": st.one_of(texts, json_values),
    "title": json_values, "source": json_values, "url": json_values, "language": json_values})


def _one_line_errors(items: list[Any]) -> list[Article]:
    """The articles among reader items, after checking every other item is a one-line InputError."""
    for item in items:
        assert isinstance(item, Article | InputError), type(item)
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(item).strip()
    return [i for i in items if isinstance(i, Article)]


@FAST
@given(st.binary(max_size=2000))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.txt", html=True)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text


@FAST
@given(st.one_of(st.binary(max_size=2000), texts.map(str.encode),
                 st.lists(records, max_size=5).map(lambda rs: "\n".join(map(json.dumps, rs)).encode())))
def test_stdin_any_bytes(data: bytes) -> None:
    for art in _one_line_errors(list(read_stream(io.BytesIO(data), "<stdin>"))):
        assert art.text.strip() == art.text and art.text


@FAST
@given(st.sampled_from([".txt", ".html", ".jsonl", ".json", ".warc", ".txt.gz", ".jsonl.gz", ".warc.gz"]),
       st.one_of(st.binary(max_size=3000), texts.map(str.encode), st.binary(max_size=300).map(gzip.compress),
                 st.lists(json_values, max_size=4).map(lambda vs: "\n".join(map(json.dumps, vs)).encode())))
def test_read_any_file(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        _one_line_errors(list(read_file(path)))


@FAST
@given(records)
def test_any_json_record(record: dict[str, Any]) -> None:
    try:
        art = article_from_record(record, "in.jsonl:1")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert art.text and isinstance(art.published, str | None) and isinstance(art.title, str | None)


@PIPELINE
@given(st.lists(texts, min_size=1, max_size=4))
@example(["KILLED \u00b2", "the \u00b2 men", "\u00b3 people died in the attacks on \u0661\u0662 December"])
def test_pipeline_on_any_text(nlp: Language, batch: list[str]) -> None:
    articles = [Article.new(t, published="2023-12-15") for t in batch]
    done = list(process_articles(articles, nlp, batch_size=2))
    assert len(done) == len(articles)
    for art in done:
        assert check_offsets(art) == []
        for facts in (art.mentions, art.entities, art.timexes, art.quotes, art.events):
            assert len({f.id for f in facts}) == len(facts)


@PIPELINE
@given(st.lists(st.one_of(texts, records), min_size=1, max_size=6))
def test_ingest_stores_every_readable_article(nlp: Language, inputs: list[Any]) -> None:
    lines = [json.dumps(x) if isinstance(x, dict) else json.dumps({"text": x}) for x in inputs]
    items = list(read_stream(io.BytesIO("\n".join(lines).encode()), "<stdin>"))
    good = {a.id for a in items if isinstance(a, Article)}
    with Store.open(":memory:") as store:
        report = ingest_items(items, store, processor=lambda b: process_articles(b, nlp))
        assert report.failed == [i for i in items if isinstance(i, InputError)]
        assert set(store.article_ids()) == good and report.stored == len(good)
