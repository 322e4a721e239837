"""The JSON export contract: one JSON object per article, with every fact and its evidence offsets.

The contract is documented in ``docs/export.md`` and specified by ``docs/export-schema.json`` (JSON Schema
draft 2020-12); ``schema_version`` is :data:`newsgraph.model.SCHEMA_VERSION`. Offsets are character offsets
into the record's ``text`` (``start`` inclusive, ``end`` exclusive); every ``text`` beside offsets equals
``text[start:end]``. Fields named ``entity`` hold an entity ``id`` of the same record; ``global_id`` fields
hold the store's cross-article ids (null when nothing was stored, as with ``newsgraph extract``).

>>> from newsgraph.model import Article
>>> rec = article_record(Article.new("Gen Asim Munir spoke.", source="Dawn"))
>>> rec["schema_version"] == SCHEMA_VERSION, rec["source"], rec["entities"]
(True, 'Dawn', [])
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any, TextIO

from newsgraph.model import SCHEMA_VERSION, Article, Entity, Event, Quote, Timex
from newsgraph.store import ArticleLinks, Store

_NO_LINKS = ArticleLinks(entities={}, events={})


def _span(text: str, start: int | None, end: int | None) -> dict[str, Any] | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text[start:end]}


def _entity_record(e: Entity, article: Article, links: ArticleLinks = _NO_LINKS) -> dict[str, Any]:
    """An entity with its mentions (offsets and text), titles and affiliation."""
    mentions = [m for m in article.mentions if m.entity == e.id or m.id in e.mentions]
    return {
        "id": e.id, "global_id": links.entities.get(e.id), "name": e.name, "type": e.type,
        "aliases": list(e.aliases),
        "titles": [{"text": t.text, "start": t.start, "end": t.end, "normalized": t.normalized,
                    "date": t.date} for t in e.titles],
        "affiliation": asdict(e.affiliation) if e.affiliation else None,
        "country": e.country, "sector": e.sector, "wikidata": e.wikidata,
        "members": list(e.members), "confidence": e.confidence,
        "mentions": [{"id": m.id, "start": m.start, "end": m.end, "text": article.text[m.start:m.end],
                      "kind": m.kind, "confidence": m.confidence}
                     for m in sorted(mentions, key=lambda m: m.start)],
    }


def _event_record(v: Event, article: Article, links: ArticleLinks = _NO_LINKS) -> dict[str, Any]:
    """An event with its participants, date, place, trigger and evidence span."""
    d = v.date
    return {
        "id": v.id, "global_id": links.events.get(v.id), "type": v.type, "mode": v.mode,
        "modality": v.modality,
        "participants": [{"entity": p.entity, "role": p.role, "start": p.start, "end": p.end}
                         for p in v.participants],
        "date": {"value": d.value, "text": d.text, "timex": d.timex, "begin": d.begin, "end": d.end,
                 "fallback": d.fallback, "carried": d.carried} if d else None,
        "place": v.place, "place_name": v.place_name,
        "trigger": _span(article.text, v.trigger_start, v.trigger_end),
        "evidence": _span(article.text, v.start, v.end),
        "counts": dict(v.counts), "confidence": v.confidence,
    }


def _quote_record(q: Quote, article: Article) -> dict[str, Any]:
    """A quote: speaker (span, entity), cue, content span, kind and the sentence it is in."""
    sp = q.speaker
    speaker = None
    if sp is not None:
        speaker = {"entity": sp.entity, "text": article.text[sp.start:sp.end], "start": sp.start,
                   "end": sp.end, "name": sp.name, "descriptor": sp.descriptor,
                   "affiliation": sp.affiliation}
    return {
        "id": q.id, "speaker": speaker, "cue": q.cue,
        "cue_span": _span(article.text, q.cue_start, q.cue_end),
        "content": _span(article.text, q.start, q.end), "kind": q.kind, "direct": q.kind == "direct",
        "addressee": q.addressee,
        "sentence": ({"start": q.sentence_start, "end": q.sentence_end}
                     if q.sentence_start is not None and q.sentence_end is not None else None),
        "confidence": q.confidence,
    }


def _timex_record(t: Timex, article: Article) -> dict[str, Any]:
    """A temporal expression with its TIMEX3 value."""
    return {"id": t.id, "start": t.start, "end": t.end, "text": article.text[t.start:t.end], "value": t.value,
            "type": t.type, "begin": t.begin, "end_value": t.end_value, "anchor": t.anchor,
            "confidence": t.confidence}


def published_from_record(article: Article) -> dict[str, Any] | None:
    """How the article's publication date was obtained: ``kind``, its ``description`` in words, the
    ``value`` the evidence gives and the ``evidence`` span (null for a given date or an address given as the
    article's url); null when the time stage did not run or the data predates the field.

    >>> from newsgraph.model import PublishedFrom
    >>> art = Article.new("June 27, 2013\\nTalks.", published="2013-06-27", published_inferred=True,
    ...                   published_from=PublishedFrom("dateline", "2013-06-27", 0, 13, "June 27, 2013"))
    >>> rec = published_from_record(art)
    >>> rec["description"], rec["evidence"]["text"]
    ('inferred from the date line', 'June 27, 2013')
    """
    basis = article.published_from
    if basis is None:
        return None
    return {"kind": basis.kind, "description": basis.describe(), "value": basis.value,
            "evidence": _span(article.text, basis.start, basis.end)}


def article_record(article: Article, links: ArticleLinks | None = None) -> dict[str, Any]:
    """The export record of an article (``links``: its global ids, when it comes from a store).

    >>> from newsgraph.model import Entity, Mention
    >>> art = Article.new("Gen Asim Munir spoke.")
    >>> art.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1")]
    >>> art.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
    >>> [(m["text"], m["start"]) for m in article_record(art)["entities"][0]["mentions"]]
    [('Asim Munir', 4)]
    """
    ln = links or _NO_LINKS
    return {
        "schema_version": SCHEMA_VERSION, "id": article.id, "source_id": article.source_id,
        "url": article.url, "source": article.source, "title": article.title, "published": article.published,
        "published_inferred": article.published_inferred, "published_from": published_from_record(article),
        "language": article.language, "text": article.text,
        "entities": [_entity_record(e, article, ln) for e in article.entities],
        "events": [_event_record(v, article, ln) for v in article.events],
        "quotes": [_quote_record(q, article) for q in article.quotes],
        "timexes": [_timex_record(t, article) for t in article.timexes],
    }


def write_records(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write records as JSON lines; returns how many.

    >>> import io
    >>> out = io.StringIO()
    >>> write_records([{"id": "a"}, {"id": "b", "name": "Asim Munir"}], out), out.getvalue()
    (2, '{"id": "a"}\\n{"id": "b", "name": "Asim Munir"}\\n')
    """
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_store(store: Store, out: TextIO) -> int:
    """Write every stored article as one JSON line (by publication date); returns how many.

    >>> import io
    >>> out = io.StringIO()
    >>> with Store.open(":memory:") as store:
    ...     _ = store.write_article(Article.new("Gen Asim Munir spoke.", source="Dawn"))
    ...     export_store(store, out)
    1
    >>> json.loads(out.getvalue())["source"]
    'Dawn'
    """
    return write_records((article_record(a, store.links(a.id)) for a in store.articles()), out)
