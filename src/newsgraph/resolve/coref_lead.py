"""Coreference of people a headline describes by a title before the article names them.

A headline often describes a person by the office they hold and the article names that person only further
down ("Judge sentences X ... Judge Jane Roe told the court"). Step 3 of :mod:`newsgraph.resolve.coref`
never lets a role noun reach forward, since a later person with the same title may be another ("A judge
was shot ... Later, Judge Ann Lee said"); from the headline it may, for the headline tells what the article
is about: an unnamed person first described in the headline (the first line that is no web address and
does not end in a full stop) by a title -- no generic role such as "official", "man", nor one of people
often quoted anonymously by design ("a spokesperson", "a source") -- is the one named person of the article
whose titles or roles hold that title, when exactly one does and nothing (gender, age, country, domain
words) conflicts (the headline: :func:`newsgraph.nlp.doctext.headline_span`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import headline_span
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters

if TYPE_CHECKING:
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Roles of people news often quotes without a name by design: an unnamed one is nobody named later.
ANONYMOUS_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "source", "witness", "resident"})


def _titled_roles(u: Cluster, generic: frozenset[str]) -> set[str]:
    """The role nouns of an unnamed person that name an office (not "man", "official", "year-old")."""
    roles = lexicon().roles
    return {r for r in u.roles - generic - ANONYMOUS_ROLES
            if (role := roles.get(r)) is not None and role.type == "PERSON"}


def _holds(c: Cluster, u: Cluster, titled: set[str]) -> bool:
    """Whether a named person holds the unnamed person's title, and nothing they are said to be conflicts."""
    if not agrees(c, u.gender, u.age) or (u.country and c.country and u.country != c.country):
        return False
    known = c.words | c.roles | {w.lower() for t in c.titles for w in t.text.split()}
    domain = {w for w in u.words if w in lexicon().domains}
    return bool(titled & known) and domain <= known


def identify_lead_titles(dis: Discourse, generic: frozenset[str]) -> None:
    """Merge each unnamed person first described by a title in the headline into the one named
    person holding that title (see the module docstring); ``generic`` are roles that identify no one."""
    start, end = headline_span(dis.article.text)
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    named = [c for c in people if c.named]
    for u in [c for c in people if not c.named]:
        if not start <= min(m.start for m in u.mentions) < end:
            continue
        titled = _titled_roles(u, generic)
        fits = [c for c in named if titled and _holds(c, u, titled)]
        if len(fits) == 1:
            role = sorted(titled)[0]
            merge_clusters(dis, u, fits[0], f"the {role} of the headline is the one named {role}: "
                                            f"{cluster_name(fits[0])}")


__all__ = ["identify_lead_titles"]
