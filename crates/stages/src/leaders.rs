//! Who held which office when: the time-aware table `data/kb/leaders.tsv`
//! (heads of state and government, some ministers, IGO chiefs, 1990 on).
//!
//! The `actors` stage asks [`Leaders::holding`] about a person named in an
//! article: a name (or alias) in a document dated inside one of its terms
//! takes that term's country, sector and role ("Olaf Scholz" in February
//! 2022 is DEUGOV, chancellor); outside every term it learns nothing — a
//! 2022 office is never applied to a 1995 article.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::lexicon::data_lines;

/// One continuous term in one office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The person's common name.
    pub name: &'static str,
    /// ISO 3166 alpha-3 country, or a CAMEO IGO code (`IGOUNO`).
    pub country: &'static str,
    /// CAMEO sector (`GOV`), empty for IGO officials.
    pub sector: &'static str,
    /// The office, lower case ("president").
    pub role: &'static str,
    /// First day in office.
    pub start: NaiveDate,
    /// Last day in office (`None`: still in office when the table was made).
    pub end: Option<NaiveDate>,
}

impl Term {
    /// Whether `day` falls in the term (its first and last day included).
    #[must_use]
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|e| day <= e)
    }
}

/// The table, indexed by every written form of each name.
#[derive(Debug, Default)]
pub struct Leaders {
    terms: Vec<Term>,
    by_name: HashMap<&'static str, Vec<u32>>,
    by_surname: HashMap<&'static str, Vec<u32>>,
    /// Rows that could not be read (a test keeps this at zero).
    pub skipped: usize,
}

impl Leaders {
    /// Reads the table from TSV rows (see the file's header for columns).
    #[must_use]
    pub fn parse(data: &'static str) -> Leaders {
        let mut out = Leaders::default();
        for line in data_lines(data) {
            let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            let empty = |s: &'static str| if s == "-" { "" } else { s };
            let term = match cols.as_slice() {
                [name, aliases, country, sector, role, start, end, ..] => {
                    match (
                        date(start),
                        (*end == "-")
                            .then_some(None)
                            .or_else(|| date(end).map(Some)),
                    ) {
                        (Some(start), Some(end)) => Some((
                            Term {
                                name,
                                country,
                                sector: empty(sector),
                                role,
                                start,
                                end,
                            },
                            *aliases,
                        )),
                        _ => None,
                    }
                }
                _ => None,
            };
            let Some((term, aliases)) = term else {
                out.skipped += 1;
                continue;
            };
            let i = out.terms.len() as u32;
            for form in std::iter::once(term.name).chain(empty(aliases).split('|')) {
                let form = form.trim();
                if !form.is_empty() {
                    out.by_name.entry(form).or_default().push(i);
                }
            }
            if let Some((_, surname)) = term.name.rsplit_once(' ') {
                out.by_surname.entry(surname).or_default().push(i);
            }
            out.terms.push(term);
        }
        out
    }

    /// The office `name` held on `day`: the first term in the table (heads
    /// of state and government come first) that covers the day.
    #[must_use]
    pub fn holding(&self, name: &str, day: NaiveDate) -> Option<&Term> {
        self.by_name
            .get(name)?
            .iter()
            .map(|&i| &self.terms[i as usize])
            .find(|t| t.covers(day))
    }

    /// The office of the one person with this surname in office on `day`
    /// ("Trump" in 2019); `None` when nobody or several people are.
    #[must_use]
    pub fn holding_surname(&self, surname: &str, day: NaiveDate) -> Option<&Term> {
        let mut found: Option<&Term> = None;
        for &i in self.by_surname.get(surname)? {
            let t = &self.terms[i as usize];
            if !t.covers(day) {
                continue;
            }
            match found {
                Some(f) if f.name != t.name => return None,
                Some(_) => {}
                None => found = Some(t),
            }
        }
        found
    }

    /// Number of terms.
    #[must_use]
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether the table is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// `YYYY-MM-DD`, or `YYYY-MM` (its first day).
fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok())
}

/// The shipped table, read once.
pub fn leaders() -> &'static Leaders {
    static LEADERS: OnceLock<Leaders> = OnceLock::new();
    LEADERS.get_or_init(|| Leaders::parse(include_str!("../data/kb/leaders.tsv")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn every_row_reads() {
        let l = leaders();
        assert_eq!(l.skipped, 0);
        assert!(l.len() > 500);
    }

    #[test]
    fn offices_hold_only_inside_their_terms() {
        let l = Leaders::parse(
            "# test rows\nA Person\tA. Person|Anne Person\tDEU\tGOV\tchancellor\t2021-12-08\t-\t-\n\
             B Person\t-\tIGOUNO\t-\tsecretary-general\t2017-01\t2022-06-30\t-\nbroken row\n",
        );
        assert_eq!(l.skipped, 1);
        let t = l
            .holding("Anne Person", day("2022-02-08"))
            .map(|t| (t.name, t.country, t.role));
        assert_eq!(t, Some(("A Person", "DEU", "chancellor")));
        assert!(l.holding("A Person", day("1995-02-08")).is_none());
        assert!(l.holding("A Person", day("2021-12-07")).is_none());
        let b = l.holding("B Person", day("2017-01-01"));
        assert_eq!(b.map(|t| t.sector), Some(""));
        assert!(l.holding("B Person", day("2022-07-01")).is_none());
        assert!(l.holding("Person", day("2022-02-08")).is_none());
        // A surname names the one person in office with it, else nobody.
        let by_surname = |d: &str| l.holding_surname("Person", day(d)).map(|t| t.name);
        assert_eq!(by_surname("2018-02-08"), Some("B Person"));
        assert_eq!(by_surname("2022-02-08"), None, "A and B both");
        assert_eq!(by_surname("2023-01-01"), Some("A Person"));
        assert_eq!(by_surname("1995-02-08"), None);
    }

    #[test]
    fn the_shipped_table_knows_recent_leaders() {
        let l = leaders();
        let scholz = l.holding("Olaf Scholz", day("2022-02-08"));
        assert_eq!(scholz.map(|t| (t.country, t.sector)), Some(("DEU", "GOV")));
        assert!(l.holding("Olaf Scholz", day("1995-02-08")).is_none());
    }
}
