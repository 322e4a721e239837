"""What within-article coreference works on: the clusters (entities being built) and the discourse they are
built over (sentences, quotations and their speakers, the mentions resolved so far), with the small helpers
every step of :mod:`newsgraph.resolve.coref` shares (agreement, recency, merging two clusters, a cluster's
name).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.ages import AGE_AFTER
from newsgraph.extract.countries import demonym_country
from newsgraph.extract.event_syntax import relative_antecedent
from newsgraph.extract.nominals import Nominal
from newsgraph.model import Article, Entity, Mention, Title
from newsgraph.nlp.doctext import children_of, doc_text
from newsgraph.resolve.names import name_keys

#: Pronoun -> (type, gender, number). Type "NONPERSON" is an organisation or a place.
PRONOUNS: dict[str, tuple[str | None, str | None, str]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("PERSON", "male", "sg")),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("PERSON", "female", "sg")),
    **dict.fromkeys(("it", "its", "itself"), ("NONPERSON", None, "sg")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), (None, None, "pl")),
}
SPEECH_VERBS = frozenset({
    "say", "add", "tell", "state", "note", "ask", "claim", "announce", "report", "explain", "insist",
    "stress", "write", "reply", "respond", "warn", "confirm", "deny", "suggest", "speculate", "argue",
    "comment", "declare", "remark", "emphasise", "emphasize"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_AGE_BEFORE = re.compile(r"\b(\d{1,3})[- ]year-old\s+$")


@dataclass(slots=True)
class Cluster:
    """An entity being built: its mentions, the singleton entities merged into it, what it is known to be."""

    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    bases: list[Entity] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    countries: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    orgs: list[tuple[str | None, str]] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    members: list[Cluster] = field(default_factory=list)
    descriptor: str | None = None
    age: int | None = None
    plural: bool = False
    #: A counted group ("20 journalists"): a collective of its own, which no other collective joins.
    counted: bool = False
    #: Kept only if identified by age (:mod:`.coref_ages`): dropped otherwise.
    tentative: bool = False

    @property
    def named(self) -> bool:
        """True when some mention is a name."""
        return any(m.kind == "NAM" for m in self.mentions)

    @property
    def country(self) -> str | None:
        """The country most of its mentions state."""
        return Counter(self.countries).most_common(1)[0][0] if self.countries else None

    def names(self) -> list[str]:
        """Texts of its named mentions."""
        return [m.text for m in self.mentions if m.kind == "NAM"]

    def add(self, mention: Mention, reason: str | None, confidence: float = 1.0) -> None:
        """Add a mention with the reason it belongs here."""
        mention.reason, mention.confidence = reason, confidence
        self.mentions.append(mention)


class Discourse:
    """Sentence index, quotation regions and speakers of one Doc, and the mentions resolved so far."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc, self.article = doc, article
        self.quotes = quote_regions(doc_text(doc))
        self.sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.clusters: list[Cluster] = []
        self.of_mention: dict[str, Cluster] = {}
        self.by_key: dict[str, Cluster] = {}
        self.timeline: list[tuple[int, str]] = []
        self.name_index: dict[str, list[Cluster]] = {}
        self.described_orgs: list[tuple[Nominal, Mention]] = []
        #: Unnamed relatives: cluster, head token of its kin noun, the noun (:mod:`.coref_kin`).
        self.kin: list[tuple[Cluster, int, str]] = []

    def sentence(self, char: int) -> int:
        """Index of the sentence holding a character offset."""
        lo, hi = 0, len(self.sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sent_starts[mid] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def in_quote(self, char: int) -> bool:
        """True when a character offset lies inside a quotation."""
        return any(s < char < e for s, e in self.quotes)

    def attach(self, cluster: Cluster, mention: Mention, reason: str | None, confidence: float = 1.0) -> None:
        """Record a mention as part of a cluster."""
        cluster.add(mention, reason, confidence)
        self.of_mention[mention.id] = cluster
        bisect.insort(self.timeline, (mention.start, cluster.key))
        if mention.kind == "NAM":
            for key in local_keys(mention.type, mention.text):
                found = self.name_index.setdefault(key, [])
                if cluster not in found:
                    found.append(cluster)

    def new_cluster(self, type_: str) -> Cluster:
        """A new, empty cluster."""
        cluster = Cluster(key=f"c{len(self.clusters) + 1}", type=type_)
        self.clusters.append(cluster)
        self.by_key[cluster.key] = cluster
        return cluster

    def speakers(self, char: int) -> set[str]:
        """Keys of the clusters speaking the quotation at ``char`` (subjects of speech verbs outside it)."""
        region = next(((s, e) for s, e in self.quotes if s < char < e), None)
        if region is None:
            return set()
        first, last = self.sentence(region[0]), self.sentence(region[1] - 1)
        lo = self.sent_starts[first]
        hi = self.sent_starts[last + 1] if last + 1 < len(self.sent_starts) else len(self.article.text)
        keys: set[str] = set()
        for tok in self.doc.char_span(lo, hi, alignment_mode="expand") or []:
            if tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ in SPEECH_VERBS and not self.in_quote(tok.idx):
                keys.update(c.key for c in self.clusters_at(tok.idx))
        return keys

    def clusters_at(self, char: int) -> list[Cluster]:
        """Clusters with a mention covering a character offset."""
        return [c for c in self.clusters for m in c.mentions if m.start <= char < m.end]


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of text between quotation marks (curly pairs, or straight quotes taken in turn).

    >>> quote_regions('He said “no” and "yes".')
    [(8, 12), (17, 22)]
    """
    regions: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text):
        regions.append((m.start(), m.end()))
    return regions


def new_mention(article_text: str, start: int, end: int, type_: str, kind: str, head: str | None) -> Mention:
    return Mention(id="", start=start, end=end, text=article_text[start:end], type=type_, kind=kind,
                   head=head)


def org_words(type_: str, name: str) -> list[str]:
    """The capitalised words of an organisation's name ("Lockheed Martin" -> lockheed, martin); empty for
    other types or when a word is not capitalised ("Bank of America")."""
    words = re.sub(r"^(?:the|The)\s+", "", name.strip()).split()
    if type_ != "ORG" or not all(w[:1].isupper() for w in words):
        return []
    return [w.casefold() for w in words]


def local_keys(type_: str, name: str) -> set[str]:
    """Name keys within one article: :func:`name_keys`, and the first word of an organisation's name of
    several words, under which its short form is found ("Lockheed" after "Lockheed Martin").

    >>> sorted(k for k in local_keys("ORG", "Lockheed Martin") if k.startswith("first:"))
    ['first:lockheed']
    """
    keys = name_keys(key_type(type_), name)
    words = org_words(type_, name)
    return keys | {f"first:{words[0]}"} if words else keys


def key_type(type_: str) -> str:
    """Name keys of places and demonyms are shared (a demonym joins its country)."""
    return "GPE" if type_ in ("GPE", "LOC", "NORP") else type_


def name_age(text: str, start: int, end: int) -> int | None:
    """The age stated with a person's name at ``start:end``: "John Smith, 29, ..." or "29-year-old John
    Smith".

    >>> name_age("John Smith, 29, was held.", 0, 10), name_age("a 29-year-old John Smith", 14, 24)
    (29, 29)
    >>> name_age("the trial of 16 year-old John Smith", 25, 35)
    16
    >>> name_age("John Smith, 2004, was held.", 0, 10) is None
    True
    """
    after = AGE_AFTER.match(text, end)
    before = _AGE_BEFORE.search(text[max(0, start - 20) : start])
    found = after or before
    age = int(found.group(1)) if found else 0
    return age if 0 < age < 120 else None


def agrees(cluster: Cluster, gender: str | None, age: int | None) -> bool:
    """Whether a person cluster may be someone of this gender and age (None: not known)."""
    return (gender is None or cluster.gender in (None, gender)) and (
        age is None or cluster.age in (None, age))


def merge_clusters(dis: Discourse, src: Cluster, dst: Cluster, reason: str) -> None:
    """Move an unnamed cluster's mentions and attributes into the cluster of the person it is found to be."""
    for m in src.mentions:
        m.reason = f"{m.reason}; {reason}" if m.reason else reason
        dst.mentions.append(m)
        if m.id:
            dis.of_mention[m.id] = dst
    dis.timeline = sorted((start, dst.key if key == src.key else key) for start, key in dis.timeline)
    dst.bases += src.bases
    dst.words |= src.words
    dst.roles |= src.roles
    dst.gender, dst.age = dst.gender or src.gender, dst.age or src.age
    dst.countries += src.countries
    dst.titles += src.titles
    dst.orgs += src.orgs
    dst.sectors += src.sectors
    src.mentions = []
    for c in dis.clusters:
        c.members = [dst if x is src else x for x in c.members]


def merge_names(dis: Discourse, src: Cluster, dst: Cluster, reason: str) -> None:
    """Merge a named cluster into another, which is then found under its names too."""
    moved = [m for m in src.mentions if m.kind == "NAM"]
    merge_clusters(dis, src, dst, reason)
    for m in moved:
        for key in local_keys(m.type, m.text):
            found = dis.name_index.setdefault(key, [])
            if dst not in found:
                found.append(dst)


def cluster_name(c: Cluster) -> str:
    """The name an entity is shown by: a person's fullest name; otherwise the longest name that is neither
    all capitals nor a nationality word ("Pakistan", not "Pakistani"; "United Nations", not "UN")."""
    names = c.names()
    if not names:
        return c.descriptor or c.mentions[0].text
    if c.type == "PERSON":
        return max(names, key=lambda n: (len(n.split()), len(n)))
    return max(names, key=lambda n: (demonym_country(n) is None, not n.isupper(), len(n)))


def recent(dis: Discourse, before: int, max_sentences: int = 3) -> list[tuple[int, Cluster]]:
    """Clusters by their last mention before a character offset, most recent first, within a window."""
    out: list[tuple[int, Cluster]] = []
    seen: set[str] = set()
    limit = dis.sentence(before) - max_sentences
    i = bisect.bisect_left(dis.timeline, (before, ""))
    while i > 0:
        i -= 1
        start, key = dis.timeline[i]
        if dis.sentence(start) < limit:
            break
        if key not in seen:
            seen.add(key)
            out.append((start, dis.by_key[key]))
    return out


def subject_clusters(dis: Discourse, verb: Token) -> set[str]:
    """The clusters of a verb's subjects (a relative pronoun stands for the noun its clause modifies)."""
    subjects = [relative_antecedent(t) for t in children_of(verb) if t.dep_ in SUBJECT_DEPS]
    return {c.key for t in subjects for c in dis.clusters_at(t.idx)}
