"""Attributions in the parse: a cue ("said", "according to"), its speaker, addressee and reported clause.

An :class:`Attribution` is found from the dependency parse alone; :mod:`newsgraph.extract.quotes` then pairs
it with quotation marks (direct and mixed quotes) or keeps its clause (indirect quotes).

Layouts of the reported clause:

- ``ccomp``: the cue governs it ("Miller said [the US would ...]", "[X lacks ties], the report added");
- ``trailing``: the cue closes the sentence after a comma and the parser did not link them
  ("[They discussed ...], a diplomatic source told Dawn");
- ``according``: "according to X, [...]" or "[...], according to X";
- ``none``: no clause (the cue can still introduce a quotation: ``he said: “...”``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.quote_lexicon import QuoteLexicon
from newsgraph.extract.quote_marks import QuotedSpan

_SUBJ = frozenset({"nsubj", "csubj"})
_PUNCT_EDGE = frozenset({",", ".", ";", ":", "-", "—", "–", "!", "?"})
_QUOTE_CHARS = frozenset({"“", "”", '"', "„", "``", "''", "`", "'"})
_LEAD_MARKS = frozenset({"that"})
_SPEAKER_CUT = frozenset({"relcl", "advcl", "punct", "cc", "conj"})


@dataclass(slots=True)
class Attribution:
    """A cue with its speaker: token indices into the Doc; ``content`` is a token range ``[start, end)``."""

    cue: Token
    lemma: str
    cue_last: int
    speaker: Span | None
    speaker_head: Token | None
    addressee: Span | None
    content: tuple[int, int] | None
    layout: str

    @property
    def group_start(self) -> int:
        """First token of the attribution proper (speaker, cue)."""
        starts = [self.cue.i] + ([self.speaker.start] if self.speaker is not None else [])
        return min(starts)

    @property
    def group_end(self) -> int:
        """One past the last token of the attribution proper (speaker, cue, addressee)."""
        ends = [self.cue_last + 1]
        ends += [self.speaker.end] if self.speaker is not None else []
        ends += [self.addressee.end] if self.addressee is not None else []
        return max(ends)


def is_quote_token(tok: Token) -> bool:
    """A quotation mark token (any style).

    >>> import spacy
    >>> [is_quote_token(t) for t in spacy.blank("en")('“a”')]
    [True, False, True]
    """
    return tok.text in _QUOTE_CHARS


def _in_quotes(tok: Token, quoted: list[QuotedSpan]) -> bool:
    return any(q.start <= tok.idx < q.end for q in quoted)


def _is_cue(tok: Token, lex: QuoteLexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in lex.cue_verbs or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    particles = lex.cue_particles.get(lemma)
    return particles is None or any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children)


def _np_span(head: Token) -> Span:
    """The noun phrase a speaker head heads, without relative clauses and trailing clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if child.dep_ in _SPEAKER_CUT:
            break
        end = child.right_edge.i + 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _speaker_span(cue: Token, head: Token) -> Span:
    """The speaker phrase; a parse that splits one subject in two ("A report by X" / "Y said") is joined."""
    span = _np_span(head)
    others = [c for c in cue.children if c.dep_ == "nsubj" and c.i != head.i and c.i > head.i]
    if head.head.i == cue.i and others and all(t.pos_ not in ("VERB", "AUX") or t.dep_ in ("acl", "relcl")
                                           for t in head.doc[span.end:others[0].i]):
        return head.doc[span.start:_np_span(others[-1]).end]
    return span


def _subject(cue: Token, lex: QuoteLexicon, depth: int = 0) -> Token | None:
    """The speaker head of a cue: its subject, an agent, or what a participle or statement inherits."""
    for child in cue.children:
        if child.dep_ in _SUBJ and child.lower_ not in ("that", "which"):
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in cue.children) or depth > 2:
        return None
    head = cue.head
    if cue.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if cue.dep_ == "acl" and head.lemma_.lower() in lex.document_nouns:
        issues = head.dep_ == "dobj" and head.head.pos_ == "VERB"
        issuer = _subject(head.head, lex, depth + 1) if issues else None
        return issuer or head
    if cue.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX") and head.i != cue.i:
        if cue.dep_ != "conj" and cue.tag_ not in ("VBG", "VBN"):
            return None
        return _subject(head, lex, depth + 1)
    return None


def _addressee(cue: Token, lex: QuoteLexicon) -> Span | None:
    """Whom the speaker told ("told Dawn"), or the medium ("said in a press release")."""
    for child in cue.children:
        nominal = child.pos_ in ("PROPN", "NOUN", "PRON")
        if cue.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and nominal:
            return _np_span(child)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and cue.lemma_.lower() != "tell":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return _np_span(pobj)
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in lex.medium_prepositions:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in lex.document_nouns | lex.media_nouns:
                return _np_span(pobj)
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A content range without leading complementizer, edge punctuation and spaces."""
    while start < end and (doc[start].is_space or doc[start].text in _PUNCT_EDGE
                           or doc[start].lower_ in _LEAD_MARKS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _PUNCT_EDGE):
        end -= 1
    return (start, end) if end > start else None


def _has_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` hold a verb with its subject (a reported clause, not a phrase)."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and start <= t.head.i < end
               and t.head.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _ccomp_content(cue: Token) -> tuple[int, int] | None:
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None and cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head
        end = cue.left_edge.i if cue.i > head.i else head.right_edge.i + 1
        return _trim(cue.doc, head.left_edge.i, end)
    if clause is None:
        return None
    return _trim(cue.doc, clause.left_edge.i, clause.right_edge.i + 1)


def _trailing_content(cue: Token, group_start: int) -> tuple[int, int] | None:
    """The clause before ``, <speaker> <cue>`` at a sentence's end, when the parser did not link it."""
    doc, sent = cue.doc, cue.sent
    i = group_start - 1
    while i >= sent.start and (is_quote_token(doc[i]) or doc[i].is_space):
        i -= 1
    if i < sent.start or doc[i].text not in (",", "—", "–"):
        return None
    start = sent.start
    while start < i and (doc[start].is_space or is_quote_token(doc[start])):
        start += 1
    if not _has_clause(doc, start, i):
        return None
    return _trim(doc, start, i + 1)


def _according(tok: Token, lex: QuoteLexicon) -> Attribution | None:
    """``according to X`` with the clause it attaches to."""
    for words in lex.source_prepositions:
        if tok.lower_ != words[0] or tok.i + len(words) > len(tok.doc):
            continue
        if [t.lower_ for t in tok.doc[tok.i:tok.i + len(words)]] != list(words):
            continue
        last = tok.doc[tok.i + len(words) - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((t for t in tok.doc[last.i + 1:tok.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if pobj is None:
            return None
        speaker = _np_span(pobj)
        sent = tok.sent
        if tok.i - sent.start <= 2:
            content = _trim(tok.doc, speaker.end, sent.end)
        else:
            content = _trim(tok.doc, sent.start, tok.i)
        return Attribution(tok, " ".join(words), last.i, speaker, pobj, None, content, "according")
    return None


def find_attributions(doc: Doc, quoted: list[QuotedSpan], lex: QuoteLexicon) -> list[Attribution]:
    """Every cue outside quotations with the speaker, addressee and reported clause the parse gives it."""
    out: list[Attribution] = []
    for tok in doc:
        if _in_quotes(tok, quoted):
            continue
        acc = _according(tok, lex)
        if acc is not None:
            out.append(acc)
            continue
        if not _is_cue(tok, lex):
            continue
        head = _subject(tok, lex)
        speaker = _speaker_span(tok, head) if head is not None else None
        prt = next((c.i for c in tok.children if c.dep_ == "prt"), tok.i)
        att = Attribution(tok, tok.lemma_.lower(), max(prt, tok.i), speaker, head, _addressee(tok, lex),
                          None, "none")
        content = _ccomp_content(tok)
        if content is not None:
            att.content, att.layout = content, "ccomp"
        elif speaker is not None:
            trailing = _trailing_content(tok, att.group_start)
            if trailing is not None:
                att.content, att.layout = trailing, "trailing"
        out.append(att)
    return out
