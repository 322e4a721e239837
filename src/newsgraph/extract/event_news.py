"""The act a headline states is its report's news, not an earlier episode the report recalls.

A headline tells what happened now: "Estonia expels Russian diplomat" over a report that also recalls
"Estonia expelled two Russian diplomats in 2010", "Riots in Swedish suburb" over one that recalls "a week of
rioting in May 2013". When the lead tells the news in other words (a diplomat "ordered to leave", youths "set
fire to cars"), the headline's act has no dated mention of its own kind to join, and the only one the text
dates is the background episode. Within an article with a publication date, the headline's own act (the
root of the headline) is therefore never an act the text dates to an earlier year than the publication's:
those are two events. An act named inside the headline ("Man convicted in 2005 murder": the murder) is no
root and may be old.

>>> earlier_year("2010", "2013-09-30"), earlier_year("2013-05", "2013-09-30"), earlier_year("2013", None)
(True, False, False)
"""

from __future__ import annotations

from newsgraph.extract.event_dates import stated_value
from newsgraph.extract.event_rules import Draft
from newsgraph.model import Article
from newsgraph.nlp.doctext import headline_span


def earlier_year(value: str, published: str | None) -> bool:
    """Whether a stated date lies in a year before the year of publication (False when either is unknown).

    >>> earlier_year("2012-12-31", "2013-01-02"), earlier_year("XXXX-10-09", "2013-01-02")
    (True, False)
    """
    if not published or not value[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(value[:4]) < int(published[:4])


def headline_act(d: Draft, article: Article) -> bool:
    """Whether a draft's trigger is the root of its article's headline (the act the headline states).

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> text = "Norland expels envoy\\n\\nNorland ordered a diplomat to leave."
    >>> doc = spacy.blank("en")(text)
    >>> doc[1].dep_ = "ROOT"
    >>> art = Article.new(text)
    >>> headline_act(SimpleNamespace(token=doc[1]), art), headline_act(SimpleNamespace(token=doc[5]), art)
    (True, False)
    """
    start, end = headline_span(article.text)
    return start <= d.token.idx < end and d.token.dep_ == "ROOT"


def earlier_episode(undated: Draft, dated: Draft, article: Article) -> bool:
    """Whether an undated report is the headline's own act and the other is dated to an earlier year than the
    publication's: a background episode, not the news (module docstring).

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> from newsgraph.model import EventDate
    >>> text = "Norland expels envoy\\n\\nNorland expelled two diplomats in 2010."
    >>> doc = spacy.blank("en")(text)
    >>> doc[1].dep_ = "ROOT"
    >>> art = Article.new(text, published="2013-09-30")
    >>> news, old = SimpleNamespace(token=doc[1]), SimpleNamespace(date=EventDate("2010"), timex=None)
    >>> earlier_episode(news, old, art)
    True
    """
    value = stated_value(dated.date, dated.timex)
    return value is not None and earlier_year(value, article.published) and headline_act(undated, article)
