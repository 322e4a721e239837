"""Coreference of relatives described by a kin noun and whose relative they are.

A possessed kin noun ("his mother", "the boy's father", "Gomes's wife"; ``kin_nouns`` of
``name_rules.yaml``) describes a relative of its possessor, often one the article names elsewhere, before or
after: "35-year-old Gomes ... his mother and his ex-girlfriend were found ... 61-year-old Kathryn Gomes and
48-year-old Robin Mendes are the victims". Step 3 of :mod:`newsgraph.resolve.coref` makes each one an unnamed
person of its own (never the most recent person described by that noun: "her mother" is not the mother
named before, when "her" is that mother); once every mention is resolved, :func:`identify_kin` merges it
into the named person it is:

1. the one named person, other than the possessor, described by that noun or a synonym of it
   (``description_synonyms``): "his sister, NAME", "mother NAME", "NAME, a mother of two", a role noun the
   name is apposed to;
2. else, for a relative by blood or marriage (``kin_surname_nouns``), the one named person, other than the
   possessor, sharing the possessor's surname -- relatives sharing a surname stay apart, and the kin noun
   goes to the right one;

in both cases only when nothing (sex, age) conflicts. Otherwise it stays an unnamed relative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lexicon
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters
from newsgraph.resolve.coref_lead import classes, described_by
from newsgraph.resolve.names import person_tokens

if TYPE_CHECKING:
    from newsgraph.resolve.coref_discourse import Cluster, Discourse


def possessor(doc: Doc, head_i: int) -> Token | None:
    """The possessor of a noun: "his" of "his mother", "boy" of "the boy's father" (None when none).

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["his", "mother", "died"], heads=[1, 2, 2], deps=["poss", "nsubj", "ROOT"])
    >>> possessor(doc, 1).text, possessor(doc, 2)
    ('his', None)
    """
    head = doc[head_i]
    return next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)


def is_kin(doc: Doc, head_i: int, role: str) -> bool:
    """Whether a person noun is a possessed kin noun ("his mother", "NAME's wife")."""
    return role in lexicon().name_rules.get("kin_nouns", frozenset()) and possessor(doc, head_i) is not None


def surname(name: str) -> str | None:
    """The last word of a person's name as compared ("Gary J. Gomes Jr." -> "gomes").

    >>> surname("Gary J. Gomes Jr."), surname("")
    ('gomes', None)
    """
    words = person_tokens(name) if name.strip() else []
    return words[-1] if words else None


def _said_of(c: Cluster, text: str, nouns: frozenset[str]) -> bool:
    """Whether a named person is described by one of the nouns (a role noun of theirs, or around a name)."""
    if c.roles & nouns:
        return True
    return any(m.kind == "NAM" and described_by(text, m.start, m.end, nouns) for m in c.mentions)


def _relative(dis: Discourse, u: Cluster, role: str, owners: list[Cluster]) -> tuple[Cluster, str] | None:
    """The named person an unnamed relative is (see the module docstring), and why."""
    rules = lexicon().name_rules
    nouns = classes(rules.get("description_synonyms", frozenset())).get(role, frozenset({role}))
    pool = [c for c in dis.clusters if c.type == "PERSON" and c.named and not c.members
            and c not in owners and agrees(c, u.gender, u.age)]
    said = [c for c in pool if _said_of(c, dis.article.text, nouns)]
    if len(said) == 1:
        return said[0], f"the one named person described as {role}"
    if said or role not in rules.get("kin_surname_nouns", frozenset()):
        return None
    names = {s for o in owners for n in o.names() if (s := surname(n)) is not None}
    same = [c for c in pool if names & {surname(n) for n in c.names()}]
    if len(same) == 1:
        return same[0], f"the one other person of the surname of {cluster_name(owners[0])}"
    return None


def identify_kin(dis: Discourse) -> None:
    """Merge each unnamed relative (a possessed kin noun, :func:`is_kin`) into the named person it is."""
    for u, head_i, role in dis.kin:
        if not u.mentions or u.named:
            continue
        poss = possessor(dis.doc, head_i)
        if poss is None:
            continue
        owners = [c for c in dis.clusters_at(poss.idx) if c is not u]
        found = _relative(dis, u, role, owners)
        if found is not None:
            relative, why = found
            merge_clusters(dis, u, relative, f"{u.descriptor or role} is {cluster_name(relative)}: {why}")


__all__ = ["identify_kin", "is_kin", "possessor", "surname"]
