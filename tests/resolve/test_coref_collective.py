"""Unnamed collectives ("police", "the government", "Israeli forces", "rebels"): one entity each per
article, later definite mentions joining it (coref_collective); never identity evidence across articles."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.collectives import collective_ids
from newsgraph.model import Article, Entity, Event, Participant
from newsgraph.process import process_articles
from newsgraph.resolve.events import identity_ids, report_for
from tests.offsets import span_of


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _entity_at(art: Article, text: str, phrase: str) -> Entity | None:
    """The entity of the mention covering the last word of ``phrase``."""
    pos = span_of(text, phrase)[1] - 1
    m = next((m for m in art.mentions if m.start <= pos < m.end), None)
    return art.entity(m.entity) if m is not None and m.entity else None


def test_a_bare_plural_and_a_definite_collective_become_entities(nlp: Language) -> None:
    text = "Rebels ambushed a patrol on Sunday. The government condemned the ambush."
    art = _run(nlp, text)
    rebels, gov = _entity_at(art, text, "Rebels"), _entity_at(art, text, "The government")
    assert rebels is not None and (rebels.name, rebels.type, rebels.sector) == ("rebels", "ORG", "REB")
    assert gov is not None and (gov.name, gov.sector) == ("government", "GOV")
    assert {rebels.id, gov.id} <= collective_ids(art)


def test_a_later_definite_mention_joins_the_collective(nlp: Language) -> None:
    text = "Police detained a driver in Karachi on Friday. The police said he had no licence."
    art = _run(nlp, text)
    first, later = _entity_at(art, text, "Police"), _entity_at(art, text, "The police")
    assert first is not None and first is later
    assert len(first.mentions) == 2


def test_a_nationality_gives_the_country_and_keeps_its_own_mention(nlp: Language) -> None:
    text = "Norwegian troops cleared a village on Monday."
    art = _run(nlp, text)
    troops = _entity_at(art, text, "Norwegian troops")
    assert troops is not None
    assert (troops.name, troops.country, troops.sector) == ("Norwegian troops", "NOR", "MIL")
    norp = next(m for m in art.mentions if m.text == "Norwegian")
    assert norp.entity != troops.id and norp.kind == "NAM"
    assert art.mention(troops.mentions[0]).text == "troops"  # type: ignore[union-attr]


def test_collectives_of_other_countries_or_kinds_stay_apart(nlp: Language) -> None:
    text = ("Government forces shelled a town on Monday. Rebel forces withdrew.\n"
            "Danish troops arrived on Tuesday. Later Finnish troops arrived too.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "Government forces") is not _entity_at(art, text, "Rebel forces")
    assert _entity_at(art, text, "Danish troops") is not _entity_at(art, text, "Finnish troops")


def test_people_with_a_number_stay_people(nlp: Language) -> None:
    text = "Three soldiers were wounded on Monday. A soldier said the convoy was hit."
    art = _run(nlp, text)
    ids = collective_ids(art)
    assert all(_entity_at(art, text, p) is None or _entity_at(art, text, p).id not in ids  # type: ignore[union-attr]
               for p in ("Three soldiers", "A soldier"))


def test_a_definite_collective_refers_to_the_named_organisation(nlp: Language) -> None:
    text = "The Ruritanian Army moved north on Monday. The army said the move was planned."
    art = _run(nlp, text)
    army = _entity_at(art, text, "The army")
    assert army is not None and "Ruritanian Army" in army.name


def test_a_collective_is_no_shared_participant_across_articles() -> None:
    art = Article.new("Police fired.", published="2024-01-02")
    art.entities = [Entity("e1", "police", "ORG", mentions=["m1"]), Entity("e2", "Ruritania", "GPE")]
    from newsgraph.model import Mention

    art.mentions = [Mention("m1", 0, 6, "Police", "ORG", "NOM", "e1", "Police")]
    ids = identity_ids(art, {"e1": "E1", "e2": "E2"})
    assert ids == {"e2": "E2"}
    parts = [Participant("e1", "actor"), Participant("e2", "recipient")]
    ev = Event("v1", "ASSAULT", 0, 12, participants=parts)
    assert report_for(ev, ids).participants == frozenset({"E2"})


def test_a_counted_group_acted_on_is_a_collective_of_its_own(nlp: Language) -> None:
    text = "Protesters marched in Tarlow on Monday. Police arrested 20 protesters. The protesters dispersed."
    art = _run(nlp, text)
    ids = collective_ids(art)
    phrases = ("20 protesters", "Protesters", "The protesters")
    counted, first, last = (_entity_at(art, text, p) for p in phrases)
    assert counted is not None and counted.id in ids and counted.sector == "CVL"
    assert first is not None and last is not None and first.id == last.id != counted.id
