-- newsgraph schema, version 12: how an article's publication date was obtained (newsgraph.model.PublishedFrom):
-- given with the input, or inferred from its text (a date line, a date line completed by the page's year,
-- the page's address, a wire dateline, bounds), with the date the evidence gives and the evidence span
-- (character offsets into articles.text; none for a given date or an address given as the article's url).
-- The evidence text is not stored: it is read back from the article by its offsets. Articles stored before
-- this version have none (NULL): their date is shown as given or inferred, without its evidence, until they
-- are processed again (newsgraph reprocess).

ALTER TABLE articles ADD COLUMN published_from TEXT;
ALTER TABLE articles ADD COLUMN published_from_value TEXT;
ALTER TABLE articles ADD COLUMN published_from_start INTEGER;
ALTER TABLE articles ADD COLUMN published_from_end INTEGER;
