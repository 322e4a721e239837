"""Numbered schema migrations: ``migrations/0001_init.sql``, ``0002_...sql``, applied in order, once.

A migration that cannot be portable ships a variant per database engine, ``NNNN_name.<dialect>.sql``
(``sqlite``, ``postgresql``), used instead of ``NNNN_name.sql`` on that engine.

The ``schema_version`` table records each applied migration. A migration runs in one transaction, so a
database is never left half-migrated. A database written by a newer newsgraph is refused, not damaged.

>>> from newsgraph.store.backend import SQLiteBackend
>>> db = SQLiteBackend(":memory:")
>>> migrate(db) == latest_version()
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib.resources import files

from newsgraph.errors import StoreError
from newsgraph.store.backend import Backend

_NAME = re.compile(r"^(\d{4})_(\w+?)(?:\.(sqlite|postgresql))?\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One migration file: its number, name and SQL text."""

    version: int
    name: str
    sql: str


def migrations(dialect: str = "sqlite") -> list[Migration]:
    """The migrations shipped with newsgraph for a database engine, in order (its variants preferred).

    >>> migrations()[0].name
    'init'
    """
    found: dict[int, Migration] = {}
    for entry in files("newsgraph.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m and m[3] in (None, dialect) and (int(m[1]) not in found or m[3] == dialect):
            found[int(m[1])] = Migration(int(m[1]), m[2], entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def latest_version() -> int:
    """The schema version this newsgraph writes.

    >>> latest_version() == migrations("postgresql")[-1].version >= 1
    True
    """
    return migrations()[-1].version


def statements(sql: str) -> list[str]:
    """The statements of a migration: comment lines dropped, split at a ``;`` ending a line.

    >>> statements("-- note\\nCREATE TABLE a (x INTEGER);\\nCREATE INDEX i ON a (x);\\n")
    ['CREATE TABLE a (x INTEGER)', 'CREATE INDEX i ON a (x)']
    """
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    parts = re.split(r";\s*$", "\n".join(lines), flags=re.MULTILINE)
    return [p.strip() for p in parts if p.strip()]


def current_version(db: Backend) -> int:
    """The schema version of a database (0 for a new one).

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> current_version(SQLiteBackend(":memory:"))
    0
    """
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at TEXT NOT NULL)")
    rows = db.query("SELECT MAX(version) AS v FROM schema_version")
    return int(rows[0]["v"] or 0)


def migrate(db: Backend) -> int:
    """Apply the migrations a database lacks; return its schema version after.

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> db = SQLiteBackend(":memory:")
    >>> migrate(db) == migrate(db) == current_version(db)  # a second run has nothing to do
    True
    """
    version = current_version(db)
    latest = latest_version()
    if version > latest:
        raise StoreError(f"the database has schema version {version}, newer than this newsgraph knows "
                         f"({latest}); upgrade newsgraph")
    for mig in migrations(db.dialect):
        if mig.version <= version:
            continue
        with db.transaction():
            if current_version(db) >= mig.version:  # another process migrated meanwhile
                continue
            for stmt in statements(mig.sql):
                db.execute(stmt)
            db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                       (mig.version, mig.name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    return current_version(db)
