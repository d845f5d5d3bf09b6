//! Embeds every file of `assets/` (the web page) in the binary: generates
//! `$OUT_DIR/assets.rs` with one `(name, content type, bytes)` per file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| !n.starts_with('.') && !n.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from("/// The embedded web page: (file name, content type, bytes).\npub const FILES: &[(&str, &str, &[u8])] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
        let path = dir.join(name);
        let _ = writeln!(
            out,
            "    ({name:?}, {:?}, include_bytes!({:?})),",
            content_type(name),
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("assets.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}

include!("src/mime.rs");
