"""Made-up MEANTIME files for the evaluator's tests: token and anchor markup, and a file read back."""

from __future__ import annotations

from pathlib import Path

from newsgraph.evaluate.corpora.meantime import MeantimeDoc, read_meantime


def anchor(*ids: int) -> str:
    """``<token_anchor>`` elements of the given token ids."""
    return "".join(f'<token_anchor t_id="{i}"/>' for i in ids)


def tokens_xml(tokens: list[tuple[str, int]]) -> str:
    """``<token>`` elements of (text, sentence) pairs, numbered from 1."""
    return "".join(f'<token t_id="{i}" sentence="{s}" number="{i}">{t}</token>'
                   for i, (t, s) in enumerate(tokens, start=1))


def write_doc(tmp_path: Path, name: str, xml: str) -> MeantimeDoc:
    """Write a MEANTIME file under a demo corpus folder and read it back."""
    path = tmp_path / "corpus_demo" / f"{name}.xml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(xml, encoding="utf-8")
    return read_meantime(path)
