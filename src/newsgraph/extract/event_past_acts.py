"""Acts never announced ahead: a bare weekday dating an act of a type news only reports after the fact (an
attack, a shooting; codebook ``unscheduled_types``) names the latest such day on or before publication,
whatever the tense of the clause around it ("Police will investigate Friday's shooting", "Funerals will be
held for the victims of Friday's attack": the Friday before, not the next one). The time normalizer reads a
weekday by its clause's tense (docs/time.md), right for a meeting ("will attend Friday's summit"), not for an
act no one schedules.

>>> bare_weekday("Friday"), bare_weekday("Friday night"), bare_weekday("next Friday")
(True, True, False)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.event_dates import first_day
from newsgraph.extract.time_lexicon import LEX

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex
    from newsgraph.extract.event_rules import Draft

#: Words that make a weekday relative on purpose ("next Friday", "this Friday", "the coming Friday").
_RELATIVE = frozenset({"next", "coming", "following", "this", "last", "previous", "past"})
#: Weekday names and abbreviations, lower case, without their dots.
_WEEKDAYS = frozenset(w.lower().rstrip(".") for w in LEX.weekdays)


def bare_weekday(text: str | None) -> bool:
    """Whether a timex text is a weekday with no word placing it ("Friday", "late Friday", "Friday night")."""
    words = set(re.findall(r"[a-z]+", (text or "").lower()))
    return bool(words & _WEEKDAYS) and not _RELATIVE & words


def past_weekdays(drafts: list[Draft], index: ArticleIndex) -> None:
    """Move back a week the date of each act of an unscheduled type that a bare weekday dates in the six
    days after publication (module docstring)."""
    types = index.book.lex("unscheduled_types")
    published = cal.parse_iso(index.article.published or "")
    if published is None or published[1] != "day":
        return
    for d in drafts:
        date = d.date
        if d.type.lower() not in types or date is None or date.fallback or not bare_weekday(date.text):
            continue
        day = first_day(date.value)
        if day is not None and 0 < (day - published[0]).days <= 6:
            rest = date.value[10:]
            d.date = replace(date, value=(day - dt.timedelta(days=7)).isoformat() + rest)
