//! Herald's event store.
//!
//! Owns persistence: documents with their layers, failures, full-text search,
//! and the queries over them, behind one [`Store`] trait. The embedded default
//! is SQLite ([`sqlite::SqliteStore`]: one file, WAL, versioned migrations in
//! `migrations/NNN_name.sql`, FTS5). It does not extract anything: callers
//! hand it finished [`Doc`]s.
//!
//! Writes are idempotent and atomic: [`Store::put_batch`] writes a batch in
//! one transaction and skips documents whose content hash is already stored,
//! so an ingest killed at any moment and run again ends with every document
//! exactly once.
//!
//! ```
//! use herald_core::testing::DocBuilder;
//! use herald_store::{sqlite::SqliteStore, Store};
//! let mut store = SqliteStore::open_in_memory().unwrap();
//! let doc = DocBuilder::new().sentence("Scholz met Biden.").build();
//! assert_eq!(store.put_batch(&[doc.clone()]).unwrap().inserted, 1);
//! assert_eq!(store.put_batch(&[doc]).unwrap().duplicates, 1);
//! assert_eq!(store.stats().unwrap().documents, 1);
//! ```
#![deny(missing_docs)]

pub mod sqlite;

use herald_core::Doc;
use serde::Serialize;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database reported an error.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer Herald.
    #[error("database schema version {found} is newer than this Herald supports ({supported}); upgrade Herald")]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// A value could not be encoded.
    #[error("encoding: {0}")]
    Encode(#[from] serde_json::Error),
}

/// What a batch write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BatchOutcome {
    /// Documents newly stored.
    pub inserted: usize,
    /// Documents already present (same content hash), left as they were.
    pub duplicates: usize,
}

/// A document that failed, for the `failures` table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// Where it came from (`file:line`).
    pub origin: String,
    /// Its id, when it got that far.
    pub doc_id: Option<String>,
    /// The stage (or `source`) that failed.
    pub stage: String,
    /// The error message.
    pub error: String,
}

/// Counts over the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Documents stored.
    pub documents: u64,
    /// Sentences stored.
    pub sentences: u64,
    /// Time expressions stored.
    pub times: u64,
    /// Entity mentions stored.
    pub entities: u64,
    /// Failures recorded.
    pub failures: u64,
    /// Earliest and latest document date.
    pub first_date: Option<String>,
    /// Latest document date.
    pub last_date: Option<String>,
}

/// One full-text search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// Document id.
    pub doc_id: String,
    /// Its date.
    pub date: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// A snippet around the match, with the match in `[…]`.
    pub snippet: String,
    /// BM25 rank (lower is better).
    pub rank: f64,
}

/// The store interface every backend implements.
pub trait Store {
    /// Writes `docs` in one transaction; documents already present (by
    /// content hash) are skipped.
    ///
    /// # Errors
    /// A database error; then nothing of the batch is written.
    fn put_batch(&mut self, docs: &[Doc]) -> Result<BatchOutcome, StoreError>;

    /// Records failures (in one transaction).
    ///
    /// # Errors
    /// A database error.
    fn put_failures(&mut self, failures: &[Failure]) -> Result<(), StoreError>;

    /// Counts.
    ///
    /// # Errors
    /// A database error.
    fn stats(&self) -> Result<Stats, StoreError>;

    /// Full-text search over titles and texts (FTS5 query syntax; plain
    /// words are ANDed).
    ///
    /// # Errors
    /// A database error, or a malformed query.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError>;
}
