"""Whether two places of an article can be the place of one act: the text puts one inside the other.

A report may place an act at a square or district the text places in a city ("near Place Vendome in
central Paris") and another report of it in the city ("rammed the store in central Paris"): the places
agree. The text places a place in another when a mention of the first is followed by "in" and a mention
of the second, with at most a compass or centre word between ("in central Paris", "in northern Kent").

>>> from newsgraph.model import Article, Mention
>>> art = Article.new("near Vendome Square in central Paris")
>>> art.mentions = [Mention("m1", 5, 19, "Vendome Square", "FAC", "NAM", "e1"),
...                 Mention("m2", 31, 36, "Paris", "GPE", "NAM", "e2")]
>>> placed_within(art, "e1", "e2"), placed_within(art, "e2", "e1")
(True, False)
"""

from __future__ import annotations

import re

from newsgraph.model import Article

_IN = re.compile(r",?\s+in\s+(?:(?:the\s+)?(?:central|downtown|northern|southern|eastern|western|north|south|"
                 r"east|west|centre\s+of|center\s+of|heart\s+of)\s+)?", re.IGNORECASE)


def placed_within(article: Article, inner: str | None, outer: str | None) -> bool:
    """Whether the text places a mention of entity ``inner`` in a mention of entity ``outer``."""
    if inner is None or outer is None or inner == outer:
        return False
    starts = {m.start for m in article.mentions if m.entity == outer}
    for m in article.mentions:
        if m.entity != inner:
            continue
        gap = _IN.match(article.text, m.end)
        if gap is not None and gap.end() in starts:
            return True
    return False


__all__ = ["placed_within"]
