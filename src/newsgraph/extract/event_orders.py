"""The party that ordered an act: "NAME fired from the rooftop on the orders of his brother NAME2", "NAME
fired while his brother NAME2 gave the orders".

An act done on someone's orders ("on the orders of", "at the behest of", "under the command of", codebook
``order_nouns`` and ``order_preps``) is also the act of the one who ordered it, who becomes an actor of the
event beside the one who carried it out. The phrase is looked for in the trigger verb's clause (the parser
often hangs it on a noun before it: "fired from the rooftop on the orders of ..."); so is the subject of a
clause of the act that gives the orders ("... while his brother gave the orders", codebook
``order_giving_verbs``). Only a person or an organisation the text names or refers to counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_rules import Draft
from newsgraph.model import Mention, Participant
from newsgraph.nlp.doctext import children_of

_ORDERING_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "xcomp", "csubj"})


def _clause_of(verb: Token) -> list[Token]:
    """The tokens of a verb's own clause: its subtree without the clauses embedded or coordinated in it."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in children_of(tok) if c.dep_ not in _CLAUSE_DEPS)
    return out


def _named(tok: Token, index: ArticleIndex) -> Mention | None:
    """The party a noun names, its apposed name first ("his brother NAME")."""
    for t in [c for c in children_of(tok) if c.dep_ == "appos"] + [tok]:
        m = index.mention(t)
        if m is not None and m.type in _ORDERING_TYPES:
            return m
    return None


def _orderer(noun: Token, index: ArticleIndex) -> Mention | None:
    """The mention an order noun's "of" object names (its apposed name first: "of his brother NAME")."""
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj" and (m := _named(obj, index)) is not None:
                return m
    return None


def _order_giver(clause: Token, index: ArticleIndex, book: Codebook) -> Mention | None:
    """The subject of a clause giving the orders ("while his brother NAME gave the orders": codebook
    ``order_giving_verbs`` with an ``order_nouns`` object), its apposed name first."""
    if clause.lemma_.lower() not in book.lex("order_giving_verbs") or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in book.lex("order_nouns") for c in children_of(clause)):
        return None
    for subj in (c for c in children_of(clause) if c.dep_ == "nsubj"):
        if (m := _named(subj, index)) is not None:
            return m
    return None


def ordering_parties(verb: Token, index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The parties on whose orders a verb's act was done ("on the orders of NAME").

    >>> import spacy
    >>> ordering_parties(spacy.blank("en")("x")[0], None, None)  # a blank token has no clause phrase
    []
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    nouns, preps = book.lex("order_nouns"), book.lex("order_preps")
    out: list[Mention] = []
    for tok in _clause_of(verb):
        if tok.dep_ == "pobj" and tok.lemma_.lower() in nouns and tok.head.lower_ in preps:
            m = _orderer(tok, index)
            if m is not None:
                out.append(m)
    for clause in children_of(verb):
        if clause.dep_ == "advcl" and (m := _order_giver(clause, index, book)) is not None:
            out.append(m)
    return out


def add_ordering_actors(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """Give each material act the parties it was done on the orders of as actors (in that role only)."""
    for d in drafts:
        if d.type not in ("ASSAULT", "COERCE") or d.cand.nominal:
            continue
        for m in ordering_parties(d.token, index, book):
            # a participant the other rules took the orderer for ("of his cousin NAME" read as a victim)
            d.participants = [p for p in d.participants if p.entity != m.entity]
            d.participants.append(Participant(entity=str(m.entity), role="actor", start=m.start, end=m.end))


__all__ = ["add_ordering_actors", "ordering_parties"]
