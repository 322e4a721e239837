"""A small hand-made processed article and a store holding it, for docstring examples and quick tries.

The article has two people, a place, a date, one meeting and one quote, with offsets computed from its
text, so examples of queries, exports and pages run without the spaCy model.

>>> with example_store() as store:
...     store.counts().events
1
"""

from __future__ import annotations

from newsgraph.model import (
    Article,
    Entity,
    Event,
    EventDate,
    Mention,
    Participant,
    Quote,
    Speaker,
    Timex,
    Title,
)
from newsgraph.store.database import Store

EXAMPLE_TEXT = 'Gen Asim Munir met Antony Blinken in Washington on Thursday. "Talks went well," Munir said.'


def _span(part: str, after: int = 0) -> tuple[int, int]:
    start = EXAMPLE_TEXT.index(part, after)
    return start, start + len(part)


def example_article() -> Article:
    """The example article (Dawn, 2023-12-15): Gen Asim Munir meets Antony Blinken in Washington on
    Thursday (2023-12-14), and is quoted.

    >>> art = example_article()
    >>> [e.name for e in art.entities], art.events[0].type, art.quotes[0].speaker.text
    (['Asim Munir', 'Antony Blinken', 'Washington'], 'CONSULT', 'Munir')
    """
    t = EXAMPLE_TEXT
    art = Article.new(t, published="2023-12-15", source="Dawn", url="https://example.org/munir")
    munir, blinken, place, again = _span("Asim Munir"), _span("Antony Blinken"), _span("Washington"), \
        _span("Munir", t.index('"'))
    art.mentions = [Mention("m1", *munir, "Asim Munir", "PERSON", entity="e1"),
                    Mention("m2", *blinken, "Antony Blinken", "PERSON", entity="e2"),
                    Mention("m3", *place, "Washington", "GPE", entity="e3"),
                    Mention("m4", *again, "Munir", "PERSON", entity="e1")]
    art.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1", "m4"], aliases=["Munir"],
                           titles=[Title("Gen", 0, 3, normalized="General")], country="PAK"),
                    Entity("e2", "Antony Blinken", "PERSON", mentions=["m2"], country="USA"),
                    Entity("e3", "Washington", "GPE", mentions=["m3"], country="USA")]
    day = _span("on Thursday")
    art.timexes = [Timex("t1", *day, "on Thursday", "DATE", "2023-12-14")]
    sentence, met = _span(t[:t.index(".") + 1]), _span("met")
    art.events = [Event("v1", "CONSULT", *sentence, mode="meet", trigger="met", trigger_start=met[0],
                        trigger_end=met[1], participants=[Participant("e1", "actor", *munir),
                                                         Participant("e2", "recipient", *blinken)],
                        date=EventDate("2023-12-14", "on Thursday", timex="t1"), place="e3",
                        place_name="Washington")]
    words, said = _span("Talks went well,"), _span("said")
    art.quotes = [Quote("q1", *words, t[words[0]:words[1]], cue="said", cue_start=said[0], cue_end=said[1],
                        speaker=Speaker("Munir", *again, entity="e1", name="Asim Munir"))]
    return art


def example_store() -> Store:
    """An in-memory store holding :func:`example_article` (use it in a ``with`` block).

    >>> with example_store() as store:
    ...     store.counts().articles
    1
    """
    store = Store.open(":memory:")
    store.write_article(example_article())
    return store
