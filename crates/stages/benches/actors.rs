//! Criterion benchmark of the `actors` and `events` stages on real news text
//! (`../shared/corpus/news_politics.jsonl`), in bytes per second, each on
//! documents annotated beforehand by the stages it reads (the stage alone is
//! measured), and of `entities` and `actors` together (issue #3's goal).
//!
//! Skips with a notice when the corpus is absent. The loops assert the
//! number of mentions and events found so that a broken stage cannot look
//! fast.

use std::hint::black_box;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use herald_core::{Doc, Stage};
use herald_stages::actors::{resolve, ActorResolver};
use herald_stages::entities::EntityTagger;
use herald_stages::events::{code, EventCoder};
use herald_stages::time::TimeTagger;

/// Runs `stage` on `doc` and applies its layer.
fn apply(doc: &mut Doc, stage: &dyn Stage) {
    if let Ok(layer) = stage.run(doc) {
        doc.apply(layer);
    }
}

fn bench(c: &mut Criterion) {
    let Some(mut docs) = common::segmented("actors") else {
        return;
    };
    for d in &mut docs {
        apply(d, &TimeTagger);
        apply(d, &EntityTagger);
    }
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let mentions: usize = docs.iter().map(|d| resolve(d).mentions.len()).sum();
    assert!(
        mentions > 5 * docs.len(),
        "news should have several actor mentions per document"
    );

    let mut group = c.benchmark_group("actors");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("news_politics", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| black_box(resolve(black_box(d))).mentions.len())
                .sum();
            assert_eq!(n, mentions);
        });
    });
    group.bench_function("news_politics_with_entities", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(EntityTagger.run(d).ok());
                black_box(ActorResolver::default().run(d).ok());
            }
        });
    });
    group.finish();

    for d in &mut docs {
        apply(d, &ActorResolver::default());
    }
    let events: usize = docs.iter().map(|d| code(d).len()).sum();
    assert!(events > docs.len(), "news should have events");
    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("news_politics", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| black_box(code(black_box(d))).len())
                .sum();
            assert_eq!(n, events);
        });
    });
    group.bench_function("news_politics_stage", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(EventCoder.run(d).ok());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
