//! The write path, once for every backend: a document with its layers, its
//! actors joined to the store's actors, its events deduplicated against the
//! stored events (the rule is in the crate docs), failures.

use std::collections::{BTreeMap, HashSet};

use herald_core::{Anchor, Doc, Event, MentionKind, Participant, SentenceKind};

use crate::sql::{vals, Sql, Value};
use crate::{
    actor_key, base_code, day_number, participant_key, BatchOutcome, Dialect, Failure, StoreError,
};

/// Seconds since the epoch, as text: when a batch was stored.
#[must_use]
pub fn now() -> String {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string()
}

/// A serde enum's name (`"person"`, `"day"`).
pub(crate) fn kind_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Rows a batch added to the large tables (kept in `counts`).
#[derive(Debug, Clone, Default)]
struct Tally {
    /// Row ids of the documents the batch stored.
    documents: Vec<i64>,
    /// Summary rows the batch's new events add to, written once per key at
    /// the end of the batch (in key order, so that concurrent PostgreSQL
    /// writers lock them in the same order).
    summaries: Summaries,
    sentences: usize,
    times: usize,
    entities: usize,
    events: usize,
    event_mentions: usize,
    quotes: usize,
}

/// Additions to the summary tables kept as events are created.
#[derive(Debug, Clone, Default)]
struct Summaries {
    /// (day, root, quad class) → (events, Goldstein sum).
    days: BTreeMap<(i64, String, i64), (i64, f64)>,
    /// (source actor, target actor) → (events, Goldstein sum).
    pairs: BTreeMap<(i64, i64), (i64, f64)>,
    /// (actor, root) → events.
    roots: BTreeMap<(i64, String), i64>,
}

impl Summaries {
    fn write(&self, db: &mut dyn Sql) -> Result<(), StoreError> {
        for ((day, root, quad), (n, g)) in &self.days {
            db.execute(
                "INSERT INTO event_days (day, root, quad_class, events, goldstein_sum) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (day, root, quad_class) DO UPDATE SET events = event_days.events + excluded.events,
                   goldstein_sum = event_days.goldstein_sum + excluded.goldstein_sum",
                &vals![*day, root.as_str(), *quad, *n, *g],
            )?;
        }
        for ((s, t), (n, g)) in &self.pairs {
            db.execute(
                "INSERT INTO actor_pairs (source_actor, target_actor, events, goldstein_sum) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (source_actor, target_actor) DO UPDATE SET events = actor_pairs.events + excluded.events,
                   goldstein_sum = actor_pairs.goldstein_sum + excluded.goldstein_sum",
                &vals![*s, *t, *n, *g],
            )?;
        }
        for ((actor, root), n) in &self.roots {
            db.execute(
                "INSERT INTO actor_roots (actor, root, events) VALUES (?1, ?2, ?3)
                 ON CONFLICT (actor, root) DO UPDATE SET events = actor_roots.events + excluded.events",
                &vals![*actor, root.as_str(), *n],
            )?;
        }
        Ok(())
    }
}

/// Stores `docs` (those whose content hash is not stored yet) and adds the
/// rows written to `counts`, in the caller's transaction.
///
/// # Errors
/// A database or encoding error.
pub fn insert_batch(db: &mut dyn Sql, docs: &[Doc], at: &str) -> Result<BatchOutcome, StoreError> {
    let mut out = BatchOutcome::default();
    let mut tally = Tally::default();
    for doc in docs {
        if insert_doc(db, doc, at, &mut tally)? {
            out.inserted += 1;
        } else {
            out.duplicates += 1;
        }
    }
    // SQLite's full-text index gets the batch's documents in one statement:
    // FTS5 keeps new terms in memory until a statement savepoint or the
    // commit, and each statement that opens a savepoint after an FTS insert
    // flushes them as a new segment (then merges), which made the index the
    // largest part of a write.
    if db.dialect() == Dialect::Sqlite && !tally.documents.is_empty() {
        let ids = serde_json::to_string(&tally.documents)?;
        db.execute(
            "INSERT INTO documents_fts (rowid, title, text)
             SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?1))",
            &vals![ids],
        )?;
    }
    tally.summaries.write(db)?;
    // Last, so that concurrent writers (PostgreSQL) hold these rows' locks
    // only until their commit.
    for (name, n) in [
        ("entities", tally.entities),
        ("event_mentions", tally.event_mentions),
        ("events", tally.events),
        ("quotes", tally.quotes),
        ("sentences", tally.sentences),
        ("times", tally.times),
    ] {
        if n > 0 {
            db.execute(
                "UPDATE counts SET n = n + ?2 WHERE name = ?1",
                &vals![name, n],
            )?;
        }
    }
    Ok(out)
}

/// Stores `doc` unless a document with its content hash is stored; returns
/// whether it was new.
fn insert_doc(
    db: &mut dyn Sql,
    doc: &Doc,
    at: &str,
    tally: &mut Tally,
) -> Result<bool, StoreError> {
    let meta = if doc.meta().is_empty() {
        None
    } else {
        Some(serde_json::to_string(doc.meta())?)
    };
    let row = db.first(
        "INSERT INTO documents (doc_id, content_hash, date, title, url, source, origin, meta, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(content_hash) DO NOTHING RETURNING id",
        &vals![
            doc.id(),
            doc.content_hash(),
            doc.date().map(|d| d.to_string()),
            doc.title(),
            doc.url(),
            doc.source(),
            doc.origin().to_string(),
            meta,
            doc.text(),
            at,
        ],
    )?;
    let Some(row) = row else {
        return Ok(false);
    };
    let id = row.i64(0)?;
    tally.documents.push(id);
    let sentences: Vec<Vec<Value>> = doc
        .sentences()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let kind = if s.kind == SentenceKind::Heading {
                "heading"
            } else {
                "sentence"
            };
            vals![id, i, s.span.start, s.span.end, kind, s.paragraph].to_vec()
        })
        .collect();
    db.insert_many(
        "sentences",
        &["doc", "idx", "start_byte", "end_byte", "kind", "paragraph"],
        &sentences,
    )?;
    let times: Vec<Vec<Value>> = doc
        .times()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let anchor = match t.anchor {
                Anchor::None => None,
                Anchor::Document => Some("document".to_owned()),
                Anchor::Timex(k) => Some(k.to_string()),
            };
            vals![
                id,
                i,
                t.span.start,
                t.span.end,
                t.sentence,
                t.kind.as_str(),
                t.value.as_str(),
                anchor
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "times",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "type",
            "value",
            "anchor",
        ],
        &times,
    )?;
    let entities: Vec<Vec<Value>> = doc
        .entities()
        .iter()
        .enumerate()
        .map(|(i, m)| {
            vals![
                id,
                i,
                m.span.start,
                m.span.end,
                m.sentence,
                m.label.as_str(),
                m.confidence
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "entities",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "label",
            "confidence",
        ],
        &entities,
    )?;
    let actors = insert_actors(db, id, doc)?;
    tally.events += insert_events(db, id, doc, &actors, &mut tally.summaries)?;
    insert_quotes(db, id, doc)?;
    tally.sentences += doc.sentences().len();
    tally.times += doc.times().len();
    tally.entities += doc.entities().len();
    tally.event_mentions += doc.events().len();
    tally.quotes += doc.quotes().len();
    Ok(true)
}

/// The document's quotes: spans, pieces (JSON `[[start, end], …]` in bytes),
/// speaker span, actor and code, cue lemma, and the medium (its code, else
/// its words).
fn insert_quotes(db: &mut dyn Sql, doc_row: i64, doc: &Doc) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = doc
        .quotes()
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pieces: Vec<[u32; 2]> = q.pieces.iter().map(|p| [p.start, p.end]).collect();
            let speaker = q.speaker.as_ref();
            let via = q.via.as_ref().map(|v| {
                if v.code.is_empty() {
                    doc.text_of(v.span).to_owned()
                } else {
                    v.code.clone()
                }
            });
            vals![
                doc_row,
                i,
                q.span.start,
                q.span.end,
                q.kind.as_str(),
                serde_json::to_string(&pieces).ok(),
                speaker.map(|p| p.span.start),
                speaker.map(|p| p.span.end),
                speaker.and_then(|p| p.actor),
                speaker.map(|p| p.code.as_str()),
                q.cue.as_ref().map(|c| c.lemma.as_str()),
                via
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "quotes",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "kind",
            "pieces",
            "speaker_start",
            "speaker_end",
            "speaker_doc_actor",
            "speaker_code",
            "cue",
            "via",
        ],
        &rows,
    )
}

/// Upserts the document's actors into the store-wide `actors` table, with
/// their roles; returns each document actor's (store id, key).
fn insert_actors(
    db: &mut dyn Sql,
    doc_row: i64,
    doc: &Doc,
) -> Result<Vec<(i64, String)>, StoreError> {
    let layer = doc.actors();
    let date = doc.date().map(|d| d.to_string());
    let mut counts = vec![0i64; layer.actors.len()];
    // A role is evidence only where the text gave it ("Foreign Minister Ivan
    // Korcok", "the French president"), not where a table or an earlier
    // article supplied it: what Herald learns must not feed on itself.
    let mut titled = vec![false; layer.actors.len()];
    for m in &layer.mentions {
        if let Some(c) = counts.get_mut(m.actor as usize) {
            *c += 1;
        }
        if matches!(m.kind, MentionKind::Titled | MentionKind::Description) {
            if let Some(t) = titled.get_mut(m.actor as usize) {
                *t = true;
            }
        }
    }
    // Several document actors can be one store actor ("U.S." and "United
    // States" are both USA): each store actor is counted once per document,
    // with the mentions of all of them.
    let keys: Vec<String> = layer.actors.iter().map(actor_key).collect();
    let mut firsts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut totals = counts.clone();
    for (i, k) in keys.iter().enumerate() {
        match firsts.get(k.as_str()) {
            Some(&f) => {
                totals[f] += counts[i];
                totals[i] = 0;
            }
            None => {
                firsts.insert(k.as_str(), i);
            }
        }
    }
    let mut store_ids: Vec<i64> = vec![0; layer.actors.len()];
    for (i, a) in layer.actors.iter().enumerate() {
        let first = firsts.get(keys[i].as_str()).copied().unwrap_or(i);
        if first != i {
            store_ids[i] = store_ids[first];
            continue;
        }
        let kind = kind_name(&a.kind);
        let row = db.first(
            "INSERT INTO actors (key, name, code, country, sector, kind, first_seen, last_seen, num_documents, num_mentions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1, ?8)
             ON CONFLICT(key) DO UPDATE SET
               code = CASE WHEN excluded.code <> '' AND (actors.code = '' OR (length(excluded.code) >= length(actors.code)
                        AND (actors.last_seen IS NULL OR excluded.last_seen >= actors.last_seen))) THEN excluded.code ELSE actors.code END,
               country = coalesce(actors.country, excluded.country),
               sector = coalesce(actors.sector, excluded.sector),
               first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END,
               last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END,
               num_documents = actors.num_documents + 1,
               num_mentions = actors.num_mentions + excluded.num_mentions
             RETURNING id",
            &vals![keys[i].as_str(), a.name.as_str(), a.code.as_str(), a.country.as_deref(), a.sector.as_deref(), kind.as_str(), date.as_deref(), totals[i]],
        )?;
        store_ids[i] = row
            .ok_or_else(|| StoreError::BadRequest("actor upsert returned nothing".into()))?
            .i64(0)?;
    }
    let mut ids = Vec::with_capacity(layer.actors.len());
    let mut local = Vec::with_capacity(layer.actors.len());
    for (i, a) in layer.actors.iter().enumerate() {
        let (id, key, kind) = (store_ids[i], keys[i].clone(), kind_name(&a.kind));
        if let Some(r) = a.role.as_deref().filter(|r| !r.is_empty() && titled[i]) {
            db.execute(
                "INSERT INTO actor_roles (actor, role, country, first_seen, last_seen, evidence) VALUES (?1, ?2, ?3, ?4, ?4, ?5)
                 ON CONFLICT(actor, role, country) DO UPDATE SET
                   first_seen = CASE WHEN actor_roles.first_seen IS NULL OR excluded.first_seen < actor_roles.first_seen THEN excluded.first_seen ELSE actor_roles.first_seen END,
                   last_seen = CASE WHEN actor_roles.last_seen IS NULL OR excluded.last_seen > actor_roles.last_seen THEN excluded.last_seen ELSE actor_roles.last_seen END,
                   evidence = actor_roles.evidence + excluded.evidence",
                &vals![id, r.to_lowercase(), a.country.as_deref().unwrap_or(""), date.as_deref(), counts[i]],
            )?;
        }
        local.push(
            vals![
                doc_row,
                i,
                id,
                a.name.as_str(),
                a.code.as_str(),
                a.role.as_deref(),
                kind
            ]
            .to_vec(),
        );
        ids.push((id, key));
    }
    db.insert_many(
        "doc_actors",
        &["doc", "idx", "actor", "name", "code", "role", "kind"],
        &local,
    )?;
    let mentions: Vec<Vec<Value>> = layer
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            vals![
                doc_row,
                i,
                m.span.start,
                m.span.end,
                m.sentence,
                m.actor,
                kind_name(&m.kind)
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "actor_mentions",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "actor_idx",
            "kind",
        ],
        &mentions,
    )?;
    Ok(ids)
}

/// The key that serialises writers of events that could be one (PostgreSQL
/// takes an advisory lock on it).
#[must_use]
pub fn dedup_lock_key(base: &str, source: &str, target: &str, modality: &str) -> String {
    format!("{base}|{source}|{target}|{modality}")
}

/// Writes the document's events: each joins the stored event it reports or
/// starts a new one.
fn insert_events(
    db: &mut dyn Sql,
    doc_row: i64,
    doc: &Doc,
    actors: &[(i64, String)],
    summaries: &mut Summaries,
) -> Result<usize, StoreError> {
    let mut created = 0;
    // Stored events this document already mentions.
    let mut mentioned: HashSet<i64> = HashSet::new();
    if doc.events().is_empty() {
        return Ok(created);
    }
    let keys: Vec<String> = actors.iter().map(|(_, k)| k.clone()).collect();
    let publisher = doc
        .source()
        .map_or_else(|| doc.id().to_owned(), str::to_owned);
    for (i, e) in doc.events().iter().enumerate() {
        let source_key = participant_key(e.source.as_ref(), &keys);
        let target_key = participant_key(e.target.as_ref(), &keys);
        let day = e
            .date
            .as_ref()
            .map(|d| d.date)
            .or(doc.date())
            .map(day_number);
        let modality = e.modality.as_str();
        let code = e.coding.code.as_str();
        let base = base_code(code);
        // Only events with a known day and at least one known side can be
        // recognised in another report; the rest stand alone.
        let mut existing = None;
        if let Some(day) = day.filter(|_| !(source_key.is_empty() && target_key.is_empty())) {
            if db.dialect() == Dialect::Postgres {
                db.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))",
                    &vals![dedup_lock_key(base, &source_key, &target_key, modality)],
                )?;
            }
            existing = db
                .first(
                    "SELECT id FROM events WHERE base_code = ?1 AND source_key = ?2 AND target_key = ?3 AND modality = ?4
                       AND day BETWEEN ?5 - 1 AND ?5 + 1 ORDER BY abs(day - ?5), id LIMIT 1",
                    &vals![base, source_key.as_str(), target_key.as_str(), modality, day],
                )?
                .map(|r| r.i64(0))
                .transpose()?;
        }
        let id = match existing {
            Some(id) => {
                // A document is its own publisher's: an event this document
                // mentioned already has both.
                let in_doc = mentioned.contains(&id);
                let in_publisher = in_doc
                    || db
                        .first(
                            "SELECT EXISTS(SELECT 1 FROM event_mentions WHERE event = ?1 AND publisher = ?2)",
                            &vals![id, publisher.as_str()],
                        )?
                        .is_some_and(|r| r.bool(0).unwrap_or(false));
                db.execute(
                    "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2,
                       num_sources = num_sources + ?3,
                       avg_confidence = (avg_confidence * num_mentions + ?4) / (num_mentions + 1)
                     WHERE id = ?1",
                    &vals![
                        id,
                        i64::from(!in_doc),
                        i64::from(!in_publisher),
                        e.confidence
                    ],
                )?;
                id
            }
            None => {
                created += 1;
                create_event(
                    db,
                    summaries,
                    doc_row,
                    doc,
                    e,
                    actors,
                    day,
                    &source_key,
                    &target_key,
                )?
            }
        };
        mentioned.insert(id);
        let d = e.date.as_ref();
        db.execute(
            "INSERT INTO event_mentions (event, doc, idx, publisher, sentence, code, modality, quoted, predicate_start,
               predicate_end, source_start, source_end, source_doc_actor, target_start, target_end, target_doc_actor,
               date, precision, date_source, time_ref, place_start, place_end, confidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
            &vals![
                id,
                doc_row,
                i,
                publisher.as_str(),
                e.sentence,
                code,
                modality,
                e.quoted,
                e.predicate.start,
                e.predicate.end,
                e.source.as_ref().map(|p| p.span.start),
                e.source.as_ref().map(|p| p.span.end),
                e.source.as_ref().and_then(|p| p.actor),
                e.target.as_ref().map(|p| p.span.start),
                e.target.as_ref().map(|p| p.span.end),
                e.target.as_ref().and_then(|p| p.actor),
                d.map(herald_core::EventDate::value),
                d.map(|d| kind_name(&d.precision)),
                d.map(|d| kind_name(&d.source)),
                d.and_then(|d| d.time_ref),
                e.location.as_ref().map(|p| p.span.start),
                e.location.as_ref().map(|p| p.span.end),
                e.confidence
            ],
        )?;
    }
    Ok(created)
}

#[allow(clippy::too_many_arguments)]
fn create_event(
    db: &mut dyn Sql,
    summaries: &mut Summaries,
    doc_row: i64,
    doc: &Doc,
    e: &Event,
    actors: &[(i64, String)],
    day: Option<i64>,
    source_key: &str,
    target_key: &str,
) -> Result<i64, StoreError> {
    let side = |p: Option<&Participant>| {
        let actor = p.and_then(|p| p.actor).and_then(|k| actors.get(k as usize));
        let name = p.map(|p| {
            p.actor
                .and_then(|k| doc.actors().actors.get(k as usize))
                .map_or_else(|| doc.text_of(p.span).to_owned(), |a| a.name.clone())
        });
        (actor.map(|a| a.0), name, p.map(|p| p.code.clone()))
    };
    let (sa, sn, sc) = side(e.source.as_ref());
    let (ta, tn, tc) = side(e.target.as_ref());
    let (date_text, precision) = match &e.date {
        Some(d) => (Some(d.value()), Some(kind_name(&d.precision))),
        None => (
            doc.date().map(|d| d.to_string()),
            doc.date().map(|_| "day".to_owned()),
        ),
    };
    let place = e.location.as_ref();
    let code = e.coding.code.as_str();
    let row = db.first(
        "INSERT INTO events (day, date, precision, code, base_code, root, name, plover_type, plover_mode, goldstein,
           quad_class, modality, source_key, source_actor, source_name, source_code, target_key, target_actor,
           target_name, target_code, place, country, lat, lon, first_doc, is_root, num_mentions, num_sources,
           num_articles, avg_confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,
           ?24, ?25, ?26, 1, 1, 1, ?27)
         RETURNING id",
        &vals![
            day,
            date_text,
            precision,
            code,
            base_code(code),
            e.coding.root(),
            e.coding.name.as_str(),
            e.coding.plover_type.as_str(),
            e.coding.plover_mode.as_deref(),
            e.coding.goldstein,
            e.coding.quad_class,
            e.modality.as_str(),
            source_key,
            sa,
            sn,
            sc,
            target_key,
            ta,
            tn,
            tc,
            place.map(|p| p.name.as_str()),
            place.and_then(|p| p.country.as_deref()),
            place.and_then(|p| p.lat),
            place.and_then(|p| p.lon),
            doc_row,
            is_lead(doc, e.sentence),
            e.confidence
        ],
    )?;
    let id = row
        .ok_or_else(|| StoreError::BadRequest("event insert returned nothing".into()))?
        .i64(0)?;
    let (root, g) = (e.coding.root(), f64::from(e.coding.goldstein));
    if let Some(day) = day {
        let d = summaries
            .days
            .entry((day, root.to_owned(), i64::from(e.coding.quad_class)))
            .or_default();
        d.0 += 1;
        d.1 += g;
    }
    if let (Some(s), Some(t)) = (sa, ta.filter(|t| Some(*t) != sa)) {
        let p = summaries.pairs.entry((s, t)).or_default();
        p.0 += 1;
        p.1 += g;
    }
    for actor in [sa, ta.filter(|t| Some(*t) != sa)].into_iter().flatten() {
        *summaries.roots.entry((actor, root.to_owned())).or_default() += 1;
    }
    Ok(id)
}

/// Whether sentence `s` is in the article's lead: its first paragraph that
/// is not a heading (GDELT's IsRootEvent).
fn is_lead(doc: &Doc, s: u32) -> bool {
    let first = doc
        .sentences()
        .iter()
        .find(|s| s.kind != SentenceKind::Heading)
        .map(|s| s.paragraph);
    doc.sentences()
        .get(s as usize)
        .is_some_and(|s| Some(s.paragraph) == first)
}

/// Records failures.
///
/// # Errors
/// A database error.
pub fn insert_failures(db: &mut dyn Sql, failures: &[Failure], at: &str) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = failures
        .iter()
        .map(|f| {
            vals![
                f.origin.as_str(),
                f.doc_id.as_deref(),
                f.stage.as_str(),
                f.error.as_str(),
                at
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "failures",
        &["origin", "doc_id", "stage", "error", "at"],
        &rows,
    )
}
