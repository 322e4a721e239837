"""Temporal expressions normalized to TIMEX3 values against the article's publication date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsgraph.model import Article, Timex

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def normalize(text: str, dct: dt.date | None) -> tuple[str, str]:
    """TIMEX3 type and value of an expression, relative to the document creation time.

    >>> normalize("Thursday", dt.date(2023, 12, 15))
    ('DATE', '2023-12-14')
    """
    low = text.lower().removeprefix("on ").strip()
    if dct is not None:
        if low in WEEKDAYS:
            back = (dct.weekday() - WEEKDAYS.index(low)) % 7 or 7
            return "DATE", (dct - dt.timedelta(days=back)).isoformat()
        if low == "yesterday":
            return "DATE", (dct - dt.timedelta(days=1)).isoformat()
        if low == "today":
            return "DATE", dct.isoformat()
    if low.isdigit() and len(low) == 4:
        return "DATE", low
    return "DATE", "XXXX-XX-XX"


def extract_timexes(doc: Doc, article: Article) -> None:
    """Timexes from the model's DATE/TIME entities, normalized against ``article.published``."""
    dct = dt.date.fromisoformat(article.published[:10]) if article.published else None
    out: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        ttype, value = normalize(ent.text, dct)
        out.append(Timex(id=f"t{len(out) + 1}", start=ent.start_char, end=ent.end_char, text=ent.text,
                         type=ttype, value=value))
    article.timexes = out
