"""Descriptions that restate the one entity of their kind a report names or describes elsewhere.

A definite description restates the one salient entity it fits; when two fit, English leaves it ambiguous
and it restates neither. Three kinds (step 3 and step 4 of :mod:`newsgraph.resolve.coref`):

- **A group by its members.** An armed group is told by its fighters: "the NAME rebel group agreed to a
  ceasefire ... The rebels began pulling back". A definite plural collective of a member noun of the rebel
  sector ("the rebels", "the militants", "the insurgents"; the sectors of ``sectors.yaml`` ``member_sectors``)
  is the one named organisation of that sector in the last sentences that the article also describes by a noun
  ("rebel group", "militia"), when exactly one is (:func:`members_group`); a name alone does not make a party
  an armed group ("Liberation Party"), and with two named armed groups which one is meant is unknown: the
  collective stays a collective of its own.
- **An organisation by its kind, one of two.** "the bank" after "NAME Bank and NAME Bank" restates neither
  (:func:`ambiguous_kind`): two named organisations whose names hold the noun fit equally.
- **A headline's description by the body's.** A headline tells its lead in compressed form ("Rebel commander
  killed in army raid" + "Troops killed a senior commander of NAME"): an unnamed person the headline
  describes by a title is the one unnamed person the body describes by the same title noun, when no named
  person holds that title (:func:`identify_headline_described`, run after the headline's titles are matched
  to named holders) and exactly one body person has that noun, and nothing (gender, age, country) conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import headline_span
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters, recent

if TYPE_CHECKING:
    from newsgraph.extract.nominals import Nominal
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: How many sentences back a collective of members may restate its named group.
_GROUP_WINDOW = 6


def members_group(dis: Discourse, n: Nominal) -> Cluster | None:
    """The one named group a definite plural collective of its members restates (module docstring), or None.

    >>> from newsgraph.nlp import build_pipeline
    >>> text = "The Liberation Front rebel group agreed to a truce. The rebels pulled back."
    >>> art = build_pipeline()(text)._.ng  # doctest: +SKIP
    >>> [art.mention(m).text for m in art.entities[0].mentions]  # doctest: +SKIP
    ['Liberation Front', 'The rebels']
    """
    if not n.definite or not n.plural or n.counted or n.sector not in lexicon().member_sectors:
        return None
    groups = {c.key: c for _, c in recent(dis, n.start, _GROUP_WINDOW)
              if c.named and c.type == "ORG" and n.sector in c.sectors and c.roles}
    return next(iter(groups.values())) if len(groups) == 1 else None


def ambiguous_kind(n: Nominal, fits: list[Cluster]) -> bool:
    """Whether a definite organisation noun fits two named organisations by their names ("NAME Bank and
    NAME Bank ... the bank"), so that it restates neither (module docstring).

    >>> from types import SimpleNamespace as NS
    >>> banks = [NS(key=k, named=True, names=lambda k=k: [f"{k} Bank"]) for k in ("Orlin", "Kessel")]
    >>> bank = NS(type="ORG", role="bank")
    >>> ambiguous_kind(bank, banks), ambiguous_kind(bank, banks[:1])
    (True, False)
    """
    if n.type != "ORG":
        return False
    by_name = {c.key for c in fits if c.named and n.role in " ".join(c.names()).lower().split()}
    return len(by_name) > 1


def _body_holders(dis: Discourse, role: str, head_end: int) -> list[Cluster]:
    """The body's people described by a role noun (every mention after the headline)."""
    return [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members and not c.plural
            and role in c.roles and all(m.start >= head_end for m in c.mentions)]


def identify_headline_described(dis: Discourse, generic: frozenset[str]) -> None:
    """Merge a person the headline describes by a title into the one body person of that title (module
    docstring); ``generic`` are roles that identify no one ("man", "official").

    >>> from newsgraph.nlp import build_pipeline
    >>> text = "Rebel commander killed in raid" + chr(10) + "Troops killed a rebel commander on Sunday."
    >>> art = build_pipeline()(text)._.ng  # doctest: +SKIP
    >>> sorted(art.mention(m).text for m in art.entities[0].mentions)  # doctest: +SKIP
    ['Rebel commander', 'a rebel commander']
    """
    start, end = headline_span(dis.article.text)
    if end <= start:
        return
    roles = lexicon().roles
    for u in [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.named and not c.members
              and all(start <= m.start < end for m in c.mentions)]:
        titled = {r for r in u.roles - generic
                  if (role := roles.get(r)) is not None and role.type == "PERSON"}
        if len(titled) != 1:
            continue
        role_noun = next(iter(titled))
        holders = _body_holders(dis, role_noun, end)
        if any(c.named for c in holders) or len(holders) != 1:
            continue  # a named holder is coref_lead's; two: which one is unknown
        c = holders[0]
        if agrees(c, u.gender, u.age) and not (u.country and c.country and u.country != c.country):
            merge_clusters(dis, u, c, f"the headline's {role_noun} is the body's one {role_noun}: "
                                      f"{cluster_name(c)}")


__all__ = ["ambiguous_kind", "identify_headline_described", "members_group"]
