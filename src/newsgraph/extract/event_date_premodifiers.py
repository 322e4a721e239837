"""Dates set off by commas before the act noun they premodify ("the March 3, 2019, killing of a guard").

American news style writes a full date used as a premodifier between commas; the parser then often reads
the date as a noun of its own (the object of the preposition before it) and the act word after it as a
participle hanging elsewhere, so the date seems to modify the verb of the sentence ("Police arrested a man
over the March 3, 2019, killing": not the arrest's day). English grammar settles it: a determiner right
before a date, with the date followed by a comma and a noun or gerund, makes the date a premodifier of
that word; the date dates that word's act and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.model import Timex

if TYPE_CHECKING:
    from newsgraph.extract.event_args import ArticleIndex

#: Determiners that open a noun phrase a date can premodify.
_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their"})


def _bounds(t: Timex, index: ArticleIndex) -> tuple[int, int]:
    """The first and last token positions of a timex in the article's parse."""
    toks = [i for i, x in index.timex_at.items() if x is t]
    return min(toks), max(toks)


def premodified(t: Timex, index: ArticleIndex) -> Token | None:
    """The noun or gerund a comma-set date premodifies (module docstring), or None.

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> doc = spacy.blank("en")("over the March 3, 2019, killing of a guard")
    >>> t = Timex("t1", 9, 22, "March 3, 2019", "DATE", "2019-03-03")
    >>> doc[7].tag_, doc[7].pos_ = "VBG", "VERB"
    >>> premodified(t, SimpleNamespace(timex_at={2: t, 3: t, 4: t, 5: t}, doc=doc)).text
    'killing'
    """
    first, last = _bounds(t, index)
    doc = index.doc
    if first == 0 or last + 2 >= len(doc) or doc[first - 1].lower_ not in _DETERMINERS:
        return None
    if doc[last + 1].text != ",":
        return None
    word = doc[last + 2]
    if word.i in index.timex_at or not (word.tag_ in ("NN", "NNS", "VBG") and word.pos_ in ("NOUN", "VERB")):
        return None
    return word


def premodifier_timex(trigger: Token, index: ArticleIndex) -> Timex | None:
    """The comma-set date premodifying a trigger ("the March 3, 2019, killing": March 3, 2019), or None.

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> doc = spacy.blank("en")("over the March 3, 2019, killing of a guard")
    >>> t = Timex("t1", 9, 22, "March 3, 2019", "DATE", "2019-03-03")
    >>> doc[7].tag_, doc[7].pos_ = "VBG", "VERB"
    >>> index = SimpleNamespace(timex_at={2: t, 3: t, 4: t, 5: t}, doc=doc)
    >>> premodifier_timex(doc[7], index).value, premodifier_timex(doc[10], index)
    ('2019-03-03', None)
    """
    if trigger.i < 2 or trigger.doc[trigger.i - 1].text != ",":
        return None
    t = index.timex_at.get(trigger.i - 2)
    return t if t is not None and premodified(t, index) == trigger else None


def premodifies_another(t: Timex, tok: Token, index: ArticleIndex) -> bool:
    """Whether a timex is a comma-set premodifier of a word other than a token (so not that token's date).

    >>> import spacy
    >>> from types import SimpleNamespace
    >>> doc = spacy.blank("en")("charged over the March 3, 2019, killing")
    >>> t = Timex("t1", 17, 30, "March 3, 2019", "DATE", "2019-03-03")
    >>> doc[8].tag_, doc[8].pos_ = "VBG", "VERB"
    >>> index = SimpleNamespace(timex_at={3: t, 4: t, 5: t, 6: t}, doc=doc)
    >>> premodifies_another(t, doc[0], index), premodifies_another(t, doc[8], index)
    (True, False)
    """
    word = premodified(t, index)
    return word is not None and word.i != tok.i
