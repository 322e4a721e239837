"""Run gold sets through the pipeline and score them: what ``newsgraph eval`` and the eval gates call.

Each document a gold set refers to is processed once; each kind of fact is scored by its scorer
(:data:`newsgraph.evaluate.gold.SCORERS`).

>>> report = run_eval(["tests/extract/gold"])  # doctest: +SKIP
>>> report["timex"]["value_f1"] >= 0.8  # doctest: +SKIP
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from spacy.language import Language

from newsgraph.evaluate.gold import SCORERS, GoldFact, load_document, load_gold, scorer_for
from newsgraph.model import Article

Report = dict[str, dict[str, float]]


def process_documents(refs: Iterable[str], nlp: Language | None = None) -> dict[str, Article]:
    """Run the pipeline over the referenced documents (fresh copies), keyed by reference.

    >>> process_documents(["samples:000_22186985d1c5b4ba"])["samples:000_22186985d1c5b4ba"].events[0].type
    ... # doctest: +SKIP
    'CONSULT'
    """
    from newsgraph.process import process_articles

    refs = sorted(set(refs))
    fresh = [Article.from_dict(load_document(r).to_dict()) for r in refs]
    return dict(zip(refs, process_articles(fresh, nlp), strict=True))


def score(facts: list[GoldFact], articles: Mapping[str, Article]) -> Report:
    """Score gold facts against processed articles, one entry of figures per kind.

    >>> from newsgraph.store.examples import example_article
    >>> gold = [GoldFact("x:1", "timex", {"start": 48, "end": 59, "type": "DATE", "value": "2023-12-14"})]
    >>> report = score(gold, {"x:1": example_article()})
    >>> report["timex"]["value_f1"], report["timex"]["strict_f1"]
    (1.0, 1.0)
    """
    by_kind: dict[str, list[GoldFact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    return {kind: scorer_for(kind)(group, dict(articles)) for kind, group in sorted(by_kind.items())}


def run_eval(paths: Iterable[str | Path], kinds: Iterable[str] | None = None,
             nlp: Language | None = None) -> Report:
    """Load gold from files or folders, process the documents it refers to, and score every kind.

    Without ``kinds``, every kind that has a scorer is scored; gold of other kinds in the same folder
    (kept there for a scorer still to come) is left out. Naming such a kind raises
    :class:`~newsgraph.errors.GoldError`.

    >>> run_eval(["tests/extract/gold"], kinds=["timex"])["timex"]["value_f1"] > 0.8  # doctest: +SKIP
    True
    """
    facts = load_gold(paths, kinds if kinds is not None else SCORERS)
    return score(facts, process_documents((f.doc for f in facts), nlp))


def below_floors(report: Report, floors: Mapping[str, Mapping[str, float]]) -> list[str]:
    """The figures under their floor, as readable lines (empty when every floor is met).

    >>> below_floors({"timex": {"value_f1": 0.7}}, {"timex": {"value_f1": 0.8}})
    ['timex value_f1 0.700 < floor 0.800']
    """
    out = []
    for kind, metrics in floors.items():
        for name, floor in metrics.items():
            got = report.get(kind, {}).get(name)
            if got is None or got < floor:
                out.append(f"{kind} {name} {'missing' if got is None else f'{got:.3f}'} < floor {floor:.3f}")
    return out


def format_report(report: Report) -> str:
    """A plain-text table of a report: one line per kind and metric, ratios to three decimals.

    >>> print(format_report({"timex": {"value_f1": 0.8123, "tp": 13.0}}))
    kind   metric    value
    timex  value_f1  0.812
    timex  tp        13
    """
    rows = [(kind, name, _fmt(value)) for kind, metrics in report.items() for name, value in metrics.items()]
    rows.insert(0, ("kind", "metric", "value"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(f"{k:<{widths[0]}}  {m:<{widths[1]}}  {v}" for k, m, v in rows)


def _fmt(value: float) -> str:
    """Counts as whole numbers, ratios (anything up to 1) to three decimals."""
    return str(int(value)) if float(value).is_integer() and abs(value) > 1 else f"{value:.3f}"
