"""The Dask engine: a local two-worker cluster stores exactly what one process stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from distributed import LocalCluster

from newsgraph.engines.base import EngineOptions
from newsgraph.engines.dask import shard_task
from newsgraph.engines.ingest import ingest_items, load_shards
from newsgraph.engines.shards import read_failures, read_shard, shard_name
from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.store import Store
from tests.engines.corpus import ARTICLES, dump


def _articles() -> list[Article]:
    return [Article.new(a["text"], published=a["published"], source=a["source"], source_id=a["id"])
            for a in ARTICLES]


def test_a_shard_is_written_once_and_found_again(tmp_path: Path) -> None:
    rows = [a.to_dict() for a in _articles()[:2]]
    first = shard_task(0, rows, str(tmp_path), None, None)
    (tmp_path / f".{Path(first.path).name}.dead.tmp").write_bytes(b"half a shard")  # an attempt that died
    again = shard_task(0, rows, str(tmp_path), None, None)
    assert (first.reused, again.reused) == (False, True)
    assert again.path == first.path and again.articles == 2
    assert Path(first.path).name == shard_name(0, [r["id"] for r in rows], None, None)
    assert [r["source_id"] for r in read_shard(Path(first.path))] == ["t1", "t2"]
    assert read_failures(Path(first.path)) == []
    with Store.open(":memory:") as store:
        loaded = load_shards([tmp_path], store)  # the temporary file is not a shard
        assert loaded.report.stored == 2 and store.counts().articles == 2


def test_a_remote_scheduler_needs_a_shared_shard_folder() -> None:
    with Store.open(":memory:") as store, pytest.raises(InputError, match="--shards"):
        ingest_items(_articles(), store, engine="dask", scheduler="tcp://127.0.0.1:1")


def test_local_cluster_result_equals_single_process_result(tmp_path: Path) -> None:
    options = EngineOptions(workers=2, batch_size=2)
    with Store.open(tmp_path / "one.db") as one:
        ingest_items(_articles(), one, EngineOptions(batch_size=2))
        expected = dump(one)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Store.open(tmp_path / "dask.db") as store:
        result = ingest_items(_articles(), store, options, engine="dask", shard_dir=tmp_path / "shards",
                              scheduler=cluster.scheduler_address)
        assert dump(store) == expected
    assert result.report.stored == len(ARTICLES) and not result.report.failed
    assert len(list((tmp_path / "shards").glob("part-*.parquet"))) == 3
    assert result.stats.peak_rss and all(v > 0 for v in result.stats.peak_rss.values())
