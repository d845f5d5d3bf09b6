//! Text normalization, applied once when a [`Doc`](crate::Doc) is built.
//!
//! Owns the one definition of "normalized text": Unicode NFC, line endings as
//! `\n`, and no control characters other than `\n` and `\t` (a leading byte
//! order mark goes too). It does not trim or collapse whitespace: stages see
//! the text's layout (blank lines separate paragraphs).

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` normalized: `\r\n` and lone `\r` become `\n`, control
/// characters other than `\n` and `\t` and the BOM are removed, and the result
/// is in Unicode NFC.
///
/// ```
/// assert_eq!(herald_core::normalize::normalize("a\r\nb\u{0}c\re\u{301}"), "a\nbc\né");
/// ```
#[must_use]
pub fn normalize(text: &str) -> String {
    // Fast path, most news text: one vectorizable scan of the ASCII bytes and
    // one pass over the non-ASCII characters only.
    let ascii_dirty = text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f);
    let mut removed = false;
    let quick = is_nfc_quick(NonAscii { text, i: 0 }.inspect(|&c| removed |= is_removed(c)));
    // `removed` is complete only when the quick check read every character,
    // which it does when it answers `Yes`.
    if !ascii_dirty && !removed && quick == IsNormalized::Yes {
        return text.to_owned();
    }
    let clean = clean_controls(text);
    match is_nfc_quick(clean.chars()) {
        IsNormalized::Yes => clean,
        _ => clean.nfc().collect(),
    }
}

/// The non-ASCII characters of a string, skipping ASCII bytes without
/// decoding them. ASCII characters are NFC-stable with combining class 0, so
/// leaving them out of the quick check can only turn a `Yes` into a
/// `Maybe`/`No` (which then takes the full path), never the reverse.
struct NonAscii<'a> {
    text: &'a str,
    i: usize,
}

impl Iterator for NonAscii<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let b = self.text.as_bytes();
        while self.i < b.len() && b[self.i] < 0x80 {
            self.i += 1;
        }
        let c = self.text.get(self.i..)?.chars().next()?;
        self.i += c.len_utf8();
        Some(c)
    }
}

fn is_removed(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}'
}

fn clean_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if is_removed(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_line_endings() {
        assert_eq!(normalize("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn normalize_removes_controls_keeps_tab_newline() {
        assert_eq!(normalize("\u{feff}a\u{0}\tb\u{7}\u{85}c\n"), "a\tbc\n");
    }

    #[test]
    fn normalize_composes_nfc() {
        let decomposed = "Macron e\u{301}tait a\u{300} Moscou";
        assert_eq!(normalize(decomposed), "Macron était à Moscou");
    }

    #[test]
    fn normalize_keeps_clean_text() {
        let s = "Plain “curly” text — with dashes.\n\nNext paragraph.";
        assert_eq!(normalize(s), s);
        assert_eq!(normalize(""), "");
    }

    proptest::proptest! {
        /// The fast path agrees with the plain definition on any text,
        /// including combining marks right after ASCII letters.
        #[test]
        fn normalize_matches_the_definition(s in "(\\PC|[a\u{300}\u{301}\u{327}\u{feff}\r\n\u{85}e\u{308}])*") {
            let reference: String = clean_controls(&s).nfc().collect();
            proptest::prop_assert_eq!(normalize(&s), reference);
        }
    }

    #[test]
    fn normalize_is_idempotent() {
        for s in ["a\r\n\r\nb", "e\u{301}\u{0}", "\u{feff}x\ry"] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once);
        }
    }
}
