//! The entity tagger's model: a hashed weight table and its file format.
//!
//! Owns the weights and how they are stored; it does not know what a feature
//! means (see [`super::features`]).
//!
//! # The table
//! A feature hash selects one of `2^bits` rows; a row holds one `i16` weight
//! per tag other than `O`. The `O` column is zero: the trainer subtracts each
//! row's `O` weight from the row, which changes no difference between two
//! tags' scores and so no decision or margin, and leaves 16 weights, 32 bytes,
//! per row: half a cache line, one or two vector additions. Weights are
//! averaged-perceptron weights divided by `scale` and rounded.
//!
//! # The file
//! Little-endian: `HNER`, format version (u32), feature fingerprint (u64),
//! `bits` (u32), `scale` (f32), `temperature` (f32), number of non-zero rows
//! (u32), then for each non-zero row in bucket order the distance from the
//! previous row's bucket as a LEB128 varint and its 16 weights as zigzag
//! varints. Most weights are small, so most take one byte.

use super::features::{fingerprint, Feats, NTAGS};

const MAGIC: &[u8; 4] = b"HNER";
const FORMAT: u32 = 1;

/// Weights per row: every tag but `O`.
pub(crate) const ROW: usize = NTAGS - 1;

/// A trained, quantized entity model.
#[derive(Debug, Clone)]
pub struct Model {
    bits: u32,
    /// `2^bits` rows of [`ROW`] weights.
    weights: Vec<i16>,
    /// Real weight of one quantum.
    scale: f32,
    /// Margin (in real weight units) at which a decision's confidence is
    /// 1 - 1/e ≈ 0.63.
    temperature: f32,
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

impl Model {
    /// A model from its weights (rows of 16 `i16`, `O` column removed).
    ///
    /// # Panics
    /// When `weights` is not `2^bits` rows long (a bug in the trainer).
    #[must_use]
    pub(crate) fn new(bits: u32, weights: Vec<i16>, scale: f32, temperature: f32) -> Model {
        assert_eq!(weights.len(), (1usize << bits) * ROW, "weight table size");
        Model {
            bits,
            weights,
            scale,
            temperature,
        }
    }

    /// Rows of the table are `2^bits`.
    #[must_use]
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Number of rows with a non-zero weight.
    #[must_use]
    pub fn nonzero_rows(&self) -> usize {
        self.weights
            .chunks_exact(ROW)
            .filter(|r| r.iter().any(|&w| w != 0))
            .count()
    }

    /// The same model with another confidence temperature.
    #[must_use]
    pub fn with_temperature(mut self, temperature: f32) -> Model {
        self.temperature = temperature;
        self
    }

    /// Confidence of a decision won by `margin` quanta.
    #[inline]
    pub(crate) fn confidence(&self, margin: i32) -> f32 {
        let m = margin as f32 * self.scale / self.temperature.max(f32::MIN_POSITIVE);
        1.0 - (-m).exp()
    }

    /// Adds the rows of `feats` into `acc` (one score per tag but `O`, whose
    /// score is 0).
    #[inline]
    pub(crate) fn score(&self, feats: &Feats, acc: &mut [i32; ROW]) {
        *acc = [0; ROW];
        let shift = 64 - self.bits;
        for &h in feats.hashes() {
            let row = (h >> shift) as usize * ROW;
            if let Some(w) = self.weights.get(row..row + ROW) {
                for (a, &x) in acc.iter_mut().zip(w) {
                    *a += i32::from(x);
                }
            }
        }
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
        let rows = self.nonzero_rows() as u32;
        out.extend_from_slice(&rows.to_le_bytes());
        let mut last = 0usize;
        for (b, r) in self.weights.chunks_exact(ROW).enumerate() {
            if r.iter().all(|&w| w == 0) {
                continue;
            }
            put_varint(&mut out, (b - last) as u64);
            last = b;
            for &w in r {
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
        if !(8..=24).contains(&bits) {
            return Err(ModelError::Format("table size out of range"));
        }
        let scale = f32::from_bits(r.u32()?);
        let temperature = f32::from_bits(r.u32()?);
        if !(scale.is_finite() && scale > 0.0 && temperature.is_finite() && temperature > 0.0) {
            return Err(ModelError::Format("bad scale"));
        }
        let rows = r.u32()? as usize;
        let n = 1usize << bits;
        let mut weights = vec![0i16; n * ROW];
        let mut b = 0usize;
        for k in 0..rows {
            let d = r.varint()? as usize;
            b = b
                .checked_add(d)
                .filter(|&b| b < n && (d > 0 || k == 0))
                .ok_or(ModelError::Format("bad row index"))?;
            for j in 0..ROW {
                let w = unzigzag(r.varint()?).ok_or(ModelError::Format("weight out of range"))?;
                if let Some(slot) = weights.get_mut(b * ROW + j) {
                    *slot = w;
                }
            }
        }
        if r.at != bytes.len() {
            return Err(ModelError::Format("trailing bytes"));
        }
        Ok(Model {
            bits,
            weights,
            scale,
            temperature,
        })
    }
}

fn zigzag(w: i16) -> u64 {
    let w = i64::from(w);
    ((w << 1) ^ (w >> 63)) as u64
}

fn unzigzag(v: u64) -> Option<i16> {
    let w = (v >> 1) as i64 ^ -((v & 1) as i64);
    i16::try_from(w).ok()
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
            let b = *self
                .b
                .get(self.at)
                .ok_or(ModelError::Format("truncated"))?;
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
        let mut w = vec![0i16; (1 << 8) * ROW];
        w[3 * ROW + 2] = -300;
        w[3 * ROW + 15] = i16::MAX;
        w[200 * ROW] = i16::MIN;
        let m = Model::new(8, w, 0.5, 2.0);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.weights, m.weights);
        assert_eq!((back.bits, back.scale, back.temperature), (8, 0.5, 2.0));
        assert_eq!(back.nonzero_rows(), 2);
    }

    #[test]
    fn bad_model_files_are_errors() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"HNERxxxx").is_err());
        let m = Model::new(8, vec![1; (1 << 8) * ROW], 1.0, 1.0);
        let bytes = m.to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut stale = bytes.clone();
        stale[8] ^= 1;
        assert_eq!(Model::from_bytes(&stale).unwrap_err(), ModelError::Stale);
    }
}
