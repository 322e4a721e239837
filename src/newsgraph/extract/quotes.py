"""Quotes: who said what — direct, indirect and mixed quotes with cue, speaker, addressee and evidence.

Needs coreference (``article.mentions``/``article.entities``) to name speakers; runs after it.

1. quotation marks give the direct quotes (:mod:`~newsgraph.extract.quote_marks`);
2. the parse gives attributions: a cue verb or "according to" with its speaker, addressee and reported
   clause (:mod:`~newsgraph.extract.quote_cues`; the cue lexicon is ``data/quote_cues.yaml``);
3. each quotation takes the attribution beside it — after it ("“...,” he said"), before it
   ("he said: “...”", "issued a statement saying that “...”"); a quotation that is only part of the
   reported clause makes a *mixed* quote (They discussed “...”, a source told Dawn); a quotation standing
   alone right after another one continues its speaker's words;
4. attributions left with a reported clause are *indirect* quotes ("Miller said the US would ...",
   "according to the report, ...");
5. speakers are resolved to entities or kept as descriptors (:mod:`~newsgraph.extract.quote_speakers`).

>>> from newsgraph.nlp import build_pipeline  # doctest: +SKIP
>>> doc = build_pipeline()("“We are ready,” Miller said.")  # doctest: +SKIP
>>> [(q.text, q.cue, q.speaker.text) for q in doc._.ng.quotes]  # doctest: +SKIP
[('We are ready,', 'say', 'Miller')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.quote_cues import Attribution, find_attributions, is_quote_token
from newsgraph.extract.quote_lexicon import load_lexicon
from newsgraph.extract.quote_marks import QuotedSpan, find_quoted
from newsgraph.extract.quote_speakers import SpeakerResolver
from newsgraph.model import Article, Quote, Speaker

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON", "AUX"})
_SENT_END = frozenset({".", "!", "?"})
_MIN_WORDS = 3


@dataclass(slots=True)
class _Draft:
    """A quote before its speaker is resolved: content characters, kind, and where it comes from."""

    start: int
    end: int
    kind: str
    att: Attribution | None
    confidence: float
    source: _Draft | None = None
    quote: QuotedSpan | None = None

    def reach(self, doc: Doc) -> int:
        """The end of the sentence where the quote and its attribution end."""
        ends = [self.end, self.quote.outer_end if self.quote else self.end]
        if self.att is not None:
            last = doc[self.att.group_end - 1]
            ends.append(last.idx + len(last))
        end = max(ends)
        span = doc.char_span(end - 1, end, alignment_mode="expand")
        return max(end, span.sent.end_char) if span is not None and len(span) else end


class _Text:
    """Token lookups by character offset, and the windows beside a quotation."""

    def __init__(self, doc: Doc, quoted: list[QuotedSpan]) -> None:
        self.doc, self.quoted = doc, quoted
        self.starts = [t.idx for t in doc]

    def token_at(self, char: int) -> int:
        """The index of the token starting at or before ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _other_quote(self, tok: Token, q: QuotedSpan) -> bool:
        return any(o is not q and o.inside(tok.idx) for o in self.quoted)

    def after(self, q: QuotedSpan) -> list[Token]:
        """Tokens after a quotation up to its sentence's end (none when the quotation ended a sentence)."""
        doc, text = self.doc, self.doc.text
        rest = text[q.outer_end:].lstrip(" \t")
        last = text[q.end - 1] if q.end > q.start else ""
        if not rest or rest[0] == "\n" or (last in _SENT_END and not rest[0].islower()):
            return []
        out: list[Token] = []
        for tok in doc[self.token_at(q.outer_end):]:
            if tok.idx < q.outer_end:
                continue
            if "\n" in tok.text or self._other_quote(tok, q):
                break
            out.append(tok)
            if tok.text in _SENT_END:
                break
        return out

    def before(self, q: QuotedSpan) -> list[Token]:
        """Tokens before a quotation back to its sentence's start."""
        out: list[Token] = []
        i = self.token_at(q.outer_start)
        if self.doc[i].idx >= q.outer_start:
            i -= 1
        while i >= 0:
            tok = self.doc[i]
            if "\n" in tok.text or tok.text in _SENT_END or self._other_quote(tok, q):
                break
            out.append(tok)
            i -= 1
        return out[::-1]


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.pos_ in _CONTENT_POS and not t.is_punct and not is_quote_token(t)
            and t.lower_ != "that"]


def _char_range(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    last = doc[tokens[1] - 1]
    return doc[tokens[0]].idx, last.idx + len(last.text)


def _pick(text: str, q: QuotedSpan, after: list[Token], before: list[Token],
          by_cue: dict[int, Attribution]) -> tuple[Attribution, str] | None:
    """The attribution of a quotation and the side it is on (``after`` or ``before``)."""
    a_after = next((by_cue[t.i] for t in after if t.i in by_cue), None)
    b_before = next((by_cue[t.i] for t in reversed(before) if t.i in by_cue), None)
    if b_before is not None and text[b_before.cue.idx:q.outer_start].rstrip().endswith(":"):
        return b_before, "before"
    if a_after is not None:
        gap = [t for t in after if t.i < a_after.group_start]
        if all(t.is_punct or t.is_space or is_quote_token(t) for t in gap):
            return a_after, "after"
    if b_before is not None:
        return b_before, "before"
    return (a_after, "after") if a_after is not None else None


def _shape(doc: Doc, q: QuotedSpan, att: Attribution, side: str, before: list[Token]) -> tuple[str, int, int]:
    """Direct or mixed, and the content characters: a mixed quote's content is its whole reported clause."""
    if att.content is not None:
        cs, ce = _char_range(doc, att.content)
        if cs <= q.start < ce or cs < q.end <= ce:
            outside = [t for t in doc[att.content[0]:att.content[1]] if not q.inside(t.idx)
                       and not _narrator_branch(t, q)]
            if _words(outside):
                return "mixed", min(cs, q.start), max(ce, q.end)
            return "direct", q.start, q.end
    if side == "after" and _words(before):
        first = next(t for t in before if not (t.is_space or t.is_punct or is_quote_token(t)))
        return "mixed", first.idx, q.end
    return "direct", q.start, q.end


def _narrator_branch(tok: Token, q: QuotedSpan) -> bool:
    """A token after a quotation on a coordinated branch of it ("“...” but did not say more")."""
    if tok.idx < q.outer_end:
        return False
    for anc in [tok, *tok.ancestors]:
        if q.inside(anc.idx):
            return False
        if anc.dep_ in ("conj", "cc") and q.inside(anc.head.idx):
            return True
    return False


def _standalone(q: QuotedSpan, after: list[Token], before: list[Token]) -> bool:
    return not _words(after) and not _words(before)


def _direct(doc: Doc, quoted: list[QuotedSpan], atts: list[Attribution], text: _Text) -> list[_Draft]:
    by_cue = {a.cue.i: a for a in atts if a.speaker is not None}
    drafts: list[_Draft] = []
    for q in quoted:
        after, before = text.after(q), text.before(q)
        picked = _pick(doc.text, q, after, before, by_cue)
        if picked is not None:
            att, side = picked
            kind, start, end = _shape(doc, q, att, side, before)
            conf = 0.9 if kind == "direct" else 0.8
            drafts.append(_Draft(start, end, kind, att, conf, quote=q))
            continue
        prev = drafts[-1] if drafts else None
        if prev is not None and _standalone(q, after, before) \
                and _adjacent(doc.text, prev.reach(doc), q.outer_start):
            drafts.append(_Draft(q.start, q.end, "direct", prev.att, 0.7, source=prev, quote=q))
    return drafts


def _adjacent(text: str, reach: int, start: int) -> bool:
    """Only punctuation and white space between the end of one quote and the start of the next."""
    return reach <= start and all(not c.isalnum() for c in text[reach:start])


def _indirect(doc: Doc, quoted: list[QuotedSpan], atts: list[Attribution],
              taken: list[_Draft]) -> list[_Draft]:
    used = {d.att.cue.i for d in taken if d.att is not None}
    spans = [(d.start, d.end) for d in taken]
    out: list[_Draft] = []
    for att in atts:
        if att.cue.i in used or att.content is None or att.speaker is None:
            continue
        if att.content[1] - att.content[0] < _MIN_WORDS:
            continue
        start, end = _char_range(doc, att.content)
        if any(s < end and start < e for s, e in spans) or any(s <= att.cue.idx < e for s, e in spans):
            continue
        inside = [q for q in quoted if start <= q.start and q.end <= end + 1]
        kind = "mixed" if inside else "indirect"
        conf = {"ccomp": 0.8, "according": 0.8}.get(att.layout, 0.7)
        out.append(_Draft(start, end, kind, att, conf))
        spans.append((start, end))
    return out


def _evidence(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The sentence(s) holding characters ``[lo, hi)``."""
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    last = doc.char_span(max(lo, hi - 1), hi, alignment_mode="expand")
    start = first.sent.start_char if first is not None and len(first) else lo
    end = last.sent.end_char if last is not None and len(last) else hi
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return min(start, lo), max(end, hi)


def _speaker_of(att: Attribution, resolver: SpeakerResolver, cache: dict[int, Speaker]) -> Speaker | None:
    if att.speaker is None or att.speaker_head is None:
        return None
    if att.cue.i not in cache:
        cache[att.cue.i] = resolver.resolve(att.speaker, att.speaker_head)
    return cache[att.cue.i]


def _build(doc: Doc, article: Article, drafts: list[_Draft], resolver: SpeakerResolver) -> list[Quote]:
    cache: dict[int, Speaker] = {}
    speakers: dict[int, Speaker | None] = {}
    for d in sorted(drafts, key=lambda d: (d.att.group_start if d.att else 0, d.start)):
        if d.att is not None and d.source is None:
            speakers[id(d)] = _speaker_of(d.att, resolver, cache)
    quotes: list[Quote] = []
    for d in sorted(drafts, key=lambda d: d.start):
        root = d
        while root.source is not None:
            root = root.source
        speaker = speakers.get(id(root))
        att = d.att
        cue_start = att.cue.idx if att else None
        cue_end = doc[att.cue_last].idx + len(doc[att.cue_last]) if att else None
        lo = min(x for x in (d.start, cue_start, speaker.start if speaker and d.source is None else None)
                 if x is not None)
        hi = max(x for x in (d.end, cue_end, speaker.end if speaker and d.source is None else None)
                 if x is not None)
        if d.source is not None:
            lo, hi = d.start, d.end
        s_start, s_end = _evidence(doc, lo, hi)
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", start=d.start, end=d.end, text=article.text[d.start:d.end], kind=d.kind,
            cue=att.lemma if att else None, cue_start=cue_start, cue_end=cue_end, speaker=speaker,
            addressee=att.addressee.text if att and att.addressee is not None else None,
            sentence_start=s_start, sentence_end=s_end, confidence=d.confidence))
    return quotes


def extract_quotes(doc: Doc, article: Article) -> None:
    """Find the article's quotes (direct, indirect, mixed) and set ``article.quotes``."""
    lex = load_lexicon()
    quoted = find_quoted(doc.text)
    atts = find_attributions(doc, quoted, lex)
    text = _Text(doc, quoted)
    drafts = _direct(doc, quoted, atts, text)
    drafts += _indirect(doc, quoted, atts, drafts)
    resolver = SpeakerResolver(doc, article, lex, quoted)
    article.quotes = _build(doc, article, drafts, resolver)
