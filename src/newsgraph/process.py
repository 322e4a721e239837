"""The engine-agnostic core: a batch of articles in, the same articles with their facts out.

Local process pools and distributed engines all call :func:`process_articles`; nothing else extracts.

>>> from newsgraph.model import Article
>>> arts = list(process_articles([Article.new("Gen Asim Munir met Antony Blinken on Thursday.",
...                                           published="2023-12-15")]))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.nlp import build_pipeline, doc_for


def process_articles(articles: Iterable[Article], nlp: Language | None = None,
                     batch_size: int = 32) -> Iterator[Article]:
    """Run the pipeline over articles, yielding each with its mentions, entities, timexes, quotes, events."""
    nlp = nlp or build_pipeline()
    docs = (doc_for(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        article: Article = doc._.ng
        yield article
