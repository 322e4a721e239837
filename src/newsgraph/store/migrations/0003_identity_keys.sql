-- newsgraph schema, version 3: what cross-article identity needs to find and judge candidates.
-- entity_keys: every blocking key (newsgraph.resolve.identity.blocking_keys) of every local entity linked
-- to a global entity: normalized names and index keys such as ~p:austin:l. Candidates are looked up by them.
-- entity_facets: context gathered per global entity (kind title, org or context: a co-occurring entity).
-- Each statement ends with a semicolon at the end of its last line; lines starting with -- are comments.

CREATE TABLE entity_keys (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    PRIMARY KEY (entity_id, key)
);
CREATE INDEX entity_keys_key ON entity_keys (key);

CREATE TABLE entity_facets (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (entity_id, kind, value)
);

-- Entities stored by schema version 1 are found again by their names and named aliases.
INSERT INTO entity_keys (entity_id, key) SELECT id, norm_name FROM entities;
INSERT INTO entity_keys (entity_id, key)
    SELECT DISTINCT a.entity_id, a.norm_alias FROM entity_aliases a
    WHERE a.kind = 'NAM' AND NOT EXISTS (
        SELECT 1 FROM entity_keys k WHERE k.entity_id = a.entity_id AND k.key = a.norm_alias);
