//! Shared harness code for Herald's fuzz targets.
//!
//! `run_source` drives one input through a source and everything downstream
//! of it (document building, segmentation, JSON output); `check_segments`
//! asserts the segmenter's documented invariants (the same ones the
//! `herald-stages` property tests check).

use herald_core::{Annotation, Doc, Segments};
use herald_io::{doc_json, from_bytes, Format, JsonOptions, SourceOptions};
use herald_stages::segment::segment;

/// Reads `data` as `format` (or sniffed, when `None`), drains every article,
/// and for each one that builds a `Doc`, segments it and renders its JSON.
pub fn run_source(data: &[u8], format: Option<Format>, english_only: bool) {
    let opts = SourceOptions {
        format,
        english_only,
        ..SourceOptions::default()
    };
    let mut sources = from_bytes(data.to_vec(), "fuzz", opts);
    for item in sources.by_ref() {
        let article = match item {
            Ok(article) => article,
            Err(e) => {
                // Error messages must render without panicking.
                let _ = e.to_string();
                continue;
            }
        };
        let Ok(mut doc) = Doc::new(&article) else {
            continue;
        };
        let segments = segment(doc.text());
        check_segments(doc.text(), &segments);
        doc.apply(Annotation::Segments(segments));
        let json = doc_json(
            &doc,
            JsonOptions {
                tokens: true,
                text: true,
            },
        );
        check_json(&json);
    }
    let _ = sources.warnings().len();
}

/// Character offsets in the JSON output must slice the output text to the
/// sentence text (the contract of `herald_io::output`).
fn check_json(json: &serde_json::Value) {
    let text = json["text"].as_str().expect("json has text");
    let chars: Vec<char> = text.chars().collect();
    for s in json["sentences"].as_array().expect("json has sentences") {
        let start = s["start"].as_u64().expect("sentence start") as usize;
        let end = s["end"].as_u64().expect("sentence end") as usize;
        assert!(start <= end && end <= chars.len(), "sentence char span out of bounds");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, s["text"].as_str().expect("sentence text"));
    }
    for t in json["tokens"].as_array().expect("json has tokens") {
        let start = t["start"].as_u64().expect("token start") as usize;
        let end = t["end"].as_u64().expect("token end") as usize;
        assert!(start < end && end <= chars.len(), "token char span out of bounds");
    }
}

/// The segmenter's invariants: tokens in bounds, on char boundaries, sorted,
/// non-overlapping, whitespace-free and covering every non-whitespace
/// character; sentences sorted, non-overlapping, tiling the tokens and lying
/// in their paragraph; paragraphs sorted and non-empty.
pub fn check_segments(text: &str, seg: &Segments) {
    let mut prev_end = 0usize;
    for t in &seg.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(s < e && e <= text.len(), "token {s}..{e} out of bounds (len {})", text.len());
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "token {s}..{e} not on char boundaries"
        );
        assert!(s >= prev_end, "tokens overlap or are unsorted at {s}..{e}");
        assert!(
            !text[s..e].chars().any(char::is_whitespace),
            "token {s}..{e} holds whitespace: {:?}",
            &text[s..e]
        );
        prev_end = e;
    }
    let non_space: usize = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    let covered: usize = seg.tokens.iter().map(|t| t.span.len()).sum();
    assert_eq!(non_space, covered, "tokens must cover every non-whitespace character");

    let mut prev_end = 0usize;
    let mut next_token = 0u32;
    for (i, s) in seg.sentences.iter().enumerate() {
        let (ss, se) = (s.span.start as usize, s.span.end as usize);
        assert!(ss <= se && se <= text.len(), "sentence {ss}..{se} out of bounds");
        assert!(ss >= prev_end, "sentences overlap or are unsorted at {ss}..{se}");
        assert_eq!(s.tokens.start, next_token, "sentences must tile the tokens");
        assert!(s.tokens.start < s.tokens.end, "empty sentence {ss}..{se}");
        assert!(s.tokens.end as usize <= seg.tokens.len(), "sentence token range out of bounds");
        let first = seg.tokens[s.tokens.start as usize].span;
        let last = seg.tokens[s.tokens.end as usize - 1].span;
        assert_eq!(
            (s.span.start, s.span.end),
            (first.start, last.end),
            "sentence span is not its first token's start to last token's end"
        );
        let p = seg
            .paragraphs
            .get(s.paragraph as usize)
            .expect("sentence's paragraph index in bounds");
        assert!(
            p.span.contains(s.span) && p.sentences.contains(&(i as u32)),
            "sentence {i} not inside its paragraph"
        );
        next_token = s.tokens.end;
        prev_end = se;
    }
    assert_eq!(next_token as usize, seg.tokens.len(), "sentences must cover all tokens");

    let mut prev_end = 0usize;
    for p in &seg.paragraphs {
        assert!(
            p.span.start as usize >= prev_end && p.sentences.start < p.sentences.end,
            "paragraphs unsorted, overlapping or empty"
        );
        assert!(p.sentences.end as usize <= seg.sentences.len(), "paragraph sentence range out of bounds");
        prev_end = p.span.end as usize;
    }
}
