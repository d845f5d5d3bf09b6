//! Shared helpers: running the binary, finding `../shared/`, temp dirs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `<shared>/<rel>`, where `<shared>` is `$HERALD_SHARED` or `../shared`
/// next to the workspace; `None` (with a notice) when it is absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let base =
        std::env::var_os("HERALD_SHARED").map_or_else(|| root().join("../shared"), PathBuf::from);
    let p = base.join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("notice: {} not found; test skipped", p.display());
        None
    }
}

/// Runs `herald` with `args`, feeding `stdin`.
pub fn herald(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_herald"));
    cmd.args(args).current_dir(root()).env_remove("RUST_LOG");
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("herald runs");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin");
        let input = input.to_vec();
        std::thread::spawn(move || pipe.write_all(&input));
    }
    child.wait_with_output().expect("herald finishes")
}

/// The JSON documents printed on standard output.
pub fn docs(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// A fresh temporary directory, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("herald-cli-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write");
        p.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Checks the span invariants of one output document (with `--text`): every
/// offset is a character offset into `text`, sentences are sorted, do not
/// overlap, lie in their paragraph, and `text` outside sentences is
/// whitespace.
pub fn check_offsets(doc: &serde_json::Value) {
    let text: Vec<char> = doc["text"]
        .as_str()
        .expect("--text given")
        .chars()
        .collect();
    let mut covered = vec![false; text.len()];
    let mut prev = 0;
    let paragraphs = doc["paragraphs"].as_array().expect("paragraphs");
    for s in doc["sentences"].as_array().expect("sentences") {
        let (a, z) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(
            prev <= a && a < z && z <= text.len(),
            "sentence [{a}..{z}] out of order or bounds"
        );
        let slice: String = text[a..z].iter().collect();
        assert_eq!(slice, s["text"].as_str().unwrap());
        let p = &paragraphs[s["paragraph"].as_u64().unwrap() as usize];
        assert!(
            p["start"].as_u64().unwrap() as usize <= a && z <= p["end"].as_u64().unwrap() as usize
        );
        covered[a..z].iter_mut().for_each(|c| *c = true);
        prev = z;
    }
    for (i, c) in text.iter().enumerate() {
        assert!(
            covered[i] || c.is_whitespace(),
            "text outside sentences at char {i}: {c:?}"
        );
    }
}

/// A document's segmentation as readable lines of offsets and kinds.
pub fn render(doc: &serde_json::Value) -> String {
    let mut out = format!(
        "date={} paragraphs={} sentences={}\n",
        doc["date"].as_str().unwrap_or("unknown"),
        doc["paragraphs"].as_array().map_or(0, Vec::len),
        doc["sentences"].as_array().map_or(0, Vec::len)
    );
    for s in doc["sentences"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "[{}..{}] p{} {}\n",
            s["start"],
            s["end"],
            s["paragraph"],
            s["kind"].as_str().unwrap_or("?")
        ));
    }
    for a in doc["actors"].as_array().into_iter().flatten() {
        for m in a["mentions"].as_array().into_iter().flatten() {
            out.push_str(&format!(
                "[{}..{}] ACTOR {} {} {} {}\n",
                m["start"],
                m["end"],
                a["id"].as_str().unwrap_or("?"),
                a["code"].as_str().unwrap_or("?"),
                a["kind"].as_str().unwrap_or("?"),
                m["how"].as_str().unwrap_or("?")
            ));
        }
    }
    for t in doc["times"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "[{}..{}] TIMEX {} {} anchor={}\n",
            t["start"],
            t["end"],
            t["type"].as_str().unwrap_or("?"),
            t["value"].as_str().unwrap_or("?"),
            t["anchor"]
        ));
    }
    for q in doc["quotes"].as_array().into_iter().flatten() {
        let code = |p: &serde_json::Value| match p["code"].as_str() {
            None => "-".to_owned(),
            Some("") => "?".to_owned(),
            Some(c) => c.to_owned(),
        };
        out.push_str(&format!(
            "[{}..{}] QUOTE {} pieces={} speaker={} cue={} via={}\n",
            q["start"],
            q["end"],
            q["kind"].as_str().unwrap_or("?"),
            q["pieces"].as_array().map_or(0, Vec::len),
            code(&q["speaker"]),
            q["cue_lemma"].as_str().unwrap_or("-"),
            code(&q["via"]),
        ));
    }
    for e in doc["events"].as_array().into_iter().flatten() {
        // An uncoded participant (a person no table or title codes) by its
        // actor: "(a12)".
        let code = |p: &serde_json::Value| match p["code"].as_str() {
            None => "-".to_owned(),
            Some("") => format!("({})", p["actor_id"].as_str().unwrap_or("?")),
            Some(c) => c.to_owned(),
        };
        out.push_str(&format!(
            "[{}..{}] EVENT {} {}>{} {} quoted={} date={}({}) place={}\n",
            e["evidence"]["predicate"][0],
            e["evidence"]["predicate"][1],
            e["code"].as_str().unwrap_or("?"),
            code(&e["source"]),
            code(&e["target"]),
            e["modality"].as_str().unwrap_or("?"),
            e["quoted"],
            e["date"]["date"].as_str().unwrap_or("-"),
            e["date"]["source"].as_str().unwrap_or("-"),
            e["location"]["name"].as_str().unwrap_or("-"),
        ));
    }
    out
}
