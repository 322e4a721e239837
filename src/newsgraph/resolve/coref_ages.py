"""Coreference of people described by their age: "a teenager", "a 15-year-old boy", "the youth".

News often tells of a young victim by age alone in one place ("riots sparked by the police killing of a
teenager", "the shooting of a 15-year-old boy") and names them with their age in another ("the death of
15-year-old NAME", "NAME, 15, was shot"), before or after. An unnamed person described by nothing but an age
and nouns that imply one (``description_ages`` of ``name_rules.yaml``: a teenager is 13-19, a boy under 18)
or a plain noun ("a 15-year-old man") is the one named person of the article whose stated age fits -- the
same age when the description states one, else within every age noun's range -- or who is described by
the same noun ("teenager NAME"), when exactly one named person fits and nothing (gender, country) conflicts
(:func:`identify_aged`).

A description the nominal finder keeps only for this ("the killing of a teenager": an indefinite person
outside a subject, :attr:`newsgraph.extract.nominals.Nominal.tentative`) that finds no one is dropped again
(:func:`drop_tentative`), as it would have been before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters

if TYPE_CHECKING:
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Role nouns that say nothing of a person but sex or that they have the stated age.
PLAIN_NOUNS = frozenset({"man", "woman", "person", "year-old"})


@lru_cache(maxsize=16)
def _parse(entries: frozenset[str]) -> dict[str, tuple[int, int]]:
    out = {}
    for entry in entries:
        w, _, span = entry.partition("=")
        low, _, high = span.partition("-")
        out[w] = (int(low), int(high))
    return out


def age_nouns() -> dict[str, tuple[int, int]]:
    """Noun -> (youngest, oldest) age it implies (``description_ages``).

    >>> age_nouns()["teenager"]
    (13, 19)
    """
    return _parse(lexicon().name_rules.get("description_ages", frozenset()))


def _age_fits(u: Cluster, c: Cluster, nouns: dict[str, tuple[int, int]]) -> str | None:
    """Why a named person is of the age an unnamed one is described by (None when not, or not known)."""
    own = sorted(u.roles & nouns.keys())
    if c.age is not None:
        if u.age is not None:
            return f"the same age, {u.age}" if u.age == c.age else None
        if own and all(nouns[r][0] <= c.age <= nouns[r][1] for r in own):
            return f"'{own[0]}' fits its age, {c.age}"
        return None
    said = sorted(r for r in own if r in c.roles | c.words)
    return f"also described as '{said[0]}'" if said and u.age is None else None


def identify_aged(dis: Discourse) -> None:
    """Merge each unnamed person described by age alone into the one named person of that age (see the
    module docstring)."""
    nouns = age_nouns()
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    named = [c for c in people if c.named]
    for u in [c for c in people if not c.named]:
        if not u.roles or not u.roles <= nouns.keys() | PLAIN_NOUNS or not (u.age or u.roles & nouns.keys()):
            continue
        fits = [(c, why) for c in named if agrees(c, u.gender, None)
                and not (u.country and c.country and u.country != c.country)
                and (why := _age_fits(u, c, nouns)) is not None]
        if len(fits) == 1:
            target, why = fits[0]
            merge_clusters(dis, u, target, f"the {u.descriptor or 'person'} is {cluster_name(target)}: {why}")


def drop_tentative(dis: Discourse) -> None:
    """Drop the people kept only to be identified by age who were not (see the module docstring)."""
    for c in dis.clusters:
        if c.tentative and c.mentions and not c.named:
            for m in c.mentions:
                if m.id:
                    dis.of_mention.pop(m.id, None)
            c.mentions = []


__all__ = ["PLAIN_NOUNS", "age_nouns", "drop_tentative", "identify_aged"]
