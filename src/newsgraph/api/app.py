"""The server: the JSON API (``/api/...``), the web pages (``/...``) and their static assets, one process.

Rule: every HTML page at ``/X`` has its JSON twin at ``/api/X`` (same parameters). The OpenAPI document is
at ``/api/openapi.json`` (shown as a page at ``/api-docs``). Every answer carries a Content-Security-Policy
that forbids requests to anything but the server itself.

>>> import tempfile, os
>>> from fastapi.testclient import TestClient
>>> path = os.path.join(tempfile.mkdtemp(), "t.db")
>>> from newsgraph.store import Store
>>> Store.open(path).close()
>>> TestClient(create_app(path)).get("/api/articles").json()["total"]
0
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsgraph import __version__
from newsgraph.api.guard import Guard
from newsgraph.api.routes import router
from newsgraph.api.stores import StorePool
from newsgraph.errors import InputError, NewsgraphError, NotFoundError, QueryError

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def status_of(exc: NewsgraphError) -> int:
    """The HTTP status of an error: 404 not found, 400 bad query or input, 500 otherwise.

    >>> status_of(NotFoundError("x")), status_of(QueryError("x")), status_of(NewsgraphError("x"))
    (404, 400, 500)
    """
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, QueryError | InputError):
        return 400
    return 500


def wants_json(request: Request) -> bool:
    """Whether a request is for the JSON API (its path starts with ``/api``)."""
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _error(request: Request, status: int, kind: str, message: str) -> Response:
    if wants_json(request):
        body = {"error": {"type": kind, "message": message, "status": status}}
        return JSONResponse(body, status_code=status)
    from newsgraph.web.render import error_page

    return error_page(status, kind, message)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError) -> Response:
        return _error(request, status_of(exc), type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error(request, 400, "QueryError", f"bad parameter: {problems}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        kind = "NotFoundError" if exc.status_code == 404 else "HTTPError"
        message = f"no such page: {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, kind, message)


def create_app(db: str, token: str | None = None, loopback_hosts_only: bool = False) -> FastAPI:
    """The application over one database (a SQLite file or a ``postgresql://`` URL).

    With a ``token``, every request must present it, and writes are allowed; ``loopback_hosts_only``
    answers only requests naming 127.0.0.1 or localhost (:mod:`newsgraph.api.guard`).
    """
    stores = StorePool(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Who met whom, who said what, what happened where and when, with evidence. "
                              "Every web page /X has its JSON twin at /api/X.")
    app.state.stores = stores
    app.state.db = db
    _handlers(app)
    # Inside the security headers, so its answers carry them too.
    app.add_middleware(Guard, token=token, loopback_hosts_only=loopback_hosts_only)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Any:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    from newsgraph.web.pages import router as pages

    app.include_router(router)
    app.include_router(pages)
    static = files("newsgraph.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
