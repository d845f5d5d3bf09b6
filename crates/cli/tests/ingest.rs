//! `herald ingest` and `herald query`: idempotent ingest of the bundled
//! examples, counts, search, failures recorded, clear errors.

use crate::util::{herald, TempDir};

fn stats(db: &str) -> serde_json::Value {
    let out = herald(&["query", "--db", db, "stats", "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn ingest_is_idempotent_and_queryable() {
    let dir = TempDir::new("ingest");
    let db = dir.0.join("h.db").display().to_string();
    let out = herald(
        &[
            "ingest",
            "examples",
            "--db",
            &db,
            "--stages",
            "segment,time",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("ingested 6 new documents"));
    let first = stats(&db);
    assert_eq!(first["documents"], 6);
    assert!(first["sentences"].as_u64().unwrap() > 100);
    assert!(first["times"].as_u64().unwrap() > 30);

    let out = herald(
        &[
            "ingest",
            "examples",
            "--db",
            &db,
            "--stages",
            "segment,time",
        ],
        None,
    );
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("ingested 0 new documents"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stats(&db), first, "re-ingesting adds nothing");

    let out = herald(
        &[
            "query",
            "--db",
            &db,
            "--json",
            "search",
            "ambassadors Geneva",
        ],
        None,
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["date"], "2021-06-17");
}

#[test]
fn failures_are_stored_and_exit_code_is_one() {
    let dir = TempDir::new("ingest-bad");
    let db = dir.0.join("h.db").display().to_string();
    let good = dir.write(
        "good.txt",
        b" date 2022-02-08\nScholz met Biden in Washington.",
    );
    let bad = dir.write("bad.jsonl", b"{oops\n{\"text\":\"Fine line.\"}\n");
    let out = herald(
        &["ingest", &good, &bad, "--db", &db, "--stages", "segment"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let s = stats(&db);
    assert_eq!(
        (s["documents"].as_u64(), s["failures"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn query_without_database_is_a_clear_error() {
    let out = herald(&["query", "--db", "no/such.db", "stats"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such.db: no such database"));
}
