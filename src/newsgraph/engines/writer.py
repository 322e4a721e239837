"""Storing in the background: a thread that runs store jobs in order while the next batch is parsed.

Batch ingest alternates between parsing a batch (spaCy, mostly in C code that lets other threads run) and
storing it (SQLite, whose C code lets other threads run too). A :class:`Writer` with ``threaded=True`` runs
the store jobs it is given in one thread of its own, one at a time and in the order given, so storing batch
*k* overlaps parsing batch *k + 1*. At most ``depth`` jobs wait; a caller that is further ahead waits.

Nothing is lost or reordered on errors: the first job that raises stops the writer (its own transaction
rolls back, as it would have without a thread); the jobs queued after it are dropped, as they would never
have run; and the error is raised again in the caller's thread, at its next :meth:`Writer.submit` or at
:meth:`Writer.close`. With ``threaded=False`` the jobs simply run at once, in the caller's thread.

>>> done = []
>>> with Writer() as writer:
...     for n in range(3):
...         writer.submit(lambda n=n: done.append(n))
>>> done
[0, 1, 2]
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TypeVar

Job = Callable[[], None]
T = TypeVar("T")


class Writer:
    """Runs store jobs in order, in a thread of its own (``threaded=True``) or at once.

    Use it as a context manager: leaving it waits for every job submitted (also when the caller's own
    code raised) and raises a job's error, if any, in the caller's thread.
    """

    def __init__(self, threaded: bool = True, depth: int = 2) -> None:
        self.threaded = threaded
        self._jobs: queue.Queue[Job | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._failed = False
        self._closed = False
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="newsgraph-writer", daemon=True)
            self._thread.start()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop()
        if exc is None:
            self._raise()

    def submit(self, job: Job) -> None:
        """Run ``job`` after the jobs submitted before it; first raise an earlier job's error, if any.

        >>> with Writer(threaded=False) as writer:
        ...     writer.submit(lambda: print("stored"))
        stored
        """
        self._raise()
        if self._closed:
            raise RuntimeError("the writer is closed")
        if self._thread is None:
            job()
        else:
            self._jobs.put(job)

    def close(self) -> None:
        """Wait for every job submitted; raise the error of the one that failed, if any.

        >>> writer = Writer()
        >>> writer.submit(lambda: 1 / 0)
        >>> writer.close()
        Traceback (most recent call last):
        ...
        ZeroDivisionError: division by zero
        """
        self._stop()
        self._raise()

    def _stop(self) -> None:
        """Let the thread finish the jobs queued (or drop them after a failure) and end."""
        self._closed = True
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def _raise(self) -> None:
        """Raise a failed job's error in the caller's thread (once; the writer runs no job after it)."""
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        """The thread: run jobs until told to stop; after a job fails, drop the rest (the caller raises)."""
        while (job := self._jobs.get()) is not None:
            if not self._failed:
                try:
                    job()
                except BaseException as exc:  # handed to the caller's thread
                    self._error, self._failed = exc, True


class InputOrder:
    """Orders the store jobs of articles stored without processing (not in English) among the batches' jobs
    as a run that processes one batch at a time orders them: after the batch read before them, before the
    batch read with them -- also when the engine reads ahead (the serial engine parses batch *k + 1* before
    it hands back batch *k*; a pool has several batches in flight), so what is stored, down to the order
    of rows, does not depend on it.

    Pass the batches through :meth:`batches`, and hand over jobs with :meth:`keep` (an article read while
    the batches were being cut) and :meth:`batch_done` (a batch's result, in order).

    >>> jobs = []
    >>> order = InputOrder(jobs.append)  # jobs are functions; names stand for them here
    >>> batches = order.batches(iter(["b0", "b1"]))
    >>> next(batches)
    'b0'
    >>> order.keep("read with b1")  # the engine reads ahead: batch 1 is cut before batch 0 is done
    >>> next(batches)
    'b1'
    >>> order.batch_done("b0"); order.batch_done("b1"); jobs
    ['b0', 'read with b1', 'b1']
    """

    def __init__(self, submit: Callable[[Job], None]) -> None:
        self._submit = submit
        self._cut = 0
        self._done = 0
        self._held: deque[tuple[int, Job]] = deque()

    def batches(self, batches: Iterable[T]) -> Iterator[T]:
        """The batches, counted as the engine takes them."""
        for batch in batches:
            self._cut += 1
            yield batch

    def keep(self, job: Job) -> None:
        """Submit the job of an article read now, once every batch cut before it is done."""
        if self._done >= self._cut:
            self._submit(job)
        else:
            self._held.append((self._cut, job))

    def batch_done(self, job: Job) -> None:
        """Submit the job of the next batch, then the jobs of the articles read after it was cut."""
        self._submit(job)
        self._done += 1
        while self._held and self._held[0][0] <= self._done:
            self._submit(self._held.popleft()[1])

    def flush(self) -> None:
        """Submit the jobs still held (the engine stopped before the batches before them were done: they are
        stored all the same, as without read-ahead)."""
        while self._held:
            self._submit(self._held.popleft()[1])
