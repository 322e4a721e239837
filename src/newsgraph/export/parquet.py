"""Parquet tables of a store, for DuckDB, pandas or Spark: one file per table in a folder.

Tables (columns in ``docs/export.md``): ``articles``, ``entities`` (global), ``article_entities``,
``mentions``, ``timexes``, ``quotes``, ``events`` (global, merged), ``event_participants``,
``event_reports``. Offsets are character offsets into ``articles.text``; ``entity_id``/``event_id`` columns
hold global ids, ``local_*`` columns an article's own ids.

>>> import tempfile
>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     sorted(write_parquet(store, tempfile.mkdtemp()).items())[:2]
[('article_entities', 0), ('articles', 0)]
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from newsgraph.model import Article, Entity, Event, Mention, Quote
from newsgraph.query.events import event_rows
from newsgraph.query.names import entity_rows
from newsgraph.store import ArticleLinks, Store
from newsgraph.store.rows import published_from_cols

Rows = dict[str, list[dict[str, Any]]]

SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {"id": "string", "source_id": "string", "url": "string", "source": "string",
                 "title": "string",
                 "published": "string", "published_inferred": "bool", "published_from": "string",
                 "published_from_value": "string", "published_from_start": "int64",
                 "published_from_end": "int64", "published_from_text": "string", "language": "string",
                 "text": "string"},
    "entities": {"id": "string", "name": "string", "type": "string", "country": "string", "sector": "string",
                 "wikidata": "string", "articles": "int64", "mentions": "int64", "aliases": "list"},
    "article_entities": {"article_id": "string", "local_id": "string", "entity_id": "string",
                         "name": "string",
                         "type": "string", "country": "string", "sector": "string", "titles": "list",
                         "affiliation_country": "string", "affiliation_organization": "string",
                         "confidence": "float64"},
    "mentions": {"article_id": "string", "local_id": "string", "start": "int64", "end": "int64",
                 "text": "string", "type": "string", "kind": "string", "local_entity": "string",
                 "entity_id": "string", "confidence": "float64"},
    "timexes": {"article_id": "string", "local_id": "string", "start": "int64", "end": "int64",
                "text": "string",
                "type": "string", "value": "string", "anchor": "string", "confidence": "float64"},
    "quotes": {"article_id": "string", "local_id": "string", "start": "int64", "end": "int64",
               "text": "string",
               "kind": "string", "cue": "string", "speaker_text": "string", "speaker_entity_id": "string",
               "speaker_name": "string", "descriptor": "string", "affiliation": "string",
               "addressee": "string",
               "confidence": "float64"},
    "events": {"id": "string", "type": "string", "mode": "string", "date": "string", "first_day": "string",
               "last_day": "string", "place": "string", "modality": "string", "confidence": "float64",
               "reports": "int64"},
    "event_participants": {"event_id": "string", "entity_id": "string", "name": "string", "type": "string",
                           "role": "string"},
    "event_reports": {"article_id": "string", "local_id": "string", "event_id": "string", "type": "string",
                      "mode": "string", "start": "int64", "end": "int64", "evidence": "string",
                      "trigger": "string", "date": "string", "date_text": "string", "place": "string",
                      "modality": "string", "confidence": "float64"},
}


def _article_rows(art: Article, links: ArticleLinks, rows: Rows) -> None:
    """Add one article's rows to the per-article tables."""
    rows["articles"].append({"id": art.id, "source_id": art.source_id, "url": art.url, "source": art.source,
                             "title": art.title, "published": art.published,
                             "published_inferred": art.published_inferred, **_published_from(art),
                             "language": art.language, "text": art.text})
    rows["article_entities"] += [_entity_row(art, e, links) for e in art.entities]
    rows["mentions"] += [_mention_row(art, m, links) for m in art.mentions]
    rows["timexes"] += [{"article_id": art.id, "local_id": x.id, "start": x.start, "end": x.end,
                         "text": art.text[x.start:x.end], "type": x.type, "value": x.value,
                         "anchor": x.anchor, "confidence": x.confidence} for x in art.timexes]
    rows["quotes"] += [_quote_row(art, q, links) for q in art.quotes]
    rows["event_reports"] += [_report_row(art, v, links) for v in art.events]


def _published_from(art: Article) -> dict[str, Any]:
    """The ``published_from*`` columns: how the publication date was obtained and its evidence span."""
    cols = published_from_cols(art.published_from)
    span = art.published_from.evidence if art.published_from else None
    return {**cols, "published_from_text": art.text[span[0]:span[1]] if span else None}


def _entity_row(art: Article, e: Entity, links: ArticleLinks) -> dict[str, Any]:
    aff = e.affiliation
    return {"article_id": art.id, "local_id": e.id, "entity_id": links.entities.get(e.id), "name": e.name,
            "type": e.type, "country": e.country, "sector": e.sector,
            "titles": [x.normalized or x.text for x in e.titles],
            "affiliation_country": aff.country if aff else None,
            "affiliation_organization": aff.organization_name if aff else None, "confidence": e.confidence}


def _mention_row(art: Article, m: Mention, links: ArticleLinks) -> dict[str, Any]:
    return {"article_id": art.id, "local_id": m.id, "start": m.start, "end": m.end,
            "text": art.text[m.start:m.end], "type": m.type, "kind": m.kind, "local_entity": m.entity,
            "entity_id": links.entities.get(m.entity or ""), "confidence": m.confidence}


def _quote_row(art: Article, q: Quote, links: ArticleLinks) -> dict[str, Any]:
    sp = q.speaker
    return {"article_id": art.id, "local_id": q.id, "start": q.start, "end": q.end,
            "text": art.text[q.start:q.end], "kind": q.kind, "cue": q.cue,
            "speaker_text": art.text[sp.start:sp.end] if sp else None,
            "speaker_entity_id": links.entities.get(sp.entity or "") if sp else None,
            "speaker_name": sp.name if sp else None, "descriptor": sp.descriptor if sp else None,
            "affiliation": sp.affiliation if sp else None, "addressee": q.addressee,
            "confidence": q.confidence}


def _report_row(art: Article, v: Event, links: ArticleLinks) -> dict[str, Any]:
    return {"article_id": art.id, "local_id": v.id, "event_id": links.events.get(v.id), "type": v.type,
            "mode": v.mode, "start": v.start, "end": v.end, "evidence": art.text[v.start:v.end],
            "trigger": v.trigger, "date": v.date.value if v.date else None,
            "date_text": v.date.text if v.date else None, "place": v.place_name, "modality": v.modality,
            "confidence": v.confidence}


def _collect(store: Store) -> Rows:
    """Every table's rows (plain dicts), from the store's articles and its global entities and events."""
    rows: Rows = defaultdict(list)
    for art in store.articles():
        _article_rows(art, store.links(art.id), rows)
    for e in entity_rows(store):
        rows["entities"].append({"id": e.id, "name": e.name, "type": e.type, "country": e.country,
                                 "sector": e.sector, "wikidata": e.wikidata, "articles": e.articles,
                                 "mentions": e.mentions, "aliases": list(e.aliases)})
    for ev in event_rows(store, [], []):
        rows["events"].append({"id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
                               "first_day": ev.first_day, "last_day": ev.last_day, "place": ev.place,
                               "modality": ev.modality, "confidence": ev.confidence,
                               "reports": len(ev.reports)})
        rows["event_participants"] += [{"event_id": ev.id, "entity_id": p.entity_id, "name": p.name,
                                        "type": p.type, "role": p.role} for p in ev.participants]
    return rows


def _schema(name: str) -> Any:
    import pyarrow as pa

    kinds = {"string": pa.string(), "bool": pa.bool_(), "int64": pa.int64(), "float64": pa.float64(),
             "list": pa.list_(pa.string())}
    return pa.schema([(col, kinds[kind]) for col, kind in SCHEMAS[name].items()])


def write_parquet(store: Store, folder: str | Path) -> dict[str, int]:
    """Write every table to ``folder/<table>.parquet`` (the folder is created); returns rows per table.

    >>> import pyarrow.parquet as pq, tempfile
    >>> from newsgraph.store import Store
    >>> with Store.open(":memory:") as store, tempfile.TemporaryDirectory() as folder:
    ...     _ = store.write_article(Article.new("Gen Asim Munir spoke.", source="Dawn"))
    ...     written = write_parquet(store, Path(folder, "tables"))
    ...     pq.read_table(Path(folder, "tables", "articles.parquet")).column("source").to_pylist()
    ['Dawn']
    >>> written["articles"], written["events"]
    (1, 0)
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rows = _collect(store)
    written: dict[str, int] = {}
    for name in SCHEMAS:
        table = pa.Table.from_pylist(rows.get(name, []), schema=_schema(name))
        pq.write_table(table, out / f"{name}.parquet", compression="zstd")
        written[name] = table.num_rows
    return written
