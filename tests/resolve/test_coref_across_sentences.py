"""Coreference across the sentences of a report (the third participant sweep): a pronoun identified as a
name (coref_identified), a plural pronoun for coordinated people (coref_coordinated), "the pair" for the
two people told before, "the N-year-old" and a definite occupation for the one person named just before
(coref_ages.age_restated, coref_definite), and the headline's name for the body's opening description
(coref_headline_named). Each rule has cases where it must not join (another person, two people, a
conflict)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language

from newsgraph.model import Article
from tests.offsets import span_of
from tests.resolve.test_coref_restated import _run


class Pair(NamedTuple):
    """A text, two phrases (the first occurrence of each) and whether they must be one entity."""

    label: str
    text: str
    first: str
    second: str
    same: bool


PAIRS: list[Pair] = [
    Pair("pronoun-named-as", "A man was arrested in Leeds on Sunday. Police named him as Darren Pike, 34.",
         "A man", "Darren Pike", True),
    Pair("pronoun-named-as-passive", "A woman was shot in Camden on Tuesday. She has been named as Amira "
         "Said, 31.", "A woman", "Amira Said", True),
    Pair("pronoun-of-named-person-stays", "Tom Reid met Ann Kell on Monday. Police named him as John Roe.",
         "Tom Reid", "John Roe", False),
    Pair("they-coordinated-subject", "Ryan Cole and Dean Hart fled to Spain. They were arrested in Malaga.",
         "They", "Ryan Cole", False),
    Pair("age-restated", "Sam Doyle was stopped at Dover on Friday. The 23-year-old was charged on Saturday.",
         "Sam Doyle", "The 23-year-old", True),
    Pair("age-restated-two-people", "Sam Doyle and Ian Roe were stopped at Dover. The 23-year-old was "
         "charged on Saturday.", "Sam Doyle", "The 23-year-old", False),
    Pair("age-stated-elsewhere", "Sam Doyle was stopped at Dover on Friday. The 23-year-old was charged. "
         "Ian Roe, 23, was freed.", "Sam Doyle", "The 23-year-old", False),
    Pair("age-number-no-age", "Sam Doyle was stopped at Dover on March 23. The 23-year-old was charged on "
         "Saturday.", "Sam Doyle", "The 23-year-old", True),
    Pair("definite-occupation", "Marta Levi has reported from Syria for a decade. The journalist was "
         "kidnapped near Idlib on Monday.", "Marta Levi", "The journalist", True),
    Pair("definite-defendant-not-the-lawyer", "Prosecutor Tom Reid QC opened the case on Monday. The "
         "defendant denied the charge.", "Tom Reid", "The defendant", False),
    Pair("definite-of-phrase-stays", "Tom Reid parked outside the shop on Monday. The owner of the shop "
         "called police.", "Tom Reid", "The owner", False),
    Pair("definite-same-sentence-stays", "King Hamad Rashidi welcomed the Iraqi president to Manama on "
         "Sunday.", "Hamad Rashidi", "the Iraqi president", False),
    Pair("definite-two-named-stays", "Tom Reid and Ann Kell left the bar. The suspect fled in a car.",
         "Tom Reid", "The suspect", False),
    Pair("headline-passive-name", "Jonas Kell held over Hull stabbing\n\nA 19-year-old man has been "
         "arrested after a teenager was stabbed in Hull on Friday.", "Jonas Kell", "A 19-year-old man", True),
    Pair("headline-passive-name-after-byline", "Jonas Kell held over Hull stabbing\nBy Mara Stone, Staff "
         "Writer\n\nA 19-year-old man has been arrested after a teenager was stabbed in Hull on Friday.",
         "Jonas Kell", "A 19-year-old man", True),
    Pair("headline-active-name-stays", "Mayor Anna Holt condemns stabbing\n\nA man has been arrested after "
         "a teenager was stabbed in Hull on Friday.", "Anna Holt", "A man", False),
    Pair("headline-name-repeated-stays", "Jonas Kell held over stabbing\n\nA man has been arrested in Hull. "
         "Jonas Kell's brother was also questioned.", "Jonas Kell", "A man", False),
]


def _entity_at(art: Article, phrase: str) -> str | None:
    start, end = span_of(art.text, phrase)
    return next((m.entity for m in art.mentions if start <= m.start < end), None)


@pytest.mark.parametrize("pair", [pytest.param(p, id=p.label) for p in PAIRS])
def test_joined_or_kept_apart(nlp: Language, pair: Pair) -> None:
    art = _run(nlp, pair.text)
    a, b = _entity_at(art, pair.first), _entity_at(art, pair.second)
    assert (a is not None and a == b) == pair.same


def _members(art: Article, phrase: str) -> set[str]:
    """The names of the members of the group entity a phrase mentions (empty when it is none)."""
    group = art.entity(_entity_at(art, phrase) or "")
    return set() if group is None else {e.name for m in group.members if (e := art.entity(m)) is not None}


def test_they_stands_for_the_coordinated_people(nlp: Language) -> None:
    art = _run(nlp, "Ryan Cole and Dean Hart fled to Spain. They were arrested in Malaga.")
    assert _members(art, "They") == {"Ryan Cole", "Dean Hart"}


def test_they_after_a_coordinated_object_stays_unresolved(nlp: Language) -> None:
    art = _run(nlp, "Police questioned Ryan Cole and Dean Hart. They were released on Monday.")
    assert _members(art, "They") == set()


def test_the_pair_is_the_two_people_told_before(nlp: Language) -> None:
    art = _run(nlp, "Omar Hakim and Saeed Nouri were arrested in Dearborn. The pair were charged on Monday.")
    assert _members(art, "The pair") == {"Omar Hakim", "Saeed Nouri"}


def test_a_pair_of_things_is_no_one(nlp: Language) -> None:
    art = _run(nlp, "Tom Reid and Ann Kell left. Police found a pair of trainers near the scene.")
    assert _entity_at(art, "a pair") is None
