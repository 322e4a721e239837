"""A second sweep of who did what to whom (cases in ``participants_sweep2_cases.py``): appositions before
and after a name, titles, coordinated subjects and objects of symmetric acts (meetings, talks, calls,
agreements: every party of a coordinated subject is an actor, ``docs/events-codebook.md``), hosting and
receiving (the visitor is the actor, 3.2.2 of the PLOVER manual), passives, descriptions and pronouns that
refer back, possessives, ``with`` phrases, and names that hold no role (a place, a date, a speaker). The
event probed is the one of the case's type whose trigger covers the trigger word (else the first of that
type in its sentence); a participant is matched as the scorer matches it."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles
from tests.extract.event_helpers import event_covering, has_participant, occurrences
from tests.extract.participants_sweep2_cases import PROBES, Probe

#: Probes the extractor still gets wrong, by label, with the cause. Each is a strict expected failure.
GAPS: dict[str, str] = {
    "appos-title-first-talks": "parse: the verb after a name in apposition is read as a participle modifying "
                               "the description, which becomes the root (no clause, no event)",
    "pronoun-they-pair": "coreference: a plural pronoun is not resolved to the names coordinated before it",
    "possessive-arrest": "NER: a two-word name before a possessive is missed (the given name read as a "
                         "stray dependent); naming no one, the arrest is directed at its place (the "
                         "place-as-recipient convention)",
    "of-appos-person": "coreference: a description ending in an 'of' phrase of a person ('the lawyer of "
                       "the victim, NAME') is joined to the name after it, which may name the nearer person",
}


def _probed(art: Article, probe: Probe) -> Event | None:
    """The probe's event: its type, on the first occurrence of the trigger word, else in that sentence."""
    hits = occurrences(art.text, probe.trigger)
    if not hits:
        return None
    at = hits[0][0]
    start = max((m.end() for m in re.finditer(r"[.!?]\s+", art.text[:at])), default=0)
    tail = re.search(r"[.!?](\s|$)", art.text[at:])
    return event_covering(art, probe.type, hits[0], (start, at + tail.end() if tail else len(art.text)))


def wrong(nlp: Language, probe: Probe) -> list[str]:
    """What the extractor gets wrong on a probe (empty when right)."""
    art = next(process_articles([Article.new(probe.text, published="2024-03-15")], nlp))
    ev = _probed(art, probe)
    if ev is None:
        return [f"no {probe.type} on {probe.trigger!r}; events: {[e.type for e in art.events]}"]
    out = [f"{name!r} no {role}" for role, names in (("actor", probe.actors), ("recipient", probe.recipients))
           for name in names if not has_participant(art, ev, role, name)]
    out += [f"{name!r} a {role}" for name in probe.no_party for role in ("actor", "recipient")
            if has_participant(art, ev, role, name)]
    return out


def _param(probe: Probe) -> object:
    marks = [pytest.mark.xfail(reason=GAPS[probe.label], strict=True)] if probe.label in GAPS else []
    return pytest.param(probe, id=probe.label, marks=marks)


@pytest.mark.parametrize("probe", [_param(p) for p in PROBES])
def test_participants_sweep2(nlp: Language, probe: Probe) -> None:
    assert wrong(nlp, probe) == []


def test_labels_unique_and_gaps_name_probes() -> None:
    labels = [p.label for p in PROBES]
    assert len(labels) == len(set(labels)) and set(GAPS) <= set(labels)
    assert 80 <= len(PROBES) <= 120
