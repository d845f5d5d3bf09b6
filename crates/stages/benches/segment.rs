//! Criterion benchmark of the `segment` stage on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second.
//!
//! Skips with a notice when `../shared/` is absent. The loop asserts the
//! sentence count so that a broken segmenter cannot look fast.

use std::hint::black_box;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use herald_core::{normalize::normalize, Article, Doc, Stage};
use herald_stages::segment::{segment, Segmenter};

fn corpus() -> Option<Vec<String>> {
    Some(
        common::articles("segment")?
            .into_iter()
            .map(|a| normalize(&a.text))
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(texts) = corpus() else { return };
    let bytes: usize = texts.iter().map(String::len).sum();
    let expected: usize = texts.iter().map(|t| segment(t).sentences.len()).sum();
    assert!(
        expected > texts.len(),
        "corpus should have more sentences than documents"
    );

    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("news_politics", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| black_box(segment(black_box(t))).sentences.len())
                .sum();
            assert_eq!(n, expected);
        });
    });
    // Through the Stage trait on built documents, as the pipeline runs it.
    let docs: Vec<Doc> = texts
        .iter()
        .filter_map(|t| Doc::new(&Article::new(t.clone(), None)).ok())
        .collect();
    group.bench_function("news_politics_stage", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Segmenter.run(d).ok());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
