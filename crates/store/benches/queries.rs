//! Query latency on a large store (issue: p95 ≤ 50 ms at 10 million events
//! for an actor/date-range query and for a root-code count by month).
//!
//! Needs a store built with `herald dev scale` (see the store crate docs):
//!   HERALD_BENCH_SQLITE=/path/to/scale.db cargo bench -p herald-store --bench queries
//!   HERALD_BENCH_POSTGRES=postgres://… cargo bench -p herald-store --bench queries
//! Without either variable it prints a notice and measures nothing.
//!
//! Each query kind runs `RUNS` times with varying parameters (the most
//! frequent actors, 30-day windows across the store's range, every CAMEO
//! root) after a warm-up pass; the report gives p50, p95 and p99 in
//! milliseconds.

use std::time::Instant;

use herald_store::{Bucket, EventFilter, Store};

const RUNS: usize = 200;

fn percentiles(mut ms: Vec<f64>) -> (f64, f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let i = ((ms.len() as f64 - 1.0) * q).round() as usize;
        ms[i.min(ms.len() - 1)]
    };
    (at(0.50), at(0.95), at(0.99))
}

fn time_runs(mut f: impl FnMut(usize)) -> Vec<f64> {
    for i in 0..RUNS / 10 {
        f(i); // warm-up
    }
    (0..RUNS)
        .map(|i| {
            let t = Instant::now();
            f(i);
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect()
}

fn bench(name: &str, store: &dyn Store) {
    let stats = store.stats().expect("stats");
    println!(
        "{name}: {} documents, {} events, {} actors",
        stats.documents, stats.events, stats.actors
    );
    let (Some(first), Some(last)) = (
        stats
            .first_date
            .as_deref()
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok()),
        stats
            .last_date
            .as_deref()
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok()),
    ) else {
        println!("  empty store; nothing measured");
        return;
    };
    // The actors of the most events: the network's heaviest nodes.
    let net = store
        .network(&EventFilter {
            limit: 400,
            ..EventFilter::default()
        })
        .expect("network");
    let mut actors: Vec<_> = net
        .nodes
        .iter()
        .map(|n| (n.events, n.name.clone()))
        .collect();
    actors.sort_by_key(|a| std::cmp::Reverse(a.0));
    let actors: Vec<String> = actors.into_iter().take(20).map(|a| a.1).collect();
    let span = (last - first).num_days().max(31);
    let mut rows = 0usize;
    let by_actor = time_runs(|i| {
        let start = first + chrono::TimeDelta::days((i as i64 * 7919) % (span - 30));
        let page = store
            .events(&EventFilter {
                actor: Some(actors[i % actors.len()].clone()),
                from: Some(start),
                to: Some(start + chrono::TimeDelta::days(30)),
                limit: 50,
                ..EventFilter::default()
            })
            .expect("events");
        rows += page.len();
    });
    let (p50, p95, p99) = percentiles(by_actor);
    println!(
        "  actor + 30-day range, 50 per page: p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms ({} rows/query on average)",
        rows / RUNS.max(1)
    );
    let roots: Vec<String> = (1..=20).map(|r| format!("{r:02}")).collect();
    let by_month = time_runs(|i| {
        let points = store
            .timeline(
                &EventFilter {
                    root: Some(roots[i % roots.len()].clone()),
                    ..EventFilter::default()
                },
                Bucket::Month,
            )
            .expect("timeline");
        assert!(i % 20 != 3 || !points.is_empty(), "root 04 has events");
    });
    let (p50, p95, p99) = percentiles(by_month);
    println!(
        "  events of a CAMEO root by month: p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms"
    );
}

fn main() {
    let mut any = false;
    if let Ok(path) = std::env::var("HERALD_BENCH_SQLITE") {
        any = true;
        let store = herald_store::sqlite::SqliteStore::open(&path).expect("open the SQLite store");
        bench(&format!("SQLite {path}"), &store);
    }
    #[cfg(feature = "postgres")]
    if let Ok(url) = std::env::var("HERALD_BENCH_POSTGRES") {
        any = true;
        let store = herald_store::postgres::PostgresStore::connect(&url).expect("connect");
        bench("PostgreSQL", &store);
    }
    if !any {
        println!(
            "notice: set HERALD_BENCH_SQLITE and/or HERALD_BENCH_POSTGRES to a store built with `herald dev scale`; nothing measured"
        );
    }
}
