"""Merging an article's drafts: the triggers of one act in one sentence, and its reports across the article.

- In one sentence, triggers of one type are one event ("met ... after the meeting", "fought pitched
  battles"), unless both name actors and these differ, they are two clauses with subjects of their own, or
  the sentence tells them apart (:mod:`~newsgraph.extract.event_apart`: "riots since the police shooting of
  a boy", "thwarted another attack").
- Across the article, reports of the same event are one event: the same type and modality, modes that agree
  (a demonstration may turn into a riot), dates and places that agree, and no conflict of named people or
  organisations in one role. Each report joins the compatible event it shares most participants with; the
  dated, fuller report is kept.

Decisions: ``docs/events-codebook.md``.

>>> from newsgraph.model import Article
>>> merge_article([], Article.new("No events."))
[]
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.countries import capital_country, country_code
from newsgraph.extract.event_apart import Apart, another, further_party, sequenced, told_apart
from newsgraph.extract.event_codebook import codebook
from newsgraph.extract.event_dates import stated_value, stays_with_mention, values_disagree
from newsgraph.extract.event_news import earlier_episode
from newsgraph.extract.event_places import placed_within
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.event_syntax import agents_of, is_passive
from newsgraph.extract.event_vessels import ship_of_navy
from newsgraph.extract.time_calendar import granularity
from newsgraph.model import FACTUAL, Article, Entity
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.event_dates import narrower_date


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
    factual = a.modality in FACTUAL and b.modality in FACTUAL
    if a.type != b.type or (a.modality != b.modality and not factual):
        return False
    if same_sentence:
        return (not _actors_differ(a, b, article) and not _separate_clauses(a.token, b.token)
                and not sequenced(a.token, b.token) and not another(a.token, b.token))
    if a.mode and b.mode and a.mode != b.mode and not _escalation(a, b):
        return False
    if not (_dates_agree(a, b, article) and _places_agree(a, b, article)):
        return False
    if _states_differ(a, b, article):
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


def _strong(d: Draft, role: str, article: Article, kinds: tuple[str, ...] = ("PERSON", "ORG")) -> set[str]:
    """The named entities of a role whose type is one of ``kinds`` (people and organisations unless the caller
    names others, as the GPE actors of :func:`_countries`), groups by their members; the types left out
    (places and nationalities by default) are weak."""
    ids = {
        e
        for e in d.entities(role)
        if (ent := article.entity(e)) is not None and ent.type in kinds and _named(ent, article)
    }
    return _members(ids, article)


def _states_differ(a: Draft, b: Draft, article: Article) -> bool:
    """Two statements or diplomatic acts (codebook ``state_actor_types``) whose actors name countries or
    cities, none shared: two parties ("North Korea demanded ..." and "China called for ..."), though a
    country stays weak beside a person (its leader may speak for it)."""
    if a.type.lower() not in codebook().lex("state_actor_types"):
        return False
    sa, sb = _countries(a, article), _countries(b, article)
    return bool(sa) and bool(sb) and not sa & sb


def _countries(d: Draft, article: Article) -> set[str]:
    """The countries of a draft's named GPE actors: a country's or its capital's code ("Beijing" and "China"
    are one), else the entity itself."""
    out: set[str] = set()
    for e in _strong(d, "actor", article, ("GPE",)):
        ent = article.entity(e)
        name = ent.name if ent is not None else ""
        out.add(country_code(name) or capital_country(name) or e)
    return out


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
    if other.modality == "asserted" and base.modality in FACTUAL:
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


def _stronger(role: str, than: str) -> bool:
    order = {"actor": 0, "recipient": 1, "participant": 2}
    return order[role] < order[than]


def merge_sentence(drafts: list[Draft], article: Article, groups: frozenset[str] = frozenset(),
                    apart: Apart | None = None) -> list[Draft]:
    """Triggers of one type in one sentence are one event; those the sentence tells apart are marked in
    ``apart`` (:func:`~newsgraph.extract.event_apart.told_apart`).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from newsgraph.extract.event_codebook import TriggerRule
    >>> from newsgraph.extract.event_triggers import Candidate
    >>> from newsgraph.model import Article
    >>> doc = Doc(Vocab(), words=["Rebels", "fought", "pitched", "battles"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "amod", "dobj"], pos=["NOUN", "VERB", "ADJ", "NOUN"],
    ...           sent_starts=[True, False, False, False])
    >>> rules = {1: TriggerRule("fight", "verb", "ASSAULT"), 3: TriggerRule("battle", "noun", "ASSAULT")}
    >>> drafts = [Draft(Candidate(doc[i], r, 0, 0), "ASSAULT", None, [], "asserted", 0.5, triggers=[doc[i]])
    ...           for i, r in rules.items()]
    >>> [[t.text for t in d.triggers] for d in merge_sentence(drafts, Article.new(doc.text))]
    [['fought', 'battles']]
    """
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
            if count_parties(d, groups) > count_parties(base, groups) and not d.cand.nominal:
                base, d = d, base
                out = [base if o is d else o for o in out]
            _merge_into(base, d, article)
    return out


def _governs(d: Draft, tok: Token) -> bool:
    """Whether a trigger of a draft is the head of a token ("fought pitched battles") or its dependent."""
    return any(t.i == tok.head.i or tok.i == t.head.i for t in d.triggers)


def merge_article(drafts: list[Draft], article: Article,
                   groups: frozenset[str] = frozenset(), apart: Apart | None = None) -> list[Draft]:
    """Reports of the same event twice in an article are one event: each joins the compatible event it
    shares most participants with (then one the text dates as it dates the report, then the nearest); the
    dated, fuller report is kept. Acts their sentence told apart (``apart``) stay apart.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from newsgraph.extract.event_codebook import TriggerRule
    >>> from newsgraph.extract.event_triggers import Candidate
    >>> from newsgraph.model import Article, Participant
    >>> doc = Doc(Vocab(), words=["Gunmen", "attacked", "Orlin", ".", "The", "attack", "killed", "two", "."],
    ...           sent_starts=[True, False, False, False, True, False, False, False, False])
    >>> drafts = [Draft(Candidate(doc[i], TriggerRule("attack", "verb", "ASSAULT"), 0, 0), "ASSAULT", None,
    ...                 [Participant("e1", "actor")], "asserted", 0.5, triggers=[doc[i]]) for i in (1, 5)]
    >>> [[t.text for t in d.triggers] for d in merge_article(drafts, Article.new(doc.text))]
    [['attacked', 'attack']]
    """
    apart = apart or Apart()
    out: list[Draft] = []
    for d in drafts:
        fits = [o for o in out if _compatible(o, d, False, article) and not apart.holds(o, d)
                and not _sentence_parties(o, d, article)]
        if further_party(d):
            fits = [o for o in fits if _may_retell(o)]
        if not fits:
            out.append(d)
            continue
        base = max(fits, key=lambda o: (_shared(o, d, article, groups), _both_dated(o, d),
                                        -abs(o.token.i - d.token.i)))
        keep, fold = (d, base) if _better(d, base, groups) else (base, d)
        _merge_into(keep, fold, article, upgrade=False)
        out = [keep if o is base else o for o in out]
    return out


def _may_retell(told: Draft) -> bool:
    """Whether an act told before may be the one an act done to one more person retells ("A second man has
    been arrested ... Police said a second man was arrested"; a headline's "Second man arrested"): it is
    itself told of one more person, or names no one it was done to; an arrest of a person already told
    ("NAME was arrested ... A second man was also arrested") is another act."""
    return further_party(told) or not told.entities("recipient")


def _sentence_parties(a: Draft, b: Draft, article: Article) -> bool:
    """Two acts of one sentence with actors of their own that differ ("Pakistan called for ..., but India
    demanded ..."): the sentence merge kept them apart, and countries, though weak across sentences, are
    their actors here."""
    return a.sent.start == b.sent.start and _actors_differ(a, b, article)


def _actors_differ(a: Draft, b: Draft, article: Article) -> bool:
    """Both drafts have actors (groups by their members) and share none."""
    aa, ab = _members(a.entities("actor"), article), _members(b.entities("actor"), article)
    return bool(aa) and bool(ab) and not aa & ab


def _both_dated(a: Draft, b: Draft) -> bool:
    """Whether the text dates both reports (compatible reports: their dates overlap)."""
    return stated_value(a.date, a.timex) is not None and stated_value(b.date, b.timex) is not None


def _shared(a: Draft, b: Draft, article: Article, groups: frozenset[str] = frozenset()) -> int:
    return len(_members(a.entities() - groups, article) & _members(b.entities() - groups, article))


def _better(a: Draft, b: Draft, groups: frozenset[str] = frozenset()) -> bool:
    da = a.date is not None and not a.date.fallback and not stays_with_mention(a.date, a.token)
    db = b.date is not None and not b.date.fallback and not stays_with_mention(b.date, b.token)
    return (da, count_parties(a, groups)) > (db, count_parties(b, groups))


def count_parties(d: Draft, groups: frozenset[str] = frozenset()) -> int:
    """How many participants identify an event: unnamed collectives ("police") do not.

    >>> from newsgraph.extract.event_codebook import TriggerRule
    >>> from newsgraph.extract.event_triggers import Candidate
    >>> from newsgraph.model import Participant
    >>> import spacy
    >>> doc = spacy.blank("en")("Police arrested Tom Lee.")
    >>> d = Draft(Candidate(doc[1], TriggerRule("arrest", "verb", "COERCE"), 7, 15), "COERCE", "arrest",
    ...           [Participant("e1", "actor"), Participant("e2", "recipient")], "asserted", 0.5)
    >>> count_parties(d), count_parties(d, frozenset({"e1"}))
    (2, 1)
    """
    return sum(1 for p in d.participants if p.entity not in groups)


__all__ = ["count_parties", "merge_article", "merge_sentence"]
