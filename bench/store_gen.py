"""A generated store for query latency: N events among M entities, written straight into the schema.

Deterministic (seeded). Entities get made-up names (``Given Family``; organisations and places from word
parts); their popularity follows a Zipf-like law (weight ``rank ** -0.6``), so a few actors are in
thousands of events and most in a handful, as in news. Ten events make one article (an English-like
sentence each, naming the two participants, plus filler words from a made-up vocabulary that search
queries draw from); every article also quotes two of its actors. Dates spread over ten years.

Rows go in with bulk inserts (SQLite ``executemany``; PostgreSQL ``COPY``), bypassing the linker: the
store's own indexes, triggers (the SQLite search index) and migrations are those of a real database. The
result is cached under ``bench/.cache/`` keyed by size and generator version; a cached store is brought
to the current schema by the store's own migrations when it is opened, as a user's database would be.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import CACHE
from newsgraph.resolve.identity import normalize_name
from newsgraph.store import Store

#: Bump when the generated data changes (the cache key).
GENERATOR = 1
EVENTS_PER_ARTICLE = 10
START = dt.date(2014, 1, 1)
DAYS = 3650
TYPES = ("CONSULT", "CONSULT", "CONSULT", "AGREE", "ACCUSE", "SUPPORT", "ASSAULT", "REQUEST", "REJECT",
         "COOPERATE", "PROTEST", "SANCTION")
MODES = {"CONSULT": ("meeting", "phone", "visit"), "ASSAULT": ("attack", None), "PROTEST": ("demonstrate",)}
VERBS = {"CONSULT": "met", "AGREE": "agreed with", "ACCUSE": "accused", "SUPPORT": "backed",
         "ASSAULT": "attacked", "REQUEST": "asked", "REJECT": "rejected", "COOPERATE": "worked with",
         "PROTEST": "protested against", "SANCTION": "sanctioned"}
OUTLETS = ("Dawn", "Reuters", "AP", "AFP", "BBC", "Al Jazeera", "The Hindu", "Xinhua", "DW", "NHK")
_SYL = ("ka", "lo", "mi", "ra", "to", "shi", "an", "vel", "dor", "ben", "sa", "qui", "zan", "mer", "lin",
        "gar", "ho", "ne", "pa", "ru", "es", "ti", "mon", "ber", "ya", "ko", "del", "fa", "ju", "wen")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(parts))


def _hex(prefix: str, *key: object) -> str:
    return prefix + hashlib.sha256(repr(key).encode()).hexdigest()[:12]


@dataclass
class Spec:
    """The size of a generated store."""

    events: int = 1_000_000
    entities: int = 100_000
    seed: int = 7

    @property
    def articles(self) -> int:
        """Articles needed to report every event once."""
        return -(-self.events // EVENTS_PER_ARTICLE)

    def path(self) -> Path:
        """Where the SQLite store of this size is cached (opening it applies newer migrations)."""
        return CACHE / f"store-e{self.events}-n{self.entities}-s{self.seed}-g{GENERATOR}.db"


@dataclass
class World:
    """The generated entities and vocabulary."""

    ids: list[str]
    names: list[str]
    types: list[str]
    cum: list[float]
    vocab: list[str]
    vocab_cum: list[float] = field(default_factory=list)

    def pick(self, rng: random.Random) -> int:
        """An entity index, by popularity."""
        return bisect.bisect_left(self.cum, rng.random() * self.cum[-1])

    def words(self, rng: random.Random, n: int) -> list[str]:
        """Filler words, by frequency."""
        return [self.vocab[bisect.bisect_left(self.vocab_cum, rng.random() * self.vocab_cum[-1])]
                for _ in range(n)]


def make_world(spec: Spec) -> World:
    """Entities (unique names, types, popularity) and a vocabulary of 20,000 made-up words."""
    rng = random.Random(spec.seed)
    names: list[str] = []
    types: list[str] = []
    seen: set[str] = set()
    kinds = ["PERSON"] * 45 + ["ORG"] * 25 + ["GPE"] * 15 + ["LOC"] * 5 + ["NORP"] * 5 + ["FAC"] * 5
    while len(names) < spec.entities:
        kind = rng.choice(kinds)
        name = {"PERSON": lambda: f"{_word(rng, 2).title()} {_word(rng, 3).title()}",
                "ORG": lambda: f"{_word(rng, 3).title()} {rng.choice(('Council', 'Party', 'Bank', 'Front'))}",
                }.get(kind, lambda: _word(rng, 3).title() + rng.choice(("", "ia", "stan", " City")))()
        if name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
            types.append(kind)
    cum = list(itertools.accumulate((r + 1) ** -0.6 for r in range(spec.entities)))
    vocab = sorted({_word(rng, rng.randint(2, 4)) for _ in range(30_000)})[:20_000]
    rng.shuffle(vocab)
    vocab_cum = list(itertools.accumulate((r + 1) ** -1.0 for r in range(len(vocab))))
    ids = [_hex("E", spec.seed, i) for i in range(spec.entities)]
    return World(ids, names, types, cum, vocab, vocab_cum)


Bulk = Callable[[str, Sequence[str], list[tuple[Any, ...]]], None]


def _entity_rows(world: World, now: str) -> Iterator[tuple[Any, ...]]:
    for eid, name, etype in zip(world.ids, world.names, world.types, strict=True):
        yield (eid, name, normalize_name(name), etype, None, None, None, "new", now)


def _alias_rows(world: World) -> Iterator[tuple[Any, ...]]:
    for eid, name, etype in zip(world.ids, world.names, world.types, strict=True):
        yield (eid, normalize_name(name), name, "NAM")
        if etype == "PERSON":
            surname = name.split()[-1]
            yield (eid, normalize_name(surname), surname, "NAM")


class _Article:
    """One generated article: its text, built sentence by sentence, and its rows."""

    def __init__(self, n: int, day: dt.date, spec: Spec) -> None:
        self.id = hashlib.sha256(f"{spec.seed}/{n}".encode()).hexdigest()[:16]
        self.n, self.day = n, day
        self.parts: list[str] = []
        self.size = 0
        self.local: dict[int, str] = {}
        self.first: dict[int, tuple[int, int]] = {}

    def add(self, text: str) -> tuple[int, int]:
        start = self.size + (1 if self.parts else 0)
        self.parts.append(text)
        self.size = start + len(text)
        return start, self.size

    def entity(self, ent: int, start: int, name: str) -> str:
        if ent not in self.local:
            self.local[ent] = f"e{len(self.local) + 1}"
            self.first[ent] = (start, start + len(name))
        return self.local[ent]


def generate(spec: Spec, bulk: Bulk, progress: Callable[[str], None] = print) -> None:
    """Write a store of ``spec``'s size through ``bulk(table, columns, rows)``."""
    world = make_world(spec)
    now = "2024-01-01T00:00:00+00:00"
    bulk("entities", ("id", "name", "norm_name", "type", "country", "sector", "wikidata", "link_reason",
                      "created_at"), list(_entity_rows(world, now)))
    bulk("entity_aliases", ("entity_id", "norm_alias", "alias", "kind"), list(_alias_rows(world)))
    progress(f"{spec.entities:,} entities")
    rng = random.Random(spec.seed + 1)
    step = 2_000
    for first in range(0, spec.articles, step):
        tables: dict[str, list[tuple[Any, ...]]] = {}
        for n in range(first, min(first + step, spec.articles)):
            _one_article(n, spec, world, rng, tables, now)
        for table, cols in _COLUMNS.items():  # in foreign-key order
            bulk(table, cols, tables.get(table, []))
        progress(f"{min(first + step, spec.articles):,}/{spec.articles:,} articles")


_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "source_id", "url", "source", "title", "published", "published_inferred", "language",
                 "processed", "text", "extra", "ingested_at"),
    "events": ("id", "type", "mode", "date_value", "first_day", "last_day", "place_entity_id", "place_name",
               "modality", "confidence", "reports", "merge_reason", "created_at", "updated_at"),
    "event_participants": ("event_id", "entity_id", "role"),
    "article_entities": ("article_id", "local_id", "entity_id", "name", "type", "aliases", "titles",
                         "confidence", "link_reason", "link_score"),
    "mentions": ("article_id", "local_id", "start_char", "end_char", "type", "kind", "local_entity",
                 "confidence"),
    "event_reports": ("article_id", "local_id", "event_id", "type", "mode", "start_char", "end_char",
                      "trigger_text", "trigger_start", "trigger_end", "date_value", "date_text", "counts",
                      "modality", "confidence", "link_reason", "link_score"),
    "report_participants": ("article_id", "local_event", "position", "local_entity", "entity_id", "role",
                            "start_char", "end_char"),
    "quotes": ("article_id", "local_id", "start_char", "end_char", "kind", "cue", "cue_start", "cue_end",
               "speaker_start", "speaker_end", "speaker_local", "speaker_entity_id", "confidence"),
}


def _one_article(n: int, spec: Spec, world: World, rng: random.Random,
                 tables: dict[str, list[tuple[Any, ...]]], now: str) -> None:
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    art = _Article(n, day, spec)
    events: list[tuple[Any, ...]] = []
    reports: list[tuple[Any, ...]] = []
    speakers: list[int] = []
    headline = ""
    for k in range(min(EVENTS_PER_ARTICLE, spec.events - n * EVENTS_PER_ARTICLE)):
        a, b = world.pick(rng), world.pick(rng)
        while b == a:
            b = world.pick(rng)
        etype = rng.choice(TYPES)
        when = day - dt.timedelta(days=rng.randrange(7))
        verb = VERBS[etype]
        head = f"{world.names[a]} {verb} {world.names[b]} on {when:%B} {when.day}"
        headline = headline or head
        start, end = art.add(f"{head} {' '.join(world.words(rng, 6))}.")
        la = art.entity(a, start, world.names[a])
        lb = art.entity(b, start + len(world.names[a]) + len(verb) + 2, world.names[b])
        vid = _hex("V", spec.seed, n, k)
        mode = rng.choice(MODES.get(etype, (None,)))
        t0 = start + len(world.names[a]) + 1
        events.append((vid, etype, mode, when.isoformat(), when.isoformat(), when.isoformat(), None, None,
                       "asserted", 0.8, 1, "new", now, now))
        tables.setdefault("event_participants", []).extend([(vid, world.ids[a], "actor"),
                                                            (vid, world.ids[b], "recipient")])
        reports.append((art.id, f"v{k + 1}", vid, etype, mode, start, end, verb, t0, t0 + len(verb),
                        when.isoformat(), f"{when:%B} {when.day}", "{}", "asserted", 0.8, "new", 1.0))
        tables.setdefault("report_participants", []).extend([
            (art.id, f"v{k + 1}", 0, la, world.ids[a], "actor", start, start + len(world.names[a])),
            (art.id, f"v{k + 1}", 1, lb, world.ids[b], "recipient", None, None)])
        speakers.append(a)
    for q, a in enumerate(speakers[:2]):
        said = " ".join(world.words(rng, 12)).capitalize()
        start, _ = art.add(f"\u201c{said},\u201d {world.names[a]} said.")
        s_start = start + len(said) + 4  # after the closing quote, the comma and a space
        s_end = s_start + len(world.names[a])
        tables.setdefault("quotes", []).append(
            (art.id, f"q{q + 1}", start + 1, start + 1 + len(said), "direct", "say", s_end + 1, s_end + 5,
             s_start, s_end, art.local[a], world.ids[a], 0.9))
    text = " ".join(art.parts)
    title = headline[:100] or None
    tables.setdefault("articles", []).append(
        (art.id, f"gen-{n}", f"https://news.example/{n}", OUTLETS[n % len(OUTLETS)], title,
         day.isoformat(), 0, "en", 1, text, None, now))
    for ent, local in art.local.items():
        s, e = art.first[ent]
        tables.setdefault("article_entities", []).append(
            (art.id, local, world.ids[ent], world.names[ent], world.types[ent],
             json.dumps([world.names[ent]]), "[]", 1.0, "new", 1.0))
        tables.setdefault("mentions", []).append(
            (art.id, f"m{local[1:]}", s, e, world.types[ent], "NAM", local, 1.0))
    tables.setdefault("events", []).extend(events)
    tables.setdefault("event_reports", []).extend(reports)


def sqlite_bulk(store: Store) -> Bulk:
    """Bulk inserts into a SQLite store, one transaction per call."""
    db: Any = store.db

    def insert(table: str, cols: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        with store.db.transaction():
            db.conn.executemany(sql, rows)

    return insert


def postgres_bulk(store: Store) -> Bulk:
    """Bulk loads into a PostgreSQL store with COPY, one transaction per call."""
    db: Any = store.db

    def insert(table: str, cols: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        with store.db.transaction():
            db.copy_rows(table, cols, rows)

    return insert


def build_sqlite(spec: Spec, progress: Callable[[str], None] = print) -> Path:
    """The cached SQLite store of a size (generated on first use, then ``ANALYZE``d)."""
    path = spec.path()
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    with Store.open(tmp) as store:
        store.db.execute("PRAGMA synchronous = OFF")
        generate(spec, sqlite_bulk(store), progress)
        store.db.execute("ANALYZE")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.replace(path)
    return path


def build_postgres(spec: Spec, dsn: str, progress: Callable[[str], None] = print) -> None:
    """Generate the store into an empty PostgreSQL database (or schema) with COPY, then ``ANALYZE``."""
    with Store.open(dsn) as store:
        if store.counts().events >= spec.events:
            return
        if store.counts().articles:
            raise SystemExit(f"{dsn}: not empty and not a complete generated store; use an empty database")
        generate(spec, postgres_bulk(store), progress)
        store.db.execute("ANALYZE")
