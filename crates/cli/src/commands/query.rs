//! `herald query`: readable tables by default, `--json` for scripts.

use std::process::ExitCode;

use anyhow::Context;
use herald_store::{sqlite::SqliteStore, Store};

use crate::flags::{QueryArgs, QueryWhat};

pub fn run(args: &QueryArgs) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!(
            "{}: no such database (create it with `herald ingest`)",
            args.db.display()
        );
    }
    let store = SqliteStore::open(&args.db)
        .with_context(|| format!("cannot open {}", args.db.display()))?;
    match &args.what {
        QueryWhat::Stats => {
            let s = store.stats()?;
            if args.json {
                println!("{}", serde_json::to_string(&s)?);
            } else {
                println!("documents  {}", s.documents);
                println!("sentences  {}", s.sentences);
                println!("times      {}", s.times);
                println!("entities   {}", s.entities);
                println!("failures   {}", s.failures);
                println!(
                    "dates      {} … {}",
                    s.first_date.as_deref().unwrap_or("-"),
                    s.last_date.as_deref().unwrap_or("-")
                );
            }
        }
        QueryWhat::Search { text, limit } => {
            let hits = store.search(text, *limit)?;
            if args.json {
                println!("{}", serde_json::to_string(&hits)?);
            } else if hits.is_empty() {
                println!("no documents match {text:?}");
            } else {
                for h in hits {
                    println!(
                        "{}  {}  {}",
                        h.date.as_deref().unwrap_or("----------"),
                        h.doc_id,
                        h.title.as_deref().unwrap_or("")
                    );
                    println!(
                        "    {}",
                        h.snippet.split_whitespace().collect::<Vec<_>>().join(" ")
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
