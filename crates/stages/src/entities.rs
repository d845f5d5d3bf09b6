//! The `entities` stage: named-entity mentions (PER, ORG, LOC, MISC) found by
//! an averaged-perceptron sequence tagger trained on CoNLL-2003.
//!
//! Owns recognition and labelling of names; it reads tokens and sentences (the
//! `segments` layer) and assigns [`Layer::Entities`]. It does not resolve a
//! mention to an actor or a place (later stages do), and it uses no gazetteer.
//!
//! # How it works
//! Tokens get BILOU tags (`O`, or Begin/Inside/Last/Unit of a label: 17 tags).
//! Only *candidates* are scored: a token with a capital letter, and after it
//! the lowercase words that training data shows inside names (`of`, `'s`,
//! `&`, `de`; the model's connector list). Every other token is `O`: in
//! CoNLL-2003 training data 0.2% of entities begin without a capital, and
//! news has about three uncapitalized tokens for every scored one, which is
//! where the speed comes from. A maximal run of candidates is scored at once
//! and decoded by Viterbi over valid BILOU sequences (`B-PER` is followed by
//! `I-PER` or `L-PER`; a run ends closed).
//!
//! A token's score sums about 40 hashed features ([`features`]): its
//! lowercased word, shape (`Xxxx`, `X.X.`, `dd`), prefixes and suffixes of
//! 1–5 characters, case and punctuation flags; the words and shapes two
//! tokens either side and some pairs of them; cue classes of it and its
//! neighbours (`data/ner/cues.tsv`: titles before a name, designators after
//! an organisation, months); whether it opens its sentence or sits in a
//! capitalized headline; and two document-level facts: how the word is
//! written elsewhere in the document (capitalized mid-sentence, in
//! lowercase), and which labels the tagger gave it earlier in the document
//! (so that a later "Simmons" follows an earlier "Phil Simmons").
//!
//! A sentence is cut at a line break that does not look like hard wrapping
//! (a short line, or one ending in terminal punctuation), so that a name
//! never runs from one list item, table row or dateline into the next.
//!
//! # Why Viterbi, and no previous-tag features
//! Measured on the CoNLL-2003 dev tokens (micro F1 over PER, ORG and LOC,
//! mean of three seeds; `data/ner/README.md` has the table): greedy decoding
//! with previous-tag features scored below greedy decoding without them (an
//! early error feeds the next decision), and Viterbi over the same
//! tag-independent scores scores 1.8 points above greedy (92.4 against
//! 90.6). Without tag features a run's scores are computed once, so exact
//! decoding costs little.
//!
//! # Speed
//! Features are 64-bit hashes computed from per-token facts (word and shape
//! hashes, flags) made once per token, with no allocation per token; the
//! facts of tokens that no decision reads are left half-done. A word's own
//! features (those that do not depend on its neighbours) are summed once per
//! word and model in a per-thread cache. The weight table is compact: an
//! index of one bit per bucket that fits the L2 cache, and only the rows
//! that have weights, 16 saturating `i16` additions each (see [`Model`]).
//!
//! # The model
//! `data/ner/model.bin` is compiled into the binary and read once per process
//! ([`model`]). It is retrained, deterministically, with
//! `cargo run --release -p herald-stages --example train_ner -- \
//! ../shared/train/conll2003_train_tokens.jsonl crates/stages/data/ner/model.bin`
//! ([`train`]); `data/ner/README.md` names the data it was trained on.
//!
//! # Confidence
//! A token's confidence is `1 - exp(-margin / T)`, from the margin between
//! the best tag sequence and the best one with another tag at that token; a
//! mention's is its least confident token's. `T` is fitted by the trainer on
//! a tenth of the training documents held out of a first run.

mod features;
mod model;
pub mod train;

use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use herald_core::{Annotation, Doc, EntityLabel, Layer, Mention, Span, Stage, StageError, Token};

use features::{
    bilou, context_features, features, history_value, inside, kind_of, own_features, own_key,
    pos_of, Feats, IdMap, Prepared,
};
use features::{B, HAS_UPPER, I, L, NTAGS, O, U};
use model::Connectors;
pub use model::{Model, ModelError};

/// The entity stage. Cheap to construct; the model is loaded once per
/// process.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityTagger;

impl Stage for EntityTagger {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments]
    }

    fn assigns(&self) -> Layer {
        Layer::Entities
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        if !doc.has(Layer::Segments) {
            return Err(StageError::MissingLayer(Layer::Segments));
        }
        let model = model().map_err(|e| StageError::Unsupported(e.to_string()))?;
        Ok(Annotation::Entities(model.tag(doc)))
    }
}

/// The model compiled into the binary, read on first use.
///
/// # Errors
/// When the compiled-in file is not a model for these features (a build from
/// a checkout whose model was not retrained after a feature change).
pub fn model() -> Result<&'static Model, ModelError> {
    static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(include_bytes!("../data/ner/model.bin")))
        .as_ref()
        .map_err(Clone::clone)
}

/// The entity mentions of a segmented document, with the compiled-in model
/// (none when it cannot be read; the stage reports that as an error).
#[must_use]
pub fn tag(doc: &Doc) -> Vec<Mention> {
    model().map(|m| m.tag(doc)).unwrap_or_default()
}

impl Model {
    /// The entity mentions of a segmented document: whole tokens, sorted,
    /// non-overlapping, each inside one sentence.
    #[must_use]
    pub fn tag(&self, doc: &Doc) -> Vec<Mention> {
        let tokens = doc.tokens();
        let words = crate::lexicon::token_texts(doc);
        // Tagging units: sentences, cut at line breaks that do not look like
        // hard wrapping; `owner` is each unit's sentence.
        let text = doc.text();
        let mut newlines = text.match_indices('\n').map(|(i, _)| i).peekable();
        let (mut units, mut owner) = (Vec::new(), Vec::new());
        for (si, s) in doc.sentences().iter().enumerate() {
            let end = (s.tokens.end as usize).min(tokens.len());
            let mut start = (s.tokens.start as usize).min(end);
            while let Some(nl) = newlines.next_if(|&nl| nl < s.span.end as usize) {
                if nl < s.span.start as usize {
                    continue;
                }
                // The first token after the line break.
                let i = start
                    + tokens
                        .get(start..end)
                        .map_or(0, |t| t.partition_point(|t| (t.span.start as usize) < nl));
                if i > start && i < end && line_break_ends_unit(text, tokens, start, i) {
                    units.push(start..i);
                    owner.push(si as u32);
                    start = i;
                }
            }
            if start < end {
                units.push(start..end);
                owner.push(si as u32);
            }
        }
        let mut p = Prepared::new(words, units);
        let (mut tags, mut margins) = (Vec::new(), Vec::new());
        Runtime::with(self, |scorer| {
            decode(
                &mut p,
                self.connectors(),
                self.search(),
                scorer,
                &mut tags,
                &mut margins,
            );
        });
        let mut out = Vec::new();
        for (s, &si) in p.sents.iter().zip(&owner) {
            for (r, kind, margin) in entities(&tags, &margins, s.clone()) {
                // No person's name opens with an article: "The Maduro
                // government" names Maduro (the tagger reads a
                // sentence-initial "The" with the name at times).
                let skip = usize::from(
                    label(kind) == EntityLabel::Per
                        && r.len() > 1
                        && p.words
                            .get(r.start)
                            .is_some_and(|w| w.eq_ignore_ascii_case("the")),
                );
                let (Some(first), Some(last)) = (tokens.get(r.start + skip), tokens.get(r.end - 1))
                else {
                    continue;
                };
                out.push(Mention {
                    span: Span::new(first.span.start, last.span.end),
                    label: label(kind),
                    sentence: si,
                    confidence: self.confidence(margin),
                });
            }
        }
        out
    }
}

/// Lines shorter than this that end a sentence's line are not hard-wrapped.
const WRAP_WIDTH: usize = 50;

/// True when a line break separates token `i` from the one before it and the
/// line that ends there (from token `line_start` of the unit on) is not
/// hard-wrapped running text: a short line, or one ending in terminal
/// punctuation. Names do not run across such breaks (list items, table rows,
/// datelines and sentences set one per line).
fn line_break_ends_unit(text: &str, tokens: &[Token], line_start: usize, i: usize) -> bool {
    let (Some(prev), Some(next)) = (tokens.get(i - 1), tokens.get(i)) else {
        return false;
    };
    let gap = text
        .get(prev.span.end as usize..next.span.start as usize)
        .unwrap_or("");
    if !gap.contains('\n') {
        return false;
    }
    // Where the line began: after the last line break before `prev`.
    let from = tokens.get(line_start).map_or(0, |t| t.span.start as usize);
    let line = text.get(from..prev.span.end as usize).unwrap_or("");
    let line = line.rsplit('\n').next().unwrap_or(line);
    let last = text.get(prev.span.range()).unwrap_or("");
    line.len() < WRAP_WIDTH
        || matches!(last, "." | "!" | "?" | ":" | ";" | "\"" | "”" | ")" | "...")
}

/// The label of kind `k` (0 PER, 1 ORG, 2 LOC, 3 MISC).
fn label(k: u8) -> EntityLabel {
    match k {
        0 => EntityLabel::Per,
        1 => EntityLabel::Org,
        2 => EntityLabel::Loc,
        _ => EntityLabel::Misc,
    }
}

/// Kind index of a label.
fn kind(l: EntityLabel) -> u8 {
    match l {
        EntityLabel::Per => 0,
        EntityLabel::Org => 1,
        EntityLabel::Loc => 2,
        EntityLabel::Misc => 3,
    }
}

/// Entities (token range, kind, least margin) in `tags[range]`, read
/// leniently: an entity left open is closed where it stops.
fn entities(tags: &[u8], margins: &[f32], range: Range<usize>) -> Vec<(Range<usize>, u8, f32)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8, f32)> = None;
    for (k, &t) in tags.get(range.clone()).unwrap_or(&[]).iter().enumerate() {
        if t == O && open.is_none() {
            continue; // most tokens
        }
        let i = range.start + k;
        let c = margins.get(i).copied().unwrap_or(f32::INFINITY);
        let continues = t != O
            && matches!(open, Some((_, k, _)) if k == kind_of(t) && pos_of(t) != U && pos_of(t) != B);
        if !continues {
            if let Some((s, k, m)) = open.take() {
                out.push((s..i, k, m));
            }
            if t != O {
                open = Some((i, kind_of(t), c));
            }
        } else if let Some(o) = open.as_mut() {
            o.2 = o.2.min(c);
        }
        if t != O && (pos_of(t) == L || pos_of(t) == U) {
            if let Some((s, k, m)) = open.take() {
                out.push((s..i + 1, k, m));
            }
        }
    }
    if let Some((s, k, m)) = open {
        out.push((s..range.end, k, m));
    }
    out
}

// ---------------------------------------------------------------------------
// Decoding, shared with the trainer

/// Scores tags for one token: the runtime model, or the trainer.
pub(crate) trait Scorer {
    /// The score of each tag for token `i` of `p`, whose context features are
    /// `context` (its own features the scorer computes, or remembers, from
    /// `p`; see [`features::own_features`]).
    fn score(&mut self, p: &Prepared, i: usize, context: &Feats, out: &mut [i32; NTAGS]);
    /// Whether [`Scorer::learn`] wants to be called (the trainer).
    fn learns(&self) -> bool {
        false
    }
    /// The decoder chose `pred` for token `i`, whose features are `feats`.
    fn learn(&mut self, _i: usize, _feats: &Feats, _pred: u8) {}
}

/// How a run of candidate tokens is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Search {
    /// Each token's best tag allowed after the previous one, left to right.
    Greedy,
    /// The best-scoring valid BILOU sequence.
    Viterbi,
}

/// O, L and U close what came before: the next tag opens (O, B or U).
#[inline]
const fn closes(t: u8) -> bool {
    !inside(t)
}

#[inline]
const fn opens(t: u8) -> bool {
    t == O || pos_of(t) == B || pos_of(t) == U
}

/// True when `t` may follow `prev` (`None` at the start of a run): after B
/// or I only I or L of the same label.
#[inline]
const fn may_follow(prev: Option<u8>, t: u8) -> bool {
    match prev {
        None => opens(t),
        Some(p) if closes(p) => opens(t),
        Some(p) => t != O && kind_of(t) == kind_of(p) && (pos_of(t) == I || pos_of(t) == L),
    }
}

/// Reusable buffers of one document's decoding.
#[derive(Default)]
struct Runs {
    scores: Vec<[i32; NTAGS]>,
    fwd: Vec<[i64; NTAGS]>,
    back: Vec<[u8; NTAGS]>,
    bwd: Vec<[i64; NTAGS]>,
}

/// Tags every token of `p` into `tags`, with each decision's margin over the
/// best alternative, in score units, in `margins` (infinite for tokens not
/// scored).
///
/// Within each unit, a maximal run of candidates is scored and decoded at
/// once: a candidate is a token with a capital letter, or a word of
/// `connectors` (words seen inside names in training: `of`, `'s`, `&`, …)
/// right after another candidate; a run does not end with a connector that
/// never ends a name (the comma after "Biden"). Every other token is `O`
/// unscored, so an entity begins with a capitalized word; in CoNLL-2003
/// training data 0.2% of entities do not.
pub(crate) fn decode<S: Scorer>(
    p: &mut Prepared,
    connectors: &Connectors,
    search: Search,
    s: &mut S,
    tags: &mut Vec<u8>,
    margins: &mut Vec<f32>,
) {
    tags.clear();
    tags.resize(p.words.len(), O);
    margins.clear();
    margins.resize(p.words.len(), f32::INFINITY);
    // Labels given to each word earlier in the document: O, PER, ORG, LOC, MISC.
    // Sized once: keys are capitalized tokens' words.
    let mut history: IdMap<[u8; 5]> = IdMap::with_capacity_and_hasher(p.uppers, Default::default());
    let mut f = Feats::new();
    let mut runs = Runs::default();
    let upper = |p: &Prepared, i: usize| p.info.get(i).is_some_and(|t| t.flags & HAS_UPPER != 0);
    let lower = |p: &Prepared, i: usize| p.info.get(i).map_or(0, |t| t.lower);
    for si in 0..p.sents.len() {
        let Some(sent) = p.sents.get(si).cloned() else {
            break;
        };
        let sent = &sent;
        let caps = p.caps.get(si).copied().unwrap_or(false);
        let mut i = sent.start;
        while i < sent.end {
            if !upper(p, i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < sent.end && (upper(p, end) || connectors.continues(lower(p, end))) {
                end += 1;
            }
            while end > i + 1 && !upper(p, end - 1) && !connectors.ends(lower(p, end - 1)) {
                end -= 1;
            }
            p.fill(i.saturating_sub(2).max(sent.start)..(end + 2).min(sent.end));
            let p = &*p;
            runs.scores.clear();
            for k in i..end {
                let hist = p
                    .info
                    .get(k)
                    .and_then(|t| history.get(&t.lower))
                    .map_or(0, history_value);
                f.clear();
                context_features(p, k, sent, caps, hist, &mut f);
                let mut sc = [0i32; NTAGS];
                s.score(p, k, &f, &mut sc);
                runs.scores.push(sc);
            }
            let (Some(t_out), Some(m_out)) = (tags.get_mut(i..end), margins.get_mut(i..end)) else {
                break;
            };
            match search {
                Search::Greedy => greedy(&runs.scores, t_out, m_out),
                Search::Viterbi => viterbi(&mut runs, t_out, m_out),
            }
            if s.learns() {
                for k in i..end {
                    let Some(info) = p.info.get(k) else { continue };
                    let hist = history.get(&info.lower).map_or(0, history_value);
                    f.clear();
                    features(p, k, sent, caps, hist, &mut f);
                    s.learn(k, &f, tags.get(k).copied().unwrap_or(O));
                }
            }
            for k in i..end {
                let Some(info) = p.info.get(k) else { continue };
                if info.flags & HAS_UPPER != 0 {
                    let t = tags.get(k).copied().unwrap_or(O);
                    let counts = history.entry(info.lower).or_insert([0; 5]);
                    let slot = if t == O { 0 } else { 1 + kind_of(t) as usize };
                    if let Some(n) = counts.get_mut(slot) {
                        *n = n.saturating_add(1);
                    }
                }
            }
            i = end;
        }
    }
}

/// Left to right, each token's best tag allowed after the previous one.
fn greedy(scores: &[[i32; NTAGS]], tags: &mut [u8], margins: &mut [f32]) {
    let n = scores.len();
    let mut prev = None;
    for (k, sc) in scores.iter().enumerate() {
        let last = k + 1 == n;
        let (mut best, mut best_s, mut second_s) = (O, i64::MIN, i64::MIN);
        for (t, &x) in sc.iter().enumerate() {
            let t = t as u8;
            if !may_follow(prev, t) || (last && !closes(t)) {
                continue;
            }
            let x = i64::from(x);
            if x > best_s {
                second_s = best_s;
                best_s = x;
                best = t;
            } else if x > second_s {
                second_s = x;
            }
        }
        if let Some(slot) = tags.get_mut(k) {
            *slot = best;
        }
        if let Some(slot) = margins.get_mut(k) {
            *slot = if second_s == i64::MIN {
                f32::INFINITY
            } else {
                (best_s - second_s) as f32
            };
        }
        prev = Some(best);
    }
}

/// The best valid BILOU sequence over `runs.scores` (a run ends closed: its
/// last tag is O, L or U). A token's margin is the best sequence's score
/// minus the best score of a sequence with another tag at that token
/// (max-marginals from a forward and a backward pass).
///
/// BILOU's structure keeps each step linear in the tags: O, B and U follow
/// the best closing tag (O, L or U), and I and L of a label follow the
/// better of B and I of that label.
fn viterbi(runs: &mut Runs, tags: &mut [u8], margins: &mut [f32]) {
    let n = runs.scores.len();
    if n == 1 {
        return single(&runs.scores, tags, margins);
    }
    let Runs {
        scores,
        fwd,
        back,
        bwd,
    } = runs;
    fwd.clear();
    fwd.resize(n, [NEG; NTAGS]);
    back.clear();
    back.resize(n, [O; NTAGS]);
    bwd.clear();
    bwd.resize(n, [NEG; NTAGS]);
    // Forward: the best prefix ending in tag t at k.
    let mut prev: Option<[i64; NTAGS]> = None;
    for ((cur, bk), sc) in fwd.iter_mut().zip(back.iter_mut()).zip(scores.iter()) {
        let (closed, from_closed, open, from_open) = match &prev {
            None => (0, O, [NEG; 4], [O; 4]),
            Some(pv) => best_predecessors(pv),
        };
        cur[0] = closed + i64::from(sc[0]);
        bk[0] = from_closed;
        for k in 0..4 {
            let b = 1 + 4 * k;
            let (o, fo) = (open[k], from_open[k]);
            cur[b] = closed + i64::from(sc[b]);
            cur[b + 1] = o + i64::from(sc[b + 1]);
            cur[b + 2] = o + i64::from(sc[b + 2]);
            cur[b + 3] = closed + i64::from(sc[b + 3]);
            (bk[b], bk[b + 1], bk[b + 2], bk[b + 3]) = (from_closed, fo, fo, from_closed);
        }
        prev = Some(*cur);
    }
    // Backward: the best completion after tag t at k, the run ending closed.
    let mut next: Option<([i64; NTAGS], &[i32; NTAGS])> = None;
    for (k, cur) in bwd.iter_mut().enumerate().rev() {
        match next {
            None => {
                for (t, slot) in cur.iter_mut().enumerate() {
                    *slot = if closes(t as u8) { 0 } else { NEG };
                }
            }
            Some((nb, ns)) => {
                let via = |t: usize| nb[t] + i64::from(ns[t]);
                let mut after_closed = via(0);
                for k in 0..4 {
                    let b = 1 + 4 * k;
                    after_closed = after_closed.max(via(b)).max(via(b + 3));
                }
                cur[0] = after_closed;
                for k in 0..4 {
                    let b = 1 + 4 * k;
                    let after_open = via(b + 1).max(via(b + 2));
                    (cur[b], cur[b + 1], cur[b + 2], cur[b + 3]) =
                        (after_open, after_open, after_closed, after_closed);
                }
            }
        }
        if let Some(sc) = scores.get(k) {
            next = Some((*cur, sc));
        }
    }
    // The best last tag, then back-pointers.
    let (Some(last_f), Some(last_b)) = (fwd.last(), bwd.last()) else {
        return;
    };
    let (mut t, mut best) = (O, NEG);
    for (q, (&f, &b)) in last_f.iter().zip(last_b).enumerate() {
        if f + b > best {
            best = f + b;
            t = q as u8;
        }
    }
    for (k, slot) in tags.iter_mut().enumerate().take(n).rev() {
        *slot = t;
        t = back.get(k).map_or(O, |b| b[usize::from(t)]);
    }
    // Margins from max-marginals.
    for (((f, b), &chosen), slot) in fwd.iter().zip(bwd.iter()).zip(tags.iter()).zip(margins) {
        let mut other = NEG;
        for (q, (&x, &y)) in f.iter().zip(b).enumerate() {
            if q != usize::from(chosen) {
                other = other.max(x + y);
            }
        }
        *slot = if other <= NEG {
            f32::INFINITY
        } else {
            (best - other) as f32
        };
    }
}

/// The best closing tag of `pv` (O, L or U) with its score, and for each
/// label the better of its B and I.
#[inline]
fn best_predecessors(pv: &[i64; NTAGS]) -> (i64, u8, [i64; 4], [u8; 4]) {
    let (mut closed, mut from_closed) = (pv[0], O);
    let (mut open, mut from_open) = ([NEG; 4], [O; 4]);
    for k in 0..4 {
        let b = 1 + 4 * k;
        for t in [b + 2, b + 3] {
            if pv[t] > closed {
                (closed, from_closed) = (pv[t], t as u8);
            }
        }
        (open[k], from_open[k]) = if pv[b + 1] > pv[b] {
            (pv[b + 1], (b + 1) as u8)
        } else {
            (pv[b], b as u8)
        };
    }
    (closed, from_closed, open, from_open)
}

/// A run of one token: O or a unit entity, whichever scores best.
fn single(scores: &[[i32; NTAGS]], tags: &mut [u8], margins: &mut [f32]) {
    let (Some(sc), Some(tag), Some(margin)) =
        (scores.first(), tags.first_mut(), margins.first_mut())
    else {
        return;
    };
    let (mut best, mut best_s, mut second_s) = (O, sc[usize::from(O)], i32::MIN);
    for kind in 0..4u8 {
        let t = bilou(kind, U);
        let s = sc[usize::from(t)];
        if s > best_s {
            (second_s, best_s, best) = (best_s, s, t);
        } else if s > second_s {
            second_s = s;
        }
    }
    *tag = best;
    *margin = (i64::from(best_s) - i64::from(second_s)) as f32;
}

/// Minus infinity for path scores (far from overflow when added to).
const NEG: i64 = i64::MIN / 4;

/// Entries of the per-thread cache of own-feature sums.
const OWN_CACHE: usize = 1 << 12;

/// Per thread, the summed rows of words' own features (one model at a time):
/// names and capitalized words recur, and a hit replaces about fifteen row
/// reads with one. Direct-mapped by [`own_key`]; a sum is exact, so whether
/// a word was cached never changes a result.
struct OwnCache {
    model: u64,
    keys: Vec<u64>,
    sums: Vec<[i16; model::ROW]>,
}

impl OwnCache {
    /// Empties the cache unless it holds sums of `model`.
    fn use_for(&mut self, model: u64) {
        if self.model != model || self.keys.len() != OWN_CACHE {
            self.model = model;
            self.keys = vec![0; OWN_CACHE];
            self.sums = vec![[0; model::ROW]; OWN_CACHE];
        }
    }
}

thread_local! {
    static OWN: RefCell<OwnCache> = const {
        RefCell::new(OwnCache {
            model: 0,
            keys: Vec::new(),
            sums: Vec::new(),
        })
    };
}

/// The compiled model as a [`Scorer`]: O scores 0 (see [`Model`]).
struct Runtime<'m> {
    model: &'m Model,
    cache: Option<&'m mut OwnCache>,
    own: Feats,
}

impl<'m> Runtime<'m> {
    /// Runs `f` with a scorer for `model`, using this thread's cache when it
    /// is free (not already in use up the stack, not torn down).
    fn with<R>(model: &Model, mut f: impl FnMut(&mut Runtime<'_>) -> R) -> R {
        let uncached = |model| Runtime {
            model,
            cache: None,
            own: Feats::new(),
        };
        OWN.try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => {
                cache.use_for(model.id());
                f(&mut Runtime {
                    model,
                    cache: Some(&mut cache),
                    own: Feats::new(),
                })
            }
            Err(_) => f(&mut uncached(model)),
        })
        .unwrap_or_else(|_| f(&mut uncached(model)))
    }

    /// The summed rows of token `i`'s own features.
    #[inline]
    fn own(&mut self, p: &Prepared, i: usize) -> [i16; model::ROW] {
        let key = p.info.get(i).map_or(0, own_key);
        let slot = (key as usize) & (OWN_CACHE - 1);
        if let Some(c) = self.cache.as_deref() {
            if c.keys.get(slot) == Some(&key) {
                if let Some(sum) = c.sums.get(slot) {
                    return *sum;
                }
            }
        }
        self.own.clear();
        own_features(p, i, &mut self.own);
        let mut sum = [0i16; model::ROW];
        self.model.add_rows(&self.own, &mut sum);
        if let Some(c) = self.cache.as_deref_mut() {
            if let (Some(k), Some(s)) = (c.keys.get_mut(slot), c.sums.get_mut(slot)) {
                *k = key;
                *s = sum;
            }
        }
        sum
    }
}

impl Scorer for Runtime<'_> {
    #[inline]
    fn score(&mut self, p: &Prepared, i: usize, context: &Feats, out: &mut [i32; NTAGS]) {
        let mut acc = self.own(p, i);
        self.model.add_rows(context, &mut acc);
        out[0] = 0;
        for (o, a) in out.iter_mut().skip(1).zip(acc) {
            *o = i32::from(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use herald_core::{Article, Doc};

    use super::*;
    use crate::segment::Segmenter;

    fn run(text: &str) -> (Doc, Vec<Mention>) {
        let mut doc = Doc::new(&Article::new(text, None)).unwrap();
        let seg = Segmenter.run(&doc).unwrap();
        doc.apply(seg);
        let Annotation::Entities(m) = EntityTagger.run(&doc).unwrap() else {
            panic!("entities stage returned another layer");
        };
        (doc, m)
    }

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let (doc, m) = run(text);
        m.iter()
            .map(|m| (doc.text_of(m.span).to_owned(), m.label.as_str()))
            .collect()
    }

    fn has(found: &[(String, &str)], text: &str, label: &str) -> bool {
        found.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn entities_model_loads() {
        let m = model().unwrap();
        assert!(m.nonzero_rows() > 1000);
    }

    #[test]
    fn entities_people_and_places() {
        let f = found("German Chancellor Olaf Scholz met U.S. President Joe Biden in Washington.");
        assert!(has(&f, "Olaf Scholz", "PER"), "{f:?}");
        assert!(has(&f, "Joe Biden", "PER"), "{f:?}");
        assert!(has(&f, "Washington", "LOC"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(t, _)| t.contains("Chancellor") || t.contains("President")),
            "{f:?}"
        );
    }

    #[test]
    fn entities_no_person_opens_with_an_article() {
        let f = found("The Maduro government arrested him. The Obama administration disagreed.");
        assert!(
            !f.iter().any(|(t, l)| *l == "PER" && t.starts_with("The ")),
            "{f:?}"
        );
        assert!(has(&f, "Maduro", "PER"), "{f:?}");
    }

    #[test]
    fn entities_organisations() {
        let f = found(
            "The European Union and the United Nations condemned the attack, Reuters reported.",
        );
        assert!(has(&f, "European Union", "ORG"), "{f:?}");
        assert!(has(&f, "United Nations", "ORG"), "{f:?}");
    }

    #[test]
    fn entities_are_whole_tokens_sorted_and_disjoint() {
        let text = "Russia's foreign minister Sergei Lavrov told reporters in Moscow on Monday that NATO and the U.S. had ignored Russia's demands. Lavrov said Germany's Olaf Scholz would visit Kyiv.";
        let (doc, m) = run(text);
        assert!(m.len() >= 5, "{m:?}");
        let starts: Vec<u32> = doc.tokens().iter().map(|t| t.span.start).collect();
        let ends: Vec<u32> = doc.tokens().iter().map(|t| t.span.end).collect();
        let mut prev_end = 0;
        for x in &m {
            assert!(starts.contains(&x.span.start) && ends.contains(&x.span.end));
            assert!(x.span.start >= prev_end && x.span.start < x.span.end);
            assert!((0.0..=1.0).contains(&x.confidence));
            let s = &doc.sentences()[x.sentence as usize];
            assert!(s.span.contains(x.span));
            prev_end = x.span.end;
        }
        let f = found(text);
        assert!(has(&f, "Sergei Lavrov", "PER"), "{f:?}");
        assert!(has(&f, "Moscow", "LOC"), "{f:?}");
        assert!(!f.iter().any(|(t, _)| t == "Monday"), "{f:?}");
    }

    #[test]
    fn entities_later_mention_follows_earlier() {
        let f = found("Phil Simmons took four wickets. Later, Simmons said the pitch was dry.");
        assert!(has(&f, "Phil Simmons", "PER"), "{f:?}");
        assert!(has(&f, "Simmons", "PER"), "{f:?}");
    }

    #[test]
    fn entities_lowercase_text_has_none() {
        assert!(found("the talks went on all night and nobody left.").is_empty());
    }

    #[test]
    fn entities_needs_segments() {
        let doc = Doc::new(&Article::new("Biden spoke.", None)).unwrap();
        assert_eq!(
            EntityTagger.run(&doc),
            Err(StageError::MissingLayer(Layer::Segments))
        );
    }

    #[test]
    fn entities_reads_bilou_leniently() {
        let (b, i, l, u) = (bilou(0, B), bilou(0, I), bilou(0, L), bilou(1, U));
        let tags = [O, b, i, l, u, b, O, i];
        let conf = [9.0, 0.9, 0.5, 0.8, 0.7, 9.0, 9.0, 9.0];
        let e = entities(&tags, &conf, 0..8);
        assert_eq!(e.len(), 4);
        assert_eq!((e[0].0.clone(), e[0].1, e[0].2), (1..4, 0, 0.5));
        assert_eq!((e[1].0.clone(), e[1].1), (4..5, 1));
        assert_eq!(e[2].0, 5..6);
        assert_eq!(e[3].0, 7..8);
        assert_eq!(kind(label(2)), 2);
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::segment::Segmenter;
    use herald_core::{Article, Doc};

    fn news_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("U.S.".to_owned()),
            Just("Mr.".to_owned()),
            Just("President".to_owned()),
            Just("of".to_owned()),
            Just("the".to_owned()),
            Just("'s".to_owned()),
            Just(".".to_owned()),
            Just(",".to_owned()),
            Just("\n".to_owned()),
            Just("\n\n".to_owned()),
            Just("MOSCOW (Reuters) -".to_owned()),
            Just("Élysée".to_owned()),
            Just("ÉLYSÉE".to_owned()),
            Just("said".to_owned()),
            "[A-Z][a-z]{0,8}",
            "[A-Z]{1,5}",
            "[a-z]{1,8}",
            "\\PC{0,6}",
            ".{0,4}",
        ];
        prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
    }

    fn check(text: &str) {
        let Ok(mut doc) = Doc::new(&Article::new(text, None)) else {
            return;
        };
        let seg = Segmenter.run(&doc).unwrap();
        doc.apply(seg);
        let Ok(Annotation::Entities(m)) = EntityTagger.run(&doc) else {
            panic!("entities stage failed");
        };
        let t = doc.text();
        let mut prev_end = 0;
        for x in &m {
            let (s, e) = (x.span.start as usize, x.span.end as usize);
            assert!(s < e && e <= t.len(), "mention out of bounds");
            assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
            assert!(s >= prev_end, "mentions overlap or are unsorted");
            assert!(doc.tokens().iter().any(|k| k.span.start == x.span.start));
            assert!(doc.tokens().iter().any(|k| k.span.end == x.span.end));
            assert!((0.0..=1.0).contains(&x.confidence));
            prev_end = e;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

        #[test]
        fn entities_spans_are_valid_on_news_like_text(text in news_like()) {
            check(&text);
        }

        #[test]
        fn entities_spans_are_valid_on_any_text(text in "\\PC*") {
            check(&text);
        }
    }
}
