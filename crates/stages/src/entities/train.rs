//! Training and measuring the entity tagger: an averaged perceptron over the
//! same features and the same greedy decoder as the stage.
//!
//! Owns learning; reading a corpus's files is the caller's business (the
//! `train_ner` example reads CoNLL-2003 JSON Lines). The trainer tags with its
//! own predictions as history (previous tags and document history come from
//! what it predicted, not from the gold tags), so that it learns from the
//! mistakes the stage will make.
//!
//! ```
//! use herald_core::EntityLabel;
//! use herald_stages::entities::train::{evaluate, LabeledDoc, LabeledSentence, TrainConfig, Trainer};
//! let doc = LabeledDoc {
//!     sentences: vec![LabeledSentence {
//!         tokens: ["Smith", "visited", "Paris", "."].map(String::from).to_vec(),
//!         entities: vec![(0..1, EntityLabel::Per), (2..3, EntityLabel::Loc)],
//!     }],
//! };
//! let docs = [doc];
//! let mut trainer = Trainer::new(TrainConfig { bits: 12, ..TrainConfig::default() }, &docs);
//! for epoch in 0..3 {
//!     trainer.epoch(&docs, epoch);
//! }
//! let model = trainer.model();
//! assert_eq!(evaluate(&model, &docs).micro.f1, 1.0);
//! ```

use std::collections::HashMap;
use std::ops::Range;

use herald_core::EntityLabel;

use super::features::{bilou, lower_hash, mix, own_features, tok_info, Feats, Prepared, B};
use super::features::{HAS_UPPER, I, L};
use super::features::{NTAGS, O, U};
use super::model::{Connectors, Model, MAX_BITS, QMAX, ROW};
use super::{decode, entities, kind, Scorer, Search};

/// One sentence with its gold entities.
#[derive(Debug, Clone, PartialEq)]
pub struct LabeledSentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// Entities as token ranges, sorted, non-overlapping.
    pub entities: Vec<(Range<usize>, EntityLabel)>,
}

/// One document: its sentences, in order (the tagger uses what a document
/// says elsewhere).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LabeledDoc {
    /// The sentences.
    pub sentences: Vec<LabeledSentence>,
}

/// Entities from IOB1 or IOB2 tags (`I-PER`, `B-PER`, `O`): a new entity
/// starts at `B-`, or at `I-` after another label.
///
/// # Errors
/// A tag that is none of those, with its position.
pub fn entities_from_iob(tags: &[&str]) -> Result<Vec<(Range<usize>, EntityLabel)>, String> {
    let mut out: Vec<(Range<usize>, EntityLabel)> = Vec::new();
    let mut prev: Option<EntityLabel> = None;
    for (i, t) in tags.iter().enumerate() {
        if *t == "O" {
            prev = None;
            continue;
        }
        let (bio, name) = t
            .split_once('-')
            .ok_or_else(|| format!("tag {i}: {t:?} is not IOB"))?;
        let label = match name {
            "PER" => EntityLabel::Per,
            "ORG" => EntityLabel::Org,
            "LOC" => EntityLabel::Loc,
            "MISC" => EntityLabel::Misc,
            _ => return Err(format!("tag {i}: unknown label {name:?}")),
        };
        let continues = match bio {
            "I" => prev == Some(label),
            "B" => false,
            _ => return Err(format!("tag {i}: {t:?} is not IOB")),
        };
        match out.last_mut() {
            Some(last) if continues => last.0.end = i + 1,
            _ => out.push((i..i + 1, label)),
        }
        prev = Some(label);
    }
    Ok(out)
}

/// How to train.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainConfig {
    /// The weight table has `2^bits` rows.
    pub bits: u32,
    /// Viterbi decoding of each run of candidates (else greedy), in training
    /// and in the model written.
    pub viterbi: bool,
    /// A lowercase word seen inside names (not first) this many times
    /// becomes a connector: it may continue a name.
    pub connector_count: usize,
    /// Rows whose averaged weights are all smaller than this (in perceptron
    /// updates) are dropped from the model: a smaller model, and fewer
    /// memory reads per decision.
    pub prune: f32,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            bits: 15,
            viterbi: true,
            connector_count: 2,
            prune: 0.5,
        }
    }
}

/// Token-level figures of one epoch.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EpochStats {
    /// Tokens seen.
    pub tokens: usize,
    /// Tokens whose predicted tag was the gold tag.
    pub correct: usize,
    /// Tokens scored (the rest were `O` by the capital-letter rule).
    pub scored: usize,
    /// Tokens in a gold entity that the capital-letter rule made `O`.
    pub unreachable: usize,
}

impl EpochStats {
    /// Share of tokens tagged right.
    #[must_use]
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.tokens.max(1) as f64
    }
}

/// An averaged perceptron being trained.
pub struct Trainer {
    cfg: TrainConfig,
    /// Current weights, `2^bits` rows of [`NTAGS`].
    w: Vec<i32>,
    /// Sum of `step * update`, for averaging (Daumé's trick).
    u: Vec<i64>,
    step: i64,
    gold: Vec<u8>,
    scored: usize,
    connectors: Connectors,
}

impl Trainer {
    /// A trainer with zero weights, which takes its connector words from
    /// `docs`.
    ///
    /// # Panics
    /// When `cfg.bits` is outside 8..=[`MAX_BITS`](super::model::MAX_BITS).
    #[must_use]
    pub fn new(cfg: TrainConfig, docs: &[LabeledDoc]) -> Trainer {
        assert!((8..=MAX_BITS).contains(&cfg.bits), "bits out of range");
        let n = (1usize << cfg.bits) * NTAGS;
        Trainer {
            cfg,
            w: vec![0; n],
            u: vec![0; n],
            step: 1,
            gold: Vec::new(),
            scored: 0,
            connectors: connectors(docs, cfg.connector_count),
        }
    }

    fn search(&self) -> Search {
        if self.cfg.viterbi {
            Search::Viterbi
        } else {
            Search::Greedy
        }
    }

    /// One pass over `docs` in an order shuffled by `seed`.
    pub fn epoch(&mut self, docs: &[LabeledDoc], seed: u64) -> EpochStats {
        let mut order: Vec<usize> = (0..docs.len()).collect();
        shuffle(&mut order, seed);
        let mut stats = EpochStats::default();
        let (mut tags, mut margins) = (Vec::new(), Vec::new());
        self.scored = 0;
        for &d in &order {
            let Some(doc) = docs.get(d) else { continue };
            let (mut p, gold) = prepare(doc);
            self.gold = gold;
            let connectors = std::mem::take(&mut self.connectors);
            decode(
                &mut p,
                &connectors,
                self.search(),
                self,
                &mut tags,
                &mut margins,
            );
            self.connectors = connectors;
            stats.tokens += tags.len();
            for (t, g) in tags.iter().zip(&self.gold) {
                stats.correct += usize::from(t == g);
            }
            for ((g, m), info) in self.gold.iter().zip(&margins).zip(&p.info) {
                let unscored = info.flags & HAS_UPPER == 0 && m.is_infinite();
                stats.unreachable += usize::from(*g != O && unscored);
            }
        }
        stats.scored = self.scored;
        stats
    }

    /// The averaged weights, quantized to `i16`.
    #[must_use]
    pub fn model(&self) -> Model {
        let rows = 1usize << self.cfg.bits;
        let step = self.step as f64;
        let mut avg = vec![0f32; rows * ROW];
        let mut max = 0f32;
        for (r, out) in avg.chunks_exact_mut(ROW).enumerate() {
            let base = r * NTAGS;
            let a = |t: usize| {
                let k = base + t;
                let w = self.w.get(k).copied().unwrap_or(0);
                let u = self.u.get(k).copied().unwrap_or(0);
                f64::from(w) - u as f64 / step
            };
            let o = a(usize::from(O));
            let mut row_max = 0f32;
            for (t, slot) in out.iter_mut().enumerate() {
                *slot = (a(t + 1) - o) as f32;
                row_max = row_max.max(slot.abs());
            }
            if row_max < self.cfg.prune {
                out.fill(0.0);
            }
            max = max.max(row_max);
        }
        let scale = if max > 0.0 { max / QMAX } else { 1.0 };
        let weights: Vec<i8> = avg
            .iter()
            .map(|&x| (x / scale).round().clamp(-QMAX, QMAX) as i8)
            .collect();
        Model::new(
            self.cfg.bits,
            &weights,
            scale,
            self.connectors.clone(),
            self.search(),
        )
    }
}

impl Scorer for Trainer {
    fn score(&mut self, p: &Prepared, i: usize, context: &Feats, out: &mut [i32; NTAGS]) {
        self.scored += 1;
        let shift = 64 - self.cfg.bits;
        *out = [0; NTAGS];
        let mut own = Feats::new();
        own_features(p, i, &mut own);
        for &h in own.hashes().iter().chain(context.hashes()) {
            let row = (h >> shift) as usize * NTAGS;
            if let Some(w) = self.w.get(row..row + NTAGS) {
                for (s, &x) in out.iter_mut().zip(w) {
                    *s = s.saturating_add(x);
                }
            }
        }
    }

    fn learns(&self) -> bool {
        true
    }

    fn learn(&mut self, i: usize, feats: &Feats, pred: u8) {
        let gold = self.gold.get(i).copied().unwrap_or(O);
        if pred != gold {
            let shift = 64 - self.cfg.bits;
            let c = self.step;
            for &h in feats.hashes() {
                let row = (h >> shift) as usize * NTAGS;
                for (t, d) in [(gold, 1), (pred, -1)] {
                    let k = row + usize::from(t);
                    if let (Some(w), Some(u)) = (self.w.get_mut(k), self.u.get_mut(k)) {
                        *w += d;
                        *u += c * i64::from(d);
                    }
                }
            }
        }
        self.step += 1;
    }
}

/// Lowercase words (no capital letter) seen inside names after their first
/// token, and seen last in names, at least `min` times each.
fn connectors(docs: &[LabeledDoc], min: usize) -> Connectors {
    let mut inner: HashMap<u64, usize> = HashMap::new();
    let mut enders: HashMap<u64, usize> = HashMap::new();
    for s in docs.iter().flat_map(|d| &d.sentences) {
        for (r, _) in &s.entities {
            let words = s.tokens.get(r.start + 1..r.end).unwrap_or(&[]);
            for (k, w) in words.iter().enumerate() {
                if tok_info(w).flags & HAS_UPPER == 0 {
                    let h = lower_hash(w);
                    *inner.entry(h).or_insert(0) += 1;
                    if k + 1 == words.len() {
                        *enders.entry(h).or_insert(0) += 1;
                    }
                }
            }
        }
    }
    let frequent = |m: HashMap<u64, usize>| -> Vec<u64> {
        m.into_iter()
            .filter(|&(_, n)| n >= min.max(1))
            .map(|(h, _)| h)
            .collect()
    };
    Connectors::new(frequent(inner), frequent(enders))
}

/// A document's words and sentences for the decoder, and its gold tags.
fn prepare(doc: &LabeledDoc) -> (Prepared<'_>, Vec<u8>) {
    let mut words = Vec::new();
    let mut sents = Vec::new();
    let mut gold = Vec::new();
    for s in &doc.sentences {
        let start = words.len();
        words.extend(s.tokens.iter().map(String::as_str));
        let mut tags = vec![O; s.tokens.len()];
        for (r, l) in &s.entities {
            let k = kind(*l);
            let (a, b) = (r.start, r.end.min(s.tokens.len()));
            if a >= b {
                continue;
            }
            if b - a == 1 {
                tags[a] = bilou(k, U);
            } else {
                tags[a] = bilou(k, B);
                for t in &mut tags[a + 1..b - 1] {
                    *t = bilou(k, I);
                }
                tags[b - 1] = bilou(k, L);
            }
        }
        gold.extend(tags);
        sents.push(start..words.len());
    }
    (Prepared::new(words, sents), gold)
}

/// Fisher–Yates with a fixed-seed generator (splitmix64).
fn shuffle(v: &mut [usize], seed: u64) {
    let mut state = mix(seed, 0x5eed);
    for i in (1..v.len()).rev() {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let j = (super::features::finish(state) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// Tags `doc` with `model`: per sentence, entities as token ranges with their
/// confidence.
#[must_use]
pub fn tag_doc(model: &Model, doc: &LabeledDoc) -> Vec<Vec<(Range<usize>, EntityLabel, f32)>> {
    let (mut p, _) = prepare(doc);
    let (mut tags, mut margins) = (Vec::new(), Vec::new());
    super::Runtime::with(model, |scorer| {
        decode(
            &mut p,
            model.connectors(),
            model.search(),
            scorer,
            &mut tags,
            &mut margins,
        );
    });
    p.sents
        .iter()
        .map(|s| {
            entities(&tags, &margins, s.clone())
                .into_iter()
                .map(|(r, k, m)| {
                    let c = model.confidence(m);
                    (r.start - s.start..r.end - s.start, super::label(k), c)
                })
                .collect()
        })
        .collect()
}

/// Exact-match counts for one label.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Right (same tokens, same label).
    pub tp: usize,
    /// Predicted.
    pub predicted: usize,
    /// Gold.
    pub gold: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Counts {
    fn finish(mut self) -> Counts {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.precision = ratio(self.tp, self.predicted);
        self.recall = ratio(self.tp, self.gold);
        let s = self.precision + self.recall;
        self.f1 = if s == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / s
        };
        self
    }
}

/// Entity-level scores on tokenized gold data.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// PER, ORG, LOC, MISC.
    pub per_label: [Counts; 4],
    /// Micro-average over PER, ORG and LOC.
    pub micro: Counts,
    /// Micro-average over all four labels.
    pub all: Counts,
}

/// Scores `model` on `docs` (exact token ranges and labels).
#[must_use]
pub fn evaluate(model: &Model, docs: &[LabeledDoc]) -> Scores {
    let mut s = Scores::default();
    for doc in docs {
        for (sent, pred) in doc.sentences.iter().zip(tag_doc(model, doc)) {
            for (_, l) in &sent.entities {
                s.per_label[usize::from(kind(*l))].gold += 1;
            }
            for (r, l, _) in &pred {
                let k = usize::from(kind(*l));
                s.per_label[k].predicted += 1;
                if sent.entities.iter().any(|(g, gl)| g == r && gl == l) {
                    s.per_label[k].tp += 1;
                }
            }
        }
    }
    for (k, c) in s.per_label.iter().enumerate() {
        for total in [&mut s.all]
            .into_iter()
            .chain((k < 3).then_some(&mut s.micro))
        {
            total.tp += c.tp;
            total.predicted += c.predicted;
            total.gold += c.gold;
        }
    }
    s.per_label = s.per_label.map(Counts::finish);
    s.micro = s.micro.finish();
    s.all = s.all.finish();
    s
}

/// The confidence temperature that best fits `docs`: the `T` maximizing the
/// likelihood of "this predicted mention is right" under
/// `1 - exp(-margin / T)`, searched on a grid. Returns the model with it.
#[must_use]
pub fn calibrate(model: Model, docs: &[LabeledDoc]) -> Model {
    // Confidences at T = 1 give the margins back: m = -ln(1 - c).
    let probe = model.clone().with_temperature(1.0);
    let mut samples: Vec<(f64, bool)> = Vec::new();
    for doc in docs {
        for (sent, pred) in doc.sentences.iter().zip(tag_doc(&probe, doc)) {
            for (r, l, c) in pred {
                let right = sent.entities.iter().any(|(g, gl)| *g == r && *gl == l);
                let margin = -(1.0 - f64::from(c)).max(1e-12).ln();
                samples.push((margin, right));
            }
        }
    }
    if samples.is_empty() {
        return model;
    }
    let mut best = (f64::NEG_INFINITY, 1.0);
    for k in 0..200 {
        let t = 0.05 * 1.05f64.powi(k);
        let ll: f64 = samples
            .iter()
            .map(|&(m, right)| {
                let p = (1.0 - (-m / t).exp()).clamp(1e-6, 1.0 - 1e-6);
                if right {
                    p.ln()
                } else {
                    (1.0 - p).ln()
                }
            })
            .sum();
        if ll > best.0 {
            best = (ll, t);
        }
    }
    model.with_temperature(best.1 as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_and_iob2_entities() {
        let e = entities_from_iob(&["I-ORG", "O", "I-PER", "I-PER", "B-PER", "I-LOC", "B-MISC"])
            .unwrap();
        assert_eq!(
            e,
            vec![
                (0..1, EntityLabel::Org),
                (2..4, EntityLabel::Per),
                (4..5, EntityLabel::Per),
                (5..6, EntityLabel::Loc),
                (6..7, EntityLabel::Misc),
            ]
        );
        assert!(entities_from_iob(&["X-PER"]).is_err());
        assert!(entities_from_iob(&["I-FOO"]).is_err());
    }

    #[test]
    fn shuffle_is_a_fixed_permutation() {
        let mut a: Vec<usize> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 7);
        shuffle(&mut b, 7);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(a, sorted);
    }

    #[test]
    fn gold_tags_are_bilou() {
        let doc = LabeledDoc {
            sentences: vec![LabeledSentence {
                tokens: ["New", "York", "City", "and", "Paris"]
                    .map(String::from)
                    .to_vec(),
                entities: vec![(0..3, EntityLabel::Loc), (4..5, EntityLabel::Loc)],
            }],
        };
        let (_, gold) = prepare(&doc);
        assert_eq!(
            gold,
            vec![bilou(2, B), bilou(2, I), bilou(2, L), O, bilou(2, U)]
        );
    }
}
