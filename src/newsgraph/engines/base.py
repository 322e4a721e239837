"""What every engine shares: its options, the batch task and the result it sends back.

A batch task (:func:`process_batch`) is a plain function of plain data — a batch number and a list of
article rows in, a :class:`BatchResult` of fact rows out — so it runs the same in this process, in a pool
worker or in a Dask worker. The spaCy pipeline it uses is the per-process cache of
:func:`newsgraph.nlp.build_pipeline`: loaded once per worker, never pickled and shipped.

>>> [len(b) for b in chunked(range(5), 2)]
[2, 2, 1]
"""

from __future__ import annotations

import gc
import os
import resource
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.process import Failure, Parsed, article_from_row, parse_articles, plan

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """How to run: workers, articles per batch, the spaCy model, and the kinds of facts asked for.

    ``batch_size`` articles make one task and one ``nlp.pipe`` call; it must not depend on the number of
    workers, so that results do not either.

    >>> EngineOptions(workers=0)
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: --workers: must be at least 1, not 0
    """

    workers: int = 1
    batch_size: int = 32
    model: str | None = None
    facts: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise InputError("--workers", f"must be at least 1, not {self.workers}")
        if self.batch_size < 1:
            raise InputError("--batch-size", f"must be at least 1, not {self.batch_size}")
        plan(self.facts)  # unknown kinds fail here, before any worker starts


@dataclass(slots=True)
class BatchResult:
    """What one batch task sends back: plain fact rows, the failures, and who computed them at what cost."""

    index: int
    rows: list[dict[str, Any]]
    failures: list[Failure] = field(default_factory=list)
    pid: int = 0
    peak_rss: int = 0
    #: The processed articles themselves, instead of ``rows``, when the batch ran in the process that stores
    #: it (nothing crosses a process boundary, so nothing is converted).
    articles: list[Article] = field(default_factory=list)

    def fact_rows(self) -> list[dict[str, Any]]:
        """The fact rows, whichever way they came back.

        >>> BatchResult(0, rows=[], articles=[Article.new("x")]).fact_rows()[0]["text"]
        'x'
        """
        return self.rows or [a.to_dict() for a in self.articles]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def peak_rss() -> int:
    """This process's peak resident set size in bytes.

    >>> peak_rss() > 0
    True
    """
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(usage if sys.platform == "darwin" else usage * 1024)


_SETTLED: set[str | None] = set()
#: New objects between two collections of the youngest generation while a pipeline is loaded (Python's
#: default is 700); see :func:`load_pipeline`.
YOUNG_OBJECTS = 10_000
#: The collector's thresholds before :func:`load_pipeline` changed them (restored on release).
_THRESHOLDS: list[tuple[int, int, int]] = []


def load_pipeline(model: str | None = None) -> None:
    """Load the spaCy pipeline into this process's cache, once, and take what is alive then out of the
    garbage collector's sweeps.

    The model's Python objects live as long as the process; left in the collector's oldest generation, each
    full collection walks all of them again (about 1 ms per article of a long ingest). ``gc.freeze()``
    moves them to the permanent generation; :func:`release_pipeline` hands them back. The youngest
    generation is also collected after :data:`YOUNG_OBJECTS` new objects instead of 700: the steps make
    and drop many short-lived objects (Tokens, Spans, rows), and the collections they set off, each one
    sweeping what the batch keeps alive, took about 1.2 ms per article; a quarter as many take 0.6 ms.
    Workers call this in their initializer, the serial engine before its first batch.

    >>> load_pipeline(); gc.get_freeze_count() > 0, gc.get_threshold()[0] == YOUNG_OBJECTS
    (True, True)
    >>> release_pipeline()
    """
    from newsgraph.nlp import build_pipeline

    build_pipeline(model)
    if model not in _SETTLED:
        _SETTLED.add(model)
        gc.collect()
        gc.freeze()
        if not _THRESHOLDS:
            _THRESHOLDS.append(gc.get_threshold())
        gc.set_threshold(YOUNG_OBJECTS, *_THRESHOLDS[0][1:])


def release_pipeline() -> None:
    """Return what :func:`load_pipeline` froze to the collector, and its thresholds (the serial engine, when
    it closes).

    >>> release_pipeline(); gc.get_freeze_count()
    0
    """
    _SETTLED.clear()
    gc.unfreeze()
    if _THRESHOLDS:
        gc.set_threshold(*_THRESHOLDS.pop())


def process_batch(index: int, rows: Sequence[Mapping[str, Any]], model: str | None = None,
                  facts: frozenset[str] | None = None, *, plain: bool = True) -> BatchResult:
    """Run the core over one batch of article rows (the task every engine runs).

    The fact rows come back as ``rows``; with ``plain=False`` (a batch run in the process that stores it)
    the processed articles come back as they are, in ``articles``.

    >>> process_batch(0, []).rows
    []
    """
    return parse_batch(index, rows, model, facts, plain=plain)()


def parse_batch(index: int, rows: Sequence[Mapping[str, Any]], model: str | None = None,
                facts: frozenset[str] | None = None, *, plain: bool = True) -> Callable[[], BatchResult]:
    """The first half of :func:`process_batch`: run the statistical model over the batch now, and return
    the rest (our components after the model) as a function that gives the batch's result. The serial
    engine calls that function in another thread while it parses the next batch.

    >>> finish = parse_batch(3, []); finish().index
    3
    """
    parsed = parse_articles([article_from_row(r) for r in rows], facts=facts, model=model) if rows else None
    return partial(_finish_batch, index, parsed, plain)


def _finish_batch(index: int, parsed: Parsed | None, plain: bool) -> BatchResult:
    """The second half of :func:`process_batch` (see :func:`parse_batch`)."""
    failures: list[Failure] = []
    done = parsed.finish(failures) if parsed is not None else []
    out = [a.to_dict() for a in done] if plain else []
    return BatchResult(index=index, rows=out, failures=failures, pid=os.getpid(), peak_rss=peak_rss(),
                       articles=[] if plain else done)
