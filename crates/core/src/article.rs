//! `Article`: one input document as a source read it, before normalization.
//!
//! Owns what sources produce (text, date, title, provenance). It does not
//! normalize or analyse: [`Doc::new`](crate::Doc::new) does that, once.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an article came from: a file (or `-` for standard input) and, for
/// formats with many articles, the line or item number (1-based).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Path as given by the user, or `-` for standard input.
    pub path: String,
    /// 1-based line number (JSON Lines).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based item number (feed entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<u64>,
}

impl Origin {
    /// An origin for a whole file.
    #[must_use]
    pub fn file(path: impl Into<String>) -> Origin {
        Origin {
            path: path.into(),
            line: None,
            item: None,
        }
    }

    /// An origin for one line of a file.
    #[must_use]
    pub fn line(path: impl Into<String>, line: u64) -> Origin {
        Origin {
            path: path.into(),
            line: Some(line),
            item: None,
        }
    }

    /// An origin for one item (feed entry) of a file.
    #[must_use]
    pub fn item(path: impl Into<String>, item: u64) -> Origin {
        Origin {
            path: path.into(),
            line: None,
            item: Some(item),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(item) = self.item {
            write!(f, " (item {item})")?;
        }
        Ok(())
    }
}

/// One news article as read from a source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Identifier given by the source; when absent, the document's content
    /// hash stands in.
    pub id: Option<String>,
    /// Publication date, the anchor for relative time expressions.
    pub date: Option<NaiveDate>,
    /// Headline, kept apart from the body text.
    pub title: Option<String>,
    /// Body text as read (normalized later, by [`Doc::new`](crate::Doc::new)).
    pub text: String,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publisher or dataset name.
    pub source: Option<String>,
    /// Fields the source carried that Herald has no slot for, kept as given.
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// Where it was read from.
    pub origin: Origin,
}

impl Article {
    /// An article with text and date only (tests, examples).
    #[must_use]
    pub fn new(text: impl Into<String>, date: Option<NaiveDate>) -> Article {
        Article {
            text: text.into(),
            date,
            ..Article::default()
        }
    }
}
