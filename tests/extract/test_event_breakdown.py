"""Counted groups named by a breakdown elsewhere in the article (extract/event_breakdown.py), and the subject
of a finite verb the parser hung on a participle (extract/event_syntax.py)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles
from tests.extract.event_probes import events as _events


def _names(art: Article, ev: Event, role: str) -> set[str]:
    return {ent.name for p in ev.participants
            if p.role == role and (ent := art.entity(p.entity)) is not None}


def _arrest(evs: list[Event]) -> Event:
    return next(e for e in evs if e.type == "COERCE")


def test_a_counted_group_is_the_breakdown_that_adds_up(nlp: Language) -> None:
    text = ("Coast guards detained 9 smugglers near the harbour on Monday.\n"
            "The detained included 5 Albanians and 4 Moroccans, officials said.")
    art, evs = _events(nlp, text)
    names = _names(art, _arrest(evs), "recipient")
    assert any(n.startswith("Albania") for n in names) and any(n.startswith("Morocc") for n in names)


def test_a_breakdown_that_does_not_add_up_names_no_one(nlp: Language) -> None:
    text = ("Coast guards detained 10 smugglers near the harbour on Monday.\n"
            "The detained included 5 Albanians and 4 Moroccans, officials said.")
    art, evs = _events(nlp, text)
    names = _names(art, _arrest(evs), "recipient")
    assert not any(n.startswith(("Albania", "Morocc")) for n in names)


def test_breakdowns_and_counted_numbers(nlp: Language) -> None:
    from newsgraph.extract.event_breakdown import breakdowns, counted_number

    art = next(process_articles([Article.new("Police held 7 men. They were 3 Danes and 4 Swedes.",
                                             published="2023-12-15")], nlp))
    doc = nlp("Police held 7 men. They were 3 Danes and 4 Swedes.")
    assert counted_number(doc[3]) == 7 and counted_number(doc[1]) is None
    mention_at = {tok.i: m for m in art.mentions for tok in doc if m.start <= tok.idx < m.end}
    assert 7 in breakdowns(doc, mention_at)


def test_a_finite_verb_hung_on_a_participle_takes_the_clause_subject(nlp: Language) -> None:
    text = ("The Danish Navy stopped smugglers from boarding a tanker carrying a Maltese flag off Crete and "
            "took 9 into custody on Monday.")
    art, evs = _events(nlp, text)
    assert any("Danish" in n or "Navy" in n or "Denmark" in n for n in _names(art, _arrest(evs), "actor"))


def test_a_fronted_participle_with_a_by_agent_is_passive(nlp: Language) -> None:
    text = ("Tom Reed was stopped on Sunday. Arrested by the FBI on suspicion of fraud, he was booked into "
            "jail.")
    art, evs = _events(nlp, text)
    assert any("FBI" in n for n in _names(art, _arrest(evs), "actor"))
