"""The JSON API and its HTML twins over a small hand-built store: every endpoint, filters, pagination,
errors as JSON with the right status, the security headers, and hostile article text escaped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.errors import StoreError
from newsgraph.store import Store
from tests.store.factory import MUNIR, Ent, Ev, austin_call, blinken_meeting, build

HOSTILE = "<script>alert(1)</script>"


def hostile_article() -> Any:
    text = (f"Gen Asim Munir met {HOSTILE} officials in Chitral on Friday. "
            "\"We <b>agree</b>,\" the army chief said.")
    return build(text, ents=[MUNIR, Ent("Chitral", "GPE")], timexes=[("Friday", "2024-03-01")],
                 quotes=[("We <b>agree</b>,", "the army chief", "say")],
                 events=[Ev("met", participants=[("Asim Munir", "actor")], when="Friday", place="Chitral")],
                 published="2024-03-02", source="Third Paper")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    with Store.open(path) as store:
        for art in (blinken_meeting("Outlet A"), blinken_meeting("Outlet B", extra="No details were given."),
                    austin_call(), hostile_article()):
            store.write_article(art)
    with TestClient(create_app(str(path))) as c:
        yield c


def ok(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def test_index_and_openapi(client: TestClient) -> None:
    index = ok(client, "/api")
    assert index["counts"]["articles"] == 4
    assert {o["name"] for o in index["outlets"]} == {"Outlet A", "Outlet B", "Other Outlet", "Third Paper"}
    spec = ok(client, "/api/openapi.json")
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{ref}",
                 "/api/events", "/api/events/{event_id}", "/api/quotes", "/api/timexes", "/api/search",
                 "/api/timeline", "/api/graph", "/api/map"):
        assert path in spec["paths"], path
    assert all(p.startswith("/api") for p in spec["paths"])  # pages stay out of the spec


def test_articles_pagination_and_filters(client: TestClient) -> None:
    page = ok(client, "/api/articles?limit=2")
    assert (page["total"], len(page["items"]), page["next_offset"]) == (4, 2, 2)
    assert page["items"][0]["published"] == "2024-03-02"  # newest first
    rest = ok(client, "/api/articles?limit=2&offset=2")
    assert rest["next_offset"] is None
    every = {a["id"] for a in ok(client, "/api/articles")["items"]}
    assert {a["id"] for a in page["items"] + rest["items"]} == every
    assert ok(client, "/api/articles?outlet=outlet%20a")["total"] == 1
    assert ok(client, "/api/articles?since=2023-11&until=2023-12")["total"] == 2
    assert ok(client, "/api/articles?entity=Lloyd%20Austin")["total"] == 1
    one = page["items"][0]
    record = ok(client, f"/api/articles/{one['id']}")
    assert record["text"].count(HOSTILE) == 1 and record["schema_version"]
    assert record["events"][0]["global_id"].startswith("V")


def test_entities_and_dossier(client: TestClient) -> None:
    people = ok(client, "/api/entities?type=person")
    assert people["items"][0]["name"] == "Asim Munir" and people["total"] == 3
    assert ok(client, "/api/entities?name=blink")["items"][0]["name"] == "Antony Blinken"
    assert ok(client, "/api/entities?outlet=Other%20Outlet")["total"] == 2
    assert ok(client, "/api/entities?type=GPE&since=2024")["items"][0]["name"] == "Chitral"
    assert ok(client, "/api/entities?limit=1&offset=1")["items"][0]["name"] != "Asim Munir"
    d = ok(client, "/api/entities/Asim%20Munir")
    assert d["entity"]["name"] == "Asim Munir"
    assert [e["date"] for e in d["events"]] == ["2023-10-04", "2023-12-14", "2024-03-01"]
    assert {c["name"] for c in d["co_actors"]} == {"Antony Blinken", "Lloyd Austin"}
    assert ok(client, f"/api/entities/{d['entity']['id']}")["entity"]["id"] == d["entity"]["id"]


def test_events_quotes_timexes(client: TestClient) -> None:
    events = ok(client, "/api/events")
    assert [e["date"] for e in events["items"]] == ["2023-10-04", "2023-12-14", "2024-03-01"]
    assert ok(client, "/api/events?mode=phone")["total"] == 1
    assert ok(client, "/api/events?entity=Blinken&type=consult")["total"] == 1
    assert ok(client, "/api/events?outlet=outlet%20b")["items"][0]["date"] == "2023-12-14"
    assert ok(client, "/api/events?since=2024")["total"] == 1
    page = ok(client, "/api/events?limit=1&offset=1")
    assert (page["total"], page["items"][0]["date"]) == (3, "2023-12-14")
    meeting = ok(client, f"/api/events/{page['items'][0]['id']}")
    assert {r["source"] for r in meeting["reports"]} == {"Outlet A", "Outlet B"}
    quotes = ok(client, "/api/quotes?speaker=Asim%20Munir")
    assert quotes["total"] == 3 and quotes["items"][0]["text"] == "The talks were useful,"
    assert ok(client, "/api/quotes?since=2024")["items"][0]["text"] == "We <b>agree</b>,"
    assert ok(client, "/api/quotes?limit=1")["next_offset"] == 1
    timexes = ok(client, "/api/timexes?since=2023-12")
    assert [t["value"] for t in timexes["items"]] == ["2023-12-14", "2023-12-14", "2024-03-01"]
    assert ok(client, "/api/timexes?outlet=Other%20Outlet")["items"][0]["text"] == "Wednesday"


def test_search_timeline_graph_map(client: TestClient) -> None:
    hits = ok(client, "/api/search?q=useful")
    assert hits["total"] == 4 and hits["items"][0]["marks"]
    assert ok(client, "/api/search?q=useful&kind=quote&outlet=outlet%20a")["total"] == 1
    assert ok(client, "/api/search?q=useful&limit=1&offset=3")["next_offset"] is None
    assert ok(client, "/api/search?q=U.S.%22&plain=true")["total"] == 0
    lanes = ok(client, "/api/timeline")["lanes"]
    assert [lane["name"] for lane in lanes] == ["Asim Munir", "Antony Blinken", "Lloyd Austin"]
    assert len(ok(client, "/api/timeline?entity=Blinken&actors=1")["lanes"]) == 1
    graph = ok(client, "/api/graph")
    assert {n["name"] for n in graph["nodes"]} == {"Asim Munir", "Antony Blinken", "Lloyd Austin"}
    assert graph["entities"] == 3 and len(ok(client, "/api/graph?limit=1")["nodes"]) == 1
    assert all(e["weight"] == 1 for e in graph["edges"]) and len(graph["edges"]) == 2
    assert ok(client, "/api/graph?since=2023-12&until=2023-12")["events"] == 1
    assert ok(client, "/api/graph?entity_type=GPE")["nodes"] == []
    places = ok(client, "/api/map")
    assert [(p["name"], p["precision"]) for p in places["points"]] == [("Chitral", "city"),
                                                                       ("Washington", "city")]
    assert places["unplaced"] == 1


@pytest.mark.parametrize(("url", "status", "kind"), [
    ("/api/search?q=%22unbalanced", 400, "QueryError"),
    ("/api/search?q=a%20AND", 400, "QueryError"),
    ("/api/events?since=yesterday", 400, "QueryError"),
    ("/api/articles?limit=0", 400, "QueryError"),
    ("/api/articles?limit=abc", 400, "QueryError"),
    ("/api/entities?type=ROBOT", 400, "QueryError"),
    ("/api/entities/Nobody", 404, "NotFoundError"),
    ("/api/events/V000", 404, "NotFoundError"),
    ("/api/articles/0000", 404, "NotFoundError"),
    ("/api/nothing-here", 404, "NotFoundError"),
])
def test_errors_are_json_with_a_status(client: TestClient, url: str, status: int, kind: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.json()["error"]["type"] == kind and response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/", "/search?q=Munir", "/articles", "/entities", "/entities/Asim%20Munir",
                                  "/events", "/quotes", "/timexes", "/timeline", "/graph", "/map",
                                  "/api-docs"])
def test_pages_have_json_twins_and_a_strict_csp(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    twin = {"/": "/api", "/api-docs": "/api/openapi.json"}.get(path, "/api" + path)
    assert f'href="{twin.replace("&", "&amp;")}"' in response.text
    assert client.get(twin).status_code == 200
    assert "http://" not in response.text and "https://" not in response.text


def test_page_errors_are_pages(client: TestClient) -> None:
    response = client.get("/entities/Nobody")
    assert response.status_code == 404 and "no entity named" in response.text
    assert client.get("/search?q=%22bad").status_code == 400


def test_hostile_text_is_escaped_in_every_page(client: TestClient) -> None:
    aid = ok(client, "/api/articles?since=2024")["items"][0]["id"]
    event = ok(client, "/api/events?since=2024")["items"][0]["id"]
    pages = [f"/articles/{aid}", "/search?q=alert", "/quotes", f"/events/{event}"]
    for url in pages:
        html = client.get(url).text
        assert HOSTILE not in html and "<b>agree</b>" not in html, url
    reader = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader
    assert 'class="ent person" href="/entities/E' in reader  # mentions link to dossiers


def test_reader_focus_highlights_the_evidence(client: TestClient) -> None:
    meeting = ok(client, "/api/events?mode=meeting&until=2023-12")["items"][0]
    report = meeting["reports"][0]
    html = client.get(f"/articles/{report['article_id']}?focus={report['local_id']}").text
    assert f'id="ev-{report["local_id"]}"' in html
    assert 'class="ev focus"' in html


def test_server_needs_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        create_app(str(tmp_path / "missing.db"))
    with pytest.raises(StoreError, match="not :memory:"):
        create_app(":memory:")
