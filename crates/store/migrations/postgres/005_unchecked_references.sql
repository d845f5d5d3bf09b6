-- 005: references between Herald's tables are no longer checked by
-- PostgreSQL foreign keys.
-- PostgreSQL checks a foreign key with a trigger that locks the referenced
-- row (FOR KEY SHARE) for every inserted row: measured on the 3,000 articles
-- of news_politics.jsonl, the checks were about four fifths of the time the
-- server spent storing entity and actor mentions, and the largest part of
-- an ingest. Herald writes a document with all of its rows, and an event
-- with its mentions, in one transaction, and deletes nothing, so the checks
-- could only ever pass; the store suite checks that no row refers to a
-- missing one (both backends). The references themselves are unchanged:
--   sentences, times, entities, doc_actors, actor_mentions, quotes,
--   event_mentions .doc → documents.id;  events.first_doc → documents.id;
--   doc_actors.actor, actor_roles.actor, events.source_actor,
--   events.target_actor → actors.id;  event_mentions.event → events.id.
DO $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN
        SELECT conrelid::regclass AS tbl, conname
        FROM pg_constraint
        WHERE contype = 'f'
          AND connamespace = current_schema()::regnamespace
          AND conrelid::regclass::text IN ('sentences', 'times', 'entities', 'doc_actors',
              'actor_mentions', 'quotes', 'events', 'event_mentions', 'actor_roles')
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
    END LOOP;
END $$;
