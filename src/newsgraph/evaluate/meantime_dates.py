"""Which timex dates an event: our dater (:mod:`newsgraph.extract.event_dates`) against MEANTIME's TLINKs.

A component-level check of event dating, for every gold event mention of MEANTIME's annotated region
(:mod:`newsgraph.evaluate.corpora.meantime`; verbs and nouns alike, PLOVER events or not). Each mention's
trigger is the syntactic head of its span in our processed Doc; we ask the dater which timex dates it
(:func:`~newsgraph.extract.event_dates.find_timex`) and what date that gives
(:func:`~newsgraph.extract.event_dates.dated_by`: a timex it cannot place, or none, falls back to the
publication date), as :mod:`newsgraph.extract.events` does for one trigger.

**Gold.** The TLINKs between the mention and timexes, each read from the event's side (a timex that
``INCLUDES`` the event is the event ``IS_INCLUDED`` in it). A mention is *anchored* when it is
``IS_INCLUDED`` in, ``SIMULTANEOUS`` with or ``DURING`` a ``DATE``/``TIME`` timex of the text (not the
document creation time) whose value is a calendar value (starts with a year).

**Anchored recall.** Of anchored mentions, the share we date (no fallback) by a timex that overlaps an
anchoring timex or whose date has the day part of one's value.

**Anchoring precision.** Of mentions we date by a timex of the text, the share gold links to that timex
(overlapping spans, or the same day) by ``IS_INCLUDED``, ``SIMULTANEOUS``, ``INCLUDES`` or ``DURING``
either way. Wrong when gold relates the event to our timex only by order (``BEFORE``, ``AFTER``,
``IBEFORE``, ``IAFTER``: class ``order``), by a range bound (``BEGUN_BY``, ``ENDED_BY``...: ``range``; "since
May"), by ``MEASURE`` (a duration: ``measure``), or not at all while it links another timex of the text
(``other``) or only the creation time (``dct``). A mention gold links to no timex at all is not scored
(``unlinked``): MEANTIME ties every anchored event to its timexes.

Figures: ``python -m newsgraph.evaluate.events --part meantime-dates`` (``-v``: one line per scored
mention that is wrong or missed, with its sentence).

>>> event_view("INCLUDES"), event_view("BEFORE"), event_view("SIMULTANEOUS")
('IS_INCLUDED', 'AFTER', 'SIMULTANEOUS')
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.evaluate.corpora.meantime import PARTS, EventMention, MeantimeDoc, TimexMention, iter_meantime
from newsgraph.evaluate.corpora.meantime import to_article as meantime_article
from newsgraph.evaluate.meantime_events import date_matches, print_report
from newsgraph.evaluate.metrics import overlap
from newsgraph.extract.event_args import ArticleIndex
from newsgraph.extract.event_dates import dated_by, find_timex
from newsgraph.model import Article

if TYPE_CHECKING:
    from newsgraph.evaluate.meantime_carried import CarryScore

Span = tuple[int, int]

#: The relation read from the other end of a TLINK (timex -> event becomes event -> timex).
INVERSE: dict[str, str] = {
    "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE",
    "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING",
}
#: Relations (event -> timex) by which a timex dates its event: the anchors of recall.
ANCHORING: frozenset[str] = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})
#: Relations (either way) that make our timex the right one for precision.
INCLUSION: frozenset[str] = ANCHORING | {"INCLUDES", "DURING_INV"}
ORDER: frozenset[str] = frozenset({"BEFORE", "AFTER", "IBEFORE", "IAFTER"})
RANGE: frozenset[str] = frozenset({"BEGINS", "BEGUN_BY", "ENDS", "ENDED_BY"})
_CALENDAR = re.compile(r"^\d{4}")


def event_view(reltype: str) -> str:
    """A TLINK relation as seen from its other end (a timex that ``INCLUDES`` an event: ``IS_INCLUDED``)."""
    return INVERSE.get(reltype, reltype)


@dataclass(frozen=True, slots=True)
class GoldLink:
    """A TLINK between an event mention and a timex, its relation read from the event's side."""

    timex: TimexMention
    reltype: str

    @property
    def dct(self) -> bool:
        """Whether the timex is the document creation time."""
        return self.timex.function == "CREATION_TIME"

    @property
    def anchor(self) -> bool:
        """Whether the link dates the event by a calendar DATE/TIME of the text."""
        t = self.timex
        return (not self.dct and self.reltype in ANCHORING and t.type in ("DATE", "TIME")
                and _CALENDAR.match(t.value) is not None)


@dataclass(slots=True)
class GoldDating:
    """A gold event mention and its TLINKs to timexes."""

    mention: EventMention
    links: list[GoldLink] = field(default_factory=list)

    @property
    def anchors(self) -> list[GoldLink]:
        """The links that date the mention (:attr:`GoldLink.anchor`)."""
        return [lk for lk in self.links if lk.anchor]

    def relations_to(self, span: Span, value: str | None) -> set[str]:
        """The relations gold gives between the mention and a timex overlapping a span (or, for inclusion,
        one whose calendar value has the same day as ``value``)."""
        out = {lk.reltype for lk in self.links if overlap(span, (lk.timex.start, lk.timex.end))}
        out |= {lk.reltype for lk in self.links if lk.reltype in INCLUSION
                and _CALENDAR.match(lk.timex.value) and date_matches(value, {lk.timex.value})}
        return out


def gold_datings(doc: MeantimeDoc) -> list[GoldDating]:
    """Every event mention of the annotated region with its TLINKs to timexes (in text order)."""
    out = {e.id: GoldDating(e) for e in doc.events if e.start < doc.annotated_end}
    timexes = {t.id: t for t in doc.timexes}
    for r in doc.relations:
        if r.kind != "TLINK" or not r.sources or not r.targets:
            continue
        src, tgt, rel = r.sources[0], r.targets[0], r.attrs.get("reltype", "")
        if src in out and tgt in timexes:
            out[src].links.append(GoldLink(timexes[tgt], rel))
        elif tgt in out and src in timexes:
            out[tgt].links.append(GoldLink(timexes[src], event_view(rel)))
    return sorted(out.values(), key=lambda g: (g.mention.start, g.mention.id))


@dataclass(frozen=True, slots=True)
class OurDate:
    """What our dater says of one trigger: the timex it attaches (span, text) and the date it gives (None
    when it falls back to the publication date)."""

    span: Span | None = None
    text: str = ""
    value: str | None = None

    @property
    def placed(self) -> bool:
        """Whether a timex of the text dates the event (no fallback)."""
        return self.span is not None and self.value is not None


def recall_class(gold: GoldDating, ours: OurDate) -> str | None:
    """For an anchored mention: ``right``, or why not -- ``undated`` (no timex attached), ``unplaced`` (a
    timex attached that gives no calendar date: a fallback), or the relation gold gives to our timex
    (``order``, ``range``, ``measure``, ``other``). None for a mention that is not anchored."""
    anchors = gold.anchors
    if not anchors:
        return None
    if ours.span is None:
        return "undated"
    if not ours.placed:
        return "unplaced"
    if any(overlap(ours.span, (a.timex.start, a.timex.end)) for a in anchors) or date_matches(
            ours.value, {a.timex.value for a in anchors}):
        return "right"
    return _wrong_class(gold.relations_to(ours.span, None)) or "other"


def _wrong_class(relations: set[str]) -> str | None:
    if relations & ORDER:
        return "order"
    if relations & RANGE:
        return "range"
    return "measure" if "MEASURE" in relations else None


def precision_class(gold: GoldDating, ours: OurDate) -> str | None:
    """For a mention we date by a timex of the text: ``right`` when gold includes it in that timex (or the
    reverse, or a timex of that day), else ``order``, ``range``, ``measure``, ``other`` (gold links another
    timex of the text), ``dct`` (gold links only the creation time) or ``unlinked`` (gold links no timex;
    not scored). None when we do not date the mention by the text."""
    if not ours.placed or ours.span is None:
        return None
    relations = gold.relations_to(ours.span, ours.value)
    if relations & INCLUSION:
        return "right"
    wrong = _wrong_class(relations)
    if wrong is not None:
        return wrong
    if any(not lk.dct for lk in gold.links):
        return "other"
    return "dct" if gold.links else "unlinked"


@dataclass(slots=True)
class DatingScore:
    """Counts over the documents, the classes of recall and precision, and a line per mention."""

    documents: int = 0
    mentions: int = 0
    untokenised: int = 0
    recall: Counter[str] = field(default_factory=Counter)
    precision: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    def add(self, gold: GoldDating, ours: OurDate) -> tuple[str | None, str | None]:
        """Count one mention; returns its recall and precision classes."""
        self.mentions += 1
        r, p = recall_class(gold, ours), precision_class(gold, ours)
        if r is not None:
            self.recall[r] += 1
        if p is not None:
            self.precision[p] += 1
        return r, p

    def as_dict(self) -> dict[str, float]:
        """Recall, precision, F1, the counts and every error class."""
        anchored = sum(self.recall.values())
        scored = sum(n for c, n in self.precision.items() if c != "unlinked")
        rec = self.recall["right"] / anchored if anchored else 0.0
        prec = self.precision["right"] / scored if scored else 0.0
        out = {"documents": float(self.documents), "gold_event_mentions": float(self.mentions),
               "anchored_mentions": float(anchored), "anchored_recall": rec,
               "dated_mentions": float(scored), "anchoring_precision": prec,
               "anchoring_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
        out.update({f"missed_{c}": float(n) for c, n in sorted(self.recall.items()) if c != "right"})
        out.update({f"wrong_{c}": float(n) for c, n in sorted(self.precision.items()) if c != "right"})
        return out


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens a character span covers, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def our_date(trigger: Token, index: ArticleIndex) -> OurDate:
    """What the dater says of one trigger (as :mod:`newsgraph.extract.events` dates a one-trigger event)."""
    timex = find_timex([trigger], index)
    if timex is None:
        return OurDate()
    date = dated_by(timex, index, trigger)
    value = date.value if date is not None and not date.fallback else None
    return OurDate((timex.start, timex.end), timex.text, value)


def _describe(gold: GoldDating) -> str:
    return "; ".join(f"{lk.reltype} {'DCT' if lk.dct else repr(lk.timex.text)}={lk.timex.value}"
                     for lk in gold.links) or "-"


def score_document(doc: MeantimeDoc, parsed: Doc, article: Article, score: DatingScore,
                   carry: CarryScore | None = None) -> None:
    """Add one processed MEANTIME document (its Doc and its article) to a score (and to a score of dates
    carried through event coreference, :mod:`newsgraph.evaluate.meantime_carried`)."""
    index = ArticleIndex.build(parsed, article)
    if carry is not None:
        from newsgraph.evaluate.meantime_carried import score_carried

        score_carried(doc, parsed, index, carry)
    score.documents += 1
    for gold in gold_datings(doc):
        m = gold.mention
        tok = trigger_token(parsed, m.start, m.end)
        if tok is None:
            score.untokenised += 1
            continue
        ours = our_date(tok, index)
        r, p = score.add(gold, ours)
        if r in (None, "right") and p in (None, "right", "unlinked"):
            continue
        said = f"{ours.text!r}={ours.value or 'fallback'}" if ours.span else "-"
        score.lines.append(f"{doc.doc_id} {m.text!r} [{tok.pos_} {tok.dep_}] recall {r or '-'} precision "
                           f"{p or '-'}: gold {_describe(gold)}; ours {said} || {tok.sent.text.strip()}")


def run_meantime_dates(nlp: Language | None = None, parts: Sequence[str] = PARTS,
                       docs: Iterable[MeantimeDoc] | None = None,
                       carry: CarryScore | None = None) -> DatingScore:
    """Process MEANTIME documents with the full pipeline and score the dater on every gold event mention
    (and, given a ``carry`` score, the dates carried through event coreference).

    >>> run_meantime_dates(parts=["gm"]).as_dict()["anchored_recall"] > 0.5  # doctest: +SKIP
    True
    """
    from newsgraph.nlp import build_pipeline, doc_for

    nlp = nlp or build_pipeline()
    golds = list(docs) if docs is not None else list(iter_meantime(parts=parts))
    score = DatingScore()
    parsed = nlp.pipe((doc_for(nlp, meantime_article(d)) for d in golds), batch_size=16)
    for doc, pdoc in zip(golds, parsed, strict=True):
        score_document(doc, pdoc, pdoc._.ng, score, carry)
    return score


def print_meantime_dates(nlp: Language | None, verbose: bool = False) -> None:
    """Print the figures (and, verbose, every missed or wrong mention), then those of dates carried through
    MEANTIME's event coreference (a separate figure: :mod:`newsgraph.evaluate.meantime_carried`)."""
    from newsgraph.evaluate.meantime_carried import CarryScore

    carry = CarryScore()
    score = run_meantime_dates(nlp, carry=carry)
    print_report("Event dating against MEANTIME TLINKs", score.as_dict(), score.lines if verbose else ())
    print_report("Event dates carried through MEANTIME event coreference (mentions anchored only in another "
                 "sentence)", carry.as_dict(), carry.lines if verbose else ())


if __name__ == "__main__":
    print_meantime_dates(None, "-v" in sys.argv)
