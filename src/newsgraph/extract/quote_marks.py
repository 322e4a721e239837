"""Quotation marks: the quoted stretches of a text, found character by character.

Handles curly marks (“ ”, „), straight marks ("), Penn Treebank marks (`` ''), quotations that run over
sentences, and quotations continued over paragraphs by the typographic convention (a paragraph that leaves a
quotation open, the next one reopening it). Single quotes are not read (they double as apostrophes).

>>> [s.content(t) for t in ['He said “yes” and “no”.'] for s in find_quoted(t)]
['yes', 'no']
>>> t = '“First part.\\n“Second part,” she said.'
>>> [(s.content(t), s.paragraphs) for s in find_quoted(t)]
[('First part.\\n“Second part,', 2)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"``|''|[“”„\"]")
_OPENERS = frozenset({"“", "„", "``"})
_CLOSERS = frozenset({"”", "''"})


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quotation: ``start``/``end`` bound its content (inside the marks), ``outer_*`` include the marks.

    ``closed`` is false when the text never closes it (it then ends at its paragraph's end); ``paragraphs``
    counts the paragraphs it runs over.
    """

    outer_start: int
    start: int
    end: int
    outer_end: int
    closed: bool = True
    paragraphs: int = 1

    def content(self, text: str) -> str:
        """The quoted words (without the marks)."""
        return text[self.start:self.end]

    def inside(self, pos: int) -> bool:
        """Whether a character offset falls within the marks."""
        return self.outer_start <= pos < self.outer_end


@dataclass(slots=True)
class _Seg:
    open_start: int
    open_end: int
    close_start: int | None = None
    close_end: int | None = None
    line_end: int | None = None


def _role(text: str, pos: int, mark: str, is_open: bool, newline_since: bool) -> str:
    """``open`` or ``close`` for one mark, given whether a quotation is open.

    Quotations do not nest, so an opening mark inside an open quotation of the same paragraph is a typo for
    a closing one (``no, ``said X``), as is an opening mark that ends a line.
    """
    if mark in _CLOSERS or not is_open:
        return "close" if mark in _CLOSERS else "open"
    rest = text[pos + len(mark):].split("\n", 1)[0]
    if not newline_since or not rest.strip():
        return "close"
    head = text[:pos].rstrip(" \t")
    if head[-1:] in (",", ".", "!", "?") and rest[:1].islower():
        return "close"
    before = text[pos - 1] if pos > 0 else "\n"
    return "open" if before.isspace() and not rest[:1].isspace() else "close"


def _line_end(text: str, pos: int) -> int:
    """The offset of the end of the line holding ``pos`` (trailing spaces excluded)."""
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _open_end(text: str, cur: _Seg, next_open: int) -> int:
    """Where a quotation left open ends when another one opens on a later line: at the end of the line
    before that one if it started a line (it ran over lines), else at the end of its own line."""
    line_start = text.rfind("\n", 0, cur.open_start) + 1
    if text[line_start:cur.open_start].strip():
        return _line_end(text, cur.open_end)
    prev_line_end = text.rfind("\n", 0, next_open)
    return _line_end(text, text.rfind("\n", 0, prev_line_end) + 1) if prev_line_end > cur.open_end else \
        _line_end(text, cur.open_end)


def _segments(text: str) -> list[_Seg]:
    segs: list[_Seg] = []
    cur: _Seg | None = None
    for m in _MARK.finditer(text):
        pos, mark = m.start(), m.group()
        newline_since = cur is not None and "\n" in text[cur.open_end:pos]
        role = _role(text, pos, mark, cur is not None, newline_since)
        if role == "open":
            if cur is not None:
                cur.line_end = _open_end(text, cur, pos)
                segs.append(cur)
            cur = _Seg(pos, m.end())
        elif cur is not None:
            cur.close_start, cur.close_end = pos, m.end()
            segs.append(cur)
            cur = None
    if cur is not None:
        cur.line_end = _line_end(text, cur.open_end)
        segs.append(cur)
    return segs


def _continues(text: str, prev: _Seg, nxt: _Seg) -> bool:
    """A paragraph left open, followed by a paragraph that reopens the quotation at its start."""
    if prev.close_start is not None or prev.line_end is None:
        return False
    gap = text[prev.line_end:nxt.open_start]
    return "\n" in gap and not gap.strip()


def find_quoted(text: str) -> list[QuotedSpan]:
    """The quotations of a text, in order (empty or blank quotations are dropped).

    >>> [s.content('``No way,\\'\\' he said.') for s in find_quoted('``No way,\\'\\' he said.')]
    ['No way,']
    >>> find_quoted('A "scare" quote')[0].closed
    True
    """
    out: list[QuotedSpan] = []
    group: list[_Seg] = []
    for seg in _segments(text):
        if group and _continues(text, group[-1], seg):
            group.append(seg)
            continue
        if group:
            out.append(_span(text, group))
        group = [seg]
    if group:
        out.append(_span(text, group))
    return [s for s in out if text[s.start:s.end].strip()]


def _span(text: str, group: list[_Seg]) -> QuotedSpan:
    first, last = group[0], group[-1]
    start = first.open_end
    if last.close_start is not None and last.close_end is not None:
        end, outer_end, closed = last.close_start, last.close_end, True
    else:
        end = outer_end = last.line_end if last.line_end is not None else len(text)
        closed = False
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(first.open_start, start, end, outer_end, closed, len(group))
