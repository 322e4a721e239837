"""Repairs of the statistical NER's names, right after it runs (data in ``name_rules.yaml``, ``titles.yaml``).

In order: TITLE spans preset by :mod:`newsgraph.nlp.rules` leave ``doc.ents`` (titles are roles, not names);
names are trimmed (a leading "the"; for persons ranks, honorifics and titles; a trailing possessive,
punctuation or line break: "Gen Munir's" -> "Munir"); spans that are only title words ("Army"), time zones
and units ("UTC", "4GB") are dropped; labels are corrected by the name's last word ("Douglas Aircraft" is an
organisation, "Changi International Airport" a facility, "Worldwide Developers Conference" an event), "the"
before a person's name makes it a group ("the Beatles"), an organisation named like a country or large city
is that place; a bare surname read as a place is the person ("West stated" after "Tom West"), and so is a
name apposed to a description of a person ("a 15-year-old boy, Alexandros Grigoropoulos,") or after a
person's age ("15-year-old Alexandros Grigoropoulos"), or followed by one or by a description of a person
("Paul Roe, 47,", "Paul Roe, another partner"), or where only a person fits ("teenager Paul Roe", "the
killing of Paul Roe", "Paul Roe died"), or starting with a given name and coordinated with a person
("Paul Roe and Alan Lee"); a place and a word describing a person ("Brooklyn Teen" in a title-case
headline, also after a noun and "of": "Footage Of Brooklyn Mother") is the place; a person's name in a
title-case headline holding a name the article gives elsewhere is that name ("Andrew Lopez Confesses"); a
name after a settlement noun and "of" is a place ("the town of Cizre", with the capitalised proper nouns
after it the NER left out), and so is a proper noun before a lowercase settlement noun ("NAME province"), a
city of the gazetteer the NER read as a nationality after a preposition of place ("robberies in Cannes"),
and a territory of the gazetteer ending in an organisation word ("the West Bank"); a name holding the
headline verb :mod:`newsgraph.nlp.headline` read again is dropped ("Gunman Kills NAME"); a one-word person
with no support that is a city of 100,000+ people, or a facility that is one, is the place ("Odesa"); names
the NER split or left out are joined or added (:mod:`newsgraph.extract.name_joins`: "Yoon Suk | Yeol");
then every other occurrence of a name found once in the article, and of a person's surname, gets the same
label ("Jobs" after "Steve Jobs"); last, a run of proper nouns the NER left untagged that is exactly a
country's name or a name of the actor dictionary becomes that name ("Mali called on France"). A name of the
actor dictionary is kept even when it is a title word ("the Taliban").

>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("Douglas Aircraft hired Steve Jobs . Jobs left .")
>>> doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "PERSON")]
>>> [(e.text, e.label_) for e in repair_entities(doc)]
[('Douglas Aircraft', 'ORG'), ('Steve Jobs', 'PERSON'), ('Jobs', 'PERSON')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from newsgraph.extract.ages import AGE_AFTER
from newsgraph.extract.countries import country_code, demonym_country, major_place, place_country
from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.extract.name_joins import PLACE_POPULATION, described_as_person, join_names, name_word
from newsgraph.extract.titles import honorific_gender, match_rank, word
from newsgraph.nlp.doctext import children_of, doc_text, doc_tokens, headline_span, proper_nouns, span_text
from newsgraph.nlp.headline import headline_verb_index
from newsgraph.nlp.rules import TITLE_LABEL

ENTITY_LABELS: dict[str, str] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
                                 "FAC": "FAC"}
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_UNIT = re.compile(r"^\d+(?:\.\d+)?\s?[A-Za-z]{1,3}$")
#: Marks after which a word opens a sentence or a quotation as it would a sentence.
_OPENERS = frozenset({'"', "“", "'", "‘", "(", "\n", "\n\n", "-", "—", ":"})


def _trim_name(span: Span, lex: Lexicon) -> Span | None:
    """Drop a leading "the", ranks, honorifics and titles (persons), trailing possessives and punctuation; a
    name of another label opening with an abbreviated rank ("Capt. NAME") is a person's."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    label = span.label_
    if label != "PERSON" and start < end - 1 and doc[start].text.endswith(".") and (
            rank := match_rank(doc, start, lex, limit=end - 1)) is not None:
        start, label = rank[0], "PERSON"  # "Capt. NAME" the model took for a place: a ranked person
    changed = True
    while changed and start < end - 1:
        changed = False
        if word(doc[start]) == "the":
            start, changed = start + 1, True
        elif label == "PERSON":
            rank = match_rank(doc, start, lex, limit=end - 1)
            head = lex.heads.get(word(doc[start]))
            if rank is not None:
                start, changed = rank[0], True
            elif honorific_gender(doc[start], lex)[0] or (head is not None and head.bare):
                start, changed = start + 1, True
    return Span(doc, start, end, label=label) if end > start else None


def _not_a_name(span: Span, lex: Lexicon) -> bool:
    """Whether a span is no name: only title words ("Army"; not a name of the actor dictionary: "Taliban"),
    a word of ``not_entities``, a unit ("4GB")."""
    if span.label_ in ("ORG", "PERSON") and all(word(t) in lex.title_words for t in span):
        from newsgraph.resolve.actors import actor_dictionary

        return actor_dictionary().lookup(span.text) is None
    return (span.text in lex.name_rules.get("not_entities", ()) or bool(_UNIT.match(span.text))
            or _opening_common_noun(span))


def _opening_common_noun(span: Span) -> bool:
    """Whether a one-word name is a collective noun capitalised only because it opens the sentence ("Farmers
    protested in Paris"): a common noun of ``roles.yaml`` ``collectives`` that the article never writes
    capitalised inside a sentence. Such a word names no group (``Farmers`` in one story and in another are
    not one party); it stays a nominal mention, an unnamed collective.

    >>> import spacy
    >>> doc = spacy.blank("en")("Farmers protested in Paris .")
    >>> _opening_common_noun(Span(doc, 0, 1, "ORG")), _opening_common_noun(Span(doc, 3, 4, "GPE"))
    (True, False)
    """
    if len(span) != 1 or span.label_ not in ("ORG", "NORP", "PERSON") or not span[0].is_title:
        return False
    from newsgraph.extract.collectives import collective_word

    tok = span[0]
    opening = tok.i == 0 or bool(tok.is_sent_start) or tok.doc[tok.i - 1].text in _OPENERS
    if not opening or not collective_word(tok.text):
        return False
    return not any(t.text == tok.text and not (t.i == 0 or t.is_sent_start or t.doc[t.i - 1].text in _OPENERS)
                   for t in tok.doc)


def _relabel(span: Span, lex: Lexicon) -> Span:
    """The label a name's own words call for (see the module doc); the span itself when nothing applies."""
    last = word(span[-1]).rstrip(".")
    rules = lex.name_rules
    label = span.label_
    doc = span.doc
    prev = word(doc[span.start - 1]) if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    many = len(span) > 1
    if many and last in rules.get("event_last_words", ()):
        label = "EVENT"
    elif many and last in rules.get("facility_last_words", ()) and label in ("ORG", "PERSON", "GPE"):
        label = "FAC"
    elif label == "FAC" and major_place(span.text, PLACE_POPULATION):
        label = "GPE"  # "Khan Younis": a city, not a building
    elif label in ("FAC", "LOC", "PERSON") and prev in rules.get("vessel_nouns", ()):
        label = "ORG"  # "the tanker Ocean Queen": a vessel
    elif _organisation_words(span, rules, label) or (
            label == "PERSON" and prev == "the" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))):
        label = "ORG"
    elif (label == "ORG" and (country_code(span.text) or major_place(span.text))) or (
            label in ("ORG", "PERSON") and prev == "of" and _settlement_of(span, rules)) or (
            _place_as_norp(span, rules)):
        label = "GPE"
    return span if label == span.label_ else Span(doc, span.start, span.end, label=label)


def _place_as_norp(span: Span, rules: dict[str, frozenset[str]]) -> bool:
    """A "nationality" that is a place of the gazetteer and no demonym, the object of a preposition of place
    ("robberies in Cannes", "the resort of Cannes"; not "Sunni areas", "in French")."""
    if span.label_ != "NORP" or demonym_country(span.text) or not place_country(span.text):
        return False
    doc = span.doc
    prev = word(doc[span.start - 1]) if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False
    return prev in rules.get("place_prepositions", ()) or (prev == "of" and _settlement_of(span, rules))


def _settlement_name(span: Span, rules: dict[str, frozenset[str]]) -> Span | None:
    """A name the NER read as a nationality, organisation or person that a settlement noun makes a place, as a
    GPE: after "the village of" with the capitalised proper nouns after it the NER left out ("the village of
    Kurmin Dawa", tagged "Kurmin" alone), or before a lowercase settlement noun ("Helmand province", "Lyari
    district"; not a nationality, nor an adjective: "Kurdish region"); None otherwise.

    >>> import spacy
    >>> doc = spacy.blank("en")("in the village of Kurmin Dawa and Helmand province")
    >>> for t, tag in zip(doc, ["IN", "DT", "NN", "IN", "NNP", "NNP", "CC", "NNP", "NN"]):
    ...     t.tag_ = tag
    >>> rules = lexicon().name_rules
    >>> _settlement_name(Span(doc, 4, 5, "NORP"), rules), _settlement_name(Span(doc, 7, 8, "NORP"), rules)
    (Kurmin Dawa, Helmand)
    """
    if span.label_ not in ("NORP", "ORG", "PERSON"):
        return None
    doc, nouns = span.doc, rules.get("settlement_nouns", frozenset())
    after_of = _settlement_of(span, rules) and word(doc[span.start - 1]) == "of"
    nxt = doc[span.end] if span.end < len(doc) else None
    before_noun = (nxt is not None and nxt.text.islower() and nxt.lower_ in nouns
                   and not demonym_country(span.text) and all(t.tag_ in ("NNP", "NNPS") for t in span))
    if not (after_of or before_noun):
        return None
    end = span.end
    while after_of and end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and (
            not doc[end].ent_type_):
        end += 1
    return Span(doc, span.start, end, label="GPE")


def _settlement_of(span: Span, rules: dict[str, frozenset[str]]) -> bool:
    """Whether a name is the "of" object of a settlement noun ("the town of Cizre", "the province of X")."""
    return span.start > 1 and word(span.doc[span.start - 2]) in rules.get("settlement_nouns", ())


def _organisation_words(span: Span, rules: dict[str, frozenset[str]], label: str) -> bool:
    """A name ending in a word of organisations ("Marfin Bank") the NER read as a place or person, unless it
    is a country or territory of the gazetteer ("the West Bank")."""
    last = word(span[-1]).rstrip(".")
    wrong = label in ("PERSON", "GPE", "LOC", "NORP")
    return wrong and len(span) > 1 and last in rules.get("org_last_words", ()) and not country_code(span.text)


def _surname_fix(spans: list[Span]) -> list[Span]:
    """Relabel a bare surname the NER read as a place or organisation ("West stated") as PERSON."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    out = []
    for s in spans:
        prev = s.doc[s.start - 1].lower_ if s.start > 0 else ""
        if s.label_ in ("LOC", "GPE", "ORG", "NORP") and s.text in surnames and prev not in ("the", "of"):
            s = Span(s.doc, s.start, s.end, label="PERSON")
        out.append(s)
    return out


def _apposed_to_person(span: Span, lex: Lexicon) -> bool:
    """A name the NER read as a place or organisation apposed to a description of a person is that person:
    "a 15-year-old boy, Alexandros Grigoropoulos," / "a woman named ..." (not a known country or city)."""
    doc = span.doc
    if span.label_ not in ("GPE", "LOC", "ORG", "NORP") or len(span) < 2 or span.start < 2:
        return False
    if country_code(span.text) or major_place(span.text):
        return False
    sep, head = doc[span.start - 1], doc[span.start - 2]
    role = lex.roles.get(head.lemma_.lower())
    if role is None or role.type != "PERSON" or head.pos_ != "NOUN":
        return False
    if sep.lower_ not in (",", "named", "called"):
        return False
    return sep.lower_ != "," or span.end >= len(doc) or doc[span.end].is_punct


_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s*$", re.IGNORECASE)


def _aged(span: Span) -> bool:
    """A name the NER read as a place or organisation after a person's age is that person: "the death of
    15-year-old Alexandros Grigoropoulos" (not a known country or city, nor a name qualifying a noun: "a
    35-year-old Leeds man").

    >>> import spacy
    >>> doc = spacy.blank("en")("the death of 15-year-old Ana Pires .")
    >>> _aged(Span(doc, 8, 10, "ORG")), _aged(Span(doc, 2, 3, "ORG"))
    (True, False)
    """
    if span.label_ not in ("GPE", "LOC", "ORG", "NORP") or country_code(span.text) or major_place(span.text):
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ == "NOUN":
        return False  # the name qualifies the person: "a 35-year-old New Bedford man"
    return bool(_AGE_BEFORE.search(doc_text(doc)[max(0, span.start_char - 16):span.start_char]))


_APPOSED_DETERMINERS = frozenset({"a", "an", "another", "the"})


def _described_after(span: Span, lex: Lexicon) -> bool:
    """A name the NER read as a place or organisation followed by a person's age or by an apposed description
    of a person is that person: "shot Roe, 47, and ...", "the office of Paul Roe, another partner." (not a
    known country or city, nor a description that is the subject of a clause: "Acme, the CEO said").

    >>> import spacy
    >>> doc = spacy.blank("en")("He shot Ana Pires , 47 , and left .")
    >>> lex = lexicon()
    >>> _described_after(Span(doc, 2, 4, "ORG"), lex), _described_after(Span(doc, 2, 3, "PERSON"), lex)
    (True, False)
    """
    doc = span.doc
    if span.label_ not in ("GPE", "LOC", "ORG", "NORP") or country_code(span.text) or major_place(span.text):
        return False
    if span.end >= len(doc) or doc[span.end].text != "," or not all(name_word(t.text) for t in span):
        return False
    age = AGE_AFTER.match(doc_text(doc), span.end_char)
    if age is not None:
        return 0 < int(age.group(1)) <= 110
    i = span.end + 1
    i += 1 if i < len(doc) and word(doc[i]) in _APPOSED_DETERMINERS else 0
    while i < len(doc) - 1 and i <= span.end + 3 and doc[i].pos_ == "ADJ":
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or doc[i].dep_ in ("nsubj", "nsubjpass"):
        return False
    role = lex.roles.get(doc[i].lemma_.lower())
    return role is not None and role.type == "PERSON"


def _person_in_context(span: Span, lex: Lexicon) -> bool:
    """A name of two or more words the NER read as a place or organisation where only a person fits: after
    a person's role noun ("teenager Ana Pires", "protester Ana Pires"), as the "of" object of a noun of
    dying (``death_nouns``: "the killing of Ana Pires") or the subject of "die" ("Ana Pires died") -- not a
    known country or city.

    >>> import spacy
    >>> doc = spacy.blank("en")("since the killing of Ana Pires in May")
    >>> lex = lexicon()
    >>> _person_in_context(Span(doc, 4, 6, "LOC"), lex), _person_in_context(Span(doc, 7, 8, "LOC"), lex)
    (True, False)
    """
    doc = span.doc
    if span.label_ not in ("GPE", "LOC", "ORG", "NORP") or len(span) < 2:
        return False
    if not all(name_word(t.text) for t in span) or country_code(span.text) or major_place(span.text):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    role = lex.roles.get(prev.lower_) if prev is not None and prev.text.islower() else None
    if role is not None and role.type == "PERSON":
        return True
    if prev is not None and prev.lower_ == "of" and span.start >= 2 and (
            doc[span.start - 2].lower_ in lex.name_rules.get("death_nouns", frozenset())):
        return True
    root, nxt = span.root, doc[span.end] if span.end < len(doc) else None
    return (root.dep_ == "nsubj" and root.head.lemma_ == "die") or (nxt is not None and nxt.lower_ == "died")


def _place_and_description(span: Span, lex: Lexicon) -> Span | None:
    """The place of a name that is a place and a word describing a person, in title case: "Brooklyn Teen",
    "Vancouver Man", also after a noun and "of" ("Footage Of Brooklyn Mother"); None when it is not one.

    >>> import spacy
    >>> doc = spacy.blank("en")("Footage Of Brooklyn Mother Released")
    >>> _place_and_description(Span(doc, 0, 4, "ORG"), lexicon())
    Brooklyn
    >>> _place_and_description(Span(doc, 0, 2, "ORG"), lexicon()) is None
    True
    """
    if len(span) < 2 or word(span[-1]) not in lex.name_rules.get("description_last_words", ()):
        return None
    for i in range(span.start, span.end - 1):
        place = span.doc[i:span.end - 1]
        if i > span.start and word(span.doc[i - 1]) != "of":
            continue
        if country_code(place.text) or major_place(place.text):
            return Span(span.doc, i, span.end - 1, label="GPE")
    return None


def _person_support(span: Span, lex: Lexicon) -> bool:
    """Whether a one-word person name has support: a rank, title or honorific before it, a known given name,
    an apposition naming a person's role ("Okafor, a former minister,"), or a longer person name containing
    it."""
    doc = span.doc
    prev = word(doc[span.start - 1]) if span.start > 0 else ""
    if prev in lex.honorifics or prev in lex.heads or prev in lex.rank_forms:
        return True
    return (prev.rstrip(".") in lex.rank_forms or word(span[0]) in lex.given_names
            or described_as_person(span, lex))


def _coordinated_with_org(span: Span, orgs: set[int], lex: Lexicon) -> bool:
    return word(span[0]) not in lex.given_names and span.root.dep_ == "conj" and span.root.head.i in orgs


def _coordinated_with_person(span: Span, people: set[int], lex: Lexicon) -> bool:
    """An organisation name of two or three words starting with a known given name, coordinated with a person
    ("Paul Roe and Alan Lee"), is a person."""
    if span.label_ != "ORG" or not 1 < len(span) <= 3 or word(span[0]) not in lex.given_names:
        return False
    root = span.root
    return (root.dep_ == "conj" and root.head.i in people) or any(
        c.dep_ == "conj" and c.i in people for c in children_of(root))


def _people_coordinated(spans: list[Span], lex: Lexicon) -> list[Span]:
    """Relabel the organisations :func:`_coordinated_with_person` finds to be people."""
    people = {i for s in spans if s.label_ == "PERSON" and len(s) > 1 for i in range(s.start, s.end)}
    return [Span(s.doc, s.start, s.end, label="PERSON") if _coordinated_with_person(s, people, lex) else s
            for s in spans]


def _person_sanity(spans: list[Span], lex: Lexicon) -> list[Span]:
    """Persons the rest of the article does not back up become organisations or are dropped.

    A name with a number ("Adam Air Flight 574") is no person; a person coordinated with an organisation
    and not starting with a known given name is one ("Boeing and Lockheed Martin"); a one-word person
    name with no title, honorific, given name or longer name in the article is an organisation ("Cerberus"),
    or the city of :data:`PLACE_POPULATION` people or more it names ("Drones struck Odesa").
    """
    words_of_people = {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}
    # one occurrence with a title or honorific backs them all ("Mrs Lee" ... "Lee said")
    words_of_people |= {s.text for s in spans
                        if s.label_ == "PERSON" and len(s) == 1 and _person_support(s, lex)}
    orgs = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in spans:
        label = s.label_
        if label == "PERSON" and any(t.like_num for t in s):
            continue
        if label == "PERSON" and (_coordinated_with_org(s, orgs, lex) or (
                len(s) == 1 and s.text not in words_of_people and not _person_support(s, lex))):
            label = "GPE" if major_place(s.text, PLACE_POPULATION) else "ORG"
        out.append(s if label == s.label_ else Span(s.doc, s.start, s.end, label=label))
    return out


def _vote_labels(spans: list[Span], original: Iterable[Span]) -> list[Span]:
    """One label per name text in an article: the most frequent, a label set by a rule counting double."""
    before = {(e.start, e.end): e.label_ for e in original}
    votes: dict[str, Counter[str]] = {}
    texts = [span_text(s) for s in spans]
    for s, text in zip(spans, texts, strict=True):
        if s.label_ in ENTITY_LABELS:
            changed = before.get((s.start, s.end), s.label_) != s.label_
            votes.setdefault(text, Counter())[s.label_] += 2 if changed else 1
    out = []
    for s, text in zip(spans, texts, strict=True):
        best = votes[text].most_common(1)[0][0] if text in votes else s.label_
        out.append(s if best == s.label_ else Span(s.doc, s.start, s.end, label=best))
    return out


def _names_to_spread(spans: Iterable[Span]) -> dict[str, str]:
    """Name text -> label for names worth finding again: multi-character names and persons' surnames."""
    names: dict[str, str] = {}
    for s in spans:
        if s.label_ not in ENTITY_LABELS:
            continue
        text = span_text(s)
        if len(text) < 3 or not text[0].isupper():
            continue
        names.setdefault(text, s.label_)
        if s.label_ == "PERSON" and len(s) > 1:
            last = s[-1].text
            if len(last) > 2 and last[0].isupper():
                names.setdefault(last, "PERSON")
    return names


def _is_word_char(ch: str) -> bool:
    """Whether a character is one ``\\w`` matches (letters, digits of any script, the underscore)."""
    return ch.isalnum() or ch == "_"


def find_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the whole-word occurrences of names, left to right, the longest name first at each
    place, none overlapping: what ``re.finditer(r"(?<![\\w-])(?:N1|N2...)(?![\\w-])")`` finds with the
    names longest first, without compiling a regex per article (compiling it cost more than the search).

    >>> text = "Steve Jobs met Jobs; Jobsworth -Jobs"
    >>> [text[s:e] for s, e in find_names(text, ["Jobs", "Steve Jobs"])]
    ['Steve Jobs', 'Jobs']
    """
    best: dict[int, int] = {}
    for name in names:
        size, at = len(name), text.find(name)
        while at >= 0:
            end = at + size
            if (at == 0 or not (_is_word_char(text[at - 1]) or text[at - 1] == "-")) and (
                    end == len(text) or not (_is_word_char(text[end]) or text[end] == "-")):
                best[at] = max(best.get(at, 0), end)
            at = text.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    for start in sorted(best):
        if not spans or start >= spans[-1][1]:
            spans.append((start, best[start]))
    return spans


def _spread_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add the other occurrences of the article's names (and persons' surnames) the NER missed."""
    names = _names_to_spread(spans)
    if not names:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
    added: list[Span] = []
    text = doc_text(doc)
    for start, end in find_names(text, names):
        span = doc.char_span(start, end, label=names[text[start:end]])
        if span is None or not taken.isdisjoint(range(span.start, span.end)):
            continue
        if span.start in starts and span[0].pos_ != "PROPN":
            continue
        added.append(span)
        taken.update(range(span.start, span.end))
    return sorted(spans + added, key=lambda s: s.start)


def _given_name_persons(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Add the persons the NER missed that start with a known given name: a capitalised given name tagged as
    a proper noun, then one or two capitalised proper nouns, none in another name ("Amy Bishop, a former
    instructor": the NER saw no name, and "Bishop" alone reads as a clergyman)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    stop = frozenset(lex.org_keywords).union(*(lex.name_rules.get(k, frozenset()) for k in (
        "org_last_words", "facility_last_words", "event_last_words", "not_person_words")))
    added: list[Span] = []
    toks, propn, n = doc_tokens(doc), proper_nouns(doc), len(doc)
    for i in [k for k, p in enumerate(propn) if p]:
        tok = toks[i]
        if i in taken or tok.lower_ not in lex.given_names:
            continue
        if not name_word(tok.text):
            continue
        if i > 0 and propn[i - 1] and name_word(toks[i - 1].text):
            continue
        end = i + 1
        while (end < n and end - i < 3 and end not in taken and propn[end]
               and name_word(toks[end].text) and toks[end].lower_ not in stop):
            end += 1
        if end == i + 1 or (end < n and propn[end] and name_word(toks[end].text)):
            continue
        added.append(Span(doc, i, end, label="PERSON"))
        taken.update(range(i, end))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def title_case_headline(doc: Doc) -> tuple[int, int]:
    """The character span of the article's headline when it is set in title case, else (0, 0)."""
    from newsgraph.extract.quote_windows import is_title

    text = doc_text(doc)
    start, end = headline_span(text)
    return (start, end) if end > start and is_title(text[start:end]) else (0, 0)


def _fit_to_known_names(spans: list[Span], lex: Lexicon) -> list[Span]:
    """A person's name in a title-case headline that the article never repeats, holding a name the article
    gives elsewhere, is that name: the NER takes in the capitalised words around it ("Andrew Lopez
    Confesses To ..." -> "Andrew Lopez"), unless the words dropped mark an organisation or facility."""
    texts = Counter(s.text for s in spans)
    known = {s.text: s.label_ for s in spans if s.label_ in ENTITY_LABELS}
    keep_words = frozenset(lex.org_keywords).union(*(lex.name_rules.get(k, frozenset()) for k in (
        "org_last_words", "facility_last_words", "event_last_words")))
    out: list[Span] = []
    head = title_case_headline(spans[0].doc) if spans else (0, 0)
    for s in spans:
        fit = None
        if s.label_ == "PERSON" and len(s) > 1 and texts[s.text] == 1 and head[0] <= s.start_char < head[1]:
            subs = [(j - i, i, j) for i in range(s.start, s.end) for j in range(i + 1, s.end + 1)
                    if (i, j) != (s.start, s.end) and s.doc[i:j].text in known]
            if subs:
                _, i, j = max(subs)
                dropped = [word(t) for t in s.doc[s.start:i]] + [word(t) for t in s.doc[j:s.end]]
                if not keep_words.intersection(dropped):
                    fit = Span(s.doc, i, j, label=known[s.doc[i:j].text])
        out.append(fit or s)
    return out


def _proper_runs(doc: Doc, taken: set[int]) -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised proper-noun tokens outside every name and time span."""
    toks, propn = doc_tokens(doc), proper_nouns(doc)
    ok = [p and k not in taken and toks[k].text[:1].isupper() for k, p in enumerate(propn)]
    i = 0
    while i < len(ok):
        j = i
        while j < len(ok) and ok[j]:
            j += 1
        if j > i:
            yield i, j
        i = max(j, i + 1)


def _known_missed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A run of capitalised proper nouns the NER left untagged that is exactly a country's name or a name of
    the actor dictionary becomes a name of that type ("Mali called on France", "The Taliban said"): a GPE
    for a country, the actor's type otherwise. A run next to a name or holding more words is left alone
    ("Jordan Peterson")."""
    from newsgraph.resolve.actors import actor_dictionary

    taken = {i for s in [*doc.ents, *spans] for i in range(s.start, s.end)}
    added: list[Span] = []
    for i, j in _proper_runs(doc, taken):
        if i - 1 in taken or j in taken:
            continue
        text = doc[i:j].text
        actor = actor_dictionary().lookup(text)
        label = "GPE" if country_code(text) else (actor.type if actor is not None else None)
        if label in ENTITY_LABELS:
            added.append(Span(doc, i, j, label=label))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def repair_entities(doc: Doc, lex: Lexicon | None = None) -> list[Span]:
    """Repair ``doc.ents`` in place (see the module doc) and return the entity spans kept as mentions.

    >>> import spacy
    >>> doc = spacy.blank("en")("Gen Asim Munir met Antony Blinken in Washington .")
    >>> doc.set_ents([Span(doc, 0, 3, "PERSON"), Span(doc, 4, 6, "PERSON"), Span(doc, 7, 8, "ORG")])
    >>> [(s.text, s.label_) for s in repair_entities(doc)]  # a rank is no part of a name; a city no ORG
    [('Asim Munir', 'PERSON'), ('Antony Blinken', 'PERSON'), ('Washington', 'GPE')]
    """
    lex = lex or lexicon()
    kept: list[Span] = []
    verb = headline_verb_index(doc)
    for ent in doc.ents:
        if ent.label_ == TITLE_LABEL:
            continue
        if verb is not None and ent.start <= verb < ent.end:  # "Gunman Kills Deputy": no name "Kills Deputy"
            continue
        span = _trim_name(ent, lex) if ent.label_ in ENTITY_LABELS else ent
        if span is None or (span.label_ in ENTITY_LABELS and _not_a_name(span, lex)):
            continue
        if span.label_ in ENTITY_LABELS and (_apposed_to_person(span, lex) or _aged(span)
                                                  or _described_after(span, lex)
                                                  or _person_in_context(span, lex)):
            span = Span(doc, span.start, span.end, label="PERSON")
        place = _place_and_description(span, lex) if span.label_ in ("PERSON", "ORG") else None
        span = place or _settlement_name(span, lex.name_rules) or span
        kept.append(_relabel(span, lex) if span.label_ in ENTITY_LABELS else span)
    kept = join_names(doc, kept, lex)
    kept = _vote_labels(_person_sanity(_surname_fix(_people_coordinated(kept, lex)), lex), doc.ents)
    kept = _spread_names(doc, _given_name_persons(doc, _fit_to_known_names(kept, lex), lex))
    kept = _known_missed_names(doc, kept)
    doc.set_ents(kept, default="outside")
    return [s for s in kept if s.label_ in ENTITY_LABELS]
