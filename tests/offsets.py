"""Where a phrase occurs in a made-up test passage, for the test modules that look up a word, a name or a
phrase by its text to find the event or mention at that offset."""

from __future__ import annotations

import re


def index_of(text: str, phrase: str, nth: int = 1, *, whole: bool = False, start: int = 0) -> int:
    """The offset of the ``nth`` (from 1) occurrence of ``phrase`` in ``text`` at or after ``start``; with
    ``whole``, only where it stands as a whole word (no letter, digit or underscore right before or after).

    >>> index_of("a cat and a cat", "cat"), index_of("a cat and a cat", "cat", 2)
    (2, 12)
    >>> index_of("scatter the cat", "cat", whole=True), index_of("a cat and a cat", "cat", start=3)
    (12, 12)
    """
    pattern = re.escape(phrase)
    if whole:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    found = [m.start() for m in re.compile(pattern).finditer(text, start)]
    assert len(found) >= nth, f"{phrase!r} occurs {len(found)} times, not {nth}, in {text!r}"
    return found[nth - 1]


def span_of(text: str, phrase: str, nth: int = 1, *, whole: bool = False) -> tuple[int, int]:
    """The span ``(start, end)`` of the ``nth`` occurrence of ``phrase`` (as :func:`index_of`).

    >>> span_of("Police arrested two men.", "arrested", whole=True)
    (7, 15)
    """
    at = index_of(text, phrase, nth, whole=whole)
    return at, at + len(phrase)


def act_span(text: str, act: str) -> tuple[int, int]:
    """The span of a sweep case's act word: its first whole-word occurrence, or the n-th for ``word@n``.

    >>> act_span("Police arrested one man and arrested another.", "arrested@2")
    (28, 36)
    """
    word, _, nth = act.partition("@")
    return span_of(text, word, int(nth or 1), whole=True)
