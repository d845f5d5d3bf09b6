//! Language identification: Herald is English-first, so articles reliably
//! detected as another language are skipped (and counted) by the sources.
//!
//! Owns the decision only; `whatlang` (trigram profiles) does the detection.

/// How much text is looked at, in bytes (rounded down to a char boundary).
const SAMPLE_BYTES: usize = 4096;

/// The ISO 639-3 code of `text`'s language when it is reliably not English;
/// `None` for English and for text too short or too mixed to tell.
#[must_use]
pub fn non_english(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // Fast path: running English text has its function words every few
    // words; trigram detection (the slow part of reading) is for the rest.
    let common = [" the ", " of ", " and ", " to ", " in ", " that "]
        .iter()
        .map(|w| sample.matches(w).count())
        .sum::<usize>();
    if common >= 8 {
        return None;
    }
    let info = whatlang::detect(sample)?;
    (info.is_reliable() && info.lang() != whatlang::Lang::Eng).then(|| info.lang().code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_passes_other_languages_do_not() {
        assert_eq!(
            non_english("The German chancellor met the US president at the White House on Monday to discuss the crisis."),
            None
        );
        assert_eq!(
            non_english("Le chancelier allemand a rencontré le président américain à la Maison Blanche lundi pour discuter de la crise."),
            Some("fra")
        );
        assert_eq!(
            non_english("Der deutsche Bundeskanzler traf am Montag den amerikanischen Präsidenten im Weißen Haus, um über die Krise zu sprechen."),
            Some("deu")
        );
        assert_eq!(non_english("OK"), None);
    }
}
