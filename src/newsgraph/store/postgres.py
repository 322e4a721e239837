"""The PostgreSQL backend (``--db postgresql://user:pass@host/dbname``), through psycopg 3.

It implements the same :class:`~newsgraph.store.backend.Backend` protocol as SQLite, so the store and the
queries run unchanged: portable SQL with ``?`` placeholders is translated to psycopg's ``%s`` (outside
quoted literals), and the portable schema's ``REAL`` columns become ``DOUBLE PRECISION`` (SQLite's REAL is
a double; PostgreSQL's is a 4-byte float, which would change stored confidences). Migrations that cannot
be portable ship a PostgreSQL variant (``NNNN_name.postgresql.sql``).

Bulk loads use ``COPY ... FROM STDIN`` (:meth:`PostgresBackend.copy_rows`); many single inserts use
psycopg's pipelined ``executemany`` (:meth:`PostgresBackend.execute_many`). Inside a transaction, plain
inserts into the tables nothing reads while articles are written (:data:`WRITE_BEHIND`: mentions, timexes,
quotes, event reports and their participants) are held back and sent with one ``COPY`` per table when the
transaction commits — or earlier, as soon as any statement names such a table, so reads always see every
write. A batch of articles thus costs a few round trips instead of one per fact.

>>> to_pyformat("SELECT '?', x FROM t WHERE a = ? AND b LIKE '%z'")
"SELECT '?', x FROM t WHERE a = %s AND b LIKE '%%z'"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newsgraph.errors import StoreError

Row = dict[str, Any]

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
_DDL = re.compile(r"^\s*(CREATE|ALTER)\s+TABLE\b", re.IGNORECASE)
_REAL = re.compile(r"\bREAL\b", re.IGNORECASE)

#: Tables whose plain inserts are sent by COPY at commit (the store's linking never reads them).
WRITE_BEHIND: tuple[str, ...] = ("mentions", "timexes", "quotes", "event_reports", "report_participants")
_INSERT = re.compile(rf"^INSERT INTO ({'|'.join(WRITE_BEHIND)}) \(([\w, ]+)\) VALUES \(\?(?:, \?)*\)$")


def to_pyformat(sql: str) -> str:
    """Portable SQL (``?`` placeholders) to psycopg's format (``%s``; a literal ``%`` doubled)."""
    def swap(m: re.Match[str]) -> str:
        tok = m.group(0)
        return "%s" if tok == "?" else tok.replace("%", "%%")

    return _TOKENS.sub(swap, sql)


def adapt_ddl(sql: str) -> str:
    """The PostgreSQL form of a portable ``CREATE TABLE``: ``REAL`` columns are double precision.

    >>> adapt_ddl("CREATE TABLE t (x REAL NOT NULL, realm TEXT)")
    'CREATE TABLE t (x DOUBLE PRECISION NOT NULL, realm TEXT)'
    """
    return _REAL.sub("DOUBLE PRECISION", sql) if _DDL.match(sql) else sql


def redact(dsn: str) -> str:
    """A connection string without its password, for messages.

    >>> redact("postgresql://u:secret@h:5432/db")
    'postgresql://u:***@h:5432/db'
    """
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


class PostgresBackend:
    """PostgreSQL through psycopg 3, in autocommit mode with explicit (nestable) transactions."""

    dialect = "postgresql"

    def __init__(self, dsn: str, connect_timeout: int = 10) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("the PostgreSQL backend needs psycopg: pip install 'psycopg[binary]'") from exc
        self._psycopg: Any = psycopg
        self.path = redact(dsn)
        try:
            self.conn: Any = psycopg.connect(dsn, autocommit=True, row_factory=dict_row,
                                             connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {_first_line(exc)}") from exc
        self._depth = 0
        self._pending: dict[tuple[str, str], list[tuple[Any, ...]]] = {}

    def _fail(self, exc: Exception) -> StoreError:
        return StoreError(f"database {self.path}: {_first_line(exc)}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed (a held-back insert counts 1)."""
        if self._depth and (m := _INSERT.match(sql)):
            self._pending.setdefault((m[1], m[2]), []).append(tuple(params))
            return 1
        self._flush_for(sql)
        try:
            cur = self.conn.execute(to_pyformat(adapt_ddl(sql)), tuple(params))
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc
        return int(cur.rowcount)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one query; return its rows as dicts keyed by column name."""
        self._flush_for(sql)
        try:
            return list(self.conn.execute(to_pyformat(sql), tuple(params)).fetchall())
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows (pipelined: one round trip, not one per row; inside a
        transaction, inserts into :data:`WRITE_BEHIND` tables are held back for COPY like single ones)."""
        values = [tuple(r) for r in rows]
        if not values:
            return
        if self._depth and (m := _INSERT.match(sql)):
            self._pending.setdefault((m[1], m[2]), []).extend(values)
            return
        self._flush_for(sql)
        try:
            with self.conn.cursor() as cur:
                cur.executemany(to_pyformat(sql), values)
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Bulk-load rows into a table with ``COPY ... FROM STDIN``; return how many were sent."""
        n = 0
        try:
            with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(tuple(row))
                    n += 1
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc
        return n

    def _flush_for(self, sql: str) -> None:
        """Send held-back inserts first when a statement names one of their tables."""
        if self._pending and any(re.search(rf"\b{table}\b", sql) for table, _ in self._pending):
            self.flush()

    def flush(self) -> None:
        """Send the held-back inserts now, one COPY per table, in the order the tables were first written."""
        pending, self._pending = self._pending, {}
        for (table, cols), rows in pending.items():
            self.copy_rows(table, [c.strip() for c in cols.split(",")], rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together, or rolls back on any exception (nested: joins the outer)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                yield
                self.flush()
        except self._psycopg.Error as exc:
            raise self._fail(exc) from exc
        finally:
            self._depth = 0
            self._pending = {}

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.conn.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
