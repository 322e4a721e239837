"""Engines run the core (:func:`newsgraph.process.process_rows`) over batches of article rows.

- :mod:`newsgraph.engines.local`: in this process, or a local process pool (``--workers N``);
- :mod:`newsgraph.engines.dask`: a Dask cluster, writing Parquet shards a loader then stores.

Both cut the input into the same batches, and every batch is processed alone, so what is stored does not
depend on the engine or on the number of workers.
"""

from newsgraph.engines.base import BatchResult, EngineOptions, chunked, process_batch

__all__ = ["BatchResult", "EngineOptions", "chunked", "process_batch"]
