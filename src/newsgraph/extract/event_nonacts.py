"""Drafts that name no event by the guidelines (docs/event-guidelines.md, "Decided with dev8").

- A suicide: a verb of violence whose object is a reflexive pronoun of its own subject ("hanged himself in
  his cell", "shot herself"); the verbs are the codebook's ``suicide_verbs`` (a suicide bomber who "blew
  himself up" attacks others and stays an event).
- A background series: a plural act noun qualified as earlier than the story ("had previous
  convictions", "prior arrests"), by the codebook's ``background_modifiers``; a singular one is an act of
  its own ("his previous conviction for fraud").
- A traffic accident: a killing or striking in a sentence naming a hit-and-run, or by a vehicle as agent
  ("struck by a vehicle": the codebook's ``vehicle_nouns`` and ``accident_verbs``); the driver's arrest
  and charge stay events.
- An act told as a feeling overcome ("fought back emotions", "fought tears"): the object is one of the
  codebook's ``feeling_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_ordinary import ordinary_sense
from newsgraph.extract.event_rules import Draft
from newsgraph.nlp.doctext import children_of

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves",
                         "yourselves", "oneself"})


def self_inflicted(tok: Token, book: Codebook) -> bool:
    """A verb of the codebook's ``suicide_verbs`` with a reflexive object ("hanged himself")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in book.lex("suicide_verbs"):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in _REFLEXIVES for c in children_of(tok))


def background_series(tok: Token, book: Codebook) -> bool:
    """A plural act noun qualified as earlier than the story ("previous convictions", "prior arrests")."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NNPS"):
        return False
    earlier = book.lex("background_modifiers")
    return any(c.dep_ == "amod" and c.lemma_.lower() in earlier for c in children_of(tok))


def feeling_overcome(tok: Token, book: Codebook) -> bool:
    """A verb of fighting whose object is a feeling ("fought back emotions", "battled tears")."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in book.lex("feeling_nouns") for c in children_of(tok))


def traffic_accident(tok: Token, book: Codebook) -> bool:
    """A killing or striking in a sentence naming a hit-and-run ("Woman Killed In Queens Hit-And-Run"), or
    done by a vehicle as its agent ("she was struck by a vehicle"): an accident (the guidelines, dev8), even
    when the driver is then charged; a vehicle driven at someone on purpose is told by other verbs ("rammed
    his car into the crowd")."""
    words = [t.lower_ for t in tok.sent]
    if any(w == "hit-and-run" or w.startswith("hit-and-run") for w in words) or any(
            words[i:i + 5] == ["hit", "-", "and", "-", "run"] for i in range(len(words))):
        return True
    vehicles = book.lex("vehicle_nouns")
    return tok.pos_ == "VERB" and tok.lemma_.lower() in book.lex("accident_verbs") and any(
        c.dep_ == "agent" and any(p.dep_ == "pobj" and p.lemma_.lower() in vehicles for p in children_of(c))
        for c in children_of(tok))


def no_act(d: Draft, book: Codebook) -> bool:
    """Whether a draft names no event: a suicide, a traffic accident, a background series, a feeling
    overcome, or a word in an ordinary-news sense (:mod:`newsgraph.extract.event_ordinary`)."""
    if ordinary_sense(d, book):
        return True
    if d.type == "ASSAULT" and (self_inflicted(d.token, book) or feeling_overcome(d.token, book)
                                or traffic_accident(d.token, book)):
        return True
    return d.cand.nominal and background_series(d.token, book)


__all__ = ["background_series", "feeling_overcome", "no_act", "self_inflicted", "traffic_accident"]
