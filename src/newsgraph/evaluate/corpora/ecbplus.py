"""Reader of ECB+ (EventCorefBank+) documents in CAT XML: text with character offsets, markables, relations.

ECB+ ships pre-tokenized text. The reader rebuilds a plain text deterministically, so that gold records can
point into it by character offsets (``ecbplus:<topic>_<n>ecb[plus]``):

- sentences are joined by one newline ``"\\n"``, in the order of their ``sentence`` number (sentence 0 of the
  ``ecbplus`` files is the URL the text was found at);
- inside a sentence, tokens are joined by one space, except that there is no space **before**
  closing punctuation and clitics (``. , ; : ! ? ) ] } % ... '' ” ’ '`` and ``'s n't 're 'm 've 'd 'll``),
  and no space **after** opening punctuation (``( [ { `` “ ‘ $``); a hyphen token ``-`` is glued to both
  neighbours (``90 - day`` becomes ``90-day``; ``--`` keeps its spaces);
- ``: / . ,`` between two numbers are glued to both (``4:59``, ``4/9/2007``, ``2.6``; a comma only
  before three digits: ``137,000``);
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
from newsgraph.model import Article

#: Tokens written without a space before them.
NO_SPACE_BEFORE: frozenset[str] = frozenset({
    ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’", "'",
    "'s", "n't", "'re", "'m", "'ve", "'d", "'ll", "’s", "-"})
#: Tokens written without a space after them.
NO_SPACE_AFTER: frozenset[str] = frozenset({"(", "[", "{", "``", "“", "‘", "$", "-"})
#: Separators glued to both neighbours when these are numbers (``4 : 59`` -> ``4:59``, ``4 / 9 / 2007``).
DIGIT_GLUE: frozenset[str] = frozenset({":", "/", ".", ","})

_DOC_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b{_MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?[,-]? ?(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)?\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d) ?[/-] ?(?P<m>\d\d) ?[/-] ?(?P<d>\d\d)\b"),
    re.compile(rf"\b(?P<y>(?:19|20)\d\d) / {_MONTH} / (?P<d>\d\d)\b", re.I),
)


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
        ordered = sorted(rows, key=lambda r: (r[1], r[2], r[0]))
        tokens: list[EcbToken] = []
        parts: list[str] = []
        pos = 0
        open_quote = False
        for i, (t_id, sent, num, text) in enumerate(ordered):
            if i == 0 or ordered[i - 1][1] != sent:
                open_quote = False
            sep = "" if i == 0 else "\n" if ordered[i - 1][1] != sent else _separator(ordered, i, open_quote)
            if text == '"':
                open_quote = not open_quote
            parts.append(sep)
            pos += len(sep)
            tokens.append(EcbToken(t_id, sent, num, text, pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
        return cls(doc_id=doc_id, text="".join(parts), tokens=tokens)


def _digits(rows: list[tuple[int, int, int, str]], i: int) -> bool:
    return 0 <= i < len(rows) and rows[i][3].isdigit()


def _separator(rows: list[tuple[int, int, int, str]], i: int, open_quote: bool) -> str:
    """What goes between token ``i - 1`` and token ``i`` of one sentence: nothing or a space."""
    text, prev = rows[i][3], rows[i - 1][3]
    if text in NO_SPACE_BEFORE or (text == '"' and open_quote):
        return ""
    if prev in NO_SPACE_AFTER or (prev == '"' and _opened(rows, i - 1)):
        return ""
    if text in DIGIT_GLUE and _glued(rows, i):
        return ""
    if prev in DIGIT_GLUE and _glued(rows, i - 1):
        return ""
    return " "


def _glued(rows: list[tuple[int, int, int, str]], i: int) -> bool:
    """Whether the separator at ``i`` sits between two numbers of its sentence (a comma: before 3 digits)."""
    if not (_digits(rows, i - 1) and _digits(rows, i + 1) and rows[i + 1][1] == rows[i][1]):
        return False
    return rows[i][3] != "," or len(rows[i + 1][3]) == 3


def _opened(rows: list[tuple[int, int, int, str]], i: int) -> bool:
    """Whether the straight quote at ``i`` opens: an odd occurrence within its sentence."""
    sent = rows[i][1]
    j, count = i, 0
    while j >= 0 and rows[j][1] == sent:
        count += rows[j][3] == '"'
        j -= 1
    return count % 2 == 1


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


def infer_published(doc: EcbDocument) -> str | None:
    """The publication date a document states near its top (URL, dateline), as ISO ``YYYY-MM-DD``, by the
    layout rule the ECB+ loader used until the time stage read addresses and more date-line forms: now the
    baseline of ``python -m newsgraph.evaluate.page_dates``.

    ECB+ has no document creation time; ``ecbplus`` files usually show one near the top (URL, dateline), the
    older ``ecb`` files have neither: their first lines are the headline and the lead, whose dates are the
    events' ("was sentenced Saturday, March 12, 2005"), so an ``ecb`` file's date counts only on a line
    that is little more than the date. A URL's date comes first, then a dateline in the first
    :data:`_DATELINE_LINES` lines (some outlets put a headline, then summary points, then the dateline:
    the summary's "was killed on Oct. 21, 2011" dates the event, not the article), then, for ``ecbplus``
    files, a date in any of the first five lines.

    >>> infer_published(EcbDocument(doc_id="1_1ecbplus", text="http: / / x. com\\nT\\nMay 2, 2013, 1:12 PM"))
    '2013-05-02'
    >>> lead = "T\\nA man was jailed for life on May 2, 2013."
    >>> print(infer_published(EcbDocument(doc_id="1_1ecb", text=lead)))
    None
    >>> points = "http: / / x. com\\nT\\nA man was shot dead outside his home on May 2, 2012.\\n"
    >>> infer_published(EcbDocument(doc_id="1_1ecbplus", text=points + "Thursday, April 11, 2013, 9:53 PM"))
    '2013-04-11'
    """
    in_line: str | None = None
    for k, line in enumerate(doc.text.splitlines()[:_DATELINE_LINES]):
        for pattern in _DATE_PATTERNS:
            for m in pattern.finditer(line):
                iso = _iso(m)
                if iso is None:
                    continue
                url = k == 0 and line.startswith("http")
                if url or len(line.strip()) - len(m.group(0)) <= _DATELINE_REST:
                    return iso
                if k < 5 and doc.subcorpus != "ecb" and in_line is None:
                    in_line = iso
    return in_line


#: How many of a document's first lines may hold its dateline.
_DATELINE_LINES = 10
#: How many characters besides the date an ``ecb`` file's dateline may have ("Updated ... 8:28 PM").
_DATELINE_REST = 25


def _iso(m: re.Match[str]) -> str | None:
    parts = m.groupdict()
    month = int(parts["m"]) if parts.get("m") else _MONTHS.index(parts["mon"].lower()[:3]) + 1
    year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
    day = int(parts["d"])
    if month > 12 and day <= 12:
        month, day = day, month
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def outlet_of(doc: EcbDocument) -> str | None:
    """The web host of an ``ecbplus`` document (its sentence 0 is the URL), e.g. ``latimes.com``.

    >>> outlet_of(EcbDocument(doc_id="1_1ecbplus", text="http: / / articles. latimes. com / 2013\\nT"))
    'latimes.com'
    """
    first = doc.text.split("\n", 1)[0]
    if doc.subcorpus != "ecbplus" or not first.startswith("http"):
        return None
    url = first.replace(" ", "")
    labels = url.split("//", 1)[-1].split("/", 1)[0].lower().split(".")
    second_level = len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "gov")
    keep = 3 if second_level else 2
    return ".".join(labels[-keep:]) or None


def to_article(doc: EcbDocument) -> Article:
    """An unprocessed Article of a document: its text and outlet, without a publication date, which the time
    stage infers from the text as it does for any article without metadata
    (:func:`~newsgraph.extract.time_dct.infer_dct`: the page's address, date lines; scored by
    ``python -m newsgraph.evaluate.page_dates``).

    >>> to_article(EcbDocument(doc_id="1_1ecb", text="A man met B.")).published is None
    True
    """
    return Article.new(doc.text, source=outlet_of(doc), source_id=doc.doc_id)


def load_article(doc_id: str) -> Article:
    """The Article of an ECB+ document id (``1_10ecbplus``), read in place from the shared folder."""
    path = document_path(doc_id)
    if not path.exists():
        raise KeyError(doc_id)
    return to_article(read_ecbplus(path))
