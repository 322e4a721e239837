"""Our spaCy components. Each one computes its facts from the Doc, then writes them onto ``doc._.ng``
(the :class:`~newsgraph.model.Article` being processed). The logic lives in the stage packages
(``nlp.rules``, ``extract``, ``resolve``); this module only registers it with spaCy.

>>> import spacy
>>> from newsgraph.nlp.components import ensure_extensions
>>> ensure_extensions()
>>> spacy.blank("en")("x")._.ng is None
True
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.entities import extract_mentions
from newsgraph.extract.events import extract_events
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.time import extract_timexes
from newsgraph.model import Article
from newsgraph.nlp.rules import apply_rules
from newsgraph.resolve.coref import resolve_coreference

Step = Callable[[Doc, Article], None]


def ensure_extensions() -> None:
    """Register ``Doc._.ng`` (the article whose facts our components fill in); calling it again is harmless.

    >>> ensure_extensions(); ensure_extensions()
    >>> Doc.has_extension("ng")
    True
    """
    if not Doc.has_extension("ng"):
        Doc.set_extension("ng", default=None)


def _article_of(doc: Doc) -> Article:
    """The article a Doc carries; one is made from the text when the Doc came from ``nlp(text)``."""
    ensure_extensions()
    if doc._.ng is None:
        doc._.ng = Article.new(doc.text)
    article: Article = doc._.ng
    return article


class FactStep:
    """A pipeline component that runs one stage function ``step(doc, article)``."""

    def __init__(self, step: Step) -> None:
        self.step = step

    def __call__(self, doc: Doc) -> Doc:
        self.step(doc, _article_of(doc))
        return doc


def _register(name: str, step: Step) -> None:
    if name not in Language.factories:
        Language.factory(name)(lambda nlp, name: FactStep(step))


for _name, _step in (
    ("newsgraph_rules", apply_rules),
    ("newsgraph_entities", extract_mentions),
    ("newsgraph_coref", resolve_coreference),
    ("newsgraph_time", extract_timexes),
    ("newsgraph_quotes", extract_quotes),
    ("newsgraph_events", extract_events),
):
    _register(_name, _step)
