-- 002: actors (across documents), the learned roles of persons, events
-- deduplicated across documents with every mention's evidence, and quotes.
--
-- Offsets are byte offsets into documents.text, like 001.
-- `day` columns are days since 1970-01-01 (integers make "± 1 day" an index
-- range scan); `date` columns keep the text form at its precision.

-- One row per actor across the store. `key` is its identity: persons by
-- name, other actors by CAMEO code (else by name); see crate docs.
CREATE TABLE actors (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    code          TEXT NOT NULL,
    country       TEXT,
    sector        TEXT,
    kind          TEXT NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    num_documents INTEGER NOT NULL DEFAULT 0,
    num_mentions  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_code ON actors(code);

-- Roles the text gave a person ("Chancellor Olaf Scholz"), with the span of
-- document dates over which they were seen and how often: the knowledge
-- base Herald learns from what it reads.
CREATE TABLE actor_roles (
    actor      INTEGER NOT NULL REFERENCES actors(id),
    role       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    first_seen TEXT,
    last_seen  TEXT,
    evidence   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor, role, country)
) WITHOUT ROWID;

-- A document's actors (its `a0`, `a1`, …) and their mentions.
CREATE TABLE doc_actors (
    doc   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx   INTEGER NOT NULL,
    actor INTEGER NOT NULL REFERENCES actors(id),
    name  TEXT NOT NULL,
    code  TEXT NOT NULL,
    role  TEXT,
    kind  TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX doc_actors_actor ON doc_actors(actor);

CREATE TABLE actor_mentions (
    doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    actor_idx  INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- Events: one row per real-world event, however many reports mention it.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    day           INTEGER,
    date          TEXT,
    precision     TEXT,
    code          TEXT NOT NULL,
    base_code     TEXT NOT NULL,
    root          TEXT NOT NULL,
    name          TEXT NOT NULL,
    plover_type   TEXT NOT NULL,
    plover_mode   TEXT,
    goldstein     REAL NOT NULL,
    quad_class    INTEGER NOT NULL,
    modality      TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    source_actor  INTEGER REFERENCES actors(id),
    source_name   TEXT,
    source_code   TEXT,
    target_key    TEXT NOT NULL,
    target_actor  INTEGER REFERENCES actors(id),
    target_name   TEXT,
    target_code   TEXT,
    place         TEXT,
    country       TEXT,
    lat           REAL,
    lon           REAL,
    first_doc     INTEGER NOT NULL REFERENCES documents(id),
    is_root       INTEGER NOT NULL DEFAULT 0,
    num_mentions  INTEGER NOT NULL DEFAULT 0,
    num_sources   INTEGER NOT NULL DEFAULT 0,
    num_articles  INTEGER NOT NULL DEFAULT 0,
    avg_confidence REAL NOT NULL DEFAULT 0
);
CREATE INDEX events_dedup ON events(base_code, source_key, target_key, modality, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source_day ON events(source_actor, day);
CREATE INDEX events_target_day ON events(target_actor, day);
CREATE INDEX events_root_day ON events(root, day);
CREATE INDEX events_source_code_day ON events(source_code, day);
CREATE INDEX events_target_code_day ON events(target_code, day);

-- Every report of an event: the document, the sentence and the spans that
-- support it, as that document coded it.
CREATE TABLE event_mentions (
    id            INTEGER PRIMARY KEY,
    event         INTEGER NOT NULL REFERENCES events(id),
    doc           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    publisher     TEXT NOT NULL,
    sentence      INTEGER NOT NULL,
    code          TEXT NOT NULL,
    modality      TEXT NOT NULL,
    quoted        INTEGER NOT NULL,
    predicate_start INTEGER NOT NULL,
    predicate_end   INTEGER NOT NULL,
    source_start  INTEGER,
    source_end    INTEGER,
    source_doc_actor INTEGER,
    target_start  INTEGER,
    target_end    INTEGER,
    target_doc_actor INTEGER,
    date          TEXT,
    precision     TEXT,
    date_source   TEXT,
    time_ref      INTEGER,
    place_start   INTEGER,
    place_end     INTEGER,
    confidence    REAL NOT NULL,
    UNIQUE (doc, idx)
);
CREATE INDEX event_mentions_event ON event_mentions(event);

-- Quotes (filled once the quotes stage runs).
CREATE TABLE quotes (
    doc          INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_byte   INTEGER NOT NULL,
    end_byte     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    pieces       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_doc_actor INTEGER,
    speaker_code TEXT,
    cue          TEXT,
    via          TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
