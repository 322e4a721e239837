"""A definite description for the one person named just before (step 3 of :mod:`newsgraph.resolve.coref`).

News names a person and goes on with what they do for a living: "Marta Levi has reported from Syria for a
decade. The journalist was kidnapped"; "Private NAME served with the Guards. The soldier was killed". A
definite singular description that no earlier person fits by its noun (step 3 found none) refers to the one
person named in the sentence before, when no one is named in its own sentence before it, when its noun is an
occupation (a role noun with a sector: journalist, soldier, businessman), and nothing conflicts: sex, age,
country (a description by a country is of a person known to be of it), the sector the person is known by. Not
a description with an "of" phrase or a clause of its own ("the owner of the shop", "the man who fled":
relational or restricted, another person), nor a possessed one ("his attacker"), nor a relative; and not when
two people are named there (which one is unknown). A suspect, defendant or victim is not so found: the person
named before may be a lawyer or a witness, and the article's one blamed person is found by what it blames them
for (:mod:`newsgraph.extract.event_identify`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.coref_discourse import agrees, recent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.nominals import Nominal
    from newsgraph.resolve.coref_discourse import Cluster, Discourse


def _of_noun(prep: Token) -> bool:
    """Whether a dependent is an "of" phrase with a noun ("the owner of the shop"), not a gerund ("convicted
    the defendant of murdering")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(c.dep_ == "pobj" for c in children_of(prep))


def _telling_noun(dis: Discourse, n: Nominal) -> bool:
    """Whether a description's noun is an occupation, unrestricted (module docstring)."""
    head = dis.doc[n.head_i]
    if any(c.dep_ in ("acl", "relcl") or _of_noun(c) for c in children_of(head)) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(head)):
        return False  # "the owner of the shop", "his attacker": another person
    role = lexicon().roles.get(n.role)
    return role is not None and role.sector is not None


def _fits(n: Nominal, c: Cluster) -> bool:
    """Whether nothing conflicts between a description and a person (module docstring)."""
    if not agrees(c, n.gender, n.age) or (n.country and n.country != c.country):
        return False  # "the Iraqi president": a person of that country only
    return not (n.sector and c.sectors and n.sector not in c.sectors)


def named_before(dis: Discourse, n: Nominal) -> Cluster | None:
    """The one person a definite description refers back to by position (module docstring), or None.

    >>> from newsgraph.nlp import build_pipeline
    >>> text = "Marta Levi reported from Syria. The journalist was kidnapped."
    >>> art = build_pipeline()(text)._.ng  # doctest: +SKIP
    >>> [art.mention(m).text for m in art.entities[0].mentions]  # doctest: +SKIP
    ['Marta Levi', 'The journalist']
    """
    if n.type != "PERSON" or not n.definite or n.plural or not _telling_noun(dis, n):
        return None
    sent = dis.sentence(n.start)
    people = [(last, c) for last, c in recent(dis, n.start, 1) if c.type == "PERSON" and c.named
              and not c.members and not c.plural]
    if len(people) != 1 or dis.sentence(people[0][0]) != sent - 1:
        return None  # two people: which one is unknown; one in its own sentence: another person, mostly
    return people[0][1] if _fits(n, people[0][1]) else None


__all__ = ["named_before"]
