//! Criterion benchmark of the `quotes` stage on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second, on
//! documents annotated beforehand with the layers it reads (segments,
//! times, entities, actors): the stage alone is measured.
//!
//! Skips with a notice when the corpus is absent. The loop asserts the number
//! of quotes found so that a broken stage cannot look fast.
//! `news_politics_cpu` times the same loop by the thread's CPU time (Linux),
//! for a figure that other processes on a shared machine do not lower.

use std::hint::black_box;
use std::time::Duration;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use herald_core::Stage;
use herald_stages::quotes::{find, QuoteFinder};

fn bench(c: &mut Criterion) {
    let Some(docs) = common::annotated("quotes", &["segment", "time", "entities", "actors"]) else {
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let expected: usize = docs.iter().map(|d| find(d).len()).sum();
    assert!(
        expected > docs.len(),
        "political news should quote more than once per article"
    );

    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("news_politics", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| black_box(find(black_box(d))).len())
                .sum();
            assert_eq!(n, expected);
        });
    });
    // The same work timed by this thread's CPU time rather than the wall
    // clock, so that other processes on a shared machine do not count:
    // "MB/s on one core".
    if thread_cpu_time().is_some() {
        group.bench_function("news_politics_cpu", |b| {
            b.iter_custom(|iters| {
                let t0 = thread_cpu_time().unwrap_or_default();
                for _ in 0..iters {
                    let n: usize = docs
                        .iter()
                        .map(|d| black_box(find(black_box(d))).len())
                        .sum();
                    assert_eq!(n, expected);
                }
                thread_cpu_time().unwrap_or_default().saturating_sub(t0)
            });
        });
    }
    group.bench_function("news_politics_stage", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(QuoteFinder.run(d).ok());
            }
        });
    });
    group.finish();
}

/// User and system CPU time of the calling thread, from
/// `/proc/thread-self/stat` (Linux; clock ticks of 1/100 s), or `None`
/// elsewhere.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces) and its ')'.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

criterion_group!(benches, bench);
criterion_main!(benches);
