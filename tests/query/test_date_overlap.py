"""The indexable date-window condition selects exactly the events the plain overlap condition does."""

from __future__ import annotations

import datetime as dt
import random

from newsgraph.query.events import date_overlap
from newsgraph.store import Store


def test_same_events_as_the_plain_overlap_condition() -> None:
    rng = random.Random(3)
    day0 = dt.date(2020, 1, 1)
    with Store.open(":memory:") as store:
        for i in range(300):
            first = day0 + dt.timedelta(days=rng.randrange(400))
            span = rng.choice([0, 0, 0, 6, 30, 365])
            dated = rng.random() > 0.1
            store.db.execute("INSERT INTO events (id, type, first_day, last_day, created_at, updated_at) "
                             "VALUES (?, 'CONSULT', ?, ?, 'x', 'x')",
                             (f"V{i}", first.isoformat() if dated else None,
                              (first + dt.timedelta(days=span)).isoformat() if dated else None))
        plans = store.fetch("EXPLAIN QUERY PLAN SELECT id FROM events ev WHERE "
                            + date_overlap("2020-05-01", "2020-05-07")[0], ["2020-05-01", "2020-05-07"] * 2)
        assert any("events_spans" in p["detail"] for p in plans)
        for _ in range(60):
            a = day0 + dt.timedelta(days=rng.randrange(-30, 430))
            b = a + dt.timedelta(days=rng.randrange(0, 60))
            for lo, hi in ((a.isoformat(), b.isoformat()), (a.isoformat(), None), (None, b.isoformat())):
                plain = ["ev.first_day IS NOT NULL"] + (["ev.last_day >= ?"] if lo else []) + \
                    (["ev.first_day <= ?"] if hi else [])
                want = store.fetch(f"SELECT id FROM events ev WHERE {' AND '.join(plain)} ORDER BY id",
                                   [x for x in (lo, hi) if x])
                cond, args = date_overlap(lo, hi)
                got = store.fetch(f"SELECT id FROM events ev WHERE {cond} ORDER BY id", args)
                assert got == want, (lo, hi)
