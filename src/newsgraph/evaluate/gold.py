"""The gold format: JSON Lines, one fact per line, by offsets into a referenced document.

A record names its document and its kind; the rest depends on the kind (see ``docs/evaluation.md``)::

    {"doc": "samples:000_22186985d1c5b4ba", "kind": "timex", "start": 91, "end": 99,
     "type": "DATE", "value": "2023-12-14"}

Documents are referenced, never copied: ``samples:<id>`` (the ``id`` field of the shared samples),
``meantime:<doc_id>``, ``ecbplus:<topic>_<n>ecb[plus]`` and ``madeup:<id>`` (the project's made-up reports,
:mod:`newsgraph.evaluate.corpora.madeup`). :func:`load_document` yields the exact text the
offsets refer to, as an :class:`~newsgraph.model.Article` with its publication date.

Kinds and their scorers (``module:function``, each ``(gold, articles) -> dict[str, float]``) are listed in
:data:`SCORERS`; :mod:`newsgraph.evaluate.runner` runs them.

>>> fact = GoldFact.from_json('{"doc": "samples:x", "kind": "timex", "start": 0, "end": 3}')
>>> (fact.corpus, fact.doc_id, fact.span)
('samples', 'x', (0, 3))
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldError
from newsgraph.model import Article

#: Scorer of each gold kind: ``"module:function"``, the function taking (gold facts, articles by doc ref).
SCORERS: dict[str, str] = {
    "timex": "newsgraph.evaluate.time:score_timexes",
    "quote": "newsgraph.evaluate.quotes:score_quotes",
    "event": "newsgraph.evaluate.events:score_events",
    "document": "newsgraph.evaluate.events:score_documents",
    "entity": "newsgraph.evaluate.entities:score_entities",
}

Scorer = Callable[[list["GoldFact"], dict[str, Article]], dict[str, float]]


@dataclass(frozen=True, slots=True)
class GoldFact:
    """One gold fact: its document reference, kind, and the rest of its record."""

    doc: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def corpus(self) -> str:
        """The corpus part of the document reference (``samples``, ``meantime``, ``ecbplus``)."""
        return self.doc.split(":", 1)[0]

    @property
    def doc_id(self) -> str:
        """The document id within its corpus."""
        return self.doc.split(":", 1)[1]

    @property
    def span(self) -> tuple[int, int] | None:
        """``(start, end)`` when the record has them."""
        if "start" in self.data and "end" in self.data:
            return int(self.data["start"]), int(self.data["end"])
        return None

    @classmethod
    def from_json(cls, line: str, where: str = "gold") -> GoldFact:
        """Parse one JSONL record; raises :class:`GoldError` naming ``where`` when it is malformed."""
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(rec, dict) or not isinstance(rec.get("doc"), str) or ":" not in rec["doc"]:
            raise GoldError(f"{where}: a record needs \"doc\": \"<corpus>:<id>\"")
        if not isinstance(rec.get("kind"), str):
            raise GoldError(f"{where}: a record needs a \"kind\"")
        data = {k: v for k, v in rec.items() if k not in ("doc", "kind")}
        return cls(doc=rec["doc"], kind=rec["kind"], data=data)


def _iter_gold_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The ``*.jsonl`` gold files named, folders searched recursively in sorted order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(p.rglob("*.jsonl"))
        elif p.is_file():
            yield p
        else:
            raise GoldError(f"{p}: no such gold file or folder")


def load_gold(paths: Iterable[str | Path], kinds: Iterable[str] | None = None) -> list[GoldFact]:
    """All gold facts in the files or folders named (optionally only some kinds).

    >>> load_gold([])
    []
    """
    wanted = set(kinds) if kinds is not None else None
    facts: list[GoldFact] = []
    for path in _iter_gold_files(paths):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            fact = GoldFact.from_json(line, where=f"{path.name}:{n}")
            if wanted is None or fact.kind in wanted:
                facts.append(fact)
    return facts


def check_spans(facts: Iterable[GoldFact]) -> list[str]:
    """Problems with gold offsets: spans outside their document's text (empty list when all are fine).

    >>> check_spans([GoldFact("samples:000_22186985d1c5b4ba", "timex", {"start": 0, "end": 10**6})])
    ... # doctest: +SKIP
    ['samples:000_22186985d1c5b4ba timex: span 0-1000000 outside the text']
    """
    problems: list[str] = []
    for fact in facts:
        text = load_document(fact.doc).text
        for key in ("", "speaker_", "cue_", "evidence_"):
            s, e = fact.data.get(f"{key}start"), fact.data.get(f"{key}end")
            if s is not None and e is not None and not 0 <= int(s) < int(e) <= len(text):
                problems.append(f"{fact.doc} {fact.kind}: {key}span {s}-{e} outside the text")
    return problems


@lru_cache(maxsize=1)
def _meantime_paths() -> dict[str, Path]:
    from newsgraph.evaluate.corpora.meantime import meantime_files

    return {p.name.split("_", 1)[0]: p for p in meantime_files()}


def _load_meantime(doc_id: str) -> Article:
    from newsgraph.evaluate.corpora.meantime import read_meantime, to_article

    return to_article(read_meantime(_meantime_paths()[doc_id]))


def _corpus_loader(corpus: str) -> Callable[[str], Article]:
    if corpus == "meantime":
        return _load_meantime
    if corpus not in ("samples", "ecbplus", "madeup"):
        raise GoldError(f"unknown corpus {corpus!r} (known: samples, meantime, ecbplus, madeup)")
    module = importlib.import_module(f"newsgraph.evaluate.corpora.{corpus}")
    loader: Callable[[str], Article] = module.load_article
    return loader


@lru_cache(maxsize=512)
def load_document(ref: str) -> Article:
    """The article a gold reference points to (``corpus:id``), read in place from the shared folder.

    >>> load_document("samples:000_22186985d1c5b4ba").published  # doctest: +SKIP
    '2023-12-15'
    """
    corpus, _, doc_id = ref.partition(":")
    try:
        return _corpus_loader(corpus)(doc_id)
    except (OSError, KeyError) as exc:
        raise GoldError(f"{ref}: document not found ({exc})") from exc


def scorer_for(kind: str) -> Scorer:
    """The scoring function of a gold kind (see :data:`SCORERS`).

    >>> scorer_for("timex").__name__
    'score_timexes'
    >>> scorer_for("smell")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.GoldError: no scorer for gold kind 'smell' (known: ...)
    """
    if kind not in SCORERS:
        raise GoldError(f"no scorer for gold kind {kind!r} (known: {', '.join(SCORERS)})")
    module, _, func = SCORERS[kind].partition(":")
    scorer: Scorer = getattr(importlib.import_module(module), func)
    return scorer
