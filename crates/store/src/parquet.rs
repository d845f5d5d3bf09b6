//! Parquet export: events partitioned by month, Hive style
//! (`DIR/month=2022-02/events.parquet`, `month=unknown` for undated events),
//! so pandas/pyarrow (`pyarrow.dataset`), DuckDB (`hive_partitioning`) and
//! Spark read the directory as one table with a `month` column.
//!
//! Events stream in date order, so each month's file is written in turn and
//! at most one row group (`ROWS_PER_GROUP` rows) is held in memory.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use crate::{EventFilter, EventRow, Store, StoreError};

const ROWS_PER_GROUP: usize = 65_536;

fn schema() -> SchemaRef {
    let s = |n: &str| Field::new(n, DataType::Utf8, true);
    let i = |n: &str| Field::new(n, DataType::Int64, true);
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    Arc::new(Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        s("date"),
        s("precision"),
        Field::new("code", DataType::Utf8, false),
        Field::new("base_code", DataType::Utf8, false),
        Field::new("root", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("plover_type", DataType::Utf8, false),
        s("plover_mode"),
        f("goldstein"),
        i("quad_class"),
        Field::new("modality", DataType::Utf8, false),
        i("source_actor_id"),
        s("source_name"),
        s("source_code"),
        i("target_actor_id"),
        s("target_name"),
        s("target_code"),
        s("place"),
        s("country"),
        f("lat"),
        f("lon"),
        i("num_mentions"),
        i("num_sources"),
        i("num_articles"),
        f("confidence"),
        s("first_doc_id"),
        s("first_url"),
        Field::new("is_root", DataType::Boolean, false),
    ]))
}

/// Column builders for one row group.
struct Columns {
    strings: Vec<StringBuilder>,
    ints: Vec<Int64Builder>,
    floats: Vec<Float64Builder>,
    is_root: BooleanBuilder,
    rows: usize,
}

impl Columns {
    fn new() -> Columns {
        Columns {
            strings: (0..17).map(|_| StringBuilder::new()).collect(),
            ints: (0..7).map(|_| Int64Builder::new()).collect(),
            floats: (0..4).map(|_| Float64Builder::new()).collect(),
            is_root: BooleanBuilder::new(),
            rows: 0,
        }
    }

    fn push(&mut self, e: &EventRow) {
        let s: [Option<&str>; 17] = [
            e.date.as_deref(),
            e.precision.as_deref(),
            Some(&e.code),
            Some(&e.base_code),
            Some(&e.root),
            Some(&e.name),
            Some(&e.plover_type),
            e.plover_mode.as_deref(),
            Some(&e.modality),
            e.source.name.as_deref(),
            e.source.code.as_deref(),
            e.target.name.as_deref(),
            e.target.code.as_deref(),
            e.place.as_deref(),
            e.country.as_deref(),
            Some(&e.first_doc_id),
            e.first_url.as_deref(),
        ];
        for (b, v) in self.strings.iter_mut().zip(s) {
            b.append_option(v);
        }
        let i: [Option<i64>; 7] = [
            Some(e.id),
            Some(e.quad_class),
            e.source.actor_id,
            e.target.actor_id,
            Some(e.num_mentions),
            Some(e.num_sources),
            Some(e.num_articles),
        ];
        for (b, v) in self.ints.iter_mut().zip(i) {
            b.append_option(v);
        }
        let f: [Option<f64>; 4] = [Some(e.goldstein), e.lat, e.lon, Some(e.confidence)];
        for (b, v) in self.floats.iter_mut().zip(f) {
            b.append_option(v);
        }
        self.is_root.append_value(e.is_root);
        self.rows += 1;
    }

    /// The buffered rows as a batch in schema order; the builders restart.
    fn finish(&mut self, schema: &SchemaRef) -> Result<RecordBatch, StoreError> {
        let mut s: Vec<ArrayRef> = self
            .strings
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        let mut i: Vec<ArrayRef> = self
            .ints
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        let mut f: Vec<ArrayRef> = self
            .floats
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        self.rows = 0;
        let take = |v: &mut Vec<ArrayRef>| v.remove(0);
        // Schema order: id, date, precision, code, base_code, root, name,
        // plover_type, plover_mode, goldstein, quad_class, modality,
        // source_actor_id, source_name, source_code, target_actor_id,
        // target_name, target_code, place, country, lat, lon, num_mentions,
        // num_sources, num_articles, confidence, first_doc_id, first_url,
        // is_root.
        let columns: Vec<ArrayRef> = vec![
            take(&mut i),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut f),
            take(&mut i),
            take(&mut s),
            take(&mut i),
            take(&mut s),
            take(&mut s),
            take(&mut i),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut s),
            take(&mut f),
            take(&mut f),
            take(&mut i),
            take(&mut i),
            take(&mut i),
            take(&mut f),
            take(&mut s),
            take(&mut s),
            Arc::new(self.is_root.finish()),
        ];
        RecordBatch::try_new(schema.clone(), columns)
            .map_err(|e| StoreError::BadRequest(format!("parquet: {e}")))
    }
}

/// The partition of an event: the month of its date (`YYYY-MM`; a date
/// known only to the year goes in its January, as its `day` sorts), or
/// `unknown`.
fn month_of(e: &EventRow) -> String {
    let Some(d) = e.date.as_deref() else {
        return "unknown".to_owned();
    };
    match (d.get(..4), d.get(4..5), d.get(5..7)) {
        (Some(y), Some("-"), Some(m)) => format!("{y}-{m}"),
        (Some(y), None, None) if y.bytes().all(|b| b.is_ascii_digit()) => format!("{y}-01"),
        _ => "unknown".to_owned(),
    }
}

fn pq(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::BadRequest(format!("parquet: {e}"))
}

struct Open {
    month: String,
    writer: ArrowWriter<File>,
}

/// Writes every event matching `filter` under `dir`, one file per month.
/// Returns the number of events written.
///
/// # Errors
/// A database, file or encoding error.
pub fn write_parquet(
    store: &dyn Store,
    filter: &EventFilter,
    dir: &Path,
) -> Result<u64, StoreError> {
    let schema = schema();
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    std::fs::create_dir_all(dir)?;
    let mut cols = Columns::new();
    let mut open: Option<Open> = None;
    let mut n = 0u64;
    // Events come in day order, so a month's events are contiguous; should a
    // month come back anyway, it gets a second file rather than overwriting.
    let mut parts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut path = |month: &str| -> PathBuf {
        let k = parts.entry(month.to_owned()).or_insert(0);
        *k += 1;
        let name = if *k == 1 {
            "events.parquet".to_owned()
        } else {
            format!("events-{k}.parquet")
        };
        dir.join(format!("month={month}")).join(name)
    };
    store.for_each_event(filter, &mut |e| {
        let month = month_of(&e);
        if open.as_ref().is_some_and(|o| o.month != month) {
            if let Some(mut o) = open.take() {
                if cols.rows > 0 {
                    o.writer.write(&cols.finish(&schema)?).map_err(pq)?;
                }
                o.writer.close().map_err(pq)?;
            }
        }
        if open.is_none() {
            let p = path(&month);
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let file = File::create(&p)?;
            open = Some(Open {
                month,
                writer: ArrowWriter::try_new(file, schema.clone(), Some(props.clone()))
                    .map_err(pq)?,
            });
        }
        cols.push(&e);
        if cols.rows >= ROWS_PER_GROUP {
            if let Some(o) = open.as_mut() {
                o.writer.write(&cols.finish(&schema)?).map_err(pq)?;
            }
        }
        n += 1;
        Ok(())
    })?;
    if let Some(mut o) = open.take() {
        if cols.rows > 0 {
            o.writer.write(&cols.finish(&schema)?).map_err(pq)?;
        }
        o.writer.close().map_err(pq)?;
    }
    Ok(n)
}
