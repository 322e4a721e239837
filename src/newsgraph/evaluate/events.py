"""Event evaluation: PLOVER typing and actors on the PLOVER gold records, PLOVER events on our ECB+ gold,
and cross-document event merging against ECB+ coreference chains.

Figures: ``python -m newsgraph.evaluate.events`` (``--help`` for the parts). Definitions are in
``docs/events-codebook.md`` ("Evaluation").

>>> gsr_slot_ok([(0, 5)], [(3, 9)])
True
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from newsgraph.evaluate.corpora.plover import GsrRecord, read_gsr
from newsgraph.model import Article, Event


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def gsr_slot_ok(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> bool:
    """A gold actor slot is filled when one predicted participant span overlaps one gold actor span."""
    return any(_overlap(g, p) for g in gold for p in predicted)


def chosen_event(events: Sequence[Event], evt_spans: Sequence[tuple[int, int]]) -> Event | None:
    """The event scored for a record: among the events reported as facts (modality asserted or reported)
    if there are any, the one whose trigger overlaps the earliest marked event phrase, else the most
    confident one (ties: the earliest)."""

    def first_mark(e: Event) -> int:
        if e.trigger_start is None or e.trigger_end is None:
            return len(evt_spans)
        trig = (e.trigger_start, e.trigger_end)
        return next((i for i, s in enumerate(evt_spans) if _overlap(trig, s)), len(evt_spans))

    factual = [e for e in events if e.modality in ("asserted", "reported")]
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


def _spans(event: Event | None, role: str, article: Article) -> list[tuple[int, int]]:
    """Where the participants of a role are named in the text: every mention of each participant entity
    (an actor named by a pronoun in the event's clause is still the entity named elsewhere)."""
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
        score.actor_ok += gsr_slot_ok(src, _spans(event, "actor", article))
    if tgt:
        score.recipient_slots += 1
        ok = gsr_slot_ok(tgt, _spans(event, "recipient", article))
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
    parser.add_argument("--part", choices=("plover", "ecbplus", "merge", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="show confusions and errors")
    args = parser.parse_args(argv)
    from newsgraph.nlp import build_pipeline

    nlp = build_pipeline()
    if args.part in ("plover", "all"):
        _print_gsr(nlp, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
