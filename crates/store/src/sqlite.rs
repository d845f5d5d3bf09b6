//! The SQLite backend: one file, WAL journal, versioned migrations, FTS5.
//!
//! Owns the SQLite connection and its migrations (the files in
//! `migrations/`, applied in order inside a transaction; the schema version
//! is SQLite's `user_version`). The store's logic is in [`crate::write`] and
//! [`crate::read`], over [`Sql`].

use std::path::Path;

use herald_core::Doc;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params_from_iter, Connection, OptionalExtension, ToSql};

use crate::sql::{Row, Sql, Value};
use crate::{
    read, write, ActorReport, BatchOutcome, Dialect, EventFilter, EventRow, Failure, MentionRow,
    Network, SearchHit, Stats, Store, StoreError,
};

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
    (
        3,
        "event counts per day",
        include_str!("../migrations/003_event_days.sql"),
    ),
    (
        4,
        "row counts",
        include_str!("../migrations/004_counts.sql"),
    ),
    (
        5,
        "actor summaries",
        include_str!("../migrations/005_actor_summaries.sql"),
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
        // 16 KiB pages for a new file (an existing one keeps its size):
        // shallower trees and fewer page writes per commit; an ingest of
        // the 3,000-article politics corpus spent 0.65 s committing with
        // 4 KiB pages and 0.18 s with these.
        conn.pragma_update(None, "page_size", 16_384)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A 64 MiB page cache (the default is 2 MiB): large stores are
        // written and read through the kernel far less.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint when the write-ahead log passes 64 MiB (4,096 pages of
        // 16 KiB; the default is 1,000 pages): a page that many commits
        // change is copied into the database once, not after every commit.
        conn.pragma_update(None, "wal_autocheckpoint", 4_096)?;
        SqliteStore::setup(conn)
    }

    /// Opens an existing database for reading only (the web server): no
    /// migration runs and nothing can be written through it.
    ///
    /// # Errors
    /// The file cannot be opened, or its schema is not this build's (older:
    /// `herald ingest` with this build upgrades it; newer: upgrade Herald).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<SqliteStore, StoreError> {
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "query_only", "ON")?;
        conn.set_prepared_statement_cache_capacity(64);
        let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let newest = MIGRATIONS.last().map_or(0, |m| m.0);
        if current > newest {
            return Err(StoreError::TooNew {
                found: current,
                supported: newest,
            });
        }
        if current < newest {
            return Err(StoreError::BadRequest(format!(
                "database schema version {current} is older than this Herald's ({newest}); run `herald ingest` on it once to upgrade"
            )));
        }
        Ok(SqliteStore { conn })
    }

    /// A store in memory (tests, examples).
    ///
    /// # Errors
    /// As [`SqliteStore::open`].
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        SqliteStore::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<SqliteStore, StoreError> {
        // References are not checked on insert (SQLite's default; as on
        // PostgreSQL, see its migration 005): the write path keeps them,
        // and `Store::dangling` reports any row that breaks one.
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // Every statement of the write path stays prepared (the default
        // cache of 16 evicts some per document).
        conn.set_prepared_statement_cache_capacity(64);
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

    fn sql(&self) -> Conn<'_> {
        Conn(&self.conn)
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

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(*f)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Bool(b) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(*b))),
        })
    }
}

/// A SQLite connection (or a transaction, through `Deref`) as [`Sql`].
struct Conn<'a>(&'a Connection);

fn cells(r: &rusqlite::Row<'_>, n: usize) -> rusqlite::Result<Row> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(match r.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(v) => Value::Int(v),
            ValueRef::Real(v) => Value::Real(v),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Text(String::from_utf8_lossy(b).into_owned()),
        });
    }
    Ok(Row(out))
}

impl Sql for Conn<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<usize, StoreError> {
        Ok(self
            .0
            .prepare_cached(sql)?
            .execute(params_from_iter(params.iter()))?)
    }

    fn each_row(
        &mut self,
        sql: &str,
        params: &[Value],
        each: &mut dyn FnMut(Row) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query(params_from_iter(params.iter()))?;
        while let Some(r) = rows.next()? {
            each(cells(r, n)?)?;
        }
        Ok(())
    }

    fn insert_many(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: &[Vec<Value>],
    ) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            columns.join(", "),
            marks.join(", ")
        );
        let mut stmt = self.0.prepare_cached(&sql)?;
        for r in rows {
            stmt.execute(params_from_iter(r.iter()))?;
        }
        Ok(())
    }
}

impl Store for SqliteStore {
    fn put_batch(&mut self, docs: &[Doc]) -> Result<BatchOutcome, StoreError> {
        let at = write::now();
        let tx = self.conn.transaction()?;
        let out = write::insert_batch(&mut Conn(&tx), docs, &at)?;
        tx.commit()?;
        Ok(out)
    }

    fn put_failures(&mut self, failures: &[Failure]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write::insert_failures(&mut Conn(&tx), failures, &write::now())?;
        tx.commit()?;
        Ok(())
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        read::stats(&mut self.sql())
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        read::search(&mut self.sql(), query, limit)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        read::events(&mut self.sql(), filter)
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        read::for_each_event(&mut self.sql(), filter, each)
    }

    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>, StoreError> {
        read::mentions(&mut self.sql(), event)
    }

    fn actor(&self, name: &str) -> Result<Vec<ActorReport>, StoreError> {
        read::actor(&mut self.sql(), name)
    }

    fn event(&self, id: i64) -> Result<Option<EventRow>, StoreError> {
        read::event(&mut self.sql(), id)
    }

    fn actors(
        &self,
        query: &str,
        limit: usize,
        after: Option<&str>,
    ) -> Result<Vec<crate::ActorSummary>, StoreError> {
        read::actors(&mut self.sql(), query, limit, after)
    }

    fn actor_by_id(&self, id: i64) -> Result<Option<ActorReport>, StoreError> {
        read::actor_by_id(&mut self.sql(), id)
    }

    fn learned_roles(&self, min_evidence: i64) -> Result<Vec<crate::LearnedRole>, StoreError> {
        read::learned_roles(&mut self.sql(), min_evidence)
    }

    fn dangling(&self) -> Result<Vec<(String, u64)>, StoreError> {
        read::dangling(&mut self.sql())
    }

    fn document(&self, doc_id: &str) -> Result<Option<crate::DocumentView>, StoreError> {
        read::document(&mut self.sql(), doc_id)
    }

    fn network(&self, filter: &EventFilter) -> Result<Network, StoreError> {
        read::network(&mut self.sql(), filter)
    }

    fn timeline(
        &self,
        filter: &EventFilter,
        bucket: crate::Bucket,
    ) -> Result<Vec<crate::TimelinePoint>, StoreError> {
        read::timeline(&mut self.sql(), filter, bucket)
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
    fn a_new_store_has_large_pages_and_an_existing_one_keeps_its_own() {
        let dir = std::env::temp_dir().join(format!("herald-pages-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pragma = |s: &SqliteStore, name: &str| -> i64 {
            s.conn.pragma_query_value(None, name, |r| r.get(0)).unwrap()
        };
        let path = dir.join("new.db");
        let _ = std::fs::remove_file(&path);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(pragma(&s, "page_size"), 16_384);
        assert_eq!(pragma(&s, "wal_autocheckpoint"), 4_096);
        drop(s);
        // A file made with 4 KiB pages keeps them, and its data.
        let old = dir.join("old.db");
        let _ = std::fs::remove_file(&old);
        let raw = Connection::open(&old).unwrap();
        raw.pragma_update(None, "page_size", 4_096).unwrap();
        raw.execute_batch("CREATE TABLE kept (x INTEGER); INSERT INTO kept VALUES (7);")
            .unwrap();
        drop(raw);
        let s = SqliteStore::open(&old).unwrap();
        assert_eq!(pragma(&s, "page_size"), 4_096);
        let kept: i64 = s
            .conn
            .query_row("SELECT x FROM kept", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 7);
        drop(s);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn migrations_apply_once_and_versions_are_checked() {
        let dir = std::env::temp_dir().join(format!("herald-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.db");
        let _ = std::fs::remove_file(&path);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 5);
        drop(s);
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 5);
        drop(s);
        // Read-only: the same version opens, an older one is refused.
        assert!(SqliteStore::open_read_only(&path).is_ok());
        let raw = Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", 4).unwrap();
        let err = SqliteStore::open_read_only(&path).err().unwrap();
        assert!(err.to_string().contains("older"), "{err}");
        raw.pragma_update(None, "user_version", 5).unwrap();
        drop(raw);
        let s = SqliteStore::open(&path).unwrap();
        s.conn.pragma_update(None, "user_version", 99).unwrap();
        drop(s);
        let err = SqliteStore::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The kept counts equal the tables' real counts.
    fn assert_counts_are_true(s: &SqliteStore) {
        let st = s.stats().unwrap();
        let real = |t: &str| -> u64 {
            s.conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(
            [
                st.sentences,
                st.times,
                st.entities,
                st.events,
                st.event_mentions,
                st.quotes
            ],
            [
                "sentences",
                "times",
                "entities",
                "events",
                "event_mentions",
                "quotes"
            ]
            .map(real)
        );
    }

    #[test]
    fn kept_counts_follow_real_pipeline_output() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let p = herald_pipeline::Pipeline::full();
        let texts = [
            "French President Emmanuel Macron met U.S. President Joe Biden on Sunday. \"We are allies,\" Biden said.",
            "Macron met Biden on Monday, AP reported.",
            "Russia attacked Ukraine on Friday, officials said.",
        ];
        for (i, t) in texts.iter().enumerate() {
            let mut a = herald_core::Article::new(*t, "2022-02-08".parse().ok());
            a.id = Some(format!("c{i}"));
            s.put_batch(&[p.extract(&a).unwrap()]).unwrap();
        }
        let st = s.stats().unwrap();
        assert!(st.events > 0 && st.quotes > 0 && st.times > 0);
        assert_counts_are_true(&s);
        let dangling = s.dangling().unwrap();
        assert!(dangling.iter().all(|(_, n)| *n == 0), "{dangling:?}");
        // A row whose document is missing is reported (foreign keys are
        // not checked on insert).
        s.conn
            .execute(
                "INSERT INTO entities (doc, idx, start_byte, end_byte, sentence, label, confidence)
                 VALUES (999, 0, 0, 5, 0, 'PER', 1.0)",
                [],
            )
            .unwrap();
        let dangling = s.dangling().unwrap();
        let bad: Vec<_> = dangling.iter().filter(|(_, n)| *n > 0).collect();
        assert_eq!(bad, [&("entities.doc → documents".to_owned(), 1)]);
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
        assert_counts_are_true(&s);
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
