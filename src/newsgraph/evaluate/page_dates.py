"""Publication dates of pages that come without metadata, scored against the ECB+ page-date gold.

The gold (``tests/extract/gold/dct_ecbplus.jsonl``, docs/time.md) gives, for 322 ECB+ web pages read as bare
text, the date each page shows for itself (an address's date, a date line, a wire dateline) at the
precision it shows, ``XXXX-MM-DD`` for a date line without a year that nothing on the page completes, or
none. Each page's text goes through :func:`~newsgraph.extract.time_dct.infer_dct`, the inference the time
stage runs when an article has no ``published``. A guess from ``bounds`` (the latest date the text reports)
is a lower bound, not the page's date, so it counts as no date here.

Figures, per kind of gold value and overall:

- ``day_accuracy``: pages whose gold is a day, given exactly that day;
- ``month_accuracy``: pages whose gold is a month (an address with year and month only), given that month;
- ``yearless_right``: pages with a yearless date line, given no date or a date on that month and day;
- ``none_right``: pages that show no date, given none;
- ``accuracy``: all pages right by the rules above; ``wrong_dates``: pages given a date that is not
  theirs (the harmful error: every relative date of the article moves with it).

A second part scores the same inference on made-up pages (``tests/extract/gold/dct_madeup.jsonl``: the
forms today's sites, wires, press releases and aggregators print, with decoys; each record holds its text),
by the same rules; it has no baseline, the layout rule being written for ECB+ pages.

The baseline is the layout rule the ECB+ loader used before the inference read addresses and more date
forms (:func:`~newsgraph.evaluate.corpora.ecbplus.infer_published`: an address's day, else a date line,
else a date in the first lines).

Run ``python -m newsgraph.evaluate.page_dates`` (``--part ecbplus`` or ``--part madeup`` for one part).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.evaluate.corpora.ecbplus import EcbDocument, document_path, infer_published, read_ecbplus
from newsgraph.evaluate.gold import GoldFact, load_gold
from newsgraph.extract import time_calendar as cal
from newsgraph.extract.time_dct import infer_dct

#: A system: page text and document id -> the page's date (ISO at its precision), or None.
System = Callable[[str, str], str | None]


def default_gold_path() -> Path:
    """The page-date gold file of the project.

    >>> default_gold_path().name
    'dct_ecbplus.jsonl'
    """
    from newsgraph.config import PROJECT_ROOT

    return PROJECT_ROOT / "tests" / "extract" / "gold" / "dct_ecbplus.jsonl"


def madeup_gold_path() -> Path:
    """The made-up page-date gold file, whose records carry their page text.

    >>> madeup_gold_path().name
    'dct_madeup.jsonl'
    """
    return default_gold_path().with_name("dct_madeup.jsonl")


def ours(text: str, doc_id: str) -> str | None:
    """The page's date by the time stage's inference (a bound from the text is no page date).

    >>> ours("A headline\\nPublished: 2012.08.08 09:01 AM\\nBody.", "x")
    '2012-08-08'
    """
    guess = infer_dct(text)
    return None if guess is None or guess.source == "bounds" else guess.value


def baseline(text: str, doc_id: str) -> str | None:
    """The page's date by the ECB+ loader's layout rule.

    >>> print(baseline("A headline\\nPublished: 2012.08.08 09:01 AM\\nBody.", "1_1ecbplus"))
    None
    """
    return infer_published(EcbDocument(doc_id=doc_id, text=text))


def _kind(gold: str | None) -> str:
    if gold is None:
        return "none"
    if gold.startswith("XXXX"):
        return "yearless"
    return {"day": "day", "month": "month"}.get(cal.granularity(gold), "year")


def right(gold: str | None, got: str | None) -> bool:
    """Whether a system's date is right for a page's gold value (module docstring).

    >>> right("XXXX-07-07", None), right("XXXX-07-07", "2012-07-07"), right("2013-04", "2013-04-25")
    (True, True, False)
    """
    if gold is not None and gold.startswith("XXXX"):
        return got is None or got.endswith(gold[4:])
    return got == gold


def score(facts: Sequence[GoldFact], system: System, texts: dict[str, str]) -> dict[str, float]:
    """Figures of one system over the gold facts (module docstring).

    >>> score([], ours, {})["pages"]
    0.0
    """
    totals: dict[str, list[int]] = {}
    wrong = 0
    for fact in facts:
        gold, got = fact.data.get("published"), system(texts[fact.doc], fact.doc_id)
        ok = right(gold, got)
        totals.setdefault(_kind(gold), [0, 0])[ok] += 1
        wrong += got is not None and not ok
    out: dict[str, float] = {"pages": float(len(facts)), "wrong_dates": float(wrong)}
    for kind, (bad, good) in sorted(totals.items()):
        out[f"{kind}_pages"] = float(bad + good)
        out[f"{kind}_{'right' if kind in ('none', 'yearless') else 'accuracy'}"] = good / (bad + good)
    out["accuracy"] = sum(t[1] for t in totals.values()) / len(facts) if facts else 0.0
    return out


def evaluate(path: Path | None = None) -> dict[str, dict[str, float]]:
    """Both systems' figures on the gold file.

    >>> evaluate()["ours"]["day_accuracy"] > 0.9  # doctest: +SKIP
    True
    """
    facts = load_gold([path or default_gold_path()], kinds=["dct"])
    texts = {f.doc: read_ecbplus(document_path(f.doc_id)).text for f in facts}
    return {"ours": score(facts, ours, texts), "baseline": score(facts, baseline, texts)}


def evaluate_madeup(path: Path | None = None) -> dict[str, dict[str, float]]:
    """The inference's figures on the made-up pages (their text is in the gold records).

    >>> evaluate_madeup()["made-up"]["pages"] >= 60
    True
    """
    facts = load_gold([path or madeup_gold_path()], kinds=["dct"])
    texts = {f.doc: str(f.data["text"]) for f in facts}
    return {"made-up": score(facts, ours, texts)}


def errors(facts: Sequence[GoldFact]) -> list[str]:
    """The pages of gold facts carrying their text that the inference gets wrong: id, gold, what it gave and
    the gold's note.

    >>> page = {"published": "2025-05-06", "text": "Head\\nMay 7, 2025\\nBody."}
    >>> none = {"published": None, "text": "No date."}
    >>> errors([GoldFact("madeup:a", "dct", page), GoldFact("madeup:b", "dct", none)])
    ['madeup:a  gold 2025-05-06  got 2025-05-07  ()']
    """
    out = []
    for fact in facts:
        gold, got = fact.data.get("published"), ours(str(fact.data["text"]), fact.doc_id)
        if not right(gold, got):
            out.append(f"{fact.doc}  gold {gold}  got {got}  ({fact.data.get('note', '')})")
    return out


def madeup_errors(path: Path | None = None) -> list[str]:
    """The made-up pages the inference gets wrong (:func:`errors`), none as measured.

    >>> madeup_errors()
    []
    """
    return errors(load_gold([path or madeup_gold_path()], kinds=["dct"]))


_COLUMNS = ("pages", "accuracy", "day_accuracy", "month_accuracy", "yearless_right", "none_right",
            "wrong_dates")


def format_table(figures: dict[str, dict[str, float]]) -> str:
    """The figures as a text table.

    >>> format_table({"ours": {"pages": 1.0, "accuracy": 1.0}}).split()[:3]
    ['system', 'pages', 'accuracy']
    """
    names = [n for n in _COLUMNS if any(n in f for f in figures.values())]
    lines = ["system    " + "".join(f"{n:>16}" for n in names)]
    for system, f in figures.items():
        cells = [f"{f[n]:>16.0f}" if n in ("pages", "wrong_dates") else f"{f[n]:>16.3f}" for n in names]
        lines.append(f"{system:<10}" + "".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the tables, or with ``--json`` one JSON object of every part's figures (and ``errors``, the wrong
    pages, with ``-v``); 1 when the gold or corpus is missing.

    >>> main(["--json"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m newsgraph.evaluate.page_dates",
        description="Publication dates of pages without metadata (ECB+ and made-up gold).")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--part", choices=("all", "ecbplus", "madeup"), default="all",
                        help="the ECB+ pages, the made-up pages, or both (default)")
    parser.add_argument("-v", action="store_true", help="list the made-up pages given a wrong or no date")
    args = parser.parse_args(argv)
    parts = (evaluate, evaluate_madeup) if args.part == "all" else (
        (evaluate,) if args.part == "ecbplus" else (evaluate_madeup,))
    try:
        results = [part() for part in parts]
    except (NewsgraphError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    wrong = madeup_errors() if args.v and args.part != "ecbplus" else None
    if args.json:
        merged: dict[str, object] = {k: v for figures in results for k, v in figures.items()}
        print(json.dumps(merged | ({"errors": wrong} if wrong is not None else {}), indent=2))
    else:
        print("\n\n".join(format_table(figures) for figures in results))
        if wrong is not None:
            print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
