//! Herald's document model.
//!
//! Herald turns dated news articles into coded events. Every stage of that
//! pipeline reads and annotates one type, [`Doc`], defined here together with
//! what feeds it ([`Article`]) and what stages return ([`Annotation`]).
//!
//! # Brief overview
//! - [`Article`]: an input document as a source read it (text, date, title,
//!   provenance in [`Origin`]).
//! - [`Doc`]: the article's text normalized once ([`normalize`]) and then
//!   frozen, plus one typed vector per layer. Layers are sorted by `start` and
//!   point into each other by index.
//! - [`Span`]: byte offsets into `Doc::text`. Output formats convert them to
//!   Unicode character offsets with [`offsets::CharOffsets`], in one place.
//! - [`Stage`]: one analysis step: reads `&Doc`, returns one [`Annotation`].
//!
//! ```
//! use herald_core::{Article, Doc, Span};
//! let doc = Doc::new(&Article::new("Macron flew to Moscow.\r\n", None)).unwrap();
//! assert_eq!(doc.text(), "Macron flew to Moscow.\n");
//! assert_eq!(doc.text_of(Span::new(15, 21)), "Moscow");
//! ```
//!
//! # Why bytes inside, characters outside
//! Byte spans slice `&str` in O(1) and cost nothing to compute while scanning.
//! Users (Python, spaCy, the gold files) count characters, so the JSON
//! boundary converts, and nothing else has to think about it.
#![deny(missing_docs)]

pub mod actor;
pub mod article;
pub mod doc;
pub mod entity;
pub mod event;
pub mod normalize;
pub mod offsets;
pub mod quote;
pub mod span;
pub mod stage;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod time;

pub use actor::{Actor, ActorKind, ActorMention, Actors, MentionKind};
pub use article::{Article, Origin};
pub use doc::{
    Annotation, Doc, DocError, Layer, Paragraph, Segments, Sentence, SentenceKind, Token,
    TokenKind, MAX_DOC_BYTES,
};
pub use entity::{EntityLabel, Mention};
pub use event::{Coding, Event, Modality, Participant, Place};
pub use quote::{Cue, Quote, QuoteKind};
pub use span::Span;
pub use stage::{Stage, StageError};
pub use time::{Anchor, DateSource, EventDate, Precision, Timex, TimexType};

/// Re-exported so that every crate names dates with the same type.
pub use chrono::NaiveDate;
