"""Acts ruled out: a cooperative act or concession told as the subject of a predicate that rules it out
("removing the sanctions is out of the question", "a withdrawal from the border zone was unacceptable",
"lifting the embargo is not an option") is a REJECT of that act (manual 3.10, mode from the act:
``embedded_modes``) by whoever says so; the act's parties are the ones rejected. Any other act so ruled out
did not happen (``negated``: "a military strike on Iran is out of the question"). Codebook
``ruling_out_predicates``: the predicate's words without articles, "not" first when the copula is negated.

>>> predicate_key(["not", "an", "option"]), predicate_key(["out", "of", "the", "question"])
('not option', 'out of question')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.event_args import Roles
from newsgraph.extract.event_rules import reporting_speakers
from newsgraph.model import FACTUAL, Participant
from newsgraph.nlp.doctext import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_codebook import Codebook
    from newsgraph.extract.event_rules import Draft

_ARTICLES = frozenset({"a", "an", "the"})
_PREDICATES = frozenset({"acomp", "attr", "prep"})


def predicate_key(words: list[str]) -> str:
    """The words of a predicate as the codebook lists them: lower case, without articles."""
    return " ".join(w.lower() for w in words if w.lower() not in _ARTICLES)


def _rules_out(cop: Token, book: Codebook) -> bool:
    """Whether a copula's predicate rules its subject out ("is out of the question", "was unacceptable")."""
    negated = any(c.dep_ == "neg" for c in children_of(cop))
    listed = book.lex("ruling_out_predicates")
    for c in children_of(cop):
        if c.dep_ in _PREDICATES and c.i > cop.i:
            key = predicate_key([t.text for t in c.subtree])
            if (f"not {key}" if negated else key) in listed:
                return True
    return False


def ruled_out(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """Make each cooperative act or concession that a predicate rules out a REJECT (see the module)."""
    for d in drafts:
        tok = d.token
        cop = tok.head
        if tok.dep_ not in ("nsubj", "csubj") or cop.lemma_.lower() != "be" or cop.i == tok.i:
            continue
        if not _rules_out(cop, book):
            continue
        if book.type_class(d.type) not in ("cooperative", "concession"):
            if d.modality in FACTUAL:
                d.modality = "negated"  # "a military strike is out of the question": no strike
            continue
        roles = Roles(index)
        roles.add_tokens(reporting_speakers(cop, book), "actor")
        speakers = roles.result()
        said_by = {p.entity for p in speakers}
        d.act = d.act or d.type
        d.mode = book.embedded_mode("REJECT", d.type)
        d.type = "REJECT"
        d.modality = "asserted"
        rejected = [p for p in d.participants if p.entity not in said_by]
        d.participants = speakers + [Participant(p.entity, "recipient", p.start, p.end) for p in rejected]


__all__ = ["predicate_key", "ruled_out"]
