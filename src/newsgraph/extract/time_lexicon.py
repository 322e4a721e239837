"""The word lists of the temporal grammar, read from ``extract/data/time_lexicon.yaml`` (user-extensible),
and the regular-expression pieces built from them.

>>> LEX.month_number("Sept.")
9
>>> number("twenty-five"), number("3.5"), number("several")
(25.0, 3.5, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.errors import NewsgraphError
from newsgraph.yaml_fast import safe_load


def alternation(words: list[str], case_sensitive: bool = False) -> str:
    """A non-capturing regex alternation of words, longest first, inner spaces matching any whitespace.

    >>> alternation(["May", "March"], case_sensitive=True)
    '(?-i:March|May)'
    """
    inner = "|".join(_parts(tuple(words)))
    return f"(?-i:{inner})" if case_sensitive else f"(?:{inner})"


@lru_cache(maxsize=256)
def _parts(words: tuple[str, ...]) -> tuple[str, ...]:
    """The escaped words of an alternation, longest first (cached: checks build theirs at every match)."""
    return tuple(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=lambda w: (-len(w), w)))


#: What an ASCII letter matches besides its two cases in a ``re.IGNORECASE`` pattern (Unicode case folding).
FOLDS: dict[str, str] = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def first_class(char: str) -> str:
    """A case-sensitive class of the characters an ASCII letter or digit matches under ``re.IGNORECASE``.

    >>> first_class("a"), first_class("K") == "(?-i:[kK\\u212a])", first_class("7")
    ('(?-i:[aA])', True, '(?-i:[7])')
    """
    low = char.lower()
    return f"(?-i:[{''.join(dict.fromkeys(low + low.upper() + FOLDS.get(low, '')))}])"


def dispatched(words: list[str]) -> str:
    """:func:`alternation` for a pattern compiled with ``re.IGNORECASE``, its words grouped by first letter.

    The regex engine tries every alternative of an alternation at every place it may start, unless the
    alternative starts with a case-sensitive character or class: then it skips it at once on another
    character. Here each group starts with such a class (:func:`first_class`), followed by the rest of its
    words in :func:`alternation`'s order. No character matches two groups' classes, so the same words match
    in the same order of preference: the same matches, fewer steps. Words not all starting with an ASCII
    letter or digit get the plain alternation.

    >>> dispatched(["ago", "an", "hence"])
    '(?:(?-i:[hH])ence|(?-i:[aA])(?:go|n))'
    """
    parts = _parts(tuple(words))
    if not all(p[:1].isascii() and p[:1].isalnum() for p in parts):
        return alternation(words)
    groups: dict[str, list[str]] = {}
    for p in parts:
        groups.setdefault(p[0].lower(), []).append(p[1:])
    return "(?:" + "|".join(first_class(c) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0])
                            for c, rest in groups.items()) + ")"


@dataclass(frozen=True)
class Lexicon:
    """The parsed lexicon file."""

    raw: dict[str, Any]

    def _index(self, key: str) -> dict[str, Any]:
        return {w: k for k, words in self.raw[key].items() for w in words}

    @cached_property
    def months(self) -> dict[str, int]:
        """Month name or abbreviation → month number."""
        return {w: int(k) for w, k in self._index("months").items()}

    @cached_property
    def weekdays(self) -> dict[str, int]:
        """Weekday name or abbreviation → ISO weekday number."""
        return {w: int(k) for w, k in self._index("weekdays").items()}

    @cached_property
    def seasons(self) -> dict[str, str]:
        """Season word (lower case) → TIMEX3 season code."""
        return {w.lower(): str(k) for w, k in self._index("seasons").items()}

    @cached_property
    def parts_of_day(self) -> dict[str, str]:
        """Part-of-day word → TIMEX3 code (MO, AF, EV, NI)."""
        return {w.lower(): str(k) for w, k in self._index("parts_of_day").items()}

    @cached_property
    def units(self) -> dict[str, str]:
        """Unit word, singular or plural (lower case) → its singular."""
        out: dict[str, str] = {}
        for singular, (_, *plurals) in self.raw["units"].items():
            out[singular] = singular
            out.update({p: singular for p in plurals})
        return out

    @cached_property
    def references(self) -> dict[str, str]:
        """Phrase (lower case, single-spaced) → PRESENT_REF / PAST_REF / FUTURE_REF."""
        return {w.lower(): str(k) for w, k in self._index("references").items()}

    @cached_property
    def sets(self) -> dict[str, str]:
        """Frequency word or phrase (lower case) → SET value."""
        return {w.lower(): str(k) for w, k in self._index("sets").items()}

    @cached_property
    def holidays(self) -> dict[str, str]:
        """Holiday name (lower case, straight apostrophe) → ``MM-DD``."""
        return {str(k).lower(): str(v) for k, v in self.raw["holidays"].items()}

    def month_number(self, word: str) -> int:
        """The number of a month name or abbreviation."""
        return self.months[word]

    def ordinal(self, word: str) -> int | None:
        """The value of an ordinal word (``third``, ``3rd``), None if unknown."""
        value = self.raw["ordinals"].get(word.lower())
        return int(value) if value is not None else None

    def words(self, key: str) -> list[str]:
        """A plain list from the file (``ambiguous_months``, ``vague_numbers``...)."""
        return [str(w) for w in self.raw[key]]


@lru_cache(maxsize=1)
def _load() -> Lexicon:
    try:
        path = resources.files("newsgraph.extract").joinpath("data/time_lexicon.yaml")
        text = path.read_text(encoding="utf-8")
        data = safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise NewsgraphError(f"cannot read the temporal lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise NewsgraphError("the temporal lexicon is not a mapping")
    return Lexicon(data)


LEX = _load()

_DIGITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number(text: str) -> float | None:
    """The value of a written number (digits, words, "twenty-five", "a couple of"), None when vague.

    >>> number("a"), number("Thirty"), number("a few")
    (1.0, 30.0, None)
    """
    low = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d+(?:\.\d+)?", low):
        return float(low)
    nums = LEX.raw["numbers"]
    if low in nums:
        return float(nums[low])
    m = re.fullmatch(r"(\w+)[\s-](\w+)", low)
    if m and m.group(1) in nums and m.group(2) in _DIGITS:
        return float(nums[m.group(1)] + nums[m.group(2)])
    return None


def number_pattern(ignore_case: bool = False) -> str:
    """A regex for written numbers: digits, number words and compounds like "twenty-five" (``ignore_case``:
    for a pattern compiled with ``re.IGNORECASE``, its alternations :func:`dispatched`).

    >>> re.findall(rf"\\b{number_pattern()}\\b", "twenty-five soldiers, 3 police and seven others")
    ['twenty-five', '3', 'seven']
    >>> re.findall(rf"\\b{number_pattern(True)}\\b", "Twenty-Five soldiers and SEVEN others", re.IGNORECASE)
    ['Twenty-Five', 'SEVEN']
    """
    alt = dispatched if ignore_case else alternation
    words = [w for w in LEX.raw["numbers"]]
    tens = alt(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    return rf"(?:\d+(?:\.\d+)?|{tens}[\s-]{alt(list(_DIGITS))}|{alt(words)})"
