//! Dates as sources write them: `YYYY-MM-DD`, optionally followed by a time
//! (`2022-02-08T10:30:00Z`, `2022-02-08 10:30`), or RFC 2822
//! (`Tue, 08 Feb 2022 10:30:00 +0000`, the RSS form).
//!
//! Owns the parsing of publication dates only; time expressions inside the
//! text belong to the time stage.

use chrono::{DateTime, NaiveDate};

/// The calendar date `s` names, or `None`.
///
/// A leading `YYYY-MM-DD` is taken as the date as written (the publisher's
/// local date), whatever follows; RFC 2822 likewise keeps its own date.
#[must_use]
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        let rest = &s[10..];
        let ends_well = rest.is_empty() || rest.starts_with(['T', 't', ' ']);
        if ends_well && head.as_bytes().get(4) == Some(&b'-') {
            return NaiveDate::parse_from_str(head, "%Y-%m-%d").ok();
        }
    }
    DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn forms_sources_use() {
        assert_eq!(parse_date("2022-02-08"), d(2022, 2, 8));
        assert_eq!(parse_date(" 2022-02-08T23:30:00-05:00 "), d(2022, 2, 8));
        assert_eq!(parse_date("2022-02-08 10:30"), d(2022, 2, 8));
        assert_eq!(parse_date("Tue, 08 Feb 2022 10:30:00 +0000"), d(2022, 2, 8));
    }

    #[test]
    fn non_dates_are_none() {
        assert_eq!(parse_date("2022-13-45"), None);
        assert_eq!(parse_date("2022-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2022-02-081"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("ä"), None);
    }
}
