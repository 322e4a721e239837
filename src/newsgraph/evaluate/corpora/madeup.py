"""Made-up whole news reports (``tests/extract/reports/madeup_reports.jsonl``), the project's own event
material, and a second and a third blind set of them (``madeup_heldout_reports.jsonl``, ids ``h01`` ...;
``madeup3_heldout_reports.jsonl``, ids ``t3-...``; only ever scored).

Each line is ``{"id", "url", "published", "text"}``: an invented report (names, places and outlets made up,
countries real) written in the styles of the ECB+ security topics, with the noise of real pages (address
line, byline, "Related:" lines, captions). The text is read as an ECB+ page is: without metadata, the time
stage inferring the publication date from the page itself; ``url`` and ``published`` say what the page
shows (``null`` when it shows none). Gold records point into ``text`` as ``madeup:<id>``.

>>> sentence_spans("Man held.\\nPolice said he fled. He was caught.")
[(0, 9), (10, 30), (31, 45)]
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from newsgraph.config import PROJECT_ROOT
from newsgraph.model import Article

#: The reports file.
REPORTS = PROJECT_ROOT / "tests" / "extract" / "reports" / "madeup_reports.jsonl"
#: The blind reports file (annotated without running the extractor, only ever scored); ids ``h01`` ...; the
#: political and diplomatic reports are ``diplomacy_reports.jsonl`` (ids ``d-01`` ...).
HELDOUT_REPORTS = PROJECT_ROOT / "tests" / "extract" / "reports" / "madeup_heldout_reports.jsonl"
#: The third, blind reports file (written by a hand that had read neither the rules nor the other sets,
#: annotated without running the extractor, only ever scored); ids ``t3-...``.
HELDOUT3_REPORTS = PROJECT_ROOT / "tests" / "extract" / "reports" / "madeup3_heldout_reports.jsonl"

#: A sentence end: ., ! or ? (perhaps closed by a quote) before a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sgt.", "Lt.", "Gen.", "Col.", "Capt.", "Det.", "Insp.",
                  "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "No.", "Gov.", "Sen.",
                  "Rep.")


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def report_files() -> tuple[Path, ...]:
    """Every reports file of the folder (``*_reports.jsonl``: the read set, the blind ones, the diplomatic
    set...), so that a new set is read as soon as its file is there; the read set must be.

    >>> REPORTS in report_files()
    True
    """
    return tuple(sorted({REPORTS, *REPORTS.parent.glob("*_reports.jsonl")}))


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, str | None]]:
    """The reports by id, from every reports file (a blind set may be missing: a checkout without it)."""
    rows = [json.loads(line) for path in report_files()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def load_article(doc_id: str) -> Article:
    """The made-up report with this id as an unprocessed Article (KeyError when there is none).

    >>> load_article("crime-shop-shooting").source_id
    'crime-shop-shooting'
    """
    row = _rows()[doc_id]
    return Article.new(str(row["text"]), source_id=doc_id)


def _line_sentences(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[:m.start()]
        if head.endswith(_ABBREVIATIONS) or _INITIAL.search(head):
            continue
        end = m.start() + (len(m.group()) - len(m.group().lstrip("\"”’'")))
        spans.append((offset + start, offset + end))
        start = m.end()
    if text[start:].strip():
        spans.append((offset + start, offset + len(text.rstrip())))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a report: each line, split after ``.``, ``!`` or ``?`` before a
    capital (not after a title or month abbreviation or a single initial), the scope of gold matching.

    >>> sentence_spans('"We will stay," Mr. Hale said. Then he left.')
    [(0, 30), (31, 44)]
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans += _line_sentences(line, offset)
        offset += len(line) + 1
    return spans
