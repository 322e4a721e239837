"""When an article read is stored already: a duplicate, or a better copy that updates the stored one.

Two copies of an article have the same id (the hash of the normalized text), but not always the same
metadata: a plain ``.txt`` file has no publication date, the same text in a JSON feed has one. Without it,
every relative date of the article ("on Thursday") is unresolved and its events undated. So an incoming copy
is compared with the stored one (:func:`compare`), field by field over :data:`FIELDS`:

- it **adds** a field the stored copy lacks (a publication date the pipeline only inferred from the text
  counts as lacking; a date-time on the stored day refines a date);
- it **conflicts** on a field both have with different values (another day, another title, outlet or url).

A copy that adds something and conflicts with nothing updates the stored article: the article, with the
stored metadata and what the copy adds (:func:`merged`), is processed again and stored in place of the old
one (:meth:`newsgraph.store.Store.replace_article`). Any other copy is a duplicate; a conflicting one is
logged with both values (:func:`conflict_message`), and the stored copy is kept.

>>> from newsgraph.model import Article
>>> stored = {"published": None, "published_inferred": 0, "title": None, "source": "Dawn", "url": None}
>>> compare(stored, Article.new("Hi.", published="2023-12-15", source="Dawn"))
Verdict(adds=('published',), conflicts=())
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from newsgraph.model import Article

#: The metadata compared between a stored article and an incoming copy of it.
FIELDS: tuple[str, ...] = ("published", "title", "source", "url")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an incoming copy brings: the fields it adds to the stored article, those it conflicts on."""

    adds: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()

    @property
    def updates(self) -> bool:
        """True when the copy adds metadata and conflicts on none: the stored article is re-processed.

        >>> Verdict(adds=("published",)).updates, Verdict(("published",), ("title",)).updates
        (True, False)
        """
        return bool(self.adds) and not self.conflicts


def _stored_value(stored: Mapping[str, Any], name: str) -> Any:
    """A stored field's value; a publication date the pipeline inferred counts as none."""
    if name == "published" and stored.get("published_inferred"):
        return None
    return stored.get(name)


def _compare_dates(old: str, new: str) -> str | None:
    """``adds``, ``conflicts`` or None (the same) for two publication dates (ISO dates or date-times).

    >>> _compare_dates("2023-12-15", "2023-12-15T09:30:00"), _compare_dates("2023-12-15", "2023-12-16")
    ('adds', 'conflicts')
    >>> _compare_dates("2023-12-15T09:30:00", "2023-12-15")
    """
    if old[:10] != new[:10]:
        return "conflicts"
    return "adds" if len(new) > len(old) and new.startswith(old) else None


def compare(stored: Mapping[str, Any], incoming: Article) -> Verdict:
    """Compare an incoming copy with a stored article's metadata (a row of
    :meth:`newsgraph.store.Store.stored_metadata`).

    >>> stored = {"published": "2023-12-14", "published_inferred": 1, "title": "Talks", "source": None,
    ...           "url": None}
    >>> compare(stored, Article.new("Hi.", published="2023-12-15", title="Talks"))
    Verdict(adds=('published',), conflicts=())
    >>> compare(stored, Article.new("Hi.", source="Dawn", title="Other"))
    Verdict(adds=('source',), conflicts=('title',))
    """
    adds: list[str] = []
    conflicts: list[str] = []
    for name in FIELDS:
        old, new = _stored_value(stored, name), getattr(incoming, name)
        if not new or old == new:
            continue
        if not old:
            adds.append(name)
        elif name == "published" and (how := _compare_dates(old, new)):
            (adds if how == "adds" else conflicts).append(name)
        elif name != "published":
            conflicts.append(name)
    return Verdict(tuple(adds), tuple(conflicts))


def merged(stored: Mapping[str, Any], incoming: Article, verdict: Verdict) -> Article:
    """The article to re-process: the incoming copy with the stored metadata, and the fields it adds.

    >>> stored = {"published": None, "published_inferred": 0, "title": "Talks", "source": None, "url": None,
    ...           "source_id": "000_talks"}
    >>> art = Article.new("Hi.", published="2023-12-15", source_id="feed.jsonl:1")
    >>> new = merged(stored, art, compare(stored, art))
    >>> new.published, new.title, new.source_id
    ('2023-12-15', 'Talks', '000_talks')
    """
    values = {name: getattr(incoming, name) if name in verdict.adds else _stored_value(stored, name)
              for name in FIELDS}
    return replace(incoming, **values, published_inferred=False, published_from=None,
                   source_id=stored.get("source_id") or incoming.source_id)


#: How messages name the fields of :data:`FIELDS`.
NAMES = {"published": "publication date", "title": "title", "source": "outlet", "url": "url"}


def describe(names: tuple[str, ...]) -> str:
    """Fields as messages name them.

    >>> describe(("published", "source"))
    'publication date, outlet'
    """
    return ", ".join(NAMES.get(n, n) for n in names)


def conflict_message(where: str, stored: Mapping[str, Any], incoming: Article, verdict: Verdict) -> str:
    """The one-line warning for a copy that conflicts with the stored article, naming both values.

    >>> stored = {"published": "2023-12-15", "published_inferred": 0, "title": None, "source": None,
    ...           "url": None}
    >>> art = Article.new("Hi.", published="2023-12-16")
    >>> conflict_message("feed.jsonl:3", stored, art, compare(stored, art)).split(": ", 1)[1]
    'same text as a stored article whose publication date differs (stored 2023-12-15, this copy 2023-12-16), \
the stored one is kept'
    """
    parts = [f"{describe((n,))} differs (stored {_stored_value(stored, n)}, "
             f"this copy {getattr(incoming, n)})" for n in verdict.conflicts]
    return f"{where}: same text as a stored article whose {'; '.join(parts)}, the stored one is kept"
