"""Parquet shards of fact rows: what distributed workers write and the loader reads back into a store.

One shard holds one batch: a row per processed article (``seq`` = its position in the batch, ``id``, and
``article``, the JSON of ``Article.to_dict()``), plus the batch's failures in the file's metadata. Shard
names are deterministic (batch number and a digest of the batch's article ids, model and asked facts) and
a shard is written to a temporary name then renamed, so a retried or repeated task finds the finished
shard, or replaces it whole: never a half-written file under the final name.

>>> shard_name(3, ["a1", "b2"], None, None)
'part-000003-8bb91e2479dd5e89.parquet'
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.engines.base import BatchResult
from newsgraph.errors import StoreError
from newsgraph.process import Failure

SCHEMA = pa.schema([("seq", pa.int32()), ("id", pa.string()), ("article", pa.large_string())])
_FAILURES = b"newsgraph.failures"


def shard_name(index: int, ids: Sequence[str], model: str | None, facts: frozenset[str] | None) -> str:
    """The deterministic file name of a batch's shard."""
    key = json.dumps([list(ids), model, sorted(facts) if facts is not None else None])
    return f"part-{index:06d}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.parquet"


def write_shard(path: Path, result: BatchResult) -> None:
    """Write a batch result to ``path`` atomically (temporary file in the same folder, then rename)."""
    table = pa.table({
        "seq": pa.array(range(len(result.rows)), pa.int32()),
        "id": pa.array([r["id"] for r in result.rows], pa.string()),
        "article": pa.array([json.dumps(r, ensure_ascii=False) for r in result.rows], pa.large_string()),
    }, schema=SCHEMA)
    failures = json.dumps([[f.id, f.source_id, f.reason] for f in result.failures]).encode()
    table = table.replace_schema_metadata({_FAILURES: failures})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_failures(path: Path) -> list[Failure]:
    """The failures recorded in a shard."""
    meta = pq.read_schema(path).metadata or {}
    return [Failure(*f) for f in json.loads(meta.get(_FAILURES, b"[]"))]


def shard_size(path: Path) -> int:
    """How many articles a shard holds (read from its footer only)."""
    return int(pq.read_metadata(path).num_rows)


def read_shard(path: Path) -> Iterator[dict[str, Any]]:
    """The fact rows of a shard, in batch order."""
    try:
        table = pq.read_table(path, columns=["seq", "article"])
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"cannot read shard {path}: {exc}") from exc
    order = sorted(range(table.num_rows), key=table.column("seq").to_pylist().__getitem__)
    articles = table.column("article").to_pylist()
    for i in order:
        row: dict[str, Any] = json.loads(articles[i])
        yield row
