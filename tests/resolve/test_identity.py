"""Cross-article identity: one global entity per real-world entity, never two people by a shared surname."""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Article
from newsgraph.resolve.actors import set_actor_file
from newsgraph.resolve.identity import (
    Candidate,
    IdentityIndex,
    LocalEntity,
    blocking_keys,
    link_entity,
    resolve_articles,
    with_actor,
)
from newsgraph.resolve.names import person_tokens
from tests.conftest import requires_shared


def _p(name: str, *names: str, **kw: object) -> LocalEntity:
    return LocalEntity(name, "PERSON", (name, *names), **kw)  # type: ignore[arg-type]


def test_spelling_variants_and_initials_merge() -> None:
    index = IdentityIndex()
    first = index.add(_p("Lloyd Austin"))
    assert first.entity_id is None
    assert index.add(_p("Lloyd J. Austin III")).entity_id == "G1"
    link = index.add(_p("Llyod J. Austin"))
    assert link.entity_id == "G1" and "spelling variant" in link.reason


def test_a_shared_surname_never_merges() -> None:
    index = IdentityIndex()
    index.add(_p("Tom West"))
    assert index.add(_p("John West")).entity_id is None
    assert index.add(_p("West")).entity_id is None
    munir = Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",))
    assert link_entity(_p("Munir"), [munir]).entity_id is None


def test_a_surname_with_support_links() -> None:
    cand = Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",), titles=("chief of army staff",))
    link = link_entity(_p("Munir", titles=("army chief",)), [cand])
    assert link.entity_id == "E1" and "shared title word 'army'" in link.reason


def test_a_surname_and_a_full_name_are_compared_in_either_order() -> None:
    # the surname is a blocking key of both, so the index finds the other; support decides, as before
    for first, second in (("Munir", "Asim Munir"), ("Asim Munir", "Munir")):
        index = IdentityIndex()
        index.add(_p(first, context=("mohammed bin salman",)))
        link = index.add(_p(second, context=("mohammed bin salman",)))
        assert link.entity_id == "G1" and "also with 'mohammed bin salman'" in link.reason
        assert index.add(_p("Tariq Munir")).entity_id is None, "another given name"
        assert index.add(_p("Munir")).entity_id is None, "no support"


def test_conflicts_keep_entities_apart() -> None:
    cand = Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",), country="PAK", wikidata="Q1")
    assert link_entity(_p("Asim Munir", country="IND"), [cand]).entity_id is None
    assert link_entity(_p("Asim Munir", wikidata="Q2"), [cand]).entity_id is None
    assert link_entity(LocalEntity("Asim Munir", "ORG", ("Asim Munir",)), [cand]).entity_id is None
    split = Candidate("E1", "Asim Munir", "PERSON", ("Asim Munir",), split_from=("asim munir",))
    assert "split apart" in link_entity(_p("Asim Munir"), [split]).reason


def test_organisations_and_places() -> None:
    index = IdentityIndex()
    index.add(LocalEntity("Inter-Services Public Relations", "ORG", ("Inter-Services Public Relations",)))
    assert index.add(LocalEntity("ISPR", "ORG", ("ISPR",))).entity_id == "G1"
    index.add(LocalEntity("Ford Motor Company", "ORG", ("Ford Motor Company",)))
    assert index.add(LocalEntity("Ford", "ORG", ("Ford",))).entity_id == "G2"
    index.add(LocalEntity("United States", "GPE", ("United States", "US")))
    assert index.add(LocalEntity("America", "GPE", ("America",))).entity_id == "G3"
    assert index.add(LocalEntity("Apple TV", "ORG", ("Apple TV",))).entity_id is None


def test_unnamed_entities_and_groups_stay_in_their_article() -> None:
    spokesperson = LocalEntity("US State Department spokesperson", "PERSON", named=False)
    assert blocking_keys(spokesperson) == frozenset()
    other = Candidate("E1", "US State Department spokesperson", "PERSON")
    assert link_entity(spokesperson, [other]).entity_id is None


def test_actor_dictionary_gives_one_canonical_name(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,type,country,sector,wikidata\n"
                      "Asim Munir,Syed Asim Munir|COAS Munir,PERSON,PAK,MIL,Q111\n", encoding="utf-8")
    try:
        set_actor_file(actors)
        local = with_actor(_p("Syed Asim Munir"))
        assert (local.name, local.wikidata, local.country) == ("Asim Munir", "Q111", "PAK")
        index = IdentityIndex()
        index.add(with_actor(_p("Asim Munir")))
        assert index.add(local).reason == "same Wikidata id Q111"
    finally:
        set_actor_file(None)


@requires_shared
def test_samples_one_identity_across_articles(processed_samples: dict[str, Article]) -> None:
    arts = list(processed_samples.values())
    ids = resolve_articles(arts)
    by_global: dict[str, set[str]] = {}
    for art in arts:
        for e in art.entities:
            if e.type == "PERSON" and not e.members:
                by_global.setdefault(ids[(art.id, e.id)], set()).add(e.name)
    names = sorted(sorted(v) for v in by_global.values())
    assert ["Asim Munir"] in names
    assert ["Lloyd J. Austin", "Lloyd J. Austin III"] in names
    assert ["Matthew Miller"] in names
    for group in names:  # no global person holds two different people
        surnames = {person_tokens(n)[-1] for n in group}
        assert len(surnames) <= 1, group
