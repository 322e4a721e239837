"""Speaker resolution: from the words that name a speaker to an entity of the article, or a descriptor.

Rules, in order (each explainable):

1. a name: the named mention under the speaker's head word ("Miller said" -> the entity of "Miller"); a
   name in apposition ("the group's spokesman, Jens Eschenbecher"; "Tony Woodley, general secretary");
2. an outlet or organisation noun with an organisation's name in it ("the Foreign Policy magazine") ->
   that organisation; a document with its issuer ("a report by the PICSS", "the Pentagon issued a
   statement") -> the issuer;
3. a pronoun -> the most salient compatible antecedent: an earlier speaker or a named subject, nearest
   sentence first ("he said" -> Matthew Miller; "it said" -> the US Department of Defence);
4. a definite role noun -> the last speaker with the same role ("the spokesperson added" -> the
   spokesperson introduced before), a person named with that role ("Spokesperson Matthew Miller"), the
   organisation last named for generic organisation nouns ("the company"), or a person named with that
   role just after ("her rep told People. ... the actress's rep Jack Ketsoyan told the magazine");
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
from newsgraph.nlp.doctext import children_of, doc_text

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another", "one"})
_QUANTIFIERS = frozenset({"all", "both", "some", "several", "many", "most"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
_FUNCTION = frozenset({"the", "a", "an", "of", "for", "and", "'s", "’s", "s"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_AFFILIATION_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "today", "yesterday", "morning", "evening", "night", "week", "month", "year"})
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
           "herself": "f"}
_MAX_BACK = 4


@dataclass(slots=True)
class _Ref:
    """A resolved speaker remembered for later pronouns and role nouns."""

    speaker: Speaker
    pos: int
    sent: int
    kind: str
    head: str
    definite: bool = False


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
    if len(words) == 2 and words[0].lower() in _QUANTIFIERS:
        text, words = words[1], words[1].split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in _DETERMINERS else text


def descriptor_of(span: Span, head: Token) -> str:
    """The words describing an unnamed speaker: the phrase up to its head, then its prepositional phrases
    (not dates), participles and restrictive relative clauses; no determiner.

    >>> from newsgraph.nlp import build_pipeline  # doctest: +SKIP
    >>> doc = build_pipeline()("An official of the ministry on Monday said so.")  # doctest: +SKIP
    >>> descriptor_of(doc[0:7], doc[1])  # doctest: +SKIP
    'official of the ministry'
    """
    doc = span.doc
    end = head.i + 1
    for child in head.rights:
        restrictive = child.dep_ in ("acl", "relcl") and doc[child.left_edge.i - 1].text != ","
        timed = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in child.subtree)
        if (child.dep_ == "prep" and not timed) or restrictive:
            end = max(end, min(span.end, child.right_edge.i + 1))
        elif child.dep_ != "punct":
            break
    while end > head.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return strip_determiner(doc[span.start:end].text)


def _is_definite(head: Token) -> bool:
    """A phrase introduced by ``the``/``this``/a possessive (it refers back), not ``a``/bare plural."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in children_of(head))


def _bare(head: Token) -> bool:
    """A noun with nothing but a determiner or possessive ("the company", not "the federal government")."""
    return all(c.dep_ in ("det", "poss", "punct", "case") for c in head.lefts)


class SpeakerResolver:
    """Resolves speaker phrases of one article in text order, remembering the speakers it resolved."""

    def __init__(self, doc: Doc, article: Article, lex: QuoteLexicon, quoted: list[QuotedSpan]) -> None:
        self.doc, self.article, self.lex = doc, article, lex
        self.quoted = quoted
        self.sent_starts = [s.start_char for s in doc.sents]
        self.mentions = sorted(article.mentions, key=lambda m: m.start)
        self.names = [m for m in self.mentions if m.kind == "NAM"]
        self.mention_starts = [m.start for m in self.mentions]
        self.history: list[_Ref] = []
        self.gender: dict[str, str] = self._genders()

    # ---- lookups ---------------------------------------------------------------------------------
    def sent_index(self, char: int) -> int:
        """The index of the sentence holding a character offset."""
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def mention_at(self, tok: Token, named: bool = True) -> Mention | None:
        """The (named) mention covering a token, if any (the shortest one)."""
        i = bisect.bisect_right(self.mention_starts, tok.idx)
        found = [m for m in self.mentions[max(0, i - 12):i] if m.start <= tok.idx < m.end
                 and (m.kind == "NAM" or not named)]
        return min(found, key=lambda m: m.end - m.start) if found else None

    def entity(self, mention: Mention | None) -> Entity | None:
        """The entity of a mention."""
        return self.article.entity(mention.entity) if mention is not None else None

    def _in_quote(self, char: int) -> bool:
        return any(q.start <= char < q.end for q in self.quoted)

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _genders(self) -> dict[str, str]:
        """Gender of person entities, from titles (Mr, Mrs) and the pronouns coreference gave them."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.entity is None or m.type != "PERSON":
                continue
            if m.kind == "PRO" and m.text.lower() in _GENDER:
                out.setdefault(m.entity, _GENDER[m.text.lower()])
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
        for other in self.names:
            if other.start >= mention.start:
                break
            if other.type in _AFFILIATION_TYPES and org_key(other.text) == key:
                oent = self.entity(other)
                return oent.name if oent else other.text
        return name

    def _inside(self, span: Span, types: frozenset[str]) -> list[Mention]:
        return [m for m in self.names
                if span.start_char <= m.start and m.end <= span.end_char and m.type in types]

    def affiliation(self, span: Span, exclude: Mention | None = None) -> str | None:
        """The organisation or country named inside a speaker phrase (not the speaker itself)."""
        found = [m for m in self._inside(span, _AFFILIATION_TYPES)
                 if exclude is None or not (exclude.start <= m.start and m.end <= exclude.end)]
        if not found:
            return None
        orgs = [m for m in found if m.type == "ORG"]
        return self.canonical((orgs or found)[-1])

    def resolve(self, span: Span, head: Token) -> Speaker:
        """The speaker a phrase names (see the module docstring for the rules)."""
        speaker, kind = self._resolve(span, head)
        self.history.append(_Ref(speaker, span.start_char, self.sent_index(span.start_char), kind,
                                 head.lemma_.lower(), _is_definite(head)))
        return speaker

    def _resolve(self, span: Span, head: Token) -> tuple[Speaker, str]:
        lemma = head.lemma_.lower()
        pclass = self.lex.pronoun_class(head.text) if head.pos_ == "PRON" else None
        if pclass is not None:
            return self._pronoun(span, head, pclass)
        apposed = self._apposed_name(span, head)
        if apposed is not None:
            return self.named(span, apposed), "person" if apposed.type == "PERSON" else "thing"
        mention = self.mention_at(head)
        proper = head.pos_ == "PROPN" or head.text[:1].isupper() or not self.lex.is_role(head.text)
        if mention is not None and mention.type in _NAMED_TYPES and proper:
            mention = self._by_surname(mention)
            return self.named(span, mention), "person" if mention.type == "PERSON" else "thing"
        if lemma in self.lex.document_nouns:
            return self._document(span, head), "thing"
        if lemma in self.lex.media_nouns or lemma in self.lex.org_roles or lemma in self.lex.place_roles:
            return self._organisation(span, head), "thing"
        if lemma in self.lex.person_roles or self.lex.is_role(head.text):
            return self._role(span, head), "person"
        if mention is not None and mention.type in _NAMED_TYPES:
            return self.named(span, mention), "person" if mention.type == "PERSON" else "thing"
        if head.pos_ == "PROPN":
            return Speaker(text=span.text, start=span.start_char, end=span.end_char, name=span.text), "name"
        return self._descriptor(span, head), "unknown"

    def _apposed_name(self, span: Span, head: Token) -> Mention | None:
        """A person or organisation named in apposition to the speaker phrase's head."""
        first = self.mention_at(self.doc[span.start])
        if first is not None and first.type in ("PERSON", "ORG") and first.end < span.end_char \
                and doc_text(self.doc)[first.end:first.end + 1] == "," \
                and not (first.start <= head.idx < first.end):
            return first
        for child in children_of(head):
            if child.dep_ == "appos" and child.i < span.end:
                m = self.mention_at(child)
                if m is not None and m.type in ("PERSON", "ORG"):
                    return m
        return None

    def _by_surname(self, mention: Mention) -> Mention:
        """A one-word name ending an earlier person's full name is that person ("West" -> Tom West)."""
        ent = self.entity(mention)
        if len(mention.text.split()) != 1 or (ent is not None and len(ent.name.split()) > 1):
            return mention
        for m in reversed(self.names):
            if m.start < mention.start and m.type == "PERSON" and len(m.text.split()) > 1 \
                    and m.text.split()[-1] == mention.text:
                return m
        return mention

    def _descriptor(self, span: Span, head: Token) -> Speaker:
        return Speaker(text=span.text, start=span.start_char, end=span.end_char,
                       descriptor=descriptor_of(span, head), affiliation=self.affiliation(span))

    def _inner_name(self, span: Span, head: Token, types: frozenset[str]) -> Mention | None:
        """A named mention inside the phrase that the phrase stands for ("Foreign Policy magazine")."""
        found = [m for m in self._inside(span, types) if not (m.start <= head.idx < m.end)]
        return found[-1] if found else None

    def _copy(self, ref: _Ref, span: Span) -> Speaker:
        return replace(ref.speaker, text=span.text, start=span.start_char, end=span.end_char)

    def _document(self, span: Span, head: Token) -> Speaker:
        """A report, statement or release: its issuer when the text names one."""
        issuer = self._inner_name(span, head, frozenset({"ORG", "PERSON"}))
        doc_words = strip_determiner(head.doc[_compound_start(head):head.i + 1].text).lower()
        if issuer is not None:
            named = self.named(span, issuer)
            return replace(named, descriptor=doc_words, affiliation=self.canonical(issuer))
        if _is_definite(head):
            ref = self._last(lambda r: r.head == head.lemma_.lower() and r.kind == "thing", span) \
                or self._last(lambda r: r.kind == "thing" and r.speaker.entity is not None, span, back=6)
            if ref is not None:
                return replace(self._copy(ref, span), descriptor=ref.speaker.descriptor or doc_words)
        return self._descriptor(span, head)

    def _organisation(self, span: Span, head: Token) -> Speaker:
        """An outlet or organisation noun: a name inside it, an earlier one of its kind, or the nearest."""
        lemma = head.lemma_.lower()
        inner = self._inner_name(span, head, frozenset({"ORG", "FAC"}))
        if inner is not None and lemma not in self.lex.place_roles:
            return replace(self.named(span, inner), affiliation=None)
        if not _is_definite(head) and not (lemma in self.lex.org_roles and head.pos_ == "PROPN"):
            return self._descriptor(span, head)
        ref = self._last(lambda r: self.lex.same_role(r.head, lemma), span)
        if ref is not None:
            return self._copy(ref, span)
        mention = self._organisation_named(span.start_char, lemma) if _bare(head) else None
        return self.named(span, mention) if mention is not None else self._descriptor(span, head)

    def _organisation_named(self, pos: int, lemma: str) -> Mention | None:
        if lemma in self.lex.place_roles:
            return self._nearest_mention(pos, frozenset({"GPE"}))
        if lemma in self.lex.generic_org_roles:
            return self._salient_org(pos)
        return self._nearest_mention(pos, frozenset({"ORG"}), lambda m: lemma in m.text.lower().split())

    def _role(self, span: Span, head: Token) -> Speaker:
        """A person named by role: an earlier speaker or person with that role, else a descriptor."""
        lemma = head.lemma_.lower()
        if _is_definite(head) and not self._inside(span, frozenset({"PERSON"})):
            ref = self._last(lambda r: self.lex.same_role(r.head, lemma), span)
            if ref is not None:
                return self._copy(ref, span)
            person = self._person_with_role(lemma, span.start_char)
            if person is not None:
                return self.named(span, person)
            linked = self._coref_named(span, head)
            if linked is not None:
                return linked
        return self._descriptor(span, head)

    def _coref_named(self, span: Span, head: Token) -> Speaker | None:
        """What coreference made of a nominal ("the star" -> Tara Reid), when it is a named entity."""
        mention = self.mention_at(head, named=False)
        ent = self.entity(mention)
        if mention is None or mention.kind == "NAM" or ent is None:
            return None
        if not any(m.entity == ent.id for m in self.names):
            return None
        return Speaker(text=span.text, start=span.start_char, end=span.end_char, entity=ent.id, name=ent.name,
                       affiliation=self.affiliation(span))

    def _person_with_role(self, lemma: str, before: int) -> Mention | None:
        """The latest person named before ``before`` with this role noun in the name's phrase."""
        here = self.sent_index(before)
        for m in reversed(self.names):
            if m.start >= before or m.type != "PERSON" or here - self.sent_index(m.start) > 8:
                continue
            tok = self._token_at(m.end - 1)
            if tok is not None and any(self.lex.same_role(w, lemma) for w in _role_words(tok)):
                return m
            ent = self.entity(m)
            if ent is not None and any(lemma in t.text.lower().split() for t in ent.titles):
                return m
        return None

    # ---- pronouns ----------------------------------------------------------------------------------
    def _pronoun(self, span: Span, head: Token, pclass: str) -> tuple[Speaker, str]:
        gender = {"person_male": "m", "person_female": "f"}.get(pclass)
        here = self.sent_index(span.start_char)
        best: tuple[float, int, Speaker, str] | None = None
        for score, pos, speaker, kind in self._candidates(span.start_char, here, pclass):
            if gender and speaker.entity and self.gender.get(speaker.entity, gender) != gender:
                continue
            if best is None or (score, -pos) < (best[0], -best[1]):
                best = (score, pos, speaker, kind)
        if best is None:
            return self._coref_pronoun(span, head), "unknown"
        if gender and best[2].entity:
            self.gender.setdefault(best[2].entity, gender)
        resolved = replace(best[2], text=span.text, start=span.start_char, end=span.end_char)
        return resolved, best[3]

    def _coref_pronoun(self, span: Span, head: Token) -> Speaker:
        """A pronoun no speaker rule resolves: what coreference made of it, if anything."""
        mention = self.mention_at(head, named=False)
        ent = self.entity(mention)
        if ent is not None and any(m.kind == "NAM" for m in self.names if m.entity == ent.id):
            return Speaker(text=span.text, start=span.start_char, end=span.end_char, entity=ent.id,
                           name=ent.name)
        return Speaker(text=span.text, start=span.start_char, end=span.end_char)

    def _candidates(self, pos: int, here: int, pclass: str) -> list[tuple[float, int, Speaker, str]]:
        """Antecedents before ``pos``: (score, position, speaker, kind); lower scores are better."""
        person = pclass.startswith("person")
        want = "person" if person else "thing"
        out: list[tuple[float, int, Speaker, str]] = []
        for ref in self.history:
            dist = here - ref.sent
            if ref.pos < pos and dist <= _MAX_BACK and ref.kind in (want, "name"):
                out.append((2.0 * dist + (0.5 if ref.kind == "name" else 0.0), ref.pos, ref.speaker, want))
        types = frozenset({"PERSON"}) if person else frozenset({"ORG", "GPE", "FAC", "NORP"})
        if person:
            out += self._role_subjects(pos, here)
        for m in self.names:
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
                out.append((score, m.start, self.named(span, m), want))
        return out

    def _role_subjects(self, pos: int, here: int) -> list[tuple[float, int, Speaker, str]]:
        """Definite role nouns that were subjects of recent sentences ("The frustrated prosecutor gambled
        ..."), resolved by the role rules to a named person."""
        out: list[tuple[float, int, Speaker, str]] = []
        for m in self.mentions:
            if m.start >= pos:
                break
            dist = here - self.sent_index(m.start)
            if m.kind != "NOM" or m.type != "PERSON" or dist > 2 or self._in_quote(m.start):
                continue
            tok = self._token_at(m.end - 1)
            if tok is None or tok.dep_ != "nsubj" or not _is_definite(tok):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            resolved = self._role(span, tok) if span is not None else None
            if resolved is not None and resolved.entity is not None:
                out.append((2.0 * dist, m.start, resolved, "person"))
        return out

    # ---- history -----------------------------------------------------------------------------------
    def _last(self, test: Callable[[_Ref], bool], span: Span, back: int = 12) -> _Ref | None:
        here = self.sent_index(span.start_char)
        for ref in reversed(self.history):
            if ref.pos < span.start_char and here - ref.sent <= back and test(ref):
                return ref
        return None

    def _nearest_mention(self, pos: int, types: frozenset[str],
                         accept: Callable[[Mention], bool] | None = None) -> Mention | None:
        """The most salient named mention before ``pos``: near, a subject, often named so far."""
        here = self.sent_index(pos)
        seen: dict[str, int] = {}
        best: tuple[float, Mention] | None = None
        for m in self.names:
            if m.start >= pos:
                break
            seen[m.entity or m.text] = seen.get(m.entity or m.text, 0) + 1
            dist = here - self.sent_index(m.start)
            if m.type not in types or dist > _MAX_BACK + 2 or self._in_quote(m.start) \
                    or (accept is not None and not accept(m)):
                continue
            tok = self._token_at(m.end - 1)
            role = 0.0 if tok is not None and tok.dep_ in ("nsubj", "nsubjpass") else 1.0
            if tok is not None and tok.dep_ in ("dobj", "dative", "pobj") and tok.head.lemma_ == "tell":
                role = 3.0
            score = 2.0 * dist + role - min(2.0, 0.5 * seen[m.entity or m.text])
            if best is None or score <= best[0]:
                best = (score, m)
        return best[1] if best else None

    def _salient_org(self, pos: int) -> Mention | None:
        """The organisation the article is about so far: named most often before ``pos``, not as the
        outlet told; the latest of equals."""
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for m in self.names:
            if m.start >= pos:
                break
            tok = self._token_at(m.end - 1)
            told = tok is not None and tok.dep_ in ("dobj", "dative", "pobj") \
                and tok.head.lemma_ in ("tell", "to")
            if m.type != "ORG" or told or self._in_quote(m.start):
                continue
            key = m.entity or m.text
            counts[key] = counts.get(key, 0) + 1
            last[key] = m
        if not counts:
            return None
        key = max(counts, key=lambda k: (counts[k], last[k].start))
        return last[key]

    def finish(self, speakers: list[Speaker]) -> None:
        """Name definite role descriptors by a person named with that role just after them
        ("her rep told People ... the actress's rep Jack Ketsoyan told the magazine")."""
        for i, ref in enumerate(self.history):
            sp = ref.speaker
            if sp.entity is not None or sp.name is not None or not ref.definite or ref.kind != "person":
                continue
            later = next((r for r in self.history[i + 1:] if r.sent - ref.sent <= 3 and r.speaker.entity
                          and r.kind == "person" and self._has_role(r.speaker, ref.head)), None)
            if later is not None:
                sp.entity, sp.name, sp.descriptor = later.speaker.entity, later.speaker.name, None

    def _has_role(self, speaker: Speaker, lemma: str) -> bool:
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and any(self.lex.same_role(t.lemma_.lower(), lemma) for t in span)


def _role_words(tok: Token) -> list[str]:
    """Lemmas of the role words beside a name's last token ("Spokesperson Matthew Miller", "X, the rep")."""
    near = [c for c in children_of(tok) if c.dep_ in ("compound", "appos", "nmod", "amod")]
    near += [g for c in near for g in children_of(c) if g.dep_ in ("compound", "amod", "nmod")]
    if tok.dep_ == "appos":
        near.append(tok.head)
    return [t.lemma_.lower() for t in near]


def _compound_start(head: Token) -> int:
    """The first token of a head noun's compound modifiers ("press release" -> "press")."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in (start, head.i) \
            and doc[start - 1].pos_ == "NOUN":
        start -= 1
    return start
