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
//! ## Actors and events across documents
//!
//! A document's actors join store-wide actors by identity ([`actor_key`]):
//! persons by name (their code follows their office), other actors by CAMEO
//! code, or by name when uncoded. Persons' roles ("president") are kept with
//! the first and last document date that showed them (`actor_roles`): the
//! knowledge base Herald learns from what it reads. A batch upserts each
//! store actor once, its documents' reports folded in document order: the
//! name, kind, country and sector first given stay; a report's code replaces
//! the kept one when that is empty, or when it is as long or longer and the
//! report no older than the actor's last sighting.
//!
//! **References.** Rows name their document, actor or event by id. The write
//! path keeps every reference sound (a document with all its rows, an event
//! with its mentions, in one transaction; nothing is deleted), so the
//! databases do not check them row by row (on PostgreSQL a foreign-key check
//! locks the referenced row for each inserted one): [`Store::dangling`]
//! counts the rows that break one.
//!
//! **Deduplication rule.** A coded event joins a stored event when both have
//! the same CAMEO base code (first three digits), the same source and the
//! same target (by actor identity; by code when the participant has no actor;
//! a missing side matches only a missing side), the same modality, and dates
//! at most one day apart (the stored event keeps its first report's date;
//! the closest, then oldest, stored event wins). An event with no date or
//! with neither source nor target always stands alone. Each report is an
//! `event_mentions` row with its document, sentence and spans. Counts follow
//! GDELT: `num_mentions` = reports, `num_articles` = distinct documents,
//! `num_sources` = distinct publishers (the document's `source`, else its id).
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

pub mod export;
#[cfg(feature = "parquet")]
pub mod parquet;
#[cfg(feature = "postgres")]
pub mod postgres;
pub mod read;
pub mod sql;
pub mod sqlite;
pub mod write;

use chrono::{Datelike, NaiveDate};
use herald_core::{Actor, ActorKind, Doc, Participant};
use serde::Serialize;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database reported an error.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The PostgreSQL server reported an error.
    #[cfg(feature = "postgres")]
    #[error("postgres")]
    Postgres(#[from] ::postgres::Error),
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
    /// The request was malformed (a cursor, a filter value).
    #[error("{0}")]
    BadRequest(String),
    /// Writing an export failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
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
    /// Distinct actors across documents.
    pub actors: u64,
    /// Events after cross-document deduplication.
    pub events: u64,
    /// Event mentions (one per event a document reports).
    pub event_mentions: u64,
    /// Quotes stored.
    pub quotes: u64,
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

    /// One page of events matching `filter`, newest first.
    ///
    /// # Errors
    /// A database error, or a malformed full-text query.
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError>;

    /// Every event matching `filter` (its `limit` and `after` ignored),
    /// streamed to `each` in date order without holding them in memory.
    ///
    /// # Errors
    /// A database error, or the first error `each` returns.
    fn for_each_event(
        &self,
        filter: &EventFilter,
        each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Every mention of event `id`, with its evidence.
    ///
    /// # Errors
    /// A database error.
    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>, StoreError>;

    /// What the store knows of the actors called (or coded) `name`.
    ///
    /// # Errors
    /// A database error.
    fn actor(&self, name: &str) -> Result<Vec<ActorReport>, StoreError>;

    /// One event by its store-wide id.
    ///
    /// # Errors
    /// A database error.
    fn event(&self, id: i64) -> Result<Option<EventRow>, StoreError>;

    /// Actors whose name contains `query` (all actors when it is empty),
    /// most mentioned first, one page of `limit` after the cursor `after`
    /// (from [`ActorSummary::cursor`]).
    ///
    /// # Errors
    /// A database error, or a malformed cursor.
    fn actors(
        &self,
        query: &str,
        limit: usize,
        after: Option<&str>,
    ) -> Result<Vec<ActorSummary>, StoreError>;

    /// What the store knows of the actor with this id.
    ///
    /// # Errors
    /// A database error.
    fn actor_by_id(&self, id: i64) -> Result<Option<ActorReport>, StoreError>;

    /// The roles persons were seen holding with a country ("Slovak Foreign
    /// Minister Ivan Korcok"), backed by at least `min_evidence` mentions:
    /// the knowledge base Herald learned, for the actors stage to apply to
    /// later articles.
    ///
    /// # Errors
    /// A database error.
    fn learned_roles(&self, min_evidence: i64) -> Result<Vec<LearnedRole>, StoreError>;

    /// Each reference between the store's tables (`"entities.doc →
    /// documents"`) with the number of rows whose referenced row is missing:
    /// all zero in a sound store. The write path keeps them so (a document
    /// with all its rows in one transaction; nothing deleted) without
    /// foreign-key checks, which cost PostgreSQL a trigger and a row lock
    /// per inserted row.
    ///
    /// # Errors
    /// A database error.
    fn dangling(&self) -> Result<Vec<(String, u64)>, StoreError>;

    /// A stored document with all its layers (the first stored, when
    /// several documents share the id).
    ///
    /// # Errors
    /// A database error.
    fn document(&self, doc_id: &str) -> Result<Option<DocumentView>, StoreError>;

    /// The actor network of the events matching `filter`: actors joined by
    /// the events between them.
    ///
    /// # Errors
    /// A database error.
    fn network(&self, filter: &EventFilter) -> Result<Network, StoreError>;

    /// Events matching `filter` counted per period and QuadClass, with their
    /// mean Goldstein value, oldest first (`limit` and `after` ignored).
    ///
    /// # Errors
    /// A database error.
    fn timeline(
        &self,
        filter: &EventFilter,
        bucket: Bucket,
    ) -> Result<Vec<TimelinePoint>, StoreError>;
}

/// The period a timeline counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    /// Days (`2022-02-06`).
    Day,
    /// ISO weeks (`2022-W05`).
    Week,
    /// Months (`2022-02`).
    Month,
}

impl Bucket {
    /// The label of the period holding `day`.
    #[must_use]
    pub fn label(self, day: NaiveDate) -> String {
        match self {
            Bucket::Day => day.format("%Y-%m-%d").to_string(),
            Bucket::Week => {
                let w = day.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Bucket::Month => day.format("%Y-%m").to_string(),
        }
    }
}

/// One point of a timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelinePoint {
    /// The period's label.
    pub period: String,
    /// QuadClass 1–4 (verbal/material cooperation/conflict).
    pub quad_class: i64,
    /// Events in it.
    pub events: i64,
    /// Their mean Goldstein value.
    pub mean_goldstein: f64,
}

/// Which events a query asks for. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// An actor on either side: its name (any case, or its last word), or a
    /// CAMEO code prefix in capitals (`RUS` matches `RUSGOV`; a capitalised
    /// value such as `NATO` is tried as a name too).
    pub actor: Option<String>,
    /// The source actor, matched like `actor`.
    pub source: Option<String>,
    /// The target actor, matched like `actor`.
    pub target: Option<String>,
    /// CAMEO code or its prefix (`04` all consultations, `042`).
    pub code: Option<String>,
    /// CAMEO root (`01`…`20`).
    pub root: Option<String>,
    /// PLOVER event type (`CONSULT`).
    pub plover: Option<String>,
    /// Country of the place, or of either actor (CAMEO/ISO alpha-3).
    pub country: Option<String>,
    /// Events on or after this day.
    pub from: Option<NaiveDate>,
    /// Events on or before this day.
    pub to: Option<NaiveDate>,
    /// Modality (`asserted`, `planned`, …).
    pub modality: Option<String>,
    /// Full-text query over the articles that report the event.
    pub text: Option<String>,
    /// An actor on either side, by store-wide id.
    pub actor_id: Option<i64>,
    /// Only events with coordinates.
    pub located: bool,
    /// At most this many events (a page).
    pub limit: usize,
    /// Continue after this cursor (from [`EventRow::cursor`]).
    pub after: Option<String>,
}

/// One side of an event in query results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRef {
    /// Store-wide actor id, when the participant was resolved to an actor.
    pub actor_id: Option<i64>,
    /// Display name (the actor's, else the words of the mention).
    pub name: Option<String>,
    /// CAMEO actor code.
    pub code: Option<String>,
}

/// One (deduplicated) event in query results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// Store-wide id.
    pub id: i64,
    /// When it happened, at its precision (`2022-02-06`, `2022-02`).
    pub date: Option<String>,
    /// `day`, `month` or `year`.
    pub precision: Option<String>,
    /// CAMEO event code.
    pub code: String,
    /// CAMEO base code (three digits).
    pub base_code: String,
    /// CAMEO root.
    pub root: String,
    /// The code's name.
    pub name: String,
    /// PLOVER type and mode.
    pub plover_type: String,
    /// PLOVER mode, when any.
    pub plover_mode: Option<String>,
    /// Goldstein value of the code.
    pub goldstein: f64,
    /// QuadClass 1–4.
    pub quad_class: i64,
    /// Modality.
    pub modality: String,
    /// Who did it.
    pub source: ActorRef,
    /// To whom.
    pub target: ActorRef,
    /// Place name.
    pub place: Option<String>,
    /// Place country.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Reports of it (GDELT NumMentions).
    pub num_mentions: i64,
    /// Distinct publishers reporting it (GDELT NumSources).
    pub num_sources: i64,
    /// Distinct articles reporting it (GDELT NumArticles).
    pub num_articles: i64,
    /// Mean confidence over its mentions.
    pub confidence: f64,
    /// Id of the first document that reported it.
    pub first_doc_id: String,
    /// URL of that document, when known.
    pub first_url: Option<String>,
    /// When it was first stored (seconds since the epoch).
    pub added: Option<String>,
    /// Whether its first report has it in the article's lead paragraph.
    pub is_root: bool,
    /// Pass as [`EventFilter::after`] for the next page.
    pub cursor: String,
}

/// A character span of a document and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Start, in Unicode characters.
    pub start: usize,
    /// End, in Unicode characters.
    pub end: usize,
    /// The words.
    pub text: String,
}

/// One report of an event, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRow {
    /// The reporting document's id.
    pub doc_id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its publisher (source field, else the document id).
    pub publisher: String,
    /// Its date.
    pub doc_date: Option<String>,
    /// The code this document gave.
    pub code: String,
    /// The modality in this document.
    pub modality: String,
    /// Inside a quotation.
    pub quoted: bool,
    /// The sentence, as a span of the document.
    pub sentence: Evidence,
    /// The predicate's words.
    pub predicate: Evidence,
    /// The source's words.
    pub source: Option<Evidence>,
    /// The target's words.
    pub target: Option<Evidence>,
    /// The event's date as this document gave it, and where from.
    pub date: Option<String>,
    /// `text` or `document`.
    pub date_source: Option<String>,
    /// Confidence of this coding.
    pub confidence: f64,
}

/// A role a person was seen holding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleSpan {
    /// The role ("chancellor").
    pub role: String,
    /// Whose (country code), when known.
    pub country: Option<String>,
    /// First document date with it.
    pub first_seen: Option<String>,
    /// Last document date with it.
    pub last_seen: Option<String>,
    /// Mentions with it.
    pub evidence: i64,
}

/// A role the store learned for a person (see [`Store::learned_roles`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LearnedRole {
    /// The person.
    pub name: String,
    /// Country (ISO alpha-3 / CAMEO).
    pub country: String,
    /// CAMEO sector, when known.
    pub sector: String,
    /// The role ("foreign minister").
    pub role: String,
    /// First document date that showed it.
    pub first_seen: NaiveDate,
    /// Last document date that showed it.
    pub last_seen: NaiveDate,
    /// Mentions that showed it.
    pub evidence: i64,
}

/// Events with a partner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partner {
    /// The partner's id.
    pub actor_id: i64,
    /// Name.
    pub name: String,
    /// Code.
    pub code: String,
    /// Events between the two (either direction).
    pub events: i64,
    /// Mean Goldstein value of those events.
    pub mean_goldstein: f64,
}

/// What the store knows of one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorReport {
    /// Store-wide id.
    pub actor_id: i64,
    /// Name.
    pub name: String,
    /// CAMEO code.
    pub code: String,
    /// Kind (`person`, `country`, …).
    pub kind: String,
    /// First and last document date it was seen.
    pub first_seen: Option<String>,
    /// Last document date.
    pub last_seen: Option<String>,
    /// Documents naming it.
    pub num_documents: i64,
    /// Mentions.
    pub num_mentions: i64,
    /// Roles over time, earliest first.
    pub roles: Vec<RoleSpan>,
    /// Most frequent partners.
    pub partners: Vec<Partner>,
    /// Events it takes part in, by CAMEO root: (root, count).
    pub roots: Vec<(String, i64)>,
}

/// One actor in a list of actors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorSummary {
    /// Store-wide id.
    pub actor_id: i64,
    /// Name.
    pub name: String,
    /// CAMEO code.
    pub code: String,
    /// Kind (`person`, `country`, …).
    pub kind: String,
    /// First document date it was seen.
    pub first_seen: Option<String>,
    /// Last document date it was seen.
    pub last_seen: Option<String>,
    /// Documents naming it.
    pub num_documents: i64,
    /// Mentions.
    pub num_mentions: i64,
    /// Pass as `after` for the next page.
    pub cursor: String,
}

/// A span of a document in Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Start.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// A time expression of a stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocTime {
    /// Start, in characters.
    pub start: usize,
    /// End, in characters.
    pub end: usize,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Normalised value.
    pub value: String,
}

/// An actor of a stored document (its `a0`, `a1`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocActor {
    /// Its index in the document.
    pub idx: i64,
    /// The store-wide actor.
    pub actor_id: i64,
    /// Name.
    pub name: String,
    /// CAMEO code.
    pub code: String,
    /// Role, when the text gave one.
    pub role: Option<String>,
    /// Kind.
    pub kind: String,
}

/// A mention of a document's actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocMention {
    /// Start, in characters.
    pub start: usize,
    /// End, in characters.
    pub end: usize,
    /// The document actor's index ([`DocActor::idx`]).
    pub actor_idx: i64,
}

/// An event as one stored document reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocEvent {
    /// The (deduplicated) store-wide event.
    pub event_id: i64,
    /// The code this document gave.
    pub code: String,
    /// The code's name.
    pub name: String,
    /// CAMEO root.
    pub root: String,
    /// QuadClass.
    pub quad_class: i64,
    /// Modality in this document.
    pub modality: String,
    /// Inside a quotation.
    pub quoted: bool,
    /// Its sentence.
    pub sentence: Span,
    /// The predicate's words.
    pub predicate: Span,
    /// The source's words.
    pub source: Option<Span>,
    /// The target's words.
    pub target: Option<Span>,
    /// The date this document gave it.
    pub date: Option<String>,
    /// `text` or `document`.
    pub date_source: Option<String>,
}

/// A quote of a stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocQuote {
    /// Start, in characters.
    pub start: usize,
    /// End, in characters.
    pub end: usize,
    /// `direct` or `indirect`.
    pub kind: String,
    /// The speaker's words, when found.
    pub speaker: Option<Span>,
    /// The speaker's CAMEO code.
    pub speaker_code: Option<String>,
    /// The cue verb.
    pub cue: Option<String>,
    /// The mediating source ("AP").
    pub via: Option<String>,
}

/// A stored document with its layers; every offset in Unicode characters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    /// Document id.
    pub doc_id: String,
    /// Title.
    pub title: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// The text.
    pub text: String,
    /// Sentences.
    pub sentences: Vec<Span>,
    /// Time expressions.
    pub times: Vec<DocTime>,
    /// Actors.
    pub actors: Vec<DocActor>,
    /// Actor mentions.
    pub mentions: Vec<DocMention>,
    /// Events it reports.
    pub events: Vec<DocEvent>,
    /// Quotes.
    pub quotes: Vec<DocQuote>,
}

/// A node of the actor network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// Actor id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Code.
    pub code: String,
    /// Events it takes part in, within the filter.
    pub events: i64,
}

/// A directed, weighted edge of the actor network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    /// Source actor id.
    pub source: i64,
    /// Target actor id.
    pub target: i64,
    /// Events from source to target.
    pub weight: i64,
    /// Their mean Goldstein value.
    pub mean_goldstein: f64,
}

/// The actor network.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Network {
    /// Actors.
    pub nodes: Vec<Node>,
    /// Edges between them.
    pub edges: Vec<Edge>,
}

/// The identity of an actor across documents: persons by their name (their
/// code changes with their office), everything else by its CAMEO code, or
/// by name when it has none. Lowercased.
#[must_use]
pub fn actor_key(actor: &Actor) -> String {
    if actor.kind == ActorKind::Person || actor.code.is_empty() {
        format!("name:{}", actor.name.to_lowercase())
    } else {
        format!("code:{}", actor.code)
    }
}

/// The identity of an event's participant for deduplication: its actor's
/// key, else its code, else nothing (`""`).
#[must_use]
pub fn participant_key(p: Option<&Participant>, doc_actor_keys: &[String]) -> String {
    match p {
        None => String::new(),
        Some(p) => match p.actor.and_then(|i| doc_actor_keys.get(i as usize)) {
            Some(k) => k.clone(),
            None if !p.code.is_empty() => format!("code:{}", p.code),
            None => String::new(),
        },
    }
}

/// The CAMEO base code: the first three digits (`0421` → `042`).
#[must_use]
pub fn base_code(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// Days since 1970-01-01.
#[must_use]
pub fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - 719_163
}

/// The day of a day number.
#[must_use]
pub fn day_date(n: i64) -> Option<NaiveDate> {
    i32::try_from(n + 719_163)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Character offset of byte offset `byte` in `text` (clamped to the text
/// and to a character boundary).
#[must_use]
pub fn char_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].chars().count()
}

/// A bound parameter of a generated query.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// Text.
    Text(String),
    /// Integer.
    Int(i64),
}

/// SQL dialect of a backend, for the few places where they differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite: `?N` placeholders, `COLLATE NOCASE`.
    Sqlite,
    /// PostgreSQL: `$N` placeholders, `lower()`.
    Postgres,
}

impl Dialect {
    fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }
}

/// Whether a filter value names a CAMEO code (or prefix) rather than an
/// actor's name: capitals and digits only, 3 to 15 of them.
#[must_use]
pub fn is_code(value: &str) -> bool {
    (3..=15).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// The `WHERE` conditions (joined by `AND`, over `events e`) and their
/// parameters for `filter`, numbered from `first`. Every value is bound,
/// never spliced into the SQL.
#[must_use]
pub fn filter_sql(filter: &EventFilter, dialect: Dialect, first: usize) -> (String, Vec<Param>) {
    let mut conds: Vec<String> = Vec::new();
    let mut params: Vec<Param> = Vec::new();
    let mut bind = |params: &mut Vec<Param>, p: Param| -> String {
        params.push(p);
        dialect.placeholder(first + params.len() - 1)
    };
    let side = |params: &mut Vec<Param>,
                bind: &mut dyn FnMut(&mut Vec<Param>, Param) -> String,
                value: &str,
                sides: &[&str]|
     -> String {
        let mut any = Vec::new();
        // A capitalised value may be a code prefix (RUS) or a name (NATO):
        // both are tried.
        if is_code(value) {
            let lo = bind(params, Param::Text(value.to_owned()));
            let hi = bind(params, Param::Text(format!("{value}\u{7f}")));
            for s in sides {
                any.push(format!("(e.{s}_code >= {lo} AND e.{s}_code < {hi})"));
            }
        }
        let v = bind(params, Param::Text(value.to_owned()));
        let w = bind(params, Param::Text(format!("% {value}")));
        let names = match dialect {
            Dialect::Sqlite => {
                format!("SELECT id FROM actors WHERE name = {v} COLLATE NOCASE OR name LIKE {w}")
            }
            Dialect::Postgres => {
                format!("SELECT id FROM actors WHERE lower(name) = lower({v}) OR name ILIKE {w}")
            }
        };
        for s in sides {
            any.push(format!("e.{s}_actor IN ({names})"));
        }
        format!("({})", any.join(" OR "))
    };
    if let Some(a) = filter.actor.as_deref().filter(|s| !s.is_empty()) {
        conds.push(side(&mut params, &mut bind, a, &["source", "target"]));
    }
    if let Some(a) = filter.source.as_deref().filter(|s| !s.is_empty()) {
        conds.push(side(&mut params, &mut bind, a, &["source"]));
    }
    if let Some(a) = filter.target.as_deref().filter(|s| !s.is_empty()) {
        conds.push(side(&mut params, &mut bind, a, &["target"]));
    }
    if let Some(c) = filter.code.as_deref().filter(|s| !s.is_empty()) {
        let lo = bind(&mut params, Param::Text(c.to_owned()));
        let hi = bind(&mut params, Param::Text(format!("{c}\u{7f}")));
        conds.push(format!("e.code >= {lo} AND e.code < {hi}"));
    }
    if let Some(r) = filter.root.as_deref().filter(|s| !s.is_empty()) {
        let r = if r.len() == 1 {
            format!("0{r}")
        } else {
            r.to_owned()
        };
        let v = bind(&mut params, Param::Text(r));
        conds.push(format!("e.root = {v}"));
    }
    if let Some(p) = filter.plover.as_deref().filter(|s| !s.is_empty()) {
        let v = bind(&mut params, Param::Text(p.to_ascii_uppercase()));
        conds.push(format!("e.plover_type = {v}"));
    }
    if let Some(c) = filter.country.as_deref().filter(|s| !s.is_empty()) {
        let c = c.to_ascii_uppercase();
        let v = bind(&mut params, Param::Text(c.clone()));
        let lo = bind(&mut params, Param::Text(c.clone()));
        let hi = bind(&mut params, Param::Text(format!("{c}\u{7f}")));
        conds.push(format!(
            "(e.country = {v} OR (e.source_code >= {lo} AND e.source_code < {hi}) OR (e.target_code >= {lo} AND e.target_code < {hi}))"
        ));
    }
    if let Some(d) = filter.from {
        let v = bind(&mut params, Param::Int(day_number(d)));
        conds.push(format!("e.day >= {v}"));
    }
    if let Some(d) = filter.to {
        let v = bind(&mut params, Param::Int(day_number(d)));
        conds.push(format!("e.day <= {v}"));
    }
    if let Some(id) = filter.actor_id {
        let v = bind(&mut params, Param::Int(id));
        conds.push(format!("(e.source_actor = {v} OR e.target_actor = {v})"));
    }
    if filter.located {
        conds.push("e.lat IS NOT NULL AND e.lon IS NOT NULL".to_owned());
    }
    if let Some(m) = filter.modality.as_deref().filter(|s| !s.is_empty()) {
        let v = bind(&mut params, Param::Text(m.to_ascii_lowercase()));
        conds.push(format!("e.modality = {v}"));
    }
    if let Some(t) = filter.text.as_deref().filter(|s| !s.trim().is_empty()) {
        match dialect {
            Dialect::Sqlite => {
                let v = bind(&mut params, Param::Text(fts_query(t)));
                conds.push(format!(
                    "EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {v}))"
                ));
            }
            Dialect::Postgres => {
                let v = bind(&mut params, Param::Text(t.to_owned()));
                conds.push(format!(
                    "EXISTS (SELECT 1 FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = e.id AND d.tsv @@ websearch_to_tsquery('english', {v}))"
                ));
            }
        }
    }
    if conds.is_empty() {
        conds.push("1 = 1".to_owned());
    }
    (conds.join(" AND "), params)
}

/// A cursor for the page after `row`: its day (or `n` for none) and id.
#[must_use]
pub fn cursor_of(day: Option<i64>, id: i64) -> String {
    match day {
        Some(d) => format!("{d}:{id}"),
        None => format!("n:{id}"),
    }
}

/// The (day, id) of a cursor, or an error naming it.
///
/// # Errors
/// The cursor was not made by [`cursor_of`].
pub fn parse_cursor(cursor: &str) -> Result<(Option<i64>, i64), StoreError> {
    let bad = || StoreError::BadRequest(format!("malformed cursor {cursor:?}"));
    let (d, id) = cursor.split_once(':').ok_or_else(bad)?;
    let id = id.parse().map_err(|_| bad())?;
    let day = if d == "n" {
        None
    } else {
        Some(d.parse().map_err(|_| bad())?)
    };
    Ok((day, id))
}

/// Plain words become quoted FTS5 terms (so that `U.S.` or `-` in user input
/// is not FTS syntax); input that already uses FTS5 syntax (quotes, `AND`,
/// `OR`, `NEAR`, `*`) is passed through.
#[must_use]
pub fn fts_query(q: &str) -> String {
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
