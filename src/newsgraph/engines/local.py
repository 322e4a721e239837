"""The local engine: batches processed in this process (one worker) or in a process pool (``--workers N``).

Each pool worker loads the spaCy pipeline once (the pool's initializer), runs ``nlp.pipe`` over whole
batches and sends back plain fact rows — much less to pickle than spaCy's own ``n_process``, which ships
every Doc back to the parent. Results come back in input order whatever the number of workers, and at
most ``2 × workers`` batches are in flight, so memory stays flat on inputs of any size.

>>> from newsgraph.engines.base import EngineOptions
>>> with LocalEngine(EngineOptions(workers=1)) as engine:
...     [r.index for r in engine.run([[], []])]
[0, 1]
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from newsgraph.engines.base import (
    BatchResult,
    EngineOptions,
    load_pipeline,
    parse_batch,
    process_batch,
    release_pipeline,
)
from newsgraph.errors import ModelError

log = logging.getLogger(__name__)

Rows = Sequence[Mapping[str, Any]]
#: Python's thread switch interval while the serial engine runs (seconds; Python's default is 0.005). The
#: model lets other threads run around each matrix product, many times per batch; each time our
#: components' thread takes the interpreter lock, the model's thread waits up to this long to get it back.
#: With the default, the two threads' overlap gained nothing (a pure-Python thread beside the model made
#: its parse 6-13 times slower); 0.5 ms let it show.
SWITCH_INTERVAL = 0.0005


def _init_worker(model: str | None) -> None:
    """Pool initializer: load the pipeline into this worker's module-level cache, once."""
    load_pipeline(model)


class LocalEngine:
    """Runs batch tasks here (``workers == 1``) or in a pool of ``workers`` processes.

    Use it as a context manager (the pool is shut down on exit). :attr:`peak_rss` maps each process id
    that computed a batch to its peak resident memory in bytes.
    """

    def __init__(self, options: EngineOptions, start_method: str = "spawn") -> None:
        self.options = options
        self.start_method = start_method
        self.peak_rss: dict[int, int] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._loaded_here = False

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the pool (pending batches are cancelled); unfreeze what a serial run froze."""
        if self._loaded_here:
            release_pipeline()
            self._loaded_here = False
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(self, batches: Iterable[Rows]) -> Iterator[BatchResult]:
        """Process batches of article rows; yield their results in input order."""
        results = self._serial(batches) if self.options.workers == 1 else self._pooled(batches)
        for result in results:
            self.peak_rss[result.pid] = max(result.peak_rss, self.peak_rss.get(result.pid, 0))
            yield result

    def _serial(self, batches: Iterable[Rows]) -> Iterator[BatchResult]:
        """Batches in this process, in two overlapping halves: while the statistical model parses batch
        *k + 1* here (mostly in C code that lets other threads run), a second thread runs our components
        over batch *k* (:func:`~newsgraph.engines.base.parse_batch`). Results come in input order; if
        parsing a batch raises, the batch before it is still handed over first."""
        opts = self.options
        load_pipeline(opts.model)
        self._loaded_here = True
        with _switching(SWITCH_INTERVAL), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsgraph-finish") as finisher:
            pending: Future[BatchResult] | None = None
            for index, rows in enumerate(batches):
                try:
                    finish = parse_batch(index, rows, opts.model, opts.facts, plain=False)
                except BaseException:
                    if pending is not None:
                        yield pending.result()
                    raise
                future = finisher.submit(finish)
                if pending is not None:
                    yield pending.result()
                pending = future
            if pending is not None:
                yield pending.result()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context(self.start_method)
            self._pool = ProcessPoolExecutor(max_workers=self.options.workers, mp_context=ctx,
                                             initializer=_init_worker, initargs=(self.options.model,))
        return self._pool

    def _pooled(self, batches: Iterable[Rows]) -> Iterator[BatchResult]:
        opts = self.options
        pool = self._start()
        pending: deque[Future[BatchResult]] = deque()
        for index, rows in enumerate(batches):
            pending.append(pool.submit(process_batch, index, list(rows), opts.model, opts.facts))
            if len(pending) >= 2 * opts.workers:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


@contextmanager
def _switching(interval: float) -> Iterator[None]:
    """Python's thread switch interval set to ``interval`` seconds for the block, then put back.

    >>> before = sys.getswitchinterval()
    >>> with _switching(0.001):
    ...     sys.getswitchinterval()
    0.001
    >>> sys.getswitchinterval() == before
    True
    """
    before = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _result(future: Future[BatchResult]) -> BatchResult:
    """A batch's result; a worker that died (out of memory, killed) becomes a clear error."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise ModelError(f"a worker process died ({exc}); try fewer --workers or a smaller --batch-size") \
            from exc
