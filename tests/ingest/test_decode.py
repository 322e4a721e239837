"""The decoding policy: BOMs, binary, invalid UTF-8 (error when mostly bad, repaired when mostly text)."""

from __future__ import annotations

import logging

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.decode import declared_charset, decode_bytes

TEXT = "Gen Asim Munir met officials in Washington — «talks» went well. "


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings_with_or_without_bom(encoding: str) -> None:
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these have no BOM: only the BOM'd forms are recognized
        data = ("\ufeff" + TEXT).encode(encoding)
    assert decode_bytes(data, "x") == TEXT


def test_invalid_utf16_names_the_byte() -> None:
    data = "\ufeffab".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(InputError, match=r"^x: invalid UTF-16 at byte 6$"):
        decode_bytes(data, "x")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(bytes(range(1, 32)) * 10, "x")


def test_many_bad_bytes_are_an_error_naming_the_first() -> None:
    with pytest.raises(InputError, match=r"first invalid byte at offset 2"):
        decode_bytes(b"ab\xff\xfe\xfd\xfc", "x")


def test_one_bad_byte_in_long_text_is_replaced(caplog: pytest.LogCaptureFixture) -> None:
    data = TEXT.encode() * 3 + b"\x81" + TEXT.encode()
    with caplog.at_level(logging.WARNING):
        text = decode_bytes(data, "x.txt")
    assert text.count("\ufffd") == 1 and "x.txt: 1 invalid UTF-8" in caplog.text


def test_html_declared_charset_is_used() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>Caf\xe9 cr\xe8me d\xe9j\xe0</body></html>'
    data = page.encode("cp1252")
    assert declared_charset(data) == "windows-1252"
    assert "Café crème déjà" in decode_bytes(data, "p.html", html=True)
    with pytest.raises(InputError):
        decode_bytes(data, "p.txt")
