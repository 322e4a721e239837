"""How the command line shows query results to people: rich tables, evidence shortened to fit.

Machine output (``--json``) does not come through here: it is the rows' ``to_dict()``.

>>> _shorten("Gen Asim Munir met Antony Blinken in Washington on Thursday.", 30)
'Gen Asim Munir met Antony…'
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from newsgraph.model import Article
from newsgraph.query.published import published_words, resting_dates
from newsgraph.query.rows import EntityRow, EventRow, QuoteRow, Timeline


def _shorten(text: str | None, width: int) -> str:
    """Text on one line, cut at a word boundary to at most ``width`` characters (with an ellipsis)."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _listing(items: Sequence[str], most: int) -> str:
    shown = ", ".join(items[:most])
    return shown + (f" (+{len(items) - most})" if len(items) > most else "")


def _named(name: str, ident: str) -> Text:
    """A name in bold with its id below it, dimmed."""
    text = Text(name, style="bold")
    text.append(f"\n{ident}", style="dim")
    return text


def entities_table(rows: Sequence[EntityRow]) -> Table:
    """Entities: name (and id), type, support, titles and affiliations, other names.

    >>> table = entities_table([EntityRow("E1", "Asim Munir", "PERSON", articles=2, titles=["General"])])
    >>> table.title, table.row_count, [c.header for c in table.columns][:3]
    ('1 entities', 1, ['Name', 'Type', 'Articles'])
    """
    table = Table(title=f"{len(rows)} entities", title_justify="left", show_lines=True)
    table.add_column("Name")
    table.add_column("Type")
    table.add_column("Articles", justify="right")
    table.add_column("Mentions", justify="right")
    table.add_column("Described as", ratio=1)
    table.add_column("Also called", ratio=1)
    for r in rows:
        described = _listing([*r.titles, *r.affiliations], 3)
        table.add_row(_named(r.name, r.id), r.type, str(r.articles), str(r.mentions), described,
                      _listing(r.aliases, 3))
    return table


def _who(event: EventRow) -> str:
    actors = [p.name for p in event.participants if p.role == "actor"]
    others = [p.name for p in event.participants if p.role != "actor"]
    if actors and others:
        return f"{', '.join(actors)} → {', '.join(others)}"
    return ", ".join(actors or others) or "?"


def _what(event: EventRow) -> Text:
    """Type (mode), modality when not asserted, place, and the id below, dimmed."""
    what = Text(event.type, style="bold")
    if event.mode:
        what.append(f" ({event.mode})")
    if event.modality != "asserted":
        what.append(f" [{event.modality}]", style="italic")
    if event.place:
        what.append(f"\nin {event.place}")
    what.append(f"\n{event.id}", style="dim")
    return what


def _evidence(event: EventRow) -> Text:
    """The first report's evidence, then how many reports from which outlets."""
    if not event.reports:
        return Text("")
    text = Text(_shorten(event.reports[0].evidence, 150))
    n, k = len(event.reports), len(event.outlets)
    text.append(f"\n— {n} report{'s' if n != 1 else ''} from {k} outlet{'s' if k != 1 else ''}: "
                f"{_listing(event.outlets, 3)}", style="dim")
    return text


def events_table(rows: Sequence[EventRow], title: str | None = None) -> Table:
    """Events: date, what (and where), who, and evidence with its sources.

    >>> from newsgraph.query.events import list_events
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     table = events_table(list_events(store), title="Meetings")
    >>> table.title, table.row_count, [str(c) for c in table.columns[2].cells]
    ('Meetings', 1, ['Asim Munir → Antony Blinken'])
    """
    table = Table(title=title or f"{len(rows)} events", title_justify="left", show_lines=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Event")
    table.add_column("Who", ratio=1)
    table.add_column("Evidence", ratio=2)
    for e in rows:
        table.add_row(e.date or "undated", _what(e), _who(e), _evidence(e))
    return table


def quotes_table(rows: Sequence[QuoteRow]) -> Table:
    """Quotes: when and where reported, who said it, how, and what.

    >>> from newsgraph.query.quotes import list_quotes
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     table = quotes_table(list_quotes(store))
    >>> [str(c) for c in table.columns[1].cells]
    ['Asim Munir\\nas “Munir”']
    """
    table = Table(title=f"{len(rows)} quotes", title_justify="left", show_lines=True)
    table.add_column("Published", no_wrap=True)
    table.add_column("Speaker", ratio=1)
    table.add_column("Quote", ratio=3)
    for q in rows:
        speaker = Text(q.speaker or "(unattributed)", style="bold")
        if q.speaker_text and q.speaker_text != q.speaker:
            speaker.append(f"\nas “{q.speaker_text}”", style="dim")
        if q.affiliation:
            speaker.append(f"\n({q.affiliation})", style="dim")
        content = Text(f"“{_shorten(q.text, 240)}”")
        how = q.kind + (f", {q.cue}" if q.cue else "") + (f" to {q.addressee}" if q.addressee else "")
        content.append(f"\n— {how}", style="dim")
        table.add_row(f"{(q.published or '')[:10]}\n{q.source or ''}", speaker, content)
    return table


def timeline_table(tl: Timeline) -> Table:
    """A timeline: the entities a name resolved to, then their dated events in order.

    >>> from newsgraph.query.events import timeline
    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     table = timeline_table(timeline(store, "Munir"))
    >>> table.title  # doctest: +ELLIPSIS
    'Timeline of Asim Munir (PERSON, E...): 1 dated events'
    """
    names = "; ".join(f"{e.name} ({e.type}, {e.id})" for e in tl.entities)
    title = f"Timeline of {names}: {len(tl.entries)} dated events"
    if tl.undated:
        title += f" ({tl.undated} undated left out)"
    return events_table(tl.entries, title=title)


#: How ``newsgraph article`` marks the evidence of an inferred publication date in the text.
EVIDENCE_STYLE = "bold reverse"


def article_view(article: Article) -> Text:
    """An article for people: title, outlet, the publication date and how it was obtained, the text with the
    evidence of an inferred date highlighted (:data:`EVIDENCE_STYLE`), and the dates that rest on it.

    >>> from newsgraph.model import PublishedFrom
    >>> art = Article.new("Talks\\nJune 28, 2013\\nThey met.", published="2013-06-28",
    ...                   published_inferred=True,
    ...                   published_from=PublishedFrom("dateline", "2013-06-28", 6, 19, "June 28, 2013"))
    >>> view = article_view(art)
    >>> view.plain.splitlines()[1]
    'unknown source · published 2013-06-28, inferred from the date line “June 28, 2013”'
    >>> [view.plain[s.start:s.end] for s in view.spans if s.style == EVIDENCE_STYLE]
    ['June 28, 2013']
    """
    out = Text(article.title or f"Article {article.source_id or article.id}", style="bold")
    out.append(f"\n{article.source or 'unknown source'} · {published_words(article)}\n\n")
    offset = len(out)
    out.append(article.text)
    span = article.published_from.evidence if article.published_from else None
    if span is not None:
        out.stylize(EVIDENCE_STYLE, offset + span[0], offset + span[1])
    resting = resting_dates(article)
    lines = [f"{t.text} → {t.value}" for t in article.timexes if t.id in resting]
    lines += [f"{v.type} {v.trigger or ''} on {v.date.value}" for v in article.events
              if v.id in resting and v.date is not None]
    if lines:
        out.append("\n\nDates resting on the inferred publication date:\n", style="dim")
        out.append("\n".join(f"  {line}" for line in lines))
    return out
