"""The web pages in a real headless Chromium over the two shared samples: dossier, reader, network, and more.

Every page is screenshotted to ``artifacts/screenshots/``; every request a page makes must stay on the
test server (127.0.0.1).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest

from tests.conftest import requires_shared
from tests.web.conftest import Watched

pytestmark = [pytest.mark.browser, requires_shared]


def events_on_dossier(page: Any) -> list[tuple[str, str]]:
    """(date, text) of every event listed on a dossier page."""
    items = page.locator("ol.events > li[data-date]")
    return [(items.nth(i).get_attribute("data-date"), items.nth(i).locator(".line").inner_text())
            for i in range(items.count())]


def test_dossier_shows_the_dated_meetings_and_the_call(live_server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{live_server}/entities/{quote('Asim Munir')}")
    assert page.locator("h1").inner_text().strip() == "Asim Munir"
    events = events_on_dossier(page)
    watched.shot("dossier")

    def has(date: str, *names: str) -> bool:
        return any(d == date and all(n in text for n in names) for d, text in events)

    assert has("2023-10-04", "Austin"), events  # the phone call
    assert has("2023-12-13", "Austin"), events  # the meeting at the Pentagon
    assert has("2023-12-14", "Blinken"), events
    assert has("2023-12-14", "Nuland", "Finer"), events
    assert page.locator("svg.timeline .marks a").count() >= 4


def test_click_through_to_the_blinken_evidence(live_server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{live_server}/entities/{quote('Asim Munir')}")
    meeting = page.locator("ol.events > li[data-date='2023-12-14']").filter(has_text="Blinken").first
    meeting.locator("p.src a").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+\?focus="))
    focus = page.locator(".text .ev.focus")
    assert focus.count() >= 1
    evidence = " ".join(focus.all_inner_texts())
    assert "Blinken" in evidence and "met" in evidence
    assert page.locator(".text a.ent.person", has_text="Blinken").count() >= 1  # linked to its dossier
    watched.shot("reader", full=False)  # the viewport, scrolled to the highlighted evidence


def test_network_draws_who_met_whom(live_server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{live_server}/graph")
    nodes = page.locator("svg.network .node")
    assert nodes.count() >= 4
    assert page.locator("svg.network .edge").count() >= 3
    labels = nodes.locator("text").all_text_contents()
    assert "Asim Munir" in labels and "Antony Blinken" in labels
    watched.shot("graph")
    page.locator("svg.network .node", has_text="Antony Blinken").locator("circle").click()
    page.wait_for_url(re.compile(r"/entities/E\w+"))
    assert page.locator("h1").inner_text().strip() == "Antony Blinken"


def test_other_pages_render_offline(live_server: str, watched: Watched) -> None:
    page = watched.page
    for name, path in [("home", "/"), ("search", "/search?q=%22army+chief%22"), ("timeline", "/timeline"),
                       ("map", "/map"), ("events", "/events")]:
        page.goto(live_server + path)
        assert page.locator("main h1").count() == 1, path
        watched.shot(name)
    assert page.locator("ol.events li").count() >= 4
    page.goto(live_server + "/map")
    assert page.locator("svg.worldmap .countries path").count() > 150
    assert page.locator("svg.worldmap .point").count() >= 1
    page.goto(live_server + "/events")
    items = page.locator("ol.events li")
    merged = items.filter(has_text="2 reports")
    (merged if merged.count() else items).first.locator("a.etype").click()
    page.wait_for_url(re.compile(r"/events/V\w+"))
    assert page.locator(".reports .report").count() >= 1
    watched.shot("event")
