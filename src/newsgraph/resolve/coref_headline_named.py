"""A person the headline names and the body only describes: "Jonas Kell held over Hull stabbing" + "A
19-year-old man has been arrested after ...".

A headline tells the story of its lead in the compressed grammar of headlines: a name with a bare past
participle ("NAME held over ...", "NAME charged with ...", "NAME named as gunman") is the passive the lead
tells in full (headlines tell past acts in the present, so a past form without object is that participle,
whatever the tagger says). When the body does not repeat the name but opens on an unnamed person introduced
by an indefinite description ("A 19-year-old man", "A gunman"), that person is the headline's: the first
person of the body is merged into the one person the headline names, when the headline names exactly one
person, by a headline passive, and never again, and nothing (gender, age, country) conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.nlp.doctext import body_start, children_of, headline_span
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters
from newsgraph.resolve.coref_lead import ANONYMOUS_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.resolve.coref_discourse import Cluster, Discourse


def _headline_passive(root: Token) -> bool:
    """Whether a name is told by a headline passive: the subject of a bare past participle ("NAME charged
    with ..."), or a noun the participle hangs on ("NAME held over ...", parsed as a reduced relative)."""
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.tag_ in ("VBN", "VBD"):
        return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children_of(root.head))
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children_of(root))


def _headline_person(dis: Discourse, head: tuple[int, int]) -> Cluster | None:
    """The one person the headline names, by a headline passive, and the body never names."""
    people = [c for c in dis.clusters if c.type == "PERSON" and not c.members
              and any(m.kind == "NAM" and head[0] <= m.start < head[1] for m in c.mentions)]
    if len(people) != 1 or any(m.start >= head[1] for m in people[0].mentions):
        return None
    m = next(m for m in people[0].mentions if m.kind == "NAM")
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    return people[0] if span is not None and _headline_passive(span.root) else None


def _body_opener(dis: Discourse) -> Cluster | None:
    """The body's first person when unnamed and introduced by an indefinite description in its first
    sentence, after the headline and any byline or posting line
    (:func:`~newsgraph.nlp.doctext.body_start`)."""
    lead = body_start(dis.article.text)  # past a byline or posting line: "By NAME" is no sentence of the lead
    firsts = sorted(((min(m.start for m in c.mentions), c) for c in dis.clusters
                     if c.type == "PERSON" and not c.members and c.mentions
                     and all(m.start >= lead for m in c.mentions)), key=lambda x: x[0])
    if not firsts:
        return None
    start, c = firsts[0]
    opener = min(c.mentions, key=lambda m: m.start)
    if c.named or opener.kind != "NOM" or dis.sentence(start) != dis.sentence(lead) \
            or c.roles & ANONYMOUS_ROLES or opener.text.split()[0].lower() not in ("a", "an"):
        return None
    return c


def identify_headline_named(dis: Discourse) -> None:
    """Merge the body's opening description into the person the headline names (module docstring).

    >>> from newsgraph.nlp import build_pipeline
    >>> text = "Jonas Kell held over stabbing" + chr(10) * 2 + "A man has been arrested."
    >>> art = build_pipeline()(text)._.ng  # doctest: +SKIP
    >>> [art.mention(m).text for m in art.entities[0].mentions]  # doctest: +SKIP
    ['Jonas Kell', 'A man']
    """
    head = headline_span(dis.article.text)
    if head[1] <= head[0]:
        return
    named = _headline_person(dis, head)
    u = _body_opener(dis) if named is not None else None
    if named is None or u is None or not agrees(named, u.gender, u.age) \
            or (u.country and named.country and u.country != named.country):
        return
    merge_clusters(dis, u, named, f"the headline names the lead's {u.descriptor or 'person'}: "
                                  f"{cluster_name(named)}")


__all__ = ["identify_headline_named"]
