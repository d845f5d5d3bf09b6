//! Herald's native text format: a first line ` date YYYY-MM-DD` (the leading
//! space is optional), then the article text, on the same line or the next.
//!
//! Owns the header. A file without one is still an article, with an unknown
//! date; a header whose date is not a date is an error naming the file.

use chrono::NaiveDate;

use crate::{date::parse_date, SourceErrorKind};

/// A native-format file split into its header date and its body.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Native<'a> {
    /// The header's date; `None` when the file has no header.
    pub date: Option<NaiveDate>,
    /// True when there was a header.
    pub has_header: bool,
    /// The text after the header.
    pub body: &'a str,
}

/// Splits `text` into header date and body.
///
/// The header is the word `date` at the start of the first line (after
/// optional spaces or tabs), then whitespace, then a token starting with a
/// digit. A token that starts with a digit but is not a valid date is an
/// error; anything else means "no header" (an article may well begin with
/// the word "date").
pub(crate) fn parse_native(text: &str) -> Result<Native<'_>, SourceErrorKind> {
    let no_header = Native {
        date: None,
        has_header: false,
        body: text,
    };
    let line_start = text.trim_start_matches([' ', '\t']);
    let Some(after) = line_start.strip_prefix("date") else {
        return Ok(no_header);
    };
    if !after.starts_with([' ', '\t']) {
        return Ok(no_header);
    }
    let after = after.trim_start_matches([' ', '\t']);
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok(no_header);
    }
    let token_len = after.find(char::is_whitespace).unwrap_or(after.len());
    let token = &after[..token_len];
    let date = parse_date(token).ok_or_else(|| SourceErrorKind::BadDate {
        field: "header",
        value: token.to_owned(),
    })?;
    Ok(Native {
        date: Some(date),
        has_header: true,
        body: after[token_len..].trim_start(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_with_text_on_same_line() {
        let n = parse_native(" date 2022-02-08 Scholz met Biden.").unwrap();
        assert_eq!(n.date, NaiveDate::from_ymd_opt(2022, 2, 8));
        assert_eq!(n.body, "Scholz met Biden.");
    }

    #[test]
    fn header_with_text_on_next_line_and_no_leading_space() {
        let n = parse_native("date 2021-06-17\nGENEVA - Talks ended.\n").unwrap();
        assert_eq!(n.date, NaiveDate::from_ymd_opt(2021, 6, 17));
        assert_eq!(n.body, "GENEVA - Talks ended.\n");
    }

    #[test]
    fn no_header_means_unknown_date() {
        let n = parse_native("Talks ended in Geneva.").unwrap();
        assert!(!n.has_header);
        assert_eq!(n.date, None);
        let n = parse_native("date palms were exported.").unwrap();
        assert!(!n.has_header);
        assert_eq!(n.body, "date palms were exported.");
    }

    #[test]
    fn bad_header_date_is_an_error() {
        let err = parse_native(" date 2022-13-45\ntext").unwrap_err();
        assert!(err.to_string().contains("2022-13-45"), "{err}");
    }
}
