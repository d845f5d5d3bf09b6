//! The SQLite backend: one file, WAL journal, versioned migrations, FTS5.
//!
//! Owns the SQL for SQLite. Migrations are the files in `migrations/`,
//! applied in order inside a transaction; the schema version is SQLite's
//! `user_version`.

use std::path::Path;

use herald_core::{Anchor, Doc, Event, SentenceKind};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::{
    actor_key, base_code, day_number, participant_key, BatchOutcome, Failure, SearchHit, Stats,
    Store, StoreError,
};

mod query;

/// Migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "documents",
        include_str!("../migrations/001_documents.sql"),
    ),
    (
        2,
        "actors and events",
        include_str!("../migrations/002_actors_events.sql"),
    ),
];

/// A SQLite store.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date.
    ///
    /// # Errors
    /// The file cannot be opened, or its schema is newer than this build.
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        SqliteStore::setup(conn)
    }

    /// A store in memory (tests, examples).
    ///
    /// # Errors
    /// As [`SqliteStore::open`].
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        SqliteStore::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<SqliteStore, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        migrate(&mut conn)?;
        Ok(SqliteStore { conn })
    }

    /// The schema version of the open database.
    ///
    /// # Errors
    /// A database error.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let newest = MIGRATIONS.last().map_or(0, |m| m.0);
    if current > newest {
        return Err(StoreError::TooNew {
            found: current,
            supported: newest,
        });
    }
    for &(version, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!("database migrated to version {version} ({name})");
    }
    Ok(())
}

fn now() -> String {
    // Seconds since the epoch are enough to order ingests; no clock crate.
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    secs.to_string()
}

fn insert_doc(tx: &Transaction<'_>, doc: &Doc, at: &str) -> Result<bool, StoreError> {
    let meta = if doc.meta().is_empty() {
        None
    } else {
        Some(serde_json::to_string(doc.meta())?)
    };
    let mut insert = tx.prepare_cached(
        "INSERT INTO documents (doc_id, content_hash, date, title, url, source, origin, meta, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(content_hash) DO NOTHING",
    )?;
    let changed = insert.execute(params![
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
    ])?;
    if changed == 0 {
        return Ok(false);
    }
    let row = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![row, doc.title(), doc.text()])?;
    let mut sentence = tx.prepare_cached(
        "INSERT INTO sentences (doc, idx, start_byte, end_byte, kind, paragraph) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, s) in doc.sentences().iter().enumerate() {
        let kind = if s.kind == SentenceKind::Heading {
            "heading"
        } else {
            "sentence"
        };
        sentence.execute(params![row, i, s.span.start, s.span.end, kind, s.paragraph])?;
    }
    let mut time = tx.prepare_cached(
        "INSERT INTO times (doc, idx, start_byte, end_byte, sentence, type, value, anchor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, t) in doc.times().iter().enumerate() {
        let anchor = match t.anchor {
            Anchor::None => None,
            Anchor::Document => Some("document".to_owned()),
            Anchor::Timex(k) => Some(k.to_string()),
        };
        time.execute(params![
            row,
            i,
            t.span.start,
            t.span.end,
            t.sentence,
            t.kind.as_str(),
            t.value,
            anchor
        ])?;
    }
    let mut entity = tx.prepare_cached(
        "INSERT INTO entities (doc, idx, start_byte, end_byte, sentence, label, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, m) in doc.entities().iter().enumerate() {
        entity.execute(params![
            row,
            i,
            m.span.start,
            m.span.end,
            m.sentence,
            m.label.as_str(),
            f64::from(m.confidence)
        ])?;
    }
    let actor_ids = insert_actors(tx, row, doc)?;
    insert_events(tx, row, doc, &actor_ids)?;
    Ok(true)
}

fn kind_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Upserts the document's actors into the store-wide `actors` table, with
/// their roles; returns each document actor's (store id, key).
fn insert_actors(
    tx: &Transaction<'_>,
    row: i64,
    doc: &Doc,
) -> Result<Vec<(i64, String)>, StoreError> {
    let layer = doc.actors();
    let date = doc.date().map(|d| d.to_string());
    let mut counts = vec![0i64; layer.actors.len()];
    for m in &layer.mentions {
        if let Some(c) = counts.get_mut(m.actor as usize) {
            *c += 1;
        }
    }
    let mut upsert = tx.prepare_cached(
        "INSERT INTO actors (key, name, code, country, sector, kind, first_seen, last_seen, num_documents, num_mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1, ?8)
         ON CONFLICT(key) DO UPDATE SET
           code = CASE WHEN excluded.code <> '' AND (code = '' OR (length(excluded.code) >= length(code) AND (last_seen IS NULL OR excluded.last_seen >= last_seen))) THEN excluded.code ELSE code END,
           country = coalesce(country, excluded.country),
           sector = coalesce(sector, excluded.sector),
           first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
           last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END,
           num_documents = num_documents + 1,
           num_mentions = num_mentions + excluded.num_mentions
         RETURNING id",
    )?;
    let mut role = tx.prepare_cached(
        "INSERT INTO actor_roles (actor, role, country, first_seen, last_seen, evidence) VALUES (?1, ?2, ?3, ?4, ?4, ?5)
         ON CONFLICT(actor, role, country) DO UPDATE SET
           first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
           last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END,
           evidence = evidence + excluded.evidence",
    )?;
    let mut local = tx.prepare_cached(
        "INSERT INTO doc_actors (doc, idx, actor, name, code, role, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut ids = Vec::with_capacity(layer.actors.len());
    for (i, a) in layer.actors.iter().enumerate() {
        let key = actor_key(a);
        let kind = kind_name(&a.kind);
        let id: i64 = upsert.query_row(
            params![key, a.name, a.code, a.country, a.sector, kind, date, counts[i]],
            |r| r.get(0),
        )?;
        if let Some(r) = a.role.as_deref().filter(|r| !r.is_empty()) {
            role.execute(params![
                id,
                r.to_lowercase(),
                a.country.as_deref().unwrap_or(""),
                date,
                counts[i]
            ])?;
        }
        local.execute(params![row, i, id, a.name, a.code, a.role, kind])?;
        ids.push((id, key));
    }
    let mut mention = tx.prepare_cached(
        "INSERT INTO actor_mentions (doc, idx, start_byte, end_byte, sentence, actor_idx, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, m) in layer.mentions.iter().enumerate() {
        mention.execute(params![
            row,
            i,
            m.span.start,
            m.span.end,
            m.sentence,
            m.actor,
            kind_name(&m.kind)
        ])?;
    }
    Ok(ids)
}

/// Writes the document's events: each joins the stored event it reports
/// (see the crate docs for the rule) or starts a new one.
fn insert_events(
    tx: &Transaction<'_>,
    row: i64,
    doc: &Doc,
    actors: &[(i64, String)],
) -> Result<(), StoreError> {
    if doc.events().is_empty() {
        return Ok(());
    }
    let keys: Vec<String> = actors.iter().map(|(_, k)| k.clone()).collect();
    let publisher = doc
        .source()
        .map_or_else(|| doc.id().to_owned(), str::to_owned);
    let mut find = tx.prepare_cached(
        "SELECT id FROM events WHERE base_code = ?1 AND source_key = ?2 AND target_key = ?3 AND modality = ?4
           AND day BETWEEN ?5 - 1 AND ?5 + 1 ORDER BY abs(day - ?5), id LIMIT 1",
    )?;
    let mut create = tx.prepare_cached(
        "INSERT INTO events (day, date, precision, code, base_code, root, name, plover_type, plover_mode, goldstein,
           quad_class, modality, source_key, source_actor, source_name, source_code, target_key, target_actor,
           target_name, target_code, place, country, lat, lon, first_doc, is_root)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)
         RETURNING id",
    )?;
    let mut seen = tx.prepare_cached(
        "SELECT EXISTS(SELECT 1 FROM event_mentions WHERE event = ?1 AND doc = ?2),
                EXISTS(SELECT 1 FROM event_mentions WHERE event = ?1 AND publisher = ?3)",
    )?;
    let mut count = tx.prepare_cached(
        "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2,
           num_sources = num_sources + ?3,
           avg_confidence = (avg_confidence * num_mentions + ?4) / (num_mentions + 1)
         WHERE id = ?1",
    )?;
    let mut mention = tx.prepare_cached(
        "INSERT INTO event_mentions (event, doc, idx, publisher, sentence, code, modality, quoted, predicate_start,
           predicate_end, source_start, source_end, source_doc_actor, target_start, target_end, target_doc_actor,
           date, precision, date_source, time_ref, place_start, place_end, confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
    )?;
    for (i, e) in doc.events().iter().enumerate() {
        let source_key = participant_key(e.source.as_ref(), &keys);
        let target_key = participant_key(e.target.as_ref(), &keys);
        let date = e.date.as_ref().map(|d| d.date).or(doc.date());
        let day = date.map(day_number);
        let modality = e.modality.as_str();
        let code = e.coding.code.as_str();
        // Only events with a known day and at least one known side can be
        // recognised in another report; the rest stand alone.
        let existing: Option<i64> = match day {
            Some(day) if !(source_key.is_empty() && target_key.is_empty()) => find
                .query_row(
                    params![base_code(code), source_key, target_key, modality, day],
                    |r| r.get(0),
                )
                .optional()?,
            _ => None,
        };
        let id = match existing {
            Some(id) => id,
            None => {
                let side = |p: Option<&herald_core::Participant>| {
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
                let (date_text, precision) = event_date(e, doc);
                let place = e.location.as_ref();
                create.query_row(
                    params![
                        day,
                        date_text,
                        precision,
                        code,
                        base_code(code),
                        e.coding.root(),
                        e.coding.name,
                        e.coding.plover_type,
                        e.coding.plover_mode,
                        f64::from(e.coding.goldstein),
                        e.coding.quad_class,
                        modality,
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
                        row,
                        is_lead(doc, e.sentence)
                    ],
                    |r| r.get(0),
                )?
            }
        };
        let (in_doc, in_publisher): (bool, bool) =
            seen.query_row(params![id, row, publisher], |r| Ok((r.get(0)?, r.get(1)?)))?;
        count.execute(params![
            id,
            i64::from(!in_doc),
            i64::from(!in_publisher),
            f64::from(e.confidence)
        ])?;
        let d = e.date.as_ref();
        mention.execute(params![
            id,
            row,
            i,
            publisher,
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
            f64::from(e.confidence)
        ])?;
    }
    Ok(())
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

/// The event's date as text at its precision and the precision's name; the
/// document date (a day) when the text gives none.
fn event_date(e: &Event, doc: &Doc) -> (Option<String>, Option<String>) {
    match &e.date {
        Some(d) => (Some(d.value()), Some(kind_name(&d.precision))),
        None => (
            doc.date().map(|d| d.to_string()),
            doc.date().map(|_| "day".to_owned()),
        ),
    }
}

impl Store for SqliteStore {
    fn put_batch(&mut self, docs: &[Doc]) -> Result<BatchOutcome, StoreError> {
        let at = now();
        let tx = self.conn.transaction()?;
        let mut out = BatchOutcome::default();
        for doc in docs {
            if insert_doc(&tx, doc, &at)? {
                out.inserted += 1;
            } else {
                out.duplicates += 1;
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn put_failures(&mut self, failures: &[Failure]) -> Result<(), StoreError> {
        let at = now();
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached("INSERT INTO failures (origin, doc_id, stage, error, at) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for f in failures {
                stmt.execute(params![f.origin, f.doc_id, f.stage, f.error, at])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(u64::try_from(n).unwrap_or(0))
        };
        let (first_date, last_date): (Option<String>, Option<String>) =
            self.conn
                .query_row("SELECT min(date), max(date) FROM documents", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        Ok(Stats {
            documents: count("documents")?,
            sentences: count("sentences")?,
            times: count("times")?,
            entities: count("entities")?,
            actors: count("actors")?,
            events: count("events")?,
            event_mentions: count("event_mentions")?,
            quotes: count("quotes")?,
            failures: count("failures")?,
            first_date,
            last_date,
        })
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.date, d.title, snippet(documents_fts, 1, '[', ']', '…', 12), bm25(documents_fts)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY bm25(documents_fts) LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            params![
                crate::fts_query(query),
                i64::try_from(limit).unwrap_or(i64::MAX)
            ],
            |r| {
                Ok(SearchHit {
                    doc_id: r.get(0)?,
                    date: r.get(1)?,
                    title: r.get(2)?,
                    snippet: r.get(3)?,
                    rank: r.get(4)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn events(&self, filter: &crate::EventFilter) -> Result<Vec<crate::EventRow>, StoreError> {
        query::events(&self.conn, filter)
    }

    fn for_each_event(
        &self,
        filter: &crate::EventFilter,
        each: &mut dyn FnMut(crate::EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        query::for_each_event(&self.conn, filter, each)
    }

    fn mentions(&self, event: i64) -> Result<Vec<crate::MentionRow>, StoreError> {
        query::mentions(&self.conn, event)
    }

    fn actor(&self, name: &str) -> Result<Vec<crate::ActorReport>, StoreError> {
        query::actor(&self.conn, name)
    }

    fn network(&self, filter: &crate::EventFilter) -> Result<crate::Network, StoreError> {
        query::network(&self.conn, filter)
    }
}

/// Whether a document with this content hash is stored.
///
/// # Errors
/// A database error.
pub fn has_document(store: &SqliteStore, content_hash: &str) -> Result<bool, StoreError> {
    Ok(store
        .conn
        .query_row(
            "SELECT 1 FROM documents WHERE content_hash = ?1",
            [content_hash],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use herald_core::testing::DocBuilder;

    use super::*;

    fn doc(text: &str) -> Doc {
        DocBuilder::new().sentence(text).build()
    }

    #[test]
    fn migrations_apply_once_and_versions_are_checked() {
        let dir = std::env::temp_dir().join(format!("herald-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.db");
        let _ = std::fs::remove_file(&path);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 2);
        drop(s);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 2);
        s.conn.pragma_update(None, "user_version", 99).unwrap();
        drop(s);
        let err = SqliteStore::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn batches_are_idempotent_by_content_hash() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = doc("Scholz met Biden in Washington.");
        let b = doc("Macron flew to Moscow.");
        assert_eq!(
            s.put_batch(&[a.clone(), b.clone()]).unwrap(),
            BatchOutcome {
                inserted: 2,
                duplicates: 0
            }
        );
        assert_eq!(
            s.put_batch(&[b, a, doc("Talks ended.")]).unwrap(),
            BatchOutcome {
                inserted: 1,
                duplicates: 2
            }
        );
        let st = s.stats().unwrap();
        assert_eq!((st.documents, st.sentences), (3, 3));
        assert!(has_document(&s, doc("Talks ended.").content_hash()).unwrap());
    }

    #[test]
    fn search_finds_words_and_tolerates_punctuation() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.put_batch(&[
            doc("Scholz met Biden in Washington."),
            doc("Macron flew to Moscow for talks."),
        ])
        .unwrap();
        let hits = s.search("Moscow talks", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].snippet.contains("[Moscow]"), "{}", hits[0].snippet);
        assert!(s.search("U.S. -", 10).unwrap().is_empty());
        assert_eq!(s.search("Scholz OR Macron", 10).unwrap().len(), 2);
    }

    #[test]
    fn failures_are_recorded() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.put_failures(&[Failure {
            origin: "a.jsonl:3".into(),
            doc_id: None,
            stage: "source".into(),
            error: "invalid JSON".into(),
        }])
        .unwrap();
        assert_eq!(s.stats().unwrap().failures, 1);
    }
}
