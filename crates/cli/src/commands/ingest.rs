//! `herald ingest`: sources → parallel extraction (rayon) → batched,
//! idempotent writes to the store.
//!
//! Reading and writing stay on this thread; extraction of each batch runs on
//! the rayon pool. A batch is written in one transaction, so a killed ingest
//! leaves whole batches only, and a rerun skips what is stored.

use std::io::{self, IsTerminal};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use herald_core::{Article, Doc};
use herald_io::{SourceError, SourceOptions};
use herald_pipeline::Pipeline;
use herald_stages::leaders::Leaders;
use herald_store::Failure;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::flags::{IngestArgs, InputFormat};

pub fn run(args: &IngestArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start threads")?;
    }
    let pipeline = match &args.stages {
        Some(names) => Pipeline::build(names)?,
        None => Pipeline::full(),
    };
    let mut store = crate::commands::query::open(&args.store, true)?;
    // What earlier ingests taught: persons' roles, applied near their dates.
    let pipeline = if args.no_learned {
        pipeline
    } else {
        let roles = store
            .learned_roles(args.learned_min_evidence)
            .context("cannot read the learned roles")?;
        let learned = Leaders::learned(roles.into_iter().map(|r| {
            (
                r.name,
                r.country,
                r.sector,
                r.role,
                r.first_seen,
                r.last_seen,
            )
        }));
        tracing::info!("{} learned roles apply to new articles", learned.len());
        if learned.is_empty() {
            pipeline
        } else {
            pipeline.with_learned(std::sync::Arc::new(learned))
        }
    };
    let place = crate::commands::query::describe(&args.store);
    let opts = SourceOptions {
        english_only: !args.all_languages,
        format: args.input_format.map(InputFormat::format),
        ..SourceOptions::default()
    };
    let progress = if quiet || !io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {pos} documents ({per_sec}), {msg} [{elapsed}]",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    };
    let started = Instant::now();
    let (mut failed, mut skipped) = (0usize, 0usize);
    let mut sources = herald_io::open(&args.inputs, opts);
    let batch_size = args.batch.max(1);
    // The writer thread owns the store: batch N is written while batch N+1
    // is extracted. The channel holds at most two batches (bounded memory).
    let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Doc>, Vec<Failure>)>(2);
    let writer_progress = progress.clone();
    let writer = std::thread::spawn(move || -> anyhow::Result<(usize, usize)> {
        let (mut inserted, mut duplicates) = (0usize, 0usize);
        for (docs, failures) in rx {
            let outcome = store
                .put_batch(&docs)
                .context("cannot write to the store")?;
            store
                .put_failures(&failures)
                .context("cannot write to the store")?;
            inserted += outcome.inserted;
            duplicates += outcome.duplicates;
            writer_progress.inc((docs.len() + failures.len()) as u64);
            writer_progress.set_message(format!("{inserted} new, {duplicates} already stored"));
        }
        Ok((inserted, duplicates))
    });
    loop {
        let mut articles: Vec<Article> = Vec::with_capacity(batch_size);
        let mut failures: Vec<Failure> = Vec::new();
        for item in sources.by_ref() {
            match item {
                Ok(a) => articles.push(a),
                Err(e) if e.is_skip() => {
                    skipped += 1;
                    progress.suspend(|| tracing::warn!("{e}"));
                }
                Err(e) => {
                    progress.suspend(|| eprintln!("herald: error: {e}"));
                    failures.push(source_failure(&e));
                }
            }
            if articles.len() + failures.len() >= batch_size {
                break;
            }
        }
        if articles.is_empty() && failures.is_empty() {
            break;
        }
        let results: Vec<_> = articles
            .par_iter()
            .map(|a| (a, pipeline.extract(a)))
            .collect();
        let mut docs = Vec::with_capacity(results.len());
        for (article, result) in results {
            match result {
                Ok(doc) => docs.push(doc),
                Err(e) => {
                    progress.suspend(|| eprintln!("herald: error: {}: {e}", article.origin));
                    failures.push(Failure {
                        origin: article.origin.to_string(),
                        doc_id: article.id.clone(),
                        stage: "pipeline".into(),
                        error: e.to_string(),
                    });
                }
            }
        }
        failed += failures.len();
        if tx.send((docs, failures)).is_err() {
            break; // the writer stopped on an error, reported below
        }
    }
    drop(tx);
    let (inserted, duplicates) = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the store writer panicked"))??;
    progress.finish_and_clear();
    if !quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let docs = inserted + duplicates;
        eprintln!(
            "herald: ingested {inserted} new documents into {place} ({duplicates} already stored), failed {failed}, skipped {skipped} (not English); {:.0} documents/s",
            docs as f64 / secs
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn source_failure(e: &SourceError) -> Failure {
    Failure {
        origin: e.origin.to_string(),
        doc_id: None,
        stage: "source".into(),
        error: e.kind.to_string(),
    }
}
