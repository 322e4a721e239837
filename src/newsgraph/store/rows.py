"""Model objects to table rows and back (no SQL here; :mod:`newsgraph.store.write` does the writing).

Span texts (mention, timex, quote, speaker) are not stored: they are read back from the article text by
their offsets, so the offsets stay the single source of truth. Model fields this schema version has no
column for go, as JSON, into the row's ``extra`` column and come back on load.

>>> from newsgraph.model import Mention
>>> row = mention_row("a1", Mention("m1", 0, 5, "Munir", "PERSON", entity="e1"), None)
>>> m = mention_from_row(row, "Munir spoke.")
>>> m.text, m.entity
('Munir', 'e1')
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from newsgraph.model import (
    Affiliation,
    Article,
    Entity,
    Event,
    EventDate,
    Mention,
    Participant,
    PublishedFrom,
    Quote,
    Speaker,
    Timex,
    Title,
    to_plain,
)

Row = dict[str, Any]

ARTICLE_FACTS = ("mentions", "entities", "timexes", "quotes", "events")
_ARTICLE_COLS = frozenset({"id", "text", "url", "source", "title", "published", "published_inferred",
                           "published_from", "language", "source_id", *ARTICLE_FACTS})
_MENTION_COLS = frozenset({"id", "start", "end", "text", "type", "kind", "entity", "head", "confidence"})
_ENTITY_COLS = frozenset({"id", "name", "type", "mentions", "aliases", "titles", "affiliation", "sector",
                          "country", "wikidata", "confidence"})
_TIMEX_COLS = frozenset({"id", "start", "end", "text", "type", "value", "begin", "end_value", "anchor",
                         "confidence"})
_QUOTE_COLS = frozenset({"id", "start", "end", "text", "kind", "cue", "cue_start", "cue_end", "speaker",
                         "addressee", "sentence_start", "sentence_end", "confidence"})
_SPEAKER_COLS = frozenset({"text", "start", "end", "entity", "descriptor", "affiliation"})
_EVENT_COLS = frozenset({"id", "type", "start", "end", "mode", "trigger", "trigger_start", "trigger_end",
                         "participants", "date", "place", "place_name", "counts", "modality", "confidence"})
_DATE_COLS = frozenset({"value", "text", "timex", "begin", "end", "fallback", "carried"})
_PARTICIPANT_COLS = frozenset({"entity", "role", "start", "end"})


def dumps(value: Any) -> str:
    """Compact, stable JSON for a TEXT column.

    >>> dumps({"b": 1, "a": "é"})
    '{"a":"é","b":1}'
    """
    return _JSON.encode(value)


#: The encoder :func:`dumps` uses (``json.dumps`` with these options builds a new one at every call).
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_EXTRA_FIELDS: dict[tuple[type, frozenset[str]], tuple[str, ...]] = {}


def _extra_fields(cls: type, known: frozenset[str]) -> tuple[str, ...]:
    """The names of a dataclass's fields that have no column (found once per class)."""
    names = _EXTRA_FIELDS.get((cls, known))
    if names is None:
        names = _EXTRA_FIELDS[(cls, known)] = tuple(f.name for f in fields(cls) if f.name not in known)
    return names


def _extra(obj: Any, known: frozenset[str]) -> str | None:
    """JSON of the dataclass fields that have no column, or None when there are none."""
    rest = {name: getattr(obj, name) for name in _extra_fields(type(obj), known)}
    return dumps(to_plain(rest)) if rest else None


def _loads(text: str | None) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}


def article_row(article: Article, ingested_at: str, processed: bool) -> Row:
    """The ``articles`` row of an article (its facts go to their own tables).

    >>> row = article_row(Article.new("Hi.", source="Dawn"), "2024-01-01T00:00:00+00:00", processed=False)
    >>> row["source"], row["processed"], row["extra"]
    ('Dawn', 0, None)
    """
    return {"id": article.id, "source_id": article.source_id, "url": article.url, "source": article.source,
            "title": article.title, "published": article.published,
            "published_inferred": int(article.published_inferred),
            **published_from_cols(article.published_from), "language": article.language,
            "processed": int(processed), "text": article.text, "extra": _extra(article, _ARTICLE_COLS),
            "ingested_at": ingested_at}


def published_from_cols(basis: PublishedFrom | None) -> Row:
    """The ``published_from*`` columns of how an article's date was obtained (its evidence text is not
    stored: it is read back by its offsets).

    >>> published_from_cols(PublishedFrom("wire", "2023-12-14", 11, 17, "Dec 14"))["published_from_start"]
    11
    """
    if basis is None:
        return {"published_from": None, "published_from_value": None, "published_from_start": None,
                "published_from_end": None}
    return {"published_from": basis.kind, "published_from_value": basis.value,
            "published_from_start": basis.start, "published_from_end": basis.end}


def published_from_row(row: Mapping[str, Any], text: str | None = None) -> PublishedFrom | None:
    """How a stored article's date was obtained, from a row of its ``published_from*`` columns and the
    article's text (or, without it, the row's ``published_from_text``); None for a row stored before schema
    version 12.

    >>> published_from_row({"published_from": "dateline", "published_from_value": "2013-06-27",
    ...                  "published_from_start": 0, "published_from_end": 13}, "June 27, 2013\\nTalks.").text
    'June 27, 2013'
    """
    kind = row.get("published_from")
    if not kind:
        return None
    s, e = row.get("published_from_start"), row.get("published_from_end")
    if text is None:
        quoted = row.get("published_from_text")
    else:
        quoted = text[s:e] if s is not None and e is not None else None
    return PublishedFrom(kind, row.get("published_from_value"), s, e, quoted)


def article_from_row(row: Row) -> Article:
    """An article (without facts) from its ``articles`` row.

    >>> art = Article.new("Hi.", source="Dawn", published="2023-12-15")
    >>> article_from_row(article_row(art, "2024-01-01T00:00:00+00:00", processed=True)) == art
    True
    """
    return Article(id=row["id"], text=row["text"], url=row["url"], source=row["source"], title=row["title"],
                   published=row["published"], published_inferred=bool(row["published_inferred"]),
                   published_from=published_from_row(row, row["text"]),
                   language=row["language"], source_id=row["source_id"], **_loads(row["extra"]))


def mention_row(article_id: str, m: Mention, owner: str | None) -> Row:
    """The ``mentions`` row; ``owner`` is the entity listing the mention when the mention names none.

    >>> row = mention_row("a1", Mention("m1", 0, 5, "Munir", "PERSON"), "e1")
    >>> row["start_char"], row["end_char"], row["local_entity"]
    (0, 5, 'e1')
    """
    return {"article_id": article_id, "local_id": m.id, "start_char": m.start, "end_char": m.end,
            "type": m.type, "kind": m.kind, "local_entity": m.entity or owner, "head": m.head,
            "confidence": m.confidence, "extra": _extra(m, _MENTION_COLS)}


def mention_from_row(row: Row, text: str) -> Mention:
    """A mention from its row; its text is read from the article.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> mention_from_row(mention_row(art.id, art.mentions[0], None), art.text) == art.mentions[0]
    True
    """
    s, e = row["start_char"], row["end_char"]
    return Mention(id=row["local_id"], start=s, end=e, text=text[s:e], type=row["type"], kind=row["kind"],
                   entity=row["local_entity"], head=row["head"], confidence=row["confidence"],
                   **_loads(row["extra"]))


def entity_row(article_id: str, e: Entity, entity_id: str, reason: str, score: float) -> Row:
    """The ``article_entities`` row of a local entity linked to global entity ``entity_id``.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> row = entity_row(art.id, art.entities[0], "E1", "new PERSON entity", 1.0)
    >>> row["entity_id"], row["titles"]
    ('E1', '[{"date":null,"end":3,"normalized":"General","start":0,"text":"Gen"}]')
    """
    return {"article_id": article_id, "local_id": e.id, "entity_id": entity_id, "name": e.name,
            "type": e.type, "aliases": dumps(e.aliases), "titles": dumps([to_plain(t) for t in e.titles]),
            "affiliation": dumps(to_plain(e.affiliation)) if e.affiliation else None, "sector": e.sector,
            "country": e.country, "wikidata": e.wikidata, "confidence": e.confidence, "link_reason": reason,
            "link_score": score, "extra": _extra(e, _ENTITY_COLS)}


def entity_from_row(row: Row, mention_ids: list[str]) -> Entity:
    """A local entity from its ``article_entities`` row and the ids of its mentions.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> row = entity_row(art.id, art.entities[0], "E1", "new PERSON entity", 1.0)
    >>> entity_from_row(row, ["m1", "m4"]) == art.entities[0]
    True
    """
    affiliation = json.loads(row["affiliation"]) if row["affiliation"] else None
    return Entity(id=row["local_id"], name=row["name"], type=row["type"], mentions=mention_ids,
                  aliases=list(json.loads(row["aliases"])),
                  titles=[Title(**t) for t in json.loads(row["titles"])],
                  affiliation=Affiliation(**affiliation) if affiliation else None, sector=row["sector"],
                  country=row["country"], wikidata=row["wikidata"], confidence=row["confidence"],
                  **_loads(row["extra"]))


def timex_row(article_id: str, t: Timex) -> Row:
    """The ``timexes`` row of a temporal expression.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> row = timex_row(art.id, art.timexes[0])
    >>> row["value"], row["anchor"], "text" in row
    ('2023-12-14', 'dct', False)
    """
    return {"article_id": article_id, "local_id": t.id, "start_char": t.start, "end_char": t.end,
            "type": t.type, "value": t.value, "begin_value": t.begin, "end_value": t.end_value,
            "anchor": t.anchor, "confidence": t.confidence, "extra": _extra(t, _TIMEX_COLS)}


def timex_from_row(row: Row, text: str) -> Timex:
    """A timex from its row; its text is read from the article.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> timex_from_row(timex_row(art.id, art.timexes[0]), art.text) == art.timexes[0]
    True
    """
    s, e = row["start_char"], row["end_char"]
    return Timex(id=row["local_id"], start=s, end=e, text=text[s:e], type=row["type"], value=row["value"],
                 begin=row["begin_value"], end_value=row["end_value"], anchor=row["anchor"],
                 confidence=row["confidence"], **_loads(row["extra"]))


def quote_row(article_id: str, q: Quote, globals_: dict[str, str]) -> Row:
    """The ``quotes`` row; ``globals_`` maps the article's local entity ids to global ones.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> row = quote_row(art.id, art.quotes[0], {"e1": "E1"})
    >>> row["speaker_local"], row["speaker_entity_id"], row["extra"]
    ('e1', 'E1', '{"_speaker":{"name":"Asim Munir"}}')
    """
    sp = q.speaker
    extra = _loads(_extra(q, _QUOTE_COLS))
    if sp is not None and (sp_extra := _loads(_extra(sp, _SPEAKER_COLS))):
        extra["_speaker"] = sp_extra
    return {"article_id": article_id, "local_id": q.id, "start_char": q.start, "end_char": q.end,
            "kind": q.kind, "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
            "speaker_local": sp.entity if sp else None,
            "speaker_entity_id": globals_.get(sp.entity) if sp and sp.entity else None,
            "descriptor": sp.descriptor if sp else None, "affiliation": sp.affiliation if sp else None,
            "addressee": q.addressee,
            "addressee_entity_id": globals_.get(q.addressee) if q.addressee else None,
            "sentence_start": q.sentence_start, "sentence_end": q.sentence_end, "confidence": q.confidence,
            "extra": dumps(extra) if extra else None}


def quote_from_row(row: Row, text: str) -> Quote:
    """A quote from its row; content and speaker texts are read from the article.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> quote_from_row(quote_row(art.id, art.quotes[0], {}), art.text) == art.quotes[0]
    True
    """
    extra = _loads(row["extra"])
    speaker_extra = extra.pop("_speaker", {})
    speaker = None
    if row["speaker_start"] is not None:
        ss, se = row["speaker_start"], row["speaker_end"]
        speaker = Speaker(text=text[ss:se], start=ss, end=se, entity=row["speaker_local"],
                          descriptor=row["descriptor"], affiliation=row["affiliation"], **speaker_extra)
    s, e = row["start_char"], row["end_char"]
    return Quote(id=row["local_id"], start=s, end=e, text=text[s:e], kind=row["kind"], cue=row["cue"],
                 cue_start=row["cue_start"], cue_end=row["cue_end"], speaker=speaker,
                 addressee=row["addressee"],
                 sentence_start=row["sentence_start"], sentence_end=row["sentence_end"],
                 confidence=row["confidence"], **extra)


def report_row(article_id: str, v: Event, event_id: str, reason: str, score: float) -> Row:
    """The ``event_reports`` row of an article's event, reporting global event ``event_id``.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> row = report_row(art.id, art.events[0], "V1", "new CONSULT event", 1.0)
    >>> row["event_id"], row["date_value"], row["place_local"], row["counts"]
    ('V1', '2023-12-14', 'e3', '{}')
    """
    d = v.date
    extra = _loads(_extra(v, _EVENT_COLS))
    if d is not None and (date_extra := _loads(_extra(d, _DATE_COLS))):
        extra["_date"] = date_extra
    return {"article_id": article_id, "local_id": v.id, "event_id": event_id, "type": v.type, "mode": v.mode,
            "start_char": v.start, "end_char": v.end, "trigger_text": v.trigger,
            "trigger_start": v.trigger_start, "trigger_end": v.trigger_end,
            "date_value": d.value if d else None, "date_text": d.text if d else None,
            "date_timex": d.timex if d else None, "date_begin": d.begin if d else None,
            "date_end": d.end if d else None, "date_fallback": int(d.fallback) if d else 0,
            "date_carried": int(d.carried) if d else 0,
            "place_local": v.place, "place_name": v.place_name, "counts": dumps(v.counts),
            "modality": v.modality, "confidence": v.confidence, "link_reason": reason, "link_score": score,
            "extra": dumps(extra) if extra else None}


def participant_rows(article_id: str, v: Event, globals_: dict[str, str]) -> list[Row]:
    """The ``report_participants`` rows of an article's event, in order.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> found = participant_rows(art.id, art.events[0], {"e1": "E1"})
    >>> [(r["position"], r["role"], r["entity_id"]) for r in found]
    [(0, 'actor', 'E1'), (1, 'recipient', None)]
    """
    return [{"article_id": article_id, "local_event": v.id, "position": i, "local_entity": p.entity,
             "entity_id": globals_.get(p.entity), "role": p.role, "start_char": p.start, "end_char": p.end}
            for i, p in enumerate(v.participants)]


def event_from_row(row: Row, participants: list[Row]) -> Event:
    """An article's event from its ``event_reports`` row and its ``report_participants`` rows.

    >>> from newsgraph.store.examples import example_article
    >>> art = example_article()
    >>> v = art.events[0]
    >>> row, parts = report_row(art.id, v, "V1", "new", 1.0), participant_rows(art.id, v, {})
    >>> event_from_row(row, parts[::-1]) == v  # participants come back in their order
    True
    """
    extra = _loads(row["extra"])
    date_extra = extra.pop("_date", {})
    date = None
    if row["date_value"] is not None:
        date = EventDate(value=row["date_value"], text=row["date_text"], timex=row["date_timex"],
                         begin=row["date_begin"], end=row["date_end"], fallback=bool(row["date_fallback"]),
                         carried=bool(row["date_carried"]), **date_extra)
    parts = [Participant(entity=p["local_entity"], role=p["role"], start=p["start_char"], end=p["end_char"])
             for p in sorted(participants, key=lambda p: int(p["position"]))]
    return Event(id=row["local_id"], type=row["type"], start=row["start_char"], end=row["end_char"],
                 mode=row["mode"], trigger=row["trigger_text"], trigger_start=row["trigger_start"],
                 trigger_end=row["trigger_end"], participants=parts, date=date, place=row["place_local"],
                 place_name=row["place_name"], counts=dict(json.loads(row["counts"])),
                 modality=row["modality"], confidence=row["confidence"], **extra)
