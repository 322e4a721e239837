"""Coreference of relatives described by a kin noun and whose relative they are.

A possessed kin noun ("his mother", "the boy's father", "Gomes's wife"; ``kin_nouns`` of
``name_rules.yaml``) describes a relative of its possessor, often one the article names elsewhere, before or
after: "Dalloway, 35, is charged after his mother was found dead ... 70-year-old Margaret Dalloway died of
head wounds". Step 3 of :mod:`newsgraph.resolve.coref` makes each one an unnamed
person of its own (never the most recent person described by that noun: "her mother" is not the mother
named before, when "her" is that mother); once every mention is resolved, :func:`identify_kin` merges it
into the named person it is:

1. the one named person, other than the possessor, described by that noun or a synonym of it
   (``description_synonyms``): "his sister, NAME", "mother NAME", "NAME, a mother of two", a role noun the
   name is apposed to;
2. else, for a relative by blood or marriage (``kin_surname_nouns``), the one named person, other than the
   possessor, sharing the possessor's surname -- relatives sharing a surname stay apart, and the kin noun
   goes to the right one;

in both cases only when nothing (sex, age) conflicts, and never the possessor under another of its names
("Katie" and "Katie Roe"). One left unnamed but coordinated with relatives so found ("his mother and his
ex-girlfriend were found") is the one name left of a coordination of as many names holding theirs ("NAME
and NAME are the victims"; :func:`identify_coordinated_kin`). Otherwise it stays an unnamed relative.

A headline drops possessives too: "Son held over killing of mother and sister". When a headline holds two
or more bare kin nouns (no word of their own: "Brooklyn mom", "mother of 12" describe someone, no relation;
:class:`newsgraph.extract.nominals.NominalFinder`), each is the one named person described by it ("his
sister Lucy Roe"), and one that none is ("Son") is the one named person whose relatives, by the body's kin
nouns, those are ("his sister" = Lucy Roe: "his" is the son; :func:`identify_headline_kin`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import children_of, headline_span
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
    return next((c for c in children_of(head) if c.dep_ == "poss" and c.i < head.i), None)


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


def _may_be(owner: Cluster, c: Cluster) -> bool:
    """Whether a possessor's names may name the person: the same name, or a given name alone ("Katie" and
    "Katie Jenkin"; a bare surname is shared by relatives). Nobody is their own kin.

    >>> from newsgraph.resolve.coref_discourse import Cluster
    >>> from newsgraph.model import Mention
    >>> def person(key: str, name: str) -> Cluster:
    ...     mention = Mention(id="", start=0, end=1, text=name, type="PERSON", kind="NAM")
    ...     return Cluster(key, "PERSON", [mention])
    >>> _may_be(person("a", "Katie"), person("b", "Katie Jenkin")), _may_be(person("a", "Jenkin"),
    ...     person("b", "Katie Jenkin"))
    (True, False)
    """
    mine = [person_tokens(n) for n in owner.names()]
    theirs = [person_tokens(n) for n in c.names()]
    return any(a == b or (len(a) == 1 and a[0] == b[0]) or (len(b) == 1 and b[0] == a[0])
               for a in mine for b in theirs if a and b)


def _said_of(c: Cluster, text: str, nouns: frozenset[str]) -> bool:
    """Whether a named person is described by one of the nouns (a role noun of theirs, or around a name)."""
    if c.roles & nouns:
        return True
    return any(m.kind == "NAM" and described_by(text, m.start, m.end, nouns) for m in c.mentions)


def _relative(dis: Discourse, u: Cluster, role: str, owners: list[Cluster],
              surnames: bool = True) -> tuple[Cluster, str] | None:
    """The named person an unnamed relative is (see the module docstring), and why."""
    rules = lexicon().name_rules
    nouns = classes(rules.get("description_synonyms", frozenset())).get(role, frozenset({role}))
    pool = [c for c in dis.clusters if c.type == "PERSON" and c.named and not c.members
            and not any(c is o or _may_be(o, c) for o in owners) and agrees(c, u.gender, u.age)]
    said = [c for c in pool if _said_of(c, dis.article.text, nouns)]
    if len(said) == 1:
        return said[0], f"the one named person described as {role}"
    if said or not surnames or role not in rules.get("kin_surname_nouns", frozenset()):
        return None
    names = {s for o in owners for n in o.names() if (s := surname(n)) is not None}
    same = [c for c in pool if names & {surname(n) for n in c.names()}]
    if len(same) == 1:
        return same[0], f"the one other person of the surname of {cluster_name(owners[0])}"
    return None


def identify_kin(dis: Discourse) -> list[tuple[list[Cluster], Cluster]]:
    """Merge each unnamed relative (a possessed kin noun, :func:`is_kin`) into the named person it is; the
    possessors and the relative of each merge."""
    links: list[tuple[list[Cluster], Cluster]] = []
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
            links.append((owners, relative))
    return links


def _conjuncts(tok: Token) -> list[Token]:
    """The words coordinated with a noun, itself included: "mother" and "girlfriend" of "his mother and his
    ex-girlfriend"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in children_of(t) if c.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def _coordinated_names(dis: Discourse, c: Cluster) -> list[list[Cluster]]:
    """The people named in a coordination with one of a person's names ("Ann Roe and Lia Cruz are ...")."""
    groups = []
    for m in c.mentions:
        span = dis.doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "NAM" else None
        if span is None:
            continue
        found = [next((x for x in dis.clusters_at(t.idx) if x.named), None) for t in _conjuncts(span.root)]
        if len(found) > 1 and all(x is not None for x in found):
            groups.append([x for x in found if x is not None])
    return groups


def identify_coordinated_kin(dis: Discourse) -> None:
    """An unnamed relative coordinated with relatives found to be named people ("his mother and his
    ex-girlfriend were found") is the one person left of a coordination of as many names holding those
    ("NAME and NAME are the victims": the mother is one, the ex-girlfriend the other), when sex and age
    agree and it is no possessor."""
    for u, head_i, _ in dis.kin:
        if not u.mentions or u.named:
            continue
        group = _conjuncts(dis.doc[head_i])
        known = [next((x for x in dis.clusters_at(t.idx) if x is not u), None)
                 for t in group if t.i != head_i]
        if len(group) < 2 or not all(x is not None and x.named for x in known):
            continue
        poss = possessor(dis.doc, head_i)
        owners = dis.clusters_at(poss.idx) if poss is not None else []
        left = {y.key: y for x in known if x is not None for names in _coordinated_names(dis, x)
                if len(names) == len(group) for y in names if y not in known and y not in owners}
        if len(left) == 1 and agrees(target := next(iter(left.values())), u.gender, u.age):
            merge_clusters(dis, u, target, f"{u.descriptor} is {cluster_name(target)}: the one name left of "
                                           "those its coordinated relatives are")


def identify_headline_kin(dis: Discourse, links: list[tuple[list[Cluster], Cluster]]) -> None:
    """A headline's bare kin noun ("Son suspected of killing mother and sister": headlines drop possessives)
    is the one named person described by it ("sister NAME"); else it is the relative whose kin the other
    headline people are: the one named possessor of the body's kin nouns found to be those people ("his
    mother" = "Alice Roe" = the headline's "mother": "his" is the son)."""
    start, end = headline_span(dis.article.text)
    kin = lexicon().name_rules.get("kin_nouns", frozenset())

    def in_headline(c: Cluster) -> bool:
        return any(start <= m.start < end for m in c.mentions)

    heads = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.named and not c.members
             and in_headline(c) and c.roles & kin]
    for u in heads:
        role = sorted(u.roles & kin)[0]
        found = _relative(dis, u, role, [], surnames=False)
        if found is not None:
            relative, why = found
            merge_clusters(dis, u, relative, f"the {role} of the headline is {cluster_name(relative)}: {why}")
    for u in [c for c in heads if c.mentions]:
        told = [c for c in dis.clusters if c.named and in_headline(c)]
        owners = {o.key: o for owned, rel in links if rel in told for o in owned if o.named and o not in told}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            if agrees(owner, u.gender, u.age):
                merge_clusters(dis, u, owner, f"the headline's relatives are {cluster_name(owner)}'s kin")


__all__ = ["identify_coordinated_kin", "identify_headline_kin", "identify_kin", "is_kin", "possessor",
           "surname"]
