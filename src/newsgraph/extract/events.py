"""PLOVER-coded events from the dependency parse: who did what to whom, when and where."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Article, Event, EventDate, Participant

CONSULT_TRIGGERS: dict[str, str] = {"meet": "meeting", "speak": "phone", "visit": "visit"}


def _entity_at(article: Article, tok: Token) -> str | None:
    for m in article.mentions:
        if m.start <= tok.idx < m.end:
            return m.entity
    return None


def extract_events(doc: Doc, article: Article) -> None:
    """CONSULT events (meetings, calls, visits) with subject as actor and object as recipient."""
    out: list[Event] = []
    for tok in doc:
        mode = CONSULT_TRIGGERS.get(tok.lemma_)
        if mode is None or tok.pos_ != "VERB":
            continue
        parts: list[Participant] = []
        for child in tok.subtree:
            ent = _entity_at(article, child)
            if ent and child.dep_ in ("nsubj", "dobj", "pobj", "conj", "compound") and \
                    all(p.entity != ent for p in parts):
                role = "actor" if child.dep_ == "nsubj" else "recipient"
                parts.append(Participant(entity=ent, role=role))
        date = next((t for t in article.timexes if tok.sent.start_char <= t.start < tok.sent.end_char), None)
        sent = tok.sent
        out.append(Event(id=f"v{len(out) + 1}", type="CONSULT", mode=mode, start=sent.start_char,
                         end=sent.end_char, trigger=tok.text, trigger_start=tok.idx,
                         trigger_end=tok.idx + len(tok), participants=parts,
                         date=EventDate(value=date.value, text=date.text, timex=date.id) if date else None))
    article.events = out
