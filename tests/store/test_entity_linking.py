"""Entity linking while an article is written: rows held back per article are seen by its later entities."""

from newsgraph.model import Article, Entity, Mention
from newsgraph.store.backend import SQLiteBackend
from newsgraph.store.linking import link_entities
from newsgraph.store.migrate import migrate

TEXT = "Dana Korvell spoke on Monday. Later, Dana Korvell left the city of Brenmoor."


def _article() -> Article:
    """Two local entities with one made-up name (a coreference split) and a place."""
    art = Article.new(TEXT, published="2023-12-15")
    first = TEXT.index("Dana Korvell")
    second = TEXT.index("Dana Korvell", first + 1)
    place = TEXT.index("Brenmoor")
    art.mentions = [Mention("m1", first, first + 12, "Dana Korvell", "PERSON", entity="e1"),
                    Mention("m2", second, second + 12, "Dana Korvell", "PERSON", entity="e2"),
                    Mention("m3", place, place + 8, "Brenmoor", "GPE", entity="e3")]
    art.entities = [Entity("e1", "Dana Korvell", "PERSON", mentions=["m1"]),
                    Entity("e2", "Dana Korvell", "PERSON", mentions=["m2"]),
                    Entity("e3", "Brenmoor", "GPE", mentions=["m3"])]
    return art


def _db() -> SQLiteBackend:
    db = SQLiteBackend(":memory:")
    migrate(db)
    return db


def test_later_entity_links_to_what_an_earlier_one_of_the_article_created() -> None:
    links = link_entities(_db(), _article(), "2024-01-01T00:00:00+00:00")
    assert links["e2"].global_id == links["e1"].global_id
    assert links["e2"].reason.startswith("same PERSON name")


def test_every_alias_and_key_is_written_by_the_end_of_linking() -> None:
    db = _db()
    links = link_entities(db, _article(), "2024-01-01T00:00:00+00:00")
    aliases = {(r["entity_id"], r["alias"]) for r in db.query("SELECT entity_id, alias FROM entity_aliases")}
    assert aliases == {(links["e1"].global_id, "Dana Korvell"), (links["e3"].global_id, "Brenmoor")}
    keyed = {r["entity_id"] for r in db.query("SELECT entity_id FROM entity_keys")}
    assert keyed == {links["e1"].global_id, links["e3"].global_id}
