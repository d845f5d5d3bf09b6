//! `herald dev scale`: a large store for query benchmarks, built from real
//! extractions. Each article is extracted once; copy `k` of it is stored
//! with id `<id>-copy<k>`, a marker line making its content hash unique, and
//! its publication and event dates moved by `k × shift_days` — so copies
//! are new documents and, mostly, new events (a copy's event joins another
//! copy's only when their dates fall within a day).

use std::process::ExitCode;
use std::time::Instant;

use herald_core::{Article, Doc};
use herald_io::SourceOptions;
use herald_pipeline::Pipeline;
use rayon::prelude::*;

use crate::flags::ScaleArgs;

pub fn run(args: &ScaleArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let mut store = crate::commands::query::open(&args.store, true)?;
    let articles: Vec<Article> = herald_io::open(&args.inputs, SourceOptions::default())
        .filter_map(|a| match a {
            Ok(a) => Some(a),
            Err(e) => {
                if !e.is_skip() {
                    eprintln!("herald: error: {e}");
                }
                None
            }
        })
        .collect();
    let pipeline = Pipeline::full();
    let started = Instant::now();
    let docs: Vec<Doc> = articles
        .par_iter()
        .filter_map(|a| pipeline.extract(a).ok())
        .collect();
    if !quiet {
        eprintln!(
            "herald: extracted {} documents in {:.1} s; storing {} copies",
            docs.len(),
            started.elapsed().as_secs_f64(),
            args.copies
        );
    }
    let batch = args.batch.max(1);
    for k in args.first_copy..args.first_copy.saturating_add(args.copies) {
        let days = i64::from(k) * args.shift_days;
        let mut inserted = 0;
        for chunk in docs.chunks(batch) {
            let copies: Vec<Doc> = chunk.iter().map(|d| d.shifted_copy(k, days)).collect();
            inserted += store.put_batch(&copies)?.inserted;
        }
        if !quiet {
            eprintln!(
                "herald: copy {}/{}: {inserted} new documents ({:.0} s)",
                k + 1,
                args.first_copy.saturating_add(args.copies),
                started.elapsed().as_secs_f64()
            );
        }
    }
    if !quiet {
        // Counting is a scan of each table: once, at the end.
        let s = store.stats()?;
        eprintln!(
            "herald: the store holds {} documents and {} events",
            s.documents, s.events
        );
    }
    Ok(ExitCode::SUCCESS)
}
