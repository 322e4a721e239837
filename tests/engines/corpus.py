"""Short made-up news articles and a dump of a store's content, shared by the engine tests."""

from __future__ import annotations

from typing import Any

from newsgraph.store import Store

#: Six short articles written for these tests (two of them report the same meeting).
ARTICLES: list[dict[str, Any]] = [
    {"id": "t1", "published": "2023-12-15", "source": "Dawn",
     "text": "Pakistan's army chief Gen Asim Munir met US Secretary of State Antony Blinken in Washington on "
             "Thursday. \"We discussed regional security,\" Munir said after the meeting."},
    {"id": "t2", "published": "2023-12-15", "source": "Reuters",
     "text": "Antony Blinken held talks with General Asim Munir on Thursday, the State Department said. "
             "Blinken told reporters that the two sides would keep working together."},
    {"id": "t3", "published": "2023-10-05", "source": "Dawn",
     "text": "US Defence Secretary Lloyd Austin spoke by phone with Gen Asim Munir on Wednesday, the "
             "military's media wing said in a statement."},
    {"id": "t4", "published": "2024-02-01", "source": "AP",
     "text": "Police in Karachi arrested three men after an attack on a bank last month, officials said. "
             "\"The suspects will be produced in court,\" a police spokesman said."},
    {"id": "t5", "published": "2024-03-10", "source": "AFP",
     "text": "Foreign Minister Jalil Abbas Jilani visited Beijing on Monday and met Chinese Foreign Minister "
             "Wang Yi. The two ministers signed an agreement on trade."},
    {"id": "t6", "published": "2024-03-12", "source": "Dawn",
     "text": "Prime Minister Shehbaz Sharif said on Tuesday that Pakistan would not accept any threat to its "
             "sovereignty. He spoke at a rally in Lahore."},
]

_VOLATILE = {"ingested_at", "created_at", "updated_at", "applied_at",
             "search_words"}  # PostgreSQL's own search column (a tsvector) has no SQLite twin
TABLES = ("articles", "entities", "entity_aliases", "article_entities", "mentions", "timexes", "quotes",
          "events", "event_participants", "event_reports", "report_participants")


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (timestamps left out), sorted: equal dumps mean equal stored content."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        rows = store.fetch(f"SELECT * FROM {table}")
        out[table] = sorted((tuple(sorted((k, v) for k, v in r.items() if k not in _VOLATILE)) for r in rows),
                            key=repr)
    return out
