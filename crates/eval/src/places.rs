//! Place names (toponyms), scored as geoparsing: recognition F1 and
//! accuracy@161 km.
//!
//! Gold: JSON Lines `{"id","date","text","toponyms":[{"start","end","name",
//! "lat","lon","geonameid"}]}` with character offsets (LGL, GeoWebNews,
//! TR-News, GeoVirus); `lat`/`lon` may be null (a place the annotators could
//! not locate: it counts for recognition, not for distance).
//!
//! Each document goes through the ordinary pipeline, dated as its record
//! (a `date` that is not `YYYY-MM-DD`, as some TR-News records carry, reads
//! as no date). Herald's toponyms and their points are
//! [`herald_stages::places::toponyms`]: names of countries, demonyms and
//! cities in the `actors` layer, LOC mentions of the `entities` layer, and
//! states, provinces, cities and counties that the gazetteer finds in
//! place contexts, resolved in the document's country context. Their byte
//! spans become character offsets of the gold text: where normalization
//! removed characters (C1 controls, mis-decoded dashes in some LGL texts),
//! the offsets are mapped back over them.
//!
//! Matching. The dev sets' README asks for "toponym F1" without saying how
//! spans match, so two figures are given: **exact** (same start and end, the
//! headline `toponym_*`) and **overlap** (the spans share a character;
//! `overlap_*`), each one-to-one. Distances are measured on the
//! overlap-matched pairs (which include the exact ones) whose gold point is
//! known and which Herald resolved to coordinates (`resolved`), so that a
//! boundary disagreement ("Rapides" vs "Rapides Parish") does not hide how
//! well the place was located: `acc_at_161km` is the share within 161 km
//! (100 miles) by great-circle distance, `mean_error_km` and
//! `median_error_km` their mean and median error.

use std::io::BufRead;

use herald_core::{offsets::CharOffsets, Article, NaiveDate};
use herald_pipeline::Pipeline;
use serde::{Deserialize, Serialize};

use crate::{prf, EvalError};

/// The distance within which a resolved place counts as right (100 miles).
pub const ACC_KM: f64 = 161.0;

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    date: Option<String>,
    text: String,
    toponyms: Vec<GoldToponym>,
}

#[derive(Debug, Deserialize)]
struct GoldToponym {
    start: u32,
    end: u32,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// One toponym as scored: character offsets, text, and its point when known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Start, in characters.
    pub start: u32,
    /// End, in characters.
    pub end: u32,
    /// The text it covers.
    pub text: String,
    /// Latitude, when known.
    pub lat: Option<f64>,
    /// Longitude, when known.
    pub lon: Option<f64>,
}

impl Item {
    fn point(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

/// A disagreement, for reading what fails: a gold toponym Herald missed, a
/// prediction with no gold, or a matched pair that is located more than
/// [`ACC_KM`] apart (or not at all by Herald) or whose spans differ.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Document id.
    pub doc: String,
    /// Gold toponym, if any.
    pub gold: Option<Item>,
    /// Herald's toponym, if any.
    pub predicted: Option<Item>,
    /// Distance between the two points, when both are known.
    pub error_km: Option<f64>,
}

/// The scores, as `herald eval places --json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Documents scored.
    pub docs: usize,
    /// Gold toponyms.
    pub gold: usize,
    /// Herald's toponyms.
    pub predicted: usize,
    /// Exact-span precision.
    pub toponym_precision: f64,
    /// Exact-span recall.
    pub toponym_recall: f64,
    /// Exact-span F1.
    pub toponym_f1: f64,
    /// Overlap precision (one-to-one, spans share a character).
    pub overlap_precision: f64,
    /// Overlap recall.
    pub overlap_recall: f64,
    /// Overlap F1.
    pub overlap_f1: f64,
    /// Gold toponyms with a point.
    pub gold_located: usize,
    /// Overlap-matched pairs with a gold point, Herald's resolved or not.
    pub matched_located: usize,
    /// Of those, the pairs Herald resolved to coordinates: the distances.
    pub resolved: usize,
    /// Share of `resolved` within 161 km of the gold point.
    pub acc_at_161km: f64,
    /// Mean distance of `resolved`, in km.
    pub mean_error_km: f64,
    /// Median distance of `resolved`, in km.
    pub median_error_km: f64,
    /// How spans were matched, in words.
    pub matching: &'static str,
    /// Disagreements (not serialized in the summary).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

const MATCHING: &str = "toponym_*: exact character span, one-to-one; overlap_*: spans share a character, one-to-one; distances on overlap-matched pairs with a gold point that Herald resolved";

/// For each character offset of `normalized` (and its end), the offset of
/// the same character in `original`, the text it was normalized from by
/// removing characters (Herald drops control characters such as the C1
/// codes of mis-decoded dashes, which some gold texts carry). Characters
/// that differ otherwise (a composed accent) are paired in order.
fn align(original: &str, normalized: &str) -> Vec<u32> {
    if original == normalized {
        return (0..=normalized.chars().count() as u32).collect();
    }
    let mut map = Vec::with_capacity(normalized.len() + 1);
    let mut orig = original.chars().enumerate().peekable();
    for c in normalized.chars() {
        // Skip what normalization removed, as long as the rest still has
        // this character to pair with.
        while let Some(&(_, o)) = orig.peek() {
            if o == c || !(o.is_control() || o == '\u{feff}' || o == '\r') {
                break;
            }
            orig.next();
        }
        match orig.next() {
            Some((i, _)) => map.push(i as u32),
            None => map.push(original.chars().count() as u32),
        }
    }
    map.push(original.chars().count() as u32);
    map
}

/// Great-circle distance in km between two points given in degrees.
#[must_use]
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

/// Counts over documents.
#[derive(Debug, Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    exact: usize,
    overlap: usize,
    gold_located: usize,
    matched_located: usize,
    errors_km: Vec<f64>,
}

/// Scores `pipeline` on the gold file at `path` (read from `reader`).
///
/// # Errors
/// An unreadable file or a line not in the gold format (including offsets
/// outside the text).
pub fn evaluate(
    pipeline: &Pipeline,
    reader: impl BufRead,
    path: &str,
) -> Result<Report, EvalError> {
    let mut tally = Tally::default();
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
        // Some records carry a crawled fragment ("4:58 PM ET") for a
        // date: such a document is read undated, as one without a date.
        let date = gold
            .date
            .as_deref()
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let chars: Vec<char> = gold.text.chars().collect();
        let mut gold_items = Vec::with_capacity(gold.toponyms.len());
        for g in &gold.toponyms {
            let text: String = chars
                .get(g.start as usize..g.end as usize)
                .filter(|_| g.start <= g.end)
                .ok_or_else(|| format(format!("toponym {}..{} outside the text", g.start, g.end)))?
                .iter()
                .collect();
            gold_items.push(Item {
                start: g.start,
                end: g.end,
                text,
                lat: g.lat,
                lon: g.lon,
            });
        }
        let mut article = Article::new(gold.text.clone(), date);
        article.id = Some(gold.id.clone());
        let predicted: Vec<Item> = match pipeline.extract(&article) {
            Ok(doc) => {
                let offsets = CharOffsets::new(doc.text());
                let to_gold = align(&gold.text, doc.text());
                let gold_char = |c: u32| to_gold.get(c as usize).copied().unwrap_or(c);
                herald_stages::places::toponyms(&doc)
                    .into_iter()
                    .map(|t| {
                        let (span, point) = (t.span, t.place.map(|p| (p.lat, p.lon)));
                        let (start, end) = offsets.char_span(span);
                        Item {
                            start: gold_char(start),
                            end: gold_char(end),
                            text: doc.text_of(span).to_owned(),
                            lat: point.map(|p| p.0),
                            lon: point.map(|p| p.1),
                        }
                    })
                    .collect()
            }
            Err(_) => Vec::new(),
        };
        docs += 1;
        score_doc(&gold.id, &gold_items, &predicted, &mut tally, &mut misses);
    }
    let exact = prf(tally.exact, tally.predicted, tally.gold);
    let overlap = prf(tally.overlap, tally.predicted, tally.gold);
    let errors = &mut tally.errors_km;
    errors.sort_by(f64::total_cmp);
    let resolved = errors.len();
    let within = errors.iter().filter(|&&d| d <= ACC_KM).count();
    let ratio = |a: f64, b: usize| if b == 0 { 0.0 } else { a / b as f64 };
    let median = match resolved {
        0 => 0.0,
        n if n % 2 == 1 => errors[n / 2],
        n => (errors[n / 2 - 1] + errors[n / 2]) / 2.0,
    };
    Ok(Report {
        docs,
        gold: tally.gold,
        predicted: tally.predicted,
        toponym_precision: round(exact.precision),
        toponym_recall: round(exact.recall),
        toponym_f1: round(exact.f1),
        overlap_precision: round(overlap.precision),
        overlap_recall: round(overlap.recall),
        overlap_f1: round(overlap.f1),
        gold_located: tally.gold_located,
        matched_located: tally.matched_located,
        resolved,
        acc_at_161km: round(ratio(within as f64, resolved)),
        mean_error_km: round(ratio(errors.iter().sum(), resolved)),
        median_error_km: round(median),
        matching: MATCHING,
        misses,
    })
}

/// Adds one document's matches to `tally` and its disagreements to
/// `misses`: exact matches first, then overlaps among what is left, each
/// one-to-one.
fn score_doc(
    doc: &str,
    gold: &[Item],
    predicted: &[Item],
    tally: &mut Tally,
    misses: &mut Vec<Miss>,
) {
    tally.gold += gold.len();
    tally.predicted += predicted.len();
    tally.gold_located += gold.iter().filter(|g| g.point().is_some()).count();
    let mut pair: Vec<Option<usize>> = vec![None; gold.len()];
    let mut taken = vec![false; predicted.len()];
    for (gi, g) in gold.iter().enumerate() {
        let hit = (0..predicted.len())
            .find(|&i| !taken[i] && predicted[i].start == g.start && predicted[i].end == g.end);
        if let Some(i) = hit {
            taken[i] = true;
            pair[gi] = Some(i);
            tally.exact += 1;
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if pair[gi].is_some() {
            continue;
        }
        let hit = (0..predicted.len())
            .find(|&i| !taken[i] && predicted[i].start < g.end && g.start < predicted[i].end);
        if let Some(i) = hit {
            taken[i] = true;
            pair[gi] = Some(i);
        }
    }
    tally.overlap += pair.iter().filter(|p| p.is_some()).count();
    for (g, p) in gold.iter().zip(&pair) {
        let p = p.and_then(|i| predicted.get(i));
        let mut error_km = None;
        let mut wrong = p.is_none_or(|p| p.start != g.start || p.end != g.end);
        if let (Some(gp), Some(p)) = (g.point(), p) {
            tally.matched_located += 1;
            match p.point() {
                Some(pp) => {
                    let d = distance_km(gp, pp);
                    tally.errors_km.push(d);
                    error_km = Some(d);
                    wrong |= d > ACC_KM;
                }
                None => wrong = true,
            }
        }
        if wrong {
            misses.push(Miss {
                doc: doc.to_owned(),
                gold: Some(g.clone()),
                predicted: p.cloned(),
                error_km,
            });
        }
    }
    for (p, _) in predicted.iter().zip(&taken).filter(|(_, t)| !**t) {
        misses.push(Miss {
            doc: doc.to_owned(),
            gold: None,
            predicted: Some(p.clone()),
            error_km: None,
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

    fn item(start: u32, end: u32, point: Option<(f64, f64)>) -> Item {
        Item {
            start,
            end,
            text: String::new(),
            lat: point.map(|p| p.0),
            lon: point.map(|p| p.1),
        }
    }

    #[test]
    fn places_offsets_skip_removed_control_characters() {
        // "\u{97}" (a C1 control: a mis-decoded dash) is removed by
        // normalization; offsets after it shift back by one.
        let original = "Kiev\u{97}Lviv \u{85}Odesa";
        let normalized = herald_core::normalize::normalize(original);
        assert_eq!(normalized, "KievLviv Odesa");
        let map = align(original, &normalized);
        assert_eq!(map.len(), normalized.chars().count() + 1);
        assert_eq!(map[4], 5); // "L"
        assert_eq!(map[9], 11); // "O"
        assert_eq!(map[14], 16); // the end
        assert_eq!(align("Lviv", "Lviv"), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn places_distance_is_great_circle() {
        // One degree of latitude is about 111.2 km everywhere.
        assert!((distance_km((0.0, 0.0), (1.0, 0.0)) - 111.19).abs() < 0.1);
        assert!((distance_km((60.0, 10.0), (61.0, 10.0)) - 111.19).abs() < 0.1);
        // One degree of longitude at 60° is about half of that (a great
        // circle is a little shorter than the parallel).
        assert!((distance_km((60.0, 0.0), (60.0, 1.0)) - 55.6).abs() < 0.1);
        // Antipodes: half the circumference, no NaN.
        let d = distance_km((0.0, 0.0), (0.0, 180.0));
        assert!((d - 20_015.1).abs() < 1.0, "{d}");
        assert_eq!(distance_km((48.85, 2.35), (48.85, 2.35)), 0.0);
    }

    #[test]
    fn places_scores_exact_and_overlapping_spans_one_to_one() {
        // Gold: A 0..5 at (0,0), B 10..20 at (10,10), C 30..35 without a
        // point, D 40..45 at (0,0).
        // Predicted: A exact, 1° off (111 km, right); B as 10..15 (overlap
        // only) 3° off (wrong); C exact, unresolved; D missed; E 50..55
        // spurious; a second prediction 12..14 inside B (spurious: B is
        // taken).
        let gold = [
            item(0, 5, Some((0.0, 0.0))),
            item(10, 20, Some((10.0, 10.0))),
            item(30, 35, None),
            item(40, 45, Some((0.0, 0.0))),
        ];
        let predicted = [
            item(0, 5, Some((1.0, 0.0))),
            item(10, 15, Some((13.0, 10.0))),
            item(12, 14, Some((10.0, 10.0))),
            item(30, 35, None),
            item(50, 55, None),
        ];
        let mut t = Tally::default();
        let mut misses = Vec::new();
        score_doc("d", &gold, &predicted, &mut t, &mut misses);
        assert_eq!((t.gold, t.predicted, t.exact, t.overlap), (4, 5, 2, 3));
        assert_eq!((t.gold_located, t.matched_located), (3, 2));
        assert_eq!(t.errors_km.len(), 2);
        assert!(t.errors_km[0] < ACC_KM && t.errors_km[1] > ACC_KM);
        // B (span and distance), D (missed), 12..14 and E (spurious).
        assert_eq!(misses.len(), 4, "{misses:?}");
        assert!(misses[0].error_km.is_some_and(|d| d > ACC_KM));
        assert!(misses[1].predicted.is_none());
    }

    #[test]
    fn places_scores_a_small_made_up_file() {
        // Character offsets: "Zürich" has a two-byte character.
        let text = "Talks in Zürich ended. Officials from Kenya flew to Nairobi and then to Tokyo.";
        let find = |s: &str| {
            let i = text.find(s).unwrap();
            let start = text[..i].chars().count();
            (start, start + s.chars().count())
        };
        let mut toponyms = Vec::new();
        for (name, lat, lon) in [
            ("Zürich", 47.37, 8.55),
            ("Kenya", 0.5, 37.9),
            ("Nairobi", -1.28, 36.82),
            ("Tokyo", 35.69, 139.69),
        ] {
            let (s, e) = find(name);
            toponyms.push(serde_json::json!({"start": s, "end": e, "name": name, "lat": lat, "lon": lon, "geonameid": "1"}));
        }
        let gold = serde_json::json!({"id": "a", "date": "2021-03-04", "text": text, "toponyms": toponyms});
        let r = evaluate(
            &Pipeline::full(),
            Cursor::new(format!("{gold}\n")),
            "g.jsonl",
        )
        .unwrap();
        assert_eq!((r.docs, r.gold, r.gold_located), (1, 4, 4));
        assert!(r.toponym_recall >= 0.75, "{r:?}");
        assert!(r.overlap_f1 >= r.toponym_f1);
        // Cities resolve to their own points; a country's point is within
        // the country, not necessarily near the gold's.
        assert!(r.resolved >= 3, "{r:?}");
        assert!(r.acc_at_161km >= 0.5, "{r:?}");
        let json = serde_json::to_value(&r).unwrap();
        for key in [
            "docs",
            "gold",
            "predicted",
            "toponym_precision",
            "toponym_recall",
            "toponym_f1",
            "resolved",
            "acc_at_161km",
            "mean_error_km",
        ] {
            assert!(json.get(key).is_some(), "{key}");
        }
        assert!(json.get("misses").is_none());
    }

    #[test]
    fn places_bad_lines_name_file_and_line() {
        let err = evaluate(&Pipeline::full(), Cursor::new("\n{oops"), "g.jsonl").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:2: "), "{err}");
        let bad = r#"{"id":"a","date":null,"text":"Lima","toponyms":[{"start":0,"end":9,"lat":1.0,"lon":2.0}]}"#;
        assert!(evaluate(&Pipeline::full(), Cursor::new(bad), "g.jsonl").is_err());
        // A date that is not one reads as none.
        let odd = r#"{"id":"a","date":"4:58 PM","text":"Lima","toponyms":[]}"#;
        assert_eq!(
            evaluate(&Pipeline::full(), Cursor::new(odd), "g.jsonl")
                .unwrap()
                .docs,
            1
        );
    }

    #[test]
    fn places_empty_file_scores_zero() {
        let r = evaluate(&Pipeline::full(), Cursor::new(""), "g.jsonl").unwrap();
        assert_eq!((r.docs, r.gold, r.predicted, r.resolved), (0, 0, 0, 0));
        assert_eq!(r.acc_at_161km, 0.0);
    }
}
