"""Quotes: who said what, with the speaker resolved to an entity."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.model import Article, Quote, Speaker

_QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]{3,})[\u201d\"]")
CUES: frozenset[str] = frozenset({"say", "add", "tell", "note", "state", "claim"})


def extract_quotes(doc: Doc, article: Article) -> None:
    """Direct quotes whose sentence holds a speech verb; the speaker is that verb's subject."""
    out: list[Quote] = []
    for m in _QUOTED.finditer(doc.text):
        sent = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sent is None:
            continue
        sentence = sent.sent
        cue = next((t for t in sentence if t.lemma_ in CUES and t.pos_ == "VERB"), None)
        if cue is None:
            continue
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        speaker = None
        if subj is not None:
            s = doc[subj.left_edge.i: subj.right_edge.i + 1]
            ent = next((x for x in article.mentions if x.start <= s.start_char < x.end or
                        s.start_char <= x.start < s.end_char), None)
            speaker = Speaker(text=s.text, start=s.start_char, end=s.end_char,
                              entity=ent.entity if ent else None)
        out.append(Quote(id=f"q{len(out) + 1}", start=m.start(1), end=m.end(1), text=m.group(1),
                         kind="direct", cue=cue.lemma_, cue_start=cue.idx, cue_end=cue.idx + len(cue),
                         speaker=speaker, sentence_start=sentence.start_char, sentence_end=sentence.end_char))
    article.quotes = out
