"""Event evaluation: PLOVER typing and actors on the PLOVER gold records, PLOVER events on our ECB+ gold,
and cross-document event merging against ECB+ coreference chains.

Figures: ``python -m newsgraph.evaluate.events`` (``--help`` for the parts; ``--part meantime``: actors,
recipients and dates against MEANTIME's event arguments, :mod:`newsgraph.evaluate.meantime_events`;
``--part meantime-dates``: which timex our dater attaches to every MEANTIME event mention, against its
TLINKs, :mod:`newsgraph.evaluate.meantime_dates`).
Definitions are in ``docs/events-codebook.md`` ("Evaluation").

>>> gsr_slot_ok([(0, 5)], [(3, 9)])
True
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from newsgraph.evaluate.corpora.ecbplus import EcbDocument
from newsgraph.evaluate.corpora.plover import GsrRecord, read_gsr
from newsgraph.evaluate.gold import GoldFact
from newsgraph.evaluate.metrics import PRF, overlap
from newsgraph.model import FACTUAL, Article, Event


def gsr_slot_ok(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> bool:
    """A gold actor slot is filled when one predicted participant span overlaps one gold actor span."""
    return any(overlap(g, p) for g in gold for p in predicted)


def chosen_event(events: Sequence[Event], evt_spans: Sequence[tuple[int, int]]) -> Event | None:
    """The event scored for a record: among the events reported as facts (modality asserted or reported)
    if there are any, the one whose trigger overlaps the earliest marked event phrase, else the most
    confident one (ties: the earliest)."""

    def first_mark(e: Event) -> int:
        if e.trigger_start is None or e.trigger_end is None:
            return len(evt_spans)
        trig = (e.trigger_start, e.trigger_end)
        return next((i for i, s in enumerate(evt_spans) if overlap(trig, s)), len(evt_spans))

    factual = [e for e in events if e.modality in FACTUAL]
    pool = factual or list(events)
    if not pool:
        return None
    return min(pool, key=lambda e: (first_mark(e), -e.confidence, e.trigger_start or 0))


@dataclass(slots=True)
class GsrScore:
    """Counts over PLOVER gold records."""

    records: int = 0
    type_ok: int = 0
    actor_slots: int = 0
    actor_ok: int = 0
    recipient_slots: int = 0
    recipient_ok: int = 0
    recipient_ok_place: int = 0
    confusions: dict[tuple[str, str], int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, float]:
        """Accuracies: type, actor, recipient, actor+recipient (over filled gold slots)."""
        slots = self.actor_slots + self.recipient_slots
        return {
            "records": self.records,
            "type_accuracy": self.type_ok / self.records if self.records else 0.0,
            "actor_accuracy": self.actor_ok / self.actor_slots if self.actor_slots else 0.0,
            "recipient_accuracy": self.recipient_ok / self.recipient_slots if self.recipient_slots else 0.0,
            "recipient_accuracy_with_place": (
                self.recipient_ok_place / self.recipient_slots if self.recipient_slots else 0.0
            ),
            "actor_recipient_accuracy": (self.actor_ok + self.recipient_ok) / slots if slots else 0.0,
            "actor_recipient_accuracy_with_place": (self.actor_ok + self.recipient_ok_place) / slots
            if slots
            else 0.0,
        }


def role_spans(event: Event | None, role: str, article: Article) -> list[tuple[int, int]]:
    """Where the participants of a role are named in the text: every mention of each participant entity
    (an actor named by a pronoun in the event's clause is still the entity named elsewhere).

    >>> from newsgraph.model import Article, Event, Participant
    >>> role_spans(Event("v1", "AGREE", 0, 18, participants=[Participant("e1", "actor", 0, 5)]), "actor",
    ...            Article.new("Munir met Blinken."))
    [(0, 5)]
    """
    if event is None:
        return []
    out: list[tuple[int, int]] = []
    for p in event.participants:
        if p.role != role:
            continue
        if p.start is not None and p.end is not None:
            out.append((p.start, p.end))
        ent = article.entity(p.entity)
        if ent is not None:
            out += [(m.start, m.end) for mid in ent.mentions if (m := article.mention(mid)) is not None]
    return out


def _place_span(event: Event | None, article: Article) -> list[tuple[int, int]]:
    if event is None or event.place is None:
        return []
    ent = article.entity(event.place)
    if ent is None:
        return []
    return [(m.start, m.end) for mid in ent.mentions if (m := article.mention(mid)) is not None]


def score_record(rec: GsrRecord, article: Article, score: GsrScore) -> Event | None:
    """Add one record's outcome to a score; returns the event chosen for it."""
    event = chosen_event(article.events, rec.event_spans)
    score.records += 1
    predicted = event.type if event is not None else "NONE"
    if predicted == rec.type:
        score.type_ok += 1
    else:
        key = (rec.type, predicted)
        score.confusions[key] = score.confusions.get(key, 0) + 1
    src = [a.span for a in rec.sources if a.span is not None]
    tgt = [a.span for a in rec.targets if a.span is not None]
    if src:
        score.actor_slots += 1
        score.actor_ok += gsr_slot_ok(src, role_spans(event, "actor", article))
    if tgt:
        score.recipient_slots += 1
        ok = gsr_slot_ok(tgt, role_spans(event, "recipient", article))
        score.recipient_ok += ok
        score.recipient_ok_place += ok or gsr_slot_ok(tgt, _place_span(event, article))
    return event


def run_gsr(
    nlp: Language | None = None, split: str | None = None, records: Iterable[GsrRecord] | None = None
) -> tuple[GsrScore, list[tuple[GsrRecord, Article]]]:
    """Run the full pipeline on each record's sentence and score it; returns the score and the outputs."""
    from newsgraph.process import process_articles

    recs = list(records) if records is not None else read_gsr(split=split)
    articles = [Article.new(r.text, source_id=r.id) for r in recs]
    done = list(process_articles(articles, nlp))
    score = GsrScore()
    pairs = list(zip(recs, done, strict=True))
    for rec, art in pairs:
        score_record(rec, art, score)
    return score, pairs


# --- PLOVER events in ECB+ documents (our hand-made gold) ------------------------------------------------


def _gold_spans(fact: GoldFact) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in fact.data.get("triggers", [])]


def triggers_of(event: Event) -> list[tuple[int, int]]:
    """The trigger spans of every mention of an event (its main trigger first)."""
    spans = [(int(m[0]), int(m[1])) for m in event.mentions]
    if event.trigger_start is not None and event.trigger_end is not None:
        main = (event.trigger_start, event.trigger_end)
        spans = [main] + [s for s in spans if s != main]
    return spans or [(event.start, event.end)]


def _in_scope(event: Event, scope: Sequence[tuple[int, int]]) -> bool:
    """Whether a mention of an event lies in one of the annotated sentences."""
    return any(a <= t < b for t, _ in triggers_of(event) for a, b in scope)


def _entity_spans(
    article: Article, entity_id: str, fallback: tuple[int, int] | None
) -> list[tuple[int, int]]:
    ent = article.entity(entity_id)
    spans = [fallback] if fallback is not None else []
    if ent is not None:
        spans += [(m.start, m.end) for mid in ent.mentions if (m := article.mention(mid)) is not None]
    return spans


def participant_hits(fact: GoldFact, event: Event, article: Article) -> list[tuple[str, bool]]:
    """Each gold participant's role, and whether it is a predicted participant in that role (by any mention
    of its entity)."""
    hits: list[tuple[str, bool]] = []
    for gp in fact.data.get("participants", []):
        alts = [(int(a), int(b)) for a, b in gp["spans"]]
        found = False
        for p in event.participants:
            if p.role != gp["role"]:
                continue
            own = (p.start, p.end) if p.start is not None and p.end is not None else None
            if any(overlap(s, g) for s in _entity_spans(article, p.entity, own) for g in alts):
                found = True
                break
        hits.append((gp["role"], found))
    return hits


def one_per_role(hits: Sequence[tuple[str, bool]]) -> bool:
    """The lenient convention: each role that has gold participants has at least one of them found.

    >>> one_per_role([("recipient", True), ("recipient", False)]), one_per_role([("actor", False)])
    (True, False)
    """
    return all(any(ok for r, ok in hits if r == role) for role, _ in hits)


def participants_ok(fact: GoldFact, event: Event, article: Article) -> bool:
    """Every gold participant is a predicted participant in the same role (by any mention of its entity)."""
    return all(ok for _, ok in participant_hits(fact, event, article))


def date_ok(fact: GoldFact, event: Event) -> bool:
    """Gold ``null``: the text gives no date, so the event must fall back; ``"?"``: not scored."""
    gold: str | None = fact.data.get("date")
    if gold == "?":
        return True
    if gold is None:
        return event.date is None or event.date.fallback
    if event.date is None or event.date.fallback:
        return False
    value = event.date.value if "T" in str(gold) else event.date.value.split("T", 1)[0]
    return bool(value == gold)


def _sentence_of(spans: Sequence[tuple[int, int]], scope: Sequence[tuple[int, int]]) -> set[int]:
    return {i for i, (a, b) in enumerate(scope) for s, _ in spans if a <= s < b}


def match_events(
    facts: Sequence[GoldFact], events: Sequence[Event], scope: Sequence[tuple[int, int]]
) -> list[tuple[GoldFact, Event]]:
    """One-to-one matching of gold and predicted events of one document: same type, and the predicted
    trigger overlapping a gold trigger (first) or in the same annotated sentence as one (then)."""
    pairs: list[tuple[int, int, int]] = []
    for gi, fact in enumerate(facts):
        spans = _gold_spans(fact)
        sents = _sentence_of(spans, scope)
        for pi, ev in enumerate(events):
            if ev.type != fact.data.get("type"):
                continue
            trigs = triggers_of(ev)
            if any(overlap(t, s) for t in trigs for s in spans):
                pairs.append((0, gi, pi))
            elif _sentence_of(trigs, scope) & sents:
                pairs.append((1, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[GoldFact, Event]] = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((facts[gi], events[pi]))
    return out


@dataclass(slots=True)
class EventScore:
    """Counts of gold, predicted and matched events at three strictness levels."""

    gold: int = 0
    predicted: int = 0
    type_ok: int = 0
    participants_ok: int = 0
    full_ok: int = 0
    date_ok: int = 0
    one_per_role_ok: int = 0
    full_one_per_role_ok: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, matched: int) -> PRF:
        """Precision/recall/F1 for a number of matched events."""
        return PRF(tp=matched, fp=self.predicted - matched, fn=self.gold - matched)

    def as_dict(self) -> dict[str, float]:
        """F1 (and P/R) for type, type+participants, type+participants+date, and the last two once more with
        the lenient participant convention (one gold participant per role found, see :func:`one_per_role`);
        date accuracy of matches; false events (predicted factual events matching no gold event) per
        document scored.

        >>> EventScore(gold=2, predicted=5, type_ok=2, documents=4).as_dict()["false_events_per_doc"]
        0.75
        """
        out: dict[str, float] = {"gold_events": self.gold, "predicted_events": self.predicted,
                                 "documents": self.documents}
        out.update(self.prf(self.type_ok).as_dict("type_"))
        out.update(self.prf(self.participants_ok).as_dict("participants_"))
        out.update(self.prf(self.full_ok).as_dict("event_"))
        out.update(self.prf(self.one_per_role_ok).as_dict("participants_one_per_role_"))
        out.update(self.prf(self.full_one_per_role_ok).as_dict("event_one_per_role_"))
        out["date_accuracy"] = self.date_ok / self.type_ok if self.type_ok else 0.0
        false = self.predicted - self.type_ok
        out["false_events_per_doc"] = false / self.documents if self.documents else 0.0
        return out


def _scope(article: Article, doc_ref: str) -> list[tuple[int, int]]:
    """Character spans of the annotated sentences of an ECB+ document or the sentences of a made-up report
    (the whole text otherwise)."""
    if doc_ref.startswith("madeup:"):
        from newsgraph.evaluate.corpora.madeup import sentence_spans

        return sentence_spans(article.text)
    if doc_ref.startswith("ecbplus:"):
        from newsgraph.evaluate.corpora.ecbplus import annotated_sentences, document_path, read_ecbplus

        doc_id = doc_ref.split(":", 1)[1]
        doc = read_ecbplus(document_path(doc_id))
        return [doc.sentence_span(n) for n in sorted(annotated_sentences().get(doc_id, ()))]
    return [(0, len(article.text))]


def score_document(facts: Sequence[GoldFact], article: Article, doc_ref: str, score: EventScore) -> None:
    """Add one document's gold and predicted events to a score."""
    scope = _scope(article, doc_ref)
    events = [e for e in article.events if e.modality in FACTUAL and _in_scope(e, scope)]
    score.documents += 1
    score.gold += len(facts)
    score.predicted += len(events)
    matched = match_events(facts, events, scope)
    for fact, ev in matched:
        score.type_ok += 1
        hits, d_ok = participant_hits(fact, ev, article), date_ok(fact, ev)
        p_ok, lenient = all(ok for _, ok in hits), one_per_role(hits)
        score.participants_ok += p_ok
        score.date_ok += d_ok
        score.full_ok += p_ok and d_ok
        score.one_per_role_ok += lenient
        score.full_one_per_role_ok += lenient and d_ok
        if not (p_ok and d_ok):
            got = f"{ev.date.value}{' (fallback)' if ev.date.fallback else ''}" if ev.date else None
            score.errors.append(
                f"{fact.data.get('id')}: participants {'ok' if p_ok else 'wrong'}, date "
                f"{got} vs {fact.data.get('date')}"
            )
    hit = {id(f) for f, _ in matched}
    score.errors += [f"{f.data.get('id')}: missed {f.data.get('type')}" for f in facts if id(f) not in hit]


def score_events(gold: list[GoldFact], articles: dict[str, Article]) -> dict[str, float]:
    """The gold-format scorer of ``kind: event`` facts (see :mod:`newsgraph.evaluate.gold`)."""
    by_doc: dict[str, list[GoldFact]] = {}
    for fact in gold:
        by_doc.setdefault(fact.doc, []).append(fact)
    score = EventScore()
    for ref, facts in sorted(by_doc.items()):
        if ref in articles:
            score_document(facts, articles[ref], ref, score)
    return score.as_dict()


def score_documents(gold: list[GoldFact], articles: dict[str, Article]) -> dict[str, float]:
    """The gold-format scorer of ``kind: document`` records (documents read in full, with or without events):
    their number; :func:`run_gold_events` scores their events.

    >>> score_documents([GoldFact("ecbplus:1_1ecb", "document")], {})
    {'documents': 1.0}
    """
    return {"documents": float(len({f.doc for f in gold}))}


def gold_documents(facts: Sequence[GoldFact]) -> dict[str, list[GoldFact]]:
    """The event facts of each document a gold file names, by an event or a ``document`` record (a document
    read with no event then has an empty list).

    >>> docs = gold_documents([GoldFact("ecbplus:1_1ecb", "document"), GoldFact("ecbplus:2_1ecb", "event")])
    >>> {ref: len(group) for ref, group in docs.items()}
    {'ecbplus:1_1ecb': 0, 'ecbplus:2_1ecb': 1}
    """
    by_doc: dict[str, list[GoldFact]] = {}
    for fact in facts:
        group = by_doc.setdefault(fact.doc, [])
        if fact.kind == "event":
            group.append(fact)
    return by_doc


def run_gold_events(path: str | None = None, nlp: Language | None = None) -> EventScore:
    """Process the documents of an event gold file and score them (default: the ECB+ gold of the tests):
    every document with an event record or a ``document`` record (read, perhaps with no event)."""
    from newsgraph.evaluate.gold import load_gold
    from newsgraph.evaluate.runner import process_documents

    by_doc = gold_documents(load_gold([path or str(default_gold_path())], kinds=["event", "document"]))
    articles = process_documents(by_doc, nlp)
    score = EventScore()
    for ref, group in sorted(by_doc.items()):
        score_document(group, articles[ref], ref, score)
    return score


def default_gold_path(part: str = "dev") -> Path:
    """The project's ECB+ event gold: ``dev``, ``dev2`` ... ``dev9``
    (``events_ecbplus.jsonl``, ``events_ecbplus_dev2.jsonl``... read while the extractor was developed)
    or ``heldout`` (``events_ecbplus_heldout.jsonl``, annotated blind, only ever scored), or ``ordinary``
    (``events_ecbplus_ordinary.jsonl``: documents of non-security topics, most with no event, measuring
    false events in ordinary news), or ``ordinary-heldout`` (more such documents, annotated blind and only
    ever scored), or ``madeup`` (``events_madeup.jsonl``: the project's made-up whole reports, every sentence
    annotated, scored blind once and then read), or ``madeup-heldout`` (``events_madeup_heldout.jsonl``: a
    second set of made-up reports, written and annotated without running the extractor, only ever scored), or
    ``madeup3-heldout`` (``events_madeup3_heldout.jsonl``: a third such set, written by a hand that had read
    neither the rules nor the other sets, only ever scored), or ``diplomacy`` (``events_diplomacy.jsonl``:
    made-up political and diplomatic reports, scored blind once and then read).

    >>> default_gold_path("heldout").name
    'events_ecbplus_heldout.jsonl'
    """
    from newsgraph.config import PROJECT_ROOT

    name = {"dev": "events_ecbplus.jsonl", "dev2": "events_ecbplus_dev2.jsonl",
            "dev3": "events_ecbplus_dev3.jsonl", "dev4": "events_ecbplus_dev4.jsonl",
            "dev5": "events_ecbplus_dev5.jsonl", "dev6": "events_ecbplus_dev6.jsonl",
            "dev7": "events_ecbplus_dev7.jsonl", "dev8": "events_ecbplus_dev8.jsonl",
            "dev9": "events_ecbplus_dev9.jsonl", "heldout": "events_ecbplus_heldout.jsonl",
            "ordinary": "events_ecbplus_ordinary.jsonl",
            "ordinary-heldout": "events_ecbplus_ordinary_heldout.jsonl",
            "madeup": "events_madeup.jsonl", "madeup-heldout": "events_madeup_heldout.jsonl",
            "madeup3-heldout": "events_madeup3_heldout.jsonl", "diplomacy": "events_diplomacy.jsonl"}[part]
    return PROJECT_ROOT / "tests" / "extract" / "gold" / name


#: The event gold parts, in the order the report prints them: ECB+ parts, then the made-up reports.
ECBPLUS_PARTS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                  "heldout", "ordinary", "ordinary-heldout", "madeup", "madeup-heldout",
                                  "madeup3-heldout", "diplomacy")
#: Parts annotated blind and only ever scored: their errors are never printed (``-v`` shows none). Every part
#: whose name ends in "heldout" is one, so a new blind part cannot be left out of the guard.
BLIND_PARTS: frozenset[str] = frozenset(p for p in ECBPLUS_PARTS if p.endswith("heldout"))


def _print_ecbplus(nlp: Language | None, verbose: bool, parts: Sequence[str] = ECBPLUS_PARTS) -> None:
    for part in parts:
        path = default_gold_path(part)
        if not path.exists():
            continue
        score = run_gold_events(str(path), nlp=nlp)
        corpus = "made-up reports" if part.startswith("madeup") or part == "diplomacy" else "ECB+"
        print(f"PLOVER events in {corpus}, {part} gold ({score.gold} events, {score.documents} documents):")
        for key, value in score.as_dict().items():
            if key.endswith(("precision", "recall", "f1", "accuracy", "per_doc")):
                print(f"  {key:38s} {value:.3f}")
        if verbose and part not in BLIND_PARTS:
            for line in score.errors:
                print("   ", line)


# --- Cross-document merging against ECB+ event coreference chains ---------------------------------------

#: ECB+ topics whose seminal events PLOVER covers (attacks, shootings, arrests, charges, riots, hostages).
MERGE_TOPICS: tuple[str, ...] = ("3", "8", "12", "16", "18", "19", "22", "32", "35")


@dataclass(slots=True)
class MergeScore:
    """Gold and predicted clusters of the ECB+ event mentions our events found."""

    gold: dict[Hashable, Hashable] = field(default_factory=dict)
    predicted: dict[Hashable, Hashable] = field(default_factory=dict)
    gold_mentions: int = 0

    def as_dict(self) -> dict[str, float]:
        """B-cubed P/R/F1, MUC F1 and CoNLL F1 (mean of MUC and B-cubed) over the matched mentions."""
        from newsgraph.evaluate.metrics import bcubed, conll_f1, muc

        b3 = bcubed(self.gold, self.predicted)
        out = {
            "matched_mentions": float(len(self.predicted)),
            "gold_mentions": float(self.gold_mentions),
            "mention_coverage": len(self.predicted) / self.gold_mentions if self.gold_mentions else 0.0,
        }
        out.update(b3.as_dict("bcubed_"))
        out["muc_f1"] = muc(self.gold, self.predicted).f1
        out["conll_f1"] = conll_f1(self.gold, self.predicted)
        return out


def gold_event_chains(
    doc: EcbDocument, sentences: frozenset[int] | None = None
) -> dict[str, tuple[str, tuple[int, int]]]:
    """Event mentions of a document's annotated sentences (``sentences``, by default those the corpus
    index lists for it): markable id -> (chain, span); unlinked ones are chains of their own.

    >>> from newsgraph.evaluate.corpora.ecbplus import EcbDocument, EcbMarkable as Mk, EcbRelation
    >>> doc = EcbDocument("99_1ecb", "Rebels shelled Dorn. The shelling went on. They fired again.")
    >>> doc.markables = [Mk("5", "ACTION_OCCURRENCE", (2,), 7, 14, "shelled", 0),
    ...                  Mk("9", "ACTION_OCCURRENCE", (6,), 25, 33, "shelling", 1),
    ...                  Mk("12", "ACTION_OCCURRENCE", (11,), 48, 53, "fired", 2)]
    >>> doc.relations = [EcbRelation("r1", "CROSS_DOC_COREF", ("5", "9"), "30", "ACT16")]
    >>> gold_event_chains(doc, frozenset({0, 2}))
    {'5': ('ACT16', (7, 14)), '12': ('99_1ecb/12', (48, 53))}
    """
    from newsgraph.evaluate.corpora.ecbplus import annotated_sentences

    sents = annotated_sentences().get(doc.doc_id, frozenset()) if sentences is None else sentences
    chains = doc.instance_of()
    return {
        m.m_id: (chains.get(m.m_id, f"{doc.doc_id}/{m.m_id}"), (m.start, m.end))
        for m in doc.markables
        if m.is_event and m.sentence in sents
    }


#: How our events stand for ECB+ event mentions when merging is scored: by the main trigger of each event
#: (one mention per event, as ECB+ annotates one trigger per mention), or by every mention our
#: within-document coreference attaches to it (PLOVER's event also takes in its casualties -- "a bomb
#: killed two" is one ASSAULT -- where ECB+ keeps the explosion and the killing as two chains).
MERGE_VIEWS: tuple[str, ...] = ("trigger", "all")


def run_merge(
    nlp: Language | None = None,
    topics: Sequence[str] = MERGE_TOPICS,
    subcorpora: Sequence[str] = ("ecb", "ecbplus"),
) -> dict[str, MergeScore]:
    """Process the ECB+ documents of some topics, merge their events across documents with the same
    decisions as the store (:class:`newsgraph.resolve.events.EventIndex`), and compare the clusters of the
    gold event mentions they cover with the gold cross-document chains, in each of the
    :data:`MERGE_VIEWS`."""
    return run_merge_orders(nlp, 1, topics, subcorpora)[0]


def article_orders(n: int, orders: int) -> list[list[int]]:
    """The orders articles are merged in to measure how much merging depends on it: the corpus order first,
    then ``orders - 1`` shuffles (seeded 1, 2, ...: the same on every run).

    >>> article_orders(3, 2)[0], sorted(article_orders(3, 2)[1])
    ([0, 1, 2], [0, 1, 2])
    """
    out = [list(range(n))]
    for seed in range(1, orders):
        order = list(range(n))
        random.Random(seed).shuffle(order)
        out.append(order)
    return out


def run_merge_orders(
    nlp: Language | None = None,
    orders: int = 1,
    topics: Sequence[str] = MERGE_TOPICS,
    subcorpora: Sequence[str] = ("ecb", "ecbplus"),
) -> list[dict[str, MergeScore]]:
    """:func:`run_merge` with the documents processed once and their events merged in each of the
    :func:`article_orders` (merging is greedy: which report comes first decides clusters)."""
    from newsgraph.evaluate.corpora.ecbplus import iter_documents, to_article
    from newsgraph.process import process_articles
    from newsgraph.resolve.events import merge_articles

    docs = [d for d in iter_documents(topics) if d.subcorpus in subcorpora]
    articles = list(process_articles([to_article(d) for d in docs], nlp))
    out = []
    for order in article_orders(len(articles), orders):
        _, links = merge_articles([articles[i] for i in order])
        out.append(_merge_scores(docs, articles, links))
    return out


def _merge_scores(docs: Sequence[EcbDocument], articles: Sequence[Article],
                  links: dict[tuple[str, str], str]) -> dict[str, MergeScore]:
    """The merge scores of every view, given each event's global id."""
    scores = {view: MergeScore() for view in MERGE_VIEWS}
    for doc, art in zip(docs, articles, strict=True):
        gold = gold_event_chains(doc)
        for view, score in scores.items():
            score.gold_mentions += len(gold)
            for ev in art.events:
                if ev.modality in FACTUAL:
                    spans = triggers_of(ev)
                    _match_mentions(score, doc.doc_id, gold, spans[:1] if view == "trigger" else spans,
                                    links[(art.id, ev.id)])
    return scores


def _match_mentions(score: MergeScore, doc_id: str, gold: dict[str, tuple[str, tuple[int, int]]],
                    spans: Sequence[tuple[int, int]], event_id: str) -> None:
    """Put the gold mentions an event's spans overlap (each mention once) in the event's cluster."""
    for span in spans:
        for m_id, (chain, mspan) in gold.items():
            if overlap(span, mspan) and (doc_id, m_id) not in score.predicted:
                score.gold[(doc_id, m_id)] = chain
                score.predicted[(doc_id, m_id)] = event_id


def _print_merge(nlp: Language | None, orders: int = 1) -> None:
    runs = run_merge_orders(nlp, orders)
    keys = ("bcubed_precision", "bcubed_recall", "bcubed_f1", "muc_f1", "conll_f1", "mention_coverage")
    for view, score in runs[0].items():
        figures = score.as_dict()
        print(
            f"Cross-document event merging, ECB+ topics {', '.join(MERGE_TOPICS)}, events as "
            f"{'their main trigger' if view == 'trigger' else 'every mention'} "
            f"({int(figures['matched_mentions'])} of {int(figures['gold_mentions'])} gold event mentions):"
        )
        for key in keys:
            print(f"  {key:38s} {figures[key]:.3f}")
        if orders > 1:
            print(f"  over {orders} article orders (min / mean / max):")
            for key in keys[:3]:
                values = [run[view].as_dict()[key] for run in runs]
                low, mean, high = min(values), sum(values) / len(values), max(values)
                print(f"  {key:38s} {low:.3f} / {mean:.3f} / {high:.3f}")


def _print_gsr(nlp: Language | None, verbose: bool) -> None:
    for split in ("dev", "test"):
        score, _ = run_gsr(nlp, split=split)
        figures = score.as_dict()
        print(f"PLOVER gold records, {split} split ({int(figures['records'])} records):")
        for key, value in figures.items():
            if key != "records":
                print(f"  {key:38s} {value:.3f}")
        if verbose and split == "dev":
            top = sorted(score.confusions.items(), key=lambda kv: -kv[1])[:12]
            print(
                "  most frequent confusions (gold -> predicted):",
                ", ".join(f"{g}->{p} {n}" for (g, p), n in top),
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the event evaluation figures."""
    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.events", description=__doc__)
    parser.add_argument("--part", choices=("plover", "ecbplus", "merge", "meantime", "meantime-dates",
                                           "agreement", "all", *ECBPLUS_PARTS),
                        default="all",
                        help="one gold part: dev, dev2 ... dev9, heldout, ordinary, ordinary-heldout, "
                             "madeup, madeup-heldout, madeup3-heldout, diplomacy (the blind ones, *heldout, "
                             "print no errors with -v)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show confusions and errors")
    parser.add_argument("--orders", type=int, default=1,
                        help="also merge in this many article orders (the corpus order, then shuffles)")
    args = parser.parse_args(argv)
    from newsgraph.nlp import build_pipeline

    nlp = build_pipeline()
    if args.part in ("plover", "all"):
        _print_gsr(nlp, args.verbose)
    if args.part in ("ecbplus", "all"):
        _print_ecbplus(nlp, args.verbose)
    if args.part in ECBPLUS_PARTS:
        _print_ecbplus(nlp, args.verbose, (args.part,))
    if args.part in ("merge", "all"):
        _print_merge(nlp, args.orders)
    if args.part in ("meantime", "all"):
        from newsgraph.evaluate.meantime_events import print_meantime

        print_meantime(nlp, args.verbose)
    if args.part in ("meantime-dates", "all"):
        from newsgraph.evaluate.meantime_dates import print_meantime_dates

        print_meantime_dates(nlp, args.verbose)
    if args.part in ("agreement", "all"):
        from newsgraph.evaluate.agreement import print_agreement

        print_agreement(nlp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
