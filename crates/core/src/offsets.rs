//! Byte offsets to Unicode character offsets: the one place where Herald
//! converts.
//!
//! Inside Herald every span is in bytes (cheap slicing, no scans). Users of the
//! JSON output (Python, spaCy, the gold files under `eval/`) count Unicode
//! scalar values. [`CharOffsets`] is built once per document and answers each
//! conversion with a binary search over the document's multi-byte characters;
//! for ASCII text it is the identity and allocates nothing.

use crate::Span;

/// Converts byte offsets of one text into character offsets.
///
/// ```
/// use herald_core::{offsets::CharOffsets, Span};
/// let text = "Élysée said no.";
/// let map = CharOffsets::new(text);
/// assert_eq!(map.char_span(Span::new(9, 13)), (7, 11)); // "said"
/// assert_eq!(map.to_byte(7), Some(9));
/// ```
#[derive(Debug, Clone, Default)]
pub struct CharOffsets {
    /// For each multi-byte character: (byte offset just past it, extra bytes
    /// so far including it). Empty for ASCII text.
    wide: Vec<(u32, u32)>,
    /// Text length in bytes.
    len: u32,
}

impl CharOffsets {
    /// Builds the map for `text`.
    ///
    /// # Panics
    /// When `text` is 4 GiB or longer (documents are capped far below that).
    #[must_use]
    pub fn new(text: &str) -> CharOffsets {
        let len = u32::try_from(text.len()).expect("document text is capped below 4 GiB"); // invariant
        if text.is_ascii() {
            return CharOffsets {
                wide: Vec::new(),
                len,
            };
        }
        let mut wide = Vec::new();
        let mut extra = 0u32;
        for (i, c) in text.char_indices() {
            let w = c.len_utf8() as u32;
            if w > 1 {
                extra += w - 1;
                wide.push((i as u32 + w, extra));
            }
        }
        CharOffsets { wide, len }
    }

    /// Character offset of byte offset `byte`, which must be a character
    /// boundary of the text (span ends always are).
    #[inline]
    #[must_use]
    pub fn to_char(&self, byte: u32) -> u32 {
        if self.wide.is_empty() {
            return byte;
        }
        let idx = self.wide.partition_point(|&(end, _)| end <= byte);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].1 };
        byte - extra
    }

    /// `(start, end)` of `span` in characters.
    #[inline]
    #[must_use]
    pub fn char_span(&self, span: Span) -> (u32, u32) {
        (self.to_char(span.start), self.to_char(span.end))
    }

    /// Byte offset of character offset `ch`, or `None` past the end of the text.
    #[must_use]
    pub fn to_byte(&self, ch: u32) -> Option<u32> {
        // Wide characters that end at or before char offset `ch` push it right
        // by their extra bytes.
        let idx = self.wide.partition_point(|&(end, extra)| end - extra <= ch);
        let extra = if idx == 0 { 0 } else { self.wide[idx - 1].1 };
        let byte = ch.checked_add(extra)?;
        (byte <= self.len).then_some(byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn offsets_ascii_identity() {
        let m = CharOffsets::new("hello");
        assert_eq!(m.to_char(3), 3);
        assert_eq!(m.to_byte(5), Some(5));
        assert_eq!(m.to_byte(6), None);
    }

    #[test]
    fn offsets_mixed_widths() {
        let t = "a€b𝄞c’";
        let m = CharOffsets::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.to_char(bi as u32), ci as u32);
            assert_eq!(m.to_byte(ci as u32), Some(bi as u32));
        }
        assert_eq!(m.to_char(t.len() as u32), t.chars().count() as u32);
        assert_eq!(m.to_byte(t.chars().count() as u32), Some(t.len() as u32));
    }

    proptest! {
        #[test]
        fn offsets_roundtrip_any_text(s in "\\PC{0,60}") {
            let m = CharOffsets::new(&s);
            let mut ci = 0u32;
            for (bi, _) in s.char_indices() {
                prop_assert_eq!(m.to_char(bi as u32), ci);
                prop_assert_eq!(m.to_byte(ci), Some(bi as u32));
                ci += 1;
            }
            prop_assert_eq!(m.to_char(s.len() as u32), ci);
        }
    }
}
