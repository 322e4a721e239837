"""Windows of a text where a time rule can match, so that its pass reads them and not the whole text.

A rule's pattern starts with a lookbehind, so the regex engine tries it at every place of the text. Every
match of a rule contains one of its anchor strings (its gate words, see ``time_grammar.GATES``) or a match
of its part (``time_grammar.PARTS``), and is at most :func:`reach` characters long: the rule is run on
windows of that many characters either side of each anchor (``pattern.finditer(text, lo, hi)``), which
finds the same matches as a pass over the whole text, as long as

- the engine reads nothing beyond a window: a match attempt reads at most ``reach`` characters from where
  it starts (lookaheads and the character ending a repeat counted), and any match, in the text or in a window
  cut out of it, contains an anchor, so it lies inside that anchor's window;
- the unbounded repeats (``\\s+``, ``[\\s-]+``, ``\\d+``) are bounded: windows are used only for a text
  without a run of more than :data:`RUN` characters of such a class (:func:`suits`);
- anchors found in the lower-cased text sit where they are in the text (no character changes length), and no
  character folds to an ASCII letter under ``re.IGNORECASE`` without lower-casing to it (the Kelvin sign...).

Lookbehinds see the text before a window (``pos`` does not cut the string, ``endpos`` does).

>>> import re
>>> rule = re.compile(r"(?<!\\w)(?:last\\s+)?week(?!\\w)", re.IGNORECASE)
>>> plan = Plan(rule, reach(rule), ("week",), None)
>>> [m.group() for m in matches(plan, "Last week and next weeks.", "last week and next weeks.", {})]
['Last week']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

try:  # CPython's own pattern parser (private): without it every rule scans the whole text
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    C = _parser = None

from newsgraph.extract.time_lexicon import FOLDS

#: The longest run of characters of a repeated class (spaces, digits) a text may have for windows to be used.
RUN = 12
#: Windows covering more than this share of a text: one pass over the whole text is cheaper.
_COVER = 0.6
_FOLDED = frozenset("".join(FOLDS.values()))


@dataclass(frozen=True, slots=True)
class Plan:
    """How to run one rule on windows: its pattern, reach, anchor strings (``cased``: found in the text as
    written, else in the lower-cased text) or anchor part (a pattern, its windows widened by ``pad``)."""

    pattern: re.Pattern[str]
    reach: int | None
    strings: tuple[str, ...]
    part: re.Pattern[str] | None
    cased: bool = False
    pad: int = 0  #: widens part windows (a part may reach before its rule's match: ``(?<=\d\s)a day``)


def _classes(item: Any) -> str | None:
    """The character class of a repeated single character (a class of categories and literals), as regex."""
    if len(item) != 1:
        return None
    op, av = item[0]
    members = [(C.LITERAL, av)] if op is C.LITERAL else av if op is C.IN else None
    if members is None:
        return None
    out = []
    for mop, mav in members:
        if mop is C.CATEGORY and mav in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT):
            out.append(r"\s" if mav is C.CATEGORY_SPACE else r"\d")
        elif mop is C.LITERAL:
            out.append(re.escape(chr(mav)))
        else:
            return None
    return "[" + "".join(out) + "]"


def _reach(sub: Any, classes: set[str]) -> int | None:
    """How many characters from its start a match attempt of ``sub`` reads at most (None: unbounded)."""
    total = 0
    op: Any
    av: Any
    for op, av in sub:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            width: int | None = 1
        elif op is C.AT:
            width = 0
        elif op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            width = _reach(av[-1] if op is C.SUBPATTERN else av, classes)
        elif op is C.BRANCH:
            widths = [_reach(b, classes) for b in av[1]]
            width = None if None in widths else max(w for w in widths if w is not None)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _, high, item = av
            if high == C.MAXREPEAT:
                cls = _classes(item)
                if cls is None:
                    return None
                classes.add(cls)
                width = RUN + 1
            else:
                inner = _reach(item, classes)
                width = None if inner is None else high * inner + 1
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, item = av
            width = _reach(item, classes) if direction == 1 else 0  # lookbehinds read before the window
        else:
            return None
        if width is None:
            return None
        total += width
    return total


#: The repeated classes of the planned rules, whose runs :func:`suits` bounds.
_CLASSES: set[str] = set()


def reach(pattern: re.Pattern[str], classes: set[str] | None = None) -> int | None:
    """How many characters from its start any match attempt of a pattern reads, given runs of repeated
    classes of at most :data:`RUN` characters; None when a repeat of something else is unbounded (the classes
    repeated without bound are added to ``classes``).

    >>> reach(re.compile(r"(?<!\\w)ab\\s+c(?!\\w)")) == len("ab") + RUN + 1 + len("c") + 1
    True
    """
    if _parser is None:
        return None
    try:
        return _reach(_parser.parse(pattern.pattern, pattern.flags), set() if classes is None else classes)
    except Exception:  # a private parser that changed shape: the rule scans whole texts
        return None


def _guard() -> re.Pattern[str]:
    return re.compile("|".join(f"{c}{{{RUN + 1}}}" for c in sorted(_CLASSES)) or "(?!)", re.IGNORECASE)


_GUARDS: list[re.Pattern[str]] = []


def suits(text: str, lower: str) -> bool:
    """Whether windows find what whole passes find in a text (call after the plans are made)."""
    if not _GUARDS:
        _GUARDS.append(_guard())
    if len(lower) != len(text) or (not text.isascii() and any(c in _FOLDED for c in text)):
        return False
    return _GUARDS[0].search(text) is None


def _anchors(plan: Plan, text: str, lower: str, found: dict[object, list[tuple[int, int]]]
             ) -> list[tuple[int, int]]:
    """The spans of a plan's anchors in a text, in order (``found`` keeps them per text across rules)."""
    key: object = plan.part if plan.part is not None else (plan.strings, plan.cased)
    if (spans := found.get(key)) is None:
        if plan.part is not None:
            spans = [m.span() for m in plan.part.finditer(text)]
        else:
            hay = text if plan.cased else lower
            spans = []
            for s in plan.strings:
                i = hay.find(s)
                while i >= 0:
                    spans.append((i, i + len(s)))
                    i = hay.find(s, i + 1)
            spans.sort()
        found[key] = spans
    return spans


def matches(plan: Plan, text: str, lower: str, found: dict[object, list[tuple[int, int]]]
            ) -> Iterator[re.Match[str]]:
    """The matches of a plan's pattern in a text suited to windows (:func:`suits`), as ``finditer`` finds
    them; none at all when the text has no anchor."""
    spans = _anchors(plan, text, lower, found)
    if not spans:
        return iter(())
    assert plan.reach is not None
    r, n = plan.reach + plan.pad, len(text)
    windows: list[list[int]] = []
    for start, end in spans:
        if windows and start - r <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end + r)
        else:
            windows.append([start - r, end + r])
    if sum(hi - lo for lo, hi in windows) > _COVER * n:
        return plan.pattern.finditer(text)
    return (m for lo, hi in windows for m in plan.pattern.finditer(text, max(lo, 0), min(hi, n)))


def _fewest(strings: Iterable[str]) -> tuple[str, ...]:
    """The strings without those containing another (whose windows hold theirs)."""
    strings = set(strings)
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


def plans(rules: Iterable[tuple[str, re.Pattern[str]]], anchors: dict[str, tuple[str, ...]],
          parts: dict[str, re.Pattern[str]], cased: frozenset[str]) -> dict[str, Plan]:
    """The plans of the rules that have anchor strings (else an anchor part) and a bounded reach."""
    out = {}
    for name, pattern in rules:
        strings, part = _fewest(anchors.get(name, ())), parts.get(name)
        if any(len(s) < 3 and s.isalpha() for s in strings):
            continue  # short words ("at") occur inside most words: their windows would cover the text
        classes: set[str] = set()
        if (r := reach(pattern, classes)) is not None and (strings or part is not None):
            part = None if strings else part
            pad = 0 if part is None else reach(part, classes)
            if pad is not None:
                out[name] = Plan(pattern, r, strings, part, name in cased, pad)
                _CLASSES.update(classes)
                _GUARDS.clear()
    return out
