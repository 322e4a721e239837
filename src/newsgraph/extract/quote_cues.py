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
from newsgraph.nlp.doctext import children_of, doc_tokens, line_of

_SUBJ = frozenset({"nsubj", "csubj"})
_PUNCT_EDGE = frozenset({",", ".", ";", ":", "-", "—", "–", "!", "?"})
_QUOTE_CHARS = frozenset({"“", "”", '"', "„", "``", "''", "`", "'"})
_LEAD_MARKS = frozenset({"that"})
_SPEAKER_CUT = frozenset({"relcl", "advcl", "punct", "cc", "conj"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


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
    def group_start_char(self) -> int:
        """The character offset where the attribution proper starts."""
        return self.cue.doc[self.group_start].idx

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
    if any(c.dep_ == "neg" for c in children_of(tok)) or _passive(tok):
        return False
    particles = lex.cue_particles.get(lemma)
    return particles is None or any(c.dep_ == "prt" and c.lower_ in particles for c in children_of(tok))


def _np_span(head: Token) -> Span:
    """The noun phrase a speaker head heads, with appositions, without relative and trailing clauses,
    on the head's line."""
    doc = head.doc
    line_start, line_end = line_bounds(doc, head.i)
    start, end = max(head.left_edge.i, line_start), head.i + 1
    for child in head.rights:
        if child.dep_ == "punct" and child.text == ",":
            continue
        if child.dep_ in _SPEAKER_CUT:
            break
        end = min(line_end, child.right_edge.i + 1)
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _speaker_span(cue: Token, head: Token) -> Span:
    """The speaker phrase; a parse that splits one subject in two ("A report by X" / "Y said") is joined."""
    span = _np_span(head)
    others = [c for c in children_of(cue) if c.dep_ == "nsubj" and c.i != head.i and c.i > head.i]
    if head.head.i == cue.i and others and all(t.pos_ not in ("VERB", "AUX") or t.dep_ in ("acl", "relcl")
                                           for t in head.doc[span.end:others[0].i]):
        return head.doc[span.start:_np_span(others[-1]).end]
    return span


def _own_subject(cue: Token) -> Token | None:
    """A cue's own subject or agent; a relative pronoun stands for the noun it relates to."""
    for child in children_of(cue):
        if child.dep_ in _SUBJ:
            if child.lower_ in _RELATIVE:
                return cue.head if cue.dep_ == "relcl" else None
            return child
        if child.dep_ == "agent":
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    return None


def _quoted_as(cue: Token, lex: QuoteLexicon) -> Token | None:
    """``X quoted Y as saying`` / ``Y is quoted as saying`` / ``Y was recorded saying``: Y speaks."""
    verb = cue.head.head if cue.head.lower_ == "as" else cue.head
    if verb.lemma_.lower() not in lex.relay_verbs or verb.i == cue.i:
        return None
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in children_of(verb) if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _subject(cue: Token, lex: QuoteLexicon, depth: int = 0) -> Token | None:
    """The speaker head of a cue: its subject, an agent, or what a participle or statement inherits."""
    own = _own_subject(cue)
    if own is not None or depth > 2:
        return own
    relayed = _quoted_as(cue, lex)
    if relayed is not None:
        return relayed
    if any(c.dep_ == "nsubjpass" for c in children_of(cue)):
        return None
    head = cue.head
    if cue.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if cue.dep_ == "acl" and head.lemma_.lower() in lex.document_nouns:
        issues = head.dep_ == "dobj" and head.head.pos_ == "VERB"
        issuer = _subject(head.head, lex, depth + 1) if issues else None
        return issuer or head
    if cue.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX") and head.i != cue.i:
        if cue.dep_ == "xcomp" and head.lemma_.lower() in lex.blocking_verbs:
            return None
        found = _subject(head, lex, depth + 1)
        if found is not None and cue.dep_ == "advcl" and _inanimate(found, lex) \
                and head.head.pos_ in ("VERB", "AUX", "NOUN"):
            return _subject(head.head, lex, depth + 2) or found
        return found
    return _inverted(cue)


def _inanimate(tok: Token, lex: QuoteLexicon) -> bool:
    """A common noun that cannot speak ("the process"), as opposed to people, bodies and documents."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not lex.is_role(lemma) and lemma not in lex.person_roles


def _inverted(cue: Token) -> Token | None:
    """``..., said Vanore.`` / ``“...,” said Christina Greenway, ...``: the noun phrase right after a cue
    that follows a comma or a closing quotation mark, whatever the parser made of it."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in (",", "''", "”", '"') or cue.i + 1 >= len(doc):
        return None
    last: Token | None = None
    for tok in doc[cue.i + 1:min(len(doc), cue.i + 8)]:
        if tok.pos_ in ("PROPN", "NOUN"):
            last = tok
        elif tok.pos_ in ("DET", "ADJ", "NUM") or tok.tag_ == "POS":
            if last is not None and tok.pos_ == "DET":
                break
        else:
            break
    return last


def _passive(cue: Token) -> bool:
    """A cue used passively ("it was said", "said to be"): the speaker is not named."""
    if any(c.dep_ == "agent" for c in children_of(cue)):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(cue)):
        return True
    raising = any(c.dep_ == "xcomp" and c.left_edge.lower_ == "to" for c in children_of(cue))
    bare = not any(c.dep_ == "aux" for c in children_of(cue))
    return cue.tag_ == "VBN" and bare and (raising or cue.dep_ in ("acl", "amod"))


def _addressee(cue: Token, lex: QuoteLexicon) -> Span | None:
    """Whom the speaker told ("told Dawn"), or the medium ("said in a press release")."""
    for child in children_of(cue):
        nominal = child.pos_ in ("PROPN", "NOUN", "PRON")
        if cue.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and nominal:
            return _np_span(child)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and cue.lemma_.lower() != "tell":
            pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return _np_span(pobj)
    for child in children_of(cue):
        if child.dep_ == "prep" and child.lower_ in lex.medium_prepositions:
            pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in lex.document_nouns | lex.media_nouns:
                return _np_span(pobj)
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A content range without leading complementizer, edge punctuation, dangling conjunction and spaces."""
    while start < end and (doc[start].is_space or doc[start].text in _PUNCT_EDGE
                           or doc[start].lower_ in _LEAD_MARKS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _PUNCT_EDGE
                           or doc[end - 1].dep_ == "cc"):
        end -= 1
    return (start, end) if end > start else None


def _has_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` hold a verb with its subject (a reported clause, not a phrase)."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and start <= t.head.i < end
               and t.head.pos_ in ("VERB", "AUX") for t in doc[start:end])


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range ``[start, end)`` of the line (paragraph) holding token ``i``.

    >>> import spacy
    >>> line_bounds(spacy.blank("en")("One two.\\nThree four."), 4)
    (4, 7)
    """
    return line_of(doc, i)


def sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token ``i``, by punctuation and line breaks.

    The statistical splitter cuts after abbreviations ("Sgt.", "Blvd."); this one needs a full stop,
    question or exclamation mark followed by a capital, a quotation mark or a line break.

    >>> import spacy
    >>> doc = spacy.blank("en")("It rained. He came at 7 p.m. with Sgt. Earley.")
    >>> doc[sentence_start(doc, 11):12].text
    'He came at 7 p.m. with Sgt. Earley'
    >>> doc[sentence_start(doc, 4):5].text
    'He came'
    """
    j = i
    while j > 0:
        prev, cur = doc[j - 1], doc[j]
        if "\n" in prev.text:
            break
        abbreviation = prev.text == "." and j > 1 and _abbreviation(doc[j - 2].text)
        starts = cur.text[:1].isupper() or is_quote_token(cur)
        if prev.text in (".", "!", "?") and starts and not abbreviation:
            break
        j -= 1
    return j


_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt",
                            "cpl", "maj", "gov", "sen", "rep", "rev", "prof", "blvd", "ave", "rd", "mt", "ft",
                            "corp", "inc", "co", "ltd", "no", "vs"})


def _abbreviation(word: str) -> bool:
    """A title, address word or initial before a full stop ("Sgt", "Blvd", "W") does not end a sentence."""
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def _clip(cue: Token, lex: QuoteLexicon, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """A reported clause kept on the cue's line, without a closing gloss or a later attribution.

    ``“...,” referring to the base price`` and ``..., adding that ...`` end the clause at their comma.
    """
    if rng is None:
        return None
    doc = cue.doc
    line_start, line_end = line_bounds(doc, cue.i)
    start, end = max(rng[0], line_start), min(rng[1], line_end)
    for tok in doc[start + 1:end]:
        if tok.i == cue.i or tok.tag_ != "VBG" or doc[tok.i - 1].text not in (",", "''", "”", '"'):
            continue
        if tok.lemma_.lower() in lex.gloss_verbs or _participle_attribution(tok, lex):
            end = tok.i
            break
    return _trim(doc, start, end)


def _participle_attribution(tok: Token, lex: QuoteLexicon) -> bool:
    """``..., adding that ...`` / ``..., saying “...”``: a participle that attributes words of its own."""
    if _own_subject(tok) is not None:
        return False
    if tok.lemma_.lower() not in lex.cue_verbs:
        return any(t.i != tok.i and t.tag_ == "VBG" and _participle_attribution(t, lex) for t in tok.subtree)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    opens = nxt is not None and (is_quote_token(nxt) or nxt.text in (":", ",") or nxt.lower_ == "that")
    return opens or any(c.dep_ == "ccomp" for c in children_of(tok))


def _that_content(cue: Token, lex: QuoteLexicon) -> tuple[int, int] | None:
    """``explaining that the decision ...`` parsed without a clause: what follows "that" in its phrase."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and i <= cue.i + 4 and doc[i].lower_ != "that":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "that" or cue.right_edge.i <= i + 2:
        return None
    if not all(t.dep_ in ("dobj", "dative", "prep", "pobj", "det", "compound", "npadvmod", "advmod")
               for t in doc[cue.i + 1:i]):
        return None
    return _clip(cue, lex, _trim(doc, i + 1, cue.right_edge.i + 1))


def _ccomp_content(cue: Token, lex: QuoteLexicon) -> tuple[int, int] | None:
    line_start, line_end = line_bounds(cue.doc, cue.i)
    clauses = [c for c in children_of(cue) if c.dep_ == "ccomp" and line_start <= c.i < line_end]
    clause = min(clauses, key=lambda c: abs(c.i - cue.i)) if clauses else None
    if clause is not None and len(clauses) > 1 and all(c.i < cue.i for c in clauses):
        first = min(clauses, key=lambda c: c.left_edge.i)
        return _clip(cue, lex, _trim(cue.doc, first.left_edge.i, clause.right_edge.i + 1))
    if clause is None and cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head
        end = cue.left_edge.i if cue.i > head.i else head.right_edge.i + 1
        return _clip(cue, lex, _trim(cue.doc, head.left_edge.i, end))
    if clause is None:
        return _that_content(cue, lex)
    end = clause.right_edge.i + 1
    for child in cue.rights:
        if child.i > end and child.dep_ in ("conj", "parataxis") and _own_subject(child) is not None \
                and child.lemma_.lower() not in lex.cue_verbs:
            end = max(end, child.right_edge.i + 1)
    return _clip(cue, lex, _trim(cue.doc, clause.left_edge.i, end))


def _takes_object(cue: Token) -> bool:
    """A cue with a thing said as its object ("explained the rationale") closes no reported clause."""
    objects = ("dobj", "xcomp") if cue.lemma_.lower() != "tell" else ("xcomp",)
    return any(c.dep_ in objects and c.i > cue.i for c in children_of(cue))


def _trailing_content(cue: Token, group_start: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The clause before ``, <speaker> <cue>`` at a sentence's end, when the parser did not link it."""
    doc = cue.doc
    if _takes_object(cue):
        return None
    i = group_start - 1
    while i >= 0 and (is_quote_token(doc[i]) or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text not in (",", "—", "–", "!", "?"):
        return None
    start = sentence_start(doc, i)
    while start < i and (doc[start].is_space or is_quote_token(doc[start])):
        start += 1
    if not _has_clause(doc, start, i):
        return None
    return _clip(cue, lex, _trim(doc, start, i + 1))


def _according(tok: Token, lex: QuoteLexicon) -> Attribution | None:
    """``according to X`` with the clause it attaches to."""
    for words in lex.source_prepositions:
        if tok.lower_ != words[0] or tok.i + len(words) > len(tok.doc):
            continue
        if [t.lower_ for t in tok.doc[tok.i:tok.i + len(words)]] != list(words):
            continue
        last = tok.doc[tok.i + len(words) - 1]
        pobj = next((c for c in children_of(last) if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((t for t in tok.doc[last.i + 1:tok.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if pobj is None:
            return None
        speaker = _np_span(pobj)
        start, end = sentence_start(tok.doc, tok.i), line_bounds(tok.doc, tok.i)[1]
        end = next((t.i + 1 for t in tok.doc[speaker.end:end] if t.text in (".", "!", "?")), end)
        before, after = _trim(tok.doc, start, tok.i), _trim(tok.doc, speaker.end, end)
        size = [0 if r is None else r[1] - r[0] for r in (before, after)]
        content = before if size[0] >= size[1] else after
        return Attribution(tok, " ".join(words), last.i, speaker, pobj, None, content, "according")
    return None


def find_attributions(doc: Doc, quoted: list[QuotedSpan], lex: QuoteLexicon) -> list[Attribution]:
    """Every cue outside quotations with the speaker, addressee and reported clause the parse gives it.

    >>> from newsgraph.nlp import build_pipeline  # doctest: +SKIP
    >>> from newsgraph.extract.quote_lexicon import load_lexicon  # doctest: +SKIP
    >>> doc = build_pipeline()("Miller said the US would help.")  # doctest: +SKIP
    >>> atts = find_attributions(doc, [], load_lexicon())  # doctest: +SKIP
    >>> [(a.lemma, a.speaker.text, a.layout) for a in atts]  # doctest: +SKIP
    [('say', 'Miller', 'ccomp')]
    """
    out: list[Attribution] = []
    openers = {words[0] for words in lex.source_prepositions}
    for tok in doc_tokens(doc):
        # only "according to"-like openers and cue verbs can start an attribution: test those first
        if (tok.lower_ not in openers and tok.lemma_.lower() not in lex.cue_verbs) or _in_quotes(tok, quoted):
            continue
        acc = _according(tok, lex)
        if acc is not None:
            out.append(acc)
            continue
        if not _is_cue(tok, lex):
            continue
        head = _subject(tok, lex)
        speaker = _speaker_span(tok, head) if head is not None else None
        prt = next((c.i for c in children_of(tok) if c.dep_ == "prt"), tok.i)
        att = Attribution(tok, tok.lemma_.lower(), max(prt, tok.i), speaker, head, _addressee(tok, lex),
                          None, "none")
        content = _ccomp_content(tok, lex)
        if content is not None:
            att.content, att.layout = content, "ccomp"
        elif speaker is not None:
            trailing = _trailing_content(tok, att.group_start, lex)
            if trailing is not None:
                att.content, att.layout = trailing, "trailing"
        out.append(att)
    return out
