"""Coreference of a lead's described subject with the person the next sentence names doing the same.

A news lead often tells an act of a person it only describes ("A local man has been charged in a fatal
crash", "A suspected gang leader has hanged himself in jail") and the next sentence restates the act with
the person's name ("NAME was charged with manslaughter", "Police said NAME hanged himself in his cell"): the
delayed identification of news writing. The restated predicate identifies them, with or without an age
(:func:`~newsgraph.resolve.coref_cataphora.identify_lead_subject` needs one): the first person of the body,
unnamed and introduced by an indefinite description as the subject of a verb, is the first person the body
names, when that name comes within two sentences as the subject of the same verb in the same voice (not a
verb of saying or being) and nothing (gender, age, country) conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.nlp.doctext import headline_span
from newsgraph.resolve.coref_discourse import SPEECH_VERBS, agrees, cluster_name, merge_clusters
from newsgraph.resolve.coref_lead import ANONYMOUS_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Verbs whose repetition identifies nobody: being, staying, saying.
_EMPTY_VERBS = frozenset({"be", "remain", "have", "do"}) | SPEECH_VERBS
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _subject_root(dis: Discourse, m: Mention) -> Token | None:
    """The root of a mention's phrase when it is the subject of a verb that says something, else None."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _SUBJECTS or span.root.head.lemma_.lower() in _EMPTY_VERBS:
        return None
    return span.root


def _first_body_person(dis: Discourse, head_end: int) -> tuple[Cluster, Mention] | None:
    """The first person of the body (after the headline) and its first mention there."""
    firsts = [(min((m for m in c.mentions if m.start >= head_end), key=lambda m: m.start), c)
              for c in dis.clusters if c.type == "PERSON" and not c.members
              and any(m.start >= head_end for m in c.mentions)]
    if not firsts:
        return None
    m, c = min(firsts, key=lambda x: x[0].start)
    return c, m


def identify_restated_subject(dis: Discourse) -> None:
    """Merge the lead's described subject into the person named next doing the same (module docstring)."""
    _, head_end = headline_span(dis.article.text)
    first = _first_body_person(dis, head_end)
    if first is None or first[0].named or first[0].roles & ANONYMOUS_ROLES:
        return
    u, opener = first
    own = _subject_root(dis, opener)
    if opener.kind != "NOM" or own is None or own.left_edge.lower_ not in ("a", "an"):
        return
    named = sorted(((m.start, m) for c in dis.clusters if c.type == "PERSON" and c.named and not c.members
                    for m in c.mentions if m.kind == "NAM" and m.start > opener.start), key=lambda x: x[0])
    if not named:
        return
    m = named[0][1]
    other = _subject_root(dis, m)
    if other is None or dis.sentence(m.start) - dis.sentence(opener.start) not in (1, 2):
        return
    if other.dep_ != own.dep_ or other.head.lemma_.lower() != own.head.lemma_.lower():
        return
    c = dis.of_mention[m.id]
    if agrees(c, u.gender, u.age) and not (u.country and c.country and u.country != c.country):
        merge_clusters(dis, u, c, f"the lead's {u.descriptor or 'person'} is the person named next doing the "
                                  f"same ({own.head.lemma_}): {cluster_name(c)}")


__all__ = ["identify_restated_subject"]
