//! Criterion benchmark of the `time` stage on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second, on
//! documents segmented beforehand (the stage alone is measured).
//!
//! Skips with a notice when the corpus is absent. The loop asserts the number
//! of expressions found so that a broken tagger cannot look fast.

use std::hint::black_box;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use herald_core::Stage;
use herald_stages::time::{tag, TimeTagger};

fn bench(c: &mut Criterion) {
    let Some(docs) = common::segmented("time") else {
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let expected: usize = docs.iter().map(|d| tag(d).len()).sum();
    assert!(
        expected > docs.len(),
        "news should have more time expressions than documents"
    );

    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("news_politics", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| black_box(tag(black_box(d))).len())
                .sum();
            assert_eq!(n, expected);
        });
    });
    group.bench_function("news_politics_stage", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(TimeTagger.run(d).ok());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
