//! The SQLite backend: one file, WAL journal, versioned migrations, FTS5.
//!
//! Owns the SQL for SQLite. Migrations are the files in `migrations/`,
//! applied in order inside a transaction; the schema version is SQLite's
//! `user_version`.

use std::path::Path;

use herald_core::{Anchor, Doc, SentenceKind};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::{BatchOutcome, Failure, SearchHit, Stats, Store, StoreError};

/// Migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "documents",
    include_str!("../migrations/001_documents.sql"),
)];

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
    Ok(true)
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
            params![fts_query(query), i64::try_from(limit).unwrap_or(i64::MAX)],
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
}

/// Plain words become quoted FTS5 terms (so that `U.S.` or `-` in user input
/// is not FTS syntax); input that already uses FTS5 syntax (quotes, `AND`,
/// `OR`, `NEAR`, `*`) is passed through.
fn fts_query(q: &str) -> String {
    let syntax = q.contains('"')
        || q.contains('*')
        || q.split_whitespace()
            .any(|w| matches!(w, "AND" | "OR" | "NOT" | "NEAR"));
    if syntax {
        return q.to_owned();
    }
    q.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
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
        assert_eq!(s.schema_version().unwrap(), 1);
        drop(s);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 1);
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
