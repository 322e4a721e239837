"""The user-extendable entity data: YAML files merged over the bundled ones, and the actor dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.errors import InputError
from newsgraph.extract.lexicon import lexicon, load_data
from newsgraph.extract.titles import find_titles, normalize_title
from newsgraph.resolve.actors import actor_dictionary, read_actor_file, set_actor_file


def test_bundled_data_is_consistent() -> None:
    lex = lexicon()
    sectors = set(lex.sectors)
    assert {h.sector for h in lex.heads.values() if h.sector} <= sectors
    assert {s for s in lex.domains.values() if s} <= sectors
    assert set(lex.org_keywords.values()) <= sectors
    assert {r.sector for r in lex.ranks} <= sectors
    assert all(len(code) == 3 for code in lex.country_aliases.values())


def test_user_files_extend_the_bundled_data(tmp_path: Path) -> None:
    (tmp_path / "titles.yaml").write_text("heads:\n  ombudsman: {sector: GOV, bare: true}\n",
                                          encoding="utf-8")
    merged = load_data("titles", tmp_path)
    assert "ombudsman" in merged["heads"] and "secretary" in merged["heads"]
    lex = lexicon(str(tmp_path))
    doc = spacy.blank("en")("Ombudsman Jane Roe said")
    assert [m.normalized for m in find_titles(doc, lex)] == ["ombudsman"]


def test_counted_group_nouns_and_member_sectors_are_data(tmp_path: Path) -> None:
    lex = lexicon()
    assert (lex.roles["pair"].count, lex.roles["duo"].count, lex.roles["man"].count) == (2, 2, None)
    assert lex.member_sectors == {"REB"} and lex.member_sectors <= set(lex.sectors)
    (tmp_path / "roles.yaml").write_text("person:\n  trio: {count: 3}\n", encoding="utf-8")
    (tmp_path / "sectors.yaml").write_text("member_sectors: [MIL]\n", encoding="utf-8")
    user = lexicon(str(tmp_path))
    assert (user.roles["trio"].count, user.roles["pair"].count) == (3, 2)
    assert user.member_sectors == {"REB", "MIL"}


def test_bad_user_yaml_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "roles.yaml").write_text("person: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"roles\.yaml"):
        load_data("roles", tmp_path)


def test_title_normalization_folds_spelling_and_qualifiers() -> None:
    assert normalize_title(["acting", "Secretary", "of", "Defence"]) == "secretary of defense"
    assert normalize_title(["former", "Chief", "Executive", "Officer"]) == "former ceo"
    assert normalize_title(["defence", "secretary"]) == "secretary of defense"


def test_actor_files_yaml_and_csv(tmp_path: Path) -> None:
    yml = tmp_path / "actors.yaml"
    yml.write_text("actors:\n  - {name: Asim Munir, type: PERSON, aliases: [Syed Asim Munir], country: PAK, "
                   "sector: MIL, wikidata: Q1}\n", encoding="utf-8")
    csv = tmp_path / "actors.csv"
    csv.write_text("name,aliases,type,country,sector,wikidata\n"
                   "Inter-Services Public Relations,ISPR|ISPR Pakistan,ORG,PAK,MIL,\n", encoding="utf-8")
    assert read_actor_file(yml)[0].aliases == ("Syed Asim Munir",)
    assert read_actor_file(csv)[0].aliases == ("ISPR", "ISPR Pakistan")
    try:
        set_actor_file(csv)
        actor = actor_dictionary().lookup("ISPR Pakistan", "ORG")
        assert actor is not None and actor.country == "PAK"
        assert actor_dictionary().lookup("the Pentagon") is not None  # the bundled dictionary stays
    finally:
        set_actor_file(None)
    assert actor_dictionary().lookup("ISPR Pakistan") is None


def test_bad_actor_files(tmp_path: Path) -> None:
    bad = tmp_path / "a.yaml"
    bad.write_text("actors:\n  - {name: X, type: ALIEN}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown type"):
        read_actor_file(bad)
    with pytest.raises(InputError, match="cannot read"):
        set_actor_file(tmp_path / "missing.yaml")
