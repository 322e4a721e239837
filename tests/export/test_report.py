"""The static HTML report: one file, no scripts, no outside requests, the facts and their evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.errors import NotFoundError
from newsgraph.export.report import report_html, write_report
from newsgraph.query import list_events
from tests.export._store import sample_store


def no_outside_requests(html: str) -> None:
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html


def test_entity_report(tmp_path: Path) -> None:
    with sample_store() as store:
        path = write_report(store, "the army chief", tmp_path / "munir.html")
    html = path.read_text(encoding="utf-8")
    no_outside_requests(html)
    assert "<h1><span class=\"dot person\"></span>Asim Munir</h1>" in html
    assert "2023-10-04" in html and "2023-12-14" in html
    assert "Army chief Gen Asim Munir <b class=\"trg\">met</b>" in html
    assert "<svg class=\"timeline\"" in html and "<svg class=\"network\"" in html
    assert 'href="#event-V' in html  # figures link inside the file


def test_story_report() -> None:
    with sample_store() as store:
        meeting = next(e for e in list_events(store) if e.mode == "meeting")
        html = report_html(store, meeting.id)
    no_outside_requests(html)
    assert html.count('<section class="report">') == 2  # both outlets' reports side by side
    assert "Outlet A" in html and "Outlet B" in html


def test_unknown_name() -> None:
    with sample_store() as store, pytest.raises(NotFoundError):
        report_html(store, "V0000 Nobody")


def test_a_report_dated_from_an_inferred_publication_date_says_so() -> None:
    from newsgraph.store import Store
    from tests.store.factory import DATELINE, dateline_talks

    with Store.open(":memory:") as store:
        store.write_article(dateline_talks())
        accord = next(e for e in list_events(store) if e.type == "AGREE")
        html = report_html(store, accord.id)
    no_outside_requests(html)
    assert (f'<p class="small basis">date: the publication date stood in for the date: published 2013-06-28, '
            f"inferred from the date line “{DATELINE}”</p>") in html
