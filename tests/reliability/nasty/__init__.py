"""The nasty-input corpus: every kind of bad or unusual input newsgraph must survive, beside good ones.

:func:`cases` builds the corpus in memory (the big inputs, e.g. the 50 MB text, only when asked: they are
written at test time, never kept in the repository); :func:`write` puts it in a folder. Each
:class:`Case` says what must come of it: how many articles are stored (and in which language) and how many
inputs fail, each with a phrase its one-line error must contain.

>>> [c.name for c in cases() if c.name.startswith("empty")]
['empty.txt', 'empty.jsonl']
"""

from __future__ import annotations

import codecs
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.nasty.texts import ARABIC, ENGLISH, ENGLISH_EMOJI_RTL, FRENCH, GERMAN, URDU


@dataclass(frozen=True)
class Case:
    """One input file and what must come of it."""

    name: str
    data: bytes
    #: Languages of the articles stored from it, in order ("en" ones go through the pipeline).
    stored: tuple[str, ...] = ()
    #: A phrase of each failure's one-line message, in order.
    errors: tuple[str, ...] = ()
    #: Texts that must not appear in any stored article (scripts and markup of hostile pages).
    absent: tuple[str, ...] = field(default=())


def _jsonl(*rows: object) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _html(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><title>Talks</title>{head}</head><body>{body}</body></html>".encode()


SCRIPT = "<script>window.pwned = 1; document.title = 'pwned';</script>"


def _plain_cases() -> list[Case]:
    rng = random.Random(5)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    return [
        Case("empty.txt", b"", errors=("empty file",)),
        Case("whitespace.txt", b" \n\t\r\n  \n", errors=("whitespace only",)),
        Case("binary.txt", noise, errors=("binary file",)),
        Case("nul.txt", ENGLISH.encode()[:40] + b"\x00" + ENGLISH.encode()[40:], errors=("NUL byte",)),
        Case("latin1.txt", ("Café " * 50).encode("latin-1"), errors=("not valid UTF-8",)),
        Case("bad-utf16.txt", codecs.BOM_UTF16_LE + "The talks".encode("utf-16-le") + b"\x00\xd8",
             errors=("invalid UTF-16",)),
        Case("utf16-bom.txt", codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), stored=("en",)),
        Case("utf8-bom.txt", codecs.BOM_UTF8 + ENGLISH.encode(), stored=("en",)),
        Case("a-few-bad-bytes.txt", ENGLISH.encode()[:50] + b"\xff" + ENGLISH.encode()[50:], stored=("en",)),
        Case("table.txt", b"id,text,date\n1,\"Talks, again\",2023-12-14\n2,Blinken met Munir,2023-12-15\n",
             stored=("en",)),
        Case("emoji-rtl.txt", ENGLISH_EMOJI_RTL.encode(), stored=("en",)),
        Case("german.txt", GERMAN.encode(), stored=("de",)),
        Case("french.txt", FRENCH.encode(), stored=("fr",)),
        Case("urdu.txt", URDU.encode(), stored=("und",)),
        Case("arabic.txt", ARABIC.encode(), stored=("und",)),
        Case("unsupported.pdf", b"%PDF-1.4 ...", errors=("unsupported file type",)),
    ]


def _html_cases() -> list[Case]:
    para = f"<p>{ENGLISH}</p>"
    return [
        Case("script.html", _html(f"<article>{SCRIPT}{para}<p><a href=\"javascript:alert(1)\">more</a></p>"
                                  f"</article>", head=SCRIPT), stored=("en",),
             absent=("window.pwned", "<script", "javascript:")),
        Case("deep.html", _html("<div>" * 5000 + para + "</div>" * 5000), errors=("nested too deeply",)),
        Case("unclosed.html", _html("<div><span><b><i>" * 300 + ENGLISH), stored=("en",)),
        Case("no-text.html", _html("<nav><a href='/'>Home</a></nav>"), errors=("no article text",)),
        Case("entities.html", _html(f"<article><p>{ENGLISH} &lt;b&gt;Munir&lt;/b&gt; &#0; &#xD800; "
                                    "&bogus;</p></article>"), stored=("en",)),
    ]


def _json_cases() -> list[Case]:
    good = {"id": "good", "text": ENGLISH, "published": "2023-12-15"}
    return [
        Case("empty.jsonl", b"", errors=("empty file",)),
        Case("types.jsonl", _jsonl(good, {"id": "n", "text": 5}, {"id": "l", "text": ["a"]}, [1, 2], "text",
                                   None, {"id": "nt"},
                                   {"id": "d", "text": ENGLISH + " 2", "published": 1e308},
                                   {"id": "t", "text": ENGLISH + " 3", "title": {"x": 1}},
                                   {"id": "ok2", "text": GERMAN, "published": "15.12.2023"}),
             stored=("en", "de"),
             errors=("text is a int", "text is a list", "got list", "got str", "got NoneType",
                     "no text field", "published", "title is a dict")),
        Case("truncated.jsonl", _jsonl(good) + b'{"id": "cut", "text": "The army chi', stored=("en",),
             errors=("broken JSON line",)),
        Case("mixed-lines.jsonl", _jsonl(good | {"id": "g2", "text": FRENCH}) + b"\xff\xfe garbage\n\n  \n"
             + b"{\"id\": \"x\", \"text\": \"a\x00b\"}\n" + _jsonl({"id": "g3", "text": ENGLISH_EMOJI_RTL}),
             stored=("fr", "en"), errors=("invalid UTF-16", "NUL byte")),
        Case("utf16.jsonl", codecs.BOM_UTF16_LE + _jsonl(good | {"id": "w", "text": ENGLISH + " (wide)"})
             .decode().encode("utf-16-le"), stored=("en",)),
        Case("array.json", json.dumps([good | {"id": "a1", "text": URDU}, 7]).encode(), stored=("und",),
             errors=("expected a JSON object",)),
        Case("broken.json", b'[{"text": "x"', errors=("broken JSON",)),
        Case("deep.json", b"[" * 100000 + b"]" * 100000, errors=("nested too deeply",)),
        Case("deep.jsonl", _jsonl(good) + b"[" * 100000 + b"\n", stored=("en",),
             errors=("nested too deeply",)),
    ]


def big_cases(megabytes: int = 50) -> list[Case]:
    """The big inputs: a text of ``megabytes`` MB, and a JSONL file with a line that long beside good ones."""
    sentence = b"The army chief met the minister in Lahore on Monday, officials said. "
    blob = sentence * (megabytes * (1 << 20) // len(sentence))
    huge_line = b'{"id": "huge", "text": "' + blob.rstrip() + b'"}\n'
    return [
        Case("big.txt", blob, errors=("article too long",)),
        Case("big-line.jsonl", _jsonl({"id": "before", "text": ENGLISH}) + huge_line
             + _jsonl({"id": "after", "text": ENGLISH + " (after)"}), stored=("en", "en"),
             errors=("article too long",)),
    ]


def cases(big: bool = False) -> list[Case]:
    """The whole corpus (with the big inputs when ``big``)."""
    return _plain_cases() + _html_cases() + _json_cases() + (big_cases() if big else [])


def write(folder: Path, corpus: list[Case]) -> Path:
    """Write a corpus into a folder (created); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in corpus:
        (folder / case.name).write_bytes(case.data)
    return folder
