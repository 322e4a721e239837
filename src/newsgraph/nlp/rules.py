"""The rule layer ahead of the statistical NER: spans the model gets wrong, set before it runs.

The NER keeps entities that are already set (but not tokens preset as "outside"), so we preset:

- news outlets of ``outlets.yaml`` as ORG ("Dawn" is not a person, "Foreign Policy" is a magazine);
- names of the actor dictionary (:mod:`newsgraph.resolve.actors`) with the actor's type ("Pentagon");
- "Long Name (ACR)" definitions as one ORG (or GPE for a place) each, and every later or earlier bare
  use of the acronym as the same ("Tehreek-i-Taliban Pakistan (TTP)", "Islamic State-Khorasan (IS-K)");
- vessel names after a ship prefix as ORG ("MV Gibe", "INS Mysore"; the NER often misses or splits them);
- titles of ``titles.yaml`` with the label ``TITLE`` ("Chief of Army Staff", "Secretary of Defense"), so
  the NER cannot read their words as an organisation. :mod:`newsgraph.extract.entities` takes these
  TITLE spans out of ``doc.ents`` again right after the NER and keeps them in ``doc.spans["ng_titles"]``.

Ranks ("Gen") are not preset, so "General Motors" stays a company; they are read around person names later.

>>> acronym_explains("TTP", "Tehreek-i-Taliban Pakistan"), acronym_explains("ISPR", "Dawn News")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.extract.countries import place_country
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.titles import find_titles
from newsgraph.model import Article
from newsgraph.nlp.doctext import doc_text

TITLE_LABEL = "TITLE"
TITLE_SPANS = "ng_titles"

_NAME_WORD = r"[A-Z][\w'’.&-]*"
_ACRONYM_DEF = re.compile(
    rf"(?<![\w-])((?:{_NAME_WORD})(?:[ -](?:of|for|and|the|de|i|e|al|{_NAME_WORD}))*)"
    r" \(([A-Z][A-Za-z&.-]{1,11})\)"
)


@dataclass(frozen=True, slots=True)
class RuleSpan:
    """A character span the rules are sure of, with its label and why."""

    start: int
    end: int
    label: str
    why: str


def acronym_explains(acronym: str, name: str) -> bool:
    """True when the acronym's capitals are the initials of the name's words and hyphenated parts, in order.

    >>> acronym_explains("IS-K", "Islamic State-Khorasan")
    True
    >>> acronym_explains("PICSS", "Pakistan Institute for Conflict and Security Studies")
    True
    """
    letters = [c for c in acronym if c.isupper()]
    initials = [p[0] for p in re.split(r"[\s-]+", name) if p]
    it = iter(initials)
    return len(letters) >= 2 and all(any(i.upper() == c for i in it) for c in letters) and \
        initials[0].upper() == letters[0]


def _trim_name(name: str, acronym: str) -> tuple[int, str]:
    """The shortest ending of the name still explaining the acronym ("TTP and Tehreek..." -> "Tehreek...")."""
    best = 0
    for w in re.finditer(r"\S+", name):
        if w.group()[0] == acronym[0] and acronym_explains(acronym, name[w.start():]):
            best = w.start()
    return best, name[best:]


def acronym_spans(text: str) -> list[RuleSpan]:
    """"Long Name (ACR)" definitions: the name and every use of the acronym, labelled ORG or GPE.

    >>> text = "the TTP and Tehreek-i-Taliban Pakistan (TTP)"
    >>> [(text[s.start:s.end], s.label) for s in acronym_spans(text)]
    [('Tehreek-i-Taliban Pakistan', 'ORG'), ('TTP', 'ORG'), ('TTP', 'ORG')]
    """
    spans: list[RuleSpan] = []
    for m in _ACRONYM_DEF.finditer(text):
        acronym = m.group(2)
        offset, name = _trim_name(m.group(1), acronym)
        if not acronym_explains(acronym, name):
            continue
        start = m.start(1) + offset
        label = "GPE" if place_country(name) else "ORG"
        spans.append(RuleSpan(start, start + len(name), label, f"defines the acronym {acronym}"))
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            spans.append(RuleSpan(use.start(), use.end(), label, f"acronym of {name}"))
    return spans


@lru_cache(maxsize=4)
def _outlet_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def outlet_spans(text: str) -> list[RuleSpan]:
    """Names of news outlets (case-sensitive, whole words) as ORG.

    >>> text = "a source told Dawn; at dawn"
    >>> [text[s.start:s.end] for s in outlet_spans(text)]
    ['Dawn']
    """
    names = tuple(n for o in lexicon().outlets for n in (o.name, *o.aliases))
    return [RuleSpan(m.start(), m.end(), "ORG", "news outlet") for m in _outlet_pattern(names).finditer(text)]


def actor_spans(text: str) -> list[RuleSpan]:
    """Names and aliases of the actor dictionary (case-sensitive, whole words), with the actor's type.

    >>> text = "the Pentagon said"
    >>> [(text[s.start:s.end], s.label) for s in actor_spans(text)]
    [('Pentagon', 'ORG')]
    """
    from newsgraph.resolve.actors import actor_dictionary

    spans: list[RuleSpan] = []
    by_type: dict[str, list[str]] = {}
    for actor in actor_dictionary().actors:
        if actor.type:
            by_type.setdefault(actor.type, []).extend(n for n in actor.names if len(n) > 2)
    for label, names in by_type.items():
        for m in _outlet_pattern(tuple(names)).finditer(text):
            spans.append(RuleSpan(m.start(), m.end(), label, "in the actor dictionary"))
    return spans


def vessel_spans(text: str) -> list[RuleSpan]:
    """Vessel names: a ship prefix of ``name_rules.yaml`` and the capitalised words after it, as ORG.

    >>> text = "Pirates fired on the MV Sea Star before the INS Kora arrived; SS officers"
    >>> [text[s.start:s.end] for s in vessel_spans(text)]
    ['MV Sea Star', 'INS Kora']
    >>> [m.group(0) for m in _vessel_pattern(("MV",)).finditer("Navy Saves MV Sea Star From Pirates")]
    ['MV Sea Star']
    """
    prefixes = tuple(sorted(lexicon().name_rules.get("vessel_prefixes", ()), key=len, reverse=True))
    matches = _vessel_pattern(prefixes).finditer(text)
    found = [RuleSpan(m.start(), m.end(), "ORG", "a vessel's name") for m in matches]
    return found + bare_vessel_spans(text, found)


#: Words before a bare name that make it a place, not the ship named after it ("in Delhi", "off Mumbai").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|near|off|of|into|toward|towards|outside|around)\s+)$", re.I)


#: A capitalised word right before a bare name makes it part of a longer name ("Indian Naval Ship NAME").
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|As|When|While|But|And|Then)\s)[A-Z][\w'’-]*\s+$")


def vessel_bare(name: str) -> str:
    """A vessel's name without its ship prefix (``vessel_prefixes``, case-sensitive), else the name itself.

    >>> vessel_bare("INS Velor"), vessel_bare("M/V Sea Star"), vessel_bare("Insight Corp")
    ('Velor', 'Sea Star', 'Insight Corp')
    """
    name = name.strip()
    for prefix in sorted(lexicon().name_rules.get("vessel_prefixes", ()), key=len, reverse=True):
        for form in (f"{prefix} ", f"{prefix}. "):
            if name.startswith(form) and name[len(form):].strip():
                return name[len(form):].strip()
    return name


def bare_vessel_spans(text: str, named: list[RuleSpan]) -> list[RuleSpan]:
    """The names of prefixed vessels used without their prefix ("INS Velor ... the Velor ... Velor fired"), as
    ORG: whole words, not followed or preceded by another capitalised word (but "The"...), not after a place
    preposition ("in Velor"), not a known place ("INS Delhi" ... "in Delhi").

    >>> text = "INS Velor sailed. The Velor fired, and Velor Bay and a port in Velor stayed calm."
    >>> [(s.start, text[s.start:s.end]) for s in bare_vessel_spans(text, vessel_spans(text)[:1])]
    [(22, 'Velor')]
    """
    spans: list[RuleSpan] = []
    for name in {vessel_bare(text[s.start:s.end]) for s in named} - {text[s.start:s.end] for s in named}:
        if place_country(name):
            continue
        for m in re.finditer(rf"(?<![\w/-]){re.escape(name)}(?![\w'’-]| [A-Z])", text):
            before = text[:m.start()]
            if any(s.start <= m.start() < s.end for s in named) or _PLACE_BEFORE.search(before) or (
                    _NAME_BEFORE.search(before)):
                continue
            spans.append(RuleSpan(m.start(), m.end(), "ORG", "a vessel's name without its prefix"))
    return spans


#: Capitalised words of a title-case headline that end a vessel's name ("MV Sea Star From Pirates").
_NOT_NAME = r"(?!(?:From|In|Off|On|At|After|As|To|By|With|And|For|Of|Near|Is|Was|Has)\b)"


@lru_cache(maxsize=4)
def _vessel_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    word = rf"{_NOT_NAME}[A-Z][\w'’-]*"
    alternatives = "|".join(re.escape(p) for p in prefixes) or "(?!)"
    return re.compile(rf"(?<![\w/-])(?:{alternatives})\.? {word}(?: {word}){{0,3}}(?![\w-])")


def _rule_spans(doc: Doc) -> list[Span]:
    """Spans the rules are sure of, as labelled Spans: acronym definitions, outlets, actors, titles."""
    spans: list[Span] = []
    text = doc_text(doc)
    for rs in acronym_spans(text) + outlet_spans(text) + actor_spans(text) + vessel_spans(text):
        span = doc.char_span(rs.start, rs.end, label=rs.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    spans.extend(Span(doc, m.start, m.end, label=TITLE_LABEL) for m in find_titles(doc))
    return spans


def _non_overlapping(spans: list[Span], existing: list[Span]) -> list[Span]:
    """Longest spans first, none overlapping another chosen one or an existing entity."""
    taken: set[int] = {i for e in existing for i in range(e.start, e.end)}
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def apply_rules(doc: Doc, article: Article) -> None:
    """Preset the rule spans as entities (longest first, no overlaps) before the NER runs.

    Titles are also kept in ``doc.spans["ng_titles"]``.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Inter-Services Public Relations (ISPR) said Dawn reported it.")
    >>> apply_rules(doc, Article.new(doc.text))
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Inter-Services Public Relations', 'ORG'), ('ISPR', 'ORG'), ('Dawn', 'ORG')]
    """
    chosen = _non_overlapping(_rule_spans(doc), list(doc.ents))
    doc.set_ents(chosen, default="unmodified")
    doc.spans[TITLE_SPANS] = [s for s in chosen if s.label_ == TITLE_LABEL]
