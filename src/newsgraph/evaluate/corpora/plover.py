"""Reader of the PLOVER gold standard records (``PLOVER_GSR_CAMEO.txt``, PLOVER 0.5b1 labels).

Each record is one English sentence with its event label, source and target actors and an inline markup
(``(SRC: ...)``, ``(TAR: ...)``, ``(SRC/TAR: ...)``, ``(EVT: ...)``, ``(LOC: ...)``). The reader maps the
0.5b1 labels to today's 16 PLOVER types (see :data:`LABEL_MAP` and ``docs/events-codebook.md``) and recovers
the character spans of the marked phrases in the plain sentence.

Records are split once and for all into ``dev`` and ``test`` by a hash of their id (:func:`split_of`), so
the event codebook can be developed on one part and measured on the other.

>>> rec = record_from_json({"id": "X-DEMAND-1", "event": "DEMAND", "text": "Iran urged Iraq to talk.",
...                         "source": [{"actorText": "Iran"}], "target": [{"actorText": "Iraq"}],
...                         "textInfo": {"markup": "(SRC: Iran) (EVT: urged) (TAR: Iraq) to talk."}})
>>> rec.type, rec.sources[0].span, rec.targets[0].span, rec.event_spans
('REQUEST', (0, 4), (11, 15), [(5, 10)])
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph import config
from newsgraph.errors import GoldError
from newsgraph.model import PLOVER_TYPES

#: PLOVER 0.5b1 event labels -> today's PLOVER types (labels not listed keep their name).
LABEL_MAP: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

#: Label-and-mode pairs whose act today belongs to another type (0.5b1 ``COERCE: destroy`` is the
#: ``ASSAULT: destroy`` of today's manual).
LABEL_MODE_MAP: dict[tuple[str, str], str] = {
    ("COERCE", "destroy"): "ASSAULT",
}

_MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC):\s*([^()]*?)\s*\)")


@dataclass(frozen=True, slots=True)
class GsrActor:
    """An actor of a record: its text, code, sector, and where the text is in the sentence (or None)."""

    text: str
    code: str | None = None
    sector: str | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class GsrRecord:
    """One gold standard record, with the label mapped to a current PLOVER type."""

    id: str
    label: str
    type: str
    text: str
    mode: str | None = None
    sources: list[GsrActor] = field(default_factory=list)
    targets: list[GsrActor] = field(default_factory=list)
    event_spans: list[tuple[int, int]] = field(default_factory=list)
    location: str | None = None

    @property
    def split(self) -> str:
        """``dev`` or ``test`` (see :func:`split_of`)."""
        return split_of(self.id)


def map_label(label: str, mode: str | None = None) -> str:
    """Today's PLOVER type of a 0.5b1 label (and mode).

    >>> map_label("FIGHT"), map_label("COERCE", "destroy"), map_label("AGREE")
    ('ASSAULT', 'ASSAULT', 'AGREE')
    """
    mapped = LABEL_MODE_MAP.get((label, mode or "")) or LABEL_MAP.get(label, label)
    if mapped not in PLOVER_TYPES:
        raise GoldError(f"PLOVER label {label!r} has no current type")
    return mapped


def split_of(record_id: str) -> str:
    """``test`` for about a third of the records (by a SHA-256 of the id), ``dev`` for the rest.

    >>> split_of("PLOVER-GSR01-AGREE-0001") in ("dev", "test")
    True
    """
    return "test" if int(hashlib.sha256(record_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def markup_spans(text: str, markup: str) -> list[tuple[str, str, tuple[int, int] | None]]:
    """The marked phrases of a markup as ``(tag, phrase, span in text)``; span None when it cannot be found.

    Phrases are located in order, each searched after the previous one.

    >>> markup_spans("A hit B.", "(SRC: A) (EVT: hit) (TAR: B).")
    [('SRC', 'A', (0, 1)), ('EVT', 'hit', (2, 5)), ('TAR', 'B', (6, 7))]
    """
    out: list[tuple[str, str, tuple[int, int] | None]] = []
    pos = 0
    for m in _MARK.finditer(markup):
        phrase = m.group(2)
        at = _find(text, phrase, pos)
        if at is None:
            at = _find(text, phrase, 0)
        span = (at, at + len(phrase)) if at is not None and phrase else None
        if span is not None:
            pos = span[1]
        out.append((m.group(1), phrase, span))
    return out


def _find(text: str, phrase: str, pos: int) -> int | None:
    if not phrase:
        return None
    m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text[pos:])
    return pos + m.start() if m else None


def _actors(
    raw: Any, marks: list[tuple[str, str, tuple[int, int] | None]], tags: tuple[str, ...], text: str
) -> list[GsrActor]:
    if not isinstance(raw, list):
        return []
    out: list[GsrActor] = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("actorText"):
            continue
        name = str(item["actorText"])
        span = next(
            (s for tag, phrase, s in marks if tag in tags and s and name.lower() in phrase.lower()), None
        )
        if span is None:
            at = _find(text, name, 0)
            span = (at, at + len(name)) if at is not None else None
        out.append(GsrActor(name, item.get("code"), item.get("sector"), span))
    return out


def record_from_json(rec: dict[str, Any]) -> GsrRecord:
    """A :class:`GsrRecord` from one JSON record (raises :class:`GoldError` when it lacks text or label)."""
    if not isinstance(rec.get("text"), str) or not isinstance(rec.get("event"), str):
        raise GoldError(f'PLOVER record {rec.get("id")!r}: needs "text" and "event"')
    text = rec["text"]
    info = rec.get("textInfo")
    markup = str(info.get("markup") or "") if isinstance(info, dict) else ""
    marks = markup_spans(text, markup)
    mode = rec.get("mode") if isinstance(rec.get("mode"), str) else None
    return GsrRecord(
        id=str(rec.get("id")),
        label=rec["event"],
        type=map_label(rec["event"], mode),
        text=text,
        mode=mode,
        sources=_actors(rec.get("source"), marks, ("SRC", "SRC/TAR"), text),
        targets=_actors(rec.get("target"), marks, ("TAR", "SRC/TAR"), text),
        event_spans=[s for tag, _, s in marks if tag == "EVT" and s],
        location=rec.get("eventLoc") if isinstance(rec.get("eventLoc"), str) else None,
    )


def gsr_path() -> Path:
    """Where the records are: ``<shared>/data/plover/PLOVER_GSR_CAMEO.txt``."""
    return config.shared_dir() / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"


@lru_cache(maxsize=2)
def _load(path: Path) -> tuple[GsrRecord, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the PLOVER records: {exc}") from exc
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON array of records")
    return tuple(record_from_json(r) for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT")


def read_gsr(path: Path | None = None, split: str | None = None) -> list[GsrRecord]:
    """The gold standard records (documentation records left out), optionally only one split.

    >>> len(read_gsr())  # doctest: +SKIP
    321
    """
    records = _load(path or gsr_path())
    return [r for r in records if split is None or r.split == split]
