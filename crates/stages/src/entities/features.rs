//! Features of the entity tagger: facts about each token ([`TokInfo`]) and
//! the hashed feature templates of one token ([`features`]).
//!
//! Owns what the tagger looks at; it does not score or decide (see
//! [`super::model`] and [`super::decode`]). The tagger and its trainer both
//! call [`features`], so the two cannot disagree about a feature.
//!
//! Features are 64-bit hashes of (template, value); the model maps a hash to a
//! row of its weight table. No feature is ever a string: the lowercase word
//! and the shapes are hashed once per token, eight bytes at a time (a short
//! ASCII word, most tokens, without a data-dependent branch), and templates
//! combine those hashes with a multiply. Typography is folded first (curly
//! quotes and apostrophes, dashes; digits are `0` in word identities), so
//! that text from other sources looks like the Reuters training text.
//!
//! Every token gets its case and lowercase hash ([`Prepared::new`]); shapes
//! and cue classes only for the tokens a decision reads ([`Prepared::fill`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon::data_lines;

/// Number of tags: `O` and B/I/L/U for each of the four labels.
pub(crate) const NTAGS: usize = 17;
/// The outside tag.
pub(crate) const O: u8 = 0;

/// Position of a tag inside its entity (BILOU).
pub(crate) const B: u8 = 0;
pub(crate) const I: u8 = 1;
pub(crate) const L: u8 = 2;
pub(crate) const U: u8 = 3;

/// The tag for label `kind` (0 PER, 1 ORG, 2 LOC, 3 MISC) at position `pos`.
#[inline]
pub(crate) const fn bilou(kind: u8, pos: u8) -> u8 {
    1 + 4 * kind + pos
}

/// The label of a tag other than `O`.
#[inline]
pub(crate) const fn kind_of(t: u8) -> u8 {
    (t.wrapping_sub(1) / 4) & 3
}

/// The BILOU position of a tag other than `O`.
#[inline]
pub(crate) const fn pos_of(t: u8) -> u8 {
    t.wrapping_sub(1) % 4
}

/// True when the tag opens or continues an entity that the next token must
/// continue (B or I).
#[inline]
pub(crate) const fn inside(t: u8) -> bool {
    t != O && pos_of(t) <= I
}

/// Bumped whenever a template, a token fact or the hashing changes: a model
/// trained on other features must not load.
pub(crate) const FEATURE_VERSION: u64 = 3;

/// Fingerprint of the feature definition (version and cue list), recorded in
/// the model file.
pub(crate) fn fingerprint() -> u64 {
    let mut h = FEATURE_VERSION;
    for line in data_lines(CUES) {
        h = mix(h, str_hash(line));
    }
    h
}

// ---------------------------------------------------------------------------
// Hashing

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by word hashes.
pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

#[inline]
fn fnv(h: u64, c: u32) -> u64 {
    (h ^ u64::from(c)).wrapping_mul(FNV_PRIME)
}

/// The splitmix64 finalizer: spreads every input bit over the output.
#[inline]
pub(crate) const fn finish(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Combines two hashes (order matters).
#[inline]
pub(crate) const fn mix(a: u64, b: u64) -> u64 {
    finish(a.rotate_left(29) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Combines two values into a feature value, cheaply: [`Feats::add`] mixes
/// again. Order matters.
#[inline]
const fn pair(a: u64, b: u64) -> u64 {
    a.rotate_left(29) ^ b.wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
}

fn str_hash(s: &str) -> u64 {
    finish(s.chars().fold(FNV_OFFSET, |h, c| fnv(h, u32::from(c))))
}

/// Typographic variants folded for every feature: curly quotes and
/// apostrophes, dashes. Digits become `0` in word identities.
#[inline]
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// Feeds the lowercase form of `c` (folded, digits as `0`) to `h`.
#[inline]
fn feed_lower(h: u64, c: char) -> u64 {
    if c.is_ascii() {
        let b = if c.is_ascii_digit() {
            b'0'
        } else {
            c.to_ascii_lowercase() as u8
        };
        return fnv(h, u32::from(b));
    }
    let c = fold(c);
    if c.is_numeric() {
        return fnv(h, u32::from(b'0'));
    }
    c.to_lowercase().fold(h, |h, l| fnv(h, u32::from(l)))
}

/// Word-at-a-time hashing of a byte stream: bytes are packed eight to a
/// word, one multiply per word (a byte-serial FNV spends a dependent
/// multiply on every byte, and every token of a document is hashed).
#[derive(Clone, Copy)]
struct Packer {
    h: u64,
    buf: u64,
    n: u32,
    len: u32,
}

impl Packer {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    const fn new(seed: u64) -> Packer {
        Packer {
            h: seed,
            buf: 0,
            n: 0,
            len: 0,
        }
    }

    #[inline(always)]
    fn push(&mut self, b: u8) {
        self.buf |= u64::from(b) << (8 * self.n);
        self.n += 1;
        self.len += 1;
        if self.n == 8 {
            self.h = (self.h.rotate_left(23) ^ self.buf).wrapping_mul(Packer::K);
            self.buf = 0;
            self.n = 0;
        }
    }

    #[inline]
    fn push_char(&mut self, c: char) {
        if c.is_ascii() {
            self.push(c as u8);
        } else {
            let mut utf8 = [0u8; 4];
            for &b in c.encode_utf8(&mut utf8).as_bytes() {
                self.push(b);
            }
        }
    }

    #[inline]
    fn finish(self) -> u64 {
        finish((self.h.rotate_left(23) ^ self.buf).wrapping_mul(Packer::K) ^ u64::from(self.len))
    }
}

/// Pushes the lowercase form of `c` (folded, digits as `0`).
#[inline]
fn push_lower(p: &mut Packer, c: char) {
    if c.is_ascii() {
        p.push(LOWER[usize::from(c as u8 & 0x7f)]);
        return;
    }
    let c = fold(c);
    if c.is_numeric() {
        p.push(b'0');
    } else {
        for l in c.to_lowercase() {
            p.push_char(l);
        }
    }
}

/// The lowercase word's hash (digits as `0`, typography folded), as
/// [`TokInfo::lower`].
#[inline]
pub(crate) fn lower_hash(word: &str) -> u64 {
    let mut p = Packer::new(SEED_LOWER);
    for c in word.chars() {
        push_lower(&mut p, c);
    }
    p.finish()
}

const SEED_LOWER: u64 = 0x243f_6a88_85a3_08d3;
const SEED_SHAPE: u64 = 0x1319_8a2e_0370_7344;
const SEED_CSHAPE: u64 = 0xa409_3822_299f_31d0;

// ---------------------------------------------------------------------------
// Token facts

/// Flags of a token's characters.
pub(crate) const INIT_UPPER: u16 = 1;
pub(crate) const ALL_UPPER: u16 = 2;
pub(crate) const HAS_UPPER: u16 = 4;
pub(crate) const HAS_DIGIT: u16 = 8;
pub(crate) const HAS_HYPHEN: u16 = 16;
pub(crate) const HAS_PERIOD: u16 = 32;
pub(crate) const HAS_LOWER: u16 = 64;
pub(crate) const NO_ALNUM: u16 = 128;
pub(crate) const HAS_APOS: u16 = 256;
pub(crate) const SINGLE: u16 = 512;
/// Scratch marks while a word is read: an uppercase, a lowercase letter.
const SEEN_UPPER: u16 = 1 << 14;
const SEEN_LOWER: u16 = 1 << 15;

/// The flags of a word from its marks (`SEEN_*`, `HAS_DIGIT`, …), whether
/// its first character is uppercase and whether it is one character long.
#[inline]
fn case_bits(marks: u16, init_upper: bool, single: bool) -> u16 {
    let (up, low) = (marks & SEEN_UPPER != 0, marks & SEEN_LOWER != 0);
    let mut flags = marks & !(SEEN_UPPER | SEEN_LOWER);
    if init_upper {
        flags |= INIT_UPPER;
    }
    if up {
        flags |= HAS_UPPER;
        if !low {
            flags |= ALL_UPPER;
        }
    }
    if low {
        flags |= HAS_LOWER;
    }
    if !up && !low && flags & HAS_DIGIT == 0 {
        flags |= NO_ALNUM;
    }
    if single {
        flags |= SINGLE;
    }
    flags
}

/// The case flags (`INIT_UPPER`, `ALL_UPPER`, `HAS_UPPER`, `HAS_LOWER`,
/// `SINGLE`) of a word with its lowercase hash, as [`tok_info`] computes
/// them, and nothing else: what every token needs.
fn quick_info(word: &str) -> TokInfo {
    const MASK: u16 = INIT_UPPER | ALL_UPPER | HAS_UPPER | HAS_LOWER | SINGLE;
    let mut marks = 0u16;
    let w = word.as_bytes();
    let flags = if word.is_ascii() {
        // Eight bytes at a time, as `Packer` hashes them.
        let mut h = SEED_LOWER;
        let mut chunks = w.chunks_exact(8);
        for c in &mut chunks {
            let mut x = 0u64;
            for (k, &b) in c.iter().enumerate() {
                let b = usize::from(b & 0x7f);
                x |= u64::from(LOWER[b]) << (8 * k);
                marks |= MARKS[b];
            }
            h = (h.rotate_left(23) ^ x).wrapping_mul(Packer::K);
        }
        let mut x = 0u64;
        for (k, &b) in chunks.remainder().iter().enumerate() {
            let b = usize::from(b & 0x7f);
            x |= u64::from(LOWER[b]) << (8 * k);
            marks |= MARKS[b];
        }
        let lower = finish((h.rotate_left(23) ^ x).wrapping_mul(Packer::K) ^ w.len() as u64);
        let init = w.first().is_some_and(u8::is_ascii_uppercase);
        return TokInfo {
            lower,
            flags: case_bits(marks, init, w.len() == 1) & MASK,
            ..TokInfo::default()
        };
    } else {
        let (mut chars, mut init) = (0, false);
        for c in word.chars() {
            chars += 1;
            if c.is_uppercase() {
                marks |= SEEN_UPPER;
                init |= chars == 1;
            } else if c.is_alphabetic() {
                marks |= SEEN_LOWER;
            }
        }
        case_bits(marks, init, chars == 1) & MASK
    };
    TokInfo {
        lower: lower_hash(word),
        flags,
        ..TokInfo::default()
    }
}

/// Word classes from `data/ner/cues.tsv`.
const CLS_NONE: u8 = 0;

/// What the tagger knows about one token, computed once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TokInfo {
    /// Hash of the lowercased word.
    pub lower: u64,
    /// Hash of the word's shape, runs of a class capped at 4 (`Xxxx`, `dddd`).
    pub shape: u64,
    /// Hash of the shape with runs collapsed (`Xx`, `X.X.`, `d-d`).
    pub cshape: u64,
    /// `INIT_UPPER` … `SINGLE`.
    pub flags: u16,
    /// Cue class (`cues.tsv`), 0 for none.
    pub class: u8,
    /// Whether every field is computed; else only `lower` and the case
    /// flags are (see [`quick_info`]).
    pub full: bool,
}

/// Padding around a sentence.
const BOS: TokInfo = TokInfo {
    lower: 0x5a5a_0001,
    shape: 0x5a5a_0002,
    cshape: 0x5a5a_0003,
    flags: 0,
    class: 255,
    full: true,
};
const EOS: TokInfo = TokInfo {
    lower: 0xa5a5_0001,
    shape: 0xa5a5_0002,
    cshape: 0xa5a5_0003,
    flags: 0,
    class: 254,
    full: true,
};

#[inline]
fn shape_char(c: char) -> char {
    if c.is_ascii() {
        char::from(SHAPE[usize::from(c as u8 & 0x7f)])
    } else if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        fold(c)
    }
}

/// ASCII bytes as words are hashed: lowercase, digits as `0`.
static LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            b'0'
        } else {
            b.to_ascii_lowercase()
        };
        i += 1;
    }
    t
};

/// ASCII bytes as [`shape_char`] classes them.
static SHAPE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            b'x'
        } else if b.is_ascii_uppercase() {
            b'X'
        } else if b.is_ascii_digit() {
            b'd'
        } else {
            b
        };
        i += 1;
    }
    t
};

/// The facts of one token.
pub(crate) fn tok_info(word: &str) -> TokInfo {
    if let Some(t) = tok_info_ascii(word.as_bytes()) {
        return t;
    }
    let mut st = InfoState::default();
    for c in word.chars() {
        push_lower(&mut st.lower, c);
        st.push_shape(shape_char(c));
    }
    let lower = st.lower.finish();
    st.finish(lower, cue_class(lower))
}

/// [`tok_info`] for an ASCII word, the common case: one pass over the
/// bytes through lookup tables. Words under eight bytes (most) are packed
/// into one register each without a data-dependent branch; longer ones go
/// through [`Packer`]. `None` for other words.
#[inline]
fn tok_info_ascii(w: &[u8]) -> Option<TokInfo> {
    if !w.is_ascii() {
        return None;
    }
    let mut acc = Ascii::default();
    if w.len() < 8 {
        let (mut low, mut shp, mut csh) = (0u64, 0u64, 0u64);
        let (mut ns, mut nc) = (0u32, 0u32);
        for (i, &b) in w.iter().enumerate() {
            let b = usize::from(b & 0x7f);
            low |= u64::from(LOWER[b]) << (8 * i);
            let (s, grows, keeps) = acc.push(b);
            // Write the shape byte at the next slot; keep it only when the
            // string grows.
            csh = (csh & !(0xff << (8 * nc))) | (u64::from(s) << (8 * nc));
            nc += u32::from(grows);
            shp = (shp & !(0xff << (8 * ns))) | (u64::from(s) << (8 * ns));
            ns += u32::from(keeps);
        }
        // n < 8, so the shift stays below 64.
        let keep = |buf: u64, n: u32| buf & ((1u64 << (8 * n)) - 1);
        let lower = pack_short(SEED_LOWER, low, w.len() as u32);
        return Some(acc.finish(
            w,
            lower,
            pack_short(SEED_SHAPE, keep(shp, ns), ns),
            pack_short(SEED_CSHAPE, keep(csh, nc), nc),
        ));
    }
    let mut lower = Packer::new(SEED_LOWER);
    let mut shape = Packer::new(SEED_SHAPE);
    let mut cshape = Packer::new(SEED_CSHAPE);
    for &b in w {
        let b = usize::from(b & 0x7f);
        lower.push(LOWER[b]);
        let (s, grows, keeps) = acc.push(b);
        if grows {
            cshape.push(s);
        }
        if keeps {
            shape.push(s);
        }
    }
    let lower = lower.finish();
    Some(acc.finish(w, lower, shape.finish(), cshape.finish()))
}

/// [`tok_info`] of `word` whose lowercase hash `lower` is known: for an
/// ASCII word whose shapes are shorter than eight bytes (nearly every word:
/// runs are capped or collapsed), one pass packing the shapes into
/// registers; else [`tok_info`].
#[inline]
fn complete(word: &str, lower: u64) -> TokInfo {
    let w = word.as_bytes();
    if !word.is_ascii() {
        return tok_info(word);
    }
    let mut acc = Ascii::default();
    let (mut shp, mut csh, mut ns, mut nc) = (0u64, 0u64, 0u32, 0u32);
    for &b in w {
        let (s, grows, keeps) = acc.push(usize::from(b & 0x7f));
        if grows {
            if nc >= 7 {
                return tok_info(word);
            }
            csh |= u64::from(s) << (8 * nc);
            nc += 1;
        }
        if keeps {
            if ns >= 7 {
                return tok_info(word);
            }
            shp |= u64::from(s) << (8 * ns);
            ns += 1;
        }
    }
    acc.finish(
        w,
        lower,
        pack_short(SEED_SHAPE, shp, ns),
        pack_short(SEED_CSHAPE, csh, nc),
    )
}

/// Runs and marks of an ASCII word's shape, for [`tok_info_ascii`].
#[derive(Default)]
struct Ascii {
    last: u8,
    run: u32,
    flags: u16,
}

impl Ascii {
    /// Takes byte `b` (< 128); returns its shape byte, whether it starts a
    /// run (the collapsed shape grows) and whether the shape keeps it (at
    /// most four of a run).
    #[inline(always)]
    fn push(&mut self, b: usize) -> (u8, bool, bool) {
        let s = SHAPE[b & 0x7f];
        let same = s == self.last;
        self.run = if same { self.run + 1 } else { 1 };
        self.last = s;
        self.flags |= MARKS[b & 0x7f];
        (s, !same, self.run <= 4)
    }

    fn finish(self, w: &[u8], lower: u64, shape: u64, cshape: u64) -> TokInfo {
        let flags = case_bits(
            self.flags,
            w.first().is_some_and(u8::is_ascii_uppercase),
            w.len() == 1,
        );
        TokInfo {
            lower,
            shape,
            cshape,
            flags,
            class: cue_class(lower),
            full: true,
        }
    }
}

/// The hash [`Packer`] gives the `len` (< 8) bytes packed little-endian in
/// `buf`.
#[inline]
fn pack_short(seed: u64, buf: u64, len: u32) -> u64 {
    finish((seed.rotate_left(23) ^ buf).wrapping_mul(Packer::K) ^ u64::from(len))
}

/// Flags that single ASCII characters set.
static MARKS: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            HAS_DIGIT
        } else if b.is_ascii_uppercase() {
            SEEN_UPPER
        } else if b.is_ascii_lowercase() {
            SEEN_LOWER
        } else if b == b'-' {
            HAS_HYPHEN
        } else if b == b'.' {
            HAS_PERIOD
        } else if b == b'\'' {
            HAS_APOS
        } else {
            0
        };
        i += 1;
    }
    t
};

/// What [`tok_info`] accumulates over a word's characters.
struct InfoState {
    lower: Packer,
    shape: Packer,
    cshape: Packer,
    last: char,
    run: u32,
    flags: u16,
    chars: u32,
}

impl Default for InfoState {
    fn default() -> InfoState {
        InfoState {
            lower: Packer::new(SEED_LOWER),
            shape: Packer::new(SEED_SHAPE),
            cshape: Packer::new(SEED_CSHAPE),
            last: '\0',
            run: 0,
            flags: 0,
            chars: 0,
        }
    }
}

impl InfoState {
    #[inline(always)]
    fn push_shape(&mut self, s: char) {
        self.chars += 1;
        if s == self.last {
            self.run += 1;
        } else {
            self.cshape.push_char(s);
            self.last = s;
            self.run = 1;
        }
        if self.run <= 4 {
            self.shape.push_char(s);
        }
        match s {
            'X' => {
                self.flags |= SEEN_UPPER;
                if self.chars == 1 {
                    self.flags |= INIT_UPPER;
                }
            }
            'x' => self.flags |= SEEN_LOWER,
            'd' => self.flags |= HAS_DIGIT,
            '-' => self.flags |= HAS_HYPHEN,
            '.' => self.flags |= HAS_PERIOD,
            '\'' => self.flags |= HAS_APOS,
            _ => {}
        }
    }

    fn finish(self, lower: u64, class: u8) -> TokInfo {
        let init = self.flags & INIT_UPPER != 0;
        let flags = case_bits(self.flags & !INIT_UPPER, init, self.chars == 1);
        TokInfo {
            lower,
            shape: self.shape.finish(),
            cshape: self.cshape.finish(),
            flags,
            class,
            full: true,
        }
    }
}

const CUES: &str = include_str!("../../data/ner/cues.tsv");

/// The cue words by lowercase hash, and a bit per hash's top 12 bits so
/// that most words are turned away without probing the map.
struct Cues {
    map: IdMap<u8>,
    bits: [u64; 64],
}

/// The cue class of a word by its lowercase hash, [`CLS_NONE`] if none.
#[inline]
fn cue_class(lower: u64) -> u8 {
    let c = cues();
    let top = (lower >> 52) as usize;
    if c.bits
        .get(top / 64)
        .is_some_and(|w| w & (1 << (top % 64)) != 0)
    {
        c.map.get(&lower).copied().unwrap_or(CLS_NONE)
    } else {
        CLS_NONE
    }
}

fn cues() -> &'static Cues {
    static CUE: OnceLock<Cues> = OnceLock::new();
    CUE.get_or_init(|| {
        let mut map = IdMap::default();
        let mut bits = [0u64; 64];
        for line in data_lines(CUES) {
            let mut cols = line.split('\t');
            let (Some(word), Some(class)) = (cols.next(), cols.next()) else {
                continue;
            };
            let class = match class.trim() {
                "title" => 1,
                "org" => 2,
                "geo" => 3,
                "time" => 4,
                "particle" => 5,
                _ => continue,
            };
            let h = lower_hash(word.trim());
            map.insert(h, class);
            let top = (h >> 52) as usize;
            if let Some(w) = bits.get_mut(top / 64) {
                *w |= 1 << (top % 64);
            }
        }
        Cues { map, bits }
    })
}

/// Suffix classes: endings typical of demonyms, places, surnames and
/// companies, pooled so that an unseen `-stan` or `-enko` word still counts.
const SUFFIX_CLASSES: &[(&str, u8)] = &[
    ("ian", 1),
    ("ean", 1),
    ("ese", 1),
    ("ish", 1),
    ("ans", 1),
    ("land", 2),
    ("stan", 2),
    ("ia", 2),
    ("burg", 2),
    ("ville", 2),
    ("ton", 2),
    ("shire", 2),
    ("pur", 2),
    ("abad", 2),
    ("grad", 2),
    ("polis", 2),
    ("son", 3),
    ("sen", 3),
    ("ez", 3),
    ("ski", 3),
    ("sky", 3),
    ("ov", 3),
    ("ova", 3),
    ("ev", 3),
    ("eva", 3),
    ("enko", 3),
    ("vic", 3),
    ("vich", 3),
    ("ini", 3),
    ("elli", 3),
    ("corp", 4),
    ("tech", 4),
    ("soft", 4),
    ("com", 4),
];

/// Suffix-class table keyed by the hash of the reversed lowercase ending, as
/// [`word_hashes`] computes it.
fn suffix_classes() -> &'static IdMap<u8> {
    static SUF: OnceLock<IdMap<u8>> = OnceLock::new();
    SUF.get_or_init(|| {
        SUFFIX_CLASSES
            .iter()
            .map(|&(s, c)| {
                let h = s.chars().rev().fold(FNV_OFFSET, feed_lower);
                (finish(h ^ s.chars().count() as u64), c)
            })
            .collect()
    })
}

/// Prefix and suffix hashes of 1–5 characters of a lowercased word, and its
/// suffix class. `pre[k]`/`suf[k]` are 0 when the word is shorter than
/// `k + 1` characters.
fn word_hashes(word: &str) -> ([u64; 5], [u64; 5], u8) {
    let (mut pre, mut suf) = ([0u64; 5], [0u64; 5]);
    let mut h = FNV_OFFSET;
    for (k, c) in word.chars().take(5).enumerate() {
        h = feed_lower(h, c);
        if let Some(p) = pre.get_mut(k) {
            *p = finish(h ^ (k as u64 + 1));
        }
    }
    let mut h = FNV_OFFSET;
    let mut class = 0;
    let table = suffix_classes();
    for (k, c) in word.chars().rev().take(5).enumerate() {
        h = feed_lower(h, c);
        let s = finish(h ^ (k as u64 + 1));
        if let Some(p) = suf.get_mut(k) {
            *p = s;
        }
        if k >= 1 {
            if let Some(&cl) = table.get(&s) {
                class = cl;
            }
        }
    }
    (pre, suf, class)
}

// ---------------------------------------------------------------------------
// A document prepared for tagging

/// Document-level facts about a word (by its lowercase hash).
pub(crate) const DOC_CAP_MID: u8 = 1; // capitalized inside a sentence of running text
pub(crate) const DOC_LOWER: u8 = 2; // written all in lowercase somewhere
pub(crate) const DOC_MULTI: u8 = 4; // next to another capitalized word somewhere

/// A document as the tagger sees it: token texts, their facts, sentences.
pub(crate) struct Prepared<'t> {
    pub words: Vec<&'t str>,
    pub info: Vec<TokInfo>,
    pub sents: Vec<Range<usize>>,
    /// Per sentence: written in capitals (a headline, a dateline).
    pub caps: Vec<bool>,
    /// Per word (lowercase hash): `DOC_*` bits.
    pub doc: IdMap<u8>,
    /// Number of tokens with an uppercase letter.
    pub uppers: usize,
}

impl<'t> Prepared<'t> {
    /// Prepares `words`, split into sentences `sents` (ranges into `words`,
    /// sorted, in bounds).
    pub(crate) fn new(words: Vec<&'t str>, sents: Vec<Range<usize>>) -> Prepared<'t> {
        // The case and lowercase form of every token; the rest of its facts
        // only when a decision reads them (see `Prepared::fill`).
        let info: Vec<TokInfo> = words.iter().map(|w| quick_info(w)).collect();
        let mut caps = Vec::with_capacity(sents.len());
        // Sized once: at most one key per capitalized token.
        let uppers = info.iter().filter(|t| t.flags & HAS_UPPER != 0).count();
        let mut doc = IdMap::with_capacity_and_hasher(uppers, Default::default());
        // A bit per key's top 12 bits: most lowercase words are turned away
        // without probing the map.
        let mut filter = [0u64; 64];
        let slot = |h: u64| ((h >> 58) as usize, 1u64 << ((h >> 52) & 63));
        for s in &sents {
            let toks = info.get(s.clone()).unwrap_or(&[]);
            let (mut lettered, mut upper) = (0, 0);
            for t in toks {
                if t.flags & (HAS_UPPER | HAS_LOWER) != 0 {
                    lettered += 1;
                    upper += usize::from(t.flags & ALL_UPPER != 0 && t.flags & SINGLE == 0);
                }
            }
            let is_caps = lettered > 0 && 2 * upper > lettered;
            caps.push(is_caps);
            for (k, t) in toks.iter().enumerate() {
                if t.flags & HAS_UPPER == 0 {
                    continue;
                }
                let bits = if k > 0 && !is_caps && t.flags & INIT_UPPER != 0 {
                    let near = |j: Option<&TokInfo>| j.is_some_and(|n| n.flags & INIT_UPPER != 0);
                    let multi = (k > 1 && near(toks.get(k - 1))) || near(toks.get(k + 1));
                    DOC_CAP_MID | if multi { DOC_MULTI } else { 0 }
                } else {
                    0
                };
                *doc.entry(t.lower).or_insert(0) |= bits;
                let (w, bit) = slot(t.lower);
                if let Some(f) = filter.get_mut(w) {
                    *f |= bit;
                }
            }
        }
        // Lowercase spellings matter only for words also written with a
        // capital: probe the (small) map rather than fill it with every word.
        if !doc.is_empty() {
            for t in &info {
                let (w, bit) = slot(t.lower);
                let maybe = filter.get(w).is_some_and(|f| f & bit != 0);
                if maybe && t.flags & (HAS_UPPER | HAS_LOWER) == HAS_LOWER {
                    if let Some(bits) = doc.get_mut(&t.lower) {
                        *bits |= DOC_LOWER;
                    }
                }
            }
        }
        Prepared {
            words,
            info,
            sents,
            caps,
            doc,
            uppers,
        }
    }
}

impl Prepared<'_> {
    /// Computes the full facts of the tokens in `range` (once): the
    /// decoder calls it for a run of candidates and two tokens either side
    /// before it scores them.
    pub(crate) fn fill(&mut self, range: Range<usize>) {
        for i in range {
            if let (Some(t), Some(w)) = (self.info.get_mut(i), self.words.get(i)) {
                if !t.full {
                    *t = complete(w, t.lower);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Templates

/// Most features one decision has.
pub(crate) const MAX_FEATS: usize = 64;

/// The features of one decision: hashes, in a reusable buffer.
pub(crate) struct Feats {
    pub h: [u64; MAX_FEATS],
    pub n: usize,
}

impl Feats {
    pub(crate) fn new() -> Feats {
        Feats {
            h: [0; MAX_FEATS],
            n: 0,
        }
    }

    /// Adds the feature (`template`, `value`). Values are hashes or small
    /// numbers; one multiply spreads them over the high bits, which pick the
    /// row.
    #[inline]
    fn add(&mut self, template: u64, value: u64) {
        if let Some(slot) = self.h.get_mut(self.n) {
            let x = (value ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15))
                .wrapping_mul(0xd6e8_feb8_6659_fd93);
            *slot = x ^ (x >> 32);
            self.n += 1;
        }
    }

    /// The hashes added since the last [`Feats::clear`].
    #[inline]
    pub(crate) fn hashes(&self) -> &[u64] {
        self.h.get(..self.n).unwrap_or(&[])
    }

    #[inline]
    pub(crate) fn clear(&mut self) {
        self.n = 0;
    }
}

/// What the tagger decided about earlier occurrences of the same word in this
/// document: 0 when none, else 1 + the most frequent label (0 O, 1 PER, 2 ORG,
/// 3 LOC, 4 MISC), + 5 when the word had two different entity labels.
#[inline]
pub(crate) fn history_value(counts: &[u8; 5]) -> u64 {
    let mut best = 0;
    let mut kinds = 0;
    for (k, &c) in counts.iter().enumerate() {
        if c > counts[best] {
            best = k;
        }
        if k > 0 && c > 0 {
            kinds += 1;
        }
    }
    1 + best as u64 + if kinds > 1 { 5 } else { 0 }
}

/// The features of token `i` of sentence `sent` (a headline when `caps`),
/// with `hist` from [`history_value`] (0 for none): [`own_features`] and
/// [`context_features`].
///
/// No feature depends on the tags of neighbouring tokens: measured on the
/// CoNLL-2003 dev tokens, previous-tag templates cost 0.5–1.1 F1 (errors
/// propagate), and without them a run's scores are computed once and decoded
/// exactly (Viterbi).
pub(crate) fn features(
    p: &Prepared,
    i: usize,
    sent: &Range<usize>,
    caps: bool,
    hist: u64,
    f: &mut Feats,
) {
    own_features(p, i, f);
    context_features(p, i, sent, caps, hist, f);
}

/// The key of a word's own features: they are a function of its lowercase
/// form and its shape (which fixes its case pattern and flags), so equal keys
/// mean equal own features.
#[inline]
pub(crate) fn own_key(t: &TokInfo) -> u64 {
    mix(t.lower, t.shape)
}

/// The features of token `i` that depend on its word alone (and the bias):
/// word, shape, suffixes and prefixes, cue and suffix classes.
pub(crate) fn own_features(p: &Prepared, i: usize, f: &mut Feats) {
    let t = p.info.get(i).unwrap_or(&EOS);
    let word = p.words.get(i).copied().unwrap_or("");
    let (pre, suf, sufclass) = word_hashes(word);
    let flags = u64::from(t.flags);
    f.add(1, 0); // bias
    f.add(2, t.lower);
    f.add(3, t.shape);
    f.add(4, pair(t.cshape, flags));
    for (k, &h) in pre.iter().enumerate() {
        if h != 0 {
            f.add(5 + k as u64, h);
        }
    }
    for (k, &h) in suf.iter().enumerate() {
        if h != 0 {
            f.add(10 + k as u64, h);
        }
    }
    f.add(30, u64::from(t.class));
    f.add(31, pair(u64::from(sufclass), flags & 7));
}

/// The features of token `i` that depend on where it is: neighbouring words
/// and shapes (two either side, within the sentence), their cue classes,
/// position and headline case, and what the document says about the word.
pub(crate) fn context_features(
    p: &Prepared,
    i: usize,
    sent: &Range<usize>,
    caps: bool,
    hist: u64,
    f: &mut Feats,
) {
    let at = |k: isize| -> &TokInfo {
        match i.checked_add_signed(k) {
            Some(j) if sent.contains(&j) => p.info.get(j).unwrap_or(&EOS),
            Some(j) if j >= sent.end => &EOS,
            _ => &BOS,
        }
    };
    let t = at(0);
    let (m1, m2, p1, p2) = (at(-1), at(-2), at(1), at(2));
    let flags = u64::from(t.flags);
    let docbits = u64::from(p.doc.get(&t.lower).copied().unwrap_or(0));
    // Where case says little: the sentence's first word, or a headline.
    let weak_case = u64::from(i == sent.start) | (u64::from(caps) << 1);
    let class = |t: &TokInfo| u64::from(t.class);
    f.add(15, m1.lower);
    f.add(16, p1.lower);
    f.add(17, m2.lower);
    f.add(18, p2.lower);
    f.add(19, m1.shape);
    f.add(20, p1.shape);
    f.add(21, m2.cshape);
    f.add(22, p2.cshape);
    f.add(23, pair(m1.lower, t.lower));
    f.add(24, pair(t.lower, p1.lower));
    f.add(25, pair(pair(m1.cshape, t.cshape), p1.cshape));
    f.add(26, pair(weak_case, t.lower));
    f.add(27, pair(weak_case, flags));
    f.add(28, pair(class(m1), class(m2)));
    f.add(29, pair(class(p1), class(p2)));
    f.add(32, pair(docbits, weak_case));
    f.add(33, pair(docbits, t.cshape));
    // What this word was earlier in the document.
    f.add(46, hist);
    f.add(47, pair(hist, t.cshape));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for kind in 0..4 {
            for pos in [B, I, L, U] {
                let t = bilou(kind, pos);
                assert!(t != O && (t as usize) < NTAGS);
                assert_eq!((kind_of(t), pos_of(t)), (kind, pos));
                assert_eq!(inside(t), pos == B || pos == I);
            }
        }
        assert!(!inside(O));
    }

    #[test]
    fn token_facts() {
        let t = tok_info("U.S.");
        assert!(t.flags & ALL_UPPER != 0 && t.flags & HAS_PERIOD != 0);
        assert_eq!(tok_info("Obama").lower, tok_info("OBAMA").lower);
        assert_eq!(tok_info("Obama").shape, tok_info("Biden").shape);
        assert_ne!(tok_info("Obama").shape, tok_info("OBAMA").shape);
        assert_eq!(tok_info("1996").lower, tok_info("2001").lower);
        assert_eq!(tok_info("’s").lower, tok_info("'s").lower);
        assert_eq!(tok_info("Mr.").class, 1);
        assert_eq!(tok_info("Inc.").class, 2);
        assert_eq!(tok_info("ÉLYSÉE").lower, tok_info("élysée").lower);
        assert!(tok_info(",").flags & NO_ALNUM != 0);
        assert_eq!(tok_info(""), tok_info(""));
    }

    #[test]
    fn ascii_and_unicode_paths_agree() {
        // The same characters through the fast ASCII path and the general
        // one (forced by a trailing non-ASCII letter that is then compared
        // away through the shared prefix hashes).
        let long = "Supercalifragilisticexpialidocious-Long-Word";
        for w in [
            "Obama", "U.S.", "1,000", "O'Brien", "x-ray", "`quoted`", "A&B", "", long,
        ] {
            let mut st = InfoState::default();
            for c in w.chars() {
                push_lower(&mut st.lower, c);
                st.push_shape(shape_char(c));
            }
            let lower = st.lower.finish();
            let general = st.finish(lower, tok_info(w).class);
            assert_eq!(lower, lower_hash(w));
            assert_eq!(tok_info(w), general, "{w}");
        }
    }

    #[test]
    fn completed_facts_agree_with_token_facts() {
        for w in [
            "Obama",
            "U.S.",
            "said",
            "a",
            "",
            "ÉLYSÉE",
            "x-Ray",
            "McDonald",
            "'s",
            "12345678",
            "Washington-based",
            "A.B.C.D.E.F.",
            "Xx-Xx-Xx-Xx",
            "aBcDeFgH",
            "Supercalifragilistic",
        ] {
            assert_eq!(complete(w, lower_hash(w)), tok_info(w), "{w}");
        }
    }

    #[test]
    fn quick_facts_agree_with_token_facts() {
        let mask = INIT_UPPER | ALL_UPPER | HAS_UPPER | HAS_LOWER | SINGLE;
        for w in [
            "Obama",
            "U.S.",
            "said",
            "a",
            "A",
            "1,000",
            "",
            "ÉLYSÉE",
            "Élysée",
            "été",
            "北京",
            "x-Ray",
            "McDonald",
            "'s",
            "É",
            "Supercalifragilisticexpialidocious",
            "12345678",
            "ABCDEFGHIJKLMNOP",
        ] {
            let (q, t) = (quick_info(w), tok_info(w));
            assert_eq!(
                (q.flags, q.lower, q.full),
                (t.flags & mask, t.lower, false),
                "{w}"
            );
        }
    }

    #[test]
    fn suffix_classes_match_endings() {
        assert_eq!(word_hashes("Kazakhstan").2, 2);
        assert_eq!(word_hashes("Tymoshenko").2, 3);
        assert_eq!(word_hashes("Italian").2, 1);
        assert_eq!(word_hashes("a").2, 0);
    }

    #[test]
    fn features_stay_in_the_buffer() {
        let words = vec!["Mr.", "Smith", "went", "to", "Washington", "."];
        let units: Vec<Range<usize>> = std::iter::once(0..6).collect();
        let p = Prepared::new(words, units);
        let mut f = Feats::new();
        for i in 0..6 {
            f.clear();
            features(&p, i, &(0..6), false, 0, &mut f);
            assert!(f.n > 24 && f.n <= MAX_FEATS);
        }
    }
}
