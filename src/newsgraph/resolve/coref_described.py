"""Coreference of a qualified description with the named person the article describes by the same words.

News describes the person a story is about by a plain noun with a qualifier -- a home town or a count --
("a Dorton mother of five", "the killing of a Dorton mother") and names them elsewhere with the same
description apposed or put before the name ("Dorton mother of five, NAME", "NAME, 34, a mother of five",
"mother of five NAME"). An unnamed person described so (a noun of ``description_last_words`` with a place
name before it or "of" and a number after it; such a description outside a subject is kept only for this,
:attr:`newsgraph.extract.nominals.Nominal.tentative`) is the one named person of the article described by
that noun or a synonym of it (``description_synonyms``) with one of the same qualifiers, when exactly one
named person is and nothing (gender, age, country) conflicts. A description with another count ("a mother
of two") or without the qualifier ("NAME, a mother") identifies no one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters
from newsgraph.resolve.coref_lead import classes

if TYPE_CHECKING:
    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

_OF = re.compile(r"\s+of\s+([\w-]+)", re.IGNORECASE)


def qualifiers(phrase: str, after: str) -> set[str]:
    """The qualifiers of a description: capitalised words after its first word (a place, "Dorton") and the
    word after an "of" that follows it ("of 12"), lower-cased.

    >>> sorted(qualifiers("a Dorton mother", " of 12 in 2011"))
    ['dorton', 'of 12']
    >>> sorted(qualifiers("mother", ", NAME"))
    []
    """
    words = {w.lower() for w in phrase.split()[1:] if w[:1].isupper()}
    of = _OF.match(after)
    return words | ({f"of {of.group(1).lower()}"} if of else set())


def described_with(text: str, m: Mention, nouns: frozenset[str]) -> set[str]:
    """The qualifiers of each description by one of the nouns put before a name ("Dorton mother of 12, NAME",
    "mother of five NAME") or apposed after it ("NAME, 34, a mother of 12").

    >>> t = "Dorton mother of 12, Ann Roe, died. Lia Cruz, 34, a mother of two, fled."
    >>> class M: pass
    >>> a, b = M(), M()
    >>> a.start, a.end, b.start, b.end = 21, 28, 36, 44
    >>> mother = frozenset({"mother"})
    >>> sorted(described_with(t, a, mother)), sorted(described_with(t, b, mother))
    (['dorton', 'of 12'], ['of two'])
    """
    alt = "|".join(re.escape(n) for n in sorted(nouns))
    out: set[str] = set()
    before = re.search(rf"((?:(?-i:[A-Z])[\w-]*\s+){{0,2}})\b(?:{alt})s?((?:\s+of\s+[\w-]+)?),?\s+"
                       rf"(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}$",
                       text[max(0, m.start - 80):m.start], re.IGNORECASE)
    if before is not None:
        out |= qualifiers("x " + before.group(1), before.group(2))
    after = re.match(rf"\s*[-,–—(]\s*(?:\d+\s*,\s*)?(?:who\s+(?:is|was)\s+)?(?:a|an|the)\s+"
                     rf"((?:[\w-]+\s+){{0,2}}?)(?:{alt})s?\b((?:\s+of\s+[\w-]+)?)",
                     text[m.end:m.end + 100], re.IGNORECASE)
    if after is not None:
        out |= qualifiers("x " + after.group(1), after.group(2))
    return out


def _qualified(dis: Discourse, u: Cluster, words: frozenset[str]) -> tuple[str, set[str]] | None:
    """The plain noun and qualifiers of an unnamed person's first description, if it is qualified."""
    for m in sorted(u.mentions, key=lambda m: m.start):
        head = m.text.split()[-1].lower() if m.kind == "NOM" else ""
        if head in words:
            found = qualifiers(m.text, dis.article.text[m.end:m.end + 40])
            return (head, found) if found else None
    return None


def identify_described(dis: Discourse) -> None:
    """Merge an unnamed person described with a qualifier into the one named person the article describes
    by the same noun and qualifier (module docstring)."""
    rules = lexicon().name_rules
    words = rules.get("description_last_words", frozenset())
    synonyms = classes(rules.get("description_synonyms", frozenset()))
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members and not c.plural]
    named = [c for c in people if c.named]
    for u in [c for c in people if not c.named]:
        found = _qualified(dis, u, words)
        if found is None:
            continue
        noun, quals = found
        nouns = synonyms.get(noun, frozenset({noun}))
        fits = [c for c in named if agrees(c, u.gender, u.age)
                and not (u.country and c.country and u.country != c.country)
                and any(quals & described_with(dis.article.text, m, nouns)
                        for m in c.mentions if m.kind == "NAM")]
        if len(fits) == 1:
            merge_clusters(dis, u, fits[0], f"the {noun} described so is the one named {noun} described "
                                            f"with the same words: {cluster_name(fits[0])}")


__all__ = ["described_with", "identify_described", "qualifiers"]
