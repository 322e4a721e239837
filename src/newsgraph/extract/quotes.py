"""Quotes: who said what — direct, indirect and mixed quotes with cue, speaker, addressee and evidence.

Needs coreference (``article.mentions``/``article.entities``) to name speakers; runs after it.

1. quotation marks give the quotations (:mod:`~newsgraph.extract.quote_marks`);
2. the parse gives attributions: a cue verb or "according to" with its speaker, addressee and reported
   clause (:mod:`~newsgraph.extract.quote_cues`; the cue lexicon is ``data/quote_cues.yaml``);
3. each quotation that is not a fragment or a title (:mod:`~newsgraph.extract.quote_windows`) takes the
   attribution beside it — before it (``he said: “...”``, ``issued a statement saying that “...”``),
   after it (``“...,” he said``), or the one whose reported clause holds it; a quotation that is only part
   of the reported clause makes a *mixed* quote (They discussed “...”, a source told Dawn); a quotation
   standing alone right after another one continues its speaker's words;
4. attributions left with a reported clause are *indirect* quotes ("Miller said the US would ...",
   "according to the report, ..."), *mixed* when a quoted fragment sits in the clause;
5. speakers are resolved to entities or kept as descriptors (:mod:`~newsgraph.extract.quote_speakers`).

>>> from newsgraph.nlp import build_pipeline  # doctest: +SKIP
>>> doc = build_pipeline()("“We are ready,” Miller said.")  # doctest: +SKIP
>>> [(q.text, q.cue, q.speaker.text) for q in doc._.ng.quotes]  # doctest: +SKIP
[('We are ready,', 'say', 'Miller')]
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.quote_cues import Attribution, find_attributions, is_quote_token
from newsgraph.extract.quote_lexicon import load_lexicon
from newsgraph.extract.quote_marks import QuotedSpan, find_quoted
from newsgraph.extract.quote_speakers import SpeakerResolver
from newsgraph.extract.quote_windows import Windows, is_title
from newsgraph.model import Article, Quote, Speaker
from newsgraph.nlp.doctext import doc_text

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON", "AUX"})
_MIN_TOKENS = 3


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


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.pos_ in _CONTENT_POS and not t.is_punct and not is_quote_token(t)
            and t.lower_ != "that"]


def _char_range(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    last = doc[tokens[1] - 1]
    return doc[tokens[0]].idx, last.idx + len(last.text)


def _covers(doc: Doc, att: Attribution, q: QuotedSpan) -> bool:
    """Whether an attribution's reported clause holds (part of) a quotation."""
    if att.content is None:
        return False
    cs, ce = _char_range(doc, att.content)
    return cs <= q.start < ce or cs < q.end <= ce


def _adjacent_gap(tokens: list[Token], lex_ok: frozenset[str] = frozenset({"that"})) -> bool:
    return all(t.is_punct or t.is_space or is_quote_token(t) or t.lower_ in lex_ok for t in tokens)


def _pick(doc: Doc, q: QuotedSpan, win: Windows,
          by_cue: dict[int, Attribution]) -> tuple[Attribution, str] | None:
    """The attribution of a quotation and the side it is on (``after`` or ``before``)."""
    after, before = win.after(q), win.before(q)
    a_after = next((by_cue[t.i] for t in after if t.i in by_cue), None)
    b_before = next((by_cue[t.i] for t in reversed(before) if t.i in by_cue), None)
    if b_before is not None:
        lead = doc_text(doc)[b_before.cue.idx:q.outer_start].rstrip()
        gap = [t for t in before if t.i >= b_before.group_end]
        if lead.endswith(":") or _adjacent_gap(gap):
            return b_before, "before"
    if a_after is not None and _adjacent_gap([t for t in after if t.i < a_after.group_start]):
        return a_after, "after"
    covering = [a for a in by_cue.values() if _covers(doc, a, q)]
    if covering:
        best = min(covering, key=lambda a: a.content[1] - a.content[0] if a.content else 0)
        return best, "after" if best.cue.idx > q.start else "before"
    if not after:
        line = win.next_line(q)
        att = next((by_cue[t.i] for t in line if t.i in by_cue), None)
        if att is not None and not _words([t for t in line if not att.group_start <= t.i < att.group_end]):
            return att, "after"
    if b_before is not None:
        return b_before, "before"
    return (a_after, "after") if a_after is not None else None


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


def _shape(doc: Doc, q: QuotedSpan, att: Attribution, side: str, before: list[Token]) -> tuple[str, int, int]:
    """Direct or mixed, and the content characters: a mixed quote's content is its whole reported clause."""
    if att.content is not None and _covers(doc, att, q):
        cs, ce = _char_range(doc, att.content)
        outside = [t for t in doc[att.content[0]:att.content[1]] if not q.inside(t.idx)
                   and not _narrator_branch(t, q)]
        if _words(outside):
            return "mixed", min(cs, q.start), max(ce, q.end)
        return "direct", q.start, q.end
    pre = [t for t in before if t.i < att.group_start] if side == "after" else []
    if _words(pre):
        first = next(t for t in pre if not (t.is_space or t.is_punct or is_quote_token(t)))
        return "mixed", first.idx, q.end
    return "direct", q.start, q.end


def _standalone(q: QuotedSpan, win: Windows) -> bool:
    return not _words(win.after(q)) and not _words(win.before(q))


def _adjacent(text: str, reach: int, start: int) -> bool:
    """Only punctuation and white space between the end of one quote and the start of the next."""
    return reach <= start and all(not c.isalnum() for c in text[reach:start])


def _direct(doc: Doc, quoted: list[QuotedSpan], atts: list[Attribution], win: Windows) -> list[_Draft]:
    by_cue = {a.cue.i: a for a in atts if a.speaker is not None}
    drafts: list[_Draft] = []
    for q in quoted:
        if win.fragment(q):
            continue
        picked = _pick(doc, q, win, by_cue)
        if picked is not None:
            att, side = picked
            kind, start, end = _shape(doc, q, att, side, win.before(q))
            drafts.append(_Draft(start, end, kind, att, 0.9 if kind == "direct" else 0.8, quote=q))
            continue
        prev = drafts[-1] if drafts else None
        text = doc_text(doc)
        if prev is not None and _standalone(q, win) and _adjacent(text, prev.reach(doc), q.outer_start):
            drafts.append(_Draft(q.start, q.end, "direct", prev.att, 0.7, source=prev, quote=q))
    return drafts


def _cut_before(doc: Doc, start: int, end: int, limit: int) -> int | None:
    """The end of a reported clause cut before character ``limit`` (at the comma before it)."""
    i = next((t.i for t in doc if t.idx >= limit), len(doc))
    j = i - 1
    while j >= 0 and doc[j].idx >= start and doc[j].text != ",":
        j -= 1
    if j < 0 or doc[j].idx <= start:
        return None
    return doc[j].idx


def _fit(doc: Doc, att: Attribution, start: int, end: int, taken: list[_Draft]) -> tuple[int, int] | None:
    """A reported clause that leaves the quotes already taken alone: quotes of other speakers may sit
    inside it (“... had yelled, “Hide!”,” X said); a quote it runs into ends it."""
    for d in taken:
        if d.end <= start or d.start >= end:
            continue
        nested = start <= d.start and d.end <= end + 2 and d.att is not None and start <= d.att.cue.idx < end
        within = d.start <= start and end <= d.end and d.quote is None
        if (nested and d.att is not att) or within:
            continue
        if d.start <= start:
            return None
        limit = min(d.start, d.att.group_start_char if d.att is not None else d.start)
        cut = _cut_before(doc, start, end, limit)
        if cut is None:
            return None
        end = cut
    return (start, end) if end > start else None


def _indirect(doc: Doc, quoted: list[QuotedSpan], atts: list[Attribution], taken: list[_Draft],
              win: Windows) -> list[_Draft]:
    used = {d.att.cue.i for d in taken if d.att is not None}
    out: list[_Draft] = []
    for att in atts:
        if att.cue.i in used or att.content is None or att.speaker is None:
            continue
        if att.content[1] - att.content[0] < _MIN_TOKENS:
            continue
        rng = _fit(doc, att, *_char_range(doc, att.content), taken + out)
        if rng is None:
            continue
        start, end = rng
        inside = [q for q in quoted if start <= q.start and q.end <= end + 2 and win.fragment(q)
                  and not is_title(q.content(doc_text(doc)))]
        kind = "mixed" if inside else "indirect"
        conf = {"ccomp": 0.8, "according": 0.8}.get(att.layout, 0.7)
        out.append(_Draft(start, end, kind, att, conf))
    return out


def _evidence(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The sentence(s) holding characters ``[lo, hi)``."""
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    last = doc.char_span(max(lo, hi - 1), hi, alignment_mode="expand")
    start = first.sent.start_char if first is not None and len(first) else lo
    end = last.sent.end_char if last is not None and len(last) else hi
    while end > start and doc_text(doc)[end - 1].isspace():
        end -= 1
    return min(start, lo), max(end, hi)


def _speaker_of(att: Attribution, resolver: SpeakerResolver, cache: dict[int, Speaker]) -> Speaker | None:
    if att.speaker is None or att.speaker_head is None:
        return None
    if att.cue.i not in cache:
        cache[att.cue.i] = resolver.resolve(att.speaker, att.speaker_head)
    return cache[att.cue.i]


def _root(d: _Draft) -> _Draft:
    while d.source is not None:
        d = d.source
    return d


def _quote(doc: Doc, article: Article, d: _Draft, speaker: Speaker | None, n: int) -> Quote:
    att = d.att
    cue_start = att.cue.idx if att else None
    cue_end = doc[att.cue_last].idx + len(doc[att.cue_last]) if att else None
    lo, hi = d.start, d.end
    if d.source is None:
        points = [p for p in (cue_start, cue_end, speaker.start if speaker else None,
                              speaker.end if speaker else None) if p is not None]
        lo, hi = min([lo, *points]), max([hi, *points])
    s_start, s_end = _evidence(doc, lo, hi)
    return Quote(id=f"q{n}", start=d.start, end=d.end, text=article.text[d.start:d.end], kind=d.kind,
                 cue=att.lemma if att else None, cue_start=cue_start, cue_end=cue_end, speaker=speaker,
                 addressee=att.addressee.text if att and att.addressee is not None else None,
                 sentence_start=s_start, sentence_end=s_end, confidence=d.confidence)


def _build(doc: Doc, article: Article, drafts: list[_Draft], resolver: SpeakerResolver) -> list[Quote]:
    cache: dict[int, Speaker] = {}
    speakers: dict[int, Speaker | None] = {}
    for d in sorted(drafts, key=lambda d: (d.att.group_start if d.att else 0, d.start)):
        if d.att is not None and d.source is None:
            speakers[id(d)] = _speaker_of(d.att, resolver, cache)
    resolver.finish(list(cache.values()))
    ordered = sorted(drafts, key=lambda d: (d.start, d.end))
    return [_quote(doc, article, d, speakers.get(id(_root(d))), n) for n, d in enumerate(ordered, 1)]


def extract_quotes(doc: Doc, article: Article) -> None:
    """Find the article's quotes (direct, indirect, mixed) and set ``article.quotes``.

    Attribution needs the dependency parse: a pipeline without a parser finds no quotes.

    >>> import spacy
    >>> art = Article.new('"Talks went well," Munir said.')
    >>> extract_quotes(spacy.blank("en")(art.text), art)
    >>> art.quotes
    []
    >>> from newsgraph.nlp import build_pipeline
    >>> [(q.text, q.speaker.text) for q in build_pipeline()(art.text)._.ng.quotes]  # doctest: +SKIP
    [('Talks went well,', 'Munir')]
    """
    if not doc.has_annotation("DEP"):
        article.quotes = []
        return
    lex = load_lexicon()
    quoted = find_quoted(doc_text(doc))
    atts = find_attributions(doc, quoted, lex)
    win = Windows(doc, quoted, lex)
    drafts = _direct(doc, quoted, atts, win)
    drafts += _indirect(doc, quoted, atts, drafts, win)
    resolver = SpeakerResolver(doc, article, lex, quoted)
    article.quotes = _build(doc, article, drafts, resolver)
