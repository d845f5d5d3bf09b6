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

/// The knowledge base learns from what it stores: a role shown with a title
/// in one ingest names the person in a later ingest's article without one —
/// dated near the first, not in 1995.
#[test]
fn learned_roles_apply_to_later_articles_near_their_dates() {
    let dir = TempDir::new("learned");
    let db = dir.0.join("l.db");
    let db = db.to_str().unwrap();
    let first = dir.write(
        "first.jsonl",
        br#"{"id":"k1","date":"2022-02-08","text":"Slovak Foreign Minister Ivan Korcok met German Chancellor Olaf Scholz in Berlin on Monday. Korcok said the talks were useful. Korcok later flew home."}
"#,
    );
    let later = dir.write(
        "later.jsonl",
        br#"{"id":"k2","date":"2022-06-01","text":"Ivan Korcok met Joe Biden in Washington on Tuesday."}
{"id":"k3","date":"1995-06-01","text":"Ivan Korcok met Bill Clinton in Washington on Tuesday."}
"#,
    );
    assert!(herald(&["ingest", "-q", "--db", db, &first], None)
        .status
        .success());
    let out = herald(&["ingest", "-q", "--db", db, &later], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = |from: &str, to: &str| -> Vec<serde_json::Value> {
        let out = herald(
            &[
                "query", "--db", db, "--json", "events", "--from", from, "--to", to,
            ],
            None,
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["events"].as_array().unwrap().clone()
    };
    let june = events("2022-05-01", "2022-06-30");
    assert!(
        june.iter()
            .any(|e| e["source"]["name"] == "Ivan Korcok" && e["source"]["code"] == "SVKGOV"),
        "{june:#?}"
    );
    let old = events("1995-01-01", "1995-12-31");
    assert!(!old.is_empty());
    assert!(
        old.iter()
            .all(|e| e["source"]["code"] != "SVKGOV" && e["target"]["code"] != "SVKGOV"),
        "{old:#?}"
    );
    // `herald kb show`: the learned role, with the dates of the article
    // that gave it (applying it later is not new evidence).
    let out = herald(&["kb", "show", "Ivan Korcok", "--db", db, "--json"], None);
    assert!(out.status.success());
    let kb: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let role = &kb["learned"][0]["roles"][0];
    assert_eq!(role["role"], "foreign minister");
    assert_eq!(role["country"], "SVK");
    assert_eq!(
        (role["first_seen"].as_str(), role["last_seen"].as_str()),
        (Some("2022-02-08"), Some("2022-02-08"))
    );
    assert!(kb["table"].as_array().unwrap().is_empty());
    let out = herald(
        &[
            "kb",
            "show",
            "Olaf Scholz",
            "--db",
            "/nonexistent/x.db",
            "--json",
        ],
        None,
    );
    let kb: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(kb["table"][0]["role"], "chancellor");
    assert_eq!(kb["table"][0]["start"], "2021-12-08");
    let out = herald(&["kb", "show", "Nobody Known", "--db", db], None);
    assert_eq!(out.status.code(), Some(1));
    // Without the learned roles, the June article does not know him.
    let db2 = dir.0.join("l2.db");
    let db2 = db2.to_str().unwrap();
    assert!(herald(&["ingest", "-q", "--db", db2, &first], None)
        .status
        .success());
    assert!(
        herald(&["ingest", "-q", "--no-learned", "--db", db2, &later], None)
            .status
            .success()
    );
    let out = herald(
        &[
            "query",
            "--db",
            db2,
            "--json",
            "events",
            "--from",
            "2022-05-01",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["source"]["code"] != "SVKGOV"));
}

#[test]
fn a_scale_store_grows_from_its_next_copy() {
    let dir = TempDir::new("scale");
    let db = dir.0.join("s.db").display().to_string();
    let scale = |extra: &[&str]| {
        let mut args = vec!["dev", "scale", "examples", "--db", &db];
        args.extend_from_slice(extra);
        let out = herald(&args, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    scale(&["--copies", "2"]);
    assert_eq!(stats(&db)["documents"], 12);
    // Copies 2 and 3 are new; copy 1 again would add nothing.
    scale(&["--first-copy", "2", "--copies", "2"]);
    assert_eq!(stats(&db)["documents"], 24);
    scale(&["--first-copy", "1", "--copies", "1"]);
    assert_eq!(stats(&db)["documents"], 24);
}
