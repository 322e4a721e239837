"""The Dask engine: batches processed on a Dask cluster, written as Parquet shards, then loaded by the caller.

``newsgraph ingest --engine dask --scheduler tcp://host:8786`` uses a running cluster (Slurm through
dask-jobqueue, Kubernetes through dask-kubernetes or the Helm chart: see ``docs/scaling.md``); without an
address a local cluster of ``--workers`` single-threaded processes is started. Every task runs the same
core as the local engine (:func:`newsgraph.engines.base.process_batch`) with the model loaded once per
worker — by that worker, from the module-level cache of :func:`newsgraph.nlp.build_pipeline`; nothing
but article rows travels to it. A task writes its shard (:mod:`newsgraph.engines.shards`) and returns a
small :class:`ShardInfo`; a retried task finds its finished shard and does not compute it again.

The shard folder must be reachable under the same path by the workers and by the process that loads the
shards (a shared file system on a cluster).

>>> DaskEngine(EngineOptions(), "shards").scheduler is None
True
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from newsgraph.engines.base import EngineOptions, load_pipeline, peak_rss, process_batch
from newsgraph.engines.shards import read_failures, shard_name, shard_size, write_shard
from newsgraph.errors import NewsgraphError
from newsgraph.model import article_id
from newsgraph.process import Failure

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ShardInfo:
    """What a shard task returns: where its shard is, how many articles it holds, and its failures."""

    index: int
    path: str
    articles: int
    failures: list[Failure] = field(default_factory=list)
    pid: int = 0
    peak_rss: int = 0
    reused: bool = False


def _ids(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    return [str(r.get("id") or article_id(str(r.get("text", "")))) for r in rows]


def shard_task(index: int, rows: Sequence[Mapping[str, Any]], shard_dir: str, model: str | None,
               facts: frozenset[str] | None) -> ShardInfo:
    """Process one batch into its Parquet shard (or find the shard a previous attempt finished)."""
    path = Path(shard_dir) / shard_name(index, _ids(rows), model, facts)
    if path.exists():
        return ShardInfo(index, str(path), shard_size(path), read_failures(path), os.getpid(), peak_rss(),
                         reused=True)
    load_pipeline(model)
    result = process_batch(index, rows, model, facts)
    write_shard(path, result)
    return ShardInfo(index, str(path), len(result.rows), result.failures, result.pid, result.peak_rss)


class DaskEngine:
    """Submits shard tasks to a Dask cluster and yields their :class:`ShardInfo` in batch order.

    At most ``2 × workers + 2`` tasks are in flight, so the input is streamed, not loaded. :attr:`peak_rss`
    maps each worker process id to its peak resident memory in bytes.
    """

    def __init__(self, options: EngineOptions, shard_dir: str | Path, scheduler: str | None = None) -> None:
        self.options = options
        self.shard_dir = str(Path(shard_dir).resolve())
        self.scheduler = scheduler
        self.peak_rss: dict[int, int] = {}
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> DaskEngine:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def start(self) -> None:
        """Connect to the scheduler, or start a local cluster of ``workers`` processes."""
        try:
            import distributed
        except ImportError as exc:
            raise NewsgraphError("the Dask engine needs the extra: pip install 'newsgraph[dask]'") from exc
        client: Any = distributed.Client
        cluster: Any = distributed.LocalCluster
        try:
            if self.scheduler:
                self._client = client(self.scheduler, timeout=30)
            else:
                self._cluster = cluster(n_workers=self.options.workers, threads_per_worker=1,
                                        processes=True, dashboard_address=None)
                self._client = client(self._cluster)
        except OSError as exc:
            raise NewsgraphError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from exc

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this engine started one."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _window(self) -> int:
        workers = len(self._client.scheduler_info().get("workers", {})) or self.options.workers
        return 2 * workers + 2

    def run(self, batches: Iterable[Sequence[Mapping[str, Any]]]) -> Iterator[ShardInfo]:
        """Process batches of article rows on the cluster; yield their shard infos in batch order."""
        if self._client is None:
            self.start()
        opts, window = self.options, self._window()
        pending: deque[Any] = deque()
        for index, rows in enumerate(batches):
            key = "newsgraph-" + shard_name(index, _ids(rows), opts.model, opts.facts)[:-len(".parquet")]
            pending.append(self._client.submit(shard_task, index, list(rows), self.shard_dir, opts.model,
                                               opts.facts, pure=False, retries=2, key=key))
            if len(pending) >= window:
                yield self._collect(pending.popleft())
        while pending:
            yield self._collect(pending.popleft())

    def _collect(self, future: Any) -> ShardInfo:
        try:
            info: ShardInfo = future.result()
        except NewsgraphError:
            raise
        except Exception as exc:
            raise NewsgraphError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc
        finally:
            future.release()
        self.peak_rss[info.pid] = max(info.peak_rss, self.peak_rss.get(info.pid, 0))
        return info
