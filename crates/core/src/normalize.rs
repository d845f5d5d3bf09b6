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
    let clean = if needs_cleaning(text) {
        clean_controls(text)
    } else {
        text.to_owned()
    };
    if text.is_ascii() {
        return clean;
    }
    match is_nfc_quick(clean.chars()) {
        IsNormalized::Yes => clean,
        _ => clean.nfc().collect(),
    }
}

fn needs_cleaning(text: &str) -> bool {
    text.bytes()
        .any(|b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f)
        || (!text.is_ascii() && text.chars().any(is_removed))
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

    #[test]
    fn normalize_is_idempotent() {
        for s in ["a\r\n\r\nb", "e\u{301}\u{0}", "\u{feff}x\ry"] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once);
        }
    }
}
