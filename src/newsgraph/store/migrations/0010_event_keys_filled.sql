-- newsgraph schema, version 10: the event_keys of events stored before version 9, from the wording and
-- tolls they keep (schema 8). This portable variant splits the kept words with a recursive query and reads
-- the tolls with SQLite's JSON functions; PostgreSQL has its own variant.

INSERT OR IGNORE INTO event_keys (key, event_id)
    WITH RECURSIVE split (id, word, rest) AS (
        SELECT id, '', words || ' ' FROM events WHERE words IS NOT NULL AND words <> ''
        UNION ALL
        SELECT id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
        FROM split WHERE rest <> ''
    )
    SELECT DISTINCT 'w:' || word, id FROM split WHERE word <> '';
INSERT OR IGNORE INTO event_keys (key, event_id)
    SELECT DISTINCT 't:' || json_extract(t.value, '$[0]') || ':' || json_extract(t.value, '$[1]'), e.id
    FROM events e, json_each(e.tolls) t WHERE e.tolls IS NOT NULL;
