"""Event triggers: the verbs and nouns of a parsed article that the codebook maps to a PLOVER type.

A lemma's entries are tried in order; the first whose conditions hold (object, subject, particle,
preposition, modifiers, context, voice, number) is the trigger's rule. Words inside a name ("Security" in
"Pakistan Institute for Conflict and Security Studies") are never triggers.

>>> from newsgraph.extract.event_codebook import codebook
>>> sorted(NOUN_TAGS)
['NN', 'NNS']
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, POS, TAG
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_codebook import Codebook, TriggerRule
from newsgraph.extract.event_syntax import (
    clauses_marked,
    controlled_subjects,
    is_passive,
    object_heads,
    prep_objects,
    subjects_of,
)
from newsgraph.nlp.doctext import children_of, doc_text, doc_tokens, headline_span, url_line

NOUN_TAGS: frozenset[str] = frozenset({"NN", "NNS"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


@dataclass(slots=True)
class Candidate:
    """A token the codebook makes a trigger, with the rule that applied and its character span."""

    token: Token
    rule: TriggerRule
    start: int
    end: int

    @property
    def nominal(self) -> bool:
        """Whether the trigger is a noun ("the meeting") rather than a verb ("met")."""
        return self.rule.pos == "noun"

    @property
    def text(self) -> str:
        """The trigger words as they appear in the text."""
        return str(doc_text(self.token.doc)[self.start : self.end])


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _entity_type_ok(tok: Token, types: frozenset[str], index: ArticleIndex) -> bool:
    """Whether a token names an entity of one of the types; a sum of money ("gave $50 million") is no entity
    of ours, so MONEY is read from the parser's own entity type."""
    etype = index.entity_type(tok)
    if etype is None and tok.ent_type_ == "MONEY":
        etype = "MONEY"
    return etype is not None and etype in types


def object_words(heads: list[Token]) -> list[Token]:
    """Object heads and what they quantify or are made of ("tons of food aid", "part of a program")."""
    out = list(heads)
    for h in heads:
        out += [obj for prep, obj in prep_objects(h, "of")]
        out += [c for c in children_of(h) if c.dep_ == "compound"]
    return out


def _objects_ok(tok: Token, rule: TriggerRule, index: ArticleIndex) -> bool:
    direct = object_heads(tok) + controlled_subjects(tok)
    # an adjective after its object is what the verb makes of it, wherever the parser hangs it ("found NAME,
    # 29, guilty": amod of NAME after the apposition)
    heads = object_words(direct) + [c for h in direct for c in children_of(h)
                                    if c.dep_ == "amod" and c.i > h.i]
    # a verb clause the trigger governs is its complement, never a noun object a sense excludes ("promised to
    # release prisoners" is no "promised a release")
    nominal = [h for h in direct if not (h.pos_ == "VERB" and h.dep_ in ("xcomp", "ccomp"))]
    lemmas = {_lemma(h) for h in nominal} | {_lemma(p) for prep, p in prep_objects(tok, "with")}
    complements = {_lemma(c) for c in children_of(tok) if c.dep_ in ("acomp", "oprd")}  # "pleaded guilty"
    if rule.not_objects & (lemmas | complements):
        return False
    if not rule.objects and not rule.object_types:
        return True
    return any(
        _lemma(h) in rule.objects
        or h.lower_ in rule.objects
        or (rule.object_types and _entity_type_ok(h, rule.object_types, index))
        for h in heads
    )


def _subjects_ok(tok: Token, rule: TriggerRule, index: ArticleIndex) -> bool:
    subs = [c for c in children_of(tok) if c.dep_ in _SUBJECT_DEPS]
    if tok.dep_ in ("acl", "relcl", "amod") and not subs:
        subs = [tok.head]
    # a coordinated verb shares its first conjunct's subject for the exclusions ("a lorry overturned and
    # blocked traffic")
    barred = subs or (subjects_of(tok) if tok.dep_ == "conj" and rule.not_subjects else [])
    if any(_lemma(s) in rule.not_subjects for s in barred):
        return False
    if not rule.subjects and not rule.subject_types:
        return True
    return any(
        _lemma(s) in rule.subjects or (rule.subject_types and _entity_type_ok(s, rule.subject_types, index))
        for s in subs
    )


def _timed(prep: Token, index: ArticleIndex) -> bool:
    """A preposition that introduces a time ("fired on Thursday", "at 10 a.m."), not the act's target."""
    return any(g.dep_ == "pobj" and g.i in index.timex_at for g in children_of(prep))


def _prep_ok(tok: Token, rule: TriggerRule, index: ArticleIndex) -> bool:
    """The rule's preposition on the trigger (or its object), with one of the rule's objects if it names
    some; a preposition whose object is a time is not the rule's ("was fired on Thursday": dismissed)."""
    if rule.prep is None:
        return True
    pairs = [p for p in prep_objects(tok, rule.prep) if p[1].i not in index.timex_at]
    if not pairs and (rule.prep_objects or (rule.objects and rule.prep != "of")):
        # the parser may hang the phrase on the object ("threw its support [behind the president]"); an
        # "of" phrase there is the noun's own ("took control of the clans" asks the verb's "of")
        pairs = [p for h in object_heads(tok) for p in prep_objects(h, rule.prep)]
    if not pairs:
        return (
            (any(c.dep_ in ("prep", "agent", "prt") and _lemma(c) == rule.prep and not _timed(c, index)
                 for c in children_of(tok)) or bool(clauses_marked(tok, rule.prep)))
            and not rule.prep_objects
            and not rule.prep_object_types
        )
    if not rule.prep_objects and not rule.prep_object_types:
        return True
    return any(
        _lemma(obj) in rule.prep_objects
        or (rule.prep_object_types and _entity_type_ok(obj, rule.prep_object_types, index))
        for _, obj in pairs
    )


def _modifier_lemmas(tok: Token) -> set[str]:
    out: set[str] = set()
    for c in children_of(tok):
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") or (c.dep_ == "poss" and c.pos_ == "NOUN"):
            out.add(_lemma(c))
            out.update(_lemma(cc) for cc in children_of(c) if cc.dep_ in ("compound", "amod"))
            out.update(part for part in c.lower_.split("-") if part)
    return out


def _noun_ok(tok: Token, rule: TriggerRule) -> bool:
    mods = _modifier_lemmas(tok)
    if rule.not_modifiers & mods:
        return False
    if rule.modifiers and not rule.modifiers & mods:
        return False
    if rule.number == "plural" and tok.tag_ != "NNS":
        return False
    return not (rule.number == "singular" and tok.tag_ == "NNS")


def _particle(tok: Token, rule: TriggerRule) -> Token | None:
    """The rule's particle among the trigger's children ("step down", "walk out of"): a preposition with an
    object counts only right after the verb ("gave in to", not "gave his name in line with")."""
    if rule.particle is None:
        return None
    return next((c for c in children_of(tok) if _lemma(c) == rule.particle and (
        c.dep_ in ("prt", "advmod")
        or (c.dep_ == "prep" and (c.i == tok.i + 1 or not any(
            g.dep_ == "pobj" for g in children_of(c)))))), None)


def rule_applies(tok: Token, rule: TriggerRule, index: ArticleIndex) -> bool:
    """Whether every condition of a rule holds for a token."""
    if rule.particle is not None and _particle(tok, rule) is None:
        return False
    if rule.passive is not None and is_passive(tok) != rule.passive:
        return False
    if rule.clause and not any(c.dep_ == "ccomp" for c in children_of(tok)):
        return False
    if rule.infinitive and not any(_infinitive(c) for c in children_of(tok)):
        return False
    if rule.context and not rule.context & {_lemma(t) for t in tok.sent}:
        return False
    if rule.not_context and rule.not_context & {_lemma(t) for t in tok.sent}:
        return False
    if rule.pos == "noun":
        return _noun_ok(tok, rule) and _prep_ok(tok, rule, index)
    return _objects_ok(tok, rule, index) and _subjects_ok(tok, rule, index) and _prep_ok(tok, rule, index)


def _infinitive(tok: Token) -> bool:
    """A to-infinitive complement ("pressed Turkey to improve", also parsed as an adverbial clause, and a
    noun's: "a threat to close the border")."""
    return tok.pos_ in ("VERB", "AUX") and (
        tok.dep_ == "xcomp" or (tok.dep_ in ("advcl", "acl") and any(c.lower_ == "to" and c.dep_ == "aux"
                                                                      for c in children_of(tok))))


def _inside_name(tok: Token, index: ArticleIndex) -> bool:
    m = index.mention_at.get(tok.i)
    return m is not None and m.kind == "NAM" and not _opening_common_noun(tok, m.end - m.start)


def _opening_common_noun(tok: Token, width: int) -> bool:
    """A common noun (tagged so, in the lower case of its lemma) that opens its sentence capitalised and
    alone makes a name the tagger found: capitals of the first word, no name ("Skirmishes between militias
    killed three": the noun is the act)."""
    return (bool(tok.is_sent_start) and width == len(tok.text) and tok.tag_ in NOUN_TAGS
            and tok.lemma_ == tok.lemma_.lower())


def _violent(tok: Token, book: Codebook) -> bool:
    """Whether a verb can be an act of violence, coercion or legal action against someone (a participle
    describing a participant is an event only then: "Kimani Gray, shot 11 times by police", "a son accused
    of killing", "NAME, charged with murder", not "Sukanya, deployed on patrol")."""
    return any(r.type in ("ASSAULT", "COERCE", "ACCUSE", "SANCTION") for r in book.verbs.get(_lemma(tok), ()))


def _compound_ok(tok: Token, book: Codebook) -> bool:
    """A noun modifying another ("riot police") is an event only before an event-like head ("mediation
    effort", "bombing campaign")."""
    return tok.dep_ != "compound" or tok.head.lemma_.lower() in book.compound_heads


def _gerund_modifier(tok: Token, book: Codebook) -> bool:
    """An -ing form the parser hangs as an adjective on an event-like head ("a stabbing spree", "a killing
    spree"): the noun of the act, as in "a shooting spree"."""
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in book.compound_heads


def _no_clause(tok: Token, index: ArticleIndex, book: Codebook) -> bool:
    """A verb that tells no act of its own: part of a compound, a participial adjective ("striking
    workers"), a participle describing a party ("protesters carrying banners", "NAME, deployed on patrol"),
    unless it is a verb only of force with its own argument ("troops firing on protesters")."""
    if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.tag_ != "VBD"):
        return True
    if tok.dep_ != "acl":
        return False
    if tok.tag_ == "VBG" and not reported(tok, book):
        return not (_forceful(tok, book) and _argued(tok))
    return index.mention_at.get(tok.head.i) is not None and not _violent(tok, book)


def _forceful(tok: Token, book: Codebook) -> bool:
    """Whether every sense of a verb is an act of force (ASSAULT or COERCE: "fire", "shoot", not "protest"
    nor "implicate", whose participle describes a party: "Greeks protesting against cuts")."""
    rules = book.verbs.get(_lemma(tok), ())
    return bool(rules) and all(r.type in ("ASSAULT", "COERCE") for r in rules)


def _argued(tok: Token) -> bool:
    """Whether a participle has an object or a prepositional phrase ("firing on protesters")."""
    return any(c.dep_ in ("dobj", "prep") for c in children_of(tok))


def match(tok: Token, index: ArticleIndex, book: Codebook) -> Candidate | None:
    """The trigger a token is, or None."""
    if _gerund_modifier(tok, book):
        rules = book.nouns.get(tok.lower_, ())
    elif tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.tag_.startswith("VB")):
        if _no_clause(tok, index, book):
            return None
        rules = book.verbs.get(_lemma(tok), ())
    elif (tok.tag_ in NOUN_TAGS or tok.pos_ in ("NOUN", "PROPN")) and _compound_ok(tok, book):
        if tok.tag_ == "NNP" and tok.ent_type_ in ("DATE", "TIME"):
            # every proper noun inside a date or time names that time, not an act: a month ("in March", no
            # march), a named day ("on Election Day", no election), a holiday
            return None
        rules = book.nouns.get(_lemma(tok), ()) or book.nouns.get(tok.lower_, ())
    elif tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ == "acomp"):
        rules = book.adjectives.get(tok.lower_, ())
    else:
        return None
    if not rules or _inside_name(tok, index):
        return None
    for rule in rules:
        if rule_applies(tok, rule, index):
            start, end = tok.idx, tok.idx + len(tok)
            prt = _particle(tok, rule)
            if prt is not None and prt.i == tok.i + 1:
                end = prt.idx + len(prt)
            return Candidate(tok, rule, start, end)
    return None


def reported(tok: Token, book: Codebook) -> bool:
    """A participle that gives the content of a statement: "issued a declaration demanding that ...",
    "a statement condemning the attack" (the statement's author is the actor)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and _lemma(tok.head) in book.reporting_nouns


def repair_lemmas(doc: Doc, book: Codebook) -> None:
    """Give verbs the lemma the codebook knows when the lemmatizer cut a final "e" ("staged" -> "stag",
    "staging" -> "stag") or added one ("cordoned" -> "cordone", "teargassed" -> "teargasse"): the lemma
    with or without a final "e" (or a doubled consonant) is a known verb and the word is its inflection; or
    left an irregular past the tagger took for a base form as it is ("retook": codebook ``verb_forms``)."""
    known = _derived("verbs", book)
    text = doc_text(doc)
    head_end = headline_span(text)[1]
    nnp, nnps, nns = doc.vocab.strings["NNP"], doc.vocab.strings["NNPS"], doc.vocab.strings["NNS"]
    # offsets, tags and parts of speech read once as flat lists of numbers (reading a Token's attribute is
    # slow; rows as lists would be objects for the garbage collector to track)
    idxs, tags, poses = (doc.to_array(attr).tolist() for attr in (IDX, TAG, POS))
    for tok, idx, tag, pos in zip(doc_tokens(doc), idxs, tags, poses, strict=True):
        if text[idx - 1 : idx] == "-":  # else no "-" token right before it (the cheap test first)
            _repair_hyphenated(tok, book)
            tag, pos = tok.tag, tok.pos  # a hyphenated noun's head may be this token, now a noun
        if (tag == nnps or (tag == nnp and tok.is_title and (tok.is_sent_start or idx < head_end))) \
                and not tok.ent_type_:
            _repair_plural_name(tok, book)
        if tag == nns and idx < head_end and _repair_headline_verb(tok, known):
            tag, pos = tok.tag, tok.pos
        if pos != VERB and pos != AUX:
            continue
        if tok.lemma_.lower() == tok.lower_ and tok.lower_ in book.verb_forms:
            tok.lemma_ = book.verb_forms[tok.lower_]  # "retook" tagged as a base form
        lemma = _lemma(tok)
        if lemma in known:
            continue
        stem = lemma[:-1]
        if lemma[-1:] == "e" and tok.lower_ in (stem + "ed", stem + "ing"):
            if stem in known:
                tok.lemma_ = stem  # an "e" the lemmatizer added ("cordoned" -> "cordone")
                continue
            if stem[-1:] == stem[-2:-1] and stem[:-1] in known:
                tok.lemma_ = stem[:-1]  # ... after a doubled consonant ("teargassed" -> "teargasse")
                continue
        if lemma + "e" not in known:
            continue
        if tok.lower_ in (lemma + "ed", lemma + "es", lemma + "ing", lemma + "e"):
            tok.lemma_ = lemma + "e"


def _repair_headline_verb(tok: Token, known: frozenset[str]) -> bool:
    """A headline's present-tense verb the tagger took for a plural noun ("Turkey shells Kurdish positions",
    "Rebels raids ...", "UN chief calls for ceasefire"): a plural heading its clause with a subject before it
    and an object or a preposition right after it whose singular is a verb of the codebook is that verb
    (headlines tell past acts in the present tense)."""
    if tok.dep_ != "ROOT" or not tok.lower_.endswith("s"):
        return False
    kids = children_of(tok)
    if not (any(c.dep_ == "nsubj" and c.i < tok.i for c in kids)
            and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.i == tok.i + 1) for c in kids)):
        return False
    low = tok.lower_
    for base in (low[:-2], low[:-1]) if low.endswith("es") else (low[:-1],):
        if base in known:
            tok.lemma_, tok.pos_, tok.tag_ = base, "VERB", "VBZ"
            return True
    return False


def _repair_hyphenated(tok: Token, book: Codebook) -> None:
    """A hyphenated trigger the tokenizer split ("staged a sit-in", "test-fired a missile"): the last part
    takes the lemma of the whole word when the codebook knows it ("sit-in", "test-fire"). A longer compound
    ("a smash-and-grab on a store") is read at its syntactic head: the noun of the codebook, whatever part
    of speech the tagger gave the split word (:func:`_repair_compound_noun`)."""
    if tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-1).whitespace_ or tok.nbor(-2).whitespace_:
        return
    joined = f"{tok.nbor(-2).lower_}-{_lemma(tok)}"
    if joined in _derived("triggers", book):
        tok.lemma_ = joined
    elif tok.i >= 4 and tok.nbor(-3).text == "-" and not (tok.nbor(-3).whitespace_
                                                           or tok.nbor(-4).whitespace_):
        _repair_compound_noun(tok.doc[tok.i - 4 : tok.i + 1], book)


#: Dependencies of a noun phrase's head (not of a modifier: "a smash-and-grab raid" is a raid).
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "conj", "appos", "attr"})


def _repair_compound_noun(span: Span, book: Codebook) -> None:
    """A three-part hyphenated noun of the codebook ("smash-and-grab") whose syntactic head heads a noun
    phrase takes the whole word as its lemma and is a noun."""
    joined = "".join(t.lower_ for t in span)
    if joined not in book.nouns:
        return
    head = span.root
    if head.dep_ in _NOMINAL_DEPS and not any(t.dep_ in ("compound", "amod", "nmod") and t.head.i >= span.end
                                               for t in span):
        head.lemma_, head.pos_, head.tag_ = joined, "NOUN", "NN"


def _repair_plural_name(tok: Token, book: Codebook) -> None:
    """A capitalised plural the tagger took for a name (plural or singular), outside any named entity, at
    the head of a sentence or in a title-case headline ("Riots over harsh new austerity measures left ...",
    "Dozens Riot Over", "Tackle Faces DUI Charges"): when its singular is a noun of the codebook, that is
    its lemma ("riot", "charge"); an irregular verb form of the codebook's ``verb_forms`` ("Stolen") takes
    its verb's lemma ("steal"), which the context of a trigger may ask for."""
    low = tok.lower_
    for singular in (low[:-2], low[:-1]) if low.endswith("es") else (low[:-1],):
        if low.endswith("s") and singular in book.nouns:
            tok.lemma_ = singular
            return
    if low in book.verb_forms:  # "Jewellery Stolen In Shop Raid": the irregular participle's verb
        tok.lemma_ = book.verb_forms[low]


def find_triggers(index: ArticleIndex, book: Codebook) -> list[Candidate]:
    """Every trigger of the article, in text order."""
    text = index.article.text
    words = _derived("triggers", book)
    found = [
        c for tok in doc_tokens(index.doc)
        if (_lemma(tok) in words or tok.lower_ in words) and not url_line(text, tok.idx)
        and (c := match(tok, index, book)) is not None
    ]
    violent = {c.token.i for c in found if c.rule.type in _TARGETING}
    return [c for c in found if not (c.nominal and _attacked_site(c.token, violent, book))]


#: Types whose object is the party or site attacked or seized.
_TARGETING = frozenset({"ASSAULT", "COERCE"})
#: Prepositions that attach the target of an attack ("fired on a patrol", "an attack on a convoy").
_TARGET_PREPS = frozenset({"on", "upon", "against", "at"})


def _attacked_site(tok: Token, violent: set[int], book: Codebook) -> bool:
    """A unit or site noun (``target_site_nouns``) that is the target of an attack or a seizure names what
    was hit, not an act of its own ("ambushed a police patrol", "an attack on an army patrol": no
    MOBILIZE)."""
    if _lemma(tok) not in book.lex("target_site_nouns"):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head.i in violent
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _TARGET_PREPS and prep.head.i in violent


#: Word sets derived from a codebook, per kind, for the codebook they were built from.
_DERIVED: dict[tuple[str, int], tuple[Codebook, frozenset[str]]] = {}


def _derived(kind: str, book: Codebook) -> frozenset[str]:
    """A word set derived from the codebook, built once per codebook: ``verbs`` (triggers, light and
    reporting verbs) or ``triggers`` (every word with a trigger entry: a token that is none is no trigger)."""
    cached = _DERIVED.get((kind, id(book)))
    if cached is None or cached[0] is not book:
        words = (frozenset(book.verbs) | book.light_verbs | book.reporting_verbs if kind == "verbs"
                 else frozenset(book.verbs) | frozenset(book.nouns) | frozenset(book.adjectives))
        cached = _DERIVED[(kind, id(book))] = (book, words)
    return cached[1]
