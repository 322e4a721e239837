"""Coreference of people a headline describes by a title before the article names them.

A headline often describes a person by the office they hold and the article names that person only further
down ("Judge sentences X ... Judge Jane Roe told the court"). Step 3 of :mod:`newsgraph.resolve.coref`
never lets a role noun reach forward, since a later person with the same title may be another ("A judge
was shot ... Later, Judge Ann Lee said"); from the headline it may, for the headline tells what the article
is about: an unnamed person first described in the headline (the first line that is no web address and
does not end in a full stop) by a title -- no generic role such as "official", "man", nor one of people
often quoted anonymously by design ("a spokesperson", "a source") -- is the one named person of the article
whose titles or roles hold that title, when exactly one does and nothing (gender, age, country, domain
words) conflicts (the headline: :func:`newsgraph.nlp.doctext.headline_span`).

A title-case headline also describes people by plain nouns ("Teen Arrested In Shooting Of Mom"); such a
person (a word of ``description_last_words``) is the first person of the lead (the four lines after the
headline) the body describes by that noun or a synonym of it (``description_synonyms``: "NAME, who was a
mother of five", "mother of five NAME", "NAME, a teenager") or by an age the noun implies
(``description_ages``: "an 18-year-old" is a teen), when nothing (gender, age) conflicts
(:func:`identify_lead_descriptions`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import headline_span
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters

if TYPE_CHECKING:
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Roles of people news often quotes without a name by design: an unnamed one is nobody named later.
ANONYMOUS_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "source", "witness", "resident"})


def _titled_roles(u: Cluster, generic: frozenset[str]) -> set[str]:
    """The role nouns of an unnamed person that name an office (not "man", "official", "year-old")."""
    roles = lexicon().roles
    return {r for r in u.roles - generic - ANONYMOUS_ROLES
            if (role := roles.get(r)) is not None and role.type == "PERSON"}


def _holds(c: Cluster, u: Cluster, titled: set[str]) -> bool:
    """Whether a named person holds the unnamed person's title, and nothing they are said to be conflicts."""
    if not agrees(c, u.gender, u.age) or (u.country and c.country and u.country != c.country):
        return False
    known = c.words | c.roles | {w.lower() for t in c.titles for w in t.text.split()}
    domain = {w for w in u.words if w in lexicon().domains}
    return bool(titled & known) and domain <= known


def identify_lead_titles(dis: Discourse, generic: frozenset[str]) -> None:
    """Merge each unnamed person first described by a title in the headline into the one named
    person holding that title (see the module docstring); ``generic`` are roles that identify no one."""
    start, end = headline_span(dis.article.text)
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    named = [c for c in people if c.named]
    for u in [c for c in people if not c.named]:
        if not start <= min(m.start for m in u.mentions) < end:
            continue
        titled = _titled_roles(u, generic)
        fits = [c for c in named if titled and _holds(c, u, titled)]
        if len(fits) == 1:
            role = sorted(titled)[0]
            merge_clusters(dis, u, fits[0], f"the {role} of the headline is the one named {role}: "
                                            f"{cluster_name(fits[0])}")


@lru_cache(maxsize=16)
def classes(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """Word -> its class of ``a=b=c`` entries (every word maps to itself at least; cached per list).

    >>> sorted(classes(frozenset({"mom=mother"}))["mom"])
    ['mom', 'mother']
    """
    out: dict[str, frozenset[str]] = {}
    for entry in entries:
        group = frozenset(entry.split("="))
        for w in group:
            out[w] = out.get(w, frozenset()) | group
    return out


@lru_cache(maxsize=16)
def age_ranges(entries: frozenset[str]) -> dict[str, tuple[int, int]]:
    """Word -> (youngest, oldest) of ``word=13-19`` entries (cached per list).

    >>> age_ranges(frozenset({"teen=13-19"}))
    {'teen': (13, 19)}
    """
    out = {}
    for entry in entries:
        w, _, span = entry.partition("=")
        low, _, high = span.partition("-")
        out[w] = (int(low), int(high))
    return out


def described_by(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the text describes the name at ``start:end`` by one of the nouns: before it ("mother of five
    NAME", "Brooklyn mom NAME") or apposed after it ("NAME, a mother", "NAME-who was a mother of 12").

    >>> t = "Ana Roe-who was a mother of 12-died. Police said mother of two Lia Cruz fled."
    >>> described_by(t, 0, 7, frozenset({"mother"})), described_by(t, 63, 71, frozenset({"mother"}))
    (True, True)
    >>> described_by(t, 63, 71, frozenset({"teen"}))
    False
    """
    alt = "|".join(re.escape(n) for n in sorted(nouns))
    before = re.search(rf"\b(?:{alt})s?(?:\s+of\s+\w+)?(?:\s+(?-i:[A-Z])[\w-]*){{0,2}}\s+$",
                       text[max(0, start - 60):start], re.IGNORECASE)
    after = re.match(rf"\s*[-,–—(]\s*(?:who\s+(?:is|was)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"(?:{alt})s?\b", text[end:end + 80], re.IGNORECASE)
    return before is not None or after is not None


def _fits(c: Cluster, text: str, nouns: frozenset[str], ages: tuple[int, int] | None) -> bool:
    """Whether a body person is described by one of the nouns, or is of the age they imply."""
    if (c.roles | c.words) & nouns:
        return True
    if ages is not None and c.age is not None and ages[0] <= c.age <= ages[1]:
        return True
    return any(m.kind == "NAM" and described_by(text, m.start, m.end, nouns) for m in c.mentions)


def identify_lead_descriptions(dis: Discourse, lead_lines: int = 4) -> None:
    """Merge each unnamed person a title-case headline describes by a plain noun into the first person of
    the lead described likewise (see the module docstring)."""
    from newsgraph.resolve.coref import lead_end

    rules = lexicon().name_rules
    words = rules.get("description_last_words", frozenset())
    synonyms = classes(rules.get("description_synonyms", frozenset()))
    ages = age_ranges(rules.get("description_ages", frozenset()))
    text = dis.article.text
    start, end = headline_span(text)
    lead = lead_end(text[end:], lead_lines) + end
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    for u in [c for c in people if not c.named]:
        roles = sorted(u.roles & words)
        if not start <= min(m.start for m in u.mentions) < end or not roles:
            continue
        nouns = synonyms.get(roles[0], frozenset({roles[0]}))
        body = sorted((c for c in people if c is not u and any(end <= m.start < lead for m in c.mentions)),
                      key=lambda c: min(m.start for m in c.mentions if m.start >= end))
        fit = next((c for c in body if agrees(c, u.gender, u.age)
                    and _fits(c, text, nouns, ages.get(roles[0]))), None)
        if fit is not None:
            merge_clusters(dis, u, fit, f"the {roles[0]} of the headline is the lead's person described so: "
                                        f"{cluster_name(fit)}")


__all__ = ["age_ranges", "classes", "described_by", "identify_lead_descriptions", "identify_lead_titles"]
