-- newsgraph schema, version 1.
-- Portable SQL (SQLite and PostgreSQL): text ids, ISO-8601 text dates, INTEGER 0/1 flags, JSON as TEXT.
-- Spans are character offsets into articles.text (start_char inclusive, end_char exclusive). The text of a
-- mention, timex, quote, speaker or evidence span is not stored again: it is read back from the article.
-- Columns named extra hold, as a JSON object, model fields this schema version has no column for.
-- Each statement ends with a semicolon at the end of its last line; lines starting with -- are comments.

CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    source_id          TEXT,
    url                TEXT,
    source             TEXT,
    title              TEXT,
    published          TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    language           TEXT NOT NULL DEFAULT 'en',
    processed          INTEGER NOT NULL DEFAULT 1,
    text               TEXT NOT NULL,
    extra              TEXT,
    ingested_at        TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source_id ON articles (source_id);

CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    norm_name   TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    wikidata    TEXT,
    link_reason TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX entities_type_name ON entities (type, norm_name);
CREATE INDEX entities_norm_name ON entities (norm_name);

-- Every surface form a global entity is called by; kind NAM (a name) or NOM (a description).
CREATE TABLE entity_aliases (
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    norm_alias TEXT NOT NULL,
    alias      TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'NAM',
    PRIMARY KEY (entity_id, norm_alias)
);
CREATE INDEX entity_aliases_norm ON entity_aliases (norm_alias);

CREATE TABLE article_entities (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    entity_id   TEXT NOT NULL REFERENCES entities (id),
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',
    titles      TEXT NOT NULL DEFAULT '[]',
    affiliation TEXT,
    sector      TEXT,
    country     TEXT,
    wikidata    TEXT,
    confidence  REAL NOT NULL DEFAULT 1.0,
    link_reason TEXT,
    link_score  REAL,
    extra       TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id     TEXT NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    type         TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'NAM',
    local_entity TEXT,
    head         TEXT,
    confidence   REAL NOT NULL DEFAULT 1.0,
    extra        TEXT,
    PRIMARY KEY (article_id, local_id),
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX mentions_entity ON mentions (article_id, local_entity);

CREATE TABLE timexes (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    begin_value TEXT,
    end_value   TEXT,
    anchor      TEXT NOT NULL DEFAULT 'dct',
    confidence  REAL NOT NULL DEFAULT 1.0,
    extra       TEXT,
    PRIMARY KEY (article_id, local_id),
    CHECK (0 <= start_char AND start_char <= end_char)
);

CREATE TABLE quotes (
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id          TEXT NOT NULL,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'direct',
    cue               TEXT,
    cue_start         INTEGER,
    cue_end           INTEGER,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_local     TEXT,
    speaker_entity_id TEXT REFERENCES entities (id),
    descriptor        TEXT,
    affiliation       TEXT,
    addressee         TEXT,
    addressee_entity_id TEXT REFERENCES entities (id),
    sentence_start    INTEGER,
    sentence_end      INTEGER,
    confidence        REAL NOT NULL DEFAULT 1.0,
    extra             TEXT,
    PRIMARY KEY (article_id, local_id),
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

-- A global event: what happened, merged over every article that reports it. first_day/last_day are the
-- ISO days date_value covers (a month covers all its days), for date filters.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    mode            TEXT,
    date_value      TEXT,
    first_day       TEXT,
    last_day        TEXT,
    place_entity_id TEXT REFERENCES entities (id),
    place_name      TEXT,
    modality        TEXT NOT NULL DEFAULT 'asserted',
    confidence      REAL NOT NULL DEFAULT 1.0,
    reports         INTEGER NOT NULL DEFAULT 1,
    merge_reason    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_days ON events (first_day, last_day);

CREATE TABLE event_participants (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    role      TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

-- One article's report of a global event, with its evidence.
CREATE TABLE event_reports (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id      TEXT NOT NULL,
    event_id      TEXT NOT NULL REFERENCES events (id),
    type          TEXT NOT NULL,
    mode          TEXT,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    trigger_text  TEXT,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    date_value    TEXT,
    date_text     TEXT,
    date_timex    TEXT,
    date_begin    TEXT,
    date_end      TEXT,
    date_fallback INTEGER NOT NULL DEFAULT 0,
    place_local   TEXT,
    place_name    TEXT,
    counts        TEXT NOT NULL DEFAULT '{}',
    modality      TEXT NOT NULL DEFAULT 'asserted',
    confidence    REAL NOT NULL DEFAULT 1.0,
    link_reason   TEXT,
    link_score    REAL,
    extra         TEXT,
    PRIMARY KEY (article_id, local_id),
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX event_reports_event ON event_reports (event_id);

-- Who took part in one report of an event, as that article says it.
CREATE TABLE report_participants (
    article_id   TEXT NOT NULL,
    local_event  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    local_entity TEXT NOT NULL,
    entity_id    TEXT REFERENCES entities (id),
    role         TEXT NOT NULL,
    start_char   INTEGER,
    end_char     INTEGER,
    PRIMARY KEY (article_id, local_event, position),
    FOREIGN KEY (article_id, local_event) REFERENCES event_reports (article_id, local_id) ON DELETE CASCADE
);
