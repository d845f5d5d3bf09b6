//! Scores for quotes: attributions in political news (PolNeAR,
//! `quotes_polnear_*`), and the seed article's expected quotes.
//!
//! Matching rules, stated once (`../shared/eval/README.md`):
//! - A predicted quote **matches** a gold attribution when their spans
//!   overlap by at least half of the shorter one. Multi-piece quotes count
//!   their pieces (gold `spans`, Herald's `pieces`), not the attribution
//!   between them. Pairs are matched one to one, largest overlap first.
//! - `quote_f1`: every prediction against every gold attribution.
//! - `direct_quote_f1`: precision is the share of Herald's direct quotes
//!   that match *any* gold attribution (PolNeAR often marks a quoted passage
//!   inside a larger "mixed" attribution); recall is the share of gold
//!   attributions of kind direct or mixed matched (one to one) by a direct
//!   quote.
//! - `indirect_quote_f1`: Herald's indirect quotes against gold indirect
//!   attributions, one to one (PolNeAR counts paraphrase and belief as
//!   attribution, so this is reported, not tuned for).
//! - `speaker_accuracy`, on the `quote_f1` pairs whose gold speaker is
//!   given: right when the mention Herald attributed the quote through
//!   overlaps the gold speaker's span, or when its text (or its actor's
//!   name) shares a content word with the gold speaker's text.

use std::io::BufRead;

use herald_core::{offsets::CharOffsets, Article, Doc, NaiveDate, QuoteKind};
use herald_pipeline::Pipeline;
use serde::{Deserialize, Serialize};

use crate::{prf, EvalError};

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldQuote {
    start: u32,
    end: u32,
    #[serde(default)]
    spans: Vec<(u32, u32)>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    speaker_start: Option<u32>,
    #[serde(default)]
    speaker_end: Option<u32>,
    #[serde(default)]
    kind: String,
}

/// One quote as scored, in character offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Quoted pieces, `[start, end)` in characters.
    pub pieces: Vec<(u32, u32)>,
    /// `direct`, `indirect` or (gold only) `mixed`.
    pub kind: String,
    /// The speaker's mention, in characters.
    pub speaker_span: Option<(u32, u32)>,
    /// The speaker's mention as written.
    pub speaker: String,
    /// The resolved actor's name (Herald only).
    pub actor: String,
    /// The quoted text (pieces joined).
    pub text: String,
}

impl Item {
    fn len(&self) -> u32 {
        self.pieces.iter().map(|&(a, b)| b.saturating_sub(a)).sum()
    }
}

/// Characters two quotes share.
fn overlap(a: &Item, b: &Item) -> u32 {
    let mut n = 0;
    for &(s, e) in &a.pieces {
        for &(t, f) in &b.pieces {
            n += e.min(f).saturating_sub(s.max(t));
        }
    }
    n
}

/// Whether predicted `p` matches gold `g`: overlapping by at least half of
/// the shorter.
#[must_use]
pub fn matches(p: &Item, g: &Item) -> bool {
    let o = overlap(p, g);
    o > 0 && 2 * o >= p.len().min(g.len())
}

/// One-to-one matching of `pred` (filtered) against `gold` (filtered),
/// largest overlap first: the matched (pred, gold) index pairs.
fn match_pairs(
    pred: &[Item],
    gold: &[Item],
    p_ok: impl Fn(&Item) -> bool,
    g_ok: impl Fn(&Item) -> bool,
) -> Vec<(usize, usize)> {
    let mut cands: Vec<(u32, usize, usize)> = Vec::new();
    for (i, p) in pred.iter().enumerate().filter(|(_, p)| p_ok(p)) {
        for (j, g) in gold.iter().enumerate().filter(|(_, g)| g_ok(g)) {
            if matches(p, g) {
                cands.push((overlap(p, g), i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if !pu[i] && !gu[j] {
            pu[i] = true;
            gu[j] = true;
            out.push((i, j));
        }
    }
    out
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "he",
    "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "him",
    "them", "us", "me", "who", "that", "this", "these", "those", "said", "says", "mr", "mrs", "ms",
    "dr",
];

fn content_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
}

/// Whether Herald's speaker of `p` is the gold speaker of `g`.
#[must_use]
pub fn same_speaker(p: &Item, g: &Item) -> bool {
    if let (Some((a, b)), Some((c, d))) = (p.speaker_span, g.speaker_span) {
        if a < d && c < b {
            return true;
        }
    }
    if p.speaker.is_empty() && p.actor.is_empty() {
        return false;
    }
    let gw: Vec<String> = content_words(&g.speaker).collect();
    content_words(&p.speaker)
        .chain(content_words(&p.actor))
        .any(|w| gw.contains(&w))
}

/// A disagreement, for reading what fails.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Document id.
    pub doc: String,
    /// What is wrong: `missed`, `spurious` or `speaker`.
    pub what: &'static str,
    /// Gold attribution, if any.
    pub gold: Option<Item>,
    /// Herald's quote, if any.
    pub predicted: Option<Item>,
}

/// The scores, as `herald eval quotes --json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Documents scored.
    pub docs: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Herald's quotes.
    pub predicted: usize,
    /// F1 over all attributions, one to one.
    pub quote_f1: f64,
    /// Precision over all attributions.
    pub quote_precision: f64,
    /// Recall over all attributions.
    pub quote_recall: f64,
    /// F1 of Herald's direct quotes (see the module's rules).
    pub direct_quote_f1: f64,
    /// Share of Herald's direct quotes matching any gold attribution.
    pub direct_precision: f64,
    /// Share of gold direct and mixed attributions found by a direct quote.
    pub direct_recall: f64,
    /// Gold attributions of kind direct or mixed.
    pub gold_direct: usize,
    /// Herald's direct quotes.
    pub predicted_direct: usize,
    /// F1 of Herald's indirect quotes against gold indirect attributions.
    pub indirect_quote_f1: f64,
    /// Precision of indirect quotes.
    pub indirect_precision: f64,
    /// Recall of indirect quotes.
    pub indirect_recall: f64,
    /// Gold indirect attributions.
    pub gold_indirect: usize,
    /// Herald's indirect quotes.
    pub predicted_indirect: usize,
    /// Share of matched pairs (with a gold speaker) whose speaker is right.
    pub speaker_accuracy: f64,
    /// Matched pairs with a gold speaker.
    pub speaker_scored: usize,
    /// Speaker accuracy on matched pairs of Herald's direct quotes.
    pub direct_speaker_accuracy: f64,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// Herald's quotes of `doc` as scored items.
#[must_use]
pub fn predicted_items(doc: &Doc) -> Vec<Item> {
    let offsets = CharOffsets::new(doc.text());
    let actors = doc.actors();
    doc.quotes()
        .iter()
        .map(|q| Item {
            pieces: q.pieces.iter().map(|p| offsets.char_span(*p)).collect(),
            kind: q.kind.as_str().to_owned(),
            speaker_span: q.speaker.as_ref().map(|s| offsets.char_span(s.span)),
            speaker: q
                .speaker
                .as_ref()
                .map_or(String::new(), |s| doc.text_of(s.span).to_owned()),
            actor: q
                .speaker
                .as_ref()
                .and_then(|s| s.actor)
                .and_then(|a| actors.actors.get(a as usize))
                .map_or(String::new(), |a| a.name.clone()),
            text: q
                .pieces
                .iter()
                .map(|p| doc.text_of(*p))
                .collect::<Vec<_>>()
                .join(" … "),
        })
        .collect()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
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
        quote_f1: 0.0,
        quote_precision: 0.0,
        quote_recall: 0.0,
        direct_quote_f1: 0.0,
        direct_precision: 0.0,
        direct_recall: 0.0,
        gold_direct: 0,
        predicted_direct: 0,
        indirect_quote_f1: 0.0,
        indirect_precision: 0.0,
        indirect_recall: 0.0,
        gold_indirect: 0,
        predicted_indirect: 0,
        speaker_accuracy: 0.0,
        speaker_scored: 0,
        direct_speaker_accuracy: 0.0,
        misses: Vec::new(),
    };
    let (mut tp, mut direct_any, mut direct_found, mut indirect_tp) = (0, 0, 0, 0);
    let (mut speaker_right, mut direct_scored, mut direct_right) = (0, 0, 0);
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let gold: GoldDoc = serde_json::from_str(&line).map_err(|e| EvalError::Format {
            path: path.to_owned(),
            line: n + 1,
            message: e.to_string(),
        })?;
        let date = gold
            .date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
        let mut article = Article::new(gold.text.clone(), date);
        article.id = Some(gold.id.clone());
        let pred = match pipeline.extract(&article) {
            Ok(doc) => predicted_items(&doc),
            Err(_) => Vec::new(),
        };
        let chars: Vec<char> = gold.text.chars().collect();
        // Herald's offsets count characters of the normalized text (NFC);
        // gold offsets of a text that normalization changes are moved there.
        let changed = herald_core::normalize::normalize(&gold.text) != gold.text;
        let at = |o: u32| -> u32 {
            if !changed {
                return o;
            }
            let prefix: String = chars.iter().take(o as usize).collect();
            herald_core::normalize::normalize(&prefix).chars().count() as u32
        };
        let slice = |a: u32, b: u32| -> String {
            chars
                .get(a as usize..b as usize)
                .map(|c| c.iter().collect())
                .unwrap_or_default()
        };
        let golds: Vec<Item> = gold
            .quotes
            .iter()
            .map(|g| {
                let pieces: Vec<(u32, u32)> = if g.spans.is_empty() {
                    vec![(g.start, g.end)]
                } else {
                    g.spans.clone()
                };
                let speaker_span = match (g.speaker_start, g.speaker_end) {
                    (Some(a), Some(b)) if a < b => Some((at(a), at(b))),
                    _ => None,
                };
                Item {
                    text: pieces
                        .iter()
                        .map(|&(a, b)| slice(a, b))
                        .collect::<Vec<_>>()
                        .join(" … "),
                    pieces: pieces.iter().map(|&(a, b)| (at(a), at(b))).collect(),
                    kind: g.kind.clone(),
                    speaker_span,
                    speaker: g.speaker.clone().unwrap_or_default(),
                    actor: String::new(),
                }
            })
            .collect();
        r.docs += 1;
        r.gold += golds.len();
        r.predicted += pred.len();
        let is_direct = |i: &Item| i.kind == "direct";
        let is_indirect = |i: &Item| i.kind == "indirect";
        r.predicted_direct += pred.iter().filter(|p| is_direct(p)).count();
        r.predicted_indirect += pred.iter().filter(|p| is_indirect(p)).count();
        r.gold_direct += golds
            .iter()
            .filter(|g| matches!(g.kind.as_str(), "direct" | "mixed"))
            .count();
        r.gold_indirect += golds.iter().filter(|g| is_indirect(g)).count();
        direct_any += pred
            .iter()
            .filter(|p| is_direct(p) && golds.iter().any(|g| matches(p, g)))
            .count();
        direct_found += match_pairs(&pred, &golds, is_direct, |g| {
            matches!(g.kind.as_str(), "direct" | "mixed")
        })
        .len();
        indirect_tp += match_pairs(&pred, &golds, is_indirect, is_indirect).len();
        let pairs = match_pairs(&pred, &golds, |_| true, |_| true);
        tp += pairs.len();
        let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; golds.len()]);
        for &(i, j) in &pairs {
            pu[i] = true;
            gu[j] = true;
            let (p, g) = (&pred[i], &golds[j]);
            if g.speaker_span.is_none() && g.speaker.is_empty() {
                continue;
            }
            r.speaker_scored += 1;
            let right = same_speaker(p, g);
            speaker_right += usize::from(right);
            if is_direct(p) {
                direct_scored += 1;
                direct_right += usize::from(right);
            }
            if !right {
                r.misses.push(Miss {
                    doc: gold.id.clone(),
                    what: "speaker",
                    gold: Some(g.clone()),
                    predicted: Some(p.clone()),
                });
            }
        }
        for (j, g) in golds.iter().enumerate().filter(|(j, _)| !gu[*j]) {
            let _ = j;
            r.misses.push(Miss {
                doc: gold.id.clone(),
                what: "missed",
                gold: Some(g.clone()),
                predicted: None,
            });
        }
        for (_, p) in pred.iter().enumerate().filter(|(i, _)| !pu[*i]) {
            r.misses.push(Miss {
                doc: gold.id.clone(),
                what: "spurious",
                gold: None,
                predicted: Some(p.clone()),
            });
        }
    }
    let all = prf(tp, r.predicted, r.gold);
    r.quote_f1 = round(all.f1);
    r.quote_precision = round(all.precision);
    r.quote_recall = round(all.recall);
    let (dp, dr) = (
        ratio(direct_any, r.predicted_direct),
        ratio(direct_found, r.gold_direct),
    );
    r.direct_precision = round(dp);
    r.direct_recall = round(dr);
    r.direct_quote_f1 = round(if dp + dr == 0.0 {
        0.0
    } else {
        2.0 * dp * dr / (dp + dr)
    });
    let ind = prf(indirect_tp, r.predicted_indirect, r.gold_indirect);
    r.indirect_quote_f1 = round(ind.f1);
    r.indirect_precision = round(ind.precision);
    r.indirect_recall = round(ind.recall);
    r.speaker_accuracy = round(ratio(speaker_right, r.speaker_scored));
    r.direct_speaker_accuracy = round(ratio(direct_right, direct_scored));
    Ok(r)
}

// ---------------------------------------------------------------------------
// The seed article

/// One expected quote of the seed (`expected.json` → `quotes`).
#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedQuote {
    /// The speaker's name ("Joe Biden").
    pub speaker: String,
    /// Words the quote must contain.
    pub text_contains: String,
    /// The medium it came through, when the article names one ("AP").
    #[serde(default)]
    pub attributed_source: Option<String>,
}

/// One checked expected quote: found, and what Herald gave.
#[derive(Debug, Clone, Serialize)]
pub struct SeedQuote {
    /// The expectation, in words.
    pub what: String,
    /// Found with the right speaker and medium.
    pub ok: bool,
    /// Herald's quote that contains the words, if any.
    pub evidence: Option<String>,
}

fn names(doc: &Doc, p: Option<&herald_core::Participant>) -> Vec<String> {
    let Some(p) = p else {
        return Vec::new();
    };
    let mut out = vec![doc.text_of(p.span).to_owned()];
    if let Some(a) = p.actor.and_then(|a| doc.actors().actors.get(a as usize)) {
        out.push(a.name.clone());
    }
    out
}

/// Whether one of `names` is `want` or ends with it ("Joe Biden" for
/// "Biden"; "the AP report" holds "AP" as a word).
fn names_match(names: &[String], want: &str) -> bool {
    let want = want.to_lowercase();
    names.iter().any(|n| {
        let n = n.to_lowercase();
        n == want
            || n.split(|c: char| !c.is_alphanumeric())
                .collect::<Vec<_>>()
                .windows(want.split_whitespace().count().max(1))
                .any(|w| w.join(" ") == want)
    })
}

/// Checks the seed's expected quotes against Herald's quotes of `doc`: a
/// quote containing the words, whose speaker resolves to the expected
/// person (the actor's name) and, when expected, whose `via` names the
/// medium.
#[must_use]
pub fn check_seed(doc: &Doc, expected: &[ExpectedQuote]) -> Vec<SeedQuote> {
    expected
        .iter()
        .map(|x| {
            let containing: Vec<&herald_core::Quote> = doc
                .quotes()
                .iter()
                .filter(|q| doc.text_of(q.span).contains(&x.text_contains))
                .collect();
            let right = containing.iter().find(|q| {
                let speaker_ok = q
                    .speaker
                    .as_ref()
                    .and_then(|s| s.actor)
                    .and_then(|a| doc.actors().actors.get(a as usize))
                    .is_some_and(|a| names_match(std::slice::from_ref(&a.name), &x.speaker));
                let via_ok = x
                    .attributed_source
                    .as_deref()
                    .is_none_or(|v| names_match(&names(doc, q.via.as_ref()), v));
                speaker_ok && via_ok
            });
            let shown = right.or(containing.first()).map(|q| {
                format!(
                    "{} [{}] speaker {:?} ({}) cue {:?} via {:?}",
                    q.kind.as_str(),
                    if q.kind == QuoteKind::Direct {
                        "marks"
                    } else {
                        "reported"
                    },
                    names(doc, q.speaker.as_ref()).join(" = "),
                    q.speaker.as_ref().map_or("-", |s| s.code.as_str()),
                    q.cue.as_ref().map_or("-", |c| c.lemma.as_str()),
                    names(doc, q.via.as_ref()).join(" = "),
                )
            });
            SeedQuote {
                what: format!(
                    "{}: {:?}{}",
                    x.speaker,
                    x.text_contains,
                    x.attributed_source
                        .as_deref()
                        .map_or(String::new(), |v| format!(" via {v}"))
                ),
                ok: right.is_some(),
                evidence: shown,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn item(pieces: &[(u32, u32)], kind: &str) -> Item {
        Item {
            pieces: pieces.to_vec(),
            kind: kind.to_owned(),
            speaker_span: None,
            speaker: String::new(),
            actor: String::new(),
            text: String::new(),
        }
    }

    #[test]
    fn matching_needs_half_of_the_shorter() {
        let g = item(&[(0, 100)], "direct");
        assert!(matches(&item(&[(40, 60)], "direct"), &g));
        assert!(matches(&item(&[(90, 110)], "direct"), &g));
        assert!(!matches(&item(&[(95, 120)], "direct"), &g));
        // pieces, not the attribution between them
        let two = item(&[(0, 10), (30, 40)], "direct");
        assert!(!matches(&item(&[(12, 28)], "direct"), &two));
        assert!(matches(&item(&[(0, 40)], "direct"), &two));
    }

    #[test]
    fn speakers_match_by_span_or_content_word() {
        let mut p = item(&[(0, 1)], "direct");
        let mut g = p.clone();
        g.speaker = "German Chancellor Olaf Scholz".into();
        g.speaker_span = Some((50, 79));
        p.speaker = "he".into();
        p.speaker_span = Some((10, 12));
        assert!(!same_speaker(&p, &g));
        p.actor = "Olaf Scholz".into();
        assert!(same_speaker(&p, &g));
        p.actor.clear();
        p.speaker_span = Some((70, 76));
        assert!(same_speaker(&p, &g));
    }

    #[test]
    fn scores_a_small_made_up_file() {
        let gold = r#"{"id":"a","date":"2022-02-08","text":"\"We are ready,\" Scholz said. The scheme was called \"silly\" by many. Russia said that the talks had failed.","quotes":[{"start":0,"end":15,"spans":[[0,15]],"speaker":"Scholz","speaker_start":16,"speaker_end":22,"kind":"direct"},{"start":79,"end":104,"speaker":"Russia","speaker_start":64,"speaker_end":70,"kind":"indirect"}]}"#;
        let r = evaluate(&Pipeline::full(), Cursor::new(gold), "g.jsonl").unwrap();
        assert_eq!((r.docs, r.gold), (1, 2));
        assert_eq!(r.predicted, 2, "{r:?}");
        assert!((r.quote_f1 - 1.0).abs() < 1e-4, "{r:?}");
        assert!((r.direct_quote_f1 - 1.0).abs() < 1e-4, "{r:?}");
        assert!((r.speaker_accuracy - 1.0).abs() < 1e-4, "{r:?}");
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let err = evaluate(&Pipeline::full(), Cursor::new("\n{oops"), "g.jsonl").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:2: "), "{err}");
    }
}
