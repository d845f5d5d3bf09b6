//! `herald kb show NAME`: what the knowledge base knows of a person — the
//! shipped, dated table of office holders and the roles learned from the
//! store's articles.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use herald_stages::leaders::{leaders, LEARNED_AFTER, LEARNED_BEFORE};

use crate::flags::StoreArgs;

/// Prints the person's offices; exit 1 when nothing is known.
pub fn show(name: &str, store: &StoreArgs, json: bool) -> anyhow::Result<ExitCode> {
    let shipped = leaders().terms_of(name.trim());
    // The store is optional: without one, only the shipped table speaks.
    let has_store = store.postgres.is_some() || store.db.exists();
    let learned = if has_store {
        crate::commands::query::open(store, false)?.actor(name)?
    } else {
        Vec::new()
    };
    let mut o = String::new();
    if json {
        let terms: Vec<serde_json::Value> = shipped
            .iter()
            .map(|t| {
                serde_json::json!({"name": t.name, "country": t.country, "sector": t.sector,
                    "role": t.role, "start": t.start, "end": t.end})
            })
            .collect();
        let v = serde_json::json!({"name": name, "table": terms, "learned": learned,
            "learned_window_days": {"before_first": LEARNED_BEFORE, "after_last": LEARNED_AFTER}});
        o = serde_json::to_string(&v)? + "\n";
    } else {
        let _ = writeln!(o, "{name}");
        if shipped.is_empty() {
            let _ = writeln!(o, "  table of office holders: nothing");
        }
        for t in &shipped {
            let _ = writeln!(
                o,
                "  table   {:<22} {}{}  {} … {}",
                t.role,
                t.country,
                t.sector,
                t.start,
                t.end
                    .map_or_else(|| "in office".to_owned(), |d| d.to_string())
            );
        }
        if !has_store {
            let _ = writeln!(
                o,
                "  (no store at {}: nothing learned yet)",
                store.db.display()
            );
        }
        for a in &learned {
            let _ = writeln!(
                o,
                "  store   {} ({}), seen {} … {} in {} documents",
                a.name,
                if a.code.is_empty() { "-" } else { &a.code },
                a.first_seen.as_deref().unwrap_or("?"),
                a.last_seen.as_deref().unwrap_or("?"),
                a.num_documents
            );
            for r in &a.roles {
                let _ = writeln!(
                    o,
                    "  learned {:<22} {}  {} … {}  ({} mentions)",
                    r.role,
                    r.country.as_deref().unwrap_or("-"),
                    r.first_seen.as_deref().unwrap_or("?"),
                    r.last_seen.as_deref().unwrap_or("?"),
                    r.evidence
                );
            }
        }
    }
    std::io::stdout().lock().write_all(o.as_bytes())?;
    Ok(if shipped.is_empty() && learned.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
