"""The engine-agnostic core: a batch of articles in, the same articles with their facts out.

Every engine calls this module and nothing else extracts: the in-process path and the local process pool
(:mod:`newsgraph.engines.local`) and the Dask engine (:mod:`newsgraph.engines.dask`) all run
:func:`process_rows` over batches of plain article rows and get plain fact rows back, so what is stored does
not depend on the engine or on the number of workers.

A run that asks for some kinds of facts only (``facts={"entities"}``) gets a pipeline without the steps it
does not need: :func:`plan` works out which of our components the asked facts need (with their
prerequisites) and which statistical components those read from (the parser is skipped when nothing reads
dependencies or sentences, the lemmatizer when nothing reads lemmas, ...).

>>> sorted(plan({"entities"}).components)
['newsgraph_coref', 'newsgraph_entities', 'newsgraph_rules']
>>> rows = process_rows([{"text": "Gen Asim Munir met Antony Blinken on Thursday.",
...                       "published": "2023-12-15"}])  # doctest: +SKIP
>>> rows[0]["entities"][0]["name"]  # doctest: +SKIP
'Asim Munir'
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.config import max_article_chars
from newsgraph.errors import InputError
from newsgraph.model import Article, article_id
from newsgraph.nlp import COMPONENTS, build_pipeline, doc_for
from newsgraph.nlp.lines import LINES

log = logging.getLogger(__name__)

#: The kinds of facts a run can ask for, and the component that produces each.
FACT_KINDS: dict[str, str] = {
    "mentions": "newsgraph_coref",  # coreference adds the nominal and pronoun mentions
    "entities": "newsgraph_coref",
    "timexes": "newsgraph_time",
    "quotes": "newsgraph_quotes",
    "events": "newsgraph_events",
}

#: Our components each of our components needs to have run before it (direct prerequisites).
COMPONENT_NEEDS: dict[str, tuple[str, ...]] = {
    "newsgraph_rules": (),
    "newsgraph_entities": ("newsgraph_rules",),
    "newsgraph_coref": ("newsgraph_entities",),
    "newsgraph_time": ("newsgraph_rules",),  # the rules shape doc.ents, which time reads
    "newsgraph_quotes": ("newsgraph_coref",),
    "newsgraph_events": ("newsgraph_coref", "newsgraph_time"),
}

#: What each of our components reads of the statistical analysis (spaCy attribute names). Measured by
#: ``tests/engines/test_process.py``: a run that leaves out what a kind does not read finds the same facts.
_SYNTAX = frozenset({"token.tag", "token.pos", "token.lemma", "token.dep", "doc.sents"})
COMPONENT_READS: dict[str, frozenset[str]] = {
    "newsgraph_rules": frozenset({"token.tag", "token.pos"}),
    "newsgraph_entities": _SYNTAX | {"doc.ents"},  # nominal mentions: lemmas, POS, dependencies
    "newsgraph_coref": _SYNTAX,
    "newsgraph_time": _SYNTAX | {"doc.ents"},  # tense and attachment from the parse
    "newsgraph_quotes": _SYNTAX,
    "newsgraph_events": _SYNTAX,
}

#: What spaCy's standard components write and read, where their factories do not declare it.
_SPACY_ASSIGNS: dict[str, frozenset[str]] = {
    "attribute_ruler": frozenset({"token.pos", "token.morph"}),
    "morphologizer": frozenset({"token.pos", "token.morph"}),
    "senter": frozenset({"doc.sents"}),
}
_SPACY_READS: dict[str, frozenset[str]] = {
    "attribute_ruler": frozenset({"token.tag"}),
    "lemmatizer": frozenset({"token.pos"}),
}


@dataclass(frozen=True, slots=True)
class Plan:
    """Which of our components a run adds, and which statistical components it disables.

    >>> Plan((), frozenset({"doc.ents", "token.tag"})).disable_for(["tok2vec", "tagger", "parser", "ner"])
    ['parser']
    """

    components: tuple[str, ...]
    reads: frozenset[str]

    def disable_for(self, pipe_names: Sequence[str], nlp: Language | None = None) -> list[str]:
        """The statistical components of a pipeline this run does not need (ours are never listed)."""
        needed: set[str] = set()
        reads = set(self.reads)
        for name in reversed(pipe_names):  # later components' needs pull in earlier ones
            if name.startswith("newsgraph_"):
                continue
            assigns = _assigns(nlp, name)
            if assigns & reads or (name == "tok2vec" and _listened(nlp, needed)):
                needed.add(name)
                reads |= _SPACY_READS.get(name, frozenset())
        return [n for n in pipe_names if not n.startswith("newsgraph_") and n not in needed]


def _assigns(nlp: Language | None, name: str) -> frozenset[str]:
    declared: frozenset[str] = frozenset()
    if nlp is not None and name in nlp.pipe_names:
        declared = frozenset(nlp.get_pipe_meta(name).assigns)
    elif name in ("tagger", "parser", "lemmatizer", "ner"):
        declared = frozenset({"tagger": {"token.tag"}, "lemmatizer": {"token.lemma"}, "ner": {"doc.ents"},
                              "parser": {"token.dep", "doc.sents"}}[name])
    return declared | _SPACY_ASSIGNS.get(name, frozenset())


def _listened(nlp: Language | None, needed: set[str]) -> bool:
    """Whether a needed component listens to the shared ``tok2vec`` (it then has to run)."""
    if nlp is None or "tok2vec" not in nlp.pipe_names:
        return bool(needed & {"tagger", "parser"})
    listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
    return bool(needed & set(listeners))


def plan(facts: Collection[str] | None = None) -> Plan:
    """The plan of a run that asks for some kinds of facts (all of them when None).

    >>> plan({"timexes"}).components
    ('newsgraph_rules', 'newsgraph_time')
    >>> plan({"smells"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: facts: unknown kind 'smells' (known: entities, events, ...)
    """
    wanted = set(FACT_KINDS) if facts is None else set(facts)
    unknown = sorted(wanted - set(FACT_KINDS))
    if unknown:
        raise InputError("facts", f"unknown kind {unknown[0]!r} (known: {', '.join(sorted(FACT_KINDS))})")
    todo = [FACT_KINDS[f] for f in wanted]
    chosen: set[str] = set()
    while todo:
        comp = todo.pop()
        if comp not in chosen:
            chosen.add(comp)
            todo.extend(COMPONENT_NEEDS[comp])
    components = tuple(c for c in COMPONENTS if c in chosen)
    reads = frozenset().union(*(COMPONENT_READS[c] for c in components))
    return Plan(components=components, reads=reads)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article the pipeline could not process: its id and the one-line reason."""

    id: str
    source_id: str | None
    reason: str


def article_from_row(row: Mapping[str, Any]) -> Article:
    """An unprocessed Article from a plain row (``text`` plus optional metadata; ``id`` computed if absent).

    >>> article_from_row({"text": "Hi.", "source": "Dawn"}).id == article_id("Hi.")
    True
    """
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(str(row.get("source_id") or row.get("id") or "row"), "no text field")
    data = {k: v for k, v in row.items() if k not in ("mentions", "entities", "timexes", "quotes", "events")}
    data["id"] = data.get("id") or article_id(text)
    return Article.from_dict(data)


def process_rows(rows: Sequence[Mapping[str, Any]], *, facts: Collection[str] | None = None,
                 model: str | None = None, nlp: Language | None = None,
                 failures: list[Failure] | None = None) -> list[dict[str, Any]]:
    """Process a batch of article rows; return one fact row (``Article.to_dict()``) per processed article.

    Rows come back in input order. An article a pipeline step fails on is left out and recorded in
    ``failures`` (when a list is given) instead of stopping the batch. The pipeline is the per-process
    cached full one (:func:`newsgraph.nlp.build_pipeline`), so a worker loads its model once; the steps
    the asked ``facts`` do not need are disabled for the call.
    """
    articles = [article_from_row(r) for r in rows]
    return [a.to_dict() for a in run_articles(articles, facts=facts, model=model, nlp=nlp, failures=failures)]


def run_articles(articles: Sequence[Article], *, facts: Collection[str] | None = None,
                 model: str | None = None, nlp: Language | None = None,
                 failures: list[Failure] | None = None) -> list[Article]:
    """Process Article objects in one ``nlp.pipe`` call; see :func:`process_rows`.

    The same as :func:`parse_articles` followed by :meth:`Parsed.finish`.
    """
    return parse_articles(articles, facts=facts, model=model, nlp=nlp).finish(failures)


@dataclass(slots=True)
class Parsed:
    """A batch of articles the statistical model has analysed, waiting for our last components.

    :func:`parse_articles` runs the model (and our components that the model reads from, such as the
    rules before NER); :meth:`finish` runs our components after the model, one Doc at a time. The two halves
    can run in different threads (:class:`newsgraph.engines.local.LocalEngine` overlaps them): the second
    one reads the shared vocabulary and only adds strings to it (``StringStore.add``, C code that holds
    the interpreter lock throughout), and it never makes lexemes, which only the tokenizer in the first
    half does.

    >>> Parsed([], [], [], {}).finish()
    []
    """

    articles: Sequence[Article]
    docs: list[Doc]
    #: Our components after the model's last one, in pipeline order: (name, component).
    steps: list[tuple[str, Callable[[Doc], Doc]]]
    #: Article (by ``id``) -> why it failed, so far.
    failed: dict[int, str]

    def finish(self, failures: list[Failure] | None = None) -> list[Article]:
        """Run the remaining components over each Doc; record the batch's failures in article order into
        ``failures`` (when given); return the processed articles, in input order.

        A component that raises on a Doc fails its article, and the later components skip that Doc (as
        ``nlp.pipe`` with an error handler does). The Docs are let go afterwards (the articles keep the
        facts).
        """
        docs, self.docs = self.docs, []
        for doc in docs:
            for name, step in self.steps:
                try:
                    step(doc)
                except Exception as exc:
                    self.failed[id(doc._.ng)] = f"{name}: {type(exc).__name__}: {exc}"
                    break
        for a in self.articles:
            if id(a) in self.failed:
                log.warning("article %s (%s) skipped: %s", a.id, a.source_id, self.failed[id(a)])
                if failures is not None:
                    failures.append(Failure(a.id, a.source_id, self.failed[id(a)]))
        return [a for a in self.articles if id(a) not in self.failed]


def parse_articles(articles: Sequence[Article], *, facts: Collection[str] | None = None,
                   model: str | None = None, nlp: Language | None = None) -> Parsed:
    """Run the statistical model over a batch (with our components before its last one); see
    :class:`Parsed`. An article too long, or one a step fails on, is recorded as failed, not raised.

    >>> parse_articles([]).docs
    []
    """
    run = plan(facts)
    nlp = nlp or build_pipeline(model)
    disable = run.disable_for(nlp.pipe_names, nlp)
    disable += [c for c in nlp.pipe_names if c.startswith("newsgraph_") and c not in run.components
                and not (c == LINES and "parser" not in disable)]  # the parser's line breaks stay with it
    tail = _tail(nlp.pipe_names, disable)
    failed: dict[int, str] = {}

    def on_error(name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:
            failed[id(doc._.ng)] = f"{name}: {type(exc).__name__}: {exc}"

    limit = min(max_article_chars(), nlp.max_length)
    for a in articles:
        if len(a.text) > limit:
            failed[id(a)] = f"article too long: {len(a.text):,} characters (the limit is {limit:,})"
    todo = [a for a in articles if id(a) not in failed]
    previous = nlp.default_error_handler  # our components use it (spaCy's own ones raise)
    nlp.default_error_handler = on_error
    try:
        docs = _pipe_each_on_error(nlp, todo, disable + tail, failed) if todo else []
    finally:
        nlp.default_error_handler = previous
    return Parsed(articles, docs, [(name, nlp.get_pipe(name)) for name in tail], failed)


def _tail(pipe_names: Sequence[str], disable: Sequence[str]) -> list[str]:
    """Our components that run after the statistical model's last component (and are not disabled).

    >>> _tail(["tok2vec", "newsgraph_rules", "ner", "newsgraph_coref", "newsgraph_time"], ["newsgraph_time"])
    ['newsgraph_coref']
    """
    statistical = [i for i, name in enumerate(pipe_names) if not name.startswith("newsgraph_")]
    after = pipe_names[statistical[-1] + 1:] if statistical else pipe_names
    return [name for name in after if name not in disable]


def _pipe(nlp: Language, articles: Sequence[Article], disable: list[str]) -> list[Doc]:
    docs = [doc_for(nlp, a) for a in articles]
    return list(nlp.pipe(docs, batch_size=max(1, len(docs)), disable=disable))


def _pipe_each_on_error(nlp: Language, articles: Sequence[Article], disable: list[str],
                        failed: dict[int, str]) -> list[Doc]:
    """Run a batch; if a spaCy component raises, run it again article by article, so one fails alone.
    The Docs that came through, in input order."""
    try:
        return _pipe(nlp, articles, disable)
    except Exception:
        log.debug("batch failed, retrying article by article", exc_info=True)
    docs: list[Doc] = []
    for a in articles:
        failed.pop(id(a), None)
        try:
            docs += _pipe(nlp, [a], disable)
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            failed[id(a)] = f"{type(exc).__name__}: {first}"
    return docs


def process_articles(articles: Iterable[Article], nlp: Language | None = None,
                     batch_size: int = 32) -> Iterator[Article]:
    """Run the pipeline over articles, yielding each with its mentions, entities, timexes, quotes, events.

    Errors propagate (use :func:`process_rows` to skip failing articles instead).
    """
    nlp = nlp or build_pipeline()
    docs = (doc_for(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        article: Article = doc._.ng
        yield article
