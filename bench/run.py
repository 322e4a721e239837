"""One throughput measurement, in a fresh process: ``python -m bench.run KIND CORPUS [options]``.

Prints one JSON object (articles, words, seconds, peak RSS per process in bytes). Kinds:

- ``model``: ``nlp.pipe`` of the statistical model alone (its own components: tagger, parser, lemmatizer,
  NER), none of ours -- the "NLP model's own time" the ingest is held against;
- ``pipe``: bare ``nlp.pipe`` of the same pipeline (model and our components) on the same articles, in this
  process; seconds include loading the model, as an ingest's do;
- ``ingest``: the full ingest (:func:`newsgraph.engines.ingest.ingest_paths`, what ``newsgraph ingest``
  runs) into a new SQLite database, with ``--workers`` and ``--engine``;
- ``nprocess``: spaCy's own multiprocessing (``nlp.pipe(n_process=N)``), which ships every Doc back to
  this process (the facts converted to plain dicts first, so they can travel);
- ``pool``: our worker pool (:class:`newsgraph.engines.local.LocalEngine`) over the same articles, fact
  rows back and nothing stored: the like-for-like counterpart of ``nprocess``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.engines.base import EngineOptions, peak_rss
from newsgraph.ingest.readers import read_paths
from newsgraph.model import Article
from newsgraph.nlp import build_pipeline, doc_for


def _articles(corpus: Path) -> list[Article]:
    return [a for a in read_paths([corpus]) if isinstance(a, Article)]


def _words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def run_pipe(corpus: Path, batch_size: int, ours: bool = True) -> dict[str, Any]:
    """Bare ``nlp.pipe`` over the corpus (seconds include the model load); ``ours=False``: the model only."""
    articles = _articles(corpus)
    start = time.perf_counter()
    nlp = build_pipeline() if ours else build_pipeline(components=())
    failed: list[str] = []

    def count(name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
        failed.append(name)  # as ingest: the article is left out, the run goes on

    nlp.default_error_handler = count
    for _ in nlp.pipe((doc_for(nlp, a) for a in articles), batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return {"articles": len(articles), "words": _words(articles), "seconds": seconds, "failed": len(failed),
            "peak_rss": {"main": peak_rss()}}


def run_ingest(corpus: Path, db: Path, workers: int, engine: str, batch_size: int) -> dict[str, Any]:
    """The full ingest into a new SQLite database."""
    from newsgraph.engines.ingest import ingest_paths
    from newsgraph.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    with Store.open(db) as store:
        result = ingest_paths([corpus], store, EngineOptions(workers=workers, batch_size=batch_size),
                              engine=engine)
    seconds = time.perf_counter() - start
    rss = {str(pid): v for pid, v in result.stats.peak_rss.items()}
    rss["main"] = peak_rss()
    return {"articles": result.stats.articles, "words": result.stats.words, "seconds": seconds,
            "stored": result.report.stored, "failed": len(result.report.failed), "peak_rss": rss}


@Language.component("bench_article_from_context")
def _article_from_context(doc: Doc) -> Doc:
    """Give a Doc its article from the row sent along as its context (``as_tuples``)."""
    doc._.ng = Article.from_dict(doc._context)
    return doc


@Language.component("bench_facts_to_dict")
def _facts_to_dict(doc: Doc) -> Doc:
    """Turn the article a Doc carries into a plain dict (spaCy must serialize it to send the Doc back).

    Other Doc extension values our components leave (plain Python objects) cannot travel: they are dropped.
    """
    article = doc._.ng
    doc.user_data.clear()
    doc._.ng = article.to_dict() if isinstance(article, Article) else article
    return doc


def _ignore(name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
    """An error handler that leaves the failing Doc out (spaCy's workers must not stop on it)."""


def run_nprocess(corpus: Path, processes: int, batch_size: int) -> dict[str, Any]:
    """spaCy's ``n_process``: each worker sends whole Docs (with their facts) back to this process."""
    articles = _articles(corpus)
    start = time.perf_counter()
    nlp = build_pipeline()
    doc_for(nlp, articles[0])  # registers the Doc extension before spaCy copies it to the workers
    nlp.add_pipe("bench_article_from_context", first=True)
    nlp.add_pipe("bench_facts_to_dict", last=True)
    nlp.default_error_handler = _ignore  # as ingest: an article a step fails on is left out; the run goes on
    n = 0
    try:
        pairs = ((a.text, a.to_dict()) for a in articles)
        for doc, _ in nlp.pipe(pairs, as_tuples=True, n_process=processes, batch_size=batch_size):
            n += isinstance(doc._.ng, dict)
    finally:
        nlp.remove_pipe("bench_article_from_context")
        nlp.remove_pipe("bench_facts_to_dict")
    seconds = time.perf_counter() - start
    return {"articles": n, "words": _words(articles), "seconds": seconds, "peak_rss": {"main": peak_rss()}}


def run_pool(corpus: Path, workers: int, batch_size: int) -> dict[str, Any]:
    """Our pool: each worker loads the pipeline once and sends plain fact rows back; nothing is stored."""
    from newsgraph.engines.base import chunked
    from newsgraph.engines.local import LocalEngine

    articles = _articles(corpus)
    start = time.perf_counter()
    n = 0
    with LocalEngine(EngineOptions(workers=workers, batch_size=batch_size)) as engine:
        for result in engine.run(chunked((a.to_dict() for a in articles), batch_size)):
            n += len(result.rows)
        rss = {str(pid): v for pid, v in engine.peak_rss.items()}
    seconds = time.perf_counter() - start
    rss["main"] = peak_rss()
    return {"articles": n, "words": _words(articles), "seconds": seconds, "peak_rss": rss}


def main() -> None:
    """Parse the command line, run one measurement, print its JSON."""
    p = argparse.ArgumentParser(prog="python -m bench.run")
    p.add_argument("kind", choices=["model", "pipe", "ingest", "nprocess", "pool"])
    p.add_argument("corpus", type=Path)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--engine", default="local")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--db", type=Path, default=Path("bench.db"))
    a = p.parse_args()
    if a.kind in ("pipe", "model"):
        out = run_pipe(a.corpus, a.batch_size, ours=a.kind == "pipe")
    elif a.kind == "ingest":
        out = run_ingest(a.corpus, a.db, a.workers, a.engine, a.batch_size)
    elif a.kind == "pool":
        out = run_pool(a.corpus, a.workers, a.batch_size)
    else:
        out = run_nprocess(a.corpus, a.workers, a.batch_size)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
