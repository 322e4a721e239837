"""The CSV event table: one row per (merged) event, in the spirit of GDELT's event table.

Columns (documented in ``docs/export.md``): :data:`COLUMNS`. Several actors or recipients in one event are
joined with ``"; "`` in the same order across the id, name, country and sector columns. Places get
coordinates from the offline gazetteer (:mod:`newsgraph.query.places`).

>>> import io
>>> from newsgraph.store import Store
>>> out = io.StringIO()
>>> with Store.open(":memory:") as store:
...     write_events_csv(store, out)
0
>>> out.getvalue().split(",")[:3]
['event_id', 'date', 'first_day']
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from newsgraph.query.browse import entities_by_id, event_counts
from newsgraph.query.events import event_filter, event_rows
from newsgraph.query.places import where
from newsgraph.query.rows import EntityRow, EventRow, ParticipantRow
from newsgraph.store import Store

COLUMNS: tuple[str, ...] = (
    "event_id", "date", "first_day", "last_day", "type", "mode", "modality", "confidence",
    "actor_ids", "actor_names", "actor_countries", "actor_sectors",
    "recipient_ids", "recipient_names", "recipient_countries", "recipient_sectors",
    "participant_names", "place", "place_country", "place_lat", "place_lon", "counts",
    "num_reports", "num_outlets", "outlets", "first_reported", "last_reported", "source_urls", "article_ids",
    "evidence",
)
SEP = "; "


def _side(parts: list[ParticipantRow], ents: dict[str, EntityRow], prefix: str) -> dict[str, str]:
    rows = [ents.get(p.entity_id) for p in parts]
    return {f"{prefix}_ids": SEP.join(p.entity_id for p in parts),
            f"{prefix}_names": SEP.join(p.name for p in parts),
            f"{prefix}_countries": SEP.join((e.country or "") if e else "" for e in rows),
            f"{prefix}_sectors": SEP.join((e.sector or "") if e else "" for e in rows)}


def _event_row(ev: EventRow, ents: dict[str, EntityRow], counts: dict[str, Any]) -> dict[str, Any]:
    """The CSV row of one event (see :data:`COLUMNS`)."""
    by_role = {role: [p for p in ev.participants if p.role == role] for role in ("actor", "recipient")}
    loc = where(ev.place) if ev.place else None
    published = sorted(r.published for r in ev.reports if r.published)
    outlets = sorted({r.source for r in ev.reports if r.source})
    row: dict[str, Any] = {
        "event_id": ev.id, "date": ev.date or "", "first_day": ev.first_day or "",
        "last_day": ev.last_day or "", "type": ev.type, "mode": ev.mode or "", "modality": ev.modality,
        "confidence": round(ev.confidence, 3),
        **_side(by_role["actor"], ents, "actor"), **_side(by_role["recipient"], ents, "recipient"),
        "participant_names": SEP.join(p.name for p in ev.participants if p.role not in by_role),
        "place": ev.place or "", "place_country": loc.country if loc else "",
        "place_lat": round(loc.lat, 4) if loc else "", "place_lon": round(loc.lon, 4) if loc else "",
        "counts": SEP.join(f"{k}={v}" for k, v in sorted(counts.items())),
        "num_reports": len(ev.reports), "num_outlets": len(outlets), "outlets": SEP.join(outlets),
        "first_reported": published[0][:10] if published else "",
        "last_reported": published[-1][:10] if published else "",
        "source_urls": SEP.join(sorted({r.url for r in ev.reports if r.url})),
        "article_ids": SEP.join(dict.fromkeys(r.article_id for r in ev.reports)),
        "evidence": ev.reports[0].evidence if ev.reports else "",
    }
    return row


def write_events_csv(store: Store, out: TextIO, *, since: str | None = None, until: str | None = None,
                     type: str | None = None, outlet: str | None = None) -> int:
    """Write the event table as CSV (header first); returns how many events.

    >>> import io
    >>> from newsgraph.store import Store
    >>> out = io.StringIO()
    >>> with Store.open(":memory:") as store:
    ...     write_events_csv(store, out, since="2023-12-01", type="MEET")
    0
    >>> out.getvalue().startswith("event_id,date,first_day,last_day,type,mode,")
    True
    """
    conds, params = event_filter(store, since=since, until=until, type=type, outlet=outlet)
    events = event_rows(store, conds, params)
    ents = entities_by_id(store, sorted({p.entity_id for ev in events for p in ev.participants}))
    counts = event_counts(store, [e.id for e in events])
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ev in events:
        writer.writerow(_event_row(ev, ents, counts.get(ev.id, {})))
    return len(events)
