"""Narrowed dates: an event told more than once takes the most precise date its mentions give, when that date
falls within the coarser one (``docs/event-guidelines.md``: the most precise date the article gives the act).

"Troops shelled Morvel this week. The shelling began on Tuesday.": the week holds Tuesday, the shelling was on
Tuesday. "Gunmen stormed a hotel on Wednesday night. The assault, which began shortly after 11 p.m., ...":
the night holds the clock time. A date of another period ("on Monday" against "this week" of another week) is
no narrowing, nor a day without a year (:func:`~newsgraph.extract.event_dates.stays_with_mention`).

>>> finer("2024-W24", "2024-06-11"), finer("2024-06-12TNI", "2024-06-12T23:00")
(True, True)
>>> finer("2024-06-12", "2024-06")
False
>>> finer("2024-06-12", "2024-06-13")
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.event_dates import dated_by, find_timex, stays_with_mention
from newsgraph.resolve.event_dates import days_apart, narrower_date

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft


def _within_day(value: str) -> int:
    """How precisely a value places a time within its day: 0 the day, 1 a part of it (``TNI``), 2 a clock."""
    day, sep, time = value.partition("T")
    if not sep or len(day) != 10:
        return 0
    return 2 if time[:1].isdigit() else 1


def finer(coarse: str, value: str) -> bool:
    """Whether a date value is more precise than another and falls within it: a day of a week or a month,
    a part of a day or a clock time of that day.

    >>> finer("2013-03", "2013-03-09"), finer("2013-03-09TNI", "2013-03-09T23:00")
    (True, True)
    >>> finer("2013-03", "2013-04-01")
    False
    """
    if value == coarse:
        return False
    if coarse[:10] == value[:10] and len(coarse) >= 10:
        return _within_day(value) > _within_day(coarse)
    return narrower_date(coarse, value) == value and days_apart(coarse, value) == 0


def narrow_dates(drafts: list[Draft], index: ArticleIndex) -> None:
    """Narrow each dated event's date to a finer one another of its mentions states (module docstring).

    >>> from newsgraph.nlp import build_pipeline
    >>> from newsgraph.extract.event_rules import drafts_of  # needs the spaCy model  # doctest: +SKIP
    >>> index, (shelled, shelling) = drafts_of(  # doctest: +SKIP
    ...     build_pipeline(), "Troops shelled Morvel this week. The shelling began on Tuesday.")
    >>> shelled.date = dated_by(find_timex([shelled.token], index), index, shelled.token)  # doctest: +SKIP
    >>> shelled.triggers.append(shelling.token)  # one event told twice  # doctest: +SKIP
    >>> narrow_dates([shelled], index); shelled.date.value  # the week holds the Tuesday  # doctest: +SKIP
    '2023-12-12'
    """
    for d in drafts:
        if d.date is None or d.date.fallback or len(d.triggers) < 2:
            continue
        for trigger in d.triggers:
            t = find_timex([trigger], index)
            date = dated_by(t, index, trigger) if t is not None else None
            if date is None or date.fallback or stays_with_mention(date, trigger):
                continue
            if finer(d.date.value, date.value):
                d.date = date


__all__ = ["finer", "narrow_dates"]
