//! Herald's analysis stages.
//!
//! Each stage reads a [`Doc`](herald_core::Doc) and returns one layer as an
//! [`Annotation`](herald_core::Annotation); `herald-pipeline` orders and runs
//! them. Word lists and lexicons are data files under `data/`, compiled into
//! the binary and loaded once per process.
//!
//! # Brief overview
//! - [`segment`]: paragraphs, sentences (and headings) and tokens.
//! - [`time`]: temporal expressions (TIMEX3) and the dating of events.
//! - [`entities`]: named-entity mentions (PER, ORG, LOC, MISC), an
//!   averaged-perceptron tagger trained on CoNLL-2003.
//! - [`actors`]: actors with CAMEO codes, resolved within the document.
//! - [`quotes`]: direct and indirect quotes, attributed to resolved
//!   speakers, with their cue and the medium they came through.
//! - [`events`]: CAMEO/PLOVER events with modality, date, place and evidence.
//! - [`places`]: the place names of an extracted document, resolved to
//!   points of the gazetteer (geoparsing; read from the layers, not a stage).
//! - [`registry`]: name → stage, for configuration.
//!
//! ```
//! use herald_core::{Article, Doc, Stage};
//! use herald_stages::segment::Segmenter;
//! let mut doc = Doc::new(&Article::new("Macron flew to Moscow. Talks began.", None)).unwrap();
//! let layer = Segmenter.run(&doc).unwrap();
//! doc.apply(layer);
//! assert_eq!(doc.sentences().len(), 2);
//! ```
#![deny(missing_docs)]

pub mod actors;
pub mod entities;
pub mod events;
pub mod kb;
pub mod leaders;
mod lexicon;
pub mod places;
pub mod quotes;
pub mod registry;
pub mod segment;
pub mod time;
