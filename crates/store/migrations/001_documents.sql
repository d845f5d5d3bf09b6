-- 001: documents and their text layers, failures, full-text search.
-- Offsets are byte offsets into documents.text (Herald's internal spans);
-- exports convert to character offsets.

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    date          TEXT,
    title         TEXT,
    url           TEXT,
    source        TEXT,
    origin        TEXT NOT NULL,
    meta          TEXT,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE sentences (
    doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE times (
    doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    type   TEXT NOT NULL,
    value  TEXT NOT NULL,
    anchor TEXT,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE entities (
    doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    label  TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE failures (
    id      INTEGER PRIMARY KEY,
    origin  TEXT NOT NULL,
    doc_id  TEXT,
    stage   TEXT NOT NULL,
    error   TEXT NOT NULL,
    at      TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
