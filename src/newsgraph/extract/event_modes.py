"""The mode of an event once it is typed: the cues of the trigger's clause fill it in or sharpen it.

The codebook lists each type's modes with their cue words (``modes``), most specific first. A rule's own mode
that names the act itself stays (``own_modes``: "kidnapped" is an abduction, whatever weapon the clause
names); otherwise a two-word cue wins ("water cannon", "rubber bullets": crowd-control), then a more specific
mode's cue ("suicide bombing"). Decisions: ``docs/events-codebook.md`` (``own_modes``, crowd-control).

>>> from newsgraph.extract.event_codebook import codebook
>>> "abduct" in codebook().lex("own_modes")
True
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_modality import clause_head
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.event_syntax import cue_words
from newsgraph.nlp.doctext import children_of


def refine_mode(d: Draft, book: Codebook) -> None:
    """Fill in or sharpen the mode from the cues in the trigger's clause, unless the rule names the act itself
    (``own_modes``: "kidnapped", "raided"): a cue of two words wins ("water cannon": crowd-control); else a
    type's modes are listed most specific first, and a more specific mode's cue wins ("suicide bombing").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from newsgraph.extract.event_codebook import TriggerRule, codebook
    >>> from newsgraph.extract.event_triggers import Candidate
    >>> doc = Doc(Vocab(), words=["Police", "used", "water", "cannon"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], pos=["NOUN", "VERB", "NOUN", "NOUN"],
    ...           lemmas=["police", "use", "water", "cannon"])
    >>> d = Draft(Candidate(doc[1], TriggerRule("use", "verb", "ASSAULT"), 7, 11), "ASSAULT", None, [],
    ...           "asserted", 0.5)
    >>> refine_mode(d, codebook()); d.mode
    'crowd-control'
    """
    cues = book.modes.get(d.type, ())
    if not cues or d.mode in book.lex("own_modes"):
        return
    order = [c.mode for c in cues]
    # an act noun whose rule gives a mode is no cue for another ("a suspicious fire": primitive, not
    # firearms), nor a verb whose rule reads its mode in its object ("fired teargas", "fired into the air")
    own = d.rule.mode is not None and (d.cand.nominal or bool(d.rule.objects or d.rule.prep_objects))
    clause = clause_tokens(d.token)
    words = cue_words(clause)
    if own:  # the trigger alone is no cue; with its object it may be ("set fire": primitive)
        words -= {d.token.lemma_.lower(), d.token.lower_} - cue_words([t for t in clause if t.i != d.token.i])
    phrase = next((c.mode for c in cues if any(" " in w for w in c.cues & words)), None)
    if phrase is not None:
        d.mode = phrase
        return
    for cue in cues:
        if d.mode is not None and (d.mode not in order or order.index(cue.mode) >= order.index(d.mode)):
            return
        if cue.cues & words:
            d.mode = cue.mode
            return


def clause_tokens(tok: Token) -> list[Token]:
    """The tokens of a trigger's clause (its head's subtree without coordinated clauses).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Police", "fired", "teargas", "and", "protesters", "fled"],
    ...           heads=[1, 1, 1, 1, 5, 1], deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj"],
    ...           pos=["NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "VERB"])
    >>> [t.text for t in clause_tokens(doc[2])]
    ['Police', 'fired', 'teargas', 'and']
    """
    head = clause_head(tok)
    skip: set[int] = set()
    for c in children_of(head):
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in c.subtree)
    return [t for t in head.subtree if t.i not in skip]


__all__ = ["clause_tokens", "refine_mode"]
