-- 004: row counts of the large tables, kept by every batch write in the
-- same transaction, so that `stats` (the web page's header, `herald query
-- stats`) reads a few rows instead of counting millions.
CREATE TABLE counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counts (name, n)
    SELECT 'sentences', count(*) FROM sentences
    UNION ALL SELECT 'times', count(*) FROM times
    UNION ALL SELECT 'entities', count(*) FROM entities
    UNION ALL SELECT 'events', count(*) FROM events
    UNION ALL SELECT 'event_mentions', count(*) FROM event_mentions
    UNION ALL SELECT 'quotes', count(*) FROM quotes;
