-- newsgraph schema, version 2: full-text search (SQLite FTS5; PostgreSQL: 0002_search.postgresql.sql).
-- One FTS5 table indexes article titles and texts (kind 'article') and quote contents with the words naming
-- their speaker (kind 'quote'). Triggers keep it in sync with every write and delete, so no writer has to
-- know about it. It holds its own copy of the indexed text (an external-content index would be keyed on
-- the articles' implicit rowids, which VACUUM may renumber).

CREATE VIRTUAL TABLE search_index USING fts5 (kind UNINDEXED, article_id UNINDEXED, local_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN INSERT INTO search_index (kind, article_id, local_id, title, body) VALUES ('article', new.id, NULL, COALESCE(new.title, ''), new.text); END;
CREATE TRIGGER search_article_update AFTER UPDATE OF title, text ON articles BEGIN DELETE FROM search_index WHERE kind = 'article' AND article_id = old.id; INSERT INTO search_index (kind, article_id, local_id, title, body) VALUES ('article', new.id, NULL, COALESCE(new.title, ''), new.text); END;
CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN DELETE FROM search_index WHERE article_id = old.id; END;
CREATE TRIGGER search_quote_insert AFTER INSERT ON quotes BEGIN INSERT INTO search_index (kind, article_id, local_id, title, body) SELECT 'quote', new.article_id, new.local_id, COALESCE(SUBSTR(a.text, new.speaker_start + 1, new.speaker_end - new.speaker_start), ''), SUBSTR(a.text, new.start_char + 1, new.end_char - new.start_char) FROM articles a WHERE a.id = new.article_id; END;
CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes BEGIN DELETE FROM search_index WHERE kind = 'quote' AND article_id = old.article_id AND local_id = old.local_id; END;

INSERT INTO search_index (kind, article_id, local_id, title, body) SELECT 'article', id, NULL, COALESCE(title, ''), text FROM articles;
INSERT INTO search_index (kind, article_id, local_id, title, body) SELECT 'quote', q.article_id, q.local_id, COALESCE(SUBSTR(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start), ''), SUBSTR(a.text, q.start_char + 1, q.end_char - q.start_char) FROM quotes q JOIN articles a ON a.id = q.article_id;
