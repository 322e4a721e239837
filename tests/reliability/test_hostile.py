"""Hostile content and access: what an article says is shown, never run; what a request says is a value,
never SQL; who may reach the server is decided before anything is read.

- every page over hostile articles, in headless Chromium: no script runs (``window.pwned`` stays unset, the
  title and dialogs untouched), no element carries an event handler or a ``javascript:`` link, and the
  Content-Security-Policy blocks outside requests and injected inline scripts;
- every query parameter of every GET endpoint (read from the OpenAPI document) set to a canary never shows
  up in the text of an SQL statement, and never causes a 500; random search syntax gives 200 or 400;
- the server binds to 127.0.0.1 by default and then answers only requests naming a loopback host (no DNS
  rebinding), refuses a public address without a token, checks the token, refuses writes without one,
  bodies over 10 MB (413) and NUL characters (400).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bench.api_load import free_port, server
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.api import create_app
from newsgraph.store import Store
from newsgraph.store.backend import SQLiteBackend
from tests.reliability.dbdump import newsgraph_command, run_newsgraph
from tests.reliability.hostile import hostile_articles, hostile_db
from tests.store.pg import fresh_schema, requires_pg
from tests.web.conftest import chromium

CANARY = "zq'\"CANARY;--"
INERT = """() => ({
  pwned: typeof window.pwned !== 'undefined' || typeof window.parent.pwned !== 'undefined',
  title: document.title,
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
      .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
  js_links: [...document.querySelectorAll('[href], [src]')]
      .map(e => (e.getAttribute('href') || e.getAttribute('src') || '').trim().toLowerCase())
      .filter(u => u.startsWith('javascript:')),
  frames: document.querySelectorAll('iframe, object, embed').length,
  inline_scripts: [...document.querySelectorAll('script')].filter(s => !s.src).length,
  text: document.body ? document.body.innerText : '',
})"""
PROBE_CSP = """async () => {
  const seen = [];
  document.addEventListener('securitypolicyviolation', e => seen.push(e.violatedDirective));
  try { await fetch('http://198.51.100.7/leak', {mode: 'no-cors'}); } catch (e) {}
  const s = document.createElement('script'); s.textContent = 'window.pwned = 42'; document.body.append(s);
  const img = document.createElement('img');
  img.src = 'http://198.51.100.7/pixel.png'; document.body.append(img);
  await new Promise(r => setTimeout(r, 500));
  return {seen, pwned: typeof window.pwned !== 'undefined'};
}"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_db(tmp_path_factory.mktemp("hostile") / "hostile.db")


@pytest.fixture(scope="module")
def live(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``newsgraph serve`` (its own process, default host) over the hostile database."""
    with server(str(db), log=tmp_path_factory.mktemp("log") / "server.log") as url:
        yield url


def _pages(url: str) -> list[str]:
    api = httpx.get(f"{url}/api/entities?limit=100").json()["items"]
    events = httpx.get(f"{url}/api/events?limit=100").json()["items"]
    arts = [a.id for a in hostile_articles()]
    return (["/", "/search?q=Munir", "/search?q=agree", "/articles", "/entities", "/events", "/quotes",
             "/timexes", "/timeline", "/graph", "/map", "/api-docs",
             "/search?q=%3Cscript%3Ewindow.pwned%3D10%3C%2Fscript%3E",
             "/entities?name=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D11%3E",
             "/no/such/%3Cscript%3Ewindow.pwned%3D12%3C%2Fscript%3E"]
            + [f"/articles/{a}" for a in arts] + [f"/entities/{e['id']}" for e in api]
            + [f"/events/{e['id']}" for e in events])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.mark.browser
def test_hostile_content_is_shown_escaped_and_never_runs(live: str, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    seen_text = ""
    for path in _pages(live):
        page.goto(live + path, wait_until="networkidle")
        page.mouse.move(200, 200)
        page.mouse.move(400, 300)
        state = page.evaluate(INERT)
        where = f"{path}: {state}"
        assert not state["pwned"] and state["title"] != "pwned", where  # the script would set it so
        assert state["handlers"] == [] and state["js_links"] == [] and state["frames"] == 0, where
        assert state["inline_scripts"] == 0, where
        seen_text += state["text"]
    assert dialogs == []
    for shown in ("<script>window.pwned=1", "onerror=\"window.pwned=3\"", "<svg onload=", "<iframe src="):
        assert shown in seen_text, f"{shown!r} is not shown as text anywhere"
    context.close()


@pytest.mark.browser
def test_csp_blocks_outside_requests_and_injected_scripts(live: str, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []
    page.on("requestfinished", lambda r: outside.append(r.url) if "198.51.100.7" in r.url else None)
    page.goto(live + "/", wait_until="networkidle")
    got = page.evaluate(PROBE_CSP)
    assert not got["pwned"]
    assert {"connect-src", "script-src-elem", "img-src"} <= set(got["seen"]), got
    assert outside == []
    context.close()


@pytest.mark.browser
def test_static_report_of_a_hostile_entity_is_inert(db: Path, browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = run_newsgraph("--db", str(db), "report", "Asim Munir", "-o", str(out))
    assert run.returncode == 0, run.stderr
    page = browser.new_page()
    page.goto(out.as_uri(), wait_until="load")
    state = page.evaluate(INERT)
    assert not state["pwned"] and state["handlers"] == [] and state["js_links"] == [], state
    assert "<script>" in state["text"] or "window.pwned" in state["text"]
    page.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[requires_pg, pytest.mark.postgres])])
def target(request: pytest.FixtureRequest, db: Path) -> Iterator[str]:
    """The hostile database on SQLite, or copied to a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(db)
        return
    for url in fresh_schema():
        with Store.open(url) as store:
            for art in hostile_articles():
                store.write_article(art)
        yield url


def _get_operations(app: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    """(path, parameters) of every GET operation in the OpenAPI document."""
    spec = app.openapi()
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


def _canary_requests(app: Any) -> Iterator[tuple[str, dict[str, str]]]:
    for path, params in _get_operations(app):
        url = path
        for p in params:
            if p["in"] == "path":
                url = url.replace("{" + p["name"] + "}", CANARY)
        yield url, {}
        for p in params:
            if p["in"] == "query":
                yield url, {p["name"]: CANARY}


def test_request_values_never_reach_sql_text(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    from newsgraph.store import postgres

    for cls in (SQLiteBackend, postgres.PostgresBackend):
        for name in ("query", "execute"):
            original = getattr(cls, name)

            def spy(self: Any, sql: str, params: Any = (), _original: Any = original) -> Any:
                seen.append(sql)
                return _original(self, sql, params)

            monkeypatch.setattr(cls, name, spy)
    app = create_app(target)
    checked = 0
    with TestClient(app) as client:
        for url, params in _canary_requests(app):
            r = client.get(url, params=params)
            assert r.status_code < 500, (url, params, r.text[:300])
            checked += 1
    assert checked > 40 and seen
    assert not [s for s in seen if "CANARY" in s]


SEARCH_BITS = [*"aMunir \"*():^-+,.{}'\\%_NEAROTD", "OR", "AND", "NOT", "NEAR", "title:"]
INJECTIONS = ["' OR '1'='1", "'; DROP TABLE articles; --", "\" OR 1=1 --", "1; DELETE FROM entities",
              "%' UNION SELECT id, text FROM articles --", "Munir') OR ('a'='a", "\\", "%", "_", "*",
              "NEAR(a b)", "title:x", "\u0000", "a" * 5000]


def test_injection_attempts_change_nothing(target: str) -> None:
    app = create_app(target)
    with TestClient(app) as client:
        before = client.get("/api").json()["counts"]
        for path, params in _get_operations(app):
            names = [p["name"] for p in params if p["in"] == "query" and p["schema"].get("type") != "integer"]
            for name in names:
                for bad in INJECTIONS:
                    r = client.get(path.replace("{", "").replace("}", ""), params={name: bad})
                    assert r.status_code < 500, (path, name, bad, r.text[:200])
        assert client.get("/api").json()["counts"] == before


@settings(database=None, deadline=None, max_examples=120, suppress_health_check=list(HealthCheck))
@given(q=st.lists(st.sampled_from(SEARCH_BITS), max_size=12).map("".join), plain=st.booleans())
def test_search_syntax_errors_are_400_not_500(target: str, q: str, plain: bool) -> None:
    with TestClient(create_app(target)) as client:
        for path in ("/api/search", "/search"):
            r = client.get(path, params={"q": q, "plain": str(plain).lower()})
            assert r.status_code in (200, 400), (path, q, r.text[:200])


# --- access -----------------------------------------------------------------------------------------


def test_writes_need_a_token_and_a_set_token_guards_everything(db: Path) -> None:
    with TestClient(create_app(str(db))) as open_client:
        assert open_client.get("/api").status_code == 200
        assert open_client.post("/api/articles", json={"text": "x"}).status_code == 403
        assert open_client.delete("/api/articles").status_code == 403
    with TestClient(create_app(str(db), token="s3cret-token")) as client:
        assert client.get("/api").status_code == 401
        assert client.get("/").status_code == 401
        assert client.get("/api", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert client.post("/api/articles", json={}).status_code == 401
        authed = client.post("/api/articles", json={}, headers={"Authorization": "Bearer s3cret-token"})
        assert authed.status_code not in (401, 403)  # past the guard (no such write route yet: 404/405)
        r = client.get("/events?token=s3cret-token&type=CONSULT", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/events?type=CONSULT"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        assert client.get("/events").status_code == 200  # the cookie now carries the token


def test_request_body_limit_is_413(db: Path) -> None:
    big = b"x" * (10 * 1024 * 1024 + 1)
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(create_app(str(db), token="t0ken")) as client:
        assert client.post("/api/articles", content=big, headers=auth).status_code == 413

        def chunks() -> Iterator[bytes]:
            for _ in range(11):
                yield b"y" * (1024 * 1024)

        assert client.post("/api/articles", content=chunks(), headers=auth).status_code == 413
        assert client.post("/api/articles", content=b"{}", headers=auth).status_code != 413


def test_nul_characters_in_parameters_are_400(target: str) -> None:
    with TestClient(create_app(target)) as client:
        for path in ("/api/entities?name=a%00b", "/api/search?q=%00", "/events?mode=x%00",
                     "/api/map?type=%00"):
            r = client.get(path)
            assert r.status_code == 400, (path, r.text[:200])


def _listening(port: int) -> list[str]:
    """The local addresses listening on a TCP port (from /proc/net/tcp and tcp6)."""
    found = []
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(name):
            continue
        for line in Path(name).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.split(":")
            if int(hexport, 16) == port and state == "0A":
                found.append(addr)
    return found


def _first_answer(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> int:
    """The status of the first answer a starting server gives (0 when it exits or never answers)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            return httpx.get(url, timeout=2).status_code
        except httpx.HTTPError:
            time.sleep(0.1)
    return 0


def test_server_binds_loopback_by_default(db: Path, tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(newsgraph_command("--db", str(db), "serve", "--port", str(port)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _first_answer(f"http://127.0.0.1:{port}/api", proc) == 200
        assert _listening(port) == ["0100007F"]  # 127.0.0.1, and nothing else
        for host, status in (("localhost", 200), ("evil.example", 421), ("127.0.0.1.nip.io", 421)):
            r = httpx.get(f"http://127.0.0.1:{port}/api", headers={"Host": f"{host}:{port}"})
            assert r.status_code == status, (host, r.text[:200])  # no DNS rebinding onto the database
    finally:
        proc.terminate()
        proc.wait(10)


def test_public_address_needs_a_token(db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    run = subprocess.run(newsgraph_command("--db", str(db), "serve", "--host", "0.0.0.0", "--port",
                                           str(free_port())), capture_output=True, text=True, timeout=60,
                         env=env, check=False)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0 and "NEWSGRAPH_TOKEN" in run.stderr
    port = free_port()
    proc = subprocess.Popen(newsgraph_command("--db", str(db), "serve", "--host", "0.0.0.0", "--port",
                                              str(port)), env={**env, "NEWSGRAPH_TOKEN": "pub-token"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _first_answer(f"http://127.0.0.1:{port}/api", proc) == 401
        ok = httpx.get(f"http://127.0.0.1:{port}/api", headers={"Authorization": "Bearer pub-token"})
        assert ok.status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
