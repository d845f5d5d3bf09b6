//! The entity tagger's model: a hashed weight table and its file format.
//!
//! Owns the weights and how they are stored; it does not know what a feature
//! means (see [`super::features`]).
//!
//! # The table
//! A feature hash selects one of `2^bits` buckets; a bucket's row holds one `i8` weight
//! per tag other than `O`. The `O` column is zero: the trainer subtracts each
//! row's `O` weight from the row, which changes no difference between two
//! tags' scores and so no decision or margin, and leaves 16 weights, 16 bytes,
//! per row: a quarter of a cache line, one vector addition. Weights are
//! averaged-perceptron weights divided by `scale` and rounded.
//!
//! # The file
//! Little-endian: `HNER`, format version (u32), feature fingerprint (u64),
//! `bits` (u32), `scale` (f32), `temperature` (f32), search (u32: 0 greedy,
//! 1 Viterbi), the connector words that continue names and those that end
//! them (each list: a count, u32, then sorted hashes, u64), the number of
//! non-zero rows (u32), then for each non-zero row in bucket order the distance from the
//! previous row's bucket as a LEB128 varint and its 16 weights as zigzag
//! varints. Most weights are small, so most take one byte.

use std::sync::atomic::{AtomicU64, Ordering};

use super::features::{fingerprint, Feats, NTAGS};
use super::Search;

const MAGIC: &[u8; 4] = b"HNER";
const FORMAT: u32 = 4;

/// Largest quantized weight: rows are `i8`. A decision adds about 45 rows
/// into `i16` sums, which cannot overflow. On the CoNLL-2003 dev set this
/// range scores as ±2047 did (micro F1 within 0.001).
pub(crate) const QMAX: f32 = 127.0;

/// Weights per row: every tag but `O`.
pub(crate) const ROW: usize = NTAGS - 1;

/// One row of weights, aligned so that it never straddles a cache line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(align(16))]
struct Row([i8; ROW]);

/// Most buckets a model may have: its dense table is 16 bytes a bucket.
pub(crate) const MAX_BITS: u32 = 20;

/// A trained, quantized entity model.
///
/// In memory the table is dense, one row per bucket, so that a feature costs
/// one read and no branch. The default 2^18 buckets take 4 MB; the file
/// holds only the non-zero rows (most buckets have none: the perceptron
/// only learns weights for features of decisions it got wrong). Measured on
/// `news_politics.jsonl`: a sparse table (a bit index of 256 KB and a rank
/// per 64 buckets, the rows in bucket order) at 2^20 buckets made the
/// decoder 20% slower, its time spent waiting on the index.
#[derive(Debug, Clone)]
pub struct Model {
    /// Unique per loaded or trained table (clones share it): caches of
    /// weight sums are valid for one id.
    id: u64,
    bits: u32,
    /// `2^bits` rows.
    rows: Vec<Row>,
    /// Real weight of one quantum.
    scale: f32,
    /// Margin (in real weight units) at which a decision's confidence is
    /// 1 - 1/e ≈ 0.63.
    temperature: f32,
    /// Words that continue a name without a capital.
    connectors: Connectors,
    /// How runs are decoded (as in training).
    search: Search,
}

/// Lowercase words (by [`lower_hash`](super::features::lower_hash)) that
/// continue a name without a capital letter, learned from training data:
/// those seen inside names (`of`, `'s`, `&`, `de`), and those seen ending one
/// (`'s` in "Lord 's", a number in "Windows 95").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Connectors {
    /// Seen inside names after their first word, sorted.
    inner: Vec<u64>,
    /// Seen as the last word of a name, sorted.
    enders: Vec<u64>,
}

impl Connectors {
    /// The sets from the two lists, in any order.
    pub(crate) fn new(mut inner: Vec<u64>, mut enders: Vec<u64>) -> Connectors {
        inner.sort_unstable();
        inner.dedup();
        enders.sort_unstable();
        enders.dedup();
        Connectors { inner, enders }
    }

    /// True when the word may continue a name.
    #[inline]
    pub(crate) fn continues(&self, lower: u64) -> bool {
        self.inner.binary_search(&lower).is_ok()
    }

    /// True when the word may end a name.
    #[inline]
    pub(crate) fn ends(&self, lower: u64) -> bool {
        self.enders.binary_search(&lower).is_ok()
    }
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelError {
    /// Not a model file, or a truncated one.
    Format(&'static str),
    /// Trained on other features: retrain it.
    Stale,
}

// `thiserror` is not a dependency of this crate for one enum.
impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::Format(why) => write!(f, "not an entity model file: {why}"),
            ModelError::Stale => f.write_str(
                "the entity model was trained on other features (retrain it with the train_ner example)",
            ),
        }
    }
}

impl std::error::Error for ModelError {}

/// The dense table of `2^bits` rows from `(bucket, row)` pairs (buckets in
/// range; a later pair for a bucket replaces an earlier one).
fn dense(bits: u32, rows: impl Iterator<Item = (usize, [i8; ROW])>) -> Vec<Row> {
    let mut table = vec![Row([0; ROW]); 1usize << bits];
    for (b, r) in rows {
        if let Some(slot) = table.get_mut(b) {
            *slot = Row(r);
        }
    }
    table
}

impl Model {
    /// A model from a dense table of `2^bits` rows of 16 weights (`O` column
    /// removed).
    ///
    /// # Panics
    /// When `weights` is not `2^bits` rows long (a bug in the trainer).
    #[must_use]
    pub(crate) fn new(
        bits: u32,
        weights: &[i8],
        scale: f32,
        connectors: Connectors,
        search: Search,
    ) -> Model {
        assert_eq!(weights.len(), (1usize << bits) * ROW, "weight table size");
        let rows = weights.chunks_exact(ROW).enumerate().map(|(b, r)| {
            let mut row = [0i8; ROW];
            row.copy_from_slice(r);
            (b, row)
        });
        Model {
            id: next_id(),
            bits,
            rows: dense(bits, rows),
            scale,
            temperature: 1.0,
            connectors,
            search,
        }
    }

    /// Words that continue a name without a capital.
    #[inline]
    pub(crate) fn connectors(&self) -> &Connectors {
        &self.connectors
    }

    /// How runs are decoded.
    #[inline]
    pub(crate) fn search(&self) -> Search {
        self.search
    }

    /// The row of bucket `b` (zeros when the model has no weight there).
    #[inline]
    fn row(&self, b: usize) -> Option<&Row> {
        self.rows.get(b)
    }

    /// Rows of the table are `2^bits`.
    #[must_use]
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Number of rows with a non-zero weight.
    #[must_use]
    pub fn nonzero_rows(&self) -> usize {
        self.rows.iter().filter(|r| r.0 != [0; ROW]).count()
    }

    /// The confidence temperature: the margin, in weight units, at which a
    /// decision's confidence is 1 - 1/e.
    #[must_use]
    pub fn temperature(&self) -> f32 {
        self.temperature
    }

    /// The same model with another confidence temperature.
    #[must_use]
    pub fn with_temperature(mut self, temperature: f32) -> Model {
        self.temperature = temperature;
        self
    }

    /// Confidence, 0–1, of a decision won by `margin` quanta.
    #[inline]
    pub(crate) fn confidence(&self, margin: f32) -> f32 {
        let m = margin * self.scale;
        let c = 1.0 - (-m / self.temperature.max(f32::MIN_POSITIVE)).exp();
        c.clamp(0.0, 1.0)
    }

    /// The table's identity, for caches of its sums.
    #[inline]
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Adds the rows of `feats` into `acc` (one score per tag but `O`, whose
    /// score is 0). A decision adds two sets (its own features and its
    /// context) of at most [`MAX_FEATS`](super::features::MAX_FEATS) rows of
    /// weights within ±[`QMAX`], so a sum stays within ±16256: plain `i16`
    /// adds, on a local copy that stays in two vector registers.
    #[inline]
    pub(crate) fn add_rows(&self, feats: &Feats, acc: &mut [i16; ROW]) {
        let shift = 64 - self.bits;
        let mut sum = *acc;
        for &h in feats.hashes() {
            if let Some(w) = self.row((h >> shift) as usize) {
                for (a, &x) in sum.iter_mut().zip(&w.0) {
                    *a = a.wrapping_add(i16::from(x));
                }
            }
        }
        *acc = sum;
    }

    /// The model file's bytes.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&fingerprint().to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        let search: u32 = match self.search {
            Search::Greedy => 0,
            Search::Viterbi => 1,
        };
        out.extend_from_slice(&search.to_le_bytes());
        for list in [&self.connectors.inner, &self.connectors.enders] {
            out.extend_from_slice(&(list.len() as u32).to_le_bytes());
            for c in list {
                out.extend_from_slice(&c.to_le_bytes());
            }
        }
        let rows = self.nonzero_rows() as u32;
        out.extend_from_slice(&rows.to_le_bytes());
        let mut last = 0usize;
        for (b, r) in self.rows.iter().enumerate() {
            if r.0 == [0; ROW] {
                continue;
            }
            put_varint(&mut out, (b - last) as u64);
            last = b;
            for &w in &r.0 {
                put_varint(&mut out, zigzag(w));
            }
        }
        out
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// [`ModelError::Format`] for a file that is not a model (or is
    /// truncated), [`ModelError::Stale`] for a model of other features.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError::Format("bad magic"));
        }
        if r.u32()? != FORMAT {
            return Err(ModelError::Format("unknown format version"));
        }
        if r.u64()? != fingerprint() {
            return Err(ModelError::Stale);
        }
        let bits = r.u32()?;
        if !(8..=MAX_BITS).contains(&bits) {
            return Err(ModelError::Format("table size out of range"));
        }
        let scale = f32::from_bits(r.u32()?);
        let temperature = f32::from_bits(r.u32()?);
        if !(scale.is_finite() && scale > 0.0 && temperature.is_finite() && temperature > 0.0) {
            return Err(ModelError::Format("bad scale"));
        }
        let search = match r.u32()? {
            0 => Search::Greedy,
            1 => Search::Viterbi,
            _ => return Err(ModelError::Format("unknown search")),
        };
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.u32()? as usize;
            for _ in 0..n {
                list.push(r.u64()?);
            }
            if !list.is_sorted() {
                return Err(ModelError::Format("connectors not sorted"));
            }
        }
        let [inner, enders] = lists;
        let connectors = Connectors { inner, enders };
        let count = r.u32()? as usize;
        let n = 1usize << bits;
        let mut rows = Vec::with_capacity(count.min(n));
        let mut b = 0usize;
        for k in 0..count {
            let d = r.varint()? as usize;
            b = b
                .checked_add(d)
                .filter(|&b| b < n && (d > 0 || k == 0))
                .ok_or(ModelError::Format("bad row index"))?;
            let mut row = [0i8; ROW];
            for w in &mut row {
                *w = unzigzag(r.varint()?).ok_or(ModelError::Format("weight out of range"))?;
            }
            rows.push((b, row));
        }
        if r.at != bytes.len() {
            return Err(ModelError::Format("trailing bytes"));
        }
        Ok(Model {
            id: next_id(),
            bits,
            rows: dense(bits, rows.into_iter()),
            scale,
            temperature,
            connectors,
            search,
        })
    }
}

fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn zigzag(w: i8) -> u64 {
    let w = i64::from(w);
    ((w << 1) ^ (w >> 63)) as u64
}

fn unzigzag(v: u64) -> Option<i8> {
    let w = (v >> 1) as i64 ^ -((v & 1) as i64);
    i8::try_from(w).ok()
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let s = self
            .b
            .get(self.at..self.at + n)
            .ok_or(ModelError::Format("truncated"))?;
        self.at += n;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(a))
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.b.get(self.at).ok_or(ModelError::Format("truncated"))?;
            self.at += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(ModelError::Format("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_file_round_trips() {
        let mut w = vec![0i8; (1 << 8) * ROW];
        w[3 * ROW + 2] = -100;
        w[3 * ROW + 15] = i8::MAX;
        w[200 * ROW] = i8::MIN;
        let c = Connectors::new(vec![9, 3, 9], vec![4]);
        let m = Model::new(8, &w, 0.5, c, Search::Viterbi).with_temperature(2.0);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.rows, m.rows);
        assert_eq!(back.connectors(), m.connectors());
        assert!(back.connectors().continues(3) && !back.connectors().continues(4));
        assert!(back.connectors().ends(4) && !back.connectors().ends(9));
        assert_eq!(back.search(), Search::Viterbi);
        assert_eq!(back.row(3).map(|r| r.0[2]), Some(-100));
        assert_eq!(back.row(200).map(|r| r.0[0]), Some(i8::MIN));
        assert_eq!(back.row(4).map(|r| r.0), Some([0; ROW]));
        assert_eq!((back.bits, back.scale, back.temperature), (8, 0.5, 2.0));
        assert_eq!(back.nonzero_rows(), 2);
    }

    #[test]
    fn bad_model_files_are_errors() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"HNERxxxx").is_err());
        let c = Connectors::default();
        let m = Model::new(8, &vec![1; (1 << 8) * ROW], 1.0, c, Search::Greedy);
        let bytes = m.to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut stale = bytes.clone();
        stale[8] ^= 1;
        assert_eq!(Model::from_bytes(&stale).unwrap_err(), ModelError::Stale);
    }
}
