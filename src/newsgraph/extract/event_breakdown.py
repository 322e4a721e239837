"""Who a counted group is, from the breakdown of the same count elsewhere in the article.

News reports a group by its number in one place ("took 23 into custody", "captured 23 suspects", "seizing
23 of the raiders") and breaks the same number down by nationality or country in another ("the detained
included 12 Somalis and 11 Yemenis", "the 12 Somali and 11 Yemeni suspects"). A counted phrase that names
no entity itself is the groups of a breakdown whose counts add up to its number: a run of at least two
``NUMBER NATIONALITY`` items joined by commas or "and", each nationality (or country) a mention of the
article. The breakdown must add up exactly, so an unrelated count never borrows it.

>>> _number_of("23"), _number_of("twelve"), _number_of("1990s")
(23, 12, None)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.extract.event_counts import parse_number
from newsgraph.model import Mention
from newsgraph.nlp.doctext import children_of

#: Entity types a breakdown item names: a nationality, a country.
_GROUP_TYPES = frozenset({"NORP", "GPE"})
#: Words joining the items of a breakdown.
_JOINERS = frozenset({",", "and", "&"})
#: Entity types of numbers that count no people.
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def _number_of(text: str) -> int | None:
    """The integer a count token writes (digits or a number word), else None."""
    return parse_number(text)


def _count(tok: Token) -> int | None:
    """The count a token writes, unless it is a date, money or another measure."""
    if tok.ent_type_ in _NOT_COUNTS or not tok.like_num:
        return None
    return _number_of(tok.text)


def _item(doc: Doc, i: int, mention_at: dict[int, Mention]) -> tuple[int, Mention, int] | None:
    """A breakdown item starting at token ``i``: its count, the group mention right after it, and the index
    of the first token after the mention."""
    n = _count(doc[i])
    if n is None or i + 1 >= len(doc):
        return None
    m = mention_at.get(i + 1)
    if m is None or m.type not in _GROUP_TYPES or not m.entity:
        return None
    j = i + 1
    while j < len(doc) and mention_at.get(j) is m:
        j += 1
    return n, m, j


def _run_at(doc: Doc, i: int, mention_at: dict[int, Mention]) -> tuple[int, list[Mention], int]:
    """The breakdown run starting at token ``i``: its total, its group mentions and where it ends."""
    total, groups, j = 0, [], i
    while (item := _item(doc, j, mention_at)) is not None:
        n, m, after = item
        total, j = total + n, after
        groups.append(m)
        if after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and mention_at.get(after) is None:
            after += 1  # "12 Somali nationals and 11 Yemeni nationals"
        k = after
        while k < len(doc) and doc[k].lower_ in _JOINERS:
            k += 1
        if k == after:
            break
        j = k
    return total, groups, j


#: The Doc whose breakdowns were found last, its length and the breakdowns (one entry is enough: an
#: article's triggers ask in turn).
_LAST: tuple[Any, int, dict[int, list[Mention]]] = (None, 0, {})


def breakdowns(doc: Doc, mention_at: dict[int, Mention]) -> dict[int, list[Mention]]:
    """Total -> the groups of the article's breakdowns of that total (two or more groups)."""
    global _LAST
    last_doc, size, found = _LAST
    if last_doc is doc and size == len(doc):
        return found
    found = {}
    i = 0
    while i < len(doc):
        total, groups, end = _run_at(doc, i, mention_at)
        if len({m.entity for m in groups}) >= 2:
            found.setdefault(total, [])
            found[total] += [m for m in groups if m.entity not in {g.entity for g in found[total]}]
            i = end
        else:
            i += 1
    _LAST = (doc, len(doc), found)
    return found


def counted_number(tok: Token) -> int | None:
    """The number of people a phrase counts that names them by no nationality: "23" ("took 23 into
    custody", "23 of the raiders") or a noun with a number ("23 piracy suspects")."""
    if tok.pos_ == "NUM":
        return _count(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"):
        nums = [c for c in children_of(tok) if c.dep_ == "nummod"]
        return _count(nums[0]) if len(nums) == 1 else None
    return None


def _phrase(tok: Token) -> list[Token]:
    """The tokens of a noun phrase without its clauses ("23 suspects [who ...]")."""
    out = [tok]
    for c in children_of(tok):
        if c.dep_ not in ("relcl", "acl", "advcl", "punct", "cc", "conj", "appos"):
            out += list(c.subtree)
    return out


def breakdown_groups(tok: Token, mention_at: dict[int, Mention]) -> list[Mention]:
    """The groups of the breakdown whose total is the count of a phrase (none when no breakdown adds up).

    The phrase must name no nationality or country itself ("23 Somali pirates" is already named)."""
    n = counted_number(tok)
    if n is None or n < 2:
        return []
    if any(mention_at.get(t.i) is not None and mention_at[t.i].type in _GROUP_TYPES for t in _phrase(tok)):
        return []
    return list(breakdowns(tok.doc, mention_at).get(n, []))


__all__ = ["breakdown_groups", "breakdowns", "counted_number"]
