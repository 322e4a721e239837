"""Victims an article names only as dead.

Crime and security reports often tell a killing by description ("An explosion killed a police officer and a
technician"; "The teenager was shot and killed by police") and name the dead in another sentence ("NAME and
NAME died at the scene"; "the death of NAME"; "the bodies of NAME and NAME were found"). When an article has
one fatal assault whose recipients name no one, the named people it reports dead are that assault's victims
(``docs/events-codebook.md``, rule 10).

Reports also name the victims by describing them as such ("The third victim, NAME, was taken to hospital";
"the families of the victims, NAME and NAME"; "Police identified the victims as NAME and NAME"; "the dead
were named as NAME and NAME"; "NAME was among the dead"): when the article tells of one assault, the people
so named are its recipients (unless they are its doers).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.extract.event_args import ArticleIndex, dedupe_mentions
from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_identify import named_person
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.event_syntax import conjuncts, prep_objects, relative_antecedent
from newsgraph.model import FACTUAL, Article, Mention, Participant
from newsgraph.nlp.doctext import children_of, doc_tokens


def _named_person(tok: Token, index: ArticleIndex) -> Mention | None:
    m = index.name_at.get(tok.i)
    if m is None or m.type != "PERSON" or not m.entity:
        return None
    ent = index.article.entity(m.entity)
    return m if ent is not None and not ent.members else None


def reported_dead(index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The named people the article reports dead, in text order: subjects of a death verb ("NAME died") and
    the "of" objects of a death noun ("the death of NAME", "the bodies of NAME and NAME")."""
    verbs, nouns = book.lex("death_verbs"), book.lex("death_nouns")
    heads: list[Token] = []
    for tok in index.doc:
        lemma = tok.lemma_.lower()
        if lemma in verbs and tok.pos_ in ("VERB", "AUX"):
            heads += [t for c in children_of(tok) if c.dep_ == "nsubj"
                      for t in conjuncts(relative_antecedent(c))]
        elif lemma in nouns and tok.pos_ == "NOUN":
            heads += [o for _, o in prep_objects(tok, "of")]
    found = sorted((m for t in heads if (m := _named_person(t, index)) is not None), key=lambda m: m.start)
    return dedupe_mentions(found)


#: Words between a victim noun and the names it describes ("the victims, NAME"; "the victim - NAME";
#: "the victims have been identified as NAME", "the dead were named as NAME").
_TO_NAMES = frozenset({",", "-", "\u2013", "\u2014", ":", "identified", "named", "as", "have", "has", "had",
                       "been", "was", "were", "is", "are"})
#: Tags that end the names of a description: a finite verb ("..., NAME, was rushed to hospital").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: How far after a victim noun its names are read, in tokens.
_NAMES_WINDOW = 40


def _abbreviation(tok: Token) -> bool:
    """A full stop that closes an abbreviated title ("Capt.", "Sgt."), not the sentence."""
    prev = tok.nbor(-1) if tok.i > 0 else None
    return prev is not None and prev.is_title and len(prev) <= 4 and prev.is_alpha


def _names_after(cue: Token, index: ArticleIndex) -> list[Mention]:
    """The named people listed right after a victim noun ("the victims-NAME, 36, and NAME, 47"), up to a
    finite verb or the end of the sentence; none when something else follows the noun."""
    doc, i = index.doc, cue.i + 1
    while i < len(doc) and doc[i].lower_ in _TO_NAMES:
        i += 1
    if i == cue.i + 1 or i >= len(doc):
        return []
    found: list[Mention] = []
    for tok in doc[i:min(len(doc), i + _NAMES_WINDOW)]:
        if tok.tag_ in _FINITE or "\n" in tok.text or (tok.text == "." and not _abbreviation(tok)):
            break
        if (m := _named_person(tok, index)) is not None:
            found.append(m)
        elif not found and tok.pos_ not in ("NUM", "ADJ", "PUNCT", "PROPN", "NOUN", "DET"):
            return []
    return dedupe_mentions(found)


def _victim_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a token is a noun describing victims: a victim noun, or an adjective of them used as a noun
    after "the" ("the dead were named as ...", "among the dead")."""
    if tok.lemma_.lower() not in nouns:
        return False
    return tok.pos_ == "NOUN" or (tok.dep_ in ("nsubj", "nsubjpass", "pobj")
                                  and any(c.lower_ == "the" for c in children_of(tok)))


def _among(tok: Token, index: ArticleIndex) -> list[Mention]:
    """The named subjects of "be among" a victim noun ("NAME, 19, was among the dead")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    subjects = [t for c in children_of(prep.head) if c.dep_ == "nsubj" for t in conjuncts(c)]
    return [m for t in subjects if (m := _named_person(t, index)) is not None]


def described_victims(index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The named people the article describes as victims (see the module docstring), in text order.

    >>> from newsgraph.nlp import build_pipeline
    >>> from newsgraph.extract.event_codebook import load_codebook
    >>> doc = build_pipeline()("A man opened fire. The dead were named as Ann Roe.")  # doctest: +SKIP
    >>> index = ArticleIndex.build(doc, doc._.ng)  # doctest: +SKIP
    >>> [m.text for m in described_victims(index, load_codebook())]  # doctest: +SKIP
    ['Ann Roe']
    """
    nouns = book.lex("victim_nouns")
    found = [m for tok in doc_tokens(index.doc) if _victim_noun(tok, nouns)
             for m in [*_names_after(tok, index), *_among(tok, index)]]
    return dedupe_mentions(sorted(found, key=lambda m: m.start))


def _fatal(d: Draft, book: Codebook) -> bool:
    """A factual assault that killed ("killed", "murdered", a count of dead)."""
    if d.type != "ASSAULT" or d.modality not in FACTUAL:
        return False
    cues = next((c.cues for c in book.counts if c.name == "killed"), frozenset())
    return bool(d.counts.get("killed")) or any(t.lemma_.lower() in cues for t in d.triggers)


def _names_victim(d: Draft, article: Article) -> bool:
    """Whether an assault names a victim by name in its own words ("his mother" only describes one, even when
    coreference knows her name: the dead the article names may still be its victims)."""
    names = {(m.start, m.end) for m in article.mentions if m.kind == "NAM"}
    return any(p.role == "recipient" and named_person(p.entity, article)
               and (p.start is None or (p.start, p.end) in names) for p in d.participants)


def victims_by_death(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """Give the article's one fatal assault that names no victim the named people it reports dead."""
    fatal = [d for d in drafts if _fatal(d, book)]
    if len(fatal) != 1 or _names_victim(fatal[0], index.article):
        return
    _add_recipients(fatal[0], reported_dead(index, book))


def victims_described(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """Give the article's main factual assault (the one told by more words than any other) the named people
    the article describes as victims, unless they are its doers."""
    assaults = sorted((d for d in drafts if d.type == "ASSAULT" and d.modality in FACTUAL),
                      key=lambda d: -len(d.triggers))
    if not assaults or (len(assaults) > 1 and len(assaults[1].triggers) >= len(assaults[0].triggers)):
        return
    _add_recipients(assaults[0], described_victims(index, book))


def _add_recipients(d: Draft, mentions: Iterable[Mention]) -> None:
    """Add the entities of mentions as recipients of an event, each once, unless it already takes part."""
    have = {p.entity for p in d.participants}
    for m in mentions:
        eid = m.entity or ""
        if eid not in have:
            d.participants.append(Participant(entity=eid, role="recipient", start=m.start, end=m.end))
            have.add(eid)


__all__ = ["described_victims", "reported_dead", "victims_by_death", "victims_described"]
