"""Who a counted group of people is made of ("the three victims", "both women", "the two men").

A definite plural with a number is the last people mentioned (:func:`newsgraph.resolve.coref._resolve_group`),
but only people its noun can describe: a noun of one sex ("women", "men") takes people of that sex (or of none
known), and a group of victims -- described by a victim noun ("the three victims") or itself what an assault
verb did ("both women had been stabbed", "the two women she shot") -- leaves out the people the article blames
for the act: described by a perpetrator noun ("the shooter"), charged or arrested ("NAME was charged with"),
or the subject of an assault verb ("NAME shot ...").

A noun of an office or occupation counts the people who hold it: "Foreign Minister NAME met Defence Minister
NAME and the banker NAME ... The two ministers signed" is the two ministers, not the banker named last; only
when exactly as many people of the last sentences hold it as the group counts (else which ones is unknown and
the group is the last people mentioned, as before).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.collectives import senses_on
from newsgraph.extract.event_codebook import codebook
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.nominals import Nominal
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Dependencies of a noun that an assault verb acts on: its passive subject, its object.
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})


def _assault_verb(tok: Token, obj: Token | None = None) -> bool:
    """Whether a token is a verb the codebook reads as an assault ("shoot", "stab", "kill"), in a sense its
    object (the one given, else any it has) can take: "captured two soldiers" is, "captured two men" (an
    arrest) is not."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    book = codebook()
    lemma = book.verb_forms.get(tok.lower_, tok.lemma_.lower())
    rules = book.verbs.get(lemma, ())
    if len({r.type for r in rules}) < 2:
        return book.verb_can_be(lemma, "ASSAULT")
    objects = [obj] if obj is not None else [c for c in children_of(tok) if c.dep_ in _PATIENT_DEPS]
    if objects:
        rules = tuple(r for o in objects for r in senses_on(tok, o, rules))
    return any(r.type == "ASSAULT" for r in rules)


def victim_group(dis: Discourse, n: Nominal) -> bool:
    """Whether a group is described as the people an act hit: by a victim noun ("the three victims"), as the
    passive subject or object of an assault verb ("both women were stabbed"), or by a relative clause of one
    ("the two women she shot")."""
    if n.role in codebook().lex("victim_nouns"):
        return True
    head = dis.doc[n.head_i]
    if head.dep_ in _PATIENT_DEPS and _assault_verb(head.head, head):
        return True
    return any(c.dep_ == "relcl" and _assault_verb(c) for c in children_of(head))


def _mention_token(dis: Discourse, start: int, end: int) -> Token | None:
    span = dis.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def blamed(dis: Discourse, cluster: Cluster) -> bool:
    """Whether the article blames a person for an act: a perpetrator noun describes them ("the alleged
    shooter"), or a mention is charged/arrested ("NAME was charged") or the subject of an assault verb."""
    book = codebook()
    if (cluster.roles | cluster.words) & book.lex("perpetrator_nouns"):
        return True
    imputing = book.lex("imputing_verbs")
    for m in cluster.mentions:
        tok = _mention_token(dis, m.start, m.end)
        if tok is None:
            continue
        verb = tok.head
        if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in imputing:
            return True
        if tok.dep_ == "nsubj" and _assault_verb(verb):
            return True
    return False


def group_fits(dis: Discourse, n: Nominal, cluster: Cluster, victims: bool) -> bool:
    """Whether a person may be one of a group: of the sex of its noun, and, for victims, not blamed."""
    if n.gender is not None and cluster.gender not in (None, n.gender):
        return False
    return not (victims and blamed(dis, cluster))


def _holders(n: Nominal, people: list[Cluster]) -> list[Cluster]:
    """The people a group's noun names by their office or occupation ("the two ministers": the people whose
    titles hold "minister"); empty for a noun of no sector ("men", "victims")."""
    role = lexicon().roles.get(n.role)
    if role is None or role.sector is None:
        return []
    return [c for c in people if n.role in c.words | c.roles]


def group_people(dis: Discourse, n: Nominal, people: list[Cluster]) -> list[Cluster]:
    """The people (most recent first) a counted group may be made of (see the module docstring); those of its
    office first when exactly as many hold it as it counts.

    >>> from newsgraph.nlp import build_pipeline
    >>> text = "Minister Ana Ruiz met Minister Karl Benz and Otto Kranz. The two ministers signed."
    >>> art = build_pipeline()(text)._.ng  # doctest: +SKIP
    >>> [art.entity(e).name for e in art.entities[-1].members]  # doctest: +SKIP
    ['Karl Benz', 'Ana Ruiz']
    """
    victims = victim_group(dis, n)
    fitting = [c for c in people if group_fits(dis, n, c, victims)]
    holders = _holders(n, fitting)
    if len(holders) != n.count:
        return fitting  # none, too few or too many hold the office: the last people mentioned
    return holders + [c for c in fitting if c not in holders]


__all__ = ["blamed", "group_fits", "group_people", "victim_group"]
