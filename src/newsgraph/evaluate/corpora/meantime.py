"""Reader of the MEANTIME corpus (NewsReader, English Wikinews articles in the NAF-like "CAT" XML format).

A MEANTIME file holds ``<token t_id sentence number>`` elements, then ``<Markables>`` (``ENTITY_MENTION``,
``EVENT_MENTION``, ``TIMEX3``, ``VALUE``, ``SIGNAL``, each anchored on tokens by ``<token_anchor t_id>``
children, plus the unanchored instances ``ENTITY`` and ``EVENT``) and ``<Relations>`` (``REFERS_TO`` linking
mentions to instances, ``TLINK``, ``HAS_PARTICIPANT``, ``SLINK``, ``GLINK``, ``CLINK``).

**Text reconstruction** (deterministic, so gold offsets stay valid): sentences are joined by ``"\\n"``;
inside a sentence tokens are joined by one space, except

- no space *before* a closing token: ``, . ; : ! ? ) ] } % ... '' ” ’``, a bare ``'`` (a possessive, as in
  ``Airlines'``) and clitics (``'s 're 've 'll 'd 'm n't``); none before a contraction remainder (``m ll
  re ve d s t``) that follows a token ending in an apostrophe (``I'`` ``m`` → ``I'm``);
- no space *after* an opening token: ``( [ { `` “ ‘ ` $ £ € #``, ``US$``, and a one-letter name prefix
  (``O'`` ``Leary`` → ``O'Leary``);
- a straight double quote ``"`` opens a quotation (no space after it) at the start of a sentence, closes
  one (no space before it) at the end of a sentence or before a closing token, and otherwise alternates
  with the previous straight quote of the document (quotations may run over several sentences).

Every markable's offsets run from the start of its first anchored token to the end of its last one.
The first sentence is the headline (:attr:`MeantimeDoc.title`); the second is usually the date line
("March 01, 2008"). Both stay in the text.

The document creation time (:attr:`MeantimeDoc.dct`) is the value of the ``TIMEX3`` whose
``functionInDocument`` is ``CREATION_TIME`` (in ISO order: one file writes ``DD-MM-YYYY``); two files
lack one, and there it is the value of the ``DATE`` timex that spans the whole date line (the second
sentence), when there is one.

Events and timexes are annotated in the first six sentences only (:data:`ANNOTATED_SENTENCES`,
:attr:`MeantimeDoc.annotated_end`); gold references are ``meantime:<doc_id>`` (:func:`load_article`).

>>> tokens = [("Boeing", 0), ("'s", 0), ("(", 0), ("US", 0), (")", 0), ("said", 0), ("\\"", 0), ("no", 0),
...           ("\\"", 0), (".", 0), ("May", 1)]
>>> join_tokens(tokens)[0]
'Boeing\\'s (US) said "no".\\nMay'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph import config
from newsgraph.errors import GoldError
from newsgraph.model import Article

#: MEANTIME ``ent_type`` codes and the names this reader reports.
ENTITY_TYPES: dict[str, str] = {
    "PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION", "PRO": "PRODUCT", "FIN": "FINANCIAL",
    "MIX": "MIXED",
}
#: Events, timexes and their relations are annotated in the first six sentences of every article only
#: (headline, date line and four body sentences); later sentences carry only entity mentions added by the
#: cross-document layer. Scorers must restrict predictions to this region (:attr:`MeantimeDoc.annotated_end`).
ANNOTATED_SENTENCES = 6
#: The three topics (corpus parts) of the English MEANTIME release.
PARTS: tuple[str, ...] = ("airbus", "apple", "gm")

_CLOSING = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’", "'"}
_OPENING = {"(", "[", "{", "``", "“", "‘", "`", "$", "£", "€", "#", "US$"}
_CLITIC = re.compile(r"^(?:'|’)(?:s|re|ve|ll|d|m)$|^n[’']t$", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"^(?:''|``)?[A-Z]['’]$")  # "O'" Leary, "I'" m
_REMAINDERS = {"s", "re", "ve", "ll", "d", "m", "t"}


@dataclass(frozen=True, slots=True)
class MeantimeToken:
    """One token: its MEANTIME id, sentence number and character span in the reconstructed text."""

    t_id: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity mention with its type and the entity instance it refers to.

    ``chain`` is the document-local instance (the ``ENTITY`` markable's ``m_id``): mentions sharing it
    corefer within the document. ``instance_id`` is the cross-document id (None when the instance has
    none). ``type`` is None for the few mentions that refer to no instance.
    """

    id: str
    start: int
    end: int
    text: str
    type: str | None
    syntactic_type: str
    chain: str | None
    instance_id: str | None
    instance_name: str | None
    external_ref: str | None


@dataclass(frozen=True, slots=True)
class TimexMention:
    """A TIMEX3: type (DATE/TIME/DURATION/SET), value, ``function`` (``CREATION_TIME`` or ``NONE``)."""

    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    function: str
    begin_point: str | None = None
    end_point: str | None = None
    anchor_time: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event mention, its attributes and the event instance (``chain``/``instance_id``) it refers to."""

    id: str
    start: int
    end: int
    text: str
    pred: str | None
    pos: str | None
    tense: str | None
    aspect: str | None
    polarity: str | None
    certainty: str | None
    event_class: str | None
    chain: str | None
    instance_id: str | None


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation (``TLINK``, ``HAS_PARTICIPANT``, ``SLINK``...) between markables, by their ``m_id``."""

    kind: str
    id: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class MeantimeDoc:
    """One MEANTIME article: reconstructed text, DCT and its annotations with offsets into ``text``."""

    doc_id: str
    name: str
    url: str | None
    corpus: str
    text: str
    dct: str | None
    sentences: list[tuple[int, int]]
    tokens: list[MeantimeToken]
    entity_mentions: list[EntityMention]
    timexes: list[TimexMention]
    events: list[EventMention]
    relations: list[Relation]

    @property
    def title(self) -> str:
        """The headline: the first sentence."""
        start, end = self.sentences[0] if self.sentences else (0, 0)
        return self.text[start:end]

    @property
    def annotated_end(self) -> int:
        """End offset of the region annotated with events and timexes (the first six sentences)."""
        if not self.sentences:
            return 0
        return self.sentences[min(ANNOTATED_SENTENCES, len(self.sentences)) - 1][1]

    @property
    def dateline(self) -> tuple[int, int] | None:
        """Span of the date line (the second sentence), None for a one-sentence document."""
        return self.sentences[1] if len(self.sentences) > 1 else None

    @property
    def ref(self) -> str:
        """The document's reference in gold files: ``meantime:<doc_id>``."""
        return f"meantime:{self.doc_id}"


def _quote_opens(tokens: Sequence[tuple[str, int]], i: int, was_open: bool) -> bool:
    """Whether the straight double quote at ``i`` opens a quotation (else it closes one)."""
    sent = tokens[i][1]
    first = i == 0 or tokens[i - 1][1] != sent
    last = i + 1 == len(tokens) or tokens[i + 1][1] != sent
    if first:
        return True
    if last or tokens[i + 1][0] in _CLOSING:
        return False
    return not was_open


def _glued(prev: str, tok: str) -> bool:
    """Whether ``tok`` follows ``prev`` without a space."""
    if prev in _OPENING or _NAME_PREFIX.match(prev) or tok in _CLOSING or _CLITIC.match(tok):
        return True
    return tok.lower() in _REMAINDERS and prev[-1:] in ("'", "’")


def join_tokens(tokens: Sequence[tuple[str, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``(token, sentence)`` pairs, and each token's ``(start, end)``, by the rule above.

    >>> join_tokens([("It", 0), ("ended", 0), (".", 0), ("Then", 1)])
    ('It ended.\\nThen', [(0, 2), (3, 8), (8, 9), (10, 14)])
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, quote_open, prev = 0, False, ""
    for i, (tok, sent) in enumerate(tokens):
        if i and sent != tokens[i - 1][1]:
            parts.append("\n")
            pos, prev = pos + 1, ""
        glued = prev == "" or _glued(prev, tok)
        if tok == '"':
            quote_open = _quote_opens(tokens, i, quote_open)
            glued = prev == "" or (prev in _OPENING if quote_open else True)
        if prev == '"' and quote_open:
            glued = True
        if not glued:
            parts.append(" ")
            pos += 1
        parts.append(tok)
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
        prev = tok
    return "".join(parts), spans


def _iso_date(value: str) -> str:
    """A DCT value in ISO order: one file writes ``DD-MM-YYYY`` (``03-02-2009`` for 3 February 2009).

    >>> _iso_date("03-02-2009"), _iso_date("2008-03-01")
    ('2009-02-03', '2008-03-01')
    """
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else value


def _anchors(el: ET.Element) -> list[str]:
    return [a.get("t_id", "") for a in el.iter("token_anchor")]


def _attr(el: ET.Element, name: str) -> str | None:
    return el.get(name) or None


class _Builder:
    """Turns one parsed MEANTIME XML tree into a :class:`MeantimeDoc`."""

    def __init__(self, root: ET.Element, path: Path) -> None:
        self.root, self.path = root, path
        raw = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")]
        if not raw:
            raise GoldError(f"{path}: no <token> elements (not a MEANTIME file?)")
        self.text, spans = join_tokens([(tok, sent) for _, tok, sent in raw])
        self.tokens = [MeantimeToken(tid, sent, s, e, tok)
                       for (tid, tok, sent), (s, e) in zip(raw, spans, strict=True)]
        self.by_id = {t.t_id: t for t in self.tokens}
        markables = root.find("Markables")
        self.markables: list[ET.Element] = list(markables) if markables is not None else []
        relations = root.find("Relations")
        self.relations = [self._relation(r) for r in (relations if relations is not None else [])]
        self.refers: dict[str, str] = {}
        for rel in self.relations:
            if rel.kind == "REFERS_TO":
                for src in rel.sources:
                    self.refers.setdefault(src, rel.targets[0] if rel.targets else "")
        self.instances = {m.get("m_id", ""): m for m in self.markables if m.tag in ("ENTITY", "EVENT")}

    @staticmethod
    def _relation(el: ET.Element) -> Relation:
        return Relation(
            kind=el.tag, id=el.get("r_id", ""),
            sources=tuple(s.get("m_id", "") for s in el.iter("source")),
            targets=tuple(t.get("m_id", "") for t in el.iter("target")),
            attrs={k: v for k, v in el.attrib.items() if k != "r_id"},
        )

    def span(self, el: ET.Element) -> tuple[int, int] | None:
        """Character span from the first to the last anchored token, or None when unanchored."""
        toks = [self.by_id[t] for t in _anchors(el) if t in self.by_id]
        if not toks:
            return None
        return min(t.start for t in toks), max(t.end for t in toks)

    def sentences(self) -> list[tuple[int, int]]:
        """Character span of every sentence."""
        out: dict[int, tuple[int, int]] = {}
        for t in self.tokens:
            s, _ = out.get(t.sentence, (t.start, t.end))
            out[t.sentence] = (s, t.end)
        return [out[k] for k in sorted(out)]

    def entity_mentions(self) -> list[EntityMention]:
        """Every anchored ENTITY_MENTION, typed by the instance it refers to."""
        out: list[EntityMention] = []
        for el in self.markables:
            span = self.span(el) if el.tag == "ENTITY_MENTION" else None
            if span is None:
                continue
            mid = el.get("m_id", "")
            chain = self.refers.get(mid)
            inst = self.instances.get(chain or "")
            code = inst.get("ent_type", "") if inst is not None else ""
            out.append(EntityMention(
                id=mid, start=span[0], end=span[1], text=self.text[span[0]:span[1]],
                type=ENTITY_TYPES.get(code, code or None), syntactic_type=el.get("syntactic_type", ""),
                chain=chain if inst is not None else None,
                instance_id=_attr(inst, "instance_id") if inst is not None else None,
                instance_name=_attr(inst, "TAG_DESCRIPTOR") if inst is not None else None,
                external_ref=_attr(inst, "external_ref") if inst is not None else None,
            ))
        return sorted(out, key=lambda m: (m.start, m.end, m.id))

    def timexes(self) -> list[TimexMention]:
        """Every anchored TIMEX3 (unanchored ones only serve as begin/end points of durations)."""
        out: list[TimexMention] = []
        for el in self.markables:
            span = self.span(el) if el.tag == "TIMEX3" else None
            if span is None:
                continue
            out.append(TimexMention(
                id=el.get("m_id", ""), start=span[0], end=span[1], text=self.text[span[0]:span[1]],
                type=el.get("type", "DATE"), value=el.get("value", ""),
                function=el.get("functionInDocument") or "NONE",
                begin_point=_attr(el, "beginPoint"), end_point=_attr(el, "endPoint"),
                anchor_time=_attr(el, "anchorTimeID"),
            ))
        return sorted(out, key=lambda t: (t.start, t.end, t.id))

    def events(self) -> list[EventMention]:
        """Every anchored EVENT_MENTION with the event instance it refers to."""
        out: list[EventMention] = []
        for el in self.markables:
            span = self.span(el) if el.tag == "EVENT_MENTION" else None
            if span is None:
                continue
            mid = el.get("m_id", "")
            chain = self.refers.get(mid)
            inst = self.instances.get(chain or "")
            out.append(EventMention(
                id=mid, start=span[0], end=span[1], text=self.text[span[0]:span[1]],
                pred=_attr(el, "pred"), pos=_attr(el, "pos"), tense=_attr(el, "tense"),
                aspect=_attr(el, "aspect"), polarity=_attr(el, "polarity"), certainty=_attr(el, "certainty"),
                event_class=_attr(inst, "class") if inst is not None else None,
                chain=chain if inst is not None else None,
                instance_id=_attr(inst, "instance_id") if inst is not None else None,
            ))
        return sorted(out, key=lambda m: (m.start, m.end, m.id))

    def dct(self, timexes: list[TimexMention], sentences: list[tuple[int, int]]) -> str | None:
        """The CREATION_TIME value; else the value of a DATE timex spanning the whole date line."""
        for el in self.markables:
            if el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME" and el.get("value"):
                return _iso_date(el.get("value", ""))
        if len(sentences) > 1:
            line = sentences[1]
            for t in timexes:
                if t.type == "DATE" and (t.start, t.end) == line:
                    return t.value
        return None

    def build(self) -> MeantimeDoc:
        """The document."""
        sentences, timexes = self.sentences(), self.timexes()
        name = self.root.get("doc_name") or self.path.stem
        return MeantimeDoc(
            doc_id=self.root.get("doc_id") or name.split("_", 1)[0], name=name, url=self.root.get("url"),
            corpus=self.path.parent.name.removeprefix("corpus_"), text=self.text,
            dct=self.dct(timexes, sentences), sentences=sentences, tokens=self.tokens,
            entity_mentions=self.entity_mentions(), timexes=timexes, events=self.events(),
            relations=self.relations,
        )


def read_meantime(path: str | Path) -> MeantimeDoc:
    """Read one MEANTIME XML file.

    >>> doc = read_meantime(next(meantime_files()))  # doctest: +SKIP
    >>> doc.text.split("\\n")[0] == doc.title  # doctest: +SKIP
    True
    """
    p = Path(path)
    try:
        root = ET.parse(p).getroot()
    except (OSError, ET.ParseError) as exc:
        raise GoldError(f"{p}: cannot read MEANTIME XML ({exc})") from exc
    return _Builder(root, p).build()


def meantime_root() -> Path:
    """The folder of the English MEANTIME corpus inside the shared data folder.

    >>> meantime_root().name
    'meantime-en'
    """
    return config.shared_dir() / "data" / "meantime-en"


def meantime_files(root: str | Path | None = None, parts: Sequence[str] = PARTS) -> Iterator[Path]:
    """The XML files of the given corpus parts, sorted by part then name.

    >>> next(meantime_files("no/such/folder"))
    Traceback (most recent call last):
    ...
    newsgraph.errors.GoldError: MEANTIME corpus not found at no/such/folder (set NEWSGRAPH_SHARED)
    """
    base = Path(root) if root is not None else meantime_root()
    if not base.is_dir():
        raise GoldError(f"MEANTIME corpus not found at {base} (set NEWSGRAPH_SHARED)")
    for part in parts:
        yield from sorted((base / f"corpus_{part}").glob("*.xml"))


def iter_meantime(root: str | Path | None = None, parts: Sequence[str] = PARTS) -> Iterator[MeantimeDoc]:
    """Every MEANTIME document of the given parts (all three topics by default).

    >>> sum(1 for _ in iter_meantime(parts=["gm"]))  # doctest: +SKIP
    30
    """
    for path in meantime_files(root, parts):
        yield read_meantime(path)


def document_path(doc_id: str, root: str | Path | None = None) -> Path:
    """The file of a MEANTIME document by its ``doc_id`` (file names start with ``<doc_id>_``).

    >>> document_path("100911").name  # doctest: +SKIP
    '100911_Airbus_and_Boeing_compete_for_US_Air_Force_tanker_contract.xml'
    """
    for path in meantime_files(root):
        if path.name.split("_", 1)[0] == doc_id:
            return path
    raise GoldError(f"meantime:{doc_id}: no such MEANTIME document")


def load_article(doc_id: str) -> Article:
    """The MEANTIME document with this id as an unprocessed Article (what gold references resolve to).

    >>> load_article("100911").published  # doctest: +SKIP
    '2008-03-01'
    """
    return to_article(read_meantime(document_path(doc_id)))


def to_article(doc: MeantimeDoc) -> Article:
    """An :class:`~newsgraph.model.Article` for a MEANTIME document (``published`` = the DCT).

    ``source_id`` is the MEANTIME ``doc_id``; the article text is the reconstructed text, so gold offsets
    apply to it unchanged.

    >>> to_article(read_meantime(document_path("100911"))).source_id  # doctest: +SKIP
    '100911'
    """
    return Article.new(doc.text, url=doc.url, source="Wikinews", title=doc.title, published=doc.dct,
                       source_id=doc.doc_id)
