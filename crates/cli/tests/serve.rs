//! `herald serve`: the real binary over a store ingested from real articles,
//! checked in headless Chromium by `crates/server/tests/browser/run.mjs`
//! (Playwright driving Debian's Chromium): search, actor, document with its
//! highlighted evidence, network, map, and script payloads in an article that
//! must not run. Screenshots land in `target/browser-screenshots/`.
//!
//! Needs Node.js, `npm ci` in `crates/server/tests/browser` and Chromium
//! (`bash .ci/run` installs them); without them the browser part is skipped
//! with a notice, except under CI, where it fails.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use crate::util::{herald, root, shared, TempDir};

/// A running `herald serve`, killed on drop.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(args: &[&str]) -> Result<Server, String> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
            .arg("serve")
            .args(args)
            .current_dir(root())
            .env_remove("HERALD_TOKEN")
            .env_remove("HERALD_WEB_DIR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("herald runs");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout).read_line(&mut line).expect("read");
        let Some(url) = line
            .trim()
            .rsplit(" at ")
            .next()
            .filter(|u| u.starts_with("http://"))
        else {
            let _ = child.kill();
            let out = child.wait_with_output().expect("wait");
            return Err(format!(
                "no address printed: {line:?}; stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        };
        Ok(Server {
            url: url.to_owned(),
            child,
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An article whose title and text carry script payloads.
const PROBE: &str = r#"{"id":"xss-probe","date":"2022-03-01","source":"probe","title":"xssprobe <script>window.__xss=1</script> <img src=x onerror=\"window.__xss=2\">","text":"The xssprobe article quotes <script>window.__xss=1</script> and <img src=x onerror=\"window.__xss=2\"> as plain text.\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday, the xssprobe report said."}"#;

#[test]
fn serve_refuses_an_open_address_without_a_token_and_a_missing_store() {
    let out = herald(&["serve", "--db", "/nonexistent/herald.db"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
    let dir = TempDir::new("serve-open");
    let db = dir.0.join("s.db");
    let a = dir.write("a.json", PROBE.as_bytes());
    assert!(
        herald(&["ingest", "-q", "--db", db.to_str().unwrap(), &a], None)
            .status
            .success()
    );
    let out = herald(
        &["serve", "--db", db.to_str().unwrap(), "--addr", "0.0.0.0:0"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token"));
}

#[test]
fn the_page_works_in_a_real_browser() {
    let Some(corpus) = shared("corpus/news_politics.jsonl") else {
        return;
    };
    let browser_dir = root().join("crates/server/tests/browser");
    let ci = std::env::var_os("CI").is_some();
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let missing: Vec<&str> = [
        (
            Command::new("node").arg("--version").output().is_err(),
            "node",
        ),
        (!Path::new(&chromium).exists(), "chromium"),
        (
            !browser_dir.join("node_modules/playwright-core").exists(),
            "playwright-core (npm ci)",
        ),
    ]
    .iter()
    .filter(|m| m.0)
    .map(|m| m.1)
    .collect();
    if !missing.is_empty() {
        assert!(!ci, "CI must install {missing:?} (.ci/run does)");
        eprintln!("notice: {missing:?} missing; browser test skipped");
        return;
    }

    // A store of 400 real articles and the probe.
    let dir = TempDir::new("serve-browser");
    let text = std::fs::read_to_string(corpus).unwrap();
    let head: String = text.lines().take(400).map(|l| format!("{l}\n")).collect();
    let articles = dir.write("articles.jsonl", head.as_bytes());
    let probe = dir.write("probe.json", PROBE.as_bytes());
    let db = dir.0.join("web.db");
    let out = herald(
        &[
            "ingest",
            "-q",
            "--db",
            db.to_str().unwrap(),
            &articles,
            &probe,
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let server = Server::start(&["--db", db.to_str().unwrap(), "--addr", "127.0.0.1:0"]).unwrap();
    let shots = root().join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let out = Command::new("node")
        .arg("run.mjs")
        .arg(&server.url)
        .arg(&shots)
        .current_dir(&browser_dir)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{report}");
    assert!(out.status.success(), "browser checks failed:\n{report}");
    assert!(
        report.contains("ok  xss"),
        "the script-payload check did not run:\n{report}"
    );
    drop(server);
}
