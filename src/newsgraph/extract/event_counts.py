"""Counts an event reports: people killed, wounded, arrested, abducted.

Token patterns over the event's sentence, robust to parse errors: a number, a short noun phrase, optional
auxiliaries, then a cue ("over 16 militants were killed", "four security personnel embraced martyrdom"),
or a cue, a few function words, then a number ("claiming the lives of 389 people", "killing 23").
Numbers that are dates, money, percentages or durations are ignored; each number counts once.

>>> parse_number("1,200"), parse_number("four"), parse_number("dozens")
(1200, 4, None)
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsgraph.extract.event_codebook import Codebook, CountCue

WORD_NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_NOT_PEOPLE = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "percent",
        "%",
        "dollar",
        "euro",
        "pound",
        "rupee",
        "time",
        "round",
        "shot",
        "kilometre",
        "kilometer",
        "mile",
        "km",
        "meter",
        "metre",
        "ton",
        "tonne",
        "point",
        "bullet",
        "floor",
        "car",
        "vehicle",
        "house",
        "home",
        "building",
    }
)
_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_BETWEEN_BEFORE = frozenset({"ADJ", "NOUN", "PROPN", "AUX", "ADV", "PART", "PUNCT"})
_BETWEEN_AFTER = frozenset({"DET", "ADP", "ADV", "ADJ", "PRON", "NUM", "PUNCT", "CCONJ"})


def parse_number(text: str) -> int | None:
    """An integer from digits ("1,200") or a number word ("four"); None otherwise."""
    clean = text.replace(",", "").strip().lower()
    if clean.isdecimal():  # "²" is a digit but not a number int() reads
        return int(clean)
    return WORD_NUMBERS.get(clean)


def _is_count(tok: Token) -> bool:
    if not tok.like_num or tok.ent_type_ in _SKIP_ENTS or parse_number(tok.text) is None:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.lemma_.lower() in _NOT_PEOPLE)


def _cue_at(lemmas: Sequence[str], lowers: Sequence[str], i: int, cue: CountCue) -> int:
    """Length of the cue starting at position ``i`` (0 when none): a single lemma or a phrase."""
    if lemmas[i] in cue.cues or lowers[i] in cue.cues:
        return 1
    for phrase in cue.phrases:
        if i + len(phrase) <= len(lemmas) and all(
            p == "*" or lemmas[i + k] == p for k, p in enumerate(phrase)
        ):
            return len(phrase)
    return 0


def _openers(cues: Sequence[CountCue]) -> frozenset[str] | None:
    """The words a cue can start with (None when a phrase starts with any word)."""
    words: set[str] = set()
    for cue in cues:
        words |= cue.cues
        for phrase in cue.phrases:
            if phrase[0] == "*":
                return None
            words.add(phrase[0])
    return frozenset(words)


def _number_before(toks: Sequence[Token], i: int, used: set[int]) -> Token | None:
    """A count a few words before position ``i`` with only a noun phrase and auxiliaries between."""
    for j in range(i - 1, max(-1, i - 7), -1):
        tok = toks[j]
        if _is_count(tok) and tok.i not in used:
            return tok
        if tok.pos_ not in _BETWEEN_BEFORE or tok.lower_ in (",", ";", "and", "but"):
            return None
    return None


def _number_after(toks: Sequence[Token], i: int, used: set[int]) -> Token | None:
    """A count a few function words after position ``i`` ("killing at least 23", "lives of 389 people")."""
    for j in range(i, min(len(toks), i + 5)):
        tok = toks[j]
        if _is_count(tok) and tok.i not in used:
            return tok
        if tok.pos_ not in _BETWEEN_AFTER or tok.lower_ in (";",):
            return None
    return None


def counts_in(span: Span | Sequence[Token], book: Codebook) -> dict[str, int]:
    """Counts by kind found in a span (a sentence), each number used once."""
    toks = list(span)
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    openers = _openers(book.counts)
    used: set[int] = set()
    out: dict[str, int] = {}
    for i in range(len(toks)):
        if openers is not None and lemmas[i] not in openers and lowers[i] not in openers:
            continue
        for cue in book.counts:
            length = _cue_at(lemmas, lowers, i, cue)
            if not length:
                continue
            num = _number_before(toks, i, used) or _number_after(toks, i + length, used)
            if num is not None:
                used.add(num.i)
                out[cue.name] = out.get(cue.name, 0) + (parse_number(num.text) or 0)
            break
    return out
