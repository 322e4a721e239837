"""A Doc's text, computed once per Doc.

spaCy builds ``Doc.text`` anew on every access by joining the text of every token; our components read it
thousands of times per article (quote windows, evidence spans, trigger texts), which cost more than all of
their own work together. :func:`doc_text` keeps it in the Doc's ``user_data``, keyed by the number of
tokens so that a retokenized Doc gets its text again.

>>> import spacy
>>> doc = spacy.blank("en")("Gen Asim Munir met Antony Blinken.")
>>> doc_text(doc) == doc.text, doc_text(doc) is doc_text(doc)
(True, True)
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """The text of a Doc (``doc.text``), built once and reused while the Doc keeps its tokens.

    >>> import spacy
    >>> doc_text(spacy.blank("en")("A call on Wednesday."))
    'A call on Wednesday.'
    """
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_KEY] = cached
    text: str = cached[1]
    return text
