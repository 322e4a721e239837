"""A headline's verb the tagger read as a noun or adjective, and the parse around it, read again.

Headlines tell past acts in the present tense and drop articles ("Police raid offices in Cairo", "Israel
arrests Hamas commander in raid"); the statistical model, trained mostly on full sentences, often takes
such a verb for a plural or a noun modifier ("raid/NN offices/ROOT"), and then the clause has no verb, no
subject and no object. When the headline line has no verbal root and a word in verb position -- after a
noun (a plural, a name, or a capitalised first word) and before the start of a noun phrase -- is a verb of
the codebook in its base or "-s" form, the line is parsed once more with that word in the past tense
("raided"), which the model reads as a verb; when that parse makes it the root, its tags, heads and
dependencies replace the first ones, the word itself tagged as a present-tense verb (VBZ or VBP). Rare:
only a verbless headline holding such a word is parsed again, and only that line.

>>> verbs = frozenset({"arrest", "raid"})
>>> verb_base("arrests", verbs), verb_base("raid", verbs), verb_base("a", verbs)
('arrest', 'raid', None)
>>> past_form("Raid"), past_form("seize")
('Raided', 'seized')
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from newsgraph.nlp.doctext import doc_text, headline_span

#: The name of the component in the pipeline (right after the parser).
HEADLINE = "newsgraph_headline"
#: The key of ``doc.user_data`` holding the index of the verb read again.
HEADLINE_VERB = "newsgraph.headline_verb"
#: Tags of a noun before the verb (its subject's head).
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Tags of the first word of an object after the verb.
_OBJECT_START_TAGS = frozenset({"DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP"})
#: The codebook whose verbs were read last, and its verbs.
_VERBS: list[Any] = [None, frozenset()]
#: The components that tag and parse a Doc, in order.
_PARSING = ("tok2vec", "tagger", "parser")


def verb_base(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` a word is the base or "-s" form of (lowercased), else None."""
    low = word.lower()
    forms = [low]
    if low.endswith("es"):
        forms += [low[:-2], low[:-1]]
    elif low.endswith("s"):
        forms.append(low[:-1])
    return next((f for f in forms if f in verbs), None)


def past_form(base: str) -> str:
    """A regular past tense of a verb's base form, in the base's case (a probe for the parser only: an
    irregular verb's "-ed" form still reads as a past tense to the model)."""
    return base + ("d" if base.endswith("e") else "ed")


def _no_verb_root(line: Span) -> bool:
    return not any(t.dep_ == "ROOT" and t.tag_.startswith("VB") for t in line)


def _in_verb_position(line: Span, k: int) -> bool:
    """Whether the k-th token of a line follows a noun and precedes the start of a noun phrase."""
    if k == 0 or k + 1 >= len(line):
        return False
    prev, nxt = line[k - 1], line[k + 1]
    subject = prev.tag_ in ("NNS", "NNP", "NNPS") or (prev.tag_ in _SUBJECT_TAGS and prev.is_title)
    return subject and nxt.tag_ in _OBJECT_START_TAGS and not line[k].is_punct


def headline_verb(line: Span, verbs: frozenset[str]) -> tuple[Token, str] | None:
    """The first word of a verbless headline line in verb position that is a codebook verb, with its base.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Police", "raid", "rebel", "offices"], heads=[3, 3, 3, 3],
    ...           deps=["compound", "compound", "compound", "ROOT"], tags=["NNS", "NN", "NN", "NNS"])
    >>> headline_verb(doc[:], frozenset({"raid"}))
    (raid, 'raid')
    """
    if not _no_verb_root(line):
        return None
    for k, tok in enumerate(line):
        base = verb_base(tok.text, verbs)
        if base is not None and _in_verb_position(line, k):
            return tok, base
    return None


def _reparse(nlp: Language, line: Span, verb: Token, base: str) -> Doc | None:
    """The line parsed with the verb in the past tense, when the verb is then the line's only root."""
    past = past_form(base)
    form = past.capitalize() if verb.text[:1].isupper() else past
    words = [form if t.i == verb.i else t.text for t in line]
    probe = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in line])
    for name in _PARSING:
        probe = nlp.get_pipe(name)(probe)
    roots = [t for t in probe if t.dep_ == "ROOT"]
    k = verb.i - line.start
    return probe if len(roots) == 1 and roots[0].i == k and roots[0].tag_.startswith("VB") else None


def _adopt(doc: Doc, line: Span, probe: Doc, verb: Token) -> None:
    """Give the line's tokens the probe's tags, heads and dependencies (the verb as a present tense)."""
    rows = doc.to_array([TAG, HEAD, DEP]).astype("uint64")
    mine = probe.to_array([TAG, HEAD, DEP]).astype("uint64")
    rows[line.start:line.end] = mine
    present = "VBZ" if verb.lower_.endswith("s") else "VBP"
    rows[verb.i, 0] = doc.vocab.strings.add(present)
    doc.from_array([TAG, HEAD, DEP], cast(Ints2d, rows))


def repair_headline(nlp: Language, doc: Doc) -> Doc:
    """Parse a verbless headline again with its codebook verb in the past tense (see the module doc)."""
    from newsgraph.extract.event_codebook import codebook
    from newsgraph.extract.quote_windows import is_title

    start, end = headline_span(doc_text(doc))
    if end <= start:
        return doc
    line = doc.char_span(start, end, alignment_mode="contract")
    if line is None or len(line) < 3 or any(t.is_sent_start for t in line[1:]) or is_title(line.text):
        return doc
    book = codebook()
    if _VERBS[0] is not book:
        _VERBS[:] = [book, frozenset(book.verbs)]
    found = headline_verb(line, _VERBS[1])
    if found is None:
        return doc
    probe = _reparse(nlp, line, *found)
    if probe is not None:
        _adopt(doc, line, probe, found[0])
        doc.user_data[HEADLINE_VERB] = found[0].i
    return doc


def headline_verb_index(doc: Doc) -> int | None:
    """The index of the headline verb :func:`repair_headline` read again, if it did (the NER, which does not
    read our tags, may still take it into a name: "Gunman Kills NAME" -> "Kills NAME").

    >>> import spacy
    >>> headline_verb_index(spacy.blank("en")("Police raid offices"))
    """
    at = doc.user_data.get(HEADLINE_VERB)
    return at if isinstance(at, int) else None


class HeadlineRepair:
    """The pipeline component: :func:`repair_headline` with the pipeline's own tagger and parser."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return repair_headline(self.nlp, doc)


if HEADLINE not in Language.factories:
    Language.factory(HEADLINE)(lambda nlp, name: HeadlineRepair(nlp))
