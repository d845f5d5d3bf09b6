//! `herald bench`.

use crate::util::{herald, shared};

#[test]
fn bench_json_has_the_promised_fields() {
    let Some(corpus) = shared("corpus/news_politics.jsonl") else {
        return;
    };
    let corpus = corpus.display().to_string();
    let out = herald(
        &["bench", "--corpus", &corpus, "--limit", "50", "--json"],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    for key in [
        "docs",
        "bytes",
        "seconds",
        "mb_per_s",
        "docs_per_s",
        "words_per_s",
        "peak_rss_mb",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    assert_eq!(v["docs"], 50);
    assert!(v["bytes"].as_u64().unwrap() > 50_000);
    assert!(v["mb_per_s"].as_f64().unwrap() > 0.0);
}

#[test]
fn bench_on_a_missing_corpus_is_a_clear_error() {
    let out = herald(&["bench", "--corpus", "no/such.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot open no/such.jsonl"), "{err}");
}
