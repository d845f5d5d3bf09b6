-- 002: event pages are read newest first (day DESC NULLS LAST, id DESC).
-- PostgreSQL's B-tree on (day) read backwards gives NULLS FIRST, so without
-- this index every page sorted all matching events (SQLite's NULLs sort
-- lowest, so its events_day index already serves this order).
CREATE INDEX events_page_order ON events (day DESC NULLS LAST, id DESC);
