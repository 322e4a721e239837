"""From what a reader found (a text and its metadata) to an :class:`~newsgraph.model.Article`.

Shared by every reader: the metadata fields a record may carry, publication dates normalized to ISO 8601,
the ``--published``/``--source`` overrides, the language check.

>>> art = make_article("  Gen Asim Munir met Antony Blinken. ", "x.txt", source_id="x",
...                    published="15 Dec 2023")
>>> art.text, art.published, art.source_id, art.language
('Gen Asim Munir met Antony Blinken.', '2023-12-15', 'x', 'en')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateutil import parser as dateparser  # type: ignore[import-untyped]

from newsgraph.config import max_article_chars
from newsgraph.errors import InputError
from newsgraph.ingest.language import detect_language
from newsgraph.model import Article

#: What a reader yields for each input: an article, or the error that names a bad input.
Item = Article | InputError

#: Record fields read from JSON/JSONL inputs, with the other names they are accepted under.
FIELDS: dict[str, tuple[str, ...]] = {
    "source_id": ("id", "source_id", "doc_id"),
    "url": ("url", "link"),
    "source": ("source", "source_domain", "site", "outlet"),
    "title": ("title", "headline"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate"),
    "text": ("text", "body", "content", "maintext"),
    "language": ("language", "lang"),
}


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata the user sets for every article read (``--published``, ``--source``)."""

    published: str | None = None
    source: str | None = None


#: No overrides: every article keeps the metadata its input gives.
NO_OVERRIDES = Overrides()


def normalize_published(value: str) -> str:
    """An ISO 8601 date (or date-time when the value has a time) from a publication date in any usual form.

    >>> normalize_published("2023-12-15"), normalize_published("Fri, 15 Dec 2023 10:30:00 +0000")
    ('2023-12-15', '2023-12-15T10:30:00+00:00')
    >>> normalize_published("soon")
    Traceback (most recent call last):
    ...
    ValueError: not a date: 'soon'
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        parsed = dateparser.parse(text)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a date: {value!r}") from exc
    has_time = ":" in text
    return str(parsed.isoformat() if has_time else parsed.date().isoformat())


def _field_of(record: Mapping[str, Any], name: str) -> Any:
    """The value of a record field, under its name or one of its accepted other names.

    >>> _field_of({"headline": "Talks", "title": ""}, "title")
    'Talks'
    """
    for key in FIELDS[name]:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def make_article(text: str, where: str, *, overrides: Overrides = NO_OVERRIDES, **meta: Any) -> Article:
    """An article from a text and its metadata, after the checks every reader shares.

    Raises :class:`InputError` for a text that is empty, whitespace only or longer than
    :func:`~newsgraph.config.max_article_chars`, or an unreadable date.

    >>> make_article("Hi.", "x.txt", overrides=Overrides(source="Dawn"), source="Feed").source
    'Dawn'
    >>> make_article("   ", "x.txt")
    Traceback (most recent call last):
    ...
    newsgraph.errors.InputError: x.txt: no text (whitespace only)
    """
    body = text.strip()
    if not body:
        raise InputError(where, "no text (whitespace only)" if text else "no text")
    if len(body) > (limit := max_article_chars()):
        raise InputError(where, f"article too long: {len(body):,} characters (the limit is {limit:,}; "
                                "split it, or raise NEWSGRAPH_MAX_CHARS)")
    published = overrides.published or meta.pop("published", None)
    meta.pop("published", None)
    if published is not None:
        try:
            published = normalize_published(str(published))
        except ValueError as exc:
            raise InputError(where, f"published: {exc}") from exc
    if overrides.source:
        meta["source"] = overrides.source
    language = meta.pop("language", None) or detect_language(body)
    clean = {k: (str(v) if v is not None else None) for k, v in meta.items()}
    return Article.new(body, published=published, language=str(language).lower(), **clean)


def article_from_record(record: Any, where: str, overrides: Overrides = NO_OVERRIDES) -> Article:
    """An article from one JSON record (an object with at least a text field).

    >>> article_from_record({"id": 7, "text": "Hello there.", "date": "2023-12-15"}, "in.jsonl:1").source_id
    '7'
    """
    if not isinstance(record, Mapping):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    text = _field_of(record, "text")
    if text is None:
        raise InputError(where, f"no text field (one of: {', '.join(FIELDS['text'])})")
    if not isinstance(text, str):
        raise InputError(where, f"text is a {type(text).__name__}, not a string")
    meta = {name: _field_of(record, name) for name in FIELDS if name != "text"}
    for name, value in meta.items():
        if isinstance(value, (Mapping, list, bool)):
            raise InputError(where, f"{name} is a {type(value).__name__}, not a string")
    return make_article(text, where, overrides=overrides, **meta)
