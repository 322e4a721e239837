"""Sentence boundaries at line breaks: a line of an article (a headline, a dateline, a paragraph, a URL
line) never shares a sentence with the next one.

The component runs before the parser, which keeps sentence starts set before it. Without it, a headline
without a full stop is parsed as part of the first sentence of the body.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = _mark_line_starts(nlp("Three killed as rioters bomb bank\\nPolice said two died."))
>>> [t.text for t in doc if t.is_sent_start]
['Three', 'Police']
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

#: The name of the component in the pipeline.
LINES = "newsgraph_lines"


def _mark_line_starts(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start (the rest is left to the parser).

    A line break is a whitespace token holding "\\n" (a token's own trailing whitespace is one space at
    most); only those are looked at, by their indices (``IS_SPACE``), not every token of the Doc.
    """
    spaces = doc.to_array(IS_SPACE)
    n = len(doc)
    marked = -1
    for s in numpy.flatnonzero(spaces).tolist():
        if s < marked or "\n" not in doc[s].text:
            continue
        j = s + 1
        while j < n and spaces[j]:
            j += 1
        if j < n:
            doc[j].is_sent_start = True
        marked = j
    return doc


if LINES not in Language.factories:
    Language.component(LINES, func=_mark_line_starts)
