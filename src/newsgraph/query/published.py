"""How an article's publication date was obtained, in words, and which dates rest on an inferred one.

An article without a publication date gets one inferred from its text (:func:`newsgraph.extract.time_dct.
infer_dct`): a date line, the page's address, a wire dateline, bounds. Every relative date of the article
("on Thursday", timex anchor ``inferred-dct``) and every event date the publication date stood in for
(``fallback``) then rests on that guess. These words say so wherever such a date is shown (the reader page,
``newsgraph article``, an event's reports and ``newsgraph events --explain``), with the evidence.

>>> from newsgraph.model import Article, PublishedFrom
>>> art = Article.new("Talks\\nJune 27, 2013\\nThey met.", published="2013-06-27", published_inferred=True,
...                   published_from=PublishedFrom("dateline", "2013-06-27", 6, 19, "June 27, 2013"))
>>> published_words(art)
'published 2013-06-27, inferred from the date line “June 27, 2013”'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsgraph.model import Article, PublishedFrom
from newsgraph.store.rows import published_from_row


def basis_note(published: str | None, inferred: bool, basis: PublishedFrom | None) -> str | None:
    """How an inferred publication date was obtained (None for a given date or none at all), from an
    article's stored fields.

    >>> basis_note("2013-06-27", True, PublishedFrom("dateline", "2013-06-27", 6, 19, "June 27, 2013"))
    'inferred from the date line'
    >>> basis_note("2013-06-27", False, PublishedFrom("given", "2013-06-27")) is None
    True
    >>> basis_note(None, False, PublishedFrom("bounds", "2012", 3, 7, "2012"))
    'relative dates counted from 2012, inferred from the latest date the text reports (a lower bound)'
    """
    if published is None:
        if basis is None or basis.kind == "given":
            return None
        return f"relative dates counted from {basis.value}, {basis.describe()}"
    if not inferred:
        return None
    if basis is None or basis.kind == "given":
        return "inferred from the text (its evidence is not recorded: process the article again)"
    return basis.describe()


def basis_words(published: str | None, inferred: bool, basis: PublishedFrom | None) -> str:
    """The publication date and how it was obtained, in words, with its evidence quoted.

    >>> basis_words("2013-06-27", False, None)
    'published 2013-06-27'
    >>> basis_words("2013-06-27", True, PublishedFrom("url", "2013-06-27"))
    "published 2013-06-27, inferred from the page's address (the article's url, not its text)"
    >>> basis_words(None, False, PublishedFrom("bounds", "2012", 3, 7, "2012"))
    'publication date unknown; relative dates counted from 2012, inferred from the latest date the text \
reports (a lower bound) “2012”'
    """
    head = f"published {published}" if published else "publication date unknown"
    note = basis_note(published, inferred, basis)
    if note is None:
        return head
    said = " ".join((basis.text or "").split()) if basis and basis.kind != "given" else ""
    return f"{head}{', ' if published else '; '}{note}{f' “{said}”' if said else ''}"


def published_words(article: Article) -> str:
    """How the article's publication date was obtained, with its evidence quoted (see :func:`basis_words`).

    >>> published_words(Article.new("x", published="2023-12-15"))
    'published 2023-12-15'
    """
    return basis_words(article.published, article.published_inferred, article.published_from)


def resting_dates(article: Article) -> set[str]:
    """The ids of the timexes and events whose date rests on the article's inferred publication date: the
    relative dates counted from it (anchor ``inferred-dct``), the events they date, and the events it
    stood in for (``fallback``).

    >>> from newsgraph.model import Event, EventDate, Timex
    >>> art = Article.new("Talks on Thursday.", published="2013-06-27", published_inferred=True)
    >>> art.timexes = [Timex("t1", 9, 17, "Thursday", "DATE", "2013-06-27", anchor="inferred-dct")]
    >>> art.events = [Event("v1", "CONSULT", 0, 18, date=EventDate("2013-06-27", timex="t1")),
    ...               Event("v2", "CONSULT", 0, 18, date=EventDate("2013-06-27", fallback=True))]
    >>> sorted(resting_dates(art))
    ['t1', 'v1', 'v2']
    """
    timexes = {t.id for t in article.timexes if t.anchor == "inferred-dct"}
    events = {v.id for v in article.events if v.date is not None and (
        v.date.timex in timexes or (v.date.fallback and article.published_inferred))}
    return timexes | events


#: The columns a report query selects for :func:`date_basis` (``a``: articles, ``r``: event_reports,
#: ``t``: the report's date timex, LEFT JOINed): the evidence text is cut from the article's text.
DATE_BASIS_COLUMNS = ("r.date_fallback, t.anchor AS date_anchor, a.published_inferred, a.published_from, "
                      "a.published_from_value, a.published_from_start, a.published_from_end, "
                      "SUBSTR(a.text, a.published_from_start + 1, "
                      "a.published_from_end - a.published_from_start) AS published_from_text")


def date_basis(row: Mapping[str, Any]) -> str | None:
    """Why a report's date rests on an inferred publication date (a row with :data:`DATE_BASIS_COLUMNS`,
    ``published`` and ``date_text``), or None when it does not.

    >>> row = {"date_fallback": 1, "published": "2013-06-27", "published_inferred": 1,
    ...        "published_from": "wire", "published_from_value": "2013-06-27",
    ...        "published_from_text": "June 27"}
    >>> date_basis(row)
    'the publication date stood in for the date: published 2013-06-27, inferred from the wire dateline \
“June 27”'
    >>> date_basis({**row, "date_fallback": 0, "date_anchor": "inferred-dct", "date_text": "Thursday"})
    '“Thursday” counted from the publication date: published 2013-06-27, inferred from the wire dateline \
“June 27”'
    >>> date_basis({**row, "published_inferred": 0, "published_from": "given"}) is None
    True
    """
    words = basis_words(row.get("published"), bool(row.get("published_inferred")), published_from_row(row))
    if row.get("date_fallback") and row.get("published_inferred"):
        return f"the publication date stood in for the date: {words}"
    if row.get("date_anchor") == "inferred-dct":
        said = " ".join((row.get("date_text") or "the date").split())
        return f"“{said}” counted from the publication date: {words}"
    return None
