"""Scoring of temporal expressions, TempEval-3 style, and the MEANTIME evaluation against a baseline.

Figures (per corpus part and overall):

- **strict** span precision/recall/F1: identical character spans;
- **relaxed** span P/R/F1: spans that overlap (one-to-one, best overlap first);
- **value F1**: a relaxed match whose TIMEX3 value is also right counts as a true positive, P and R over
  all predicted and all gold timexes (TempEval-3's attribute F1); **value accuracy**: the share of
  relaxed matches with the right value; **type accuracy** likewise for DATE/TIME/DURATION/SET.

MEANTIME protocol: timexes are annotated in the first six sentences of each article only, so predictions
outside them are not scored; the date line (second sentence) is excluded on both sides — it *is* the
document creation time, which both systems receive as ``published``; the headline is scored. The
document creation timex is never scored. Development was done on ``airbus`` and ``apple``; ``gm`` is
held out.

The baseline is what a user could assemble in an afternoon: the spaCy model's DATE and TIME entities,
normalized by ``dateparser`` with ``RELATIVE_BASE`` = the DCT, formatted at the granularity dateparser
reports (day, week, month, year; a clock time when one was parsed).

Run ``python -m newsgraph.evaluate.time`` for the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import NewsgraphError
from newsgraph.evaluate.corpora.meantime import PARTS, MeantimeDoc, iter_meantime, to_article
from newsgraph.evaluate.gold import GoldFact
from newsgraph.evaluate.metrics import PRF, match_spans
from newsgraph.extract.time import extract_timexes
from newsgraph.extract.time_dct import infer_dct
from newsgraph.model import Article, Timex

Span = tuple[int, int, str, str]  # start, end, type, value


@dataclass(frozen=True, slots=True)
class TimexCounts:
    """Counts behind the timex figures; add them up across documents."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: TimexCounts) -> TimexCounts:
        mine, theirs = asdict(self).values(), asdict(other).values()
        return TimexCounts(*(a + b for a, b in zip(mine, theirs, strict=True)))

    def prf(self, tp: int) -> PRF:
        """P/R/F1 with ``tp`` true positives."""
        return PRF(tp=tp, fp=self.pred - tp, fn=self.gold - tp)

    def figures(self) -> dict[str, float]:
        """Strict and relaxed span P/R/F1, value F1 and accuracy, type accuracy, and the counts.

        >>> TimexCounts(gold=4, pred=4, strict=3, relaxed=4, value=3, type=4).figures()["value_f1"]
        0.75
        """
        out = {**self.prf(self.strict).as_dict("strict_"), **self.prf(self.relaxed).as_dict("relaxed_")}
        out = {k: v for k, v in out.items() if not k.endswith(("_tp", "_fp", "_fn"))}
        out["value_f1"] = self.prf(self.value).f1
        out["value_accuracy"] = self.value / self.relaxed if self.relaxed else 0.0
        out["type_accuracy"] = self.type / self.relaxed if self.relaxed else 0.0
        out.update({"gold": self.gold, "pred": self.pred})
        return out


def count(gold: Sequence[Span], pred: Sequence[Span]) -> TimexCounts:
    """Match predicted timexes to gold ones (strict and relaxed) and count right values and types.

    >>> count([(0, 8, "DATE", "2023-12-14")], [(0, 8, "DATE", "2023-12-14"), (10, 14, "DATE", "2021")])
    TimexCounts(gold=1, pred=2, strict=1, relaxed=1, value=1, type=1)
    """
    g_spans = [(s, e) for s, e, _, _ in gold]
    p_spans = [(s, e) for s, e, _, _ in pred]
    strict = match_spans(g_spans, p_spans, 1.0)
    relaxed = match_spans(g_spans, p_spans, 1e-9)
    value = sum(gold[g][3] == pred[p][3] for g, p in relaxed)
    types = sum(gold[g][2] == pred[p][2] for g, p in relaxed)
    return TimexCounts(len(gold), len(pred), len(strict), len(relaxed), value, types)


def _spans(timexes: Iterable[Timex]) -> list[Span]:
    return [(t.start, t.end, t.type, t.value) for t in timexes]


def score_timexes(gold: list[GoldFact], articles: dict[str, Article]) -> dict[str, float]:
    """Scorer of gold ``timex`` records (``start``, ``end``, ``type``, ``value``) against processed articles.

    Only the documents the gold names are scored, each over all its timexes.

    >>> from newsgraph.store.examples import example_article
    >>> gold = [GoldFact("x:1", "timex", {"start": 48, "end": 59, "type": "DATE", "value": "2023-12-13"})]
    >>> figures = score_timexes(gold, {"x:1": example_article()})
    >>> figures["strict_f1"], figures["value_f1"]
    (1.0, 0.0)
    """
    total = TimexCounts()
    for ref in sorted({f.doc for f in gold}):
        facts = [f for f in gold if f.doc == ref]
        g = [(int(f.data["start"]), int(f.data["end"]), str(f.data.get("type", "DATE")), str(f.data["value"]))
             for f in facts]
        total += count(g, _spans(articles[ref].timexes) if ref in articles else [])
    return total.figures()


# ---------------------------------------------------------------- the baseline


def _format(parsed: dt.datetime, period: str) -> str:
    if parsed.hour or parsed.minute:
        return parsed.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return f"{parsed.year:04d}"
    if period == "month":
        return parsed.strftime("%Y-%m")
    if period == "week":
        year, week, _ = parsed.isocalendar()
        return f"{year}-W{week:02d}"
    return parsed.date().isoformat()


def _dateparser_baseline(doc: Doc, dct: dt.date) -> list[Timex]:
    """The spaCy DATE/TIME entities normalized with ``dateparser`` relative to the DCT
    (``XXXX-XX-XX`` when dateparser cannot read one)."""
    from dateparser.date import DateDataParser

    base = dt.datetime(dct.year, dct.month, dct.day)
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    out: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = parser.get_date_data(ent.text)
        value = _format(data.date_obj, data.period or "day") if data.date_obj else "XXXX-XX-XX"
        ttype = "TIME" if ent.label_ == "TIME" else "DATE"
        out.append(Timex(f"t{len(out) + 1}", ent.start_char, ent.end_char, ent.text, ttype, value))
    return out


# ---------------------------------------------------------------- MEANTIME


def _scored_region(doc: MeantimeDoc, start: int, end: int) -> bool:
    """Whether a span is scored: inside the annotated sentences and outside the date line."""
    line = doc.dateline
    in_dateline = line is not None and start >= line[0] and end <= line[1]
    return end <= doc.annotated_end and not in_dateline


def _in_region(doc: MeantimeDoc, spans: Iterable[Span]) -> list[Span]:
    return [s for s in spans if _scored_region(doc, s[0], s[1])]


@dataclass(frozen=True, slots=True)
class MeantimeResult:
    """Counts per system (``ours``, ``baseline``) and corpus part."""

    counts: dict[str, dict[str, TimexCounts]]

    def group(self, system: str, parts: Iterable[str]) -> TimexCounts:
        """The counts of a system summed over some parts."""
        total = TimexCounts()
        for part in parts:
            total += self.counts[system].get(part, TimexCounts())
        return total


def evaluate_meantime(nlp: Language | None = None, parts: Sequence[str] = PARTS) -> MeantimeResult:
    """Run our time stage and the baseline over MEANTIME (one parse per document) and count.

    >>> report(evaluate_meantime(parts=["gm"]))["gm"]["ours"]["value_f1"] > 0.7  # doctest: +SKIP
    True
    """
    from newsgraph.nlp.pipeline import build_pipeline

    docs = list(iter_meantime(parts=parts))
    nlp = nlp or build_pipeline(components=())
    counts: dict[str, dict[str, TimexCounts]] = {"ours": {}, "baseline": {}}
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        article = to_article(doc)
        extract_timexes(parsed, article)
        gold = _in_region(doc, ((t.start, t.end, t.type, t.value) for t in doc.timexes
                                if t.function != "CREATION_TIME"))
        base = _dateparser_baseline(parsed, dt.date.fromisoformat(doc.dct or "2000-01-01"))
        for system, pred in (("ours", article.timexes), ("baseline", base)):
            got = count(gold, _in_region(doc, _spans(pred)))
            counts[system][doc.corpus] = counts[system].get(doc.corpus, TimexCounts()) + got
    return MeantimeResult(counts)


def dct_inference(docs: Iterable[MeantimeDoc]) -> dict[str, int]:
    """How :func:`~newsgraph.extract.time_dct.infer_dct` recovers the DCT: with the date line, and with the
    date line removed (then only the dates the text reports bound it).

    >>> dct_inference([])["documents"]
    0
    >>> dct_inference(iter_meantime(parts=["gm"]))["dateline_exact"]  # doctest: +SKIP
    30
    """
    out = {"documents": 0, "dateline_exact": 0, "bounds_found": 0, "bounds_exact": 0, "bounds_same_year": 0,
           "bounds_not_after_dct": 0}
    for doc in docs:
        out["documents"] += 1
        guess = infer_dct(doc.text)
        out["dateline_exact"] += bool(guess and guess.value == doc.dct)
        body = "\n".join(line for i, line in enumerate(doc.text.split("\n")) if i != 1)
        guess = infer_dct(body)
        if guess is None or not doc.dct:
            continue
        out["bounds_found"] += 1
        out["bounds_exact"] += guess.value == doc.dct
        out["bounds_same_year"] += guess.value[:4] == doc.dct[:4]
        out["bounds_not_after_dct"] += guess.value <= doc.dct
    return out


GROUPS: dict[str, tuple[str, ...]] = {"dev (airbus+apple)": ("airbus", "apple"), "held-out (gm)": ("gm",),
                                      "all": PARTS}


def report(result: MeantimeResult) -> dict[str, dict[str, dict[str, float]]]:
    """Figures per group of parts and system.

    >>> sorted(report(evaluate_meantime(parts=["gm"])))  # doctest: +SKIP
    ['all', 'gm']
    """
    return {name: {system: result.group(system, parts).figures() for system in ("ours", "baseline")}
            for name, parts in GROUPS.items()}


def format_table(figures: dict[str, dict[str, dict[str, float]]]) -> str:
    """The report as a text table.

    >>> format_table({}).split()[:6]
    ['MEANTIME', 'part', 'system', 'gold', 'pred', 'strict']
    """
    head = (f"{'MEANTIME part':<20}{'system':<10}{'gold':>5}{'pred':>6}   {'strict P/R/F1':<19}"
            f"{'relaxed P/R/F1':<19}{'value F1':>9}{'value acc':>10}{'type acc':>9}")
    lines = [head, "-" * len(head)]
    for name, systems in figures.items():
        for system, f in systems.items():
            strict = f"{f['strict_precision']:.3f}/{f['strict_recall']:.3f}/{f['strict_f1']:.3f}"
            relaxed = f"{f['relaxed_precision']:.3f}/{f['relaxed_recall']:.3f}/{f['relaxed_f1']:.3f}"
            lines.append(f"{name:<20}{system:<10}{int(f['gold']):>5}{int(f['pred']):>6}   {strict:<19}"
                         f"{relaxed:<19}{f['value_f1']:>9.3f}{f['value_accuracy']:>10.3f}"
                         f"{f['type_accuracy']:>9.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the MEANTIME table (``--json`` for machine-readable figures); 1 when the corpus is missing.

    >>> main(["--json"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.time",
                                     description="Timex figures on MEANTIME: ours against the baseline.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        figures = report(evaluate_meantime())
        dct = dct_inference(iter_meantime())
    except NewsgraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"timex": figures, "dct": dct}, indent=2))
        return 0
    print(format_table(figures))
    print(f"\nDCT inference over {dct['documents']} articles: date line read exactly in "
          f"{dct['dateline_exact']}; without the date line, a bound found in {dct['bounds_found']} (exact "
          f"{dct['bounds_exact']}, same year {dct['bounds_same_year']}, not after the DCT "
          f"{dct['bounds_not_after_dct']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
