//! Shared helpers for word lists: a fast hasher for short keys, allocation-free
//! lowercase lookup, reading `data/*.tsv` lines, and the few plain facts of
//! English that more than one stage reads (words that count a noun).
//!
//! Owns nothing a stage decides; every stage keeps its own lists.

use std::collections::HashMap;

use herald_core::Doc;

/// FNV-1a: the word lists are small and their keys short ASCII words, for
/// which SipHash's DoS resistance buys nothing and costs a tenth of the stage.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Word lists keyed by the lowercase word's bytes (so that a lookup needs
/// no UTF-8 check of its lowercased copy).
pub(crate) type FastMap<V> = HashMap<&'static [u8], V, std::hash::BuildHasherDefault<Fnv>>;

/// The text of every token of `doc`, as [`Doc::text_of`] reads it, in one
/// loop that the compiler sees whole (`text_of` lives in another crate and
/// is not inlined; stages read every token's text).
pub(crate) fn token_texts(doc: &Doc) -> Vec<&str> {
    let text = doc.text();
    doc.tokens()
        .iter()
        .map(|t| text.get(t.span.range()).unwrap_or(""))
        .collect()
}

/// Whether a token is the possessive "'s" (straight or curly apostrophe).
#[inline]
pub(crate) fn is_possessive_s(w: &str) -> bool {
    matches!(w, "'s" | "\u{2019}s")
}

pub(crate) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Looks `word` up lowercased, without allocating (words longer than 16
/// bytes are never in the lists).
#[inline]
pub(crate) fn lookup<'a, V>(map: &'a FastMap<V>, word: &str) -> Option<&'a V> {
    let mut buf = [0u8; 16];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    let key = &mut buf[..bytes.len()];
    for (d, s) in key.iter_mut().zip(bytes) {
        if !s.is_ascii() {
            return None;
        }
        *d = s.to_ascii_lowercase();
    }
    map.get(&*key)
}

/// Words that count the noun after them, or the group after "of" ("two",
/// "dozens", "hundreds of", "several", "most of"), ASCII case folded.
pub(crate) fn is_count_word(w: &str) -> bool {
    const COUNTS: [&str; 23] = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "dozens",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "scores",
        "some",
        "many",
        "most",
        "several",
        "all",
        "both",
        "few",
    ];
    COUNTS.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// An ordinal or a superlative that counts or ranks acts ("fifth", "11th",
/// "first", "deadliest", "only").
pub(crate) fn counts_or_ranks(w: &str) -> bool {
    let numeric_ordinal = w.len() > 2
        && w.as_bytes()[0].is_ascii_digit()
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
    numeric_ordinal
        || matches!(
            w,
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
                | "eleventh"
                | "twelfth"
                | "twentieth"
                | "last"
                | "only"
                | "most"
                | "least"
                | "biggest"
                | "largest"
                | "worst"
                | "deadliest"
                | "bloodiest"
                | "highest"
                | "lowest"
                | "latest"
        )
}
