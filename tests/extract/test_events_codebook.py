"""The event codebook: bundled data, user extension and replacement, clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.errors import InputError
from newsgraph.extract.event_codebook import bundled_data, load_codebook, merge_codebooks
from newsgraph.model import PLOVER_TYPES


def test_every_entry_is_a_plover_type_and_every_type_has_triggers() -> None:
    book = load_codebook()
    rules = [
        r for section in (book.verbs, book.nouns, book.adjectives) for rs in section.values() for r in rs
    ]
    assert {r.type for r in rules} <= set(PLOVER_TYPES)
    assert {r.type for r in rules} == set(PLOVER_TYPES)
    assert all(
        book.type_class(t) in ("cooperative", "concession", "verbal_conflict", "material_conflict")
        for t in PLOVER_TYPES
    )


def test_modes_are_those_of_the_manual_for_consult_and_assault() -> None:
    book = load_codebook()
    assert {c.mode for c in book.modes["CONSULT"]} == {"phone", "visit", "multilateral", "third-party"}
    assert {"suicide-attack", "explosives", "aerial", "drone", "firearms"} <= {
        c.mode for c in book.modes["ASSAULT"]
    }


def test_user_file_extends_the_bundled_codebook(tmp_path: Path) -> None:
    user = tmp_path / "book.yaml"
    user.write_text(
        "verbs:\n  hit: {type: ASSAULT, objects: [target]}\n  parley: {type: CONSULT}\n"
        "natural_causes: [meteor]\n",
        encoding="utf-8",
    )
    book = load_codebook(user)
    assert book.verbs["parley"][0].type == "CONSULT"
    assert book.verbs["meet"][0].type in PLOVER_TYPES
    assert book.verbs["hit"][0].objects == frozenset({"target"})
    assert "meteor" in book.natural_causes and "earthquake" in book.natural_causes


def test_user_file_can_replace_the_codebook(tmp_path: Path) -> None:
    data = bundled_data()
    data["verbs"] = {"parley": {"type": "CONSULT"}}
    data["nouns"] = {}
    data["adjectives"] = {}
    import yaml

    user = tmp_path / "only.yaml"
    user.write_text(yaml.safe_dump({"replace": True, **data}), encoding="utf-8")
    assert list(load_codebook(user).verbs) == ["parley"]


def test_merge_puts_user_entries_first() -> None:
    merged = merge_codebooks(
        {"nouns": {"raid": {"type": "COERCE"}}}, {"nouns": {"raid": {"type": "ASSAULT"}}}
    )
    assert [e["type"] for e in merged["nouns"]["raid"]] == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(
    "content",
    [
        "verbs:\n  hit: {type: FIGHT}\n",
        "verbs: [1, 2]\n",
        "- a\n- b\n",
        "verbs:\n  hit: {type: ASSAULT, embed: wish}\n",
        "verbs: {hit: [}\n",
        "verbs:\n  call: {type: REQUEST, prep: on}\n",  # YAML reads an unquoted on as true
        "verbs:\n  hit: {type: ASSAULT}\n  hit: {type: COERCE}\n",  # the first entry would be lost
    ],
)
def test_bad_user_files_are_clear_errors(tmp_path: Path, content: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_codebook(user)
    assert str(user) in str(err.value) and "\n" not in str(err.value)


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_codebook(tmp_path / "absent.yaml")


def test_bundled_codebook_has_no_key_twice_and_words_where_words_go() -> None:
    from newsgraph.extract.event_codebook import bundled_data

    data = bundled_data()  # reading refuses a key given twice
    for section in ("verbs", "nouns", "adjectives"):
        for lemma, raw in data[section].items():
            for entry in raw if isinstance(raw, list) else [raw]:
                assert all(isinstance(entry.get(k), (str, type(None))) for k in ("particle", "prep")), lemma


def test_a_capitalised_plural_taken_for_a_name_gets_its_codebook_lemma() -> None:
    import spacy

    from newsgraph.extract.event_codebook import codebook
    from newsgraph.extract.event_triggers import repair_lemmas

    doc = spacy.blank("en")("Riots left three dead in Rogers Park .")
    for tok, tag in zip(doc, ["NNPS", "VBD", "CD", "JJ", "IN", "NNPS", "NNP", "."], strict=True):
        tok.tag_, tok.lemma_ = tag, tok.text
    repair_lemmas(doc, codebook())
    assert doc[0].lemma_ == "riot"
    assert doc[5].lemma_ == "Rogers"  # no codebook noun: the name stays


def test_a_vigil_is_a_protest_only_when_told_as_one(nlp: Language) -> None:
    from newsgraph.model import Article
    from newsgraph.process import process_articles

    text = ("A candle light vigil for Kimani Gray in Brooklyn turned violent on Monday night. "
            "Relatives held a quiet vigil for Ann Fox in Boston.")
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    protests = [e for e in art.events if e.type == "PROTEST"]
    assert [e.trigger_start for e in protests] == [text.index("vigil")]
    assert protests[0].date is not None and protests[0].date.value == "2023-12-11TNI"


def test_a_preposition_of_time_is_not_the_preposition_of_a_trigger_rule(nlp: Language) -> None:
    from newsgraph.model import Article
    from newsgraph.process import process_articles

    text = "Soldiers fired on a crowd in Kano on Friday. A clerk who was fired on Tuesday sued the bank."
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert [e.trigger_start for e in assaults] == [text.index("fired")]


def test_an_arraignment_is_an_accusation(nlp: Language) -> None:
    from newsgraph.model import Article
    from newsgraph.process import process_articles

    text = ("Ann Fox, a bank clerk accused of stabbing her landlord, wept during Tuesday's arraignment "
            "in Boston.")
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    accuse = next(e for e in art.events if e.type == "ACCUSE")
    assert accuse.date is not None and accuse.date.value == "2023-12-12" and not accuse.date.fallback
    text = "Ann Fox's arraignment in Boston was brief."
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    accuse = next(e for e in art.events if e.type == "ACCUSE")
    assert [p.role for p in accuse.participants] == ["recipient"]  # the one arraigned, as "X's indictment"
