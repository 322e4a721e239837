"""Speaker resolution: from the words that name a speaker to an entity of the article, or a descriptor.

Rules, in order (each explainable):

1. a name: the mention under the speaker's head word ("Miller said" -> the entity of "Miller");
2. an outlet or organisation noun with a name in it ("the Foreign Policy magazine") -> that organisation;
   a document with its issuer ("a report by the PICSS", "the Pentagon issued a statement") -> the issuer;
3. a pronoun -> the most salient compatible antecedent: an earlier speaker or a subject mention, nearest
   sentence first ("he said" -> Matthew Miller; "it said" -> the US Department of Defence);
4. a definite role noun -> the last speaker with the same role ("the spokesperson added" -> the
   spokesperson introduced before), a person named with that role ("Spokesperson Matthew Miller"), or the
   nearest organisation for organisation nouns ("the company");
5. otherwise a descriptor ("a diplomatic source"), with the organisation or country it belongs to
   ("a US State Department spokesperson" -> affiliated with the US Department of State).

The resolver reads ``article.mentions``/``article.entities`` (coreference) and never changes them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.quote_lexicon import QuoteLexicon
from newsgraph.extract.quote_marks import QuotedSpan
from newsgraph.model import Article, Entity, Mention, Speaker

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another", "one"})
_FUNCTION = frozenset({"the", "a", "an", "of", "for", "and", "'s", "’s", "s"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_AFFILIATION_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC"})
_THING_TYPES = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
_MAX_BACK = 4


@dataclass(slots=True)
class _Ref:
    """A resolved speaker remembered for later pronouns and role nouns."""

    speaker: Speaker
    pos: int
    sent: int
    kind: str
    head: str


def org_key(name: str) -> frozenset[str]:
    """The words of an organisation name without function words, for order-free comparison.

    >>> org_key("the US Department of State") == org_key("US State Department")
    True
    """
    words = re.findall(r"[\w.-]+", name.lower().replace("’", "'"))
    return frozenset(w.rstrip(".") for w in words if w not in _FUNCTION)


def strip_determiner(text: str) -> str:
    """A noun phrase without its leading determiner.

    >>> strip_determiner("a US State Department spokesperson")
    'US State Department spokesperson'
    """
    words = text.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in _DETERMINERS else text


class SpeakerResolver:
    """Resolves speaker phrases of one article in text order, remembering the speakers it resolved."""

    def __init__(self, doc: Doc, article: Article, lex: QuoteLexicon, quoted: list[QuotedSpan]) -> None:
        self.doc, self.article, self.lex = doc, article, lex
        self.quoted = quoted
        self.sent_starts = [s.start_char for s in doc.sents]
        self.mentions = sorted(article.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.history: list[_Ref] = []
        self.gender: dict[str, str] = self._title_genders()

    # ---- lookups ---------------------------------------------------------------------------------
    def sent_index(self, char: int) -> int:
        """The index of the sentence holding a character offset."""
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def mention_at(self, tok: Token) -> Mention | None:
        """The mention covering a token, if any (the shortest one)."""
        i = bisect.bisect_right(self.mention_starts, tok.idx)
        found = [m for m in self.mentions[max(0, i - 8):i] if m.start <= tok.idx < m.end]
        return min(found, key=lambda m: m.end - m.start) if found else None

    def entity(self, mention: Mention | None) -> Entity | None:
        """The entity of a mention."""
        return self.article.entity(mention.entity) if mention is not None else None

    def _in_quote(self, char: int) -> bool:
        return any(q.start <= char < q.end for q in self.quoted)

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _title_genders(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.entity is None or m.type != "PERSON":
                continue
            before = self.article.text[max(0, m.start - 6):m.start].strip().split()
            word = before[-1].lower() if before else ""
            if word in self.lex.male_titles:
                out[m.entity] = "m"
            elif word in self.lex.female_titles:
                out[m.entity] = "f"
        return out

    # ---- building speakers -----------------------------------------------------------------------
    def named(self, span: Span, mention: Mention) -> Speaker:
        """A speaker that is a named mention's entity."""
        ent = self.entity(mention)
        return Speaker(text=span.text, start=span.start_char, end=span.end_char,
                       entity=ent.id if ent else None, name=ent.name if ent else mention.text,
                       affiliation=self.affiliation(span, exclude=mention))

    def canonical(self, mention: Mention) -> str:
        """The name to show for an organisation mention: the earliest entity with the same words."""
        ent = self.entity(mention)
        name = ent.name if ent else mention.text
        key = org_key(name)
        for other in self.mentions:
            if other.start >= mention.start:
                break
            if other.type in _AFFILIATION_TYPES and org_key(other.text) == key:
                oent = self.entity(other)
                return oent.name if oent else other.text
        return name

    def affiliation(self, span: Span, exclude: Mention | None = None) -> str | None:
        """The organisation or country named inside a speaker phrase (not the speaker itself)."""
        found = [m for m in self.mentions if span.start_char <= m.start and m.end <= span.end_char
                 and m.type in _AFFILIATION_TYPES and (exclude is None or m.id != exclude.id)]
        if not found:
            return None
        orgs = [m for m in found if m.type == "ORG"]
        return self.canonical((orgs or found)[-1])

    def resolve(self, span: Span, head: Token) -> Speaker:
        """The speaker a phrase names (see the module docstring for the rules)."""
        speaker, kind = self._resolve(span, head)
        self.history.append(_Ref(speaker, span.start_char, self.sent_index(span.start_char), kind,
                                 head.lemma_.lower()))
        return speaker

    def remember(self, speaker: Speaker, pos: int, kind: str, head: str) -> None:
        """Record a speaker resolved elsewhere (a continued quotation) as the latest one."""
        self.history.append(_Ref(speaker, pos, self.sent_index(pos), kind, head))

    def _resolve(self, span: Span, head: Token) -> tuple[Speaker, str]:
        lemma = head.lemma_.lower()
        pclass = self.lex.pronoun_class(head.text) if head.pos_ == "PRON" else None
        if pclass is not None:
            return self._pronoun(span, head, pclass)
        mention = self.mention_at(head)
        proper = head.pos_ == "PROPN" or head.text[:1].isupper() or not self.lex.is_role(head.text)
        if mention is not None and mention.type in _NAMED_TYPES and proper:
            mention = self._by_surname(mention, head)
            return self.named(span, mention), "person" if mention.type == "PERSON" else "thing"
        if lemma in self.lex.document_nouns:
            return self._document(span, head), "thing"
        if lemma in self.lex.media_nouns or lemma in self.lex.org_roles or lemma in self.lex.place_roles:
            return self._organisation(span, head), "thing"
        if lemma in self.lex.person_roles or self.lex.is_role(head.text):
            return self._role(span, head), "person"
        if mention is not None and mention.type in _NAMED_TYPES:
            return self.named(span, mention), "person" if mention.type == "PERSON" else "thing"
        return self._descriptor(span, head), "person" if head.pos_ != "PROPN" else "unknown"

    def _by_surname(self, mention: Mention, head: Token) -> Mention:
        """A one-word name ending an earlier person's full name is that person ("West" -> Tom West)."""
        ent = self.entity(mention)
        if len(mention.text.split()) != 1 or (ent is not None and len(ent.name.split()) > 1):
            return mention
        for m in reversed(self.mentions):
            if m.start < mention.start and m.type == "PERSON" and len(m.text.split()) > 1 \
                    and m.text.split()[-1] == mention.text:
                return m
        return mention

    def _descriptor(self, span: Span, head: Token) -> Speaker:
        name = span.text if head.pos_ == "PROPN" else None
        return Speaker(text=span.text, start=span.start_char, end=span.end_char,
                       descriptor=None if name else strip_determiner(span.text),
                       affiliation=self.affiliation(span), name=name)

    def _inner_name(self, span: Span, head: Token, types: frozenset[str]) -> Mention | None:
        """A named mention inside the phrase that the phrase stands for ("Foreign Policy magazine")."""
        found = [m for m in self.mentions if span.start_char <= m.start and m.end <= span.end_char
                 and m.type in types and not (m.start <= head.idx < m.end)]
        return found[-1] if found else None

    def _copy(self, ref: _Ref, span: Span) -> Speaker:
        return replace(ref.speaker, text=span.text, start=span.start_char, end=span.end_char)

    def _document(self, span: Span, head: Token) -> Speaker:
        """A report, statement or release: its issuer when the text names one."""
        issuer = self._inner_name(span, head, frozenset({"ORG", "PERSON", "GPE", "NORP"}))
        doc_words = strip_determiner(head.doc[_compound_start(head):head.i + 1].text).lower()
        if issuer is not None:
            named = self.named(span, issuer)
            return replace(named, descriptor=doc_words, affiliation=self.canonical(issuer))
        if _is_definite(head):
            ref = self._last(lambda r: r.head == head.lemma_.lower() and r.kind == "thing", span) \
                or self._last(lambda r: r.kind == "thing", span, back=6)
            if ref is not None:
                return replace(self._copy(ref, span), descriptor=doc_words)
        return self._descriptor(span, head)

    def _organisation(self, span: Span, head: Token) -> Speaker:
        """An outlet or organisation noun: a name inside it, an earlier one of its kind, or the nearest."""
        inner = self._inner_name(span, head, frozenset({"ORG", "GPE", "NORP", "FAC"}))
        if inner is not None and head.lemma_.lower() not in self.lex.place_roles:
            named = self.named(span, inner)
            return replace(named, affiliation=None)
        if not _is_definite(head):
            return self._descriptor(span, head)
        lemma = head.lemma_.lower()
        ref = self._last(lambda r: self.lex.same_role(r.head, lemma), span)
        if ref is not None:
            return self._copy(ref, span)
        types = frozenset({"GPE"}) if lemma in self.lex.place_roles else frozenset({"ORG"})
        mention = self._nearest_mention(span.start_char, types)
        return self.named(span, mention) if mention is not None else self._descriptor(span, head)

    def _role(self, span: Span, head: Token) -> Speaker:
        """A person named by role: an earlier speaker or person with that role, else a descriptor."""
        lemma = head.lemma_.lower()
        if _is_definite(head) and self._inner_name(span, head, frozenset({"PERSON"})) is None:
            ref = self._last(lambda r: self.lex.same_role(r.head, lemma), span)
            if ref is not None:
                return self._copy(ref, span)
            person = self._person_with_role(lemma, span.start_char)
            if person is not None:
                return self.named(span, person)
        return self._descriptor(span, head)

    def _person_with_role(self, lemma: str, before: int) -> Mention | None:
        """The latest person mention before ``before`` whose phrase carries this role noun."""
        for m in reversed(self.mentions):
            far = self.sent_index(before) - self.sent_index(m.start) > 8
            if m.start >= before or m.type != "PERSON" or far:
                continue
            tok = self._token_at(m.end - 1)
            if tok is None:
                continue
            near = list(tok.children) + ([tok.head] if tok.dep_ == "appos" else [])
            near += [g for c in tok.children if c.dep_ in ("compound", "nmod", "appos") for g in c.subtree]
            if any(self.lex.same_role(t.lemma_.lower(), lemma) for t in near):
                return m
            ent = self.entity(m)
            if ent is not None and any(lemma in t.text.lower().split() for t in ent.titles):
                return m
        return None

    # ---- pronouns ----------------------------------------------------------------------------------
    def _pronoun(self, span: Span, head: Token, pclass: str) -> tuple[Speaker, str]:
        want_person = pclass.startswith("person")
        gender = {"person_male": "m", "person_female": "f"}.get(pclass)
        here = self.sent_index(span.start_char)
        best: tuple[float, int, Speaker, str] | None = None
        for score, pos, speaker, kind in self._candidates(span.start_char, here, want_person, pclass):
            if gender and speaker.entity and self.gender.get(speaker.entity, gender) != gender:
                continue
            if best is None or (score, -pos) < (best[0], -best[1]):
                best = (score, pos, speaker, kind)
        if best is None:
            return Speaker(text=span.text, start=span.start_char, end=span.end_char), "unknown"
        if gender and best[2].entity:
            self.gender.setdefault(best[2].entity, gender)
        resolved = replace(best[2], text=span.text, start=span.start_char, end=span.end_char)
        return resolved, best[3]

    def _candidates(self, pos: int, here: int, person: bool,
                    pclass: str) -> list[tuple[float, int, Speaker, str]]:
        """Antecedents before ``pos``: (score, position, speaker, kind); lower scores are better."""
        out: list[tuple[float, int, Speaker, str]] = []
        for ref in self.history:
            dist = here - ref.sent
            if ref.pos < pos and dist <= _MAX_BACK and (ref.kind == "person") == person:
                out.append((2.0 * dist, ref.pos, ref.speaker, ref.kind))
        types = frozenset({"PERSON"}) if person else (_THING_TYPES if pclass == "plural" else
                                                       frozenset({"ORG", "GPE", "FAC"}))
        for m in self.mentions:
            if m.start >= pos:
                break
            dist = here - self.sent_index(m.start)
            if m.type not in types or dist > _MAX_BACK or self._in_quote(m.start):
                continue
            tok = self._token_at(m.end - 1)
            subject = tok is not None and tok.dep_ in ("nsubj", "nsubjpass")
            score = 2.0 * dist + (0.0 if subject else 1.0) + (1.5 if dist == 0 and not subject else 0.0)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((score, m.start, self.named(span, m), "person" if person else "thing"))
        return out

    # ---- history -----------------------------------------------------------------------------------
    def _last(self, test: Callable[[_Ref], bool], span: Span, back: int = 12) -> _Ref | None:
        here = self.sent_index(span.start_char)
        for ref in reversed(self.history):
            if ref.pos < span.start_char and here - ref.sent <= back and test(ref):
                return ref
        return None

    def _nearest_mention(self, pos: int, types: frozenset[str]) -> Mention | None:
        here = self.sent_index(pos)
        best: tuple[float, Mention] | None = None
        for m in self.mentions:
            if m.start >= pos:
                break
            dist = here - self.sent_index(m.start)
            if m.type not in types or dist > _MAX_BACK + 2 or self._in_quote(m.start):
                continue
            tok = self._token_at(m.end - 1)
            score = 2.0 * dist + (0.0 if tok is not None and tok.dep_ in ("nsubj", "nsubjpass") else 1.0)
            if best is None or score <= best[0]:
                best = (score, m)
        return best[1] if best else None


def _is_definite(head: Token) -> bool:
    """A phrase introduced by ``the``/``this``/a possessive (it refers back), not ``a``/bare plural."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its",
                                                           "his", "her", "their")
               for c in head.children)


def _compound_start(head: Token) -> int:
    """The first token of a head noun's compound modifiers ("press release" -> "press")."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in (start, head.i) \
            and doc[start - 1].pos_ == "NOUN":
        start -= 1
    return start
