-- newsgraph schema, version 7: the articles of a global entity read from an index alone. Linking counts, for
-- every candidate entity, the distinct articles it appears in; with the article id in the index that count
-- no longer visits a table row per appearance (a well-known actor has thousands). The new index serves
-- every lookup by entity the old one did.

CREATE INDEX article_entities_entity_article ON article_entities (entity_id, article_id);
DROP INDEX article_entities_entity;
