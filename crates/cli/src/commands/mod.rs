//! One module per command.

pub mod bench;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod query;
pub mod stages;
