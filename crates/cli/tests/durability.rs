//! The store under stress: an ingest killed with SIGKILL at several points
//! and run again ends with every document exactly once and the same events
//! as an uninterrupted ingest; several ingests into one PostgreSQL at once
//! neither duplicate nor lose documents or events.
//!
//! Every ingest here runs with `--no-learned`: roles learned from what a
//! killed run already stored would (rightly) code the rest differently from
//! an uninterrupted run; what these tests compare is storage, not learning
//! (`ingest::learned_roles_apply_to_later_articles_near_their_dates`).

use std::process::{Command, Stdio};

use crate::util::{herald, shared, TempDir};

/// The first `n` articles of the politics corpus, as a file in `dir`.
fn sample(dir: &TempDir, n: usize) -> Option<String> {
    let corpus = shared("corpus/news_politics.jsonl")?;
    let text = std::fs::read_to_string(corpus).unwrap();
    let lines: Vec<&str> = text.lines().take(n).collect();
    Some(dir.write("sample.jsonl", (lines.join("\n") + "\n").as_bytes()))
}

fn stats(store: &[&str]) -> serde_json::Value {
    let mut args = vec!["query"];
    args.extend_from_slice(store);
    args.extend_from_slice(&["stats", "--json"]);
    let out = herald(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn counts(s: &serde_json::Value) -> Vec<u64> {
    [
        "documents",
        "sentences",
        "times",
        "entities",
        "actors",
        "events",
        "event_mentions",
    ]
    .iter()
    .map(|k| s[k].as_u64().unwrap())
    .collect()
}

/// Runs one `herald ingest` per file into PostgreSQL `url`, all at once,
/// one extraction thread each, and checks that every one succeeds.
fn ingest_at_once(url: &str, batch: &str, files: &[&str]) {
    let children: Vec<_> = files
        .iter()
        .map(|file| {
            Command::new(env!("CARGO_BIN_EXE_herald"))
                .args([
                    "ingest",
                    "-q",
                    "--no-learned",
                    "--batch",
                    batch,
                    "--threads",
                    "1",
                    "--postgres",
                    url,
                    file,
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn killed_ingest_rerun_ends_exactly_once() {
    let dir = TempDir::new("crash");
    let Some(input) = sample(&dir, 240) else {
        return;
    };
    let reference = dir.0.join("ref.db").display().to_string();
    let started = std::time::Instant::now();
    let out = herald(
        &[
            "ingest",
            "-q",
            "--no-learned",
            "--batch",
            "16",
            "--db",
            &reference,
            &input,
        ],
        None,
    );
    assert!(out.status.success());
    // Kills at fractions of a whole ingest's time, so that they land while
    // the ingest runs however fast this machine is (each rerun goes on from
    // where the last one stopped).
    let whole = started.elapsed();
    let want = counts(&stats(&["--db", &reference]));
    assert_eq!(want[0], 240);

    let db = dir.0.join("crash.db").display().to_string();
    let mut kills = 0;
    for fraction in [0.1f64, 0.2, 0.3, 0.4] {
        let delay = whole.mul_f64(fraction);
        let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
            .args([
                "ingest",
                "-q",
                "--no-learned",
                "--batch",
                "16",
                "--db",
                &db,
                &input,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            kills += 1;
        }
        child.wait().unwrap();
    }
    let out = herald(
        &[
            "ingest",
            "-q",
            "--no-learned",
            "--batch",
            "16",
            "--db",
            &db,
            &input,
        ],
        None,
    );
    assert!(out.status.success());
    assert!(
        kills > 0,
        "the ingest finished before any kill; make the sample larger"
    );
    assert_eq!(counts(&stats(&["--db", &db])), want, "after {kills} kills");
}

/// Three ingests of the same articles into one PostgreSQL at once, each
/// with its own order of batches: documents and event mentions exactly
/// once, and no two events that the rule would have merged.
#[test]
fn concurrent_ingests_into_postgres_are_exact() {
    let Some(url) = std::env::var("HERALD_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set HERALD_TEST_POSTGRES (.ci/run starts a server)"
        );
        eprintln!("notice: HERALD_TEST_POSTGRES not set; test skipped");
        return;
    };
    let dir = TempDir::new("concurrent");
    let Some(input) = sample(&dir, 150) else {
        return;
    };
    // The same articles in reverse order, so the writers meet in the middle.
    let text = std::fs::read_to_string(&input).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    let reversed = dir.write("reversed.jsonl", (lines.join("\n") + "\n").as_bytes());

    // A schema of this run's own: other runs may share the server.
    let schema = format!("herald_test_concurrent_{}", std::process::id());
    let schema = schema.as_str();
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let scoped = format!("{url}{sep}options=-csearch_path%3D{schema}");

    let reference = dir.0.join("ref.db").display().to_string();
    assert!(herald(
        &[
            "ingest",
            "-q",
            "--no-learned",
            "--batch",
            "8",
            "--db",
            &reference,
            &input
        ],
        None
    )
    .status
    .success());
    let want = counts(&stats(&["--db", &reference]));

    ingest_at_once(&scoped, "8", &[&input, &reversed, &input]);
    let got = counts(&stats(&["--postgres", &scoped]));
    // Documents, their layers, actors and event mentions: exactly once.
    assert_eq!(
        got[..5],
        want[..5],
        "documents, sentences, times, entities, actors"
    );
    assert_eq!(got[6], want[6], "event mentions");
    // Events: which report founds an event depends on arrival order, but no
    // two stored events may be ones the rule merges.
    let pairs: i64 = admin
        .query_one(
            &format!(
                "SELECT count(*) FROM {schema}.events a JOIN {schema}.events b
                   ON a.id < b.id AND a.base_code = b.base_code AND a.source_key = b.source_key
                  AND a.target_key = b.target_key AND a.modality = b.modality
                  AND abs(a.day - b.day) <= 1
                WHERE a.source_key <> '' OR a.target_key <> ''"
            ),
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(pairs, 0, "duplicate events");
    let mentions: i64 = admin
        .query_one(
            &format!("SELECT coalesce(sum(num_mentions), 0)::bigint FROM {schema}.events"),
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(
        mentions as u64, want[6],
        "num_mentions add up to the mentions"
    );

    // A burst: 3 × 40 different articles reporting one event, written by
    // three ingests at once, one article per transaction. Exactly one event
    // with 120 mentions, whatever the interleaving.
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .unwrap();
    let files: Vec<String> = (0..3)
        .map(|w| {
            let lines: Vec<String> = (0..40)
                .map(|k| {
                    serde_json::json!({
                        "id": format!("burst-{w}-{k}"),
                        "date": "2022-02-08",
                        "source": format!("publisher-{w}"),
                        "text": format!("Russia criticized NATO on Monday. It was report {w}-{k}."),
                    })
                    .to_string()
                })
                .collect();
            dir.write(
                &format!("burst-{w}.jsonl"),
                (lines.join("\n") + "\n").as_bytes(),
            )
        })
        .collect();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    ingest_at_once(&scoped, "1", &files);
    let rows = admin
        .query(
            &format!(
                "SELECT num_mentions, num_sources, num_articles FROM {schema}.events WHERE root = '11'"
            ),
            &[],
        )
        .unwrap();
    let got: Vec<(i64, i64, i64)> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(got, vec![(120, 3, 120)], "one event, all its reports");
    let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
}
