"""Who took part in an event and where: participants and place from the dependency parse and the article's
entity mentions.

Participants are entities, never titles: an argument phrase ("US Secretary of State Antony Blinken") is
resolved to the mention that names its head, else to a person named inside it, else to the organisation,
country or nationality that qualifies it ("Hungarian officials" -> Hungarian). Roles follow PLOVER: the
initiator is the actor, the one the act is directed at the recipient (``docs/events-codebook.md``).

>>> ROLE_ORDER["actor"] < ROLE_ORDER["recipient"]
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.collectives import collective_ids, site_collective
from newsgraph.extract.countries import country_code
from newsgraph.extract.event_breakdown import breakdown_groups
from newsgraph.extract.event_codebook import Codebook, TriggerRule, codebook
from newsgraph.extract.event_kinds import kind_mentions
from newsgraph.extract.event_origins import collective_origins
from newsgraph.extract.event_syntax import (
    _OBJECTS,
    agents_of,
    conjuncts,
    controlled_subjects,
    controlling_objects,
    datives,
    is_passive,
    patients_of,
    prep_objects,
    shared_objects,
    subjects_of,
)
from newsgraph.extract.event_vessels import vessel_mentions
from newsgraph.extract.lexicon import lexicon
from newsgraph.model import Article, Mention, Participant, Quote, Timex
from newsgraph.nlp.doctext import children_of, sentence_numbers, url_line, wire_agency

ROLE_ORDER: dict[str, int] = {"actor": 0, "recipient": 1, "participant": 2}
PLACE_TYPES: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
_NP_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "appos", "flat", "npadvmod", "nummod"})
#: Prepositions on a verb's object whose object is the recipient ("imposed sanctions on Iran"; the parties
#: of a thing between them: "brokered a truce between X and Y").
_OBJECT_RECIPIENT_PREPS = frozenset({"to", "for", "on", "against", "with", "by", "from", "between"})
#: ... and those that, on the verb of such an object, still belong to the object ("lift a ban on X", "impose
#: restrictions for new members"); not "from", which on the verb is often where the act came from.
_THING_VERB_PREPS = frozenset({"to", "for", "on", "against"})
_QUALIFIERS = frozenset({"amod", "compound", "nmod"})
_ACTOR_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_NP_PREPS = ("of", "from", "in", "with", "throughout", "across", "for")
#: Of those, the ones that say where the phrase's head is: through them a place names no participant.
_LOCATIVE_NP_PREPS = frozenset({"in", "throughout", "across"})
#: Heads of a part of a group ("one of the two men"): the part is none of the group's people in particular.
_PARTITIVES = frozenset({"one", "each", "either", "neither", "some", "none", "any", "another"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "who"})
#: Participles and adjectives that tie a group to the one it serves: "fighters loyal to X", "gunmen linked to
#: X", "workers affiliated with X", "troops belonging to X" name X.
ALLEGIANCE_WORDS: frozenset[str] = frozenset(
    {"affiliate", "affiliated", "link", "linked", "tie", "tied", "loyal", "belong", "allied", "ally", "align",
     "aligned", "attach", "attached", "connect", "connected", "associate", "associated", "faithful"}
)


@dataclass(slots=True)
class ArticleIndex:
    """Lookups from Doc tokens to the article's mentions, timexes and quotes (built once per article)."""

    doc: Doc
    article: Article
    mention_at: dict[int, Mention] = field(default_factory=dict)
    name_at: dict[int, Mention] = field(default_factory=dict)
    timex_at: dict[int, Timex] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    #: Mentions of unnamed collectives by their head token: participants only where nothing else is named.
    collective_at: dict[int, Mention] = field(default_factory=dict)
    #: The local ids of the article's unnamed collectives (never counted as identifying an event).
    collectives: frozenset[str] = frozenset()
    #: The nationality and country names qualifying each collective anywhere in the article (its origins).
    origins: dict[str, list[Mention]] = field(default_factory=dict)
    #: Unnamed vessel-noun phrases (head token) -> the named ship the article describes with that noun.
    vessel_at: dict[int, Mention] = field(default_factory=dict)
    #: Unnamed kind-noun phrases (head token) -> the named organisation the article describes with that noun.
    kind_at: dict[int, Mention] = field(default_factory=dict)
    #: The codebook the article's events are read with (the configured one unless given).
    book: Codebook = field(default_factory=codebook)

    @classmethod
    def build(cls, doc: Doc, article: Article, book: Codebook | None = None) -> ArticleIndex:
        """Index the article's facts by token position."""
        index = cls(doc=doc, article=article, quotes=list(article.quotes), book=book or codebook())
        groups = index.collectives = frozenset(collective_ids(article))
        for m in article.mentions:
            if url_line(article.text, m.start) or wire_agency(article.text, m.start):
                continue
            if m.entity in groups:
                index.collective_at.update((tok.i, m) for tok in _tokens_in(doc, m.start, m.end))
                continue
            for tok in _tokens_in(doc, m.start, m.end):
                index.mention_at.setdefault(tok.i, m)
                if m.kind == "NAM" and m.entity:
                    index.name_at.setdefault(tok.i, m)
        for t in article.timexes:
            for tok in _tokens_in(doc, t.start, t.end):
                index.timex_at.setdefault(tok.i, t)
        index.origins = collective_origins(doc, index.collective_at, index.name_at, index.mention_at)
        sent_no = sentence_numbers(doc)
        index.vessel_at = vessel_mentions(doc, index.mention_at, sent_no)
        index.kind_at = kind_mentions(doc, index.mention_at, index.book.lex("site_kind_nouns"), sent_no)
        return index

    def mention(self, tok: Token) -> Mention | None:
        """The mention covering a token (only mentions resolved to an entity)."""
        m = self.mention_at.get(tok.i)
        return m if m is not None and m.entity else None

    def entity_type(self, tok: Token) -> str | None:
        """The entity type of the mention covering a token (PERSON for personal pronouns without one)."""
        m = self.mention_at.get(tok.i)
        if m is not None:
            return m.type
        return "PERSON" if tok.lower_ in _PERSON_PRONOUNS else None

    def in_quote(self, start: int, end: int) -> Quote | None:
        """The quote whose content covers a character span."""
        return next((q for q in self.quotes if q.start <= start and end <= q.end), None)


def _tokens_in(doc: Doc, start: int, end: int) -> Iterator[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        yield from span


def np_mentions(
    tok: Token, index: ArticleIndex, types: frozenset[str] | None = None, depth: int = 0
) -> list[Mention]:
    """The mentions that name the noun phrase headed by ``tok`` (see the module docstring).

    ``types`` restricts them to some entity types (e.g. places).
    """
    own = index.mention(tok)
    kind = index.kind_at.get(tok.i) if types is None else None  # "the bank": the bank the article names
    if own is not None and types is None and own.kind == "NOM" and own.type == "ORG":
        return dedupe_mentions([kind or own, *_qualifying_places(tok, index)])  # "Greek bank": and Greek
    if own is not None and types is None and own.kind == "NOM" and own.type == "PERSON":
        renamed = _apposed_over_of(tok, index) or next(
            (m for c in children_of(tok) if c.dep_ == "appos" and (m := index.mention(c)) is not None
             and m.type == "PERSON"), None)
        own = renamed or own  # "the army chief, General NAME,": the name, the description its title
    if own is not None:
        return [kind or own] if types is None or own.type in types else []
    apposed = _apposed_person(tok, index) or _apposed_over_of(tok, index)
    if apposed is not None and types is None:
        return [apposed]
    named = [m for c in children_of(tok) if c.dep_ == "appos" and (m := index.mention(c)) is not None]
    if types is None and any(m.type == "PERSON" for m in named):  # "his mum Alice McMeekin": not "his"
        return [m for m in named if m.type == "PERSON"][:1]
    found = [m for m in _modifier_mentions(tok, index) if types is None or m.type in types]
    persons = [m for m in found if m.type == "PERSON"]
    if persons:
        return persons[:1]
    vessel = (index.vessel_at.get(tok.i) or kind) if types is None else None
    if found or vessel is not None:
        return dedupe_mentions([*found, *([vessel] if vessel is not None else [])])
    site = site_collective(tok, index.collective_at)  # "rebel positions", "a police station in Kandahar"
    if site is not None and (types is None or site.type in types):
        return [site, *index.origins.get(site.entity or "", [])] if types is None else [site]
    if depth < 2:
        for prep, obj in prep_objects(tok):
            if prep in _NP_PREPS:
                sub = np_mentions(obj, index, types, depth + 1)
                if prep == "of" and tok.tag_ == "NNS":  # "the leaders of Chile, Peru and Bolivia": all
                    sub = dedupe_mentions([*sub, *(m for c in conjuncts(obj)[1:]
                                                   for m in np_mentions(c, index, types, depth + 1))])
                if types is None and prep in _LOCATIVE_NP_PREPS:
                    sub = [m for m in sub if not _mere_location(m, index)]
                if prep == "of" and tok.lower_ in _PARTITIVES and sub and all(m.kind == "NOM" for m in sub):
                    return []  # "one of the two men": not both
                if sub:
                    return sub
    group = index.collective_at.get(tok.i)
    if group is None or (types is not None and group.type not in types):
        return []
    return [group, *index.origins.get(group.entity or "", [])] if types is None else [group]


def _mere_location(m: Mention, index: ArticleIndex) -> bool:
    """Whether a mention a noun phrase reaches by a locative preposition ("piracy in the Gulf of Aden",
    "residents in Vancouver") only says where: a place that is no country (a sea, region, city or building).
    A country stands for its state ("authorities in Pakistan")."""
    return m.type in PLACE_TYPES and (m.type != "GPE" or country_code(m.text) is None)


def _qualifying_places(tok: Token, index: ArticleIndex) -> list[Mention]:
    """The countries and nationalities named inside a described organisation's phrase ("a Greek bank")."""
    return [m for c in tok.lefts if c.dep_ in _QUALIFIERS and (m := index.name_at.get(c.i)) is not None
            and m.type in ("NORP", "GPE")]


def _apposed_person(tok: Token, index: ArticleIndex) -> Mention | None:
    """ "Jamal Williams, the defensive tackle for the Chargers": a role noun right after a person's name and a
    comma names that person, however the parser attached it. Not a plural noun, which cannot rename one
    person, nor a noun after the object of a fronted phrase that the comma closes ("According to Colonel
    NAME, Russian forces attacked": the forces are the clause's subject, not the colonel)."""
    if tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS"):
        return None
    edge = tok.left_edge.i
    if edge < 2 or tok.doc[edge - 1].text != ",":
        return None
    name = tok.doc[edge - 2]
    if name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i > tok.i:
        return None  # "According to NAME, ...", "In a letter to NAME, ..."
    m = index.mention(name)
    return m if m is not None and m.type == "PERSON" else None


def _apposed_over_of(tok: Token, index: ArticleIndex) -> Mention | None:
    """ "the head of the Red Crescent, NAME,", "the mayor of the town, NAME": a person's name the parser hung
    on the ``of`` object of a noun renames the whole phrase, not the organisation or place it ends with (a
    name of a person cannot rename a body or a place; not after a noun of a person, whom it may name)."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return None
    for prep, obj in prep_objects(tok):
        role = lexicon().roles.get(obj.lemma_.lower())
        if prep != "of" or index.entity_type(obj) == "PERSON" or (role is not None and role.type == "PERSON"):
            continue  # "the lawyer of the victim, NAME": the name may be the victim's
        for c in children_of(obj):
            m = index.mention(c) if c.dep_ == "appos" else None
            if m is not None and m.type == "PERSON":
                return m
    return None


def _modifier_mentions(tok: Token, index: ArticleIndex, job: bool = False) -> list[Mention]:
    """Names in the modifiers of a noun phrase; under a noun of a job (``job``), no organisation qualifying it
    (its employer), but one in apposition (the noun itself: "the port operator, NAME Holdings,")."""
    job = job or tok.lemma_.lower() in index.book.lex("employment_nouns")
    out: list[Mention] = []
    for c in children_of(tok):
        if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call", "identify"):
            out += [
                m
                for g in children_of(c)
                if g.dep_ in ("oprd", "dobj", "xcomp", "attr")
                if (m := index.mention(g)) is not None
            ]
    out += _allegiance_mentions(tok, index)
    for c in sorted(children_of(tok), key=lambda c: abs(c.i - tok.i)):
        if c.dep_ not in _NP_MODIFIERS or (c.dep_ == "poss" and c.pos_ == "PRON"):
            continue  # "his bosses" are not him
        m = index.mention(c)
        if m is not None and job and c.dep_ != "appos" and _company(m, index):
            continue  # "a Kraft (foods) employee" is not Kraft; "the operator, NAME Holdings," is NAME
        if m is not None:
            out.append(m)
            out.extend(mm for cc in conjuncts(c)[1:] if (mm := index.mention(cc)) is not None)
        else:
            out.extend(_modifier_mentions(c, index, job))
    return out


def _company(m: Mention, index: ArticleIndex) -> bool:
    """Whether a mention names an organisation that is only an employer: not a government body, police,
    armed force or group, whose staff act for it ("an Oregon State Police bomb technician")."""
    ent = index.article.entity(m.entity) if m.entity else None
    return m.type == "ORG" and (ent is None or ent.sector in (None, "BUS"))


def _allegiance_mentions(tok: Token, index: ArticleIndex) -> list[Mention]:
    """The one a group is tied to by a participle or adjective after it ("fighters loyal to X", "gunmen
    linked to X", "workers affiliated with X"); see :data:`ALLEGIANCE_WORDS`."""
    out: list[Mention] = []
    for c in tok.rights:
        tied = c.lemma_.lower() in ALLEGIANCE_WORDS or c.lower_ in ALLEGIANCE_WORDS
        if c.dep_ in ("acl", "amod") and tied:
            out += [m for p, o in prep_objects(c) if p in ("to", "with") for m in np_mentions(o, index)]
    return out


def dedupe_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per entity, the first; mentions of no entity are left out."""
    seen: set[str] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.entity and m.entity not in seen:
            seen.add(m.entity)
            out.append(m)
    return out


class Roles:
    """Participants collected for one event, each entity once, in its strongest role."""

    def __init__(self, index: ArticleIndex) -> None:
        self.index = index
        self.items: dict[str, Participant] = {}

    def add_tokens(self, tokens: Iterable[Token], role: str | None) -> None:
        """Add the entities named by each token's noun phrase in a role (None: ignore)."""
        if role is None:
            return
        for tok in tokens:
            for m in np_mentions(tok, self.index) + breakdown_groups(tok, self.index.mention_at):
                self.add(m, role)

    def add(self, m: Mention, role: str) -> None:
        """Add one mention's entity in a role, keeping the stronger role if it is there already."""
        if not m.entity:
            return
        old = self.items.get(m.entity)
        if old is None or ROLE_ORDER[role] < ROLE_ORDER[old.role]:
            self.items[m.entity] = Participant(entity=m.entity, role=role, start=m.start, end=m.end)

    def result(self) -> list[Participant]:
        """The participants, actors first, then in text order."""
        return sorted(self.items.values(), key=lambda p: (ROLE_ORDER[p.role], p.start or 0))


def verb_participants(
    tok: Token, rule: TriggerRule, type_: str, index: ArticleIndex, book: Codebook
) -> list[Participant]:
    """Actor, recipient and other participants of a verbal trigger."""
    roles = Roles(index)
    actor, recipient = ("recipient", "actor") if rule.swap else ("actor", "recipient")
    if headline_passive(tok, book) and not is_passive(tok):  # a set-off participle is already passive
        actor, recipient = recipient, actor
    if is_passive(tok) and tok.lemma_.lower() in book.stative_passives:
        roles.add_tokens(patients_of(tok), actor)
    else:
        roles.add_tokens(controlling_objects(tok, book.lex("object_control_verbs")) or agents_of(tok), actor)
        roles.add_tokens(patients_of(tok), recipient)
        roles.add_tokens(controlled_subjects(tok), recipient)
    roles.add_tokens(datives(tok), recipient)
    for patient in patients_of(tok):  # "recalled its ambassador [from Iran]", hung on the object
        roles.add_tokens([o for p, o in prep_objects(patient) if p in ("from", "to")
                          and book.prep_role(type_, p, nominal=False) == "recipient"], recipient)
    passive = is_passive(tok)
    for prep, obj in prep_objects(tok):
        if (prep == "by" and passive) or imputed_act(tok, prep, obj, book) or grounds(tok, prep, obj, book):
            continue
        site = _site(obj, book) and any(person_like(p, index) for p in patients_of(tok))
        role = book.prep_role(type_, prep, nominal=False)
        if prep == "between" and rule.mode == "third-party":  # "mediated between X and Y"
            role = recipient
        elif prep == "from" and rule.swap:  # "received aid from X", "received a delegation from X"
            role = "actor"
        elif prep == "on" and tok.lemma_.lower() in book.lex("blame_on_verbs"):  # "blamed the attack on X"
            role = recipient
        roles.add_tokens([obj], "participant" if site else role)
    if not is_passive(tok):
        _object_recipients(tok, roles, recipient, index)
        if not any(p.role == recipient for p in roles.items.values()):
            _prep_thing_recipients(tok, roles, recipient, index)
    if not any(p.role == actor for p in roles.items.values()):
        roles.add_tokens(_custodians(tok, type_, book) or statement_authors(tok, book), actor)
    drop_places(roles, tok, type_, index, book)
    return roles.result()


def _custodians(verb: Token, type_: str, book: Codebook) -> list[Token]:
    """The hold a release is from, whose qualifier holds and releases ("was released from Venezuelan
    custody": Venezuelan; codebook ``custody_nouns``)."""
    if type_ != "RETREAT":
        return []
    return [o for p, o in prep_objects(verb) if p == "from" and o.lemma_.lower() in book.lex("custody_nouns")]


def imputed_act(verb: Token, prep: str, obj: Token, book: Codebook) -> bool:
    """Whether a verb's prepositional object is the act it imputes ("charged with the murders of X"): its
    victims are the act's, not the charge's. An operation noun is the arrest's own ("arrested in a police
    sweep": codebook ``operation_nouns``), no act imputed."""
    return (prep in book.lex("imputing_preps") and verb.lemma_.lower() in book.lex("imputing_verbs")
            and obj.lemma_.lower() not in book.lex("operation_nouns")
            and (obj.lemma_.lower() in book.nouns or act_death(obj, book)))


def act_death(tok: Token, book: Codebook) -> bool:
    """ "the shooting death of X", "a stabbing death": a death noun the act noun before it names."""
    return tok.lemma_.lower() in book.lex("death_nouns") and any(
        c.dep_ == "compound" and c.lemma_.lower() in book.nouns for c in children_of(tok))


def grounds(verb: Token, prep: str, obj: Token, book: Codebook) -> bool:
    """Whether a verb's prepositional object gives the grounds it imputes ("arrested on suspicion of DUI",
    "held on a DUI charge"): the offence named there is no party."""
    return (prep in book.lex("grounds_preps") and verb.lemma_.lower() in book.lex("imputing_verbs")
            and obj.lemma_.lower() in book.lex("grounds_nouns"))


def person_like(tok: Token, index: ArticleIndex) -> bool:
    """Whether a noun phrase names or describes people ("two co-workers", "NAME", "them")."""
    if any(m.type in ("PERSON", "NORP") for m in np_mentions(tok, index)):
        return True
    roles = lexicon().roles
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PRON" or lemma in ("people", "person") or lemma in roles or tok.lower_ in roles


def described_victims(tok: Token, index: ArticleIndex, book: Codebook) -> bool:
    """Whether an act is done to people the text describes ("arrested the rebels", "fired at protesters",
    "the killing of two guards"): its objects (passive subjects) and at/on/against objects, or a patient
    noun's "of" object. Anonymous members of the population ("killed 23 people", "arrested 30 people",
    "shot a man": codebook ``population_nouns``, named by no entity) are no such description: the act is
    directed at the polity where it happens; nor are the doers themselves ("blew themselves up")."""
    if tok.pos_ in ("VERB", "AUX"):
        aimed = [o for p, o in prep_objects(tok) if p in ("at", "on", "upon", "against")]
        return any(_people(p, index, book) for p in patients_of(tok) + aimed)
    if tok.lemma_.lower() in book.patient_nouns:
        return any(_people(o, index, book) for _, o in prep_objects(tok, "of"))
    return False


def _people(tok: Token, index: ArticleIndex, book: Codebook) -> bool:
    if tok.lemma_.lower() in book.lex("population_nouns") and not np_mentions(tok, index):
        return False
    if tok.lower_.endswith(("self", "selves")):  # "blew themselves up": the doers, no victims described
        return False
    return person_like(tok, index) or tok.lemma_.lower() in book.lex("people_nouns")


def _site(obj: Token, book: Codebook) -> bool:
    """A prepositional object that names a site by a place noun ("at the Kraft Foods plant"): where an act
    done to someone happened, not a second target ("killed two co-workers at the NAME plant"); its owner
    takes part as an other participant."""
    return obj.lemma_.lower() in book.place_nouns


def purpose_mentions(tok: Token, index: ArticleIndex, book: Codebook) -> list[Mention]:
    """Names of actors in the clauses that give an act's purpose or grievance, nearest first: "staged
    demonstrations to demand reforms by Suharto's government", "rioted following a demonstration calling
    for the removal of Mubarak", "a strike over a bill signed by the minister"; places ("in Gaza") and the
    act's subject are left out. A "for" phrase the parser hangs on the verb's object is a purpose too
    ("mobilized reservists for a war against Iraq")."""
    heads = [tok]
    if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "AUX", "ADP"):
        heads.append(tok.head.head if tok.dep_ == "pobj" else tok.head)
    clauses = [c for h in heads for c in children_of(h) if c.i not in (h.i for h in heads)]
    clauses += [c for o in children_of(tok) if o.dep_ in _OBJECTS for c in children_of(o)
                if c.dep_ == "prep" and c.lower_ == "for"]
    # "blocked roads leading to the centre to press demands on X": the parser hangs the purpose on the
    # participle that describes the object
    clauses += [c for o in children_of(tok) if o.dep_ in _OBJECTS for a in children_of(o) if a.dep_ == "acl"
                for c in children_of(a) if c.dep_ == "advcl"]
    out: list[Mention] = []
    for c in clauses:
        if c.dep_ not in ("advcl", "xcomp", "acl", "prep", "relcl"):
            continue
        if c.dep_ == "prep" and any(place_mentions(o, index, book) for _, o in _pobjs(c)):
            continue
        out += [m for t in c.subtree if (m := index.mention(t)) is not None and m.type in _ACTOR_TYPES]
    return sorted(dedupe_mentions(out), key=lambda m: abs(m.start - tok.idx))


def _pobjs(prep: Token) -> Iterator[tuple[str, Token]]:
    for p in children_of(prep):
        if p.dep_ == "pobj":
            yield prep.lemma_.lower(), p


def statement_authors(tok: Token, book: Codebook) -> list[Token]:
    """Who made the statement a participle gives the content of: "the party issued a declaration
    demanding ...", "the ministry's statement condemning ...", "a statement by the UN urging ..."."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in book.reporting_nouns:
        return []
    own = [c for c in children_of(noun) if c.dep_ == "poss"] + [
        o for p, o in prep_objects(noun) if p in ("by", "from")
    ]
    if own:
        return [t for o in own for t in conjuncts(o)]
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return subjects_of(noun.head)
    return []


def headline_passive(tok: Token, book: Codebook) -> bool:
    """ "Texas prisoner captured", "Jamal Williams Arrested For DUI": a headline passive without "was" (a
    past form of a transitive act, no auxiliary, no object, in a line without a final full stop); in any
    line, a past participle the parser made the verb of its noun ("says the woman accused of killing two
    ... is a good person": tagged as a participle, no object, no auxiliary)."""
    if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in book.lex("headline_passives"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children_of(tok)):
        return False
    if shared_objects(tok):
        return False
    if not any(c.dep_ == "nsubj" for c in children_of(tok)):
        return False
    return tok.tag_ == "VBN" or not tok.sent.text.rstrip().endswith((".", '."', ".”"))


def object_recipients(tok: Token, roles: Roles, recipient: str, index: ArticleIndex) -> None:
    """The recipients a verb's object names (public form of the rule below, for embedded acts)."""
    _object_recipients(tok, roles, recipient, index)


def _object_recipients(tok: Token, roles: Roles, recipient: str, index: ArticleIndex) -> None:
    """When a verb's object is a thing, whose or for whom it is names the recipient: "imposed sanctions on
    Iran", "rejected Saddam's proposal", "rejected calls by Annan", "suspended part of an aid program for
    Bosnia", "attacked a Brazilian ship" -- also when the parser hung the phrase on the verb ("lift the ban
    on X")."""
    things = [t for t in patients_of(tok) if index.mention(t) is None]
    if things:  # the parser often hangs the object's phrase on the verb: "lift [a ban] [on X]"
        roles.add_tokens([o for p, o in prep_objects(tok) if p in _THING_VERB_PREPS], recipient)
    things += [o for t in things for p, o in prep_objects(t, "of") if index.mention(o) is None]
    for thing in things:
        roles.add_tokens([o for p, o in prep_objects(thing) if p in _OBJECT_RECIPIENT_PREPS], recipient)
        if not _person_noun(thing):  # "shot his colleagues": not him
            roles.add_tokens([c for c in children_of(thing) if c.dep_ == "poss"], recipient)
        # "denied the charges made by Israel": the agent of the participle describing the thing (not of
        # people: "freed hostages held by X" is not directed at X, the actor of the holding)
        if not (_person_noun(thing) or thing.lemma_.lower() in index.book.lex("people_nouns")):
            roles.add_tokens([o for a in children_of(thing) if a.dep_ == "acl" and a.tag_ == "VBN"
                              for p, o in prep_objects(a, "by")], recipient)
        for c in children_of(thing):
            m = index.mention(c)
            if c.dep_ in _QUALIFIERS and m is not None and m.type in _ACTOR_TYPES:
                roles.add(m, recipient)


def _person_noun(tok: Token) -> bool:
    """A common noun naming people by their role ("colleagues", "mother", "guards")."""
    role = lexicon().roles.get(tok.lemma_.lower())
    return role is not None and role.type == "PERSON"


#: Prepositions of a verb whose thing-object is what the act is about ("reneged on its commitment to X").
_ABOUT_PREPS = frozenset({"on", "upon", "against", "over", "to"})


def _prep_thing_recipients(tok: Token, roles: Roles, recipient: str, index: ArticleIndex) -> None:
    """A verb whose act is about a thing named in a prepositional phrase directs it at whose or for whom that
    thing is: "reneged on his commitment to the Zambian people", "insisted on demands by X"."""
    things = [o for p, o in prep_objects(tok) if p in _ABOUT_PREPS and index.mention(o) is None
              and o.pos_ == "NOUN"]
    for thing in things:
        roles.add_tokens([o for p, o in prep_objects(thing) if p in _OBJECT_RECIPIENT_PREPS], recipient)
        roles.add_tokens([c for c in children_of(thing) if c.dep_ == "poss" and c.pos_ != "PRON"], recipient)


def drop_places(roles: Roles, tok: Token, type_: str, index: ArticleIndex, book: Codebook) -> None:
    """A place attached by "in/at" is the event's place, not a participant."""
    for m in place_candidates([tok], type_, index, book):
        p = roles.items.get(m.entity or "")
        if p is not None and p.start == m.start:
            del roles.items[m.entity or ""]


def place_candidates(
    anchors: Iterable[Token], type_: str, index: ArticleIndex, book: Codebook
) -> list[Mention]:
    """GPE/LOC/FAC mentions attached to the anchors by a place preposition, best first."""
    preps = book.places_for(type_)
    found: list[tuple[int, int, Mention]] = []
    for rank, anchor in enumerate(anchors):
        heads = [anchor] + [c for c in children_of(anchor) if c.dep_ in _OBJECTS | {"nsubjpass"}]
        heads += [obj for _, obj in prep_objects(anchor)]
        heads += [c for c in children_of(anchor) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for depth, head in enumerate(heads):
            for order, obj in _place_objects(head, preps, book):
                for m in place_mentions(obj, index, book):
                    found.append((rank * 100 + depth * 20 + order, m.start, m))
    return [m for _, _, m in sorted(found, key=lambda x: (x[0], x[1]))]


def _place_objects(head: Token, preps: tuple[str, ...], book: Codebook) -> Iterator[tuple[int, Token]]:
    """The objects of a head's place prepositions with their rank: the type's prepositions; "on", "off"
    only before a noun of an edge ("on the outskirts of Aleppo", "off the coast of Somalia"); "of" after
    a compass word ("a base 20 km east of Mosul"). An individual's "from" is where the person comes from, not
    where the act was ("arrested a man from Marseille"; still "drove militants from the district")."""
    through_nouns = book.lex("place_noun_preps")
    for prep, obj in prep_objects(head):
        if prep in preps and not (prep == "from" and _origin_of_individual(head)):
            yield preps.index(prep), obj
        elif prep in through_nouns and obj.lemma_.lower() in book.lex("edge_nouns") and obj.pos_ == "NOUN":
            yield len(preps), obj
    for c in children_of(head):
        if c.lemma_.lower() in book.lex("compass_words") and c.dep_ in ("advmod", "npadvmod", "prep"):
            yield from ((len(preps), obj) for prep, obj in prep_objects(c) if prep == "of")


def _origin_of_individual(head: Token) -> bool:
    """Whether a "from" phrase on a head tells an individual's origin: the head is one person, or a verb
    whose object is ("arrested a student from Lahore", however the parser hangs it)."""
    if _individual(head):
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and _individual(c) for c in children_of(head))


def _individual(tok: Token) -> bool:
    """ "a man", "a 20-year-old student", "NAME": one person, whose "from" phrase is an origin."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok))


def place_mentions(tok: Token, index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The place a prepositional object names: a GPE/LOC/FAC name (not a pronoun), or a place noun
    qualified by one ("the Chitral district", "the town of Cizre", "central Baghdad"), or a noun of the
    codebook's acts qualified by one, as headlines name where an act happened ("in West Bank raid", "in a
    Kabul hotel attack")."""
    own = index.mention(tok)
    if own is not None:
        return [own] if own.type in PLACE_TYPES and own.kind != "PRO" else []
    if tok.lemma_.lower() not in book.place_nouns:
        return _qualifying_place(tok, index) if tok.lemma_.lower() in book.nouns else []
    return [m for m in np_mentions(tok, index, PLACE_TYPES) if m.kind != "PRO"][:1]


def _qualifying_place(tok: Token, index: ArticleIndex) -> list[Mention]:
    """The place name a noun's compound modifiers hold ("West Bank" in "West Bank raid", "Kabul" in "Kabul
    hotel attack"), followed through a chain of compounds."""
    for c in children_of(tok):
        if c.dep_ != "compound":
            continue
        m = index.mention(c)
        if m is not None and m.type in PLACE_TYPES and m.kind == "NAM":
            return [m]
        if m is None and (inner := _qualifying_place(c, index)):
            return inner
    return []

