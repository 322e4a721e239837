"""Participants of an event told by a noun ("Munir's meeting with Blinken", "the arrest of X", "held talks"):
the possessor, the "of" object, qualifying names, prepositional objects, and the verb that governs the noun.

The noun-phrase and role machinery is shared with verbal triggers (:mod:`newsgraph.extract.event_args`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.countries import country_code
from newsgraph.extract.event_args import (
    ArticleIndex,
    Roles,
    act_death,
    drop_places,
    grounds,
    headline_passive,
    imputed_act,
    np_mentions,
)
from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_groups import unnamed_group_actors
from newsgraph.extract.event_syntax import (
    agents_of,
    conjuncts,
    datives,
    is_passive,
    patients_of,
    prep_objects,
    subjects_of,
)
from newsgraph.model import Mention, Participant
from newsgraph.nlp.doctext import children_of

#: Dependency labels of the words that qualify a noun ("Israeli raids", "Somali pirate attack").
QUALIFIERS = frozenset({"amod", "compound", "nmod"})
#: Entity types a qualifier can name as a party.
ACTOR_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: Entity types of the one who died of an act of force.
_VICTIM_TYPES = frozenset({"NORP", "PERSON"})


def noun_participants(
    tok: Token, type_: str, index: ArticleIndex, book: Codebook, mode: str | None = None
) -> list[Participant]:
    """Actor, recipient and other participants of a nominal trigger ("Munir's meeting with Blinken").

    The possessor and the "of" object are the actor, or the recipient for nouns of acts done to someone
    (the codebook's ``patient_nouns``: "the arrest of X", "X's release"); beside an "of" object the possessor
    is the actor ("the police's arrest of X").
    """
    roles = Roles(index)
    phrase = tok.head if tok.dep_ == "compound" else tok
    # "the shooting death of X": the one whose death the act noun names is its victim
    patient = tok.lemma_.lower() in book.patient_nouns or (phrase.i != tok.i and act_death(phrase, book))
    owner = "recipient" if patient else "actor"
    own_of = any(p == "of" for p, _ in prep_objects(phrase))
    of_role = "recipient" if own_of and _doer_named(phrase) else owner
    for c in children_of(phrase):
        if c.i == tok.i:
            continue
        if c.dep_ == "poss":  # "the NYPD's shooting of a teen": with an "of" object the possessor acts
            roles.add_tokens(conjuncts(c), "actor" if own_of else owner)
        elif c.dep_ in QUALIFIERS:
            held = _site_held(c, phrase, type_, book)  # "a Casty shop raid": the shop raided is Casty's
            for m in _qualifier_mentions(c, index):
                roles.add(m, "recipient" if held else "actor")
    parties: list[Token] = []
    for prep, obj in prep_objects(phrase):
        if prep == "of":
            _of_object(obj, of_role, type_, roles, book)
            continue
        if prep == "by" and owner == "recipient" and not own_of and _person_of(obj, index):
            _of_object(next(o for p, o in prep_objects(obj, "of")), owner, type_, roles, book)
            agent = index.mention(obj)
            if agent is not None:
                roles.add(agent, "actor")
            continue
        if _charged_for(type_, prep, obj, book):
            continue
        if prep in _TARGET_PREPS and not any(p == "by" for p, _ in prep_objects(phrase)):
            _misplaced_agents(obj, index, roles, book)  # "the attack on the embassy by Taliban fighters"
        if prep == "between":
            parties.append(obj)
            continue
        roles.add_tokens([obj], book.prep_role(type_, prep, nominal=True))
    parties += _passive_light_parties(phrase, book)
    _passive_light_agents(phrase, type_, roles, book)
    _governor_roles(phrase, type_, roles, book)
    _between_roles(parties, type_, roles, book, mode)
    if not any(p.role == "actor" for p in roles.items.values()):  # "a pirate attack": pirates named elsewhere
        heads = [tok, *(c for c in children_of(phrase) if c.dep_ in QUALIFIERS)]
        for m in unnamed_group_actors(heads + [o for p, o in prep_objects(phrase) if p == "by"], index, book):
            roles.add(m, "actor")
    drop_places(roles, phrase, type_, index, book)
    return roles.result()


#: Prepositions of an act noun's target, on whose object the parser may hang the act's "by" agent.
_TARGET_PREPS = frozenset({"on", "against", "of"})
#: Entity types a "by" phrase only locates with ("by the river", "by Lake Chad").
_LOCATING_TYPES = frozenset({"LOC", "FAC"})


def _misplaced_agents(obj: Token, index: ArticleIndex, roles: Roles, book: Codebook) -> None:
    """The "by" agent of an act noun the parser hung on the noun's target, a person, group or site ("the
    attack on the embassy by Taliban fighters", "the killing of a farmer by soldiers"): the act's actor,
    unless it only locates. A target that is an act of its own keeps its agent ("protests against
    violations by the army": the army violates, the protest is against it)."""
    lemma = obj.lemma_.lower()
    if lemma in book.nouns:
        return
    if index.mention(obj) is None and obj.i not in index.collective_at and lemma not in book.lex(
            "site_kind_nouns"):
        return
    for _, agent in prep_objects(obj, "by"):
        for m in np_mentions(agent, index):
            if m.type not in _LOCATING_TYPES:
                roles.add(m, "actor")


def _passive_light_parties(phrase: Token, book: Codebook) -> list[Token]:
    """The parties of a noun trigger that is the passive subject of a light verb, named by the verb's
    "between" phrase: "talks were held between Sudan and the SPLA" (PLOVER 3.2: "holding talks")."""
    verb = phrase.head
    if phrase.dep_ != "nsubjpass" or verb.lemma_.lower() not in book.light_verbs:
        return []
    return [obj for prep, obj in prep_objects(verb) if prep == "between"]


#: Prepositions of a light verb that name the parties of its noun as the noun's own would ("an apology was
#: issued by Japan to South Korea": "Japan's apology to South Korea").
_LIGHT_PARTY_PREPS = ("to", "with", "against")


def _passive_light_agents(phrase: Token, type_: str, roles: Roles, book: Codebook) -> None:
    """A noun trigger that is the passive subject of a light verb: the verb's "by" agent is its actor, the
    verb's "to", "with" and "against" phrases name its parties ("an apology was issued by Japan to South
    Korea", "a protest was lodged by Seoul with Tokyo")."""
    verb = phrase.head
    if phrase.dep_ != "nsubjpass" or verb.lemma_.lower() not in book.light_verbs:
        return
    roles.add_tokens(agents_of(verb), "actor")
    for prep, obj in prep_objects(verb):
        if prep in _LIGHT_PARTY_PREPS:
            roles.add_tokens([obj], book.prep_role(type_, prep, nominal=True))


def _between_roles(parties: list[Token], type_: str, roles: Roles, book: Codebook, mode: str | None) -> None:
    """The parties a noun trigger is "between" act together ("talks between X and Y": actors), but when a
    third party already acts -- a mediator, a host or organiser named by the possessor or the governing verb
    ("Switzerland hosted talks between X and Y", "Egypt's mediation between X and Y") -- they are the ones it
    acts for: recipients."""
    third = mode == "third-party" or any(p.role == "actor" for p in roles.items.values())
    role = "recipient" if third else book.prep_role(type_, "between", nominal=True)
    roles.add_tokens(parties, role)


def _doer_named(phrase: Token) -> bool:
    """Whether a noun trigger names its doer by a possessor or a "by" agent, so that its "of" object is the
    one acted on: "Israel's bombing of Lebanon", "the invasion of Kuwait by Iraq", "Russia's criticism of
    NATO"."""
    return any(c.dep_ == "poss" for c in children_of(phrase)) or any(
        p == "by" for p, _ in prep_objects(phrase))


def _charged_for(type_: str, prep: str, obj: Token, book: Codebook) -> bool:
    """The act a charge or conviction named by a noun is for ("a guilty verdict for NAME for the murder of
    NAME2"): its victims are the act's, not the verdict's (like ``imputed_act`` for verbs)."""
    return (type_ in ("ACCUSE", "SANCTION") and prep in book.lex("imputing_preps")
            and obj.lemma_.lower() in book.nouns)


def _person_of(agent: Token, index: ArticleIndex) -> bool:
    """ "the killing by police of a 15-year-old boy": the parser hangs the trigger's "of" object (a person) on
    the agent; it is the one the act was done to, not the agent's."""
    return any(m.type == "PERSON" for _, o in prep_objects(agent, "of") for m in np_mentions(o, index))


def _of_object(obj: Token, owner: str, type_: str, roles: Roles, book: Codebook) -> None:
    """The "of" object of a noun trigger is its owner, but a phrase the parser hung on that object which
    has a role of its own for the trigger keeps it: "the withdrawal of forces from Panama" (Panama is
    the recipient, not the owner)."""
    nested: set[str] = set()
    for prep, inner in prep_objects(obj):
        role = book.prep_role(type_, prep, nominal=True)
        if prep != "of" and role is not None and role != owner:
            for m in np_mentions(inner, roles.index):
                roles.add(m, role)
                nested.add(m.entity or "")
    for m in np_mentions(obj, roles.index):
        if (m.entity or "") not in nested:
            roles.add(m, owner)


def _qualifier_mentions(tok: Token, index: ArticleIndex) -> list[Mention]:
    """Names qualifying a noun: "Israeli raids", "Somali pirate attack" (through the "pirate" compound); a
    town or city is where it happened, no party ("a Brooklyn shooting")."""
    m = index.mention(tok)
    if m is not None:
        town = m.type == "GPE" and country_code(m.text) is None
        return [m] if m.type in ACTOR_TYPES and not town else []
    if tok.pos_ != "NOUN":
        return []
    return [mm for c in children_of(tok) if c.dep_ in QUALIFIERS for mm in _qualifier_mentions(c, index)]


def _site_held(tok: Token, phrase: Token, type_: str, book: Codebook) -> bool:
    """Whether a qualifier of an act noun of force names the holder of a site noun (codebook
    ``site_kind_nouns``, ``target_site_nouns``) that qualifies the act noun too, after it or as its head: the
    one the act was done to ("a Casty shop raid", "a Hamas base raid"), not its doer; so are the names
    qualifying a site noun that qualifies it ("the Verrano shop raid")."""
    if type_ not in ("ASSAULT", "COERCE"):
        return False
    sites = book.lex("site_kind_nouns") | book.lex("target_site_nouns")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in sites:  # "the Verrano shop raid": Verrano's shop
        return True
    return any(c.dep_ in QUALIFIERS and c.pos_ in ("NOUN", "PROPN") and c.lower_ in sites
               and (c.i > tok.i or c.i == tok.head.i) for c in (*children_of(phrase), *children_of(tok)))


def _governor_roles(tok: Token, type_: str, roles: Roles, book: Codebook) -> None:
    """A noun trigger that is the object of a verb, or in a prepositional phrase of it, takes the verb's
    subject as actor ("held talks", "discussed ... in a telephone conversation", "killed in an attack"); so
    does the object of a verb announcing one's own act ("the Pentagon announced the deployment of troops to
    Poland": codebook ``announcing_verbs``), and the object of a verb calling one's own protest ("the union
    called a strike": ``protest_calling_verbs``)."""
    tok = _series_head(tok, book)
    verb, link = tok.head, tok.dep_
    carrier = _counted_charge(tok, book)
    if carrier is not None:  # "charged X with two counts of murder": X's murder
        if imputed_act(carrier.head.head, carrier.head.lower_, tok, book):
            roles.add_tokens(patients_of(carrier.head.head), "actor")
        return
    held = _term_holders(tok, book)
    if held is not None:  # "NAME was serving a sentence for the killing of X": NAME's killing
        roles.add_tokens(held, "actor")
        return
    claimer = _claiming_verb(tok, book)
    if claimer is not None:  # "X claimed responsibility for the bombing": X's bombing
        roles.add_tokens(agents_of(claimer) if is_passive(claimer) else subjects_of(claimer), "actor")
        return
    if type_ not in _FRAMING_TYPES and _under_act(tok, roles):  # "the town came under attack": attacked
        return
    granter = _sum_granter(tok)
    if granter is not None:  # "approved 8 million dollars in aid for Chad": the approver's aid
        roles.add_tokens(agents_of(granter) if is_passive(granter) else subjects_of(granter), "actor")
        for prep, obj in prep_objects(granter):
            roles.add_tokens([obj], book.prep_role(type_, prep, nominal=True))
        return
    if link == "pobj" and verb.dep_ == "prep":
        verb, link = _past_cause_noun(verb.head, book), "prep"
    if link == "prep" and type_ == "ASSAULT" and verb.lemma_.lower() in book.lex("death_verbs"):
        for subj in subjects_of(verb):  # "a prisoner died of torture": its victim, a person (not "the
            for m in np_mentions(subj, roles.index, _VICTIM_TYPES):  # sheriff's deputy"'s department)
                roles.add(m, "recipient")
        return
    if link == "nsubj" and verb.lemma_.lower() in book.lex("damage_verbs"):  # "a suspicious fire destroyed X"
        roles.add_tokens(patients_of(verb), "recipient")
        return
    if _damaging_clause(tok, roles, book):  # "a fire that burned X to the ground"
        return
    if link not in ("dobj", "prep") or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return
    announced = link == "dobj" and (verb.lemma_.lower() in book.lex("announcing_verbs") or (
        type_ == "PROTEST" and verb.lemma_.lower() in book.lex("protest_calling_verbs")))
    if link == "dobj" and verb.lemma_.lower() not in book.light_verbs and not announced:
        return
    if verb.lemma_.lower() in book.reporting_verbs and not announced:
        return
    if _copula_circumstance(tok, verb, link, book):
        return
    if link == "prep" and _imputed(tok, verb, book):  # "X was charged with the murder of Y": X's murder
        roles.add_tokens(patients_of(verb), "actor")
        return
    if link == "prep" and grounds(verb, tok.head.lower_, tok, book):  # "X (was) arrested on a DUI charge"
        held = subjects_of(verb) if headline_passive(verb, book) else patients_of(verb)
        roles.add_tokens(held, "recipient")
        return
    if link == "prep" and (found := _found_guilty(verb, book)):  # "a verdict for X for the murder of Y"
        roles.add_tokens(found, "actor")
        return
    if is_passive(verb):
        roles.add_tokens(agents_of(verb), "actor")
        roles.add_tokens(patients_of(verb), "recipient")
    else:
        roles.add_tokens(subjects_of(verb), "actor")
        if link == "dobj":
            roles.add_tokens(datives(verb), "recipient")
    if link == "dobj":
        for prep, obj in prep_objects(verb):
            if obj.lemma_.lower() in book.nouns:
                continue  # an act of its own ("returned a verdict for the murder of X": X is the murder's)
            roles.add_tokens([obj], book.prep_role(type_, prep, nominal=True))


#: Types of acts one works under rather than undergoes ("under the agreement", "under a joint programme").
_FRAMING_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _under_act(tok: Token, roles: Roles) -> bool:
    """A noun trigger in an "under" phrase of a verb tells what its subject undergoes ("the convoy came under
    attack from rebels", "the town was under fire", "NAME was placed under arrest"): the subject (the
    passive subject) is the recipient, the noun's or the verb's "from" phrase the actor."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    if prep.i < prep.head.i:  # "Under the agreement, X will own ...": a frame, nothing undergone
        return False
    verb = prep.head
    if is_passive(verb):
        roles.add_tokens(agents_of(verb), "actor")
        roles.add_tokens(patients_of(verb), "recipient")
    else:
        roles.add_tokens(subjects_of(verb), "recipient")
    roles.add_tokens([o for p, o in (*prep_objects(tok), *prep_objects(verb)) if p == "from"], "actor")
    return True


def _claiming_verb(tok: Token, book: Codebook) -> Token | None:
    """The verb of a responsibility claim for a noun trigger ("claimed responsibility for the bombing",
    "responsibility for the raid was claimed by X", "the group claimed the attack": codebook
    ``claiming_verbs``, ``responsibility_nouns``), whose subject (or agent) is the act's actor; else None."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for":
        noun = verb.head
        if noun.lemma_.lower() not in book.lex("responsibility_nouns"):
            return None
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun
    elif tok.dep_ != "dobj" or verb.lemma_.lower() != "claim":
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in book.lex("claiming_verbs") else None


def _sum_granter(tok: Token) -> Token | None:
    """The verb whose object is a sum a noun trigger tells the kind of, when the parser hangs "in" on the
    sum ("approved 8 million dollars in flood relief", "announced $3 million in aid"); else None."""
    prep, sum_ = tok.head, tok.head.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or sum_.dep_ != "dobj":
        return None
    if sum_.head.pos_ not in ("VERB", "AUX"):
        return None
    money = sum_.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in children_of(sum_))
    return sum_.head if money else None


def _past_cause_noun(head: Token, book: Codebook) -> Token:
    """The verb a noun of cause hangs on, for a trigger in its "of" phrase ("died as a result of the
    beatings": died; codebook ``cause_nouns``); else the head itself."""
    prep = head.head
    if (head.lemma_.lower() in book.lex("cause_nouns") and head.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.head.pos_ in ("VERB", "AUX")):
        return prep.head
    return head


def _damaging_clause(tok: Token, roles: Roles, book: Codebook) -> bool:
    """Whether a relative clause on a noun trigger tells the damage it did ("a suspicious fire that burned
    the old mill to the ground", "an explosion which destroyed X"); then, as for a damage verb the noun is
    the subject of, that verb's object is the recipient (added to ``roles``)."""
    damage = book.lex("damage_verbs")
    for clause in children_of(tok):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in damage and not is_passive(clause) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(clause)):
            roles.add_tokens(patients_of(clause), "recipient")
            return True
    return False


def _counted_charge(tok: Token, book: Codebook) -> Token | None:
    """The counts or charges noun an act noun is "of", itself a verb's prepositional object ("charged X with
    two counts of murder"): that noun, else None."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in book.lex("grounds_nouns"):
        return None
    carrier = of.head
    if carrier.dep_ != "pobj" or carrier.head.dep_ != "prep" or carrier.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return carrier


def _term_holders(tok: Token, book: Codebook) -> list[Token] | None:
    """The ones serving or given the term an act noun is "for" or "over" (codebook ``term_nouns``, the object
    of a ``term_holding_verbs`` or ``term_giving_verbs`` verb): "NAME is serving a life sentence for the
    murder of X", "NAME was handed a prison term for the attack", "the judge gave NAME a sentence for the
    robbery" (the one given it, not the judge); None when the noun is in no such phrase."""
    prep, terms = tok.head, book.lex("term_nouns")
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "over"):
        return None
    term = next((c for c in (prep.head, *children_of(prep.head))  # or on the verb: "handed a term for"
                 if c.dep_ == "dobj" and c.lemma_.lower() in terms and c.i < prep.i), None)
    if term is None:
        return None
    verb, lemma = term.head, term.head.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in book.lex("term_giving_verbs"):
        return patients_of(verb) if is_passive(verb) else datives(verb)
    if lemma in book.lex("term_holding_verbs"):
        return agents_of(verb) if is_passive(verb) else subjects_of(verb)
    return None


def _series_head(tok: Token, book: Codebook) -> Token:
    """The noun counting a trigger as a series ("held a new round of talks", "launched a wave of attacks":
    codebook ``series_nouns``) stands in the clause for it; else the trigger itself."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in book.lex("series_nouns"):
        return prep.head
    return tok


def _copula_circumstance(tok: Token, verb: Token, link: str, book: Codebook) -> bool:
    """A form of "be" relating its subject to a noun trigger by a preposition of time or cause makes it no
    doer: "X was on probation for a previous arrest", "X was in hospital after the attack" (codebook
    ``copula_circumstance_preps``; "X was behind the attack" keeps X); so does any verb relating it by a
    preposition of sequence (``sequence_preps``: "X killed himself hours after his arrest", "police arrived
    before the shooting"), which places one act in time beside another, not its doer."""
    if link == "prep" and tok.head.lower_ in book.lex("sequence_preps"):
        return True
    return (link == "prep" and verb.lemma_.lower() == "be"
            and tok.head.lower_ in book.lex("copula_circumstance_preps"))


def _found_guilty(verb: Token, book: Codebook) -> list[Token]:
    """The ones a verdict the verb delivers is for ("returned a guilty verdict for X for the murder of Y":
    the murder is X's, not the jury's); none when the verb's object is no conviction."""
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        if any(r.type == "SANCTION" and r.mode == "convict" for r in book.nouns.get(obj.lemma_.lower(), ())):
            return [o for p, o in prep_objects(obj) if p in ("for", "against")]
    return []


def _imputed(tok: Token, verb: Token, book: Codebook) -> bool:
    """Whether a noun trigger is the act its governing verb imputes to the verb's object ("charged with the
    murder", "arrested for the killing", "convicted of the attack")."""
    return tok.dep_ == "pobj" and imputed_act(verb, tok.head.lower_, tok, book)


__all__ = ["noun_participants"]
