"""Around a quotation: the words before and after it in its sentence, and what kind of quotation it is.

A quotation is *introduced* when it starts a sentence or line or follows a colon, a comma, a cue or
"that" (``he said, “...”``, ``said that “...”``); otherwise it is *embedded* in a clause (``the “beta”
release``). A short embedded quotation, or one that does not end like a sentence, is a *fragment*: it
can make a reported clause mixed, never stand as a direct quote by itself. A quotation whose words are
all capitalised is a *title* (``“The Big Show”``), not speech.

>>> is_title("The Big Show: High Times and Dirty Dealings")
True
>>> is_title("We are going to make it better.")
False
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from newsgraph.extract.quote_lexicon import QuoteLexicon
from newsgraph.extract.quote_marks import QuotedSpan
from newsgraph.nlp.doctext import doc_text, doc_tokens

_SENT_END = frozenset({".", "!", "?"})
_INTRODUCERS = frozenset(",:;([—–-")
_LEADS = frozenset({"that", "whether"})
_MINOR = frozenset({"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
                    "is", "de", "la", "le"})
_FRAGMENT_WORDS = 6


def is_title(content: str) -> bool:
    """Whether quoted words are a title or a name (every major word capitalised).

    >>> is_title("Pakistan and the War on Terror"), is_title("talks went well")
    (True, False)
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    major = [w for w in words if w.lower() not in _MINOR]
    return bool(major) and len(words) <= 15 and all(w[0].isupper() for w in major)


class Windows:
    """Token lookups by character offset, and the tokens around each quotation of one text."""

    def __init__(self, doc: Doc, quoted: list[QuotedSpan], lex: QuoteLexicon) -> None:
        self.doc, self.quoted, self.lex = doc, quoted, lex
        self.starts = [t.idx for t in doc_tokens(doc)]

    def token_at(self, char: int) -> int:
        """The index of the token starting at or before ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _other_quote(self, tok: Token, q: QuotedSpan) -> bool:
        return any(o is not q and o.inside(tok.idx) for o in self.quoted)

    def _forward(self, start_char: int, q: QuotedSpan, cross_lines: bool) -> list[Token]:
        out: list[Token] = []
        for tok in self.doc[self.token_at(start_char):]:
            if tok.idx < start_char:
                continue
            if "\n" in tok.text:
                if out or not cross_lines:
                    break
                continue
            if self._other_quote(tok, q):
                break
            out.append(tok)
            if tok.text in _SENT_END:
                break
        return out

    def after(self, q: QuotedSpan) -> list[Token]:
        """Tokens after a quotation to its sentence's end, on its line or on a next line that continues it
        in lower case (``“...”⏎said Stephen Harper``); none when the quotation ended a sentence."""
        text = doc_text(self.doc)
        rest = text[q.outer_end:].lstrip(" \t")
        last = text[q.end - 1] if q.end > q.start else ""
        if not rest:
            return []
        if rest[0] == "\n":
            nxt = rest.lstrip()
            return self._forward(q.outer_end, q, True) if nxt[:1].islower() else []
        if last in _SENT_END and not rest[0].islower() and rest[0] not in ",;":
            return []
        return self._forward(q.outer_end, q, False)

    def next_line(self, q: QuotedSpan) -> list[Token]:
        """The tokens of the line after a quotation that ends its own line (an attribution line?)."""
        text = doc_text(self.doc)
        tail = text[q.outer_end:].split("\n", 1)
        if len(tail) < 2 or tail[0].strip(" \t\"”'"):
            return []
        return self._forward(q.outer_end, q, True)

    def before(self, q: QuotedSpan) -> list[Token]:
        """Tokens before a quotation back to its sentence's start; a quotation opening a line takes the
        previous line when that one ends with a colon (``X said:⏎“...”``)."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, q.outer_start) + 1
        if not text[line_start:q.outer_start].strip() and text[:line_start].rstrip().endswith(":"):
            return self._backward(line_start - 1, q)
        return self._backward(q.outer_start, q)

    def _backward(self, end_char: int, q: QuotedSpan) -> list[Token]:
        out: list[Token] = []
        i = self.token_at(end_char)
        if self.doc[i].idx >= end_char:
            i -= 1
        while i >= 0:
            tok = self.doc[i]
            if tok.text in _SENT_END or self._other_quote(tok, q) or ("\n" in tok.text and out):
                break
            if "\n" not in tok.text:
                out.append(tok)
            i -= 1
        return out[::-1]

    def introduced(self, q: QuotedSpan) -> bool:
        """Whether a quotation starts a sentence or follows a colon, comma, cue or "that"."""
        text = doc_text(self.doc)
        head = text[:q.outer_start].rstrip(" \t")
        if not head or head[-1] in "\n" or head[-1] in _INTRODUCERS or head[-1] in _SENT_END:
            return True
        if head[-1] in "\"”'" and head.rstrip("\"”'")[-1:] in _SENT_END:
            return True
        prev = self.doc[self.token_at(len(head) - 1)]
        return prev.lower_ in _LEADS or prev.lemma_.lower() in self.lex.cue_verbs

    def fragment(self, q: QuotedSpan) -> bool:
        """A quoted fragment inside a clause (``had “no interest” in``), or a title."""
        content = q.content(doc_text(self.doc))
        if is_title(content):
            return True
        if self.introduced(q):
            return False
        short = len(content.split()) <= _FRAGMENT_WORDS
        return short or content.rstrip()[-1:] not in ".,!?;:"
