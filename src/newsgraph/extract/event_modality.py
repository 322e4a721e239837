"""Modality: did the event happen, or is it asked about, conditional, speculated, planned or denied?

The rule (``docs/events-codebook.md``, "Modality") walks from the trigger up through the clauses that
govern it -- a noun to its clause, a complement (``xcomp``/``ccomp``/``advcl``) to its governor -- and
collects signals; relative clauses and appositions stop the walk (they presuppose, they do not assert).
The strongest signal wins, in this order:

``question`` > ``negated`` > ``conditional`` > ``speculative`` > ``future`` > ``reported`` > ``asserted``.

>>> PRECEDENCE.index("question") < PRECEDENCE.index("reported")
True
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_codebook import Codebook
from newsgraph.nlp.doctext import children_of, doc_text

PRECEDENCE: tuple[str, ...] = (
    "question",
    "negated",
    "conditional",
    "speculative",
    "future",
    "reported",
    "asserted",
)
#: Links a nominal trigger climbs to reach its clause.
_NOMINAL_LINKS = frozenset(
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
        "npadvmod",
        "pcomp",
        "acomp",
    }
)
#: Links through which a governing clause's modality reaches the governed one.
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "csubj", "parataxis"})
_WH = frozenset({"what", "whether", "if", "how", "when", "where", "why", "who", "which"})


def clause_head(tok: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself for a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "compound"):
            return cur
        if cur.dep_ not in _NOMINAL_LINKS or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _own_signals(head: Token, book: Codebook, through_conj: bool) -> set[str]:
    """Signals a clause head carries itself: its auxiliaries, negation, adverbs, marker."""
    found: set[str] = set()
    if through_conj:
        return found
    for c in children_of(head):
        low = c.lower_
        if _negates(c, book):
            found.add("negated")
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            found.add(_modal_signal(c, head, book))
        elif c.dep_ == "advmod" and low in book.lex("speculative_adverbs"):
            found.add("reported" if low in book.lex("reported_adverbs") else "speculative")
        elif c.dep_ == "mark" and low in book.lex("conditional_marks"):
            found.add("question" if _asked(head, book) else "conditional")
        elif c.dep_ == "aux" and low == "going" and head.tag_ == "VB":
            found.add("future")
    return found


def _modal_signal(modal: Token, head: Token, book: Codebook) -> str:
    """The signal of a modal auxiliary on a clause: a reported "would" tells a plan ("said it would
    strike"), but "would" with a perfect tells an act that did not happen, reported or not ("she would
    have met the envoys had they come"): a counterfactual, ``conditional``."""
    low = modal.lower_
    if low == "would" and _perfect_after(modal, head):
        return "conditional"
    reported = head.dep_ == "ccomp" and head.head.lemma_.lower() in book.reporting_verbs
    return "future" if low == "would" and reported else _modal(low, book)


def _perfect_after(modal: Token, head: Token) -> bool:
    """Whether a clause is in the perfect after its modal ("would have met", "would have been arrested"):
    a base "have" after the modal and a past participle as the head.

    >>> import spacy
    >>> doc = spacy.blank("en")("would have met")
    >>> doc[0].tag_, doc[1].tag_, doc[1].lemma_, doc[2].tag_ = "MD", "VB", "have", "VBN"
    >>> for t in doc[:2]:
    ...     t.head, t.dep_ = doc[2], "aux"
    >>> _perfect_after(doc[0], doc[2])
    True
    """
    if head.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" and c.i > modal.i
               for c in children_of(head))


def _negates(c: Token, book: Codebook) -> bool:
    """A child that negates its clause: not/never/no, or a subject that is nobody."""
    if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in book.lex("negations")):
        return True
    return c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, book)


def _no_one(subj: Token, book: Codebook) -> bool:
    """A subject that says nobody did or underwent the act: "no one was arrested", "nobody was killed",
    "no soldiers were hurt", "none of the hostages was freed"."""
    if subj.lower_ in book.lex("negative_subjects"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subj))


def _lemmas(tok: Token) -> set[str]:
    """A governing verb's lemma, and its present-tense form without the "-s" when the lemmatizer cut too
    much ("hopes" lemmatized "hop")."""
    low = tok.lower_
    found = {tok.lemma_.lower()}
    if tok.tag_ == "VBZ" and low.endswith("s"):
        found.add(low[:-1])
    return found


def _modal(low: str, book: Codebook) -> str:
    if low in book.lex("future_aux"):
        return "future"
    if low in book.lex("speculative_aux"):
        return "speculative"
    if low in book.lex("obligation_aux"):
        return "future"
    return "conditional"


def _asked(head: Token, book: Codebook) -> bool:
    """Whether an if/whether clause is the content of a question ("was asked if ... and if ...")."""
    return any(a.lemma_.lower() in book.lex("question_verbs") for a in head.ancestors)


def _governor_signals(clause: Token, gov: Token, book: Codebook) -> set[str]:
    """Signals a governing word gives the clause it governs ("expected to", "speculated that")."""
    lemmas = _lemmas(gov)
    lemma = gov.lemma_.lower()
    found: set[str] = set()
    if lemma in book.lex("question_verbs") and any(
        c.dep_ == "mark" or c.lower_ in _WH for c in children_of(clause)
    ):
        found.add("question")
    if lemma in book.lex("negating_verbs") and clause.dep_ in ("xcomp", "ccomp", "pcomp"):
        found.add("negated")
    if lemmas & book.lex("future_verbs") and clause.dep_ == "xcomp":
        found.add("future")
    if _arranged(clause, gov):
        found.add("future")
    if lemma in book.lex("unrealized_verbs") and _to_clause(clause, gov):
        found.add("future")
    if (lemmas & book.lex("speculative_verbs") or lemma in book.lex("speculative_adjectives")) and not (
            clause.dep_ == "xcomp" and _attempted(gov, clause, book)):
        found.add("speculative")
    if lemma in book.lex("uncertain_reporting") and clause.dep_ == "ccomp":
        found.add("reported")
    if gov.pos_ == "NOUN" and lemma in book.lex("irrealis_nouns"):
        found.add("question" if lemma == "question" else "speculative")
    return found


def _accused_through(clause: Token, prep: Token, book: Codebook) -> bool:
    """An act a verb of suspicion or claim governs through its preposition ("is suspected of bombing",
    "claimed of having shot"): alleged, `reported` (a fact told by a source, still counted)."""
    if prep.pos_ != "ADP" or prep.dep_ != "prep" or clause.dep_ != "pcomp":
        return False
    return prep.head.lemma_.lower() in book.lex("uncertain_reporting")


def _arranged(clause: Token, gov: Token) -> bool:
    """ "The minister is to visit Delmar", "the leaders are to meet": a present "be" whose only complement
    is a to-infinitive tells an arrangement, not an act done ("was to" is left alone: it also narrates)."""
    if gov.lemma_.lower() != "be" or gov.tag_ not in ("VBZ", "VBP") or clause.dep_ != "xcomp":
        return False
    if any(c.dep_ in ("attr", "acomp", "neg") for c in children_of(gov)):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))


def _to_clause(clause: Token, gov: Token) -> bool:
    """Whether a clause is a to-infinitive a verb governs ("told Russia to withdraw", "allowed Egypt to send
    troops"): a complement, or the adverbial clause the parser hangs right after the verb's object."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
        return False
    if clause.dep_ in ("xcomp", "ccomp"):
        return True
    objs = [c for c in children_of(gov) if c.dep_ == "dobj" and c.i < clause.i]
    return clause.dep_ == "advcl" and bool(objs) and clause.left_edge.i == objs[0].right_edge.i + 1


def presupposed(tok: Token, book: Codebook) -> bool:
    """A noun in a phrase like "after the meeting", "despite tensions over the expulsion": presupposed."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("pobj", "prep", "compound", "conj", "poss", "dobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lemma_.lower() in book.lex("presupposing_preps") and cur.pos_ == "ADP":
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def _prefix_signals(tok: Token, book: Codebook) -> set[str]:
    """Lemma sequences right before the trigger: "look forward to partnering", "is likely to meet", "is
    expected to be formally charged" (only the trigger's own auxiliaries and adverbs may follow them: in "a
    clerk who tried to block the door was charged", "try to" is not the charge's)."""
    start = max(tok.sent.start, tok.i - 7)
    words = [t for t in tok.doc[start : tok.i] if not t.is_punct or t.lower_ == "'"]
    lemmas = [t.lemma_.lower() for t in words]
    present = set(lemmas)
    found: set[str] = set()
    for name, signal in (("future_prefixes", "future"), ("speculative_prefixes", "speculative")):
        for parts in _split(book.lex(name)):
            if not present.issuperset(parts):
                continue  # a word of the prefix is not there: no match
            ends = [i + len(parts) for i in range(len(lemmas) - len(parts) + 1)
                    if lemmas[i : i + len(parts)] == parts]
            if any(all(_own_word(w, tok) for w in words[e:])
                   and not _attempted(words[e - len(parts)], tok, book) for e in ends):
                found.add(signal)
                break  # the other prefixes of the list can only give the same signal
    return found


def _attempted(try_word: Token, trigger: Token, book: Codebook) -> bool:
    """An attack someone tried or attempted in the past happened, as an attempt ("the pirates were trying
    to hijack", "had attempted to storm"): a foiled attack is an ASSAULT (docs/event-guidelines.md)."""
    if try_word.lemma_.lower() not in book.lex("attempt_verbs"):
        return False
    if not book.verb_can_be(trigger.lemma_.lower(), "ASSAULT"):
        return False
    return try_word.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in children_of(try_word))


#: Each prefix lexicon (a frozenset of lemma sequences) as lists of lemmas, split once.
_SPLIT: dict[frozenset[str], list[list[str]]] = {}


def _split(prefixes: frozenset[str]) -> list[list[str]]:
    if (parts := _SPLIT.get(prefixes)) is None:
        parts = _SPLIT[prefixes] = [p.split() for p in prefixes]
    return parts


def _own_word(word: Token, trigger: Token) -> bool:
    """An auxiliary, adverb or negation of the trigger itself."""
    return word.head.i == trigger.i and word.dep_ in ("aux", "auxpass", "advmod", "neg")


def _nominal_signals(tok: Token, book: Codebook) -> set[str]:
    """A noun trigger's determiners and the irrealis nouns governing it ("no talks", "plans for talks")."""
    found: set[str] = set()
    for c in children_of(tok):
        if c.dep_ == "det" and c.lower_ == "no":
            found.add("negated")
        elif c.dep_ == "amod" and c.lower_ in book.lex("reported_adjectives"):
            found.add("reported")  # "the alleged attack"
        elif c.dep_ == "amod" and c.lower_ in book.lex("speculative_adjectives"):
            found.add("speculative")  # "a possible raid", "the planned visit"
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep", "compound", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in book.lex("irrealis_nouns"):
            found.add("question" if cur.lemma_.lower() == "question" else "speculative")
            break
        if cur.pos_ == "ADJ" and cur.lemma_.lower() in book.lex("speculative_adjectives"):
            found.add("speculative")
    return found


def _label(tok: Token) -> bool:
    """A noun phrase a colon closes, as headlines label a story ("Brooklyn riot over teen's death: boy did
    not have a gun, says witness"): the clause after the colon, on which the parser hangs it, says nothing
    of it."""
    colon = next((c for c in children_of(tok) if c.dep_ == "punct" and c.text == ":"), None)
    return colon is not None and clause_head(tok).i > colon.i


_TIME_MARKS = frozenset({"when", "after", "before", "as", "while", "once"})


def _past_time_clause(head: Token) -> bool:
    """A past clause of time ("it was probably chance when the church was burned") tells an act that
    happened: the hedge or modal of the clause it dates does not reach it."""
    past = head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in children_of(head))
    return head.dep_ == "advcl" and past and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in children_of(head))


def _finite_beside_infinitive(head: Token) -> bool:
    """A past-tense verb the parser joined to an infinitive is a clause of its own, since no past form stands
    in a to-clause: "ordered the ambassador to leave and recalled its own" (the recall happened).

    >>> import spacy
    >>> doc = spacy.blank("en")("to leave and recalled")
    >>> doc[1].tag_, doc[3].tag_ = "VB", "VBD"
    >>> doc[3].head, doc[3].dep_ = doc[1], "conj"
    >>> _finite_beside_infinitive(doc[3])
    True
    """
    return head.dep_ == "conj" and head.tag_ == "VBD" and head.head.tag_ == "VB"


def modality_of(tok: Token, book: Codebook) -> str:
    """The modality of the event a trigger names (see the module docstring)."""
    if tok.pos_ == "NOUN" and presupposed(tok, book):
        return "asserted"
    signals = _nominal_signals(tok, book) if tok.pos_ == "NOUN" else set()
    if tok.pos_ == "NOUN" and _label(tok):
        return next(m for m in PRECEDENCE if m in signals or m == "asserted")
    signals |= _prefix_signals(tok, book)
    head = clause_head(tok)
    through_conj = False
    for _ in range(8):
        signals |= _own_signals(head, book, through_conj)
        if head.dep_ not in _CLAUSE_LINKS or head.head.i == head.i or _past_time_clause(head) \
                or _finite_beside_infinitive(head):
            break
        gov = head.head
        signals |= _governor_signals(head, gov, book)
        if _accused_through(head, gov, book):
            signals.add("reported")
        through_conj = head.dep_ == "conj"
        head = clause_head(gov)
    sent = tok.sent
    if head.dep_ in ("relcl", "acl") or _past_time_clause(head):
        return next(m for m in PRECEDENCE if m in signals or m == "asserted")  # "who attacked ...?": told
    if doc_text(tok.doc)[sent.start_char:sent.end_char].rstrip().rstrip("\"”'’").endswith("?"):
        signals.add("question")
    return next(m for m in PRECEDENCE if m in signals or m == "asserted")
