"""What queries return: typed rows, each with ``to_dict()`` for JSON output.

>>> EntityRow("E1", "Asim Munir", "PERSON").to_dict()["name"]
'Asim Munir'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class _Row:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The row as a plain dict (JSON-ready)."""
        out: dict[str, Any] = asdict(self)  # type: ignore[call-overload]
        return out


@dataclass(frozen=True, slots=True)
class EntityRow(_Row):
    """A global entity: how many articles and mentions support it, the names, titles and affiliations
    articles give it (most frequent first)."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    articles: int = 0
    mentions: int = 0
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ParticipantRow(_Row):
    """An entity taking part in a global event, and its role."""

    entity_id: str
    name: str
    type: str
    role: str


@dataclass(frozen=True, slots=True)
class ReportRow(_Row):
    """One article's report of an event: where it says so (evidence span and text) and how it was merged."""

    article_id: str
    local_id: str
    source: str | None
    source_id: str | None
    url: str | None
    published: str | None
    start: int
    end: int
    evidence: str
    trigger: str | None = None
    date_text: str | None = None
    confidence: float = 1.0
    link_reason: str | None = None
    #: The report's date is carried from another mention of the act in its article (not its sentence's).
    date_carried: bool = False
    #: Why the report's date rests on its article's inferred publication date, with the evidence
    #: (:func:`newsgraph.query.published.date_basis`); None when it does not.
    date_basis: str | None = None


@dataclass(frozen=True, slots=True)
class EventRow(_Row):
    """A global event merged over its reports; corroborated by ``num_outlets`` outlets in ``num_reports``."""

    id: str
    type: str
    mode: str | None
    date: str | None
    first_day: str | None
    last_day: str | None
    place: str | None
    modality: str
    confidence: float
    merge_reason: str | None
    participants: list[ParticipantRow] = field(default_factory=list)
    reports: list[ReportRow] = field(default_factory=list)
    #: Corroboration: the distinct outlets behind the reports (an article without a source counts as its own).
    outlets: list[str] = field(default_factory=list)
    num_reports: int = 0
    num_outlets: int = 0


@dataclass(frozen=True, slots=True)
class QuoteRow(_Row):
    """A quote: who (entity name, else the speaker's words), what (content span and text), where reported."""

    article_id: str
    local_id: str
    source: str | None
    published: str | None
    url: str | None
    speaker: str | None
    speaker_entity_id: str | None
    speaker_text: str | None
    descriptor: str | None
    cue: str | None
    kind: str
    start: int
    end: int
    text: str
    confidence: float = 1.0
    affiliation: str | None = None
    addressee: str | None = None


@dataclass(frozen=True, slots=True)
class Timeline(_Row):
    """The dated events of the entities a name resolves to, in date order (``undated``: left out)."""

    query: str
    entities: list[EntityRow]
    entries: list[EventRow]
    undated: int = 0
