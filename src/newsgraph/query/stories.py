"""Why an event is one event, and the story of some entities: the events they all took part in.

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     story(store, [])
Traceback (most recent call last):
...
newsgraph.errors.QueryError: a story needs at least one name
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.errors import QueryError
from newsgraph.query.browse import get_event
from newsgraph.query.events import list_events, report_outlets
from newsgraph.query.rows import EventRow
from newsgraph.store import Store


def outlets(event: EventRow) -> list[str]:
    """The distinct outlets that reported an event (an article without a source counts as its own).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [outlets(ev) for ev in story(store, ["Munir"])]
    [['Dawn']]
    """
    return report_outlets(event.reports)


def explain_event(store: Store, event_id: str) -> str:
    """A readable account of one event: what, when, where, who, each report with its evidence, and why
    the reports were merged (the decisions of :mod:`newsgraph.resolve.events`).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     event_id = story(store, ["Munir"])[0].id
    ...     print(explain_event(store, event_id).splitlines()[1])
    corroborated by 1 outlet(s) in 1 report(s): Dawn
    """
    ev = get_event(store, event_id)
    who = "; ".join(f"{p.role} {p.name}" for p in ev.participants) or "no named participants"
    head = (f"{ev.id}: {ev.type}{'/' + ev.mode if ev.mode else ''} on {ev.date or 'an unknown date'}"
            f"{' in ' + ev.place if ev.place else ''} ({ev.modality}); {who}")
    lines = [head, f"corroborated by {len(outlets(ev))} outlet(s) in {len(ev.reports)} report(s): "
                   f"{', '.join(outlets(ev))}"]
    if ev.merge_reason:
        lines.append(f"created: {ev.merge_reason}")
    for r in ev.reports:
        lines.append(f"- {r.source or r.article_id} {r.published or ''}: \"{' '.join(r.evidence.split())}\"")
        if r.date_basis:
            lines.append(f"    date: {r.date_basis}")
        if r.date_carried:
            lines.append(f"    date carried from another mention in the article: {r.date_text or '?'}")
        if r.link_reason:
            lines.append(f"    merged because: {r.link_reason}")
    return "\n".join(lines)


def story(store: Store, names: Sequence[str]) -> list[EventRow]:
    """The events every named entity took part in, in date order (undated last).

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [(ev.type, ev.date) for ev in story(store, ["Asim Munir", "Blinken"])]
    [('CONSULT', '2023-12-14')]
    """
    if not names:
        raise QueryError("a story needs at least one name")
    found: dict[str, EventRow] | None = None
    for name in names:
        rows = {e.id: e for e in list_events(store, entity=name)}
        found = rows if found is None else {k: v for k, v in found.items() if k in rows}
    return list((found or {}).values())
