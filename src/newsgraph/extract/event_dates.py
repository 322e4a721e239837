"""When an event happened: the temporal expression the parse attaches to its trigger or clause.

Not the nearest date in the sentence: a timex counts only when it modifies the trigger or the clause the
trigger belongs to ("met ... on Thursday", "Monday's meeting", "ended its ceasefire in November last
year"), when it is the subject of that clause ("the first half of the year witnessed ... attacks"), or when
it is a fronted adjunct of the sentence ("On September 6, ... were killed") and no reported-speech
boundary lies between. Values keep their granularity (a month stays a month). Without one, the
publication date is used with ``fallback=True``.

>>> TEMPORAL_PREPS[:3]
('on', 'in', 'at')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_date_clauses import (
    future,
    going_on,
    open_start,
    own_clause,
    pluperfect,
    sequel,
    shares_time,
    simultaneous,
    tenses_differ,
)
from newsgraph.extract.event_date_premodifiers import premodifier_timex, premodifies_another
from newsgraph.model import EventDate, Timex
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.events import days_apart

if TYPE_CHECKING:
    from newsgraph.extract.event_codebook import Codebook, TriggerRule

TEMPORAL_PREPS: tuple[str, ...] = ("on", "in", "at", "during", "over", "throughout", "from", "between", "of")
#: Prepositions that date an event only by a clock time ("shortly after 8:30 p.m. Thursday").
CLOCK_PREPS: tuple[str, ...] = ("after", "before", "around", "by", "until", "about")
_TEMPORAL_DEPS = frozenset(
    {"npadvmod", "tmod", "advmod", "obl", "nmod", "compound", "poss", "amod", "nummod"}
)
_UP_LINKS = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "compound",
        "amod",
        "nsubj",
        "nsubjpass",
        "attr",
        "conj",
        "appos",
        "poss",
        "nmod",
        "dative",
        "oprd",
        "agent",
        "pcomp",
        "acomp",
        "xcomp",
        "advcl",
        "npadvmod",
    }
)
_TIME_SHARING_PREPS = frozenset({"in", "during", "at", "amid", "amidst", "with", "by", "through", "into"})
_BOUNDARY = frozenset({"ccomp", "relcl", "acl", "parataxis", "csubj"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _usable(t: Timex) -> bool:
    """A timex that can date an event: a DATE or TIME whose value names a period (has a digit), or a range
    with a first day ("December 14-16"); never a set ("every week") nor a plain duration ("three days")."""
    if t.type == "DURATION":
        return bool(t.begin) and any(ch.isdigit() for ch in t.begin or "")
    return t.type in ("DATE", "TIME") and any(ch.isdigit() for ch in t.value)


#: Parts of a day a date is "of" ("on the night of May 29", "in the early hours of Sunday").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day", "hour", "weekend"})


def _timex_under(tok: Token, index: ArticleIndex) -> Timex | None:
    """The timex covering a token or its object ("on Thursday", "in November last year"), also through a
    part of the day it is of ("on the night of May 29th") and through the phrase of an adverb of time
    ("late on Tuesday"), or the day right after "on" whatever noun the parser hangs it on."""
    t = index.timex_at.get(tok.i)
    if t is not None and _usable(t):
        return t
    t = index.timex_at.get(tok.i + 1) if tok.lower_ == "on" and tok.i + 1 < len(tok.doc) else None
    if t is not None and _usable(t) and tok.doc[tok.i + 1] in tok.subtree:
        return t  # "shot dead on Saturday in Sella raid", the day parsed as a modifier of the noun after it
    for c in children_of(tok):
        if c.dep_ in ("pobj", "pcomp", "npadvmod", "amod", "compound", "nummod"):
            t = index.timex_at.get(c.i)
            if t is not None and _usable(t):
                return t
        if c.dep_ == "prep" and tok.dep_ == "advmod" and c.lemma_.lower() in TEMPORAL_PREPS:
            t = _timex_under(c, index)  # "late on Tuesday", "early on Monday": the adverb's own day
            if t is not None:
                return t
        if c.dep_ == "pobj" and c.i not in index.timex_at and c.lemma_.lower() in _DAY_PARTS:
            for obj in (o for g in children_of(c) if g.dep_ == "prep" and g.lower_ == "of"
                        for o in children_of(g) if o.dep_ == "pobj"):
                t = index.timex_at.get(obj.i)
                if t is not None and _usable(t):
                    return t
    return None


def _same_line(a: Token, t: Timex, text: str) -> bool:
    """A timex on another line (a dateline under a headline) never dates an event."""
    lo, hi = sorted((a.idx, t.start))
    return "\n" not in text[lo:hi]


def _own_timex(anchor: Token, index: ArticleIndex) -> Timex | None:
    """A timex modifying a token directly: temporal adjuncts, time phrases, a time-valued subject; for a
    verb, also one modifying a verb coordinated with it ("shot one and injured two others Monday"; not one
    with a subject or an auxiliary of its own, a predicate with its own tense: "shot and killed in a gang
    shooting was revealed Thursday", "shot a man and was arrested Monday"; nor a gerund the parser
    coordinates with a finite verb: "found guilty of stabbing A and injuring B in May 2021"), or the verb
    of its when/as/while clause ("were killed when rioters threw bombs on Wednesday") or that clause's
    subject ("when Monday's violence ended"); for a "when" clause of a timex, that timex ("in 2005, when
    two boys died")."""
    found = _direct_timex(anchor, index) or _when_clause_timex(anchor, index)
    if found is None and anchor.pos_ in ("VERB", "AUX"):
        found = _subject_timex(anchor, index)
    if found is None and anchor.pos_ in ("VERB", "AUX"):
        for c in children_of(anchor):
            if (
                c.dep_ == "conj"
                and c.pos_ in ("VERB", "AUX")
                and not sequel(c)
                and not tenses_differ(anchor, c)
                and not any(g.dep_ in ("nsubj", "aux", "auxpass") for g in children_of(c))
                and (c.tag_ != "VBG" or anchor.tag_ == "VBG")
            ):
                found = _direct_timex(c, index)
                if found is not None:
                    break
    if found is None and anchor.pos_ == "NOUN":
        found = next((t for c in _noun_clauses(anchor) if _happening_clause(c, index.book)
                      for t in [_direct_timex(c, index)] if t is not None), None)
    if found is None and anchor.pos_ in ("VERB", "AUX"):
        found = next((t for c in children_of(anchor) if c.dep_ == "advcl" and simultaneous(c)
                      for t in [_direct_timex(c, index) or _subject_date(c, index)] if t is not None), None)
    if found is not None and not _same_line(anchor, found, index.article.text):
        return None
    return found


def _when_clause_timex(clause: Token, index: ArticleIndex) -> Timex | None:
    """The timex a "when" relative clause modifies dates the clause ("in 2005, when two boys died in a
    power station"; "an improvement on 2008, when the company posted a loss")."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "when" and c.i < clause.i for c in children_of(clause)):
        return None
    t = index.timex_at.get(clause.head.i)
    return t if t is not None and _usable(t) else None


def _subject_date(clause: Token, index: ArticleIndex) -> Timex | None:
    """The date a when/as/while clause's subject carries as a possessive or a modifier ("When Monday's
    violence had ended, a clerk was dead": the clause, and so its governor, is on Monday)."""
    for subj in children_of(clause):
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.pos_ == "NOUN":
            for c in children_of(subj):
                t = index.timex_at.get(c.i) if c.dep_ in ("poss", "compound", "amod") else None
                if t is not None and _usable(t):
                    return t
    return None


def _happening_clause(clause: Token, book: Codebook) -> bool:
    """A relative clause saying its noun happened, the relative pronoun its subject ("the shooting that took
    place last Friday", "the riots, which broke out on Monday"; codebook ``happening_verbs``), or a passive
    one saying it was done ("the agreement reached in 1991", "the talks, which were held on Monday";
    ``performing_verbs``)."""
    relative_subject = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children_of(clause))
    if (clause.dep_ == "relcl" or _told_relative(clause, book)) and relative_subject:
        return _verb_in(clause, book.lex("happening_verbs"))
    auxes = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
    reduced = clause.dep_ == "acl" and clause.tag_ == "VBN" and not auxes
    relative_passive = clause.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in children_of(clause))
    return (reduced or relative_passive) and _verb_in(clause, book.lex("performing_verbs"))


def _told_relative(clause: Token, book: Codebook) -> bool:
    """A clause a relative clause of saying reports ("the attack, which police said took place on Saturday":
    the relative pronoun is the subject of "took place", as in a relative clause of its own)."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.dep_ == "relcl" and head.lemma_.lower() in book.reporting_verbs


def _noun_clauses(noun: Token) -> list[Token]:
    """A noun's children, and the clauses its relative clauses of saying report (:func:`_told_relative`)."""
    kids = list(children_of(noun))
    return kids + [g for c in kids if c.dep_ == "relcl" for g in children_of(c) if g.dep_ == "ccomp"]


def _verb_in(clause: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb's lemma, or its lemma with its particle or object ("take place"), is in a lexicon."""
    lemma = clause.lemma_.lower()
    return lemma in verbs or any(f"{lemma} {c.lemma_.lower()}" in verbs for c in children_of(clause)
                                 if c.dep_ in ("dobj", "prt"))


def _subject_timex(verb: Token, index: ArticleIndex) -> Timex | None:
    """A time adverbial between a verb's subject and the verb, which the parser hangs on the subject ("A jury
    on Tuesday convicted ...", "Police Tuesday arrested ...", "the service in February passed its rival"): it
    dates the verb."""
    for subj in children_of(verb):
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i > verb.i:
            continue
        for c in children_of(subj):
            if not subj.i < c.i < verb.i:
                continue
            adverbial = c.dep_ in ("npadvmod", "tmod", "compound")
            if adverbial or (c.dep_ == "prep" and c.lemma_.lower() in ("on", "at", "in")):
                t = _timex_under(c, index)
                if t is not None:
                    return t
    return None


def _direct_timex(anchor: Token, index: ArticleIndex) -> Timex | None:
    found = _direct_timexes(anchor, index)
    return found[0][1] if found else None


def _direct_timexes(anchor: Token, index: ArticleIndex) -> list[tuple[Token, Timex]]:
    """The timexes of a token's time adjuncts, nearest first, with the adjunct that carries each."""
    out: list[tuple[Token, Timex]] = []
    for c in sorted(children_of(anchor), key=lambda c: abs(c.i - anchor.i)):
        if c.dep_ == "prep" and c.lemma_.lower() in TEMPORAL_PREPS:
            t = _timex_under(c, index) or _occasion_timex(c, index)
            t = None if t is not None and open_start(c, t) else t
        elif c.dep_ == "prep" and c.lemma_.lower() in OCCASION_PREPS:  # "amid Monday's riots"
            t = _occasion_timex(c, index)
        elif c.dep_ == "prep" and c.lemma_.lower() in CLOCK_PREPS:
            t = _timex_under(c, index)
            t = t if t is not None and "T" in t.value else None
        elif c.dep_ in _TEMPORAL_DEPS or (c.dep_ == "nsubj" and c.i in index.timex_at):
            t = _timex_under(c, index) if c.i in index.timex_at or c.dep_ != "amod" else None
        elif c.dep_ == "dobj" and c.i in index.timex_at and _object_taken(anchor, c):
            t = _timex_under(c, index)  # "was charged the following day", "charged him the following month"
        else:
            continue
        if t is not None and not premodifies_another(t, anchor, index):
            out.append((c, t))
    return out


def _object_taken(verb: Token, noun: Token) -> bool:
    """Whether a verb has no object slot left for a time noun the parser makes its object: it is passive, or
    another noun is its object already ("He was charged the following day", "charged him the following
    month"): the time noun is an adverbial."""
    return any(c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ in ("dobj", "dative") and c.i != noun.i)
               for c in children_of(verb))


def _trailing_timex(noun: Token, verb: Token, index: ArticleIndex) -> Timex | None:
    """Of two different dates the parser hangs on one verb, the one after an act noun of the verb's clause
    is that act's ("Fresh riots were reported on Saturday ... in protest at the killing of a boy, eight days
    ago": the killing was eight days before); a verb has one date."""
    found = _direct_timexes(verb, index)
    if len({date_of(t).value for _, t in found}) < 2:
        return None
    after = [(c, t) for c, t in found if c.i > noun.i and noun.i > verb.i]
    return min(after, key=lambda ct: ct[0].i)[1] if after else None


#: Prepositions that place an act in another occasion ("killed four in the March 2005 rampage").
OCCASION_PREPS: tuple[str, ...] = ("in", "during", "at", "amid", "amidst")


def _occasion_timex(prep: Token, index: ArticleIndex) -> Timex | None:
    """The date of the occasion an act happened in, when a timex modifies the occasion's noun ("killed four
    people in the March 2005 rampage", "arrested during Monday's riots", "killed two in a raid on Tuesday");
    only for a noun that names an act
    (a trigger word of the codebook; not "case", "incident": "convicted in a 2006 case" is a later act)."""
    if prep.lemma_.lower() not in OCCASION_PREPS:
        return None
    book = index.book
    for obj in children_of(prep):
        lemma = obj.lemma_.lower()
        if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or lemma in book.lex("event_anaphors"):
            continue
        if lemma not in book.nouns and lemma not in book.verbs:
            continue
        if _prosecuted_in(prep, book.nouns.get(lemma, ()), book):
            continue
        for mod in children_of(obj):
            t = index.timex_at.get(mod.i)
            if mod.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and t is not None and _usable(t):
                return t
            if mod.dep_ == "prep" and mod.lemma_.lower() == "on":  # "in a raid on Tuesday"
                t = _timex_under(mod, index)
                if t is not None:
                    return t
    return None


#: Types of acts that prosecute a violent act "in" which they are told ("arrested in the 1967 killings").
_PROSECUTING = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def _prosecuted_in(prep: Token, occasion_rules: tuple[TriggerRule, ...], book: Codebook) -> bool:
    """An arrest, charge or sentence told "in" a violent act is made in its case, later, not during it
    ("arrested a woman in the 1967 killings"; but "arrested during Monday's riots" happened then)."""
    verb_rules = book.verbs.get(prep.head.lemma_.lower(), ())
    return (prep.lemma_.lower() == "in" and any(r.type == "ASSAULT" for r in occasion_rules)
            and any(r.type in _PROSECUTING for r in verb_rules))


def anchors(trigger: Token) -> list[Token]:
    """The trigger, then the words up to its clause head, then governing clauses it shares time with.

    A noun reaches its verb as its subject or object, or through "in", "during", "at" ("killed in an attack
    on Monday") or "go on" ("went on strike Monday"); not through "of", "on", "for" ("questioned on
    suspicion of murder yesterday")."""
    out = [trigger]
    cur = trigger
    for _ in range(10):
        if cur.dep_ not in _UP_LINKS or cur.head.i == cur.i:
            break
        if cur.dep_ == "advcl" and not shares_time(cur):
            break
        if cur.dep_ in ("advcl", "conj") and sequel(cur):
            break
        if (cur.dep_ == "prep" and cur.pos_ == "ADP" and cur.lemma_.lower() not in _TIME_SHARING_PREPS
                and not going_on(cur)):
            break
        cur = cur.head
        out.append(cur)
    return out


def _fronted(trigger: Token, index: ArticleIndex) -> Timex | None:
    """A timex opening the sentence and attached to its root, when no reported-speech boundary intervenes, nor
    a clause modifying a noun, which tells of its noun at a time of its own ("Yesterday, she told jurors
    about the moment she was struck": not the striking's day), nor a coordinated clause with a subject of
    its own, nor a future below a main clause of another time (:func:`future`); never for a past perfect
    below the root ("On Monday tests showed he had been poisoned"), nor
    for a timex a bound or a deadline introduces (:func:`_dating_prep`)."""
    sent = trigger.sent
    root = sent.root
    path = [trigger, *trigger.ancestors]
    if any(
        tok.dep_ in _BOUNDARY and (tok.head.pos_ == "VERB" or tok.dep_ in _NOUN_CLAUSES) and tok.i != root.i
        for tok in path[:-1]
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() in index.book.reporting_verbs
    ):
        return None
    own = any(own_clause(tok) or sequel(tok) or case_link(tok, index.book) for tok in path[:-1])
    later = any(future(tok) for tok in path[:-1]) and not future(root)
    if own or later or (trigger.i != root.i and pluperfect(trigger)):
        return None
    for tok in sent[:8]:
        t = index.timex_at.get(tok.i)
        if t is None or not _usable(t):
            continue
        node = tok
        while node.head.i != node.i and node.head.i in index.timex_at:
            node = node.head
        attach = node.head.head if node.head.dep_ == "prep" else node.head
        if node.head.dep_ == "prep" and not _dating_prep(node.head, t):
            continue
        chosen = node.dep_ == "nsubjpass"  # "Sunday was chosen as the date": what is acted on, not when
        if any(index.timex_at.get(a.i) is t for a in trigger.ancestors):
            continue  # "A day after the robbery, ...": the act the timex counts from, not one it dates
        same_line = _same_line(trigger, t, index.article.text)
        if attach.i == root.i and node.i < root.i and not chosen and same_line:
            return t
    return None


def _dating_prep(prep: Token, t: Timex) -> bool:
    """Whether a preposition puts its timex on the act, as in :func:`_direct_timexes` (a clock time also
    after "after", "before", "by"...): not a deadline or a bound ("By the end of the year, the plants will be
    closed", "Until May, ...")."""
    lemma = prep.lemma_.lower()
    return lemma in TEMPORAL_PREPS or (lemma in CLOCK_PREPS and "T" in t.value)


#: Types of the acts whose "with" names an act of another time ("charged with the murder", "arrested with").
_CASE_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})


def case_link(tok: Token, book: Codebook) -> bool:
    """A "with" that ties an act to the case it is about, not to its time: under a noun ("arrested in
    connection with the murder", "links with the bombing") or under a legal or coercive verb ("was charged
    with the murder", "detained with the stabbing"): the murder is not of the arrest's day."""
    if tok.dep_ != "prep" or tok.lower_ != "with":
        return False
    head = tok.head
    rules = book.verbs.get(head.lemma_.lower(), ())
    return head.pos_ in ("NOUN", "PROPN") or any(r.type in _CASE_TYPES for r in rules)


def _beyond_case(trigger: Token, book: Codebook) -> list[Token]:
    """The :func:`anchors` of a trigger above a :func:`case_link` (empty when its way up passes none)."""
    found = anchors(trigger)
    cut = next((n for n, a in enumerate(found) if case_link(a, book)), None)
    return found[cut + 1:] if cut is not None else []


def find_timex(triggers: list[Token], index: ArticleIndex) -> Timex | None:
    """The timex attached to an event's triggers (the first trigger's own first), or None. Above a
    :func:`case_link`, only a timex after the trigger, which may be the act's ("is charged with murder for
    the deaths of two co-workers in September 2010"), not one before it ("was charged on Tuesday with the
    murder": the charge's day)."""
    for trigger in triggers:
        pre = premodifier_timex(trigger, index)
        if pre is not None and _usable(pre):
            return pre
        beyond = {a.i for a in _beyond_case(trigger, index.book)}
        for anchor in anchors(trigger):
            t = None
            if anchor.i != trigger.i and trigger.pos_ == "NOUN" and anchor.pos_ in ("VERB", "AUX"):
                t = _trailing_timex(trigger, anchor, index)
            if anchor.i == trigger.i and _dates_the_act(trigger, index):
                continue
            if anchor.dep_ == "prep" and anchor.lower_ in ("after", "before") and anchor.i != trigger.i:
                break  # "the day after the attack": the measure is the gap from the attack, not its date
            t = t or _own_timex(anchor, index)
            if t is not None and anchor.i in beyond and t.start < trigger.idx:
                break
            if t is not None:
                return t
    for trigger in triggers:
        t = _fronted(trigger, index) or _verdict_complement_timex(trigger, index)
        t = t or _victim_death_timex(trigger, index) or _instrument_timex(trigger, index)
        t = t or _purpose_timex(trigger, index)
        if t is not None:
            return t
    return None


def _purpose_timex(verb: Token, index: ArticleIndex) -> Timex | None:
    """The date of the act a past act was done for, when the parser hangs the day on that purpose clause
    ("used water cannon to disperse protesters on Sunday", "fired tear gas to break up a rally on Monday":
    the firing was that day too): an infinitive of a codebook verb, not a day after the publication."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return None
    for clause in children_of(verb):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))
        if clause.dep_ in ("advcl", "xcomp") and infinitive and clause.lemma_.lower() in index.book.verbs:
            t = _direct_timex(clause, index)
            if t is not None and not _after_publication(t, index):
                return t
    return None


def _dates_the_act(verb: Token, index: ArticleIndex) -> bool:
    """Whether the dates a standing condition's parse hangs on it all follow an act noun or gerund of its
    clause, so are the act's: a present passive ("is charged with murder for the shooting deaths of two
    co-workers in September 2010": the deaths, not the charge) or an accusation's participle modifying a
    noun ("two men accused in killing a mother in 2011": the killing's year)."""
    book = index.book
    if _verdict_of_act(verb, index):
        return True
    if not (any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children_of(verb))
            or _accused_participle(verb, book)):
        return False
    found = _direct_timexes(verb, index)
    acts = [t.i for t in verb.subtree if t.i > verb.i and (t.pos_ == "NOUN" or t.tag_ == "VBG")
            and (t.lemma_.lower() in book.nouns or t.lemma_.lower() in book.verbs)]
    return bool(found) and all(any(a < c.i for a in acts) for c, _ in found)


#: Types of the legal acts whose complement names the act they are about ("convicted of", "charged with").
_LEGAL = frozenset({"ACCUSE", "SANCTION"})
#: Prepositions that open a legal act's complement ("found guilty of", "charged with", "jailed for").
_COMPLEMENT_PREPS = frozenset({"of", "with", "for"})
#: Days before publication beyond which a date cannot be that of the verdict or charge the article reports.
LONG_BEFORE_DAYS = 30


def legal_head(act: Token, book: Codebook) -> Token | None:
    """The verdict or charge verb whose complement names an act ("found guilty of slaying ... and
    wounding ...", "charged with killing", "convicted of murder"), or None."""
    node = act
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ not in _COMPLEMENT_PREPS:
        return None
    head = node.head.head
    verb = head.head if head.dep_ in ("oprd", "acomp") else head
    rules = book.verbs.get(verb.lemma_.lower(), ())
    return verb if verb.pos_ in ("VERB", "AUX") and any(r.type in _LEGAL for r in rules) else None


def _long_before(t: Timex, index: ArticleIndex) -> bool:
    """Whether a timex names a period that ends over :data:`LONG_BEFORE_DAYS` before the publication day."""
    published = index.article.published
    value = date_of(t).value
    start = first_day(value)
    if not published or start is None or start > dt.date.fromisoformat(published[:10]):
        return False
    gap = days_apart(value, published[:10])
    return gap is not None and gap > LONG_BEFORE_DAYS


def _verdict_dates(verb: Token, act: Token, index: ArticleIndex) -> list[Timex]:
    """The dates the parse hangs on a verdict or charge after the act its complement names, when all are
    long before publication: a news report tells a verdict of its own days, so they date the act."""
    found = [t for c, t in _direct_timexes(verb, index) if c.i > act.i]
    return found if found and all(_long_before(t, index) for t in found) else []


def _verdict_complement_timex(act: Token, index: ArticleIndex) -> Timex | None:
    """The date of an act a gerund names in the complement of a verdict or charge ("was found guilty of
    slaying a mother and wounding two others in October 2011", published 2013): the act's
    (:func:`_verdict_dates`). Not a noun: "was charged with murder for the deaths ... in March 2021" may
    tell a charge of that month."""
    if act.tag_ != "VBG":
        return None
    verb = legal_head(act, index.book)
    found = _verdict_dates(verb, act, index) if verb is not None else []
    return found[0] if found else None


def _verdict_of_act(verb: Token, index: ArticleIndex) -> bool:
    """A verdict or charge whose dates all follow an act of its complement and lie long before publication
    (:func:`_verdict_dates`): the dates are the act's, the verdict stays undated by them."""
    acts = [t for t in verb.subtree if t.i > verb.i and t.tag_ == "VBG"
            and getattr(legal_head(t, index.book), "i", None) == verb.i]
    return bool(acts) and bool(_verdict_dates(verb, acts[0], index))


def _killing_word(act: Token, book: Codebook) -> bool:
    """A word whose act is a killing (codebook count ``killed`` cues: "kill", "murder", "slay"; "killing")."""
    lemma = act.lemma_.lower()
    cues = next((c.cues for c in book.counts if c.name == "killed"), frozenset())
    return lemma in cues or (lemma.endswith("ing") and lemma[:-3] in cues)


def _victim_death_timex(act: Token, index: ArticleIndex) -> Timex | None:
    """The day a killing's victim died, told by a relative clause of the victim ("confessed to killing a
    nurse, who died on Friday"; "the murder of a clerk who died Monday"): a killing is its victim's death.
    Not for a shooting or wounding, whose victim may die days later."""
    book = index.book
    if not _killing_word(act, book):
        return None
    victims = [c for c in children_of(act) if c.dep_ in ("dobj", "nsubjpass")]
    victims += [o for p in children_of(act) if p.dep_ == "prep" and p.lower_ == "of"
                for o in children_of(p) if o.dep_ == "pobj"]
    for victim in victims:
        for clause in children_of(victim):
            relative = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children_of(clause))
            if clause.dep_ == "relcl" and relative and clause.lemma_.lower() in book.lex("death_verbs"):
                t = _direct_timex(clause, index)
                if t is not None:
                    return t
    return None


#: Prepositions that name what an attack was done with or by ("struck by a bullet that ricocheted").
_INSTRUMENT_PREPS = frozenset({"by", "from", "with"})


def _instrument_timex(verb: Token, index: ArticleIndex) -> Timex | None:
    """The date of what an attack was done with, told by a relative clause in which it acts, the pronoun its
    subject, in the simple past ("was struck by a bullet that ricocheted off a fence in Oct. 2011": the
    ricochet is the strike); not a passive or past perfect ("a gun that was stolen in 2010", "a bomb that
    had been planted")."""
    if verb.pos_ != "VERB" or not index.book.verb_can_be(verb.lemma_.lower(), "ASSAULT"):
        return None
    for prep in children_of(verb):
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _INSTRUMENT_PREPS:
            continue
        for clause in (c for o in children_of(prep) if o.dep_ == "pobj" for c in children_of(o)):
            subject = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children_of(clause))
            if clause.dep_ == "relcl" and subject and clause.tag_ == "VBD" and not pluperfect(clause):
                t = _direct_timex(clause, index)
                if t is not None:
                    return t
    return None


def _accused_participle(verb: Token, book: Codebook) -> bool:
    """A bare past participle of an ACCUSE verb modifying a noun ("the men accused in ...", "a man charged
    with ..."): like "are accused", it tells a standing condition, not a dated act."""
    auxes = any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    bare = verb.dep_ == "acl" and verb.tag_ == "VBN" and not auxes
    return bare and any(r.type == "ACCUSE" for r in book.verbs.get(verb.lemma_.lower(), ()))


def placeable(value: str) -> bool:
    """Whether a TIMEX3 value puts an event on a calendar: its date part names no unknown year, month or
    day (``2023-12-14``, ``2023-W50``, ``2023``; not ``XXXX-XX-XXT10:24`` nor ``2008-XX-XX``, what "at
    10:24 a.m." or "on Saturday" give in an article whose date is unknown).

    >>> placeable("2023-12-14TMO"), placeable("2008-XX-XX"), placeable("XXXX-XX-XXT10:24")
    (True, False, False)
    """
    return "X" not in value.split("T", 1)[0]


def yearless_day(value: str) -> bool:
    """Whether a TIMEX3 value names a month and day of an unknown year (``XXXX-12-06``: "the December 6
    killing" in an article with no publication date nor a year of its own): TIMEX3 dates the event so.

    >>> yearless_day("XXXX-12-06"), yearless_day("XXXX-XX-XX"), yearless_day("2008-12-06")
    (True, False, False)
    """
    return re.fullmatch(r"XXXX-\d\d-\d\d", value.split("T", 1)[0]) is not None


def stays_with_mention(date: EventDate | None, trigger: Token) -> bool:
    """Whether a yearless day (:func:`yearless_day`) dates only the report it is attached to: unless that
    report is a definite noun ("the December 6 killing" re-mentions the killing the article tells, and
    dates it), the day does not date the event the report is merged into, nor make it the fuller report,
    as its year cannot be checked ("thwarted a hijack attempt" and "On November 11, X had repulsed two
    hijack attempts" are not one act of November 11)."""
    if date is None or not yearless_day(date.value):
        return False
    from newsgraph.extract.event_codebook import codebook

    determiners = codebook().lex("anaphoric_determiners")
    return not any(c.dep_ in ("det", "poss") and (c.lower_ in determiners or c.dep_ == "poss")
                   for c in children_of(trigger))


def first_day(value: str) -> dt.date | None:
    """The first day a TIMEX3 date value can mean (a week's Monday; the first of a month or year; for a
    season, quarter or half, the year's first day, earlier than the truth, never later).

    >>> first_day("2007-W16"), first_day("2007-04-09TMO"), first_day("2007-SU")
    (datetime.date(2007, 4, 16), datetime.date(2007, 4, 9), datetime.date(2007, 1, 1))
    """
    week = re.match(r"^(\d{4})-W(\d\d)", value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
    parsed = cal.parse_iso(value) if placeable(value) else None
    return parsed[0] if parsed else None


def _after_publication(t: Timex, index: ArticleIndex) -> bool:
    """Whether a timex names a period that starts after the article's publication day."""
    published = cal.parse_iso(index.article.published or "")
    start = first_day(date_of(t).value)
    return published is not None and published[1] == "day" and start is not None and start > published[0]


def dated_by(t: Timex | None, index: ArticleIndex, trigger: Token | None = None) -> EventDate | None:
    """The date an attached timex (or None) gives an event. A timex that cannot be placed on a calendar
    (:func:`placeable`) leaves the event undated too: the text dates it, but not in a way anyone can use;
    the publication date stands in, as a fallback (None without one). So does a timex that starts after the
    publication day when the ``trigger`` tells a done act (:func:`told_done`: "returned the following week
    and opened fire, wounding both": "the following week" is read against the publication date, and a
    reported past act cannot come after its report). In an article with no publication date, a month and
    day (:func:`yearless_day`: "the December 6 killing") dates the event with its unknown year."""
    past = trigger is not None and told_done(trigger)
    published = index.article.published
    if t is not None and placeable(date_of(t).value) and not (past and _after_publication(t, index)):
        return date_of(t)
    if t is not None and not published and yearless_day(date_of(t).value):
        return EventDate(value=date_of(t).value.split("T", 1)[0], text=t.text, timex=t.id)
    return EventDate(value=published[:10], fallback=True) if published else None


def told_done(trigger: Token) -> bool:
    """Whether the verb of a trigger's clause (the trigger itself, or the first verb it reaches as in
    :func:`anchors`) tells a done act: the simple past ("opened fire, wounding both"), a past passive ("was
    arrested") or a perfect ("has been charged", "had fled")."""
    verb = next((a for a in anchors(trigger) if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG"), None)
    if verb is None:
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def date_of(t: Timex) -> EventDate:
    """An :class:`EventDate` from a timex (value, text, begin/end kept): a range dates the event by its
    first day, at that day's granularity.

    >>> date_of(Timex("t1", 0, 8, "Thursday", "DATE", "2023-12-14")).value
    '2023-12-14'
    >>> date_of(Timex("t2", 0, 14, "December 14-16", "DURATION", "P3D", begin="2023-12-14",
    ...                end_value="2023-12-16")).value
    '2023-12-14'
    """
    value = t.begin if t.type == "DURATION" and t.begin else t.value
    return EventDate(value=value, text=t.text, timex=t.id, begin=t.begin, end=t.end_value)


def stated_value(date: EventDate | None, timex: Timex | None) -> str | None:
    """The date the text states for an event: its calendar date, else the value of a timex that cannot be
    placed ("last night" in an article known only to be of 2008: ``2008-XX-XXTNI``); None when the text
    states none (a fallback)."""
    if date is not None and not date.fallback:
        return date.value
    if timex is not None and not placeable(date_of(timex).value):
        return date_of(timex).value
    return None


def values_disagree(a: str, b: str) -> bool:
    """Whether two stated dates cannot be one day: calendar dates whose periods do not overlap, or partly
    known ones whose known year or month differ ("2008-XX-XXTNI" is not in 2005; "2005-03-XX", a Saturday
    of March 2005, is not in February).

    >>> values_disagree("2008-XX-XXTNI", "2005"), values_disagree("2005-03-XX", "2005-02")
    (True, True)
    >>> values_disagree("2005-03-XX", "2005"), values_disagree("XXXX-XX-XXT10:24", "2005-02-01")
    (False, False)
    """
    if placeable(a) and placeable(b):
        return a != b and days_apart(a, b) != 0
    for lo, hi in ((0, 4), (5, 7)):
        pa, pb = a[lo:hi], b[lo:hi]
        if len(pa) == len(pb) == hi - lo and pa.isdigit() and pb.isdigit() and pa != pb:
            return True
        if not (pa.isdigit() and pb.isdigit()):
            return False
    return False
