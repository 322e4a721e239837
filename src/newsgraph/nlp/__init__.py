"""The spaCy pipeline: model resolution, our rule layer ahead of NER, and our registered components.

>>> from newsgraph.nlp import COMPONENTS
>>> COMPONENTS[0]
'newsgraph_rules'
"""

from newsgraph.nlp.pipeline import COMPONENTS, build_pipeline, doc_for, resolve_model

__all__ = ["COMPONENTS", "build_pipeline", "doc_for", "resolve_model"]
