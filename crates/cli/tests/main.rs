//! Integration tests of the `herald` binary: one module per command.
//!
//! Tests that read `../shared/` (the seed, the corpus samples) skip with a
//! printed notice when it is absent. Snapshots hold offsets, kinds and counts,
//! never the articles' sentences.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod bench;
mod durability;
mod eval;
mod export;
mod extract;
mod ingest;
mod serve;
mod stages;
mod util;
