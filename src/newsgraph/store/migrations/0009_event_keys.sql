-- newsgraph schema, version 9: an index of what identifies violence and coercion without a date. An undated
-- report of violence or coercion that shares no participant or place with an undated event of its type is
-- the same event only when the two share a toll or at least three content words of their wording
-- (newsgraph.resolve.events); the store compared it with every undated event of the type instead, a cost
-- that grew with the store. event_keys holds each event's kept wording and tolls (schema 8) as keys --
-- 'w:' + content word, 't:' + toll kind + ':' + number -- filled as reports merge in, so those candidates are
-- found by key. Events stored before schema 8 keep no wording and are still compared with every report.
-- Those undated events of a type are found by an index on (type, first_day), which also serves every
-- lookup by type alone. Schema 10 indexes the events stored before this version.

CREATE TABLE event_keys (
    key      TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (key, event_id)
);
CREATE INDEX event_keys_event ON event_keys (event_id);

DROP INDEX events_type;
CREATE INDEX events_type_days ON events (type, first_day);
