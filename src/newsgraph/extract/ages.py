"""How a report states a person's age beside their name: apposed after it ("Sam Doyle, 23, was held", "Sam
Doyle, 23 - a student - was held") or as an age phrase ("the 23-year-old", "aged 23"). One definition for
the NER repairs (a name followed by an age is a person's) and for coreference (the age a name states, and
whether a report states an age more than once).

>>> AGE_AFTER.match("Sam Doyle, 23 - a student - was held.", 9).group(1)
'23'
"""

from __future__ import annotations

import re

#: What closes an age apposed to a name: a comma, a full stop, a semicolon, a dash or a closing parenthesis
#: ("Sam Doyle, 23, was held", "Sam Doyle, 23 - a student -", "(Sam Doyle, 23)"), "and" ("NAME, 23 and
#: NAME, 25") or the end of the text; not a further digit or word ("NAME, 2004, ...", "NAME, 23 others"), nor
#: a dash before a number: a score or a vote ("Norwich City, 2-1, ...", "the Senate, 51 - 49").
_AGE_CLOSE = r"\s*(?:,|\.|;|[-–—](?!\s*\d)|\)|and\b|$)"
#: An age apposed to a name, matched from the name's end; group 1 is the age.
AGE_AFTER = re.compile(rf"\s*,\s*(\d{{1,3}}){_AGE_CLOSE}")


def age_forms(age: int) -> str:
    """A pattern of the ways a report gives a person's age ("23-year-old", "aged 23", ", 23," and the other
    apposed forms of :data:`AGE_AFTER`), not every number 23 ("March 23").

    >>> import re
    >>> text = "On March 23 Sam Doyle, 23, was held. The 23-year-old was charged."
    >>> dashed = "Sam Doyle, 23 - a student - left."
    >>> len(re.findall(age_forms(23), text)), len(re.findall(age_forms(23), dashed))
    (2, 1)
    """
    return rf"\b{age}[- ]years?[- ]old\b|\b(?:aged|age)\s+{age}\b|,\s*{age}{_AGE_CLOSE}"


__all__ = ["AGE_AFTER", "age_forms"]
