"""Who may talk to the server, and what it refuses to read: binding, bearer token, request limits.

- The server binds to 127.0.0.1 unless told otherwise. On any other address it refuses to start without a
  token (``--token`` or ``NEWSGRAPH_TOKEN``): :func:`check_bind`.
- With a token set, every request must carry it — ``Authorization: Bearer <token>``, or the
  ``newsgraph_token`` cookie, which a browser gets by opening any page once with ``?token=<token>`` — or
  gets 401. Writes (POST, PUT, PATCH, DELETE) always need it: a server started without a token refuses them
  with 403, so that no web page the user visits can make the browser write through a local server.
- Served on loopback without a token, only requests naming a loopback host (``Host: 127.0.0.1:8000``,
  ``localhost``) are answered (421 otherwise): a web page cannot reach the server through a name of its
  own that resolves to 127.0.0.1 (DNS rebinding) and read the database through the user's browser.
- A request body over :data:`MAX_BODY_BYTES` (10 MB) is refused with 413 before it is read whole; a query
  string or path holding a NUL character is refused with 400 (no database accepts one in a parameter).

The guard is a plain ASGI middleware (:class:`Guard`), so it costs one dictionary look-up per request.

>>> check_bind("127.0.0.1", None)
>>> check_bind("0.0.0.0", None)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
newsgraph.errors.InputError: --host: 0.0.0.0 is not a loopback address: ...
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes, urlencode

from newsgraph.errors import InputError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The largest request body read, in bytes.
MAX_BODY_BYTES = 10 << 20
#: Methods that change something: they need the token even on a loopback address.
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
COOKIE = "newsgraph_token"


def is_loopback(host: str) -> bool:
    """Whether a host name or address only reaches this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_from_env(token: str | None) -> str | None:
    """The token asked for (``--token``), else ``NEWSGRAPH_TOKEN``, else None; blank counts as none."""
    value = token if token is not None else os.environ.get("NEWSGRAPH_TOKEN")
    return value.strip() or None if value else None


def check_bind(host: str, token: str | None) -> None:
    """Refuse (InputError) to serve on a non-loopback address without a token."""
    if not is_loopback(host) and not token:
        raise InputError("--host", f"{host} is not a loopback address: anyone who can reach it could read "
                                   "the database; set a token with --token or NEWSGRAPH_TOKEN")


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers", [])}


def host_name(scope: Scope) -> str:
    """The host a request names (its ``Host`` header without the port).

    >>> host_name({"headers": [(b"host", b"127.0.0.1:8000")]})
    '127.0.0.1'
    >>> host_name({"headers": [(b"host", b"[::1]:80")]})
    '::1'
    """
    host = _headers(scope).get(b"host", b"").decode("latin-1").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _presented(scope: Scope) -> str | None:
    """The token a request carries: bearer header first, then the cookie."""
    headers = _headers(scope)
    auth = headers.get(b"authorization", b"").decode("latin-1")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    cookie = SimpleCookie()
    try:
        cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
    except Exception:  # a malformed cookie header is no token
        return None
    return cookie[COOKIE].value if COOKIE in cookie else None


async def _answer(scope: Scope, send: Send, status: int, kind: str, message: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """A JSON error for the API, a plain-text one for pages (never echoing input as HTML)."""
    is_api = scope.get("path", "").startswith("/api")
    if is_api:
        body = json.dumps({"error": {"type": kind, "message": message, "status": status}}).encode()
        ctype = b"application/json"
    else:
        body = f"{status} {kind}: {message}\n".encode()
        ctype = b"text/plain; charset=utf-8"
    headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: token check, NUL characters refused, request bodies limited."""

    def __init__(self, app: ASGIApp, token: str | None = None, max_body: int = MAX_BODY_BYTES,
                 loopback_hosts_only: bool = False) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body
        self.loopback_hosts_only = loopback_hosts_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if b"\x00" in unquote_to_bytes(query) or "\x00" in scope.get("path", ""):
            await _answer(scope, send, 400, "QueryError", "bad parameter: a NUL character")
            return
        if self.loopback_hosts_only and not is_loopback(host_name(scope)):
            await _answer(scope, send, 421, "MisdirectedRequest", "this server answers to 127.0.0.1 and "
                          "localhost only (serve with --token to allow other names)")
            return
        if not await self._allowed(scope, send, query):
            return
        await self._limited(scope, receive, send)

    async def _allowed(self, scope: Scope, send: Send, query: bytes) -> bool:
        """Whether the request may go on (an answer has been sent when not)."""
        write = scope.get("method", "GET") in WRITES
        if self.token is None:
            if write:
                await _answer(scope, send, 403, "Forbidden", "writes need a server started with --token")
            return not write
        given = dict(parse_qsl(query.decode("latin-1"))).get("token")
        if given is not None and not write and hmac.compare_digest(given.encode(), self.token.encode()):
            await self._set_cookie(scope, send, query)
            return False
        presented = _presented(scope)
        if presented is None or not hmac.compare_digest(presented.encode(), self.token.encode()):
            await _answer(scope, send, 401, "Unauthorized", "a valid token is needed (Authorization: Bearer)",
                          [(b"www-authenticate", b"Bearer")])
            return False
        return True

    async def _set_cookie(self, scope: Scope, send: Send, query: bytes) -> None:
        """Answer ``?token=`` with the cookie and a redirect to the same page without it."""
        rest = [(k, v) for k, v in parse_qsl(query.decode("latin-1"), keep_blank_values=True) if k != "token"]
        location = scope.get("path", "/") + ("?" + urlencode(rest) if rest else "")
        cookie = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                                (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    async def _too_large(self, scope: Scope, send: Send) -> None:
        await _answer(scope, send, 413, "PayloadTooLarge", f"request body over {self.max_body:,} bytes")

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, refusing a body over the limit with 413 (by its length, or while it streams in)."""
        length = _headers(scope).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(scope, send)
            return
        if length is not None or scope.get("method", "GET") not in WRITES:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []  # a streamed body: read it here, up to the limit
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = bool(message.get("more_body"))
            if size > self.max_body:
                await self._too_large(scope, send)
                return
        body = b"".join(chunks)

        async def replay() -> Message:
            nonlocal body
            out, body = body, b""
            return {"type": "http.request", "body": out, "more_body": False}

        await self.app(scope, replay, send)
