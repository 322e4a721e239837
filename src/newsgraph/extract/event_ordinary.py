"""Drafts of ordinary news that name no PLOVER event (docs/events-codebook.md, "Ordinary news").

Conflict words have other senses outside security news; these rules drop the drafts that take them:

- A natural or accidental cause as the agent of a verb chain: the participle of harm hangs off a verb
  whose subject is a natural cause ("an earthquake hit the island, killing 10 people") or off a verb of
  accident ("the plane crashed into the sea, killing 228"); the codebook's ``natural_causes`` (without the
  ``arson_causes``, which may be set on purpose) and ``accident_motion_verbs`` without an object ("crashed
  the office party, killing" is an attack); so a harm without a doer told with such a when-clause ("were
  killed when a lorry crashed into a bus").
- A contest word in a sports sentence: a verb of the codebook's ``sport_contest_verbs`` ("stopped",
  "blasted", "beat") in a sentence naming a sport by one of its ``sport_context_words`` ("round", "title",
  "touchdown") or a score ("20-13").
- A word of a name: an act noun inside a longer name of an organisation or a work ("Summit
  Entertainment"); a scene of a work: an act noun a work of fiction possesses (the codebook's
  ``fiction_work_nouns``: "the film's final shootout").
- A family occasion: welcoming or visiting one's own relative (a kin noun with a pronoun possessor: "to
  welcome his new daughter-in-law", "visited her mother").
- A dealing for a job: talks, offers or requests whose purpose is a job of entertainment or sport, by an
  infinitive of the codebook's ``job_verbs`` ("in negotiations to direct the sequel", "to sign with
  Boston"); "sign" only with "with" and without an object (signing an agreement stays political).
- A party or a matter of ordinary life: a cooperative, conceding or verbal act whose subject is one of the
  codebook's ``ordinary_party_nouns`` (a fan, an investor, a forecaster, a striker, a band: "fans thanked the
  team", the title before a name too: "the striker Jon Pike signed") or whose object is one of its
  ``ordinary_matter_nouns`` (a contract, a film, profits, snow: "warned of lower profits").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.event_syntax import object_heads, prep_objects
from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import children_of

_SCORE = re.compile(r"(?<![\d/.:-])\d{1,3}-\d{1,3}(?![\d/.:-])")
_CHAIN_DEPS = ("advcl", "conj", "xcomp")
_SUBJECTS = ("nsubj", "nsubjpass")


def natural_agent(tok: Token, book: Codebook) -> bool:
    """A harm whose verb chain is headed by a natural cause or an accident ("an earthquake hit the island,
    injuring five people"; "the jet crashed, killing all 228 aboard")."""
    causes = book.natural_causes - book.lex("arson_causes")
    motions = book.lex("accident_motion_verbs")
    if _accident_when(tok, causes, motions):
        return True
    head, steps = tok, 0
    while head.dep_ in _CHAIN_DEPS and head.head is not head and steps < 3:
        head, steps = head.head, steps + 1
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if head.lemma_.lower() in motions and not any(c.dep_ in ("dobj", "obj") for c in children_of(head)):
            return True
        subjects = [c for c in children_of(head) if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"]
        if any(c.lemma_.lower() in causes for c in subjects):
            return True
    return False


def _accident_when(tok: Token, causes: frozenset[str], motions: frozenset[str]) -> bool:
    """A harm without a doer told with the accident or natural cause it happened in, by a when-clause
    ("three people were killed when a lorry crashed into a bus", "died when the storm hit")."""
    if any(c.dep_ in ("nsubj", "agent") for c in children_of(tok)):
        return False
    for clause in children_of(tok):
        if clause.dep_ != "advcl" or not any(c.lower_ == "when" for c in children_of(clause)):
            continue
        objects = [c for c in children_of(clause) if c.dep_ in ("dobj", "obj")]
        if clause.lemma_.lower() in motions and not objects:
            return True
        if any(c.dep_ in _SUBJECTS and c.lemma_.lower() in causes for c in children_of(clause)):
            return True
    return False


def sports_sense(tok: Token, book: Codebook) -> bool:
    """A contest verb in a sentence about sport ("stopped his rival in the sixth round", "beat the Chiefs
    20-13")."""
    if tok.lemma_.lower() not in book.lex("sport_contest_verbs"):
        return False
    context = book.lex("sport_context_words")
    return bool(_SCORE.search(tok.sent.text)) or any(t.lemma_.lower() in context for t in tok.sent)


def _job_infinitive(tok: Token, book: Codebook) -> bool:
    if tok.lemma_.lower() not in book.lex("job_verbs"):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ != "VERB":  # an infinitive the tagger took for a noun ("in negotiations to helm the sequel")
        return before is not None and before.lower_ == "to" and tok.pos_ in ("NOUN", "ADJ")
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        return False
    if tok.lemma_.lower() != "sign":
        return True
    kids = children_of(tok)
    return not any(c.dep_ in ("dobj", "obj") for c in kids) and any(c.lower_ == "with" for c in kids)


def job_dealing(tok: Token, book: Codebook) -> bool:
    """Talks, an offer or a request whose purpose is a job of entertainment or sport ("in negotiations to
    direct the sequel", "met the free agent to convince him to sign with Boston")."""
    return any(_job_infinitive(t, book) for t in tok.subtree if t is not tok and abs(t.i - tok.i) <= 12)


#: Entity types whose names may hold an act noun that names no act ("Summit Entertainment").
_NAME_TYPES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "PERSON"})


def name_part(tok: Token) -> bool:
    """A capitalised word inside a longer name of an organisation, a work or a product ("the sequel to
    Summit Entertainment's film"): a name, not an act."""
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.ent_type_ in _NAME_TYPES


#: Types of exchange a family occasion is not ("to welcome his new daughter-in-law", "visited her mother").
_FAMILY_TYPES = frozenset({"SUPPORT", "CONSULT"})


def family_occasion(tok: Token) -> bool:
    """A verb of exchange whose object is one's own relative, a kin noun with a pronoun possessor ("to welcome
    his new daughter-in-law to the family", "visited her mother"): a private occasion, no political act."""
    kin = lexicon().name_rules.get("kin_nouns", frozenset())
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in kin
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in children_of(c))
        for c in children_of(tok))


def fiction_scene(tok: Token, book: Codebook) -> bool:
    """An act noun a work of fiction possesses, a scene of it ("the film's final shootout"): no event.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from newsgraph.extract.event_codebook import codebook
    >>> def shootout(owner: str) -> Token:  # "the OWNER's final shootout", parsed
    ...     words = ["the", owner, "'s", "final", "shootout"]
    ...     return Doc(Vocab(), words=words, heads=[1, 4, 1, 4, 4], lemmas=words,
    ...                deps=["det", "poss", "case", "amod", "ROOT"])[4]
    >>> fiction_scene(shootout("film"), codebook()), fiction_scene(shootout("gang"), codebook())
    (True, False)
    """
    works = book.lex("fiction_work_nouns")
    return any(c.dep_ == "poss" and c.lemma_.lower() in works for c in children_of(tok))


#: Types whose drafts may be dealings for a job.
_DEALING_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST"})


#: Classes of acts a party or matter of ordinary life may name (not material conflict: "fans clashed with
#: police" is a riot whoever the fans are).
_VERBAL_CLASSES = frozenset({"cooperative", "concession", "verbal_conflict"})


def _naming_nouns(tok: Token) -> list[Token]:
    """The common nouns that name a subject: its head, a title before its name ("the striker Jon Pike",
    "the Trelco chief executive Mark Olin"), a noun apposed to it, the "of" object of a number ("thousands
    of fans")."""
    out = [tok]
    if tok.pos_ == "PROPN":
        out += [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "NOUN"]
    out += [c for c in children_of(tok) if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if tok.like_num or tok.tag_ == "CD" or tok.lemma_.lower() in ("thousand", "hundred", "dozen", "million"):
        out += [obj for _, obj in prep_objects(tok, "of")]
    return out


def ordinary_party(tok: Token, type_class: str, book: Codebook) -> bool:
    """A cooperative, conceding or verbal act of a party of ordinary life, or about a matter of it ("fans
    thanked the team", "the striker Jon Pike signed a contract", "warned of lower profits"): no PLOVER
    event.

    >>> import spacy
    >>> from newsgraph.extract.event_codebook import codebook
    >>> nlp = spacy.blank("en")
    >>> from spacy.tokens import Doc
    >>> d = Doc(nlp.vocab, words=["Fans", "thanked", "the", "team"], heads=[1, 1, 3, 1],
    ...         deps=["nsubj", "ROOT", "det", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN"],
    ...         lemmas=["fan", "thank", "the", "team"])
    >>> ordinary_party(d[1], "cooperative", codebook())
    True
    """
    if type_class not in _VERBAL_CLASSES:
        return False
    parties, matters = book.lex("ordinary_party_nouns"), book.lex("ordinary_matter_nouns")
    subjects = [c for c in children_of(tok) if c.dep_ in _SUBJECTS]
    gov = tok.head.head if tok.head.pos_ == "ADP" else tok.head  # "is [in talks]"
    if tok.pos_ == "NOUN" and gov.pos_ in ("VERB", "AUX"):
        subjects += [c for c in children_of(gov) if c.dep_ in _SUBJECTS]
    if any(n.lemma_.lower() in parties and not any(p == "of" for p, _ in prep_objects(n))
           for s in subjects for n in _naming_nouns(s)):  # "a band of gunmen" is no band
        return True
    objects = object_heads(tok) + [obj for _, obj in prep_objects(tok)]
    return any(o.lemma_.lower() in matters for o in objects)


def ordinary_sense(d: Draft, book: Codebook) -> bool:
    """Whether a draft takes a conflict or dealing word in an ordinary-news sense (see the module)."""
    if d.type == "ASSAULT" and natural_agent(d.token, book):
        return True
    if d.type in _DEALING_TYPES and job_dealing(d.token, book):
        return True
    if d.cand.nominal and (name_part(d.token) or fiction_scene(d.token, book)):
        return True
    if d.type in _FAMILY_TYPES and family_occasion(d.token):
        return True
    if ordinary_party(d.token, book.type_class(d.type), book):
        return True
    return sports_sense(d.token, book)


__all__ = ["family_occasion", "fiction_scene", "job_dealing", "name_part", "natural_agent", "ordinary_party",
           "ordinary_sense", "sports_sense"]
