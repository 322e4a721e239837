-- newsgraph schema, version 8: what cross-article event merging compares, kept on the event. Merging a
-- report into violence or coercion compares it with every event of its type in its date window (and an
-- undated one with every undated event of its type); it compared the wording, tolls and outlets of every
-- report of every candidate, reading each report's evidence out of its article's text. The event now keeps
-- the union of its reports' content words, tolls and outlets (filled as reports merge in); an event without
-- them (stored before this version) is still read the old way.

ALTER TABLE events ADD COLUMN words TEXT;
ALTER TABLE events ADD COLUMN tolls TEXT;
ALTER TABLE events ADD COLUMN outlets TEXT;
