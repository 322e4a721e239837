"""The engine-agnostic core: rows in, fact rows out; steps a run does not need are left out."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.nlp import COMPONENTS
from newsgraph.process import FACT_KINDS, Failure, Plan, plan, process_articles, process_rows
from tests.engines.corpus import ARTICLES


def test_plan_follows_prerequisites_and_reads() -> None:
    full = plan(None)
    assert full.components == COMPONENTS
    assert plan({"mentions"}).components == ("newsgraph_rules", "newsgraph_entities", "newsgraph_coref")
    assert plan({"timexes"}).components == ("newsgraph_rules", "newsgraph_time")
    pipe = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert plan({"events"}).disable_for(pipe) == []
    tags_only = Plan(components=(), reads=frozenset({"doc.ents", "token.tag"}))
    assert tags_only.disable_for(pipe) == ["parser", "attribute_ruler", "lemmatizer"]
    lemmas = Plan(components=(), reads=frozenset({"token.lemma"}))  # lemmatizer <- POS <- tags <- tok2vec
    assert lemmas.disable_for(pipe) == ["parser", "ner"]


def test_unknown_fact_kind_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown kind 'smells'"):
        plan({"smells"})


def test_rows_in_fact_rows_out_in_order(nlp: Language) -> None:
    rows = [{k: v for k, v in a.items() if k != "id"} | {"source_id": a["id"]} for a in ARTICLES]
    out = process_rows(rows, nlp=nlp)
    assert [r["source_id"] for r in out] == [a["id"] for a in ARTICLES]
    first = Article.from_dict(out[0])
    assert first.id == Article.new(ARTICLES[0]["text"]).id
    assert any(e.name == "Asim Munir" for e in first.entities)
    assert out == process_rows(rows, nlp=nlp)  # deterministic


@pytest.mark.parametrize("kind", sorted(FACT_KINDS))
def test_a_reduced_run_finds_the_same_facts_as_the_full_run(nlp: Language, kind: str) -> None:
    """Measured, not assumed: disabling what a kind does not need must not change that kind's facts."""
    full = process_rows(ARTICLES, nlp=nlp)
    reduced = process_rows(ARTICLES, nlp=nlp, facts={kind})

    assert [r[kind] for r in reduced] == [r[kind] for r in full]
    skipped = set(FACT_KINDS) - {kind} - {"mentions"}
    assert all(not r[other] for r in reduced for other in skipped if FACT_KINDS[other] not in
               plan({kind}).components)


def test_a_failing_step_skips_its_article_only() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_time")

    def boom(doc: Doc, article: Article) -> None:
        if "BOOM" in doc.text:
            raise ValueError("cannot read this one")

    nlp.get_pipe("newsgraph_time").step = boom
    failures: list[Failure] = []
    rows = [{"text": "Fine."}, {"text": "BOOM here.", "source_id": "bad"}, {"text": "Also fine."}]
    out = process_rows(rows, nlp=nlp, facts={"timexes"}, failures=failures)
    assert [r["text"] for r in out] == ["Fine.", "Also fine."]
    assert [(f.source_id, f.reason) for f in failures] == [
        ("bad", "newsgraph_time: ValueError: cannot read this one")]
    with pytest.raises(ValueError):  # the handler is put back afterwards: plain use still raises
        nlp("BOOM again")


def test_a_row_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^x: no text field$"):
        process_rows([{"source_id": "x"}], nlp=spacy.blank("en"))



@pytest.mark.parametrize("facts", [None, {"events"}, {"quotes"}])
def test_rows_runs_keep_line_breaks_as_sentence_boundaries(nlp: Language, facts: set[str] | None) -> None:
    """A headline without a full stop is its own sentence in engine runs, full or reduced, as in
    :func:`process_articles` (the line-break step is no fact kind's component, but runs with the parser)."""
    text = ("Three killed as rioters bomb bank\nPolice said two died on Monday when rioters bombed a bank "
            "in Athens.")
    rows = process_rows([{"text": text, "published": "2023-12-15"}], nlp=nlp, facts=facts)
    piped = next(process_articles([Article.new(text, published="2023-12-15")], nlp)).to_dict()
    for kind in ("events", "quotes") if facts is None else facts:
        assert rows[0][kind] == piped[kind]
    assert rows[0]["quotes"] == [] or rows[0]["quotes"][0]["sentence_start"] == text.index("Police")


def test_parsing_then_finishing_gives_what_one_run_gives(nlp: Language) -> None:
    from newsgraph.process import article_from_row, parse_articles

    parsed = parse_articles([article_from_row(r) for r in ARTICLES[:3]], nlp=nlp)
    assert [name for name, _ in parsed.steps] == [c for c in COMPONENTS if c != "newsgraph_rules"]
    assert all(doc.has_annotation("DEP") and not doc._.ng.events for doc in parsed.docs)  # ours not run yet
    assert [a.to_dict() for a in parsed.finish()] == process_rows(ARTICLES[:3], nlp=nlp)


def test_a_failing_step_after_the_model_skips_the_later_steps_for_its_article() -> None:
    from newsgraph.process import article_from_row, parse_articles

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsgraph_time")
    nlp.add_pipe("newsgraph_quotes")
    seen: list[str] = []

    def boom(doc: Doc, article: Article) -> None:
        if "BOOM" in doc.text:
            raise ValueError("cannot read this one")

    nlp.get_pipe("newsgraph_time").step = boom
    nlp.get_pipe("newsgraph_quotes").step = lambda doc, article: seen.append(doc.text)
    rows = [{"text": "Fine."}, {"text": "BOOM here.", "source_id": "bad"}, {"text": "Also fine."}]
    parsed = parse_articles([article_from_row(r) for r in rows], nlp=nlp, facts={"timexes", "quotes"})
    assert seen == [] and all(doc.has_annotation("SENT_START") for doc in parsed.docs)
    failures: list[Failure] = []
    assert [a.text for a in parsed.finish(failures)] == ["Fine.", "Also fine."]
    assert seen == ["Fine.", "Also fine."]
    assert [(f.source_id, f.reason) for f in failures] == [
        ("bad", "newsgraph_time: ValueError: cannot read this one")]
