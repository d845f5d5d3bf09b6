//! Named entities, scored CoNLL style: exact span and label.
//!
//! Gold: JSON Lines `{"id","text","entities":[{"start","end","label","text"}]}`
//! with character offsets and labels PER, ORG, LOC, MISC. Each document's text
//! goes through the ordinary pipeline with no date; Herald's mentions are
//! converted to character offsets and a prediction is right when its start,
//! end and label are all the gold's. Scores: precision, recall and F1 per
//! label, and micro-averaged over PER, ORG and LOC (the figure compared across
//! systems; MISC is a catch-all whose definition varies between corpora).

use std::io::BufRead;

use herald_core::{offsets::CharOffsets, Article};
use herald_pipeline::Pipeline;
use serde::{Deserialize, Serialize};

use crate::{prf, EvalError};

const LABELS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    entities: Vec<GoldEntity>,
}

#[derive(Debug, Deserialize)]
struct GoldEntity {
    start: u32,
    end: u32,
    label: String,
}

/// One mention as scored: character offsets, label, text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Start, in characters.
    pub start: u32,
    /// End, in characters.
    pub end: u32,
    /// PER, ORG, LOC or MISC.
    pub label: String,
    /// The text it covers.
    pub text: String,
}

/// A disagreement, for reading what fails: a gold mention Herald missed or
/// labelled differently, a prediction with no gold, or both when they overlap.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Document id.
    pub doc: String,
    /// Gold mention, if any.
    pub gold: Option<Item>,
    /// Herald's mention, if any.
    pub predicted: Option<Item>,
}

/// Figures for one label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LabelScore {
    /// Share of predictions that are right.
    pub precision: f64,
    /// Share of gold mentions found.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// Gold mentions.
    pub gold: usize,
    /// Herald's mentions.
    pub predicted: usize,
}

/// Figures per label, in CoNLL order.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[allow(non_snake_case)]
pub struct PerLabel {
    /// People.
    pub PER: LabelScore,
    /// Organisations.
    pub ORG: LabelScore,
    /// Places.
    pub LOC: LabelScore,
    /// Other names.
    pub MISC: LabelScore,
}

/// The scores, as `herald eval entities --json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Documents scored.
    pub docs: usize,
    /// Gold mentions (all labels).
    pub gold: usize,
    /// Herald's mentions (all labels).
    pub predicted: usize,
    /// Per label.
    pub per_label: PerLabel,
    /// F1 micro-averaged over PER, ORG and LOC.
    pub micro_f1: f64,
    /// Precision micro-averaged over PER, ORG and LOC.
    pub micro_precision: f64,
    /// Recall micro-averaged over PER, ORG and LOC.
    pub micro_recall: f64,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// Scores `pipeline` on the gold file at `path` (read from `reader`).
///
/// # Errors
/// An unreadable file or a line not in the gold format (including an unknown
/// label or offsets outside the text).
pub fn evaluate(
    pipeline: &Pipeline,
    reader: impl BufRead,
    path: &str,
) -> Result<Report, EvalError> {
    // Per label: right, predicted, gold.
    let mut counts = [(0usize, 0usize, 0usize); 4];
    let mut docs = 0;
    let mut misses = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let format = |message: String| EvalError::Format {
            path: path.to_owned(),
            line: n + 1,
            message,
        };
        let gold: GoldDoc = serde_json::from_str(&line).map_err(|e| format(e.to_string()))?;
        let chars: Vec<char> = gold.text.chars().collect();
        let mut gold_items = Vec::with_capacity(gold.entities.len());
        for g in &gold.entities {
            if !LABELS.contains(&g.label.as_str()) {
                return Err(format(format!("unknown label {:?}", g.label)));
            }
            let text: String = chars
                .get(g.start as usize..g.end as usize)
                .ok_or_else(|| format(format!("entity {}..{} outside the text", g.start, g.end)))?
                .iter()
                .collect();
            gold_items.push(Item {
                start: g.start,
                end: g.end,
                label: g.label.clone(),
                text,
            });
        }
        let mut article = Article::new(gold.text.clone(), None);
        article.id = Some(gold.id.clone());
        let predicted: Vec<Item> = match pipeline.extract(&article) {
            Ok(doc) => {
                let offsets = CharOffsets::new(doc.text());
                doc.entities()
                    .iter()
                    .map(|m| {
                        let (start, end) = offsets.char_span(m.span);
                        Item {
                            start,
                            end,
                            label: m.label.as_str().to_owned(),
                            text: doc.text_of(m.span).to_owned(),
                        }
                    })
                    .collect()
            }
            Err(_) => Vec::new(),
        };
        docs += 1;
        score_doc(&gold.id, &gold_items, &predicted, &mut counts, &mut misses);
    }
    let score = |(tp, predicted, gold): (usize, usize, usize)| {
        let m = prf(tp, predicted, gold);
        LabelScore {
            precision: round(m.precision),
            recall: round(m.recall),
            f1: round(m.f1),
            gold,
            predicted,
        }
    };
    let micro = counts[..3]
        .iter()
        .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    let m = prf(micro.0, micro.1, micro.2);
    Ok(Report {
        docs,
        gold: counts.iter().map(|c| c.2).sum(),
        predicted: counts.iter().map(|c| c.1).sum(),
        per_label: PerLabel {
            PER: score(counts[0]),
            ORG: score(counts[1]),
            LOC: score(counts[2]),
            MISC: score(counts[3]),
        },
        micro_f1: round(m.f1),
        micro_precision: round(m.precision),
        micro_recall: round(m.recall),
        misses,
    })
}

/// Adds one document's matches to `counts` (per label: right, predicted,
/// gold) and its disagreements to `misses`. Unmatched gold and predicted
/// mentions that overlap are reported as one miss.
fn score_doc(
    doc: &str,
    gold: &[Item],
    predicted: &[Item],
    counts: &mut [(usize, usize, usize); 4],
    misses: &mut Vec<Miss>,
) {
    let index = |label: &str| LABELS.iter().position(|l| *l == label);
    let mut matched = vec![false; predicted.len()];
    let mut unmatched_gold = Vec::new();
    for g in gold {
        if let Some(k) = index(&g.label) {
            counts[k].2 += 1;
        }
        let hit = predicted
            .iter()
            .position(|p| p.start == g.start && p.end == g.end && p.label == g.label);
        match hit {
            Some(i) if !matched[i] => {
                matched[i] = true;
                if let Some(k) = index(&g.label) {
                    counts[k].0 += 1;
                }
            }
            _ => unmatched_gold.push(g),
        }
    }
    for p in predicted {
        if let Some(k) = index(&p.label) {
            counts[k].1 += 1;
        }
    }
    for g in unmatched_gold {
        let near = predicted
            .iter()
            .enumerate()
            .find(|(i, p)| !matched[*i] && p.start < g.end && g.start < p.end)
            .map(|(i, _)| i);
        if let Some(i) = near {
            matched[i] = true;
        }
        misses.push(Miss {
            doc: doc.to_owned(),
            gold: Some(g.clone()),
            predicted: near.and_then(|i| predicted.get(i).cloned()),
        });
    }
    for (p, _) in predicted.iter().zip(&matched).filter(|(_, m)| !**m) {
        misses.push(Miss {
            doc: doc.to_owned(),
            gold: None,
            predicted: Some(p.clone()),
        });
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn item(start: u32, end: u32, label: &str) -> Item {
        Item {
            start,
            end,
            label: label.to_owned(),
            text: String::new(),
        }
    }

    #[test]
    fn entities_scores_exact_span_and_label() {
        // Gold: PER 0..5, LOC 10..16, ORG 20..23, MISC 30..37.
        // Predicted: PER 0..5 (right), LOC 10..16 as ORG (wrong label),
        // ORG 20..26 (wrong end), MISC 30..37 (right), PER 40..44 (spurious).
        let gold = [
            item(0, 5, "PER"),
            item(10, 16, "LOC"),
            item(20, 23, "ORG"),
            item(30, 37, "MISC"),
        ];
        let predicted = [
            item(0, 5, "PER"),
            item(10, 16, "ORG"),
            item(20, 26, "ORG"),
            item(30, 37, "MISC"),
            item(40, 44, "PER"),
        ];
        let mut counts = [(0, 0, 0); 4];
        let mut misses = Vec::new();
        score_doc("d", &gold, &predicted, &mut counts, &mut misses);
        assert_eq!(counts, [(1, 2, 1), (0, 2, 1), (0, 0, 1), (1, 1, 1)]);
        // LOC↔ORG pair, ORG↔ORG pair, spurious PER.
        assert_eq!(misses.len(), 3);
        assert!(misses[0].gold.is_some() && misses[0].predicted.is_some());
        assert!(misses[2].gold.is_none());
    }

    #[test]
    fn entities_scores_a_small_made_up_file() {
        let gold = r#"{"id":"a","text":"Mr. Dimitri Kovalenko flew from Paris to Lagos on Monday .\nKovalenko said nothing .","entities":[{"start":4,"end":21,"label":"PER","text":"Dimitri Kovalenko"},{"start":32,"end":37,"label":"LOC","text":"Paris"},{"start":41,"end":46,"label":"LOC","text":"Lagos"},{"start":59,"end":68,"label":"PER","text":"Kovalenko"}]}"#;
        let r = evaluate(&Pipeline::full(), Cursor::new(gold), "g.jsonl").unwrap();
        assert_eq!((r.docs, r.gold), (1, 4));
        assert_eq!(r.per_label.PER.gold, 2);
        assert_eq!(r.per_label.LOC.gold, 2);
        assert!(r.micro_f1 >= 0.75, "{r:?}");
        assert_eq!(r.misses.len(), r.gold + r.predicted - 2 * tp(&r), "{r:?}");
        let json = serde_json::to_value(&r).unwrap();
        for key in [
            "docs",
            "gold",
            "predicted",
            "micro_f1",
            "micro_precision",
            "micro_recall",
        ] {
            assert!(json.get(key).is_some(), "{key}");
        }
        assert!(json["per_label"]["MISC"]["f1"].is_number());
        assert!(json.get("misses").is_none());
    }

    /// Right mentions, from the per-label figures.
    fn tp(r: &Report) -> usize {
        let l = &r.per_label;
        [l.PER, l.ORG, l.LOC, l.MISC]
            .iter()
            .map(|s| (s.recall * s.gold as f64).round() as usize)
            .sum()
    }

    #[test]
    fn entities_bad_lines_name_file_and_line() {
        let err = evaluate(&Pipeline::full(), Cursor::new("\n{oops"), "g.jsonl").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:2: "), "{err}");
        let bad = r#"{"id":"a","text":"Paris","entities":[{"start":0,"end":5,"label":"CITY","text":"Paris"}]}"#;
        let err = evaluate(&Pipeline::full(), Cursor::new(bad), "g.jsonl").unwrap_err();
        assert!(err.to_string().contains("unknown label"), "{err}");
        let bad = r#"{"id":"a","text":"Paris","entities":[{"start":0,"end":9,"label":"LOC","text":"Paris"}]}"#;
        assert!(evaluate(&Pipeline::full(), Cursor::new(bad), "g.jsonl").is_err());
    }

    /// The figures on the CoNLL-2003 dev set, when `../shared` is present:
    /// `cargo test -p herald-eval --release conll_dev -- --ignored --nocapture`
    /// (`HERALD_SHARED` overrides where `shared` is; `HERALD_ERRORS=N` prints
    /// N misses).
    #[test]
    #[ignore = "reads ../shared/eval/conll2003_dev.jsonl; run by hand"]
    fn entities_conll_dev() {
        let shared = std::env::var_os("HERALD_SHARED").map_or_else(
            || std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
            std::path::PathBuf::from,
        );
        let path = shared.join("eval/conll2003_dev.jsonl");
        let Ok(file) = std::fs::File::open(&path) else {
            eprintln!("notice: {} not found; skipped", path.display());
            return;
        };
        let started = std::time::Instant::now();
        let r = evaluate(
            &Pipeline::full(),
            std::io::BufReader::new(file),
            &path.display().to_string(),
        )
        .unwrap();
        let l = &r.per_label;
        println!("{}", serde_json::to_string(&r).unwrap());
        println!(
            "micro PER+ORG+LOC  P {:.4} R {:.4} F1 {:.4}",
            r.micro_precision, r.micro_recall, r.micro_f1
        );
        for (name, s) in [
            ("PER", l.PER),
            ("ORG", l.ORG),
            ("LOC", l.LOC),
            ("MISC", l.MISC),
        ] {
            println!(
                "{name:<5} P {:.4} R {:.4} F1 {:.4}  gold {:>5} predicted {:>5}",
                s.precision, s.recall, s.f1, s.gold, s.predicted
            );
        }
        println!("({:.2} s)", started.elapsed().as_secs_f64());
        let n = std::env::var("HERALD_ERRORS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let show = |i: &Option<Item>| match i {
            Some(i) => format!("{:?} {} [{}..{}]", i.text, i.label, i.start, i.end),
            None => "-".to_owned(),
        };
        for m in r.misses.iter().take(n) {
            println!(
                "{}\tgold {}\therald {}",
                m.doc,
                show(&m.gold),
                show(&m.predicted)
            );
        }
        assert!(r.micro_f1 > 0.5);
    }
}
