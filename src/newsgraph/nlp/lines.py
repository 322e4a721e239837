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

from spacy.language import Language
from spacy.tokens import Doc

#: The name of the component in the pipeline.
LINES = "newsgraph_lines"


def _mark_line_starts(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start (the rest is left to the parser)."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            continue
        if tok.i > 0 and (after_break or "\n" in doc[tok.i - 1].whitespace_):
            tok.is_sent_start = True
        after_break = "\n" in tok.whitespace_
    return doc


if LINES not in Language.factories:
    Language.component(LINES, func=_mark_line_starts)
