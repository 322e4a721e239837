"""A live server over a database of the two shared samples, and a headless Chromium to look at it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsgraph.store import Store
from tests.conftest import SAMPLES

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the two shared sample articles, ingested by the real pipeline."""
    from newsgraph.engines.ingest import ingest_paths

    path = tmp_path_factory.mktemp("web") / "samples.db"
    with Store.open(path) as store:
        result = ingest_paths([SAMPLES], store)
    assert result.report.stored == 2, result.report.summary()
    return path


def serve(db: Path) -> Iterator[str]:
    """The newsgraph server (API and pages) over a database on a free loopback port, in a thread; yields its
    base URL."""
    import uvicorn

    from newsgraph.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(sample_db: Path) -> Iterator[str]:
    """The server over the shared samples (:func:`serve`)."""
    yield from serve(sample_db)


@contextmanager
def chromium() -> Iterator[Any]:
    """The system's Chromium, headless and offline-minded, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


class Watched:
    """A page with every request and console error it produced."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.urls: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda req: self.urls.append(req.url))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def shot(self, name: str, full: bool = True) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full)


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1366, "height": 860})
    w = Watched(context.new_page())
    yield w
    context.close()
    outside = [u for u in w.urls if urlsplit(u).hostname != "127.0.0.1"]
    assert outside == [], f"requests outside the test server: {outside}"
    assert w.errors == [], f"console errors (a blocked resource or a script error): {w.errors}"
