"""Ingesting a better copy of a stored article: an undated .txt first, the dated JSON line of the same text in
a later run. The stand-in pipeline dates "Thursday" only when the article has a publication date, as the
real one does (relative dates are resolved against it)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from newsgraph.engines import ingest as engine_ingest
from newsgraph.errors import StoreError
from newsgraph.ingest.run import ingest_items, ingest_paths, reprocess_ids
from newsgraph.model import Article
from newsgraph.store import Store
from tests.ingest.test_run import FRENCH
from tests.store import pg
from tests.store.factory import Ent, Ev, build

VOSS = Ent("Mara Voss", "PERSON", ["Voss"])
TELLIK = Ent("Oren Tellik", "PERSON", ["Tellik"])
KARDEN = Ent("Karden", "GPE")
TALKS = "Foreign minister Mara Voss met Oren Tellik in Karden on Thursday. Voss said the talks went well."
OTHER = "Mara Voss held talks with Oren Tellik in Karden on Thursday, officials said."


def dating(batch: Sequence[Article]) -> Iterable[Article]:
    """The talks, with Thursday resolved only against a publication date (2023-12-15 is a Friday)."""
    for art in batch:
        value = "2023-12-14" if art.published == "2023-12-15" else "XXXX-WXX-4"
        facts = build(art.text, ents=[VOSS, TELLIK, KARDEN], timexes=[("Thursday", value)],
                      events=[Ev("met" if " met " in art.text else "talks", place="Karden",
                                 participants=[("Mara Voss", "actor"), ("Oren Tellik", "recipient")],
                                 when="Thursday" if value[0].isdigit() else None)])
        art.mentions, art.entities, art.timexes, art.events = (facts.mentions, facts.entities, facts.timexes,
                                                               facts.events)
        yield art


def write_inputs(folder: Path, published: str = "2023-12-15") -> tuple[Path, Path]:
    """The talks as a plain .txt, and as a JSON line with a publication date and an outlet."""
    folder.mkdir(exist_ok=True)
    txt = folder / "001_talks.txt"
    txt.write_text(TALKS + "\n", encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps({"id": "001_talks", "source": "Outlet A", "published": published,
                                "text": TALKS}) + "\n", encoding="utf-8")
    return txt, feed


def event_dates(store: Store) -> list[str | None]:
    return [r["date_value"] for r in store.fetch("SELECT date_value FROM events ORDER BY id")]


def test_the_dated_copy_updates_the_undated_article(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    txt, feed = write_inputs(tmp_path / "in")
    with Store.open(tmp_path / "ng.db") as store:
        first = ingest_paths([str(txt)], store, processor=dating)
        aid = store.article_ids()[0]
        undated = store.article(aid)
        assert first.stored == 1 and event_dates(store) == [None]
        with caplog.at_level(logging.INFO, logger="newsgraph.ingest.run"):
            second = ingest_paths([str(feed)], store, processor=dating)
        assert (second.read, second.stored, second.updated, second.duplicates) == (1, 0, 1, 0)
        assert second.summary() == "read 1 article: 0 stored, 1 updated, 0 duplicates skipped, 0 failed"
        assert f"updated stored article {aid}" in caplog.text
        art = store.article(aid)
        assert art is not None and undated is not None
        assert (art.published, art.source, art.source_id) == ("2023-12-15", "Outlet A", "001_talks")
        assert [t.value for t in art.timexes] == ["2023-12-14"] and event_dates(store) == ["2023-12-14"]
        assert store.counts().articles == 1 and store.counts().events == 1
        third = ingest_paths([str(feed), str(txt)], store, processor=dating)  # now plain duplicates
        assert (third.updated, third.duplicates) == (0, 2)


def test_dating_links_the_article_with_another_one(tmp_path: Path) -> None:
    txt, feed = write_inputs(tmp_path / "in")
    other = Article.new(OTHER, published="2023-12-15", source="Outlet B")
    with Store.open(":memory:") as store:
        ingest_items([other], store, processor=dating)
        ingest_paths([str(txt)], store, processor=dating)
        assert sorted(r["reports"] for r in store.fetch("SELECT reports FROM events")) == [1, 1]
        report = ingest_paths([str(feed)], store, processor=dating)
        assert report.updated == 1
        rows = store.fetch("SELECT reports, date_value, outlets FROM events")
        assert [(r["reports"], r["date_value"], r["outlets"]) for r in rows] == [
            (2, "2023-12-14", '["Outlet A", "Outlet B"]')]


def test_a_different_date_is_a_conflict_and_the_stored_one_is_kept(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _, feed = write_inputs(tmp_path / "a")
    _, later = write_inputs(tmp_path / "b", published="2023-12-18")
    with Store.open(":memory:") as store:
        ingest_paths([str(feed)], store, processor=dating)
        before = store.article(store.article_ids()[0])
        with caplog.at_level(logging.WARNING, logger="newsgraph.ingest.run"):
            report = ingest_paths([str(later)], store, processor=dating)
        assert (report.updated, report.duplicates) == (0, 1)
        [line] = [r.getMessage() for r in caplog.records]
        assert "stored 2023-12-15, this copy 2023-12-18" in line and "\n" not in line
        assert store.article(store.article_ids()[0]) == before


def test_a_plain_duplicate_is_not_processed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []

    def spy(batch: Sequence[Article]) -> Iterable[Article]:
        seen.extend(a.id for a in batch)
        return dating(batch)

    txt, _ = write_inputs(tmp_path / "in")
    with Store.open(":memory:") as store, caplog.at_level(logging.INFO, logger="newsgraph.ingest.run"):
        ingest_paths([str(txt)], store, processor=spy)
        report = ingest_paths([str(txt)], store, processor=spy)
    assert (report.duplicates, report.updated, len(seen)) == (1, 0, 1)
    assert not [r for r in caplog.records if r.levelno >= logging.INFO]


def test_a_store_failure_while_updating_keeps_the_old_facts(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    txt, feed = write_inputs(tmp_path / "in")
    with Store.open(":memory:") as store:
        ingest_paths([str(txt)], store, processor=dating)
        aid = store.article_ids()[0]
        before = store.article(aid)

        def broken(*args: object, **kwargs: object) -> None:
            raise StoreError("injected failure while linking events")

        monkeypatch.setattr("newsgraph.store.write.link_events", broken)
        report = ingest_paths([str(feed)], store, processor=dating)
        assert (report.updated, [str(e) for e in report.failed]) == (
            0, ["001_talks: injected failure while linking events"])
        assert store.article(aid) == before and event_dates(store) == [None]


def test_a_stored_article_not_in_english_gains_its_date_without_processing(tmp_path: Path) -> None:
    text = FRENCH
    with Store.open(":memory:") as store:
        ingest_items([Article.new(text, language="fr")], store, processor=dating)
        report = ingest_items([Article.new(text, language="fr", published="2023-12-15")], store,
                              processor=dating)
        art = store.article(store.article_ids()[0])
        assert report.updated == 1 and art is not None and art.published == "2023-12-15"
        assert store.counts().processed == 0


def test_the_batch_engine_updates_too(tmp_path: Path) -> None:
    txt, feed = write_inputs(tmp_path / "in")
    with Store.open(tmp_path / "ng.db") as store:  # a file: stored by the writer thread
        engine_ingest.ingest_paths([str(txt)], store)
        result = engine_ingest.ingest_paths([str(feed)], store)
        assert result.report.updated == 1 and "1 updated" in result.report.summary()
        art = store.article(store.article_ids()[0])
        assert art is not None and art.published == "2023-12-15" and art.source == "Outlet A"


def test_reprocess_ids_replaces_the_facts_of_stored_articles(tmp_path: Path) -> None:
    _, feed = write_inputs(tmp_path / "in")
    with Store.open(":memory:") as store:
        ingest_paths([str(feed)], store, processor=dating)
        aid = store.article_ids()[0]
        again = reprocess_ids([aid], store, processor=dating)
        assert (again.updated, again.ok) == (1, True)
        assert event_dates(store) == ["2023-12-14"] and store.counts().events == 1
        assert not reprocess_ids(["0000000000000000"], store, processor=dating).ok


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg.fresh_schema()


@pg.requires_pg
@pytest.mark.postgres
def test_an_update_into_postgresql(tmp_path: Path, pg_url: str) -> None:
    txt, feed = write_inputs(tmp_path / "in")
    _, later = write_inputs(tmp_path / "later", published="2023-12-18")
    with Store.open(pg_url) as store:
        ingest_paths([str(txt)], store, processor=dating)
        assert event_dates(store) == [None]
        assert ingest_paths([str(feed)], store, processor=dating).updated == 1
        assert event_dates(store) == ["2023-12-14"]
        conflict = engine_ingest.ingest_paths([str(later)], store).report
        assert (conflict.updated, conflict.duplicates) == (0, 1)
        assert store.stored_metadata(store.article_ids()[0]) == {
            "published": "2023-12-15", "published_inferred": 0, "title": None, "source": "Outlet A",
            "url": None, "source_id": "001_talks", "language": "en", "processed": 1}


def test_a_dated_copy_replaces_the_evidence_of_the_inferred_date(tmp_path: Path) -> None:
    from newsgraph.extract.time import article_anchor
    from newsgraph.model import PublishedFrom

    def anchoring(batch: Sequence[Article]) -> Iterable[Article]:
        for art in batch:
            article_anchor(art)  # the time stage's publication date, inferred when missing
            yield art

    text = f"Talks in Karden\nDecember 14, 2023\n{TALKS}"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(text, encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"published": "2023-12-15", "text": text}) + "\n",
                                       encoding="utf-8")
    with Store.open(tmp_path / "ng.db") as store:
        ingest_paths([str(folder / "talks.txt")], store, processor=anchoring)
        [aid] = store.article_ids()
        inferred = store.article(aid)
        assert inferred is not None and inferred.published_from == PublishedFrom(
            "dateline", "2023-12-14", 16, 33, "December 14, 2023")
        assert ingest_paths([str(folder / "feed.jsonl")], store, processor=anchoring).updated == 1
        dated = store.article(aid)
        assert dated is not None and (dated.published, dated.published_inferred) == ("2023-12-15", False)
        assert dated.published_from == PublishedFrom("given", "2023-12-15")
        assert reprocess_ids([aid], store, processor=anchoring).updated == 1
        assert store.article(aid) == dated
