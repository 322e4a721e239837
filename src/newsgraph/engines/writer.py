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
from collections.abc import Callable
from types import TracebackType

Job = Callable[[], None]


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
