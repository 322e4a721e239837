"""General rules found with the made-up political and diplomatic reports (docs/events-codebook.md,
"Political and diplomatic reports"): lifting curbs on trade, leaving a bloc, a visitor welcomed where he
arrives, a month's name that is no march, a past verb the parser joined to an infinitive, statements of
two countries kept apart, and the codebook's words of blame, warnings, letters of intent and aid. Passages
and names are made up; each case names the act by a word of its trigger."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


class Case(NamedTuple):
    """A passage, a word of the act's trigger, the type it must have (None: no factual event there), and the
    names its actor must include."""

    text: str
    trigger: str
    type: str | None
    actors: tuple[str, ...] = ()


CASES: list[Case] = [
    Case("Kordia lifted the export restrictions on Valdonia on Monday.", "lifted", "RETREAT", ("Kordia",)),
    Case("Valdonia eased its countermeasures against Kordia on Monday.", "eased", "RETREAT", ("Valdonia",)),
    Case("Kordia lifted the curfew in Lorn on Monday.", "lifted", "CONCEDE", ("Kordia",)),
    Case("The military government of Valdonia left the regional bloc last year.", "left", "SANCTION"),
    Case("The rebels left the town on Monday.", "left", "RETREAT"),
    Case("Minister Jon Tarr was welcomed at the airport by President Ana Reyes.", "welcomed", "CONSULT",
         ("Jon Tarr",)),
    Case("President Ana Reyes welcomed the decision of the court.", "welcomed", "SUPPORT", ("Ana Reyes",)),
    Case("Kordia lifted its own tariffs on Valdonia in March.", "March", None),
    Case("Protesters held a march in Lorn on Monday.", "march", "PROTEST"),
    Case("Kordia on Monday ordered the envoy of Valdonia to leave and recalled its own ambassador.",
         "recalled", "SANCTION", ("Kordia",)),
    # words of the codebook for blame, warnings of a response, documents of intent and aid
    Case("Kordia's embassy called the expulsions a provocation.", "called", "ACCUSE", ("Kordia",)),
    Case("The Valdonian minister called the sanctions a violation of the treaty.", "called", "ACCUSE"),
    Case("Russia warned that it would take countermeasures against Estonia.", "warned", "THREATEN",
         ("Russia",)),
    Case("The central bank of Kordia warned that prices would rise.", "warned", None),
    Case("Minister Jon Tarr and Minister Ana Reyes signed a letter of intent on the rotation of troops.",
         "signed", "SUPPORT", ("Jon Tarr", "Ana Reyes")),
    Case("Forty lawmakers signed a letter to President Ana Reyes.", "signed", None),
    Case("Japan provided three patrol vessels to the coast guard of Vietnam last year.", "provided", "AID",
         ("Japan",)),
    Case("The charity Lorn Relief delivered its first lorry of tents to Valdonia on Monday.", "delivered",
         "AID"),
    Case("The dealer delivered a truck to the farm on Monday.", "delivered", None),
    Case("Valdonia accused Kordia of arming separatist militants in the north.", "arming", "AID",
         ("Kordia",)),
]


def _event(art: Article, word: str) -> Event | None:
    for ev in art.events:
        spans = [(ev.trigger_start, ev.trigger_end)] + [(a, b) for a, b in ev.mentions]
        if ev.modality in FACTUAL and any(s is not None and art.text[s:e] == word for s, e in spans):
            return ev
    return None


def _actor_names(art: Article, ev: Event) -> set[str]:
    names = set()
    for p in ev.participants:
        ent = art.entity(p.entity)
        if p.role == "actor" and ent is not None:
            names.add(ent.name)
    return names


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_diplomatic_rule(nlp: Language, case: Case) -> None:
    art = next(process_articles([Article.new(case.text, published="2025-06-12")], nlp))
    ev = _event(art, case.trigger)
    assert (ev.type if ev else None) == case.type, [(e.type, e.trigger, e.modality) for e in art.events]
    if ev is not None:
        names = _actor_names(art, ev)
        assert all(any(a in n for n in names) for a in case.actors), names


def test_statements_of_two_countries_stay_two_acts(nlp: Language) -> None:
    text = ("Norway on Tuesday demanded that Sweden halt its drills near the border. "
            "Finland called for restraint on all sides.")
    art = next(process_articles([Article.new(text, published="2025-06-12")], nlp))
    requests = [e for e in art.events if e.type == "REQUEST" and e.modality in FACTUAL]
    assert len(requests) == 2, [(e.trigger, [p.entity for p in e.participants]) for e in requests]
