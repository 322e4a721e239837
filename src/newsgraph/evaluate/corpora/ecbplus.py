"""Reader of ECB+ (EventCorefBank+) documents in CAT XML: text with character offsets, markables, relations.

ECB+ ships pre-tokenized text. The reader rebuilds a plain text deterministically, so that gold records can
point into it by character offsets (``ecbplus:<topic>_<n>ecb[plus]``):

- sentences are joined by one newline ``"\\n"``, in the order of their ``sentence`` number (sentence 0 of the
  ``ecbplus`` files is the URL the text was found at);
- inside a sentence, tokens are joined by one space, except that there is no space **before**
  closing punctuation and clitics (``. , ; : ! ? ) ] } % ... '' ” ’ '`` and ``'s n't 're 'm 've 'd 'll``),
  and no space **after** opening punctuation (``( [ { `` “ ‘ $``); a hyphen token ``-`` is glued to both
  neighbours (``90 - day`` becomes ``90-day``; ``--`` keeps its spaces);
- a straight double quote ``"`` alternates inside a sentence: its odd occurrences open (no space after), its
  even occurrences close (no space before).

>>> doc = EcbDocument.from_tokens("1_1ecb", [(1, 0, 0, "He"), (2, 0, 1, "said"), (3, 0, 2, '"'),
...                                          (4, 0, 3, "no"), (5, 0, 4, '"'), (6, 0, 5, "."),
...                                          (7, 1, 0, "Ok"), (8, 1, 1, ",")])
>>> doc.text
'He said "no".\\nOk,'
>>> doc.token(4).start, doc.token(4).end
(9, 11)
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph import config
from newsgraph.errors import GoldError

#: Tokens written without a space before them.
NO_SPACE_BEFORE: frozenset[str] = frozenset({
    ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’", "'",
    "'s", "n't", "'re", "'m", "'ve", "'d", "'ll", "’s", "-"})
#: Tokens written without a space after them.
NO_SPACE_AFTER: frozenset[str] = frozenset({"(", "[", "{", "``", "“", "‘", "$", "-"})

_DOC_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")


@dataclass(frozen=True, slots=True)
class EcbToken:
    """One token: its ids in the XML and its character span in the rebuilt text."""

    t_id: int
    sentence: int
    number: int
    text: str
    start: int
    end: int


@dataclass(slots=True)
class EcbMarkable:
    """An annotated mention (``ACTION_OCCURRENCE``, ``TIME_DATE``, ``HUMAN_PART_PER``...) over tokens.

    ``start``/``end`` span its first to its last token (a few markables are discontinuous: see ``t_ids``).
    """

    m_id: str
    tag: str
    t_ids: tuple[int, ...]
    start: int
    end: int
    text: str
    sentence: int

    @property
    def is_event(self) -> bool:
        """An event mention (``ACTION_*`` or ``NEG_ACTION_*``)."""
        return self.tag.startswith(("ACTION_", "NEG_ACTION_"))


@dataclass(frozen=True, slots=True)
class EcbDescriptor:
    """An instance a relation points to (no tokens): its tag, human name and cross-document instance id."""

    m_id: str
    tag: str
    descriptor: str
    instance_id: str | None


@dataclass(frozen=True, slots=True)
class EcbRelation:
    """A coreference relation: ``INTRA_DOC_COREF`` or ``CROSS_DOC_COREF`` (``instance_id`` from its note)."""

    r_id: str
    kind: str
    sources: tuple[str, ...]
    target: str
    instance_id: str | None


@dataclass(slots=True)
class EcbDocument:
    """An ECB+ document: rebuilt text, tokens, markables, descriptors and relations."""

    doc_id: str
    text: str
    tokens: list[EcbToken] = field(default_factory=list)
    markables: list[EcbMarkable] = field(default_factory=list)
    descriptors: dict[str, EcbDescriptor] = field(default_factory=dict)
    relations: list[EcbRelation] = field(default_factory=list)

    @property
    def topic(self) -> str:
        """The topic number ("1" for ``1_10ecbplus``)."""
        return self.doc_id.split("_", 1)[0]

    @property
    def subcorpus(self) -> str:
        """``ecb`` (the original seminal event of the topic) or ``ecbplus`` (the added one)."""
        return "ecbplus" if self.doc_id.endswith("ecbplus") else "ecb"

    @property
    def gold_id(self) -> str:
        """The document reference gold records use: ``ecbplus:<doc id>``."""
        return f"ecbplus:{self.doc_id}"

    def token(self, t_id: int) -> EcbToken:
        """The token with this id."""
        return self._token_index()[t_id]

    def _token_index(self) -> dict[int, EcbToken]:
        return {t.t_id: t for t in self.tokens}

    def sentence_span(self, number: int) -> tuple[int, int]:
        """Character span of a sentence (by its ``sentence`` number).

        >>> doc = EcbDocument.from_tokens("1_1ecb", [(1, 0, 0, "A"), (2, 1, 0, "B"), (3, 1, 1, ".")])
        >>> doc.sentence_span(1)
        (2, 4)
        """
        toks = [t for t in self.tokens if t.sentence == number]
        if not toks:
            raise GoldError(f"ecbplus:{self.doc_id}: no sentence {number}")
        return toks[0].start, toks[-1].end

    def sentence_numbers(self) -> list[int]:
        """The sentence numbers, in order."""
        return sorted({t.sentence for t in self.tokens})

    def instance_of(self) -> dict[str, str]:
        """Each coreferent markable id -> its chain (cross-document instance id, else ``<doc>/<target>``)."""
        out: dict[str, str] = {}
        for rel in self.relations:
            chain = rel.instance_id or f"{self.doc_id}/{rel.target}"
            for src in rel.sources:
                out[src] = chain
        return out

    @classmethod
    def from_tokens(cls, doc_id: str, rows: Iterable[tuple[int, int, int, str]]) -> EcbDocument:
        """A document from ``(t_id, sentence, number, text)`` rows; the text is rebuilt by the rules above."""
        tokens: list[EcbToken] = []
        parts: list[str] = []
        pos = 0
        prev: tuple[int, str] | None = None
        open_quote = False
        for t_id, sent, num, text in sorted(rows, key=lambda r: (r[1], r[2], r[0])):
            if prev is None or prev[0] != sent:
                open_quote = False
            sep = _separator(prev, sent, text, open_quote)
            if text == '"':
                open_quote = not open_quote
            parts.append(sep)
            pos += len(sep)
            tokens.append(EcbToken(t_id, sent, num, text, pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
            prev = (sent, text if text != '"' else ('"open' if open_quote else '"close'))
        return cls(doc_id=doc_id, text="".join(parts), tokens=tokens)


def _separator(prev: tuple[int, str] | None, sent: int, text: str, open_quote: bool) -> str:
    """What goes between the previous token and this one: nothing, a space or a newline."""
    if prev is None:
        return ""
    if prev[0] != sent:
        return "\n"
    if text in NO_SPACE_BEFORE or (text == '"' and open_quote):
        return ""
    if prev[1] in NO_SPACE_AFTER or prev[1] == '"open':
        return ""
    return " "


def doc_id_of(path: str | Path) -> str:
    """The document id of a file (``1_10ecbplus`` for ``.../1/1_10ecbplus.xml``).

    >>> doc_id_of("topics/1/1_10ecbplus.xml")
    '1_10ecbplus'
    """
    stem = Path(path).name.removesuffix(".xml")
    if not _DOC_NAME.match(stem):
        raise GoldError(f"{path}: not an ECB+ document name (expected <topic>_<n>ecb[plus].xml)")
    return stem


def read_ecbplus(path: str | Path) -> EcbDocument:
    """Read one ECB+ CAT XML file into an :class:`EcbDocument` (text, token offsets, markables, relations).

    >>> doc = read_ecbplus(corpus_dir() / "topics" / "1" / "1_10ecbplus.xml")  # doctest: +SKIP
    >>> doc.text.splitlines()[1]  # doctest: +SKIP
    'Lindsay Lohan checks into Betty Ford Center'
    """
    doc_id = doc_id_of(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise GoldError(f"{path}: cannot read ECB+ XML: {exc}") from exc
    rows = [(int(t.get("t_id", "0")), int(t.get("sentence", "0")), int(t.get("number", "0")), t.text or "")
            for t in root.iter("token")]
    doc = EcbDocument.from_tokens(doc_id, rows)
    _read_markables(doc, root)
    _read_relations(doc, root)
    return doc


def _read_markables(doc: EcbDocument, root: ET.Element) -> None:
    index = doc._token_index()
    box = root.find("Markables")
    for el in box if box is not None else []:
        m_id = el.get("m_id", "")
        t_ids = tuple(sorted(int(a.get("t_id", "0")) for a in el.findall("token_anchor")))
        if not t_ids:
            doc.descriptors[m_id] = EcbDescriptor(m_id, el.tag, el.get("TAG_DESCRIPTOR", ""),
                                                  el.get("instance_id") or None)
            continue
        first, last = index[t_ids[0]], index[t_ids[-1]]
        doc.markables.append(EcbMarkable(m_id, el.tag, t_ids, first.start, last.end,
                                         doc.text[first.start:last.end], first.sentence))
    doc.markables.sort(key=lambda m: (m.start, m.end))


def _read_relations(doc: EcbDocument, root: ET.Element) -> None:
    box = root.find("Relations")
    for el in box if box is not None else []:
        target = el.find("target")
        sources = tuple(s.get("m_id", "") for s in el.findall("source"))
        tid = target.get("m_id", "") if target is not None else ""
        instance = el.get("note") or None
        if instance is None and tid in doc.descriptors:
            instance = doc.descriptors[tid].instance_id
        doc.relations.append(EcbRelation(el.get("r_id", ""), el.tag, sources, tid, instance))


def corpus_dir() -> Path:
    """Where ECB+ lives: ``<shared>/data/ecbplus``."""
    return config.shared_dir() / "data" / "ecbplus"


@lru_cache(maxsize=2)
def annotated_sentences(root: Path | None = None) -> dict[str, frozenset[int]]:
    """Document id -> numbers of its sentences whose annotation is complete (the corpus' CSV index)."""
    path = (root or corpus_dir()) / "ECBplus_coreference_sentences.csv"
    out: dict[str, set[int]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    except (OSError, KeyError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read the annotated-sentence list: {exc}") from exc
    return {k: frozenset(v) for k, v in out.items()}


def document_path(doc_id: str, root: Path | None = None) -> Path:
    """The XML file of a document id.

    >>> document_path("3_2ecb", Path("x")).as_posix()
    'x/topics/3/3_2ecb.xml'
    """
    doc_id = doc_id.removeprefix("ecbplus:")
    doc_id_of(f"{doc_id}.xml")
    return (root or corpus_dir()) / "topics" / doc_id.split("_", 1)[0] / f"{doc_id}.xml"


def iter_documents(topics: Iterable[str] | None = None, root: Path | None = None) -> Iterator[EcbDocument]:
    """Every document of the corpus (or of some topics), in topic and file order."""
    base = (root or corpus_dir()) / "topics"
    if not base.is_dir():
        raise GoldError(f"{base}: ECB+ topics folder not found (set NEWSGRAPH_SHARED)")
    wanted = set(topics) if topics is not None else None
    for tdir in sorted(base.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0):
        if wanted is not None and tdir.name not in wanted:
            continue
        for path in sorted(tdir.glob("*.xml"), key=_file_order):
            yield read_ecbplus(path)


def _file_order(path: Path) -> tuple[int, int]:
    m = _DOC_NAME.match(path.stem)
    return (int(m.group(2)), 0 if m.group(3) == "ecb" else 1) if m else (0, 0)
