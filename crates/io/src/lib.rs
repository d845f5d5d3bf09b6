//! Herald's sources and JSON output.
//!
//! A source turns input files into [`Article`](herald_core::Article)s, one
//! `Result` per article, so a bad document is reported and the batch goes on.
//! Formats: Herald's native text (` date YYYY-MM-DD` header), JSON Lines,
//! HTML pages (main text, title and date from meta data) and RSS/Atom feeds;
//! inputs are paths, directories (recursive) or `-` for standard input.
//! Non-UTF-8 input is decoded by detected encoding with a warning;
//! non-English articles are skipped and counted (Herald is English-first).
//!
//! # Brief overview
//! - [`sources`]: [`open`] a list of inputs; format by extension or sniffing.
//! - [`jsonl`]: the streaming JSON Lines reader (bounded line length).
//! - [`output`]: a document as JSON, with Unicode character offsets.
//! - [`error`]: [`SourceError`] = origin (`file:line`) + what went wrong.
//!
//! ```no_run
//! use herald_io::{open, SourceOptions};
//! for item in open(&["../shared/corpus/samples"], SourceOptions::default()) {
//!     match item {
//!         Ok(article) => println!("{} {:?}", article.origin, article.date),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```
#![deny(missing_docs)]

mod date;
mod decode;
pub mod error;
mod feed;
mod html;
pub mod jsonl;
pub mod lang;
pub mod output;
pub mod sources;
mod text;

pub use date::parse_date;
pub use error::{SourceError, SourceErrorKind, SourceWarning};
pub use output::{doc_json, JsonOptions};
pub use sources::{from_bytes, open, Format, SourceOptions, Sources};
