//! `Span`: a half-open byte range into a [`Doc`](crate::Doc)'s text.
//!
//! Owns the offset type every layer uses. It does not know about characters:
//! conversion to the Unicode character offsets of JSON output lives in
//! [`offsets`](crate::offsets), in one place.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's normalized text.
///
/// Both ends lie on UTF-8 character boundaries of the text the span was made
/// for; stages guarantee that, and property tests check it. Offsets are `u32`
/// because a document is capped far below 4 GiB (see [`Doc::new`](crate::Doc::new)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// Makes a span.
    ///
    /// # Panics
    /// When `start > end`: that is a bug in the caller, never a property of input.
    #[inline]
    #[must_use]
    pub fn new(start: u32, end: u32) -> Span {
        assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Makes a span from `usize` offsets.
    ///
    /// # Panics
    /// When `start > end` or an offset exceeds `u32::MAX` (documents are capped
    /// below that when they are built).
    #[inline]
    #[must_use]
    pub fn from_usize(start: usize, end: usize) -> Span {
        let s = u32::try_from(start).expect("offset fits u32: documents are capped"); // invariant
        let e = u32::try_from(end).expect("offset fits u32: documents are capped"); // invariant
        Span::new(s, e)
    }

    /// Length in bytes.
    #[inline]
    #[must_use]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no byte.
    #[inline]
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing the text it was made for.
    #[inline]
    #[must_use]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    #[must_use]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    #[must_use]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_len_and_relations() {
        let a = Span::new(2, 10);
        assert_eq!(a.len(), 8);
        assert!(!a.is_empty());
        assert!(a.contains(Span::new(2, 10)));
        assert!(a.contains(Span::new(3, 4)));
        assert!(!a.contains(Span::new(1, 4)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert!(Span::new(5, 5).is_empty());
    }

    #[test]
    #[should_panic(expected = "span start 3 > end 2")]
    fn span_rejects_reversed() {
        let _ = Span::new(3, 2);
    }
}
