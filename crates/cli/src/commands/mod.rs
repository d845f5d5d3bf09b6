//! One module per command.

pub mod bench;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod parquet;
pub mod query;
pub mod scale;
pub mod serve;
pub mod stages;
