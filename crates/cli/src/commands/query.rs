//! `herald query`: readable tables by default, `--json` for scripts.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context;
use herald_store::{sqlite::SqliteStore, ActorRef, Bucket, EventFilter, EventRow, Store};

use crate::flags::{FilterArgs, Period, QueryArgs, QueryWhat, StoreArgs};

/// The store filter for command-line filters.
pub fn filter(f: &FilterArgs, limit: usize, after: Option<String>) -> EventFilter {
    EventFilter {
        actor: f.actor.clone(),
        source: f.source.clone(),
        target: f.target.clone(),
        code: f.code.clone(),
        root: f.root.clone(),
        plover: f.plover.clone(),
        country: f.country.clone(),
        from: f.from,
        to: f.to,
        modality: f.modality.clone(),
        text: f.text.clone(),
        actor_id: f.actor_id,
        located: f.located,
        limit,
        after,
    }
}

/// Opens the store: PostgreSQL when a URL is given, else the SQLite file —
/// which must exist unless `create`.
pub fn open(args: &StoreArgs, create: bool) -> anyhow::Result<Box<dyn Store + Send>> {
    if let Some(url) = &args.postgres {
        return open_postgres(url);
    }
    let db = &args.db;
    if !create && !db.exists() {
        anyhow::bail!(
            "{}: no such database (create it with `herald ingest`)",
            db.display()
        );
    }
    Ok(Box::new(SqliteStore::open(db).with_context(|| {
        format!("cannot open {}", db.display())
    })?))
}

#[cfg(feature = "postgres")]
fn open_postgres(url: &str) -> anyhow::Result<Box<dyn Store + Send>> {
    let shown = redact(url);
    Ok(Box::new(
        herald_store::postgres::PostgresStore::connect(url)
            .with_context(|| format!("cannot open PostgreSQL store {shown}"))?,
    ))
}

#[cfg(not(feature = "postgres"))]
fn open_postgres(_: &str) -> anyhow::Result<Box<dyn Store + Send>> {
    anyhow::bail!("this herald was built without PostgreSQL support (cargo feature `postgres`)")
}

/// A connection URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// Where the store is, for messages.
pub fn describe(args: &StoreArgs) -> String {
    args.postgres
        .as_deref()
        .map_or_else(|| args.db.display().to_string(), redact)
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an
/// error.
pub fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("cannot write to standard output"),
    }
}

fn side(a: &ActorRef) -> String {
    match (&a.name, &a.code) {
        (None, _) => "-".to_owned(),
        (Some(n), Some(c)) if !c.is_empty() => format!("{n} ({c})"),
        (Some(n), _) => n.clone(),
    }
}

fn event_line(o: &mut String, e: &EventRow) {
    let _ = writeln!(
        o,
        "{:>7}  {:<10}  {:<4}  {:<9}  {} → {}  [{}]{}{}",
        e.id,
        e.date.as_deref().unwrap_or("-"),
        e.code,
        e.plover_type,
        side(&e.source),
        side(&e.target),
        e.modality,
        e.place
            .as_deref()
            .map(|p| format!(" in {p}"))
            .unwrap_or_default(),
        if e.num_mentions > 1 {
            format!("  ×{} ({} sources)", e.num_mentions, e.num_sources)
        } else {
            String::new()
        }
    );
}

pub fn run(args: &QueryArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.store, false)?;
    let mut o = String::new();
    match &args.what {
        QueryWhat::Stats => {
            let s = store.stats()?;
            if args.json {
                o = serde_json::to_string(&s)? + "\n";
            } else {
                let _ = writeln!(o, "documents       {}", s.documents);
                let _ = writeln!(o, "sentences       {}", s.sentences);
                let _ = writeln!(o, "times           {}", s.times);
                let _ = writeln!(o, "entities        {}", s.entities);
                let _ = writeln!(o, "actors          {}", s.actors);
                let _ = writeln!(o, "events          {}", s.events);
                let _ = writeln!(o, "event mentions  {}", s.event_mentions);
                let _ = writeln!(o, "quotes          {}", s.quotes);
                let _ = writeln!(o, "failures        {}", s.failures);
                let _ = writeln!(
                    o,
                    "dates           {} … {}",
                    s.first_date.as_deref().unwrap_or("-"),
                    s.last_date.as_deref().unwrap_or("-")
                );
            }
        }
        QueryWhat::Search { text, limit } => {
            let hits = store.search(text, *limit)?;
            if args.json {
                o = serde_json::to_string(&hits)? + "\n";
            } else if hits.is_empty() {
                let _ = writeln!(o, "no documents match {text:?}");
            } else {
                for h in hits {
                    let _ = writeln!(
                        o,
                        "{}  {}  {}",
                        h.date.as_deref().unwrap_or("----------"),
                        h.doc_id,
                        h.title.as_deref().unwrap_or("")
                    );
                    let _ = writeln!(
                        o,
                        "    {}",
                        h.snippet.split_whitespace().collect::<Vec<_>>().join(" ")
                    );
                }
            }
        }
        QueryWhat::Events {
            filter: f,
            limit,
            after,
        } => {
            let rows = store.events(&filter(f, *limit, after.clone()))?;
            if args.json {
                let next = (rows.len() == (*limit).clamp(1, 10_000))
                    .then(|| rows.last().map(|r| r.cursor.clone()))
                    .flatten();
                o = serde_json::to_string(&serde_json::json!({"events": rows, "next": next}))?
                    + "\n";
            } else if rows.is_empty() {
                o.push_str("no events match\n");
            } else {
                let _ = writeln!(
                    o,
                    "{:>7}  {:<10}  {:<4}  {:<9}  source → target  [modality]",
                    "id", "date", "code", "plover"
                );
                for e in &rows {
                    event_line(&mut o, e);
                }
                if rows.len() == (*limit).clamp(1, 10_000) {
                    if let Some(last) = rows.last() {
                        let _ = writeln!(o, "… more with --after {}", last.cursor);
                    }
                }
            }
        }
        QueryWhat::Timeline { filter: f, by } => {
            let bucket = match by {
                Period::Day => Bucket::Day,
                Period::Week => Bucket::Week,
                Period::Month => Bucket::Month,
            };
            let points = store.timeline(&filter(f, 0, None), bucket)?;
            if args.json {
                o = serde_json::to_string(&points)? + "\n";
            } else if points.is_empty() {
                o.push_str("no events match\n");
            } else {
                // One row per period: events per QuadClass and the mean
                // Goldstein value over all of them.
                let _ = writeln!(
                    o,
                    "{:<10}  {:>9}  {:>9}  {:>9}  {:>9}  {:>6}  {:>9}",
                    "period",
                    "verb.coop",
                    "mat.coop",
                    "verb.conf",
                    "mat.conf",
                    "total",
                    "goldstein"
                );
                let mut i = 0;
                while i < points.len() {
                    let period = &points[i].period;
                    let mut quads = [0i64; 4];
                    let mut sum = 0.0;
                    while i < points.len() && points[i].period == *period {
                        let p = &points[i];
                        if let Some(q) = usize::try_from(p.quad_class - 1)
                            .ok()
                            .and_then(|q| quads.get_mut(q))
                        {
                            *q += p.events;
                        }
                        #[allow(clippy::cast_precision_loss)]
                        {
                            sum += p.mean_goldstein * p.events as f64;
                        }
                        i += 1;
                    }
                    let total: i64 = quads.iter().sum();
                    #[allow(clippy::cast_precision_loss)]
                    let mean = if total > 0 { sum / total as f64 } else { 0.0 };
                    let _ = writeln!(
                        o,
                        "{period:<10}  {:>9}  {:>9}  {:>9}  {:>9}  {total:>6}  {mean:>+9.2}",
                        quads[0], quads[1], quads[2], quads[3]
                    );
                }
            }
        }
        QueryWhat::Event { id } => {
            let mentions = store.mentions(*id)?;
            if mentions.is_empty() {
                anyhow::bail!("no event {id}");
            }
            if args.json {
                o = serde_json::to_string(&serde_json::json!({"id": id, "mentions": mentions}))?
                    + "\n";
            } else {
                for m in &mentions {
                    let _ = writeln!(
                        o,
                        "{}  {}  {}  code {}  [{}]{}",
                        m.doc_date.as_deref().unwrap_or("----------"),
                        m.publisher,
                        m.doc_id,
                        m.code,
                        m.modality,
                        if m.quoted { " quoted" } else { "" }
                    );
                    let _ = writeln!(o, "    {}", m.sentence.text.trim());
                    let _ = writeln!(
                        o,
                        "    predicate {:?} [{}–{}]{}{}",
                        m.predicate.text,
                        m.predicate.start,
                        m.predicate.end,
                        m.source
                            .as_ref()
                            .map(|s| format!(", source {:?} [{}–{}]", s.text, s.start, s.end))
                            .unwrap_or_default(),
                        m.target
                            .as_ref()
                            .map(|s| format!(", target {:?} [{}–{}]", s.text, s.start, s.end))
                            .unwrap_or_default()
                    );
                    if let Some(d) = &m.date {
                        let _ = writeln!(
                            o,
                            "    date {d} (from the {})",
                            m.date_source.as_deref().unwrap_or("text")
                        );
                    }
                }
            }
        }
        QueryWhat::Actor { name } => {
            let reports = store.actor(name)?;
            if args.json {
                o = serde_json::to_string(&reports)? + "\n";
            } else if reports.is_empty() {
                let _ = writeln!(o, "no actor called {name:?}");
            } else {
                for a in &reports {
                    let _ = writeln!(
                        o,
                        "{} ({}, {})  id {}  seen {} … {} in {} documents, {} mentions",
                        a.name,
                        if a.code.is_empty() { "-" } else { &a.code },
                        a.kind,
                        a.actor_id,
                        a.first_seen.as_deref().unwrap_or("?"),
                        a.last_seen.as_deref().unwrap_or("?"),
                        a.num_documents,
                        a.num_mentions
                    );
                    for r in &a.roles {
                        let _ = writeln!(
                            o,
                            "    role  {}{}  {} … {}  ({} mentions)",
                            r.role,
                            r.country
                                .as_deref()
                                .map(|c| format!(" ({c})"))
                                .unwrap_or_default(),
                            r.first_seen.as_deref().unwrap_or("?"),
                            r.last_seen.as_deref().unwrap_or("?"),
                            r.evidence
                        );
                    }
                    for p in &a.partners {
                        let _ = writeln!(
                            o,
                            "    partner  {} ({})  {} events, mean Goldstein {:+.1}",
                            p.name, p.code, p.events, p.mean_goldstein
                        );
                    }
                    if !a.roots.is_empty() {
                        let roots: Vec<String> =
                            a.roots.iter().map(|(r, n)| format!("{r}:{n}")).collect();
                        let _ = writeln!(o, "    events by CAMEO root  {}", roots.join("  "));
                    }
                }
            }
        }
    }
    emit(&o)?;
    Ok(ExitCode::SUCCESS)
}
