"""WARC archives (``.warc``, ``.warc.gz``): web crawls read record by record, never loaded whole.

Through ``warcio``, which also reads gzipped archives record by record. What becomes an article:

- a ``response`` record of an HTML page (HTTP status 2xx): its main text and metadata by trafilatura,
  as for an ``.html`` file, with the record's target URI as ``url`` when the page names none;
- a ``resource`` or ``conversion`` record of plain text (WET files hold the text of crawled pages so);
- anything else (requests, metadata, redirects, images, PDFs) is passed over silently.

``source_id`` is the record's ``WARC-Record-ID``. A record that cannot be read (no article text,
undecodable) is one :class:`~newsgraph.errors.InputError` naming the file, the record's offset and URI;
a broken archive ends the file with one error.

>>> import io
>>> raw = warc_bytes([("https://example.org/a", "text/plain", b"Gen Asim Munir met Antony Blinken.")])
>>> [a.text for a in read_warc_stream(io.BytesIO(raw), "crawl.warc")]
['Gen Asim Munir met Antony Blinken.']
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.records import NO_OVERRIDES, Item, Overrides, make_article
from newsgraph.model import Article

#: Main text of fewer words than this is navigation or boilerplate, not an article.
HTML_MIN_WORDS = 5
_TEXT_RECORDS = ("resource", "conversion")


def _content_type(record: Any) -> str:
    http = record.http_headers
    value = http.get_header("Content-Type") if http is not None else None
    value = value or record.rec_headers.get_header("Content-Type") or ""
    return str(value).split(";", 1)[0].strip().lower()


def _status_ok(record: Any) -> bool:
    http = record.http_headers
    code = http.get_statuscode() if http is not None else None
    return code is not None and str(code).startswith("2")


#: libxml2 parses HTML nested deeper than 255 levels only in its "huge" mode, and then up to this depth.
MAX_HTML_DEPTH = 2000


def _bare(page: Any, url: str | None) -> tuple[Any, str]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True, url=url)
    except RecursionError:
        return None, ""
    return doc, (getattr(doc, "text", None) or "").strip() if doc is not None else ""


def _huge_tree(html: str) -> tuple[Any, int]:
    """The page parsed without libxml2's default depth limit, and its depth (None, 0 when unparsable)."""
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html  # type: ignore[import-untyped]

    try:
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.LxmlError):
        return None, 0
    depth: dict[Any, int] = {}
    for el in tree.iter():
        depth[el] = depth.get(el.getparent(), 0) + 1
    return tree, max(depth.values(), default=0)


def extract_html(html: str, where: str, url: str | None = None) -> tuple[Any, str]:
    """trafilatura's document of a page and its main text; an :class:`InputError` when it has none.

    Pages nested deeper than libxml2's default limit (255 levels, as sloppy unclosed tags make them) are
    parsed again in its huge mode, which reads up to :data:`MAX_HTML_DEPTH` levels.

    >>> extract_html("<html><body>" + "<div>" * 400 + "<p>Gen Munir met Blinken in Washington.</p>",
    ...              "x.html")[1]
    'Gen Munir met Blinken in Washington.'
    """
    doc, text = _bare(html, url)
    if len(text.split()) < HTML_MIN_WORDS:
        tree, depth = _huge_tree(html)
        if tree is not None:
            doc, text = _bare(tree, url)
        if len(text.split()) < HTML_MIN_WORDS:
            why = f"nested too deeply (over {MAX_HTML_DEPTH:,} levels)" if depth >= MAX_HTML_DEPTH else \
                "with no article text"
            raise InputError(where, f"HTML page {why}")
    return doc, text


def html_article(html: str, where: str, overrides: Overrides = NO_OVERRIDES, **meta: Any) -> Article:
    """An article from an HTML page's text: main text, title, date, site name and URL by trafilatura.

    A first line that repeats the title is dropped from the text; ``meta`` (``url``, ``source``, ...) fills
    in what the page does not say.

    >>> page = ("<html><head><title>Army chief in Washington</title></head><body><article>"
    ...         "<p>Gen Asim Munir met Antony Blinken in Washington on Thursday.</p></article></body></html>")
    >>> art = html_article(page, "a.html", url="https://example.org/a")
    >>> art.title, art.url
    ('Army chief in Washington', 'https://example.org/a')
    >>> art.text
    'Gen Asim Munir met Antony Blinken in Washington on Thursday.'
    """
    doc, text = extract_html(html, where, meta.get("url"))
    title = getattr(doc, "title", None)
    if title and text.split("\n", 1)[0].strip() == title.strip() and "\n" in text:
        text = text.split("\n", 1)[1].strip()
    meta["url"] = getattr(doc, "url", None) or meta.get("url")
    meta["source"] = getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or meta.get("source")
    return make_article(text, where, overrides=overrides, title=title, published=getattr(doc, "date", None),
                        **meta)


def _record_article(record: Any, where: str, overrides: Overrides) -> Article | None:
    """The article of one WARC record, or None for a record that holds none."""
    kind, ctype = record.rec_type, _content_type(record)
    meta = {"url": record.rec_headers.get_header("WARC-Target-URI"),
            "source_id": record.rec_headers.get_header("WARC-Record-ID")}
    if kind == "response" and ctype in ("text/html", "application/xhtml+xml") and _status_ok(record):
        html = decode_bytes(record.content_stream().read(), where, html=True)
        return html_article(html, where, overrides, **meta)
    if kind in _TEXT_RECORDS and ctype == "text/plain":
        return make_article(decode_bytes(record.content_stream().read(), where), where, overrides=overrides,
                            **meta)
    return None


def read_warc_stream(stream: IO[bytes], where: str, overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from a WARC byte stream (gzipped or not), record by record.

    >>> raw = warc_bytes([("https://example.org/a", "text/plain", b"Gen Munir spoke.")], gzip=True)
    >>> [a.source_id.startswith("<urn:uuid:") for a in read_warc_stream(io.BytesIO(raw), "crawl.warc.gz")]
    [True]
    >>> print(*read_warc_stream(io.BytesIO(b"not a warc"), "bad.warc"))  # doctest: +ELLIPSIS
    bad.warc: broken WARC archive: ...
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    seen = 0
    try:
        for record in records:
            if not str(record.format).startswith("warc"):
                raise ArchiveLoadFailed(f"not a WARC record (format {record.format})")
            seen += 1
            here = f"{where}@{records.offset}"
            uri = record.rec_headers.get_header("WARC-Target-URI")
            try:
                article = _record_article(record, f"{here} ({uri})" if uri else here, overrides)
            except InputError as exc:
                yield exc
                continue
            if article is not None:
                yield article
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield InputError(where, f"broken WARC archive: {exc}")
        return
    if not seen:
        yield InputError(where, "empty file (no WARC records)")


def read_warc_file(path: Path, overrides: Overrides = NO_OVERRIDES) -> Iterator[Item]:
    """Articles from a ``.warc`` or ``.warc.gz`` file (the reader registered for those extensions).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "crawl.warc")
    ...     _ = path.write_bytes(warc_bytes([("https://example.org/a", "text/plain", b"Gen Munir spoke.")]))
    ...     [a.url for a in read_warc_file(path)]
    ['https://example.org/a']
    """
    with path.open("rb") as fh:
        yield from read_warc_stream(fh, str(path), overrides)


def warc_bytes(records: Sequence[tuple[str, str, bytes]], *, http: bool = False, gzip: bool = False) -> bytes:
    """A small WARC archive of ``(uri, content type, payload)`` records, for tests and examples.

    Records are ``resource`` records, or ``response`` records with an HTTP 200 header when ``http``.

    >>> warc_bytes([("https://example.org/a", "text/plain", b"Hi.")]).startswith(b"WARC/1.")
    True
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, ctype, payload in records:
        if http:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                            http_headers=headers)
        else:
            rec = writer.create_warc_record(uri, "resource", payload=io.BytesIO(payload),
                                            warc_content_type=ctype)
        writer.write_record(rec)
    return out.getvalue()
