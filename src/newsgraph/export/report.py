"""A static HTML report of one entity (its dossier) or one story (an event and all its reports), in one file
that opens without a server: CSS and SVG inline, no scripts, no outside requests.

>>> import io
>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     report_html(store, "Nobody")
Traceback (most recent call last):
...
newsgraph.errors.NotFoundError: no entity named 'Nobody' (try `newsgraph entities --name ...`)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from importlib.resources import files
from pathlib import Path

from newsgraph.errors import NotFoundError
from newsgraph.query.browse import get_event
from newsgraph.query.dossier import dossier
from newsgraph.query.graph import entity_graph, lanes
from newsgraph.store import Store
from newsgraph.web.figures import graph_figure, timeline_figure
from newsgraph.web.render import render

REPORT_LINKS = ("#entity-", "#event-")


def _css() -> str:
    return files("newsgraph.web").joinpath("static/app.css").read_text(encoding="utf-8")


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _entity_report(store: Store, ref: str) -> str:
    """The report of an entity: dossier, timeline, network of co-actors, events with evidence, quotes."""
    d = dossier(store, ref)
    tl = timeline_figure(lanes(store, entity=d.entity.id, entity_types=(), actors=10), 1000, REPORT_LINKS)
    net = graph_figure(entity_graph(store, entity=d.entity.id, limit=40), 1000, 520, REPORT_LINKS[0])
    return render("report.html", kind="entity", d=d, timeline=tl, network=net, css=_css(), made=_now(),
                  title=d.entity.name)


def _story_report(store: Store, event_id: str) -> str:
    """The report of a story: one event, its participants, and every article's report side by side."""
    ev = get_event(store, event_id)
    first = ev.participants[0].entity_id if ev.participants else None
    tl = timeline_figure(lanes(store, entity=first, entity_types=(), actors=10), 1000, REPORT_LINKS) \
        if first else None
    title = f"{ev.type}{' · ' + ev.mode if ev.mode else ''} {ev.date or ''}".strip()
    return render("report.html", kind="story", ev=ev, timeline=tl, network=None, css=_css(), made=_now(),
                  title=title)


def report_html(store: Store, name: str) -> str:
    """The report of ``name``: an event id (``V...``) gives a story, anything else an entity's dossier.

    >>> from newsgraph.model import Article, Entity, Mention
    >>> art = Article.new("Gen Asim Munir spoke.")
    >>> art.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1")]
    >>> art.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
    >>> with Store.open(":memory:") as store:
    ...     _ = store.write_article(art)
    ...     page = report_html(store, "Asim Munir")
    >>> page.startswith("<!doctype html>"), "<script" in page
    (True, False)
    """
    ref = name.strip()
    if ref.startswith("V"):
        with contextlib.suppress(NotFoundError):
            return _story_report(store, ref)
    return _entity_report(store, ref)


def write_report(store: Store, name: str, path: str | Path) -> Path:
    """Write the report of ``name`` to a file; returns its path.

    >>> import tempfile
    >>> from newsgraph.model import Article, Entity, Mention
    >>> art = Article.new("Gen Asim Munir spoke.")
    >>> art.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1")]
    >>> art.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
    >>> with Store.open(":memory:") as store, tempfile.TemporaryDirectory() as folder:
    ...     _ = store.write_article(art)
    ...     write_report(store, "Asim Munir", Path(folder, "munir.html")).name
    'munir.html'
    """
    out = Path(path)
    out.write_text(report_html(store, name), encoding="utf-8")
    return out
