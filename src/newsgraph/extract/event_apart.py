"""Acts of one type that one sentence tells apart stay two events.

The sentence merge of :mod:`~newsgraph.extract.event_merge` keeps two triggers of one type apart when the
sentence places one act before or after the other ("riots since the police shooting of a boy"). When the
act so placed is a definite act noun with an argument of its own, the text identifies a second act, and
no later step joins the two (:class:`Apart`): that noun re-mentions no act it was told apart from, and the
article merge folds neither into the other. A step of one act ("rammed the shop before fleeing in the
latest heist", "riot breaks out following a vigil") is not so identified and may still join it.

>>> sorted(SEQUENCING)[:3]
['after', 'before', 'following']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.extract.event_rules import Draft
from newsgraph.nlp.doctext import children_of, doc_text, headline_span

#: Words that place one act before or after another ("riots since the police shooting of a boy").
SEQUENCING = frozenset({"after", "before", "since", "following", "until", "prior"})


def placed(x: Token, y: Token) -> bool:
    """Whether trigger x sits in a phrase that places it before or after trigger y ("clashes ... since the
    police shooting of a boy": the shooting is placed before the clashes)."""
    for anc in x.ancestors:
        if anc.i == y.i or y in anc.subtree:  # reached the phrase holding both
            return False
        if anc.lower_ in SEQUENCING and anc.dep_ in ("prep", "mark"):
            return True
    return False


def sequenced(a: Token, b: Token) -> bool:
    """One trigger sits in a phrase that places it before or after the other ("clashes ... since the police
    shooting of a boy", "arrested after the killing"): two acts, not one."""
    return placed(a, b) or placed(b, a)


#: Words that make a noun one more of a kind already told: another act ("thwarted another attack", read as a
#: determiner by :func:`another`) or a further party ("a second man was also arrested", "another suspect",
#: "two other men": :func:`further_party`). Not coref's words of a group that cannot refer back to the
#: people told (``resolve.coref._NOT_REFERRING_BACK``: "the two other victims", "more officers").
ONE_MORE = frozenset({"another", "second", "third", "fourth", "fifth", "other"})


def another(a: Token, b: Token) -> bool:
    """Whether one of two act nouns of a sentence is said to be another act ("pirates who threatened a
    vessel, and a helicopter thwarted another attack"): two acts, not one."""
    return any(t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ONE_MORE for c in children_of(t))
               for t in (a, b))


#: Acts done to one person each: an arrest, a charge or a sentence of a further person is an act of its own.
PERSONAL_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def further_party(d: Draft) -> bool:
    """Whether an arrest, charge or sentence is done to one more person of a kind already told, by an
    indefinite "another", "a second", "two other" ("A second man, aged 20, was also arrested", "police
    arrested another suspect"): an act of its own, not a retelling ("the second man" may be one).

    >>> import spacy
    >>> from newsgraph.extract.event_codebook import TriggerRule
    >>> from newsgraph.extract.event_triggers import Candidate
    >>> doc = spacy.blank("en")("A second man was arrested")
    >>> doc[2].head, doc[2].dep_ = doc[4], "nsubjpass"
    >>> doc[1].head, doc[1].dep_ = doc[2], "amod"
    >>> doc[0].head, doc[0].dep_ = doc[2], "det"
    >>> d = Draft(Candidate(doc[4], TriggerRule("arrest", "verb", "COERCE"), 0, 0), "COERCE", None, [],
    ...           "asserted", 0.5)
    >>> further_party(d)
    True
    """
    if d.type not in PERSONAL_TYPES or d.cand.nominal:
        return False
    args = [c for c in children_of(d.token) if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if d.token.dep_ == "acl":  # a participle on the person ("Second man arrested over killing")
        args.append(d.token.head)
    return any(_one_more(a) for a in args)


def _one_more(noun: Token) -> bool:
    """An indefinite noun phrase of one more of a kind ("a second man", "another suspect", "two other
    men")."""
    mods = list(children_of(noun))
    definite = any(m.dep_ == "poss" or (m.dep_ == "det" and m.lower_ in ("the", "this", "that", "these"))
                   for m in mods)
    return not definite and any(m.dep_ in ("amod", "det") and m.lower_ in ONE_MORE for m in mods)


def _specific(tok: Token) -> bool:
    """A definite act noun with an argument of its own ("the police shooting of a boy", "his arrest"): an
    act the text identifies, not a step of the other ("after smashing the window", "following a vigil")."""
    if tok.pos_ != "NOUN":
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                   for c in children_of(tok))
    argument = any(c.dep_ == "poss" or _party_word(c) or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                   for c in children_of(tok))
    return definite and argument


def _party_word(c: Token) -> bool:
    """A noun naming a party before an act noun ("police shooting"), not a word of a compound adjective
    ("high-profile heist")."""
    return c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not list(children_of(c)) and not any(
        t.text == "-" for t in c.doc[max(c.i - 1, 0) : c.i + 2])


def told_apart(a: Draft, b: Draft) -> bool:
    """Whether the sentence tells two drafts of one type apart: a definite act noun with an argument of its
    own placed before or after the other ("riots and clashes since the police shooting of a boy")."""
    if a.type != b.type:
        return False
    pairs = [(t, u) for t in a.triggers for u in b.triggers]
    return any((placed(x, y) and _specific(x)) or (placed(y, x) and _specific(y)) or another(x, y)
               for x, y in pairs)


@dataclass(slots=True)
class Apart:
    """Pairs of triggers (token indices) told apart by their sentence."""

    pairs: set[frozenset[int]] = field(default_factory=set)

    def mark(self, a: Draft, b: Draft) -> None:
        """Record that two drafts are two acts."""
        self.pairs.update(frozenset((t.i, u.i)) for t in a.triggers for u in b.triggers)

    def holds(self, a: Draft, b: Draft) -> bool:
        """Whether any trigger of one draft was told apart from a trigger of the other."""
        return bool(self.pairs) and any(frozenset((t.i, u.i)) in self.pairs for t in a.triggers
                                        for u in b.triggers)

    def retold_holds(self, a: Draft, b: Draft, drafts: list[Draft]) -> bool:
        """Whether two drafts are told apart (:meth:`holds`), or the first is a headline's act that a later
        draft retells with the same verb and type and that retelling is told apart from the second: the
        headline and the lead tell one act ("Rioters attack police station" ... "Rioting youths attacked a
        police station ... since the police shooting of a boy": the shooting is neither)."""
        if self.holds(a, b):
            return True
        if not self.pairs or a.token.idx >= headline_span(doc_text(a.token.doc))[1]:
            return False
        lemma = a.token.lemma_.lower()
        return any(o is not a and o.type == a.type and o.token.i > a.token.i
                   and o.token.lemma_.lower() == lemma and self.holds(o, b) for o in drafts)


__all__ = ["ONE_MORE", "PERSONAL_TYPES", "SEQUENCING", "Apart", "another", "further_party", "placed",
           "sequenced", "told_apart"]
