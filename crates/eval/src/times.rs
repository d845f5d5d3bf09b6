//! Time expressions, scored TempEval-3 style.
//!
//! Gold: JSON Lines `{"id","dct","text","timexes":[{"start","end","type","value"}]}`
//! with character offsets. Scores: span F1 strict (same start and end) and
//! relaxed (overlap; one-to-one, in text order), type accuracy over relaxed
//! matches, and value F1 (a relaxed match with the same value counts).

use std::io::BufRead;

use herald_core::{offsets::CharOffsets, Article, NaiveDate};
use herald_pipeline::Pipeline;
use serde::{Deserialize, Serialize};

use crate::{prf, EvalError};

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    dct: Option<String>,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldTimex {
    start: u32,
    end: u32,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

/// One time expression as scored: character offsets, type, value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Start, in characters.
    pub start: u32,
    /// End, in characters.
    pub end: u32,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
    /// The text it covers.
    pub text: String,
}

/// A disagreement, for reading what fails.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Document id.
    pub doc: String,
    /// Gold item, if any.
    pub gold: Option<Item>,
    /// Herald's item, if any.
    pub predicted: Option<Item>,
    /// The document date, as in the gold file.
    pub dct: Option<String>,
    /// The text around the expression (about 60 characters each side, on
    /// one line), with the expression in `[[` `]]`.
    pub context: String,
}

/// The scores, as `herald eval times --json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Documents scored.
    pub docs: usize,
    /// Gold expressions.
    pub gold: usize,
    /// Herald's expressions.
    pub predicted: usize,
    /// Span F1, exact boundaries.
    pub span_f1_strict: f64,
    /// Span F1, overlapping boundaries.
    pub span_f1_relaxed: f64,
    /// Share of relaxed matches with the gold type.
    pub type_accuracy: f64,
    /// F1 of relaxed matches with the gold value.
    pub value_f1: f64,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// Scores `pipeline` on the gold file at `path` (read from `reader`).
///
/// # Errors
/// An unreadable file or a line not in the gold format.
pub fn evaluate(
    pipeline: &Pipeline,
    reader: impl BufRead,
    path: &str,
) -> Result<Report, EvalError> {
    let mut r = Report {
        docs: 0,
        gold: 0,
        predicted: 0,
        span_f1_strict: 0.0,
        span_f1_relaxed: 0.0,
        type_accuracy: 0.0,
        value_f1: 0.0,
        misses: Vec::new(),
    };
    let (mut strict, mut relaxed, mut same_type, mut same_value) = (0, 0, 0, 0);
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
        let dct = match gold.dct.as_deref() {
            Some(s) => Some(
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map_err(|e| format(format!("dct {s:?}: {e}")))?,
            ),
            None => None,
        };
        let mut article = Article::new(gold.text.clone(), dct);
        article.id = Some(gold.id.clone());
        let predicted: Vec<Item> = match pipeline.extract(&article) {
            Ok(doc) => {
                let offsets = CharOffsets::new(doc.text());
                doc.times()
                    .iter()
                    .map(|t| {
                        let (start, end) = offsets.char_span(t.span);
                        Item {
                            start,
                            end,
                            kind: t.kind.as_str().to_owned(),
                            value: t.value.clone(),
                            text: doc.text_of(t.span).to_owned(),
                        }
                    })
                    .collect()
            }
            Err(_) => Vec::new(),
        };
        let chars: Vec<char> = gold.text.chars().collect();
        let gold_items: Vec<Item> = gold
            .timexes
            .iter()
            .map(|g| Item {
                start: g.start,
                end: g.end,
                kind: g.kind.clone(),
                value: g.value.clone(),
                text: chars
                    .get(g.start as usize..g.end as usize)
                    .map(|c| c.iter().collect())
                    .unwrap_or_default(),
            })
            .collect();
        r.docs += 1;
        r.gold += gold_items.len();
        r.predicted += predicted.len();
        let mut used = vec![false; predicted.len()];
        for g in &gold_items {
            let found = predicted
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && p.start < g.end && g.start < p.end)
                .map(|(i, _)| i);
            match found {
                Some(i) => {
                    used[i] = true;
                    let p = &predicted[i];
                    relaxed += 1;
                    strict += usize::from(p.start == g.start && p.end == g.end);
                    same_type += usize::from(p.kind == g.kind);
                    same_value += usize::from(p.value == g.value);
                    if p.value != g.value
                        || p.kind != g.kind
                        || p.start != g.start
                        || p.end != g.end
                    {
                        r.misses.push(Miss {
                            doc: gold.id.clone(),
                            gold: Some(g.clone()),
                            predicted: Some(p.clone()),
                            dct: gold.dct.clone(),
                            context: context(&chars, g.start.min(p.start), g.end.max(p.end)),
                        });
                    }
                }
                None => r.misses.push(Miss {
                    doc: gold.id.clone(),
                    gold: Some(g.clone()),
                    predicted: None,
                    dct: gold.dct.clone(),
                    context: context(&chars, g.start, g.end),
                }),
            }
        }
        for (i, p) in predicted.iter().enumerate() {
            if !used[i] {
                r.misses.push(Miss {
                    doc: gold.id.clone(),
                    gold: None,
                    predicted: Some(p.clone()),
                    dct: gold.dct.clone(),
                    context: context(&chars, p.start, p.end),
                });
            }
        }
    }
    r.span_f1_strict = round(prf(strict, r.predicted, r.gold).f1);
    r.span_f1_relaxed = round(prf(relaxed, r.predicted, r.gold).f1);
    r.type_accuracy = round(if relaxed == 0 {
        0.0
    } else {
        same_type as f64 / relaxed as f64
    });
    r.value_f1 = round(prf(same_value, r.predicted, r.gold).f1);
    Ok(r)
}

/// The characters around `start..end` on one line, the range in `[[ ]]`.
fn context(chars: &[char], start: u32, end: u32) -> String {
    const WIDTH: usize = 60;
    let (start, end) = (start as usize, end as usize);
    let end = end.min(chars.len());
    let start = start.min(end);
    let from = start.saturating_sub(WIDTH);
    let to = (end + WIDTH).min(chars.len());
    let flat = |cs: &[char]| -> String {
        cs.iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!(
        "{}[[{}]]{}",
        flat(chars.get(from..start).unwrap_or_default()),
        flat(chars.get(start..end).unwrap_or_default()),
        flat(chars.get(end..to).unwrap_or_default())
    )
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    #[test]
    fn scores_a_small_made_up_file() {
        // Two gold expressions: one found exactly, one found with a wider
        // span and a wrong value; plus one spurious prediction.
        let gold = r#"{"id":"a","dct":"2022-02-08","text":"They met on Sunday. Talks lasted three days. It rained now.","timexes":[{"start":12,"end":18,"type":"DATE","value":"2022-02-06"},{"start":39,"end":43,"type":"DURATION","value":"P3W"}]}"#;
        let pipeline = Pipeline::full();
        let r = evaluate(&pipeline, Cursor::new(gold), "g.jsonl").unwrap();
        assert_eq!((r.docs, r.gold, r.predicted), (1, 2, 3));
        // strict: 1 of 3 predicted, 1 of 2 gold
        assert!((r.span_f1_strict - 0.4).abs() < 1e-4, "{r:?}");
        assert!((r.span_f1_relaxed - 0.8).abs() < 1e-4);
        assert!((r.type_accuracy - 1.0).abs() < 1e-4);
        assert!((r.value_f1 - 0.4).abs() < 1e-4);
    }

    #[test]
    fn context_marks_the_range_on_one_line() {
        let chars: Vec<char> = "ab\ncd ef".chars().collect();
        assert_eq!(context(&chars, 3, 5), "ab [[cd]] ef");
        assert_eq!(context(&chars, 7, 99), "ab cd e[[f]]");
        assert_eq!(context(&[], 0, 0), "[[]]");
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let err = evaluate(&Pipeline::full(), Cursor::new("\n{oops"), "g.jsonl").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:2: "), "{err}");
    }
}
