"""Nominal mentions: noun phrases headed by a title or a role noun ("the army chief", "a US State Department
spokesperson", "the company", "the two officials"), with what they say (role, title words, country,
organisation, number). :mod:`newsgraph.resolve.coref` decides which entity each one refers to.

>>> sorted(title_words(["chief of army staff", "general"]))
['army', 'chief', 'general', 'staff']
>>> org_sector("Foreign Policy", lexicon()), org_sector("Pakistan Army", lexicon())
(('JRN', 'USA'), ('MIL', 'PAK'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.affiliation import SpanIndex, TitleInfo, cue_country, org_country
from newsgraph.extract.collectives import collective_key, collective_sector, counted_target, site_modifier
from newsgraph.extract.countries import place_country
from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.extract.repair import title_case_headline
from newsgraph.extract.titles import word
from newsgraph.model import Entity, Title
from newsgraph.nlp.doctext import children_of, doc_text, doc_tokens, headline_span, url_line

_STOP = frozenset({"of", "for", "the", "and", "-", "a", "an"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "both": 2}
_LEFT_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "HYPH", "VBN", "NN", "NNP", "RB"})
_AGE = re.compile(r"\b(\d{1,3})-year-old\b", re.IGNORECASE)
#: Words between a description and the name it is apposed to ("a man, John Smith", "a woman named ...").
_APPOSERS = frozenset({",", "-", "–", "—", "named", "called", "identified"})


@dataclass(slots=True)
class EntityInfo:
    """What coreference needs to know of an entity beyond the data model: gender, role nouns, title words."""

    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Nominal:
    """A nominal mention candidate: char span, head token, what it says, and an apposition if it is one."""

    start: int
    end: int
    text: str
    head_i: int
    type: str
    role: str
    definite: bool
    plural: bool = False
    count: int | None = None
    title: Title | None = None
    country: str | None = None
    org: str | None = None
    org_name: str | None = None
    sector: str | None = None
    gender: str | None = None
    words: frozenset[str] = frozenset()
    appositive_to: str | None = None
    age: int | None = None
    #: An unnamed collective ("police", "Israeli forces", "rebels"; :mod:`newsgraph.extract.collectives`).
    collective: bool = False
    #: A collective with a number, which a non-violent act is done to ("detained 20 journalists").
    counted: bool = False
    #: A person described by age alone outside a subject ("the killing of a teenager"): kept only when
    #: coreference finds the one named person of that age (:mod:`newsgraph.resolve.coref_ages`).
    tentative: bool = False


def age_in(text: str) -> int | None:
    """The age a description states ("a 29-year-old man"), or None.

    >>> age_in("a 15-year-old boy"), age_in("the fifteen-year employee")
    (15, None)
    """
    m = _AGE.search(text)
    return int(m.group(1)) if m and 0 < int(m.group(1)) < 120 else None


def plural_noun(tok: Token) -> bool:
    """Whether a noun is plural; the tagger takes an all-caps singular for a plural ("RECEIVER ARRESTED"),
    so an all-caps word must end in "s" as well.

    >>> import spacy
    >>> doc = spacy.blank("en")("RECEIVER ARRESTED FANS")
    >>> doc[0].tag_ = doc[2].tag_ = "NNS"
    >>> plural_noun(doc[0]), plural_noun(doc[2])
    (False, True)
    """
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return not tok.is_upper or tok.lower_.endswith("s")


#: Singular person pronouns that may refer back to a person a verb's object introduces.
_OBJECT_PRONOUNS = frozenset({"him", "her", "his"})


def _definite_pair(tok: Token) -> bool:
    """Whether a noun of a counted group (``roles.yaml`` ``count``) stands for people told before: "the pair",
    not "a pair of trainers"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _in_law(tok: Token) -> int:
    """How many tokens of an "-in-law" the tokenizer split off a kin noun ("his brother-in-law, NAME"): the
    phrase ends after them, so that a name apposed to it is found (0 when none)."""
    words = [t.text for t in tok.doc[tok.i + 1 : tok.i + 5]]
    return 4 if words == ["-", "in", "-", "law"] else 0


def apposed_name_start(doc: Doc, i: int, index: SpanIndex, label: str = "PERSON") -> int | None:
    """The first token of a person's name (or of a name of another ``label``) that the description ending
    before token ``i`` is apposed to: "a 15-year-old boy, NAME", "a man-NAME-", "a woman named NAME", "the
    employee, 43-year-old NAME", an organisation's "a militant group, (the) NAME".

    >>> import spacy
    >>> doc = spacy.blank("en")("A woman named Ann Lee spoke .")
    >>> doc.set_ents([Span(doc, 3, 5, "PERSON")])
    >>> index = SpanIndex(list(doc.ents), [])
    >>> apposed_name_start(doc, 2, index), apposed_name_start(doc, 4, index)
    (3, None)
    """
    if i >= len(doc) or doc[i].lower_ not in _APPOSERS:
        return None
    j = i + 1
    if doc[i].lower_ == "," and j + 4 < len(doc) and doc[j].like_num and doc[j + 2].lower_ == "year":
        j += 5  # ", 43-year-old NAME"
    if doc[i].lower_ == "identified" and j < len(doc) and doc[j].lower_ == "as":
        j += 1
    if label == "ORG" and doc[i].lower_ == "," and j < len(doc) and doc[j].lower_ == "the":
        j += 1
    ent = index.by_start.get(j)
    return j if ent is not None and ent.label_ == label else None


def title_words(normalized: Iterable[str]) -> set[str]:
    """The content words of normalized titles (what nominal mentions are compared with).

    >>> sorted(title_words(["chief of army staff", "vice-president"]))
    ['army', 'chief', 'president', 'staff', 'vice']
    """
    return {w for t in normalized for w in re.split(r"[\s-]+", t) if w and w not in _STOP}


def org_sector(name: str, lex: Lexicon | None = None) -> tuple[str | None, str | None]:
    """An organisation's sector and country from its name: outlets, then keywords of ``sectors.yaml``.

    >>> org_sector("Dawn"), org_sector("Pakistan Army"), org_sector("Acme")
    (('JRN', 'PAK'), ('MIL', 'PAK'), (None, None))
    """
    lex = lex or lexicon()
    if lex is lexicon():
        return _default_org_sector(name)
    return _org_sector(name, lex)


@lru_cache(maxsize=8192)
def _default_org_sector(name: str) -> tuple[str | None, str | None]:
    return _org_sector(name, lexicon())


def _org_sector(name: str, lex: Lexicon) -> tuple[str | None, str | None]:
    for outlet in lex.outlets:
        if name in (outlet.name, *outlet.aliases):
            return "JRN", outlet.country
    low = " " + re.sub(r"[^\w.&-]+", " ", name.lower()).strip() + " "
    split = low.replace("-", " ")
    found = [k for k in lex.org_keywords if f" {k} " in low or f" {k} " in split]
    sector = lex.org_keywords[max(found, key=len)] if found else None
    return sector, org_country(name)


def _fold(w: str, lex: Lexicon) -> str:
    return lex.spelling.get(w, w)


def _left_edge(doc: Doc, i: int, index: SpanIndex, stop: int) -> int:
    """Extend a noun phrase left from token i over determiners, numbers, adjectives, compounds and cues.

    ``stop`` bounds the words; a name among them does not count ("a 35-year-old New Bedford man"). A past
    participle belongs to the phrase only as a modifier of a word after it ("wounded soldiers"), never as the
    verb governing the phrase ("has captured 23 pirates").
    """
    self_ents = index.in_ent
    pos = i
    while pos > stop:
        prev = doc[pos - 1]
        cue = index.cue_ending_at(pos)
        if cue is not None:
            stop = max(0, stop - (cue.end - cue.start))
            pos = cue.start
        elif prev.text in _POSSESSIVE and index.cue_ending_at(pos - 1) is not None:
            pos -= 1
        elif prev.tag_ in _LEFT_TAGS and prev.i not in self_ents and prev.text not in (",", ";") and not (
                prev.tag_ == "VBN" and prev.head.i <= prev.i):  # "has captured 23 pirates": the verb
            pos -= 1
            if prev.tag_ in ("DT", "PRP$"):
                break
        else:
            break
    return pos


#: The parts of speech of a role noun or of a site's modifier (:meth:`NominalFinder.role_tokens`).
_ROLE_POS = frozenset({NOUN, PROPN, ADJ})


def capital_body(tok: Token, lex: Lexicon) -> bool:
    """A body's role noun capitalised as press releases write it, standing alone after "the": "The Ministry
    has asked ..." refers back, as "the ministry" does, to the ministry named before (not "the Ministry of
    Defence" nor "the Defence Ministry": names).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Ministry has asked")
    >>> doc[1].pos_, doc[2].pos_ = "PROPN", "AUX"
    >>> capital_body(doc[1], lexicon()), capital_body(doc[2], lexicon())
    (True, False)
    """
    role = lex.roles.get(word(tok))
    if role is None or role.type != "ORG" or tok.dep_ == "compound" or not tok.is_title or tok.i == 0:
        return False
    if any(c.dep_ != "det" for c in children_of(tok) if c.i < tok.i):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of"):
        return False
    return tok.doc[tok.i - 1].lower_ == "the"


class NominalFinder:
    """Finds the nominal mentions of one Doc."""

    def __init__(self, doc: Doc, ents: list[Span], titles: list[TitleInfo],
                 by_span: dict[tuple[int, int], Entity], info: dict[str, EntityInfo], lex: Lexicon) -> None:
        self.doc, self.titles, self.by_span, self.info, self.lex = doc, titles, by_span, info, lex
        self.index = SpanIndex(ents, titles)
        self.in_ent = {i for e in ents for i in range(e.start, e.end)}
        self.in_title = {i for t in titles for i in range(t.start, t.reach)}
        self.headline = title_case_headline(doc)
        self.any_headline = headline_span(doc_text(doc))
        self._headline_kin: set[int] | None = None

    def headline_person(self, tok: Token) -> bool:
        """A word describing a person in a title-case headline, which the tagger takes for a proper noun:
        "Teen Arrested In Killing Of Mom" (``description_last_words`` of ``name_rules.yaml``). In an all-caps
        headline the parser also makes it a compound of the next word ("RECEIVER ARRESTED" read as one
        name): there it is one unless that word is another role noun ("TEEN MOM")."""
        if not (self.headline[0] <= tok.idx < self.headline[1]
                and word(tok) in self.lex.name_rules.get("description_last_words", ())
                and word(tok) in self.lex.roles):
            return False
        if tok.dep_ != "compound":
            return True
        return tok.is_upper and tok.head.is_upper and word(tok.head) not in self.lex.roles

    def build(self, start: int, end: int, head_i: int, role: str, etype: str, title: TitleInfo | None,
              date: str | None = None) -> Nominal:
        """The nominal mention over tokens ``start:end`` with head token ``head_i`` (definite, plural...)."""
        doc, lex = self.doc, self.lex
        first = word(doc[start])
        span = doc[start:end]
        n = Nominal(start=span.start_char, end=span.end_char, text=span.text, head_i=head_i, type=etype,
                    role=role, definite=first in _DEFINITE or doc[start].tag_ == "PRP$" or any(
                        t.text in _POSSESSIVE for t in doc[start:head_i]))
        n.plural = plural_noun(doc[head_i])
        n.count = next((_NUMBERS.get(word(t)) or (int(t.text) if t.text.isdecimal() else None)
                        for t in doc[start:head_i] if t.like_num or word(t) in _NUMBERS), None)
        words = set()
        for t in doc[start:end]:
            if t.i in self.in_ent or t.tag_ in ("DT", "PRP$", "CD", "POS") or t.is_punct:
                continue
            words.add(_fold(t.lemma_.lower() if t.i == head_i else word(t), lex))
        n.words = frozenset(words - _STOP)
        n.age = age_in(span.text)
        self._cues(n, start, head_i)
        role_info = lex.roles.get(role)
        n.sector = (title.sector if title else None) or (role_info.sector if role_info else None) or n.sector
        n.gender = role_info.gender if role_info else None
        if title is not None:
            tspan = doc[title.start:title.end]
            n.title = Title(tspan.text, tspan.start_char, tspan.end_char, title.normalized, date)
            n.country = n.country or title.country
        return n

    def _cues(self, n: Nominal, start: int, head_i: int) -> None:
        for i in range(start, head_i):
            cue = self.index.cue_starting_at(i)
            if cue is None or cue.end > head_i:
                continue
            n.country = n.country or cue_country(cue)
            org = self.by_span.get((cue.start, cue.end))
            if cue.label_ == "ORG" and n.org is None and org is not None:
                n.org, n.org_name = org.id, org.name
                n.country = n.country or org.country
                n.sector = n.sector or org.sector

    def from_title(self, t: TitleInfo, date: str | None) -> Nominal:
        """A title not attached to a name is a nominal mention of a person ("the Pakistan army chief")."""
        head_i = max((i for i in range(t.start, t.end) if word(self.doc[i]) == t.head), default=t.end - 1)
        start = _left_edge(self.doc, t.start, self.index, max(0, t.start - 8))
        return self.build(start, t.reach, head_i, t.head, "PERSON", t, date)

    def role_tokens(self) -> Iterable[tuple[Token, str]]:
        """Tokens heading a nominal mention by role noun (not inside a name or a title)."""
        # parts of speech read once as numbers: only nouns, proper nouns (of headlines) and adjectives (site
        # modifiers) can be one, and reading a Token's attribute is slow
        for tok, pos in zip(doc_tokens(self.doc), self.doc.to_array(POS).tolist(), strict=True):
            if pos not in _ROLE_POS or tok.i in self.in_ent or tok.i in self.in_title:
                continue
            if site_modifier(tok, self.lex) is not None:
                yield tok, tok.lemma_.lower()  # "rebel positions", "a police checkpoint"
                continue
            headline = self.headline_person(tok) or (
                self._headline_opening(tok) and self._bare_headline_kin(tok))
            if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and (headline or capital_body(tok, self.lex))):
                continue
            if tok.dep_ == "compound" and not headline and apposed_name_start(
                    self.doc, tok.i + 1, self.index) is None:
                continue
            lemma = word(tok) if tok.pos_ == "PROPN" else tok.lemma_.lower()
            if lemma in self.lex.roles or lemma in self.lex.collectives:
                yield tok, lemma

    def from_ages(self) -> Iterable[Nominal]:
        """ "the 29-year-old" standing alone: a nominal mention of the person of that age (role
        ``year-old``)."""
        doc = self.doc
        for tok in doc_tokens(doc):
            k = tok.i
            if tok.lower_ != "the" or k + 5 >= len(doc) or not doc[k + 1].like_num:
                continue
            if [t.lower_ for t in doc[k + 2 : k + 6]] != ["-", "year", "-", "old"]:
                continue
            after = doc[k + 6] if k + 6 < len(doc) else None
            if after is not None and after.pos_ in ("NOUN", "PROPN"):
                continue  # "the 29-year-old man": the role noun heads it
            n = self.build(k, k + 6, k + 5, "year-old", "PERSON", None)
            if n.age is not None:
                yield n

    def from_collective(self, tok: Token) -> Nominal | None:
        """An unnamed collective ("police", "the government", "Israeli forces", "rebels"), or None: not one
        with a number ("three soldiers" are people; but a counted group a non-violent act is done to is
        its sector's: "detained 20 journalists", :func:`counted_target`) or an indefinite article."""
        key = collective_key(tok, self.lex)
        if key is None or url_line(doc_text(self.doc), tok.idx):
            return None
        start = _left_edge(self.doc, tok.i, self.index, max(0, tok.i - 6))
        while start < tok.i and self.doc[start].tag_ == "RB":  # "yet prosecutors", "also police"
            start += 1
        if word(self.doc[start]) in _INDEFINITE:
            return None
        n = self.build(start, tok.i + 1, tok.i, key, "ORG", None)
        counted = n.count is not None or any(t.like_num for t in self.doc[start : tok.i])
        if counted and not (tok.tag_ in ("NNS", "NNPS") and counted_target(tok)):
            return None
        mods = [word(t) for t in self.doc[start : tok.i]
                if t.i not in self.in_ent and t.pos_ in ("NOUN", "ADJ")]
        n.collective, n.sector, n.gender = True, collective_sector(key, mods, self.lex), None
        n.counted = counted
        n.country = n.country or self._place_country(tok)
        return n

    def from_site(self, tok: Token) -> Nominal | None:
        """The unnamed collective a site's modifier names ("rebel" of "rebel positions", "police" of "a
        police checkpoint": :func:`site_modifier`), with a nationality before it ("Nigerian army convoy")."""
        if url_line(doc_text(self.doc), tok.idx):
            return None
        start = tok.i
        while start > tok.left_edge.i and self.doc[start - 1].tag_ not in ("DT", "PRP$", "CD"):
            start -= 1
        n = self.build(start, tok.i + 1, tok.i, tok.lemma_.lower(), "ORG", None)
        mods = [word(t) for t in self.doc[start : tok.i]
                if t.i not in self.in_ent and t.pos_ in ("NOUN", "ADJ")]
        n.collective, n.sector, n.gender = True, collective_sector(n.role, mods, self.lex), None
        n.definite, n.count = True, None  # the sector's own, wherever the site is
        return n

    def _place_country(self, tok: Token) -> str | None:
        """The country of the place a collective is said to be in ("police in Lahore": PAK)."""
        for prep in children_of(tok):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for obj in children_of(prep):
                    ent = self.index.by_start.get(obj.left_edge.i) or self.index.by_end.get(obj.i + 1)
                    if obj.dep_ == "pobj" and ent is not None and ent.label_ == "GPE":
                        return place_country(ent.text)
        return None

    def _article_over_places(self, tok: Token, start: int) -> int:
        """Where a person's phrase starts when the left edge stopped short of the noun's own indefinite
        article: at a home town and state ("a New Bedford, Massachusetts man": the article, not
        "Massachusetts") or at a participle the tagger took for a past tense ("a recently fired employee")."""
        det = next((c for c in tok.lefts if c.dep_ == "det" and word(c) in _INDEFINITE), None)
        if det is None or det.i >= start:
            return start
        between = self.doc[det.i + 1 : start]
        if all(_describes(t, tok) for t in between):
            return det.i
        return start

    def from_role(self, tok: Token, lemma: str) -> Nominal | None:
        """A role-noun phrase ("the company", "the two officials"), or None when it names no one."""
        group = self.from_site(tok) if site_modifier(tok, self.lex) else self.from_collective(tok)
        if group is not None or lemma not in self.lex.roles:
            return group
        role = self.lex.roles[lemma]
        if role.count and not _definite_pair(tok):
            return None  # "a pair of trainers", "a pair": no two people told before
        one = partitive_one(tok)
        if one is not None and role.type == "PERSON":  # "One of the Mafia bosses arrested ... hanged himself"
            n = self.build(one.i, tok.i + 1, one.i, lemma, "PERSON", None)
            n.gender = role.gender
            return n
        start = _left_edge(self.doc, tok.i, self.index, max(0, tok.i - 6))
        if role.type == "PERSON":
            start = self._article_over_places(tok, start)
        inner = [e for i in range(start, tok.i) if (e := self.index.by_start.get(i)) is not None]
        same = [e for e in inner if _etype(e.label_) == role.type and (e.end == tok.i or (
            e.end == tok.i - 1 and self.doc[e.end].dep_ == "compound" and self.doc[e.end].pos_ == "NOUN"))]
        if same:  # "Foreign Policy magazine", "the Casty jewellery store": the role noun is said of the name
            ent = self.by_span.get((same[0].start, same[0].end))
            if ent is not None:
                self.info[ent.id].roles.add(lemma)
            return None
        n = self.build(start, tok.i + 1 + _in_law(tok), tok.i, lemma, role.type, None)
        if role.count:  # "the pair were charged": the two people told before (roles.yaml count)
            n.plural, n.count = True, role.count
        if lemma in self.lex.name_rules.get("kin_nouns", ()) and any(c.dep_ == "poss" for c in tok.lefts):
            n.definite = True  # "the boy's father", "NAME's wife": someone's own relative
        if self.headline_person(tok) or self._bare_headline_kin(tok):
            keep = True  # "Teen Arrested", "Shooting Of Mom": the person the article is about
        elif n.plural:
            # an indefinite one with a number may be a group the article names later ("two men accused of")
            keep = role.type == "PERSON" and (n.definite or n.count is not None)
        elif role.type in ("PERSON", "ORG") and apposed_name_start(
                self.doc, tok.i + 1, self.index, role.type) is not None:
            keep = True  # "a 15-year-old boy, NAME", "a militant group, NAME": the name's person or body
        elif word(self.doc[start]) in _INDEFINITE or (not n.definite and self.doc[start].tag_ == "CD") or (
                self._bare_in_headline(tok, n)):
            # a new person only as the subject of a clause or a headline ("61-year-old man charged"), or
            # as the one a participle blames ("set for a Millom man accused of murdering his mother")
            keep = role.type == "PERSON" and (tok.dep_ in ("nsubj", "nsubjpass", "ROOT") or _blamed(tok))
            if not keep and role.type == "PERSON" and (self._aged(n, lemma) or self._qualified(tok, start)
                                                       or self._described_again(tok)):
                keep = n.tentative = True  # "the killing of a teenager": the named teenager, if one
            keep = keep or (n.gender is not None and self._apposed_to_person(tok))
            keep = keep or (role.type == "PERSON" and self._pronoun_next(tok))  # "a man ... accusing him"
        else:  # an organisation described without "the" may be the one the article names ("Greek bank")
            keep = n.definite or role.type == "ORG"
        return n if keep else None


    def _bare_in_headline(self, tok: Token, n: Nominal) -> bool:
        """Whether a singular person noun of a headline stands without determiner and a participle blames it
        ("Schenectady man charged in crash"): headlines drop articles, so it is indefinite, the accused the
        article names."""
        start, end = self.any_headline
        return (start <= tok.idx < end and not n.definite and not n.plural
                and (_blamed(tok) or _blamed_subject(tok))
                and not any(c.dep_ in ("det", "poss") for c in tok.lefts))

    def _apposed_to_person(self, tok: Token) -> bool:
        """Whether a person noun is apposed after a person's name ("NAME, a 59-year-old grandmother,"): it
        tells the person's sex, which the name alone may not (coreference, pronouns)."""
        ent = self.index.by_end.get(tok.head.i + 1) if tok.dep_ == "appos" else None  # the name's last word
        return ent is not None and _etype(ent.label_) == "PERSON"

    def _aged(self, n: Nominal, lemma: str) -> bool:
        """Whether a person is described by an age or a noun implying one ("a 15-year-old", "a teenager",
        ``description_ages``) and by nothing but an age noun or a plain one ("a 15-year-old man")."""
        ages = self.lex.name_rules.get("description_ages", frozenset())
        nouns = {entry.partition("=")[0] for entry in ages}
        return lemma in nouns or (n.age is not None and lemma in ("man", "woman", "person"))

    def _pronoun_next(self, tok: Token) -> bool:
        """Whether a singular object or possessive pronoun ("him", "her", "his") follows a person noun in its
        sentence or the next ("arrested a Latvian man, accusing him of spying", "kidnapped a doctor. Her
        colleagues named her as NAME"): the pronoun may stand for the person this one introduces, so it is
        one (coreference still decides whom the pronoun stands for)."""
        end = tok.sent.end
        following = list(self.doc[end].sent) if end < len(self.doc) else []
        span = [t for t in tok.sent if t.i > tok.i] + following
        return any(t.lower_ in _OBJECT_PRONOUNS and t.pos_ == "PRON" for t in span)

    def _described_again(self, tok: Token) -> bool:
        """Whether the text goes on to say "the" and the same noun ("arrested a suspect ... The suspect,
        NAME, is due in court"): the definite description may name the person this one introduces."""
        after = doc_text(self.doc)[tok.idx + len(tok.text):]
        return re.search(rf"\bthe {re.escape(tok.lower_)}\b", after, flags=re.IGNORECASE) is not None

    def _qualified(self, tok: Token, start: int) -> bool:
        """Whether a plain description (``description_last_words``) is qualified by a place name or by "of"
        and a number ("a Dorton mother of five"): the article may name the person it so describes
        elsewhere with the same words (:mod:`newsgraph.resolve.coref_described`)."""
        if word(tok) not in self.lex.name_rules.get("description_last_words", frozenset()):
            return False
        place = any(i in self.in_ent and self.doc[i].ent_type_ == "GPE" for i in range(start, tok.i))
        counted = any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.like_num for o in children_of(p)) for p in children_of(tok))
        return place or counted

    def _headline_opening(self, tok: Token) -> bool:
        """Whether a word opens the headline or a part of it after a colon ("Double murder: Son held"), where
        a noun is capitalised and the tagger takes it for a proper noun."""
        start, end = self.any_headline
        if not start <= tok.idx < end:
            return False
        return tok.idx == start or (tok.i > 0 and self.doc[tok.i - 1].text == ":")

    def _bare_headline_kin(self, tok: Token) -> bool:
        """A bare kin noun of a headline telling of relatives, which drops articles and possessives: "Son
        suspected of killing mother and sister" (``kin_nouns``; whose relatives they are:
        :mod:`newsgraph.resolve.coref_kin`). Only when the headline has two such nouns, none with a word of
        its own: "Brooklyn mom", "innocent mother", "mother of 12" describe someone, not a relation."""
        if self._headline_kin is None:
            start, end = self.any_headline
            kin = self.lex.name_rules.get("kin_nouns", frozenset())
            found = [t for t in doc_tokens(self.doc) if start <= t.idx < end and word(t) in kin
                     and not plural_noun(t) and t.n_lefts == 0
                     and not any(c.dep_ == "prep" for c in t.rights)]
            self._headline_kin = {t.i for t in found} if len(found) >= 2 else set()
        return tok.i in self._headline_kin


def partitive_one(tok: Token) -> Token | None:
    """The "one" a plural noun is partitive to when that one is the subject of its clause ("One of the
    suspected bosses arrested yesterday has hanged himself": one person, the one the article names next),
    else None."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or not plural_noun(tok):
        return None
    one = of.head
    return one if one.lower_ == "one" and one.dep_ in ("nsubj", "nsubjpass") else None


def _describes(t: Token, noun: Token) -> bool:
    """Whether a word before a noun is one of its own modifiers that may stand in a description of a person:
    a place ("a Leeds man"), a comma between places, an adjective or participle and its adverb -- no other
    name, no bracket or quote."""
    if t.ent_type_ and t.ent_type_ not in ("GPE", "LOC", "NORP"):
        return False
    if t.is_punct and t.text != ",":
        return False
    return any(a == noun for a in t.ancestors)


def _blamed(tok: Token) -> bool:
    """Whether a participle after a noun charges, accuses or convicts the one it names ("a man accused of",
    "a woman charged with"; the verbs are the codebook's ``imputing_verbs``)."""
    from newsgraph.extract.event_codebook import codebook

    verbs = codebook().lex("imputing_verbs")
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in children_of(tok))


def _blamed_subject(tok: Token) -> bool:
    """Whether a noun is the subject of a legal participle without auxiliary, as headlines write it ("man
    charged in crash", ``imputing_verbs``)."""
    from newsgraph.extract.event_codebook import codebook

    verb = tok.head
    return (tok.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBN"
            and verb.lemma_.lower() in codebook().lex("imputing_verbs")
            and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)))


def _etype(label: str) -> str:
    return "GPE" if label in ("GPE", "LOC") else label


def find_nominals(doc: Doc, ents: list[Span], titles: list[TitleInfo], used: set[int],
                  appositives: dict[str, tuple[int, int]], by_span: dict[tuple[int, int], Entity],
                  info: dict[str, EntityInfo], lex: Lexicon | None = None,
                  date: str | None = None) -> list[Nominal]:
    """Every nominal mention candidate, in text order: appositions, free titles, role-noun phrases.

    >>> import spacy
    >>> from newsgraph.extract.affiliation import find_title_infos
    >>> from newsgraph.extract.titles import find_titles
    >>> doc = spacy.blank("en")("Gen Asim Munir spoke . The army chief said talks went well .")
    >>> doc.set_ents([Span(doc, 1, 3, "PERSON")])
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> [(n.text, n.role, n.type) for n in find_nominals(doc, list(doc.ents), titles, set(), {}, {}, {})]
    [('army chief', 'chief', 'PERSON')]
    """
    finder = NominalFinder(doc, ents, titles, by_span, info, lex or lexicon())
    found: list[Nominal] = []
    by_reach = {t.reach: t for t in titles}
    for mention_id, (first, reach) in appositives.items():
        t = by_reach.get(reach)
        if t is not None:
            head_i = max((i for i in range(t.start, t.end) if word(doc[i]) == t.head), default=t.end - 1)
            n = finder.build(first, reach, head_i, t.head, "PERSON", t, date)
            n.appositive_to = mention_id
            found.append(n)
    found.extend(finder.from_title(t, date) for t in titles if t.start not in used)
    found.extend(finder.from_ages())
    for tok, lemma in finder.role_tokens():
        role_nominal = finder.from_role(tok, lemma)
        if role_nominal is not None:
            found.append(role_nominal)
    return sorted(found, key=lambda n: n.start)
