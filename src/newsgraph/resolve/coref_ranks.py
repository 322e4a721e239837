"""Coreference of an unnamed officer with the ranked person named next to it.

Crime reports describe an officer ("a police officer", "the deputy"; ``officer_nouns`` of ``name_rules.yaml``)
and name them with their rank in the same or the next sentence ("... the murder of a police officer. Deputy
NAME, 35, was killed outside an apartment"). Step 3 of :mod:`newsgraph.resolve.coref` never lets a role noun
reach forward; here an unnamed officer is the one person named with a rank written before the name
(``officer_ranks``: "Capt.", "Sgt.", "Officer") in a sentence of one of its mentions or an adjacent one,
when nothing (sex, age) conflicts and it is described as nothing but an officer -- not one who is the source
of a statement there ("An officer stopped him, said Officer NAME"), not another ("another deputy", "a second
officer"), and nobody when two fit.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.resolve.coref_discourse import SPEECH_VERBS, agrees, cluster_name, merge_clusters

if TYPE_CHECKING:
    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

_OTHER = re.compile(r"^(?:another|second|third|other|one other)\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according to)\b[^.;:!?]{0,30}$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: Roles that say nothing more of an officer.
_PLAIN = frozenset({"man", "woman", "person", "year-old"})


def rank_before(text: str, start: int, ranks: frozenset[str]) -> int | None:
    """Where a rank of ``ranks`` written right before the name at ``start`` begins (None: no rank).

    >>> rank_before("said Police Capt. Tom Roe", 18, frozenset({"capt."}))
    12
    >>> rank_before("said Tom Roe", 5, frozenset({"capt."})) is None
    True
    """
    found = re.search(r"(\S+)\s+$", text[max(0, start - 20):start])
    if found is None or found.group(1).lower() not in ranks:
        return None
    return max(0, start - 20) + found.start(1)


def _sentences(dis: Discourse) -> list[int]:
    """Sentence starts, leaving out those after an abbreviation the splitter took for a full stop ("Sgt.")."""
    text, starts = dis.article.text, dis.sent_starts
    return [b for a, b in zip([0, *starts], starts, strict=False)
            if b == 0 or not re.search(r"(?:^|\s)[A-Z][a-z]{0,3}\.\s*$", text[a:b])]


def _source(dis: Discourse, m: Mention, at: int) -> bool:
    """Whether a named mention (its rank at ``at``) is the source of a statement: the subject of a speech
    verb, also after it ("..., said sheriff's Sgt. NAME"; "according to Officer NAME")."""
    if _SAID_BEFORE.search(dis.article.text[max(0, at - 40):at]):
        return True
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS


def identify_ranked_officers(dis: Discourse) -> None:
    """Merge each unnamed officer into the one ranked person named next to it (see the module docstring)."""
    rules = lexicon().name_rules
    nouns, ranks = rules.get("officer_nouns", frozenset()), rules.get("officer_ranks", frozenset())
    text, starts = dis.article.text, _sentences(dis)

    def sentence(char: int) -> int:
        return bisect.bisect_right(starts, char)

    ranked = [(sentence(at), c) for c in dis.clusters if c.type == "PERSON" and not c.members
              for m in c.mentions if m.kind == "NAM" and (at := rank_before(text, m.start, ranks)) is not None
              and not _source(dis, m, at)]
    for u in [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.named and not c.members]:
        if not u.roles & nouns or not u.roles <= nouns | _PLAIN or any(
                _OTHER.match(_ARTICLE.sub("", m.text)) for m in u.mentions if m.kind == "NOM"):
            continue  # "the gunman ... the officer's face": someone else; "another deputy"
        near = {sentence(m.start) + d for m in u.mentions for d in (-1, 0, 1)}
        fits: list[Cluster] = []
        for sent, c in ranked:
            if sent in near and c not in fits and agrees(c, u.gender, u.age):
                fits.append(c)
        if len(fits) == 1:
            merge_clusters(dis, u, fits[0], f"the {sorted(u.roles & nouns)[0]} is the ranked person named "
                                            f"next to it: {cluster_name(fits[0])}")


__all__ = ["identify_ranked_officers", "rank_before"]
