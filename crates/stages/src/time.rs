//! The `time` stage: temporal expressions, with TIMEX3 types and values
//! resolved against the document date; and [`event_date`], which dates what a
//! clause reports.
//!
//! Owns recognition and normalisation of time expressions; it reads tokens and
//! sentences (the `segments` layer) and the document date, and assigns
//! [`Layer::Times`]. It does not decide which event a date belongs to beyond
//! the clause span it is given.
//!
//! # How it works
//! Each word is classified once through `data/time_words.tsv` (months,
//! weekdays, units, number words, modifiers, …). At each token a small
//! grammar of patterns is tried, the longest match wins:
//! - absolute and partial dates: `6 February 2022`, `Feb. 6, 2022`,
//!   `Sunday, 6 February`, `2022-02-06`, `2/6/2022`, `February 2022`,
//!   `in 2014`, `the 1990s`, `mid-March`, quarters, halves, seasons, fiscal years;
//! - relative: `yesterday`, `on Sunday`, `last week`, `two days ago`,
//!   `earlier this month`, `next year`, `the previous day` (anchored on the
//!   last date mentioned);
//! - times of day (`10:30 a.m.`, `Tuesday morning`), durations (`for three
//!   days` → `P3D`), sets (`every Monday`, `daily`) and vague references
//!   (`recently` → `PAST_REF`, `now` → `PRESENT_REF`).
//!
//! Weekdays, and months without a year, are resolved by the tense around
//! them: in past narration `on Sunday` is the Sunday on or before the
//! document date; after `will` it is the next one.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, Months, NaiveDate};
use herald_core::Annotation;
use herald_core::{
    Anchor, DateSource, Doc, EventDate, Layer, Precision, Span, Stage, StageError, Timex,
    TimexType, Token, TokenKind,
};

use crate::lexicon::{data_lines, lookup, FastMap};

/// The time stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeTagger;

impl Stage for TimeTagger {
    fn name(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments]
    }

    fn assigns(&self) -> Layer {
        Layer::Times
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        if !doc.has(Layer::Segments) {
            return Err(StageError::MissingLayer(Layer::Segments));
        }
        Ok(Annotation::Times(tag(doc)))
    }
}

/// The temporal expressions of a segmented document.
#[must_use]
pub fn tag(doc: &Doc) -> Vec<Timex> {
    let mut out = Vec::new();
    let mut last_date: Option<(NaiveDate, u32)> = None;
    let mut last_any: Option<(NaiveDate, Precision, u32)> = None;
    let mut last_quarter: Option<(i32, u32)> = None;
    // The quarters named so far, with how often: a results report names its
    // own quarter most ("third-quarter net ... the third quarter ...") and
    // others in passing ("after a flat second quarter").
    let mut quarters: Vec<((i32, u32), u32)> = Vec::new();
    // One scratch for the whole document: no allocation per sentence.
    let mut sent = Sent::new(doc.text());
    for (si, sentence) in doc.sentences().iter().enumerate() {
        let toks = doc.sentence_tokens(sentence);
        sent.fill(toks);
        if !sent.any_candidate {
            continue;
        }
        let mut i = 0;
        // The second day of "April 24 and 25", found with the first.
        let mut pending: Option<Hit> = None;
        while i < toks.len() {
            let Some(hit) = pending.take().or_else(|| sent.match_at(i)) else {
                i += 1;
                continue;
            };
            if sent.is_title(&hit) {
                i = hit.end;
                continue;
            }
            // A deadline ("postponed until Tuesday", "repay the loan by
            // February") lies ahead whatever the verb's tense, unless the
            // clause looks back from it in the past perfect ("until Tuesday,
            // they had not ...", "they had filed reports by Wednesday").
            let tense = if hit.start > 0
                && sent.is_any(hit.start - 1, &["until", "till", "by"])
                && !sent
                    .markers
                    .iter()
                    .any(|&(m, _)| sent.is(m, "had") && (m > hit.start || m + 8 >= hit.start))
            {
                Tense::Future
            } else if matches!(hit.val, Val::Weekday { dir: None, .. })
                && sent.is_any(hit.end, &["'s", "\u{2019}s"])
            {
                // "Wednesday's ruling", "Friday's close": a day whose
                // event is already reported on, the one just past, even
                // in reported speech ("said they would appeal Wednesday's
                // ruling"); ahead after "ahead of Sunday's vote", "will
                // attend Friday's summit"
                if sent.ahead_of(hit.start) {
                    Tense::Future
                } else {
                    Tense::Behind
                }
            } else if sent.since_before(hit.start) {
                // "since March", "since shortly after the Oct. 23 attack":
                // the start of a period that runs to now lies behind.
                Tense::Behind
            } else if hit.start > 0
                && sent.markers.iter().any(|&(m, t)| {
                    matches!(t, Tense::Past | Tense::WeakPast)
                        // "resigned on February 13", "took office in
                        // January": the past verb's own date.
                        && (m + 1 == hit.start
                            || (m + 2 == hit.start
                                && sent.is_any(m + 1, &["on", "in"])
                                // Not an infinitive ("expected to hit on 4
                                // August") nor in a clause about the future
                                // ("will have the first coupon paid on").
                                && !(m > 0 && sent.is(m - 1, "to"))
                                && sent.tense_near(hit.start, hit.end) != Tense::Future))
                })
            {
                Tense::Behind
            } else {
                sent.tense_near(hit.start, hit.end)
            };
            let ctx = Ctx {
                dct: doc.date(),
                tense,
                last: last_date,
                last_any,
                last_quarter,
            };
            let (value, anchor) = resolve(&hit.val, &ctx);
            let index = out.len() as u32;
            let timex = Timex {
                span: Span::new(toks[hit.start].span.start, toks[hit.end - 1].span.end),
                kind: hit.kind,
                value,
                anchor,
                sentence: si as u32,
            };
            if let Some((d, p)) = timex.date() {
                if p == Precision::Day {
                    last_date = Some((d, index));
                }
                // "a year ago" is no new point to count from: a later "a
                // year earlier" compares with the same period.
                if !matches!(hit.val, Val::Back { .. }) {
                    last_any = Some((d, p, index));
                }
            }
            // A quarter named in the text (not one computed back from
            // another) counts towards the grain of later "a year earlier".
            if !matches!(hit.val, Val::Back { .. } | Val::YearPeriod(_)) {
                // A quarter of long ago ("stopped paying in the third
                // quarter of 1984") is history, not the report's.
                let recent = |(y, _): (i32, u32)| doc.date().is_none_or(|d| d.year() - y <= 1);
                if let Some(q) = quarter_of(&timex.value).filter(|&q| recent(q)) {
                    match quarters.iter_mut().find(|(k, _)| *k == q) {
                        Some((_, n)) => *n += 1,
                        None => quarters.push((q, 1)),
                    }
                    // the most named; at equal counts the first
                    last_quarter = quarters
                        .iter()
                        .rev()
                        .max_by_key(|(_, n)| *n)
                        .map(|(k, _)| *k);
                }
            }
            out.push(timex);
            pending = sent.second_day(&hit);
            i = hit.end;
        }
    }
    out
}

/// The date of what the clause at `span` reports, with its provenance: the
/// most precise calendar date among the time expressions inside `span`
/// (the first at equal precision), else the document date, else `None`.
/// A date that names a thing ("the 2003 downfall", "Sunday's vote") dates
/// that thing, not what the clause reports.
#[must_use]
pub fn event_date(doc: &Doc, span: Span) -> Option<EventDate> {
    sentence_date(doc, span, true)
}

/// [`event_date`] for a predicate outside the relative clauses set off by
/// commas in `span`: their dates are theirs ("Comey, who was fired last
/// year, documented a conversation": the conversation is not dated last
/// year).
#[must_use]
pub fn event_date_outside_relatives(doc: &Doc, span: Span) -> Option<EventDate> {
    sentence_date(doc, span, false)
}

/// The span of the relative clause set off by a comma that the time
/// expression at `span` is in ("who was fired last year"): from its "who"
/// or "which" to the next punctuation or the sentence's end.
#[must_use]
pub fn relative_clause_of(doc: &Doc, span: Span) -> Option<Span> {
    let toks = doc.tokens();
    let rel = relative_pronoun_before(doc, span)?;
    let a = token_at(doc, span.end);
    let sentences = doc.sentences();
    let sentence_end = sentences
        .get(sentences.partition_point(|s| s.span.end < span.end))
        .map_or(u32::MAX, |s| s.span.end);
    let end = toks
        .get(a..)
        .and_then(|rest| rest.iter().find(|t| t.kind == TokenKind::Punct))
        .map_or(sentence_end, |t| t.span.start.min(sentence_end));
    Some(Span::new(toks.get(rel)?.span.start, end))
}

fn sentence_date(doc: &Doc, span: Span, relatives: bool) -> Option<EventDate> {
    let mut best: Option<(NaiveDate, Precision, u32)> = None;
    for (i, t) in doc.times().iter().enumerate() {
        if !span.contains(t.span) {
            continue;
        }
        if let Some((date, precision)) = dating(t) {
            // "heads to Beijing for the Friday opening": a coming event one
            // goes or acts for dates the act: a day of the coming weeks, not
            // a period ("for the 1988 financial year").
            let coming = || {
                precision == Precision::Day
                    && doc
                        .date()
                        .is_some_and(|d| date > d && date <= d + Duration::days(14))
                    && preposition_before(doc, t.span).is_some_and(|(p, _)| p == "for")
            };
            if attributive(doc, t.span) && !frames(doc, t.span) && !coming() {
                continue;
            }
            if !relatives && relative_pronoun_before(doc, t.span).is_some() {
                continue;
            }
            if best.is_none_or(|(_, p, _)| precision > p) {
                best = Some((date, precision, i as u32));
            }
        }
    }
    match best {
        Some((date, precision, i)) => Some(EventDate {
            date,
            precision,
            source: DateSource::Text,
            time_ref: Some(i),
        }),
        None => doc.date().map(|date| EventDate {
            date,
            precision: Precision::Day,
            source: DateSource::Document,
            time_ref: None,
        }),
    }
}

/// Whether the time expression at `time` dates only the relative clause
/// set off by a comma that it is in, not the predicate at `at` outside it
/// ("The president, who was elected in 2017, criticized"), unless the
/// clause is about one of `predicates`, named a few words before its comma.
#[must_use]
pub fn dates_only_its_clause(doc: &Doc, time: Span, at: Span, predicates: &[Span]) -> bool {
    relative_clause_of(doc, time)
        .is_some_and(|rel| !rel.contains(at) && !relative_of_an_act(doc, rel, predicates))
}

/// Whether the relative clause at `rel` is about one of `predicates`, a
/// noun a few words before its comma ("at the summit, which will take
/// place in Venice on August 20"; "the fatalities, which happened at 10
/// p.m."): its date is then that act's, and what is done at it.
fn relative_of_an_act(doc: &Doc, rel: Span, predicates: &[Span]) -> bool {
    predicates.iter().any(|p| {
        p.end <= rel.start
            && doc
                .text()
                .get(p.end as usize..rel.start as usize)
                .is_some_and(|gap| {
                    gap.trim_end().ends_with(',') && gap.split_whitespace().count() <= 4
                })
    })
}

/// The text of token `k`, if there is one.
fn token_word(doc: &Doc, k: usize) -> Option<&str> {
    doc.tokens().get(k).map(|t| doc.text_of(t.span))
}

/// The index of the first token starting at or after byte `at`.
fn token_at(doc: &Doc, at: u32) -> usize {
    doc.tokens().partition_point(|t| t.span.start < at)
}

/// The token of ", who" or ", which" that opens the relative clause the
/// time expression at `span` is in ("Comey, who was fired last year,"; "the
/// talks, which are to resume in April"): a few words before it, with no
/// punctuation between; or before a time set off by commas inside the
/// clause ("Jimenez, who immigrated when she was 8, nearly 55 years ago,
/// supports").
fn relative_pronoun_before(doc: &Doc, span: Span) -> Option<usize> {
    let toks = doc.tokens();
    let a = token_at(doc, span.start);
    let set_off = token_word(doc, token_at(doc, span.end)) == Some(",");
    let mut from = a;
    for k in (a.saturating_sub(24)..a).rev() {
        if toks[k].kind == TokenKind::Punct {
            // The comma opening the time's own parenthesis, a word or two
            // before it ("nearly", "about"): the clause goes on before it.
            let hedges_only = || {
                (k + 1..a).all(|j| {
                    token_word(doc, j).is_some_and(|w| {
                        [
                            "nearly", "about", "almost", "some", "roughly", "around", "just",
                        ]
                        .iter()
                        .any(|h| w.eq_ignore_ascii_case(h))
                    })
                })
            };
            if set_off && from == a && token_word(doc, k) == Some(",") && hedges_only() {
                from = k;
                continue;
            }
            return None;
        }
        if from - k > if from == a { 8 } else { 16 } {
            return None;
        }
        if matches!(token_word(doc, k), Some("which" | "who")) {
            let comma = k
                .checked_sub(1)
                .and_then(|c| token_word(doc, c))
                .is_some_and(|w| w == ",");
            return (k + 1 < a && comma).then_some(k);
        }
    }
    None
}

/// Whether the noun a date at `span` modifies is the time frame of what is
/// told: after "during" or "amid" and any determiner ("during a July
/// visit", "during his 2016 campaign"), or after "in", "at" or "on" and "a"
/// or "an" ("In a Friday statement", "at a July 10 meeting").
fn frames(doc: &Doc, span: Span) -> bool {
    match preposition_before(doc, span) {
        Some(("during" | "amid", _)) => true,
        // "in a Friday statement", not "in the 2016 election" (what was
        // done in it may be told later).
        Some(("in" | "at" | "on", indefinite)) => indefinite,
        _ => false,
    }
}

/// The preposition before the phrase a date at `span` opens or follows a
/// determiner or a possessive in ("during a July visit": "during"), and
/// whether the phrase is indefinite ("a", "an").
fn preposition_before(doc: &Doc, span: Span) -> Option<(&'static str, bool)> {
    let word = |k: usize| token_word(doc, k).map(str::to_ascii_lowercase);
    let mut k = token_at(doc, span.start);
    let mut indefinite = false;
    for _ in 0..3 {
        let p = k.checked_sub(1)?;
        let w = word(p)?;
        if let Some(&prep) = ["during", "amid", "in", "at", "on", "for"]
            .iter()
            .find(|&&prep| prep == w)
        {
            return Some((prep, indefinite));
        }
        match w.as_str() {
            "a" | "an" => {
                indefinite = true;
                k = p;
            }
            "the" | "his" | "her" | "its" | "their" | "this" | "that" => k = p,
            w if w.ends_with("'s") || w.ends_with("\u{2019}s") => k = p,
            _ => return None,
        }
    }
    None
}

/// The date of the noun a relative clause at `clause` hangs on: "an Aug. 15
/// car bombing that killed 27 people", "Sunday's blast, which wounded 78":
/// a date that modifies a noun within a few words before the clause's
/// "that", "which", "who", "where" or "when", with none of `predicates`
/// between but the noun itself.
#[must_use]
pub fn antecedent_date(doc: &Doc, clause: Span, predicates: &[Span]) -> Option<EventDate> {
    let toks = doc.tokens();
    let a = token_at(doc, clause.start);
    let rel = [Some(a), a.checked_sub(1)]
        .into_iter()
        .flatten()
        .find(|&k| {
            token_word(doc, k)
                .is_some_and(|w| matches!(w, "that" | "which" | "who" | "where" | "when"))
        })?;
    let rel_start = toks[rel].span.start;
    let lo = toks[rel.saturating_sub(14)].span.start;
    let (i, t) = doc.times().iter().enumerate().rev().find(|(_, t)| {
        t.span.end <= rel_start
            && t.span.start >= lo
            && attributive(doc, t.span)
            // No other act between, but the noun itself ("an Aug. 15
            // car bombing in Beirut that killed").
            && !predicates.iter().any(|p| {
                p.start >= t.span.end
                    && p.end <= rel_start
                    && !p.is_empty()
                    && token_at(doc, p.start) > token_at(doc, t.span.end) + 2
            })
    })?;
    let (date, precision) = dating(t)?;
    Some(EventDate {
        date,
        precision,
        source: DateSource::Text,
        time_ref: Some(i as u32),
    })
}

/// The calendar date a time expression gives an event: its date, or for a
/// week the month it lies in ("last week" → 2016-07, when the whole week
/// does), and for a quarter, a half or a season its year.
fn dating(t: &Timex) -> Option<(NaiveDate, Precision)> {
    if let Some(d) = t.date() {
        return Some(d);
    }
    if matches!(t.kind, TimexType::Duration | TimexType::Set) {
        return None;
    }
    let v = t.value.as_str();
    let year: i32 = v
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let rest = v.get(4..)?;
    if let Some(w) = rest.strip_prefix("-W") {
        let week: u32 = w.get(..2)?.parse().ok()?;
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        let sunday = monday + Duration::days(6);
        return Some(if monday.month() == sunday.month() {
            (monday.with_day(1)?, Precision::Month)
        } else {
            (NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year)
        });
    }
    let part = rest.strip_prefix('-')?;
    if !matches!(
        part,
        "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" | "SP" | "SU" | "FA" | "WI"
    ) {
        return None;
    }
    Some((NaiveDate::from_ymd_opt(year, 1, 1)?, Precision::Year))
}

/// The date of what the predicate at `at` reports when its own clause
/// (`clause`) says when: the calendar date among the time expressions
/// inside the clause that stands nearest the predicate (the more precise at
/// equal distance). "Kerry heads to Geneva on Thursday for talks with his
/// counterpart, who offered the proposal Monday": the offer is Monday's.
/// An expression with another of `predicates` between it and `at` is that
/// one's ("meet Merkel on Wednesday and travel to Moscow to meet Putin on
/// Thursday"), and one that modifies a noun dates that noun only ("to
/// discuss Sunday's rocket test", "complying with the 1987 treaty"; "the
/// 2011 protests" for the protests). `None` when the clause names no date
/// of its own for `at`; [`event_date`] then reads the sentence.
#[must_use]
pub fn clause_date(doc: &Doc, clause: Span, at: Span, predicates: &[Span]) -> Option<EventDate> {
    let mut best: Option<(u32, Precision, NaiveDate, u32)> = None;
    for (i, t) in doc.times().iter().enumerate() {
        if t.span.start >= clause.end {
            break;
        }
        if !clause.contains(t.span) || t.span.overlaps(at) {
            continue;
        }
        let Some((date, precision)) = dating(t) else {
            continue;
        };
        let (gap, between) = if t.span.end <= at.start {
            (at.start - t.span.end, Span::new(t.span.end, at.start))
        } else {
            (
                t.span.start.saturating_sub(at.end),
                Span::new(at.end, t.span.start.max(at.end)),
            )
        };
        if predicates
            .iter()
            .any(|&p| between.contains(p) && !p.is_empty())
        {
            continue;
        }
        if attributive(doc, t.span) && !(t.span.end <= at.start && names_the_noun(doc, between)) {
            continue;
        }
        // "The president, who was elected in 2017, criticized": a relative
        // clause about no act of the sentence dates only itself.
        if dates_only_its_clause(doc, t.span, at, predicates) {
            continue;
        }
        // "its fifth test since 2006", "funds the government through Dec.
        // 11": the bound of a period is no date of the act.
        if bounds_a_period(doc, t.span) {
            continue;
        }
        // "killed the general in January and demanded": a date just
        // before a conjunction closes the conjunct before it.
        if t.span.end <= at.start && joins_conjuncts(doc, between) {
            continue;
        }
        if best.is_none_or(|(g, p, _, _)| gap < g || (gap == g && precision > p)) {
            best = Some((gap, precision, date, i as u32));
        }
    }
    best.map(|(_, precision, date, i)| EventDate {
        date,
        precision,
        source: DateSource::Text,
        time_ref: Some(i),
    })
}

/// Whether the time expression at `span` is a bound of a period that does
/// not date an act in it ("through Dec. 11", "before Christmas", "its fifth
/// test since 2006"); a deadline ("will resign by Wednesday", "won't agree
/// until 2019") and a start ("from 2003", "detained since 2015") do.
fn bounds_a_period(doc: &Doc, span: Span) -> bool {
    let word = |k: usize| token_word(doc, k).map(str::to_ascii_lowercase);
    let a = token_at(doc, span.start);
    let Some(before) = a.checked_sub(1).and_then(word) else {
        return false;
    };
    match before.as_str() {
        "through" | "throughout" | "before" | "after" => true,
        // "its fifth test since 2006", "the first visit since 1945", "the
        // deadliest attack since 2001": a count or a record runs from the
        // date; "has been detained since 2015" is dated by it.
        "since" => (a.saturating_sub(7)..a - 1)
            .filter_map(word)
            .any(|w| crate::lexicon::counts_or_ranks(&w)),
        _ => false,
    }
}

/// Whether the text between a date and a predicate after it is only a
/// conjunction ("in January and [[demanded]]", "on Monday, but [[denied]]").
fn joins_conjuncts(doc: &Doc, between: Span) -> bool {
    let Some(gap) = doc.text().get(between.range()) else {
        return false;
    };
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        words.as_slice(),
        ["and" | "but" | "or" | "then"] | ["and" | "but", "then" | "later" | "also"]
    )
}

/// Whether a year-like number after `w` is a number in a name: after an
/// abbreviation in capitals ("HB 1228", "SB 1070", "HR 3590") or a word
/// that numbers things ("Flight 1549", "No. 1325", "Resolution 2254").
fn names_a_number(w: &str) -> bool {
    let caps = (2..=3).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(
            w,
            "AD" | "BC"
                | "CE"
                | "BCE"
                | "JAN"
                | "FEB"
                | "MAR"
                | "APR"
                | "MAY"
                | "JUN"
                | "JUL"
                | "AUG"
                | "SEP"
                | "OCT"
                | "NOV"
                | "DEC"
                | "IN"
                | "ON"
                | "OF"
                | "BY"
                | "TO"
        );
    caps || matches!(
        w,
        "No."
            | "no."
            | "Nos."
            | "Flight"
            | "flight"
            | "Resolution"
            | "resolution"
            | "Bill"
            | "Route"
            | "Highway"
            | "Room"
            | "Suite"
            | "Box"
            | "Article"
            | "Section"
            | "Rule"
    )
}

/// Whether the time expression at `span` modifies a noun after it: a
/// possessive ("Sunday's vote", "last year's election"), or a date after a
/// determiner and before a word ("the 2016 election", "a June 12 summit",
/// "his 2010 book").
fn attributive(doc: &Doc, span: Span) -> bool {
    let word = |k: usize| token_word(doc, k);
    let a = token_at(doc, span.start);
    let b = token_at(doc, span.end);
    let next = word(b).unwrap_or("");
    if matches!(next, "'s" | "\u{2019}s") {
        return true;
    }
    let determined = a.checked_sub(1).and_then(word).is_some_and(|w| {
        matches!(
            &*w.to_ascii_lowercase(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        ) || crate::lexicon::is_possessive_s(w)
    });
    determined
        && next.starts_with(|c: char| c.is_alphabetic())
        && !FUNCTION_WORDS_AFTER.contains(&&*next.to_ascii_lowercase())
}

/// Words after a date that show it is no noun's modifier ("the 1990s and",
/// "a year ago in").
const FUNCTION_WORDS_AFTER: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "that", "which",
    "who", "when", "as", "than", "after", "before", "since", "until", "is", "was", "are", "were",
    "has", "have", "had", "will", "would", "ago", "earlier", "later",
];

/// Whether the text between a noun's modifying date and a predicate after it
/// is only the rest of that noun phrase ("Monday's [[attack]]", "the 2011
/// social justice [[protests]]"): a few words, no punctuation, no
/// preposition or verb.
fn names_the_noun(doc: &Doc, between: Span) -> bool {
    let Some(gap) = doc.text().get(between.range()) else {
        return false;
    };
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 5
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}' | '.'))
                && !FUNCTION_WORDS_AFTER.contains(&&*w.to_ascii_lowercase())
        })
}

// ---------------------------------------------------------------------------
// Lexicon

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Month,
    Weekday,
    Unit,
    Num,
    Ord,
    Season,
    Pod,
    Ref,
    Rel,
    Set,
    Fuzzy,
    /// First word of a holiday name (see `holidays()`).
    Holiday,
    /// A word that may begin an expression without being one (`the`, `early`).
    Start,
    /// `noon`, `midnight`.
    Clock,
    /// A decade's name (`the nineties`).
    Decade,
    /// A word marking future time (`will`) or past time (`said`).
    Future,
    Past,
    /// A word that ends an expression begun by others (`the near term`,
    /// `the latest period`): it makes a sentence worth matching.
    Cue,
}

impl Class {
    /// Whether a word of this class makes a sentence worth matching.
    fn is_core(self) -> bool {
        !matches!(
            self,
            Class::Start | Class::Future | Class::Past | Class::Num | Class::Ord | Class::Rel
        )
    }
}

type Entries = Vec<(Class, &'static str)>;

fn lexicon() -> &'static FastMap<Entries> {
    static LEX: OnceLock<FastMap<Entries>> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut map: FastMap<Entries> = FastMap::default();
        for line in data_lines(include_str!("../data/time_words.tsv")) {
            let mut cols = line.split('\t');
            let (Some(word), Some(class), Some(value)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let class = match class {
                "month" => Class::Month,
                "weekday" => Class::Weekday,
                "unit" => Class::Unit,
                "num" => Class::Num,
                "ord" => Class::Ord,
                "season" => Class::Season,
                "pod" => Class::Pod,
                "ref" => Class::Ref,
                "decade" => Class::Decade,
                "rel" => Class::Rel,
                "set" => Class::Set,
                "fuzzy" => Class::Fuzzy,
                "start" => Class::Start,
                "clock" => Class::Clock,
                "future" => Class::Future,
                "past" => Class::Past,
                "cue" => Class::Cue,
                _ => continue,
            };
            map.entry(word.as_bytes()).or_default().push((class, value));
        }
        for (words, _) in holidays() {
            if let Some(first) = words.first() {
                let e = map.entry(first.as_bytes()).or_default();
                if !e.iter().any(|(c, _)| *c == Class::Holiday) {
                    e.push((Class::Holiday, ""));
                }
            }
        }
        map
    })
}

/// The number a number word stands for ("four": 4, "thousand": 1000), from
/// the time lexicon's number words; `None` for other words and vague ones
/// ("several").
#[must_use]
pub fn number_word(word: &str) -> Option<u32> {
    lexicon_value(word, Class::Num)?.parse().ok()
}

/// The value of `word` (any case) in the lexicon under `class`.
fn lexicon_value(word: &str, class: Class) -> Option<&'static str> {
    lookup(lexicon(), word)?
        .iter()
        .find(|(c, _)| *c == class)
        .map(|(_, v)| *v)
}

/// Holidays as token sequences (lowercase; `'s` split off as the tokenizer
/// does) with their rule.
fn holidays() -> &'static [(Vec<&'static str>, &'static str)] {
    static HOL: OnceLock<Vec<(Vec<&'static str>, &'static str)>> = OnceLock::new();
    HOL.get_or_init(|| {
        let mut out: Vec<(Vec<&'static str>, &'static str)> =
            data_lines(include_str!("../data/holidays.tsv"))
                .filter_map(|line| {
                    let (name, rule) = line.split_once('\t')?;
                    let mut words = Vec::new();
                    for w in name.split(' ') {
                        match w.strip_suffix("'s") {
                            Some(stem) => {
                                words.push(stem);
                                words.push("'s");
                            }
                            None => words.push(w),
                        }
                    }
                    Some((words, rule.trim()))
                })
                .collect();
        // Longest names first, so that "christmas eve" wins over "christmas".
        out.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        out
    })
}

/// The date of a holiday `rule` in year `y`.
fn holiday_date(rule: &str, y: i32) -> Option<NaiveDate> {
    if let Some(offset) = rule.strip_prefix("easter") {
        let days: i64 = offset.parse().ok()?;
        return easter(y)?.checked_add_signed(Duration::days(days));
    }
    if let Some(spec) = rule.strip_prefix("nth:") {
        let mut parts = spec.split(':');
        let wd: u32 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let n = parts.next()?;
        if n == "E" {
            // US Election Day: the Tuesday after the first Monday of November.
            return nth_weekday(y, m, 1, 1)?.checked_add_signed(Duration::days(1));
        }
        return nth_weekday(y, m, wd, n.parse().ok()?);
    }
    let (m, d) = rule.split_once('-')?;
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// The `n`th weekday `wd` (1 = Monday) of month `m`; `n = -1` for the last.
fn nth_weekday(y: i32, m: u32, wd: u32, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        let first = NaiveDate::from_ymd_opt(y, m, 1)?;
        let delta =
            (i64::from(wd) - i64::from(weekday_num(first))).rem_euclid(7) + 7 * i64::from(n - 1);
        first.checked_add_signed(Duration::days(delta))
    } else {
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)?
        };
        let last = next.pred_opt()?;
        let delta = (i64::from(weekday_num(last)) - i64::from(wd)).rem_euclid(7);
        last.checked_sub_signed(Duration::days(delta))
    }
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The longest word in the lexicon: longer tokens skip the lookup.
fn max_word_len() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| lexicon().keys().map(|k| k.len()).max().unwrap_or(0))
}

/// A word's sketch: its length and its first and last bytes, lowercased
/// (14 bits). Two words with different sketches differ.
fn sketch(w: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (w.first(), w.last()) else {
        return 0;
    };
    let low = |b: u8| usize::from(b.to_ascii_lowercase() & 31);
    (w.len().min(15) << 10) | (low(a) << 5) | low(z)
}

/// The sketches of the lexicon's words, as a bit set: most words of a
/// text are not time words, and one bit test spares them the hashing.
fn sketches() -> &'static [u64; 256] {
    static SET: OnceLock<[u64; 256]> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = [0u64; 256];
        for k in lexicon().keys() {
            let s = sketch(k);
            if let Some(word) = set.get_mut(s / 64) {
                *word |= 1 << (s % 64);
            }
        }
        set
    })
}

/// Whether `w` may be in the lexicon (no false negatives).
fn maybe_time_word(w: &str) -> bool {
    let s = sketch(w.as_bytes());
    sketches()
        .get(s / 64)
        .is_some_and(|word| word & (1 << (s % 64)) != 0)
}

// ---------------------------------------------------------------------------
// Matching

/// Tense around an expression, from the nearest marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    /// Past from an "-ed" word only: counts as `Past`, at a longer distance.
    WeakPast,
    Future,
    /// A past verb right before the expression ("ended Jan. 31"): the date
    /// is behind the document date.
    Behind,
    Unknown,
}

/// A recognised expression before resolution.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    /// A (possibly partial) calendar date; a missing year is inferred.
    Date {
        y: Option<i32>,
        m: u32,
        d: Option<u32>,
    },
    /// A year, or a decade (`199`) / century (`19`) written as a prefix.
    Year(i32),
    Decade(i32),
    /// A weekday resolved by tense; `dir` -1/0/1 for last/this/next.
    Weekday {
        wd: u32,
        dir: Option<i32>,
    },
    /// A weekday before (`dir` -1) or after the last day mentioned.
    WeekdayFrom {
        wd: u32,
        dir: i32,
    },
    /// A holiday, in a given year or the one nearest the document date.
    Holiday {
        rule: &'static str,
        y: Option<i32>,
    },
    /// A month with `last`/`this`/`next`.
    MonthRel {
        m: u32,
        dir: i32,
    },
    /// A month and day with `last`/`next`: the last one before, or the
    /// first after, the document date.
    MonthDayRel {
        m: u32,
        d: u32,
        dir: i32,
    },
    /// Days from the document date (`yesterday`).
    DayOffset(i64),
    /// `n` units from the document date (`last week`, `two years ago`).
    RelUnit {
        unit: &'static str,
        n: i64,
    },
    /// `n` units back or forth (`two weeks ago`, `a year earlier`): from the
    /// document date, or from the last date mentioned when `from_last`; a
    /// year back from a quarter is that quarter a year back.
    Back {
        unit: &'static str,
        n: i64,
        from_last: bool,
    },
    /// The weekend just past (`dir` -1) or ahead (1).
    Weekend {
        dir: i32,
    },
    /// `n` units from the last date mentioned (`the previous day`).
    RelUnitPrev {
        unit: &'static str,
        n: i64,
    },
    /// A quarter (`Q3`) or half (`H1`) of a year, relative (`rel`) or given.
    Part {
        y: Option<i32>,
        rel: i64,
        part: &'static str,
        k: u32,
    },
    /// The last season of this name begun before the document date.
    PastSeason {
        code: &'static str,
    },
    /// A season of a year.
    Season {
        y: Option<i32>,
        rel: i64,
        code: &'static str,
    },
    /// A day (as another `Val`) at a part of day or clock time.
    Time {
        day: Box<Val>,
        suffix: String,
    },
    /// A week of the document's year, not pinned down (`the week`).
    SomeWeek,
    /// The ISO week of a day (`the week of March 6`).
    WeekOf(Box<Val>),
    /// A year named before `period` or `quarter` in a results report (`the
    /// 1988 period`): that year's quarter of the last quarter mentioned.
    YearPeriod(i32),
    /// A day before (`n` -1) or after (1) another (`the day before last
    /// Tuesday`).
    DayFrom {
        day: Box<Val>,
        n: i64,
    },
    /// The quarter ending on a day (`the quarter ended July 31`): the
    /// calendar quarter of its middle month.
    QuarterEnding(Box<Val>),
    /// A value known without anchoring (durations, sets, references).
    Literal(String),
}

#[derive(Debug, Clone, PartialEq)]
struct Hit {
    start: usize,
    end: usize,
    kind: TimexType,
    val: Val,
}

/// One sentence's tokens, with each word's lexicon entries.
struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: Vec<Option<&'static Entries>>,
    /// Whether an expression may start at each token.
    starter: Vec<bool>,
    /// Tense markers: token index and tense.
    markers: Vec<(usize, Tense)>,
    any_candidate: bool,
}

impl<'a> Sent<'a> {
    fn new(text: &'a str) -> Sent<'a> {
        Sent {
            text,
            toks: &[],
            lex: Vec::new(),
            starter: Vec::new(),
            markers: Vec::new(),
            any_candidate: false,
        }
    }

    /// Classifies the tokens of one sentence, reusing the buffers.
    fn fill(&mut self, toks: &'a [Token]) {
        let (lex, text) = (lexicon(), self.text);
        let max_len = max_word_len();
        let mut any = false;
        self.toks = toks;
        self.lex.clear();
        self.starter.clear();
        self.markers.clear();
        for (i, t) in toks.iter().enumerate() {
            let w = &text[t.span.range()];
            let e = match t.kind {
                TokenKind::Word if w.len() <= max_len && maybe_time_word(w) => lookup(lex, w),
                _ => None,
            };
            let numeric =
                t.kind == TokenKind::Number || w.starts_with(|c: char| c.is_ascii_digit());
            let compound = t.kind == TokenKind::Word && w.contains('-');
            if numeric || compound || e.is_some_and(|e| e.iter().any(|(c, _)| c.is_core())) {
                any = true;
            }
            self.starter.push(numeric || compound || e.is_some());
            // A participle after "be"/"is" ("will be paid", "is held") is
            // no past tense.
            let after_be = i > 0 && {
                let prev = &text[toks[i - 1].span.range()];
                ["be", "been", "being", "is", "are", "am"]
                    .iter()
                    .any(|a| prev.eq_ignore_ascii_case(a))
            };
            if let Some(e) = e {
                if let Some((_, v)) = e.iter().find(|(c, _)| *c == Class::Future) {
                    // "plans to", "due to", "expected to": nouns and
                    // adjectives otherwise ("his plan", "due process").
                    // "to+": also before an object ("planned a rally").
                    let next = toks.get(i + 1).map_or("", |n| &text[n.span.range()]);
                    let next_is = |w: &str| next.eq_ignore_ascii_case(w);
                    let word_before = |k: usize| {
                        i.checked_sub(k)
                            .and_then(|b| toks.get(b))
                            .map_or("", |t| &text[t.span.range()])
                    };
                    let ok = match *v {
                        "to" => next_is("to"),
                        "to+" => ["to", "a", "an", "the"].iter().any(|w| next_is(w)),
                        // "did not meet Monday" is past; "meet" after "to"
                        // follows its governor's tense.
                        "now" => !(1..=2).any(|k| {
                            [
                                "did", "not", "n't", "didn't", "never", "to", "had", "has", "have",
                            ]
                            .iter()
                            .any(|w| word_before(k).eq_ignore_ascii_case(w))
                        }),
                        _ => true,
                    };
                    // "had been scheduled to expire Friday": a plan in the
                    // past perfect is over by the time of writing.
                    let past_perfect = word_before(1).eq_ignore_ascii_case("had")
                        || word_before(1).eq_ignore_ascii_case("been")
                            && word_before(2).eq_ignore_ascii_case("had");
                    if past_perfect {
                        self.markers.push((i, Tense::Past));
                    } else if ok {
                        self.markers.push((i, Tense::Future));
                    }
                } else if e.iter().any(|(c, _)| *c == Class::Past) && !after_be {
                    // Reporting verbs date the report, not what it reports.
                    let reporting = ["said", "told"].iter().any(|r| w.eq_ignore_ascii_case(r));
                    self.markers.push((
                        i,
                        if reporting {
                            Tense::WeakPast
                        } else {
                            Tense::Past
                        },
                    ));
                }
            } else if t.kind == TokenKind::Word
                && w.len() > 4
                && w.ends_with("ed")
                && w.starts_with(|c: char| c.is_lowercase())
                && !after_be
            {
                // A weak marker: "-ed" words are also adjectives and
                // participles ("will be named", "untouched markets").
                self.markers.push((i, Tense::WeakPast));
            }
            self.lex.push(e);
        }
        self.any_candidate = any;
    }

    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.range()])
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.t(i).eq_ignore_ascii_case(word)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(i, w))
    }

    fn get(&self, i: usize, class: Class) -> Option<&'static str> {
        self.lex
            .get(i)
            .copied()
            .flatten()?
            .iter()
            .find(|(c, _)| *c == class)
            .map(|(_, v)| *v)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Digits only, as a number.
    fn digits(&self, i: usize) -> Option<u32> {
        let t = self.t(i);
        if !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    }

    /// A day of the month: `6`, `6th`, `21st`.
    fn day_num(&self, i: usize) -> Option<u32> {
        let t = self.t(i);
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &t[digits.len()..];
        if digits.is_empty()
            || digits.len() > 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix))
        {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    /// A four-digit year 1000–2099 (or `'98`).
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.t(i);
        if t.len() == 4 {
            let y = self.digits(i)?;
            return (1000..=2099).contains(&y).then_some(y as i32);
        }
        None
    }

    /// A year and the number of tokens it takes: `1996` (1), spoken
    /// `nineteen ninety-six` (2), `two thousand` (2).
    fn year_w(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some((y, 1));
        }
        let word_num = |t: &str| -> Option<i32> {
            let lex = lexicon();
            let one = |w: &str| {
                lookup(lex, w)
                    .and_then(|e| e.iter().find(|(c, _)| *c == Class::Num).map(|(_, v)| *v))
                    .and_then(|v| v.parse::<i32>().ok())
            };
            match t.split_once('-') {
                Some((a, b)) => Some(one(a)? + one(b)?),
                None => one(t),
            }
        };
        let century = match self.t(i).to_ascii_lowercase().as_str() {
            "eighteen" => 18,
            "nineteen" => 19,
            "two" if self.is(i + 1, "thousand") => {
                let rest = if self.is(i + 2, "and") { i + 3 } else { i + 2 };
                return match word_num(self.t(rest)).filter(|n| (1..100).contains(n)) {
                    Some(n) => Some((2000 + n, rest + 1 - i)),
                    None => Some((2000, 2)),
                };
            }
            _ => return None,
        };
        let n = word_num(self.t(i + 1)).filter(|n| (10..100).contains(n))?;
        Some((century * 100 + n, 2))
    }

    /// A count: digits or a number word (`X` for `several`).
    fn count(&self, i: usize) -> Option<Count> {
        if let Some(n) = self.digits(i) {
            // A four-digit number before a unit is a year ("the 1988 quarter").
            if n >= 1000 {
                return None;
            }
            return Some(Count::N(i64::from(n)));
        }
        if self.is(i, "couple") && self.is(i + 1, "of") {
            return Some(Count::Span(2, 2));
        }
        // "a few", "a couple of"
        if self.is(i, "a") && self.is_any(i + 1, &["few", "couple"]) {
            let of = usize::from(self.is(i + 2, "of"));
            return Some(if self.is(i + 1, "few") {
                Count::Xw(2)
            } else {
                Count::Span(2, 2 + of)
            });
        }
        let t = self.t(i);
        if let Some(v) = self.get(i, Class::Num) {
            // "twenty four", "a hundred"
            let mut n = if v == "X" {
                return Some(Count::X);
            } else {
                v.parse::<i64>().ok()?
            };
            if let Some(v2) = self
                .get(i + 1, Class::Num)
                .and_then(|v| v.parse::<i64>().ok())
            {
                if n >= 20 && v2 < 10 {
                    n += v2;
                    return Some(Count::Span(n, 2));
                }
                if v2 == 100 || v2 == 1000 {
                    return Some(Count::Span(n * v2, 2));
                }
            }
            return Some(Count::N(n));
        }
        // decimals: "1.5"
        if t.contains('.')
            && t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            return Some(Count::Raw(t.to_owned()));
        }
        None
    }

    /// The tense around tokens `start..end`: the nearest marker before
    /// them if it is close, else the first marker after them (the verb of
    /// the clause a fronted "In March, ..." belongs to), else the nearest
    /// before.
    fn tense_near(&self, start: usize, end: usize) -> Tense {
        let before = self.markers.iter().rev().find(|(i, _)| *i < start);
        let after = self.markers.iter().find(|(i, _)| *i >= end);
        let pick = match (before, after) {
            (Some(&(i, t)), _) if start - i <= 10 => Some(t),
            (_, Some(&(_, t))) => Some(t),
            (Some(&(_, t)), None) => Some(t),
            (None, None) => None,
        };
        match pick {
            Some(t) => t,
            None => Tense::Unknown,
        }
    }

    /// Whether what is at `start` lies ahead by the words shortly before
    /// it: `ahead of`, `upcoming`, or a plain future (`will`, `'ll`,
    /// `shall`).
    fn ahead_of(&self, start: usize) -> bool {
        let lo = start.saturating_sub(8);
        (lo..start).any(|k| self.is_any(k, &["ahead", "upcoming", "will", "'ll", "shall"]))
    }

    /// Whether `since` opens the phrase that ends at token `start`, with
    /// at most a few words of degree or position between (`since early`,
    /// `since shortly after the`).
    fn since_before(&self, start: usize) -> bool {
        for k in 1..=4 {
            let Some(j) = start.checked_sub(k) else {
                return false;
            };
            if self.is(j, "since") {
                return true;
            }
            if !self.is_any(
                j,
                &[
                    "shortly", "just", "soon", "after", "before", "the", "around", "about",
                ],
            ) {
                return false;
            }
        }
        false
    }

    /// The longest expression starting at token `i`.
    fn match_at(&self, i: usize) -> Option<Hit> {
        let mut hit = self.match_head(i)?;
        // "last over a week", "just over an hour", "no more than sixty
        // days": the bound is part of the length (looked back at here, as
        // "over" and "no" are too common to try a match at)
        if hit.kind == TimexType::Duration && hit.start == i && i > 0 {
            let over = self.is(i - 1, "over") && self.is_any(i, &["a", "an"]);
            let no =
                self.is(i - 1, "no") && self.is_any(i, &["more", "less"]) && self.is(i + 1, "than");
            if over || no {
                hit.start = i - 1;
            }
        }
        // "the next year or so", "a week or so ago"
        if self.is(hit.end, "or") && self.is(hit.end + 1, "so") {
            hit.end += 2;
            if self.is(hit.end, "ago") {
                hit.end += 1;
            }
        }
        Some(hit)
    }

    fn match_head(&self, i: usize) -> Option<Hit> {
        // "the day before last Tuesday's hearing", "the day after Jan. 6":
        // a day from a day named (TimeBank leaves the article out)
        if self.is(i, "the") && self.is(i + 1, "day") && self.is_any(i + 2, &["before", "after"]) {
            if let Some(h) = self.match_core(i + 3) {
                let day = matches!(
                    h.val,
                    Val::Date { d: Some(_), .. }
                        | Val::Weekday { .. }
                        | Val::DayOffset(_)
                        | Val::Holiday { .. }
                        | Val::MonthDayRel { .. }
                );
                if day && h.kind == TimexType::Date {
                    return Some(Hit {
                        start: i + 1,
                        end: h.end,
                        kind: TimexType::Date,
                        val: Val::DayFrom {
                            day: Box::new(h.val),
                            n: if self.is(i + 2, "before") { -1 } else { 1 },
                        },
                    });
                }
            }
        }
        // "it's the second day of the strike", "today is the eighth day of
        // the siege": the day of writing, counted within an event
        if self.is(i, "the")
            && self.is(i + 2, "day")
            && self.get(i + 1, Class::Ord).is_some()
            && i >= 2
            && self.is_any(i - 1, &["is", "'s", "\u{2019}s"])
            && self.is_any(i - 2, &["it", "today", "this"])
        {
            return Some(Hit {
                start: i,
                end: i + 3,
                kind: TimexType::Date,
                val: Val::DayOffset(0),
            });
        }
        // A leading article or time modifier joins the expression.
        if self.is(i, "the") {
            if let Some(h) = self
                .the_of(i)
                .or_else(|| self.the_period(i))
                .or_else(|| self.period_year_back(i))
            {
                return Some(h);
            }
            // "the '80s", the apostrophe a token of its own
            if self.is_any(i + 1, &["'", "’"]) {
                if let Some(h) = self.year(i + 2) {
                    return Some(Hit { start: i, ..h });
                }
            }
            if let Some(mut h) = self.match_core(i + 1) {
                if self.article_joins(&h) {
                    h.start = i;
                }
                return Some(h);
            }
            return self.the_fuzzy(i);
        }
        // "at a later date", "at a later stage": some time ahead
        if self.is(i, "a")
            && self.is(i + 1, "later")
            && self.is_any(i + 2, &["date", "stage", "time"])
        {
            return Some(Hit {
                start: i,
                end: i + 3,
                kind: TimexType::Date,
                val: Val::Literal("FUTURE_REF".into()),
            });
        }
        if self.is(i, "these") && self.is(i + 1, "days") {
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Date,
                val: Val::Literal("PRESENT_REF".into()),
            });
        }
        self.match_core(i)
    }

    /// Whether a leading `the` is part of the expression, as TimeML marks
    /// it: with relative, ordinal and period expressions (`the past two
    /// months`, `the fourth quarter`, `the 1990s`), not before a date or a
    /// year used as a modifier (`the Oct. 23 meeting`, `the 1996 budget`) or
    /// an adjectival compound (`the two-week truce`).
    fn article_joins(&self, h: &Hit) -> bool {
        // "the mid-1990s" is a period like "the 1990s", not a modifier
        let mid = self.t(h.start).len() > 4
            && self
                .t(h.start)
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("mid-"));
        let compound = (h.end == h.start + 1 || self.is(h.start, "fiscal"))
            && h.end > h.start
            && !mid
            && self.t(h.end - 1).contains('-');
        if h.end == h.start + 1 && self.is(h.start, "current") {
            return false; // "the current market": "current" alone
        }
        // "the daily tally", "the recently passed law": an adjective or
        // adverb of time alone
        if h.end == h.start + 1
            && (self.get(h.start, Class::Set).is_some()
                || self.get(h.start, Class::Fuzzy).is_some())
        {
            return false;
        }
        if self.is(h.start, "year") {
            return true; // "the year 2000"
        }
        !compound
            && !matches!(
                h.val,
                Val::Date { .. } | Val::Year(_) | Val::Weekday { dir: None, .. }
            )
    }

    /// `the year`, `the fiscal year`, `the full year`, `the latest fiscal
    /// year`, `the week`, `the latest period`: a period named by its unit
    /// alone is the current one (the last completed after `latest`); `the
    /// year ended March 31` is a length, as financial news uses it.
    fn the_period(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        let mut n = 0;
        while self.is_any(j, &["full", "fiscal", "current", "latest", "calendar"]) {
            if self.is(j, "latest") {
                n = -1;
            }
            j += 1;
        }
        let date = |end, unit| {
            Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::RelUnit { unit, n },
            })
        };
        if self.is(j, "year") {
            // Not "the year 2000", "the year's end", "the year-ago quarter".
            if self.year_w(j + 1).is_some() || self.is_any(j + 1, &["'s", "before", "after"]) {
                return None;
            }
            if self.is_any(j + 1, &["ended", "ending"]) {
                return Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Duration,
                    val: Val::Literal("P1Y".into()),
                });
            }
            return date(j + 1, "Y");
        }
        // "the week of March 6": that date's week
        if j == i + 1 && self.is(j, "week") && self.is(j + 1, "of") {
            let day = self.month_first(j + 2).or_else(|| self.day_first(j + 2))?;
            return matches!(day.val, Val::Date { d: Some(_), .. }).then_some(Hit {
                start: i,
                end: day.end,
                kind: TimexType::Date,
                val: Val::WeekOf(Box::new(day.val)),
            });
        }
        // "the week" alone names a week the text does not pin down ("for
        // the week", "in the week leading up to the summit"): a week of the
        // document's year.
        if j == i + 1 && self.is(j, "week") && !self.is_any(j + 1, &["before", "after"]) {
            return Some(Hit {
                start: i,
                end: j + 1,
                kind: TimexType::Date,
                val: Val::SomeWeek,
            });
        }
        // "the latest period" in a results report: the last quarter
        if n == -1 && self.is(j, "period") {
            return date(j + 1, "Q");
        }
        None
    }

    /// `last year`, `of last year`, `a year ago`, `a year earlier`, `a year
    /// before` at token `j`: where such a tail ends.
    fn year_back_tail(&self, j: usize) -> Option<usize> {
        let j = if self.is(j, "of") { j + 1 } else { j };
        if self.is(j, "last") && self.is(j + 1, "year") {
            return Some(j + 2);
        }
        (self.is_any(j, &["a", "one"])
            && self.is(j + 1, "year")
            && self.is_any(j + 2, &["ago", "earlier", "before"]))
        .then_some(j + 3)
    }

    /// `the same period last year`, `the corresponding quarter a year ago`,
    /// `the quarter a year earlier`, `the comparable year-ago quarter`: the
    /// period the text reports on, a year back (the quarter of a results
    /// report, else the year).
    fn period_year_back(&self, i: usize) -> Option<Hit> {
        let back = Val::Back {
            unit: "Y",
            n: -1,
            from_last: false,
        };
        let mut k = i + 1;
        if self.is_any(k, &["same", "corresponding", "comparable", "like"]) {
            k += 1;
            // "the comparable year-ago quarter"
            if let Some(h) = self.hyphenated(k) {
                if h.val == back {
                    return Some(Hit { start: i, ..h });
                }
            }
        }
        if !self.is_any(k, &["quarter", "period"]) {
            return None;
        }
        let end = self.year_back_tail(k + 1)?;
        Some(Hit {
            start: i,
            end,
            kind: TimexType::Date,
            val: back,
        })
    }

    /// `the end of 1990`, `the middle of October`, `the beginning of this
    /// week`: the period's value, the phrase's span.
    fn the_of(&self, i: usize) -> Option<Hit> {
        if !self.is_any(i + 1, &["end", "beginning", "start", "middle", "close"])
            || !self.is(i + 2, "of")
        {
            return None;
        }
        // "the end of the year": the current one
        if self.is(i + 3, "the") {
            if let Some(unit) = self
                .get(i + 4, Class::Unit)
                .filter(|_| !self.t(i + 4).ends_with('s'))
            {
                return Some(Hit {
                    start: i,
                    end: i + 5,
                    kind: TimexType::Date,
                    val: Val::RelUnit { unit, n: 0 },
                });
            }
        }
        let inner = self.match_at(i + 3)?;
        matches!(inner.kind, TimexType::Date).then_some(Hit { start: i, ..inner })
    }

    fn match_core(&self, i: usize) -> Option<Hit> {
        if !self.starter.get(i).copied().unwrap_or(false) {
            return None;
        }
        let rules: [fn(&Self, usize) -> Option<Hit>; 20] = [
            Sent::fiscal,
            Sent::century,
            Sent::modified,
            Sent::weekday,
            Sent::month_first,
            Sent::day_first,
            Sent::numeric_date,
            Sent::year,
            Sent::deictic,
            Sent::relative,
            Sent::amount,
            Sent::set,
            Sent::bare_units,
            Sent::holiday,
            Sent::anaphoric,
            Sent::year_end,
            Sent::part_of_year,
            Sent::hyphenated,
            Sent::clock,
            Sent::fuzzy,
        ];
        // The longest match wins; at equal length the later rule.
        let mut best: Option<Hit> = None;
        for rule in rules {
            if let Some(h) = rule(self, i) {
                if best.as_ref().is_none_or(|b| h.end >= b.end) {
                    best = Some(h);
                }
            }
        }
        best
    }

    /// `fiscal` before a quarter or half joins it (`the fiscal first
    /// quarter`, `fiscal second-quarter`); the value is the quarter as named.
    fn fiscal(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "fiscal") {
            return None;
        }
        let inner = self
            .part_of_year(i + 1)
            .or_else(|| self.hyphenated(i + 1))?;
        matches!(inner.val, Val::Part { .. }).then_some(Hit { start: i, ..inner })
    }

    /// `the 20th century` → `19`, `the eleventh century` → `10`.
    fn century(&self, i: usize) -> Option<Hit> {
        if !self.is(i + 1, "century") {
            return None;
        }
        let t = self.t(i);
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let n: u32 = if digits.is_empty() {
            self.get(i, Class::Ord)?.parse().ok()?
        } else {
            let suffix = &t[digits.len()..];
            if !["st", "nd", "rd", "th"].contains(&suffix) || digits.len() > 2 {
                return None;
            }
            digits.parse().ok()?
        };
        if !(1..=21).contains(&n) {
            return None;
        }
        Some(Hit {
            start: i,
            end: i + 2,
            kind: TimexType::Date,
            val: Val::Literal(format!("{:02}", n - 1)),
        })
    }

    /// `early`/`late`/`earlier`/`later` before a date joins it (`late
    /// November`, `earlier this year`).
    fn modified(&self, i: usize) -> Option<Hit> {
        if self.is_any(i, &["early", "late", "earlier", "later"]) {
            // "earlier in the year", "later in the week"
            if self.is(i + 1, "in") && self.is(i + 2, "the") {
                let inner = self.the_period(i + 2)?;
                return matches!(inner.val, Val::RelUnit { .. })
                    .then_some(Hit { start: i, ..inner });
            }
            let inner = self.match_core(i + 1)?;
            // Before a month, a year, a deictic day or a relative period
            // ("late November", "the early 1980s", "late yesterday", "earlier
            // this year"); TimeBank mostly leaves weekdays bare ("Friday").
            if matches!(
                inner.val,
                Val::Date { d: None, .. }
                    | Val::RelUnit { .. }
                    | Val::RelUnitPrev { .. }
                    | Val::MonthRel { .. }
                    | Val::Season { .. }
                    | Val::Part { .. }
                    | Val::Year(_)
                    | Val::Decade(_)
                    | Val::DayOffset(_)
            ) {
                return Some(Hit { start: i, ..inner });
            }
        }
        None
    }

    fn weekday(&self, i: usize) -> Option<Hit> {
        let wd: u32 = self.get(i, Class::Weekday)?.parse().ok()?;
        if !self.capitalized(i) {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, ",") {
            j += 1;
        }
        // "Sunday, 6 February", "Friday, Oct. 23"
        if let Some(h) = self.month_first(j).or_else(|| self.day_first(j)) {
            if let Val::Date { d: Some(_), .. } = h.val {
                return Some(Hit { start: i, ..h });
            }
        }
        // "Tuesday nights", "Sunday mornings": every such part of that day
        if let Some(pod) = self
            .t(i + 1)
            .strip_suffix('s')
            .and_then(|w| lexicon_value(w, Class::Pod))
        {
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Set,
                val: Val::Literal(format!("XXXX-WXX-{wd}T{pod}")),
            });
        }
        let day = Val::Weekday { wd, dir: None };
        // "Tuesday morning": the day, as TimeBank marks it as often as a
        // time of that day (often the weekday alone, the part of the day
        // left out).
        let end = if self.get(i + 1, Class::Pod).is_some() {
            i + 2
        } else {
            i + 1
        };
        Some(Hit {
            start: i,
            end,
            kind: TimexType::Date,
            val: day,
        })
    }

    /// `<day> morning` → TIME; otherwise the day alone.
    fn with_part_of_day(&self, start: usize, end: usize, day: Val) -> Hit {
        if let Some(pod) = self.get(end, Class::Pod) {
            return Hit {
                start,
                end: end + 1,
                kind: TimexType::Time,
                val: Val::Time {
                    day: Box::new(day),
                    suffix: format!("T{pod}"),
                },
            };
        }
        Hit {
            start,
            end,
            kind: TimexType::Date,
            val: day,
        }
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let m: u32 = self.get(i, Class::Month)?.parse().ok()?;
        if !self.capitalized(i) {
            return None;
        }
        // "Jan", "Aug" without a full stop are names as often as months:
        // only with a day or a year after them.
        let t = self.t(i);
        if t.len() == 3
            && !t.eq_ignore_ascii_case("may")
            && !(self.day_num(i + 1).is_some() || self.year_w(i + 1).is_some())
        {
            return None;
        }
        Some(m)
    }

    /// `Feb. 6, 2022`, `February 6`, `February 2022`, `February`.
    fn month_first(&self, i: usize) -> Option<Hit> {
        let m = self.month_at(i)?;
        let mut j = i + 1;
        if let Some(d) = self.day_num(j) {
            j += 1;
            let mut y = None;
            let k = if self.is(j, ",") { j + 1 } else { j };
            if let Some((year, w)) = self.year_w(k) {
                y = Some(year);
                j = k + w;
            }
            return Some(Hit {
                start: i,
                end: j,
                kind: TimexType::Date,
                val: Val::Date { y, m, d: Some(d) },
            });
        }
        // "June last year", "in March of next year"
        let r = if self.is(j, "of") { j + 1 } else { j };
        if let Some(rel) = self.get(r, Class::Rel).and_then(|v| v.parse::<i64>().ok()) {
            if self.is(r + 1, "year") {
                return Some(Hit {
                    start: i,
                    end: r + 2,
                    kind: TimexType::Date,
                    val: Val::Part {
                        y: None,
                        rel,
                        part: "M",
                        k: m,
                    },
                });
            }
        }
        let k = if self.is(j, ",") || self.is(j, "of") {
            j + 1
        } else {
            j
        };
        if let Some((year, w)) = self.year_w(k) {
            return Some(Hit {
                start: i,
                end: k + w,
                kind: TimexType::Date,
                val: Val::Date {
                    y: Some(year),
                    m,
                    d: None,
                },
            });
        }
        // A month name alone: "May" and "March" are also common words, so
        // they need a time preposition or modifier before them.
        let ambiguous = self.is_any(i, &["may", "march"]);
        let cue = i > 0
            && self.is_any(
                i - 1,
                &[
                    "in", "since", "until", "by", "last", "next", "this", "early", "late", "mid",
                    "of", "from", "through", "during", "before", "after", "to", "and", "or",
                    "between",
                ],
            );
        // "the March accession", "the May figures": a month before the noun
        // it dates; not a name ("the March on Washington", "the March for
        // Life", "the May government") nor a subject ("the May retreated").
        let before_noun = i > 0 && self.is(i - 1, "the") && {
            let next = self.t(i + 1);
            next.len() > 2
                && next.bytes().all(|b| b.is_ascii_lowercase())
                && !next.ends_with("ed")
                && !self.is_any(
                    i + 1,
                    &[
                        "on",
                        "for",
                        "of",
                        "to",
                        "and",
                        "in",
                        "at",
                        "with",
                        "from",
                        "by",
                        "or",
                        "government",
                        "administration",
                        "cabinet",
                        "ministry",
                        "era",
                        "years",
                        "deal",
                        "camp",
                        "team",
                    ],
                )
        };
        if ambiguous && !cue && !before_noun {
            return None;
        }
        j = i + 1;
        Some(Hit {
            start: i,
            end: j,
            kind: TimexType::Date,
            val: Val::Date {
                y: None,
                m,
                d: None,
            },
        })
    }

    /// Whether a match is part of a title or name (`"This Week"`, `60
    /// Minutes`, `High Noon`): a word that is lowercase in running text
    /// (not a month, weekday or holiday) written capitalised inside the
    /// match, or after a capitalised word within the sentence.
    fn is_title(&self, hit: &Hit) -> bool {
        if matches!(hit.val, Val::Holiday { .. }) {
            return false; // "Thanksgiving Day"
        }
        (hit.start..hit.end).any(|k| {
            let proper = self.get(k, Class::Month).is_some()
                || self.get(k, Class::Weekday).is_some()
                || self.get(k, Class::Holiday).is_some();
            let t = self.t(k);
            let title_case = t.chars().next().is_some_and(char::is_uppercase)
                && t.chars().skip(1).any(char::is_lowercase);
            if proper || !title_case || self.lex.get(k).copied().flatten().is_none() {
                return false;
            }
            // After "Co." a sentence may have been missed: no name then.
            k > hit.start
                || k > 0
                    && self.capitalized(k - 1)
                    && !self.t(k - 1).ends_with('.')
                    && !self.is_any(k - 1, &["A", "The"])
        })
    }

    /// The second day of `April 24 and 25`, `May 3 or 4`: a bare day
    /// number joined to a day of a month takes that month (and year).
    fn second_day(&self, hit: &Hit) -> Option<Hit> {
        let Val::Date { y, m, d: Some(_) } = hit.val else {
            return None;
        };
        let j = hit.end;
        if !self.is_any(j, &["and", "or", "to", "through"]) {
            return None;
        }
        let d = self.day_num(j + 1)?;
        // "April 24 and 25 May" would be two dates of their own; "24 and 25
        // people" is no day.
        if self.month_at(j + 2).is_some() || self.get(j + 2, Class::Unit).is_some() {
            return None;
        }
        let mut end = j + 2;
        let mut year = y;
        let k = if self.is(end, ",") { end + 1 } else { end };
        if let Some((yy, w)) = self.year_w(k) {
            year = Some(yy);
            end = k + w;
        }
        if is_count_noun(self.t(end)) {
            return None; // "April 24 and 25 people"
        }
        Some(Hit {
            start: j + 1,
            end,
            kind: TimexType::Date,
            val: Val::Date {
                y: year,
                m,
                d: Some(d),
            },
        })
    }

    /// `6 February 2022`, `6 February`.
    fn day_first(&self, i: usize) -> Option<Hit> {
        let d = self.day_num(i)?;
        let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let m = self.month_at(j)?;
        let mut end = j + 1;
        let mut y = None;
        let k = if self.is(end, ",") { end + 1 } else { end };
        if let Some((year, w)) = self.year_w(k) {
            y = Some(year);
            end = k + w;
        }
        Some(Hit {
            start: i,
            end,
            kind: TimexType::Date,
            val: Val::Date { y, m, d: Some(d) },
        })
    }

    /// `2022-02-06`, `2/6/2022`, `2/6`.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t(i);
        if self.toks.get(i)?.kind != TokenKind::Number {
            return None;
        }
        let hit = |val| {
            Some(Hit {
                start: i,
                end: i + 1,
                kind: TimexType::Date,
                val,
            })
        };
        let parts: Vec<&str> = t.split(['-', '/']).collect();
        let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if nums.len() != parts.len() || parts.len() < 2 {
            return None;
        }
        if t.contains('-') && parts.len() == 3 && parts[0].len() == 4 {
            let (y, m, d) = (nums[0] as i32, nums[1], nums[2]);
            NaiveDate::from_ymd_opt(y, m, d)?;
            return hit(Val::Date {
                y: Some(y),
                m,
                d: Some(d),
            });
        }
        if t.contains('/') {
            // US order (month/day) unless the first number cannot be a month.
            let (m, d) = if nums[0] > 12 {
                (nums[1], nums[0])
            } else {
                (nums[0], nums[1])
            };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            let y = match parts.get(2) {
                Some(p) if p.len() == 4 => Some(nums[2] as i32),
                Some(p) if p.len() == 2 => Some(if nums[2] < 50 {
                    2000 + nums[2] as i32
                } else {
                    1900 + nums[2] as i32
                }),
                Some(_) => return None,
                None => {
                    // "2/6" alone is as often a fraction or score as a date.
                    if i > 0 && self.is_any(i - 1, &["on", "since", "until", "by"]) {
                        None
                    } else {
                        return None;
                    }
                }
            };
            return hit(Val::Date { y, m, d: Some(d) });
        }
        None
    }

    /// `2014`, `the 1990s`, `fiscal 1990`.
    fn year(&self, i: usize) -> Option<Hit> {
        if let Some(d) = self
            .get(i, Class::Decade)
            .and_then(|v| v.parse::<i32>().ok())
        {
            return Some(Hit {
                start: i,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::Decade(d),
            });
        }
        if self.is(i, "fiscal") {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let y = self.year_at(j)?;
            return Some(Hit {
                start: i,
                end: j + 1,
                kind: TimexType::Date,
                val: Val::Year(y),
            });
        }
        // "the year 2000", "the year two thousand", spoken "nineteen ninety-six"
        let at = usize::from(self.is(i, "year"));
        if let Some((y, w)) = self.year_w(i + at) {
            if w > 1 || at == 1 {
                return Some(Hit {
                    start: i,
                    end: i + at + w,
                    kind: TimexType::Date,
                    val: Val::Year(y),
                });
            }
        }
        if let Some(y) = self.year_at(i) {
            // "the 1988 third quarter"
            if let Some(k) = self
                .get(i + 1, Class::Ord)
                .and_then(|v| v.parse::<u32>().ok())
            {
                if self.is(i + 2, "quarter") && k <= 4 {
                    return Some(Hit {
                        start: i,
                        end: i + 3,
                        kind: TimexType::Date,
                        val: Val::Part {
                            y: Some(y),
                            rel: 0,
                            part: "Q",
                            k,
                        },
                    });
                }
            }
            // Not an amount: "1990 people", "$2000", "2000 troops".
            if i > 0 && matches!(self.t(i - 1), "$" | "€" | "£" | "#") {
                return None;
            }
            // Not a number in a name: "HB 1228", "SB 1070", "Flight 1549",
            // "No. 1325".
            if i > 0 && names_a_number(self.t(i - 1)) {
                return None;
            }
            // "the 1988 period", "the 1988 quarter"
            if i > 0 && self.is(i - 1, "the") && self.is_any(i + 1, &["period", "quarter"]) {
                return Some(Hit {
                    start: i,
                    end: i + 2,
                    kind: TimexType::Date,
                    val: Val::YearPeriod(y),
                });
            }
            if self.get(i + 1, Class::Unit).is_some() || is_count_noun(self.t(i + 1)) {
                return None;
            }
            return Some(Hit {
                start: i,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::Year(y),
            });
        }
        // Decades: "1990s", "'90s".
        let t = self.t(i);
        let digits = t.strip_suffix('s')?;
        let digits = digits.strip_suffix('\'').unwrap_or(digits);
        if digits.len() == 4 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
        {
            let y: i32 = digits.parse().ok()?;
            return Some(Hit {
                start: i,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::Decade(y / 10),
            });
        }
        // "the '80s": a decade of the twentieth century
        let (two, start) = match digits.strip_prefix(['\'', '’']) {
            Some(d) => (d, i),
            None if i > 0 && self.is_any(i - 1, &["'", "’"]) => (digits, i - 1),
            None => return None,
        };
        if two.len() == 2 && two.ends_with('0') && two.bytes().all(|b| b.is_ascii_digit()) {
            let d: i32 = two.parse().ok()?;
            return Some(Hit {
                start,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::Decade(190 + d / 10),
            });
        }
        None
    }

    /// `today`, `yesterday morning`, `tomorrow`.
    fn deictic(&self, i: usize) -> Option<Hit> {
        let offset: i64 = self.get(i, Class::Ref)?.parse().ok()?;
        if self.is(i, "tonight") {
            return Some(Hit {
                start: i,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::DayOffset(0),
            });
        }
        Some(self.with_part_of_day(i, i + 1, Val::DayOffset(offset)))
    }

    /// `last week`, `this year`, `next Monday`, `the past two months`,
    /// `coming weeks`, `the previous day`, `last April`, `this summer`.
    fn relative(&self, i: usize) -> Option<Hit> {
        let rel = self.get(i, Class::Rel)?;
        // "this past spring", "this past week": the last one
        if self.is(i, "this") && self.is(i + 1, "past") {
            let hit = |end, val| {
                Some(Hit {
                    start: i,
                    end,
                    kind: TimexType::Date,
                    val,
                })
            };
            if let Some(code) = self.get(i + 2, Class::Season) {
                return hit(i + 3, Val::PastSeason { code });
            }
            if let Some(unit) = self
                .get(i + 2, Class::Unit)
                .filter(|_| !self.t(i + 2).ends_with('s'))
            {
                return hit(i + 3, Val::RelUnit { unit, n: -1 });
            }
        }
        let j = i + 1;
        let date = |end, val| {
            Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val,
            })
        };
        // + a number and a unit: a duration ("the past two months")
        if let Some(count) = self.count(j) {
            let k = j + count.width();
            if let Some(unit) = self.get(k, Class::Unit) {
                if rel == "0" {
                    return None;
                }
                return Some(Hit {
                    start: i,
                    end: k + 1,
                    kind: TimexType::Duration,
                    val: Val::Literal(duration(&count, unit)),
                });
            }
        }
        if let Some(unit) = self.get(j, Class::Unit) {
            let plural = self.t(j).ends_with('s');
            if plural {
                // "in recent years", "over past years": a vague stretch of
                // the past at the scale of years, which TimeBank marks as a
                // reference to the past rather than a length
                if unit == "Y" && matches!(rel, "L" | "P") {
                    return date(j + 1, Val::Literal("PAST_REF".into()));
                }
                // "recent weeks", "coming weeks": an unspecified length
                return Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Duration,
                    val: Val::Literal(duration(&Count::X, unit)),
                });
            }
            // "last year's quarter", "last year's period": the period
            // reported on, a year back
            if unit == "Y"
                && rel == "-1"
                && self.is(j + 1, "'s")
                && self.is_any(j + 2, &["quarter", "period"])
            {
                return date(
                    j + 3,
                    Val::Back {
                        unit: "Y",
                        n: -1,
                        from_last: false,
                    },
                );
            }
            // "this year's third quarter", "next year's first quarter"
            if unit == "Y" && self.is(j + 1, "'s") && self.is(j + 3, "quarter") {
                if let (Some(k), Ok(rel)) = (
                    self.get(j + 2, Class::Ord)
                        .and_then(|v| v.parse::<u32>().ok()),
                    rel.parse::<i64>(),
                ) {
                    if k <= 4 {
                        return date(
                            j + 4,
                            Val::Part {
                                y: None,
                                rel,
                                part: "Q",
                                k,
                            },
                        );
                    }
                }
            }
            return match rel {
                // "the latest quarter": the last one completed
                "L" => date(j + 1, Val::RelUnit { unit, n: -1 }),
                // "the past year": TimeBank marks the year before
                "P" if unit == "Y" => date(j + 1, Val::RelUnit { unit, n: -1 }),
                "P" => Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Duration,
                    val: Val::Literal(duration(&Count::N(1), unit)),
                }),
                "-1A" => date(j + 1, Val::RelUnitPrev { unit, n: -1 }),
                "1A" => date(j + 1, Val::RelUnitPrev { unit, n: 1 }),
                "C" => date(j + 1, Val::RelUnit { unit, n: 1 }),
                n => date(
                    j + 1,
                    Val::RelUnit {
                        unit,
                        n: n.parse().ok()?,
                    },
                ),
            };
        }
        let dir: i32 = match rel {
            "-1" | "-1A" => -1,
            "1" | "1A" | "C" => 1,
            "0" => 0,
            _ => return None,
        };
        if let Some(m) = self.month_at(j) {
            // "last Oct. 23", "next March 4": that day, the last one before
            // or the first after the document date
            if dir != 0 && matches!(rel, "-1" | "1") {
                if let Some(d) = self.day_num(j + 1) {
                    return date(j + 2, Val::MonthDayRel { m, d, dir });
                }
            }
            return date(j + 1, Val::MonthRel { m, dir });
        }
        if let Some(wd) = self.get(j, Class::Weekday).and_then(|w| w.parse().ok()) {
            // "the previous Friday", "the following Monday": from the last
            // day mentioned
            if matches!(rel, "-1A" | "1A") {
                return date(j + 1, Val::WeekdayFrom { wd, dir });
            }
            return Some(self.with_part_of_day(i, j + 1, Val::Weekday { wd, dir: Some(dir) }));
        }
        if let Some(code) = self.get(j, Class::Season) {
            return date(
                j + 1,
                Val::Season {
                    y: None,
                    rel: i64::from(dir),
                    code,
                },
            );
        }
        if let Some(pod) = self.get(j, Class::Pod) {
            if dir == 0 {
                // "this morning"
                return Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Time,
                    val: Val::Time {
                        day: Box::new(Val::DayOffset(0)),
                        suffix: format!("T{pod}"),
                    },
                });
            }
            // "the next morning", "the previous evening": of the day after
            // or before the last day mentioned
            if matches!(rel, "1A" | "-1A") || rel == "1" && i > 0 && self.is(i - 1, "the") {
                return Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Time,
                    val: Val::Time {
                        day: Box::new(Val::RelUnitPrev {
                            unit: "D",
                            n: i64::from(dir),
                        }),
                        suffix: format!("T{pod}"),
                    },
                });
            }
            if dir == -1 && self.is(j, "night") {
                // "last night": the evening before the document date
                return Some(Hit {
                    start: i,
                    end: j + 1,
                    kind: TimexType::Time,
                    val: Val::Time {
                        day: Box::new(Val::DayOffset(-1)),
                        suffix: "TNI".into(),
                    },
                });
            }
        }
        None
    }

    /// `three days`, `a decade`, `24-hour`, `two years ago`, `a day earlier`,
    /// `more than a year`.
    fn amount(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        // "more than a year", "up to 180 days", "the first nine months"
        if self.is_any(j, &["more", "less"]) && self.is(j + 1, "than")
            || self.is(j, "up") && self.is(j + 1, "to")
            || self.is(j, "at") && self.is(j + 1, "least")
        {
            j += 2;
        } else if self.is_any(
            j,
            &[
                "nearly",
                "almost",
                "around",
                "roughly",
                "approximately",
                "first",
            ],
        ) {
            j += 1;
        }
        let count = self.count(j)?;
        let mut k = j + count.width();
        if self.is(k, "1/2") {
            k += 1;
        }
        // "two more weeks", "an additional year"
        if self.is_any(k, &["more", "additional", "extra", "further"]) {
            k += 1;
        }
        // "eight trading days", "three straight weeks", "a full year"
        if self.is_any(
            k,
            &[
                "trading",
                "business",
                "working",
                "straight",
                "consecutive",
                "full",
            ],
        ) && self.get(k + 1, Class::Unit).is_some()
        {
            k += 1;
        }
        let unit = self.get(k, Class::Unit)?;
        // "will one day be", "could one day replace": some day ahead, not
        // a length
        if unit == "D"
            && j == i
            && k == i + 1
            && self.is(i, "one")
            && i > 0
            && self.is_any(
                i - 1,
                &["will", "would", "could", "may", "might", "can", "shall"],
            )
        {
            return Some(Hit {
                start: i,
                end: k + 1,
                kind: TimexType::Date,
                val: Val::Literal("FUTURE_REF".into()),
            });
        }
        // "a second time": an ordinal, not a unit
        if unit == "TS"
            && !self.t(k).ends_with('s')
            && matches!(count, Count::N(1))
            && self.is(j, "a")
        {
            return None;
        }
        // "a week" with "a" as a plain article needs a duration reading; the
        // caller's set rule handles "twice a week".
        if matches!(count, Count::N(1))
            && self.is(j, "a")
            && i > 0
            && self.is_any(i - 1, &["per", "times", "twice", "once", "%", "percent"])
            && !self.is_any(k + 1, &["ago", "earlier", "later", "before", "after"])
        {
            return None;
        }
        // A rate after an amount ("$2 million a year", "300 flights a
        // week", "four trains a day") is not marked in TimeBank.
        let is_number = |n: usize| {
            self.toks
                .get(n)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || self.get(n, Class::Num).is_some_and(|v| v != "X")
        };
        if self.is(j, "a")
            && i > 0
            && !self.is_any(k + 1, &["ago", "earlier", "later", "before", "after"])
            && (is_number(i - 1)
                || self.is_any(i - 1, &["million", "billion", "thousand", "hundred"])
                || i > 1 && is_number(i - 2) && {
                    let noun = self.t(i - 1);
                    noun.len() > 3
                        && noun.ends_with('s')
                        && noun.starts_with(|c: char| c.is_ascii_lowercase())
                })
        {
            return None;
        }
        let mut end = k + 1;
        // "a quarter of the market", "three quarters of voters": fractions
        if unit == "Q"
            && self.is(end, "of")
            && matches!(count, Count::N(1..=3))
            && self.year_w(end + 1).is_none()
        {
            return None;
        }
        // An age ("52 years old") is not annotated as a time in TimeBank.
        if self.is(end, "old") {
            return None;
        }
        // "2 1/2 years", "a minute and a half"
        let half = self.is(j + count.width(), "1/2")
            || (self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half"));
        if half {
            if !self.is(j + count.width(), "1/2") {
                end += 3;
            }
            if let Some(v) = half_duration(&count, unit) {
                return Some(Hit {
                    start: i,
                    end,
                    kind: TimexType::Duration,
                    val: Val::Literal(v),
                });
            }
        }
        // "a week or so ago"
        if self.is(end, "or") && self.is(end + 1, "so") && self.is(end + 2, "ago") {
            end += 2;
        }
        if self.is(end, "ago") {
            let val = match count {
                Count::N(n) | Count::Span(n, _) => Val::Back {
                    unit,
                    n: -n,
                    from_last: false,
                },
                _ => Val::Literal("PAST_REF".into()),
            };
            return Some(Hit {
                start: i,
                end: end + 1,
                kind: TimexType::Date,
                val,
            });
        }
        if self.is_any(end, &["earlier", "later"]) {
            let n = match count {
                // "three days later", "an hour later": the length, the
                // word "later" a signal relating it to what went before,
                // as TimeBank marks it (a narrative's "later" counts from
                // an event, seldom from the last date written)
                Count::N(n) | Count::Span(n, _) if self.is(end, "earlier") => n,
                // "a few days later": the length, as TimeBank marks it
                _ => {
                    return Some(Hit {
                        start: i,
                        end,
                        kind: TimexType::Duration,
                        val: Val::Literal(duration(&count, unit)),
                    })
                }
            };
            let n = if self.is_any(end, &["earlier", "before"]) {
                -n
            } else {
                n
            };
            return Some(Hit {
                start: i,
                end: end + 1,
                kind: TimexType::Date,
                val: Val::Back {
                    unit,
                    n,
                    from_last: true,
                },
            });
        }
        Some(Hit {
            start: i,
            end,
            kind: TimexType::Duration,
            val: Val::Literal(duration(&count, unit)),
        })
    }

    /// `Thanksgiving`, `Christmas Eve`, `Easter 2021`.
    fn holiday(&self, i: usize) -> Option<Hit> {
        if !self.capitalized(i) || self.get(i, Class::Holiday).is_none() {
            return None;
        }
        for (words, rule) in holidays() {
            if words.iter().enumerate().all(|(k, w)| self.is(i + k, w)) {
                let end = i + words.len();
                let (y, end) = match self.year_w(end) {
                    Some((y, w)) => (Some(y), end + w),
                    None => (None, end),
                };
                let val = Val::Holiday { rule, y };
                // "Easter week", "Christmas week": the week the day falls in
                if self.is(end, "week") {
                    return Some(Hit {
                        start: i,
                        end: end + 1,
                        kind: TimexType::Date,
                        val: Val::WeekOf(Box::new(val)),
                    });
                }
                return Some(Hit {
                    start: i,
                    end,
                    kind: TimexType::Date,
                    val,
                });
            }
        }
        None
    }

    /// `for weeks`, `within days`, `in years`: a plural unit alone, after a
    /// preposition of extent, is an unspecified length.
    fn bare_units(&self, i: usize) -> Option<Hit> {
        let unit = self.get(i, Class::Unit)?;
        if i == 0
            || !self.t(i).ends_with('s')
            || !self.is_any(i - 1, &["for", "within", "in", "after"])
        {
            return None;
        }
        Some(Hit {
            start: i,
            end: i + 1,
            kind: TimexType::Duration,
            val: Val::Literal(duration(&Count::X, unit)),
        })
    }

    /// `year end`, `year's end`.
    fn year_end(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "year") {
            return None;
        }
        let j = if self.is(i + 1, "'s") { i + 2 } else { i + 1 };
        self.is(j, "end").then_some(Hit {
            start: i,
            end: j + 1,
            kind: TimexType::Date,
            val: Val::Literal("END".into()),
        })
    }

    /// `that year`, `that day`, `that same day`: the period of the last date
    /// mentioned.
    fn anaphoric(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "that") {
            return None;
        }
        let j = if self.is(i + 1, "same") { i + 2 } else { i + 1 };
        let unit = self
            .get(j, Class::Unit)
            .filter(|u| matches!(*u, "D" | "W" | "M" | "Y" | "Q"))?;
        if self.t(j).ends_with('s') {
            return None;
        }
        Some(Hit {
            start: i,
            end: j + 1,
            kind: TimexType::Date,
            val: Val::RelUnitPrev { unit, n: 0 },
        })
    }

    /// Whether an amount ends right before token `i`: a number or number
    /// word (not the article `a`), a percentage, `million`, or a number and
    /// the plural noun it counts (`10,000 units`).
    fn after_amount(&self, i: usize) -> bool {
        let is_number = |n: usize| {
            self.toks
                .get(n)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || self.get(n, Class::Num).is_some_and(|v| v != "X")
                    && !self.is_any(n, &["a", "an"])
        };
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        is_number(p)
            || self.t(p).ends_with('%')
            || self.is_any(p, &["percent", "million", "billion", "thousand", "hundred"])
            || p > 0 && is_number(p - 1) && {
                let noun = self.t(p);
                noun.len() > 3
                    && noun.ends_with('s')
                    && noun.starts_with(|c: char| c.is_ascii_lowercase())
            }
    }

    /// `every Monday`, `each week`, `daily`, `twice a week`, `a year` after
    /// a rate.
    fn set(&self, i: usize) -> Option<Hit> {
        let hit = |end, v: String| {
            Some(Hit {
                start: i,
                end,
                kind: TimexType::Set,
                val: Val::Literal(v),
            })
        };
        if let Some(v) = self.get(i, Class::Set) {
            if self.is(i, "annual") {
                return None; // an adjective: "annual report"
            }
            // "average daily volume", "the average weekly wage": a measure
            // per unit of time, not something that recurs
            if i > 0 && self.is(i - 1, "average") {
                return None;
            }
            // A rate after an amount ("rise 8.5% annually", "10,000 units
            // annually") is no more marked than "$2 million a year".
            if self.t(i).len() > 2
                && self.t(i)[self.t(i).len() - 2..].eq_ignore_ascii_case("ly")
                && self.after_amount(i)
            {
                return None;
            }
            return hit(i + 1, v.to_owned());
        }
        if self.is_any(i, &["every", "each"]) {
            if let Some(wd) = self.get(i + 1, Class::Weekday) {
                return hit(i + 2, format!("XXXX-WXX-{wd}"));
            }
            // "each July", "every summer"
            if let Some(m) = self
                .get(i + 1, Class::Month)
                .and_then(|m| m.parse::<u32>().ok())
            {
                return hit(i + 2, format!("XXXX-{m:02}"));
            }
            if let Some(code) = self.get(i + 1, Class::Season) {
                return hit(i + 2, format!("XXXX-{code}"));
            }
            if let Some(count) = self.count(i + 1) {
                let k = i + 1 + count.width();
                if let Some(unit) = self.get(k, Class::Unit) {
                    return hit(k + 1, duration(&count, unit));
                }
            }
            if let Some(unit) = self.get(i + 1, Class::Unit) {
                return hit(i + 2, duration(&Count::N(1), unit));
            }
        }
        if self.is_any(i, &["a", "per"])
            && i > 0
            && self.is_any(i - 1, &["times", "twice", "once", "%", "percent"])
            && !self.is_any(i + 2, &["ago", "earlier", "later", "before", "after"])
        {
            let unit = self.get(i + 1, Class::Unit)?;
            return hit(i + 2, duration(&Count::N(1), unit));
        }
        None
    }

    /// `the fourth quarter`, `first half of 2021`, `summer 2020`.
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        // "the first two quarters of 1990": the first half
        if self.is(i, "first") && self.is_any(i + 1, &["two", "2"]) && self.is(i + 2, "quarters") {
            let (y, end) = self.of_year(i + 3);
            return Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::Part {
                    y,
                    rel: 0,
                    part: "H",
                    k: 1,
                },
            });
        }
        // "the last half of 1989": the second
        let last_half =
            self.is(i, "last") && self.is(i + 1, "half") && i > 0 && self.is(i - 1, "the");
        let ord = if last_half {
            Some(2)
        } else {
            self.get(i, Class::Ord).and_then(|v| v.parse::<u32>().ok())
        };
        if let Some(k) = ord {
            let (part, max) = if self.is(i + 1, "quarter") {
                ("Q", 4)
            } else if self.is(i + 1, "half") {
                ("H", 2)
            } else {
                return None;
            };
            if k > max {
                return None;
            }
            let (y, end) = self.of_year(i + 2);
            if last_half && y.is_none() {
                return None;
            }
            return Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::Part { y, rel: 0, part, k },
            });
        }
        if let Some(code) = self.get(i, Class::Season) {
            if self.is(i, "fall")
                && !self.capitalized(i)
                && !(i > 0 && self.is_any(i - 1, &["the", "this", "last", "next"]))
            {
                return None;
            }
            let (y, end) = self.of_year(i + 1);
            // "the summer", "the early summer"
            let the = |k: usize| k > 0 && self.is(k - 1, "the");
            let modified = i > 0 && self.is_any(i - 1, &["early", "late", "mid"]);
            if y.is_none() && !(the(i) || modified && the(i - 1)) {
                return None;
            }
            return Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::Season { y, rel: 0, code },
            });
        }
        None
    }

    /// An optional `of 2021` / `2021` after a part of a year.
    fn of_year(&self, j: usize) -> (Option<i32>, usize) {
        let k = if self.is(j, "of") { j + 1 } else { j };
        match self.year_w(k) {
            Some((y, w)) => (Some(y), k + w),
            None => (None, j),
        }
    }

    /// One-token compounds: `third-quarter`, `one-year`, `24-hour`,
    /// `mid-March`, `mid-1990s`, `year-end`, `year-ago`, `five-day`.
    fn hyphenated(&self, i: usize) -> Option<Hit> {
        let t = self.t(i);
        let (a, b) = t.split_once('-')?;
        let lex = lexicon();
        let cls = |w: &str, c: Class| {
            lookup(lex, w).and_then(|e| e.iter().find(|(x, _)| *x == c).map(|(_, v)| *v))
        };
        let one = |kind, val| {
            Some(Hit {
                start: i,
                end: i + 1,
                kind,
                val,
            })
        };
        // "mid-March", "late-1990s"; "post-1959", "pre-1990": the period
        // the prefix places it around (TIMEX3 keeps the prefix in `mod`)
        if ["mid", "late", "early", "post", "pre"]
            .iter()
            .any(|p| a.eq_ignore_ascii_case(p))
        {
            if let Some(m) = cls(b, Class::Month).and_then(|m| m.parse().ok()) {
                return one(
                    TimexType::Date,
                    Val::Date {
                        y: None,
                        m,
                        d: None,
                    },
                );
            }
            let digits = b.trim_end_matches('s');
            if digits.len() == 4 && digits.bytes().all(|c| c.is_ascii_digit()) {
                let y: i32 = digits.parse().ok()?;
                return one(
                    TimexType::Date,
                    if b.ends_with('s') {
                        Val::Decade(y / 10)
                    } else {
                        Val::Year(y)
                    },
                );
            }
            return None;
        }
        // "the fiscal-first quarter": as "the fiscal first quarter"
        if a.eq_ignore_ascii_case("fiscal") {
            let k: u32 = cls(b, Class::Ord)?.parse().ok()?;
            let (part, max) = if self.is(i + 1, "quarter") {
                ("Q", 4)
            } else if self.is(i + 1, "half") {
                ("H", 2)
            } else {
                return None;
            };
            if k > max {
                return None;
            }
            let (y, end) = self.of_year(i + 2);
            return Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::Part { y, rel: 0, part, k },
            });
        }
        // "day-long", "decades-long": a length (unspecified when plural)
        if b.eq_ignore_ascii_case("long") {
            let unit = lexicon_value(a, Class::Unit)?;
            let count = if a.ends_with('s') {
                Count::X
            } else {
                Count::N(1)
            };
            return one(TimexType::Duration, Val::Literal(duration(&count, unit)));
        }
        if a.eq_ignore_ascii_case("year") && b.eq_ignore_ascii_case("end") {
            return one(TimexType::Date, Val::Literal("END".into()));
        }
        if a.eq_ignore_ascii_case("year")
            && (b.eq_ignore_ascii_case("ago") || b.eq_ignore_ascii_case("earlier"))
        {
            // "the year-earlier nine months": a length, a year back
            if let Some(h) = self.amount(i + 1) {
                if h.kind == TimexType::Duration {
                    return Some(Hit { start: i, ..h });
                }
            }
            // "the year-earlier (third) quarter", "the year-ago period"
            let mut end = i + 1;
            if self.get(end, Class::Ord).is_some() && self.is(end + 1, "quarter") {
                end += 2;
            } else if self.is_any(end, &["quarter", "period"]) {
                end += 1;
            }
            return Some(Hit {
                start: i,
                end,
                kind: TimexType::Date,
                val: Val::Back {
                    unit: "Y",
                    n: -1,
                    from_last: false,
                },
            });
        }
        // "three-quarters", "two-thirds" are fractions; compounds of time
        // ("two-year", "24-hour") have a singular unit.
        if b.ends_with('s') {
            return None;
        }
        if let Some(unit) = cls(b, Class::Unit) {
            if let Some(k) = cls(a, Class::Ord).and_then(|v| v.parse::<u32>().ok()) {
                if b.eq_ignore_ascii_case("quarter") && k <= 4 {
                    let (y, end) = self.of_year(i + 1);
                    return Some(Hit {
                        start: i,
                        end,
                        kind: TimexType::Date,
                        val: Val::Part {
                            y,
                            rel: 0,
                            part: "Q",
                            k,
                        },
                    });
                }
                return None;
            }
            let count = if let Ok(n) = a.parse::<i64>() {
                Count::N(n)
            } else {
                match cls(a, Class::Num)? {
                    "X" => Count::X,
                    v => Count::N(v.parse().ok()?),
                }
            };
            return one(TimexType::Duration, Val::Literal(duration(&count, unit)));
        }
        None
    }

    /// `10:30 a.m.`, `3 p.m.`, `noon`, `midnight`, `the morning`.
    fn clock(&self, i: usize) -> Option<Hit> {
        // "mid-afternoon", "mid morning": that part of the day
        let mid_pod = match self.t(i).split_once('-') {
            Some((a, b)) if a.eq_ignore_ascii_case("mid") => {
                lexicon_value(b, Class::Pod).map(|p| (p, i + 1))
            }
            _ if self.is(i, "mid") => self.get(i + 1, Class::Pod).map(|p| (p, i + 2)),
            _ => None,
        };
        // `bare`: digits with a colon and nothing else ("02:09")
        let (suffix, mut end, bare) = if let Some((pod, end)) = mid_pod {
            (format!("T{pod}"), end, false)
        } else if self.is_any(i, &["noon", "midday"]) {
            ("T12:00".to_owned(), i + 1, false)
        } else if self.is(i, "midnight") {
            ("T24:00".to_owned(), i + 1, false)
        } else {
            let t = self.t(i);
            let (h, m) = match t.split_once(':') {
                Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                Some(_) => return None,
                None => (self.digits(i).filter(|h| (1..=12).contains(h))?, 0),
            };
            if h > 24 || m > 59 {
                return None;
            }
            let mut end = i + 1;
            let mut hour = h;
            let mut bare = false;
            match self.t(end).to_ascii_lowercase().as_str() {
                "a.m." | "am" | "a.m" => end += 1,
                "p.m." | "pm" | "p.m" => {
                    end += 1;
                    if hour < 12 {
                        hour += 12;
                    }
                }
                // "4 in the morning", "7:30 in the evening"
                "in" if self.is(end + 1, "the")
                    && self.get(end + 2, Class::Pod).is_some_and(|p| p != "NI") =>
                {
                    let pm = !self.is(end + 2, "morning");
                    if pm && hour < 12 {
                        hour += 12;
                    } else if !pm && hour == 12 {
                        hour = 0;
                    }
                    end += 3;
                }
                _ if t.contains(':') => bare = true,
                _ => return None,
            }
            (format!("T{hour:02}:{m:02}"), end, bare)
        };
        // Time zone abbreviations stay in the span.
        let zoned = self.is_any(
            end,
            &["GMT", "UTC", "EST", "EDT", "ET", "PST", "PDT", "CET", "BST"],
        );
        if zoned {
            end += 1;
        }
        // "8:30 p.m. local time Thursday"
        let zoned = zoned || {
            let local = self.is(end, "local") && self.is(end + 1, "time");
            if local {
                end += 2;
            }
            local
        };
        // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": the day
        // after the time gives its date.
        let day_at = |k: usize| {
            [
                self.weekday(k),
                self.month_first(k),
                self.day_first(k),
                self.deictic(k),
            ]
            .into_iter()
            .flatten()
            .filter(|h| h.kind == TimexType::Date)
            .max_by_key(|h| h.end)
        };
        let k = if self.is(end, ",") { end + 1 } else { end };
        let day_hit = day_at(k);
        // "noon on Wednesday", "9:30 p.m. on Sunday": the day is its own
        // expression, and the time's date.
        let on_day = if day_hit.is_none() && self.is(end, "on") {
            day_at(end + 1).map(|h| h.val)
        } else {
            None
        };
        // "02:09" alone is more often a video's length or a score than a
        // time: without a.m./p.m., a zone or a day it needs a preposition
        // ("at 14:30", "until 9:45") or to head a live-blog entry ("12:25 –
        // The minister arrives").
        if bare
            && !zoned
            && day_hit.is_none()
            && !self.is_any(end, &["–", "—"])
            && !(i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "at",
                        "by",
                        "around",
                        "about",
                        "until",
                        "till",
                        "from",
                        "to",
                        "before",
                        "after",
                        "since",
                        "and",
                        "approximately",
                        "between",
                    ],
                ))
        {
            return None;
        }
        let day = match (day_hit, on_day) {
            (Some(h), _) => {
                end = h.end;
                h.val
            }
            (None, Some(val)) => val,
            // A bare time is on the day under discussion: the last day
            // mentioned, else the document date.
            (None, None) => Val::RelUnitPrev { unit: "D", n: 0 },
        };
        Some(Hit {
            start: i,
            end,
            kind: TimexType::Time,
            val: Val::Time {
                day: Box::new(day),
                suffix,
            },
        })
    }

    /// `now`, `recently`, `currently`, and (with `the` before) `the past`,
    /// `the future`, `the present`; `the morning`.
    fn fuzzy(&self, i: usize) -> Option<Hit> {
        let v = self.get(i, Class::Fuzzy)?;
        // "the then current price": what was current then
        if i > 0 && self.is(i - 1, "then") && v == "PRESENT_REF" {
            return Some(Hit {
                start: i - 1,
                end: i + 1,
                kind: TimexType::Date,
                val: Val::Literal("PAST_REF".into()),
            });
        }
        Some(Hit {
            start: i,
            end: i + 1,
            kind: TimexType::Date,
            val: Val::Literal(v.to_owned()),
        })
    }

    fn the_fuzzy(&self, i: usize) -> Option<Hit> {
        let lit = |v: &str| {
            Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Date,
                val: Val::Literal(v.to_owned()),
            })
        };
        if self.is(i + 1, "past")
            && self.get(i + 2, Class::Unit).is_none()
            && self.count(i + 2).is_none()
        {
            return lit("PAST_REF");
        }
        if self.is(i + 1, "quarter") && !self.is(i + 2, "of") {
            // "the quarter ended July 31": the three months up to that
            // day, mostly in the calendar quarter of their middle month
            if self.is_any(i + 2, &["ended", "ending"]) {
                if let Some(h) = self.month_first(i + 3) {
                    if matches!(h.val, Val::Date { d: Some(_), .. }) {
                        return Some(Hit {
                            start: i,
                            end: i + 2,
                            kind: TimexType::Date,
                            val: Val::QuarterEnding(Box::new(h.val)),
                        });
                    }
                }
            }
            // "the quarter" in a results report: the one just ended
            let n = if self.tense_near(i, i + 2) == Tense::Future {
                0
            } else {
                -1
            };
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Date,
                val: Val::RelUnit { unit: "Q", n },
            });
        }
        if self.is(i + 1, "weekend") {
            let dir = if self.tense_near(i, i + 2) == Tense::Future {
                1
            } else {
                -1
            };
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Date,
                val: Val::Weekend { dir },
            });
        }
        if self.is(i + 1, "future") {
            return lit("FUTURE_REF");
        }
        // "the near future", "the near term", "the short term"
        if self.is_any(i + 1, &["near", "short"]) && self.is_any(i + 2, &["future", "term"]) {
            return Some(Hit {
                start: i,
                end: i + 3,
                kind: TimexType::Date,
                val: Val::Literal("FUTURE_REF".into()),
            });
        }
        if self.is(i + 1, "present") && !self.capitalized(i + 1) {
            return lit("PRESENT_REF");
        }
        // "the weeks ahead", "the days ahead": an unspecified length
        if let Some(unit) = self.get(i + 1, Class::Unit) {
            if self.t(i + 1).ends_with('s') && self.is(i + 2, "ahead") {
                return Some(Hit {
                    start: i,
                    end: i + 3,
                    kind: TimexType::Duration,
                    val: Val::Literal(duration(&Count::X, unit)),
                });
            }
        }
        // "in the morning": of the day under discussion
        if let Some(pod) = self.get(i + 1, Class::Pod).filter(|p| *p != "NI") {
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: TimexType::Time,
                val: Val::Time {
                    day: Box::new(Val::RelUnitPrev { unit: "D", n: 0 }),
                    suffix: format!("T{pod}"),
                },
            });
        }
        None
    }
}

/// Nouns a number counts, so that a number before them is not a year
/// ("2000 troops", "1500 people").
fn is_count_noun(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "workers"
            | "civilians"
            | "refugees"
            | "residents"
            | "members"
            | "delegates"
            | "cars"
            | "vehicles"
            | "tanks"
            | "houses"
            | "homes"
            | "tons"
            | "tonnes"
            | "barrels"
            | "dollars"
            | "euros"
            | "pounds"
            | "yen"
            | "shares"
            | "jobs"
            | "votes"
            | "students"
            | "children"
            | "men"
            | "women"
            | "prisoners"
            | "police"
            | "officers"
            | "employees"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "metres"
            | "meters"
            | "feet"
            | "acres"
            | "hectares"
            | "units"
            | "copies"
            | "cases"
            | "deaths"
            | "casualties"
            | "marines"
            | "sailors"
            | "pilots"
            | "aircraft"
            | "planes"
            | "missiles"
            | "rockets"
            | "bombs"
            | "rounds"
            | "points"
            | "percent"
            | "%"
            | "words"
            | "pages"
    )
}

/// An amount of units.
#[derive(Debug, Clone, PartialEq)]
enum Count {
    N(i64),
    /// A number spelled in two words ("twenty four").
    Span(i64, usize),
    /// Digits as written ("1.5").
    Raw(String),
    /// Unspecified ("several").
    X,
    /// Unspecified, spelled in several words ("a few").
    Xw(usize),
}

impl Count {
    fn width(&self) -> usize {
        match self {
            Count::Span(_, w) | Count::Xw(w) => *w,
            _ => 1,
        }
    }

    fn text(&self) -> String {
        match self {
            Count::N(n) | Count::Span(n, _) => n.to_string(),
            Count::Raw(s) => s.clone(),
            Count::X | Count::Xw(_) => "X".into(),
        }
    }
}

/// A TIMEX3 duration of `count` and a half units: `P2Y6M`, `PT5H30M`;
/// `None` for an unspecified count.
fn half_duration(count: &Count, unit: &str) -> Option<String> {
    let n = match count {
        Count::N(n) | Count::Span(n, _) => *n,
        _ => return None,
    };
    Some(match unit {
        "Y" => format!("P{n}Y6M"),
        "M" => format!("P{n}M15D"),
        "W" => format!("P{}D", n * 7 + 3),
        "D" => format!("P{n}DT12H"),
        "TH" => format!("PT{n}H30M"),
        "TM" => format!("PT{n}M30S"),
        "DE" => format!("P{}Y", n * 10 + 5),
        "CE" => format!("P{}Y", n * 100 + 50),
        _ => return None,
    })
}

/// A TIMEX3 duration value: `P3D`, `PT24H`, `P10Y` (a decade), `PXM`.
fn duration(count: &Count, unit: &str) -> String {
    let n = count.text();
    let scaled = |k: i64| match count {
        Count::N(v) | Count::Span(v, _) => (v * k).to_string(),
        _ => n.clone(),
    };
    match unit {
        "TS" | "TM" | "TH" => format!("PT{n}{}", &unit[1..]),
        "DE" => format!("P{}Y", scaled(10)),
        // "for centuries": some number of centuries, TIMEX3's `C`
        "CE" if matches!(count, Count::X | Count::Xw(_)) => "PXC".into(),
        "CE" => format!("P{}Y", scaled(100)),
        "F" => format!("P{}W", scaled(2)),
        // "two thousand years": millennia, TIMEX3's `L`
        "Y" => match count {
            Count::N(v) | Count::Span(v, _) if *v >= 1000 && v % 1000 == 0 => {
                format!("P{}L", v / 1000)
            }
            _ => format!("P{n}Y"),
        },
        u => format!("P{n}{u}"),
    }
}

// ---------------------------------------------------------------------------
// Resolution

struct Ctx {
    dct: Option<NaiveDate>,
    tense: Tense,
    last: Option<(NaiveDate, u32)>,
    /// The last date mentioned at any precision (day, month or year).
    last_any: Option<(NaiveDate, Precision, u32)>,
    /// The quarter the text reports on (year, quarter): the one named most
    /// so far, the first at equal counts.
    last_quarter: Option<(i32, u32)>,
}

impl Ctx {
    /// The last date mentioned that is precise enough to count `unit`s
    /// from: a day for days and weeks, a month for months, any for years
    /// ("in June 1998 ... later that year").
    fn anchor_for(&self, unit: &str) -> Option<(NaiveDate, u32)> {
        let fine = match unit {
            "M" => self
                .last_any
                .filter(|(_, p, _)| matches!(p, Precision::Month | Precision::Day)),
            "Y" | "Q" | "H" | "DE" | "CE" => self.last_any,
            _ => None,
        };
        match fine {
            Some((d, _, i)) => Some((d, i)),
            None => self.last,
        }
    }
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn weekday_num(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// Shifts `d` by `n` units and writes it at the unit's grain.
fn shift(d: NaiveDate, unit: &str, n: i64) -> Option<String> {
    Some(match unit {
        "TS" | "TM" | "TH" | "D" => {
            ymd(d.checked_add_signed(Duration::days(if unit == "D" { n } else { 0 }))?)
        }
        "W" | "F" | "WE" => {
            let k = if unit == "F" { 2 * n } else { n };
            let w = d.checked_add_signed(Duration::weeks(k))?.iso_week();
            let base = format!("{:04}-W{:02}", w.year(), w.week());
            if unit == "WE" {
                format!("{base}-WE")
            } else {
                base
            }
        }
        "M" => {
            let m = if n >= 0 {
                d.checked_add_months(Months::new(n.unsigned_abs() as u32))?
            } else {
                d.checked_sub_months(Months::new(n.unsigned_abs() as u32))?
            };
            format!("{:04}-{:02}", m.year(), m.month())
        }
        "Q" => {
            let q = i64::from(d.year()) * 4 + i64::from((d.month() - 1) / 3) + n;
            format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
        }
        "Y" => format!("{:04}", i64::from(d.year()) + n),
        "DE" => format!("{:03}", i64::from(d.year()) / 10 + n),
        "CE" => format!("{:02}", i64::from(d.year()) / 100 + n),
        _ => return None,
    })
}

/// The year for a month (and day) written without one: the occurrence
/// nearest the document date, with the tense breaking near-ties.
fn infer_year(dct: NaiveDate, m: u32, d: Option<u32>, tense: Tense) -> i32 {
    let mut best = (i64::MAX, dct.year());
    for y in [dct.year() - 1, dct.year(), dct.year() + 1] {
        let Some(date) = NaiveDate::from_ymd_opt(y, m, d.unwrap_or(15)) else {
            continue;
        };
        let mut dist = (date - dct).num_days();
        // Months without a day are at the month's middle; the same month is
        // distance 0.
        if d.is_none() && y == dct.year() && m == dct.month() {
            dist = 0;
        }
        let penalty = match tense {
            Tense::Behind if dist > 0 => 100,
            // "resigned on February 13", "banned travel in January": a
            // past act's date is behind, unless the text dates it a few
            // days ahead of the document.
            Tense::Past if dist > 0 && d.is_none() => 4,
            Tense::Past | Tense::WeakPast if dist > 0 => 2,
            Tense::Future if dist < 0 => 4,
            _ => 1,
        };
        let score = dist.abs() * penalty;
        if score < best.0 {
            best = (score, y);
        }
    }
    best.1
}

fn resolve(val: &Val, ctx: &Ctx) -> (String, Anchor) {
    let unresolved = |v: &str| (v.to_owned(), Anchor::Document);
    match val {
        // "year-end", "by year's end": TIMEX3 puts "end" in its `mod` and
        // gives the year as the value, as for "the end of the year"; a
        // year-end already behind ("since year-end") closed last year.
        Val::Literal(v) if v == "END" => match ctx.dct {
            Some(d) => (
                format!(
                    "{:04}",
                    d.year() - i32::from(matches!(ctx.tense, Tense::Behind))
                ),
                Anchor::Document,
            ),
            None => unresolved("XXXX"),
        },
        Val::Literal(v) => (v.clone(), Anchor::None),
        Val::Year(y) => (format!("{y:04}"), Anchor::None),
        Val::Decade(d) => (format!("{d:03}"), Anchor::None),
        Val::Date { y: Some(y), m, d } => (date_value(*y, *m, *d), Anchor::None),
        Val::Date { y: None, m, d } => match ctx.dct {
            Some(dct) => (
                date_value(infer_year(dct, *m, *d, ctx.tense), *m, *d),
                Anchor::Document,
            ),
            None => match d {
                Some(d) => unresolved(&format!("XXXX-{m:02}-{d:02}")),
                None => unresolved(&format!("XXXX-{m:02}")),
            },
        },
        Val::Weekday { wd, dir } => {
            let Some(dct) = ctx.dct else {
                return unresolved(&format!("XXXX-WXX-{wd}"));
            };
            let cur = i64::from(weekday_num(dct));
            let wd = i64::from(*wd);
            let offset = match dir {
                Some(0) => wd - cur,
                Some(-1) => {
                    // "last Friday": the most recent one before this week's
                    let back = (cur - wd).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                Some(_) => {
                    let fwd = (wd - cur).rem_euclid(7);
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                None => match ctx.tense {
                    Tense::Future => (wd - cur).rem_euclid(7),
                    _ => -((cur - wd).rem_euclid(7)),
                },
            };
            match dct.checked_add_signed(Duration::days(offset)) {
                Some(d) => (ymd(d), Anchor::Document),
                None => unresolved("XXXX-XX-XX"),
            }
        }
        Val::WeekdayFrom { wd, dir } => {
            let (from, anchor) = match (ctx.last, ctx.dct) {
                (Some((d, i)), _) => (d, Anchor::Timex(i)),
                (None, Some(d)) => (d, Anchor::Document),
                (None, None) => return unresolved(&format!("XXXX-WXX-{wd}")),
            };
            let cur = i64::from(weekday_num(from));
            let wd = i64::from(*wd);
            let offset = if *dir < 0 {
                let back = (cur - wd).rem_euclid(7);
                -(if back == 0 { 7 } else { back })
            } else {
                let fwd = (wd - cur).rem_euclid(7);
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            };
            match from.checked_add_signed(Duration::days(offset)) {
                Some(d) => (ymd(d), anchor),
                None => unresolved("XXXX-XX-XX"),
            }
        }
        Val::MonthRel { m, dir } => {
            let Some(dct) = ctx.dct else {
                return unresolved(&format!("XXXX-{m:02}"));
            };
            let y = match dir {
                0 => dct.year(),
                // "last February" written in March is a year back: the
                // month just gone would be "last month".
                d if *d < 0 => {
                    if *m + 1 < dct.month() {
                        dct.year()
                    } else {
                        dct.year() - 1
                    }
                }
                _ => {
                    if *m > dct.month() {
                        dct.year()
                    } else {
                        dct.year() + 1
                    }
                }
            };
            (format!("{y:04}-{m:02}"), Anchor::Document)
        }
        Val::MonthDayRel { m, d, dir } => {
            let Some(dct) = ctx.dct else {
                return unresolved(&format!("XXXX-{m:02}-{d:02}"));
            };
            let years = [dct.year() - 1, dct.year(), dct.year() + 1];
            let pick = |y: &i32| NaiveDate::from_ymd_opt(*y, *m, *d);
            let found = if *dir < 0 {
                years.iter().rev().filter_map(pick).find(|x| *x < dct)
            } else {
                years.iter().filter_map(pick).find(|x| *x > dct)
            };
            match found {
                Some(x) => (ymd(x), Anchor::Document),
                None => unresolved(&format!("XXXX-{m:02}-{d:02}")),
            }
        }
        Val::DayOffset(n) => match ctx
            .dct
            .and_then(|d| d.checked_add_signed(Duration::days(*n)))
        {
            Some(d) => (ymd(d), Anchor::Document),
            None => unresolved("XXXX-XX-XX"),
        },
        Val::RelUnit { unit, n } => match ctx.dct.and_then(|d| shift(d, unit, *n)) {
            Some(v) => (v, Anchor::Document),
            None => unresolved("XXXX"),
        },
        Val::Back { unit, n, from_last } => {
            if *unit == "Y" {
                if let Some((y, q)) = ctx.last_quarter {
                    return (format!("{:04}-Q{q}", i64::from(y) + n), Anchor::Document);
                }
            }
            let (from, anchor) = match (from_last, ctx.anchor_for(unit)) {
                (true, Some((d, i))) => (Some(d), Anchor::Timex(i)),
                _ => (ctx.dct, Anchor::Document),
            };
            let value = from.and_then(|d| match *unit {
                // weeks and days back name a day
                "W" | "D" => d
                    .checked_add_signed(Duration::days(if *unit == "W" { 7 * n } else { *n }))
                    .map(ymd),
                u => shift(d, u, *n),
            });
            match value {
                Some(v) => (v, anchor),
                None => unresolved("XXXX"),
            }
        }
        Val::Holiday { rule, y } => {
            let date = match (y, ctx.dct) {
                (Some(y), _) => holiday_date(rule, *y),
                (None, Some(dct)) => {
                    // The occurrence nearest the document date, the tense
                    // breaking near-ties as for months.
                    [dct.year() - 1, dct.year(), dct.year() + 1]
                        .into_iter()
                        .filter_map(|y| holiday_date(rule, y))
                        .min_by_key(|d| {
                            let dist = (*d - dct).num_days();
                            let penalty = match ctx.tense {
                                Tense::Past | Tense::WeakPast | Tense::Behind if dist > 0 => 2,
                                Tense::Future if dist < 0 => 4,
                                _ => 1,
                            };
                            dist.abs() * penalty
                        })
                }
                (None, None) => None,
            };
            match date {
                Some(d) => (
                    ymd(d),
                    if y.is_some() {
                        Anchor::None
                    } else {
                        Anchor::Document
                    },
                ),
                None => unresolved("XXXX-XX-XX"),
            }
        }
        Val::Weekend { dir } => {
            let Some(dct) = ctx.dct else {
                return unresolved("XXXX-WXX-WE");
            };
            // ISO weeks run Monday to Sunday, so a weekend shares its week
            // with the five days before it.
            let in_weekend = weekday_num(dct) >= 6;
            let weeks = match (dir, in_weekend) {
                (d, true) if *d < 0 => 0,
                (d, false) if *d < 0 => -1,
                (_, true) => 1,
                (_, false) => 0,
            };
            match shift(dct, "WE", weeks) {
                Some(v) => (v, Anchor::Document),
                None => unresolved("XXXX-WXX-WE"),
            }
        }
        Val::RelUnitPrev { unit, n } => match ctx.anchor_for(unit) {
            Some((d, i)) => match shift(d, unit, *n) {
                Some(v) => (v, Anchor::Timex(i)),
                None => unresolved("XXXX"),
            },
            None => match ctx.dct.and_then(|d| shift(d, unit, *n)) {
                Some(v) => (v, Anchor::Document),
                None => unresolved("XXXX"),
            },
        },
        Val::Part { y, rel, part, k } => {
            let year = match (y, ctx.dct) {
                (Some(y), _) => i64::from(*y),
                // A quarter not begun yet, reported in the past, is last
                // year's ("results for the fourth quarter" in January).
                (None, Some(d))
                    if *rel == 0
                        && *part == "Q"
                        && *k > (d.month() - 1) / 3 + 1
                        && matches!(ctx.tense, Tense::Past | Tense::WeakPast | Tense::Behind) =>
                {
                    i64::from(d.year()) - 1
                }
                (None, Some(d)) => i64::from(d.year()) + rel,
                (None, None) => return unresolved(&format!("XXXX-{part}{k}")),
            };
            (
                if *part == "M" {
                    format!("{year:04}-{k:02}")
                } else {
                    format!("{year:04}-{part}{k}")
                },
                if y.is_some() {
                    Anchor::None
                } else {
                    Anchor::Document
                },
            )
        }
        Val::Season { y, rel, code } => {
            let year = match (y, ctx.dct) {
                (Some(y), _) => i64::from(*y),
                (None, Some(d)) => i64::from(d.year()) + rel,
                (None, None) => return unresolved(&format!("XXXX-{code}")),
            };
            (
                format!("{year:04}-{code}"),
                if y.is_some() {
                    Anchor::None
                } else {
                    Anchor::Document
                },
            )
        }
        Val::Time { day, suffix } => {
            let (d, anchor) = resolve(day, ctx);
            (format!("{d}{suffix}"), anchor)
        }
        Val::WeekOf(day) => {
            let (d, anchor) = resolve(day, ctx);
            match NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                Ok(date) => {
                    let w = date.iso_week();
                    (format!("{:04}-W{:02}", w.year(), w.week()), anchor)
                }
                Err(_) => (d, anchor),
            }
        }
        Val::PastSeason { code } => {
            let Some(dct) = ctx.dct else {
                return unresolved(&format!("XXXX-{code}"));
            };
            let begins = match *code {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            let y = if begins < dct.month() {
                dct.year()
            } else {
                dct.year() - 1
            };
            (format!("{y:04}-{code}"), Anchor::Document)
        }
        Val::DayFrom { day, n } => {
            let (d, anchor) = resolve(day, ctx);
            match NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .ok()
                .and_then(|x| x.checked_add_signed(Duration::days(*n)))
            {
                Some(x) => (ymd(x), anchor),
                None => (d, anchor),
            }
        }
        Val::QuarterEnding(day) => {
            let (d, anchor) = resolve(day, ctx);
            match NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .ok()
                .and_then(|x| x.checked_sub_signed(Duration::days(45)))
            {
                Some(mid) => (
                    format!("{:04}-Q{}", mid.year(), (mid.month() - 1) / 3 + 1),
                    anchor,
                ),
                None => (d, anchor),
            }
        }
        Val::SomeWeek => match ctx.dct {
            Some(d) => (format!("{:04}-WXX", d.year()), Anchor::Document),
            None => unresolved("XXXX-WXX"),
        },
        Val::YearPeriod(y) => match ctx.last_quarter {
            Some((_, q)) => (format!("{y:04}-Q{q}"), Anchor::None),
            None => (format!("{y:04}"), Anchor::None),
        },
    }
}

/// `2022-Q3` → (2022, 3).
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    Some((
        y.parse().ok()?,
        q.parse().ok().filter(|q| (1..=4).contains(q))?,
    ))
}

fn date_value(y: i32, m: u32, d: Option<u32>) -> String {
    match d {
        Some(d) if NaiveDate::from_ymd_opt(y, m, d).is_some() => format!("{y:04}-{m:02}-{d:02}"),
        Some(d) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{y:04}-{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use herald_core::{Article, Doc};

    use super::*;
    use crate::segment::Segmenter;

    fn doc(text: &str, date: &str) -> Doc {
        let mut doc = Doc::new(&Article::new(
            text,
            NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        ))
        .unwrap();
        let seg = Segmenter.run(&doc).unwrap();
        doc.apply(seg);
        let times = TimeTagger.run(&doc).unwrap();
        doc.apply(times);
        doc
    }

    fn times(text: &str, date: &str) -> Vec<(String, &'static str, String)> {
        let d = doc(text, date);
        d.times()
            .iter()
            .map(|t| {
                (
                    d.text_of(t.span).to_owned(),
                    t.kind.as_str(),
                    t.value.clone(),
                )
            })
            .collect()
    }

    fn one(text: &str, date: &str) -> (String, &'static str, String) {
        let t = times(text, date);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        t.into_iter().next().unwrap()
    }

    fn v(text: &str, date: &str) -> String {
        one(text, date).2
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("They met on 6 February 2022.", "2022-03-01"),
            ("6 February 2022".into(), "DATE", "2022-02-06".into())
        );
        assert_eq!(
            v("They met on Feb. 6, 2022, in Paris.", "2023-01-01"),
            "2022-02-06"
        );
        assert_eq!(
            v("It was signed on 2022-02-06.", "2023-01-01"),
            "2022-02-06"
        );
        assert_eq!(v("It was signed on 2/6/2022.", "2023-01-01"), "2022-02-06");
        assert_eq!(
            v("Talks resumed in February 2022.", "2023-01-01"),
            "2022-02"
        );
        assert_eq!(v("The war began in 2014.", "2023-01-01"), "2014");
        assert_eq!(
            one("It was common in the 1990s.", "2023-01-01"),
            ("the 1990s".into(), "DATE", "199".into())
        );
        assert_eq!(v("Prices rose in mid-March.", "2023-04-01"), "2023-03");
    }

    #[test]
    fn seed_style_weekday_with_date() {
        let (text, kind, value) = one(
            "Macron spoke with Biden over a call on Sunday, 6 February, the White House said.",
            "2022-02-08",
        );
        assert_eq!(
            (text.as_str(), kind, value.as_str()),
            ("Sunday, 6 February", "DATE", "2022-02-06")
        );
    }

    #[test]
    fn a_past_verb_with_on_or_in_dates_its_act_behind() {
        assert_eq!(
            v(
                "Flynn resigned on February 13 after the reports.",
                "2017-12-01"
            ),
            "2017-02-13"
        );
        assert_eq!(
            v("The operative was indicted in January.", "2019-11-15"),
            "2019-01"
        );
        // Not an infinitive or a passive of what is to come.
        assert_eq!(
            v(
                "The sanctions were expected to hit on 4 August.",
                "2018-07-23"
            ),
            "2018-08-04"
        );
        assert_eq!(
            v("The summit will be held on February 13.", "2017-12-01"),
            "2018-02-13"
        );
    }

    #[test]
    fn since_puts_the_date_behind() {
        // Without "since" a month-day with no tense around it is the
        // nearest occurrence, here the coming one.
        assert_eq!(
            v(
                "Police have been looking for him since the Nov. 2 raid.",
                "2021-06-10"
            ),
            "2020-11-02"
        );
        assert_eq!(
            v(
                "Rents have doubled since shortly after the Dec. 1 vote.",
                "2022-07-15"
            ),
            "2021-12-01"
        );
        assert_eq!(
            v("The league has grown since September.", "2022-04-20"),
            "2021-09"
        );
    }

    #[test]
    fn year_end_is_the_year_with_end_as_modifier() {
        assert_eq!(
            one("The merger should close by year-end.", "2022-02-08"),
            ("year-end".into(), "DATE", "2022".into())
        );
        assert_eq!(v("Hiring stops at year's end.", "2022-02-08"), "2022");
        // a year-end already behind
        assert_eq!(
            v("Shares have fallen 8% since year-end.", "2022-02-08"),
            "2021"
        );
    }

    #[test]
    fn recent_years_are_the_past_recent_months_a_length() {
        assert_eq!(
            one("Farm incomes fell in recent years.", "2022-02-08"),
            ("recent years".into(), "DATE", "PAST_REF".into())
        );
        assert_eq!(
            one("Tourism has grown over past years.", "2022-02-08"),
            ("past years".into(), "DATE", "PAST_REF".into())
        );
        assert_eq!(
            one("Farm incomes fell in recent months.", "2022-02-08"),
            ("recent months".into(), "DURATION", "PXM".into())
        );
        assert_eq!(
            one("Exports should recover in coming years.", "2022-02-08"),
            ("coming years".into(), "DURATION", "PXY".into())
        );
    }

    #[test]
    fn bare_times_of_day_fall_on_the_day_under_discussion() {
        // 2022-02-08 is a Tuesday.
        let t = times(
            "The storm hit the coast on Saturday. At 6:40 a.m. the dam broke \
             and in the afternoon the town was evacuated.",
            "2022-02-08",
        );
        assert_eq!(
            t[1],
            ("6:40 a.m.".into(), "TIME", "2022-02-05T06:40".into())
        );
        assert_eq!(
            t[2],
            ("the afternoon".into(), "TIME", "2022-02-05TAF".into())
        );
        // with no day mentioned, the document date
        assert_eq!(
            one("The polls closed at 8 p.m.", "2022-02-08"),
            ("8 p.m.".into(), "TIME", "2022-02-08T20:00".into())
        );
        assert_eq!(
            one("The alarm sounded at 4 in the morning.", "2022-02-08"),
            ("4 in the morning".into(), "TIME", "2022-02-08T04:00".into())
        );
        assert_eq!(
            v("The talks ended at 7:30 in the evening.", "2022-02-08"),
            "2022-02-08T19:30"
        );
    }

    #[test]
    fn last_and_next_with_a_month_and_day() {
        assert_eq!(
            one(
                "The dam failed last Nov. 14 after heavy rain.",
                "2022-02-08"
            ),
            ("last Nov. 14".into(), "DATE", "2021-11-14".into())
        );
        assert_eq!(
            v("It was signed last February 2.", "2022-02-08"),
            "2022-02-02"
        );
        assert_eq!(
            v("It will be signed next February 2.", "2022-02-08"),
            "2023-02-02"
        );
        assert_eq!(v("Voting starts next March 6.", "2022-02-08"), "2022-03-06");
    }

    #[test]
    fn decades_with_two_digits() {
        assert_eq!(
            one("Sales were flat through the '80s.", "1991-02-08"),
            ("the '80s".into(), "DATE", "198".into())
        );
        assert_eq!(v("Bands of the ’60s toured again.", "1991-02-08"), "196");
    }

    #[test]
    fn may_and_march_before_the_noun_they_date() {
        assert_eq!(
            one("The March survey showed a drop.", "2022-04-08"),
            ("March".into(), "DATE", "2022-03".into())
        );
        assert!(times("He joined the March for Life.", "2022-04-08").is_empty());
        assert!(times("They recalled the March on Rome.", "2022-04-08").is_empty());
        assert!(times("Critics of the May government left.", "2022-04-08").is_empty());
    }

    #[test]
    fn colon_times_need_a_cue() {
        assert_eq!(
            one("The polls closed at 21:30.", "2022-02-08"),
            ("21:30".into(), "TIME", "2022-02-08T21:30".into())
        );
        assert_eq!(
            v("Trading halted until 9:45.", "2022-02-08"),
            "2022-02-08T09:45"
        );
        assert_eq!(v("It began 14:00 GMT.", "2022-02-08"), "2022-02-08T14:00");
        assert_eq!(
            one("12:25 – The minister arrives at the palace.", "2022-02-08").0,
            "12:25"
        );
        // a clip's length, a score
        assert!(times("Watch the interview 02:09 and the debate.", "2022-02-08").is_empty());
    }

    #[test]
    fn a_rate_adverb_after_an_amount_is_no_set() {
        assert!(times("Revenue should rise 8.5% annually.", "1989-10-26").is_empty());
        assert!(times("The plant would make 10,000 units annually.", "1989-10-26").is_empty());
        assert!(times("It pays $2 million annually.", "1989-10-26").is_empty());
        // no amount before: a set
        assert_eq!(
            v("It has doubled its profits annually.", "1989-10-26"),
            "P1Y"
        );
        assert_eq!(v("They meet on a daily basis.", "1989-10-26"), "P1D");
    }

    #[test]
    fn a_holiday_week_is_the_week_of_the_holiday() {
        // Easter 2000 was Sunday 23 April, in ISO week 16
        assert_eq!(
            one("Pilgrims arrived as Easter week began.", "2000-04-17"),
            ("Easter week".into(), "DATE", "2000-W16".into())
        );
    }

    #[test]
    fn the_first_two_quarters_are_the_first_half() {
        assert_eq!(
            one(
                "Prices will stay low through the first two quarters of 1990.",
                "1989-10-26"
            ),
            (
                "the first two quarters of 1990".into(),
                "DATE",
                "1990-H1".into()
            )
        );
    }

    #[test]
    fn then_current_is_the_past() {
        assert_eq!(
            one(
                "Holders may buy shares at the then current price.",
                "1989-10-26"
            ),
            ("then current".into(), "DATE", "PAST_REF".into())
        );
        assert_eq!(v("The current price is low.", "1989-10-26"), "PRESENT_REF");
    }

    #[test]
    fn the_quarter_ended_a_day_is_the_calendar_quarter_of_its_middle_month() {
        // May to July: mostly the second quarter
        let t = times("In the quarter ended July 31, sales rose.", "1989-10-30");
        assert_eq!(t[0], ("the quarter".into(), "DATE", "1989-Q2".into()));
        let t = times(
            "Net fell for the quarter ended Sept. 30, 1989.",
            "1989-10-30",
        );
        assert_eq!(t[0], ("the quarter".into(), "DATE", "1989-Q3".into()));
    }

    #[test]
    fn a_day_before_or_after_a_day_named() {
        // Tuesday 22 February 2000
        assert_eq!(
            one(
                "He went there the day before last Tuesday's hearing.",
                "2000-02-24"
            ),
            (
                "day before last Tuesday".into(),
                "DATE",
                "2000-02-21".into()
            )
        );
        assert_eq!(
            v("They left the day after Jan. 6.", "2000-02-24"),
            "2000-01-07"
        );
        // no day after it: not an expression of its own
        assert!(times("He called the day before.", "2000-02-24").is_empty());
    }

    #[test]
    fn prefixed_years_and_a_later_date() {
        assert_eq!(
            one("The post-1959 politics split families.", "2000-02-24"),
            ("post-1959".into(), "DATE", "1959".into())
        );
        assert_eq!(v("The pre-1990 rules apply.", "2000-02-24"), "1990");
        assert_eq!(
            one("It may sell shares at a later date.", "1989-10-26"),
            ("a later date".into(), "DATE", "FUTURE_REF".into())
        );
    }

    #[test]
    fn a_count_of_qualified_days_is_a_duration() {
        assert_eq!(
            one(
                "Eight trading days after the crash, shares recovered.",
                "1989-10-30"
            ),
            ("Eight trading days".into(), "DURATION", "P8D".into())
        );
        assert_eq!(
            v("Prices fell for three straight weeks.", "1989-10-30"),
            "P3W"
        );
        assert_eq!(v("It takes five business days.", "1989-10-30"), "P5D");
        // not before another noun
        assert!(times("He had five business partners.", "1989-10-30").is_empty());
    }

    #[test]
    fn a_year_earlier_length_is_a_length() {
        let t = times(
            "Net for the first nine months rose; net for the year-earlier nine \
             months included a gain.",
            "1989-10-26",
        );
        assert_eq!(
            t[1],
            (
                "the year-earlier nine months".into(),
                "DURATION",
                "P9M".into()
            )
        );
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn a_weekday_with_a_plural_part_of_day_recurs() {
        assert_eq!(
            one("Flights leave Bombay on Tuesday nights.", "1998-02-13"),
            ("Tuesday nights".into(), "SET", "XXXX-WXX-2TNI".into())
        );
        assert_eq!(
            v("The market opens on Sunday mornings.", "1998-02-13"),
            "XXXX-WXX-7TMO"
        );
        // one night: that day
        assert_eq!(
            v("The flight left on Tuesday night.", "1998-02-13"),
            "1998-02-10"
        );
    }

    #[test]
    fn a_period_named_a_year_back_is_the_reported_quarter_a_year_back() {
        let t = times(
            "Third-quarter net fell to $2 million from $3 million in the same \
             period last year. Sales in last year's quarter were $9 million.",
            "2021-10-20",
        );
        assert_eq!(
            t[1],
            ("the same period last year".into(), "DATE", "2020-Q3".into())
        );
        assert_eq!(
            t[2],
            ("last year's quarter".into(), "DATE", "2020-Q3".into())
        );
        let t = times(
            "The third quarter was weak. For the quarter a year ago, it earned \
             $5 million; in the comparable year-ago quarter it had no charges.",
            "2021-10-20",
        );
        assert_eq!(
            t[1],
            ("the quarter a year ago".into(), "DATE", "2020-Q3".into())
        );
        assert_eq!(
            t[2],
            (
                "the comparable year-ago quarter".into(),
                "DATE",
                "2020-Q3".into()
            )
        );
        // without a quarter in the text, the year before
        assert_eq!(
            one(
                "Sales rose from the corresponding period a year earlier.",
                "2021-10-20"
            ),
            (
                "the corresponding period a year earlier".into(),
                "DATE",
                "2020".into()
            )
        );
    }

    #[test]
    fn a_year_earlier_compares_with_the_quarter_the_report_is_about() {
        // The report's own quarter, named first, not the one named in
        // passing; a quarter of long ago is history.
        let t = times(
            "Third-quarter profit rose to $9 million. Unlike a weak second quarter, \
             sales grew. Profit was $7 million a year earlier.",
            "2021-10-20",
        );
        assert_eq!(t[2], ("a year earlier".into(), "DATE", "2020-Q3".into()));
        let t = times(
            "It last cut its dividend in the second quarter of 1998. Third-quarter \
             net rose from a year ago.",
            "2021-10-20",
        );
        assert_eq!(t[2], ("a year ago".into(), "DATE", "2020-Q3".into()));
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2022-02-08 is a Tuesday.
        assert_eq!(v("Scholz met Biden on Sunday.", "2022-02-08"), "2022-02-06");
        assert_eq!(
            v("Scholz will meet Biden on Sunday.", "2022-02-08"),
            "2022-02-13"
        );
        assert_eq!(
            v("The vote was held on Tuesday.", "2022-02-08"),
            "2022-02-08"
        );
        assert_eq!(v("They will meet next Monday.", "2022-02-08"), "2022-02-14");
        assert_eq!(v("They met last Friday.", "2022-02-08"), "2022-02-04");
        // A scheduled act in the present looks ahead; not after "did not".
        assert_eq!(
            v("Scholz and Biden meet separately Friday.", "2022-02-08"),
            "2022-02-11"
        );
        assert_eq!(
            v("Scholz heads to Washington on Friday.", "2022-02-08"),
            "2022-02-11"
        );
        assert_eq!(
            v("Scholz did not meet Biden on Friday.", "2022-02-08"),
            "2022-02-04"
        );
    }

    #[test]
    fn deadlines_and_weekdays_from_the_last_day() {
        // 2022-02-08 is a Tuesday.
        assert_eq!(
            v("The vote was postponed until Friday.", "2022-02-08"),
            "2022-02-11"
        );
        assert_eq!(
            v("Until Friday, they had said nothing.", "2022-02-08"),
            "2022-02-04"
        );
        assert_eq!(
            v(
                "The sale is part of a plan to repay the loan by May.",
                "2022-10-08"
            ),
            "2023-05"
        );
        assert_eq!(
            v("Ten members had filed reports by Monday.", "2022-02-08"),
            "2022-02-07"
        );
        // A month in past narration other than reported speech is behind.
        assert_eq!(
            v("In January, the firm bought a rival.", "2022-10-08"),
            "2022-01"
        );
        assert_eq!(
            v(
                "The firm said it would buy a rival in January.",
                "2022-10-08"
            ),
            "2023-01"
        );
        assert_eq!(
            v("Officials were set to meet Thursday.", "2022-02-08"),
            "2022-02-10"
        );
        assert_eq!(
            v("Unions planned a rally on Saturday.", "2022-02-08"),
            "2022-02-12"
        );
        // A past verb right before a date puts it behind the document
        // date; a participle after "be" does not.
        assert_eq!(
            v("Its fiscal year ended Jan. 31, it said.", "1989-10-31"),
            "1989-01-31"
        );
        assert_eq!(
            v("The dividend will be paid Dec. 14, it said.", "1989-10-26"),
            "1989-12-14"
        );
        // A plan in the past perfect is over.
        assert_eq!(
            v(
                "The offer had been scheduled to expire Friday.",
                "2022-02-08"
            ),
            "2022-02-04"
        );
        // A capitalised name in -ed is no past verb.
        assert_eq!(
            v(
                "He would be traveling to the United States Thursday.",
                "2022-02-08"
            ),
            "2022-02-10"
        );
        let d = doc(
            "Shares fell on Friday. They had risen the previous Monday.",
            "2022-02-08",
        );
        assert_eq!(d.times()[0].value, "2022-02-04");
        assert_eq!(d.times()[1].value, "2022-01-31");
        assert_eq!(d.times()[1].anchor, Anchor::Timex(0));
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(v("The talks ended yesterday.", "2022-02-08"), "2022-02-07");
        assert_eq!(v("They will meet tomorrow.", "2022-02-08"), "2022-02-09");
        assert_eq!(v("Prices fell last week.", "2022-02-08"), "2022-W05");
        assert_eq!(v("Prices fell last month.", "2022-02-08"), "2022-01");
        assert_eq!(v("Elections are due next year.", "2022-02-08"), "2023");
        assert_eq!(
            one("Talks ended two days ago.", "2022-02-08"),
            ("two days ago".into(), "DATE", "2022-02-06".into())
        );
        assert_eq!(
            one("It grew earlier this month.", "2022-02-08"),
            ("earlier this month".into(), "DATE", "2022-02".into())
        );
        assert_eq!(
            v("Sales rose in the fourth quarter.", "1989-10-27"),
            "1989-Q4"
        );
        assert_eq!(v("Third-quarter profit fell.", "1989-10-27"), "1989-Q3");
        assert_eq!(v("The strike began last April.", "1989-10-27"), "1989-04");
        assert_eq!(
            v("The strike began last February.", "1998-03-01"),
            "1997-02"
        );
        assert_eq!(v("Nothing happened this summer.", "2021-08-01"), "2021-SU");
        assert_eq!(
            one("It closed this past spring.", "1989-10-30"),
            ("this past spring".into(), "DATE", "1989-SP".into())
        );
        assert_eq!(v("It closed this past summer.", "1990-02-10"), "1989-SU");
        assert_eq!(
            one("Profit will fall in the last half of 2021.", "2021-03-01"),
            ("the last half of 2021".into(), "DATE", "2021-H2".into())
        );
    }

    #[test]
    fn anchored_on_the_last_date() {
        let d = doc(
            "The summit opened on 6 June 2021. Protests had begun the previous day.",
            "2021-06-20",
        );
        let t = d.times();
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].value, "2021-06-05");
        assert_eq!(t[1].anchor, Anchor::Timex(0));
        assert_eq!(d.text_of(t[1].span), "the previous day");
    }

    #[test]
    fn anchored_on_the_last_month_or_year() {
        let d = doc(
            "The board met in March. The following month it sold the unit.",
            "2021-10-20",
        );
        assert_eq!(d.times()[1].value, "2021-04");
        assert_eq!(d.times()[1].anchor, Anchor::Timex(0));
        let d = doc(
            "She left in June 1998 and came back later that year.",
            "2000-01-28",
        );
        assert_eq!(d.text_of(d.times()[1].span), "later that year");
        assert_eq!(d.times()[1].value, "1998");
        // "a year ago" is no new point to count from.
        let d = doc(
            "Sales were $3 million a year ago and $2 million a year earlier.",
            "2021-10-20",
        );
        assert_eq!(d.times()[1].value, "2020");
    }

    #[test]
    fn durations_sets_times_and_references() {
        assert_eq!(
            one("Fighting lasted for three days.", "2022-02-08"),
            ("three days".into(), "DURATION", "P3D".into())
        );
        assert_eq!(v("A 24-hour truce held.", "2022-02-08"), "PT24H");
        assert_eq!(
            v("Output fell in the past two months.", "2022-02-08"),
            "P2M"
        );
        assert_eq!(v("It took less than one hour.", "2022-02-08"), "PT1H");
        assert_eq!(
            v("It has grown over the past decade.", "2022-02-08"),
            "P10Y"
        );
        assert_eq!(
            one("Patrols run every Monday.", "2022-02-08"),
            ("every Monday".into(), "SET", "XXXX-WXX-1".into())
        );
        assert_eq!(
            one("Marchers parade each July.", "2022-02-08"),
            ("each July".into(), "SET", "XXXX-07".into())
        );
        assert_eq!(
            one("Briefings are held daily.", "2022-02-08"),
            ("daily".into(), "SET", "P1D".into())
        );
        assert_eq!(
            one("The vote begins at 10:30 a.m.", "2022-02-08"),
            ("10:30 a.m.".into(), "TIME", "2022-02-08T10:30".into())
        );
        assert_eq!(
            one("He arrived yesterday morning.", "2022-02-08"),
            ("yesterday morning".into(), "TIME", "2022-02-07TMO".into())
        );
        assert_eq!(
            v("The ministry recently said so.", "2022-02-08"),
            "PAST_REF"
        );
        assert_eq!(
            v("Troops are now at the border.", "2022-02-08"),
            "PRESENT_REF"
        );
        assert_eq!(
            one("Talks will go on in the coming weeks.", "2022-02-08").2,
            "PXW"
        );
    }

    #[test]
    fn holidays_follow_their_calendar_rules() {
        assert_eq!(
            v("The talks resumed after Thanksgiving.", "1999-12-01"),
            "1999-11-25"
        );
        assert_eq!(
            v("Shops closed on Christmas Eve.", "2021-12-28"),
            "2021-12-24"
        );
        assert_eq!(
            v("Protests began at Easter 2019.", "2021-01-01"),
            "2019-04-21"
        );
        assert_eq!(
            v("Voters went to the polls on Election Day.", "2020-11-05"),
            "2020-11-03"
        );
        assert_eq!(
            v("Parades are held on Memorial Day.", "2021-05-01"),
            "2021-05-31"
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_after_it() {
        assert_eq!(
            times(
                "Gross landed shortly before noon on Wednesday.",
                "2014-12-18"
            ),
            vec![
                ("noon".into(), "TIME", "2014-12-17T12:00".into()),
                ("Wednesday".into(), "DATE", "2014-12-17".into())
            ]
        );
        assert_eq!(
            times(
                "A curfew holds until 6 a.m. local time Saturday.",
                "2014-12-18"
            ),
            vec![(
                "6 a.m. local time Saturday".into(),
                "TIME",
                "2014-12-20T06:00".into()
            )]
        );
    }

    #[test]
    fn not_times() {
        assert!(times("Some 2000 troops and 1,500 tanks crossed.", "2022-02-08").is_empty());
        assert!(times("You may march on the square.", "2022-02-08").is_empty());
        assert!(times("The score was 2/6 at half-time.", "2022-02-08").is_empty());
        assert!(times("He paid $2000 for it.", "2022-02-08").is_empty());
        assert!(times("The governor signed HB 1228 and SB 1070.", "2022-02-08").is_empty());
        assert!(times("Resolution 2254 and Flight 1549 were named.", "2022-02-08").is_empty());
        let t = times("The city fell in AD 1066 and in 1991.", "2022-02-08");
        assert_eq!(t.len(), 2, "{t:?}");
    }

    #[test]
    fn ages_and_rates_are_not_durations() {
        assert!(times("The mayor, 61 years old, resigned.", "2022-02-08").is_empty());
        assert!(times("The plan costs $4 million a year.", "2022-02-08").is_empty());
        assert!(times("Sales reached 40,000 a month.", "2022-02-08").is_empty());
        assert!(times("The ferry line adds three crossings a week.", "2022-02-08").is_empty());
        assert!(times("The plant makes 900 engines a day.", "2022-02-08").is_empty());
        assert_eq!(
            one("The strikers met twice a week.", "2022-02-08"),
            ("a week".into(), "SET", "P1W".into())
        );
        assert_eq!(
            one("Profit was $4 million a year earlier.", "2022-02-08").0,
            "a year earlier"
        );
    }

    #[test]
    fn halves_of_units() {
        assert_eq!(
            one("The siege lasted 3 1/2 years.", "2022-02-08"),
            ("3 1/2 years".into(), "DURATION", "P3Y6M".into())
        );
        assert_eq!(
            one("The vote took an hour and a half.", "2022-02-08"),
            ("an hour and a half".into(), "DURATION", "PT1H30M".into())
        );
    }

    #[test]
    fn current_and_other_vague_references() {
        assert_eq!(
            one("Under current rules, nothing changes.", "2022-02-08"),
            ("current".into(), "DATE", "PRESENT_REF".into())
        );
        assert_eq!(
            one("He kept the current minister in office.", "2022-02-08").0,
            "current"
        );
        assert_eq!(
            one("The ministry posts the daily count.", "2022-02-08"),
            ("daily".into(), "SET", "P1D".into())
        );
        assert_eq!(
            one("They oppose the recently passed law.", "2022-02-08").0,
            "recently"
        );
        assert_eq!(
            one("Prices will stay high in the near term.", "2022-02-08"),
            ("the near term".into(), "DATE", "FUTURE_REF".into())
        );
        assert_eq!(
            one("Few parties campaign that way these days.", "2022-02-08"),
            ("these days".into(), "DATE", "PRESENT_REF".into())
        );
        assert_eq!(
            one("Shelling resumed last night.", "2022-02-08"),
            ("last night".into(), "TIME", "2022-02-07TNI".into())
        );
    }

    #[test]
    fn periods_named_by_their_unit() {
        assert_eq!(
            one("Exports fell 3% for the year.", "2021-11-02"),
            ("the year".into(), "DATE", "2021".into())
        );
        assert_eq!(
            one("Revenue rose in the full year.", "2021-11-02").2,
            "2021"
        );
        assert_eq!(
            one("Revenue rose in the latest fiscal year.", "2021-11-02").2,
            "2020"
        );
        assert_eq!(
            times("It lost money in the year ended June 30.", "2021-11-02")[0],
            ("the year".into(), "DURATION", "P1Y".into())
        );
        assert_eq!(
            one("The index fell 2% for the week.", "2021-11-02"),
            ("the week".into(), "DATE", "2021-WXX".into())
        );
        assert_eq!(
            one("Output grew in the latest period.", "2021-11-02"),
            ("the latest period".into(), "DATE", "2021-Q3".into())
        );
        assert!(times("The year 2000 came and went.", "2021-11-02")
            .iter()
            .all(|t| t.2 == "2000"));
    }

    #[test]
    fn quarters_fiscal_and_of_named_years() {
        // A quarter not begun yet, reported in the past, is last year's.
        assert_eq!(
            v("Profits fell in the fourth quarter.", "2022-01-20"),
            "2021-Q4"
        );
        assert_eq!(
            one("Sales rose in the fiscal first quarter.", "2021-10-20"),
            ("the fiscal first quarter".into(), "DATE", "2021-Q1".into())
        );
        // hyphenated, and setting the grain of a later "a year earlier"
        let t = times(
            "Net rose in the fiscal-second quarter from $3 million a year earlier.",
            "2021-11-20",
        );
        assert_eq!(
            t[0],
            ("the fiscal-second quarter".into(), "DATE", "2021-Q2".into())
        );
        assert_eq!(t[1], ("a year earlier".into(), "DATE", "2020-Q2".into()));
        // "the 2020 period" takes the quarter of the last one named.
        let t = times(
            "Profit rose in the third quarter, against a loss in the 2020 period.",
            "2021-10-20",
        );
        assert_eq!(t[1], ("the 2020 period".into(), "DATE", "2020-Q3".into()));
    }

    #[test]
    fn centuries_weeks_of_and_modified_periods() {
        assert_eq!(
            one("It was built in the 11th century.", "2022-02-08"),
            ("the 11th century".into(), "DATE", "10".into())
        );
        assert_eq!(
            one("A hearing is set for the week of March 7.", "2022-02-08"),
            ("the week of March 7".into(), "DATE", "2022-W10".into())
        );
        assert_eq!(
            one("Rains fell earlier in the year.", "2022-10-08"),
            ("earlier in the year".into(), "DATE", "2022".into())
        );
        assert_eq!(
            one("They met a week or so ago.", "2022-02-08"),
            ("a week or so ago".into(), "DATE", "2022-02-01".into())
        );
    }

    #[test]
    fn centuries_and_millennia_as_lengths() {
        assert_eq!(
            one("The valley was farmed for centuries.", "2022-02-08"),
            ("centuries".into(), "DURATION", "PXC".into())
        );
        assert_eq!(
            v(
                "The craft has been passed down for two thousand years.",
                "2022-02-08"
            ),
            "P2L"
        );
        assert!(times("The town is three thousand years old.", "2022-02-08").is_empty());
        assert_eq!(
            v("The empire lasted a thousand years.", "2022-02-08"),
            "P1L"
        );
        assert_eq!(v("The tree is 300 years younger.", "2022-02-08"), "P300Y");
        assert_eq!(v("It stood for two centuries.", "2022-02-08"), "P200Y");
    }

    #[test]
    fn a_count_later_is_a_length() {
        assert_eq!(
            one(
                "The talks collapsed. Three days later, fighting resumed.",
                "2022-02-08"
            ),
            ("Three days".into(), "DURATION", "P3D".into())
        );
        assert_eq!(
            one(
                "He was taken to hospital and died an hour later.",
                "2022-02-08"
            ),
            ("an hour".into(), "DURATION", "PT1H".into())
        );
        // "earlier" still counts back from the last date
        assert_eq!(
            times(
                "On March 3 the bridge opened. A day earlier it was tested.",
                "2022-04-08"
            )[1],
            ("A day earlier".into(), "DATE", "2022-03-02".into())
        );
    }

    #[test]
    fn a_weekday_with_a_possessive_is_the_one_just_past() {
        // 2022-02-11 is a Friday; "would" alone would look ahead
        assert_eq!(
            v(
                "Lawyers said they would appeal Wednesday's ruling.",
                "2022-02-11"
            ),
            "2022-02-09"
        );
        assert_eq!(
            v("Lawyers said they would appeal on Wednesday.", "2022-02-11"),
            "2022-02-16"
        );
        // ahead, by the words before it
        assert_eq!(
            v("Parties campaigned ahead of Sunday's vote.", "2022-02-11"),
            "2022-02-13"
        );
        assert_eq!(
            v("The minister will attend Monday's summit.", "2022-02-11"),
            "2022-02-14"
        );
    }

    #[test]
    fn the_nth_day_of_an_event_is_today() {
        assert_eq!(
            one(
                "It's the third day of the strike at the port.",
                "2022-02-08"
            ),
            ("the third day".into(), "DATE", "2022-02-08".into())
        );
        assert_eq!(
            times("Today is the tenth day of the siege.", "2022-02-08")[1],
            ("the tenth day".into(), "DATE", "2022-02-08".into())
        );
        // not without the present copula
        assert!(times("He resigned on the third day of the strike.", "2022-02-08").is_empty());
    }

    #[test]
    fn an_average_per_unit_is_no_set() {
        assert!(times("Average daily volume was 130 million shares.", "2022-02-08").is_empty());
        assert_eq!(
            one("The agency publishes a daily tally.", "2022-02-08"),
            ("daily".into(), "SET", "P1D".into())
        );
    }

    #[test]
    fn one_day_after_a_modal_is_ahead() {
        assert_eq!(
            one(
                "She hopes the city will one day host the games.",
                "2022-02-08"
            ),
            ("one day".into(), "DATE", "FUTURE_REF".into())
        );
        assert_eq!(v("The trial lasted one day.", "2022-02-08"), "P1D");
    }

    #[test]
    fn bounds_before_a_length_and_the_mid_decade() {
        assert_eq!(
            one("The tour is likely to last over a week.", "2022-02-08"),
            ("over a week".into(), "DURATION", "P1W".into())
        );
        assert_eq!(
            one("Sites may open for no more than sixty days.", "2022-02-08"),
            ("no more than sixty days".into(), "DURATION", "P60D".into())
        );
        // "over" as "during" before the past: not part of it
        assert_eq!(
            one("Prices fell over the past two weeks.", "2022-02-08").0,
            "the past two weeks"
        );
        assert_eq!(
            one(
                "It aims for half the market by the mid-1990s.",
                "1989-10-26"
            ),
            ("the mid-1990s".into(), "DATE", "199".into())
        );
    }

    #[test]
    fn pairs_of_days_and_phrases_of_the_past() {
        assert_eq!(
            times("Leaders meet on May 4 and 5 in Rome.", "2022-02-08"),
            vec![
                ("May 4".into(), "DATE", "2022-05-04".into()),
                ("5".into(), "DATE", "2022-05-05".into())
            ]
        );
        assert_eq!(
            times("On May 4 and 5 delegates voted.", "2022-06-08").len(),
            1
        );
        assert_eq!(
            one("They did better in the past.", "2022-02-08"),
            ("the past".into(), "DATE", "PAST_REF".into())
        );
        assert_eq!(
            one("Sales slowed in the early summer.", "2022-10-08"),
            ("the early summer".into(), "DATE", "2022-SU".into())
        );
        assert_eq!(
            one("Prices may rise in the weeks ahead.", "2022-10-08"),
            ("the weeks ahead".into(), "DURATION", "PXW".into())
        );
        let d = doc(
            "The court met on 6 June 2021. It ruled the next morning.",
            "2021-06-20",
        );
        assert_eq!(d.times()[1].value, "2021-06-07TMO");
    }

    #[test]
    fn the_past_year_thousands_and_rates_before_earlier() {
        assert_eq!(
            one("Crime rose over the past year.", "2022-02-08"),
            ("the past year".into(), "DATE", "2021".into())
        );
        assert_eq!(
            one("The craft is older than two thousand years.", "2022-02-08"),
            ("two thousand years".into(), "DURATION", "P2L".into())
        );
        assert_eq!(
            one("Turnout was 40% a year earlier.", "2022-02-08"),
            ("a year earlier".into(), "DATE", "2021".into())
        );
    }

    #[test]
    fn titles_and_fractions_are_not_times() {
        assert!(times(
            "He said on ABC's \"This Week\" that talks failed.",
            "2022-02-08"
        )
        .is_empty());
        assert!(times("She spoke to CBS's 60 Minutes about it.", "2022-02-08").is_empty());
        assert!(times(
            "Funds hold more than a quarter of the market.",
            "2022-02-08"
        )
        .is_empty());
        assert_eq!(
            one("Shops close on Thanksgiving Day.", "2021-12-01").0,
            "Thanksgiving Day"
        );
        assert_eq!(
            one(
                "Profit rose after several quarters of losses.",
                "2021-12-01"
            )
            .2,
            "PXQ"
        );
    }

    #[test]
    fn mid_parts_of_days_and_long_compounds() {
        assert_eq!(
            one("Shares rose by mid-afternoon yesterday.", "2022-02-08"),
            (
                "mid-afternoon yesterday".into(),
                "TIME",
                "2022-02-07TAF".into()
            )
        );
        assert_eq!(
            one("By mid afternoon the talks were over.", "2022-02-08"),
            ("mid afternoon".into(), "TIME", "2022-02-08TAF".into())
        );
        assert_eq!(
            one("It ended a decades-long feud.", "2022-02-08"),
            ("decades-long".into(), "DURATION", "PXY".into())
        );
        assert_eq!(v("They left a day-long meeting.", "2022-02-08"), "P1D");
    }

    #[test]
    fn no_document_date_leaves_placeholders() {
        assert_eq!(v("They met on Sunday.", ""), "XXXX-WXX-7");
        assert_eq!(v("They met on 6 February.", ""), "XXXX-02-06");
        assert_eq!(v("They met on 6 February 2022.", ""), "2022-02-06");
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_keeps_its_date() {
        let d = doc(
            "Comey, who was fired last year, documented a conversation.",
            "2018-08-15",
        );
        let span = d.sentences()[0].span;
        let t = d.times()[0].span;
        let rel = relative_clause_of(&d, t).expect("in a relative clause");
        assert_eq!(d.text_of(rel), "who was fired last year");
        // The whole sentence's date is last year; outside the clause, the
        // document's.
        assert_eq!(
            event_date(&d, span).map(|e| e.source),
            Some(DateSource::Text)
        );
        let outside = event_date_outside_relatives(&d, span).unwrap();
        assert_eq!(
            (outside.value(), outside.source),
            ("2018-08-15".into(), DateSource::Document)
        );
        // A restrictive clause or one without a comma is no such clause.
        let d = doc("The man who was fired last year spoke.", "2018-08-15");
        assert!(relative_clause_of(&d, d.times()[0].span).is_none());
    }

    #[test]
    fn event_dates_past_future_anchored_and_fallback() {
        let d = doc(
            "Macron spoke with Biden on Sunday, 6 February. Talks continue.",
            "2022-02-08",
        );
        let s = &d.sentences()[0];
        let e = event_date(&d, s.span).unwrap();
        assert_eq!(
            (e.value().as_str(), e.source, e.time_ref),
            ("2022-02-06", DateSource::Text, Some(0))
        );
        let e = event_date(&d, d.sentences()[1].span).unwrap();
        assert_eq!(
            (e.value().as_str(), e.source),
            ("2022-02-08", DateSource::Document)
        );

        let e = first_date("Scholz will visit Moscow next month.", "2022-02-08");
        assert_eq!(
            (e.value().as_str(), e.precision),
            ("2022-03", Precision::Month)
        );

        let d = doc(
            "The summit opened on 6 June 2021. Leaders had arrived the previous day.",
            "2021-06-20",
        );
        let e = event_date(&d, d.sentences()[1].span).unwrap();
        assert_eq!((e.value().as_str(), e.time_ref), ("2021-06-05", Some(1)));

        let d = doc("Talks continue.", "");
        assert_eq!(event_date(&d, d.sentences()[0].span), None);
    }

    #[test]
    fn a_date_that_names_a_thing_dates_no_other_act() {
        // "the 2016 election" dates the election, not the denial.
        let e = first_date(
            "Russia has denied interfering in the 2016 U.S. presidential election.",
            "2019-10-20",
        );
        assert_eq!(
            (e.value().as_str(), e.source),
            ("2019-10-20", DateSource::Document)
        );
        // A time frame does date it: "in a Friday statement", "during a
        // July visit"; so does a coming event one goes to.
        let e = first_date("In a Friday statement, Biden praised Macron.", "2019-10-20");
        assert_eq!(e.value(), "2019-10-18");
        let e = first_date(
            "Biden met Ghani during a July visit to Kabul.",
            "2019-10-20",
        );
        assert_eq!(e.value(), "2019-07");
        let e = first_date(
            "Sarkozy heads to Beijing for the Friday opening.",
            "2008-08-07",
        );
        assert_eq!(e.value(), "2008-08-08");
        // Not a period: the veto is vowed now.
        let e = first_date(
            "Reagan vowed to veto any tax increase for the 1988 financial year.",
            "1987-06-29",
        );
        assert_eq!(e.source, DateSource::Document);
    }

    /// [`event_date`] of the first sentence of `text`, dated `dct`.
    fn first_date(text: &str, dct: &str) -> EventDate {
        let d = doc(text, dct);
        event_date(&d, d.sentences()[0].span).unwrap()
    }

    #[test]
    fn a_relative_clause_has_the_date_of_its_noun() {
        let d = doc(
            "Attacks include an Aug. 15 car bombing in Beirut that killed 27 people.",
            "2019-10-20",
        );
        let clause = span_of(&d, "that killed 27 people");
        let e = antecedent_date(&d, clause, &[]).unwrap();
        assert_eq!(e.value(), "2019-08-15");
        // Not across another act.
        let d = doc(
            "The 2016 election ended and Russia attacked Ukraine, which fought back.",
            "2019-10-20",
        );
        let clause = span_of(&d, "which fought back");
        let attacked = span_of(&d, "attacked");
        assert!(antecedent_date(&d, clause, &[attacked]).is_none());
    }

    /// The span of the first occurrence of `w` in the document's text.
    fn span_of(d: &Doc, w: &str) -> Span {
        let at = d.text().find(w).unwrap() as u32;
        Span::new(at, at + w.len() as u32)
    }

    #[test]
    fn a_clause_dates_its_own_predicate() {
        let d = doc(
            "Kerry heads to Geneva on Thursday for talks with Lavrov, who offered the plan Monday.",
            "2013-09-10",
        );
        let whole = d.sentences()[0].span;
        // The nearest date of the clause, on either side.
        let offered = clause_date(&d, whole, span_of(&d, "offered"), &[]).unwrap();
        assert_eq!(offered.value(), "2013-09-09");
        let talks = clause_date(&d, whole, span_of(&d, "talks"), &[]).unwrap();
        assert_eq!(talks.value(), "2013-09-12");
        // A date outside the clause is not the clause's.
        let clause = Span::new(span_of(&d, "for talks").start, span_of(&d, "who").start);
        let talks = clause_date(&d, clause, span_of(&d, "talks"), &[]);
        assert_eq!(talks, None);

        // A date with another predicate in between is that one's, even when
        // it stands nearer.
        let d = doc(
            "Hollande will meet Merkel on Wednesday and travel to Moscow to meet with Russian President Vladimir Putin and his ministers on Thursday.",
            "2015-11-23",
        );
        let whole = d.sentences()[0].span;
        let at = Span::new(span_of(&d, "to meet").start + 3, span_of(&d, "to meet").end);
        let e = clause_date(&d, whole, at, &[]).unwrap();
        assert_eq!(
            e.value(),
            "2015-11-25",
            "the nearer date, with nothing between"
        );
        let e = clause_date(&d, whole, at, &[span_of(&d, "travel")]).unwrap();
        assert_eq!(e.value(), "2015-11-26");
        // A week dates its month when it lies in one; a season its year.
        let d = doc("Leadsom denied it last week.", "2016-07-20");
        let e = clause_date(&d, d.sentences()[0].span, span_of(&d, "denied"), &[]).unwrap();
        assert_eq!(
            (e.value().as_str(), e.precision),
            ("2016-07", Precision::Month)
        );
        let d = doc("Leadsom denied it last week.", "2016-07-04");
        let e = event_date(&d, d.sentences()[0].span).unwrap();
        assert_eq!((e.value().as_str(), e.source), ("2016", DateSource::Text));
        let d = doc("Kim came to the table in summer 2018.", "2019-05-27");
        let e = event_date(&d, d.sentences()[0].span).unwrap();
        assert_eq!(e.value(), "2018");

        // The bound of a period dates no act in it.
        let d = doc(
            "North Korea said it conducted a test, its fifth since 2006.",
            "2016-09-09",
        );
        let whole = d.sentences()[0].span;
        assert_eq!(clause_date(&d, whole, span_of(&d, "test"), &[]), None);

        // A date before a conjunction is the earlier conjunct's.
        let d = doc(
            "On Monday, Iran said it charged 36 people over the killing in January and demanded help.",
            "2020-07-02",
        );
        let whole = d.sentences()[0].span;
        let e = clause_date(&d, whole, span_of(&d, "killing"), &[]).unwrap();
        assert_eq!(e.value(), "2020-01");
        let e = clause_date(&d, whole, span_of(&d, "demanded"), &[]).unwrap();
        assert_eq!(e.value(), "2020-06-29");

        let d = doc(
            "Troops will arrive on Monday and then leave for the border to attack.",
            "2015-11-23",
        );
        let whole = d.sentences()[0].span;
        let attack = span_of(&d, "attack");
        assert!(clause_date(&d, whole, attack, &[]).is_some());
        assert_eq!(
            clause_date(&d, whole, attack, &[span_of(&d, "leave")]),
            None
        );

        // A date that modifies a noun dates that noun, not the verb.
        let d = doc(
            "The council will meet Tuesday to discuss Sunday's rocket test.",
            "2017-05-21",
        );
        let whole = d.sentences()[0].span;
        let e = clause_date(&d, whole, span_of(&d, "discuss"), &[]).unwrap();
        assert_eq!(e.value(), "2017-05-23");
        let e = clause_date(&d, whole, span_of(&d, "test"), &[]).unwrap();
        assert_eq!(e.value(), "2017-05-21", "Sunday's test");
        let d = doc(
            "Iran stopped complying with the 2015 deal in May.",
            "2019-07-06",
        );
        let whole = d.sentences()[0].span;
        let e = clause_date(&d, whole, span_of(&d, "complying"), &[]).unwrap();
        assert_eq!(e.value(), "2019-05");
        let e = clause_date(&d, whole, span_of(&d, "deal"), &[]).unwrap();
        assert_eq!(e.value(), "2015");
    }
}

#[cfg(test)]
mod proptests {
    use herald_core::{Article, Doc, Stage};
    use proptest::prelude::*;

    use super::*;
    use crate::segment::Segmenter;

    /// Pieces of text that reach the time rules, mixed with arbitrary strings.
    fn time_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("the".to_owned()),
            Just("last".to_owned()),
            Just("next".to_owned()),
            Just("previous".to_owned()),
            Just("week".to_owned()),
            Just("years".to_owned()),
            Just("quarter".to_owned()),
            Just("fiscal".to_owned()),
            Just("Feb.".to_owned()),
            Just("May".to_owned()),
            Just("Sunday".to_owned()),
            Just("morning".to_owned()),
            Just("ago".to_owned()),
            Just("earlier".to_owned()),
            Just("until".to_owned()),
            Just("and".to_owned()),
            Just("a".to_owned()),
            Just("half".to_owned()),
            Just("1/2".to_owned()),
            Just("21st".to_owned()),
            Just("century".to_owned()),
            Just("2/6".to_owned()),
            Just("2022-02-31".to_owned()),
            Just("99999".to_owned()),
            Just("10:30".to_owned()),
            Just("p.m.".to_owned()),
            Just("two thousand".to_owned()),
            Just("or so".to_owned()),
            Just(".".to_owned()),
            "[0-9]{1,5}",
            "[A-Z][a-z]{0,8}",
            "[a-z]{1,8}",
            "\\PC{0,6}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
    }

    fn check(text: &str, date: Option<NaiveDate>) {
        let Ok(mut doc) = Doc::new(&Article::new(text, date)) else {
            return;
        };
        let Ok(seg) = Segmenter.run(&doc) else {
            return;
        };
        doc.apply(seg);
        let times = tag(&doc);
        let text = doc.text();
        let mut prev_end = 0;
        for t in &times {
            let (s, e) = (t.span.start as usize, t.span.end as usize);
            assert!(s < e && e <= text.len(), "time out of bounds");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            assert!(s >= prev_end, "times overlap or are unsorted");
            assert!(!t.value.is_empty());
            prev_end = e;
        }
        for s in doc.sentences() {
            let _ = event_date(&doc, s.span);
        }
    }

    #[test]
    fn extreme_document_dates() {
        let text = "Last week, two years ago, on Sunday, 6 February, in the fourth quarter, \
                    the previous Monday and the next morning; early next year; in December \
                    and at Easter; the year ended June 30; a week or so ago; until Friday.";
        for date in [NaiveDate::MIN, NaiveDate::MAX] {
            check(text, Some(date));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

        #[test]
        fn spans_are_valid_on_time_like_text(text in time_like(), days in -800_000i64..800_000) {
            let date = NaiveDate::from_ymd_opt(2000, 1, 1)
                .and_then(|d| d.checked_add_signed(Duration::days(days)));
            check(&text, date);
        }

        #[test]
        fn spans_are_valid_on_any_text(text in "\\PC*") {
            check(&text, NaiveDate::from_ymd_opt(2022, 2, 8));
        }
    }
}
