-- newsgraph schema, version 5 on PostgreSQL: quotes searchable through an index, as articles are (0002).
-- A quote's text lives in its article (offsets only), so no expression index can reach it: a trigger keeps
-- quotes.search_words, the tsvector of the words naming the speaker and of the quoted words (what SQLite's
-- FTS5 table holds for a quote), and a GIN index serves newsgraph.query.search.

ALTER TABLE quotes ADD COLUMN search_words tsvector;
CREATE FUNCTION newsgraph_quote_words() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.search_words := (SELECT to_tsvector('simple', COALESCE(SUBSTR(a.text, NEW.speaker_start + 1, NEW.speaker_end - NEW.speaker_start), '') || ' ' || SUBSTR(a.text, NEW.start_char + 1, NEW.end_char - NEW.start_char)) FROM articles a WHERE a.id = NEW.article_id); RETURN NEW; END $$;
CREATE TRIGGER quotes_search_words BEFORE INSERT OR UPDATE OF start_char, end_char, speaker_start, speaker_end ON quotes FOR EACH ROW EXECUTE FUNCTION newsgraph_quote_words();
UPDATE quotes q SET search_words = to_tsvector('simple', COALESCE(SUBSTR(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start), '') || ' ' || SUBSTR(a.text, q.start_char + 1, q.end_char - q.start_char)) FROM articles a WHERE a.id = q.article_id;
CREATE INDEX quotes_search ON quotes USING GIN (search_words);
