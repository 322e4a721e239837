"""An article's text cut into segments, each carrying the annotations over it (entity mentions, dates,
quotes and speakers, event evidence and triggers, the evidence of an inferred publication date), for the
reader to draw highlights and links.

Segments never overlap, so nested or crossing spans need no nested markup: each segment is one element
whose classes name every annotation over it. Segments hold plain text: the template escapes it (article
text is hostile input), and nothing here produces markup.

>>> from newsgraph.model import Article, Mention, Entity
>>> art = Article.new("Gen Asim Munir spoke.")
>>> art.mentions = [Mention("m1", 4, 14, "Asim Munir", "PERSON", entity="e1")]
>>> art.entities = [Entity("e1", "Asim Munir", "PERSON", mentions=["m1"])]
>>> [(s.text, s.classes, s.href) for s in segments(art, {"e1": "E1"}, {})[0]]
[('Gen ', '', None), ('Asim Munir', 'ent person', '/entities/E1'), (' spoke.', '', None)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from newsgraph.model import Article
from newsgraph.query.published import published_words
from newsgraph.web.figures import entity_href, type_class


@dataclass(frozen=True, slots=True)
class Span:
    """One annotation over ``[start, end)``: CSS classes, an optional link and hover text, an anchor id."""

    start: int
    end: int
    classes: str
    href: str | None = None
    title: str | None = None
    anchor: str | None = None


@dataclass(slots=True)
class Segment:
    """A run of text under the same annotations; ``anchors``: element ids that start here."""

    text: str
    classes: str = ""
    href: str | None = None
    title: str | None = None
    anchors: list[str] = field(default_factory=list)


def _annotation_spans(article: Article, entity_ids: dict[str, str], event_ids: dict[str, str],
                     focus: str | None = None) -> list[Span]:
    """The spans to draw: mentions (linked to dossiers), timexes, quotes, speakers, events and triggers.

    ``focus`` is an event or quote (local or global id) whose evidence is highlighted strongly.
    """
    spans: list[Span] = []
    ents = {e.id: e for e in article.entities}
    for m in article.mentions:
        ent = ents.get(m.entity or "")
        gid = entity_ids.get(ent.id) if ent else None
        title = f"{ent.name} ({ent.type})" if ent else m.type
        spans.append(Span(m.start, m.end, f"ent {type_class(ent.type if ent else m.type)}",
                          entity_href(gid) if gid else None, title))
    for t in article.timexes:
        spans.append(Span(t.start, t.end, "tx", title=f"{t.type} {t.value} (anchor: {t.anchor})"))
    for q in article.quotes:
        hot = " focus" if focus == q.id else ""
        who = (q.speaker.name or q.speaker.text) if q.speaker else "unknown speaker"
        spans.append(Span(q.start, q.end, "qt" + hot, title=f"{q.kind} quote by {who}", anchor=f"q-{q.id}"))
        if q.speaker is not None:
            spans.append(Span(q.speaker.start, q.speaker.end, "spk", title=f"speaker of a {q.kind} quote"))
    for v in article.events:
        hot = " focus" if focus in (v.id, event_ids.get(v.id)) else ""
        when = f" on {v.date.value}" if v.date else ""
        spans.append(Span(v.start, v.end, "ev" + hot, title=f"evidence: {v.type} {v.mode or ''}{when}",
                          anchor=f"ev-{v.id}"))
        if v.trigger_start is not None and v.trigger_end is not None:
            spans.append(Span(v.trigger_start, v.trigger_end, "trg", title=f"trigger of {v.type}"))
    spans += _published_spans(article, focus)
    n = len(article.text)
    return [s for s in spans if 0 <= s.start < s.end <= n]


def _published_spans(article: Article, focus: str | None) -> list[Span]:
    """The evidence of an inferred publication date (anchor ``published``; strongly highlighted when it is the
    focus), as event evidence is shown.

    >>> from newsgraph.model import PublishedFrom
    >>> art = Article.new("June 27, 2013\\nTalks.", published="2013-06-27", published_inferred=True,
    ...                   published_from=PublishedFrom("dateline", "2013-06-27", 0, 13, "June 27, 2013"))
    >>> [(s.start, s.end, s.classes, s.anchor) for s in _published_spans(art, "published")]
    [(0, 13, 'pub focus', 'published')]
    """
    span = article.published_from.evidence if article.published_from else None
    if span is None:
        return []
    hot = " focus" if focus == "published" else ""
    return [Span(span[0], span[1], "pub" + hot, title=f"evidence: {published_words(article)}",
                 anchor="published")]


def cut(text: str, spans: list[Span]) -> list[Segment]:
    """The text cut at every span boundary; each piece with the classes, link and title of its spans.

    The innermost (shortest) span with a link or title wins the link or title of a piece.

    >>> [(s.text, s.classes) for s in cut("abcd", [Span(0, 3, "x"), Span(1, 2, "y")])]
    [('a', 'x'), ('b', 'x y'), ('c', 'x'), ('d', '')]
    """
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        inner = sorted(active, key=lambda s: s.end - s.start)
        classes = " ".join(dict.fromkeys(c for s in active for c in s.classes.split()))
        href = next((s.href for s in inner if s.href), None)
        title = next((s.title for s in inner if s.title), None)
        anchors = [s.anchor for s in starts.get(a, []) if s.anchor]
        out.append(Segment(text[a:b], classes, href, title, anchors))
    return out


def paragraphs(pieces: list[Segment]) -> list[list[Segment]]:
    """Segments grouped into paragraphs at line breaks (a segment across a break is split there).

    >>> [[s.text for s in p] for p in paragraphs([Segment("a\\n\\nb"), Segment("c")])]
    [['a'], ['b', 'c']]
    """
    out: list[list[Segment]] = [[]]
    for seg in pieces:
        for i, line in enumerate(seg.text.split("\n")):
            if i:
                out.append([])
            if line:
                out[-1].append(Segment(line, seg.classes, seg.href, seg.title, seg.anchors if i == 0 else []))
    return [p for p in out if p and "".join(s.text for s in p).strip()]


def segments(article: Article, entity_ids: dict[str, str], event_ids: dict[str, str],
             focus: str | None = None) -> list[list[Segment]]:
    """The reader's paragraphs of segments (see :func:`_annotation_spans`, :func:`cut`, :func:`paragraphs`).

    ``focus`` (an event or quote, local or global id) has its evidence highlighted strongly.

    >>> from newsgraph.store.examples import example_article
    >>> paras = segments(example_article(), {"e1": "E1"}, {"v1": "V1"}, focus="V1")
    >>> [(s.text, s.classes) for s in paras[0] if "focus" in s.classes][:2]
    [('Gen ', 'ev focus'), ('Asim Munir', 'ev focus ent person')]
    """
    return paragraphs(cut(article.text, _annotation_spans(article, entity_ids, event_ids, focus)))
