"""Coreference of people described by their age: "a teenager", "a 15-year-old boy", "the youth".

News often tells of a young victim by age alone in one place ("riots sparked by the police killing of a
teenager", "the shooting of a 15-year-old boy") and names them with their age in another ("the death of
15-year-old NAME", "NAME, 15, was shot"), before or after. An unnamed person described by nothing but an age
and nouns that imply one (``description_ages`` of ``name_rules.yaml``: a teenager is 13-19, a boy under 18)
or a plain noun ("a 15-year-old man") is the one named person of the article whose age fits: the ages the
description allows (the stated one, else those every age noun allows) meet the named person's (the stated
one, else those of the age nouns describing them: "teenager NAME", "NAME, a teenager"), when exactly one
named person fits and nothing (gender, country) conflicts (:func:`identify_aged`). When no named person's age
is known, one whose death the article tells ("the killing of NAME", "NAME died") is the one told dead by
that description ("the fatal shooting of a 15-year-old boy", "a boy whose killing", "the 15-year-old was
killed"), when exactly one named person is.

A definite description by age alone ("Sam Doyle was stopped at Dover. The 23-year-old was charged") restates
the one named person of that sentence or the one before, when that person's age is not stated and the
article gives that age nowhere else (:func:`age_restated`): news introduces a name and goes on with the age.

A description the nominal finder keeps only for this ("the killing of a teenager": an indefinite person
outside a subject, :attr:`newsgraph.extract.nominals.Nominal.tentative`) that finds no one is dropped again
(:func:`drop_tentative`), as it would have been before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract.ages import age_forms
from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters, recent
from newsgraph.resolve.coref_lead import age_ranges, described_by

if TYPE_CHECKING:
    from newsgraph.extract.nominals import Nominal
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Role nouns that say nothing of a person but sex or that they have the stated age.
PLAIN_NOUNS = frozenset({"man", "woman", "person", "year-old"})


def age_nouns() -> dict[str, tuple[int, int]]:
    """Noun -> (youngest, oldest) age it implies (``description_ages``).

    >>> age_nouns()["teenager"]
    (13, 19)
    """
    return age_ranges(lexicon().name_rules.get("description_ages", frozenset()))


def age_restated(dis: Discourse, n: Nominal) -> Cluster | None:
    """The named person a definite "the N-year-old" restates (module docstring), or None.

    >>> from newsgraph.nlp import build_pipeline
    >>> art = build_pipeline()("Sam Doyle was held. The 23-year-old was charged.")._.ng  # doctest: +SKIP
    >>> [art.mention(m).text for m in art.entities[0].mentions]  # doctest: +SKIP
    ['Sam Doyle', 'The 23-year-old']
    """
    if n.type != "PERSON" or not n.definite or n.role != "year-old" or n.age is None:
        return None
    if len(re.findall(age_forms(n.age), dis.article.text)) > 1:
        return None
    people = [c for _, c in recent(dis, n.start, 1) if c.type == "PERSON" and c.named and not c.members
              and not c.plural]
    if len(people) != 1 or people[0].age is not None or not agrees(people[0], n.gender, None):
        return None
    return people[0]


def _range(ages: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The ages all of several ranges allow (None when none are given).

    >>> _range([(0, 17), (13, 19)]), _range([])
    ((13, 17), None)
    """
    return (max(a for a, _ in ages), min(b for _, b in ages)) if ages else None


def _named_ages(c: Cluster, text: str, nouns: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The ages a named person may have: the stated one, else those the age nouns describing them allow
    ("teenager NAME", "NAME, a teenager")."""
    if c.age is not None:
        return c.age, c.age
    said = [r for r in nouns if r in c.roles | c.words or any(
        m.kind == "NAM" and described_by(text, m.start, m.end, frozenset({r})) for m in c.mentions)]
    return _range([nouns[r] for r in said])


def _unnamed_ages(u: Cluster, nouns: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The ages an unnamed person may have: the stated one, else those its age nouns allow."""
    return (u.age, u.age) if u.age is not None else _range([nouns[r] for r in u.roles if r in nouns])


def _told_dead(dis: Discourse, c: Cluster) -> bool:
    """Whether the article tells of a person's death at one of their mentions: the "of" object or possessor
    of a noun of dying (``death_nouns``; "the killing of NAME", "a boy whose killing", also "the fatal
    shooting of"), or the subject of "died", "was killed"."""
    nouns = lexicon().name_rules.get("death_nouns", frozenset())

    def dying(noun: Token) -> bool:
        return noun.lower_ in nouns or any(a.lower_ in ("fatal", "deadly") for a in children_of(noun))

    for m in c.mentions:
        span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind == "PRO":
            continue
        root = span.root
        nxt = dis.doc[span.end] if span.end < len(dis.doc) else None
        if (root.dep_ == "pobj" and root.head.lower_ == "of" and dying(root.head.head)) or (
                nxt is not None and nxt.lower_ == "died"):
            return True
        if (root.dep_, root.head.lemma_) in (("nsubj", "die"), ("nsubjpass", "kill")):
            return True
        if any(r.dep_ == "relcl" and any(p.dep_ == "poss" and p.lower_ == "whose" and dying(p.head)
                                         for p in r.subtree) for r in children_of(root)):
            return True
    return False


def identify_aged(dis: Discourse) -> None:
    """Merge each unnamed person described by age alone into the one named person of that age (see the
    module docstring)."""
    nouns = age_nouns()
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    unnamed = [c for c in people if not c.named and c.roles and c.roles <= nouns.keys() | PLAIN_NOUNS]
    if not unnamed:
        return
    named = {c.key: (c, ages) for c in people if c.named
             and (ages := _named_ages(c, dis.article.text, nouns)) is not None}
    for u in unnamed:
        own = _unnamed_ages(u, nouns)
        if own is None:
            continue
        fits = [(c, ages) for c, ages in named.values() if agrees(c, u.gender, None)
                and not (u.country and c.country and u.country != c.country)
                and max(own[0], ages[0]) <= min(own[1], ages[1])]
        if not fits and _told_dead(dis, u):  # "the fatal shooting of a 15-year-old boy" ... "the killing of
            # NAME": the one named person of no stated age whose death is told
            dead = [c for c in people if c.named and c.key not in named and agrees(c, u.gender, None)
                    and not (u.country and c.country and u.country != c.country) and _told_dead(dis, c)]
            if len(dead) == 1:
                merge_clusters(dis, u, dead[0], f"the {u.descriptor or 'person'} is {cluster_name(dead[0])}, "
                                                "the one named person of no stated age whose death is told")
            continue
        if len(fits) == 1:
            target, (low, high) = fits[0]
            age = f"{low}" if low == high else f"{low}-{high}"
            merge_clusters(dis, u, target, f"the {u.descriptor or 'person'} is {cluster_name(target)}, "
                                           f"the one named person of a fitting age ({age})")


def drop_tentative(dis: Discourse) -> None:
    """Drop the people kept only to be identified by age who were not (see the module docstring)."""
    for c in dis.clusters:
        if c.tentative and c.mentions and not c.named:
            for m in c.mentions:
                if m.id:
                    dis.of_mention.pop(m.id, None)
            c.mentions = []


__all__ = ["PLAIN_NOUNS", "age_nouns", "drop_tentative", "identify_aged"]
