//! `SourceError`: why one input (a file, a line, a feed item) gave no article.
//!
//! Owns the error vocabulary of every source. Each error carries the
//! [`Origin`] it belongs to, so a message reads `file:line: reason` and a batch
//! can report it and go on.

use std::fmt;

use herald_core::Origin;

/// Why one input gave no article, and where.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct SourceError {
    /// Where: file, and line or item when the format has many articles.
    pub origin: Origin,
    /// What went wrong.
    #[source]
    pub kind: SourceErrorKind,
}

impl SourceError {
    /// An error at `origin`.
    #[must_use]
    pub fn new(origin: Origin, kind: SourceErrorKind) -> SourceError {
        SourceError { origin, kind }
    }

    /// True when the input was read fine but deliberately left out (a
    /// non-English article): counted as skipped, not as failed.
    #[must_use]
    pub fn is_skip(&self) -> bool {
        matches!(self.kind, SourceErrorKind::NotEnglish { .. })
    }
}

/// What went wrong with one input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SourceErrorKind {
    /// The path does not exist.
    #[error("no such file or directory")]
    NotFound,
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// NUL bytes where text was expected.
    #[error("binary data, not text (NUL byte at byte {offset})")]
    Binary {
        /// First NUL byte.
        offset: usize,
    },
    /// Larger than the source accepts.
    #[error("too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// A JSON Lines line longer than the line limit; the reader skipped to the
    /// next line.
    #[error("line longer than {limit} bytes; skipped")]
    LineTooLong {
        /// The limit.
        limit: usize,
    },
    /// A line that is not valid JSON.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// Valid JSON of the wrong shape (not an object, a field of the wrong type).
    #[error("{0}")]
    Shape(String),
    /// A date that is not a date.
    #[error(
        "bad date {value:?} in {field}: expected YYYY-MM-DD (or an RFC 3339 / RFC 2822 timestamp)"
    )]
    BadDate {
        /// Where the date was (`header`, `date`, `published`).
        field: &'static str,
        /// What was there.
        value: String,
    },
    /// An HTML page or a feed that could not be parsed.
    #[error("{format}: {message}")]
    Parse {
        /// `html`, `rss/atom`.
        format: &'static str,
        /// The parser's message.
        message: String,
    },
    /// No text at all.
    #[error("no article text")]
    NoText,
    /// Not English (Herald is English-first); skipped.
    #[error("skipped: language is {lang}, not English")]
    NotEnglish {
        /// Detected language, ISO 639-3.
        lang: String,
    },
}

/// A warning about an input that was still read (unknown date, guessed
/// encoding): reported, never fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceWarning {
    /// Where.
    pub origin: Origin,
    /// What.
    pub message: String,
}

impl fmt::Display for SourceWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}
