//! `herald eval`: quotes on a small gold file written for the test, the
//! seed's expected quotes and places on a geoparsing dev file (both read from
//! `../shared/` at run time, skipped with a notice when it is absent).

use crate::util::{herald, shared, TempDir};

#[test]
fn eval_quotes_scores_a_made_up_gold_file() {
    let dir = TempDir::new("eval-quotes");
    // Gold offsets count characters ("ü" is one), as in the PolNeAR files.
    let text = "\"We will keep talking, always,\" Müller said. Later Dubois warned that the talks could fail.";
    let find = |s: &str| {
        let i = text.find(s).unwrap();
        let start = text[..i].chars().count();
        (start, start + s.chars().count())
    };
    let (qa, qb) = find("\"We will keep talking, always,\"");
    let (sa, sb) = find("Müller");
    let (ia, ib) = find("the talks could fail");
    let (da, db) = find("Dubois");
    let gold = serde_json::json!({
        "id": "t1", "date": "2022-02-08", "text": text,
        "quotes": [
            {"start": qa, "end": qb, "spans": [[qa, qb]], "speaker": "Müller",
             "speaker_start": sa, "speaker_end": sb, "cue": "said", "kind": "direct"},
            {"start": ia, "end": ib, "spans": [[ia, ib]], "speaker": "Dubois",
             "speaker_start": da, "speaker_end": db, "cue": "warned", "kind": "indirect"}
        ]
    });
    let path = dir.write("gold.jsonl", format!("{gold}\n").as_bytes());
    let out = herald(&["eval", "quotes", "--gold", &path, "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "docs",
        "gold",
        "predicted",
        "quote_f1",
        "direct_quote_f1",
        "speaker_accuracy",
    ] {
        assert!(r.get(key).is_some(), "{key} missing: {r}");
    }
    assert_eq!(r["docs"], 1);
    assert_eq!(r["gold"], 2);
    assert_eq!(r["quote_f1"], 1.0, "{r}");
    assert_eq!(r["direct_quote_f1"], 1.0, "{r}");
    assert_eq!(r["speaker_accuracy"], 1.0, "{r}");
}

#[test]
fn eval_quotes_names_a_bad_gold_line() {
    let dir = TempDir::new("eval-quotes-bad");
    let path = dir.write("gold.jsonl", b"{\"id\":\"x\"}\n");
    let out = herald(&["eval", "quotes", "--gold", &path], None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gold.jsonl:1:"), "{err}");
}

#[test]
fn eval_seed_finds_the_expected_quotes_with_speakers_and_sources() {
    let (Some(expected), Some(article)) = (
        shared("seed/expected.json"),
        shared("seed/article_2022-02-08.txt"),
    ) else {
        return;
    };
    let out = herald(
        &[
            "eval",
            "seed",
            "--expected",
            &expected.display().to_string(),
            "--article",
            &article.display().to_string(),
            "--json",
        ],
        None,
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r["quotes_expected"].as_u64().unwrap() > 0, "{r}");
    assert_eq!(r["quotes_found"], r["quotes_expected"], "{r}");
}

#[test]
fn eval_places_scores_a_dev_file_when_shared_is_present() {
    let Some(gold) = shared("eval/geo_trnews_dev.jsonl") else {
        return;
    };
    let gold = gold.display().to_string();
    let out = herald(&["eval", "places", "--gold", &gold, "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "docs",
        "gold",
        "predicted",
        "toponym_precision",
        "toponym_recall",
        "toponym_f1",
        "overlap_f1",
        "resolved",
        "acc_at_161km",
        "mean_error_km",
        "median_error_km",
    ] {
        assert!(r.get(key).is_some(), "{key} missing: {r}");
    }
    assert!(r["docs"].as_u64().unwrap() > 10, "{r}");
    assert!(r["gold"].as_u64().unwrap() > 100, "{r}");
    assert!(r["predicted"].as_u64().unwrap() > 0, "{r}");
    for key in [
        "toponym_precision",
        "toponym_recall",
        "toponym_f1",
        "overlap_f1",
        "acc_at_161km",
    ] {
        let v = r[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&v), "{key} = {v}: {r}");
    }
    // Not exact scores: only that recognition and resolution work at all.
    assert!(r["toponym_f1"].as_f64().unwrap() > 0.3, "{r}");
    assert!(r["overlap_f1"].as_f64() >= r["toponym_f1"].as_f64(), "{r}");
    let resolved = r["resolved"].as_u64().unwrap();
    assert!(
        resolved > 0 && resolved <= r["gold"].as_u64().unwrap(),
        "{r}"
    );
    assert!(r["acc_at_161km"].as_f64().unwrap() > 0.1, "{r}");
    assert!(r["mean_error_km"].as_f64().unwrap() >= 0.0, "{r}");
}
