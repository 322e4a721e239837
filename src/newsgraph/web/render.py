"""Rendering pages: one Jinja environment with autoescaping on for every template and string.

Article text, names and quotes are hostile input: templates print them escaped, never through ``|safe``.

>>> env().from_string("{{ x }}").render(x="<script>")
'&lt;script&gt;'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from newsgraph import __version__
from newsgraph.web.figures import type_class


def snippet_parts(text: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """A snippet cut into (text, is_match) pieces, for templates to wrap matches in ``<mark>``.

    >>> snippet_parts("a b c", [(2, 3)])
    [('a ', False), ('b', True), (' c', False)]
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in marks:
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def with_params(params: dict[str, Any], **changes: Any) -> str:
    """A query string from parameters with some changed (None or '' drops a parameter).

    >>> with_params({"q": "a b", "offset": 50}, offset=None)
    '?q=a+b'
    """
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "", [])]
    flat = [(k, x) for k, v in pairs for x in (v if isinstance(v, list | tuple) else [v])]
    return "?" + urlencode(flat) if flat else "?"


def day(value: str | None) -> str:
    """A date for display: the ISO date part, or a dash.

    >>> day("2023-12-15T08:00:00"), day(None)
    ('2023-12-15', '–')
    """
    return value[:10] if value else "–"


@lru_cache(maxsize=1)
def env() -> Environment:
    """The template environment (autoescaping everything, including templates from strings).

    >>> env().from_string("{{ when|day }} {{ kind|type_class }}").render(when="2023-12-15T08:00", kind="GPE")
    '2023-12-15 gpe'
    """
    e = Environment(loader=PackageLoader("newsgraph.web", "templates"),
                    autoescape=select_autoescape(default=True, default_for_string=True),
                    trim_blocks=True, lstrip_blocks=True)
    e.globals.update(version=__version__, with_params=with_params,
                     snippet_parts=snippet_parts)
    e.filters.update(day=day, type_class=type_class)
    return e


def render(name: str, **context: Any) -> str:
    """A template rendered to text.

    >>> "no such thing" in render("error.html", status_code=404, kind="not found", message="no such thing")
    True
    """
    return env().get_template(name).render(**context)


def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered as an HTML response.

    >>> page("error.html", status=410, status_code=410, kind="gone", message="<b>").status_code
    410
    """
    return HTMLResponse(render(name, **context), status_code=status)


def error_page(status: int, kind: str, message: str) -> HTMLResponse:
    """The HTML page of an error (the JSON API answers the same error as JSON).

    >>> response = error_page(404, "not found", "no entity named '<x>'")
    >>> response.status_code, b"&lt;x&gt;" in response.body
    (404, True)
    """
    return page("error.html", status=status, status_code=status, kind=kind, message=message, nav="")
