"""The rule layer ahead of the statistical NER: entities the model gets wrong, set before it runs.

The NER keeps entities that are already set, so known outlets and "Name (ACRONYM)" organisations are
fixed here. What cannot be prevented before NER (a title word tagged ORG) is repaired by
:mod:`newsgraph.extract.entities` after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsgraph.model import Article

#: News outlets the model tends to read as persons or works of art.
OUTLETS: frozenset[str] = frozenset({"Dawn", "Foreign Policy", "Reuters", "AFP", "AP", "Associated Press",
                                     "BBC", "CNN", "Al Jazeera", "The New York Times", "The Washington Post"})

_ACRONYM_ORG = re.compile(r"\b((?:[A-Z][\w'-]*(?:[- ](?:of|for|and|the|[A-Z][\w'-]*))*)[- ][A-Z][\w'-]*)"
                          r" \(([A-Z][A-Za-z-]{1,9})\)")


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def rule_spans(doc: Doc) -> list[Span]:
    """Spans the rules are sure of: outlets, and "Long Name (ACR)" organisations with their acronym."""
    spans: list[Span] = []
    for m in _ACRONYM_ORG.finditer(doc.text):
        for s, e in ((m.start(1), m.end(1)), (m.start(2), m.end(2))):
            span = _char_span(doc, s, e, "ORG")
            if span is not None:
                spans.append(span)
    for outlet in OUTLETS:
        for m in re.finditer(rf"\b{re.escape(outlet)}\b", doc.text):
            span = _char_span(doc, m.start(), m.end(), "ORG")
            if span is not None:
                spans.append(span)
    return spans


def apply_rules(doc: Doc, article: Article) -> None:
    """Set the rule spans as entities (longest first, no overlaps) before the NER runs."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(rule_spans(doc), key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    doc.set_ents(chosen, default="unmodified")
