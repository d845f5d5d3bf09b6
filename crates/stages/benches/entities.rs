//! Criterion benchmark of the `entities` stage on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second, on
//! documents segmented beforehand (the stage alone is measured).
//!
//! Skips with a notice when the corpus is absent. The loop asserts the number
//! of mentions found so that a broken tagger cannot look fast.

use std::hint::black_box;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use herald_core::Stage;
use herald_stages::entities::{tag, EntityTagger};

fn bench(c: &mut Criterion) {
    let Some(docs) = common::segmented("entities") else {
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let expected: usize = docs.iter().map(|d| tag(d).len()).sum();
    assert!(
        expected > 5 * docs.len(),
        "news should have several names per document"
    );

    let mut group = c.benchmark_group("entities");
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
                black_box(EntityTagger.run(d).ok());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
