//! Herald's evaluation against gold data (`../shared/eval/`).
//!
//! Owns reading gold files and scoring; it runs the ordinary pipeline
//! ([`herald_pipeline::Pipeline`]) and never special-cases gold documents.
//! Gold offsets count Unicode characters; they are converted to Herald's byte
//! spans here, in one place.
//!
//! # Brief overview
//! - [`times`]: TempEval-3 style scores for time expressions.
//! - [`events`]: CAMEO triples (PETRARCH files), PLOVER type recall, and
//!   the seed article's expected reading.
//! - [`quotes`]: attributions (PolNeAR): quote span F1, direct quotes,
//!   indirect quotes, speaker accuracy; the seed's expected quotes.
//! - [`entities`]: CoNLL style scores for named entities (exact span and
//!   label, per label and micro over PER+ORG+LOC).
//! - [`places`]: geoparsing (LGL, GeoWebNews, TR-News, GeoVirus): toponym
//!   F1 (exact and overlapping spans) and accuracy@161 km of the resolved
//!   places.
//!
//! ```
//! let m = herald_eval::prf(8, 10, 16);
//! assert!((m.f1 - 2.0 * 0.8 * 0.5 / 1.3).abs() < 1e-9);
//! ```
#![deny(missing_docs)]

pub mod entities;
pub mod events;
pub mod places;
pub mod quotes;
pub mod times;

use serde::Serialize;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// The gold file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A gold line is not what the format says.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    /// Share of predictions that are right.
    pub precision: f64,
    /// Share of gold items found.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// Precision, recall and F1 for `tp` right out of `predicted` predictions and
/// `gold` gold items (0 when undefined).
#[must_use]
pub fn prf(tp: usize, predicted: usize, gold: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(tp, predicted), ratio(tp, gold));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}
