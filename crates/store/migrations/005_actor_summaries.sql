-- 005: actor summaries.
-- Per-actor summaries kept as events are created (an event's actors and code
-- never change afterwards, so these stay exact): the actor network without a
-- filter and an actor's partners and CAMEO roots read these small tables
-- instead of grouping millions of events.
CREATE TABLE actor_pairs (
    source_actor  INTEGER NOT NULL,
    target_actor  INTEGER NOT NULL,
    events        INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    PRIMARY KEY (source_actor, target_actor)
);
CREATE INDEX actor_pairs_target ON actor_pairs(target_actor);
CREATE INDEX actor_pairs_events ON actor_pairs(events);
INSERT INTO actor_pairs (source_actor, target_actor, events, goldstein_sum)
    SELECT source_actor, target_actor, count(*), sum(goldstein) FROM events
    WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
    GROUP BY source_actor, target_actor;

CREATE TABLE actor_roots (
    actor  INTEGER NOT NULL,
    root   TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (actor, root)
);
INSERT INTO actor_roots (actor, root, events)
    SELECT actor, root, count(*) FROM (
        SELECT source_actor AS actor, root FROM events WHERE source_actor IS NOT NULL
        UNION ALL
        SELECT target_actor, root FROM events
        WHERE target_actor IS NOT NULL AND (source_actor IS NULL OR source_actor <> target_actor)
    ) s GROUP BY actor, root;
