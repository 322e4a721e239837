"""The time lexicon's regex pieces: a :func:`dispatched` alternation (words grouped by a case-sensitive first
character) matches exactly what the plain alternation matches in a case-insensitive pattern."""

from __future__ import annotations

import re
import string

from newsgraph.extract.time_lexicon import alternation, dispatched, first_class, number_pattern

_ALL = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_first_class_is_every_character_a_letter_or_digit_matches_ignoring_case() -> None:
    for char in string.ascii_letters + string.digits:
        folded = set(re.findall(re.escape(char), _ALL, re.IGNORECASE))
        assert set(re.findall(first_class(char), _ALL)) == folded, char


def test_dispatched_keeps_the_order_of_preference_within_a_first_letter() -> None:
    words = ["a", "an", "a couple of", "about", "half", "half an", "Kelvin", "ſome"]
    assert dispatched(words[:6]) == r"(?:(?-i:[aA])(?:\s+couple\s+of|bout|n|)|(?-i:[hH])(?:alf\s+an|alf))"
    assert dispatched(words) == alternation(words)  # "ſome" does not start with an ASCII letter: plain


def test_dispatched_matches_what_alternation_matches() -> None:
    words = ["a", "an", "a few", "another", "about", "some", "several", "seven", "ten", "two", "1st", "Kin"]
    texts = ["A few of them waited an hour, about seven or SEVERAL days; some left, another stayed.",
             "ſome Kin and \u212aIN met at the 1st gate, then Two, ten, a  few, an   other."]
    for text in texts:
        for flags in (re.IGNORECASE, re.IGNORECASE | re.MULTILINE):
            plain = re.compile(rf"(?<!\w)({alternation(words)})(?:\s+\w+)?", flags)
            fast = re.compile(rf"(?<!\w)({dispatched(words)})(?:\s+\w+)?", flags)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_number_pattern_ignoring_case_matches_what_the_plain_one_matches() -> None:
    text = "Twenty-five men, a dozen boats, 3.5 tonnes, THIRTY one guns and a couple of days"
    plain = re.compile(rf"\b{number_pattern()}\b", re.IGNORECASE)
    fast = re.compile(rf"\b{number_pattern(ignore_case=True)}\b", re.IGNORECASE)
    assert [m.group() for m in fast.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert "Twenty-five" in [m.group() for m in fast.finditer(text)]
