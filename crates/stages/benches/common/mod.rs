//! Shared by the stage benchmarks: the news corpus from `../shared/` (or
//! `$HERALD_SHARED`), read once, as articles or as segmented documents.

use std::path::PathBuf;

use herald_core::{Article, Doc, Stage};
use herald_stages::segment::Segmenter;

/// The articles of `corpus/news_politics.jsonl` (text and date), or `None`
/// with a printed notice when the shared data is absent.
#[allow(dead_code)] // each bench uses what it needs
pub fn articles(bench: &str) -> Option<Vec<Article>> {
    let shared = std::env::var_os("HERALD_SHARED").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        PathBuf::from,
    );
    let path = shared.join("corpus/news_politics.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!(
            "notice: {} not found; {bench} benchmark skipped",
            path.display()
        );
        return None;
    };
    Some(
        data.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                let text = v.get("text")?.as_str()?.to_owned();
                let date = v
                    .get("date")
                    .and_then(|d| d.as_str())
                    .and_then(|d| d.parse().ok());
                Some(Article::new(text, date))
            })
            .collect(),
    )
}

/// The same articles as documents with the `segments` layer applied.
#[allow(dead_code)] // each bench uses what it needs
pub fn segmented(bench: &str) -> Option<Vec<Doc>> {
    let docs = articles(bench)?
        .iter()
        .filter_map(|a| {
            let mut doc = Doc::new(a).ok()?;
            let seg = Segmenter.run(&doc).ok()?;
            doc.apply(seg);
            Some(doc)
        })
        .collect();
    Some(docs)
}

/// The same articles as documents with the layers of `stages` (registry
/// names, in pipeline order) applied, so that a later stage is measured
/// alone.
#[allow(dead_code)] // each bench uses what it needs
pub fn annotated(bench: &str, stages: &[&str]) -> Option<Vec<Doc>> {
    let stages: Vec<Box<dyn Stage>> = stages
        .iter()
        .filter_map(|s| herald_stages::registry::build(s))
        .collect();
    let docs = articles(bench)?
        .iter()
        .filter_map(|a| {
            let mut doc = Doc::new(a).ok()?;
            for s in &stages {
                let layer = s.run(&doc).ok()?;
                doc.apply(layer);
            }
            Some(doc)
        })
        .collect();
    Some(docs)
}
