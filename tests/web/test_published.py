"""An inferred publication date in a real headless Chromium: the reader says how it was obtained and
highlights its evidence in the text, the dates resting on it say so, the event page and the JSON twin too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store
from tests.store.factory import DATELINE, dateline_talks
from tests.web.conftest import Watched, serve

pytestmark = [pytest.mark.browser]

WORDS = "published 2013-06-28, inferred from the date line"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("published") / "dated.db"
    with Store.open(path) as store:
        store.write_article(dateline_talks())
    yield from serve(Path(path))


def test_the_reader_says_how_the_date_was_inferred_and_highlights_the_evidence(server: str,
                                                                              watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/articles/{dateline_talks().id}")
    assert WORDS in page.locator("article p.muted .published").inner_text()
    evidence = page.locator(".text .pub")
    assert evidence.all_inner_texts() == [DATELINE] and page.locator(".text .pub.focus").count() == 0
    rests = page.locator("aside a.basis")
    assert rests.count() == 3  # the meeting's "Thursday", the meeting, the accord dated by the fallback
    page.locator("article p.muted a", has_text="evidence").click()
    page.wait_for_url(re.compile(r"\?focus=published#published$"))
    focus = page.locator(".text .pub.focus")
    assert focus.inner_text() == DATELINE and focus.is_visible()
    assert f"evidence: {WORDS} “{DATELINE}”" == focus.get_attribute("title")
    watched.shot("reader-published", full=False)


def test_the_json_twin_carries_the_evidence(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/articles/{dateline_talks().id}")
    twin = page.locator(f'a[href="/api/articles/{dateline_talks().id}"]')
    assert twin.count() >= 1
    record = page.request.get(server + str(twin.first.get_attribute("href"))).json()
    basis = record["published_from"]
    assert (basis["kind"], basis["description"], basis["value"]) == (
        "dateline", "inferred from the date line", "2013-06-28")
    assert record["text"][basis["evidence"]["start"]:basis["evidence"]["end"]] == DATELINE


def test_an_event_dated_from_the_inferred_date_says_so_and_links_to_the_evidence(server: str,
                                                                                 watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/events")
    page.locator("ol.events li a.etype", has_text="CONSULT").first.click()
    page.wait_for_url(re.compile(r"/events/V\w+"))
    note = page.locator(".report p.basis")
    assert note.inner_text().startswith(f"date: “Thursday” counted from the publication date: {WORDS} "
                                        f"“{DATELINE}”")
    note.locator("a").click()
    page.wait_for_url(re.compile(r"/articles/\w+\?focus=published#published$"))
    assert page.locator(".text .pub.focus").inner_text() == DATELINE


def test_the_dossier_says_which_dates_rest_on_the_inferred_date(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/entities/Ana%20Sorel")
    notes = page.locator("p.basis").all_inner_texts()
    assert len(notes) == 2 and all(WORDS in note for note in notes)  # the meeting and the accord
