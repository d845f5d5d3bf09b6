//! The `times` layer's types: TIMEX3-style temporal expressions, and the date
//! of an event with its provenance.
//!
//! Owns the data model only. Recognising and normalising expressions is the
//! `time` stage's job (`herald-stages`), which also dates events.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Span;

/// TIMEX3 `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `6 February 2022`, `last week`, `the 1990s`.
    Date,
    /// A time of day: `10:30 a.m.`, `Tuesday morning` at hour precision.
    Time,
    /// A length of time: `three days` (`P3D`).
    Duration,
    /// A recurrence: `every Monday`, `daily`.
    Set,
}

impl TimexType {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "index")]
pub enum Anchor {
    /// Nothing: the expression names its value itself (`6 February 2022`).
    None,
    /// The document's date (`yesterday`, `on Sunday`).
    Document,
    /// An earlier expression in the text, by index in the layer (`the
    /// previous day`).
    Timex(u32),
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it is.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value: `2022-02-06`, `2022-02`, `2022-W06`, `2022-Q1`, `199`
    /// (a decade), `P3D`, `PT2H`, `PXY`, `XXXX-WXX-1`, `PRESENT_REF`, … A value
    /// that cannot be resolved keeps `X` placeholders (`XXXX-02-06`).
    pub value: String,
    /// What a relative value was computed from.
    pub anchor: Anchor,
    /// Index of the sentence it is in.
    pub sentence: u32,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A year (`2022`).
    Year,
    /// A month (`2022-02`).
    Month,
    /// A day (`2022-02-06`).
    Day,
}

impl Timex {
    /// The calendar date this expression's value names, at its precision:
    /// `2022-02-06` → (2022-02-06, Day), `2022-02` → (2022-02-01, Month),
    /// `2022` → (2022-01-01, Year); a time of day gives its day. Weeks,
    /// quarters, durations, sets and references give `None`.
    #[must_use]
    pub fn date(&self) -> Option<(NaiveDate, Precision)> {
        if matches!(self.kind, TimexType::Duration | TimexType::Set) {
            return None;
        }
        parse_value_date(&self.value)
    }
}

/// Reads the date at the start of a TIMEX3 value (see [`Timex::date`]).
#[must_use]
pub fn parse_value_date(value: &str) -> Option<(NaiveDate, Precision)> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = value.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    if b.len() == 4 {
        return Some((NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year));
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let month = digits(5..7)?;
    if b.len() == 7 {
        return Some((NaiveDate::from_ymd_opt(year, month, 1)?, Precision::Month));
    }
    if b.get(7) != Some(&b'-') {
        return None;
    }
    let day = digits(8..10)?;
    if b.len() == 10 || b.get(10) == Some(&b'T') {
        return Some((NaiveDate::from_ymd_opt(year, month, day)?, Precision::Day));
    }
    None
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A temporal expression in the text.
    Text,
    /// The document's date, because the text gave nothing.
    Document,
}

/// The date of what a clause reports, and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The date (first day of the month or year at coarser precision).
    pub date: NaiveDate,
    /// How precise it is.
    pub precision: Precision,
    /// Text or document date.
    pub source: DateSource,
    /// Index of the expression in the `times` layer, when from the text.
    pub time_ref: Option<u32>,
}

impl EventDate {
    /// The date as written at its precision: `2022-02-06`, `2022-02`, `2022`.
    #[must_use]
    pub fn value(&self) -> String {
        match self.precision {
            Precision::Day => self.date.format("%Y-%m-%d").to_string(),
            Precision::Month => format!("{:04}-{:02}", self.date.year(), self.date.month()),
            Precision::Year => format!("{:04}", self.date.year()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_dates_at_their_precision() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            parse_value_date("2022-02-06"),
            Some((d(2022, 2, 6), Precision::Day))
        );
        assert_eq!(
            parse_value_date("2022-02-06T14:30"),
            Some((d(2022, 2, 6), Precision::Day))
        );
        assert_eq!(
            parse_value_date("2022-02"),
            Some((d(2022, 2, 1), Precision::Month))
        );
        assert_eq!(
            parse_value_date("2022"),
            Some((d(2022, 1, 1), Precision::Year))
        );
        for v in [
            "2022-W06",
            "2022-Q1",
            "199",
            "P3D",
            "PRESENT_REF",
            "XXXX-02-06",
            "2022-02-30",
            "",
        ] {
            assert_eq!(parse_value_date(v), None, "{v}");
        }
    }

    #[test]
    fn event_date_value() {
        let e = EventDate {
            date: NaiveDate::from_ymd_opt(2022, 2, 1).unwrap(),
            precision: Precision::Month,
            source: DateSource::Text,
            time_ref: Some(0),
        };
        assert_eq!(e.value(), "2022-02");
    }
}
