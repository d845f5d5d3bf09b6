//! Who held which office when: the time-aware table `data/kb/leaders.tsv`
//! (heads of state and government, some ministers, IGO chiefs, 1990 on).
//!
//! The `actors` stage asks [`Leaders::holding`] about a person named in an
//! article: a name (or alias) in a document dated inside one of its terms
//! takes that term's country, sector and role ("Olaf Scholz" in February
//! 2022 is DEUGOV, chancellor); outside every term it learns nothing — a
//! 2022 office is never applied to a 1995 article.
//!
//! A second table of the same shape holds what Herald **learned** from the
//! articles it stored (the store's `actor_roles`: "Slovak Foreign Minister
//! Ivan Korcok", seen in documents from one date to another):
//! [`Leaders::learned`] turns each learned role into a term that runs from
//! 30 days before the first document that showed it to a year after the
//! last, so that a role seen in February 2022 names the person in a June 2022
//! article without a title, and not in a 1995 one.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::lexicon::{data_lines, Fnv};

/// One continuous term in one office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The person's common name.
    pub name: String,
    /// ISO 3166 alpha-3 country, or a CAMEO IGO code (`IGOUNO`).
    pub country: String,
    /// CAMEO sector (`GOV`), empty for IGO officials.
    pub sector: String,
    /// The office, lower case ("president").
    pub role: String,
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
    by_name: HashMap<String, Vec<u32>, BuildHasherDefault<Fnv>>,
    by_surname: HashMap<String, Vec<u32>, BuildHasherDefault<Fnv>>,
    /// Rows that could not be read (a test keeps this at zero).
    pub skipped: usize,
}

impl Leaders {
    /// Reads the table from TSV rows (see the file's header for columns).
    #[must_use]
    pub fn parse(data: &'static str) -> Leaders {
        let mut out = Leaders::default();
        for line in data_lines(data) {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let empty = |s: &str| {
                if s == "-" {
                    String::new()
                } else {
                    s.to_owned()
                }
            };
            let term = match cols.as_slice() {
                [name, aliases, country, sector, role, start, end, ..] => {
                    let end = if *end == "-" {
                        Some(None)
                    } else {
                        date(end).map(Some)
                    };
                    match (date(start), end) {
                        (Some(start), Some(end)) => Some((
                            Term {
                                name: (*name).to_owned(),
                                country: (*country).to_owned(),
                                sector: empty(sector),
                                role: (*role).to_owned(),
                                start,
                                end,
                            },
                            empty(aliases),
                        )),
                        _ => None,
                    }
                }
                _ => None,
            };
            match term {
                Some((term, aliases)) => out.add(term, aliases.split('|')),
                None => out.skipped += 1,
            }
        }
        out
    }

    /// A table of roles learned from stored articles: (name, country,
    /// sector, role, first and last document date). Each becomes a term from
    /// 30 days before the first date to 365 days after the last.
    pub fn learned<I>(roles: I) -> Leaders
    where
        I: IntoIterator<Item = (String, String, String, String, NaiveDate, NaiveDate)>,
    {
        let mut out = Leaders::default();
        for (name, country, sector, role, first, last) in roles {
            if name.trim().is_empty() || country.is_empty() || last < first {
                out.skipped += 1;
                continue;
            }
            let term = Term {
                name,
                country,
                sector,
                role,
                start: first - chrono::Duration::days(LEARNED_BEFORE),
                end: Some(last + chrono::Duration::days(LEARNED_AFTER)),
            };
            out.add(term, std::iter::empty());
        }
        out
    }

    fn add<'a>(&mut self, term: Term, aliases: impl Iterator<Item = &'a str>) {
        let i = self.terms.len() as u32;
        let name = term.name.clone();
        self.by_name.entry(name.clone()).or_default().push(i);
        for form in aliases {
            let form = form.trim();
            if !form.is_empty() && form != name {
                self.by_name.entry(form.to_owned()).or_default().push(i);
            }
        }
        // Not an alias's last word: "King Salman" ends in a given name.
        for s in surname_keys(&name) {
            self.by_surname.entry(s.to_owned()).or_default().push(i);
        }
        self.terms.push(term);
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

    /// The head of state's or government's term of the one person called
    /// `name` (full name, alias or surname) that began on or before `day`,
    /// in office or not: "the Obama administration" in 2022 is still the
    /// United States'. `None` when no one or people of several countries
    /// are called so.
    #[must_use]
    pub fn led_before(&self, name: &str, day: NaiveDate) -> Option<&Term> {
        let ids = self
            .by_name
            .get(name)
            .or_else(|| self.by_surname.get(name))?;
        let kb = crate::kb::kb();
        let mut found: Option<&Term> = None;
        for &i in ids {
            let t = &self.terms[i as usize];
            if !kb.is_head_role(&t.role) || t.start > day {
                continue;
            }
            match found {
                Some(f) if f.name != t.name || f.country != t.country => return None,
                Some(_) => {}
                None => found = Some(t),
            }
        }
        found
    }

    /// The latest term, begun on or before `day`, of the person called
    /// `name` in full (name or alias) in any state office: "Hillary
    /// Clinton" in 2016 had been secretary of state until 2013. Terms in
    /// an international organisation name no state. `None` when no such
    /// term, or terms of several states.
    #[must_use]
    pub fn served_before(&self, name: &str, day: NaiveDate) -> Option<&Term> {
        let mut found: Option<&Term> = None;
        for &i in self.by_name.get(name)? {
            let t = &self.terms[i as usize];
            if t.start > day || t.country.len() != 3 {
                continue;
            }
            match found {
                Some(f) if f.country != t.country => return None,
                Some(f) if f.start >= t.start => {}
                _ => found = Some(t),
            }
        }
        found
    }

    /// Every term of the person `name` (by name or alias), in table order.
    #[must_use]
    pub fn terms_of(&self, name: &str) -> Vec<&Term> {
        self.by_name
            .get(name)
            .map(|ix| ix.iter().map(|&i| &self.terms[i as usize]).collect())
            .unwrap_or_default()
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

/// The surnames a full name is known by: its last word, and that word
/// without an Arabic article ("Bashar al-Assad" is "al-Assad" and "Assad").
fn surname_keys(name: &str) -> impl Iterator<Item = &str> {
    let last = name.rsplit_once(' ').map(|(_, l)| l);
    let bare = last.and_then(|l| {
        ["al-", "el-", "Al-", "El-"]
            .iter()
            .find_map(|p| l.strip_prefix(p))
            .filter(|b| b.len() > 1)
    });
    last.into_iter().chain(bare)
}

/// Days before its first document that a learned role applies.
pub const LEARNED_BEFORE: i64 = 30;
/// Days after its last document that a learned role applies.
pub const LEARNED_AFTER: i64 = 365;

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
    fn a_surname_is_known_without_its_article() {
        let l = Leaders::parse(
            "H Al-Asad\t-\tSYR\tGOV\tpresident\t1971-03-14\t2000-06-10\t-\n\
             B al-Asad\tKing Bee\tSYR\tGOV\tpresident\t2000-07-17\t2024-12-08\t-\n",
        );
        let name = |s: &str, d: &str| l.holding_surname(s, day(d)).map(|t| t.name.clone());
        assert_eq!(name("al-Asad", "2014-09-01").as_deref(), Some("B al-Asad"));
        assert_eq!(name("Asad", "2014-09-01").as_deref(), Some("B al-Asad"));
        assert_eq!(name("Asad", "1990-01-01").as_deref(), Some("H Al-Asad"));
        // An alias's last word may be a given name ("King Salman").
        assert_eq!(name("Bee", "2014-09-01"), None);
        assert_eq!(
            surname_keys("Bashar al-Assad").collect::<Vec<_>>(),
            ["al-Assad", "Assad"]
        );
        assert_eq!(surname_keys("Lula").count(), 0);
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
            .map(|t| (t.name.as_str(), t.country.as_str(), t.role.as_str()));
        assert_eq!(t, Some(("A Person", "DEU", "chancellor")));
        assert!(l.holding("A Person", day("1995-02-08")).is_none());
        assert!(l.holding("A Person", day("2021-12-07")).is_none());
        let b = l.holding("B Person", day("2017-01-01"));
        assert_eq!(b.map(|t| t.sector.as_str()), Some(""));
        assert!(l.holding("B Person", day("2022-07-01")).is_none());
        assert!(l.holding("Person", day("2022-02-08")).is_none());
        // A surname names the one person in office with it, else nobody.
        let by_surname = |d: &str| l.holding_surname("Person", day(d)).map(|t| t.name.clone());
        assert_eq!(by_surname("2018-02-08").as_deref(), Some("B Person"));
        assert_eq!(by_surname("2022-02-08"), None, "A and B both");
        assert_eq!(by_surname("2023-01-01").as_deref(), Some("A Person"));
        assert_eq!(by_surname("1995-02-08"), None);
    }

    #[test]
    fn the_shipped_table_knows_recent_leaders() {
        let l = leaders();
        let scholz = l.holding("Olaf Scholz", day("2022-02-08"));
        assert_eq!(
            scholz.map(|t| (t.country.as_str(), t.sector.as_str())),
            Some(("DEU", "GOV"))
        );
        assert!(l.holding("Olaf Scholz", day("1995-02-08")).is_none());
    }

    #[test]
    fn learned_roles_hold_near_the_documents_that_showed_them() {
        let l = Leaders::learned([(
            "Ivan Korcok".to_owned(),
            "SVK".to_owned(),
            "GOV".to_owned(),
            "foreign minister".to_owned(),
            day("2022-02-08"),
            day("2022-03-01"),
        )]);
        assert!(
            l.holding("Ivan Korcok", day("2022-06-01")).is_some(),
            "a later 2022 article"
        );
        assert!(
            l.holding("Ivan Korcok", day("2022-01-20")).is_some(),
            "shortly before"
        );
        assert!(
            l.holding("Ivan Korcok", day("1995-06-01")).is_none(),
            "1995"
        );
        assert!(
            l.holding("Ivan Korcok", day("2023-03-02")).is_none(),
            "a year after the last"
        );
        assert_eq!(
            l.holding_surname("Korcok", day("2022-06-01"))
                .map(|t| t.country.as_str()),
            Some("SVK")
        );
    }
}
