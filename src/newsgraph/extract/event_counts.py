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
#: Words that multiply the number before them ("two dozen", "three hundred"); "a dozen" alone is twelve.
MULTIPLIERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_BETWEEN_BEFORE = frozenset({"ADJ", "NOUN", "PROPN", "AUX", "ADV", "PART", "PUNCT", "NUM"})
_BETWEEN_AFTER = frozenset({"DET", "ADP", "ADV", "ADJ", "PRON", "NUM", "PUNCT", "CCONJ"})
#: Nouns of amount between a cue and its number ("arrested a total of 45").
_AMOUNT_NOUNS = frozenset({"total", "number", "minimum", "estimated"})


def parse_number(text: str) -> int | None:
    """An integer from digits ("1,200") or a number word ("four"); None otherwise."""
    clean = text.replace(",", "").strip().lower()
    if clean.isdecimal():  # "²" is a digit but not a number int() reads
        return int(clean)
    return WORD_NUMBERS.get(clean)


def count_value(tok: Token) -> int:
    """The number a count token stands for, times the multipliers after it ("two dozen": 24).

    >>> import spacy
    >>> count_value(spacy.blank("en")("two dozen men")[0])
    24
    """
    value = parse_number(tok.text) or 0
    doc = tok.doc
    i = tok.i + 1
    if _tens_unit(tok):  # "twenty-three"
        value += parse_number(doc[tok.i + 2].text) or 0
        i = tok.i + 3
    while i < len(doc) and doc[i].lower_ in MULTIPLIERS:
        value *= MULTIPLIERS[doc[i].lower_]
        i += 1
    return value


def _tens_unit(tok: Token) -> bool:
    """Whether a tens word is joined by a hyphen to a unit word ("twenty-three")."""
    doc = tok.doc
    value, unit = parse_number(tok.text), None
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        unit = parse_number(doc[tok.i + 2].text)
    return value is not None and unit is not None and value % 10 == 0 and 20 <= value <= 90 and unit < 10


def _after_number(tok: Token) -> Token | None:
    """The word after a number and its multipliers ("two dozen men": "men")."""
    doc = tok.doc
    i = tok.i + 3 if _tens_unit(tok) else tok.i + 1
    while i < len(doc) and doc[i].lower_ in MULTIPLIERS:
        i += 1
    return doc[i] if i < len(doc) else None


def _is_count(tok: Token) -> bool:
    """A number of people: digits or a number word ("a dozen" too), not a date, sum, measure or the
    multiplier of a number before it ("two dozen": the count is "two")."""
    if tok.ent_type_ in _SKIP_ENTS or parse_number(tok.text) is None:
        return False
    if not tok.like_num and tok.lower_ not in MULTIPLIERS:
        return False
    if tok.lower_ in MULTIPLIERS and tok.i > 0 and tok.doc[tok.i - 1].like_num:
        return False
    if tok.i > 1 and _tens_unit(tok.doc[tok.i - 2]):  # the unit of "twenty-three"
        return False
    nxt = _after_number(tok)
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
        if (tok.pos_ not in _BETWEEN_AFTER and tok.lower_ not in _AMOUNT_NOUNS) or tok.lower_ in (";",):
            return None
    return None


def _actor_count(num: Token, cue: Token) -> bool:
    """Whether a number before an active verb that has an object counts its doers ("Two gunmen killed a
    judge"), not its victims ("Four soldiers were killed", "One person died")."""
    if cue.pos_ != "VERB" or not any(c.dep_ in ("dobj", "obj") for c in cue.children):
        return False
    head = num if num.dep_ in ("nsubj", "nsubjpass") else num.head
    return head.dep_ == "nsubj" and head.head == cue


def _coordinated(num: Token, used: set[int]) -> list[Token]:
    """Counts coordinated after a count ("killed two policemen and three civilians": three), each after
    "and" or a comma that follows the first count's noun phrase."""
    out: list[Token] = []
    doc, i = num.doc, num.i + 1
    while i < len(doc) and i < num.i + 8:
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if tok.lower_ in ("and", ",") and nxt is not None and _is_count(nxt) and nxt.i not in used:
            out.append(nxt)
            i += 2
        elif tok.pos_ in ("NOUN", "ADJ", "PROPN") or tok.lower_ in MULTIPLIERS:
            i += 1
        else:
            break
    return out


def _counted(toks: Sequence[Token], i: int, length: int, used: set[int]) -> list[Token]:
    """The numbers a cue at position ``i`` counts: one before it (not an active verb's doers) or one
    after it, with the counts coordinated to the one after. A phrase cue holds its own object ("lost
    their lives"), so the number before it counts the victims."""
    before = _number_before(toks, i, used)
    if before is not None and (length > 1 or not _actor_count(before, toks[i])):
        return [before]
    after = _number_after(toks, i + length, used)
    return [] if after is None else [after, *_coordinated(after, used | {after.i})]


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
            for num in _counted(toks, i, length, used):
                used.add(num.i)
                out[cue.name] = out.get(cue.name, 0) + count_value(num)
            break
    return out
