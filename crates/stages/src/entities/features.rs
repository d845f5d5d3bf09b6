//! Features of the entity tagger: facts about each token computed once
//! ([`TokInfo`]), and the hashed feature templates of one decision
//! ([`features`]).
//!
//! Owns what the tagger looks at; it does not score or decide (see
//! [`super::model`] and [`super::decode`]). The tagger and its trainer both
//! call [`features`], so the two cannot disagree about a feature.
//!
//! Features are 64-bit hashes of (template, value); the model maps a hash to a
//! row of its weight table. No feature is ever a string: word identities are
//! FNV hashes of the lowercased word, computed once per token, and the
//! templates combine hashes with a multiply-xorshift mixer.

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
pub(crate) const fn tag(kind: u8, pos: u8) -> u8 {
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
pub(crate) const FEATURE_VERSION: u64 = 1;

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

/// The lowercase word's hash (digits as `0`, typography folded).
#[inline]
pub(crate) fn lower_hash(word: &str) -> u64 {
    finish(word.chars().fold(FNV_OFFSET, feed_lower))
}

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
}

/// Padding around a sentence.
const BOS: TokInfo = TokInfo {
    lower: 0x5a5a_0001,
    shape: 0x5a5a_0002,
    cshape: 0x5a5a_0003,
    flags: 0,
    class: 255,
};
const EOS: TokInfo = TokInfo {
    lower: 0xa5a5_0001,
    shape: 0xa5a5_0002,
    cshape: 0xa5a5_0003,
    flags: 0,
    class: 254,
};

#[inline]
fn shape_char(c: char) -> u32 {
    if c.is_ascii_lowercase() {
        u32::from(b'x')
    } else if c.is_ascii_uppercase() {
        u32::from(b'X')
    } else if c.is_ascii_digit() {
        u32::from(b'd')
    } else if c.is_ascii() {
        u32::from(c)
    } else if c.is_uppercase() {
        u32::from(b'X')
    } else if c.is_alphabetic() {
        u32::from(b'x')
    } else if c.is_numeric() {
        u32::from(b'd')
    } else {
        u32::from(fold(c))
    }
}

/// The facts of one token.
pub(crate) fn tok_info(word: &str) -> TokInfo {
    let mut lower = FNV_OFFSET;
    let (mut shape, mut cshape) = (FNV_OFFSET, FNV_OFFSET);
    let (mut last, mut run) = (u32::MAX, 0u32);
    let mut flags = 0u16;
    let (mut letters, mut uppers, mut chars) = (0u32, 0u32, 0u32);
    for c in word.chars() {
        chars += 1;
        lower = feed_lower(lower, c);
        let s = shape_char(c);
        if s == last {
            run += 1;
        } else {
            cshape = fnv(cshape, s);
            last = s;
            run = 1;
        }
        if run <= 4 {
            shape = fnv(shape, s);
        }
        match s {
            0x58 /* X */ => {
                letters += 1;
                uppers += 1;
                if chars == 1 {
                    flags |= INIT_UPPER;
                }
            }
            0x78 /* x */ => letters += 1,
            0x64 /* d */ => flags |= HAS_DIGIT,
            0x2d /* - */ => flags |= HAS_HYPHEN,
            0x2e /* . */ => flags |= HAS_PERIOD,
            0x27 /* ' */ => flags |= HAS_APOS,
            _ => {}
        }
    }
    if uppers > 0 {
        flags |= HAS_UPPER;
        if uppers == letters {
            flags |= ALL_UPPER;
        }
    }
    if letters > uppers {
        flags |= HAS_LOWER;
    }
    if letters == 0 && flags & HAS_DIGIT == 0 {
        flags |= NO_ALNUM;
    }
    if chars == 1 {
        flags |= SINGLE;
    }
    let lower = finish(lower);
    let class = cues().get(&lower).copied().unwrap_or(CLS_NONE);
    TokInfo {
        lower,
        shape: finish(shape),
        cshape: finish(cshape),
        flags,
        class,
    }
}

const CUES: &str = include_str!("../../data/ner/cues.tsv");

fn cues() -> &'static IdMap<u8> {
    static CUE: OnceLock<IdMap<u8>> = OnceLock::new();
    CUE.get_or_init(|| {
        let mut m = IdMap::default();
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
            m.insert(lower_hash(word.trim()), class);
        }
        m
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
}

impl<'t> Prepared<'t> {
    /// Prepares `words`, split into sentences `sents` (ranges into `words`,
    /// sorted, in bounds).
    pub(crate) fn new(words: Vec<&'t str>, sents: Vec<Range<usize>>) -> Prepared<'t> {
        let info: Vec<TokInfo> = words.iter().map(|w| tok_info(w)).collect();
        let mut caps = Vec::with_capacity(sents.len());
        let mut doc = IdMap::default();
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
                let bits = if t.flags & HAS_UPPER == 0 {
                    if t.flags & HAS_LOWER != 0 {
                        DOC_LOWER
                    } else {
                        continue;
                    }
                } else if k > 0 && !is_caps && t.flags & INIT_UPPER != 0 {
                    let near = |j: Option<&TokInfo>| j.is_some_and(|n| n.flags & INIT_UPPER != 0);
                    let multi = (k > 1 && near(toks.get(k - 1))) || near(toks.get(k + 1));
                    DOC_CAP_MID | if multi { DOC_MULTI } else { 0 }
                } else {
                    continue;
                };
                *doc.entry(t.lower).or_insert(0) |= bits;
            }
        }
        Prepared {
            words,
            info,
            sents,
            caps,
            doc,
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

    #[inline]
    fn add(&mut self, template: u64, value: u64) {
        if let Some(slot) = self.h.get_mut(self.n) {
            *slot = mix(template.wrapping_mul(0xd6e8_feb8_6659_fd93), value);
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

/// The features of the decision at token `i` of sentence `sent`, after tags
/// `prev` and `prev2`, with `hist` from [`history_value`] (0 for none).
#[allow(clippy::too_many_arguments)]
pub(crate) fn features(
    p: &Prepared,
    i: usize,
    sent: &Range<usize>,
    caps: bool,
    prev: u8,
    prev2: u8,
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
    let word = p.words.get(i).copied().unwrap_or("");
    let (pre, suf, sufclass) = word_hashes(word);
    let initial = i == sent.start;
    let flags = u64::from(t.flags);
    let docbits = u64::from(p.doc.get(&t.lower).copied().unwrap_or(0));
    // Where case says little: the sentence's first word, or a headline.
    let weak_case = u64::from(initial) | (u64::from(caps) << 1);
    let (p1t, p2t) = (u64::from(prev), u64::from(prev2));

    f.add(1, 0); // bias
    f.add(2, t.lower);
    f.add(3, t.shape);
    f.add(4, mix(t.cshape, flags));
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
    f.add(15, m1.lower);
    f.add(16, p1.lower);
    f.add(17, m2.lower);
    f.add(18, p2.lower);
    f.add(19, m1.shape);
    f.add(20, p1.shape);
    f.add(21, m2.cshape);
    f.add(22, p2.cshape);
    f.add(23, mix(m1.lower, t.lower));
    f.add(24, mix(t.lower, p1.lower));
    f.add(25, mix(mix(m1.cshape, t.cshape), p1.cshape));
    f.add(26, mix(weak_case, t.lower));
    f.add(27, mix(weak_case, flags));
    f.add(28, mix(u64::from(m1.class), u64::from(m2.class)));
    f.add(29, mix(u64::from(p1.class), u64::from(p2.class)));
    f.add(30, u64::from(t.class));
    f.add(31, mix(u64::from(sufclass), flags & 7));
    f.add(32, mix(docbits, weak_case));
    f.add(33, mix(docbits, t.cshape));
    f.add(34, mix(m1.lower, t.cshape));
    f.add(35, mix(t.cshape, p1.lower));
    f.add(36, mix(p1.lower, p2.lower));
    f.add(37, mix(m2.lower, m1.lower));
    f.add(38, mix(u64::from(m1.class), t.cshape));
    f.add(39, mix(u64::from(p1.class), t.cshape));
    // Tag history.
    f.add(40, p1t);
    f.add(41, mix(p1t, p2t));
    f.add(42, mix(p1t, t.lower));
    f.add(43, mix(p1t, t.shape));
    f.add(44, mix(p1t, m1.lower));
    f.add(45, mix(p1t, p1.cshape));
    // What this word was earlier in the document.
    f.add(46, hist);
    f.add(47, mix(hist, t.cshape));
    f.add(48, mix(hist, p1t));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for kind in 0..4 {
            for pos in [B, I, L, U] {
                let t = tag(kind, pos);
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
    fn suffix_classes_match_endings() {
        assert_eq!(word_hashes("Kazakhstan").2, 2);
        assert_eq!(word_hashes("Tymoshenko").2, 3);
        assert_eq!(word_hashes("Italian").2, 1);
        assert_eq!(word_hashes("a").2, 0);
    }

    #[test]
    fn features_stay_in_the_buffer() {
        let words = vec!["Mr.", "Smith", "went", "to", "Washington", "."];
        let p = Prepared::new(words, vec![0..6]);
        let mut f = Feats::new();
        for i in 0..6 {
            f.clear();
            features(&p, i, &(0..6), false, O, O, 0, &mut f);
            assert!(f.n > 40 && f.n <= MAX_FEATS);
        }
    }
}
