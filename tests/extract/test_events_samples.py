"""The events of the two shared sample articles: each expected event with its type, participants, date and
place; nothing asked about or speculated is recorded as having happened."""

from __future__ import annotations

import pytest

from newsgraph.model import FACTUAL, Article, Event
from tests.conftest import requires_shared

ARMY = "000_22186985d1c5b4ba"
PHONE = "004_5477d2f314ea0578"


def _names(article: Article, event: Event, role: str) -> set[str]:
    out = set()
    for p in event.participants:
        ent = article.entity(p.entity)
        if p.role == role and ent is not None:
            out |= {ent.name, *ent.aliases}
    return out


def _find(
    article: Article,
    type_: str,
    actor: str | None = None,
    recipient: str | None = None,
    modality: str = "asserted",
) -> Event:
    for ev in article.events:
        if ev.type != type_ or ev.modality != modality:
            continue
        if actor and not any(actor in n for n in _names(article, ev, "actor")):
            continue
        if recipient and not any(recipient in n for n in _names(article, ev, "recipient")):
            continue
        return ev
    found = [(e.type, e.trigger, e.modality, sorted(_names(article, e, "actor"))) for e in article.events]
    raise AssertionError(f"no {modality} {type_} {actor} -> {recipient} among {found}")


@pytest.fixture(scope="module")
def army(processed_samples: dict[str, Article]) -> Article:
    return processed_samples[ARMY]


@pytest.fixture(scope="module")
def phone(processed_samples: dict[str, Article]) -> Article:
    return processed_samples[PHONE]


@requires_shared
def test_munir_met_blinken_in_washington_on_thursday(army: Article) -> None:
    ev = _find(army, "CONSULT", "Munir", "Blinken")
    assert ev.date is not None and ev.date.value == "2023-12-14" and not ev.date.fallback
    assert ev.place_name == "Washington"
    assert "Army" not in " ".join(_names(army, ev, "actor") | _names(army, ev, "recipient"))


@requires_shared
def test_munir_met_nuland_and_finer_on_the_same_visit(army: Article) -> None:
    ev = _find(army, "CONSULT", "Munir", "Nuland")
    assert any("Finer" in n for n in _names(army, ev, "recipient"))
    assert ev.date is not None and ev.date.value == "2023-12-14"


@requires_shared
def test_munir_met_austin_on_wednesday(army: Article) -> None:
    ev = _find(army, "CONSULT", "Munir", "Austin")
    assert ev.date is not None and ev.date.value == "2023-12-13" and not ev.date.fallback


@requires_shared
def test_questions_and_speculation_are_not_facts(army: Article) -> None:
    text = army.text
    asked = text.index("was asked if")
    asked_end = text.index("\n", asked)
    for ev in army.events:
        trig = ev.trigger_start or ev.start
        line_start = text.rfind("\n", 0, trig) + 1
        line = text[line_start : text.index("\n", trig) if "\n" in text[trig:] else len(text)]
        if asked <= trig < asked_end and ev.trigger in ("strikes", "discussed", "meetings"):
            assert ev.modality == "question", ev
        if any(cue in line for cue in ("could include", "might highlight", "may be addressed")):
            assert ev.modality not in FACTUAL, ev
    assert any(e.modality == "question" and e.type == "ASSAULT" for e in army.events)


@requires_shared
def test_austin_munir_phone_call_of_the_press_release_day(phone: Article) -> None:
    ev = _find(phone, "CONSULT", "Austin", "Munir")
    assert ev.mode == "phone"
    assert ev.date is not None and ev.date.value == "2023-10-04"


@requires_shared
def test_chitral_operation_with_its_dead(phone: Article) -> None:
    ev = next(e for e in phone.events if e.type == "ASSAULT" and e.place_name and "Chitral" in e.place_name)
    assert ev.date is not None and ev.date.value == "2023-09-06"
    assert ev.counts.get("killed") == 20  # four security personnel and over 16 militants


@requires_shared
def test_ttp_ended_its_ceasefire_in_november_last_year(phone: Article) -> None:
    ev = _find(phone, "SANCTION", "Tehreek")
    assert ev.mode == "discontinue"
    assert ev.date is not None and ev.date.value == "2022-11"


@requires_shared
def test_attacks_of_the_first_half_of_the_year(phone: Article) -> None:
    ev = next(e for e in phone.events if e.type == "ASSAULT" and e.counts.get("killed") == 389)
    assert ev.mode == "suicide-attack"
    assert ev.date is not None and ev.date.value == "2023-H1"


@requires_shared
def test_miller_offered_to_work_with_pakistan(phone: Article) -> None:
    ev = _find(phone, "AGREE", "Miller", "Pakistan")
    assert ev.date is not None and ev.date.value == "2023-10-02"


@requires_shared
def test_every_event_has_evidence_and_valid_offsets(army: Article, phone: Article) -> None:
    for art in (army, phone):
        for ev in art.events:
            assert 0 <= ev.start < ev.end <= len(art.text)
            assert ev.trigger_start is not None and ev.start <= ev.trigger_start < ev.end
            assert art.text[ev.trigger_start : ev.trigger_end] == ev.trigger
            assert all(art.entity(p.entity) is not None for p in ev.participants)
            assert 0.0 < ev.confidence <= 1.0


@requires_shared
def test_stored_samples_tell_stories_and_explain_events(processed_samples: dict[str, Article]) -> None:
    from newsgraph.query.stories import explain_event, story
    from newsgraph.store import Store

    with Store.open(":memory:") as store:
        for art in processed_samples.values():
            store.write_article(Article.from_dict(art.to_dict()))
        met = story(store, ["Munir", "Blinken"])
        assert [e.date for e in met] == ["2023-12-14"] and met[0].type == "CONSULT"
        assert {e.date for e in story(store, ["Munir", "Austin"])} >= {"2023-12-13", "2023-10-04"}
        text = explain_event(store, met[0].id)
        assert "CONSULT" in text and "Dawn" in text and "corroborated by 1 outlet" in text
