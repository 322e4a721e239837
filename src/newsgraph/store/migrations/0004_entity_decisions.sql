-- newsgraph schema, version 4: user decisions on cross-article identity (newsgraph.store.identity_ops).
-- kind: merge (other_id merged into entity_id) or split (other_id split off entity_id). detail: JSON of every
-- row the decision moved, so that undo puts them back; undone_at is set when it was undone.
-- Each statement ends with a semicolon at the end of its last line; lines starting with -- are comments.

CREATE TABLE entity_decisions (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    other_id   TEXT NOT NULL,
    note       TEXT,
    detail     TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    undone_at  TEXT
);
CREATE INDEX entity_decisions_entity ON entity_decisions (entity_id);
CREATE INDEX entity_decisions_other ON entity_decisions (other_id);
