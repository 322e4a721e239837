"""The data model every stage reads and writes.

Facts never copy article text loosely: each one carries character offsets (``start``, ``end``) into
``Article.text`` (its provenance) and a ``confidence`` in [0, 1]. ``text`` fields on facts are a
convenience copy of ``article.text[start:end]`` and are checked against it by :func:`check_offsets`.

Identifiers inside one article are local and stable for a given text and pipeline version:
mentions ``m1..``, entities ``e1..``, timexes ``t1..``, quotes ``q1..``, events ``v1..``.
Fields named ``entity`` hold such a local entity id. Cross-article identity lives in the store.

This module imports nothing of newsgraph's own.

>>> art = Article.new("Gen Asim Munir met Antony Blinken.", published="2023-12-15", source="Dawn")
>>> art.id == Article.new("Gen  Asim Munir met Antony Blinken. ").id
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "1.0"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "OTHER"]
MentionKind = Literal["NAM", "NOM", "PRO"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Role = Literal["actor", "recipient", "participant"]
Modality = Literal["asserted", "negated", "question", "conditional", "speculative", "future", "reported"]
#: The modalities of an event told as having happened (the narrator's or a source's word); the others are
#: kept with their modality but are no fact.
FACTUAL: frozenset[str] = frozenset({"asserted", "reported"})

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

_WS = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Normalize text for identity: Unicode NFC, whitespace runs folded, ends stripped.

    >>> normalize_text("  a \\n b ")
    'a b'
    """
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """The article id: the first 16 hex digits of SHA-256 over the normalized text.

    >>> article_id("x") == article_id(" x ")
    True
    """
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Mention:
    """One mention of an entity: a name (NAM), a nominal ("the army chief", NOM) or a pronoun (PRO)."""

    id: str
    start: int
    end: int
    text: str
    type: str
    kind: str = "NAM"
    entity: str | None = None
    head: str | None = None
    confidence: float = 1.0
    #: Why within-article coreference put this mention in its entity ("surname of Asim Munir", ...).
    reason: str | None = None


@dataclass(slots=True)
class Title:
    """A title or role of a person as one article states it ("Chief of Army Staff")."""

    text: str
    start: int
    end: int
    normalized: str | None = None
    date: str | None = None


@dataclass(slots=True)
class Affiliation:
    """Who an entity belongs to: a country (ISO 3166 alpha-3) and/or an organisation (local entity id)."""

    country: str | None = None
    organization: str | None = None
    organization_name: str | None = None


@dataclass(slots=True)
class Entity:
    """One real-world entity as one article knows it: its mentions grouped by within-article coreference."""

    id: str
    name: str
    type: str
    mentions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    affiliation: Affiliation | None = None
    sector: str | None = None
    country: str | None = None
    wikidata: str | None = None
    confidence: float = 1.0
    #: For a group ("the two officials"): the local ids of the entities it is made of.
    members: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Timex:
    """A temporal expression normalized to a TIMEX3 value (``2023-12-14``, ``2023-W50``, ``P3D``...).

    ``begin``/``end_value`` bound ranges ("December 14-16"); ``anchor`` says what the value was computed
    from: ``dct`` (the publication date), ``inferred-dct``, ``text`` (absolute), ``quote`` (a quoted
    statement's own day, or the day of a saying whose reported "would" tells a plan) or ``none``.
    """

    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    begin: str | None = None
    end_value: str | None = None
    anchor: str = "dct"
    confidence: float = 1.0


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to: a span in the text, resolved to an entity where possible.

    ``descriptor`` keeps an unnamed source honest ("a diplomatic source"); ``affiliation`` is the
    organisation or country such a source belongs to, when the text says so. ``name`` is the resolved
    speaker's name (the entity's name, copied so a quote reads on its own; None for unnamed sources).
    """

    text: str
    start: int
    end: int
    entity: str | None = None
    descriptor: str | None = None
    affiliation: str | None = None
    name: str | None = None


@dataclass(slots=True)
class Quote:
    """Who said what: content span, cue verb, speaker, direct/indirect/mixed, and the evidence sentence."""

    id: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker | None = None
    addressee: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Participant:
    """An entity taking part in an event, with its role and the span that names it in the evidence."""

    entity: str
    role: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class EventDate:
    """When an event happened: a TIMEX3 value with its granularity kept (a month stays a month).

    ``fallback`` is true when no timex was attached and the publication date was used; ``carried`` when the
    event's own sentence dates nothing and the date is that of another mention of the same act (a headline's
    lead, an earlier sentence a definite noun refers back to: :mod:`newsgraph.extract.event_coref_dates`),
    weaker evidence when reports are merged (:mod:`newsgraph.resolve.events`).
    """

    value: str
    text: str | None = None
    timex: str | None = None
    begin: str | None = None
    end: str | None = None
    fallback: bool = False
    carried: bool = False


@dataclass(slots=True)
class Event:
    """A PLOVER-coded event as one article reports it, with its evidence span and modality.

    ``mentions`` are the ``[start, end]`` trigger spans of every mention of this event in the article
    (the main trigger first): "met ... after the meeting", a headline and the body.
    """

    id: str
    type: str
    start: int
    end: int
    mode: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    participants: list[Participant] = field(default_factory=list)
    date: EventDate | None = None
    place: str | None = None
    place_name: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    modality: str = "asserted"
    confidence: float = 1.0
    mentions: list[list[int]] = field(default_factory=list)


#: How an article's publication date was obtained (:attr:`PublishedFrom.kind`): ``given`` with the input,
#: or inferred from the text (:func:`newsgraph.extract.time_dct.infer_dct`): a date line near the top, a date
#: line without a year completed by the year of the page's address or copyright line, the page's address,
#: a wire dateline opening the body, a publication line at the page's foot, or bounds (the latest date the
#: text reports in the past tense).
PUBLISHED_KINDS: dict[str, str] = {
    "given": "given with the article",
    "dateline": "inferred from the date line",
    "yearless": "inferred from a date line without a year, completed by the page's year",
    "url": "inferred from the page's address",
    "wire": "inferred from the wire dateline",
    "foot": "inferred from a publication line at the page's foot",
    "bounds": "inferred from the latest date the text reports (a lower bound)",
}


@dataclass(slots=True)
class PublishedFrom:
    """How an article's publication date was obtained: its kind (:data:`PUBLISHED_KINDS`), the date the
    evidence gives (``value``; day, month or year: a guess coarser than a day only anchors relative dates
    and is not written to ``Article.published``) and the evidence span in the text (``start``, ``end``,
    ``text``). A given date has no span; nor has an address that came with the article (``Article.url``),
    not from its text.

    >>> PublishedFrom("dateline", "2013-06-27", 11, 24, "June 27, 2013").describe()
    'inferred from the date line'
    >>> PublishedFrom("url", "2013-06-27").describe()
    "inferred from the page's address (the article's url, not its text)"
    """

    kind: str
    value: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None

    @property
    def evidence(self) -> tuple[int, int] | None:
        """The evidence span in the article's text; None for a given date or an address that came as the
        article's url.

        >>> PublishedFrom("dateline", "2013-06-27", 11, 24).evidence
        (11, 24)
        >>> PublishedFrom("given", "2013-06-27").evidence is None
        True
        """
        if self.kind == "given" or self.start is None or self.end is None:
            return None
        return self.start, self.end

    def describe(self) -> str:
        """How the date was obtained, in words."""
        words = PUBLISHED_KINDS.get(self.kind, f"inferred ({self.kind})")
        if self.kind == "url" and self.start is None:
            return f"{words} (the article's url, not its text)"
        return words


@dataclass(slots=True)
class Article:
    """A news article and, once processed, the facts found in it.

    ``id`` is the hash of the normalized text (identical articles are one); ``source_id`` keeps the id an
    input gave the article (a JSONL ``id`` field, a file name). ``published`` is an ISO date or datetime;
    ``published_inferred`` says it was inferred from the text rather than given; ``published_from`` how
    it was obtained and the evidence of an inferred one (set by the time stage; None before it ran, and in
    data written before it existed).
    """

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    published_inferred: bool = False
    published_from: PublishedFrom | None = None
    language: str = "en"
    source_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @classmethod
    def new(cls, text: str, **meta: Any) -> Article:
        """Make an article whose id is the hash of its normalized text.

        >>> Article.new("Hello.", source="Dawn").source
        'Dawn'
        """
        return cls(id=article_id(text), text=text, **meta)

    def entity(self, local_id: str | None) -> Entity | None:
        """The entity with this local id, or None."""
        return _by_id(self.entities, local_id) if local_id else None

    def mention(self, local_id: str) -> Mention | None:
        """The mention with this local id, or None."""
        return _by_id(self.mentions, local_id)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (JSON-ready) of the article and its facts (what ``dataclasses.asdict`` gives, built
        without its deep copies of every leaf value: the values are immutable or copied here).

        >>> Article.new("x", source="Dawn").to_dict()["source"]
        'Dawn'
        """
        plain = _plain(self)
        assert isinstance(plain, dict)
        return plain

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output.

        >>> a = Article.new("x")
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in data.items() if k in known}
        kw["mentions"] = [Mention(**m) for m in data.get("mentions", [])]
        kw["entities"] = [_entity_from_dict(e) for e in data.get("entities", [])]
        kw["timexes"] = [Timex(**t) for t in data.get("timexes", [])]
        kw["quotes"] = [_quote_from_dict(q) for q in data.get("quotes", [])]
        kw["events"] = [_event_from_dict(v) for v in data.get("events", [])]
        kw["published_from"] = PublishedFrom(**data["published_from"]) if data.get("published_from") else None
        return cls(**kw)


_Fact = TypeVar("_Fact", Mention, Entity)
#: The positions by id of the last few fact lists looked up (list, {id: position}); a lookup checks the
#: fact at the position, so a list changed since is read again, never answered from a stale position.
_POSITIONS: dict[int, tuple[list[Any], int, dict[str, int]]] = {}


def _by_id(facts: list[_Fact], local_id: str) -> _Fact | None:
    """The first fact with this id in a list (by position; the list is indexed again once it changed)."""
    cached = _POSITIONS.get(id(facts))
    if cached is None or cached[0] is not facts or cached[1] != len(facts):
        if len(_POSITIONS) >= 8:
            _POSITIONS.clear()
        positions: dict[str, int] = {}
        for i, f in enumerate(facts):
            positions.setdefault(f.id, i)
        cached = (facts, len(facts), positions)
        _POSITIONS[id(facts)] = cached
    pos = cached[2].get(local_id)
    if pos is not None and pos < len(facts) and facts[pos].id == local_id:
        return facts[pos]
    return next((f for f in facts if f.id == local_id), None)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, lists and tuples copied, dict values converted; other values as they are."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


#: :func:`dataclasses.asdict` (recursively, for JSON) without its deep copies of every leaf value.
to_plain = _plain


def _entity_from_dict(d: dict[str, Any]) -> Entity:
    d = dict(d)
    d["titles"] = [Title(**t) for t in d.get("titles", [])]
    d["affiliation"] = Affiliation(**d["affiliation"]) if d.get("affiliation") else None
    return Entity(**d)


def _quote_from_dict(d: dict[str, Any]) -> Quote:
    d = dict(d)
    d["speaker"] = Speaker(**d["speaker"]) if d.get("speaker") else None
    return Quote(**d)


def _event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["participants"] = [Participant(**p) for p in d.get("participants", [])]
    d["date"] = EventDate(**d["date"]) if d.get("date") else None
    return Event(**d)


def check_offsets(article: Article) -> list[str]:
    """Problems with the offsets of an article's facts (empty when every span matches the text).

    >>> a = Article.new("Gen Munir spoke.")
    >>> a.mentions.append(Mention("m1", 4, 9, "Munir", "PERSON"))
    >>> check_offsets(a)
    []
    """
    problems: list[str] = []
    n = len(article.text)
    spans: list[tuple[str, int, int, str | None]] = []
    spans += [(m.id, m.start, m.end, m.text) for m in article.mentions]
    spans += [(t.id, t.start, t.end, t.text) for t in article.timexes]
    spans += [(q.id, q.start, q.end, q.text) for q in article.quotes]
    spans += [(v.id, v.start, v.end, None) for v in article.events]
    basis = article.published_from
    if basis is not None and basis.evidence is not None:
        spans.append(("published_from", *basis.evidence, basis.text))
    for fid, start, end, text in spans:
        if not 0 <= start <= end <= n:
            problems.append(f"{fid}: span {start}-{end} outside the text (length {n})")
        elif text is not None and article.text[start:end] != text:
            problems.append(f"{fid}: text {text!r} != {article.text[start:end]!r}")
    return problems
