"""Names the statistical NER splits or leaves out, joined or added from the words around them (data in
``name_rules.yaml``; see ``docs/entities.md``):

- a person's name followed, one space apart, by a one-word name the NER labelled on its own ("Yoon Suk" +
  "Yeol"), or joined to it by a lowercase name particle ("Carlos Ortega y Gasset"), is one person: English
  sets two names side by side only with a comma, a conjunction or a verb between them;
- a run of capitalised proper nouns ending in an organisation word ("the Green Dawn Movement", "the Red
  Hand Brigade") that holds only whole names is one organisation;
- two or three capitalised proper nouns the NER left out, before a possessive and a noun only a person is
  said to have ("NAME's lawyer", "NAME's widow"), are a person;
- one to three capitalised proper nouns the NER left out, described by an apposition headed by a person's
  role noun ("Rossi, the club's owner,"), are a person;
- a place of the gazetteer the NER left out before a lowercase settlement noun ("the Donetsk region") is a
  place.

A headline is left alone: headlines set names side by side ("Biden Zelensky Talks") and capitalise words.

>>> import spacy
>>> doc = spacy.blank("en")("Yoon Suk Yeol met the Green Dawn Movement .")
>>> for t in doc:
...     t.tag_, t.pos_ = ("NNP", "PROPN") if t.is_title else ("VB", "VERB")
>>> spans = [Span(doc, 0, 2, "PERSON"), Span(doc, 2, 3, "ORG"), Span(doc, 5, 6, "ORG"),
...          Span(doc, 6, 7, "ORG")]
>>> [(s.text, s.label_) for s in join_names(doc, spans)]
[('Yoon Suk Yeol', 'PERSON'), ('Green Dawn Movement', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.countries import country_code, demonym_country, major_place, place_country
from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.extract.titles import word
from newsgraph.nlp.doctext import doc_text, doc_tokens, headline_span

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_POSSESSIVE = frozenset({"'s", "’s"})
#: A city this large is a place: not the last part of a person's name, nor (extract/repair.py) a one-word
#: person or facility the tagger typed.
PLACE_POPULATION = 100_000


def name_word(text: str) -> bool:
    """Whether a word can be part of a name: capitalised letters, hyphens and apostrophes only.

    >>> name_word("al-Harbi"), name_word("Al-Harbi"), name_word("M23")
    (False, True, False)
    """
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def _not_name_part(text: str, lex: Lexicon) -> bool:
    """Whether a word is a place, nationality, actor or a word of titles and organisations (no part of a
    person's name).

    Not :func:`newsgraph.resolve.identity_types.person_like`, which reads the same gazetteers, actor
    dictionary and ``name_rules.yaml`` lists for another question: it asks whether a whole name the tagger
    typed ORG, NORP or GPE may be a person's, this whether a word of running text can continue (or make) a
    person's name. So they differ on purpose: here any actor of the dictionary, a person too, names that
    actor on its own and continues no other name, where a person actor makes a whole name person-like; a
    title word ends no name here ("NAME President"), where a name the tagger mistyped may hold one
    ("President NAME" is a person); a lone capitalised word is a place from a town of ``PLACE_POPULATION``
    people, where a whole name is no person's only as a capital or a larger city (``major_place``'s
    default). Only ``person_like`` reads ``org_descriptor_suffixes`` ("Motors", "International": the
    suffixes of a company's whole name); the word lists both read are kept once, in ``name_rules.yaml``."""
    from newsgraph.resolve.actors import actor_dictionary

    low = text.lower()
    rules = lex.name_rules
    return bool(country_code(text) or demonym_country(text) or major_place(text, PLACE_POPULATION)
                or actor_dictionary().lookup(text) is not None or low in lex.title_words
                or low in lex.org_keywords or any(low in rules.get(k, frozenset()) for k in (
                    "org_last_words", "facility_last_words", "event_last_words", "not_person_words")))


def _in(head: tuple[int, int], span: Span) -> bool:
    """Whether a span starts in the headline (its character span ``head``)."""
    return head[0] <= span.start_char < head[1]


def _person_tail(person: Span, nxt: Span, lex: Lexicon, head: tuple[int, int]) -> bool:
    """Whether ``nxt`` ends the name of ``person``: one word right after it (or after one name particle),
    one space apart, a capitalised word that is no place, actor or word of titles and organisations."""
    doc = person.doc
    gap = doc[person.end:nxt.start]
    if person.label_ != "PERSON" or len(nxt) != 1 or nxt.label_ not in _LABELS or len(gap) > 1:
        return False
    if gap and (word(gap[0]) not in lex.name_rules.get("name_particles", ()) or not gap[0].text.islower()):
        return False
    spaced = all(t.whitespace_ == " " for t in doc[person.end - 1:nxt.start])
    return (spaced and name_word(nxt.text) and not _not_name_part(nxt.text, lex)
            and not _in(head, nxt))


def _join_people(spans: list[Span], lex: Lexicon, head: tuple[int, int]) -> list[Span]:
    """Join each person's name with the one-word name :func:`_person_tail` finds after it."""
    out: list[Span] = []
    for s in spans:
        if out and _person_tail(out[-1], s, lex, head):
            out[-1] = Span(s.doc, out[-1].start, s.end, label="PERSON")
        else:
            out.append(s)
    return out


def _org_runs(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of two or more capitalised proper nouns (no "The") ending in a word of ``org_last_words``."""
    last_words = lex.name_rules.get("org_last_words", frozenset())
    toks = doc_tokens(doc)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].tag_ in ("NNP", "NNPS") and name_word(toks[j].text) and (
                j > i or word(toks[j]) != "the"):
            j += 1
        if j - i > 1 and word(toks[j - 1]) in last_words:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _join_organisations(doc: Doc, spans: list[Span], lex: Lexicon, head: tuple[int, int]) -> list[Span]:
    """One organisation for each run of :func:`_org_runs` that holds only whole names, outside a headline."""
    for i, j in _org_runs(doc, lex):
        inside = [s for s in spans if i <= s.start and s.end <= j]
        crossing = [s for s in spans if s.start < j and i < s.end and s not in inside]
        run = Span(doc, i, j, label="ORG")
        if crossing or _in(head, run) or (len(inside) == 1 and inside[0].start == i and (
                inside[0].end == j)):
            continue
        spans = sorted([s for s in spans if s not in inside] + [run], key=lambda s: s.start)
    return spans


def _possessed_people(doc: Doc, spans: list[Span], lex: Lexicon, head: tuple[int, int]) -> list[Span]:
    """Add the people :func:`_possessor` finds."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = [p for t in doc_tokens(doc) if t.text in _POSSESSIVE
             and (p := _possessor(doc, t.i, taken, lex, head)) is not None]
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _possessor(doc: Doc, at: int, taken: set[int], lex: Lexicon, head: tuple[int, int]) -> Span | None:
    """Two or three untagged capitalised proper nouns before the possessive at ``at``, followed by a noun of
    ``person_possessed_nouns`` (an adjective may come between), as a PERSON span; None otherwise."""
    nouns = lex.name_rules.get("person_possessed_nouns", frozenset()) | lex.name_rules.get("kin_nouns", set())
    k = at + 1 + (1 if at + 2 < len(doc) and doc[at + 1].pos_ == "ADJ" else 0)
    if k >= len(doc) or doc[k].lower_ not in nouns:
        return None
    span = _name_before(doc, at, taken, lex)
    return span if span is not None and len(span) > 1 and not _in(head, span) else None


def _name_before(doc: Doc, end: int, taken: set[int], lex: Lexicon) -> Span | None:
    """The one to three untagged capitalised proper nouns right before ``end`` (not preceded by another
    proper noun), none of them nor all a place, actor or word of titles and organisations, as a PERSON
    span; None otherwise."""
    start = end
    while start > 0 and end - start < 3 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and (
            name_word(doc[start - 1].text)):
        start -= 1
    span = Span(doc, start, end, label="PERSON")
    if start == end or (start > 0 and doc[start - 1].pos_ == "PROPN"):
        return None
    if _not_name_part(span.text, lex) or any(_not_name_part(t.text, lex) for t in span):
        return None
    return span


def _person_appositive(token: Token, lex: Lexicon) -> bool:
    """Whether a token heads an apposition, after a comma, that describes a person: a role noun of
    ``roles.yaml`` ("NAME, the club's owner,")."""
    if token.dep_ != "appos" or token.pos_ != "NOUN":  # most tokens: no head or lemma read
        return False
    role = lex.roles.get(token.lemma_.lower())
    if role is None or role.type != "PERSON":
        return False
    end = token.head.i + 1
    return end < len(token.doc) and token.i > end and token.doc[end].text == ","


def described_as_person(span: Span, lex: Lexicon) -> bool:
    """Whether a name is described by an apposition naming a person's role ("Okafor, a former minister,").

    >>> import spacy
    >>> doc = spacy.blank("en")("Okafor , a minister , left .")
    >>> doc[3].dep_, doc[3].pos_, doc[3].lemma_ = "appos", "NOUN", "minister"
    >>> doc[3].head = doc[0]
    >>> described_as_person(doc[0:1], lexicon())
    True
    """
    return any(_person_appositive(c, lex) for c in span[-1].children)


def _described_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Add the people the NER left out that an apposition describes: one to three untagged capitalised proper
    nouns, none a place, actor or word of titles and organisations, followed by a comma and a noun phrase
    whose head is a person's role noun of ``roles.yaml`` in apposition ("Rossi, the club's owner, denied";
    "NAME, a former minister,")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for t in doc_tokens(doc):
        if not _person_appositive(t, lex) or t.head.i in taken:
            continue
        end = t.head.i + 1
        span = _name_before(doc, end, taken, lex)
        if span is not None:
            added.append(span)
            taken.update(range(span.start, end))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _places_before_settlement_nouns(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Add the places the NER left out before a lowercase settlement noun: one or two untagged capitalised
    proper nouns that name a place of the gazetteer ("the Donetsk region", "Kandahar province")."""
    nouns = lex.name_rules.get("settlement_nouns", frozenset())
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for t in doc_tokens(doc):
        if not (t.text.islower() and t.lower_ in nouns) or t.i - 1 in taken:
            continue
        for n in (2, 1):
            span = doc[max(0, t.i - n):t.i]
            if len(span) == n and all(x.pos_ == "PROPN" and name_word(x.text) and x.i not in taken
                                      for x in span) and place_country(span.text) and not country_code(
                    span.text):
                added.append(Span(doc, span.start, span.end, label="GPE"))
                break
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def join_names(doc: Doc, spans: list[Span], lex: Lexicon | None = None) -> list[Span]:
    """The entity spans with split names joined and people before a possessive added (see the module doc).

    >>> import spacy
    >>> doc = spacy.blank("en")("Ana Reyes y Soto spoke .")
    >>> [s.text for s in join_names(doc, [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 4, "ORG")])]
    ['Ana Reyes y Soto']
    """
    lex = lex or lexicon()
    head = headline_span(doc_text(doc))
    spans = _join_organisations(doc, _join_people(spans, lex, head), lex, head)
    spans = _possessed_people(doc, spans, lex, head)
    return _places_before_settlement_nouns(doc, _described_people(doc, spans, lex), lex)
