"""Drafts that name no event by the guidelines (docs/event-guidelines.md, "Decided with dev8").

- A suicide: a verb of violence whose object is a reflexive pronoun of its own subject ("hanged himself in
  his cell", "shot herself"); the verbs are the codebook's ``suicide_verbs`` (a suicide bomber who "blew
  himself up" attacks others and stays an event).
- A background series: a plural act noun qualified as earlier than the story ("had previous
  convictions", "prior arrests"), by the codebook's ``background_modifiers``; a singular one is an act of
  its own ("his previous conviction for fraud").
- A traffic accident: a killing or striking in a sentence naming a hit-and-run (any spelling) or a
  drink-driving offence (``traffic_offences``), or by a vehicle or its driver as agent or subject, or with a
  vehicle as instrument ("struck by a vehicle", "a drunken driver struck her": the codebook's
  ``vehicle_nouns``, ``driver_nouns`` and ``accident_verbs``; also a labour "strike" misread from such a
  "struck"); the driver's arrest and charge stay events.
- A catching on a recording ("caught on camera", "caught on wiretaps": the codebook's ``recording_nouns``):
  an observation, no arrest.
- An investigation told by a noun that names nothing investigated, neither a party nor an "into"/"of"
  object ("the fire is under investigation by police"): an inquiry into a thing, no accusation of a party
  ("an investigation into an allegation by X" stays one).
- A public appeal for information: a REQUEST addressed to anyone, witnesses or the public (the codebook's
  ``public_addressees``: "asked anyone who saw the car to call police", "appealed for witnesses"); an appeal
  for calm or to a named party stays an event.
- An act told as a feeling overcome ("fought back emotions", "fought tears"): the object is one of the
  codebook's ``feeling_nouns``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_ordinary import ordinary_sense
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.event_syntax import clauses_marked
from newsgraph.nlp.doctext import children_of, doc_text

#: Prepositions naming what an investigation looks into ("an investigation into the allegation").
_INQUIRY_PREPS = frozenset({"into", "of", "on", "over"})
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


_HIT_AND_RUN = (["hit", "-", "and", "-", "run"], ["hit", "and", "run"], ["hit", "-", "run"])


def names_hit_and_run(sent: Span) -> bool:
    """Whether a sentence names a hit-and-run, in any of its spellings ("hit-and-run", "hit and run",
    "hit-run")."""
    words = [t.lower_ for t in sent]
    if any(w.startswith(("hit-and-run", "hit-run")) for w in words):
        return True
    return any(words[i:i + len(p)] == p for p in _HIT_AND_RUN for i in range(len(words)))


def driven(tok: Token, book: Codebook) -> bool:
    """Whether a verb of the codebook's ``accident_verbs`` is done by a vehicle or its driver: a vehicle
    or a ``driver_nouns`` noun as the agent ("struck by a car", "hit and killed by a motorist") or the
    subject ("a drunken driver struck her"), or a vehicle as the instrument ("struck her with his car")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in book.lex("accident_verbs"):
        return False
    vehicles = book.lex("vehicle_nouns")
    doers = vehicles | book.lex("driver_nouns")
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    for head in heads:
        for c in children_of(head):
            objs = [p.lemma_.lower() for p in children_of(c) if p.dep_ == "pobj"]
            if c.dep_ == "agent" and doers.intersection(objs):
                return True
            if c.dep_ == "nsubj" and c.lemma_.lower() in doers:
                return True
            if c.dep_ == "prep" and c.lower_ == "with" and vehicles.intersection(objs):
                return True
    return False


def traffic_accident(tok: Token, book: Codebook) -> bool:
    """A killing or striking in a sentence naming a hit-and-run ("Woman Killed In Queens Hit-And-Run") or a
    drink-driving offence (the codebook's ``traffic_offences``: "charged with DWI after he struck and killed
    a woman"), or done by a vehicle or its driver (:func:`driven`: "she was struck by a vehicle"): an
    accident (the guidelines, dev8), even when the driver is then charged; a vehicle driven at someone on
    purpose is told by other verbs ("rammed his car into the crowd")."""
    if names_hit_and_run(tok.sent):
        return True
    offences = book.lex("traffic_offences")
    return any(t.lower_ in offences for t in tok.sent) or driven(tok, book)


def recorded(tok: Token, book: Codebook) -> bool:
    """A catching on a recording ("was caught on camera", "caught on wiretaps discussing the plan"): the
    "on" object is one of the codebook's ``recording_nouns``; an observation, no arrest."""
    recordings = book.lex("recording_nouns")
    return tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in recordings for p in children_of(c))
        for c in children_of(tok))


def _addressees(tok: Token) -> list[Token]:
    """Whom a verb of asking addresses: its object, the subject of its complement ("asked anyone ... to
    call") or of its "for ... to" clause ("appealed for witnesses to come forward", which the parser hangs as
    an adverbial clause; not any adverbial clause: "appealed for calm as everyone waited"), and the object
    of its "for" ("appealed for anyone ... to contact", "appealed for witnesses")."""
    out: list[Token] = []
    clauses = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp")] + clauses_marked(tok, "for",
                                                                                            ("advcl",))
    out += [s for c in clauses for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")]
    for c in children_of(tok):
        if c.dep_ in ("dobj", "obj", "dative"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("for", "to"):
            out += [p for p in children_of(c) if p.dep_ == "pobj"]
    return out


def public_appeal(tok: Token, book: Codebook) -> bool:
    """Whether a request is an appeal to the public for information, addressed to one of the codebook's
    ``public_addressees`` ("Police asked anyone who saw the van to call them", "She appealed for
    witnesses to come forward"): no event by the guidelines.

    >>> import spacy
    >>> doc = spacy.blank("en")("Police asked anyone to call.")
    >>> doc[2].head, doc[2].dep_ = doc[1], "dobj"
    >>> from newsgraph.extract.event_codebook import codebook
    >>> public_appeal(doc[1], codebook())
    True
    """
    public = book.lex("public_addressees")
    return any(a.lower_ in public for a in _addressees(tok))


#: The labels of a page's lines that link to other stories: their headlines tell no act of the report.
_LINK_LINE = re.compile(r"(?i)\s*(?:related(?:\s+(?:stories|story|articles|news|coverage))?|read\s+more"
                        r"|see\s+also|also\s+read|more\s+on\s+this\s+story|recommended)\s*:")


def link_line(tok: Token) -> bool:
    """Whether a token stands in a line that links to another story ("Related: Council votes on new street
    lights", "Read more: ..."): a page's pointer, not the report's text.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two held.\\nRelated: Traders push for patrols")
    >>> link_line(doc[-3]), link_line(doc[1])
    (True, False)
    """
    return _labelled_line(tok, _LINK_LINE)


def _labelled_line(tok: Token, label: re.Pattern[str]) -> bool:
    """Whether the line a token stands in opens with a label the pattern matches ("Related:", "Photo:")."""
    text = doc_text(tok.doc)
    return label.match(text, text.rfind("\n", 0, tok.idx) + 1) is not None


#: The labels of a page's photo captions: a caption shows a scene of the report and tells no act of its own.
_CAPTION = re.compile(r"(?i)\s*(?:photo\s+caption|picture|pictured|photo|photograph|image|caption)\s*:")


def caption_line(tok: Token) -> bool:
    """Whether a token stands in a photo caption line ("Picture: Police cordon in Market Street on Saturday",
    "Photo: ..."): the guidelines give a caption no event of its own.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two held.\\nPicture: Police cordon in Elm Street")
    >>> caption_line(doc[-4]), caption_line(doc[1])
    (True, False)
    """
    return _labelled_line(tok, _CAPTION)


def no_act(d: Draft, book: Codebook) -> bool:
    """Whether a draft names no event: a suicide, a traffic accident, a background series, a feeling
    overcome, a word in an ordinary-news sense (:mod:`newsgraph.extract.event_ordinary`), or a word of a line
    linking to another story (:func:`link_line`) or of a photo caption (:func:`caption_line`)."""
    if ordinary_sense(d, book) or link_line(d.token) or caption_line(d.token):
        return True
    if d.type == "ASSAULT" and (self_inflicted(d.token, book) or feeling_overcome(d.token, book)
                                or traffic_accident(d.token, book)):
        return True
    if d.type == "PROTEST" and driven(d.token, book):
        return True
    if d.type == "REQUEST" and not d.cand.nominal and public_appeal(d.token, book):
        return True
    if d.type == "COERCE" and recorded(d.token, book):
        return True
    if d.type == "ACCUSE" and d.mode == "investigate" and d.cand.nominal and not d.entities("recipient") \
            and not any(c.dep_ == "prep" and c.lower_ in _INQUIRY_PREPS for c in children_of(d.token)):
        return True  # "the fire is under investigation by police": nothing investigated is named
    return d.cand.nominal and background_series(d.token, book)


__all__ = ["background_series", "caption_line", "driven", "feeling_overcome", "link_line",
           "names_hit_and_run", "no_act", "public_appeal", "recorded", "self_inflicted", "traffic_accident"]
