"""Dates carried through event coreference: MEANTIME's in-document event chains score the dates our events
carry from one mention to another (merged reports, re-mentions, episode and sequence dates of
:mod:`newsgraph.extract.events`), a figure apart from the per-mention dating of
:mod:`newsgraph.evaluate.meantime_dates`.

**Gold.** MEANTIME links each event mention to an event instance (its chain). A mention is *carried* when
gold anchors no timex to it (:attr:`~newsgraph.evaluate.meantime_dates.GoldDating.anchors`) but anchors one
to a mention of its chain in another sentence: its date is only reachable through that mention (a
headline over the dated lead, "the flight" after "made its maiden flight on December 11"). Its dates are
the values of those anchors.

**Ours.** The date of our event whose mentions include the trigger (no fallback), else the date our dater
gives the trigger itself (:func:`~newsgraph.evaluate.meantime_dates.our_date`), else the date it carries to
the trigger from another mention of the same act when the trigger's sentence dates nothing
(:func:`~newsgraph.extract.event_coref_dates.carried_date`: a headline from its lead, a definite noun from
an earlier mention; counted for every mention, as the dater offers it). Only PLOVER events are
events of ours: most MEANTIME chains (deliveries, launches, profits) are none, so this counts what the
article-level rules carry for the acts we extract.

**Carried recall.** Of carried mentions, the share we date right. ``events_only_carried_recall``: by our
events and the mention's own sentence alone, without
:func:`~newsgraph.extract.event_coref_dates.carried_date` (the measure before the dater carried dates).

**Carrying precision.** Of the mentions our events (or the dater's carrying) date while the dater leaves
them undated in their sentence, the share whose
chain gold anchors at that date. Wrong when the chain is anchored elsewhere, or gold links the mention only
to the creation time (``dct``); a mention whose chain gold anchors nowhere, linked to no timex, is not
scored (``carrying_unjudged``).

Figures: ``python -m newsgraph.evaluate.events --part meantime-dates`` (printed after the dating figures).

>>> CarryScore().as_dict()["carried_recall"]
0.0
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.evaluate.corpora.meantime import MeantimeDoc
from newsgraph.evaluate.meantime_dates import GoldDating, gold_datings, our_date, trigger_token
from newsgraph.evaluate.meantime_events import date_matches
from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_coref_dates import carried_date
from newsgraph.model import Article


@dataclass(slots=True)
class CarryScore:
    """Counts of carried recall and carrying precision classes, and a line per mention that is not right."""

    documents: int = 0
    mentions: int = 0
    recall: Counter[str] = field(default_factory=Counter)
    precision: Counter[str] = field(default_factory=Counter)
    #: Carried mentions dated right by our events (or the sentence) alone, without the dater's carrying.
    events_right: int = 0
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        """Recall, precision, the counts and every error class."""
        carried = sum(self.recall.values())
        scored = sum(n for c, n in self.precision.items() if c != "unjudged")
        out = {"documents": float(self.documents), "gold_event_mentions": float(self.mentions),
               "carried_mentions": float(carried),
               "carried_recall": self.recall["right"] / carried if carried else 0.0,
               "events_only_carried_recall": self.events_right / carried if carried else 0.0,
               "carrying_dated": float(scored),
               "carrying_precision": self.precision["right"] / scored if scored else 0.0}
        out.update({f"missed_{c}": float(n) for c, n in sorted(self.recall.items()) if c != "right"})
        out.update({f"wrong_{c}": float(n) for c, n in sorted(self.precision.items())
                    if c not in ("right", "unjudged")})
        out["carrying_unjudged"] = float(self.precision["unjudged"])
        return out


def _chain_values(gold: GoldDating, tok: Token, golds: list[tuple[GoldDating, Token]]) -> set[str]:
    """The anchor values of the mentions of a mention's chain in other sentences."""
    chain = gold.mention.chain
    return {a.timex.value for g, t in golds if chain and g.mention.chain == chain
            and t.sent.start != tok.sent.start for a in g.anchors}


def _event_date(tok: Token, article: Article) -> str | None:
    """The date (no fallback) of our event one of whose mentions holds a token, or None."""
    for e in article.events:
        if any(a <= tok.idx < b for a, b in e.mentions) and e.date is not None and not e.date.fallback:
            return e.date.value
    return None


def score_carried(doc: MeantimeDoc, parsed: Doc, index: ArticleIndex, score: CarryScore) -> None:
    """Add one processed MEANTIME document (its events built) to a carrying score."""
    score.documents += 1
    golds = [(g, t) for g in gold_datings(doc)
             if (t := trigger_token(parsed, g.mention.start, g.mention.end)) is not None]
    for gold, tok in golds:
        score.mentions += 1
        own = our_date(tok, index)
        event = _event_date(tok, index.article)
        told = carried_date(tok, index) if own.span is None else None
        value = event or (own.value if own.span is not None else None) or (told.value if told else None)
        carried = (event or (told.value if told else None)) if own.span is None else None
        chain = _chain_values(gold, tok, golds)
        if not gold.anchors and chain:
            alone = event or (own.value if own.span is not None else None)
            score.events_right += bool(alone and date_matches(alone, chain))
            r = "right" if value and date_matches(value, chain) else "undated" if value is None else "wrong"
            score.recall[r] += 1
            if r != "right":
                score.lines.append(f"{doc.doc_id} {gold.mention.text!r} recall {r}: gold {sorted(chain)}; "
                                   f"ours {value or '-'} || {tok.sent.text.strip()}")
        if carried is not None:
            anchors = chain | {a.timex.value for a in gold.anchors}
            dct = bool(gold.links) and all(lk.dct for lk in gold.links)
            p = ("right" if date_matches(carried, anchors) else "wrong") if anchors else \
                "dct" if dct else "unjudged"
            score.precision[p] += 1
            if p not in ("right", "unjudged"):
                score.lines.append(f"{doc.doc_id} {gold.mention.text!r} precision {p}: gold "
                                   f"{sorted(anchors)}; carried {carried} || {tok.sent.text.strip()}")
