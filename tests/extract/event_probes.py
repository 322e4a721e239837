"""Helpers shared by the event tests: process one made-up text, name an event's participants."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import pytest
from spacy.language import Language

from newsgraph.evaluate.events import role_spans as scored_role_spans
from newsgraph.extract.event_args import ArticleIndex
from newsgraph.model import Article, Event
from newsgraph.nlp.pipeline import doc_for
from newsgraph.process import process_articles
from tests.offsets import act_span


def events(nlp: Language, text: str) -> tuple[Article, list[Event]]:
    """The processed article of a text published on 2023-12-15, and its events."""
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    return art, art.events


def names(art: Article, ev: Event, role: str) -> set[str]:
    """The names of an event's participants in one role."""
    return {ent.name for p in ev.participants if p.role == role and (ent := art.entity(p.entity)) is not None}


def indexed(nlp: Language, text: str, published: str = "2023-12-15") -> ArticleIndex:
    """The event stage's index of a text parsed by the pipeline (its Doc is ``.doc``)."""
    doc = nlp(doc_for(nlp, Article.new(text, published=published)))
    return ArticleIndex.build(doc, doc._.ng)


def swept(cases: Sequence[Any], gaps: Mapping[str, str], key: str = "construction") -> list[Any]:
    """A sweep's cases as parameters, each named in ``gaps`` (by its ``key`` field) marked as a strict
    expected failure with its cause."""
    marked = {name: pytest.mark.xfail(reason=why, strict=True) for name, why in gaps.items()}
    return [pytest.param(c, marks=marked[getattr(c, key)]) if getattr(c, key) in marked else c for c in cases]


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where a name occurs in the text (case-insensitive), as the gold spans of a participant."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text, flags=re.IGNORECASE)]


def role_spans(art: Article, ev: Event, role: str) -> list[tuple[int, int]]:
    """Every mention span of the event's participants in one role (as the scorer reads them)."""
    return scored_role_spans(ev, role, art)


def has_participant(art: Article, ev: Event, role: str, name: str) -> bool:
    """Whether a mention of a participant in the role overlaps an occurrence of the name."""
    spans = role_spans(art, ev, role)
    return any(a < g1 and g0 < b for a, b in spans for g0, g1 in occurrences(art.text, name))


def marked_gap(case: object, text: str, gaps: dict[str, str]) -> object:
    """A sweep's case, as an expected failure (strict) when its text starts with a key of the known gaps."""
    gap = next((why for start, why in gaps.items() if text.startswith(start)), None)
    if gap is None:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(reason=gap, strict=True))


def act_offset(text: str, act: str) -> int:
    """Where a sweep's act word starts: its first occurrence, or the n-th for ``word@n``."""
    return act_span(text, act)[0]


def event_at(events: list[Event], offset: int) -> Event | None:
    """The event one of whose mentions covers an offset."""
    return next((e for e in events for s, t in e.mentions if s <= offset < t), None)


def check_reader_date(nlp: Language, text: str, published: str | None, act: str,
                      expected: str | None) -> None:
    """Assert that the event of an act word (:func:`act_offset`) takes the date a reader gives it: the
    expected value, or (None) no date of its own: the publication date as a fallback, or none on a page
    without one."""
    art = next(process_articles([Article.new(text, published=published)], nlp))
    event = event_at(art.events, act_offset(text, act))
    assert event is not None
    if expected is None:
        assert event.date is None or event.date.fallback, event.date
    else:
        assert event.date is not None and not event.date.fallback and event.date.value == expected, event.date


def event_covering(art: Article, type_: str, where: tuple[int, int], bounds: tuple[int, int]) -> Event | None:
    """The event of a type whose trigger or a mention of it overlaps the span ``where``, else the first one of
    that type with a trigger span starting within ``bounds`` (a light verb or phrase may name the act)."""
    near: Event | None = None
    for ev in art.events:
        if ev.type != type_:
            continue
        spans = [(int(m[0]), int(m[1])) for m in ev.mentions]
        if ev.trigger_start is not None and ev.trigger_end is not None:
            spans.append((ev.trigger_start, ev.trigger_end))
        if any(s < where[1] and where[0] < e for s, e in spans):
            return ev
        if near is None and any(bounds[0] <= s < bounds[1] for s, _ in spans):
            near = ev
    return near


class Probe(NamedTuple):
    """One passage of a participant sweep: a label, the text, a word or phrase of the trigger and the event's
    type, the names expected as actors and as recipients, and names that must hold neither role."""

    label: str
    text: str
    trigger: str
    type: str
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    no_party: tuple[str, ...] = ()


def probed_event(art: Article, probe: Probe) -> Event | None:
    """A probe's event: its type, on the first occurrence of the trigger, else in that sentence (or headline
    line)."""
    hits = occurrences(art.text, probe.trigger)
    if not hits:
        return None
    at = hits[0][0]
    start = max((m.end() for m in re.finditer(r"[.!?\n]\s*", art.text[:at])), default=0)
    tail = re.search(r"[.!?\n](\s|$)", art.text[at:])
    return event_covering(art, probe.type, hits[0], (start, at + tail.end() if tail else len(art.text)))


def probe_errors(nlp: Language, probe: Probe, published: str = "2024-03-15") -> list[str]:
    """What the extractor gets wrong on a probe (empty when right): a participant missing from its role, or
    one that must hold no role holding one, matched as the scorer matches them."""
    art = next(process_articles([Article.new(probe.text, published=published)], nlp))
    ev = probed_event(art, probe)
    if ev is None:
        return [f"no {probe.type} on {probe.trigger!r}; events: {[e.type for e in art.events]}"]
    roles = (("actor", probe.actors), ("recipient", probe.recipients))
    out = [f"{name!r} no {role}" for role, names in roles for name in names
           if not has_participant(art, ev, role, name)]
    out += [f"{name!r} a {role}" for name in probe.no_party for role in ("actor", "recipient")
            if has_participant(art, ev, role, name)]
    return out


def probe_params(probes: Sequence[Probe], gaps: Mapping[str, str]) -> list[Any]:
    """A sweep's probes as parameters named by their labels, each named in ``gaps`` marked as a strict
    expected failure with its cause."""
    return [pytest.param(p, id=p.label, marks=[pytest.mark.xfail(reason=gaps[p.label], strict=True)]
                         if p.label in gaps else []) for p in probes]
