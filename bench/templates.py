"""Short English news articles made from templates, for crash and load tests (deterministic for a seed).

Names, places and dates vary so that entities, events and quotes link across articles the way real news
does: the same people meet again, say things, and are quoted by different outlets.

>>> rows = template_articles(3)
>>> len(rows), len({r["id"] for r in rows}), rows[0]["published"]
(3, 3, '2023-01-02')
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

PEOPLE = [("Gen", "Asim Munir", "Pakistan"), ("Secretary", "Antony Blinken", "United States"),
          ("Minister", "Ishaq Dar", "Pakistan"), ("President", "Emmanuel Macron", "France"),
          ("Chancellor", "Olaf Scholz", "Germany"), ("Prime Minister", "Narendra Modi", "India"),
          ("Foreign Minister", "Wang Yi", "China"), ("Secretary", "Lloyd Austin", "United States"),
          ("Minister", "Hakan Fidan", "Turkey"), ("President", "Cyril Ramaphosa", "South Africa")]
PLACES = ["Washington", "Islamabad", "Paris", "Berlin", "New Delhi", "Beijing", "Ankara", "Pretoria", "Doha"]
OUTLETS = ["Dawn", "The Herald", "Daily Courier", "Evening Post"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["regional security", "trade", "counter-terrorism cooperation", "climate finance", "energy supplies"]
OPENINGS = [
    "{t1} {p1} met {t2} {p2} in {place} on {day}, officials said.",
    "{t1} {p1} held talks with {t2} {p2} in {place} on {day}.",
    "{t1} {p1} called {t2} {p2} on {day} to discuss {topic}.",
]
MIDDLES = [
    "The two sides discussed {topic} and agreed to meet again next month.",
    "\"We had a frank and useful exchange on {topic},\" {p1} told reporters after the meeting.",
    "{p2} said the talks on {topic} had been constructive.",
    "Protesters gathered outside the venue in {place} to demand an end to the violence.",
]
CLOSINGS = [
    "Militants attacked a checkpoint near the border last week, killing three soldiers.",
    "{p1} is expected to visit {place} again in the spring.",
    "A spokesman for the ministry declined to comment on the talks.",
]


def template_article(i: int, rng: random.Random) -> dict[str, Any]:
    """The i-th article: three to four sentences, a publication date, an outlet and an id."""
    (t1, p1, _), (t2, p2, _) = rng.sample(PEOPLE, 2)
    slots = {"t1": t1, "p1": p1, "t2": t2, "p2": p2, "place": rng.choice(PLACES), "day": rng.choice(DAYS),
             "topic": rng.choice(TOPICS)}
    parts = [rng.choice(OPENINGS), *rng.sample(MIDDLES, 2), rng.choice(CLOSINGS)]
    text = " ".join(p.format(**slots) for p in parts) + f" (Report {i}.)"
    published = dt.date(2023, 1, 1) + dt.timedelta(days=1 + i % 360)
    return {"id": f"art-{i:05d}", "text": text, "published": published.isoformat(),
            "source": OUTLETS[i % len(OUTLETS)]}


def template_articles(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` distinct articles (each text ends with its own number, so none is a duplicate of another)."""
    rng = random.Random(seed)
    return [template_article(i, rng) for i in range(n)]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows as JSON lines; return the path."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
