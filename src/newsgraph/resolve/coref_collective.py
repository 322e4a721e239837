"""Coreference of unnamed collectives ("police", "the government", "Israeli forces", "rebels").

A collective nominal (:mod:`newsgraph.extract.collectives`) is, in order:

1. when definite, the organisation named in the last sentences that the existing rule for "the army" or
   "the company" fits ("Pakistan Army ... the army");
2. the collective of the same noun introduced before in the article, when its modifier nouns are among that
   one's words and no country conflicts ("Israeli troops ... the troops"; not "rebel forces" after
   "government forces", nor "Syrian troops" after "Turkish troops"), never a counted group ("detained 20
   journalists": a group of its own, which neither joins nor is joined by another collective);
3. else a new entity of type ORG named by its description ("police", "Israeli forces"), with the sector of
   its noun and the country of a nationality, country or place modifier.

Its mention leaves out a name inside it ("Israeli" of "Israeli forces" stays the nationality's mention), so
mentions never overlap names.

>>> description([("The ", False), ("Security ", False), ("forces", False)])
'security forces'
>>> description([("Israeli ", True), ("troops", False)])
'Israeli troops'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.extract.titles import word
from newsgraph.resolve.coref_discourse import recent
from newsgraph.resolve.coref_kinds import members_group

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsgraph.extract.nominals import Nominal
    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

_POSSESSIVE = re.compile(r"\s*(?:'s|’s|'|’)?\s*")
_LEADING_WORDS = frozenset({"the", "these", "those", "this", "that", "all", "both", "some", "many", "several",
                            "his", "her", "its", "their", "our", "my", "your"})
#: How many sentences back a definite collective may refer to a named organisation ("the army").
_NAMED_WINDOW = 12


def description(words: list[tuple[str, bool]]) -> str:
    """A collective's name from its words (with trailing space, and whether part of a name): without leading
    determiners or possessive pronouns, common words in lower case ("The police" -> "police")."""
    while len(words) > 1 and words[0][0].strip().lower() in _LEADING_WORDS:
        words = words[1:]
    return "".join(w if proper else w.lower() for w, proper in words).strip()


def _describing(span: Span, n: Nominal) -> list[tuple[str, bool]]:
    """The words of a collective's phrase that describe it: names and nationalities, nouns, the head, and an
    adjective only of a phrase of the lexicon ("paramilitary forces"); not "angry", "increasingly bold"."""
    from newsgraph.extract.lexicon import lexicon

    phrases = lexicon().collective_phrases
    out = []
    for t in span:
        proper = bool(t.ent_type_) or t.tag_ in ("NNP", "NNPS")
        if proper or t.i == n.head_i or t.pos_ == "NOUN" or f"{word(t)} {n.role}" in phrases:
            out.append((t.text_with_ws, proper))
    return out


def is_collective(cluster: Cluster) -> bool:
    """Whether a cluster is an unnamed collective (the only unnamed organisations coreference makes)."""
    return cluster.type == "ORG" and not cluster.named and cluster.descriptor is not None


def resolve_collective(dis: Discourse, n: Nominal, mention: Mention) -> None:
    """Attach a collective nominal to the organisation or collective it refers to, or start a new one."""
    from newsgraph.resolve.coref import _absorb_nominal

    _trim(dis, mention)
    target, reason = _named_antecedent(dis, n) if n.definite and not n.counted else (None, None)
    if target is None and (group := members_group(dis, n)) is not None:
        target, reason = group, f"'{n.text}': the members of the one named {n.sector} group"
    if target is None and not n.counted:
        target, reason = _same_collective(dis, n)
    if target is None:
        target = dis.new_cluster("ORG")
        target.plural, target.counted = n.plural, n.counted
        span = dis.doc.char_span(n.start, n.end, alignment_mode="expand")
        target.descriptor = description(_describing(span, n)) if span else n.text
        reason = f"introduces an unnamed collective ({n.sector or 'no sector'})"
    dis.attach(target, mention, reason, 0.8)
    _absorb_nominal(target, n)


def _trim(dis: Discourse, mention: Mention) -> None:
    """Start a collective's mention after any name inside it ("Israeli forces": "forces")."""
    text = dis.article.text
    start = mention.start
    for m in dis.article.mentions:
        if m.kind == "NAM" and mention.start <= m.start < mention.end:
            start = max(start, m.end)
    if start > mention.start:
        found = _POSSESSIVE.match(text, start)
        start += len(found.group(0)) if found else 0
        start = min(start, mention.end - len(mention.head or "") if mention.head else mention.end - 1)
        mention.start, mention.text = start, text[start : mention.end]


def _named_antecedent(dis: Discourse, n: Nominal) -> tuple[Cluster | None, str | None]:
    """The named organisation a definite collective refers back to ("Pakistan Army ... the army")."""
    from newsgraph.resolve.coref import _nominal_fits

    for _, c in recent(dis, n.start, _NAMED_WINDOW):
        if c.named and c.type == "ORG" and (fit := _nominal_fits(c, n)) is not None:
            return c, fit
    return None, None


def _same_collective(dis: Discourse, n: Nominal) -> tuple[Cluster | None, str | None]:
    """The collective of the same noun introduced before, its modifier nouns agreeing and no country
    conflicting (the most recent one)."""
    doc = dis.doc
    first = doc.char_span(n.start, n.end, alignment_mode="expand")
    mods = {word(t) for t in (first or [])[:-1] if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_}
    best: tuple[int, Cluster] | None = None
    for c in dis.clusters:
        if not is_collective(c) or c.counted or not c.mentions or n.role not in c.roles:
            continue
        if (n.country and c.country and n.country != c.country) or not mods <= c.words:
            continue
        last = max(m.start for m in c.mentions)
        if last < n.start and (best is None or last > best[0]):
            best = (last, c)
    if best is None:
        return None, None
    return best[1], f"the same collective as '{best[1].descriptor}'"
