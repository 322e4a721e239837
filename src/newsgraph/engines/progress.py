"""A live progress bar for batch ingest (rich): articles done, articles/s, words/s and ETA.

The total is an estimate (:func:`newsgraph.ingest.count.count_articles`); when it cannot be known the bar
shows the rates without an ETA.

>>> import io
>>> from rich.console import Console
>>> from newsgraph.ingest.run import IngestReport
>>> from newsgraph.engines.ingest import RunStats
>>> with IngestProgress(total=10, console=Console(file=io.StringIO())) as bar:
...     bar(IngestReport(read=4, stored=3, duplicates=1), RunStats(articles=3, words=300, seconds=1.5))
>>> bar.completed
4
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsgraph.ingest.run import IngestReport

if TYPE_CHECKING:
    from newsgraph.engines.ingest import RunStats


class IngestProgress:
    """A context manager whose instance is the ``on_progress`` callback of an ingest run."""

    def __init__(self, total: int | None, console: Console | None = None) -> None:
        self.progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[failed]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=console or Console(stderr=True), transient=False,
        )
        self.total = total
        self.completed = 0
        self._task: TaskID | None = None

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        self._task = self.progress.add_task("ingest", total=self.total, rate="", failed="")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()

    def __call__(self, report: IngestReport, stats: RunStats) -> None:
        """Show how far an ingest run is (the callback engines call after every stored batch)."""
        self.completed = report.stored + report.updated + report.duplicates + len(report.failed)
        total = max(self.total, self.completed) if self.total is not None else None
        rate = f"{stats.articles_per_s:,.1f} art/s {stats.words_per_s:,.0f} words/s"
        failed = f"{len(report.failed)} failed" if report.failed else ""
        if self._task is not None:
            self.progress.update(self._task, completed=self.completed, total=total, rate=rate, failed=failed)
