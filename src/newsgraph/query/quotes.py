"""Who said what: quotes with their speaker (entity or the words naming them) and where they were reported.

``--speaker NAME`` matches the entities the name resolves to (:mod:`newsgraph.query.names`), and, for
sources without a name, the words that name them in the text ("a diplomatic source"). ``--about NAME``
keeps quotes whose content or evidence sentence mentions one of those entities (the words naming the speaker
do not count).

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
from newsgraph.store.backend import Row, placeholders

#: The quotes listing statement (a ``WHERE`` and ``ORDER BY`` may follow); rows for :func:`quote_row`.
QUOTES_SQL = ("SELECT q.article_id, q.local_id, q.start_char, q.end_char, q.kind, q.cue, q.confidence, "
              "q.speaker_entity_id, q.descriptor, q.affiliation, q.addressee, a.source, a.published, a.url, "
              "e.name AS speaker_name, "
              "SUBSTR(a.text, q.start_char + 1, q.end_char - q.start_char) AS content, "
              "CASE WHEN q.speaker_start IS NULL THEN NULL "
              "ELSE SUBSTR(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) END AS speaker_text "
              "FROM quotes q JOIN articles a ON a.id = q.article_id "
              "LEFT JOIN entities e ON e.id = q.speaker_entity_id")


def quote_row(r: Row) -> QuoteRow:
    """A :class:`QuoteRow` from a row of :data:`QUOTES_SQL`.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     q = quote_row(store.fetch(QUOTES_SQL)[0])
    >>> q.speaker, q.speaker_text, q.text
    ('Asim Munir', 'Munir', 'Talks went well,')
    """
    return QuoteRow(article_id=r["article_id"], local_id=r["local_id"], source=r["source"],
                    published=r["published"], url=r["url"], speaker=r["speaker_name"] or r["speaker_text"],
                    speaker_entity_id=r["speaker_entity_id"], speaker_text=r["speaker_text"],
                    descriptor=r["descriptor"], cue=r["cue"], kind=r["kind"], start=r["start_char"],
                    end=r["end_char"], text=r["content"], confidence=r["confidence"],
                    affiliation=r["affiliation"], addressee=r["addressee"])


#: A mention of one of the entities inside the quote's content or evidence sentence, outside the speaker span.
_ABOUT = ("EXISTS (SELECT 1 FROM mentions m JOIN article_entities ae ON ae.article_id = m.article_id "
          "AND ae.local_id = m.local_entity WHERE m.article_id = q.article_id AND ae.entity_id IN ({ids}) "
          "AND m.start_char >= COALESCE(q.sentence_start, q.start_char) "
          "AND m.end_char <= COALESCE(q.sentence_end, q.end_char) "
          "AND NOT (q.speaker_start IS NOT NULL AND m.start_char >= q.speaker_start "
          "AND m.end_char <= q.speaker_end))")


def _by_speaker(store: Store, speaker: str) -> tuple[str, list[str], list[str]]:
    ids = [e.id for e in find_entities(store, speaker)]
    by_entity = f"q.speaker_entity_id IN ({placeholders(len(ids))})" if ids else "1 = 0"
    clause = (f"({by_entity} OR (q.speaker_entity_id IS NULL AND LOWER(SUBSTR(a.text, "
              f"q.speaker_start + 1, q.speaker_end - q.speaker_start)) LIKE ? ESCAPE '\\'))")
    return clause, [*ids, like_pattern(speaker.lower())], ids


def list_quotes(store: Store, *, speaker: str | None = None, about: str | None = None) -> list[QuoteRow]:
    """Quotes in publication order, optionally by one speaker and/or about one entity.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [(q.speaker, q.text) for q in list_quotes(store, speaker="Munir")]
    [('Asim Munir', 'Talks went well,')]
    """
    clauses: list[str] = []
    params: list[str] = []
    ids: list[str] = []
    if speaker:
        clause, more, ids = _by_speaker(store, speaker)
        clauses.append(clause)
        params += more
    if about:
        about_ids = [e.id for e in find_entities(store, about)]
        if not about_ids:
            raise NotFoundError(f"no entity named {about!r}")
        clauses.append(_ABOUT.format(ids=placeholders(len(about_ids))))
        params += about_ids
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.fetch(f"{QUOTES_SQL} {where} ORDER BY a.published, a.id, q.start_char", params)
    if speaker and not rows and not ids:
        raise NotFoundError(f"no speaker named {speaker!r}")
    return [quote_row(r) for r in rows]
