//! `herald bench`: the whole current pipeline over a JSON Lines corpus, on
//! one thread, with throughput and peak memory.
//!
//! Articles are read into memory first, so the figures are the pipeline's
//! (document building and every stage), not the disk's or the JSON parser's.

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use herald_core::Doc;
use herald_io::jsonl::JsonlReader;
use herald_pipeline::Pipeline;
use serde_json::json;

use crate::flags::BenchArgs;

pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let file = File::open(&args.corpus)
        .with_context(|| format!("cannot open {}", args.corpus.display()))?;
    let mut articles = Vec::new();
    let mut unreadable = 0usize;
    for item in JsonlReader::new(BufReader::new(file), args.corpus.display().to_string()) {
        if args.limit.is_some_and(|n| articles.len() >= n) {
            break;
        }
        match item {
            Ok(a) => articles.push(a),
            Err(e) => {
                unreadable += 1;
                tracing::warn!("{e}");
            }
        }
    }
    if articles.is_empty() {
        bail!("{}: no readable articles", args.corpus.display());
    }
    let pipeline = Pipeline::full();
    let names = pipeline.stage_names();
    let mut stage_time = vec![Duration::ZERO; names.len()];
    let (mut docs, mut bytes, mut words, mut failed) = (0u64, 0u64, 0u64, 0u64);
    let started = Instant::now();
    for _ in 0..args.repeat.max(1) {
        for article in &articles {
            let mut doc = match Doc::new(article) {
                Ok(d) => d,
                Err(_) => {
                    failed += 1;
                    continue;
                }
            };
            if pipeline.run(&mut doc, Some(&mut stage_time)).is_err() {
                failed += 1;
                continue;
            }
            docs += 1;
            bytes += doc.text().len() as u64;
            words += doc.word_count() as u64;
        }
    }
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    let peak_rss_mb = peak_rss_mb();
    let mb = bytes as f64 / 1e6;
    let report = json!({
        "docs": docs,
        "bytes": bytes,
        "seconds": round(seconds, 4),
        "mb_per_s": round(mb / seconds, 2),
        "docs_per_s": round(docs as f64 / seconds, 1),
        "words_per_s": round(words as f64 / seconds, 0),
        "peak_rss_mb": peak_rss_mb.map(|m| round(m, 1)),
        "stages": names.iter().zip(&stage_time).map(|(n, t)| {
            let s = t.as_secs_f64().max(1e-9);
            (n.to_string(), json!({"seconds": round(s, 4), "mb_per_s": round(mb / s, 1)}))
        }).collect::<serde_json::Map<_, _>>(),
        "failed": failed,
        "unreadable": unreadable,
    });
    if args.json {
        println!("{report}");
    } else {
        println!("corpus        {}", args.corpus.display());
        println!(
            "documents     {docs} ({failed} failed, {unreadable} unreadable lines), repeat {}",
            args.repeat
        );
        println!("text          {mb:.1} MB, {words} words");
        println!("time          {seconds:.3} s on one thread");
        println!(
            "throughput    {:.2} MB/s, {:.1} docs/s, {:.0} words/s",
            mb / seconds,
            docs as f64 / seconds,
            words as f64 / seconds
        );
        match peak_rss_mb {
            Some(m) => println!("peak RSS      {m:.1} MB"),
            None => println!("peak RSS      unknown (no /proc/self/status)"),
        }
        for (name, t) in names.iter().zip(&stage_time) {
            let s = t.as_secs_f64().max(1e-9);
            println!("  stage {name:<10} {s:.3} s  {:.1} MB/s", mb / s);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// Peak resident set size (VmHWM) in MB, on Linux.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0 / 1e6)
}
