"""Entity mentions: named mentions from the NER, repaired by rules (titles are roles, not organisations;
"Gen Munir's" is the person without title and possessive).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.model import Article, Mention

ENTITY_LABELS: dict[str, str] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
                                 "FAC": "FAC"}
TITLE_WORDS: frozenset[str] = frozenset({"gen", "gen.", "general", "secretary", "mr", "mr.", "ms", "ms.", "dr",
                                         "dr.", "president", "minister", "brig", "brig.", "col", "col."})


def _trim(span: Span) -> Span:
    """Drop leading determiners and titles, and a trailing possessive, from a name span."""
    start, end = span.start, span.end
    while start < end - 1 and (span.doc[start].lower_ in TITLE_WORDS or span.doc[start].lower_ == "the"):
        start += 1
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return Span(span.doc, start, end, label=span.label_)


def extract_mentions(doc: Doc, article: Article) -> None:
    """Named mentions of people, organisations and places, in text order."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        span = _trim(ent)
        mentions.append(Mention(id=f"m{len(mentions) + 1}", start=span.start_char, end=span.end_char,
                                text=span.text, type=label, kind="NAM"))
    article.mentions = mentions
