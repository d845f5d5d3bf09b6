-- 003: events counted per day, CAMEO root and QuadClass, kept up to date as
-- events are stored: timelines and counts by month read this small table
-- instead of scanning millions of events.
CREATE TABLE event_days (
    day           INTEGER NOT NULL,
    root          TEXT NOT NULL,
    quad_class    INTEGER NOT NULL,
    events        INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    PRIMARY KEY (day, root, quad_class)
) WITHOUT ROWID;
CREATE INDEX event_days_root ON event_days(root, day);
INSERT INTO event_days (day, root, quad_class, events, goldstein_sum)
    SELECT day, root, quad_class, count(*), sum(goldstein) FROM events WHERE day IS NOT NULL
    GROUP BY day, root, quad_class;
