"""PLOVER-coded events from the dependency parse: who did what to whom, when and where, with evidence.

The stage runs after entities, coreference, timexes and quotes. In order:

1. triggers: verbs and nouns the codebook maps to a type (:mod:`~newsgraph.extract.event_triggers`);
2. participants and modality of each (:mod:`~newsgraph.extract.event_args`,
   :mod:`~newsgraph.extract.event_modality`);
3. embedding: "offered to work with", "demanded the release of", "threatened to impose" make one event
   whose type comes from the embedding word and the act it is about (AGREE, REQUEST, THREATEN...);
   future cooperative acts become AGREE, "X said Y must..." a REQUEST (:mod:`~.event_rules`);
4. date, place, mode and counts (:mod:`~.event_dates`, :mod:`~.event_counts`);
5. merging: triggers of one type in one sentence are one event ("met ... after the meeting"); reports of
   the same event twice in the article are one event (same type, participants contained, dates agree);
6. filtering: events need an entity participant (violent or coercive ones may have only a place or a
   count); a definite nominal mention of an already reported event ("the talks") is not a new event.

Rules and lexicons are documented in ``docs/events-codebook.md``.

>>> from newsgraph.model import Article
>>> extract_events.__name__
'extract_events'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.collectives import collective_word, counted_ids, names_site
from newsgraph.extract.countries import country_code
from newsgraph.extract.event_apart import Apart, another, sequenced, told_apart
from newsgraph.extract.event_args import ArticleIndex, described_victims, place_candidates
from newsgraph.extract.event_codebook import Codebook, codebook
from newsgraph.extract.event_dates import (
    anchors,
    date_of,
    dated_by,
    find_timex,
    stated_value,
    stays_with_mention,
    values_disagree,
)
from newsgraph.extract.event_episodes import episode_dates, stop_dates
from newsgraph.extract.event_frame_dates import carry_dates
from newsgraph.extract.event_identify import (
    blame_agentless,
    expand_groups,
    gather_victims,
    identify_groups,
    identify_role_holders,
    identify_unnamed,
)
from newsgraph.extract.event_incident_day import incident_days
from newsgraph.extract.event_news import earlier_episode
from newsgraph.extract.event_nonacts import no_act
from newsgraph.extract.event_orders import add_ordering_actors
from newsgraph.extract.event_past_acts import past_weekdays
from newsgraph.extract.event_places import placed_within
from newsgraph.extract.event_ruled_out import ruled_out
from newsgraph.extract.event_rules import Draft, apply_embedding, apply_reported_rules, make_drafts
from newsgraph.extract.event_sequence_dates import sequence_dates
from newsgraph.extract.event_syntax import agents_of, cue_words, is_passive, patients_of
from newsgraph.extract.event_tolls import COUNT_TYPES, assign_counts
from newsgraph.extract.event_triggers import repair_lemmas
from newsgraph.extract.event_vessels import ship_of_navy
from newsgraph.extract.event_victims import victims_by_death, victims_described
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.time_calendar import granularity
from newsgraph.model import Article, Entity, Event, Mention, Participant
from newsgraph.nlp.doctext import children_of, doc_tokens
from newsgraph.resolve.events import days_apart, narrower_date

_FACTUAL = frozenset({"asserted", "reported"})
_MATERIAL = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"})
_LEGAL = frozenset({"ACCUSE", "SANCTION"})
_VERBAL_COOPERATION = frozenset({"AGREE", "SUPPORT", "CONSULT"})
_LONG_SENTENCE = 60


def _refine_mode(d: Draft, book: Codebook) -> None:
    """Fill in or sharpen the mode from the cues in the trigger's clause, unless the rule names the act itself
    (``own_modes``: "kidnapped", "raided"): a cue of two words wins ("water cannon": crowd-control); else a
    type's modes are listed most specific first, and a more specific mode's cue wins ("suicide bombing")."""
    cues = book.modes.get(d.type, ())
    if not cues or d.mode in book.lex("own_modes"):
        return
    order = [c.mode for c in cues]
    # an act noun whose rule gives a mode is no cue for another ("a suspicious fire": primitive, not
    # firearms), nor a verb whose rule reads its mode in its object ("fired teargas", "fired into the air")
    own = d.rule.mode is not None and (d.cand.nominal or bool(d.rule.objects or d.rule.prep_objects))
    clause = _clause_tokens(d.token)
    words = cue_words(clause)
    if own:  # the trigger alone is no cue; with its object it may be ("set fire": primitive)
        words -= {d.token.lemma_.lower(), d.token.lower_} - cue_words([t for t in clause if t.i != d.token.i])
    phrase = next((c.mode for c in cues if any(" " in w for w in c.cues & words)), None)
    if phrase is not None:
        d.mode = phrase
        return
    for cue in cues:
        if d.mode is not None and (d.mode not in order or order.index(cue.mode) >= order.index(d.mode)):
            return
        if cue.cues & words:
            d.mode = cue.mode
            return


def _clause_tokens(tok: Token) -> list[Token]:
    """The tokens of a trigger's clause (its head's subtree without coordinated clauses)."""
    from newsgraph.extract.event_modality import clause_head

    head = clause_head(tok)
    skip: set[int] = set()
    for c in children_of(head):
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in c.subtree)
    return [t for t in head.subtree if t.i not in skip]


def _natural(d: Draft, book: Codebook) -> bool:
    """An ASSAULT whose cause is natural or accidental ("killed in the earthquake") is not an event; the
    words of the trigger's own pattern ("set the bank on fire") do not count, nor a cause whose phrase holds
    the trigger: "a fire during battles between protesters and police" places the fire, it causes no
    battle; nor a fire an arson is ("charged with arson over the supermarket fire"). A cause a relative
    clause's pronoun subject stands for counts ("the fire that destroyed the mill"), unless the sentence
    suspects arson (codebook ``arson_cues``: "Arson suspected in fire that destroyed the mill")."""
    if d.type != "ASSAULT":
        return False
    own = d.rule.objects | d.rule.prep_objects
    if d.rule.mode == "primitive":
        own = own | book.lex("arson_causes")
    causes = [t for t in _clause_tokens(d.token) if not t.is_ancestor(d.token)]
    if not any(t.lemma_.lower() in book.lex("arson_cues") for t in d.token.sent):
        causes += _relative_antecedent(d.token)
    return any(
        t.lemma_.lower() in book.natural_causes and t.lemma_.lower() not in own
        for t in causes
        if t.dep_ in ("nsubj", "pobj", "nsubjpass") and t.pos_ == "NOUN"
    )


def _relative_antecedent(tok: Token) -> list[Token]:
    """The noun a relative clause's pronoun subject stands for ("the fire that destroyed the mill": fire)."""
    head = tok.head if tok.dep_ == "conj" else tok
    if head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children_of(head)):
        return [head.head]
    return []


def _locate(d: Draft, index: ArticleIndex, book: Codebook) -> None:
    """Date and place of a draft."""
    timex = find_timex(d.triggers, index)
    d.date = dated_by(timex, index, d.token)
    d.timex = timex
    anchor_list = [a for t in d.triggers for a in anchors(t)]
    purpose = [c for t in d.triggers for c in children_of(t) if c.dep_ in ("advcl", "acl", "xcomp")]
    places = place_candidates(anchor_list + purpose, d.type, index, book)
    if places:
        d.place = places[0]
    elif d.mode == "visit":
        d.place = next(
            (
                index.mention_at.get(t.i)
                for t in d.triggers
                for t in children_of(t)
                if t.dep_ == "dobj" and index.entity_type(t) in ("GPE", "LOC")
            ),
            None,
        )
    if d.place is not None:
        d.participants = [p for p in d.participants if p.start != d.place.start]


def _members(ids: set[str], article: Article) -> set[str]:
    """Entity ids with groups ("the two officials") replaced by their members when known."""
    out: set[str] = set()
    for e in ids:
        ent = article.entity(e)
        out.update(ent.members if ent is not None and ent.members else [e])
    return out


def _compatible(a: Draft, b: Draft, same_sentence: bool, article: Article) -> bool:
    """Whether two drafts of one type can be one event.

    In one sentence: unless both have actors and these differ, or they are two clauses with subjects of
    their own. Across the article: the same modality, modes that agree (equal or one unknown), dates and
    places that agree, and no conflict of named people or organisations in the same role (both name
    recipients and none is shared: Munir met Blinken, Munir met Nuland).
    """
    factual = a.modality in _FACTUAL and b.modality in _FACTUAL
    if a.type != b.type or (a.modality != b.modality and not factual):
        return False
    if same_sentence:
        aa, ab = _members(a.entities("actor"), article), _members(b.entities("actor"), article)
        return (not (aa and ab and not aa & ab) and not _separate_clauses(a.token, b.token)
                and not sequenced(a.token, b.token) and not another(a.token, b.token))
    if a.mode and b.mode and a.mode != b.mode and not _escalation(a, b):
        return False
    if not (_dates_agree(a, b, article) and _places_agree(a, b, article)):
        return False
    return not any(_role_conflict(a, b, role, article) for role in ("actor", "recipient"))


#: Modes of one type an event passes through in a report: a demonstration that turns into a riot.
_ESCALATIONS = {"PROTEST": frozenset({"demo", "riot"})}


def _escalation(a: Draft, b: Draft) -> bool:
    """A demonstration and a riot of one article may be one gathering that turned violent ("a candle light
    vigil turned violent", "what started as a march soon turned into a riot")."""
    modes = _ESCALATIONS.get(a.type, frozenset())
    return a.mode in modes and b.mode in modes


def _role_conflict(a: Draft, b: Draft, role: str, article: Article) -> bool:
    """Both name people or organisations in a role and share none of them."""
    sa, sb = _strong(a, role, article), _strong(b, role, article)
    return bool(sa) and bool(sb) and not sa & sb and not _units(sa, sb, article)


def _units(sa: set[str], sb: set[str], article: Article) -> bool:
    """Whether one side names a ship of a navy the other names ("INS NAME", "Indian Navy")."""
    names = {e: ent.name for e in sa | sb if (ent := article.entity(e)) is not None}
    pairs = [(names.get(x, ""), names.get(y, "")) for x in sa for y in sb]
    return any(ship_of_navy(p, q) or ship_of_navy(q, p) for p, q in pairs)


def _strong(d: Draft, role: str, article: Article) -> set[str]:
    """The people and organisations of a role (groups by their members); places and nationalities are weak."""
    ids = {
        e
        for e in d.entities(role)
        if (ent := article.entity(e)) is not None and ent.type in ("PERSON", "ORG") and _named(ent, article)
    }
    return _members(ids, article)


def _separate_clauses(a: Token, b: Token) -> bool:
    """Two verbs each with a subject of its own report two acts ("a bomb killed three as police fought")."""
    if a.pos_ not in ("VERB", "AUX") or b.pos_ not in ("VERB", "AUX"):
        return False
    if _how_clause(a, b) or _how_clause(b, a):
        return False
    subj_a = {c.i for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass")}
    subj_b = {c.i for c in children_of(b) if c.dep_ in ("nsubj", "nsubjpass")}
    return bool(subj_a) and bool(subj_b) and not subj_a & subj_b


def _how_clause(passive: Token, clause: Token) -> bool:
    """ "were killed when a bomb exploded": a passive that names no doer and its "when" or "as" clause tell
    one act, the clause saying how it was done."""
    if clause.dep_ != "advcl" or clause.head.i != passive.i or not is_passive(passive) or agents_of(passive):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in children_of(clause))


def _places_agree(a: Draft, b: Draft, article: Article) -> bool:
    """Places agree when one is unknown, when one name contains the other ("Suburban Detroit", "Detroit"),
    or when the text places one in the other ("near Place Vendome in central Paris", "Paris")."""
    if a.place is None or b.place is None or a.place.entity == b.place.entity:
        return True
    pa, pb = a.place.text.lower(), b.place.text.lower()
    ea, eb = a.place.entity, b.place.entity
    return pa in pb or pb in pa or placed_within(article, ea, eb) or placed_within(article, eb, ea)


def _dates_agree(a: Draft, b: Draft, article: Article) -> bool:
    """Dates agree when neither is stated, or when what the text states for both can be one day: overlapping
    periods ("2005-06", "2005-06-24"), off the calendar the same year and month ("last night" of 2008 is no
    act "In 2005"). An undated report is no episode of a bare year when the article's day is unknown
    (:func:`_background`), nor of an earlier year when it is the headline's act (``earlier_episode``)."""
    va, vb = stated_value(a.date, a.timex), stated_value(b.date, b.timex)
    if va is None and vb is None:
        return True
    if va is None or vb is None:
        dated, undated = (a, b) if va is not None else (b, a)
        return not (_background(dated, article) or earlier_episode(undated, dated, article))
    return not values_disagree(va, vb)


def _background(d: Draft, article: Article) -> bool:
    """A report dated by a bare year ("In 2004, he was charged with stealing a guitar") in an article whose
    day is unknown: news dates what it reports by the day, a bare year an earlier episode; a report told
    without a date ("has been accused of stabbing his mother") is the news, not that episode."""
    if d.date is None or d.date.fallback or granularity(d.date.value) != "year":
        return False
    return len(article.published or "") < 10


def _merge_into(base: Draft, other: Draft, article: Article, upgrade: bool = True) -> None:
    """Fold another mention of the same event into a draft (roles upgraded only within a sentence; its
    counts kept, the larger of a count told by both)."""
    base.triggers.extend(t for t in other.triggers if t not in base.triggers)
    if other.modality == "asserted" and base.modality in _FACTUAL:
        base.modality = "asserted"
    have = {p.entity: p for p in base.participants}
    for p in other.participants:
        if p.entity not in have:
            base.participants.append(p)
        elif upgrade and _stronger(p.role, have[p.entity].role):
            base.participants = [p if q.entity == p.entity else q for q in base.participants]
    _drop_covered_groups(base, article)
    if base.mode is None or (other.mode and other.rule.mode and not base.rule.mode):
        base.mode = other.mode or base.mode
    kept = stays_with_mention(other.date, other.token) and not _same_victim(base, other, article)
    when = None if kept else other.date
    if base.date is None or (base.date.fallback and when is not None and not when.fallback):
        base.date = when
    elif when is not None and not when.fallback and not base.date.fallback:
        narrow = narrower_date(base.date.value, when.value)
        base.date = when if narrow == when.value and narrow != base.date.value else base.date
    base.place = base.place or other.place
    for kind, n in other.counts.items():  # a toll told twice is one toll
        base.counts[kind] = max(base.counts.get(kind, 0), n)
    base.confidence = min(0.99, max(base.confidence, other.confidence) + 0.05)


def _same_victim(base: Draft, other: Draft, article: Article) -> bool:
    """Whether two mentions of harm name the same person as its recipient ("a stray bullet killed NAME" and
    "the girl was shot on the night of May 29"): a yearless day then dates the act, whose victim fixes it."""
    if base.type != "ASSAULT":
        return False
    people = {e for e in base.entities("recipient") & other.entities("recipient")
              if (ent := article.entity(e)) is not None and ent.type == "PERSON"}
    return bool(people)


def _drop_covered_groups(d: Draft, article: Article) -> None:
    """A group participant whose members all take part already adds nothing."""
    ids = d.entities()
    keep = []
    for p in d.participants:
        ent = article.entity(p.entity)
        if ent is not None and ent.members and set(ent.members) <= ids:
            continue
        keep.append(p)
    d.participants = keep


def _named(ent: Entity, article: Article) -> bool:
    """Whether an entity is named somewhere in the article (not only "a man", "the suspect")."""
    return any((m := article.mention(mid)) is not None and m.kind == "NAM" for mid in ent.mentions)


def _predicative(tok: Token) -> bool:
    """ "This was an assassination", "It was a suicide attack": a noun said of something already told."""
    head = tok.head
    return (
        tok.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in children_of(head))
    )


def _stronger(role: str, than: str) -> bool:
    order = {"actor": 0, "recipient": 1, "participant": 2}
    return order[role] < order[than]


def _merge_sentence(drafts: list[Draft], article: Article, groups: frozenset[str] = frozenset(),
                    apart: Apart | None = None) -> list[Draft]:
    """Triggers of one type in one sentence are one event; those the sentence tells apart are marked in
    ``apart`` (:func:`~newsgraph.extract.event_apart.told_apart`)."""
    out: list[Draft] = []
    for d in drafts:
        fits = [o for o in out if o.sent.start == d.sent.start and _compatible(o, d, True, article)]
        base = next((o for o in fits if _governs(o, d.token)), fits[0] if fits else None)
        if base is None:
            for o in out:
                if apart is not None and o.sent.start == d.sent.start and told_apart(o, d):
                    apart.mark(o, d)
            out.append(d)
        else:
            if _count(d, groups) > _count(base, groups) and not d.cand.nominal:
                base, d = d, base
                out = [base if o is d else o for o in out]
            _merge_into(base, d, article)
    return out


def _governs(d: Draft, tok: Token) -> bool:
    """Whether a trigger of a draft is the head of a token ("fought pitched battles") or its dependent."""
    return any(t.i == tok.head.i or tok.i == t.head.i for t in d.triggers)


def _merge_article(drafts: list[Draft], article: Article,
                   groups: frozenset[str] = frozenset(), apart: Apart | None = None) -> list[Draft]:
    """Reports of the same event twice in an article are one event: each joins the compatible event it
    shares most participants with (then one the text dates as it dates the report, then the nearest); the
    dated, fuller report is kept. Acts their sentence told apart (``apart``) stay apart."""
    apart = apart or Apart()
    out: list[Draft] = []
    for d in drafts:
        fits = [o for o in out if _compatible(o, d, False, article) and not apart.holds(o, d)]
        if not fits:
            out.append(d)
            continue
        base = max(fits, key=lambda o: (_shared(o, d, article, groups), _both_dated(o, d),
                                        -abs(o.token.i - d.token.i)))
        keep, fold = (d, base) if _better(d, base, groups) else (base, d)
        _merge_into(keep, fold, article, upgrade=False)
        out = [keep if o is base else o for o in out]
    return out


def _both_dated(a: Draft, b: Draft) -> bool:
    """Whether the text dates both reports (compatible reports: their dates overlap)."""
    return stated_value(a.date, a.timex) is not None and stated_value(b.date, b.timex) is not None


def _shared(a: Draft, b: Draft, article: Article, groups: frozenset[str] = frozenset()) -> int:
    return len(_members(a.entities() - groups, article) & _members(b.entities() - groups, article))


def _better(a: Draft, b: Draft, groups: frozenset[str] = frozenset()) -> bool:
    da = a.date is not None and not a.date.fallback and not stays_with_mention(a.date, a.token)
    db = b.date is not None and not b.date.fallback and not stays_with_mention(b.date, b.token)
    return (da, _count(a, groups)) > (db, _count(b, groups))


def _count(d: Draft, groups: frozenset[str] = frozenset()) -> int:
    """How many participants identify an event: unnamed collectives ("police") do not."""
    return sum(1 for p in d.participants if p.entity not in groups)


def _supported(d: Draft, book: Codebook, groups: frozenset[str] = frozenset()) -> bool:
    """An event needs an entity participant. A violent, coercive or protest event may instead have a place,
    a count, a date of its own, or an argument the text names by a common noun ("a deputy was shot", also
    when told by another trigger of its sentence: "the shooting: a teenager killed by police"); any
    other event told by a verb a date of its own and such an argument ("a jury on Tuesday convicted a
    man"). An unnamed collective ("police", "rebels") is such an argument, not an entity participant."""
    if _count(d, groups):
        return True
    dated = d.timed or (d.date is not None and not d.date.fallback)
    if d.type in _LEGAL and not d.cand.nominal and _has_argument(d.token):
        return True  # "A man has been charged with the murder of his mother"
    if d.type not in _MATERIAL:
        return (dated or _people_act(d, groups)) and not d.cand.nominal and _has_argument(d.token)
    return (d.place is not None or bool(d.counts) or dated or _measured(d.token, book)
            or _caused(d.token, book) or any(_has_argument(t) for t in [d.token, *d.triggers]))


def _people_act(d: Draft, groups: frozenset[str]) -> bool:
    """Whether a party the text names by a common noun is the doer: an unnamed collective ("the rebels
    declared a ceasefire") or a subject noun of a role or group ("opposition leaders agreed to delay the
    rally"). A promise, praise or meeting of theirs must name the act it is about ("officials promised
    more help" is too vague to be an event); an act the trigger itself names, announced for the future, is
    not ("the rebels said they would free the hostages": AGREE by its own future, its trigger a RETREAT)."""
    if d.rule.type in _VERBAL_COOPERATION and not any(
            c.dep_ == "xcomp" or _purpose(c) for c in children_of(d.token)):
        return False
    if any(p.role == "actor" and p.entity in groups for p in d.participants):
        return True
    roles = lexicon().roles
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN"
               and (c.lemma_.lower() in roles or collective_word(c.lower_)) for c in children_of(d.token))


def _purpose(tok: Token) -> bool:
    """A to-infinitive purpose clause naming the act, on the verb or its object ("struck a deal to end the
    war", "reached an agreement to hold elections")."""
    if tok.dep_ == "dobj":
        return any(c.dep_ == "acl" and _purpose(c) for c in children_of(tok))
    return tok.dep_ in ("advcl", "acl") and tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _measured(tok: Token, book: Codebook) -> bool:
    """An act noun measured by a counted stretch of time ("sparked five days of riots and demonstrations",
    "after three nights of rioting") is a specific episode (``duration_units``)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    unit = tok.head.head
    return unit.lemma_.lower() in book.lex("duration_units") and any(
        c.dep_ == "nummod" or c.lower_ in ("several", "few") for c in children_of(unit))


def _caused(tok: Token, book: Codebook) -> bool:
    """An act noun told as caused by another act is a specific episode: the object of a verb of causing
    (codebook ``causing_verbs``), directly or through a series noun ("unleashed a wave of unrest",
    "sparked riots")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in book.compound_heads:
        tok = tok.head.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in book.lex("causing_verbs")


def _has_argument(tok: Token) -> bool:
    """Whether the text names who or what the act involves (by a common noun), or names a specific act."""
    if tok.pos_ == "NOUN":
        return any(
            c.dep_ in ("poss", "prep", "compound", "amod") or c.lower_ in ("a", "an", "another")
            for c in children_of(tok)
        ) or _shared_phrase(tok)
    deps = ("nsubj", "nsubjpass", "dobj", "agent")
    return any(c.dep_ in deps for c in children_of(tok)) or tok.dep_ in ("acl", "relcl")


def _shared_phrase(tok: Token) -> bool:
    """A noun coordinated after others shares the phrase the parser hung on the first one after it
    ("protests, riots and clashes with police": the clashes are with police)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != tok.i and any(c.dep_ == "prep" and c.i > tok.i for c in children_of(first))


def _definite(d: Draft, book: Codebook) -> bool:
    dets = book.lex("anaphoric_determiners")
    return any(c.dep_ in ("det", "poss") and (c.lower_ in dets or c.dep_ == "poss")
               for c in children_of(d.token))


def _antecedent(d: Draft, earlier: list[Draft], book: Codebook, apart: Apart) -> Draft | None:
    """The earlier event a definite noun re-mentions ("the talks", "his meetings", "the shootings happened
    Thursday"; "the incident" re-mentions the latest event of any type, but not one it is an argument of:
    "sentenced him for the incident"), or None."""
    if not d.cand.nominal or not (_definite(d, book) or _predicative(d.token)):
        return None
    generic = d.token.lemma_.lower() in book.lex("event_anaphors")
    same = [e for e in earlier if (generic or e.type == d.type) and not apart.retold_holds(e, d, earlier)
            and not (generic and _argument_of(d.token, e))]
    if not same:
        return None
    dated = d.date is not None and not d.date.fallback
    if dated and not any(e.date is None or e.date.fallback for e in same[-1:]):
        return None
    return same[-1]


def _argument_of(tok: Token, d: Draft) -> bool:
    """Whether a noun is inside the phrase of one of an event's triggers ("sentenced him for the incident",
    "the arrest over the attack"): an argument of the act, never a re-mention of it."""
    ancestors = set(tok.ancestors)
    return any(_clause_verb(t) in ancestors for t in d.triggers)


def _clause_verb(tok: Token) -> Token:
    """A trigger's verb: itself, or the verb a noun trigger is an argument of ("sentenced him to life
    sentences": sentenced)."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return tok


def _fold_anaphor(d: Draft, antecedent: Draft) -> None:
    """A re-mention adds its trigger to the event, its participants when the event has none yet ("a boy
    was killed by a stray bullet ... The fatal shooting of NAME": the victim's name), its counts, and, when
    the event has no date yet, its date."""
    antecedent.triggers.append(d.token)
    for kind, n in d.counts.items():  # the same toll told again is not added ("The attack killed 3")
        antecedent.counts[kind] = max(antecedent.counts.get(kind, 0), n)
    if not antecedent.participants:
        antecedent.participants = list(d.participants)
    if d.date is not None and not d.date.fallback and not stays_with_mention(d.date, d.token) and (
            antecedent.date is None or antecedent.date.fallback):
        antecedent.date = d.date


def _anaphor_dates(index: ArticleIndex, drafts: list[Draft], book: Codebook) -> None:
    """ "The incident happened yesterday": a definite event anaphor with a date dates the undated events of
    the two sentences before it, and narrows a coarser date that holds its own (:func:`_refined_by`) -- not
    an act it is an argument of ("sentenced him for the May 2 incident"),
    nor the earlier mentions of that act's type (the sentence told the sentence before)."""
    nouns = book.lex("event_anaphors")
    for tok in doc_tokens(index.doc):
        if tok.lemma_.lower() not in nouns or not any(
            c.lower_ in ("the", "this", "that") for c in children_of(tok)
        ):
            continue
        timex = find_timex([tok], index)
        if timex is None:
            continue
        sents = [*[s.start for s in index.doc.sents if s.end <= tok.sent.start][-2:], tok.sent.start]
        governing = {d.type for d in drafts if _argument_of(tok, d)}
        for d in drafts:
            if d.sent.start in sents and d.token.i < tok.i and d.type not in governing \
                    and _refined_by(d, date_of(timex).value):
                d.date = date_of(timex)
                d.triggers.append(tok)


def _refined_by(d: Draft, value: str) -> bool:
    """Whether a date an anaphor states would date a draft: it has none, or a coarser period that holds it
    ("his deadly 2005 rampage" ... "for the March 11, 2005, incident": the most precise date the article
    gives the act)."""
    if d.date is None or d.date.fallback:
        return True
    if d.timex is None or stays_with_mention(d.date, d.token):
        return False
    narrow = narrower_date(d.date.value, value)
    return narrow == value != d.date.value and days_apart(d.date.value, value) == 0


def _continue_dates(drafts: list[Draft], book: Codebook) -> None:
    """ "Gen Munir also met ..." right after a dated meeting of his: the same occasion, the same date."""
    cues = book.lex("date_continuation")
    for i, d in enumerate(drafts):
        if d.date is None or not d.date.fallback or not cues & {t.lower_ for t in _clause_tokens(d.token)}:
            continue
        for prev in reversed(drafts[:i]):
            near = d.sent.start - prev.sent.end <= 2 * len(prev.sent) + 80
            if (
                prev.type == d.type
                and prev.date
                and not prev.date.fallback
                and near
                and prev.entities("actor") & d.entities("actor")
            ):
                d.date = prev.date
                break


def _place_as_recipient(d: Draft, index: ArticleIndex, book: Codebook) -> None:
    """An act done in a country, city or region, with no one named it is directed at, is directed at that
    polity (the PLOVER and CAMEO convention: "imposed a curfew in the town of Cizre", "demonstrated in
    Serbia", "exploded bombs in Kabul"): for the codebook's ``place_recipient_types``, a GPE or LOC place
    (not a sea, river or mountain: ``no_polity_words``) is also the recipient -- also of a threat, refusal
    or promise of such an act ("threatened to impose a curfew in Algiers", "refused to deploy peacekeepers in
    Iraq"); and whatever the type, the country or city a visit goes to (``place_recipient_modes``: "arrived
    in Kabul for talks": the host). Not the place the act came from ("fired rockets from Gaza"), nor when
    the act is done to people the text describes ("arrested the rebels in Kivu": the rebels are its
    recipients, though no entity; "attacked a police station in Kandahar": the police), nor when the act's
    object is a pact (``pact_nouns``: "signed the agreement in Paris": where the parties met). It has no span
    of its own (the text names it as the place), and cross-article merging counts it as the place only."""
    place = d.place
    if place is None or place.type not in ("GPE", "LOC") or not place.entity or (
            d.entities("recipient") - index.collectives):
        return
    if any(p.role == "recipient" and names_site(d.token.doc, p.start, p.end) for p in d.participants):
        return
    directed = (d.act or d.type).lower() in book.lex("place_recipient_types")
    if not (directed or (d.mode or "") in book.lex("place_recipient_modes")) or place.entity in d.entities():
        return
    if _origin(d.token.doc, place) or any(described_victims(t, index, book) for t in d.triggers):
        return
    if any(o.lemma_.lower() in book.lex("pact_nouns") for t in d.triggers for o in patients_of(t)):
        return  # "signed the agreement in Paris": where the parties met, not whom it is directed at
    if place.type == "LOC" and set(place.text.lower().split()) & book.lex("no_polity_words"):
        return  # a sea, river or mountain is where, not whom ("a ship attacked in the Gulf of Aden")
    d.participants.append(Participant(place.entity, "recipient"))  # no span: the text names it as the place


def _country_as_actor(d: Draft, book: Codebook) -> None:
    """A state act (codebook ``place_actor_types``: an arrest, a charge, an investigation, a conviction) that
    the text tells with no one doing it, in a country, is that country's act ("a missionary was arrested in
    Lebanon", "was put under investigation in Italy"): only a state's authorities arrest, charge or try
    people on its territory, so the country is the actor (the event-data convention of coding the state
    for its unnamed police or courts). Not for a city or region (whose police may be local or national),
    nor when the country is already a participant. No span of its own, like the place as recipient."""
    place = d.place
    if place is None or place.type != "GPE" or not place.entity or d.entities("actor"):
        return
    if (d.act or d.type).lower() not in book.lex("place_actor_types") or place.entity in d.entities():
        return
    if country_code(place.text) is None or _origin(d.token.doc, place):
        return
    d.participants.append(Participant(place.entity, "actor"))


def _origin(doc: Doc, place: Mention) -> bool:
    """Whether a place is where the act came from ("fired rockets from Gaza", "from the town of X")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    prep = next((a for a in span.root.ancestors if a.dep_ == "prep" and a.lower_ != "of"), None)
    return prep is not None and prep.lower_ == "from"


def _evidence(d: Draft) -> tuple[int, int]:
    """The evidence span: the sentence, or the trigger's clause when the sentence is very long."""
    sent: Span = d.sent
    toks = list(sent) if len(sent) <= _LONG_SENTENCE else _clause_tokens(d.token)
    toks = [t for t in toks if not t.is_space]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _counted_recipient(d: Draft, counted: frozenset[str], book: Codebook) -> None:
    """A counted group ("detained 20 journalists": :func:`~newsgraph.extract.collectives.counted_target`)
    takes part only as the recipient of an act of the codebook's ``counted_group_types``, and only when the
    event has no other recipient (its sector is PLOVER's target of the act, when no one else is)."""
    if not counted or not any(p.entity in counted for p in d.participants):
        return
    others = [p for p in d.participants if p.role == "recipient" and p.entity not in counted]
    fits = d.type.lower() in book.lex("counted_group_types") and not others
    d.participants = [p for p in d.participants
                      if p.entity not in counted or (fits and p.role == "recipient")]


def _to_event(d: Draft, n: int, article: Article) -> Event:
    start, end = _evidence(d)
    place_entity = d.place.entity if d.place is not None else None
    ent = article.entity(place_entity)
    parts = sorted(d.participants, key=lambda p: ({"actor": 0, "recipient": 1}.get(p.role, 2), p.start or 0))
    conf = d.confidence + (0.1 if d.entities("actor") else 0.0) + (0.05 if d.entities("recipient") else 0.0)
    return Event(
        id=f"v{n}",
        type=d.type,
        start=start,
        end=end,
        mode=d.mode,
        trigger=d.cand.text,
        trigger_start=d.cand.start,
        trigger_end=d.cand.end,
        participants=parts,
        date=d.date,
        place=place_entity,
        place_name=ent.name if ent is not None else None,
        counts=dict(d.counts),
        modality=d.modality,
        confidence=round(max(0.05, min(0.99, conf)), 3),
        mentions=[[t.idx, t.idx + len(t)] for t in d.triggers],
    )


def build_events(doc: Doc, article: Article, book: Codebook | None = None) -> list[Event]:
    """The events of a parsed article (see the module docstring for the steps)."""
    book = book or codebook()
    repair_lemmas(doc, book)
    index = ArticleIndex.build(doc, article, book)
    drafts = make_drafts(index, book)
    drafts = apply_embedding(drafts, index, book)
    drafts = apply_reported_rules(drafts, index, book)
    ruled_out(drafts, index, book)
    drafts = [d for d in drafts if not _natural(d, book) and not no_act(d, book)]
    for d in drafts:
        _refine_mode(d, book)
        _locate(d, index, book)
    add_ordering_actors(drafts, index, book)
    counted = counted_ids(doc, article, index.collectives)
    for d in drafts:
        _counted_recipient(d, counted, book)
    apart = Apart()
    drafts = _merge_sentence(drafts, article, index.collectives, apart)
    assign_counts(drafts, book)
    kept: list[Draft] = []
    for d in drafts:
        antecedent = _antecedent(d, kept, book, apart)
        if antecedent is not None:
            _fold_anaphor(d, antecedent)
        elif _supported(d, book, index.collectives):
            kept.append(d)
    _anaphor_dates(index, kept, book)
    _continue_dates(kept, book)
    identify_unnamed(kept, article, book)
    identify_role_holders(kept, article)
    identify_groups(kept, article, book)
    kept = _merge_article(kept, article, index.collectives, apart)
    episode_dates(kept, index)
    stop_dates(kept, index)
    sequence_dates(kept, index)
    carry_dates(kept, index)
    incident_days(kept, index)
    past_weekdays(kept, index)
    expand_groups(kept, article)
    gather_victims(kept, article)
    victims_by_death(kept, index, book)
    victims_described(kept, index, book)
    blame_agentless(kept, article, book)
    for d in kept:
        _place_as_recipient(d, index, book)
        _country_as_actor(d, book)
    kept.sort(key=lambda d: d.cand.start)
    return [_to_event(d, n, article) for n, d in enumerate(kept, 1)]


def extract_events(doc: Doc, article: Article) -> None:
    """Set ``article.events``: PLOVER events with participants, date, place, counts, modality and evidence."""
    article.events = build_events(doc, article)


__all__ = ["COUNT_TYPES", "Participant", "build_events", "extract_events"]
