"""A plural pronoun for the people just coordinated as one subject (step 3 of :mod:`newsgraph.resolve.coref`).

"NAME and his brother NAME ran a travel agency. They were arrested on Thursday": English refers to a
coordination of people with a plural pronoun, most often from the next sentence. When no group or collective
of the last sentences fits a plural pronoun, it stands for the people of the latest coordinated subject before
it, in its sentence or the one before (two or more, each one person: named, or a
description coreference has tied to one), and a group entity of them is made for it. A coordination in
another role ("police arrested NAME and NAME ... they") is no subject and is left alone: the pronoun would
as soon stand for the police.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_syntax import conjuncts
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.coref_discourse import SUBJECT_DEPS, Cluster, Discourse, cluster_name, new_mention


def _person_at(dis: Discourse, tok: Token) -> Cluster | None:
    """The one person a conjunct stands for: its own cluster, else that of a name apposed to it ("his
    brother NAME")."""
    for t in [tok, *(c for c in children_of(tok) if c.dep_ in ("appos", "compound"))]:
        found = [c for c in dis.clusters_at(t.idx) if c.type == "PERSON" and not c.members and not c.plural]
        if len(found) == 1:
            return found[0]
    return None


def coordinated_subject(dis: Discourse, tok: Token) -> list[Cluster]:
    """The people of the latest coordinated subject before a pronoun, in its sentence or the one before (a
    later subject that is no coordination does not count: "Tom Reid and Ann Kell ran a shop. Police said
    they ..."); empty when there is none, or a conjunct is no one person.

    >>> from newsgraph.nlp import build_pipeline
    >>> art = build_pipeline()("Tom Reid and Ann Kell ran a shop. They were arrested.")._.ng  # doctest: +SKIP
    >>> [art.mention(m).text for m in art.entities[-1].mentions]  # doctest: +SKIP
    ['They']
    """
    sent = dis.sentence(tok.idx)
    lo = dis.sent_starts[sent - 1] if sent >= 1 else -1  # the sentence before, or anything before the first
    i = tok.i
    while i > 0 and dis.doc[i - 1].idx >= lo:
        i -= 1
    subjects = [t for t in dis.doc[i: tok.i] if t.dep_ in SUBJECT_DEPS
                and any(c.dep_ == "conj" for c in children_of(t))]
    if not subjects:
        return []
    people = [_person_at(dis, t) for t in conjuncts(subjects[-1])]
    found = [c for c in people if c is not None]
    if len(found) != len(people) or len(found) < 2 or len({c.key for c in found}) != len(found):
        return []
    return found


def pronoun_for_coordinated(dis: Discourse, tok: Token) -> bool:
    """Attach a plural pronoun to a new group of the people coordinated before it (module docstring); False
    when there is no such coordination."""
    people = coordinated_subject(dis, tok)
    if not people:
        return False
    group = dis.new_cluster("PERSON")
    group.members, group.plural = people, True
    group.descriptor = " and ".join(cluster_name(c) for c in people)
    mention = new_mention(dis.article.text, tok.idx, tok.idx + len(tok.text), "PERSON", "PRO", tok.text)
    dis.attach(group, mention, f"'{tok.text}': the people coordinated before it ({group.descriptor})", 0.7)
    return True


__all__ = ["coordinated_subject", "pronoun_for_coordinated"]
