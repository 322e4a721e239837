-- newsgraph schema, version 2 on PostgreSQL: full-text search through tsvector expression indexes.
-- Queries (newsgraph.query.search) match to_tsvector('simple', ...) of the same expressions, so these
-- indexes serve them and stay in sync with every write by construction.

CREATE INDEX articles_search ON articles USING GIN (to_tsvector('simple', COALESCE(title, '') || ' ' || text));
