"""Which dates rest on an inferred publication date, and how it was obtained, in words: from a store."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, PublishedFrom
from newsgraph.query import list_events
from newsgraph.query.published import basis_words, published_words, resting_dates
from newsgraph.query.stories import explain_event
from newsgraph.store import Store
from tests.store.factory import DATELINE, blinken_meeting, dateline_talks

WORDS = f"published 2013-06-28, inferred from the date line “{DATELINE}”"


def _reports(art: Article) -> dict[str, str | None]:
    with Store.open(":memory:") as store:
        store.write_article(art)
        return {ev.type: ev.reports[0].date_basis for ev in list_events(store)}


def test_each_report_says_whether_its_date_rests_on_the_inferred_date() -> None:
    assert _reports(dateline_talks()) == {
        "CONSULT": f"“Thursday” counted from the publication date: {WORDS}",
        "AGREE": f"the publication date stood in for the date: {WORDS}"}


def test_a_given_date_is_no_basis_to_explain() -> None:
    assert _reports(blinken_meeting()) == {"CONSULT": None}


def test_an_inferred_date_stored_without_its_evidence_says_so() -> None:
    art = dateline_talks()
    art.published_from = None
    note = _reports(art)["AGREE"]
    assert note is not None and note.endswith("inferred from the text (its evidence is not recorded: process "
                                              "the article again)")


def test_explain_names_the_evidence_of_the_date() -> None:
    with Store.open(":memory:") as store:
        store.write_article(dateline_talks())
        [agree] = [ev for ev in list_events(store) if ev.type == "AGREE"]
        lines = explain_event(store, agree.id).splitlines()
    assert f"    date: the publication date stood in for the date: {WORDS}" in lines


def test_the_dates_resting_on_it_in_an_article() -> None:
    art = dateline_talks()
    assert resting_dates(art) == {"t1", "v1", "v2"}
    art.published_inferred = False
    art.timexes[0].anchor = "dct"
    assert resting_dates(art) == set()  # a given date: nothing rests on a guess


@pytest.mark.parametrize(("published", "inferred", "basis", "words"), [
    ("2013-06-28", False, PublishedFrom("given", "2013-06-28"), "published 2013-06-28"),
    (None, False, None, "publication date unknown"),
    ("2013-06-28", True, PublishedFrom("wire", "2013-06-28", 8, 15, "June  28"),
     "published 2013-06-28, inferred from the wire dateline “June 28”"),
    ("2013-06-28", True, PublishedFrom("yearless", "2013-06-28", 8, 15, "June 28"),
     "published 2013-06-28, inferred from a date line without a year, completed by the page's year "
     "“June 28”"),
])
def test_words_for_every_basis(published: str | None, inferred: bool, basis: PublishedFrom | None,
                               words: str) -> None:
    assert basis_words(published, inferred, basis) == words


def test_an_article_in_words() -> None:
    assert published_words(dateline_talks()) == WORDS
