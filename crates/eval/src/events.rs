//! Scores for coded events: PETRARCH-style triples (`petrarch2_gsr_*`),
//! PLOVER type recall (`plover_gsr_*`), and the seed article's expected
//! reading (`seed/expected.json`).
//!
//! Matching rules, stated once:
//! - **Actor codes**: a predicted code matches a gold code when it equals it
//!   or extends it (gold `RUS` matches Herald's `RUSGOV`; gold `USAGOV` does
//!   not match Herald's `USA`).
//! - **Event codes**: the same at the gold code's depth (gold `031` matches
//!   `0311`; gold `0311` does not match `031`); `root_f1` compares the two-digit
//!   roots only.
//! - **PETRARCH files** follow PETRARCH's conventions: events of every
//!   modality count, and when an event has no target the country of its
//!   location stands in. A gold actor `---REB` (PETRARCH's filler for an
//!   unknown country) is Herald's sector-only `REB`, and `---` is no actor.
//! - Triples are matched one to one within a record.

use std::io::BufRead;

use herald_core::{Article, Doc, Event, Modality, NaiveDate};
use herald_pipeline::Pipeline;
use serde::{Deserialize, Serialize};

use crate::{prf, EvalError};

/// Whether predicted actor code `p` matches gold code `g`.
#[must_use]
pub fn actor_matches(p: &str, g: &str) -> bool {
    !g.is_empty() && p.starts_with(g)
}

/// A gold actor code without PETRARCH's `---` filler for an unknown country
/// (`---REB` is Herald's `REB`; `---` alone is no actor).
#[must_use]
pub fn known_part(code: Option<&str>) -> String {
    let c = code.unwrap_or_default();
    c.strip_prefix("---").unwrap_or(c).to_owned()
}

/// Whether predicted CAMEO code `p` matches gold code `g` at `g`'s depth.
#[must_use]
pub fn code_matches(p: &str, g: &str) -> bool {
    !g.is_empty() && p.starts_with(g)
}

fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn lines<'a, T: for<'de> Deserialize<'de>>(
    reader: impl BufRead + 'a,
    path: &'a str,
) -> impl Iterator<Item = Result<(usize, T), EvalError>> + 'a {
    reader.lines().enumerate().filter_map(move |(n, line)| {
        let line = match line {
            Ok(l) => l,
            Err(source) => {
                return Some(Err(EvalError::Io {
                    path: path.to_owned(),
                    source,
                }))
            }
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(
            serde_json::from_str(&line)
                .map(|t| (n + 1, t))
                .map_err(|e| EvalError::Format {
                    path: path.to_owned(),
                    line: n + 1,
                    message: e.to_string(),
                }),
        )
    })
}

fn extract(pipeline: &Pipeline, id: &str, text: &str, date: Option<&str>) -> Option<Doc> {
    let date =
        date.and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
    let mut article = Article::new(text.to_owned(), date);
    article.id = Some(id.to_owned());
    pipeline.extract(&article).ok()
}

// ---------------------------------------------------------------------------
// PETRARCH-style triples

#[derive(Deserialize)]
struct GsrRecord {
    id: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    #[serde(default)]
    expected_events: Vec<GsrEvent>,
}

#[derive(Deserialize, Clone)]
struct GsrEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    code: String,
}

/// One (source, target, code) triple.
#[derive(Debug, Clone, Serialize)]
pub struct Triple {
    /// Source actor code.
    pub source: String,
    /// Target actor code (empty when none).
    pub target: String,
    /// CAMEO code.
    pub code: String,
}

/// A record where Herald and the gold disagree.
#[derive(Debug, Clone, Serialize)]
pub struct TripleMiss {
    /// Record id.
    pub record: String,
    /// The sentence.
    pub text: String,
    /// Gold triples.
    pub gold: Vec<Triple>,
    /// Herald's triples.
    pub predicted: Vec<Triple>,
}

/// Scores of `herald eval events`.
#[derive(Debug, Clone, Serialize)]
pub struct TripleReport {
    /// Records read.
    pub records: usize,
    /// Gold triples.
    pub gold: usize,
    /// Predicted triples.
    pub predicted: usize,
    /// Over full triples.
    pub precision: f64,
    /// Over full triples.
    pub recall: f64,
    /// Over full triples.
    pub f1: f64,
    /// Over triples with the code cut to its root.
    pub root_f1: f64,
    /// The conventions used, for the reader.
    pub convention: &'static str,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<TripleMiss>,
}

/// The triples Herald codes in `doc`, PETRARCH's way: every modality, and
/// the location's country as target when there is none.
#[must_use]
pub fn petrarch_triples(doc: &Doc) -> Vec<Triple> {
    let mut out: Vec<Triple> = Vec::new();
    for e in doc.events() {
        let Some(s) = &e.source else { continue };
        let target = e
            .target
            .as_ref()
            .map(|t| t.code.clone())
            .or_else(|| e.location.as_ref().and_then(|l| l.country.clone()))
            .unwrap_or_default();
        let t = Triple {
            source: s.code.clone(),
            target,
            code: e.coding.code.clone(),
        };
        if !out
            .iter()
            .any(|o| o.source == t.source && o.target == t.target && o.code == t.code)
        {
            out.push(t);
        }
    }
    out
}

fn match_count(gold: &[Triple], predicted: &[Triple], at_root: bool) -> usize {
    let mut used = vec![false; predicted.len()];
    let mut tp = 0;
    for g in gold {
        let hit = predicted.iter().enumerate().position(|(i, p)| {
            !used[i]
                && actor_matches(&p.source, &g.source)
                && (g.target.is_empty() && p.target.is_empty()
                    || actor_matches(&p.target, &g.target))
                && if at_root {
                    root(&p.code) == root(&g.code)
                } else {
                    code_matches(&p.code, &g.code)
                }
        });
        if let Some(i) = hit {
            used[i] = true;
            tp += 1;
        }
    }
    tp
}

/// Scores (source, target, code) triples on a PETRARCH-format file.
///
/// # Errors
/// An unreadable file or a line not in the format.
pub fn evaluate_triples(
    pipeline: &Pipeline,
    reader: impl BufRead,
    path: &str,
) -> Result<TripleReport, EvalError> {
    let (mut records, mut gold_n, mut pred_n, mut tp, mut tp_root) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for item in lines::<GsrRecord>(reader, path) {
        let (_, r) = item?;
        records += 1;
        let gold: Vec<Triple> = r
            .expected_events
            .iter()
            .map(|g| Triple {
                source: known_part(g.source.as_deref()),
                target: known_part(g.target.as_deref()),
                code: g.code.clone(),
            })
            .collect();
        let predicted = extract(pipeline, &r.id, &r.text, r.date.as_deref())
            .map(|d| petrarch_triples(&d))
            .unwrap_or_default();
        let m = match_count(&gold, &predicted, false);
        tp += m;
        tp_root += match_count(&gold, &predicted, true);
        gold_n += gold.len();
        pred_n += predicted.len();
        if m < gold.len() || m < predicted.len() {
            misses.push(TripleMiss {
                record: r.id,
                text: r.text,
                gold,
                predicted,
            });
        }
    }
    let full = prf(tp, pred_n, gold_n);
    let at_root = prf(tp_root, pred_n, gold_n);
    Ok(TripleReport {
        records,
        gold: gold_n,
        predicted: pred_n,
        precision: round(full.precision),
        recall: round(full.recall),
        f1: round(full.f1),
        root_f1: round(at_root.f1),
        convention: "PETRARCH's: events of every modality; location country as target when none; \
                     actor and event codes match when Herald's equals or extends the gold code; \
                     gold '---' (unknown country) is dropped",
        misses,
    })
}

// ---------------------------------------------------------------------------
// PLOVER type recall

#[derive(Deserialize)]
struct PloverRecord {
    id: String,
    text: String,
    #[serde(default)]
    events: Vec<PloverEvent>,
}

#[derive(Deserialize)]
struct PloverEvent {
    #[serde(default)]
    event_type_current: Option<String>,
    #[serde(default)]
    event_type: Option<String>,
    #[serde(default)]
    cameo: Option<String>,
}

/// A gold PLOVER event Herald did not find.
#[derive(Debug, Clone, Serialize)]
pub struct PloverMiss {
    /// Record id.
    pub record: String,
    /// The sentence.
    pub text: String,
    /// Gold type.
    pub gold: String,
    /// Herald's asserted types for the sentence.
    pub predicted: Vec<String>,
}

/// Scores of `herald eval plover`.
#[derive(Debug, Clone, Serialize)]
pub struct PloverReport {
    /// Records read.
    pub records: usize,
    /// Gold events.
    pub gold: usize,
    /// Share of gold events whose PLOVER type Herald codes as an asserted
    /// event of the sentence.
    pub type_recall: f64,
    /// Share of gold events with a CAMEO code whose root Herald codes as an
    /// asserted event of the sentence.
    pub root_recall: f64,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<PloverMiss>,
}

/// Scores PLOVER type recall per gold event.
///
/// # Errors
/// An unreadable file or a line not in the format.
pub fn evaluate_plover(
    pipeline: &Pipeline,
    reader: impl BufRead,
    path: &str,
) -> Result<PloverReport, EvalError> {
    let (mut records, mut gold, mut found, mut with_code, mut found_root) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for item in lines::<PloverRecord>(reader, path) {
        let (_, r) = item?;
        records += 1;
        let events: Vec<Event> = extract(pipeline, &r.id, &r.text, None)
            .map(|d| d.events().to_vec())
            .unwrap_or_default();
        let asserted: Vec<&Event> = events
            .iter()
            .filter(|e| e.modality == Modality::Asserted)
            .collect();
        for g in &r.events {
            let Some(t) = g.event_type_current.as_ref().or(g.event_type.as_ref()) else {
                continue;
            };
            gold += 1;
            if asserted
                .iter()
                .any(|e| e.coding.plover_type.eq_ignore_ascii_case(t))
            {
                found += 1;
            } else {
                misses.push(PloverMiss {
                    record: r.id.clone(),
                    text: r.text.clone(),
                    gold: t.clone(),
                    predicted: asserted
                        .iter()
                        .map(|e| format!("{} {}", e.coding.plover_type, e.coding.code))
                        .collect(),
                });
            }
            if let Some(c) = g.cameo.as_deref().filter(|c| c.len() >= 2) {
                with_code += 1;
                if asserted.iter().any(|e| root(&e.coding.code) == root(c)) {
                    found_root += 1;
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            round(a as f64 / b as f64)
        }
    };
    Ok(PloverReport {
        records,
        gold,
        type_recall: ratio(found, gold),
        root_recall: ratio(found_root, with_code),
        misses,
    })
}

// ---------------------------------------------------------------------------
// The seed article

#[derive(Deserialize)]
struct Expected {
    #[serde(default)]
    events: Vec<ExpectedEvent>,
    #[serde(default)]
    times: Vec<ExpectedTime>,
    #[serde(default)]
    quotes: Vec<serde_json::Value>,
    #[serde(default)]
    must_not: Vec<MustNot>,
}

#[derive(Deserialize)]
struct ExpectedEvent {
    id: String,
    source: Option<String>,
    target: Option<String>,
    root: String,
    #[serde(default)]
    codes: Vec<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    modality: Option<String>,
}

#[derive(Deserialize)]
struct ExpectedTime {
    text: String,
    value: String,
}

#[derive(Deserialize)]
struct MustNot {
    note: String,
}

/// One checked item of the seed.
#[derive(Debug, Clone, Serialize)]
pub struct SeedItem {
    /// `event`, `time`, `quote` or `must_not`.
    pub kind: &'static str,
    /// The expected item's id or text.
    pub what: String,
    /// Found (for `must_not`: not violated).
    pub ok: bool,
    /// What Herald coded that matched or violated it.
    pub evidence: Option<String>,
}

/// Result of `herald eval seed`.
#[derive(Debug, Clone, Serialize)]
pub struct SeedReport {
    /// Expected events found.
    pub events_found: usize,
    /// Expected events.
    pub events_expected: usize,
    /// Expected times found.
    pub times_found: usize,
    /// Expected times.
    pub times_expected: usize,
    /// Expected quotes found (speaker and medium right).
    pub quotes_found: usize,
    /// Expected quotes.
    pub quotes_expected: usize,
    /// `must_not` entries Herald violates.
    pub must_not_violations: usize,
    /// Every check.
    pub items: Vec<SeedItem>,
}

/// A `must_not` note read as a rule: roots, sources and targets named in
/// it ("no asserted root 18, 19 or 20 event with source RUS and target
/// UKR"; "no asserted root 19 event from DEU or USA against RUS").
#[derive(Debug, Default, PartialEq)]
pub struct Forbidden {
    /// Two-digit roots.
    pub roots: Vec<String>,
    /// Source country or actor codes (any when empty).
    pub sources: Vec<String>,
    /// Target codes (any when empty).
    pub targets: Vec<String>,
}

/// Reads a `must_not` note.
#[must_use]
pub fn forbidden(note: &str) -> Forbidden {
    let words: Vec<&str> = note
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut f = Forbidden::default();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].to_ascii_lowercase();
        let list = match w.as_str() {
            "root" | "roots" => Some(0),
            "source" | "from" => Some(1),
            "target" | "against" => Some(2),
            _ => None,
        };
        if let Some(which) = list {
            let mut j = i + 1;
            while j < words.len() {
                let v = words[j];
                let is_root = which == 0 && v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit());
                let is_code =
                    which > 0 && v.len() >= 3 && v.bytes().all(|b| b.is_ascii_uppercase());
                if is_root || is_code {
                    let dest = match which {
                        0 => &mut f.roots,
                        1 => &mut f.sources,
                        _ => &mut f.targets,
                    };
                    dest.push(v.to_owned());
                } else if !matches!(v, "or" | "and") {
                    break;
                }
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    f
}

fn describe(doc: &Doc, e: &Event) -> String {
    format!(
        "{} {} {} -> {} [{}] {:?} date {} place {}",
        e.coding.code,
        doc.text_of(e.predicate),
        e.source.as_ref().map_or("-", |p| p.code.as_str()),
        e.target.as_ref().map_or("-", |p| p.code.as_str()),
        e.modality.as_str(),
        doc.sentences()
            .get(e.sentence as usize)
            .map_or("", |s| doc.text_of(s.span))
            .chars()
            .take(60)
            .collect::<String>(),
        e.date.map_or("-".to_owned(), |d| d.value()),
        e.location.as_ref().map_or("-", |l| l.name.as_str()),
    )
}

/// Checks `doc` (the seed article, extracted) against the expected reading.
///
/// # Errors
/// When `expected` is not in the seed's format.
pub fn check_seed(doc: &Doc, expected: &str) -> Result<SeedReport, EvalError> {
    let exp: Expected = serde_json::from_str(expected).map_err(|e| EvalError::Format {
        path: "expected".to_owned(),
        line: e.line(),
        message: e.to_string(),
    })?;
    let mut items = Vec::new();
    let mut events_found = 0;
    for x in &exp.events {
        let hit = doc.events().iter().find(|e| {
            let c = &e.coding.code;
            let code_ok = if x.codes.is_empty() {
                root(c) == x.root
            } else {
                x.codes.iter().any(|g| code_matches(c, g))
            };
            let modality_ok = x
                .modality
                .as_deref()
                .is_none_or(|m| m == e.modality.as_str());
            let source_ok = x
                .source
                .as_deref()
                .is_none_or(|s| e.source.as_ref().is_some_and(|p| actor_matches(&p.code, s)));
            let target_ok = x
                .target
                .as_deref()
                .is_none_or(|t| e.target.as_ref().is_some_and(|p| actor_matches(&p.code, t)));
            let place_ok = x.location.as_deref().is_none_or(|l| {
                e.location.as_ref().is_some_and(|p| {
                    p.name.eq_ignore_ascii_case(l) || doc.text_of(p.span).eq_ignore_ascii_case(l)
                })
            });
            let date_ok = x
                .date
                .as_deref()
                .is_none_or(|d| e.date.is_some_and(|ed| ed.value() == d));
            code_ok && modality_ok && source_ok && target_ok && place_ok && date_ok
        });
        events_found += usize::from(hit.is_some());
        items.push(SeedItem {
            kind: "event",
            what: x.id.clone(),
            ok: hit.is_some(),
            evidence: hit.map(|e| describe(doc, e)),
        });
    }
    let mut times_found = 0;
    for t in &exp.times {
        let hit = doc
            .times()
            .iter()
            .find(|x| doc.text_of(x.span) == t.text && x.value == t.value);
        times_found += usize::from(hit.is_some());
        items.push(SeedItem {
            kind: "time",
            what: format!("{} = {}", t.text, t.value),
            ok: hit.is_some(),
            evidence: hit.map(|x| format!("{} {}", doc.text_of(x.span), x.value)),
        });
    }
    let mut violations = 0;
    for m in &exp.must_not {
        let f = forbidden(&m.note);
        let hit = doc.events().iter().find(|e| {
            e.modality == Modality::Asserted
                && (f.roots.is_empty() || f.roots.iter().any(|r| root(&e.coding.code) == r))
                && (f.sources.is_empty()
                    || e.source
                        .as_ref()
                        .is_some_and(|p| f.sources.iter().any(|s| actor_matches(&p.code, s))))
                && (f.targets.is_empty()
                    || e.target
                        .as_ref()
                        .is_some_and(|p| f.targets.iter().any(|t| actor_matches(&p.code, t))))
        });
        violations += usize::from(hit.is_some());
        items.push(SeedItem {
            kind: "must_not",
            what: m.note.clone(),
            ok: hit.is_none(),
            evidence: hit.map(|e| describe(doc, e)),
        });
    }
    let expected_quotes: Vec<crate::quotes::ExpectedQuote> = exp
        .quotes
        .iter()
        .filter_map(|q| serde_json::from_value(q.clone()).ok())
        .collect();
    let quotes = crate::quotes::check_seed(doc, &expected_quotes);
    let quotes_found = quotes.iter().filter(|q| q.ok).count();
    items.extend(quotes.into_iter().map(|q| SeedItem {
        kind: "quote",
        what: q.what,
        ok: q.ok,
        evidence: q.evidence,
    }));
    Ok(SeedReport {
        events_found,
        events_expected: exp.events.len(),
        times_found,
        times_expected: exp.times.len(),
        quotes_found,
        quotes_expected: exp.quotes.len(),
        must_not_violations: violations,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_at_the_gold_depth() {
        assert!(actor_matches("RUSGOV", "RUS"));
        assert!(!actor_matches("USA", "USAGOV"));
        assert!(code_matches("0311", "031"));
        assert!(!code_matches("031", "0311"));
        assert!(!actor_matches("RUS", ""));
        assert_eq!(known_part(Some("---REB")), "REB");
        assert_eq!(known_part(Some("---")), "");
        assert_eq!(known_part(Some("USAGOV")), "USAGOV");
        assert_eq!(known_part(None), "");
    }

    #[test]
    fn must_not_notes_read_as_rules() {
        let f = forbidden("no asserted root 18, 19 or 20 event with source RUS and target UKR");
        assert_eq!(f.roots, ["18", "19", "20"]);
        assert_eq!(f.sources, ["RUS"]);
        assert_eq!(f.targets, ["UKR"]);
        let f = forbidden("inside a quote: no asserted root 19 event from DEU or USA against RUS");
        assert_eq!(f.roots, ["19"]);
        assert_eq!(f.sources, ["DEU", "USA"]);
        assert_eq!(f.targets, ["RUS"]);
    }

    #[test]
    fn triples_match_one_to_one() {
        let t = |s: &str, t: &str, c: &str| Triple {
            source: s.into(),
            target: t.into(),
            code: c.into(),
        };
        let gold = [t("BRA", "USA", "031"), t("USA", "BRA", "031")];
        let pred = [t("BRA", "USA", "0311")];
        assert_eq!(match_count(&gold, &pred, false), 1);
        let pred = [t("BRA", "USAGOV", "036")];
        assert_eq!(match_count(&gold, &pred, false), 0);
        assert_eq!(match_count(&gold, &pred, true), 1);
    }
}
