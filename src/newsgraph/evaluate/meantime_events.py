"""Who did it to whom, and when: our events' actors, recipients and dates against MEANTIME's event arguments.

MEANTIME (:mod:`newsgraph.evaluate.corpora.meantime`) annotates, in the first six sentences of each of its 90
Wikinews articles, every ``EVENT_MENTION``, its ``HAS_PARTICIPANT`` links to entity mentions with PropBank
roles (``Arg0``, ``Arg1``, ``Arg2``, ``Argm-LOC``...) and ``TLINK``s between events and ``TIMEX3``s. Nobody
tunes event typing on it, so it is an independent check of the arguments of the events we extract.

**Matching.** Each of our events whose main trigger starts in the annotated region is matched to the gold
event mention its main trigger overlaps (the longest overlap; ties: the earliest mention); events that
overlap none are counted as ``unmatched_events``. Every event is scored, whatever its modality (MEANTIME
annotates negated and reported events alike).

**Entities.** A gold participant stands for every mention of its entity instance in the document (the
``REFERS_TO`` chain; the mention alone when it has none); ``VALUE`` targets (sums, percentages) are not
entities and are ignored. Ours stands for its own span and every mention of its entity. They match when one
span of each overlaps.

**Roles.** The actor is scored against ``Arg0`` (PropBank's agent); the recipient against ``Arg1`` *or*
``Arg2`` (PropBank numbers the patient/theme of most verbs ``Arg1``, and the recipient of transfer and
communication verbs -- *give*, *tell*, *sell to* -- ``Arg2``): a predicted recipient is right if it is any
of them. Per matched event, each role is one slot: ``precision`` = slots we fill that are right / slots we
fill, ``recall`` = gold slots we fill right / gold slots (an event whose gold has ``Arg0`` is a gold actor
slot). A slot we fill but gold leaves empty counts against precision: MEANTIME links every participant
that is an entity mention in the sentence.

**PropBank against PLOVER.** Two systematic differences of convention are not counted as errors. (1) A
PLOVER actor or recipient is an agent -- a person, an organisation, a polity -- while PropBank's ``Arg1`` is
also the thing acted on ("signed *a contract*", "seek *federal aid*", "ordered *new aircraft*"): gold
participants whose MEANTIME instance is a ``PRODUCT`` or ``FINANCIAL`` entity are not scored
(:data:`AGENT_TYPES` keeps people, organisations, locations, mixed and untyped instances). (2) Receiving
verbs (*receive*, *obtain*, *accept*, *get*; :data:`RECEIVING`) name the receiver as ``Arg0`` and the giver as
``Arg2``, where PLOVER's actor of AID is the giver: for them the actor is scored against ``Arg2`` and the
recipient against ``Arg0``.

**Dates.** The gold date of an event mention is the value of a ``DATE`` or ``TIME`` timex it is linked to
by ``IS_INCLUDED``, ``SIMULTANEOUS`` or ``DURING`` (or the inverse ``INCLUDES``/``DURING_INV`` from the
timex), when that value is a calendar value (``PRESENT_REF``, ``XXXX-XX-XX`` are not scored). A link to the
document creation time counts: then the publication date is the right answer. Our date (its fallback to the
publication date included) is right when its day part equals one gold value's (``date_accuracy``) or when
one is a prefix of the other -- a month for a day in it (``date_accuracy_compatible``).

>>> GoldArgs(mention_id="e1", span=(10, 16), arg0=[[(0, 5)]], recipient=[], dates={"2008-03-01"}).has_actor
True
>>> date_matches("2008-03-01T10:00", {"2008-03-01"}), date_matches("2008-03", {"2008-03-01"}, prefix=True)
(True, True)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from newsgraph.evaluate.corpora.meantime import PARTS, MeantimeDoc, Relation, iter_meantime, to_article
from newsgraph.evaluate.metrics import overlap
from newsgraph.model import Article, Event

Span = tuple[int, int]

#: PropBank roles scored against our recipient (see the module docstring).
RECIPIENT_ROLES: frozenset[str] = frozenset({"Arg1", "Arg2"})
#: TLINK relation types (event -> timex) that date an event by the timex.
DATING_RELATIONS: frozenset[str] = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})
#: The same relations read from the timex to the event.
DATING_INVERSES: frozenset[str] = frozenset({"INCLUDES", "SIMULTANEOUS", "DURING_INV"})
_CALENDAR = re.compile(r"^\d{4}")
#: MEANTIME entity types that can be PLOVER actors or recipients (None: a mention with no typed instance).
AGENT_TYPES: frozenset[str | None] = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "MIXED", None})
#: Gold event mentions of receiving verbs, whose PropBank ``Arg0`` is the receiver (the PLOVER recipient).
RECEIVING = re.compile(r"^(?:receiv|obtain|accept|get|got)", re.IGNORECASE)


@dataclass(slots=True)
class GoldArgs:
    """One gold event mention: its span, the entity spans of its Arg0 and recipient-like participants (one
    list of spans per participant), and its calendar dates."""

    mention_id: str
    span: Span
    arg0: list[list[Span]]
    recipient: list[list[Span]]
    dates: set[str]

    @property
    def has_actor(self) -> bool:
        """Whether gold gives an ``Arg0`` entity."""
        return bool(self.arg0)


def date_matches(ours: str | None, gold: Iterable[str], prefix: bool = False) -> bool:
    """Whether our date value equals a gold value on the day part (or, with ``prefix``, one of the two is a
    prefix of the other: a month for a day in it).

    >>> date_matches("2008-03-04", {"2008-03"}), date_matches("2008-03-04", {"2008-03"}, prefix=True)
    (False, True)
    >>> date_matches(None, {"2008"})
    False
    """
    if not ours:
        return False
    day = ours.split("T", 1)[0]
    for value in gold:
        g = value.split("T", 1)[0]
        if day == g or (prefix and (day.startswith(g) or g.startswith(day))):
            return True
    return False


def _chain_spans(doc: MeantimeDoc) -> dict[str, list[Span]]:
    """Entity mention id -> spans of every mention of its entity instance (itself alone without one), for
    the mentions of agents (:data:`AGENT_TYPES`)."""
    by_chain: dict[str, list[Span]] = {}
    for m in doc.entity_mentions:
        if m.chain:
            by_chain.setdefault(m.chain, []).append((m.start, m.end))
    return {m.id: by_chain[m.chain] if m.chain else [(m.start, m.end)] for m in doc.entity_mentions
            if m.type in AGENT_TYPES}


def _gold_dates(doc: MeantimeDoc, rels: Sequence[Relation]) -> dict[str, set[str]]:
    """Event mention id -> calendar values of the DATE/TIME timexes that include it or coincide with it."""
    values = {t.id: t.value for t in doc.timexes if t.type in ("DATE", "TIME") and _CALENDAR.match(t.value)}
    out: dict[str, set[str]] = {}
    for r in rels:
        if r.kind != "TLINK" or not r.sources or not r.targets:
            continue
        src, tgt, rel = r.sources[0], r.targets[0], r.attrs.get("reltype", "")
        if rel in DATING_RELATIONS and tgt in values:
            out.setdefault(src, set()).add(values[tgt])
        elif rel in DATING_INVERSES and src in values:
            out.setdefault(tgt, set()).add(values[src])
    return out


def gold_arguments(doc: MeantimeDoc) -> list[GoldArgs]:
    """The gold event mentions of a document's annotated region with their arguments and dates."""
    chains = _chain_spans(doc)
    dates = _gold_dates(doc, doc.relations)
    out = {e.id: GoldArgs(e.id, (e.start, e.end), [], [], dates.get(e.id, set()))
           for e in doc.events if e.start < doc.annotated_end}
    receiving = {e.id for e in doc.events if RECEIVING.match(e.text)}
    for r in doc.relations:
        if r.kind != "HAS_PARTICIPANT" or not r.sources or not r.targets:
            continue
        gold, spans = out.get(r.sources[0]), chains.get(r.targets[0])
        if gold is None or spans is None:
            continue
        role = r.attrs.get("sem_role", "")
        actor_role, recipient_roles = ("Arg2", {"Arg0"}) if gold.mention_id in receiving \
            else ("Arg0", RECIPIENT_ROLES)
        if role == actor_role:
            gold.arg0.append(spans)
        elif role in recipient_roles:
            gold.recipient.append(spans)
    return sorted(out.values(), key=lambda g: (g.span, g.mention_id))


def role_spans(event: Event, role: str, article: Article) -> list[list[Span]]:
    """Our participants of a role, each as its own span plus every mention of its entity."""
    out: list[list[Span]] = []
    for p in event.participants:
        if p.role != role:
            continue
        spans = [(p.start, p.end)] if p.start is not None and p.end is not None else []
        ent = article.entity(p.entity)
        if ent is not None:
            spans += [(m.start, m.end) for mid in ent.mentions if (m := article.mention(mid)) is not None]
        out.append(spans)
    return out


def entities_match(ours: Sequence[Sequence[Span]], gold: Sequence[Sequence[Span]]) -> bool:
    """Whether one of our participants overlaps one gold participant (by any of their mentions).

    >>> entities_match([[(0, 5)]], [[(40, 45), (3, 8)]]), entities_match([[(0, 5)]], [])
    (True, False)
    """
    return any(overlap(a, b) for o in ours for g in gold for a in o for b in g)


def match_gold(event: Event, golds: Sequence[GoldArgs]) -> GoldArgs | None:
    """The gold mention our event's main trigger overlaps most (ties: the earliest), or None."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    trig = (event.trigger_start, event.trigger_end)
    hits = [g for g in golds if overlap(trig, g.span)]
    if not hits:
        return None
    return max(hits, key=lambda g: (min(trig[1], g.span[1]) - max(trig[0], g.span[0]), -g.span[0]))


@dataclass(slots=True)
class Slot:
    """Counts of one role: slots we fill, gold slots, slots we fill right, gold slots we fill right."""

    predicted: int = 0
    gold: int = 0
    predicted_ok: int = 0
    gold_ok: int = 0

    def add(self, ours: Sequence[Sequence[Span]], gold: Sequence[Sequence[Span]]) -> bool | None:
        """Count one event's slot; returns whether it is right (None when both sides are empty)."""
        if not ours and not gold:
            return None
        ok = entities_match(ours, gold)
        self.predicted += bool(ours)
        self.gold += bool(gold)
        self.predicted_ok += ok and bool(ours)
        self.gold_ok += ok and bool(gold)
        return ok

    def as_dict(self, prefix: str) -> dict[str, float]:
        """Precision, recall, F1 and the slot counts."""
        p = self.predicted_ok / self.predicted if self.predicted else 0.0
        r = self.gold_ok / self.gold if self.gold else 0.0
        return {f"{prefix}precision": p, f"{prefix}recall": r,
                f"{prefix}f1": 2 * p * r / (p + r) if p + r else 0.0,
                f"{prefix}predicted": float(self.predicted), f"{prefix}gold": float(self.gold)}


@dataclass(slots=True)
class ArgScore:
    """Counts over the MEANTIME documents, and one line per matched event (for reading errors)."""

    documents: int = 0
    gold_mentions: int = 0
    events: int = 0
    matched: int = 0
    actor: Slot = field(default_factory=Slot)
    recipient: Slot = field(default_factory=Slot)
    dated: int = 0
    date_ok: int = 0
    date_compatible: int = 0
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        """Every figure of the evaluation."""
        out = {"documents": float(self.documents), "gold_event_mentions": float(self.gold_mentions),
               "predicted_events": float(self.events), "matched_events": float(self.matched),
               "unmatched_events": float(self.events - self.matched)}
        out.update(self.actor.as_dict("actor_"))
        out.update(self.recipient.as_dict("recipient_"))
        out["gold_dated_events"] = float(self.dated)
        out["date_accuracy"] = self.date_ok / self.dated if self.dated else 0.0
        out["date_accuracy_compatible"] = self.date_compatible / self.dated if self.dated else 0.0
        return out


def _mark(ok: bool | None) -> str:
    return "-" if ok is None else "ok" if ok else "WRONG"


def _texts(article: Article, spans: Sequence[Sequence[Span]]) -> str:
    return " | ".join(article.text[s[0][0]:s[0][1]] for s in spans if s) or "-"


def score_document(doc: MeantimeDoc, article: Article, score: ArgScore) -> None:
    """Add one processed MEANTIME document to a score."""
    golds = gold_arguments(doc)
    score.documents += 1
    score.gold_mentions += len(golds)
    for ev in article.events:
        if ev.trigger_start is None or ev.trigger_start >= doc.annotated_end:
            continue
        score.events += 1
        gold = match_gold(ev, golds)
        if gold is None:
            continue
        score.matched += 1
        actors, recipients = role_spans(ev, "actor", article), role_spans(ev, "recipient", article)
        a_ok, r_ok = score.actor.add(actors, gold.arg0), score.recipient.add(recipients, gold.recipient)
        ours = ev.date.value + (" (fallback)" if ev.date.fallback else "") if ev.date else "-"
        d_ok = None
        if gold.dates:
            score.dated += 1
            d_ok = date_matches(ev.date.value if ev.date else None, gold.dates)
            score.date_ok += d_ok
            score.date_compatible += date_matches(ev.date.value if ev.date else None, gold.dates, True)
        score.lines.append(
            f"{doc.doc_id} {ev.type} {ev.trigger!r}: actor {_mark(a_ok)} {_texts(article, actors)} "
            f"vs {_texts(article, gold.arg0)}; recipient {_mark(r_ok)} {_texts(article, recipients)} vs "
            f"{_texts(article, gold.recipient)}; date {_mark(d_ok)} {ours} vs {sorted(gold.dates) or '-'}")


def run_meantime_events(nlp: Language | None = None, parts: Sequence[str] = PARTS,
                        docs: Iterable[MeantimeDoc] | None = None) -> ArgScore:
    """Process MEANTIME documents with the full pipeline and score our events' arguments.

    >>> run_meantime_events(parts=["gm"]).as_dict()["matched_events"] > 0  # doctest: +SKIP
    True
    """
    from newsgraph.process import process_articles

    golds = list(docs) if docs is not None else list(iter_meantime(parts=parts))
    score = ArgScore()
    for doc, art in zip(golds, process_articles([to_article(d) for d in golds], nlp), strict=True):
        score_document(doc, art, score)
    return score


def print_report(title: str, figures: dict[str, float], lines: Sequence[str] = ()) -> None:
    """Print a MEANTIME report: its title with the document and mention counts, ratios with three decimals,
    counts as integers, then the given lines (errors, when verbose).

    >>> print_report("Dates", {"documents": 2, "gold_event_mentions": 5, "anchored_recall": 0.5})
    Dates (2 documents, 5 gold event mentions):
      documents                              2
      gold_event_mentions                    5
      anchored_recall                        0.500
    """
    print(f"{title} ({int(figures['documents'])} documents, "
          f"{int(figures['gold_event_mentions'])} gold event mentions):")
    for key, value in figures.items():
        ratio = key.endswith(("precision", "recall", "f1", "accuracy", "compatible"))
        print(f"  {key:38s} {value:.3f}" if ratio else f"  {key:38s} {int(value)}")
    for line in lines:
        print("   ", line)


def print_meantime(nlp: Language | None, verbose: bool = False) -> None:
    """Print the figures (and, verbose, one line per matched event)."""
    score = run_meantime_events(nlp)
    print_report("Event arguments against MEANTIME", score.as_dict(), score.lines if verbose else ())


if __name__ == "__main__":
    print_meantime(None, "-v" in sys.argv)
