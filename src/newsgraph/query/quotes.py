"""Who said what: quotes with their speaker (entity or the words naming them) and where they were reported.

``--speaker NAME`` matches the entities the name resolves to (:mod:`newsgraph.query.names`), and, for
sources without a name, the words that name them in the text ("a diplomatic source").

>>> from newsgraph.store import Store
>>> with Store.open(":memory:") as store:
...     list_quotes(store)
[]
"""

from __future__ import annotations

from newsgraph.errors import NotFoundError
from newsgraph.query.names import find_entities, like_pattern
from newsgraph.query.rows import QuoteRow
from newsgraph.store import Store
from newsgraph.store.backend import placeholders

_QUOTES = ("SELECT q.article_id, q.local_id, q.start_char, q.end_char, q.kind, q.cue, q.confidence, "
           "q.speaker_entity_id, q.descriptor, a.source, a.published, a.url, e.name AS speaker_name, "
           "SUBSTR(a.text, q.start_char + 1, q.end_char - q.start_char) AS content, "
           "CASE WHEN q.speaker_start IS NULL THEN NULL "
           "ELSE SUBSTR(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) END AS speaker_text "
           "FROM quotes q JOIN articles a ON a.id = q.article_id "
           "LEFT JOIN entities e ON e.id = q.speaker_entity_id")


def list_quotes(store: Store, *, speaker: str | None = None) -> list[QuoteRow]:
    """Quotes in publication order, optionally by one speaker."""
    where, params = "", []
    if speaker:
        ids = [e.id for e in find_entities(store, speaker)]
        by_entity = f"q.speaker_entity_id IN ({placeholders(len(ids))})" if ids else "1 = 0"
        where = (f"WHERE ({by_entity} OR (q.speaker_entity_id IS NULL AND LOWER(SUBSTR(a.text, "
                 f"q.speaker_start + 1, q.speaker_end - q.speaker_start)) LIKE ? ESCAPE '\\'))")
        params = [*ids, like_pattern(speaker.lower())]
    rows = store.fetch(f"{_QUOTES} {where} ORDER BY a.published, a.id, q.start_char", params)
    if speaker and not rows and not ids:
        raise NotFoundError(f"no speaker named {speaker!r}")
    return [QuoteRow(article_id=r["article_id"], local_id=r["local_id"], source=r["source"],
                     published=r["published"], url=r["url"], speaker=r["speaker_name"] or r["speaker_text"],
                     speaker_entity_id=r["speaker_entity_id"], speaker_text=r["speaker_text"],
                     descriptor=r["descriptor"], cue=r["cue"], kind=r["kind"], start=r["start_char"],
                     end=r["end_char"], text=r["content"], confidence=r["confidence"]) for r in rows]
