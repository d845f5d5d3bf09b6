//! `herald export --format parquet` (the `parquet` cargo feature, on by
//! default).

use std::path::Path;

use anyhow::Context;
use herald_store::{EventFilter, Store};

#[cfg(feature = "parquet")]
pub fn write(store: &dyn Store, filter: &EventFilter, dir: &Path) -> anyhow::Result<u64> {
    herald_store::parquet::write_parquet(store, filter, dir)
        .with_context(|| format!("cannot write Parquet to {}", dir.display()))
}

#[cfg(not(feature = "parquet"))]
pub fn write(_: &dyn Store, _: &EventFilter, _: &Path) -> anyhow::Result<u64> {
    anyhow::bail!("this herald was built without Parquet support (cargo feature `parquet`)")
}
