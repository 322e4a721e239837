"""Draft events and the PLOVER rules that change their type: embedding, intentions, demands in speech.

- Embedding (manual 3.1, 3.5, 3.8, 3.10, 3.11): a trigger whose complement names an act -- "offered to
  work with", "demanded the release of", "threatened to impose", "refused to meet", "accused X of
  attacking" -- is one event; its type comes from the embedding kind and the class of the act
  (``embedding`` in the codebook), its mode from the act's type (``embedded_modes``); the act itself is
  not a separate event.
- Own future (3.1, 3.4): a cooperative act announced by its actor ("will visit", "said it would give")
  is AGREE; a concession CONCEDE; a material conflict THREATEN. Acts expected by others ("is expected
  to meet") keep their type with modality ``future``.
- Obligation in speech (3.8): "X said Y must ..." is a REQUEST by X to Y.

>>> sorted(EMBED_DEPS)
['ccomp', 'dobj', 'pcomp', 'xcomp']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsgraph.extract.event_args import (
    ArticleIndex,
    Roles,
    np_mentions,
    object_recipients,
    purpose_mentions,
    statement_authors,
    verb_participants,
)
from newsgraph.extract.event_codebook import Codebook, TriggerRule
from newsgraph.extract.event_modality import clause_head, modality_of
from newsgraph.extract.event_nouns import noun_participants
from newsgraph.extract.event_syntax import (
    clauses_marked,
    condition_subjects,
    is_passive,
    object_heads,
    patients_of,
    prep_objects,
    subjects_of,
)
from newsgraph.extract.event_triggers import Candidate, find_triggers
from newsgraph.model import Article, EventDate, Mention, Participant, Timex
from newsgraph.nlp.doctext import children_of, doc_tokens

if TYPE_CHECKING:
    from spacy.language import Language

EMBED_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp", "dobj", "pcomp"})
_EMBED_PREPS = frozenset({"for", "of", "to", "on", "with", "against", "about", "into"})
_NON_EVENT_COMPLEMENTS = frozenset(
    {
        "comment",
        "elaborate",
        "answer",
        "respond",
        "speculate",
        "say",
        "confirm",
        "deny",
        "discuss",
        "talk",
        "specify",
        "identify",
        "name",
        "disclose",
    }
)


@dataclass(slots=True)
class Draft:
    """An event under construction."""

    cand: Candidate
    type: str
    mode: str | None
    participants: list[Participant]
    modality: str
    confidence: float
    triggers: list[Token] = field(default_factory=list)
    date: EventDate | None = None
    place: Mention | None = None
    counts: dict[str, int] = field(default_factory=dict)
    #: The type of the act the event is about, when embedding or an announced intention changed the type
    #: ("threatened to impose a curfew": COERCE).
    act: str | None = None
    #: The timex the text dates the event by (placeable on a calendar or not), None when it gives none.
    timex: Timex | None = None
    #: The main trigger's index and sentence, once asked (spaCy walks the Doc for each ``Token.sent``).
    _sent: tuple[int, Span] | None = field(default=None, repr=False, compare=False)

    @property
    def token(self) -> Token:
        """The main trigger token."""
        return self.cand.token

    @property
    def timed(self) -> bool:
        """Whether the text dates the event itself (a timex attached to it, on a calendar or not)."""
        return self.timex is not None

    @property
    def rule(self) -> TriggerRule:
        """The codebook rule of the main trigger."""
        return self.cand.rule

    @property
    def sent(self) -> Span:
        """The sentence of the main trigger."""
        tok = self.cand.token
        if self._sent is None or self._sent[0] != tok.i:
            self._sent = (tok.i, tok.sent)
        return self._sent[1]

    def entities(self, role: str | None = None) -> set[str]:
        """The participant entity ids (of one role, or all)."""
        return {p.entity for p in self.participants if role is None or p.role == role}


def participants_of(cand: Candidate, type_: str, index: ArticleIndex, book: Codebook) -> list[Participant]:
    """The participants of a trigger, by its part of speech."""
    if cand.nominal:
        return noun_participants(cand.token, type_, index, book, cand.rule.mode)
    return verb_participants(cand.token, cand.rule, type_, index, book)


def make_drafts(index: ArticleIndex, book: Codebook) -> list[Draft]:
    """One draft per trigger of the article."""
    drafts = []
    for cand in find_triggers(index, book):
        drafts.append(
            Draft(
                cand=cand,
                type=cand.rule.type,
                mode=cand.rule.mode,
                participants=participants_of(cand, cand.rule.type, index, book),
                modality=modality_of(cand.token, book),
                confidence=cand.rule.confidence,
                triggers=[cand.token],
            )
        )
    return drafts


def drafts_of(nlp: Language, text: str, published: str = "2023-12-15") -> tuple[ArticleIndex, list[Draft]]:
    """The event stage's index of a text the pipeline parses, and its drafts as made, before they are dated,
    merged or filtered: the input of the stage's later steps, to look at one step alone.

    >>> from newsgraph.nlp import build_pipeline  # the example needs the spaCy model
    >>> index, drafts = drafts_of(build_pipeline(), "Police arrested two men.")  # doctest: +SKIP
    >>> [d.token.text for d in drafts]  # doctest: +SKIP
    ['arrested']
    """
    from newsgraph.nlp.pipeline import doc_for

    doc = nlp(doc_for(nlp, Article.new(text, published=published)))
    index = ArticleIndex.build(doc, doc._.ng)
    return index, make_drafts(index, index.book)


def _complements(tok: Token, book: Codebook) -> list[Token]:
    """Tokens that may name the act an embedding trigger is about, nearest first (one light verb deep)."""
    out: list[Token] = []
    for c in children_of(tok):
        if c.dep_ in EMBED_DEPS or (c.dep_ == "acl" and tok.pos_ == "NOUN"):
            out.append(c)
    out += [obj for prep, obj in prep_objects(tok) if prep in _EMBED_PREPS]
    out += _controlled(tok) + _for_clauses(tok)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        out += [c for c in children_of(tok.head) if c.dep_ in ("ccomp", "xcomp")]
    deeper = [
        g
        for c in out
        if c.pos_ in ("VERB", "AUX")
        for g in children_of(c)
        if g.dep_ in ("dobj", "xcomp", "ccomp") or (g.dep_ == "prep" and c.lemma_.lower() in book.light_verbs)
    ]
    deeper += [p for c in list(deeper) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"]
    # "called on its allies to unite and mobilise against NAME": the act coordinated to a complement verb
    deeper += [g for c in out if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
               for g in children_of(c) if g.dep_ == "conj" and g.pos_ == "VERB"]
    return out + deeper


def _controlled(tok: Token) -> list[Token]:
    """The to-infinitive right after the verb's object, which the parser may hang as an adverbial clause:
    "pressed Myanmar to free the journalists" names the act asked of the object (object control), not a
    purpose of the pressing."""
    objs = [c for c in children_of(tok) if c.dep_ == "dobj"]
    return [
        c for c in children_of(tok)
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and objs and c.left_edge.lower_ == "to"
        and c.left_edge.i == objs[0].right_edge.i + 1 and not any(g.dep_ == "mark" for g in children_of(c))
    ]


def _for_clauses(tok: Token) -> list[Token]:
    """A "for ... to" clause, which the parser hangs as an adverbial clause with "for" as its mark: "called
    for both armies to pull back" names the act called for, like "called for a withdrawal"."""
    return [c for c in clauses_marked(tok, "for", ("advcl", "ccomp")) if c.pos_ in ("VERB", "AUX")]


def _is_question(tok: Token, book: Codebook) -> bool:
    """ "asked if ...", "asked whether ...": a question, not a request."""
    if tok.lemma_.lower() not in book.lex("question_verbs"):
        return False
    return any(
        (g.dep_ == "mark" and g.lower_ in ("if", "whether")) or g.tag_.startswith("W")
        for c in children_of(tok)
        if c.dep_ in ("ccomp", "advcl")
        for g in children_of(c)
    )


def _embed_one(outer: Draft, drafts: list[Draft], index: ArticleIndex, book: Codebook) -> Draft | None:
    """Apply one embedding trigger to the act it governs; returns the absorbed draft."""
    by_token = {d.token.i: d for d in drafts if d is not outer}
    comps = _complements(outer.token, book)
    inner = next((by_token[c.i] for c in comps if c.i in by_token), None)
    kind = outer.rule.embed or ""
    if kind in ("intent", "plan", "preparation") and inner is not None and inner.modality == "negated":
        kind = "refusal"
    if kind == "intent" and inner is not None and _promised_to(outer, inner, index):
        kind = "promise"
    if kind == "request" and inner is not None and _asked_directly(outer.token, inner.token) \
            and _against(inner.token, outer.token):
        kind = "call_against"
    if inner is not None and kind == "accusation":
        _alleged(outer, inner)
        return None
    if inner is not None and kind == "intent" and _decided(outer, inner, book):
        outer.type, outer.mode, outer.act = inner.type, inner.mode, inner.act or inner.type
        _take_recipients(outer, inner, kind, index)
        return inner
    if inner is not None:
        new_type = book.embedding.get(kind, {}).get(book.type_class(inner.type))
        if new_type is None:
            return None
        outer.act = inner.act or inner.type
        outer.type = new_type
        outer.mode = (
            outer.rule.mode
            if new_type == outer.rule.type and outer.rule.mode
            else book.embedded_mode(new_type, inner.type)
        )
        if kind == "call_against" and new_type == "ACCUSE":
            _against_recipients(outer, inner, index)
        else:
            _take_recipients(outer, inner, kind, index)
        if kind == "request" and not outer.entities("recipient"):
            _complement_subjects(outer, comps, index)  # "demanded that the US cancel plans to ..."
        return inner
    if kind == "request" and not outer.entities("recipient"):
        _complement_subjects(outer, comps, index)
    if not outer.entities("recipient"):
        _complement_objects(outer, comps, index, book)
    return None


def _decided(outer: Draft, inner: Draft, book: Codebook) -> bool:
    """Whether an agreement is the decision that does the act: a body that "agreed to freeze the assets" of
    officials (the codebook's ``decision_verbs`` over an act of its ``decided_types``) imposes the sanction
    (docs/event-guidelines.md, "Decided with the made-up reports"); agreeing to anything else stays a
    commitment."""
    decided = inner.type.lower() in book.lex("decided_types") and inner.modality != "negated"
    return decided and outer.token.lemma_.lower() in book.lex("decision_verbs")


def _asked_directly(tok: Token, act: Token) -> bool:
    """Whether the act is the very complement of a request ("called for sanctions", "urged its allies to
    mobilise"), not one under a verb of its own ("urged Iran to stop its attacks")."""
    head = act.head.head if act.head.dep_ == "prep" else act.head
    if act.dep_ == "conj" and head.dep_ in ("xcomp", "ccomp"):  # "to unite and mobilise against NAME"
        head = head.head
    return head.i == tok.i


def _against(act: Token, call: Token) -> list[Token]:
    """The "against" objects of an act ("sanctions against Nigeria", "to mobilise against NAME"), or of the
    call when the parser hangs them there ("called [for strikes] [against NAME]")."""
    return [obj for tok in (act, call) for prep, obj in prep_objects(tok) if prep == "against"]


def _against_recipients(outer: Draft, inner: Draft, index: ArticleIndex) -> None:
    """A call for force or sanctions against a party denounces that party (codebook ``call_against``): its
    recipient is the one the act is against, not the one asked to act."""
    roles = Roles(index)
    roles.add_tokens(_against(inner.token, outer.token), "recipient")
    against = roles.result()
    if not against:
        return
    have = {a.entity for a in against}
    outer.participants = [p for p in outer.participants if p.role != "recipient" and p.entity not in have]
    outer.participants += against


def _promised_to(outer: Draft, inner: Draft, index: ArticleIndex) -> bool:
    """Whether an intent is a promise made to a party, beside the act promised, that the act is not aimed at
    someone else: "promised Syria to send troops" (codebook ``embedding.promise``), not "promised its
    supporters to strike X" (a threat to X). The party is an object or dative neither the act nor above it."""
    act = inner.token
    if not any(c.dep_ in ("dobj", "dative") and c.i != act.i and c not in act.ancestors
               for c in children_of(outer.token)):
        return False
    return not inner.entities("recipient") - outer.entities() - index.collectives


def _alleged(outer: Draft, inner: Draft) -> None:
    """ "charged X with murdering Y": the accusation stays ACCUSE; the act is kept as a reported event whose
    actor, when the text does not name one in its clause, is the accused."""
    if inner.modality == "asserted":
        inner.modality = "reported"
    if not inner.entities("actor"):
        have = inner.entities()
        inner.participants += [
            Participant(p.entity, "actor", p.start, p.end)
            for p in outer.participants
            if p.role == "recipient" and p.entity not in have
        ]


def _take_recipients(outer: Draft, inner: Draft, kind: str, index: ArticleIndex) -> None:
    have = outer.entities()
    if kind == "request" and not outer.entities("recipient"):
        for p in inner.participants:
            if p.role == "actor" and p.entity not in have:
                outer.participants.append(Participant(p.entity, "recipient", p.start, p.end))
                have.add(p.entity)
    if not outer.entities("recipient"):
        for p in inner.participants:
            if p.role == "recipient" and p.entity not in have:
                outer.participants.append(p)
    if not outer.entities("actor"):
        outer.participants += [p for p in inner.participants if p.role == "actor" and p.entity not in have]


def _complement_subjects(outer: Draft, comps: list[Token], index: ArticleIndex) -> None:
    """ "demanded that Hamas renounce ...": the one asked to act is the complement's subject."""
    roles = Roles(index)
    for c in comps:
        if c.dep_ in ("ccomp", "acl"):
            roles.add_tokens([s for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")], "recipient")
    have = outer.entities()
    outer.participants += [p for p in roles.result() if p.entity not in have]


def _complement_objects(outer: Draft, comps: list[Token], index: ArticleIndex, book: Codebook) -> None:
    """An act that is no trigger itself still names whom it is directed at: "threatened to break relations
    with Russia", "refused to recognise Israel", "plans to impose restrictions on imports from the EU"."""
    roles = Roles(index)
    for c in comps:
        if c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("xcomp", "ccomp"):
            continue
        if c.dep_ == "ccomp" and outer.rule.embed == "request":
            continue
        roles.add_tokens(patients_of(c), "recipient")
        for prep, obj in prep_objects(c):
            if book.prep_role(outer.type, prep, nominal=False) == "recipient":
                roles.add_tokens([obj], "recipient")
        object_recipients(c, roles, "recipient", index)
    have = outer.entities()
    outer.participants += [p for p in roles.result() if p.role == "recipient" and p.entity not in have]


def threat_conditions(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """A threat without a recipient is made to the subject of its condition ("threatened to strike unless
    Israel rescinded ...", "will stop talks if the United States goes ahead")."""
    marks = book.lex("threat_condition_marks")
    for d in drafts:
        if d.type != "THREATEN" or d.entities("recipient") or d.cand.nominal:
            continue
        roles = Roles(index)
        roles.add_tokens(condition_subjects(d.token, marks), "recipient")
        have = d.entities()
        d.participants += [p for p in roles.result() if p.entity not in have]


def clause_accused(drafts: list[Draft], index: ArticleIndex) -> None:
    """A complaint or allegation told by a verb with a complement clause and no recipient is directed at the
    clause's subject ("protested that the government was torturing prisoners", "complained that Russia had
    violated the accord", "alleged that police beat the protesters")."""
    for d in drafts:
        if d.type != "ACCUSE" or d.cand.nominal or d.entities("recipient"):
            continue
        clauses = [c for c in children_of(d.token) if c.dep_ == "ccomp"]
        roles = Roles(index)
        subjects = [s for c in clauses for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")]
        roles.add_tokens(subjects, "recipient")
        have = d.entities()
        d.participants += [p for p in roles.result() if p.entity not in have]


def purpose_recipients(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> None:
    """A protest without a recipient is directed at the one its purpose or grievance names ("blocked roads
    to press demands on the government", "a strike over a bill signed by the minister"); the types this
    applies to are the codebook's ``purpose_recipient_types``."""
    types = book.lex("purpose_recipient_types")
    for d in drafts:
        if d.type.lower() not in types or d.entities("recipient"):
            continue
        have = d.entities()
        found = [m for m in purpose_mentions(d.token, index, book) if m.entity and m.entity not in have]
        if found:
            m = found[0]
            d.participants.append(Participant(m.entity or "", "recipient", m.start, m.end))


def trailing_attribution(comp: Token) -> bool:
    """Whether a clause hung on a verb as its complement is the attribution closing the sentence, set off by
    a comma after the verb ("agreed to a ceasefire after talks, officials said on Monday"): the parser may
    make the reporter's "said" a complement of the reported verb; it is no complement of it.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["They", "agreed", "to", "it", ",", "officials", "said", "."],
    ...           heads=[1, 1, 1, 2, 1, 6, 1, 1],
    ...           lemmas=["they", "agree", "to", "it", ",", "official", "say", "."],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "ccomp", "punct"])
    >>> trailing_attribution(doc[6])
    True
    """
    if comp.dep_ != "ccomp" or comp.i < comp.head.i or comp.lemma_.lower() != "say":
        return False
    first = comp.left_edge.i
    return first > comp.head.i and first > 0 and comp.doc[first - 1].text == "," \
        and any(c.dep_ == "nsubj" and c.i < comp.i for c in children_of(comp))


def _non_event_only(d: Draft) -> bool:
    """ "declined to comment": an embedding trigger whose only complement is a speech act (a closing
    attribution, :func:`trailing_attribution`, is none)."""
    comps = [c for c in children_of(d.token) if c.dep_ in ("xcomp", "ccomp") and not trailing_attribution(c)]
    return (
        bool(comps)
        and all(c.lemma_.lower() in _NON_EVENT_COMPLEMENTS for c in comps)
        and not any(c.dep_ in ("dobj", "dative") for c in children_of(d.token))
    )


def _object_nouns(drafts: list[Draft]) -> set[int]:
    """Noun triggers that are the object a verb trigger's rule asked for ("ended its ceasefire")."""
    nouns = {d.token.i: d for d in drafts if d.cand.nominal}
    out: set[int] = set()
    for d in drafts:
        if d.cand.nominal or not (d.rule.objects or d.rule.prep_objects):
            continue
        heads = object_heads(d.token)
        if d.rule.prep:
            heads += [obj for _, obj in prep_objects(d.token, d.rule.prep)]
        out.update(id(nouns[h.i]) for h in heads if h.i in nouns)
    return out


def apply_embedding(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> list[Draft]:
    """Fold each embedded act into the trigger that embeds it (outermost first)."""
    absorbed: set[int] = _object_nouns(drafts)
    dropped: set[int] = set()
    for d in sorted(drafts, key=lambda d: d.token.i):
        if d.rule.embed is None or id(d) in absorbed:
            continue
        if _is_question(d.token, book) or _non_event_only(d):
            dropped.add(id(d))
            continue
        inner = _embed_one(d, [x for x in drafts if id(x) not in absorbed], index, book)
        if inner is not None:
            absorbed.add(id(inner))
        elif d.rule.needs_act:
            dropped.add(id(d))
    kept = [d for d in drafts if id(d) not in absorbed and id(d) not in dropped]
    threat_conditions(kept, index, book)
    purpose_recipients(kept, index, book)
    clause_accused(kept, index)
    return kept


def _reporting_governor(head: Token, book: Codebook) -> Token | None:
    """The verb or noun of saying whose complement a clause is ("said that ...", "a reminder that ...")."""
    gov = head.head
    if head.dep_ not in ("ccomp", "parataxis", "acl") or gov.i == head.i:
        return None
    lemma = gov.lemma_.lower()
    if gov.pos_ in ("VERB", "AUX") and lemma in book.reporting_verbs:
        return gov
    if gov.pos_ == "NOUN" and lemma in book.reporting_nouns:
        return gov
    if gov.pos_ in ("VERB", "AUX") and lemma in book.light_verbs:
        # "issued a stern reminder to Iraq that it must ...": the clause hangs on the light verb
        return next(
            (c for c in children_of(gov) if c.dep_ == "dobj" and c.lemma_.lower() in book.reporting_nouns),
            None,
        )
    return None


def _speakers(gov: Token, book: Codebook) -> list[Token]:
    """Who says it: the subject of a verb of saying, or of the verb a noun of saying depends on, or the
    author of the statement a participle of saying qualifies ("a statement saying ...")."""
    if gov.pos_ == "NOUN":
        poss = [c for c in children_of(gov) if c.dep_ == "poss"]
        return poss or (subjects_of(gov.head) if gov.head.pos_ in ("VERB", "AUX") else [])
    return subjects_of(gov) or statement_authors(gov, book)


def reporting_speakers(head: Token, book: Codebook) -> list[Token]:
    """Who says the clause headed by ``head``, when it is the complement of a verb or noun of saying."""
    gov = _reporting_governor(head, book)
    return _speakers(gov, book) if gov is not None else []


def _aux(head: Token) -> set[str]:
    return {c.lower_ for c in children_of(head) if c.dep_ in ("aux", "auxpass")}


def _negated(head: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(head))


def own_future(head: Token, book: Codebook) -> bool:
    """Whether a clause states its own future: "will", "shall", "'ll", "is going to", or reported "would"
    (not "would have": a counterfactual); through "continue to", "try to" and the like ("will continue to
    work with")."""
    for _ in range(3):
        aux = _aux(head)
        if aux & book.lex("future_aux") or ("going" in aux and head.tag_ == "VB"):
            return True
        if "would" in aux and "have" not in aux and _reporting_governor(head, book) is not None:
            return True
        if head.dep_ != "xcomp" or head.head.i == head.i:
            return False
        head = head.head
    return False


def _subject_entities(tokens: list[Token], index: ArticleIndex) -> set[str]:
    return {m.entity for s in tokens for m in np_mentions(s, index) if m.entity}


def _same_speaker(head: Token, gov: Token, index: ArticleIndex, book: Codebook) -> bool:
    """Whether the subject of a reported clause is the speaker ("Iraq said it would ...")."""
    subj = [s for s in children_of(head) if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    said_by = _subject_entities(_speakers(gov, book), index)
    own = _subject_entities(subj[:1], index)
    if own:
        return bool(said_by & own)
    return subj[0].pos_ == "PRON" and subj[0].lower_ in ("they", "it", "he", "she", "we", "i")


def _obliged(head: Token, book: Codebook) -> bool:
    """ "must", "should", "has to", "needs to" on a clause."""
    aux = _aux(head)
    if aux & book.lex("obligation_aux"):
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in ("have", "need") and "to" in aux


def _intention(d: Draft, head: Token, book: Codebook) -> None:
    """A future act announced by its actor (the codebook's ``embedding.future`` row): AGREE, CONCEDE or
    THREATEN; a verbal act is itself (``same``: "said it would demand" is a demand); "will not allow":
    REJECT."""
    if _negated(head):
        new_type: str | None = "REJECT" if book.type_class(d.type) in ("cooperative", "concession") else None
    else:
        table = book.embedding.get("future") or book.embedding["intent"]
        new_type = table.get(book.type_class(d.type))
    if new_type == "same":
        d.modality = "asserted"
        return
    if new_type and new_type != d.type:
        d.act = d.act or d.type
        d.mode = book.embedded_mode(new_type, d.type)
        d.type = new_type
        d.modality = "asserted"


def _speaker_as_actor(d: Draft, head: Token, gov: Token, index: ArticleIndex, book: Codebook) -> None:
    """ "Palestinian leaders said they would ...": an unresolved pronoun subject is the speaker."""
    if d.entities("actor"):
        return
    subj = [s for s in children_of(head) if s.dep_ == "nsubj"]
    personal = ("they", "it", "he", "she", "we", "i")
    if subj and subj[0].lower_ in personal and index.mention(subj[0]) is None:
        roles = Roles(index)
        roles.add_tokens(_speakers(gov, book), "actor")
        have = d.entities()
        d.participants = [p for p in roles.result() if p.entity not in have] + d.participants


def _prosecutor_as_accuser(d: Draft, head: Token, gov: Token, index: ArticleIndex, book: Codebook) -> None:
    """ "District Attorney NAME announced that charges were filed against X", "NAME said X was charged": a
    charge told in the passive without its doer, in what a prosecutor (codebook ``prosecutor_titles``)
    says, is the prosecutor's own: the speaker is the actor."""
    if d.type != "ACCUSE" or d.entities("actor") or not is_passive(head):
        return
    if any(c.dep_ == "agent" for c in children_of(head)):
        return
    speakers = [s for s in _speakers(gov, book) if _prosecutor(s, index, book)]
    if speakers:
        roles = Roles(index)
        roles.add_tokens(speakers, "actor")
        have = d.entities()
        d.participants = [p for p in roles.result() if p.entity not in have] + d.participants


def _prosecutor(tok: Token, index: ArticleIndex, book: Codebook) -> bool:
    """Whether a speaker is a prosecutor: its phrase up to its head ("District Attorney NAME", "prosecutors"),
    or that of another mention of its entity ("District Attorney NAME announced ... NAME said"), or a title
    of its entity, holds a prosecutor's title."""
    titles = book.lex("prosecutor_titles")
    heads = [tok]
    m = index.mention(tok)
    ent = index.article.entity(m.entity) if m is not None else None
    found = [(t.normalized or t.text).lower() for t in ent.titles] if ent is not None else []
    for mid in ent.mentions if ent is not None else []:
        other = index.article.mention(mid)
        span = tok.doc.char_span(other.start, other.end, alignment_mode="expand") if other else None
        heads += [span.root] if span is not None and len(span) else []
    found += [" ".join(t.lower_ for t in h.subtree if t.i <= h.i) for h in heads]
    return any(f" {t} " in f" {f} " for f in found for t in titles)


def _acts(d: Draft, book: Codebook) -> bool:
    """Whether a trigger is the act of its clause's subject: a verb, or the object of a light verb ("will
    hold talks"); not a noun the clause says something about ("the meetings will play a role")."""
    if d.type != d.rule.type:
        return False
    tok = d.token
    light = tok.dep_ == "dobj" and tok.head.lemma_.lower() in book.light_verbs
    return not d.cand.nominal or light or _sum_in(tok)


def _sum_in(tok: Token) -> bool:
    """A noun telling what a sum is given as ("will give $50 million in aid"): the act of the verb."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in children_of(prep.head))


def apply_reported_rules(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> list[Draft]:
    """Own-future intentions and obligations in reported speech (see the module docstring)."""
    for d in drafts:
        head = clause_head(d.token)
        if head.lemma_.lower() in book.reporting_verbs:
            continue
        gov = _reporting_governor(head, book)
        if gov is not None:
            _speaker_as_actor(d, head, gov, index, book)
            _prosecutor_as_accuser(d, head, gov, index, book)
        if gov is not None and _obliged(head, book) and not _same_speaker(head, gov, index, book):
            _obligation(d, head, gov, index, book)
        elif own_future(head, book) and d.modality in ("future", "conditional", "negated") and _acts(d, book):
            _intention(d, head, book)
    return drafts + _bare_obligations(drafts, index, book)


def _obligation(d: Draft, head: Token, gov: Token, index: ArticleIndex, book: Codebook) -> None:
    """ "Russia said Sudan must return the helicopter": REQUEST by the speaker to the one obliged."""
    roles = Roles(index)
    roles.add_tokens(_speakers(gov, book), "actor")
    roles.add_tokens([s for s in children_of(head) if s.dep_ in ("nsubj", "nsubjpass")], "recipient")
    if not roles.items:
        return
    d.mode = book.embedded_mode("REQUEST", d.type)
    d.type = "REQUEST"
    d.participants = roles.result()
    d.modality = "asserted"


_OBLIGATION_RULE = TriggerRule(lemma="must", pos="verb", type="REQUEST", confidence=0.6)


def _bare_obligations(drafts: list[Draft], index: ArticleIndex, book: Codebook) -> list[Draft]:
    """ "The Red Cross said US forces must ensure security": a REQUEST even when the act is no trigger."""
    taken = {clause_head(d.token).i for d in drafts}
    out: list[Draft] = []
    for head in doc_tokens(index.doc):
        if head.pos_ not in ("VERB", "AUX") or head.i in taken or not _obliged(head, book):
            continue
        gov = _reporting_governor(head, book)
        if gov is None or _same_speaker(head, gov, index, book) or _negated(head):
            continue
        cand = Candidate(head, _OBLIGATION_RULE, head.idx, head.idx + len(head))
        d = Draft(
            cand=cand,
            type="REQUEST",
            mode="change",
            participants=[],
            modality="asserted",
            confidence=0.6,
            triggers=[head],
        )
        _obligation(d, head, gov, index, book)
        if d.entities("actor") and d.entities("recipient"):
            out.append(d)
    return out
