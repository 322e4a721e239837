"""The JSON export contract: real output validates against docs/export-schema.json, references resolve."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spacy.language import Language

from newsgraph.config import PROJECT_ROOT
from newsgraph.export import article_record, export_store
from newsgraph.model import SCHEMA_VERSION, Affiliation, Article, PublishedFrom, Title
from newsgraph.process import process_articles
from newsgraph.store import Store
from tests.conftest import requires_shared
from tests.store.factory import austin_call, blinken_meeting

SCHEMA_PATH = PROJECT_ROOT / "docs" / "export-schema.json"

TEXT = ("Pakistan's army chief Gen Asim Munir met US Secretary of State Antony Blinken in Washington on "
        "Thursday. \"We discussed regional security,\" Munir told reporters after the meeting. On Wednesday "
        "he had met Defence Secretary Lloyd Austin at the Pentagon, officials said.")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check(record: dict[str, Any], validator: jsonschema.Draft202012Validator) -> None:
    """Schema-valid, every span's text matches the article text, every entity reference resolves."""
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    text, ids = record["text"], {e["id"] for e in record["entities"]}
    spans = [m for e in record["entities"] for m in e["mentions"]] + record["timexes"]
    quotes, events = record["quotes"], record["events"]
    spans += [q["content"] for q in quotes] + [q["speaker"] for q in quotes if q["speaker"]]
    spans += [v["evidence"] for v in events] + [v["trigger"] for v in events if v["trigger"]]
    basis = record.get("published_from")
    spans += [basis["evidence"]] if basis and basis["evidence"] else []
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    refs = [p["entity"] for v in record["events"] for p in v["participants"]]
    refs += [v["place"] for v in record["events"] if v["place"]]
    refs += [q["speaker"]["entity"] for q in record["quotes"] if q["speaker"] and q["speaker"]["entity"]]
    refs += [m for e in record["entities"] for m in e["members"]]
    refs += [e["affiliation"]["organization"] for e in record["entities"]
             if e["affiliation"] and e["affiliation"]["organization"]]
    assert set(refs) <= ids


def test_schema_version_matches_the_model(validator: jsonschema.Draft202012Validator) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert SCHEMA_VERSION in schema["title"]


def test_hand_built_records_validate(validator: jsonschema.Draft202012Validator) -> None:
    art = blinken_meeting()
    art.entities[0].titles = [Title("Army chief", 0, 10, normalized="Chief of Army Staff")]
    art.entities[0].affiliation = Affiliation(country="PAK", organization_name="Pakistan Army")
    rec = article_record(art)
    check(rec, validator)
    assert rec["schema_version"] == SCHEMA_VERSION
    munir = rec["entities"][0]
    assert [m["text"] for m in munir["mentions"]] == ["Asim Munir", "the army chief"]
    assert munir["global_id"] is None and munir["titles"][0]["normalized"] == "Chief of Army Staff"
    [event] = rec["events"]
    assert event["participants"] == [{"entity": "e1", "role": "actor", "start": None, "end": None},
                                     {"entity": "e2", "role": "recipient", "start": None, "end": None}]
    assert event["date"]["value"] == "2023-12-14" and event["trigger"]["text"] == "met"
    [quote] = rec["quotes"]
    assert quote["speaker"]["entity"] == "e1" and quote["direct"] is True


def test_an_empty_article_validates(validator: jsonschema.Draft202012Validator) -> None:
    check(article_record(Article.new("Le ministre a parlé.", language="fr")), validator)


def test_export_from_a_store_carries_global_ids(validator: jsonschema.Draft202012Validator) -> None:
    out = io.StringIO()
    with Store.open(":memory:") as store:
        store.write_article(blinken_meeting("Outlet A"))
        store.write_article(blinken_meeting("Outlet B", extra="More."))
        store.write_article(austin_call())
        assert export_store(store, out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    for rec in records:
        check(rec, validator)
        assert all(e["global_id"] for e in rec["entities"]) and all(v["global_id"] for v in rec["events"])
    a, b = records[1], records[2]
    assert a["events"][0]["global_id"] == b["events"][0]["global_id"]  # one meeting, two reports
    assert a["entities"][0]["global_id"] == records[0]["entities"][0]["global_id"]  # one Asim Munir


def test_pipeline_output_validates(nlp: Language, validator: jsonschema.Draft202012Validator) -> None:
    [art] = process_articles([Article.new(TEXT, published="2023-12-15", source="Example")], nlp)
    rec = article_record(art)
    check(rec, validator)
    assert rec["entities"] and rec["timexes"]


@requires_shared
def test_shared_samples_validate_after_a_store_round_trip(processed_samples: dict[str, Article],
                                                          validator: jsonschema.Draft202012Validator) -> None:
    with Store.open(":memory:") as store:
        for art in processed_samples.values():
            store.write_article(art)
        out = io.StringIO()
        export_store(store, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 2
    for rec in records:
        check(rec, validator)
        assert rec["entities"] and rec["events"] and rec["quotes"] and rec["timexes"]


def test_the_documented_example_validates(validator: jsonschema.Draft202012Validator) -> None:
    doc = (Path(SCHEMA_PATH).parent / "export.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("\n```", 1)[0]
    check(json.loads(example), validator)


DATELINE_TEXT = "Talks in Veldra\nJune 27, 2013\nThe envoys of Veldra and Osterm met on Thursday."


@pytest.mark.parametrize(("basis", "published", "evidence"), [
    (PublishedFrom("dateline", "2013-06-27", 16, 29, "June 27, 2013"), "2013-06-27",
     {"start": 16, "end": 29, "text": "June 27, 2013"}),
    (PublishedFrom("url", "2013-06-27"), "2013-06-27", None),
    (PublishedFrom("bounds", "2013", 25, 29, "2013"), None, {"start": 25, "end": 29, "text": "2013"}),
    (PublishedFrom("given", "2013-06-27"), "2013-06-27", None),
])
def test_how_the_date_was_obtained_is_exported_with_its_evidence(
        validator: jsonschema.Draft202012Validator, basis: PublishedFrom, published: str | None,
        evidence: dict[str, Any] | None) -> None:
    art = Article.new(DATELINE_TEXT, published=published, published_inferred=basis.kind != "given",
                      published_from=basis)
    with Store.open(":memory:") as store:
        store.write_article(art)
        out = io.StringIO()
        export_store(store, out)
    rec = json.loads(out.getvalue())
    check(rec, validator)
    assert rec["published_from"] == {"kind": basis.kind, "description": basis.describe(),
                                     "value": basis.value, "evidence": evidence}


def test_an_article_without_the_field_exports_null(validator: jsonschema.Draft202012Validator) -> None:
    rec = article_record(Article.new("Talks.", published="2013-06-27"))
    check(rec, validator)
    assert rec["published_from"] is None
    bad = {**rec, "published_from": {"kind": "guessed", "description": "", "value": None, "evidence": None}}
    assert list(validator.iter_errors(bad))  # only the documented kinds
