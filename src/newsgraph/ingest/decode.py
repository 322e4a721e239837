"""Bytes to text, with one policy for every reader.

1. Empty input is an error ("empty file").
2. A byte-order mark decides: UTF-8 (BOM dropped), UTF-16 or UTF-32; bytes invalid in that encoding are an
   error naming the byte offset.
3. Without a BOM, a NUL byte means binary (an error naming its offset), as does a text with more than 10 % of
   control characters.
4. Otherwise UTF-8. If that fails, the encoding a page declares (``<meta charset>``) is tried. Failing both,
   text with only a few bad bytes (at most 1 % of the bytes, "mostly text") is decoded with U+FFFD
   replacement characters and a warning naming the first bad offset; anything worse is an error naming it.

>>> decode_bytes("café".encode("utf-16"), "x.txt")
'café'
>>> decode_bytes(b"\\x00\\x01\\x02", "x.bin")
Traceback (most recent call last):
...
newsgraph.errors.InputError: x.bin: binary file (NUL byte at offset 0)
"""

from __future__ import annotations

import codecs
import logging
import re

from newsgraph.errors import InputError

log = logging.getLogger(__name__)

#: At most this share of undecodable bytes is repaired (with U+FFFD) instead of refused.
MAX_BAD_BYTES = 0.01
#: More than this share of control characters makes a text binary.
MAX_CONTROL = 0.10

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None.

    >>> bom_encoding(b"\\xef\\xbb\\xbfhi")
    'utf-8-sig'
    """
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, when Python knows it.

    >>> declared_charset(b'<html><meta charset="windows-1252">')
    'windows-1252'
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m[1].decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


#: Control characters other than whitespace (``\t \n \v \f \r``): many of them mean a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _check_text(text: str, where: str) -> str:
    if _control_share(text) > MAX_CONTROL:
        raise InputError(where, "binary file (too many control characters)")
    return text


def decode_bytes(data: bytes, where: str, *, html: bool = False) -> str:
    """Decode an input's bytes by the policy above; ``where`` names the input in errors and warnings.

    >>> decode_bytes(b"caf\\xc3\\xa9", "a.txt")
    'café'
    >>> decode_bytes(b'<meta charset="latin-1">caf\\xe9', "a.html", html=True)[-4:]
    'café'
    """
    if not data:
        raise InputError(where, "empty file")
    enc = bom_encoding(data)
    if enc is not None:
        try:
            return _check_text(data.decode(enc), where)
        except UnicodeDecodeError as exc:
            name = enc.removesuffix("-sig").upper()
            raise InputError(where, f"invalid {name} at byte {exc.start}") from exc
    nul = data.find(0)
    if nul >= 0:
        raise InputError(where, f"binary file (NUL byte at offset {nul})")
    try:
        return _check_text(data.decode("utf-8"), where)
    except UnicodeDecodeError as exc:
        first = exc.start
    declared = declared_charset(data) if html else None
    if declared is not None:
        try:
            return _check_text(data.decode(declared), where)
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(1, len(data) * MAX_BAD_BYTES):
        raise InputError(where, f"not valid UTF-8, UTF-16 or UTF-32 (first invalid byte at offset {first}); "
                                "save it as UTF-8")
    log.warning("%s: %d invalid UTF-8 byte sequence(s) replaced with U+FFFD (first at byte %d)",
                where, bad, first)
    return _check_text(text, where)
