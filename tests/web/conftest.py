"""A live server over a database of the two shared samples, and a headless Chromium to look at it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture(scope="session")
def live_server(sample_db: Path) -> Iterator[str]:
    """The newsgraph server (API and pages) on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from newsgraph.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(sample_db)), host="127.0.0.1", port=port,
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
