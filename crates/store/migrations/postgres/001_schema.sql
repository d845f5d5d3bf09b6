-- PostgreSQL schema v1: the same tables as SQLite's 001 + 002 (see there
-- for what each holds). Differences: identity keys, BIGINT everywhere, a
-- generated tsvector with a GIN index for full-text search, codes in the C
-- collation (prefix ranges compare bytes), lower(name) index.

CREATE TABLE documents (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id        TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    date          TEXT,
    title         TEXT,
    url           TEXT,
    source        TEXT,
    origin        TEXT NOT NULL,
    meta          TEXT,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    tsv           tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_tsv ON documents USING gin(tsv);

CREATE TABLE sentences (
    doc    BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    kind   TEXT NOT NULL,
    paragraph BIGINT NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE times (
    doc    BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    type   TEXT NOT NULL,
    value  TEXT NOT NULL,
    anchor TEXT,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE entities (
    doc    BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    label  TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE failures (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin  TEXT NOT NULL,
    doc_id  TEXT,
    stage   TEXT NOT NULL,
    error   TEXT NOT NULL,
    at      TEXT NOT NULL
);

CREATE TABLE actors (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    code          TEXT COLLATE "C" NOT NULL,
    country       TEXT,
    sector        TEXT,
    kind          TEXT NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    num_documents BIGINT NOT NULL DEFAULT 0,
    num_mentions  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(lower(name));
CREATE INDEX actors_code ON actors(code);

CREATE TABLE actor_roles (
    actor      BIGINT NOT NULL REFERENCES actors(id),
    role       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    first_seen TEXT,
    last_seen  TEXT,
    evidence   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (actor, role, country)
);

CREATE TABLE doc_actors (
    doc   BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx   BIGINT NOT NULL,
    actor BIGINT NOT NULL REFERENCES actors(id),
    name  TEXT NOT NULL,
    code  TEXT NOT NULL,
    role  TEXT,
    kind  TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX doc_actors_actor ON doc_actors(actor);

CREATE TABLE actor_mentions (
    doc        BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx        BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    sentence   BIGINT NOT NULL,
    actor_idx  BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE events (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day           BIGINT,
    date          TEXT,
    precision     TEXT,
    code          TEXT COLLATE "C" NOT NULL,
    base_code     TEXT NOT NULL,
    root          TEXT NOT NULL,
    name          TEXT NOT NULL,
    plover_type   TEXT NOT NULL,
    plover_mode   TEXT,
    goldstein     DOUBLE PRECISION NOT NULL,
    quad_class    BIGINT NOT NULL,
    modality      TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    source_actor  BIGINT REFERENCES actors(id),
    source_name   TEXT,
    source_code   TEXT COLLATE "C",
    target_key    TEXT NOT NULL,
    target_actor  BIGINT REFERENCES actors(id),
    target_name   TEXT,
    target_code   TEXT COLLATE "C",
    place         TEXT,
    country       TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    first_doc     BIGINT NOT NULL REFERENCES documents(id),
    is_root       BOOLEAN NOT NULL DEFAULT FALSE,
    num_mentions  BIGINT NOT NULL DEFAULT 0,
    num_sources   BIGINT NOT NULL DEFAULT 0,
    num_articles  BIGINT NOT NULL DEFAULT 0,
    avg_confidence DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX events_dedup ON events(base_code, source_key, target_key, modality, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source_day ON events(source_actor, day);
CREATE INDEX events_target_day ON events(target_actor, day);
CREATE INDEX events_root_day ON events(root, day);
CREATE INDEX events_source_code_day ON events(source_code, day);
CREATE INDEX events_target_code_day ON events(target_code, day);

CREATE TABLE event_mentions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event         BIGINT NOT NULL REFERENCES events(id),
    doc           BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx           BIGINT NOT NULL,
    publisher     TEXT NOT NULL,
    sentence      BIGINT NOT NULL,
    code          TEXT NOT NULL,
    modality      TEXT NOT NULL,
    quoted        BOOLEAN NOT NULL,
    predicate_start BIGINT NOT NULL,
    predicate_end   BIGINT NOT NULL,
    source_start  BIGINT,
    source_end    BIGINT,
    source_doc_actor BIGINT,
    target_start  BIGINT,
    target_end    BIGINT,
    target_doc_actor BIGINT,
    date          TEXT,
    precision     TEXT,
    date_source   TEXT,
    time_ref      BIGINT,
    place_start   BIGINT,
    place_end     BIGINT,
    confidence    DOUBLE PRECISION NOT NULL,
    UNIQUE (doc, idx)
);
CREATE INDEX event_mentions_event ON event_mentions(event);

CREATE TABLE quotes (
    doc          BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx          BIGINT NOT NULL,
    start_byte   BIGINT NOT NULL,
    end_byte     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    pieces       TEXT,
    speaker_start BIGINT,
    speaker_end   BIGINT,
    speaker_doc_actor BIGINT,
    speaker_code TEXT,
    cue          TEXT,
    via          TEXT,
    PRIMARY KEY (doc, idx)
);

-- Events counted per day, CAMEO root and QuadClass (SQLite's 003).
CREATE TABLE event_days (
    day           BIGINT NOT NULL,
    root          TEXT NOT NULL,
    quad_class    BIGINT NOT NULL,
    events        BIGINT NOT NULL,
    goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (day, root, quad_class)
);
CREATE INDEX event_days_root ON event_days(root, day);
