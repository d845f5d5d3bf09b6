//! Criterion benchmark of the `quotes` stage on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second, on
//! documents annotated beforehand with the layers it reads (segments,
//! times, entities, actors): the stage alone is measured.
//!
//! Skips with a notice when the corpus is absent. The loop asserts the number
//! of quotes found so that a broken stage cannot look fast.

use std::hint::black_box;

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
    group.bench_function("news_politics_stage", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(QuoteFinder.run(d).ok());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
