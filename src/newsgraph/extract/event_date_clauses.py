"""Clause-level time relations for event dating (:mod:`newsgraph.extract.event_dates`): which clauses share
the time of the clause they join (when/as/while clauses, "to"-clauses, bare participles, "go on"), which
tell a time of their own (a sequel adverb, another tense, a future, a coordinated subject, a past perfect),
and when "from" opens a range rather than dates an act.

>>> "later" in SEQUEL_ADVERBS, SIMULTANEOUS
(True, ('when', 'as', 'while'))
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Timex
from newsgraph.nlp.doctext import children_of


def tense(verb: Token) -> str | None:
    """ "past" or "present" by the verb's first auxiliary or its own tag (None for a bare form)."""
    tags = [c.tag_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.tag_]
    tag = next((t for t in tags if t in ("VBD", "VBZ", "VBP", "MD")), None)
    return "past" if tag == "VBD" else "present" if tag in ("VBZ", "VBP") else None


def tenses_differ(a: Token, b: Token) -> bool:
    """Whether one of two coordinated verbs is in the past and the other in the present ("Apple is the
    maker of the iPod and launched its store on April 28, 2003": the state is not of that day)."""
    return {tense(a), tense(b)} == {"past", "present"}


#: Prepositions that close a range "from" opens ("from Monday to Wednesday", "from 2001 until 2004").
RANGE_ENDS: frozenset[str] = frozenset({"to", "until", "till", "through", "thru"})


def open_start(prep: Token, t: Timex) -> bool:
    """A "from" with no end of its range is a starting point or a comparison, not the act's time ("an
    improvement from 2008", "sales were up from last year", "has lived there from 2001"); "from Monday to
    Wednesday" and a range timex ("from December 14-16") date the act by their first day."""
    if prep.lower_ != "from" or t.type == "DURATION":
        return False
    objects = [g for o in children_of(prep) for g in children_of(o)]
    near = [*children_of(prep), *children_of(prep.head), *objects]
    return not any(c.lower_ in RANGE_ENDS and c.i > prep.i for c in near)


#: Adverbs that put a clause after the time of the clause it joins ("took leave in 2009, later revealing
#: a transplant", "bought a stake in 2009 and has since raised it").
SEQUEL_ADVERBS: frozenset[str] = frozenset({"later", "since", "afterwards", "afterward", "subsequently",
                                            "thereafter", "eventually"})


def sequel(clause: Token) -> bool:
    """A verb modified by a sequel adverb (:data:`SEQUEL_ADVERBS`) tells a later time of its own: it takes
    no date from the clause it is coordinated with or subordinate to ("arrested on Monday and later
    released")."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS for c in children_of(clause))


def going_on(prep: Token) -> bool:
    """ "go on" a spree or a strike does it ("went on strike on Monday", "went on a shooting rampage"): the
    act noun shares the verb's time."""
    return prep.lower_ == "on" and prep.head.lemma_.lower() == "go"


#: Subordinators of a clause that happens at the time of its governor ("were killed when rioters threw
#: petrol bombs on Wednesday", "clashed with police as protesters torched buildings").
SIMULTANEOUS: tuple[str, ...] = ("when", "as", "while")


def simultaneous(clause: Token) -> bool:
    """An adverbial clause opened by "when", "as" or "while" (the parser marks "when" advmod, "as" mark)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS and c.i < clause.i
               for c in children_of(clause))


def shares_time(clause: Token) -> bool:
    """An adverbial clause shares its governor's time when it is a "to"-clause, a bare participle
    ("thwarted an attack, apprehending 26 pirates") or a when/as/while clause; "after X ended ..." has its
    own."""
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(clause)) or simultaneous(clause):
        return True
    return clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in children_of(clause))


def future(verb: Token) -> bool:
    """A verb with "will", "would" or "shall": below a main clause without one, it tells a later time ("At the
    end of last year the firm had 54,000 employees, meaning that the layoffs will equal six percent")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("will", "would", "shall", "'ll")
               for c in children_of(verb))


def own_clause(tok: Token) -> bool:
    """A verb coordinated with a subject of its own tells its own time ("Tuesday the crowd was calm, but
    on Wednesday the autopsy showed ...": Tuesday is not the autopsy's)."""
    return (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)))


def pluperfect(verb: Token) -> bool:
    """A past perfect ("had been shot", "had fled") tells an act before the time of the clause it is in."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes)
