"""A fourth sweep of event dates: whole short reports whose publication date comes only from the page's
furniture (no metadata), table-driven (:mod:`tests.extract.event_dates_sweep4_cases`): the date lines,
stamps, bylines, feet and datelines of today's pages, and the body's weekdays in past and future tense,
months at a year's turn, days counted from a dated act, background paragraphs, weeks and deictic days
counted from the date the furniture gives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article
from newsgraph.process import process_articles
from tests.extract.event_dates_sweep4_cases import CASES, Case
from tests.extract.event_probes import act_offset, check_reader_date, event_at
from tests.params import case_param

#: Cases the dater does not meet yet, with why (strict: they fail today; a fix must move them out).
OPEN: dict[str, str] = {
    "background act in a relative clause":
        "the strike of the relative clause ('which staged a strike in Velmora in March') and the main "
        "clause's protest ('protested again on Monday'), of one type and one actor, are merged into one "
        "event in the sentence, which takes the main clause's day; 'again' marks a second act, which the "
        "merge does not read (an event-merge rule, not a dating one)",
}
#: Constructions that tell no act: their act word must name no fact (no event, or one whose modality is not
#: factual), whatever date it takes.
NO_ACT = frozenset({"counterfactual would have"})


def _params() -> list[object]:
    """The cases, each named by its construction, act and place in the table; those whose construction is
    a key of ``OPEN`` are strict expected failures."""
    out: list[object] = []
    for n, case in enumerate(CASES):
        out.append(case_param(case, id=f"{case.construction}-{case.act}-{n}",
                              open_reason=OPEN.get(case.construction)))
    return out


@pytest.mark.parametrize("case", _params())
def test_the_event_takes_the_date_the_page_furniture_anchors(nlp: Language, case: Case) -> None:
    assert case.published is None  # the furniture alone dates the page
    if case.construction in NO_ACT:
        art = next(process_articles([Article.new(case.text)], nlp))
        event = event_at(art.events, act_offset(case.text, case.act))
        assert event is None or event.modality not in FACTUAL, event
        return
    check_reader_date(nlp, case.text, None, case.act, case.expected)
