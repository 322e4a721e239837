-- newsgraph schema, version 10: the event_keys of events stored before version 9, from the wording and
-- tolls they keep (schema 8). The PostgreSQL variant: words split into an array, tolls read as jsonb.

INSERT INTO event_keys (key, event_id)
    SELECT DISTINCT 'w:' || w, e.id FROM events e, unnest(string_to_array(e.words, ' ')) AS w
    WHERE e.words IS NOT NULL AND w <> ''
    ON CONFLICT DO NOTHING;
INSERT INTO event_keys (key, event_id)
    SELECT DISTINCT 't:' || (t.value ->> 0) || ':' || (t.value ->> 1), e.id
    FROM events e, jsonb_array_elements(e.tolls::jsonb) AS t WHERE e.tolls IS NOT NULL
    ON CONFLICT DO NOTHING;
