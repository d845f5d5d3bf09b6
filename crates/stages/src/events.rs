//! The `events` stage: who did what to whom, when and where, coded in CAMEO
//! with its PLOVER mapping.
//!
//! Owns clause analysis for events: a shallow reading of each sentence, with
//! no parser. Predicates are verbs and event nouns from the lexicon
//! ([`lexicon`]); clauses are cut at subordinators, semicolons and quotation
//! marks; the source is the nearest subject-like actor mention before the
//! predicate (not inside a prepositional phrase, not an object), the target
//! comes from the pattern's rule (direct object or preposition), passives
//! swap them ("denied by Russia"), and infinitives take the clause's subject
//! ("flew to Moscow to hold talks"). Coordinated subjects give one event each,
//! and a subject group without a target ("the two leaders held talks") gives
//! the reciprocal pairs. Modality comes from the words that govern the
//! predicate ([`Modality`]); the date from [`crate::time::event_date`], or
//! from an earlier dated sentence of the same paragraph when the predicate is
//! in the past tense; the place from "in/at/to PLACE" through the gazetteer.
//! It reads the `segments`, `actors` and (when present) `times` layers.

pub(crate) mod lexicon;

use std::borrow::Cow;

use herald_core::{
    ActorKind, Actors, Annotation, Coding, DateSource, Doc, Event, Layer, MentionKind, Modality,
    Participant, Place, Precision, SentenceKind, Span, Stage, StageError, Token, TokenKind,
};

use crate::kb::{kb, EntryKind};
use lexicon::{lexicon, Class, Form, Lexicon, Pattern};

/// The events stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventCoder;

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments, Layer::Actors]
    }

    fn assigns(&self) -> Layer {
        Layer::Events
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        for layer in self.requires() {
            if !doc.has(*layer) {
                return Err(StageError::MissingLayer(*layer));
            }
        }
        Ok(Annotation::Events(code(doc)))
    }
}

/// Mentions that share one span (a group such as "the two leaders" is one
/// mention of each of its actors).
#[derive(Debug, Clone, Copy)]
struct Group {
    /// Token range.
    ts: usize,
    te: usize,
    /// Range in `Actors::mentions`.
    first: usize,
    n: usize,
}

/// How far (in tokens) a target may be from its head or preposition.
const OBJECT_REACH: usize = 6;
const PREP_REACH: usize = 10;
/// CAMEO 010, make a statement: not coded as an event (see `code`).
const GENERIC_STATEMENT: &str = "010";
/// How many sentences after a dated one a past-tense event may take its date.
const INHERIT_SENTENCES: u32 = 2;
/// Most sources coded for one predicate.
const MAX_SOURCES: usize = 4;

/// The events of an annotated document.
#[must_use]
pub fn code(doc: &Doc) -> Vec<Event> {
    let lex = lexicon();
    let toks = doc.tokens();
    let actors = doc.actors();
    let groups = groups(doc, actors, toks);
    // Every token's text, read once.
    let words = crate::lexicon::token_texts(doc);
    let mut out: Vec<Event> = Vec::new();
    let mut past: Vec<u32> = Vec::new();
    let mut info: Vec<WordInfo> = Vec::new();
    let mut bounds: Vec<bool> = Vec::new();
    let mut clauses: Vec<Span> = Vec::new();
    for (si, s) in doc.sentences().iter().enumerate() {
        // A gallery's photo caption is page furniture, not the article.
        if s.kind == SentenceKind::Caption {
            continue;
        }
        let (ss, se) = (s.tokens.start as usize, s.tokens.end as usize);
        // Each word is looked up once, for its class and its predicate
        // readings together; most sentences hold no predicate.
        info.clear();
        let mut any = false;
        for (t, w) in toks[ss..se].iter().zip(&words[ss..se]) {
            let (class, forms) = lex.reading(w);
            let forms: &'static [(u32, Form)] = if t.kind == TokenKind::Word {
                forms
            } else {
                &[]
            };
            any |= !forms.is_empty();
            info.push((class, forms));
        }
        if !any {
            continue;
        }
        // "not only attacked Ukraine but also threatened Poland": "not"
        // before "only" and a "but" after it negates nothing.
        for k in 0..info.len().saturating_sub(1) {
            if info[k].0 == Some(Class::Neg)
                && words[ss + k].eq_ignore_ascii_case("not")
                && ["only", "just", "merely", "simply"]
                    .iter()
                    .any(|x| words[ss + k + 1].eq_ignore_ascii_case(x))
                && words[ss + k + 2..se]
                    .iter()
                    .take(30)
                    .any(|w| w.eq_ignore_ascii_case("but"))
            {
                info[k].0 = None;
            }
        }
        let g0 = groups.partition_point(|g| g.ts < ss);
        let g1 = groups.partition_point(|g| g.ts < se);
        let mut sent = Sentence {
            doc,
            lex,
            toks,
            words: &words,
            actors,
            groups: &groups[g0..g1],
            info: &info,
            bounds: &[],
            start: ss,
            end: se,
            heading: s.kind == SentenceKind::Heading,
        };
        // Clause boundaries, read once per token.
        bounds.clear();
        bounds.extend((ss..se).map(|i| sent.reads_as_boundary(i)));
        sent.bounds = &bounds;
        let first_new = out.len();
        past.clear();
        sent.code(si as u32, &mut out, &mut past);
        drop_restatements(&mut out, first_new, doc.text());
        sent.ask(&mut out[first_new..]);
        clauses.clear();
        clauses.extend(out[first_new..].iter().map(|e| sent.clause_of(e.predicate)));
        finish_sentence(doc, &mut out, first_new, s.paragraph, &past, &clauses);
    }
    for e in &mut out {
        e.quoted = herald_core::quote::inside(doc.quotes(), e.predicate);
    }
    out
}

/// Groups actor mentions by span and maps them to token ranges.
fn groups(doc: &Doc, actors: &Actors, toks: &[Token]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (i, m) in actors.mentions.iter().enumerate() {
        if let Some(last) = out.last_mut() {
            let lm = &actors.mentions[last.first];
            if lm.span == m.span {
                last.n += 1;
                continue;
            }
        }
        let ts = toks.partition_point(|t| t.span.start < m.span.start);
        let te = toks.partition_point(|t| t.span.end <= m.span.end);
        if ts >= te || ts >= toks.len() {
            continue;
        }
        let _ = doc;
        out.push(Group {
            ts,
            te,
            first: i,
            n: 1,
        });
    }
    out
}

/// A token's closed class and predicate readings.
type WordInfo = (Option<Class>, &'static [(u32, Form)]);

struct Sentence<'a> {
    doc: &'a Doc,
    lex: &'static Lexicon,
    toks: &'a [Token],
    /// The text of every token of the document.
    words: &'a [&'a str],
    actors: &'a Actors,
    groups: &'a [Group],
    /// Per token of the sentence, from `start`.
    info: &'a [WordInfo],
    /// Per token of the sentence, from `start`: whether it is a clause
    /// boundary ([`Sentence::reads_as_boundary`]).
    bounds: &'a [bool],
    start: usize,
    end: usize,
    /// A headline: every word may be capitalized.
    heading: bool,
}

/// A predicate found in a sentence, with its pattern chosen.
struct Head {
    /// Token of the head word.
    at: usize,
    /// One past the last token of head and particle.
    end: usize,
    pattern: u32,
    form: Form,
    /// Token of the cue word that chose the pattern, consumed by it.
    cue_at: Option<usize>,
    /// The cue of the root's unspecified reading this one refines ("held
    /// phone talks": "talks"), consumed too when it names the same act.
    also_cue: Option<usize>,
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.words[i]
    }

    fn class(&self, i: usize) -> Option<Class> {
        self.info[i - self.start].0
    }

    /// The predicate readings of token `i`.
    fn forms(&self, i: usize) -> &'static [(u32, Form)] {
        self.info[i - self.start].1
    }

    /// Whether token `i` reads as a finite verb: a past, a participle or a
    /// third person's present of a predicate.
    fn finite_form(&self, i: usize) -> bool {
        has_finite_form(self.forms(i))
    }

    /// Whether a condition ("if", "unless", "whether") stands between the
    /// start of the clause from `clause_start` (or the word before it) and
    /// token `at`.
    fn condition_before(&self, clause_start: usize, at: usize) -> bool {
        (clause_start.saturating_sub(1).max(self.start)..at)
            .any(|k| self.class(k) == Some(Class::Cond))
    }

    /// Whether a capitalized word at `i` opens a title in quotation
    /// marks inside a sentence ("NBC's “Meet the Press”", "“Face the
    /// Nation”"): right after an opening mark, with the closing mark within
    /// a few words, all capitalized but short function words.
    fn opens_quoted_title(&self, i: usize) -> bool {
        if i < self.start + 2
            || !self.is_quote(i - 1)
            || !self.word(i).starts_with(|c: char| c.is_uppercase())
        {
            return false;
        }
        // Mid-sentence: not the opening of a quoted sentence after a colon
        // or a speech verb.
        if matches!(self.word(i - 2), ":" | ",") || self.is_statement_verb(i - 2) {
            return false;
        }
        let mut capitals = 0;
        for k in i + 1..(i + 7).min(self.end) {
            if self.is_quote(k) {
                return capitals > 0;
            }
            let w = self.word(k);
            if w.starts_with(|c: char| c.is_uppercase()) {
                capitals += 1;
            } else if !matches!(
                w,
                "the" | "of" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "with" | "at"
            ) {
                return false;
            }
        }
        false
    }

    /// Acts inside a yes-no question are asked about, not reported: "Will
    /// the U.S. be helping Assad?", "“Did Russia attack?” he asked". The
    /// question runs from the sentence's start (or an opening quotation
    /// mark, or the end of an earlier question) to its "?", and opens with
    /// an auxiliary, a modal or "be". A wh-question ("Why did Russia
    /// attack?", and any question with a wh-word inside) takes the act as
    /// given, and a tag question ("…, didn't it?") follows a statement.
    fn ask(&self, events: &mut [Event]) {
        for k in self.start..self.end {
            if self.word(k) != "?" {
                continue;
            }
            let mut qs = k;
            while qs > self.start {
                let w = self.word(qs - 1);
                if self.is_quote(qs - 1) || matches!(w, "?" | "!" | ";" | ":" | "(" | "\u{2014}") {
                    break;
                }
                qs -= 1;
            }
            // "could be abused…, so why would we want to feed that?": a
            // wh-word inside makes it a wh-question; "MUST WATCH How…":
            // a capitalized banner is no auxiliary.
            let wh = (qs..k).any(|j| {
                matches!(
                    &*ascii_lower(self.word(j)),
                    "why" | "what" | "how" | "who" | "whom" | "whose" | "which" | "where" | "when"
                )
            });
            let banner = self.word(qs).len() > 1 && !self.word(qs).chars().any(char::is_lowercase);
            if qs >= k
                || wh
                || banner
                || !matches!(
                    &*ascii_lower(self.word(qs)),
                    "will"
                        | "would"
                        | "did"
                        | "does"
                        | "do"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "can"
                        | "could"
                        | "should"
                        | "shall"
                        | "has"
                        | "have"
                        | "had"
                        | "may"
                        | "might"
                        | "must"
                )
            {
                continue;
            }
            let (lo, hi) = (self.toks[qs].span.start, self.toks[k].span.end);
            for e in events.iter_mut() {
                if e.predicate.start >= lo
                    && e.predicate.end <= hi
                    && matches!(e.modality, Modality::Asserted | Modality::Planned)
                {
                    e.modality = Modality::Hypothetical;
                }
            }
        }
    }

    fn is_quote(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "\"" | "\u{201c}" | "\u{201d}" | "\u{ab}" | "\u{bb}" | "''" | "``"
        )
    }

    /// Whether token `i` (of the sentence) ends a clause (looking left) or
    /// starts one.
    fn is_boundary(&self, i: usize) -> bool {
        self.bounds[i - self.start]
    }

    /// Whether token `i` ends a clause (looking left) or starts one, read
    /// from the words ([`Sentence::is_boundary`] remembers it).
    fn reads_as_boundary(&self, i: usize) -> bool {
        if self.in_case(i) {
            return true;
        }
        let w = self.word(i);
        // "the African Continental Free Trade Area (AfCFTA) agreement": a
        // one-word aside names what comes before it; the clause goes on.
        let aside = match w {
            "(" => i + 2 < self.end && self.word(i + 2) == ")",
            ")" => i >= self.start + 2 && self.word(i - 2) == "(",
            _ => false,
        };
        if aside {
            return false;
        }
        if matches!(w, ";" | ":" | "(" | ")" | "\u{2014}" | "--") || self.is_quote(i) {
            return true;
        }
        match self.class(i) {
            Some(Class::Sub) => {
                // "that" as a determiner ("that country") does not open a
                // clause; before an auxiliary or a verb ("a conflict that
                // has killed", "leaders that call on") it does.
                if w.eq_ignore_ascii_case("that") {
                    return !self.that_is_determiner(i);
                }
                if !w.eq_ignore_ascii_case("as") {
                    return true;
                }
                // "such as", "as well as" join phrases; "as human shields",
                // "as a mediator" is a phrase, not a clause ("as the army
                // advanced" has its verb).
                let joins =
                    i > self.start && matches!(self.word(i - 1), "such" | "well" | "as" | "same");
                !joins && self.verb_follows(i)
            }
            Some(Class::Cond) => true,
            // "before Khashoggi arrived", "after talks broke down": a
            // preposition of time before a clause of its own.
            Some(Class::Prep) => {
                matches!(
                    &*ascii_lower(w),
                    "before" | "after" | "until" | "till" | "since"
                ) && self.subject_and_verb_follow(i)
            }
            _ => false,
        }
    }

    /// Whether `i` is "case" of the conditional "in case" ("plans in case
    /// the U.S. does launch strikes"), not "in case of" nor "in that case".
    /// A title-cased headline's "In Case" is a lawsuit ("Plea In Case").
    fn in_case(&self, i: usize) -> bool {
        i > self.start
            && (self.word(i) == "case" || (i == self.start + 1 && self.word(i) == "Case"))
            && self.word(i - 1).eq_ignore_ascii_case("in")
            && (i + 1 >= self.end || !self.word(i + 1).eq_ignore_ascii_case("of"))
    }

    /// The conjunction of time before a verb in the present tense, which
    /// then speaks of a later time: "when Trump and Kim meet", "before
    /// Putin visits Paris", "once the troops withdraw" (a headline's
    /// present tells the past: "Stocks rise after Trump meets Kim").
    fn temporal_present(&self, h: &Head, clause_start: usize) -> Option<usize> {
        if !matches!(h.form, Form::Base | Form::S) || self.heading || h.at <= self.start + 1 {
            return None;
        }
        // A finite verb right after its subject, a pronoun or an actor
        // named without a determiner ("after the U.S. strike" is a noun);
        // no form of it that is also past ("after militants set off").
        let before = h.at - 1;
        if self.forms(h.at).iter().any(|(_, f)| f.is_past()) {
            return None;
        }
        let subject_start = if is_personal_pronoun(self.word(before)) {
            before
        } else {
            // (Not "after the embassy attack", "after Benghazi attack".)
            let g = *self
                .group_ending(h.at)
                .filter(|g| self.subject_like(g) && self.class(g.ts) != Some(Class::Det))?;
            // "when Russia and Ukraine meet", "once the U.S. and Iran
            // agree": a coordinated subject, from its first member (and
            // its article).
            let both = self.coordinated(g, clause_start, h.at);
            match both.first() {
                Some(first) if both.len() >= 2 => {
                    if first.ts > self.start && self.word(first.ts - 1).eq_ignore_ascii_case("the")
                    {
                        first.ts - 1
                    } else {
                        first.ts
                    }
                }
                _ => g.ts,
            }
        };
        let k = subject_start.checked_sub(1)?;
        // "this moment when Paul and Sanders agree", "a time when": a
        // relative "when" after a noun of time describes that time.
        let relative = k > self.start
            && self.word(k).eq_ignore_ascii_case("when")
            && matches!(
                &*ascii_lower(self.word(k - 1)),
                "moment"
                    | "moments"
                    | "time"
                    | "times"
                    | "day"
                    | "days"
                    | "era"
                    | "period"
                    | "point"
                    | "year"
                    | "years"
                    | "week"
                    | "weeks"
                    | "age"
            );
        (k >= clause_start.saturating_sub(1).max(self.start)
            && !relative
            && matches!(
                &*ascii_lower(self.word(k)),
                "when" | "whenever" | "once" | "until" | "till" | "before" | "after"
            ))
        .then_some(k)
    }

    /// A negating verb right before the plan word at `at`, past
    /// determiners: "scrapped a planned visit", "canceled the scheduled
    /// talks".
    fn undone_plan(&self, at: usize, clause_start: usize) -> Option<usize> {
        // The plan word is a participle before the noun ("planned",
        // "scheduled", "proposed"), or "upcoming".
        let w = ascii_lower(self.word(at));
        if !(w.ends_with("ed") || w == "upcoming") {
            return None;
        }
        let mut k = at;
        while k > clause_start && self.class(k - 1) == Some(Class::Det) {
            k -= 1;
        }
        let n = k.checked_sub(1).filter(|&n| n >= clause_start && n < at)?;
        (self.class(n) == Some(Class::Neg)
            && self.is_lower_word(n)
            && !matches!(
                &*ascii_lower(self.word(n)),
                "not" | "n't" | "never" | "no" | "cannot" | "without" | "unable"
            ))
        .then_some(n)
    }

    /// The "no" that opens the subject phrase ending at token `last`
    /// ("no U.S. or allied personnel", "no Russian troops"), at the start
    /// of its clause or after a comma or a conjunction.
    fn no_subject(&self, last: usize, clause_start: usize) -> Option<usize> {
        // The phrase ends on a noun or a name, not on "and" ("no
        // obstruction and totally exonerated": two clauses).
        if matches!(&*ascii_lower(self.word(last)), "and" | "or") {
            return None;
        }
        let lo = last.saturating_sub(6).max(clause_start).max(self.start);
        let mut j = last;
        loop {
            // "Neither main city was struck", "None of his sons had been
            // convicted".
            let opener = matches!(&*ascii_lower(self.word(j)), "no" | "neither")
                || (self.word(j).eq_ignore_ascii_case("none")
                    && j < last
                    && self.word(j + 1).eq_ignore_ascii_case("of"));
            if opener {
                let opens = j == clause_start
                    || j == self.start
                    || matches!(self.word(j - 1), "," | ";" | ":")
                    || matches!(self.class(j - 1), Some(Class::Conj | Class::Sub))
                    // "said no agreement was reached"
                    || self.is_statement_verb(j - 1)
                    || matches!(
                        &*ascii_lower(self.word(j - 1)),
                        "said" | "says" | "say" | "that" | "told" | "added"
                    );
                // "if no deal is reached": the condition says more.
                let conditional = self.condition_before(clause_start, j);
                return (opens && j < last && !conditional).then_some(j);
            }
            let phrase = self.group_at(j).is_some()
                || (self.is_lower_word(j)
                    && (self.lex.is_common_noun(self.word(j))
                        || self.is_modifier(j)
                        // "allied", "armed"
                        || (j < last && self.word(j).ends_with("ed"))))
                || self.toks[j].kind == TokenKind::Number
                // "Neither CAMC nor any of its executives"
                || (self.class(j) == Some(Class::Det) && self.is_lower_word(j))
                || (self.toks[j].kind == TokenKind::Word
                    && self.word(j).starts_with(char::is_uppercase))
                || matches!(
                    &*ascii_lower(self.word(j)),
                    "or" | "and" | "other" | "more" | "nor" | "any" | "of" | "'s" | "\u{2019}s"
                );
            if !phrase || j <= lo {
                return None;
            }
            j -= 1;
        }
    }

    /// Whether a "would" right before `g` (past "be" and adverbs) follows
    /// a verb of saying: "saying he would be ready to", "said it would".
    fn reported_would(&self, g: usize) -> bool {
        let mut k = g;
        while k > self.start
            && (matches!(self.class(k - 1), Some(Class::Be | Class::Adv))
                || self.word(k - 1).eq_ignore_ascii_case("be"))
        {
            k -= 1;
        }
        let Some(w) = k.checked_sub(1).filter(|&w| w >= self.start) else {
            return false;
        };
        matches!(&*ascii_lower(self.word(w)), "would" | "'d")
            && (self.speech_verb_before(w).is_some()
                || (self.start..w).any(|v| {
                    matches!(&*ascii_lower(self.word(v)), "saying" | "telling" | "adding")
                }))
    }

    /// Whether "would" at `i` is the future of a past report ("announced
    /// that Obama would host a summit", "vowed that the army would carry
    /// out its campaign"): a verb of saying in the past tense before it in
    /// the sentence, no condition between, and no "would have" (what
    /// would have been is counterfactual).
    fn future_in_past(&self, i: usize) -> bool {
        if !matches!(&*ascii_lower(self.word(i)), "would" | "'d")
            || (i + 1 < self.end && self.word(i + 1).eq_ignore_ascii_case("have"))
        {
            return false;
        }
        let Some(v) = (self.start..i).rev().find(|&k| {
            matches!(
                &*ascii_lower(self.word(k)),
                "said"
                    | "announced"
                    | "told"
                    | "stated"
                    | "declared"
                    | "promised"
                    | "pledged"
                    | "vowed"
                    | "insisted"
                    | "indicated"
                    | "confirmed"
            )
        }) else {
            return false;
        };
        // Not a condition after the report, nor a question, nor a
        // hedge: "said that if Iran attacked, it would respond", "said
        // it would likely sign".
        !(v + 1..i).any(|k| {
            self.class(k) == Some(Class::Cond)
                || self.in_case(k)
                || matches!(&*ascii_lower(self.word(k)), "whether" | "unless")
        }) && !(i + 1..self.end.min(i + 3)).any(|k| {
            matches!(
                &*ascii_lower(self.word(k)),
                "likely" | "probably" | "possibly" | "perhaps" | "only"
            )
        }) && !(i + 1..self.end).any(|k| {
            self.class(k) == Some(Class::Cond) || matches!(&*ascii_lower(self.word(k)), "unless")
        })
    }

    /// Whether "if" or "whether" at `k` asks a question in a phrase that
    /// opens the sentence ("Asked whether", "When asked if", "As she
    /// decided whether"): the verb of asking opens it, or follows a word
    /// of time and a pronoun, auxiliary or adverb.
    fn opening_question(&self, k: usize) -> bool {
        let Some(v) = self.asks_at(k) else {
            return false;
        };
        v == self.start
            || (matches!(
                &*ascii_lower(self.word(self.start)),
                "when" | "as" | "after" | "while" | "once" | "upon" | "before"
            ) && (self.start + 1..v).all(|t| {
                is_personal_pronoun(self.word(t))
                    || matches!(self.class(t), Some(Class::Aux | Class::Be | Class::Adv))
            }))
    }

    /// The verb of asking, wondering or knowing before "if" or "whether" at
    /// `k`, or before its object pronoun ("asked if", "asked him whether",
    /// "unclear whether").
    fn asks_at(&self, k: usize) -> Option<usize> {
        let mut v = k;
        if v > self.start
            && matches!(
                &*ascii_lower(self.word(v - 1)),
                "him" | "her" | "them" | "us" | "me" | "it"
            )
        {
            v -= 1;
        }
        (v > self.start
            && self.toks[v - 1].kind == TokenKind::Word
            && [
                "ask", "wonder", "know", "knew", "unclear", "unsure", "clear", "question",
                "inquir", "enquir", "check", "determin", "decid",
            ]
            .iter()
            .any(|s| has_stem(self.word(v - 1), s)))
        .then(|| v - 1)
    }

    /// Whether `k` opens a condition by inversion: "Should Israeli forces
    /// launch an invasion, the violence would increase", "Had Russia
    /// attacked, NATO would have responded", "Were Iran to attack, …":
    /// "should", "had" or "were" opening the sentence or a clause after a
    /// comma, before a subject, with a modal later in the sentence ("Should
    /// Iran attack Israel, the US will respond" as well).
    fn inverted_condition(&self, k: usize) -> bool {
        // (Run at every word before a predicate: no lowercase copy.)
        let w = self.word(k);
        if !["should", "had", "were"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
        {
            return false;
        }
        let opens = k == self.start || matches!(self.word(k - 1), "," | ";");
        // "The US will strike should Iran attack": "should" after a verb,
        // not after its own subject ("the US should attack").
        let after_clause = !opens
            && w.eq_ignore_ascii_case("should")
            && self.group_ending(k).is_none()
            && self.is_lower_word(k - 1)
            && !matches!(
                self.class(k - 1),
                Some(Class::Det | Class::Prep | Class::Conj | Class::Sub)
            );
        let next = k + 1;
        let modal = |m: usize| {
            matches!(
                &*ascii_lower(self.word(m)),
                "would" | "could" | "might" | "'d" | "will" | "'ll" | "shall"
            )
        };
        if after_clause {
            return next < self.end
                && self.group_starting(next).is_some()
                && (self.start..k).any(modal);
        }
        opens
            && next < self.end
            && (self.group_starting(next).is_some()
                || self.class(next) == Some(Class::Det)
                || is_personal_pronoun(self.word(next)))
            && (next..self.end).any(modal)
    }

    /// Whether "that" at `i` is a determiner ("that country"): a lowercase
    /// word follows that is no pronoun ("denied that it was"), no
    /// auxiliary or determiner, and no verb ("a conflict that has killed",
    /// "leaders that call on").
    fn that_is_determiner(&self, i: usize) -> bool {
        let Some(next) = (i + 1 < self.end).then(|| self.word(i + 1)) else {
            return false;
        };
        next.starts_with(|c: char| c.is_lowercase())
            && !matches!(next, "it" | "he" | "she" | "they" | "we" | "i" | "you")
            && !matches!(
                self.class(i + 1),
                Some(Class::Det | Class::Aux | Class::Be | Class::Hypo | Class::Plan | Class::Neg)
            )
            && !self.reads_as_verb(i + 1)
    }

    /// Whether token `k` is one of `pat`'s cues: the word, or (4 bytes or
    /// more) the beginning of one at most 2 bytes longer; a two-word cue
    /// ("sanctions relief") needs both words in a row.
    #[inline]
    fn is_cue(&self, pat: &Pattern, k: usize, clause_end: usize) -> bool {
        let w = self.word(k);
        let (shortest, longest) = pat.cue_len;
        if w.len() < shortest
            || w.len() > longest + 2
            || w.as_bytes().first().is_some_and(|&b| !pat.cue_may_open(b))
        {
            return false;
        }
        let matched = pat.cue.iter().any(|c| {
            if let Some((a, b)) = c.split_once(' ') {
                return w.eq_ignore_ascii_case(a)
                    && k + 1 < clause_end
                    && self.word(k + 1).eq_ignore_ascii_case(b);
            }
            w.eq_ignore_ascii_case(c)
                || (c.len() >= 4
                    && w.len() <= c.len() + 2
                    && w.len() >= c.len()
                    && w.as_bytes()[..c.len()].eq_ignore_ascii_case(c.as_bytes())
                    // "call" is no cue in "called": a noun's endings only.
                    && !(w.len() > c.len() && w.ends_with("ed")))
        });
        // "a British aid worker", "aid groups": a cue inside an actor's
        // name that says what its people or body work on names no measure
        // ("the Russian ambassador", "media outlets", "security personnel"
        // are what is expelled, shut down or increased).
        matched
            && !self.group_at(k).is_some_and(|g| {
                k + 1 < g.te
                    && matches!(
                        &*ascii_lower(self.word(k + 1)),
                        "worker"
                            | "workers"
                            | "group"
                            | "groups"
                            | "agency"
                            | "agencies"
                            | "organization"
                            | "organizations"
                            | "organisation"
                            | "organisations"
                            | "official"
                            | "officials"
                            | "staff"
                            | "convoy"
                            | "convoys"
                    )
            })
    }

    /// "asked whether …", "asked reporters if …", "when asked about …":
    /// a verb of asking that puts a question rather than a request.
    fn asks_a_question(&self, i: usize) -> bool {
        let w = ascii_lower(self.word(i));
        if !matches!(&*w, "ask" | "asks" | "asked" | "asking") {
            return false;
        }
        // Past the person asked: "asked the minister whether".
        let mut k = i + 1;
        if k < self.end && self.class(k) == Some(Class::Det) {
            k += 1;
        }
        k = match self.group_starting(k) {
            Some(g) => g.te,
            None => k + 1,
        };
        let question = |k: usize| {
            k < self.end
                && matches!(
                    &*ascii_lower(self.word(k)),
                    "whether"
                        | "if"
                        | "about"
                        | "what"
                        | "how"
                        | "why"
                        | "when"
                        | "who"
                        | "where"
                        | "which"
                )
        };
        let asked_questions = (i + 1..self.end.min(i + 4))
            .any(|k| matches!(&*ascii_lower(self.word(k)), "question" | "questions"));
        question(i + 1) || question(k) || asked_questions
    }

    /// The actor a relative clause starting at `cs` is about: "Russian
    /// troops that attacked Kharkiv (withdrew)", "Macron, who flew to
    /// Berlin": the group right before "that", "who" or "which" (past a
    /// comma). "A conflict that has killed" is about no actor.
    fn relative_antecedent(&self, cs: usize) -> Option<Group> {
        let rel = cs.checked_sub(1).filter(|&r| r > self.start)?;
        if !matches!(&*ascii_lower(self.word(rel)), "that" | "who" | "which") {
            return None;
        }
        let end = if self.word(rel - 1) == "," {
            rel - 1
        } else {
            rel
        };
        // "the consulate there that": past an adverb of place.
        let end = if end > self.start + 1
            && matches!(&*ascii_lower(self.word(end - 1)), "there" | "here")
        {
            end - 1
        } else {
            end
        };
        if let Some(g) = self.group_ending(end) {
            // "who" is only ever a relative pronoun: its antecedent may be
            // an object ("spoke with King Salman, who denied"); "that" may
            // open a reported clause instead ("told Putin that").
            if ascii_lower(self.word(rel)) == "who" {
                return (!self.is_place(g)).then_some(*g);
            }
            // "the consulate in Benghazi, Libya, that killed": a town's
            // country after a comma says where, it does not act.
            let town_country = g.ts >= self.start + 2
                && self.word(g.ts - 1) == ","
                && self
                    .group_ending(g.ts - 1)
                    .is_some_and(|t| self.is_place(t));
            return (self.subject_like(g) && !self.is_object(g) && !town_country).then_some(*g);
        }
        // "the US airstrike that killed", "a #US blockade measure that
        // bans": the country or demonym before the thing named.
        (end.saturating_sub(2).max(self.start + 1)..end)
            .rev()
            .take_while(|&k| {
                self.is_lower_word(k) && self.class(k).is_none() && !self.reads_as_verb(k)
            })
            .find_map(|k| self.group_ending(k))
            .filter(|g| {
                matches!(self.kind(g), ActorKind::Country)
                    || self.mention_kind(g) == MentionKind::Demonym
            })
            .copied()
    }

    /// "The soldiers who killed four Americans attacked the town", "the
    /// rebels that attacked the base were arrested": the finite verb (or
    /// its auxiliary) at `head` after a relative clause without commas
    /// that opens at `cs`, has its own finite verb and no actor before
    /// `head` to be its subject, is the main clause's: its subject is the
    /// relative clause's antecedent. Not a verb the relative clause's verb
    /// is coordinated with ("who fled and attacked") or that its reported
    /// clause holds ("who said it attacked").
    fn after_restrictive_relative(&self, cs: usize, head: usize) -> Option<Group> {
        let rel = cs.checked_sub(1).filter(|&r| r > self.start)?;
        if !matches!(&*ascii_lower(self.word(rel)), "who" | "that" | "which")
            || self.word(rel - 1) == ","
        {
            return None;
        }
        let mut verb = (cs..head).find(|&j| self.is_lower_word(j) && self.own_verb(j))?;
        // Past the relative clause's auxiliaries to its own verb ("who have
        // previously felt ignored": "felt"; "who were arrested by police").
        while verb + 1 < head
            && (matches!(
                self.class(verb),
                Some(Class::Aux | Class::Be | Class::Adv | Class::Neg)
            ) || self.ly_adverb(verb))
        {
            verb += 1;
        }
        // The main verb, or its first auxiliary, is finite.
        let mut k = head;
        while k > verb + 1 && matches!(self.class(k - 1), Some(Class::Aux | Class::Be | Class::Adv))
        {
            k -= 1;
        }
        let finite = if k < head {
            matches!(self.class(k), Some(Class::Aux | Class::Be))
        } else {
            self.finite_form(head) || self.ed_word(head)
        };
        if !finite || k <= verb + 1 {
            return None;
        }
        // Nothing between the two verbs joins or reports a clause, or is a
        // verb itself ("sources who spoke with the Times agreed the rockets
        // fired": a participle).
        let joined = (verb + 1..k).any(|j| {
            (self.is_lower_word(j)
                && (self.reads_as_verb(j)
                    || self.ed_word(j)
                    || self.forms(j).iter().any(|(_, f)| *f == Form::Ing)
                    || is_personal_pronoun(self.word(j))
                    || matches!(
                        &*ascii_lower(self.word(j)),
                        "before"
                            | "after"
                            | "when"
                            | "while"
                            | "because"
                            | "since"
                            | "until"
                            | "if"
                            | "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                    )))
                || matches!(self.class(j), Some(Class::Conj | Class::Sub))
                || self.word(j) == ","
                || self.is_statement_verb(j)
                || matches!(&*ascii_lower(self.word(j)), "that" | "who" | "which" | "to")
        });
        // "works with detained mothers": a participle after a preposition
        // or a determiner modifies a noun.
        if joined || matches!(self.class(k - 1), Some(Class::Prep | Class::Det)) {
            return None;
        }
        // "the percentage of workers who have two jobs has declined": the
        // antecedent inside a phrase is not the main verb's subject.
        self.relative_antecedent(cs).filter(|g| !self.in_pp(g))
    }

    /// Whether the word at `j` may be a clause's own verb: a finite verb, a
    /// word in "-ed" or an auxiliary.
    fn own_verb(&self, j: usize) -> bool {
        self.finite_form(j)
            || self.ed_word(j)
            || matches!(self.class(j), Some(Class::Aux | Class::Be))
    }

    /// "Rebels, who officials said attacked the base": a speaker and a
    /// verb of saying between a relative pronoun and the verb `head` are a
    /// parenthesis, and the verb's subject is the relative clause's
    /// antecedent (`Some(None)` when it names no actor: "the policies,
    /// which he said flouted American values").
    fn relative_parenthesis(&self, cs: usize, head: usize) -> Option<Option<Group>> {
        let rel = cs.checked_sub(1).filter(|&r| r > self.start)?;
        if !matches!(&*ascii_lower(self.word(rel)), "who" | "which" | "that") {
            return None;
        }
        // Not a noun ("that the secretary of state supported", "that no
        // member state has volunteered", "that Rice's remarks should").
        let said = (cs + 1..head.min(cs + 5)).find(|&k| {
            self.is_lower_word(k)
                && self.is_statement_verb(k)
                && !matches!(self.class(k - 1), Some(Class::Det | Class::Prep))
                && !self.forms(k).iter().any(|(_, f)| *f == Form::Noun)
                && !matches!(self.word(k), "state" | "states")
        })?;
        let between_ok = (said + 1..head).all(|k| {
            matches!(
                self.class(k),
                Some(Class::Aux | Class::Adv | Class::Neg | Class::Hypo | Class::Plan | Class::Be)
            )
        });
        let speaker_ok =
            (cs..said).all(|k| !self.reads_as_verb(k) && self.class(k) != Some(Class::Sub));
        (between_ok && speaker_ok).then(|| self.relative_antecedent(cs))
    }

    /// "Michael Flynn, who admitted lying to the FBI, wants to withdraw":
    /// the verb right after a relative clause set off by commas (past its
    /// auxiliaries, "to" and a governing verb) has that clause's antecedent
    /// as subject.
    fn after_relative_clause(&self, head: usize) -> Option<Group> {
        let mut k = head;
        let mut steps = 0;
        while k > self.start && steps < 4 && self.word(k - 1) != "," {
            let p = k - 1;
            let to = self.word(p).eq_ignore_ascii_case("to");
            if !self.is_lower_word(p)
                || (!to
                    && matches!(
                        self.class(p),
                        Some(Class::Det | Class::Prep | Class::Sub | Class::Conj)
                    ))
            {
                return None;
            }
            k = p;
            steps += 1;
        }
        let comma = k.checked_sub(1).filter(|&c| self.word(c) == ",")?;
        let rel = (self.start + 1..comma).rev().take(40).find(|&r| {
            matches!(&*ascii_lower(self.word(r)), "who" | "which") && self.word(r - 1) == ","
        })?;
        // The relative clause has its own verb.
        if !(rel + 1..comma).any(|j| self.own_verb(j)) {
            return None;
        }
        let g = self.group_ending(rel - 1)?;
        (!self.is_place(g) && !self.in_pp(g)).then_some(*g)
    }

    /// Whether tokens `cs..ce` hold a time the time stage dated after the
    /// document's date (it reads the tense): a weekday or "tomorrow" in the
    /// week after it ("will meet on Friday", "heads to Beijing on
    /// Friday"), or a later week, month or year said as such ("a summit
    /// next week", "talks in the coming weeks", "elections next year").
    fn names_coming_day(&self, cs: usize, ce: usize) -> bool {
        let Some(dct) = self.doc.date() else {
            return false;
        };
        let (Some(a), Some(b)) = (
            self.toks.get(cs),
            ce.checked_sub(1).and_then(|k| self.toks.get(k)),
        ) else {
            return false;
        };
        let (lo, hi) = (a.span.start, b.span.end);
        self.doc.times().iter().any(|t| {
            if !(lo <= t.span.start && t.span.end <= hi) {
                return false;
            }
            let text = self.doc.text()[t.span.range()].to_ascii_lowercase();
            let words = || text.split(|c: char| !c.is_alphabetic());
            let day = t
                .date()
                .is_some_and(|(d, p)| p == Precision::Day && d > dct && (d - dct).num_days() <= 7)
                && words().any(|w| {
                    matches!(
                        w,
                        "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                            | "tomorrow"
                    )
                });
            // "next week" (a week value), "next month", "the coming days";
            // not "the next day", a day after one the text told of.
            let later = t.value == "FUTURE_REF"
                || t.date().is_some_and(|(d, _)| d > dct)
                || week_start(&t.value).is_some_and(|d| d > dct);
            day || (later
                && !text.contains("the next")
                && words().any(|w| matches!(w, "next" | "coming" | "upcoming")))
        })
    }

    /// Whether an event noun is what something is about or comes from
    /// ("testify next week on the Benghazi attack", "the threat from
    /// attacks by Iran"): its time is not the clause's.
    fn is_topic(&self, h: &Head, cs: usize) -> bool {
        h.form == Form::Noun
            && self.noun_governor(h.at, cs).is_some_and(|g| {
                matches!(
                    &*ascii_lower(self.word(g)),
                    "on" | "about" | "over" | "from" | "after" | "since"
                )
            })
    }

    /// Whether `i` is "have" (any form) before a past participle, past
    /// adverbs and "not": the perfect's auxiliary ("had already met", "to
    /// have arrived").
    fn perfect_auxiliary(&self, i: usize) -> bool {
        if !matches!(
            &*ascii_lower(self.word(i)),
            "have" | "has" | "had" | "having" | "'ve" | "'d"
        ) {
            return false;
        }
        let mut k = i + 1;
        // "have all scheduled", "have both signed", "has since agreed",
        // "had himself dictated".
        while k < self.end
            && (self.class(k) == Some(Class::Adv)
                || matches!(
                    &*ascii_lower(self.word(k)),
                    "not"
                        | "n't"
                        | "never"
                        | "all"
                        | "both"
                        | "each"
                        | "since"
                        | "now"
                        | "himself"
                        | "herself"
                        | "itself"
                        | "themselves"
                )
                || (self.is_lower_word(k) && self.word(k).ends_with("ly")))
        {
            k += 1;
        }
        if k >= self.end || !self.is_lower_word(k) {
            return false;
        }
        let w = self.word(k);
        w == "been"
            || (w.len() > 4 && w.ends_with("ed"))
            || self
                .forms(k)
                .iter()
                .any(|(_, f)| matches!(f, Form::Participle | Form::PastOrParticiple))
            // "couldn't have known": a verb that codes no event.
            || lexicon::is_irregular_participle(&ascii_lower(w))
    }

    /// Whether the word at `i` reads as a plural common noun: lowercase,
    /// no function word, no predicate, in -s ("suspects", "leaders").
    fn is_plural_noun(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_lower_word(i)
            && self.class(i).is_none()
            && !self.is_predicate_word(i)
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    }

    /// Whether the word at `i` can only be a verb: it has verb readings and
    /// no noun reading ("killed", "attacks" can be a noun: no).
    fn reads_as_verb(&self, i: usize) -> bool {
        let forms = self.forms(i);
        !forms.is_empty() && forms.iter().all(|(_, f)| *f != Form::Noun)
    }

    /// Whether token `k` is an adverb in "-ly" that the word lists lack and
    /// no predicate reads ("fatally", "reportedly").
    fn ly_adverb(&self, k: usize) -> bool {
        self.is_lower_word(k)
            && self.class(k).is_none()
            && self.word(k).ends_with("ly")
            && !self.is_predicate_word(k)
    }

    /// Whether a finite verb or an auxiliary comes within a few words after
    /// `i`, before punctuation.
    fn verb_follows(&self, i: usize) -> bool {
        (i + 1..self.end.min(i + 6))
            .take_while(|&k| self.toks[k].kind == TokenKind::Word)
            .any(|k| {
                matches!(self.class(k), Some(Class::Aux | Class::Be | Class::Hypo))
                    || self.finite_form(k)
            })
    }

    /// Whether an actor (after a determiner or two) and then a finite verb
    /// follow `i`: "before Khashoggi arrived", "after the police fired",
    /// not "after four years to allow".
    fn subject_and_verb_follow(&self, i: usize) -> bool {
        let mut k = i + 1;
        while k < self.end && k < i + 3 && self.class(k) == Some(Class::Det) {
            k += 1;
        }
        let Some(mut g) = self
            .group_starting(k)
            .filter(|g| !self.is_place(g))
            .copied()
        else {
            return false;
        };
        // "after Russia and Ukraine met": past the other members of a
        // coordinated subject.
        for _ in 0..3 {
            if g.te + 1 >= self.end || !matches!(&*ascii_lower(self.word(g.te)), "and" | "or") {
                break;
            }
            let mut m = g.te + 1;
            while m < self.end && m < g.te + 3 && self.class(m) == Some(Class::Det) {
                m += 1;
            }
            match self.group_starting(m).filter(|h| !self.is_place(h)) {
                Some(h) => g = *h,
                None => break,
            }
        }
        // Past adverbs and times ("after the attacker fatally stabbed",
        // "after the Trump administration earlier this month imposed").
        let mut v = g.te;
        while v < self.end
            && (self.class(v) == Some(Class::Adv) || self.in_time(v) || self.ly_adverb(v))
        {
            v += 1;
        }
        if v >= self.end || self.word(v).eq_ignore_ascii_case("to") {
            return false;
        }
        if matches!(self.class(v), Some(Class::Aux | Class::Be | Class::Hypo)) {
            return true;
        }
        let forms = self.forms(v);
        // "after Geneva talks": a word that may be a noun is a verb only
        // with its object after it ("after Russia attacks Ukraine").
        let noun = forms.iter().any(|(_, f)| *f == Form::Noun);
        let object = v + 1 < self.end
            && (self.class(v + 1) == Some(Class::Det) || self.group_starting(v + 1).is_some());
        (!noun || object)
            && (has_finite_form(forms) || (self.is_lower_word(v) && self.word(v).ends_with("ed")))
    }

    /// First token of the clause holding token `i`.
    fn clause_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > self.start {
            if self.is_boundary(j - 1) {
                return j;
            }
            j -= 1;
        }
        self.start
    }

    /// The text span of the clause holding the predicate at `pred`.
    fn clause_of(&self, pred: Span) -> Span {
        let i = self.start
            + self.toks[self.start..self.end].partition_point(|t| t.span.start < pred.start);
        if i >= self.end {
            return pred;
        }
        let (a, b) = (self.clause_start(i), self.clause_end(i));
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    /// One past the last token of the clause holding token `i`.
    fn clause_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.end {
            if self.is_boundary(j) {
                return j;
            }
            j += 1;
        }
        self.end
    }

    /// Whether a determiner or possessive comes one or two words before
    /// the noun at `i` ("the right", "Israel's right", "the legal power";
    /// not "seized power").
    fn determined(&self, i: usize) -> bool {
        (i.saturating_sub(2).max(self.start)..i)
            .any(|k| self.class(k) == Some(Class::Det) || self.possessive_at(k))
    }

    /// A lowercase word of more than four letters in "-ed": a past or a
    /// participle, known to the lexicon or not ("staged", "occurred").
    fn ed_word(&self, i: usize) -> bool {
        self.is_lower_word(i) && self.word(i).len() > 4 && self.word(i).ends_with("ed")
    }

    /// Whether token `k` marks a possessive: "'s", or the apostrophe
    /// written right after a plural ("the protesters' demands").
    fn possessive_at(&self, k: usize) -> bool {
        let w = self.word(k);
        crate::lexicon::is_possessive_s(w)
            || (matches!(w, "'" | "\u{2019}")
                && k > self.start
                && k + 1 < self.end
                && self.toks[k - 1].span.end == self.toks[k].span.start
                && self.toks[k + 1].span.start > self.toks[k].span.end
                && self.toks[k + 1].kind == TokenKind::Word
                && self.toks[k - 1].kind == TokenKind::Word
                && self.word(k - 1).ends_with(['s', 'S']))
    }

    fn is_lower_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word && self.word(i).starts_with(|c: char| c.is_lowercase())
    }

    /// A lowercase word that may modify a noun: not in the lexicon, not a
    /// closed-class word, and not a past-tense form ("continued", "staged").
    fn is_modifier(&self, i: usize) -> bool {
        (self.is_lower_word(i)
            && !self.is_predicate_word(i)
            && self.class(i).is_none()
            && !self.word(i).ends_with("ed")
            // "The plan for Syria drew criticism": a verb's simple past.
            && !lexicon::is_irregular_simple_past(self.word(i)))
            || self.is_adjectival_participle(i)
    }

    /// A participle right before an actor ("exiled dissidents", "jailed
    /// activists"), after a determiner, a preposition or a past verb.
    fn is_adjectival_participle(&self, i: usize) -> bool {
        if i <= self.start || !self.is_lower_word(i) {
            return false;
        }
        // An actor follows ("armed militants"), or any noun when an "-ly"
        // adverb comes between an article, a possessive or a preposition
        // and the participle ("with internationally banned chemical
        // weapons", "the emotionally charged rally"); not after a subject
        // ("the two briefly exchanged") nor before a particle ("shot down").
        let adverb = self.toks[i - 1].kind == TokenKind::Word
            && self.word(i - 1).ends_with("ly")
            && i >= self.start + 2
            && (self.class(i - 2) == Some(Class::Prep)
                || matches!(
                    &*ascii_lower(self.word(i - 2)),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                ));
        if self.group_starting(i + 1).is_none()
            && !(adverb
                && i + 1 < self.end
                && self.is_lower_word(i + 1)
                && self.class(i + 1).is_none()
                && !matches!(
                    &*ascii_lower(self.word(i + 1)),
                    "down" | "up" | "off" | "out" | "back" | "away" | "over"
                ))
        {
            return false;
        }
        let forms = self.forms(i);
        if !forms.iter().any(|(_, f)| f.is_past())
            || !forms
                .iter()
                .all(|(_, f)| matches!(f, Form::Participle | Form::PastOrParticiple | Form::Noun))
        {
            return false;
        }
        let mut p = i - 1;
        // "of newly arrived asylum seekers", "the recently freed hostages".
        // "Heavily armed gunmen stormed": first in the sentence.
        if self.toks[p].kind == TokenKind::Word && self.word(p).ends_with("ly") {
            if p == self.start {
                return true;
            }
            p -= 1;
        }
        // "were replacing armed police".
        matches!(self.class(p), Some(Class::Det | Class::Prep))
            || (self.class(p).is_none() && self.forms(p).iter().any(|(_, f)| f.is_past()))
            || (self.class(p).is_none() && self.is_lower_word(p) && self.word(p).ends_with("ing"))
    }

    /// Whether token `i` is inside a time expression.
    fn in_time(&self, i: usize) -> bool {
        let span = self.toks[i].span;
        let times = self.doc.times();
        let k = times.partition_point(|t| t.span.end <= span.start);
        times.get(k).is_some_and(|t| t.span.start <= span.start)
    }

    /// The token after the time adverbial that the preposition at `prep`
    /// opens, when the time ends its phrase ("on Friday to", "in March,
    /// when", "on Sunday was"); none for a time that modifies a noun ("for
    /// Thursday's election", "a day of mourning", "for 1988 defence
    /// spending") or a word that is no preposition.
    fn time_adverbial(&self, prep: usize, clause_end: usize) -> Option<usize> {
        if self.class(prep) != Some(Class::Prep) {
            return None;
        }
        let k = if self.in_time(prep) {
            prep
        } else if prep + 1 < clause_end && self.in_time(prep + 1) {
            prep + 1
        } else {
            return None;
        };
        let times = self.doc.times();
        let at = self.toks[k].span.start;
        let t = times.get(times.partition_point(|t| t.span.end <= at))?;
        let mut next = k;
        while next < self.end && self.toks[next].span.start < t.span.end {
            next += 1;
        }
        if next >= clause_end || self.toks[next].kind != TokenKind::Word {
            return Some(next);
        }
        let w = self.word(next);
        if crate::lexicon::is_possessive_s(w) || w.eq_ignore_ascii_case("of") {
            return None;
        }
        let ends = matches!(&*ascii_lower(w), "to" | "that")
            || matches!(
                self.class(next),
                Some(
                    Class::Prep
                        | Class::Conj
                        | Class::Sub
                        | Class::Aux
                        | Class::Be
                        | Class::Adv
                        | Class::Neg
                        | Class::Hypo
                        | Class::Plan
                )
            );
        ends.then_some(next)
    }

    /// A capitalized word after a word or a comma: inside the sentence, not
    /// opening a quotation or a clause after a colon or dash.
    fn capitalized_after_start(&self, i: usize) -> bool {
        let capital = self.word(i).chars().next().is_some_and(char::is_uppercase);
        capital
            && i > self.start
            && (self.toks[i - 1].kind == TokenKind::Word || self.word(i - 1) == ",")
    }

    /// Whether a person, organisation or place the entity tagger found ends
    /// with token `i`.
    fn entity_ends_at(&self, i: usize) -> bool {
        let end = self.toks[i].span.end;
        let ents = self.doc.entities();
        let k = ents.partition_point(|m| m.span.end < end);
        ents.get(k).is_some_and(|m| {
            m.span.end == end
                && matches!(
                    m.label,
                    herald_core::EntityLabel::Per
                        | herald_core::EntityLabel::Org
                        | herald_core::EntityLabel::Loc
                )
        })
    }

    /// Whether token `i` is a capitalized word inside an entity mention of
    /// any label.
    fn in_name(&self, i: usize) -> bool {
        if !self.word(i).starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        covered(self.doc.entities(), self.toks[i].span, |m| m.span)
    }

    /// Whether token `i` lies in a time expression ("March 2").
    fn in_time_expression(&self, i: usize) -> bool {
        covered(self.doc.times(), self.toks[i].span, |t| t.span)
    }

    fn is_predicate_word(&self, i: usize) -> bool {
        !self.forms(i).is_empty()
    }

    fn group_starting(&self, i: usize) -> Option<&Group> {
        let k = self.groups.partition_point(|g| g.ts < i);
        self.groups.get(k).filter(|g| g.ts == i)
    }

    fn group_ending(&self, i: usize) -> Option<&Group> {
        // Groups are sorted by start and do not overlap.
        let k = self.groups.partition_point(|g| g.ts < i);
        k.checked_sub(1)
            .map(|k| &self.groups[k])
            .filter(|g| g.te == i)
    }

    /// The participle of a compound that `g` opens and that says who backs
    /// what follows ("U.S.-backed forces", "Iran-funded militias"): `g`
    /// backs the noun after it and is no part of it, neither its subject
    /// nor its object. (A tokenizer keeps "Russian-backed" whole, but
    /// splits after the period of "U.S.".)
    fn backing_participle(&self, g: &Group) -> Option<usize> {
        let (dash, p) = (g.te, g.te + 1);
        if p >= self.end || g.te == 0 || self.word(dash) != "-" {
            return None;
        }
        let t = self.toks;
        let attached =
            t[dash].span.start == t[g.te - 1].span.end && t[p].span.start == t[dash].span.end;
        (attached && is_backing(self.word(p))).then_some(p)
    }

    /// Who helps and whom, when the noun at `head` is help given "with"
    /// it ("launched the offensive with U.S. support", "made the decision
    /// with the support of Netanyahu", "with help from Iran"): the actor
    /// before the noun, or after "of" or "from"; and the subject before
    /// "with", after `lo`.
    fn with_help(
        &self,
        head: usize,
        end: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(Option<Group>, Option<Group>)> {
        if !is_help(self.word(head)) {
            return None;
        }
        let mut k = head;
        let mut agent = None;
        while k > lo && head - k < 4 {
            let p = k - 1;
            if self.class(p) == Some(Class::Det)
                || (self.is_modifier(p) && !self.word(p).ends_with("ing"))
                || self.possessive_at(p)
            {
                k = p;
                continue;
            }
            match self.group_ending(k) {
                Some(g) if agent.is_none() && g.ts >= lo => {
                    agent = Some(*g);
                    k = g.ts;
                }
                _ => break,
            }
        }
        let with = k.checked_sub(1).filter(|&w| w > lo)?;
        if !self.word(with).eq_ignore_ascii_case("with") {
            return None;
        }
        // Help with no one named to give it ("supplying rebels with aid")
        // is the thing given.
        let agent = agent.or_else(|| {
            (end < hi && matches!(&*ascii_lower(self.word(end)), "of" | "from"))
                .then(|| self.agent_after(end, hi))
                .flatten()
        })?;
        Some((Some(agent), self.subject_before(lo, with)))
    }

    /// Whether "with" at `with` names help ("with U.S. support", "with
    /// the backing of Russia", "with Iran's help"): a noun of help within a
    /// few words, past determiners, modifiers and one actor.
    fn help_follows(&self, with: usize, clause_end: usize) -> bool {
        let mut k = with + 1;
        let mut actor = false;
        while k < clause_end && k < with + 6 {
            if is_help(self.word(k)) {
                return true;
            }
            if self.class(k) == Some(Class::Det) || self.is_modifier(k) || self.possessive_at(k) {
                k += 1;
                continue;
            }
            match self.group_starting(k) {
                Some(g) if !actor => {
                    actor = true;
                    k = g.te;
                }
                _ => return false,
            }
        }
        false
    }

    /// Who backs and who is backed when the participle at `at` closes a
    /// backing compound ("U.S.-backed Kurdish forces"): the group before
    /// it, and the first group of the noun phrase after it, if any.
    fn backing(&self, at: usize, clause_end: usize) -> Option<(Group, Option<Group>)> {
        let by = *self
            .group_ending(at.checked_sub(1)?)
            .filter(|g| self.backing_participle(g) == Some(at))?;
        // "the U.S.-backed opposition group the Free Syrian Army".
        let backed = (at + 1..clause_end.min(at + 6))
            .take_while(|&k| {
                self.toks[k].kind == TokenKind::Word
                    && matches!(self.class(k), None | Some(Class::Det))
            })
            .find_map(|k| self.group_starting(k))
            .copied();
        Some((by, backed))
    }

    fn group_at(&self, i: usize) -> Option<&Group> {
        let k = self.groups.partition_point(|g| g.ts <= i);
        k.checked_sub(1)
            .map(|k| &self.groups[k])
            .filter(|g| g.te > i)
    }

    fn kind(&self, g: &Group) -> ActorKind {
        let m = &self.actors.mentions[g.first];
        self.actors.actors[m.actor as usize].kind
    }

    fn mention_kind(&self, g: &Group) -> MentionKind {
        self.actors.mentions[g.first].kind
    }

    /// A possessive pronoun ("his counterpart"): a determiner, not an argument.
    fn is_possessive(&self, g: &Group) -> bool {
        self.mention_kind(g) == MentionKind::Pronoun
            && g.te == g.ts + 1
            && self.class(g.ts) == Some(Class::Det)
    }

    /// Whether the word at `k` says that what "with" names next is an
    /// ally: "in tacit cooperation with", "together with", "alongside".
    /// Whether the word at `k` is the noun of a hostile act (CAMEO 13 to
    /// 20 in every noun reading): "strike", "attack", "sanctions".
    fn names_a_hostile_act(&self, k: usize) -> bool {
        let nouns = || self.forms(k).iter().filter(|(_, f)| *f == Form::Noun);
        nouns().next().is_some()
            && nouns().all(|(p, _)| {
                self.lex.codings[self.lex.patterns[*p as usize].coding as usize].root() >= "13"
            })
    }

    /// Whether the noun at `at` stands with no determiner, number,
    /// possessive or actor before it, past adjectives: "strong demand",
    /// "demand is expected", not "a demand", "their demand", "Russia's
    /// demand".
    fn mass_noun(&self, at: usize) -> bool {
        // Past adjectives and participles ("his repeated demand"); not past
        // an actor or a pronoun, which may be the subject of "demand" as a
        // verb ("the Chinese people demand", "we demand").
        let mut k = at;
        while k > self.start
            && k + 3 > at
            && self.is_lower_word(k - 1)
            && self.class(k - 1).is_none()
            && self.group_at(k - 1).is_none()
            && !is_personal_pronoun(self.word(k - 1))
        {
            k -= 1;
        }
        !(k > self.start
            && (self.class(k - 1) == Some(Class::Det)
                || self.group_ending(k).is_some()
                || self.toks[k - 1].kind == TokenKind::Number
                || self.possessive_at(k - 1)
                || is_possessive_pronoun(self.word(k - 1))
                || is_personal_pronoun(self.word(k - 1))
                || matches!(&*ascii_lower(self.word(k - 1)), "key" | "main")))
    }

    /// Whether the word at `k` opens a phrase of its own after an act's
    /// object: an adjunct ("after vandalism", "amid protests", "despite
    /// warnings") or an infinitive ("to harden their positions": "to", a
    /// verb, then a determiner or possessive; "to the talks" is a
    /// preposition).
    fn opens_own_phrase(&self, k: usize) -> bool {
        let w = ascii_lower(self.word(k));
        if matches!(
            &*w,
            "after"
                | "before"
                | "following"
                | "amid"
                | "amidst"
                | "despite"
                | "during"
                | "because"
                | "since"
                | "until"
                | "unless"
                | "while"
                | "although"
                | "though"
                | "whereas"
                // "speaks to the press aboard Air Force One": where.
                | "aboard"
                | "onboard"
        ) {
            return true;
        }
        // "talked of wanting to work with Russia": a gerund after "of" or
        // "about" is a verb of its own.
        if w.ends_with("ing")
            && k > self.start
            && self.is_lower_word(k)
            && matches!(&*ascii_lower(self.word(k - 1)), "of" | "about")
            && !self.lex.is_common_noun(self.word(k))
            // ("the support of leading banks": an adjective.)
            && !matches!(
                &*w,
                "leading"
                    | "ruling"
                    | "opposing"
                    | "emerging"
                    | "developing"
                    | "existing"
                    | "remaining"
                    | "ongoing"
                    | "growing"
                    | "increasing"
                    | "neighboring"
                    | "neighbouring"
                    | "warring"
                    | "governing"
                    | "incoming"
                    | "outgoing"
                    | "upcoming"
                    | "competing"
                    | "rising"
                    | "continuing"
                    | "sitting"
                    | "founding"
                    | "pending"
                    | "underlying"
                    | "prevailing"
                    | "surrounding"
                    | "participating"
                    | "visiting"
                    | "fighting"
            )
        {
            return true;
        }
        w == "to"
            && k + 2 < self.end
            && self.is_lower_word(k + 1)
            && self.class(k + 1).is_none()
            && (self.class(k + 2) == Some(Class::Det) || is_possessive_pronoun(self.word(k + 2)))
    }

    fn names_an_ally(&self, k: usize) -> bool {
        matches!(
            &*ascii_lower(self.word(k)),
            "cooperation"
                | "coordination"
                | "conjunction"
                | "concert"
                | "tandem"
                | "partnership"
                | "alliance"
                | "together"
                | "along"
                | "side"
                | "allied"
                | "cooperating"
                | "coordinating"
        )
    }

    /// Whether place `g` only names which event or agreement the noun
    /// after it is: "pulled out of the Paris climate accord", "the Minsk
    /// agreement", "discuss the Benghazi attack" (after an article, before
    /// an event noun, past one lowercase word). Not a thing there ("visited
    /// the Texas border", "attacked the Paris offices").
    fn attributive_place(&self, g: &Group, clause_end: usize) -> bool {
        let event_noun = |k: usize| {
            k < clause_end
                && self.is_lower_word(k)
                && (self.forms(k).iter().any(|(_, f)| *f == Form::Noun)
                    || matches!(
                        &*ascii_lower(self.word(k)),
                        "agreement"
                            | "agreements"
                            | "accord"
                            | "accords"
                            | "deal"
                            | "deals"
                            | "treaty"
                            | "treaties"
                            | "pact"
                            | "pacts"
                            | "protocol"
                            | "protocols"
                            | "declaration"
                            | "conventions"
                            | "convention"
                            | "conference"
                            | "format"
                            | "process"
                    ))
        };
        self.is_place(g)
            && g.ts > self.start
            && matches!(&*ascii_lower(self.word(g.ts - 1)), "the" | "a" | "an")
            && (event_noun(g.te)
                || (g.te < clause_end && self.is_modifier(g.te) && event_noun(g.te + 1)))
    }

    fn is_place(&self, g: &Group) -> bool {
        self.kind(g) == ActorKind::Place
    }

    /// Whether group `g` sits inside a prepositional phrase: the word before
    /// it, past determiners, other names and at most two modifiers, is a
    /// preposition.
    fn in_pp(&self, g: &Group) -> bool {
        let mut j = g.ts;
        let mut modifiers = 0;
        let mut coordinated = false;
        while j > self.start {
            let i = j - 1;
            if self.in_time(i) || self.in_case(i) {
                // "For several days Iran denied": the phrase was a time.
                // "in case the U.S. launches": a conjunction, no phrase.
                return false;
            }
            // "including Mrs. Clinton": a courtesy title is part of the name.
            if matches!(
                self.word(i).trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Dame"
            ) {
                j = i;
                continue;
            }
            // "NATO members, such as Germany,": an example, not the subject.
            if i > self.start
                && self.word(i).eq_ignore_ascii_case("as")
                && self.word(i - 1).eq_ignore_ascii_case("such")
            {
                return true;
            }
            match self.class(i) {
                // "Dozens of protesters were freed": a quantity heads the
                // phrase but the group is what it counts.
                // "after Macron met Biden": the preposition opened a clause.
                Some(Class::Prep) => {
                    // After a coordination, only a preposition that takes
                    // places or parties ("in Iraq and Syria").
                    let takes_both = !coordinated
                        || matches!(
                            &*ascii_lower(self.word(i)),
                            "in" | "at"
                                | "across"
                                | "throughout"
                                | "between"
                                | "among"
                                | "with"
                                | "of"
                                | "from"
                                | "into"
                                | "to"
                                | "on"
                                | "against"
                        );
                    return !self.counts_group(i) && !self.is_boundary(i) && takes_both;
                }
                // "lied to the FBI": "to" before a name is a preposition (it
                // is listed as the infinitive's auxiliary).
                Some(Class::Aux) if self.word(i).eq_ignore_ascii_case("to") => return true,
                Some(Class::Det) => {}
                // "in Iraq and Syria, the coalition continued to attack":
                // the phrase holds both names.
                // Not past a word that may open a clause or names examples
                // ("after France and Germany vowed", "figures like Kristol
                // and Kagan have assailed", "as to what Kim and Moon
                // agree"), nor when a verb follows: "and" joined clauses
                // ("the consulate in Benghazi and demonstrators stormed"),
                // nor from a place to a person ("Sen. Cruz of Texas and Rep.
                // Zeldin of New York, both Republicans, have questioned").
                Some(Class::Conj)
                    if i > self.start
                        && matches!(&*ascii_lower(self.word(i)), "and" | "or")
                        && self.group_at(i - 1).is_some_and(|h| {
                            (self.kind(h) == ActorKind::Place) == self.is_place(g)
                        })
                        && !self.verb_follows(g.te.saturating_sub(1)) =>
                {
                    coordinated = true;
                }
                _ if self.group_at(i).is_some() => {}
                // "a suicide attack in Kabul, Afghanistan, wounded": a
                // country set off by commas after a place names where the
                // place is.
                _ if self.word(i) == ","
                    && g.te < self.end
                    && self.word(g.te) == ","
                    && matches!(self.kind(g), ActorKind::Country | ActorKind::Place)
                    && self.group_ending(i).is_some_and(|h| self.is_place(h)) => {}
                _ if self.is_modifier(i) => {
                    modifiers += 1;
                    if modifiers > 2 {
                        return false;
                    }
                }
                _ => return false,
            }
            j = i;
        }
        false
    }

    /// Whether token `of` (at `i`) follows a quantity: a number ("two of
    /// the soldiers") or a word that counts ("dozens of", "hundreds of").
    fn counts_group(&self, i: usize) -> bool {
        if !self.word(i).eq_ignore_ascii_case("of") || i <= self.start {
            return false;
        }
        let q = i - 1;
        self.toks[q].kind == TokenKind::Number || crate::lexicon::is_count_word(self.word(q))
    }

    /// Whether group `g` directly follows a predicate verb (so it is that
    /// verb's object, not a subject).
    fn is_object(&self, g: &Group) -> bool {
        let mut j = g.ts;
        while j > self.start {
            let i = j - 1;
            // "killed four Americans", "arrested 12 protesters": a number
            // counts the object. (Not "dozens of people gathered", "all
            // U.N. sanctions": a quantity may head a subject.)
            // (A year is no count: "probing the 2012 terrorist attack".)
            let count = |w: &str| !(w.len() == 4 && matches!(w.as_bytes()[0], b'1' | b'2'));
            if self.class(i) == Some(Class::Det)
                || (self.toks[i].kind == TokenKind::Number && count(self.word(i)))
                || (self.is_lower_word(i)
                    && crate::time::number_word(self.word(i)).is_some_and(|n| n >= 2))
            {
                j = i;
                continue;
            }
            // "U.S.-backed forces": the compound's participle is no verb.
            if i > self.start && self.word(i - 1) == "-" && self.backing(i, self.end).is_some() {
                return false;
            }
            // "said Russian troops attacked": a speech verb takes a
            // clause, not an object.
            return self.forms(i).iter().any(|(p, f)| {
                let pat = &self.lex.patterns[*p as usize];
                pat.verb && *f != Form::Noun && (pat.target.object || !self.is_statement_verb(i))
            }) && self.class(i).is_none();
        }
        false
    }

    /// Where the noun phrase ending before `k` opens: back over nouns,
    /// modifiers, determiners, numbers, actors and the prepositions and
    /// conjunctions inside a phrase ("16 people in the country", "seven
    /// followers of the Islamic State group"), not before `lo`.
    fn patient_phrase_start(&self, k: usize, lo: usize) -> usize {
        let mut j = k;
        while j > lo {
            if let Some(g) = self.group_ending(j).filter(|g| g.ts >= lo) {
                j = g.ts;
                continue;
            }
            let p = j - 1;
            let w = ascii_lower(self.word(p));
            // (A sentence's first word is capitalized all the same.)
            let lower = self.is_lower_word(p) || p == self.start;
            // ("the divided province": any word after a determiner.)
            let after_det = p > lo && is_article(self.word(p - 1));
            let phrase_word = (lower
                && (self.lex.is_common_noun(self.word(p))
                    || self.is_modifier(p)
                    || (after_det && self.class(p).is_none())))
                || self.class(p) == Some(Class::Det)
                || self.toks[p].kind == TokenKind::Number
                || matches!(
                    &*w,
                    "of" | "and"
                        | "no"
                        | "or"
                        | "in"
                        | "on"
                        | "from"
                        | "at"
                        | "'s"
                        | "\u{2019}s"
                        | "'"
                        | "\u{2019}"
                );
            if !phrase_word {
                break;
            }
            j = p;
        }
        j
    }

    /// The actor after the first "of" of the phrase `[lo, k)` when only
    /// determiners, numbers, modifiers and nouns come before it ("seven
    /// suspected followers of the Islamic State group"; not "platforms in
    /// the Gulf east of Qatar").
    fn member_of(&self, lo: usize, k: usize) -> Option<Group> {
        // The phrase opens its clause, or follows "that" or a lowercase
        // content word (a verb, or a participle of the phrase: "seven
        // suspected followers"), not a name, a comma ("Moshe Davino, 20, of
        // Jerusalem") or a preposition.
        let opens = lo <= self.start
            || lo == self.clause_start(lo)
            || self.word(lo - 1).eq_ignore_ascii_case("that")
            || (self.is_lower_word(lo - 1)
                && !matches!(self.class(lo - 1), Some(Class::Prep | Class::Det)));
        if !opens {
            return None;
        }
        let of = (lo..k).find(|&j| !self.phrase_head_word(j))?;
        if !self.word(of).eq_ignore_ascii_case("of") {
            return None;
        }
        let mut j = of + 1;
        while j < k && self.group_starting(j).is_none() && self.class(j) == Some(Class::Det) {
            j += 1;
        }
        let g = self.group_starting(j).filter(|g| g.te <= k)?;
        // "enough of its fanatics", "three members of his family": a
        // possessor is not the members; an actor after it is ("one of its
        // workers").
        if g.te < k && g.te == g.ts + 1 && is_article(self.word(g.ts)) {
            return self.group_starting(g.te).filter(|h| h.te <= k).copied();
        }
        Some(*g)
    }

    /// A word of a noun phrase's head: a determiner, a number or a
    /// lowercase content word ("seven suspected followers").
    fn phrase_head_word(&self, j: usize) -> bool {
        self.class(j) == Some(Class::Det)
            || self.toks[j].kind == TokenKind::Number
            || crate::time::number_word(self.word(j)).is_some()
            || ((self.is_lower_word(j) || j == self.start) && self.class(j).is_none())
    }

    fn subject_like(&self, g: &Group) -> bool {
        !self.is_place(g)
            && !self.in_pp(g)
            && !self.dateline_agency(g)
            && self.backing_participle(g).is_none()
    }

    /// Whether `g` is the news agency of a dateline: "NEW DELHI (Reuters)
    /// -", "(CNN) President Trump …" (not "(Obama) advocated").
    fn dateline_agency(&self, g: &Group) -> bool {
        let aside = g.ts > self.start
            && self.word(g.ts - 1) == "("
            && g.te < self.end
            && self.word(g.te) == ")";
        aside
            && (g.ts - 1 == self.start
                || (g.te + 1 < self.end
                    && matches!(self.word(g.te + 1), "-" | "\u{2013}" | "\u{2014}"))
                || self
                    .participant(g, None)
                    .is_some_and(|p| p.code.ends_with("MED")))
    }

    /// Groups coordinated with `g` ("Macron and Biden", "Brazil and the
    /// United States"), `g` included, in text order.
    fn coordinated(&self, g: Group, lo: usize, hi: usize) -> Vec<Group> {
        let mut out = vec![g];
        // Leftwards.
        let mut cur = g;
        while out.len() < MAX_SOURCES {
            let mut j = cur.ts;
            // "the Tigray People's Liberation Front (TPLF)": the name the
            // aside follows.
            if j > lo + 1 && self.word(j - 1) == "(" {
                if let Some(p) = self.group_ending(j - 1).copied() {
                    out.insert(0, p);
                    cur = p;
                    continue;
                }
            }
            while j > lo && self.class(j - 1) == Some(Class::Det) {
                j -= 1;
            }
            let joiner = if j > lo + 1 {
                self.class(j - 1) == Some(Class::Conj)
            } else {
                false
            };
            let comma = j > lo + 1 && self.word(j - 1) == "," && out.len() >= 2;
            if !(joiner || comma) {
                break;
            }
            // "The US, Russia, and Switzerland": a serial comma before "and".
            if joiner && j > lo + 2 && self.word(j - 2) == "," {
                j -= 1;
            }
            match self.group_ending(j - 1) {
                Some(p) if self.subject_like(p) => {
                    out.insert(0, *p);
                    cur = *p;
                }
                // "Muhammadu Buhari of Nigeria and Patrice Talon": the
                // person before "of".
                Some(p) if p.ts > lo + 1 && self.word(p.ts - 1).eq_ignore_ascii_case("of") => {
                    match self.group_ending(p.ts - 1) {
                        Some(q) if self.kind(q) == ActorKind::Person && self.subject_like(q) => {
                            out.insert(0, *q);
                            cur = *q;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        // Rightwards.
        let mut cur = g;
        while out.len() < MAX_SOURCES {
            let j = cur.te;
            if j + 1 >= hi || self.class(j) != Some(Class::Conj) {
                break;
            }
            let mut k = j + 1;
            while k < hi && self.class(k) == Some(Class::Det) {
                k += 1;
            }
            match self.group_starting(k) {
                Some(n) if !self.is_place(n) && n.te <= hi => {
                    out.push(*n);
                    cur = *n;
                }
                _ => break,
            }
        }
        out
    }

    /// The nearest subject-like group before `head` in `[lo, head)`.
    fn subject_before(&self, lo: usize, head: usize) -> Option<Group> {
        self.groups
            .iter()
            .rev()
            .filter(|g| g.te <= head && g.ts >= lo)
            .find(|g| self.subject_like(g) && !self.is_object(g))
            .copied()
    }

    /// The group a list of examples hangs on, when `g` ends one: "German
    /// firms including Daimler and Siemens" → "German firms".
    fn list_head(&self, g: &Group, lo: usize) -> Group {
        let mut k = g.ts;
        while k > lo {
            let w = ascii_lower(self.word(k - 1));
            match &*w {
                "," | "and" | "or" => k -= 1,
                "including" | "like" => {
                    let before = if k >= 2 && self.word(k - 2) == "," {
                        k - 2
                    } else {
                        k - 1
                    };
                    return self
                        .group_ending(before)
                        .filter(|h| self.subject_like(h))
                        .copied()
                        .unwrap_or(*g);
                }
                // Members no table knows are names all the same.
                _ => match self.group_ending(k) {
                    Some(h) => k = h.ts,
                    None if self.word(k - 1).starts_with(char::is_uppercase) => k -= 1,
                    None => return *g,
                },
            }
        }
        *g
    }

    /// Whether the subject of the verb at `head` names two actors or more
    /// ("Trump and Erdogan spoke", "the two leaders talked").
    fn coordinated_subject(&self, head: usize, clause_end: usize) -> bool {
        let cs = self.clause_start(head);
        self.subject_before(cs, head).is_some_and(|g| {
            self.coordinated(g, cs, clause_end).len() >= 2 || self.members(&g).len() >= 2
        })
    }

    /// The "and"/"but" right before the verb at `head`, past adverbs and
    /// auxiliaries ("and has since denied", "and severely wounded"), after
    /// `lo`.
    fn conjunction_before(&self, lo: usize, head: usize) -> Option<usize> {
        let mut k = head;
        while k > lo
            && (matches!(self.class(k - 1), Some(Class::Adv | Class::Aux)) || self.ly_adverb(k - 1))
        {
            k -= 1;
        }
        let conj = k.checked_sub(1).filter(|&c| c > lo)?;
        matches!(&*ascii_lower(self.word(conj)), "and" | "but").then_some(conj)
    }

    /// Whether the word before `j` may end its subject or stand between
    /// them: an actor, a personal pronoun, an auxiliary, a negation or an
    /// adverb ("Boko Haram has kidnapped", "he grew", "forces fatally
    /// shot"; not "on charges", "tax increases").
    fn follows_a_subject(&self, j: usize) -> bool {
        let p = j - 1;
        self.group_ending(j).is_some()
            || matches!(
                self.class(p),
                Some(Class::Aux | Class::Be | Class::Adv | Class::Neg)
            )
            || is_personal_pronoun(self.word(p))
            || (self.is_lower_word(p) && self.word(p).ends_with("ly"))
    }

    /// The subject a verb shares with the verb it is coordinated with:
    /// "Iran issued warrants for 36 people … and demanded …" (not the
    /// people). Only when "and"/"but" comes right before the verb (past
    /// adverbs and auxiliaries) and a finite verb precedes it in the clause;
    /// `Some(None)` when that verb's subject is a noun phrase that names no
    /// actor ("Carter and the delegation expressed concern about Fatah and
    /// Hamas, and vowed support": not Hamas).
    fn conjunct_subject(&self, lo: usize, head: usize) -> Option<Option<Group>> {
        let conj = self.conjunction_before(lo, head)?;
        // The last finite verb before the conjunction, not one of a
        // relative clause ("warrants for 36 people who fled … and
        // demanded"): "When aides sought to dissuade him, he grew
        // frustrated and complained" joins "grew".
        // Nor a word that may be a noun ("new sanctions", "tax
        // increases"), nor a passive ("several people were injured … and
        // vowed": the first verb's).
        let verb = (lo..conj)
            .rev()
            .find(|&j| {
                j > lo
                    && self.is_lower_word(j)
                    && self.reads_as_verb(j)
                    && self.finite_form(j)
                    && !matches!(&*ascii_lower(self.word(j - 1)), "who" | "which" | "that")
                    && !self.is_passive(j, Form::PastOrParticiple)
                    && self.follows_a_subject(j)
            })
            .or_else(|| (lo..conj).find(|&j| self.is_lower_word(j) && self.finite_form(j)))?;
        match self.subject_before(lo, verb) {
            Some(g) => Some(Some(g)),
            // A noun phrase naming no actor, or naming one that modifies it
            // ("a U.S. airstrike killed … and wounded").
            None => self.nominal_subject(lo, verb).or_else(|| {
                // "rocket fire killed four civilians and wounded 219
                // people": when no actor comes before the first verb, its
                // object is not the second's subject. (Not past another
                // verb: "said a man approached and attacked".)
                let object = self.groups.iter().any(|g| g.ts > verb && g.te <= conj);
                let actor_before = self.groups.iter().any(|g| g.ts >= lo && g.te <= verb);
                let verb_between = (verb + 1..conj).any(|j| {
                    self.is_lower_word(j)
                        && ((self.reads_as_verb(j) && self.finite_form(j))
                            || lexicon::is_irregular_simple_past(self.word(j)))
                });
                (object && !actor_before && !verb_between && !self.is_statement_verb(verb))
                    .then_some(None)
            }),
        }
    }

    /// "Putin said the aim was to demilitarize Ukraine and denied that …":
    /// a verb of saying, denying or alleging after "and" goes with the
    /// speech verb before it, and has its subject.
    fn speaker_conjunct(&self, lo: usize, head: usize) -> Option<Group> {
        let speaking = self.is_statement_verb(head)
            || matches!(self.class(head), Some(Class::Deny | Class::Allege));
        if !speaking {
            return None;
        }
        let conj = self.conjunction_before(lo, head)?;
        // The speech verb may sit before a quotation in the sentence.
        let said =
            (self.start..conj).find(|&j| self.is_statement_verb(j) && self.is_lower_word(j))?;
        self.subject_before(self.start, said)
    }

    /// A group inside a subject phrase that opens the clause ("officials
    /// from Iran said", "the leader of Hamas said"): the phrase before `head`
    /// holds no predicate, and the group follows "of" or "from" in it.
    fn subject_inside_phrase(&self, lo: usize, head: usize) -> Option<Group> {
        // "On Saturday morning, representatives from Iran acknowledged":
        // the phrase after an opening one.
        let lo = (lo..head)
            .rev()
            .find(|&k| self.word(k) == ",")
            .map_or(lo, |k| k + 1);
        let phrase_ok = (lo..head).all(|k| {
            let t = self.toks[k];
            t.kind == TokenKind::Word
                && !self.is_predicate_word(k)
                && !matches!(self.class(k), Some(Class::Sub | Class::Aux))
                || self.group_at(k).is_some()
                || matches!(self.class(k), Some(Class::Be | Class::Adv))
        });
        if !phrase_ok {
            return None;
        }
        self.groups
            .iter()
            .filter(|g| g.ts > lo && g.te <= head && !self.is_place(g))
            .find(|g| {
                let mut p = g.ts - 1;
                while p > lo && self.class(p) == Some(Class::Det) {
                    p -= 1;
                }
                matches!(&*ascii_lower(self.word(p)), "of" | "from")
            })
            .copied()
    }

    /// The first subject-like group of `[lo, head)`.
    fn first_subject(&self, lo: usize, head: usize) -> Option<Group> {
        self.groups
            .iter()
            .filter(|g| g.te <= head && g.ts >= lo)
            .find(|g| self.subject_like(g))
            .copied()
    }

    /// A possessor of an event noun at `head` ("Russia's build-up", "his
    /// meeting"), past at most three modifiers. With `country_acts`, a
    /// country named right before the noun is one too ("US objections").
    fn possessor(&self, head: usize, lo: usize, country_acts: bool) -> Option<Group> {
        let mut j = head;
        let mut steps = 0;
        while j > lo && steps < 4 {
            let i = j - 1;
            let w = self.word(i);
            if w == "'" || self.possessive_at(i) {
                return self.group_ending(i).filter(|g| !self.is_place(g)).copied();
            }
            if let Some(g) = self.group_ending(j) {
                // ("criticized Moscow over its support": a capital's "its"
                // is its state's.)
                if self.mention_kind(g) == MentionKind::Pronoun
                    && (!self.is_place(g) || self.word(g.ts).eq_ignore_ascii_case("its"))
                {
                    return Some(*g);
                }
                // ("U.S. sanctions", "US pressure": a country's
                // abbreviation before the noun is used as its adjective.)
                if self.mention_kind(g) == MentionKind::Demonym
                    || (self.kind(g) == ActorKind::Country
                        && (j < head || country_acts || self.abbreviation(g)))
                {
                    // "Russian attacks": the demonym's country did it; so
                    // does a country named before the act's modifier ("U.S.
                    // arms sales").
                    return Some(*g);
                }
                // "a Taliban attack", "a police raid", "an opposition
                // march": an armed, state or political body right before
                // the act, after an article, does it (not "a mosque
                // attack", "a hostage rescue").
                if j == head && self.doer_before_noun(g) {
                    return Some(*g);
                }
                return None;
            }
            match self.class(i) {
                Some(Class::Det | Class::Adv) => {}
                _ if self.is_modifier(i) => {}
                // "his 2012 campaign": a year or a count.
                _ if self.toks[i].kind == TokenKind::Number => {}
                // "U.S. arms sales": a plural noun before the act.
                None if self.is_lower_word(i) && self.word(i).ends_with('s') && i + 1 == head => {}
                _ => return None,
            }
            j = i;
            steps += 1;
        }
        None
    }

    /// Whether the group `g` is one word of capitals and full stops
    /// ("U.S.", "US", "UK"), as a country's name is abbreviated.
    fn abbreviation(&self, g: &Group) -> bool {
        let w = self.word(g.ts);
        g.te == g.ts + 1
            && (2..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
            && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    }

    /// Whether the group `g`, right before an act's noun, names who does
    /// it: after "a", "an" or "the", a state body or an organisation that
    /// bears arms, governs or opposes ("a Taliban attack", "a police
    /// raid", "an opposition march"), not people it may befall.
    fn doer_before_noun(&self, g: &Group) -> bool {
        if g.ts <= self.start
            || !matches!(&*ascii_lower(self.word(g.ts - 1)), "a" | "an" | "the")
            || self.is_place(g)
            || self.mention_kind(g) == MentionKind::Pronoun
        {
            return false;
        }
        let m = &self.actors.mentions[g.first];
        let a = &self.actors.actors[m.actor as usize];
        let armed_or_ruling = [
            "MIL", "REB", "UAF", "INS", "COP", "OPP", "SPY", "GOV", "IMG",
        ]
        .iter()
        .any(|s| a.code.contains(s));
        match a.kind {
            ActorKind::StateBody => true,
            // (Not a body of states: "the NATO summit", "the G-20 summit"
            // are its members' meetings, not its own act.)
            ActorKind::Organisation => armed_or_ruling && !a.code.starts_with("IGO"),
            _ => false,
        }
    }

    /// "accused Russia of the attack", "blamed Iran for the strikes": the
    /// party an allegation names as the doer of the act at `head`, and the
    /// alleging word.
    fn accused_party(&self, head: usize, lo: usize) -> Option<(Group, usize)> {
        let i = self.allegation_prep(head, lo)?;
        // The actor may head a phrase: "the Hezbollah militia
        // for", "the Iranian-backed Hezbollah militia for".
        let mut e = i;
        while self.group_ending(e).is_none()
            && e > lo + 1
            && i - e < 2
            && self.is_lower_word(e - 1)
            && self.lex.is_common_noun(self.word(e - 1))
        {
            e -= 1;
        }
        let g = *self.group_ending(e)?;
        let mut v = g.ts;
        let mut skipped = 0;
        while v > lo
            && (self.class(v - 1) == Some(Class::Det)
                || (skipped < 2 && self.backer_compound(v - 1)))
        {
            skipped += usize::from(self.class(v - 1) != Some(Class::Det));
            v -= 1;
        }
        let v = v.checked_sub(1).filter(|&v| v >= lo)?;
        (self.class(v) == Some(Class::Allege) && !self.is_place(&g)).then_some((g, v))
    }

    /// The "of" or "for" an allegation names its act after ("accused …
    /// of the attack", "blamed … for the strikes"): the first word left of
    /// `head` past determiners, adverbs and modifiers (at most four).
    fn allegation_prep(&self, head: usize, lo: usize) -> Option<usize> {
        let mut j = head;
        let mut steps = 0;
        while j > lo + 2 && steps < 4 {
            let i = j - 1;
            match self.class(i) {
                Some(Class::Det | Class::Adv) => {}
                Some(Class::Prep) => {
                    return matches!(&*ascii_lower(self.word(i)), "of" | "for").then_some(i);
                }
                _ if self.is_modifier(i) => {}
                _ => return None,
            }
            j = i;
            steps += 1;
        }
        None
    }

    /// The ones a participle of suspicion names as doers of the act at
    /// `head`: "two brothers suspected in the attack", "the men suspected
    /// of carrying out France's deadliest terrorist attack", "Saipov,
    /// accused of the attack". `Some(None)` when the phrase is there but
    /// what stands before the participle is no actor ("the man wanted in
    /// the bombing" leaves the act with no doer rather than another's).
    fn suspected_party(&self, head: usize, lo: usize) -> Option<Option<Group>> {
        let mut j = head;
        let mut steps = 0;
        while j > lo && steps < 6 {
            let i = j - 1;
            if self.possessive_at(i) {
                match self.group_ending(i) {
                    Some(g) if g.ts >= lo => {
                        j = g.ts;
                        steps += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.word(i).eq_ignore_ascii_case("out")
                && (matches!(self.class(i), Some(Class::Det | Class::Adv)) || self.is_modifier(i))
            {
                j = i;
                steps += 1;
                continue;
            }
            break;
        }
        // "of carrying out", "of plotting".
        let mut p = j;
        if p >= lo + 2
            && self.word(p - 1).eq_ignore_ascii_case("out")
            && matches!(&*ascii_lower(self.word(p - 2)), "carrying" | "carried")
        {
            p -= 2;
            if p > lo && self.word(p - 1).eq_ignore_ascii_case("having") {
                p -= 1;
            }
        } else if p > lo
            && matches!(
                &*ascii_lower(self.word(p - 1)),
                "plotting"
                    | "staging"
                    | "planning"
                    | "perpetrating"
                    | "orchestrating"
                    | "masterminding"
                    | "committing"
            )
        {
            p -= 1;
        }
        if p < lo + 3 || !matches!(&*ascii_lower(self.word(p - 1)), "in" | "of" | "over") {
            return None;
        }
        let v = p - 2;
        if !matches!(
            &*ascii_lower(self.word(v)),
            "suspected" | "accused" | "arrested" | "charged" | "detained" | "wanted" | "convicted"
        ) {
            return None;
        }
        // ("Saipov, accused of the attack": past the comma.)
        let before = if v > lo && self.word(v - 1) == "," {
            v - 1
        } else {
            v
        };
        match self.group_ending(before) {
            Some(g) if g.ts >= lo && !self.is_place(g) => Some(Some(*g)),
            Some(_) => None,
            // A noun that names no actor: no one named did it. Otherwise
            // ("was accused of", "TV Tuesday, accused of") the clause says
            // who.
            // ("two brothers suspected in the attack"; not "the group
            // accused of kidnapping", which names a group named before.)
            None => (before > lo + 1
                && self.is_lower_word(before - 1)
                && self.lex.is_common_noun(self.word(before - 1))
                && (self.toks[before - 2].kind == TokenKind::Number
                    || crate::time::number_word(self.word(before - 2)).is_some()))
            .then_some(None),
        }
    }

    /// "accused the coalition of bombing", "blamed the gunmen's group for
    /// the attack": an allegation against a party that is no actor; the
    /// alleging word. The act at `head` is alleged and is not the
    /// accuser's.
    fn accused_phrase(&self, head: usize, lo: usize) -> Option<usize> {
        let i = self.allegation_prep(head, lo)?;
        // The accused: a lowercase noun right before "of" or
        // "for", with up to two modifiers before it, after a
        // determiner.
        let n = i - 1;
        if !(self.is_lower_word(n)
            && self.lex.is_common_noun(self.word(n))
            && self.class(n).is_none())
        {
            return None;
        }
        let mut v = n;
        while v > lo
            && n - v < 3
            && (self.backer_compound(v - 1)
                || (self.is_lower_word(v - 1)
                    && self.class(v - 1).is_none()
                    && self.lex.is_common_noun(self.word(v - 1))))
        {
            v -= 1;
        }
        if !(v > lo && self.class(v - 1) == Some(Class::Det)) {
            return None;
        }
        while v > lo && self.class(v - 1) == Some(Class::Det) {
            v -= 1;
        }
        let v = v.checked_sub(1).filter(|&v| v >= lo)?;
        (self.class(v) == Some(Class::Allege)
            && (v + 1..i).all(|k| self.group_ending(k + 1).is_none()))
        .then_some(v)
    }

    /// A one-token compound that says who backs or leads a group:
    /// "Iranian-backed", "Saudi-led", "al-Qaida-linked".
    fn backer_compound(&self, k: usize) -> bool {
        let w = ascii_lower(self.word(k));
        w.contains('-')
            && [
                "backed",
                "led",
                "linked",
                "allied",
                "aligned",
                "funded",
                "supported",
                "sponsored",
            ]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|h| h.ends_with('-')))
    }

    /// Reads the predicate at token `i`, if the word is one here.
    /// Whether the word before `k` is a contracted "be": "they're free",
    /// "I'm free" (the tokenizer may split it, "I" "'m", or not).
    #[inline(never)]
    fn contracted_be(&self, k: usize) -> bool {
        if k <= self.start || !self.word(k - 1).contains(['\'', '\u{2019}']) {
            return false;
        }
        let w = ascii_lower(self.word(k - 1)).replace('\u{2019}', "'");
        let pronoun_s = w == "'s"
            && k >= self.start + 2
            && matches!(
                &*ascii_lower(self.word(k - 2)),
                "he" | "she" | "it" | "that" | "there" | "who" | "what"
            );
        w.ends_with("'re")
            || w.ends_with("'m")
            || pronoun_s
            || matches!(
                &*w,
                "he's" | "she's" | "it's" | "that's" | "there's" | "who's" | "what's"
            )
    }

    /// "a fierce shot", "a long-range shot": a verb form that is a common
    /// noun too ("shot", "beat", "ring") after "a" and adjectives (not
    /// nouns: "a gunman shot three people"), with no object after it: a
    /// preposition (not "by") or the end of the phrase ("a parting shot
    /// on Twitter").
    #[inline(never)]
    fn noun_homograph(&self, i: usize) -> bool {
        // "allies" is the verb only before "with" or a reflexive ("allies
        // with Russia", "allies itself with"); "U.S. allies to warn" are
        // the allies.
        if self.word(i).eq_ignore_ascii_case("allies") {
            return !(i + 1 < self.end
                && matches!(
                    &*ascii_lower(self.word(i + 1)),
                    "with" | "itself" | "himself" | "herself" | "themselves"
                ));
        }
        if !matches!(&*ascii_lower(self.word(i)), "shot" | "beat" | "ring") {
            return false;
        }
        let mut k = i;
        while k > self.start
            && k + 3 > i
            && self.is_lower_word(k - 1)
            && self.is_modifier(k - 1)
            && !self.lex.is_common_noun(self.word(k - 1))
        {
            k -= 1;
        }
        let bare = i + 1 >= self.end
            || self.toks[i + 1].kind == TokenKind::Punct
            || (self.class(i + 1) == Some(Class::Prep)
                && !self.word(i + 1).eq_ignore_ascii_case("by"));
        bare && k < i && k > self.start && matches!(&*ascii_lower(self.word(k - 1)), "a" | "an")
    }

    fn head(&self, i: usize, consumed: &[usize]) -> Option<Head> {
        if consumed.contains(&i) {
            return None;
        }
        let readings = self.forms(i);
        if readings.is_empty() {
            return None;
        }
        // "seeking to deepen", "wants to meet": a governor, not an act;
        // the infinitive it governs is the event (with its modality).
        if i + 2 < self.end
            && self.word(i + 1).eq_ignore_ascii_case("to")
            && self.is_predicate_word(i + 2)
            && is_pure_governor(self.word(i))
        {
            return None;
        }
        // "to have arrived", "had met": "have" before a participle is an
        // auxiliary, never the light verb of "have talks".
        if self.perfect_auxiliary(i) {
            return None;
        }
        if self.opens_quoted_title(i) {
            return None;
        }
        let noun_context = self.noun_context(i);
        let has_verb = readings.iter().any(|(_, f)| *f != Form::Noun);
        let has_noun = readings.iter().any(|(_, f)| *f == Form::Noun);
        // Capitalized words in running text are names ("Strike Force"),
        // except at the start of the sentence.
        if i > self.start
            && self.word(i).starts_with(|c: char| c.is_uppercase())
            && self.group_at(i).is_some()
        {
            return None;
        }
        if self.group_at(i).is_some() {
            return None;
        }
        // In running text a capitalized word after the first is a name or
        // a title ("the Return March", "Nuclear Forces treaty", "Decision
        // and Order"); a month is a date ("March 2").
        if !self.heading && i > self.start && self.capitalized_after_start(i) {
            return None;
        }
        if self.in_time_expression(i) {
            return None;
        }
        // "Ban said" opening a sentence: a capitalized word the entity
        // tagger found in a name is no event noun.
        if !self.heading && self.in_name(i) {
            return None;
        }
        // "met exiled dissidents", "the jailed activist": an adjective.
        if self.is_adjectival_participle(i) || self.participle_before_noun(i) {
            return None;
        }
        // "asked whether", "asked the minister about": a question, no appeal.
        if self.asks_a_question(i) {
            return None;
        }
        // "March is usually a tight month": the month, capitalized, is no
        // march ("the March on Washington" is).
        if self.word(i) == "March"
            && !(i > self.start && self.word(i - 1).eq_ignore_ascii_case("the"))
        {
            return None;
        }
        // A present-tense verb follows its subject, an auxiliary or "to";
        // after another lowercase content word it is a noun or a
        // participle's object ("to revoke forces").
        let present_ok = i == self.start || {
            let p = i - 1;
            // "urged sanctions", "denied reports": after a full verb a
            // word is its object, not a present-tense verb ("will meet").
            (!self.is_lower_word(p)
                || self.class(p).is_some_and(|c| match c {
                    Class::Det | Class::Prep => false,
                    // "could attack", not "a reluctant partner", "a
                    // potential target".
                    Class::Plan | Class::Allege | Class::Deny | Class::Hypo => {
                        is_modal(self.word(p))
                    }
                    // "did not attack", not "no partner".
                    Class::Neg => !self.word(p).eq_ignore_ascii_case("no"),
                    _ => true,
                })
                || self.group_ending(i).is_some())
                && !self.name_modifies_noun(p)
        };
        // "Kurdish forces", "Security forces", "subject to forces": a word
        // in -s after a capitalized word that names no one, or after "to",
        // is a plural noun, not a verb ("Russia forces", "Smith forces").
        let s_ok = i == self.start || {
            let p = i - 1;
            let after_to = self.word(p).eq_ignore_ascii_case("to");
            let after_modifier = !self.is_lower_word(p)
                && self.toks[p].kind == TokenKind::Word
                && self.group_ending(i).is_none()
                && !self.entity_ends_at(p);
            !after_to && !after_modifier
        };
        // "Baghouz is free", "there was talk that", "there is fear that":
        // no verb's base form follows "be"; the word is an adjective or a
        // state, no act. ("are cut", "was overrun": a participle like the
        // base is passive.) Not after "IS" (the Islamic State), nor after
        // "'s" (a possessive).
        // Nor an -s form ("the reasons were declines in permits") when the
        // word has no noun reading.
        let base = readings.iter().any(|(_, f)| *f == Form::Base)
            && !readings.iter().any(|(_, f)| f.can_be_participle());
        let s_only = readings.iter().all(|(_, f)| *f == Form::S);
        if base || s_only {
            let mut k = i;
            while k > self.start && self.class(k - 1) == Some(Class::Adv) {
                k -= 1;
            }
            let contracted = self.contracted_be(k);
            if k > self.start
                && ((self.class(k - 1) == Some(Class::Be)
                    && self.is_lower_word(k - 1)
                    && !self.possessive_at(k - 1))
                    || contracted)
            {
                return None;
            }
        }
        // "the U.S. ban on ZTE", "a Trump visit", "the GDP decline": a
        // base form right after one singular name that follows an article
        // is a noun (its verb would be "bans", "visits"); not after a
        // plural ("the Kurds fear").
        // Not after a coordination ("Ukraine and the West accuse"), a
        // "that" or a verb of demanding, which may take a subjunctive
        // ("recommended that the U.S. end its aid", "demand the White
        // House provide"), nor after a plural name ("the Taliban oppose").
        let base_ok = i == self.start || !readings.iter().any(|(_, f)| *f == Form::Base) || {
            let p = i - 1;
            let first = self.group_ending(i).map_or(p, |g| g.ts);
            let article = first > self.start
                && matches!(&*ascii_lower(self.word(first - 1)), "a" | "an" | "the");
            let open = article && {
                let a = first - 1;
                a == self.start || {
                    let w = ascii_lower(self.word(a - 1));
                    !matches!(&*w, "and" | "or" | "&" | "," | "that" | "both")
                        && !matches!(
                            self.class(a - 1),
                            Some(
                                Class::Plan
                                    | Class::Allege
                                    | Class::Deny
                                    | Class::Hypo
                                    | Class::Conj
                            )
                        )
                }
            };
            let singular_name = self.toks[p].kind == TokenKind::Word
                && self.word(p).starts_with(|c: char| c.is_uppercase())
                && !self.word(p).ends_with(['s', 'S'])
                && !matches!(
                    self.word(p),
                    "Taliban" | "Peshmerga" | "Mujahideen" | "Shabab"
                );
            !(singular_name && open)
        };
        let readings_ok = |f: Form| {
            f == Form::Noun
                || f.is_past()
                || f == Form::Ing
                || (present_ok && (f != Form::S || s_ok) && (f != Form::Base || base_ok))
        };
        let has_verb = has_verb
            && readings
                .iter()
                .any(|(_, f)| *f != Form::Noun && readings_ok(*f));
        // "weighs 400 pounds", "the 2014 strikes": after a figure a word
        // is a noun (a unit or a thing counted), never a verb.
        // A participle still reports an act: "13 killed and 29 injured".
        let after_figure = i > self.start
            && self.toks[i - 1].kind == TokenKind::Number
            && !readings.iter().any(|(_, f)| f.is_past());
        if after_figure && !has_noun {
            return None;
        }
        let want_noun = match (has_verb, has_noun) {
            (true, true) => noun_context || after_figure,
            (false, true) => true,
            (true, false) => {
                if noun_context && !readings.iter().any(|(_, f)| f.is_past()) {
                    return None;
                }
                // "fire a shot", "carrying the injured": a participle right
                // after an article is a noun.
                if self.after_article(i) {
                    return None;
                }
                if self.noun_homograph(i) {
                    return None;
                }
                false
            }
            (false, false) => return None,
        };
        let clause_end = self.clause_end(i);
        let mut best: Option<(i32, Head)> = None;
        for &(p, form) in readings {
            if (form == Form::Noun) != want_noun || !readings_ok(form) {
                continue;
            }
            let pat = &self.lex.patterns[p as usize];
            // Particle.
            let mut end = i + 1;
            let mut ok = true;
            for (n, part) in pat.particle.iter().enumerate() {
                // "called on Sunday for talks": a time adverbial may stand
                // between the verb and its particle.
                if n == 0
                    && !want_noun
                    && end < clause_end
                    && !self.word(end).eq_ignore_ascii_case(part)
                {
                    if let Some(after) = self.time_adverbial(end, clause_end) {
                        if after < clause_end && self.word(after).eq_ignore_ascii_case(part) {
                            end = after;
                        }
                    }
                }
                // ("charged that …": "that" opens the next clause and is
                // still the particle.)
                let reach = if *part == "that" {
                    clause_end + 1
                } else {
                    clause_end
                };
                if end < reach.min(self.end) && self.word(end).eq_ignore_ascii_case(part) {
                    end += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            // "agreed on Friday", "gave in June", "called for one day": a
            // preposition that opens a time expression is not a particle.
            if ok && !pat.particle.is_empty() && self.time_adverbial(end - 1, clause_end).is_some()
            {
                ok = false;
            }
            // "holding up to five rallies": "up to" counts, it is no particle.
            if ok
                && pat
                    .particle
                    .last()
                    .is_some_and(|p| p.eq_ignore_ascii_case("up"))
                && end < clause_end
                && self.word(end).eq_ignore_ascii_case("to")
                && end + 1 < clause_end
                && (self.word(end + 1).starts_with(|c: char| c.is_ascii_digit())
                    || matches!(self.word(end + 1), "a" | "an")
                    || crate::lexicon::is_count_word(self.word(end + 1)))
            {
                ok = false;
            }
            if !ok {
                continue;
            }
            // "rescue workers", "riot police", "the threat level": an event
            // noun before a common noun modifies it and reports no event.
            // ("calls for action": after a preposition the noun is its object).
            if form == Form::Noun
                && end > i
                && self.class(end - 1) != Some(Class::Prep)
                && self.modifies_next_noun(end)
            {
                continue;
            }
            // "encouraged by recent polls" is a feeling, "encouraged by
            // lawmakers to act" an appeal: a sense that reports nothing,
            // read with "by", yields to an agent named after it.
            if pat.particle.last() == Some(&"by")
                && self.lex.codings[pat.coding as usize].code == lexicon::NO_EVENT
                && self.agent_at(end, clause_end)
            {
                continue;
            }
            // "a press release", "a guilty plea": a word before the head
            // that turns the row away.
            if !pat.not_before.is_empty()
                && i > self.start
                && pat.not_before.contains(&&*ascii_lower(self.word(i - 1)))
            {
                continue;
            }
            // Cue.
            let mut cue_at = None;
            if !pat.cue.is_empty() {
                // The cue follows the head, or is the adverb right before it
                // ("sexually abused").
                // Or the possessor right before a noun ("the miners'
                // strike", "the teachers' walkout").
                let possessor =
                    (form == Form::Noun && i >= self.start + 2 && self.possessive_at(i - 1))
                        .then(|| i - 2)
                        .filter(|&k| self.is_cue(pat, k, clause_end));
                cue_at = (i > self.start && self.is_cue(pat, i - 1, clause_end))
                    .then(|| i - 1)
                    .or(possessor)
                    .or_else(|| {
                        (end..clause_end.min(end + 12))
                            .find(|&k| self.is_cue(pat, k, clause_end))
                            .filter(|&k| !pat.verb || !self.warns_of_a_state(i, end, k))
                    })
                    .or_else(|| {
                        // A passive's object is its subject: "the prisoners
                        // were released", "hostages freed by the rebels",
                        // "a deal was struck".
                        let passive = pat.verb
                            && (self.is_passive(i, form)
                                || self.modifies_noun_before(i, end, clause_end));
                        if !passive {
                            return None;
                        }
                        let lo = self.clause_start(i).max(i.saturating_sub(8));
                        (lo..i).rev().find(|&k| self.is_cue(pat, k, clause_end))
                    });
                // A row whose cue is its direct object (`DOBJ`): the cue
                // word itself heads the object, and no verb follows it
                // ("claimed the attack", not "claimed the attack was
                // staged" nor "claimed the attacker").
                if pat.verb && form != Form::Noun && pat.target.direct {
                    cue_at = cue_at.filter(|&k| {
                        k >= end
                            && self.object_head(end, clause_end) == Some(k)
                            && pat.cue.iter().any(|c| {
                                let w = self.word(k);
                                w.eq_ignore_ascii_case(c)
                                    || (w.len() == c.len() + 1
                                        && w.ends_with(['s', 'S'])
                                        && w[..c.len()].eq_ignore_ascii_case(c))
                            })
                            && !self.clause_verb_after(k, 1)
                    });
                }
                if cue_at.is_none() {
                    continue;
                }
            }
            let target = self.target_for(pat, end, clause_end, false);
            let found = target.is_some();
            // A required target may be the other of two coordinated
            // subjects ("Trump and Erdogan spoke").
            // Or the subject of a passive with its agent ("Trevithick is
            // being released by Iran"; not "he is considered a favourite").
            // Not when the verb's object is something else ("Tsarnaev and
            // his family received benefits").
            let other_object = pat.verb
                && form != Form::Noun
                && pat.target.object
                && self.direct_object_follows(end, clause_end);
            if pat.target.required
                && !found
                && (other_object || !self.coordinated_subject(i, clause_end))
                // Help given "with" it names its giver and receiver ("with
                // U.S. support").
                && (form != Form::Noun
                    || self
                        .with_help(i, end, self.clause_start(i), clause_end)
                        .is_none())
                && !(pat.verb
                    && self.is_passive(i, form)
                    && end < clause_end
                    && self.word(end).eq_ignore_ascii_case("by")
                    && self.subject_before(self.clause_start(i), i).is_some())
            {
                continue;
            }
            // A verb's direct object, an event noun's "of" complement
            // ("breach of trust").
            // "met with resistance": a turned-away object after the
            // preposition of the target as well.
            // "fights back against comparisons": past a particle of
            // direction before the target's preposition.
            let after_particle = if end + 1 < clause_end
                && !pat.not_objects.is_empty()
                && matches!(&*ascii_lower(self.word(end)), "back" | "off" | "out" | "on")
                && pat
                    .target
                    .preps
                    .iter()
                    .any(|p| self.word(end + 1).eq_ignore_ascii_case(p))
            {
                end + 1
            } else {
                end
            };
            let object_from = if after_particle < clause_end
                && (self.word(after_particle).eq_ignore_ascii_case("of")
                    || (!pat.not_objects.is_empty()
                        && pat
                            .target
                            .preps
                            .iter()
                            .any(|p| self.word(after_particle).eq_ignore_ascii_case(p))))
            {
                Some(after_particle + 1)
            } else {
                pat.verb.then_some(end)
            };
            // A verb read with no object ("demonstrate" as protest) has
            // none; one read with an object right after it (`DOBJ`: "rallied
            // voters", not "rallied outside the embassy") has one, unless
            // passive.
            if pat.verb && form != Form::Noun && (pat.target.no_object || pat.target.direct) {
                let object = self.direct_object_follows(end, clause_end);
                if (pat.target.no_object && object)
                    || (pat.target.direct && !object && !self.is_passive(i, form))
                {
                    continue;
                }
            }
            // A target found past the object is no object ("killed hopes of
            // talks with North Korea").
            if !pat.not_objects.is_empty()
                && form != Form::Ing
                && object_from
                    .and_then(|f| self.object_head(f, clause_end))
                    .is_some_and(|k| {
                        // Or an actor that only modifies it ("pressing a
                        // criminal investigation").
                        target.as_ref().is_none_or(|g| g.ts > k || g.te <= k)
                            && pat.not_objects.contains(&&*ascii_lower(self.word(k)))
                    })
            {
                continue;
            }
            // The same object named before the verb, as a passive's
            // subject or a relative clause's antecedent ("the agreement that
            // was struck", "a deal Mr. Obama would strike", "the balance he
            // must strike").
            if !pat.not_objects.is_empty()
                && pat.verb
                && form != Form::Noun
                && self
                    .fronted_object(i)
                    .is_some_and(|k| pat.not_objects.contains(&&*ascii_lower(self.word(k))))
            {
                continue;
            }
            let mut score = 5 * pat.particle.len() as i32 + if cue_at.is_some() { 3 } else { 0 };
            // A cue of two words says more than one of its words alone
            // ("sanctions relief" over "relief").
            if let Some(k) = cue_at {
                let two = pat.cue.iter().any(|c| {
                    c.split_once(' ')
                        .is_some_and(|(a, _)| self.word(k).eq_ignore_ascii_case(a))
                });
                if two {
                    score += 2;
                }
            }
            if found {
                score += 1;
            }
            // At equal scores a code of the same root that says more wins
            // over the root's "not specified" code ("held phone talks":
            // 041 over 040).
            let code = |q: u32| {
                let pat = &self.lex.patterns[q as usize];
                self.lex.codings[pat.coding as usize].code.as_str()
            };
            let refines_code = |specific: &str, generic: &str| {
                generic.len() == 3
                    && generic.ends_with('0')
                    && specific.len() >= 3
                    && specific.get(..2) == generic.get(..2)
                    && specific != generic
            };
            let refines = best
                .as_ref()
                .is_some_and(|(s, b)| score == *s && refines_code(code(p), code(b.pattern)));
            // The unspecified reading found after the one that refines it
            // lends its cue the same way.
            if let Some((s, b)) = best.as_mut() {
                if *s == score
                    && refines_code(code(b.pattern), code(p))
                    && cue_at != b.cue_at
                    && b.also_cue.is_none()
                {
                    b.also_cue = cue_at;
                }
            }
            if refines || best.as_ref().is_none_or(|(s, _)| score > *s) {
                // The act's noun that the generic reading took as its cue
                // ("held phone talks": "talks") stays the act's own word,
                // not an act of its own.
                let also_cue = if refines {
                    best.as_ref()
                        .and_then(|(_, b)| b.cue_at)
                        .filter(|&c| Some(c) != cue_at)
                } else {
                    None
                };
                best = Some((
                    score,
                    Head {
                        at: i,
                        end,
                        pattern: p,
                        form,
                        cue_at,
                        also_cue,
                    },
                ));
            }
        }
        // The best reading may be a sense that reports nothing ("kicked
        // off a tour", "seized on the remark"): the caller codes nothing.
        best.map(|(_, h)| h)
    }

    /// Whether an actor that is no possessor opens the phrase at `k`, past
    /// its determiners ("by lawmakers", "by the president"; not "by
    /// China's renewed commitment").
    fn agent_at(&self, k: usize, clause_end: usize) -> bool {
        let mut k = k;
        while k < clause_end && self.class(k) == Some(Class::Det) {
            k += 1;
        }
        k < clause_end
            && self.group_starting(k).is_some_and(|g| {
                !self.is_possessive(g)
                    && !(g.te < self.end
                        && (self.possessive_at(g.te)
                            || matches!(self.word(g.te), "'" | "\u{2019}")))
            })
    }

    /// Whether a head's best reading is a sense that reports no event.
    fn reports_nothing(&self, h: &Head) -> bool {
        self.lex.codings[self.lex.patterns[h.pattern as usize].coding as usize].code
            == lexicon::NO_EVENT
    }

    /// Whether the word at `i` reads as a noun from its left neighbour: a
    /// determiner, possessive, adjective-like demonym or preposition.
    /// Whether an article comes right before `i` ("a shot", "the injured").
    fn after_article(&self, i: usize) -> bool {
        i > self.start && matches!(&*ascii_lower(self.word(i - 1)), "a" | "an" | "the")
    }

    /// Whether a verb ending before `from` takes a direct object: a
    /// determiner ("demonstrated its resolve"), an actor ("rallied
    /// voters"), a lowercase noun ("demonstrate transparency") or a clause
    /// of what is shown ("demonstrated that", "how"), past adverbs ("all
    /// too well" is none). A preposition, a time ("Sunday"), punctuation or
    /// a conjunction after it is no object.
    fn direct_object_follows(&self, from: usize, clause_end: usize) -> bool {
        let mut k = from;
        while k < clause_end
            && (self.class(k) == Some(Class::Adv)
                || (self.is_lower_word(k) && self.word(k).ends_with("ly")))
        {
            k += 1;
        }
        if k >= clause_end || self.in_time_expression(k) {
            return false;
        }
        // "returned 1,323 people": a count opens an object.
        if self.toks[k].kind == TokenKind::Number {
            return true;
        }
        match &*ascii_lower(self.word(k)) {
            "that" | "how" | "what" | "whether" | "why" => return true,
            // A particle of motion or a preposition the function words do
            // not list: "marched down the street", "rallied outside".
            "down" | "up" | "off" | "out" | "away" | "back" | "home" | "together" | "past"
            | "outside" | "inside" | "around" | "along" | "alongside" | "beside" | "beyond"
            | "behind" | "throughout" | "onto" | "upon" | "unto" | "without" => return false,
            _ => {}
        }
        match self.class(k) {
            Some(Class::Det) => true,
            Some(_) => false,
            None => {
                self.group_at(k).is_some() || (self.is_lower_word(k) && !self.is_predicate_word(k))
            }
        }
    }

    /// Whether an event noun ending before `n` modifies a compound whose
    /// head, the word at `n`, is a common noun that names no act ("rescue
    /// workers", "riot police", "extradition bill"). A head that names an
    /// act keeps it: an event noun ("summit meeting"), a word for an
    /// undertaking ("rescue operation", "bailout package"), an accord on
    /// the act ("ceasefire agreement") or a proceeding about it
    /// ("impeachment trial", "the shooting incident"). A possessive
    /// starts a new phrase ("Egyptians protest president's powers").
    fn modifies_next_noun(&self, n: usize) -> bool {
        n < self.end
            && self.is_lower_word(n)
            && self.lex.is_common_noun(self.word(n))
            && !self.is_predicate_word(n)
            && !self.in_time_expression(n)
            && !(n + 1 < self.end
                && matches!(self.word(n + 1), "'s" | "\u{2019}s" | "'" | "\u{2019}"))
            && !matches!(
                &*ascii_lower(self.word(n)),
                "operation"
                    | "operations"
                    | "mission"
                    | "missions"
                    | "campaign"
                    | "campaigns"
                    | "ceremony"
                    | "effort"
                    | "efforts"
                    | "attempt"
                    | "attempts"
                    | "bid"
                    | "bids"
                    | "process"
                    | "program"
                    | "programs"
                    | "programme"
                    | "wave"
                    | "series"
                    | "spree"
                    | "drive"
                    | "package"
                    | "packages"
                    | "incident"
                    | "incidents"
                    | "agreement"
                    | "agreements"
                    | "accord"
                    | "accords"
                    | "pact"
                    | "deal"
                    | "deals"
                    | "treaty"
                    | "resolution"
                    | "resolutions"
                    | "trial"
                    | "trials"
                    | "inquiry"
                    | "investigation"
                    | "proceedings"
                    | "hearing"
                    | "hearings"
            )
    }

    fn noun_context(&self, i: usize) -> bool {
        if i == self.start {
            // "Talks between the US and Russia …", "Clashes with police
            // …", "Sanctions on Iran …": a sentence opens with a noun, not
            // a verb, before a preposition ("Speaking at a news
            // conference" opens with a participle, unless "between" or
            // "with" follow it: "Fighting between …").
            let next = i + 1;
            return next < self.end
                && (matches!(&*ascii_lower(self.word(next)), "between" | "with")
                    || self.class(next) == Some(Class::Prep)
                        && !self.word(i).to_ascii_lowercase().ends_with("ing"));
        }
        let prev = i - 1;
        let w = self.word(prev);
        // "Russia's invasion", "the workers' strike".
        if self.possessive_at(prev) {
            return true;
        }
        // "there are also echoes of", "there were clashes": what exists is
        // a noun.
        let mut k = prev;
        while k > self.start && self.class(k) == Some(Class::Adv) {
            k -= 1;
        }
        if k > self.start
            && self.class(k) == Some(Class::Be)
            && self.word(k - 1).eq_ignore_ascii_case("there")
        {
            return true;
        }
        match self.class(prev) {
            Some(Class::Det | Class::Prep) => return true,
            Some(Class::Aux | Class::Be | Class::Neg | Class::Hypo | Class::Plan) => {
                // "to" before a verb; "no talks" reads as a noun.
                return w.eq_ignore_ascii_case("no");
            }
            _ => {}
        }
        if let Some(g) = self.group_ending(i) {
            if self.mention_kind(g) == MentionKind::Demonym {
                return true;
            }
            // "relief from US sanctions", "under U.S. pressure": a
            // country's abbreviation inside a prepositional phrase is no
            // subject; the word after it is the noun it modifies (not after
            // a word that may open a clause: "after the US sanctions
            // Russia"; a name may be: "died in Syria fighting for ISIS").
            if g.ts > self.start
                && self.class(g.ts - 1) == Some(Class::Prep)
                && !matches!(
                    &*ascii_lower(self.word(g.ts - 1)),
                    "after" | "before" | "since" | "until" | "till" | "as" | "than" | "like"
                )
                && self.kind(g) == ActorKind::Country
                && self.abbreviation(g)
            {
                return true;
            }
            // "a terrorist attack is likely", "an insurgent strike": after
            // "a" and one actor a verb would agree with it ("a terrorist
            // attacks"); the bare form is the noun.
            if g.ts > self.start
                && matches!(&*ascii_lower(self.word(g.ts - 1)), "a" | "an")
                && !self.word(i).ends_with('s')
                && !self.word(i).ends_with("ed")
                // ("a militant beheading a British aid worker")
                && !self.word(i).ends_with("ing")
            {
                return true;
            }
            // "its NATO partners", "their Senate allies": a name after a
            // possessive determiner modifies the noun that follows it.
            if g.ts > self.start
                && matches!(
                    &*ascii_lower(self.word(g.ts - 1)),
                    "its" | "their" | "his" | "her" | "our" | "my" | "your"
                )
            {
                return true;
            }
            // "condemned the U.S. attack on Syria", "after the Israel
            // strike against Gaza": a country's name after an article that
            // a verb or a preposition governs, before a word that names
            // its target, modifies the noun; a subject follows a
            // conjunction, a subordinator or a comma ("that the U.S.
            // strikes ISIS"), and "the Libya attack" may be one in Libya.
            return self.kind(g) == ActorKind::Country
                && self.mention_kind(g) == MentionKind::Name
                && g.ts >= self.start + 2
                && matches!(&*ascii_lower(self.word(g.ts - 1)), "the" | "a" | "an")
                && self.is_lower_word(g.ts - 2)
                && !matches!(self.class(g.ts - 2), Some(Class::Sub | Class::Conj))
                && i + 1 < self.end
                && matches!(&*ascii_lower(self.word(i + 1)), "on" | "against");
        }
        // An adjective or noun modifier ("diplomatic talks" is in the
        // determiner list; other lowercase words that are not predicates).
        self.is_lower_word(prev) && !self.is_predicate_word(prev) && self.word(prev).ends_with("al")
    }

    /// The target group of pattern `pat` after `from` (exclusive of the
    /// head), within the clause.
    fn target_for(
        &self,
        pat: &Pattern,
        from: usize,
        clause_end: usize,
        _passive: bool,
    ) -> Option<Group> {
        // "arrive at the Philadelphia convention": a place before an event
        // is where travel goes.
        let travel = self.lex.codings[pat.coding as usize]
            .code
            .starts_with("042");
        if pat.target.object {
            let mut j = from;
            // "shelled a government-held part of Syria's second city
            // Aleppo": past a noun and "of", and past a possessor, which is
            // the target when nothing follows it.
            let mut possessor: Option<Group> = None;
            let mut noun = false;
            // "offered its warships to escort tankers", "provided their
            // troops to the mission": what an offer or a gift (roots 03,
            // 07) names with a possessive before "to" is the thing given,
            // not whom it is given to ("protect its people", "offered its
            // creditors a plan" are).
            let gives = matches!(self.lex.codings[pat.coding as usize].root(), "03" | "07");
            let mut own = false;
            while j < clause_end && j < from + OBJECT_REACH + 2 {
                if let Some(g) = self.group_starting(j) {
                    // "a one million US dollar reward": a currency's
                    // country modifies the noun.
                    if g.te < clause_end
                        && matches!(
                            &*ascii_lower(self.word(g.te)),
                            "dollar" | "dollars" | "currency"
                        )
                    {
                        j = g.te + 1;
                        continue;
                    }
                    // "attacked U.S.-backed forces": the forces.
                    if let Some(p) = self.backing_participle(g) {
                        j = p + 1;
                        continue;
                    }
                    if self.is_possessive(g) {
                        // "his counterpart": a determiner.
                        own = true;
                        j = g.te.max(j + 1);
                        continue;
                    }
                    let owner = g.te < clause_end && self.possessive_at(g.te);
                    if !travel && self.attributive_place(g, clause_end) {
                        break;
                    }
                    if gives
                        && own
                        && !owner
                        && g.te < clause_end
                        && self.word(g.te).eq_ignore_ascii_case("to")
                    {
                        break;
                    }
                    if !owner {
                        return Some(self.prefer_person(*g, clause_end));
                    }
                    possessor = possessor.or(Some(*g));
                    j = g.te + 1;
                    continue;
                }
                let w = self.word(j);
                if noun && w.eq_ignore_ascii_case("of") && possessor.is_none() {
                    noun = false;
                    j += 1;
                    continue;
                }
                let skip = matches!(self.class(j), Some(Class::Det | Class::Adv))
                    || w.eq_ignore_ascii_case("that")
                    // "arrested 17 people", "freed dozens of protesters"
                    || self.toks[j].kind == TokenKind::Number
                    || self.counts_group(j)
                    || (self.is_lower_word(j)
                        && self.class(j).is_none()
                        && !self.is_predicate_word(j)
                        && !self.opens_own_phrase(j))
                    || self.is_adjectival_participle(j);
                if !skip {
                    break;
                }
                own |= gives && is_possessive_pronoun(w);
                noun = self.is_lower_word(j) && self.class(j).is_none();
                j += 1;
            }
            if possessor.is_some() {
                return possessor;
            }
        }
        if !pat.target.preps.is_empty() {
            // Force (roots 18-20); "suspending coordination with the U.S."
            // is aimed at the U.S.
            let hostile = self.lex.codings[pat.coding as usize].root() >= "18";
            let mut j = from;
            while j < clause_end && j < from + PREP_REACH {
                let w = self.word(j);
                // (An act's noun ends its phrase at a comma right after it:
                // "the Navy Yard shooting, scandals at military hospitals".)
                if w == "," && (j > from || !pat.verb) {
                    break;
                }
                // "condemned anti-semitism after vandalism against a
                // synagogue", "suspended the fight to harden their positions
                // against the risk of attack from Iran": an adjunct or an
                // infinitive opens a phrase of its own, and the prepositions
                // in it are its words' (not the act's).
                if j > from && self.opens_own_phrase(j) {
                    break;
                }
                // "fought in tacit cooperation with the U.S.", "fought
                // together with": the "with" of an act of force that names
                // an ally is no target.
                if hostile
                    && w.eq_ignore_ascii_case("with")
                    && j > from
                    && self.names_an_ally(j - 1)
                {
                    break;
                }
                // "launched the offensive with U.S. support": who helps is
                // no target.
                if w.eq_ignore_ascii_case("with") && self.help_follows(j, clause_end) {
                    j += 1;
                    continue;
                }
                // "fought with the U.S. against the Islamic State": with an
                // ally, against a foe.
                if hostile
                    && w.eq_ignore_ascii_case("with")
                    && (j + 1..clause_end.min(j + 8))
                        .any(|k| self.word(k).eq_ignore_ascii_case("against"))
                {
                    j += 1;
                    continue;
                }
                if pat.target.preps.iter().any(|p| w.eq_ignore_ascii_case(p)) {
                    let mut k = j + 1;
                    while k < clause_end && k < j + 5 {
                        if let Some(g) = self.group_starting(k).filter(|g| !self.is_possessive(g)) {
                            // "against U.S.-backed forces": the forces.
                            if let Some(p) = self.backing_participle(g) {
                                k = p + 1;
                                continue;
                            }
                            if !travel && self.attributive_place(g, clause_end) {
                                break;
                            }
                            return Some(self.prefer_person(*g, clause_end));
                        }
                        // "warrants for 36 people", "for dozens of them"
                        // (not past "aboard": "to the press aboard Air Force
                        // One").
                        let skip = self.class(k) == Some(Class::Det)
                            || self.toks[k].kind == TokenKind::Number
                            || self.counts_group(k)
                            || (self.is_lower_word(k)
                                && self.class(k).is_none()
                                && !self.opens_own_phrase(k));
                        if !skip {
                            break;
                        }
                        k += 1;
                    }
                }
                j += 1;
            }
        }
        None
    }

    /// The actor a cue noun at `c` is aimed at or made with: "sanctions on
    /// Iran", "the embargo against Cuba", "an agreement with the EU", "aid
    /// to Ukraine".
    fn measure_target(&self, c: usize, clause_end: usize) -> Option<Group> {
        // "bans on travel to Canada against four officers in the Russian
        // military": "against" names whom a measure is aimed at, over a
        // destination or topic before it.
        // Not inside a phrase of its own ("condemned anti-semitism after
        // vandalism against a synagogue"), nor past a hostile act's noun,
        // whose "against" it is ("criticized discussion of a strike against
        // Iran").
        if let Some(a) = (c + 1..clause_end.min(c + 10))
            .take_while(|&k| !self.opens_own_phrase(k) && !self.names_a_hostile_act(k))
            .find(|&k| self.word(k).eq_ignore_ascii_case("against"))
        {
            let found = (a + 1..clause_end.min(a + 9))
                .take_while(|&k| {
                    self.group_at(k).is_some()
                        || self.toks[k].kind == TokenKind::Number
                        || self.is_lower_word(k)
                })
                .find_map(|k| {
                    self.group_starting(k)
                        .filter(|g| !self.is_possessive(g) && self.backing_participle(g).is_none())
                });
            if let Some(g) = found {
                return Some(self.prefer_person(*g, clause_end));
            }
        }
        let j = c + 1;
        if j >= clause_end
            || !matches!(
                &*ascii_lower(self.word(j)),
                "on" | "against" | "with" | "to"
            )
            || (self.word(j).eq_ignore_ascii_case("with") && self.help_follows(j, clause_end))
        {
            return None;
        }
        let mut k = j + 1;
        while k < clause_end && k < j + 4 {
            if let Some(g) = self.group_starting(k).filter(|g| !self.is_possessive(g)) {
                if let Some(p) = self.backing_participle(g) {
                    k = p + 1;
                    continue;
                }
                return Some(self.prefer_person(*g, clause_end));
            }
            if self.class(k) != Some(Class::Det) {
                break;
            }
            k += 1;
        }
        None
    }

    /// "his US counterpart Joe Biden": a country or demonym that modifies a
    /// noun is passed over for the person or body named right after it.
    fn prefer_person(&self, g: Group, clause_end: usize) -> Group {
        if matches!(self.kind(&g), ActorKind::Country)
            || self.mention_kind(&g) == MentionKind::Demonym
        {
            for k in g.te..(g.te + 3).min(clause_end) {
                if let Some(n) = self.group_starting(k) {
                    if matches!(self.kind(n), ActorKind::Person | ActorKind::StateBody) {
                        return *n;
                    }
                    break;
                }
                // "blamed North Korea for hacking banks": not past a
                // preposition or a verb.
                if !self.is_lower_word(k) || self.class(k).is_some() || self.is_predicate_word(k) {
                    break;
                }
            }
        }
        g
    }

    /// Modality of a verb at `head`: the auxiliaries, modals and governing
    /// verbs just before it, then a conditional anywhere earlier in its clause.
    /// Whether a word of intent at `at` ("want", "plans", "eager") is
    /// itself negated or conditional, which its infinitive then is: "did
    /// not want to attack", "has no plans to send", "did not appear eager
    /// to heed" (negated); "might want to strike", "even if they are eager
    /// to meet" (hypothetical). A modal ("will", "would") is no intent word
    /// here: what stands before it is its own clause's.
    fn intent_undone(&self, at: usize, clause_start: usize) -> Option<Modality> {
        if is_modal(self.word(at)) || self.class(at) != Some(Class::Plan) {
            return None;
        }
        let mut k = at;
        let mut steps = 0;
        while k > clause_start && steps < 4 {
            let i = k - 1;
            let w = ascii_lower(self.word(i));
            match self.class(i) {
                Some(Class::Neg) if matches!(&*w, "not" | "n't" | "never" | "no") => {
                    return Some(Modality::Negated);
                }
                Some(Class::Hypo) if is_modal(self.word(i)) && w != "would" => {
                    return Some(Modality::Hypothetical);
                }
                Some(Class::Aux | Class::Be | Class::Adv) => {}
                _ if matches!(
                    &*w,
                    "appear"
                        | "appears"
                        | "appeared"
                        | "seem"
                        | "seems"
                        | "seemed"
                        | "too"
                        | "so"
                        | "very"
                        | "any"
                        | "particularly"
                        | "really"
                ) => {}
                _ => break,
            }
            k = i;
            steps += 1;
        }
        self.condition_before(clause_start, at)
            .then_some(Modality::Hypothetical)
    }

    /// The modality a word before the preposition at `prep` gives the
    /// gerund after it: a word of the lists ("plans for attacking", "the
    /// threat of striking", "accused of spying") or a noun of interest or
    /// chance ("interest in fighting", "the chance of meeting"). An
    /// interest that is denied is negated ("zero interest in fighting",
    /// "not interested in meeting").
    fn gerund_governor(&self, prep: usize, clause_start: usize) -> Option<(Modality, usize)> {
        if !matches!(
            &*ascii_lower(self.word(prep)),
            "in" | "of" | "on" | "for" | "about" | "over"
        ) {
            return None;
        }
        let k = prep
            .checked_sub(1)
            .filter(|&k| k >= clause_start.max(self.start) && self.is_lower_word(k))?;
        let m = match self.class(k) {
            Some(c @ (Class::Plan | Class::Hypo | Class::Allege | Class::Deny | Class::Neg)) => {
                modality_of(c)
            }
            _ if self.interest_before(prep) => {
                return Some(self.interest_modality(k, clause_start));
            }
            _ => match &*ascii_lower(self.word(k)) {
                "chance" | "chances" | "idea" | "talk" | "danger" => Modality::Hypothetical,
                _ => return None,
            },
        };
        if m == Modality::Planned {
            if let Some(outer) = self.intent_undone(k, clause_start) {
                return Some((outer, k));
            }
        }
        Some((m, k))
    }

    /// Whether the preposition at `prep` follows a word of interest:
    /// "interest in", "interested in", "bent on". Not a person "of
    /// interest in" a case, nor the interest "on" a loan.
    fn interest_before(&self, prep: usize) -> bool {
        let Some(k) = prep.checked_sub(1).filter(|&k| k >= self.start) else {
            return false;
        };
        let p = ascii_lower(self.word(prep));
        let w = ascii_lower(self.word(k));
        let of_interest = k > self.start && self.word(k - 1).eq_ignore_ascii_case("of");
        match &*w {
            "interest" | "interests" | "interested" => p == "in" && !of_interest,
            "bent" => p == "on",
            _ => false,
        }
    }

    /// An act one has an interest in (at `k`: "interest", "interested")
    /// is intended; one in which the interest is denied ("no interest in",
    /// "zero interest in", "not interested in") is negated.
    fn interest_modality(&self, k: usize, clause_start: usize) -> (Modality, usize) {
        let denied = (k.saturating_sub(3).max(clause_start)..k).any(|n| {
            matches!(
                &*ascii_lower(self.word(n)),
                "no" | "zero" | "not" | "n't" | "never" | "little"
            )
        });
        if denied {
            (Modality::Negated, k)
        } else {
            (Modality::Planned, k)
        }
    }

    /// Whether "to" at `to` opens a passive infinitive ("to be held")
    /// right after a noun or a form of "be": "the summit to be held in
    /// Venice", "the prisoners are to be released". Not after an ordinal
    /// or a superlative: "the first journalist to be killed" was.
    fn arranged_passive(&self, to: usize) -> bool {
        if !(to > self.start
            && to + 2 < self.end
            && self.word(to).eq_ignore_ascii_case("to")
            && self.word(to + 1).eq_ignore_ascii_case("be"))
        {
            return false;
        }
        let before = to - 1;
        let noun_or_be = self.is_lower_word(before)
            && (self.class(before) == Some(Class::Be)
                || self.lex.is_common_noun(self.word(before))
                || self.forms(before).iter().any(|(_, f)| *f == Form::Noun));
        // ("the sixth U.S. ambassador to be killed", "the first of al
        // Qaeda's victims to be beheaded", "the most diplomats to be
        // expelled".)
        let ranked = (before.saturating_sub(6).max(self.start)..=before)
            .any(|k| crate::lexicon::counts_or_ranks(&ascii_lower(self.word(k))));
        // ("caused too many men to be incarcerated": it was done.)
        let compelled = (before.saturating_sub(6).max(self.start)..before)
            .any(|k| self.is_lower_word(k) && makes_do(self.word(k)) && !directs(self.word(k)));
        noun_or_be && !ranked && !compelled
    }

    /// Whether the verb at `v` claims the act whose noun is at `head` as
    /// its direct object: "Hamas claimed the bombing", "has claimed several
    /// attacks" (a claim of responsibility, 015); not "claimed the attack
    /// was staged" (a claim about it).
    fn claims_act(&self, v: usize, head: usize) -> bool {
        matches!(
            &*ascii_lower(self.word(v)),
            "claim" | "claims" | "claimed" | "claiming"
        ) && v < head
            && self.object_head(v + 1, self.end) == Some(head)
            // An act of force, not "claimed asylum" or "a violation".
            && self.forms(head).iter().any(|(_, f)| *f == Form::Noun)
            && self.forms(head).iter().all(|(p, f)| {
                *f != Form::Noun
                    || self.lex.codings[self.lex.patterns[*p as usize].coding as usize].root()
                        >= "18"
            })
            // No verb of a clause after it ("claim coalition airstrikes in
            // both countries have killed").
            && !self.clause_verb_after(head, 6)
    }

    /// Whether a verb, auxiliary or -ed word stands within `reach` words
    /// after `k`, before a comma: the noun at `k` opens a clause of its own
    /// ("claimed the attack was staged") rather than ending an object.
    fn clause_verb_after(&self, k: usize, reach: usize) -> bool {
        (k + 1..self.end.min(k + 1 + reach))
            .take_while(|&j| !matches!(self.word(j), "," | ";" | ":"))
            .any(|j| {
                matches!(
                    self.class(j),
                    Some(Class::Be | Class::Aux | Class::Hypo | Class::Plan)
                ) || (self.is_lower_word(j)
                    && (self.finite_form(j) || self.word(j).ends_with("ed")))
            })
    }

    /// "neither confirm(ed) nor deny/denied": the word of denial at `i`
    /// that a "confirm … nor" before it leaves undecided.
    fn confirm_nor_deny(&self, i: usize, clause_start: usize) -> bool {
        self.class(i) == Some(Class::Deny)
            && i > clause_start + 1
            && self.word(i - 1).eq_ignore_ascii_case("nor")
            && ascii_lower(self.word(i - 2)).starts_with("confirm")
    }

    /// Whether the verb of confirming at `c` is negated or declined: "has
    /// not confirmed", "did not confirm", "declined to confirm", "would
    /// neither confirm".
    fn unconfirmed(&self, c: usize) -> bool {
        (c.saturating_sub(3).max(self.start)..c).any(|k| {
            matches!(
                &*ascii_lower(self.word(k)),
                "not"
                    | "n't"
                    | "never"
                    | "neither"
                    | "declined"
                    | "declines"
                    | "refused"
                    | "refuses"
                    | "unable"
                    | "cannot"
            )
        })
    }

    fn verb_modality(&self, head: usize, clause_start: usize) -> Option<(Modality, usize)> {
        // Governing verbs ("plans to visit", "denied attacking") count only
        // for infinitives and gerunds; a finite verb takes modals alone.
        let w = ascii_lower(self.word(head));
        // "to stop", and "to be dropped", "to have killed", "to have been
        // freed".
        // The infinitive's "to", if the head is one.
        let to = {
            let mut k = head;
            let mut steps = 0;
            // "to financially cut ties": an adverb may split the infinitive.
            while k > self.start
                && steps < 3
                && (matches!(&*ascii_lower(self.word(k - 1)), "be" | "been" | "have")
                    || (self.is_lower_word(k - 1)
                        && self.word(k - 1).ends_with("ly")
                        && self.class(k - 1).is_none_or(|c| c == Class::Adv)))
            {
                k -= 1;
                steps += 1;
            }
            (k > self.start && self.word(k - 1).eq_ignore_ascii_case("to")).then(|| k - 1)
        };
        let infinitive = to.is_some();
        // "the effort to withdraw troops from Afghanistan and to meet the
        // Taliban": an infinitive joined to an earlier one shares what
        // governs it.
        if let Some(t) = to.filter(|&t| {
            t > clause_start + 1 && matches!(&*ascii_lower(self.word(t - 1)), "and" | "or")
        }) {
            let earlier = (clause_start.max(t.saturating_sub(14))..t - 1)
                .rev()
                .find(|&k| {
                    self.word(k).eq_ignore_ascii_case("to")
                        && k + 1 < t - 1
                        && self.is_lower_word(k + 1)
                        && self.class(k + 1).is_none()
                });
            if let Some(m) = earlier.and_then(|k| self.verb_modality(k + 1, clause_start)) {
                return Some(m);
            }
        }
        // "the summit to be held", "the talks are to be held": a passive
        // infinitive after a noun or "be" arranges what is to come (not
        // "the first journalist to be killed").
        if let Some(t) =
            to.filter(|&t| t + 2 == head && !w.ends_with("ing") && self.arranged_passive(t))
        {
            return Some((Modality::Planned, t));
        }
        // "Russia is to attack on Friday", "he was to meet Putin": "be"
        // with an infinitive arranges what is to come ("is to blame" and
        // "is to thank" say who caused it).
        if let Some(t) = to.filter(|&t| {
            t + 1 == head
                && t > self.start
                && matches!(
                    &*ascii_lower(self.word(t - 1)),
                    "is" | "are" | "was" | "were" | "am"
                )
                && !w.starts_with("blame")
                && !w.starts_with("thank")
                // ("if North Korea were to fire": a condition.)
                && !self.condition_before(clause_start, t)
        }) {
            return Some((Modality::Planned, t));
        }
        // "NATO to meet Russia in Brussels", "Russia to attack Ukraine,
        // officials say": an infinitive right after the actor that opens
        // the sentence is the headline's future.
        if let Some(t) = to.filter(|&t| {
            self.group_ending(t)
                .is_some_and(|g| g.ts == self.start && !self.is_place(g))
        }) {
            return Some((Modality::Planned, t));
        }
        let non_finite = w.ends_with("ing") || infinitive;
        // "Nobody attacked", "no one has met", "no one was shooting": a
        // subject that names no one, right before the verb and its
        // auxiliaries.
        if !non_finite || (!infinitive && self.after_be(head)) {
            let mut k = head;
            while k > self.start
                && (matches!(self.class(k - 1), Some(Class::Aux | Class::Be | Class::Adv))
                    || self.word(k - 1).eq_ignore_ascii_case("ever"))
            {
                k -= 1;
            }
            if let Some(p) = k.checked_sub(1).filter(|&p| p >= self.start) {
                let w = ascii_lower(self.word(p));
                if w == "nobody"
                    || (w == "one" && p > self.start && self.word(p - 1).eq_ignore_ascii_case("no"))
                {
                    return Some((Modality::Negated, p));
                }
                // "No U.S. or allied personnel were killed", "no Russian
                // troops crossed": a subject opened by "no".
                if let Some(n) = self.no_subject(p, clause_start) {
                    return Some((Modality::Negated, n));
                }
            }
        }
        let mut j = head;
        while j > clause_start {
            let i = j - 1;
            // "will probably be", "perhaps attacked": a hedge says it may
            // be so.
            if matches!(
                &*ascii_lower(self.word(i)),
                "probably" | "perhaps" | "maybe" | "possibly"
            ) {
                return Some((Modality::Hypothetical, i));
            }
            // "neither confirmed nor denied carrying out": neither.
            if non_finite && self.confirm_nor_deny(i, clause_start) {
                return Some((Modality::Hypothetical, i));
            }
            match self.class(i) {
                // "a source of potential attack": a word of possibility right
                // before the head makes it a noun that may happen.
                Some(
                    c @ (Class::Neg | Class::Hypo | Class::Plan | Class::Allege | Class::Deny),
                ) if non_finite
                    || c == Class::Neg
                    || is_modal(self.word(i))
                    || (c == Class::Hypo
                        && i + 1 == head
                        && matches!(
                            &*ascii_lower(self.word(i)),
                            "possible" | "potential" | "likely" | "unlikely"
                        )
                        && self.forms(head).iter().any(|(_, f)| *f == Form::Noun)) =>
                {
                    // "announced that Obama would host a summit": the
                    // future of a past report.
                    if c == Class::Hypo && self.future_in_past(i) {
                        return Some((Modality::Planned, i));
                    }
                    // "did not want to attack", "might want to strike":
                    // an intent that is itself negated or conditional.
                    if c == Class::Plan && non_finite {
                        if let Some(outer) = self.intent_undone(i, clause_start) {
                            return Some((outer, i));
                        }
                    }
                    return Some((modality_of(c), i));
                }
                Some(Class::Aux | Class::Be | Class::Adv) => {}
                _ => {
                    // "no interest in fighting", "the prospect of
                    // attacking": a gerund after the word of intent or
                    // possibility that governs it through a preposition.
                    if !infinitive && w.ends_with("ing") && i + 1 == head {
                        if let Some(g) = self.gerund_governor(i, clause_start) {
                            return Some(g);
                        }
                        // "Israel has not confirmed carrying out the
                        // attacks", "declined to confirm launching": what
                        // is not confirmed is left open, as after "did not
                        // confirm that".
                        if ascii_lower(self.word(i)).starts_with("confirm") && self.unconfirmed(i) {
                            return Some((Modality::Hypothetical, i));
                        }
                    }
                    // "time for Congress to act", "a plea for Abdeslam to
                    // surrender", "calls for Iran to freeze": an infinitive
                    // with its subject after "for" says what may or should
                    // be done; a word of intent or negation before "for"
                    // says which.
                    if infinitive {
                        // (Not a place: "bound for Abu Dhabi to meet".)
                        // ("approval for the US military to launch": past
                        // a determiner.)
                        let for_at = |g: &Group| {
                            let f = if g.ts > self.start + 1
                                && self.class(g.ts - 1) == Some(Class::Det)
                            {
                                g.ts - 2
                            } else {
                                g.ts.checked_sub(1)?
                            };
                            (f >= clause_start.max(self.start + 1)
                                && self.word(f).eq_ignore_ascii_case("for"))
                            .then_some(f)
                        };
                        if let Some(f) = self
                            .group_ending(i + 1)
                            .filter(|g| !self.is_place(g))
                            .and_then(for_at)
                        {
                            let before = f - 1;
                            return Some(match self.class(before) {
                                Some(
                                    c @ (Class::Neg
                                    | Class::Hypo
                                    | Class::Plan
                                    | Class::Allege
                                    | Class::Deny),
                                ) => (modality_of(c), before),
                                _ => (Modality::Hypothetical, f),
                            });
                        }
                    }
                    // "wants NATO to revoke", "urged Iran to stop": an
                    // infinitive governed across its own subject.
                    if infinitive {
                        let lo = i.saturating_sub(4).max(clause_start);
                        // "ordered the Pentagon to attack", "told Iran to
                        // stop": what is ordered is not yet done ("forced
                        // them to withdraw" says it was), unless a word
                        // before says more ("was not authorized to").
                        let mut directed = None;
                        for k in (lo..=i).rev() {
                            // "the authority to attack", "the ability of
                            // Palestinians to launch", "Israel's right to
                            // defend itself": a capacity, not an act.
                            // "missiles designed to strike", "the technology
                            // needed to attack": what a thing is for.
                            if self.is_lower_word(k)
                                && (is_capacity_noun(
                                    self.word(k),
                                    k + 2 == head && self.determined(k),
                                ) || (k + 2 == head && is_purpose_participle(self.word(k))))
                            {
                                return Some((Modality::Hypothetical, k));
                            }
                            // "a strategy to block the nominee", "an
                            // operation to free the hostages": what a
                            // plan or an undertaking is for is intended.
                            // (A word of intent before it governs instead:
                            // "pledged in the agreement to lift".)
                            if k + 2 == head
                                && self.is_lower_word(k)
                                && is_purpose_noun(self.word(k))
                                && !(lo..k).any(|m| {
                                    matches!(
                                        self.class(m),
                                        Some(
                                            Class::Neg
                                                | Class::Hypo
                                                | Class::Plan
                                                | Class::Allege
                                                | Class::Deny
                                        )
                                    )
                                })
                            {
                                return Some((Modality::Planned, k));
                            }
                            if let Some(
                                c @ (Class::Neg
                                | Class::Hypo
                                | Class::Plan
                                | Class::Allege
                                | Class::Deny),
                            ) = self.class(k)
                            {
                                // "The threat prompted Russia to withdraw":
                                // a noun of the lists that is the subject of
                                // the verb that makes the act be done
                                // governs nothing.
                                let mut n = k + 1;
                                while n < i && self.class(n) == Some(Class::Adv) {
                                    n += 1;
                                }
                                let subject = self.lex.is_common_noun(self.word(k))
                                    && n <= i
                                    && self.is_lower_word(n)
                                    && makes_do(self.word(n));
                                if subject {
                                    break;
                                }
                                return Some((modality_of(c), k));
                            }
                            // "pressure forcing Greece to pull back": an
                            // act forced was done.
                            if directed.is_none() && self.is_lower_word(k) && makes_do(self.word(k))
                            {
                                directed = Some(directs(self.word(k)).then_some(k));
                            }
                        }
                        // (A condition or a denial says more: "if they
                        // are ordered to", "denied reports that Clapper
                        // ordered Petraeus to resign".)
                        let conditional = self.condition_before(clause_start, i)
                            || self.reporting_governor(clause_start).is_some_and(|g| {
                                matches!(self.class(g), Some(Class::Deny | Class::Allege))
                            });
                        if let Some(Some(k)) = directed.filter(|_| !conditional) {
                            return Some((Modality::Planned, k));
                        }
                    }
                    break;
                }
            }
            j = i;
        }
        None
    }

    /// The word governing an event noun at `head`: the first word to its
    /// left past determiners, modifiers, names and possessives.
    fn noun_governor(&self, head: usize, clause_start: usize) -> Option<usize> {
        let mut j = head;
        let mut steps = 0;
        while j > clause_start && steps < 6 {
            let i = j - 1;
            // "reported Monday's attack": a time's possessive is no verb.
            let skip = self.group_at(i).is_some()
                || self.possessive_at(i)
                || matches!(self.class(i), Some(Class::Det | Class::Adv))
                || self.is_modifier(i)
                || self.in_time_expression(i)
                // "in the Fort Hood shootings": a name that modifies it.
                || self.unknown_name_word(i);
            if !skip {
                return Some(i);
            }
            j = i;
            steps += 1;
        }
        None
    }

    /// The finite verb of which the noun at `head` is the subject: right
    /// after it, or past a short prepositional phrase ("the attack on
    /// Belgorod was staged"); a form of "be", an auxiliary (not "to") or a
    /// word in "-ed".
    fn verb_of_subject(&self, head: usize) -> Option<usize> {
        let verb = |k: usize| {
            (matches!(self.class(k), Some(Class::Be | Class::Aux))
                && !self.word(k).eq_ignore_ascii_case("to"))
                || self.ed_word(k)
        };
        let end = (head + 6).min(self.end);
        let mut k = head + 1;
        if k < end && self.class(k) == Some(Class::Prep) {
            k += 1;
            while k < end
                && !verb(k)
                && self.toks[k].kind == TokenKind::Word
                && matches!(self.class(k), None | Some(Class::Det))
            {
                k += 1;
            }
        }
        (k < end && verb(k)).then_some(k)
    }

    /// Modality of an event noun at `head`: the word that governs it, past
    /// determiners and modifiers ("planning an attack", "allegations of
    /// military action", "held talks").
    fn noun_modality(&self, head: usize, clause_start: usize) -> Option<(Modality, usize)> {
        let mut j = head;
        let mut steps = 0;
        while j > clause_start && steps < 6 {
            let i = j - 1;
            if self.group_at(i).is_some()
                || self.word(i) == "'s"
                || self.word(i) == "\u{2019}s"
                || self.in_time_expression(i)
                // "demanded Navalny's release": a name no actor is known by,
                // inside the phrase ("since the 2001 US-led invasion" stops
                // at the year).
                || (self.capitalized_after_start(i) && self.unknown_name_word(i))
            {
                j = i;
                steps += 1;
                continue;
            }
            // "ruled out talks": refused in advance, the act will not be.
            if i > clause_start
                && self.word(i).eq_ignore_ascii_case("out")
                && matches!(
                    &*ascii_lower(self.word(i - 1)),
                    "rule" | "rules" | "ruled" | "ruling"
                )
            {
                // "won't rule out talks": they may be.
                let negated = i >= clause_start + 2
                    && matches!(&*ascii_lower(self.word(i - 2)), "not" | "n't" | "never");
                let m = if negated {
                    Modality::Hypothetical
                } else {
                    Modality::Negated
                };
                return Some((m, i - 1));
            }
            // "open to talks", "amenable to negotiations": an adjective of
            // willingness after "be" makes the act one that may happen, as
            // "ready" and "willing" do.
            if i > clause_start + 1
                && matches!(
                    &*ascii_lower(self.word(i - 1)),
                    "open" | "amenable" | "receptive"
                )
                && self.class(i - 2) == Some(Class::Be)
            {
                return Some((Modality::Hypothetical, i - 1));
            }
            // "called the attack a crime", "called the sanctions illegal":
            // what one names was done, not called for.
            if self.names_what_it_calls(i) {
                return None;
            }
            // "Hamas claimed the bombing": the act is so, its doer says so.
            if self.claims_act(i, head) {
                return None;
            }
            // "declined to confirm the strike", "did not confirm the
            // attack", "would neither confirm nor deny the raid": what is
            // not confirmed is left open.
            if self.confirm_nor_deny(i, clause_start)
                || (ascii_lower(self.word(i)).starts_with("confirm") && self.unconfirmed(i))
            {
                return Some((Modality::Hypothetical, i));
            }
            match self.class(i) {
                // "The plan drew criticism", "the proposal won broad
                // support": a noun of intent with its determiner, words
                // before the act's noun, is the subject of the verb between
                // them, not the act's governor.
                // ("Their plans include new sanctions": what it holds is
                // planned.)
                Some(Class::Plan)
                    if i + 1 < head
                        && self.names_an_intent(i, clause_start)
                        && !(i + 1..head).any(|k| {
                            let w = ascii_lower(self.word(k));
                            [
                                "includ", "involv", "envisag", "entail", "contain", "foresee",
                                "call",
                            ]
                            .iter()
                            .any(|s| w.starts_with(s))
                        }) =>
                {
                    return None;
                }
                // "to claim the attack involved premeditation", "claiming
                // the attacks were evidence of": a definite act that is the
                // subject of what is claimed or denied took place; what is
                // said of it is the claim.
                Some(Class::Allege | Class::Deny)
                    // (Not "claimed the attack occurred", "claim the
                    // attack is going to be big", "the attack was not".)
                    if self.verb_of_subject(head).is_some_and(|v| {
                        !(v..(v + 3).min(self.end)).any(|k| {
                            matches!(self.class(k), Some(Class::Neg | Class::Plan | Class::Hypo))
                                || matches!(
                                    &*ascii_lower(self.word(k)),
                                    "occurred" | "happened" | "took" | "taken" | "existed"
                                )
                        })
                    }) && (i + 1..head).any(|k| {
                            matches!(
                                &*ascii_lower(self.word(k)),
                                "the" | "this" | "these" | "those"
                            ) || self.possessive_at(k)
                        }) =>
                {
                    return None;
                }
                Some(
                    c @ (Class::Neg | Class::Hypo | Class::Plan | Class::Allege | Class::Deny),
                ) => {
                    return Some((modality_of(c), i));
                }
                Some(Class::Det | Class::Adv) => {}
                Some(Class::Prep) => {
                    if let Some((_, at)) = self.accused_party(head, clause_start) {
                        return Some((Modality::Alleged, at));
                    }
                    if let Some(at) = self.accused_phrase(head, clause_start) {
                        return Some((Modality::Alleged, at));
                    }
                    // "denied any involvement in the attack", "accused of
                    // a role in": the part one had in it, denied or alleged.
                    if let Some(at) = self.part_in_governor(i, clause_start) {
                        if let Some(c) = self.class(at) {
                            return Some((modality_of(c), at));
                        }
                    }
                    // "on charges of murder", "charged with sabotage": a
                    // charge's offence is alleged.
                    if i > clause_start
                        && matches!(
                            (&*ascii_lower(self.word(i - 1)), &*ascii_lower(self.word(i))),
                            ("charges", "of") | ("charged", "with")
                        )
                    {
                        return Some((Modality::Alleged, i - 1));
                    }
                    // "expects to meet Xi at the G-20 summit": the
                    // gathering where a meeting still to come is held is to
                    // come too.
                    // Not a verb with "at" as its particle ("could look at
                    // the attacks"), past a comma, or an idiom ("at the
                    // government's request").
                    if ascii_lower(self.word(i)) == "at"
                        && !matches!(
                            &*ascii_lower(self.word(head)),
                            "request" | "requests" | "invitation" | "urging" | "behest"
                        )
                    {
                        let verb = (clause_start..i)
                            .rev()
                            .take(8)
                            .take_while(|&k| self.word(k) != ",")
                            .find(|&k| {
                                self.is_lower_word(k)
                                    && self.forms(k).iter().any(|(_, f)| *f != Form::Noun)
                            })
                            .filter(|&k| k + 1 < i);
                        // "during the ongoing negotiations" are under way.
                        let ongoing = (i + 1..head).any(|k| {
                            matches!(
                                &*ascii_lower(self.word(k)),
                                "ongoing" | "current" | "continuing" | "present"
                            )
                        });
                        if let Some((m, _)) = verb
                            .filter(|_| !ongoing)
                            .and_then(|k| self.verb_modality(k, clause_start))
                        {
                            if matches!(m, Modality::Planned | Modality::Hypothetical) {
                                return Some((Modality::Planned, i));
                            }
                        }
                    }
                    // "pledged during a visit", "warned amid talks": the
                    // time frame of what is done, which is no object of an
                    // intent: it is to come only when the intent is
                    // ("will try to convince Kim during their meeting"),
                    // not when it was stated ("pledged during a visit").
                    if matches!(&*ascii_lower(self.word(i)), "during" | "amid") {
                        // ("during the ongoing negotiations": under way.)
                        if (i + 1..head).any(|k| {
                            matches!(
                                &*ascii_lower(self.word(k)),
                                "ongoing" | "current" | "continuing" | "present"
                            )
                        }) {
                            return None;
                        }
                        // The future's auxiliary, or a present verb of
                        // schedule before "to" ("plans to emphasize trade
                        // during visits"); not a wish or a try ("wants to
                        // restart talks during a meeting"), a noun ("revealed
                        // plans to shut the site during his summit") or a past.
                        // (The preposition, not the verb, is reported as
                        // what makes it planned: no intent to meet is read.)
                        (clause_start..i)
                            .rev()
                            .take_while(|&k| self.word(k) != ",")
                            .find(|&k| {
                                let w = ascii_lower(self.word(k));
                                matches!(&*w, "will" | "'ll" | "shall" | "going")
                                    || (matches!(&*w, "plans" | "expects" | "intends")
                                        && self.word(k + 1).eq_ignore_ascii_case("to")
                                        && !(k > clause_start && self.is_lower_word(k - 1)))
                            })?;
                        return Some((Modality::Planned, i));
                    }
                    // "refrained from attacks", "held back on strikes",
                    // "stopped short of sanctions": held back, not done.
                    let w = ascii_lower(self.word(i));
                    let before = |n: usize| {
                        i.checked_sub(n)
                            .filter(|&k| k >= clause_start)
                            .map(|k| (k, ascii_lower(self.word(k))))
                    };
                    let held = match &*w {
                        "from" => before(1).filter(|(_, v)| {
                            ["refrain", "abstain", "desist"]
                                .iter()
                                .any(|s| v.starts_with(s))
                        }),
                        "on" | "of" => before(1)
                            .filter(|(_, v)| {
                                (w == "on" && v == "back") || (w == "of" && v == "short")
                            })
                            .and_then(|_| before(2))
                            .filter(|(_, v)| {
                                v.starts_with("hold")
                                    || v.starts_with("held")
                                    || v.starts_with("stop")
                            }),
                        _ => None,
                    };
                    if let Some((v, _)) = held {
                        return self.prevented(v, clause_start);
                    }
                    // "protect the tankers from Iranian attack", "shield
                    // Europe from a Russian attack": what one is guarded
                    // from may come.
                    if ascii_lower(self.word(i)) == "from" && self.guards_from(clause_start, i) {
                        return Some((Modality::Hypothetical, i));
                    }
                    // "discussion of a military strike", "talk of war",
                    // "the spectre of sanctions": an act talked about or
                    // imagined.
                    if i > clause_start
                        && self.word(i).eq_ignore_ascii_case("of")
                        && matches!(
                            &*ascii_lower(self.word(i - 1)),
                            "discussion"
                                | "discussions"
                                | "talk"
                                | "speculation"
                                | "rumors"
                                | "rumours"
                                | "specter"
                                | "spectre"
                                | "scenario"
                                | "idea"
                                | "option"
                                | "options"
                                | "chance"
                                | "chances"
                                | "likelihood"
                                | "danger"
                                | "dangers"
                        )
                    {
                        return Some((Modality::Hypothetical, i - 1));
                    }
                    // "no interest in peace talks", "interested in talks";
                    // not one determined ("public interest in his
                    // investigation": it is there).
                    if i > clause_start
                        && self.interest_before(i)
                        && !(i + 1..head).any(|k| {
                            matches!(
                                &*ascii_lower(self.word(k)),
                                "the" | "this" | "that" | "these" | "those"
                            ) || self.possessive_at(k)
                                || is_possessive_pronoun(self.word(k))
                        })
                    {
                        return Some(self.interest_modality(i - 1, clause_start));
                    }
                    // "threat of", "allegations of", "concerns over".
                    if i > clause_start {
                        if let Some(
                            c @ (Class::Neg
                            | Class::Hypo
                            | Class::Plan
                            | Class::Allege
                            | Class::Deny),
                        ) = self.class(i - 1)
                        {
                            return Some((modality_of(c), i - 1));
                        }
                    }
                    return None;
                }
                // "could undermine its negotiations with Iran", "may derail
                // the talks": a verb that acts on an act under way leaves
                // it as it is, whatever may become of the verb.
                // Not an adjective ("a complicated discussion").
                _ if self.is_lower_word(i)
                    && acts_on_existing(self.word(i))
                    && !(i > clause_start && self.class(i - 1) == Some(Class::Det)) =>
                {
                    // "will disrupt the NATO summit": the summit is still to
                    // come; a possibility does not carry over.
                    // An attempt to harm it ("a plan to sabotage Obama's
                    // negotiations") leaves it under way too.
                    return match self.verb_modality(i, clause_start) {
                        Some((Modality::Planned, at))
                            if matches!(
                                &*ascii_lower(self.word(at)),
                                "will" | "'ll" | "shall" | "going"
                            ) =>
                        {
                            Some((Modality::Planned, at))
                        }
                        Some((Modality::Negated, at)) => Some((Modality::Negated, at)),
                        _ => Some((Modality::Asserted, i)),
                    };
                }
                // "failed to detect the attack", "refusing to accommodate
                // their demands": a verb of noticing or dealing with an act
                // that is there; it stays as told, whatever becomes of the
                // verb.
                _ if self.is_lower_word(i)
                    && (presupposes(self.word(i)) || ends_existing(self.word(i)))
                    && !(i > clause_start && self.class(i - 1) == Some(Class::Det)) =>
                {
                    return Some((Modality::Asserted, i));
                }
                // A word after the infinitive's "to" is its verb, known to
                // the lexicon or not: "asked Congress to approve the
                // sanctions" requests them. The verb, not the word that made
                // it planned, governs the noun: what an unknown verb does to
                // the act ("agreed to postpone the demonstration") is
                // unknown, so no intent or refusal is read through it.
                // A determiner after it tells the verb ("to approve the
                // sanctions") from a modifier after the preposition "to"
                // ("responded to multiple requests").
                None if i > clause_start
                    && self.is_lower_word(i)
                    && self.word(i - 1).eq_ignore_ascii_case("to")
                    && self.class(i + 1) == Some(Class::Det) =>
                {
                    if is_prevention(self.word(i)) {
                        return self.prevented(i, clause_start);
                    }
                    return self.verb_modality(i, clause_start).map(|(m, _)| (m, i));
                }
                // "could not prevent the attacks": a verb of prevention
                // the lexicon does not list is still the governor.
                _ if is_prevention(self.word(i)) => {
                    return self.prevented(i, clause_start);
                }
                // "the threat of targeted sanctions": a participle before
                // a noun describes it.
                _ if self.is_modifier(i) || self.participle_before_noun(i) => {}
                // "support a limited strike", "launched a coordinated
                // attack": a participle after a determiner describes the
                // noun; the verb before them governs it.
                _ if i > clause_start
                    && self.is_lower_word(i)
                    && self.word(i).ends_with("ed")
                    && self.class(i - 1) == Some(Class::Det) => {}
                _ => {
                    // A governing verb: its own modality.
                    return self.verb_modality(i, clause_start);
                }
            }
            j = i;
            steps += 1;
        }
        None
    }

    /// Whether the word at `k` is a noun of intent after a determiner or a
    /// possessive: "the plan", "Russia's proposal", "their efforts".
    fn names_an_intent(&self, k: usize, clause_start: usize) -> bool {
        k > clause_start
            && matches!(
                &*ascii_lower(self.word(k)),
                "plan"
                    | "plans"
                    | "proposal"
                    | "offer"
                    | "offers"
                    | "pledge"
                    | "pledges"
                    | "promise"
                    | "promises"
                    | "demands"
                    | "calls"
                    | "attempt"
                    | "attempts"
                    | "effort"
                    | "efforts"
                    | "intention"
                    | "intent"
                    | "preparations"
            )
            && (self.class(k - 1) == Some(Class::Det)
                || self.possessive_at(k - 1)
                || is_possessive_pronoun(self.word(k - 1)))
    }

    /// Whether a verb of guarding ("protect", "shield", "guard",
    /// "safeguard") stands within a few words before "from" at `from`, not
    /// in the past ("defended itself from an attack on Monday", "protected
    /// the tankers from attacks" tell of attacks that came).
    fn guards_from(&self, lo: usize, from: usize) -> bool {
        (lo..from).rev().take(6).any(|k| {
            let w = ascii_lower(self.word(k));
            !w.ends_with("ed")
                && ["protect", "shield", "guard", "safeguard", "insulat"]
                    .iter()
                    .any(|s| w.starts_with(s))
        })
    }

    /// "respond to any attack", "any new sanctions": an act named with
    /// "any" is one that may come, not one that came (unless a word before
    /// it says otherwise: "denied any attack"). The position of "any".
    fn any_determined(&self, head: usize, clause_start: usize) -> Option<usize> {
        let mut j = head;
        let mut steps = 0;
        while j > clause_start && steps < 6 {
            let i = j - 1;
            if self.word(i).eq_ignore_ascii_case("any") {
                return Some(i);
            }
            // "any U.S. or Saudi military strike": past the actors that
            // say whose act it would be.
            let actor = self.group_at(i).is_some()
                || (i > clause_start
                    && matches!(&*ascii_lower(self.word(i)), "or" | "and")
                    && self.group_at(i - 1).is_some());
            if !actor && !self.is_modifier(i) && self.class(i) != Some(Class::Det) {
                return None;
            }
            j = i;
            steps += 1;
        }
        None
    }

    /// The "no" before an event noun, past its modifiers ("no new
    /// sanctions", "there were no clashes"), or the "nothing", "none" or
    /// "no" that opens a verb's direct object ("conceded nothing", "sent no
    /// troops"): where it stands.
    fn negative_object(&self, h: &Head, clause_start: usize) -> Option<usize> {
        if h.form == Form::Noun {
            let mut k = h.at;
            while k > clause_start && h.at - k < 4 {
                k -= 1;
                if self.word(k).eq_ignore_ascii_case("no") {
                    // ("no longer" opens no noun phrase.)
                    return (!self.word(k + 1).eq_ignore_ascii_case("longer")
                        && (k + 1 == h.at || self.is_modifier(k + 1)))
                    .then_some(k);
                }
                if !(self.is_modifier(k) || self.class(k) == Some(Class::Adv)) {
                    return None;
                }
            }
            return None;
        }
        let k = h.end;
        if k >= self.end || self.is_passive(h.at, h.form) {
            return None;
        }
        match &*ascii_lower(self.word(k)) {
            "nothing" | "none" => Some(k),
            "no" if k + 1 < self.end
                && self.is_lower_word(k + 1)
                && !matches!(&*ascii_lower(self.word(k + 1)), "longer" | "doubt") =>
            {
                Some(k)
            }
            _ => None,
        }
    }

    /// The predicate's modality and the word that set it, if one did.
    fn modality(&self, h: &Head, clause_start: usize) -> (Modality, Option<usize>) {
        let local = if h.form == Form::Noun {
            // "scrapped a planned visit", "canceled the scheduled talks":
            // what undoes the plan says more than the plan.
            self.noun_modality(h.at, clause_start).map(|(m, at)| {
                match (m == Modality::Planned)
                    .then(|| self.undone_plan(at, clause_start))
                    .flatten()
                {
                    Some(n) => (Modality::Negated, n),
                    None => (m, at),
                }
            })
        } else {
            self.verb_modality(h.at, clause_start)
        };
        if let Some((m, at)) = local {
            return (m, Some(at));
        }
        // "held no talks", "sent no troops", "conceded nothing": what is
        // done to nothing is not done.
        if let Some(at) = self.negative_object(h, clause_start) {
            return (Modality::Negated, Some(at));
        }
        // "want Trump to acknowledge and apologize", "no evidence that he
        // conspired or coordinated": a verb joined to the one before it
        // says what that one says.
        // A negation spreads over "or" ("has not confirmed or denied") but
        // a finite verb after "and" may say something new ("was not
        // convinced and called for an inquiry").
        if let Some(c) = self.conjunct_head(h) {
            let (m, at) = self.modality(&c, self.clause_start(c.at));
            let finite_and = h.form != Form::Base
                && c.at + 1 < h.at
                && self.word(c.at + 1).eq_ignore_ascii_case("and");
            if m != Modality::Asserted && !(m == Modality::Negated && finite_and) {
                return (m, at);
            }
        }
        // "denied that it was striking cities", "alleged that France was
        // aware": the clause a denial or an allegation reports.
        // Not after a noun: "claims that the parties have denied" is a
        // relative clause as often as a claim's content.
        if let Some(g) = self.reporting_governor(clause_start) {
            let noun = self.forms(g).iter().any(|(_, f)| *f == Form::Noun)
                || (g > self.start
                    && (self.word(g - 1) == "," || self.class(g - 1) == Some(Class::Det)));
            if let (Some(c @ (Class::Deny | Class::Allege)), false) = (self.class(g), noun) {
                return (modality_of(c), Some(g));
            }
            // "it is very likely that Assad had used", "it is possible
            // that": what may be so (its verb; a noun in it names what is
            // there: "possible that Bergdahl's release presages").
            if !noun
                && h.form != Form::Noun
                && matches!(
                    &*ascii_lower(self.word(g)),
                    "likely" | "unlikely" | "possible" | "probable" | "conceivable" | "plausible"
                )
            {
                return (Modality::Hypothetical, Some(g));
            }
            // "demanded that the US withdraw", "urged that Iran allow": a
            // verb in its base form after a demand is the act asked for.
            // Not an infinitive or its conjunct ("insisted that it was his
            // decision to resign", "to prorogue, or suspend").
            if h.form == Form::Base
                && h.at > clause_start
                && !(h.at.saturating_sub(4).max(clause_start)..h.at)
                    .any(|k| self.word(k).eq_ignore_ascii_case("to"))
                && self.is_lower_word(g)
                && [
                    "demand",
                    "urg",
                    "request",
                    "recommend",
                    "propos",
                    "suggest",
                    "requir",
                    "insist",
                    "ask",
                ]
                .iter()
                .any(|s| has_stem(self.word(g), s))
            {
                return (Modality::Planned, Some(g));
            }
            // "Iran charged that Kuwait is supporting Iraq": an accusation.
            if !noun
                && matches!(
                    &*ascii_lower(self.word(g)),
                    "charged" | "charges" | "charge"
                )
            {
                return (Modality::Alleged, Some(g));
            }
            // "did not find that the campaign conspired", "has not shown
            // that": what is not found is negated; "could not confirm
            // that" leaves it open.
            let negated = (g.saturating_sub(2).max(self.start)..g)
                .any(|k| matches!(&*ascii_lower(self.word(k)), "not" | "n't" | "never"));
            if negated {
                let w = ascii_lower(self.word(g));
                if ["find", "found", "show", "prov", "establish", "demonstrat"]
                    .iter()
                    .any(|s| w.starts_with(s))
                {
                    return (Modality::Negated, Some(g));
                }
                if ["confirm", "verif", "say", "said"]
                    .iter()
                    .any(|s| w.starts_with(s))
                {
                    return (Modality::Hypothetical, Some(g));
                }
            }
        }
        if let Some((m, at)) = self.claim_content(h.at, clause_start) {
            return (m, Some(at));
        }
        // A conditional earlier in the clause or at the start of the sentence.
        // Not a question in an opening phrase closed by a comma: "When
        // asked if the tariffs hurt, Mattis acknowledged" (what he
        // acknowledged is so).
        // Nor a condition whose clause a comma and a subordinator of time
        // or cause closed ("whether to exclude Huawei, after an employee
        // was arrested": the arrest is so).
        let closed = |k: usize| {
            h.form != Form::Noun
                && (k + 1..h.at).any(|c| {
                    self.word(c) == ","
                        && matches!(
                            &*ascii_lower(self.word(c + 1)),
                            "after" | "before" | "because" | "since" | "following"
                        )
                        // ("whether, after all, Russia attacked")
                        && !(c + 2 < h.at && self.word(c + 2).eq_ignore_ascii_case("all"))
                })
        };
        let cond = (clause_start.saturating_sub(1).max(self.start)..h.at).any(|k| {
            (self.class(k) == Some(Class::Cond)
                && !closed(k)
                && !(self.opening_question(k) && (k + 1..h.at).any(|c| self.word(c) == ",")))
                || self.in_case(k)
                || self.inverted_condition(k)
        });
        if cond {
            (Modality::Hypothetical, None)
        } else if let Some(at) = self.temporal_present(h, clause_start) {
            (Modality::Planned, Some(at))
        } else if let Some(at) = (h.form == Form::Noun)
            .then(|| self.any_determined(h.at, clause_start))
            .flatten()
        {
            (Modality::Hypothetical, Some(at))
        } else {
            (Modality::Asserted, None)
        }
    }

    /// The verb that the verb of `h` is joined to by "and" or "or" right
    /// before it: for a base form, the infinitive after the nearest "to"
    /// ("to check Iran and fight"), else the word right before the
    /// conjunction after an auxiliary or a negation ("would not confirm or
    /// deny"); for a form in "-ed", the "-ed" word right before the
    /// conjunction ("conspired or coordinated").
    fn conjunct_head(&self, h: &Head) -> Option<Head> {
        if h.form == Form::Noun {
            return None;
        }
        let mut k = h.at;
        while k > self.start && self.class(k - 1) == Some(Class::Adv) {
            k -= 1;
        }
        let c = k.checked_sub(1).filter(|&c| c > self.start)?;
        if !matches!(&*ascii_lower(self.word(c)), "and" | "or") {
            return None;
        }
        let plain = |v: usize| self.is_lower_word(v) && self.class(v).is_none();
        let v = if h.form == Form::Base {
            // "to V and", "to V it and", "to V the X and": no clause of
            // its own in between ("to countries who burn … and chant").
            let lo = c.saturating_sub(4).max(self.start);
            let to = (lo..c)
                .rev()
                .find(|&t| self.word(t).eq_ignore_ascii_case("to"));
            match to {
                Some(t) => {
                    let open = (t + 1..c).all(|k| {
                        self.toks[k].kind == TokenKind::Word
                            && !matches!(self.class(k), Some(Class::Sub | Class::Conj))
                    });
                    Some(t + 1).filter(|&v| v < c && open && plain(v))?
                }
                // "did not confirm or deny", "cannot meet or call": the
                // verb right before the conjunction, after an auxiliary
                // or a negation.
                None => Some(c - 1).filter(|&v| {
                    v > self.start
                        && plain(v)
                        && matches!(
                            self.class(v - 1),
                            Some(Class::Aux | Class::Neg | Class::Hypo | Class::Plan)
                        )
                })?,
            }
        } else {
            let past = |i: usize| ascii_lower(self.word(i)).ends_with("ed");
            Some(c - 1).filter(|&v| plain(v) && past(v) && past(h.at))?
        };
        Some(Head {
            at: v,
            end: v + 1,
            pattern: h.pattern,
            form: h.form,
            cue_at: None,
            also_cue: None,
        })
    }

    /// Modality of a verb at `head` that states what a claim says, the
    /// claim being made or rejected right before the verb's subject:
    /// - "denied it had attacked", "Russia claims Kyiv shelled" (no "that"):
    ///   the clause a verb of denying or alleging reports, when its subject
    ///   is an actor or a personal pronoun;
    /// - "allegations (that) Iran was behind", "accusations it had
    ///   supplied": an allegation's content is alleged;
    /// - "rejected allegations (that) it had", "dismissed reports (that)
    ///   Russian troops had shelled": a claim rejected is denied.
    fn claim_content(&self, head: usize, clause_start: usize) -> Option<(Modality, usize)> {
        // "a claim Damascus denied": a relative clause on the claim.
        let forms = self.forms(head);
        if (!forms.is_empty() && forms.iter().all(|(_, f)| *f == Form::Noun))
            || matches!(self.class(head), Some(Class::Deny | Class::Allege))
            || rejects_claim(&ascii_lower(self.word(head)))
        {
            return None;
        }
        // The subject, past the auxiliaries and adverbs before the verb.
        let mut k = head;
        while k > self.start
            && matches!(self.class(k - 1), Some(Class::Aux | Class::Be | Class::Adv))
        {
            k -= 1;
        }
        let pronoun = k > self.start
            && matches!(
                &*ascii_lower(self.word(k - 1)),
                "it" | "he" | "she" | "they" | "we" | "i" | "you"
            );
        let mut subject = match self.group_ending(k) {
            Some(g) => g.ts,
            None if pronoun => k - 1,
            None => return None,
        };
        // "reports that its troops had": the possessor is the subject's;
        // "claimed the Ukrainian army attacked": so is the article.
        if subject > self.start
            && matches!(
                &*ascii_lower(self.word(subject - 1)),
                "its" | "their" | "his" | "her" | "the" | "a" | "an"
            )
        {
            subject -= 1;
        }
        // A "that" before the subject, when the claim is a noun ("that"
        // after a verb is read by `reporting_governor`).
        let that = subject > self.start && self.word(subject - 1).eq_ignore_ascii_case("that");
        // Without "that", a finite verb: "deny the president funds", "deny
        // terrorists support" give nothing.
        let finite = k < head
            || pronoun
            || self
                .forms(head)
                .iter()
                .any(|(_, f)| matches!(f, Form::Past | Form::PastOrParticiple));
        if !that && !finite {
            return None;
        }
        let before = if that { subject - 1 } else { subject };
        // Without "that", the claim is in the subject's clause.
        let lowest = if that { self.start } else { clause_start };
        let n = before
            .checked_sub(1)
            .filter(|&n| n >= lowest && self.is_lower_word(n))?;
        let rejected = |v: usize| {
            self.class(v) == Some(Class::Deny) || rejects_claim(&ascii_lower(self.word(v)))
        };
        let noun = self.forms(n).iter().any(|(_, f)| *f == Form::Noun)
            || (n > self.start && (self.class(n - 1) == Some(Class::Det) || rejected(n - 1)))
            || is_report_noun(self.word(n));
        // The verb a claim noun is the object of, past a determiner.
        let governor = || {
            let mut v = n.checked_sub(1)?;
            if v > self.start && self.class(v) == Some(Class::Det) {
                v -= 1;
            }
            (v >= self.start && self.is_lower_word(v)).then_some(v)
        };
        // "suspected militants stormed", "the two alleged gunmen": a
        // participle before the subject is its modifier, not the verb; as
        // a verb it follows its own subject or an auxiliary ("Russia
        // alleged Kyiv had", "has claimed he was").
        let participle = matches!(
            &*ascii_lower(self.word(n)),
            "suspected" | "alleged" | "purported" | "accused"
        );
        let verb_before = n > self.start
            && if participle {
                self.group_ending(n).is_some()
                    || matches!(self.class(n - 1), Some(Class::Aux | Class::Adv))
            } else {
                !matches!(
                    self.class(n - 1),
                    Some(Class::Det | Class::Prep | Class::Conj | Class::Sub)
                ) && !matches!(self.word(n - 1), "," | "(" | ";" | ":")
                    && !crate::lexicon::is_count_word(self.word(n - 1))
            };
        match self.class(n) {
            Some(c @ (Class::Deny | Class::Allege)) if !noun || (participle && !that) => {
                (!that && verb_before).then_some((modality_of(c), n))
            }
            Some(Class::Deny) => Some((Modality::Denied, n)),
            Some(Class::Allege) => match governor() {
                Some(v) if rejected(v) => Some((Modality::Denied, v)),
                _ => Some((Modality::Alleged, n)),
            },
            // "no evidence (that) the missiles have been tested", "gave
            // no indication he plans to": what no sign shows is negated.
            _ if is_evidence_noun(&ascii_lower(self.word(n)))
                && n > self.start
                && matches!(&*ascii_lower(self.word(n - 1)), "no" | "little" | "scant") =>
            {
                Some((Modality::Negated, n - 1))
            }
            None if is_report_noun(self.word(n)) => governor()
                .filter(|&v| rejected(v))
                .map(|v| (Modality::Denied, v)),
            _ => None,
        }
    }

    /// The verb whose "that" clause starts at `clause_start`: right before
    /// "that", or before its object ("denied reports that", "told Iran
    /// that").
    fn reporting_governor(&self, clause_start: usize) -> Option<usize> {
        let that = clause_start
            .checked_sub(1)
            .filter(|&t| t > self.start && self.word(t).eq_ignore_ascii_case("that"))?;
        let before = match self.group_ending(that) {
            Some(g) => g.ts,
            None if self.is_plural_noun(that - 1) => that - 1,
            None => that,
        };
        before
            .checked_sub(1)
            .filter(|&g| g >= self.start && self.is_lower_word(g))
    }

    /// A refusal that a negated cooperative act makes: "refused to meet",
    /// "failed to reach agreement", "said it would not meet the demands" are
    /// asserted rejections (CAMEO 12); "did not meet" is only negated.
    fn refusal_code(&self, root: &str, governor: usize) -> Option<&'static str> {
        let w = ascii_lower(self.word(governor));
        let refusal = matches!(
            &*w,
            "refused" | "refuses" | "refuse" | "declined" | "failed" | "rejected" | "won't"
        ) || (matches!(&*w, "not" | "n't" | "never")
            && governor > self.start
            && matches!(
                &*ascii_lower(self.word(governor - 1)),
                "would" | "will" | "wo" | "shall" | "could" | "can" | "ca"
            ));
        if !refusal {
            return None;
        }
        Some(match root {
            "02" | "03" | "05" | "09" | "10" => "120",
            "04" => "125",
            "06" => "121",
            "07" => "122",
            "08" => "124",
            _ => return None,
        })
    }

    /// Whether an attribution closes the sentence after token `at`: a comma,
    /// then a speech verb ("…, the embassy said.", "…, said Mr. Lavrov.").
    fn said_after(&self, at: usize) -> bool {
        let Some(comma) = (at..self.end).rev().find(|&k| self.word(k) == ",") else {
            return false;
        };
        self.said_before(self.end) && !self.said_before(comma)
    }

    /// Whether a speech verb comes before token `at` in the sentence.
    fn said_before(&self, at: usize) -> bool {
        self.speech_verb_before(at).is_some()
    }

    /// Whether "will"/"would" at `governor` states the intent of the
    /// clause's own subject (`sources`): the subject is a pronoun ("he said
    /// he would meet", "“We will respond,” she said"), or the one who says
    /// so is the subject or of its country ("Mnuchin said the United
    /// States would announce sanctions"), or of the target's (a host).
    /// Another's forecast is no statement of intent ("Analysts say North
    /// Korea would launch …", "if Democrats gain power, they will impeach
    /// him, Izadi said").
    fn states_own_intent(
        &self,
        governor: usize,
        sources: &[Participant],
        target: Option<&Group>,
    ) -> bool {
        let mut k = governor;
        while k > self.start && matches!(self.class(k - 1), Some(Class::Adv | Class::Neg)) {
            k -= 1;
        }
        let subject = k.checked_sub(1).filter(|&p| p >= self.start);
        let pronoun = subject.map(|p| ascii_lower(self.word(p)));
        // "“We will respond,” she said": the speaker's own words.
        if matches!(pronoun.as_deref(), Some("i" | "we")) {
            return true;
        }
        let said = self.speech_verb_before(governor);
        // "Kato said (that) he will meet": the pronoun right after the
        // speech verb is the speaker ("if Democrats win, they will
        // impeach him, Izadi said" is a forecast about others).
        if let (Some(p), Some(v), Some("he" | "she" | "it" | "they")) =
            (subject, said, pronoun.as_deref())
        {
            if p == v + 1 || (p == v + 2 && self.word(v + 1).eq_ignore_ascii_case("that")) {
                return true;
            }
        }
        // A passive with no agent ("a deal would be reached") or a subject
        // no actor stands for: nobody's intent can be told.
        if sources.is_empty() {
            return false;
        }
        let speaker = match said {
            Some(v) => self.subject_before(self.start, v),
            // "…, the embassy said." / "…, said Mr. Lavrov.": the group
            // between the last comma and the sentence's end.
            None => (governor..self.end)
                .rev()
                .find(|&j| self.word(j) == ",")
                .and_then(|c| self.groups.iter().find(|g| g.ts > c && g.te <= self.end))
                .copied(),
        };
        let Some(speaker) = speaker else {
            // "Analysts say North Korea would launch …": commentators
            // forecast; an unnamed source ("officials said") reports.
            let commentator = said.and_then(|v| v.checked_sub(1)).is_some_and(|p| {
                p >= self.start
                    && matches!(
                        &*ascii_lower(self.word(p)),
                        "analysts"
                            | "experts"
                            | "observers"
                            | "critics"
                            | "some"
                            | "others"
                            | "many"
                            | "economists"
                            | "commentators"
                            | "pundits"
                    )
            });
            return !commentator;
        };
        let speakers = self.members(&speaker);
        // A news agency reports the plan; a speaker of no known country
        // cannot be told apart from the subject.
        if speakers.iter().all(|sp| sp.code.ends_with("MED")) {
            return true;
        }
        // A country code opens the actor's code ("USAGOV"); "GOV" alone
        // says nothing of one.
        let kb = kb();
        let country = |c: &str| -> Option<String> {
            c.get(..3)
                .filter(|p| kb.country_name(p).is_some())
                .map(str::to_owned)
        };
        // The host's word for a visit counts ("Fischer will visit Albania,
        // the Albanian embassy said").
        let targets = target.map(|g| self.members(g)).unwrap_or_default();
        speakers.iter().any(|sp| {
            sources.iter().chain(&targets).any(|s| {
                (s.actor.is_some() && s.actor == sp.actor)
                    || match (country(&s.code), country(&sp.code)) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            })
        })
    }

    /// The last speech verb before token `at` in the sentence.
    fn speech_verb_before(&self, at: usize) -> Option<usize> {
        (self.start..at).rev().find(|&k| {
            matches!(
                &*ascii_lower(self.word(k)),
                "said"
                    | "says"
                    | "say"
                    | "announced"
                    | "announces"
                    | "told"
                    | "stated"
                    | "declared"
                    | "promised"
                    | "pledged"
                    | "insisted"
                    | "warned"
                    | "indicated"
                    | "confirmed"
                    | "reminded"
                    | "reminder"
                    | "declaration"
                    | "statement"
            ) && !self.withholds(k)
        })
    }

    /// Whether the noun "threat" at `at` (its phrase ending before `end`)
    /// names a danger: after "be", "pose", "represent", "remain",
    /// "constitute" or a modifier of danger ("terrorist", "growing",
    /// "security"), or before "posed" or "from".
    fn is_danger(&self, at: usize, end: usize) -> bool {
        if !matches!(&*ascii_lower(self.word(at)), "threat" | "threats") {
            return false;
        }
        let next = (end < self.end).then(|| ascii_lower(self.word(end)));
        if matches!(next.as_deref(), Some("posed" | "from")) {
            return true;
        }
        // "the threat to impose tariffs": a threat to act is made ("a
        // threat to the region" is a danger).
        if next.as_deref() == Some("to")
            && end + 1 < self.end
            && self.is_lower_word(end + 1)
            && self.class(end + 1).is_none()
            && self.forms(end + 1).iter().any(|(_, f)| *f != Form::Noun)
        {
            return false;
        }
        // "threats by Kim's government": made by someone (not "react to
        // every threat by assailing …").
        if next.as_deref() == Some("by")
            && end + 1 < self.end
            && !self.word(end + 1).ends_with("ing")
        {
            return false;
        }
        // "threats of pre-emptive nuclear strikes against the US", "the
        // threat of sanctions": a threat of force or of a penalty is made
        // by someone.
        if next.as_deref() == Some("of") {
            let mut j = end + 1;
            while j < self.end
                && j < end + 4
                && (self.class(j) == Some(Class::Det)
                    || self.is_modifier(j)
                    || self.participle_before_noun(j))
            {
                j += 1;
            }
            let forceful = j < self.end
                && self.forms(j).iter().any(|(p, f)| {
                    let root =
                        self.lex.codings[self.lex.patterns[*p as usize].coding as usize].root();
                    *f == Form::Noun && matches!(root, "15" | "16" | "17" | "18" | "19" | "20")
                });
            if forceful {
                return false;
            }
        }
        // Back over the noun's determiners and modifiers to the word that
        // governs it: a copula ("is not a threat", "remain a serious
        // threat") or nothing that makes it leaves a danger ("downplayed
        // the threat of the outbreak", "the entire Iranian threat");
        // threats are made, issued, renewed or received, or someone's
        // ("Trump's threat of tariffs").
        let mut k = at;
        let mut steps = 0;
        while k > self.start && steps < 4 {
            k -= 1;
            steps += 1;
            let w = ascii_lower(self.word(k));
            match &*w {
                "is" | "was" | "are" | "were" | "be" | "been" | "being" | "pose" | "poses"
                | "posed" | "posing" | "represent" | "represents" | "represented" | "remain"
                | "remains" | "remained" | "constitute" | "constitutes" => return true,
                // "the threat of a veto" is made; "the terrorist threat" is
                // a danger.
                "terrorist" | "terror" | "terrorism" | "security" | "growing" | "increased"
                | "increasing" | "rising" | "serious" | "grave" | "existential" | "biggest"
                | "greatest" | "major" | "potential" | "imminent" | "wider" | "global"
                | "emerging" | "persistent" | "continuing" | "cyber" | "health" | "nuclear"
                | "missile"
                    if next.as_deref() != Some("of") =>
                {
                    return true
                }
                "made" | "make" | "makes" | "making" | "issued" | "issue" | "issues"
                | "issuing" | "renewed" | "repeated" | "reiterated" | "delivered" | "carried"
                | "received" | "receive" | "receives" | "receiving" | "escalated" | "stepped"
                | "withdrew" | "dropped" | "rescinded" | "'s" | "\u{2019}s" | "his" | "her"
                | "its" | "their" => return false,
                _ => {}
            }
            let modifier = matches!(&*w, "a" | "an" | "the" | "not" | "no" | "such" | "real")
                || self.class(k) == Some(Class::Det)
                || self.is_modifier(k);
            if !modifier {
                return true;
            }
        }
        true
    }

    /// Whether a cue at `cue` of "warn" at `head` lies in what the warning
    /// says is so, not in what it threatens: "warned (that) the strike had
    /// crossed red lines", "warned that relations were at their lowest",
    /// "warned his troops to expect attacks"; "warned they could retaliate"
    /// and "warned Iran of strikes" threaten.
    fn warns_of_a_state(&self, head: usize, from: usize, cue: usize) -> bool {
        if !ascii_lower(self.word(head)).starts_with("warn") {
            return false;
        }
        let mut clause = false;
        for k in from..(cue + 4).min(self.end) {
            let class = self.class(k);
            // "warned that war could break out": a modal near the cue
            // threatens.
            if matches!(class, Some(Class::Hypo | Class::Plan)) {
                return false;
            }
            let aux = matches!(class, Some(Class::Aux | Class::Be));
            if k < cue {
                clause |= aux || matches!(&*ascii_lower(self.word(k)), "that" | "to");
            } else if k == cue + 1 {
                // "warned the strike had crossed": the cue is a subject.
                clause |= aux;
            }
        }
        clause
    }

    /// Modality of an act that the verb of prevention at `verb` governs:
    /// prevented, it did not happen ("police prevented an attack"); not
    /// prevented, it did ("could not prevent the attacks", "failed to
    /// thwart the attacks"); prevention that may come makes it possible.
    fn prevented(&self, verb: usize, clause_start: usize) -> Option<(Modality, usize)> {
        match self.verb_modality(verb, clause_start) {
            None => Some((Modality::Negated, verb)),
            Some((Modality::Negated, _)) => None,
            // The prevention governs: no intent to attack is read through
            // "would prevent an attack".
            Some((Modality::Planned | Modality::Hypothetical, _)) => {
                Some((Modality::Hypothetical, verb))
            }
            other => other,
        }
    }

    /// Whether "ask" ending before `from` requests something: "asked for
    /// aid", "asked Iran to release", "asked that", before any question
    /// word ("asked whether", "asked the man what"); not "asked not to be
    /// identified".
    fn asks_for_something(&self, from: usize) -> bool {
        let end = self.end.min(from + 20);
        let mut k = from;
        while k < end {
            let w = ascii_lower(self.word(k));
            // "asked Craxi, who has been prime minister, to form": past a
            // relative clause on the one asked.
            if matches!(&*w, "who" | "which") && k > from && self.word(k - 1) == "," {
                k += 1;
                while k < end && self.word(k) != "," {
                    k += 1;
                }
                k += 1;
                continue;
            }
            match &*w {
                "whether" | "if" | "what" | "which" | "how" | "who" | "whom" | "why" | "when"
                | "where" | "about" | ":" | "." | ";" | "?" | "!" => return false,
                "to" => {
                    let next = |n: usize| (k + n < self.end).then(|| ascii_lower(self.word(k + n)));
                    let anonymous = next(1).as_deref() == Some("be")
                        && matches!(next(2).as_deref(), Some("identified" | "named"));
                    return !anonymous;
                }
                "for" | "that" => return true,
                _ => {}
            }
            k += 1;
        }
        false
    }

    /// Whether the statement word at `k` states nothing: an indirect
    /// question ("declined to say whether", "did not say when") or a
    /// statement refused or negated ("refused to say", "would not say").
    fn withholds(&self, k: usize) -> bool {
        let question = k + 1 < self.end
            && matches!(
                &*ascii_lower(self.word(k + 1)),
                "whether" | "if" | "what" | "which" | "how" | "who" | "when" | "where" | "why"
            );
        let before = |n: usize| {
            k.checked_sub(n)
                .filter(|&j| j >= self.start)
                .map(|j| ascii_lower(self.word(j)))
        };
        let negated = matches!(before(1).as_deref(), Some("not" | "n't" | "never"));
        let refused = before(1).as_deref() == Some("to")
            && before(2).is_some_and(|w| w.starts_with("declin") || w.starts_with("refus"));
        question || negated || refused
    }

    /// A statement of intent that a planned act makes: "agreed to provide
    /// aid" is an asserted intent to give aid (CAMEO 03), "threatened to
    /// attack" an asserted threat (CAMEO 13), whatever becomes of the act.
    fn intent_code(&self, root: &str, governor: usize) -> Option<&'static str> {
        let w = ascii_lower(self.word(governor));
        let intent = matches!(
            &*w,
            "agree"
                | "agrees"
                | "agreed"
                | "agreeing"
                | "pledge"
                | "pledges"
                | "pledged"
                | "pledging"
                | "promise"
                | "promises"
                | "promised"
                | "promising"
                | "offer"
                | "offers"
                | "offered"
                | "offering"
                | "vow"
                | "vows"
                | "vowed"
                | "vowing"
                | "plan"
                | "plans"
                | "planned"
                | "planning"
                | "intend"
                | "intends"
                | "intended"
                | "prepared"
                | "ready"
                | "willing"
                | "decided"
                | "decide"
                | "decides"
                | "deciding"
                | "seek"
                | "seeks"
                | "seeking"
                | "sought"
                | "will"
                | "would"
                | "'ll"
                | "shall"
                | "threaten"
                | "threatens"
                | "threatened"
                | "threatening"
                | "warned"
                | "aims"
                | "aim"
                | "aimed"
                | "swore"
                | "sworn"
                | "swear"
                | "swears"
        );
        // "said Sudan must return …": a demand. Not "should have
        // seized", "must have known": a reproach or an inference about
        // the past.
        let perfect =
            governor + 1 < self.end && self.word(governor + 1).eq_ignore_ascii_case("have");
        if matches!(&*w, "must" | "should") && !perfect && self.said_before(governor) {
            return Some(match root {
                "04" => "106",
                "05" => "102",
                "06" => "101",
                "07" => "103",
                "08" => "105",
                _ => "100",
            });
        }
        // "warned of an attack", "warned against an attack": a danger
        // pointed out or advised against, not a threat.
        let warns_of = w == "warned"
            && governor + 1 < self.end
            && matches!(&*ascii_lower(self.word(governor + 1)), "of" | "against");
        // "concerns over Russia planning an attack": a gerund reports no
        // statement; "Russia plans to attack" does.
        if !intent || warns_of || (w.ends_with("ing") && !self.after_be(governor)) {
            return None;
        }
        // "sought to attack Vindman's integrity", "aimed to strike": an
        // attempt is no statement, so no threat.
        let tries = ["seek", "sought", "aim"].iter().any(|s| w.starts_with(s));
        if tries && root >= "10" {
            return None;
        }
        // "will"/"would" state an intent only when someone says so.
        // ("X will visit Y, the embassy said": the attribution may follow.)
        // "would have attacked" is what did not happen, no intent.
        if matches!(&*w, "will" | "would" | "'ll" | "shall")
            && ((!self.said_before(governor) && !self.said_after(governor))
                || (governor + 1 < self.end
                    && self.word(governor + 1).eq_ignore_ascii_case("have")))
        {
            return None;
        }
        Some(match root {
            "02" | "09" => "030",
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "035",
            "10" | "11" | "12" => "130",
            "14" => "133",
            "16" => "131",
            "17" => "137",
            "15" | "18" | "19" | "20" => "138",
            _ => return None,
        })
    }

    fn is_passive(&self, at: usize, form: Form) -> bool {
        if !form.can_be_participle() {
            return false;
        }
        // "was killed", "were all killed", "was roundly criticized": "be"
        // right before, past adverbs (checked first: the common case).
        let mut j = at;
        let mut steps = 0;
        while j > self.start && steps < 3 {
            match self.class(j - 1) {
                Some(Class::Be) => return true,
                Some(Class::Adv | Class::Neg) => {}
                // "The 176 people on board were all killed": a quantifier
                // floated after "be".
                _ if matches!(&*ascii_lower(self.word(j - 1)), "all" | "both" | "each") => {}
                // "was roundly criticized": an adverb the word lists lack.
                _ if self.is_lower_word(j - 1) && self.word(j - 1).ends_with("ly") => {}
                _ => break,
            }
            j -= 1;
            steps += 1;
        }
        // "There were ten soldiers killed": a participle after a noun group
        // that follows "be".
        if let Some(g) = self.group_ending(at) {
            let mut k = g.ts;
            while k > self.start
                && (self.class(k - 1) == Some(Class::Det)
                    || self.toks[k - 1].kind == TokenKind::Number)
            {
                k -= 1;
            }
            // Not "Assad's forces attacked": a possessive, not "is".
            if k > self.start && self.class(k - 1) == Some(Class::Be) && !self.possessive_at(k - 1)
            {
                return true;
            }
        }
        // "were arrested and beaten", "was kidnapped, beaten and
        // robbed": a participle coordinated with a passive one; not a verb
        // with an object of its own ("her rights were violated and
        // demanded she be freed").
        let object_follows = at + 1 < self.end
            && (self.class(at + 1) == Some(Class::Det)
                || self.group_starting(at + 1).is_some()
                || matches!(
                    &*ascii_lower(self.word(at + 1)),
                    "he" | "she" | "they" | "it" | "we" | "him" | "her" | "them" | "us" | "that"
                ));
        // "two people were killed and more than 30 others injured": past
        // the second subject of a gapped passive.
        let mut c = at;
        while c > self.start
            && c + 8 > at
            && !matches!(&*ascii_lower(self.word(c - 1)), "and" | "or")
        {
            if let Some(g) = self.group_ending(c).filter(|g| g.ts < c) {
                c = g.ts;
                continue;
            }
            if !(self.toks[c - 1].kind == TokenKind::Number
                || self.class(c - 1) == Some(Class::Det)
                || matches!(&*ascii_lower(self.word(c - 1)), "than" | "at" | "least")
                || (self.is_lower_word(c - 1)
                    && self.forms(c - 1).is_empty()
                    && self.class(c - 1).is_none()))
            {
                break;
            }
            c -= 1;
        }
        let gapped =
            c < at && c > self.start && matches!(&*ascii_lower(self.word(c - 1)), "and" | "or");
        let at_conj = if gapped { c } else { at };
        if at_conj >= self.start + 2
            && !object_follows
            && (matches!(&*ascii_lower(self.word(at_conj - 1)), "and" | "or")
                || self.word(at_conj - 1) == ",")
        {
            let p = at_conj - 2;
            let participle = self.is_lower_word(p)
                && (self.forms(p).iter().any(|(_, f)| f.can_be_participle())
                    || (self.forms(p).is_empty()
                        && (self.word(p).ends_with("ed") || self.word(p).ends_with("en"))));
            if participle && self.is_passive(p, Form::PastOrParticiple) {
                return true;
            }
        }
        false
    }

    /// Whether a participle at `at` (head and particle ending at `end`) may
    /// describe the group right before it: "by" or another preposition
    /// follows it, not an object ("hostages freed by the rebels").
    fn modifies_noun_before(&self, at: usize, end: usize, clause_end: usize) -> bool {
        self.group_ending(at).is_some()
            && end < clause_end
            && (self.word(end).eq_ignore_ascii_case("by") || self.class(end) == Some(Class::Prep))
    }

    /// Whether the event noun at `at` is what its clause's subject has or
    /// gets from the `target` group named after "of" or "from" ("has the
    /// support of", "won the backing of", "with the help of"): `Some(false)`;
    /// `Some(true)` when it is lost or lacked ("lost the support of",
    /// "without the approval of"); `None` otherwise.
    fn received_from(&self, at: usize, cs: usize, target: Option<Group>) -> Option<bool> {
        let t = target?;
        let mut k = t.ts;
        while k > at + 1 && self.class(k - 1) == Some(Class::Det) {
            k -= 1;
        }
        if k != at + 2 || !matches!(&*ascii_lower(self.word(at + 1)), "of" | "from") {
            return None;
        }
        // Back past the noun's determiners and describing words ("the full",
        // "their strong", "broad") to the verb or preposition it hangs on.
        let mut j = at;
        while j > cs && j + 4 > at {
            j -= 1;
            match &*ascii_lower(self.word(j)) {
                "has" | "have" | "had" | "having" | "enjoy" | "enjoys" | "enjoyed" | "enjoying"
                | "win" | "wins" | "won" | "winning" | "gain" | "gains" | "gained" | "gaining"
                | "receive" | "receives" | "received" | "receiving" | "get" | "gets" | "got"
                | "getting" | "secure" | "secures" | "secured" | "securing" | "earn" | "earns"
                | "earned" | "with" => return Some(false),
                "lose" | "loses" | "lost" | "losing" | "lack" | "lacks" | "lacked" | "lacking"
                | "without" => return Some(true),
                _ if self.class(j) == Some(Class::Det) || self.is_modifier(j) => {}
                _ => return None,
            }
        }
        None
    }

    /// The noun a participle describes when it follows it as a reduced
    /// relative clause ("the civilians imprisoned for protesting were
    /// released", "victims killed by the blast"): that noun is what was done
    /// to, not the doer. Only for verbs that take an object (so "protesters
    /// gathered in the square" stays the protesters' act), when no object
    /// follows the participle, and when either "by" names the agent or the
    /// clause's own verb comes later with no conjunction or comma before it.
    fn reduced_relative(&self, h: &Head, pat: &Pattern, clause_end: usize) -> Option<Group> {
        if !h.form.can_be_participle()
            || !pat.verb
            || !pat.target.object
            || pat.target.reverse
            || !self.is_lower_word(h.at)
        {
            return None;
        }
        // "firms alleged to have raised money", "men suspected to be
        // spies": an allegation's participle before "to have" or "to be"
        // is passive.
        let raised = h.end + 1 < clause_end
            && matches!(self.class(h.at), Some(Class::Allege))
            && self.word(h.end).eq_ignore_ascii_case("to")
            && matches!(&*ascii_lower(self.word(h.end + 1)), "have" | "be");
        // "2,563 Afghan civilians killed", "the nearly 3,000 people killed
        // 11 years ago": a counted group before a participle with no object
        // after it is what was done to.
        let counted = !raised
            && self.group_ending(h.at).is_some_and(|g| {
                let mut k = g.ts;
                while k > self.start
                    && matches!(
                        &*ascii_lower(self.word(k - 1)),
                        "the" | "nearly" | "some" | "about" | "almost" | "roughly" | "over"
                    )
                {
                    k -= 1;
                }
                // Not the clause's subject: "two U.S. banks refused to
                // take part", "officials say 31,355 people requested
                // asylum" are the count's own acts.
                let cs = self.clause_start(h.at);
                k > cs + 1
                    && self.mention_kind(g) != MentionKind::Pronoun
                    && !self.in_time_expression(k - 1)
                    && (self.toks[k - 1].kind == TokenKind::Number
                        || crate::lexicon::is_count_word(self.word(k - 1)))
                    && self.word(k - 2) != ","
                    && !matches!(self.class(k - 2), Some(Class::Sub | Class::Conj))
                    && !self.is_statement_verb(k - 2)
            })
            && !self.direct_object_follows(h.end, clause_end);
        if !raised && !counted && !self.modifies_noun_before(h.at, h.end, clause_end) {
            return None;
        }
        let g = *self.group_ending(h.at)?;
        // "a ceremony at the White House hosted by Trump": the participle
        // describes the noun the phrase hangs on, not the group inside it.
        if self.is_place(&g) || self.is_possessive(&g) || self.in_pp(&g) {
            return None;
        }
        let next = h.end;
        if raised || counted || self.word(next).eq_ignore_ascii_case("by") {
            return Some(g);
        }
        for k in next + 1..clause_end {
            let w = self.word(k);
            if w == "," || self.class(k) == Some(Class::Conj) {
                return None;
            }
            let finite = match self.class(k) {
                Some(Class::Be) => !matches!(&*ascii_lower(w), "be" | "being" | "been"),
                Some(Class::Aux) => !w.eq_ignore_ascii_case("to"),
                // A modal, not the words of possibility that are no verb
                // ("Biden warned of possible sanctions").
                Some(Class::Hypo) => matches!(
                    &*ascii_lower(w),
                    "could" | "can" | "might" | "may" | "would" | "should"
                ),
                Some(Class::Plan) => true,
                _ => matches!(&*ascii_lower(w), "said" | "says" | "told"),
            };
            if finite {
                return Some(g);
            }
        }
        None
    }

    /// A headline's passive without "be": "Five soldiers killed in attack",
    /// "Two police officers also killed, military says". A hostile verb that
    /// takes an object (CAMEO 17–20), in a participle form right after the
    /// clause's subject, with no object after it: the subject undergoes it.
    fn headline_passive(
        &self,
        h: &Head,
        pat: &Pattern,
        cs: usize,
        clause_end: usize,
    ) -> Option<Group> {
        let code = &self.lex.codings[pat.coding as usize].code;
        if !h.form.can_be_participle()
            || !pat.verb
            || !pat.target.object
            || pat.target.reverse
            || !self.is_lower_word(h.at)
            || !["17", "18", "19", "20"].iter().any(|r| code.starts_with(r))
            // Verbs that take an object in every use: "a suicide bomber
            // struck at the airport" is active.
            || !UNDERGONE.contains(&self.word(h.at))
        {
            return None;
        }
        let mut k = h.at;
        while k > cs && self.class(k - 1) == Some(Class::Adv) {
            k -= 1;
        }
        let g = *self.group_ending(k)?;
        if self.is_place(&g) || self.subject_before(cs, h.at).map(|s| s.ts) != Some(g.ts) {
            return None;
        }
        // "the city, which Israel captured in 1967": the object went ahead.
        if g.ts > self.start
            && matches!(
                &*ascii_lower(self.word(g.ts - 1)),
                "which" | "that" | "whom"
            )
        {
            return None;
        }
        let mut n = h.end;
        while n < clause_end && self.class(n) == Some(Class::Adv) {
            n += 1;
        }
        let ends = |n: usize| {
            n >= clause_end
                || self.word(n) == ","
                || (self.class(n) == Some(Class::Prep)
                    && self.group_starting(n).is_none()
                    // "abducted at least 220 Assyrians"
                    && !(self.word(n).eq_ignore_ascii_case("at")
                        && n + 1 < clause_end
                        && matches!(&*ascii_lower(self.word(n + 1)), "least" | "most")))
        };
        // "3,000 men killed or wounded"; not "arrested and deported the
        // migrants".
        let no_object = ends(n)
            || (self.class(n) == Some(Class::Conj)
                && n + 1 < clause_end
                && UNDERGONE.contains(&self.word(n + 1))
                && ends(n + 2));
        no_object.then_some(g)
    }

    /// Whether the word at `k` follows its subject group with no object
    /// after it, as a headline's passive does ("Five soldiers killed in
    /// attack"), or it opens the clause before `head`, as its subject.
    fn headline_participle(&self, k: usize, hi: usize) -> bool {
        let mut j = k;
        while j > self.start && self.class(j - 1) == Some(Class::Adv) {
            j -= 1;
        }
        UNDERGONE.contains(&self.word(k))
            && self.group_ending(j).is_some()
            && k < hi
            && (k + 1 == hi || self.word(k + 1) == "," || self.class(k + 1) == Some(Class::Prep))
    }

    /// The agent of a passive: the group after "by".
    fn by_agent(&self, from: usize, clause_end: usize) -> Option<Group> {
        let j = (from..clause_end.min(from + PREP_REACH))
            .find(|&j| self.word(j).eq_ignore_ascii_case("by"))?;
        let g = (j + 1..clause_end.min(j + 5)).find_map(|k| self.group_starting(k))?;
        Some(self.possessed(*g, clause_end))
    }

    /// The group `g` possesses when one follows its "'s" ("by Yemen's
    /// Houthi rebels": the rebels), else `g`.
    fn possessed(&self, g: Group, clause_end: usize) -> Group {
        if g.te + 1 < clause_end && self.possessive_at(g.te) {
            if let Some(n) = self.group_starting(g.te + 1) {
                return *n;
            }
        }
        g
    }

    /// Whether token `i` (not the sentence's first) is a capitalized word
    /// that names no actor and is no predicate or function word: part of a
    /// name that modifies what follows ("the Fort Hood shootings",
    /// "Navalny's release").
    fn unknown_name_word(&self, i: usize) -> bool {
        i > self.start
            && self.toks[i].kind == TokenKind::Word
            && self.word(i).starts_with(|c: char| c.is_uppercase())
            && self.group_at(i).is_none()
            && self.class(i).is_none()
            && !self.is_predicate_word(i)
    }

    /// The agent named by "by" right after an event noun ending before
    /// `from`: "attacks by Somali pirates", "a visit by the French
    /// president". Not a place ("by the border").
    fn noun_agent(&self, from: usize, clause_end: usize) -> Option<Group> {
        if from >= clause_end || !self.word(from).eq_ignore_ascii_case("by") {
            return None;
        }
        self.agent_after(from, clause_end)
    }

    /// Whether the noun at `at` complements a noun before it, through
    /// "of", "about", "over" or "regarding" past determiners and modifiers
    /// ("allegations of sexual assault", "questions about the attack").
    fn complements_a_noun(&self, at: usize, clause_start: usize) -> bool {
        let mut k = at;
        while k > clause_start {
            k -= 1;
            if self.class(k) == Some(Class::Det) || self.is_modifier(k) {
                continue;
            }
            return k > clause_start
                && matches!(
                    &*ascii_lower(self.word(k)),
                    "of" | "about" | "over" | "regarding"
                )
                && self.is_lower_word(k - 1);
        }
        false
    }

    /// The actor named right after the preposition at `from` ("by
    /// Yemen's Houthi rebels", "from Iran"), past determiners and
    /// modifiers; a place names no agent.
    fn agent_after(&self, from: usize, clause_end: usize) -> Option<Group> {
        let mut k = from + 1;
        while k < clause_end && k < from + 4 {
            if let Some(g) = self.group_starting(k) {
                // "an attack by Yemen's Houthi rebels": the possessed group.
                let n = self.possessed(*g, clause_end);
                if n.ts != g.ts {
                    return Some(n);
                }
                return (!self.is_place(g)).then_some(*g);
            }
            if !(self.class(k) == Some(Class::Det) || self.is_modifier(k)) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The sides named by "between" in `[from, from + reach)`, before any
    /// other predicate: "talks between the US and Russia", "a deal was
    /// struck in Minsk between Kyiv and Moscow". Two sides or more, else
    /// none.
    fn between(&self, from: usize, reach: usize, clause_end: usize) -> Vec<Group> {
        let hi = clause_end.min(from + reach);
        let Some(j) = (from..hi)
            .take_while(|&j| j == from || !self.is_predicate_word(j) || self.group_at(j).is_some())
            .find(|&j| self.word(j).eq_ignore_ascii_case("between"))
        else {
            return Vec::new();
        };
        let mut k = j + 1;
        while k < clause_end && self.class(k) == Some(Class::Det) {
            k += 1;
        }
        match self.group_starting(k) {
            Some(g) => {
                let sides = self.coordinated(*g, j + 1, clause_end);
                if sides.len() >= 2 {
                    sides
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    }

    /// The verb after an event noun's phrase when it is a passive with an
    /// agent ("sanctions on Iran were announced by the EU", "a ceasefire
    /// could be agreed by both sides"): where its auxiliaries start, and
    /// the agent.
    fn noun_passive(&self, from: usize, clause_end: usize) -> Option<(usize, Group)> {
        let hi = clause_end.min(from + PREP_REACH);
        let aux = (from..hi)
            .take_while(|&k| !self.is_predicate_word(k) || self.group_at(k).is_some())
            .find(|&k| {
                matches!(
                    self.class(k),
                    Some(Class::Be | Class::Aux | Class::Hypo | Class::Plan | Class::Neg)
                )
            })?;
        let mut k = aux;
        while k < hi
            && matches!(
                self.class(k),
                Some(Class::Be | Class::Aux | Class::Hypo | Class::Plan | Class::Neg | Class::Adv)
            )
        {
            k += 1;
        }
        let be = (aux..k).any(|j| self.class(j) == Some(Class::Be));
        if !be
            || k >= hi
            || k + 1 >= self.end
            || !self.is_lower_word(k)
            || !self.word(k + 1).eq_ignore_ascii_case("by")
        {
            return None;
        }
        Some((aux, self.by_agent(k + 1, clause_end)?))
    }

    /// Where the clause reported by a speech verb before `head` starts,
    /// when it has a subject of its own that names no actor ("Mangal said
    /// the attack had killed twelve", "officials said a bomb killed"): the
    /// verb's subject is then no one before the speech verb. A pronoun or
    /// an actor after the speech verb ("Russia said it would", "said Iran
    /// had") leaves the subject search as it is.
    fn reported_clause(&self, lo: usize, head: usize) -> Option<usize> {
        // Not a capitalized word of a name ("Ukraine's State Security
        // Service alleges").
        let said = (lo..head)
            .rev()
            .find(|&k| self.is_lower_word(k) && self.is_statement_verb(k))?;
        let from = said + 1;
        let mut noun = false;
        for k in from..head {
            if self.group_at(k).is_some() {
                return None;
            }
            match self.class(k) {
                Some(Class::Det) => {}
                // "given balloons to the Iraqi government": "to" is no
                // auxiliary of a reported clause.
                Some(Class::Aux) if self.word(k).eq_ignore_ascii_case("to") => return None,
                // "said on Monday the Kurds attacked": a date's preposition.
                Some(Class::Prep) if k + 1 < head && self.in_time_expression(k + 1) => {}
                Some(
                    Class::Aux | Class::Be | Class::Adv | Class::Neg | Class::Hypo | Class::Plan,
                ) => break,
                Some(_) => return None,
                // "said the alliance would", "said the government had":
                // a body, most often the speaker's own, keeps the search.
                None if self.is_lower_word(k) && self.names_a_body(k) => return None,
                None if self.is_lower_word(k)
                    && !matches!(
                        &*ascii_lower(self.word(k)),
                        "it" | "they" | "we" | "he" | "she"
                    ) =>
                {
                    noun = true;
                }
                // "said Monday the Kurds attacked": a date, then a name no
                // actor is known by, which is the reported clause's own
                // subject (not the speaker).
                None if self.in_time_expression(k) => {}
                None if self.word(k).starts_with(char::is_uppercase) => noun = true,
                None => return None,
            }
        }
        noun.then_some(from)
    }

    /// Whether the word at `k` is a noun a participle after it may
    /// describe: a lowercase word of no closed class ("a ceasefire
    /// negotiated by"), a noun of intent after a determiner ("a plan
    /// offered by", "the proposal made by"), or the sentence's first word
    /// when it names no actor ("Aid sent by Russia").
    fn describable_noun(&self, k: usize) -> bool {
        let noun_of_intent = self.class(k) == Some(Class::Plan)
            && k > self.start
            && self.class(k - 1) == Some(Class::Det)
            && self.forms(k).iter().all(|(_, f)| *f == Form::Noun);
        let first = k == self.start
            && self.group_at(k).is_none()
            && self.class(k).is_none()
            && self.toks[k].kind == TokenKind::Word;
        (self.is_lower_word(k) && (self.class(k).is_none() || noun_of_intent)) || first
    }

    /// Whether a form of "call" at `k` names or describes its object
    /// ("called the attack a crime"): a definite determiner follows it,
    /// not "for", "on" or "to" (a call for an act), nor "a" ("called a
    /// general strike", "called a meeting for Friday" convene one).
    fn names_what_it_calls(&self, k: usize) -> bool {
        matches!(
            &*ascii_lower(self.word(k)),
            "call" | "calls" | "called" | "calling"
        ) && k + 1 < self.end
            && matches!(
                &*ascii_lower(self.word(k + 1)),
                "the" | "this" | "that" | "these" | "those" | "its" | "his" | "her" | "their"
            )
    }

    /// Whether the base form at `p` follows "to" or a modal ("to
    /// extradite", "will expel"): a verb, not a noun ("a shareholder fund
    /// voiced").
    fn infinitive_or_modal(&self, p: usize) -> bool {
        p > self.start && {
            let w = ascii_lower(self.word(p - 1));
            w == "to" || is_modal(&w)
        }
    }

    /// "a proposed change", "the disputed vote": a participle between a
    /// determiner and the lowercase noun it describes is an adjective, no
    /// predicate (a verb after a determiner reads as nothing else).
    fn participle_before_noun(&self, i: usize) -> bool {
        // "his alleged part in atrocities" still alleges.
        if i <= self.start
            || i + 1 >= self.end
            || !self.is_lower_word(i)
            || self
                .class(i)
                .is_some_and(|c| c != Class::Plan && c != Class::Allege)
        {
            return false;
        }
        // "alleged criminals", "his alleged violations" describe; "his
        // alleged part in atrocities", "their alleged role in the killing"
        // still allege a part in an act.
        if self.class(i) == Some(Class::Allege)
            && matches!(
                &*ascii_lower(self.word(i + 1)),
                "part" | "role" | "involvement" | "complicity" | "participation"
            )
        {
            return false;
        }
        // A possessive "'s" after a name ("Tillerson's proposed cuts"), not
        // "he's proposed" (has).
        let possessive = matches!(self.word(i - 1), "'s" | "\u{2019}s")
            && i >= self.start + 2
            && self.word(i - 2).starts_with(char::is_uppercase)
            && !matches!(
                &*ascii_lower(self.word(i - 2)),
                "he" | "she" | "it" | "that" | "there" | "what" | "who" | "where" | "here"
            );
        // A word of the determiner list that ends an actor's mention of two
        // words or more is that actor, the subject: "the military shot down
        // a drone" (not "his", nor "Russian" alone).
        let actor_word = self.group_ending(i).is_some_and(|g| g.ts + 1 < i);
        let det = (self.class(i - 1) == Some(Class::Det)
            && !actor_word
            && !matches!(&*ascii_lower(self.word(i - 1)), "that" | "'s" | "\u{2019}s"))
            || possessive;
        // "urged improved relations", "called for tightened controls": a
        // participle right after a verb that takes an object, or after
        // "for", describes the noun after it (a finite verb does not follow
        // a verb without an auxiliary).
        // So after a preposition ("the threat of targeted sanctions",
        // "with armed men") and after a verb of any tense ("to extradite
        // accused criminals"), before a common noun, an actor or an event
        // noun.
        let after_verb =
            !det && {
                let p = i - 1;
                self.class(p) == Some(Class::Prep)
                    || (self.is_lower_word(p)
                    && self.class(p).is_none_or(|c| c == Class::Plan)
                    && self.group_ending(i).is_none()
                    // "if the press asked him": a noun after "the".
                    && !(p > self.start && self.class(p - 1) == Some(Class::Det))
                    && self.forms(p).iter().all(|(_, f)| *f != Form::Noun)
                    && self.forms(p).iter().any(|(q, f)| {
                        (f.is_past() || (*f == Form::Base && self.infinitive_or_modal(p)))
                            && self.lex.patterns[*q as usize].target.object
                    }))
            } && (self.lex.is_common_noun(self.word(i + 1))
                || self.group_starting(i + 1).is_some()
                || self.forms(i + 1).iter().any(|(_, f)| *f == Form::Noun));
        let forms = self.forms(i);
        (det || after_verb)
            && forms.iter().any(|(_, f)| f.is_past())
            && forms.iter().all(|(_, f)| *f != Form::Noun)
            && self.is_lower_word(i + 1)
            // "alleged threats", "proposed plans": a noun of the class
            // lists too.
            && self.class(i + 1).is_none_or(|c| {
                matches!(c, Class::Hypo | Class::Plan) && self.lex.is_common_noun(self.word(i + 1))
            })
    }

    /// The governor of "involvement", "role", "part" or "responsibility"
    /// before the preposition at `prep` ("denied any involvement in",
    /// "accused of a role in"), when it denies, alleges, negates or plans.
    fn part_in_governor(&self, prep: usize, clause_start: usize) -> Option<usize> {
        let mut k = prep.checked_sub(1).filter(|&k| k > clause_start)?;
        if !matches!(
            &*ascii_lower(self.word(k)),
            "involvement" | "role" | "part" | "responsibility" | "complicity" | "participation"
        ) {
            return None;
        }
        k -= 1;
        // "denied the country's involvement in": past determiners and a
        // possessor.
        let mut steps = 0;
        while k > clause_start && steps < 6 {
            steps += 1;
            if self.class(k) == Some(Class::Det) {
                k -= 1;
            } else if self.possessive_at(k) {
                k = match self.group_ending(k) {
                    Some(g) if g.ts > clause_start => g.ts - 1,
                    _ => k.saturating_sub(2).max(clause_start),
                };
            } else {
                break;
            }
        }
        // "accused of a role in": past "of".
        if self.word(k).eq_ignore_ascii_case("of") && k > clause_start {
            k -= 1;
        }
        // "claimed responsibility for the attacks": the group says it did
        // them; the attacks stay as reported.
        let claims = ascii_lower(self.word(k)).starts_with("claim");
        (!claims
            && matches!(
                self.class(k),
                Some(Class::Deny | Class::Allege | Class::Neg | Class::Hypo | Class::Plan)
            ))
        .then_some(k)
    }

    /// Whether the word at `k` is a verb of plain statement ("said",
    /// "told", "added", "stated": the lexicon's CAMEO 010 verbs) or
    /// "reported".
    fn is_statement_verb(&self, k: usize) -> bool {
        self.word(k).eq_ignore_ascii_case("reported")
            || self.forms(k).iter().any(|(p, f)| {
                let pat = &self.lex.patterns[*p as usize];
                pat.verb
                    && *f != Form::Noun
                    && self.lex.codings[pat.coding as usize].code == GENERIC_STATEMENT
            })
    }

    /// Whether the word at `k` names a body that acts: a role noun of an
    /// institution or group ("government", "army", "ministry", "police")
    /// or a word for a state or alliance.
    fn names_a_body(&self, k: usize) -> bool {
        let w = ascii_lower(self.word(k));
        if matches!(
            &*w,
            "alliance"
                | "bloc"
                | "country"
                | "nation"
                | "state"
                | "kingdom"
                | "republic"
                | "coalition"
        ) {
            return true;
        }
        let kb = kb();
        kb.role_at(self.doc.text(), self.toks[k].span.start as usize)
            .and_then(|hit| kb.roles.get(hit.index as usize))
            .is_some_and(|r| r.rank == crate::kb::Rank::Body || r.plural)
    }

    /// Whether the "-ing" word at `at` reads as a verb: after "be", an
    /// auxiliary, a preposition, a subordinator or an actor, past adverbs
    /// and "not" ("was discussing plans", "by submitting proposals",
    /// "Kuwait is discussing"), not as a modifier ("fired warning shots").
    fn ing_verb(&self, at: usize) -> bool {
        let mut k = at;
        while k > self.start && matches!(self.class(k - 1), Some(Class::Adv | Class::Neg)) {
            k -= 1;
        }
        k > self.start
            && (matches!(
                self.class(k - 1),
                Some(Class::Be | Class::Aux | Class::Prep | Class::Sub)
            ) || self.group_ending(k).is_some())
    }

    /// Whether the word at `k`, right after an event noun, is a noun the
    /// event noun only modifies.
    fn names_a_kind(&self, k: usize) -> bool {
        self.is_lower_word(k)
            && matches!(
                &*ascii_lower(self.word(k)),
                "deal"
                    | "deals"
                    | "bargain"
                    | "bargains"
                    | "hearing"
                    | "hearings"
                    | "talks"
                    | "negotiations"
                    | "negotiator"
                    | "negotiators"
                    | "shot"
                    | "shots"
                    | "proposal"
                    | "proposals"
                    | "bill"
                    | "bills"
                    | "deadline"
                    | "deadlines"
                    | "report"
                    | "reports"
                    | "plan"
                    | "plans"
                    // "a carrier strike group"
                    | "group"
                    | "groups"
                    // "rescue workers", "aid agencies", "relief crews":
                    // people who do such acts, not an act.
                    | "worker"
                    | "workers"
                    | "team"
                    | "teams"
                    | "crew"
                    | "crews"
                    | "personnel"
                    | "volunteers"
                    | "agency"
                    | "agencies"
                    | "officials"
                    // "talk radio"
                    | "radio"
                    // "fast-track negotiating powers"
                    | "powers"
                    | "authority"
                    | "position"
                    | "positions"
                    // "moved up the release date"
                    | "date"
                    | "dates"
            )
    }

    /// "attack helicopters", "strike aircraft", "attack dogs": craft named
    /// for what they are for (after the act's word in any reading).
    fn names_a_craft(&self, k: usize) -> bool {
        self.is_lower_word(k)
            && matches!(
                &*ascii_lower(self.word(k)),
                "helicopter"
                    | "helicopters"
                    | "aircraft"
                    | "submarine"
                    | "submarines"
                    | "dog"
                    | "dogs"
                    | "drone"
                    | "drones"
            )
    }

    /// The subject of the finite verb at `head` when it is a noun phrase
    /// naming no actor right before it ("a U.S. airstrike", "the blasts"):
    /// `Some` of the actor that modifies the noun ("U.S."), if any. `None`
    /// when the word before the verb is an actor, a function word or no
    /// noun after a determiner, a number or an actor.
    fn nominal_subject(&self, lo: usize, head: usize) -> Option<Option<Group>> {
        // Past auxiliaries and adverbs ("the attacker fatally stabbed").
        let mut k = head;
        while k > lo
            && (matches!(
                self.class(k - 1),
                Some(Class::Adv | Class::Aux | Class::Neg)
            ) || self.ly_adverb(k - 1))
        {
            k -= 1;
        }
        let p = k.checked_sub(1).filter(|&p| p > lo)?;
        let noun = self.is_lower_word(p)
            && self.class(p).is_none()
            && self.group_at(p).is_none()
            && !self.word(p).ends_with("ly")
            && !self.reads_as_verb(p);
        if !noun {
            return None;
        }
        // The phrase opens with a determiner, a number or an actor that
        // modifies the noun ("a U.S. airstrike", "the blasts", "Israeli
        // jets"), not a possessive pronoun ("his administration").
        let modifier = self
            .group_ending(p)
            .copied()
            .filter(|g| !self.is_possessive(g));
        // "the regime promised", "the country launched": a definite
        // description of an actor named before, left to the usual search.
        if matches!(
            &*ascii_lower(self.word(p)),
            "regime"
                | "country"
                | "nation"
                | "kingdom"
                | "state"
                | "republic"
                | "group"
                | "organization"
                | "organisation"
                | "movement"
                | "alliance"
                | "bloc"
                | "militia"
                | "party"
                | "company"
                | "firm"
        ) {
            return None;
        }
        let opener = match modifier {
            Some(g) => {
                let mut o = g.ts;
                while o > lo
                    && (self.class(o - 1) == Some(Class::Det)
                        || self.toks[o - 1].kind == TokenKind::Number)
                {
                    o -= 1;
                }
                o
            }
            None if p > lo
                && (self.toks[p - 1].kind == TokenKind::Number
                    || (self.class(p - 1) == Some(Class::Det)
                        && !is_possessive_pronoun(self.word(p - 1)))) =>
            {
                p - 1
            }
            None => return None,
        };
        // It opens the clause or follows a subordinator ("after a U.S.
        // airstrike killed"); not an object ("people requesting the
        // records have objected") nor a later conjunct ("Pandey and this
        // author examined").
        let starts = opener <= lo
            || opener == self.start
            || matches!(self.class(opener - 1), Some(Class::Sub))
            || matches!(
                &*ascii_lower(self.word(opener - 1)),
                "after" | "before" | "until" | "since" | "," | ":" | "\"" | "\u{201c}"
            );
        starts.then_some(modifier)
    }

    /// Whether the event noun at `at` is what sources are "familiar with"
    /// or "briefed on".
    fn knows_of(&self, at: usize) -> bool {
        let mut k = at;
        while k > self.start && self.class(k - 1) == Some(Class::Det) {
            k -= 1;
        }
        k >= self.start + 2
            && matches!(
                (
                    &*ascii_lower(self.word(k - 2)),
                    &*ascii_lower(self.word(k - 1))
                ),
                ("familiar", "with") | ("briefed", "on") | ("knowledgeable", "about")
            )
    }

    /// What a passive verb right after an event noun says befell it: "(the
    /// summit) was cancelled" negates it, "has been postponed" plans it.
    fn passive_fate(&self, from: usize, clause_end: usize) -> Option<(Modality, usize)> {
        let mut k = from;
        let mut passive = false;
        while k < clause_end && k < from + 4 {
            match self.class(k) {
                // Not "was intended to", "is aimed at": a purpose.
                Some(c @ (Class::Neg | Class::Plan)) if passive => {
                    let w = ascii_lower(self.word(k));
                    let fate = match c {
                        Class::Neg => w.ends_with("ed"),
                        _ => matches!(&*w, "scheduled" | "postponed" | "delayed" | "rescheduled"),
                    };
                    return fate.then(|| (modality_of(c), k));
                }
                Some(Class::Be) => passive = true,
                Some(Class::Aux | Class::Adv) => {}
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// The modality of a verb of taking place whose subject is the event
    /// noun ending before `from` ("visit to Ciudad Juarez will take place",
    /// "talks between them could begin next week"): past the noun's
    /// complement (prepositions, actors, determiners, modifiers), a modal
    /// or a negation, then the verb.
    fn takes_place(
        &self,
        head: usize,
        from: usize,
        cs: usize,
        clause_end: usize,
    ) -> Option<(Modality, usize)> {
        let mut k = from;
        while k < clause_end
            && k < from + 8
            && (matches!(self.class(k), Some(Class::Prep | Class::Det))
                || matches!(&*ascii_lower(self.word(k)), "to" | "between")
                // "and" between two actors ("between Russia and Ukraine").
                || (self.word(k) == "and"
                    && k > from
                    && self.group_ending(k).is_some()
                    && self.group_starting(k + 1).is_some())
                || self.group_at(k).is_some()
                || self.toks[k].kind == TokenKind::Number
                || self.is_modifier(k))
        {
            k = self.group_at(k).map_or(k + 1, |g| g.te);
        }
        // "a terrorist attack in the United States is likely", "a Russian
        // attack is expected": what "be" says of the act's phrase.
        if let Some(m) = self.said_of_by_be(k, clause_end) {
            return Some(m);
        }
        let (m, at) = self.modality_after(k, clause_end)?;
        let occurs = self.occurs_at(at + 1, clause_end);
        // "any new sanctions would spark a reaction", "a limited strike
        // would be in the national interest": an act named with an
        // indefinite article as the subject of "would", "could" or "might"
        // is imagined, whatever the verb says of it.
        let imagined = m == Modality::Hypothetical
            && matches!(&*ascii_lower(self.word(at)), "would" | "could" | "might")
            && self.indefinite_subject(cs, head);
        (occurs || imagined).then_some((m, at))
    }

    /// A form of "be" at `k`, past adverbs, then a word that makes what the
    /// subject names possible or expected ("is likely", "was widely
    /// expected", "is imminent", "is set for Friday", "is set to take
    /// place"): its modality and where it stands. Not an adverb ("was
    /// likely spontaneous") nor what is said of the act's course ("is
    /// likely to be difficult", "is expected to cover").
    fn said_of_by_be(&self, k: usize, clause_end: usize) -> Option<(Modality, usize)> {
        if k >= clause_end
            || self.class(k) != Some(Class::Be)
            || matches!(&*ascii_lower(self.word(k)), "be" | "being" | "been")
        {
            return None;
        }
        let mut v = k + 1;
        while v < clause_end
            && (matches!(self.class(v), Some(Class::Adv | Class::Be))
                || (self.is_lower_word(v) && self.word(v).ends_with("ly")))
            && !matches!(&*ascii_lower(self.word(v)), "likely" | "unlikely")
        {
            v += 1;
        }
        if v >= clause_end {
            return None;
        }
        let m = match &*ascii_lower(self.word(v)) {
            "likely" | "unlikely" | "possible" | "probable" | "imminent" | "feared"
            | "inevitable" | "conceivable" => Modality::Hypothetical,
            "expected" | "planned" | "scheduled" | "due" | "slated" | "set" | "anticipated"
            | "envisaged" | "proposed" => Modality::Planned,
            _ => return None,
        };
        let next = v + 1;
        if next >= clause_end || self.toks[next].kind != TokenKind::Word {
            return Some((m, v));
        }
        let ok = match &*ascii_lower(self.word(next)) {
            // "set to take place", "expected to begin".
            "to" => self.occurs_at(next + 1, clause_end),
            "for" | "in" | "on" | "at" | "within" | "before" | "after" | "by" | "next" | "this"
            | "later" | "soon" | "shortly" | "tomorrow" | "tonight" | "again" | "underway"
            | "now" | "anytime" | "any" | "and" | "but" | "if" | "unless" | "because" => true,
            _ => false,
        };
        ok.then_some((m, v))
    }

    /// Whether the verb at or after `v`, past auxiliaries and adverbs,
    /// says that something takes place ("take place", "go ahead",
    /// "happen", "begin", "be held").
    fn occurs_at(&self, v: usize, clause_end: usize) -> bool {
        let mut v = v;
        while v < clause_end && matches!(self.class(v), Some(Class::Aux | Class::Be | Class::Adv)) {
            v += 1;
        }
        let next = |w: &[&str]| {
            v + 1 < clause_end && w.iter().any(|x| self.word(v + 1).eq_ignore_ascii_case(x))
        };
        v < clause_end
            && match &*ascii_lower(self.word(v)) {
                "take" => next(&["place", "effect"]),
                "go" => next(&["ahead", "forward"]),
                "come" => next(&["into", "as", "soon", "next", "before", "after"]),
                "happen" | "occur" | "begin" | "start" | "resume" | "held" | "proceed" => true,
                _ => false,
            }
    }

    /// Whether the clause from `cs` opens with the phrase of the noun at
    /// `head`, indefinite: "a", "an", "any" or "such a", then only words
    /// that are no function words, names or numbers before the noun ("a
    /// limited missile strike", "any new US sanctions").
    fn indefinite_subject(&self, cs: usize, head: usize) -> bool {
        let mut k = cs;
        if self.word(k).eq_ignore_ascii_case("such") {
            k += 1;
        }
        if k >= head || !matches!(&*ascii_lower(self.word(k)), "a" | "an" | "any") {
            return false;
        }
        (k + 1..head).all(|j| {
            (self.is_lower_word(j)
                && match self.class(j) {
                    None => true,
                    // "a formal request", "a new military strike"; not
                    // "a ... the".
                    Some(Class::Det) => !matches!(
                        &*ascii_lower(self.word(j)),
                        "the" | "this" | "that" | "these" | "those"
                    ),
                    _ => false,
                })
                || self.group_at(j).is_some()
                || self.toks[j].kind == TokenKind::Number
                || (self.toks[j].kind == TokenKind::Word
                    && self.word(j).starts_with(char::is_uppercase))
        })
    }

    /// The modality the verb after an event noun's phrase gives it ("talks
    /// between them are expected to resume", "could take place"), from
    /// token `from`; `None` when that verb asserts or none follows.
    fn modality_after(&self, from: usize, clause_end: usize) -> Option<(Modality, usize)> {
        let mut k = from;
        while k < clause_end && k < from + 4 {
            match self.class(k) {
                Some(
                    c @ (Class::Neg | Class::Hypo | Class::Plan | Class::Allege | Class::Deny),
                ) => {
                    return Some((modality_of(c), k));
                }
                Some(Class::Aux | Class::Be | Class::Adv) => k += 1,
                _ => return None,
            }
        }
        None
    }

    fn participant(&self, g: &Group, skip: Option<u32>) -> Option<Participant> {
        let ms = &self.actors.mentions[g.first..g.first + g.n];
        let m = ms.iter().find(|m| Some(m.actor) != skip)?;
        let a = &self.actors.actors[m.actor as usize];
        let code = participant_code(a)?;
        Some(Participant {
            span: m.span,
            actor: Some(m.actor),
            code,
        })
    }

    /// Every actor of a group, as participants.
    fn members(&self, g: &Group) -> Vec<Participant> {
        let mut out: Vec<Participant> = Vec::new();
        for m in &self.actors.mentions[g.first..g.first + g.n] {
            let a = &self.actors.actors[m.actor as usize];
            let Some(code) = participant_code(a) else {
                continue;
            };
            if out.iter().all(|p| p.actor != Some(m.actor)) {
                out.push(Participant {
                    span: m.span,
                    actor: Some(m.actor),
                    code,
                });
            }
        }
        out
    }

    /// Whether the noun at `n` is the scene or the means of what is told
    /// around it: it follows "in", "at", "during", "amid", "by" or "from"
    /// within a few words ("at the G-20 summit", "in a 2011 U.S. drone
    /// attack", "killed by U.S. airstrikes", "wounded from a rocket
    /// attack").
    fn is_setting(&self, n: usize, lo: usize, head: usize, motion: bool) -> bool {
        // The clause's first token (`lo` is the one before it, or the
        // sentence's first when the clause opens the document).
        let first = if lo < self.start || lo == 0 {
            self.start
        } else {
            lo + 1
        };
        let mut k = n;
        for _ in 0..5 {
            if k <= first {
                // "a suicide bombing in the subway left 16 dead and
                // wounded 50": the act that opens the clause is its subject.
                return n < head;
            }
            k -= 1;
            let w = ascii_lower(self.word(k));
            // "travelled to the G-20 summit in St. Petersburg": a journey
            // goes where its goal is.
            if matches!(&*w, "in" | "at" | "during" | "amid" | "by" | "from")
                || (motion && w == "to")
            {
                return true;
            }
            // "at the Group of Seven summit"
            let in_name = w == "of"
                && k > self.start
                && self.word(k - 1).starts_with(char::is_uppercase)
                && self.word(k + 1).starts_with(char::is_uppercase);
            // A comma before the phrase: it follows a fronted adverbial
            // ("In April, a suicide bombing in the subway wounded 50").
            if self.word(k) == "," {
                return n < head;
            }
            // "Following the attack in London, Trump called": a word that
            // opens the sentence before the phrase is no modifier.
            if k == self.start && self.class(k) != Some(Class::Det) {
                return false;
            }
            if in_name
                || self.toks[k].kind == TokenKind::Number
                || self.word(k).starts_with(char::is_uppercase)
            {
                continue;
            }
            if self.toks[k].kind != TokenKind::Word
                || self
                    .class(k)
                    .is_some_and(|c| !matches!(c, Class::Det | Class::Adv))
            {
                return false;
            }
        }
        false
    }

    /// The place of a clause opened by "where" at `cs`: the place just
    /// before it ("near Mosul Dam, where Iraqi forces have been battling").
    /// A place elsewhere in the sentence is another clause's ("said in
    /// Lithuania that NATO had spoken with both candidates", "were heard in
    /// Kyiv as missiles struck", "when Floyd was killed in Minneapolis").
    fn where_place(&self, cs: usize) -> Option<Place> {
        let w = cs.checked_sub(1).filter(|&w| w > self.start)?;
        if !self.word(w).eq_ignore_ascii_case("where") {
            return None;
        }
        let before = if self.word(w - 1) == "," { w - 1 } else { w };
        let adjacent = self.groups.iter().any(|g| {
            g.te == before && matches!(self.kind(g), ActorKind::Place | ActorKind::Country)
        });
        if !adjacent {
            return None;
        }
        let lo = self.clause_start(before - 1).saturating_sub(1);
        self.place(lo, before, before, &[], false)
    }

    /// A place named with "in", "at", "near" (or "to" after a journey, or
    /// a journey's object) in `[lo, hi)`, nearest to `head` and not another
    /// act's (`own`: the head's words, particle and cue).
    fn place(
        &self,
        lo: usize,
        hi: usize,
        head: usize,
        own: &[usize],
        motion: bool,
    ) -> Option<Place> {
        let kb = kb();
        let mut best: Option<(usize, Place)> = None;
        for g in self.groups.iter().filter(|g| g.ts > lo && g.te <= hi) {
            let m = &self.actors.mentions[g.first];
            let a = &self.actors.actors[m.actor as usize];
            let is_city_metonym = m.kind == MentionKind::Metonym;
            if !(a.kind == ActorKind::Place || a.kind == ActorKind::Country || is_city_metonym) {
                continue;
            }
            let mut p = g.ts - 1;
            while p > lo && self.class(p) == Some(Class::Det) {
                p -= 1;
            }
            let prep = ascii_lower(self.word(p));
            // "visited Riyadh": a journey's object is where it went.
            let ok = matches!(&*prep, "in" | "at" | "near" | "outside" | "inside")
                || (motion && (prep == "to" || (p + 1 == g.ts && own.contains(&p))));
            if !ok {
                continue;
            }
            // "In Washington, Macron said Russia attacked Ukraine": where
            // it was said, not where the reported act happened.
            if g.te <= head && (g.te..head).any(|k| self.is_statement_verb(k)) {
                continue;
            }
            // "retaliation for French airstrikes in Iraq": a place right
            // after another act's noun is where that act happened; not
            // after an act that sets the scene ("greeted each other at the
            // G-20 summit in Hamburg", "killed in a crackdown in Cairo"),
            // nor after an act joined to this one ("carried out bombings
            // and shootings in Saudi Arabia").
            if p > lo + 1
                && !own.contains(&(p - 1))
                && self.is_lower_word(p - 1)
                && self.forms(p - 1).iter().any(|(_, f)| *f == Form::Noun)
                && !self.is_setting(p - 1, lo, head, motion)
                && !(head < p - 1
                    && own.iter().max().is_some_and(|&e| {
                        (e + 1..p - 1).all(|k| matches!(self.word(k), "and" | "or" | ","))
                    }))
            {
                continue;
            }
            let Some(hit) = kb.name_at(self.doc.text(), m.span.start as usize) else {
                continue;
            };
            let e = &kb.entries[hit.index as usize];
            let (lat, lon) = match e.kind {
                EntryKind::City { lat, lon, .. } => (Some(lat), Some(lon)),
                EntryKind::Country => (None, None),
                _ => continue,
            };
            let place = Place {
                span: Span::new(hit.start as u32, hit.end as u32),
                name: e.name.clone(),
                country: e.country.clone().or_else(|| Some(e.code.clone())),
                lat,
                lon,
            };
            let dist = g.ts.abs_diff(head);
            if best.as_ref().is_none_or(|(d, _)| dist < *d) {
                best = Some((dist, place));
            }
        }
        best.map(|(_, p)| p)
    }

    /// Codes every predicate of the sentence into `out`.
    fn code(&self, si: u32, out: &mut Vec<Event>, past: &mut Vec<u32>) {
        let first = out.len();
        let mut consumed: Vec<usize> = Vec::new();
        for i in self.start..self.end {
            if self.toks[i].kind != TokenKind::Word {
                continue;
            }
            let Some(h) = self.head(i, &consumed) else {
                continue;
            };
            // "took a beating", "beat Clinton in the primary": a sense that
            // reports nothing takes its cue with it, so the cue codes nothing
            // either.
            if self.reports_nothing(&h) {
                consumed.extend(h.cue_at);
                continue;
            }
            let pat = &self.lex.patterns[h.pattern as usize];
            // "she asked.", "asked whether", "asked not to be named": a
            // question or a plea for anonymity is no appeal.
            if pat.verb
                && matches!(
                    &*ascii_lower(self.word(h.at)),
                    "ask" | "asks" | "asked" | "asking"
                )
                && !self.asks_for_something(h.end)
            {
                continue;
            }
            // "as opposed to": a contrast, no opposition.
            if h.at > self.start
                && self.word(h.at).eq_ignore_ascii_case("opposed")
                && self.word(h.at - 1).eq_ignore_ascii_case("as")
                && h.end < self.end
                && self.word(h.end).eq_ignore_ascii_case("to")
            {
                continue;
            }
            // "ISIL is a threat to the United States", "the terrorist
            // threat", "the threat posed by Iran": a danger, not a threat
            // someone made.
            if h.form == Form::Noun && self.is_danger(h.at, h.end) {
                continue;
            }
            // "a plea deal", "ceasefire talks", "warning shots", "the
            // torture report": a noun that names another noun's kind, not
            // an act.
            // ("the political talk shows": "shows" is a verb after most
            // nouns, "the inquiry shows".)
            if (h.form == Form::Noun || (h.form == Form::Ing && !self.ing_verb(h.at)))
                && h.end < self.end
                && (self.names_a_kind(h.end)
                    || (self.word(h.at).eq_ignore_ascii_case("talk")
                        && matches!(&*ascii_lower(self.word(h.end)), "show" | "shows")))
            {
                continue;
            }
            if h.end == h.at + 1
                && h.end < self.end
                && matches!(
                    &*ascii_lower(self.word(h.at)),
                    "attack" | "strike" | "patrol" | "assault" | "combat"
                )
                && self.names_a_craft(h.end)
                && !(h.at > self.start && self.word(h.at - 1).eq_ignore_ascii_case("to"))
            {
                continue;
            }
            // "demand is expected to grow", "could create unexpected demand
            // for guarantees": demand as buyers' wants, a mass noun with no
            // determiner or possessor, is no one's demand.
            if h.form == Form::Noun
                && self.word(h.at).eq_ignore_ascii_case("demand")
                && self.mass_noun(h.at)
            {
                continue;
            }
            // "people familiar with the talks", "officials briefed on the
            // negotiations": sources of the story, not an act.
            if h.form == Form::Noun && self.knows_of(h.at) {
                continue;
            }
            // "hunger strike": the particle's words are this head's.
            consumed.extend(h.at + 1..h.end);
            // "lifted the sanctions", "broke the embargo": an act on a
            // standing measure is not a new one (CAMEO 08 yields and 128
            // violations take the measure as their object), its cue or,
            // without one, its direct object.
            let coding = &self.lex.codings[pat.coding as usize];
            let root = coding.root();
            let acts_on = root == "08" || coding.code == "128";
            // (Not one a party owns: "ignored Manila's request", "heeded
            // Israel's warning" - the request and the warning were made.)
            let measure = h.cue_at.or_else(|| {
                (acts_on && pat.verb && h.form != Form::Noun)
                    .then(|| self.object_head(h.end, self.clause_end(h.at)))
                    .flatten()
                    .filter(|&c| !self.after_possessive(c))
            });
            // "held talks": the noun is this event's, not another one.
            // "alleged … an attack": the attack is an event of its own.
            let same_act = |c: usize| {
                self.forms(c).iter().any(|(p, f)| {
                    *f == Form::Noun
                        && self.lex.codings[self.lex.patterns[*p as usize].coding as usize].root()
                            == root
                })
            };
            if let Some(c) = h.also_cue.filter(|&c| same_act(c)) {
                consumed.push(c);
            }
            if let Some(c) = measure {
                let same = same_act(c);
                // "provided support", "received weapons": what is given
                // (CAMEO 07 aid) is the gift, not an act of its own.
                // Not a verb ("to provide money to help Israel").
                let gives = root == "07"
                    && self.forms(c).iter().any(|(_, f)| *f == Form::Noun)
                    && !(c > self.start && self.word(c - 1).eq_ignore_ascii_case("to"));
                if same || acts_on || gives {
                    consumed.push(c);
                    // "sanctions must be lifted", "support was provided":
                    // the measure or the gift, coded before its passive
                    // verb, is no new one either.
                    if (acts_on || gives) && c < h.at {
                        let at = self.toks[c].span.start;
                        if let Some(tail) = out.get_mut(first..) {
                            if let Some(k) = tail.iter().position(|e| e.predicate.start == at) {
                                out.remove(first + k);
                            }
                        }
                    }
                }
            }
            if self.lex.codings[pat.coding as usize].code == GENERIC_STATEMENT {
                // "said", "stated": who said what is the quotes layer's.
                continue;
            }
            let cs = self.clause_start(h.at);
            let ce = self.clause_end(h.at);
            // "Vietnam is worried", "Brexiters are opposed to": a state of
            // mind the subject is in, its own attitude, unless "by" names
            // who brought it about.
            let stative = STATIVE_PARTICIPLES.contains(&&*ascii_lower(self.word(h.at)))
                && !(h.end < self.end && self.word(h.end).eq_ignore_ascii_case("by"));
            let be_passive = h.form != Form::Noun && !stative && self.is_passive(h.at, h.form);
            // "were engaged in ethnic cleansing": the act is what follows.
            if be_passive
                && PARTICIPATION.contains(&&*ascii_lower(self.word(h.at)))
                && h.end < self.end
                && self.word(h.end).eq_ignore_ascii_case("in")
            {
                continue;
            }
            let reduced = if h.form == Form::Noun || be_passive {
                None
            } else {
                self.reduced_relative(&h, pat, ce)
                    .or_else(|| self.headline_passive(&h, pat, cs, ce))
            };
            // "The minister was flown to Moscow": who is moved still goes
            // there; a passive motion verb keeps its subject as the source.
            let moves = self.lex.codings[pat.coding as usize]
                .code
                .starts_with("042");
            let reduced = reduced.filter(|_| !moves);
            let passive = h.form != Form::Noun && !moves && (reduced.is_some() || be_passive);
            let infinitive = h.form == Form::Base
                && h.at > self.start
                && self.word(h.at - 1).eq_ignore_ascii_case("to");

            // Source(s).
            let noun_passive = if h.form == Form::Noun {
                self.noun_passive(h.end, ce)
            } else {
                None
            };
            // "people were killed in the attack": a passive clause's
            // subject is what the hostile act in its phrase did, not who did
            // it; the act is kept for its target ("in the attack on the
            // consulate").
            let patient = h.form == Form::Noun
                && self.lex.codings[pat.coding as usize].root() >= "11"
                && self.noun_governor(h.at, cs).is_some_and(|g| {
                    g > cs
                        && matches!(&*ascii_lower(self.word(g)), "in" | "during" | "at")
                        && self.has_passive_verb(cs, g)
                });
            // "Morsi's detention", "Khashoggi's killing", "Mandela's
            // release": the possessor of an arrest, an assault or a release
            // is who undergoes it ("Russia's expulsion of diplomats" has its
            // object after "of").
            // "came under attack from Hamas", "faced criticism from
            // Russia": the subject undergoes the act; "from" names its doer.
            let suffered =
                if h.form == Form::Noun && self.lex.codings[pat.coding as usize].root() >= "11" {
                    self.sufferer(h.at, cs)
                } else {
                    None
                };
            let undergoer = if h.form == Form::Noun {
                self.undergoer(h.at, h.end, cs, &self.lex.codings[pat.coding as usize].code)
                    .or(suffered)
            } else {
                None
            };
            // "Obama's Israel trip", "the Moscow visit": a country or place
            // right before a visit is where it goes.
            let visited = if h.form == Form::Noun
                && undergoer.is_none()
                && self.lex.codings[pat.coding as usize]
                    .code
                    .starts_with("042")
            {
                self.group_ending(h.at)
                    // Not a demonym: "Israeli visits" are by Israelis.
                    .filter(|g| {
                        self.mention_kind(g) != MentionKind::Demonym
                            && (self.is_place(g)
                                || self.kind(g) == ActorKind::Country
                                || self.mention_kind(g) == MentionKind::Metonym)
                    })
                    .copied()
            } else {
                None
            };
            // Set when "by" names a doer that is no actor ("offered by a
            // cease-fire"): the act then has no source at all.
            let mut by_noun = false;
            // "U.S.-backed forces": the U.S. backs the forces.
            // "launched the offensive with U.S. support": the U.S. supports
            // the one who launched it.
            // ("support" may have been read as a verb.)
            let backing = self.with_help(h.at, h.end, cs, ce).or_else(|| {
                (h.form != Form::Noun)
                    .then(|| self.backing(h.at, ce))
                    .flatten()
                    .map(|(by, backed)| (Some(by), backed))
            });
            let subject = if let Some((by, _)) = backing {
                by
            } else if self.accused_phrase(h.at, cs).is_some() {
                None
            } else if undergoer.is_some() {
                self.noun_agent(h.end, ce).or_else(|| {
                    (suffered.is_some()
                        && h.end < ce
                        && self.word(h.end).eq_ignore_ascii_case("from"))
                    .then(|| self.agent_after(h.end, ce))
                    .flatten()
                })
            } else if let Some(v) = visited {
                self.noun_agent(h.end, ce)
                    .or_else(|| self.possessor(v.ts, cs, false))
            } else if let Some(suspects) = (h.form == Form::Noun)
                .then(|| self.suspected_party(h.at, cs))
                .flatten()
            {
                // "two brothers suspected in the attack": the suspects,
                // or no one when they name no actor.
                suspects
            } else if h.form == Form::Noun {
                self.accused_party(h.at, cs)
                    .map(|(g, _)| g)
                    // "70 attacks by Somali pirates", "a visit by Macron".
                    .or_else(|| self.noun_agent(h.end, ce))
                    // "the risk of attack from Iran", "criticism from
                    // Beijing", "aid from the US": "from" names who acts,
                    // unless the act moves away or ends something
                    // ("withdrawal from Syria", "release from prison").
                    // Nor taking or sending someone away ("his extradition
                    // from Britain", "abduction from Turkey", "expulsion
                    // from the country"). Not when the noun complements
                    // another ("allegations of assault from a staffer",
                    // "questions about the attack from reporters").
                    .or_else(|| {
                        let code = &self.lex.codings[pat.coding as usize].code;
                        let from_agent = !matches!(code.get(..2), Some("04" | "08" | "09" | "16"))
                            && !["063", "174", "181"].iter().any(|c| code.starts_with(c));
                        if from_agent
                            && h.end < ce
                            && self.word(h.end).eq_ignore_ascii_case("from")
                            && !self.complements_a_noun(h.at, cs)
                        {
                            self.agent_after(h.end, ce)
                        } else {
                            None
                        }
                    })
                    .or_else(|| {
                        // "U.S. arms", "US objections", "Israel strikes": a
                        // country right before help given or a hostile act
                        // names who does it; not before sanctions and cuts
                        // ("Iran sanctions" are on Iran) or talks.
                        // ("the U.S. embargo against Cuba": with its target
                        // named after it, the country imposes it.)
                        let root = self.lex.codings[pat.coding as usize].root();
                        let target_named = h.end < ce
                            && matches!(&*ascii_lower(self.word(h.end)), "on" | "against");
                        let country_acts = matches!(root, "06" | "07")
                            || (root >= "11" && (root != "16" || target_named));
                        self.possessor(h.at, cs, country_acts)
                    })
                    .or_else(|| {
                        // "Russia planning an attack": the governing verb's
                        // own subject, right before it.
                        let gov = self.noun_governor(h.at, cs)?;
                        let verb_like = self.is_lower_word(gov)
                            && !self.names_what_it_calls(gov)
                            && (matches!(self.class(gov), Some(Class::Plan | Class::Hypo))
                                || is_light_verb(self.word(gov))
                                || self.claims_act(gov, h.at));
                        self.group_ending(gov)
                            .filter(|g| verb_like && !self.is_place(g))
                            .copied()
                    })
                    .or_else(|| {
                        // "Macron held talks", "began talks": a light or
                        // intent verb's subject does the act; "Iran denied
                        // the accusation" is someone else's accusation.
                        let gov = self.noun_governor(h.at, cs);
                        // "stormed the embassy following the execution": a
                        // hostile act named as the time of another is not
                        // its subject's ("said after the talks" still is);
                        // nor one named as its cause ("protested over the
                        // assassination", "charges over the killing").
                        let hostile = self.lex.codings[pat.coding as usize].root() >= "11";
                        // Any act named as the setting of the subject's
                        // ("amid ongoing federal probes", "despite pleas
                        // from the West"); not "over", which may be the
                        // subject's ("presided over a meeting", "questions
                        // over contacts he had").
                        let occasion = gov.is_some_and(|g| {
                            let w = ascii_lower(self.word(g));
                            matches!(&*w, "amid" | "amidst" | "despite")
                                || (hostile
                                    && matches!(
                                        &*w,
                                        "after" | "following" | "before" | "since" | "over"
                                    ))
                        });
                        // "one of the suspects in the Benghazi attack": a
                        // phrase that modifies a plural noun, not the verb.
                        let of_a_noun = gov.is_some_and(|g| {
                            matches!(&*ascii_lower(self.word(g)), "in" | "at" | "from" | "behind")
                                && g > cs
                                && self.is_plural_noun(g - 1)
                        });
                        // "tweeted about the attack", "testified on the
                        // raid", "an inquiry into the attack": what the
                        // subject speaks of is not its act ("over" may give
                        // the subject's own cause).
                        // Not a state: "on (high) alert", "on strike".
                        let topic = gov.is_some_and(|g| {
                            let w = ascii_lower(self.word(g));
                            let determined =
                                (g + 1..h.at).any(|k| self.class(k) == Some(Class::Det));
                            // "video of the attack", "the victims of the
                            // strike", "in the aftermath of the shooting": a
                            // thing of the act, not its doer.
                            let of_a_thing = w == "of"
                                && g > cs
                                && matches!(
                                    &*ascii_lower(self.word(g - 1)),
                                    "video"
                                        | "videos"
                                        | "footage"
                                        | "images"
                                        | "photos"
                                        | "pictures"
                                        | "scene"
                                        | "site"
                                        | "aftermath"
                                        | "wake"
                                        | "anniversary"
                                        | "victims"
                                        | "victim"
                                        | "survivors"
                                        | "details"
                                        | "news"
                                        | "handling"
                                        | "memory"
                                        | "memories"
                                        | "time"
                                        | "day"
                                        | "eve"
                                );
                            matches!(&*w, "about" | "regarding" | "concerning")
                                || (hostile
                                    && (w == "into" || (w == "on" && determined) || of_a_thing))
                        });
                        let carries = !occasion
                            && !topic
                            && !of_a_noun
                            && !patient
                            && !gov.is_some_and(|g| self.names_what_it_calls(g))
                            && gov.is_none_or(|g| {
                                is_light_verb(self.word(g))
                                    || matches!(
                                        self.class(g),
                                        Some(Class::Plan | Class::Hypo | Class::Prep)
                                    )
                                    || !self.is_lower_word(g)
                                    || !self.is_predicate_word(g)
                                        && self.class(g).is_none()
                                        && !self.word(g).ends_with("ed")
                            });
                        if carries {
                            // "…, and vowed support": the subject the
                            // governing verb shares with the verb before it.
                            match gov.and_then(|g| self.conjunct_subject(cs, g)) {
                                Some(shared) => shared,
                                None => self.subject_before(cs, h.at),
                            }
                        } else {
                            None
                        }
                    })
                    .or(noun_passive.map(|(_, agent)| agent))
            } else if passive {
                // A reduced relative's agent follows it at once ("protesters
                // arrested by police"); a later "by" belongs to the main verb.
                match reduced {
                    Some(_)
                        if h.end >= self.end || !self.word(h.end).eq_ignore_ascii_case("by") =>
                    {
                        None
                    }
                    _ => self.by_agent(h.end, ce),
                }
            } else if infinitive {
                // "urged Iran to stop": the object of a control verb does
                // it; otherwise the clause's subject ("flew to Moscow to
                // hold talks", "is in Washington to meet Biden").
                // "warned Assad not to use": past a negation before "to".
                let to = h.at - 1;
                let before =
                    if to > cs && matches!(&*ascii_lower(self.word(to - 1)), "not" | "never") {
                        to - 1
                    } else {
                        to
                    };
                match self.group_ending(before) {
                    // "called on Iran to release": the object of "on" too.
                    Some(g)
                        if self.after_control_verb(g)
                            && (self.subject_like(g) || self.called_on_before(g)) =>
                    {
                        Some(*g)
                    }
                    // "a deadline for Turkey to release", "time for Iran to
                    // accept": the actor after "for" does it.
                    // (Past a determiner: "for the U.S. to pull out".)
                    Some(g)
                        if !self.is_place(g)
                            && g.ts > self.start
                            && (self.word(g.ts - 1).eq_ignore_ascii_case("for")
                                || (g.ts > self.start + 1
                                    && self.class(g.ts - 1) == Some(Class::Det)
                                    && self.word(g.ts - 2).eq_ignore_ascii_case("for"))) =>
                    {
                        Some(*g)
                    }
                    // "a decision by the Trump administration to withhold
                    // aid": the agent of the noun that governs the
                    // infinitive.
                    Some(g) if self.agent_of_a_noun(g, cs) => Some(*g),
                    // "asked other nations to support Egypt": no actor.
                    None if before > cs + 2 && self.unnamed_object_does(before - 1, cs) => None,
                    // "and militants continued to launch rockets", "said
                    // Iran plans to attack": the subject of the verb that
                    // governs the infinitive.
                    None if before > cs + 1
                        && self.is_lower_word(before - 1)
                        && self
                            .class(before - 1)
                            .is_none_or(|c| matches!(c, Class::Plan | Class::Neg))
                        && !self.is_statement_verb(before - 1) =>
                    {
                        // "Bush's decision to send troops": the possessor
                        // of a noun that governs the infinitive.
                        // "its failure to negotiate": a possessive pronoun.
                        let possessor = (before >= cs + 3 && self.possessive_at(before - 2))
                            .then(|| self.group_ending(before - 2))
                            .or_else(|| {
                                (before >= cs + 2
                                    && matches!(
                                        &*ascii_lower(self.word(before - 2)),
                                        "its" | "his" | "her" | "their"
                                    ))
                                .then(|| self.group_ending(before - 1))
                            })
                            .flatten()
                            .filter(|g| self.subject_like(g))
                            .copied();
                        possessor
                            .or_else(|| self.after_relative_clause(h.at))
                            .or_else(|| {
                                // Not a name inside a phrase ("militants
                                // inside Australia were planning to kill").
                                self.groups
                                    .iter()
                                    .rev()
                                    .filter(|g| g.te < before && g.ts >= cs)
                                    .find(|g| {
                                        self.subject_like(g)
                                            && !self.is_object(g)
                                            && !self.in_pp(g)
                                            // "crossed the Indian border to
                                            // visit": a modifier of the
                                            // governing noun.
                                            // (Not before a verb or an act:
                                            // "the U.S. decision to quit".)
                                            && !(g.te + 1 == before
                                                && g.ts > cs
                                                && self.class(g.ts - 1) == Some(Class::Det)
                                                && self.class(before - 1).is_none()
                                                && !self.is_predicate_word(before - 1)
                                                && !names_an_act(self.word(before - 1))
                                                && !self.names_a_body(before - 1)
                                                && !self.word(before - 1).ends_with("ly"))
                                    })
                                    .map(|g| self.list_head(g, cs))
                            })
                            .or_else(|| self.first_subject(cs, h.at))
                    }
                    _ => self
                        .after_relative_clause(h.at)
                        .or_else(|| self.first_subject(cs, h.at)),
                }
            } else if h.form == Form::Ing && !self.after_be(h.at) {
                // A bare gerund: a subject right before it, or the subject
                // of the verb it complements ("denied attacking").
                self.group_ending(h.at)
                    .filter(|g| self.subject_like(g))
                    .copied()
                    .or_else(|| {
                        let gov = h.at.checked_sub(1).filter(|&g| g > cs)?;
                        let governed = self.class(gov).is_some_and(|c| {
                            matches!(c, Class::Plan | Class::Deny | Class::Allege | Class::Hypo)
                        }) || self.is_predicate_word(gov);
                        if governed && self.is_lower_word(gov) {
                            self.subject_before(cs, gov)
                        } else {
                            None
                        }
                    })
            } else if let Some(antecedent) = self.relative_parenthesis(cs, h.at) {
                antecedent
            } else {
                // "Mangal said the attack had killed twelve": the reported
                // clause's own subject, no actor, does it.
                let reported = self.reported_clause(cs, h.at);
                let lo = reported.unwrap_or(cs);
                // "after a U.S. airstrike killed", "the blasts killed": a
                // subject that is no actor, right before the verb, is the
                // doer, with the actor that modifies it if any; not an
                // actor further back.
                // Not a participle that describes the noun ("a ceasefire
                // negotiated by Kerry", "a rocket fired from Gaza").
                let describes = h.form.can_be_participle()
                    && h.end < ce
                    && (self.word(h.end).eq_ignore_ascii_case("by")
                        || self.class(h.end) == Some(Class::Prep));
                // "in a deal brokered by China": the participle's own
                // agent, not the clause's subject.
                // Not a motion ("arrived by unmarked police cars") or a
                // means ("responded by sending troops").
                let by_phrase = describes
                    && !moves
                    && h.end + 1 < ce
                    && !(self.is_lower_word(h.end + 1) && self.word(h.end + 1).ends_with("ing"))
                    && h.at > lo
                    && self.word(h.end).eq_ignore_ascii_case("by")
                    && self.describable_noun(h.at - 1);
                let agent = by_phrase
                    .then(|| self.by_agent(h.end, ce))
                    .flatten()
                    // The actor is what "by" names, past determiners and
                    // lowercase words only ("organized by Sharpton in
                    // Washington" is no act of Washington).
                    .filter(|g| {
                        (h.end + 1..g.ts).all(|k| {
                            self.class(k) == Some(Class::Det)
                                || (self.is_lower_word(k) && self.class(k).is_none())
                        })
                    });
                // "the opportunity offered by a cease-fire": what "by"
                // names does it, actor or not; not the clause's subject.
                // Not a means ("talked by phone", "sent by email").
                by_noun = by_phrase
                    && agent.is_none()
                    && (h.end + 1..ce.min(h.end + 4))
                        .find(|&k| self.class(k) != Some(Class::Det))
                        .is_some_and(|k| {
                            self.is_lower_word(k)
                                && self.group_at(k).is_none()
                                && !matches!(
                                    &*ascii_lower(self.word(k)),
                                    "phone"
                                        | "telephone"
                                        | "video"
                                        | "videoconference"
                                        | "videolink"
                                        | "letter"
                                        | "email"
                                        | "e-mail"
                                        | "mail"
                                        | "text"
                                        | "satellite"
                                        | "radio"
                                        | "fax"
                                        | "hand"
                                        | "air"
                                        | "sea"
                                        | "land"
                                        | "road"
                                        | "car"
                                        | "plane"
                                        | "boat"
                                        | "helicopter"
                                        | "foot"
                                )
                        });
                if let Some(own) = (!describes)
                    .then(|| self.nominal_subject(lo, h.at))
                    .flatten()
                    .or(agent.map(Some))
                    .or(by_noun.then_some(None))
                {
                    own
                } else if let Some(shared) = self
                    .speaker_conjunct(cs, h.at)
                    .map(Some)
                    .or_else(|| self.conjunct_subject(lo, h.at))
                {
                    shared
                } else {
                    self.after_relative_clause(h.at)
                        .or_else(|| self.subject_before(lo, h.at))
                        .or_else(|| {
                            // The relative clause's first verb.
                            let first = (cs..h.at).all(|k| !self.reads_as_verb(k));
                            if reported.is_none() && first {
                                self.relative_antecedent(cs)
                            } else {
                                None
                            }
                        })
                        .or_else(|| {
                            if reported.is_none() {
                                self.after_restrictive_relative(cs, h.at)
                            } else {
                                None
                            }
                        })
                }
            };
            // A finite verb whose subject is no known actor ("Opposition
            // groups are demanding …") is still an event, with no source.
            // "Representatives from Iran acknowledged": the country inside
            // the subject phrase.
            let subject = subject.or_else(|| {
                if h.form == Form::Noun || passive || by_noun {
                    None
                } else {
                    self.subject_inside_phrase(cs, h.at)
                }
            });
            // "“The tools will come out,” warned Sen. Brian Schatz": after a
            // quotation, the verb comes before its subject.
            let inverted = if subject.is_none() && h.form != Form::Noun && !passive {
                self.inverted_speaker(h.at, h.end)
            } else {
                None
            };
            let subject = subject.or(inverted);
            let finite = match h.form {
                Form::Noun => {
                    // "staged rallies", "started a hunger strike": a noun
                    // governed by a verb.
                    self.noun_governor(h.at, cs).is_some_and(|g| {
                        self.is_lower_word(g)
                            && !matches!(
                                self.class(g),
                                Some(Class::Prep | Class::Det | Class::Sub | Class::Conj)
                            )
                    })
                }
                Form::Ing => self.after_be(h.at),
                _ => !infinitive,
            };
            // "Talks between the US and Russia took place", "a deal was
            // struck between Kyiv and Moscow": no subject does the act; the
            // sides named by "between" do it with each other.
            let sides = if subject.is_none() && !moves && (h.form == Form::Noun || passive) {
                let reach = if h.form == Form::Noun { 2 } else { PREP_REACH };
                let after = self.between(h.end, reach, ce);
                match h.cue_at {
                    // "Talks between the US and Russia were held": the
                    // passive's subject names them.
                    Some(c) if after.is_empty() && c < h.at => self.between(c + 1, 2, h.at),
                    _ => after,
                }
            } else {
                Vec::new()
            };
            if subject.is_none()
                && !finite
                && sides.is_empty()
                && !patient
                && undergoer.is_none()
                && visited.is_none()
            {
                continue;
            }
            let sources = match subject {
                None => sides.clone(),
                // "agreed by Israel and Hamas": every agent.
                Some(g) if passive => self.coordinated(g, g.ts, ce),
                Some(g) => self.coordinated(g, cs, ce),
            };
            let target = if !sides.is_empty() {
                None
            } else if passive {
                // "Police say the attack was carried out by Hamas": the
                // passive's subject is the noun before its auxiliaries; a
                // noun that is no actor leaves no target (not an actor
                // further back).
                let mut k = h.at;
                while k > cs
                    && matches!(
                        self.class(k - 1),
                        Some(Class::Be | Class::Aux | Class::Adv | Class::Neg)
                    )
                {
                    k -= 1;
                }
                // Where the patient's phrase opens, when an actor is in it.
                // A noun the lists do not know still closes a phrase its
                // determiner opens ("the attack on the consulate was carried
                // out").
                let after_det = |w: usize| {
                    (w.saturating_sub(3).max(cs)..w)
                        .rev()
                        .take_while(|&j| {
                            self.class(j) == Some(Class::Det)
                                || (self.is_lower_word(j) && self.class(j).is_none())
                        })
                        .any(|j| is_article(self.word(j)))
                        && self.class(w).is_none()
                        && !self.in_time(w)
                        && !is_personal_pronoun(self.word(w))
                        && !self.reads_as_verb(w)
                };
                let thing = k < h.at
                    && k > cs
                    && self.group_ending(k).is_none()
                    && self.is_lower_word(k - 1)
                    && (self.lex.is_common_noun(self.word(k - 1)) || after_det(k - 1));
                // An actor closing a prepositional phrase right before the
                // auxiliaries ("followers of the Islamic State group had
                // been arrested", "dozens of people in Cairo were killed").
                let closing_pp = !thing
                    && k < h.at
                    && self
                        .group_ending(k)
                        .is_some_and(|g| g.ts > cs && self.in_pp(g));
                // The phrase of the passive's subject.
                let lo = if thing || closing_pp {
                    self.patient_phrase_start(k, cs)
                } else {
                    cs
                };
                let in_phrase = self.groups.iter().any(|g| g.ts >= lo && g.te <= k);
                // "Sheila Ferguson is the favourite to be evicted": a phrase
                // after "be" or "become" is its subject's.
                // (Not "'s", a possessive as often as "is".)
                let is_copula = |j: usize| {
                    (self.class(j) == Some(Class::Be) && self.is_lower_word(j))
                        || matches!(
                            &*ascii_lower(self.word(j)),
                            "become" | "becomes" | "became" | "becoming"
                        )
                };
                let copula = (thing || closing_pp)
                    .then(|| {
                        (lo.min(k).saturating_sub(4).max(cs)..k)
                            .rev()
                            .find(|&j| is_copula(j) || !self.phrase_head_word(j))
                    })
                    .flatten()
                    .filter(|&j| is_copula(j));
                if let Some(be) = copula {
                    reduced
                        .or_else(|| self.subject_before(cs, be))
                        .or_else(|| self.after_relative_clause(be))
                } else if thing && !in_phrase {
                    reduced
                } else if thing || closing_pp {
                    // An actor inside that phrase is still its patient:
                    // "Dozens of Russian nationals were charged", "two
                    // Ukrainian helicopters were shot down", "the U.S.
                    // ambassador and three staff members were killed", "16
                    // people in the country were killed", "ISIS targets in
                    // Iraq were hit"; else the actor its first "of" names
                    // ("seven followers of the Islamic State group"). Not an
                    // actor before the phrase: "a contractor working near the
                    // Gaza border had been killed, Israeli officials said"
                    // names no patient.
                    // Else a subject before the phrase, in the clause a
                    // speech verb opens ("Protesters arrested by police in
                    // Minsk were freed").
                    let reported = (cs..lo)
                        .rev()
                        .find(|&j| self.is_statement_verb(j))
                        .map_or(cs, |j| j + 1);
                    reduced
                        .or_else(|| self.subject_before(lo, h.at))
                        .or_else(|| self.member_of(lo, k))
                        .or_else(|| self.subject_before(reported, lo))
                } else {
                    // "The soldiers, who killed four Americans, were
                    // arrested", "Militants who kidnapped two Italians were
                    // killed": past a relative clause, its antecedent.
                    reduced
                        .or_else(|| self.subject_before(cs, h.at))
                        .or_else(|| self.after_relative_clause(h.at))
                        .or_else(|| self.after_restrictive_relative(cs, h.at))
                }
            } else {
                // "demanded that the US …": the complement clause's subject.
                // ("charged that Kuwait …": the particle is "that".)
                let that = |k: usize| self.word(k).eq_ignore_ascii_case("that");
                let te =
                    if h.end < self.end && (that(h.end) || (h.end > h.at + 1 && that(h.end - 1))) {
                        self.clause_end(h.end)
                    } else {
                        ce
                    };
                self.target_for(pat, h.end, te, false).or_else(|| {
                    // "lifted the sanctions on Iran": the measure's target;
                    // "ratified an agreement with the EU": the object's.
                    match h.cue_at {
                        Some(c) => self.measure_target(c, te),
                        // Not an ally of a hostile act ("fought in tacit
                        // cooperation with the U.S.").
                        // Nor past a phrase of its own ("condemned
                        // anti-semitism after vandalism against a synagogue").
                        // Nor past a hostile act's noun beyond the object's
                        // head ("criticized discussion of a strike against
                        // Iran": the strike's).
                        None if pat.target.object => (h.end..te.min(h.end + OBJECT_REACH))
                            .take_while(|&k| {
                                self.is_lower_word(k)
                                    && !self.opens_own_phrase(k)
                                    && !(self.names_a_hostile_act(k)
                                        && (h.end..k).any(|j| {
                                            self.class(j) != Some(Class::Det)
                                                && !self.is_modifier(j)
                                        }))
                            })
                            .filter(|&k| {
                                !(self.lex.codings[pat.coding as usize].root() >= "18"
                                    && self.names_an_ally(k))
                            })
                            .find_map(|k| self.measure_target(k, te)),
                        None => None,
                    }
                })
            };
            let target = match backing {
                Some((_, backed)) => backed,
                None => undergoer
                    .or(visited)
                    .or(target)
                    .filter(|_| inverted.is_none()),
            };
            if subject.is_none() && !finite && sides.is_empty() && target.is_none() {
                continue;
            }
            // "received weapons from Iran": Iran is the giver.
            let (sources, target) = if pat.target.reverse && !passive {
                match target {
                    Some(t) => (vec![t], sources.first().copied()),
                    None => (Vec::new(), sources.first().copied()),
                }
            } else {
                (sources, target)
            };
            // "Abadi has the support of the Shiite alliance", "retook the
            // town with the help of U.S. jets": the one named after "of" or
            // "from" gives what the subject has; "lost the backing of",
            // "without the approval of" Congress: it gives it no longer, or
            // not.
            // (Support and aid only: "with the release of the hostages" is
            // the hostages'.)
            let given = matches!(self.lex.codings[pat.coding as usize].root(), "05" | "07");
            let received = (h.form == Form::Noun && given && !pat.target.reverse)
                .then(|| self.received_from(h.at, cs, target))
                .flatten();
            let (sources, target) = match received {
                Some(_) => (target.into_iter().collect(), sources.first().copied()),
                None => (sources, target),
            };
            let fate = (h.form == Form::Noun)
                .then(|| self.passive_fate(h.end, ce))
                .flatten();
            let (modality, governor) = match self.modality(&h, cs) {
                // "the meeting has been postponed", "talks were cancelled".
                (Modality::Asserted, None) if fate.is_some() => {
                    fate.map_or((Modality::Asserted, None), |(m, at)| (m, Some(at)))
                }
                // The sides' act is what the verb after them says of it.
                (Modality::Asserted, None) if h.form == Form::Noun && !sides.is_empty() => {
                    let after = sides.last().map_or(h.end, |g| g.te);
                    self.said_of_by_be(after, ce)
                        .or_else(|| self.modality_after(after, ce))
                        .map_or((Modality::Asserted, None), |(m, at)| (m, Some(at)))
                }
                (Modality::Asserted, None)
                    if noun_passive.is_some()
                        && subject.map(|g| g.ts) == noun_passive.map(|(_, g)| g.ts) =>
                {
                    noun_passive
                        .and_then(|(aux, _)| self.modality_after(aux, ce))
                        .map_or((Modality::Asserted, None), |(m, at)| (m, Some(at)))
                }
                // "The Pope's visit to Ciudad Juarez will take place",
                // "talks with Iran could begin": what the verb of taking
                // place says of the act.
                // (No governor: the modal states no one's intent.)
                (Modality::Asserted, None) if h.form == Form::Noun => self
                    .takes_place(h.at, h.end, cs, ce)
                    .map_or((Modality::Asserted, None), |(m, _)| (m, None)),
                other => other,
            };
            let modality = match (modality, received) {
                (Modality::Asserted, Some(true)) => Modality::Negated,
                (m, _) => m,
            };
            let coding = &self.lex.codings[pat.coding as usize];
            // "Sarkozy heads to Beijing for the Friday opening": an act whose
            // clause names a day of the coming week has not happened yet.
            // Acts done now about later days (an intent, a threat) are not.
            let material = matches!(coding.quad_class, 2 | 4) || coding.root() == "04";
            let modality = if modality == Modality::Asserted
                && material
                && !self.is_topic(&h, cs)
                && self.names_coming_day(cs, ce)
            {
                Modality::Planned
            } else {
                modality
            };
            // The head's own words: itself, its particle, its cue.
            let own: Vec<usize> = (h.at..h.end).chain(h.cue_at).collect();
            let location = self
                .place(cs.saturating_sub(1), ce, h.at, &own, moves)
                .or_else(|| self.where_place(cs));
            let predicate = Span::new(self.toks[h.at].span.start, self.toks[h.end - 1].span.end);

            let mut source_parts: Vec<Participant> = Vec::new();
            for g in &sources {
                for p in self.members(g) {
                    if source_parts.iter().all(|q| q.actor != p.actor) {
                        source_parts.push(p);
                    }
                }
            }
            source_parts.truncate(MAX_SOURCES);
            let mut pairs: Vec<(Option<Participant>, Option<Participant>)> = Vec::new();
            for s in &source_parts {
                let t = target.as_ref().and_then(|g| self.participant(g, s.actor));
                pairs.push((Some(s.clone()), t));
            }
            if source_parts.is_empty() {
                let t = target.as_ref().and_then(|g| self.participant(g, None));
                pairs.push((None, t));
            }
            // Only acts done with each other: "the US, Britain and France
            // struck positions" is no strike on one another.
            // Praise, support and apology go one way ("France and Italy
            // welcomed the strikes"); diplomatic cooperation and signed
            // agreements are with each other.
            // Travel, hosting and mediation go one way ("Egyptian and
            // Palestinian negotiators arrived"), and so do pledges of
            // support, aid or concessions ("China, Iran and Russia pledged
            // funds" to a third party; "pledged to cooperate" is mutual).
            let mutual = (matches!(coding.root(), "03" | "04" | "06" | "08")
                && !["042", "043", "045", "032", "033", "034", "035", "039"]
                    .iter()
                    .any(|c| coding.code.starts_with(c)))
                || matches!(coding.code.as_str(), "019" | "050")
                || coding.code.starts_with("057")
                || matches!(coding.code.as_str(), "190" | "193")
                    && ascii_lower(self.word(h.at)).starts_with("clash")
                // "Israel and Hamas traded rockets", "exchanged fire": what
                // is exchanged is the verb's object.
                || (["trad", "exchang"]
                    .iter()
                    .any(|v| ascii_lower(self.word(h.at)).starts_with(v))
                    && h.cue_at.is_some_and(|c| {
                        c >= h.end && c <= h.end + 2 && (h.end..c).all(|k| self.word(k) != ",")
                    }));
            if target.is_none()
                && source_parts.len() >= 2
                && (mutual || !sides.is_empty())
                && !self.other_party_after(pat, h.end, ce)
                // "Trump and Morrison visited a paper factory", "Obama and
                // Netanyahu offered a new approach": verbs whose object is
                // the other party, with an object that is no actor, are not
                // acts with each other ("discussed the crisis" is).
                && !(matches!(coding.root(), "03" | "04")
                    && pat.verb
                    && [
                        "meet", "met", "visit", "invit", "host", "consult", "contact", "greet",
                        "welcom", "receiv", "offer",
                    ]
                    .iter()
                    .any(|v| ascii_lower(self.word(h.at)).starts_with(v))
                    && pat.target.object
                    && self.direct_object_follows(h.end, ce)
                    && !self.actor_object_at(h.end, ce))
            {
                // "The two leaders held talks": each with the others.
                pairs.clear();
                for s in &source_parts {
                    for t in &source_parts {
                        if s.actor != t.actor {
                            pairs.push((Some(s.clone()), Some(t.clone())));
                        }
                    }
                }
            }
            // "agreed to lift sanctions": the intent to ease sanctions
            // (0354), not only to yield (035).
            // "vowed sanctions": a threat of sanctions (1312).
            let specific = |family: &str| {
                let detailed = if family.starts_with("13") {
                    threat_detail(&coding.code).and_then(|c| self.lex.coding(c))
                } else {
                    yield_detail(&coding.code)
                        .and_then(|x| self.lex.coding(&format!("{family}{x}")))
                };
                detailed.or_else(|| self.lex.coding(family))
            };
            let intent = match (modality, governor) {
                (Modality::Planned | Modality::Hypothetical, Some(g))
                    if !matches!(
                        &*ascii_lower(self.word(g)),
                        "will" | "would" | "'ll" | "shall"
                    ) || self.states_own_intent(g, &source_parts, target.as_ref()) =>
                {
                    self.intent_code(coding.root(), g)
                        .and_then(specific)
                        .map(|c| (c, g))
                }
                (Modality::Negated, Some(g)) => self
                    .refusal_code(coding.root(), g)
                    // "has no plans to meet": an intent, negated.
                    .or_else(|| {
                        (self.class(g) == Some(Class::Plan) && !is_modal(self.word(g)))
                            .then(|| self.intent_code(coding.root(), g))
                            .flatten()
                    })
                    .and_then(specific)
                    .map(|c| (c, g)),
                _ => None,
            };
            for (s, t) in pairs {
                let confidence = confidence(&h, pat, s.as_ref(), t.as_ref(), self.actors);
                let coding = if self.verbal_attack(&h, coding, s.as_ref(), t.as_ref()) {
                    self.lex.coding("111").unwrap_or(coding)
                } else if self.state_bombing(&h, coding, s.as_ref()) {
                    self.lex.coding("195").unwrap_or(coding)
                } else {
                    coding
                };
                if let Some((c, g)) = &intent {
                    // "The French president said Russia should withdraw":
                    // the speaker demands it of the one who should act
                    // (the same code as before, with these roles).
                    let demand = c.code.starts_with("10")
                        && matches!(&*ascii_lower(self.word(*g)), "must" | "should");
                    let (source, target) = if demand {
                        let speaker = self
                            .speech_verb_before(*g)
                            .and_then(|v| self.subject_before(self.start, v))
                            .and_then(|sp| self.participant(&sp, None));
                        // "said Hamas should be disarmed": of the patient.
                        (speaker, s.clone().or_else(|| t.clone()))
                    } else {
                        (s.clone(), t.clone())
                    };
                    // "could agree to withdraw", "if Russia agrees to
                    // withdraw": the statement of intent is as real as its
                    // governor (as coded, else its own modal words). A
                    // refusal ("will not yield") is stated as it is, and so
                    // is an intent for later.
                    let gov = self.toks[*g].span;
                    let refusal = self.class(*g) == Some(Class::Neg);
                    let modality = out
                        .get(first..)
                        .filter(|_| !refusal)
                        .and_then(|tail| {
                            tail.iter()
                                .find(|e| {
                                    e.predicate.start <= gov.start
                                        && gov.end <= e.predicate.end
                                        && e.predicate.end <= predicate.start
                                })
                                .map(|e| e.modality)
                        })
                        .or_else(|| {
                            (!refusal)
                                .then(|| self.verb_modality(*g, cs).map(|(m, _)| m))
                                .flatten()
                        })
                        // ("will seek to": an intent stated for later is
                        // stated now; so is one reported with "would":
                        // "saying he would be ready to host".)
                        .filter(|&m| {
                            m != Modality::Planned
                                && !(m == Modality::Hypothetical && self.reported_would(*g))
                        })
                        .unwrap_or(Modality::Asserted);
                    out.push(Event {
                        coding: (*c).clone(),
                        sentence: si,
                        // The governor and the act, in text order ("are
                        // expected to" may follow its event noun).
                        predicate: Span::new(
                            self.toks[*g].span.start.min(predicate.start),
                            self.toks[*g].span.end.max(predicate.end),
                        ),
                        source,
                        target,
                        modality,
                        quoted: false,
                        date: None,
                        location: location.clone(),
                        confidence: confidence - 0.1,
                    });
                }
                out.push(Event {
                    coding: coding.clone(),
                    sentence: si,
                    predicate,
                    source: s,
                    target: t,
                    modality,
                    quoted: false,
                    date: None,
                    location: location.clone(),
                    confidence,
                });
            }
            // Past-tense predicates may take an earlier sentence's date.
            if h.form.is_past() || passive {
                past.push(predicate.start);
            }
        }
    }

    /// The subject after a verb that follows a quotation ("…,” warned
    /// Sen. Brian Schatz.", "…," complained Russia's foreign ministry):
    /// the verb right after the quotation's closing mark and a comma, and
    /// a group right after it that ends the sentence or a clause.
    fn inverted_speaker(&self, at: usize, end: usize) -> Option<Group> {
        if at < self.start + 2 {
            return None;
        }
        let quote_before = (self.word(at - 1) == "," && self.is_quote(at - 2))
            || (self.is_quote(at - 1) && self.word(at - 2) == ",");
        if !quote_before {
            return None;
        }
        let mut k = end;
        while k < self.end && self.class(k) == Some(Class::Det) {
            k += 1;
        }
        let g = *self.group_at(k)?;
        let closes = g.te >= self.end
            || matches!(self.word(g.te), "," | "." | ";" | ":")
            || self.is_quote(g.te);
        (g.ts <= k && closes).then_some(g)
    }

    /// Whether the direct object starting at `from` (past adverbs and
    /// determiners) is an actor's mention, or no object at all but a
    /// word of manner or number ("met several times", "greeted each
    /// other", "meet soon").
    fn actor_object_at(&self, from: usize, clause_end: usize) -> bool {
        let mut k = from;
        loop {
            if k >= clause_end || self.group_at(k).is_some() {
                return true;
            }
            if matches!(
                &*ascii_lower(self.word(k)),
                "times"
                    | "time"
                    | "each"
                    | "one"
                    | "soon"
                    | "again"
                    | "together"
                    | "twice"
                    | "once"
                    | "privately"
                    | "briefly"
                    | ","
                    | "."
            ) {
                return true;
            }
            let skip = matches!(self.class(k), Some(Class::Adv | Class::Det))
                || self.toks[k].kind == TokenKind::Number
                || self.is_modifier(k);
            if !skip {
                return false;
            }
            k += 1;
        }
    }

    /// Whether the verb ending before `end` names, with one of its target
    /// prepositions, a party that is no actor, or takes a reflexive object:
    /// "Biden and Kerry reached out to senators", "Macron and Biden spoke
    /// with reporters", "Britain and the US offered themselves as
    /// guarantors" are no acts of the two with each other.
    fn other_party_after(&self, pat: &Pattern, end: usize, clause_end: usize) -> bool {
        if !pat.verb {
            return false;
        }
        let mut k = end;
        while k < clause_end
            && (self.class(k) == Some(Class::Adv)
                || (self.is_lower_word(k) && self.word(k).ends_with("ly")))
        {
            k += 1;
        }
        if k >= clause_end {
            return false;
        }
        // "offered themselves as guarantors": done to themselves, for others.
        if pat.target.object && matches!(&*ascii_lower(self.word(k)), "themselves" | "ourselves") {
            return true;
        }
        if !pat
            .target
            .preps
            .iter()
            .any(|p| self.word(k).eq_ignore_ascii_case(p))
        {
            return false;
        }
        // "with each other", "with one another", "among themselves".
        if k + 1 >= clause_end
            || matches!(
                &*ascii_lower(self.word(k + 1)),
                "each" | "one" | "themselves" | "both"
            )
        {
            return false;
        }
        let mut j = k + 1;
        while j < clause_end && self.class(j) == Some(Class::Det) {
            j += 1;
        }
        j < clause_end
            && self.is_lower_word(j)
            && self.group_at(j).is_none()
            && !self.is_predicate_word(j)
    }

    /// Whether the noun "bombing" (CAMEO 183, the bombing of a non-state
    /// doer) is named with a state, its government or its forces right
    /// before it ("U.S. bombing", "an Iraqi Air Force bombing", "Israel's
    /// July 19 bombing"): a state bombs from the air (195). Not a suicide,
    /// car or roadside bombing, and not a doer found further away, which
    /// is as often the subject of another verb ("Iran attempted to … by
    /// bombing a restaurant").
    fn state_bombing(&self, h: &Head, coding: &Coding, s: Option<&Participant>) -> bool {
        if coding.code != "183" || h.form != Form::Noun || h.end != h.at + 1 {
            return false;
        }
        let w = ascii_lower(self.word(h.at));
        if !(w == "bombing" || w == "bombings") {
            return false;
        }
        let Some(p) = s else {
            return false;
        };
        let Some(a) = p.actor.map(|a| &self.actors.actors[a as usize]) else {
            return false;
        };
        // The doer's mention ends within three words before the noun, with
        // no kind of bombing between ("suicide", "car").
        let end = self.toks.partition_point(|t| t.span.start < p.span.end);
        if end > h.at || h.at - end > 3 {
            return false;
        }
        if (end..h.at).any(|k| {
            matches!(
                &*ascii_lower(self.word(k)),
                "suicide" | "car" | "truck" | "roadside" | "bus" | "terror" | "terrorist"
            ) || !(matches!(self.class(k), Some(Class::Det | Class::Adv))
                || self.toks[k].kind == TokenKind::Number
                || self.possessive_at(k)
                || self.is_modifier(k))
                || self.class(k) == Some(Class::Prep)
        }) {
            return false;
        }
        let sector = a.sector.as_deref().unwrap_or("");
        let armed_state =
            sector.is_empty() || sector.starts_with("GOV") || sector.starts_with("MIL");
        matches!(a.kind, ActorKind::Country | ActorKind::StateBody) && armed_state
    }

    /// "Trump attacked the Democrats", "the senator attacked the
    /// president's plan": a politician's attack on anyone but a country,
    /// place or armed group is made in words (CAMEO 111), not with force;
    /// so is a politician's clash with another person ("Pompeo and Bolton
    /// clashed", "clashes between Obama and Netanyahu").
    fn verbal_attack(
        &self,
        h: &Head,
        coding: &Coding,
        s: Option<&Participant>,
        t: Option<&Participant>,
    ) -> bool {
        // "Trump attacked the media"; "clashes between Obama and
        // Netanyahu", "Pompeo and Bolton clashed" (persons on both sides).
        let w = ascii_lower(self.word(h.at));
        let clash = w.starts_with("clash");
        if coding.code != "190" || !(clash || (h.form != Form::Noun && w.starts_with("attack"))) {
            return false;
        }
        let actor = |p: Option<&Participant>| {
            p.and_then(|p| p.actor)
                .map(|a| &self.actors.actors[a as usize])
        };
        let Some(src) = actor(s) else {
            return false;
        };
        let political = |sector: Option<&str>| {
            sector.is_some_and(|x| {
                ["GOV", "LEG", "PTY", "OPP", "JUD"]
                    .iter()
                    .any(|p| x.starts_with(p))
            })
        };
        if src.kind != ActorKind::Person || !political(src.sector.as_deref()) {
            return false;
        }
        if clash {
            return actor(t).is_some_and(|a| a.kind == ActorKind::Person);
        }
        match actor(t) {
            None => t.is_none(),
            Some(a) => {
                !matches!(a.kind, ActorKind::Country | ActorKind::Place)
                    && !a.sector.as_deref().is_some_and(|x| {
                        ["MIL", "REB", "UAF", "INS", "CRM"]
                            .iter()
                            .any(|p| x.starts_with(p))
                    })
            }
        }
    }

    /// Whether group `g` is the object of a verb that governs an
    /// infinitive ("urged Iran to", "wants NATO to", "allow Ukraine to",
    /// "forced the jihadists to", "ordered troops to").
    fn after_control_verb(&self, g: &Group) -> bool {
        let lo = g.ts.saturating_sub(3).max(self.start);
        (lo..g.ts).any(|k| self.controls_object(k))
    }

    /// Whether the word at `k` is one whose object does the act of an
    /// infinitive after the object: "urged", "forced", "asked", "invited",
    /// "on" of "called on".
    fn controls_object(&self, k: usize) -> bool {
        matches!(self.class(k), Some(Class::Plan | Class::Hypo | Class::Neg))
            || self.directs_object(k)
    }

    /// Whether the word at `k` is a verb that has its object do the
    /// infinitive after it ("forced", "asked", "urged", "on" of "called
    /// on"), not a modal or a verb of intent ("would", "is scheduled").
    fn directs_object(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is_lower_word(k)
            && (makes_do(w) || asks_to(w) || has_stem(w, "urg") || self.calls_on(k))
    }

    /// Whether "called on" (past determiners) comes right before group `g`.
    fn called_on_before(&self, g: &Group) -> bool {
        let mut k = g.ts;
        while k > self.start && self.class(k - 1) == Some(Class::Det) {
            k -= 1;
        }
        k > self.start && self.calls_on(k - 1)
    }

    /// Whether group `g` follows "by" (past a determiner) after a noun
    /// ("a decision by the Trump administration", "a move by Russia").
    fn agent_of_a_noun(&self, g: &Group, cs: usize) -> bool {
        let mut k = g.ts;
        if k > cs && self.class(k - 1) == Some(Class::Det) {
            k -= 1;
        }
        k >= cs + 2
            && self.word(k - 1).eq_ignore_ascii_case("by")
            && self.is_lower_word(k - 2)
            && !self.ed_word(k - 2)
            && (self.lex.is_common_noun(self.word(k - 2))
                || self.forms(k - 2).iter().any(|(_, f)| *f == Form::Noun))
    }

    /// "called on", "calls upon", "called for": the preposition at `k`
    /// after a form of "call".
    fn calls_on(&self, k: usize) -> bool {
        k > self.start
            && matches!(&*ascii_lower(self.word(k)), "on" | "upon" | "for")
            && matches!(
                &*ascii_lower(self.word(k - 1)),
                "call" | "calls" | "called" | "calling"
            )
    }

    /// "asked other nations to support", "urged all parties to refrain": a
    /// noun phrase that names no actor, right after a word whose object
    /// does the act of the infinitive, ends at `before` (the token before
    /// "to"): the infinitive's doer is that phrase, no actor.
    fn unnamed_object_does(&self, before: usize, cs: usize) -> bool {
        let mut s = before + 1;
        let mut steps = 0;
        let mut noun = false;
        while s > cs + 1 && steps < 5 {
            let j = s - 1;
            // "pressure their leaders to seek": the phrase names an actor.
            if is_possessive_pronoun(self.word(j)) {
                return false;
            }
            let common = self.is_lower_word(j) && self.lex.is_common_noun(self.word(j));
            let phrase_word = self.group_at(j).is_none()
                && !self.in_time(j)
                && self.class(j).is_none_or(|c| c == Class::Det)
                && (self.class(j) == Some(Class::Det)
                    || self.toks[j].kind == TokenKind::Number
                    || (self.is_lower_word(j)
                        && (common || self.is_modifier(j))
                        && !self.reads_as_verb(j)));
            if !phrase_word {
                break;
            }
            noun |= common;
            s = j;
            steps += 1;
        }
        // The word before the phrase: a verb whose object does the act (not
        // a modal: "would continue to").
        noun && s <= before && s > cs + 1 && self.directs_object(s - 1)
    }

    /// Whether the name ending at token `p` follows a determiner and names
    /// a place that is no country, or no one: "the Kabul attack", "the Fort
    /// Hood shootings" (a noun follows), not "the US attacks" or "the
    /// Kremlin says".
    fn name_modifies_noun(&self, p: usize) -> bool {
        let capital = |k: usize| {
            self.toks[k].kind == TokenKind::Word
                && self.word(k).starts_with(|c: char| c.is_uppercase())
        };
        if !capital(p) {
            return false;
        }
        let mut k = p;
        while k > self.start && capital(k - 1) {
            k -= 1;
        }
        k > self.start
            && matches!(
                &*ascii_lower(self.word(k - 1)),
                "the" | "a" | "an" | "this" | "that" | "last"
            )
            && self.group_ending(p + 1).is_none_or(|g| self.is_place(g))
    }

    /// Whether a possessive ("Russia's", "the U.S.'s") ends right before
    /// `k`, with up to one modifier between.
    fn after_possessive(&self, k: usize) -> bool {
        let possessive_at = |e: usize| {
            (e > self.start && self.possessive_len(e - 1, e) == 1)
                || (e > self.start + 1 && self.possessive_len(e - 2, e) == 2)
        };
        possessive_at(k) || (k > self.start && self.is_modifier(k - 1) && possessive_at(k - 1))
    }

    /// The tokens of a possessive starting at `at` (before `end`): 1 for
    /// "'s", 2 for "'" "s" (the tokenizer splits "U.S.'s" after its
    /// period), else 0.
    fn possessive_len(&self, at: usize, end: usize) -> usize {
        if at >= end {
            0
        } else if self.possessive_at(at) {
            1
        } else if matches!(self.word(at), "'" | "\u{2019}")
            && at + 1 < end
            && self.word(at + 1) == "s"
        {
            2
        } else {
            0
        }
    }

    /// The noun a verb at `i` takes as its object from before it: past
    /// auxiliaries, modals, adverbs, "that"/"which", a comma and a
    /// subject that names someone ("a deal Mr. Obama would strike", "the
    /// agreement that was struck", "the nuclear deal, struck on"), at most
    /// six words back.
    fn fronted_object(&self, i: usize) -> Option<usize> {
        let mut k = i;
        let mut steps = 0;
        while k > self.start && steps < 6 {
            let p = k - 1;
            let w = ascii_lower(self.word(p));
            // "an effort to kill", "a request to meet": an infinitive's
            // noun is no object of it.
            if w == "to" {
                return None;
            }
            if let Some(g) = self.group_ending(k) {
                k = g.ts;
            } else if matches!(
                self.class(p),
                Some(Class::Aux | Class::Be | Class::Adv | Class::Neg | Class::Hypo)
            ) || matches!(
                &*w,
                "that" | "which" | "," | "must" | "would" | "will" | "could"
            ) || is_personal_pronoun(&w)
                || (!self.is_lower_word(p) && self.toks[p].kind == TokenKind::Word)
            {
                k = p;
            } else if self.is_lower_word(p) {
                return Some(p);
            } else {
                return None;
            }
            steps += 1;
        }
        None
    }

    /// The head noun of the direct object after a verb ending at `from`,
    /// when it is a common noun that names no actor ("met the
    /// requirements", "meet the greater demand", "meet mandatory sinking
    /// fund requirements"): past determiners and numbers, the last of a run
    /// of lowercase content words.
    fn object_head(&self, from: usize, clause_end: usize) -> Option<usize> {
        let mut k = from;
        while k < clause_end && k < from + OBJECT_REACH {
            // "the Mueller report", "U.S. security aid": an actor's name
            // that modifies the noun after it.
            if let Some(g) = self.group_starting(k) {
                // (Not before a determiner: "freed several Americans the
                // country was holding".)
                if g.te < clause_end
                    && self.is_lower_word(g.te)
                    && !matches!(&*ascii_lower(self.word(g.te)), "the" | "a" | "an")
                {
                    k = g.te;
                    continue;
                }
                // "Russia's demands", "the U.S.'s demands" (the apostrophe
                // after a period a token of its own): past the possessive.
                let after = g.te + self.possessive_len(g.te, clause_end);
                if after > g.te && after < clause_end && self.is_lower_word(after) {
                    k = after;
                    continue;
                }
                break;
            }
            // "all of Russia's demands", "all the U.S.'s demands": a
            // quantity before the object.
            if matches!(
                &*ascii_lower(self.word(k)),
                "all" | "some" | "most" | "many" | "none" | "each" | "any" | "both"
            ) && k + 1 < clause_end
            {
                k += if self.word(k + 1).eq_ignore_ascii_case("of") {
                    2
                } else {
                    1
                };
                continue;
            }
            if !(matches!(self.class(k), Some(Class::Det | Class::Adv | Class::Neg))
                || self.toks[k].kind == TokenKind::Number
                // "the Republican nomination": a name that modifies it.
                || (self.group_at(k).is_none()
                    && self.capitalized_after_start(k)
                    && k + 1 < clause_end
                    && self.is_lower_word(k + 1)))
            {
                break;
            }
            k += 1;
        }
        let content = |k: usize| {
            k < clause_end
                && self.group_at(k).is_none()
                && self.is_lower_word(k)
                && matches!(
                    self.class(k),
                    None | Some(Class::Plan | Class::Allege | Class::Deny)
                )
        };
        let mut head = None;
        while k < from + OBJECT_REACH + 2 {
            // "battled odds became": a past verb after the noun is the
            // next clause's.
            let past = |k: usize| {
                lexicon::is_irregular_simple_past(self.word(k)) || self.word(k).ends_with("ed")
            };
            if content(k) && !(head.is_some() && past(k)) {
                head = Some(k);
                k += 1;
            } else if head.is_some() && k < clause_end && self.possessive_at(k) && content(k + 1) {
                // "the committee's requests": past a common noun's
                // possessive.
                head = None;
                k += 1;
            } else {
                break;
            }
        }
        head
    }

    /// The actor whose possessive names who undergoes the act noun at
    /// `head` (code `code`): an arrest or detention (173), an expulsion
    /// (174), an assault or killing (18…), a release (0841), with no "of"
    /// object after it.
    fn undergoer(&self, head: usize, end: usize, lo: usize, code: &str) -> Option<Group> {
        let undergone = ["173", "174", "18", "0841"]
            .iter()
            .any(|c| code.starts_with(c));
        if !undergone || (end < self.end && self.word(end).eq_ignore_ascii_case("of")) {
            return None;
        }
        let mut j = head;
        while j > lo && self.is_modifier(j - 1) {
            j -= 1;
        }
        if j <= lo || !self.possessive_at(j - 1) {
            return None;
        }
        self.group_ending(j - 1)
            .filter(|g| !self.is_place(g) && self.kind(g) != ActorKind::Country)
            .copied()
    }

    /// The subject of a verb that says it undergoes the act named by the
    /// noun at `head` ("came under attack", "was under heavy fire", "faced
    /// criticism", "drew international condemnation"), after `lo`.
    fn sufferer(&self, head: usize, lo: usize) -> Option<Group> {
        const SUFFER: &[&str] = &[
            "under",
            "face",
            "faces",
            "faced",
            "facing",
            "drew",
            "draw",
            "draws",
            "drawn",
            "drawing",
            "weathered",
            "endured",
            "suffered",
            "suffer",
            "suffers",
        ];
        // The noun's phrase: a determiner, then two modifiers at most
        // ("heavy international criticism", "frequent terror attacks").
        let mut j = head;
        let suffer_at = |k: usize| SUFFER.contains(&&*ascii_lower(self.word(k)));
        while j > lo && head - j < 2 && self.is_modifier(j - 1) && !suffer_at(j - 1) {
            j -= 1;
        }
        // ("faces seven criminal charges": a number counts as one.)
        while j > lo
            && head - j < 4
            && (self.class(j - 1) == Some(Class::Det) || self.toks[j - 1].kind == TokenKind::Number)
        {
            j -= 1;
        }
        let k = j.checked_sub(1).filter(|&k| k > lo)?;
        let w = ascii_lower(self.word(k));
        let verb = if w == "under" {
            let v = k.checked_sub(1).filter(|&v| v > lo)?;
            let under = matches!(
                &*ascii_lower(self.word(v)),
                "come"
                    | "came"
                    | "comes"
                    | "coming"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "fallen"
                    | "found"
                    | "find"
                    | "finds"
            ) || self.class(v) == Some(Class::Be);
            under.then_some(v)?
        } else {
            SUFFER.contains(&&*w).then_some(k)?
        };
        // The subject right before the verb, past auxiliaries and adverbs
        // ("has also come under", "could face"): not an actor further back
        // ("Larson repeated the request … the day the mission suffered an
        // attack").
        let mut k = verb;
        while k > lo
            && verb - k < 4
            && (matches!(
                self.class(k - 1),
                Some(Class::Aux | Class::Adv | Class::Be | Class::Neg | Class::Hypo | Class::Plan)
            ) || self.ly_adverb(k - 1))
        {
            k -= 1;
        }
        self.group_ending(k)
            .filter(|g| g.ts >= lo && self.subject_like(g))
            .copied()
            .or_else(|| {
                // "His comments drew criticism", "Boehner's invitation drew
                // accusations": the one whose words or acts they were.
                let mut j = k;
                while j > lo
                    && k - j < 3
                    && self.is_lower_word(j - 1)
                    && self.class(j - 1).is_none()
                {
                    j -= 1;
                }
                if j == k || j <= lo {
                    return None;
                }
                let p = j - 1;
                let owner = if self.possessive_at(p) {
                    self.group_ending(p)
                } else {
                    self.group_ending(j).filter(|_| {
                        matches!(&*ascii_lower(self.word(p)), "his" | "her" | "their" | "its")
                    })
                };
                owner.filter(|g| g.ts >= lo && !self.is_place(g)).copied()
            })
    }

    /// Whether a verb between `lo` and `hi` is the passive participle of a
    /// hostile act ("were killed", "have been wounded", "was detained"; not
    /// "were engaged in", "is expected to").
    fn has_passive_verb(&self, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| {
            self.is_lower_word(k)
                && self.class(k).is_none()
                && (self.after_be(k) || self.headline_participle(k, hi))
                // "were engaged in ethnic cleansing": taking part, not
                // undergoing.
                && !PARTICIPATION.contains(&&*ascii_lower(self.word(k)))
                && self.forms(k).iter().any(|&(p, f)| {
                    let pat = &self.lex.patterns[p as usize];
                    pat.verb
                        && f.can_be_participle()
                        && self.lex.codings[pat.coding as usize].root() >= "11"
                })
        })
    }

    fn after_be(&self, head: usize) -> bool {
        let mut j = head;
        let mut steps = 0;
        while j > self.start && steps < 3 {
            match self.class(j - 1) {
                Some(Class::Be) => return true,
                Some(Class::Adv | Class::Neg) => {}
                _ => return false,
            }
            j -= 1;
            steps += 1;
        }
        false
    }
}

/// Participles of acts that always have an object, so that with none after
/// them their subject underwent them ("Five soldiers killed in attack").
const UNDERGONE: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "hurt",
    "arrested",
    "detained",
    "captured",
    "kidnapped",
    "kidnaped",
    "abducted",
    "executed",
    "beheaded",
    "murdered",
    "assassinated",
    "tortured",
    "jailed",
    "imprisoned",
    "sentenced",
    "deported",
    "expelled",
    "slain",
    "massacred",
    "hanged",
    "stabbed",
];

/// Participles that, after "be", say the subject took part in what follows
/// ("were engaged in fighting", "was involved in the attack").
const PARTICIPATION: &[&str] = &["engaged", "involved", "embroiled", "implicated", "locked"];

/// `w` in ASCII lowercase, copied only when it has an uppercase letter
/// (most words have none).
fn ascii_lower(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Nouns of help given to someone ("with U.S. support").
fn is_help(w: &str) -> bool {
    [
        "support",
        "backing",
        "help",
        "assistance",
        "aid",
        "blessing",
        "approval",
        "consent",
        "encouragement",
    ]
    .iter()
    .any(|h| w.eq_ignore_ascii_case(h))
}

/// The participles of a compound that says who backs a group ("U.S.-backed
/// forces", "Iran-funded militias", "Kremlin-linked hackers").
fn is_backing(w: &str) -> bool {
    const BACKING: &[&str] = &[
        "backed",
        "supported",
        "funded",
        "financed",
        "sponsored",
        "armed",
        "trained",
        "aligned",
        "allied",
        "inspired",
        "linked",
        "affiliated",
    ];
    BACKING.iter().any(|b| w.eq_ignore_ascii_case(b))
}

/// Verbs whose subject does the act their object noun names ("held talks",
/// "launched an attack", "imposed sanctions", "staged a protest").
fn is_light_verb(w: &str) -> bool {
    let w = ascii_lower(w);
    matches!(
        &*w,
        "hold"
            | "holds"
            | "held"
            | "holding"
            | "launch"
            | "launches"
            | "launched"
            | "launching"
            | "conduct"
            | "conducts"
            | "conducted"
            | "conducting"
            | "carry"
            | "carries"
            | "carried"
            | "carrying"
            | "stage"
            | "stages"
            | "staged"
            | "staging"
            | "begin"
            | "begins"
            | "began"
            | "begun"
            | "beginning"
            | "start"
            | "starts"
            | "started"
            | "starting"
            | "continue"
            | "continues"
            | "continued"
            | "continuing"
            | "make"
            | "makes"
            | "made"
            | "making"
            | "impose"
            | "imposes"
            | "imposed"
            | "imposing"
            | "sign"
            | "signs"
            | "signed"
            | "signing"
            | "reach"
            | "reaches"
            | "reached"
            | "reaching"
            | "give"
            | "gives"
            | "gave"
            | "given"
            | "issue"
            | "issues"
            | "issued"
            | "issuing"
            | "have"
            | "has"
            | "had"
            | "resume"
            | "resumes"
            | "resumed"
            | "mount"
            | "mounts"
            | "mounted"
            | "pay"
            | "pays"
            | "paid"
            | "unleash"
            | "unleashed"
            | "intensify"
            | "intensified"
            | "escalate"
            | "escalated"
            | "step"
            | "stepped"
            | "take"
            | "takes"
            | "took"
            | "taken"
            | "lead"
            | "led"
            | "join"
            | "joined"
            | "announce"
            | "announced"
            | "order"
            | "ordered"
            | "complete"
            | "completed"
    )
}

/// Verbs that only govern an infinitive ("seeking to", "wants to"), as
/// opposed to acts of their own ("threatened to", "agreed to", "urged … to").
fn is_pure_governor(w: &str) -> bool {
    let w = ascii_lower(w);
    let stem = w
        .strip_suffix("ing")
        .or_else(|| w.strip_suffix("ed"))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(&w);
    matches!(
        stem,
        "seek"
            | "sought"
            | "want"
            | "plan"
            | "plann"
            | "intend"
            | "hope"
            | "hop"
            | "try"
            | "tri"
            | "aim"
            | "expect"
            | "prepar"
            | "prepare"
            | "decid"
            | "decide"
            | "go"
            | "need"
            | "consider"
            | "wish"
            | "hav"
    )
}

/// Modal verbs and modal adverbs: they set a finite verb's modality
/// ("could attack", "allegedly attacked").
fn is_modal(w: &str) -> bool {
    let w = ascii_lower(w);
    matches!(
        &*w,
        "could"
            | "can"
            | "might"
            | "may"
            | "would"
            | "should"
            | "will"
            | "shall"
            | "'ll"
            | "\u{2019}ll"
            | "must"
            | "possibly"
            | "potentially"
            | "likely"
            | "unlikely"
            | "allegedly"
            | "purportedly"
    )
}

/// Verbs by which an act does not happen ("prevented an attack").
fn is_prevention(w: &str) -> bool {
    let w = ascii_lower(w);
    // "withheld aid", "blocked the sale", "deterred an attack": what is
    // held back did not happen ("deterred" doubles its "r", out of reach of
    // the stems below).
    matches!(
        &*w,
        "withhold"
            | "withholds"
            | "withheld"
            | "withholding"
            | "deter"
            | "deters"
            | "deterred"
            | "deterring"
    ) || ["prevent", "thwart", "foil", "avert", "forestall", "block"]
        .iter()
        .any(|v| {
            w.strip_prefix(v)
                .is_some_and(|rest| matches!(rest, "" | "s" | "ed" | "ing"))
        })
}

/// Nouns naming what someone says happened, which a verb of rejecting
/// can deny ("dismissed reports Russian troops had shelled").
fn is_report_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "reports"
            | "rumor"
            | "rumors"
            | "rumour"
            | "rumours"
            | "suggestion"
            | "suggestions"
            | "speculation"
            | "charge"
            | "charges"
            | "assertion"
            | "assertions"
            | "story"
            | "stories"
    )
}

/// Nouns of a capacity or entitlement to act ("the authority to strike",
/// "the ability of Iran to enrich"); "right" and "power" only right before
/// "to" after a determiner (`next`: "the right to defend", not "the right
/// bomb" or "seized power to end").
fn is_capacity_noun(w: &str, next: bool) -> bool {
    matches!(
        w,
        "ability"
            | "abilities"
            | "authority"
            | "authorization"
            | "capacity"
            | "capability"
            | "capabilities"
            // "a deadline for Turkey to release the pastor": set, not met.
            | "deadline"
            | "ultimatum"
            // "has the flexibility to hold meetings", "a chance to meet".
            | "flexibility"
            | "freedom"
            | "opportunity"
            | "chance"
            | "option"
    ) || (next && matches!(w, "right" | "rights" | "power" | "powers"))
}

/// Nouns of a plan or an undertaking whose infinitive is what it aims at
/// ("a strategy to block", "an operation to free the hostages", "a bid to
/// join").
fn is_purpose_noun(w: &str) -> bool {
    matches!(
        w,
        "strategy"
            | "strategies"
            | "bid"
            | "bids"
            | "campaign"
            | "drive"
            | "push"
            | "move"
            | "mission"
            | "operation"
            | "operations"
            | "offensive"
            | "scheme"
            | "plot"
            | "plots"
            | "initiative"
            | "measure"
            | "measures"
            | "legislation"
            | "bill"
            | "resolution"
            | "motion"
            | "order"
            | "orders"
            | "agreement"
            | "deal"
            | "pact"
            | "way"
            | "ways"
            | "steps"
    )
}

/// Participles that say what something is for or needs, before "to"
/// ("designed to strike", "needed to attack", "required to leave").
fn is_purpose_participle(w: &str) -> bool {
    matches!(w, "designed" | "needed" | "required" | "intended" | "meant")
}

/// Nouns of what would show a claim true ("no evidence that", "little
/// sign he would").
fn is_evidence_noun(w: &str) -> bool {
    matches!(
        w,
        "evidence" | "proof" | "sign" | "signs" | "indication" | "indications"
    )
}

/// Verbs that reject a claim as untrue ("rejected allegations",
/// "dismissed reports"), beside the denial words of the lexicon.
fn rejects_claim(w: &str) -> bool {
    matches!(
        w,
        "reject"
            | "rejects"
            | "rejected"
            | "rejecting"
            | "dismiss"
            | "dismisses"
            | "dismissed"
            | "dismissing"
            | "refute"
            | "refutes"
            | "refuted"
            | "refuting"
            | "rebut"
            | "rebuts"
            | "rebutted"
            | "dispute"
            | "disputes"
            | "disputed"
            | "disputing"
            | "contest"
            | "contests"
            | "contested"
    )
}

fn modality_of(c: Class) -> Modality {
    match c {
        Class::Neg => Modality::Negated,
        Class::Hypo | Class::Cond => Modality::Hypothetical,
        Class::Allege => Modality::Alleged,
        Class::Deny => Modality::Denied,
        _ => Modality::Planned,
    }
}

/// How sure the coder is: named participants, a target, and a pattern
/// chosen by its particle or cue raise it; pronoun sources lower it.
fn confidence(
    h: &Head,
    pat: &Pattern,
    s: Option<&Participant>,
    t: Option<&Participant>,
    actors: &Actors,
) -> f32 {
    let Some(s) = s else {
        return 0.35;
    };
    let mut c = 0.5;
    if t.is_some() {
        c += 0.2;
    }
    if h.cue_at.is_some() || !pat.particle.is_empty() {
        c += 0.1;
    }
    if h.form != Form::Noun {
        c += 0.05;
    }
    let pronoun = actors.mentions.iter().any(|m| {
        m.span == s.span && matches!(m.kind, MentionKind::Pronoun | MentionKind::Description)
    });
    if pronoun {
        c -= 0.1;
    }
    c
}

/// Drops, among one sentence's events from `first`, a target-less event
/// that another event with the same source, root and modality restates with
/// a target ("ratified an agreement with the EU": the noun "agreement" adds
/// nothing to the verb).
/// The last digit CAMEO gives, under the intents (035), appeals (025),
/// demands (105) and refusals (124) to yield, to the yield `code` names:
/// 081 administrative sanctions 1, 082 dissent 2, 084 releases 3, 085
/// economic sanctions 4, 086 international involvement 5, 087
/// de-escalation 6.
fn yield_detail(code: &str) -> Option<char> {
    match code.get(..3)? {
        "081" => Some('1'),
        "082" => Some('2'),
        "084" => Some('3'),
        "085" => Some('4'),
        "086" => Some('5'),
        "087" => Some('6'),
        _ => None,
    }
}

/// Whether `word` opens with `stem`, ASCII case folded.
fn has_stem(word: &str, stem: &str) -> bool {
    word.as_bytes()
        .get(..stem.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(stem.as_bytes()))
}

/// Whether predicate readings `forms` hold a finite verb's: a past, a
/// participle or a third person's present.
fn has_finite_form(forms: &[(u32, Form)]) -> bool {
    forms
        .iter()
        .any(|(_, f)| matches!(f, Form::Past | Form::PastOrParticiple | Form::S))
}

/// An article or a possessive determiner: what follows it is a noun
/// phrase ("the divided province", "their family members").
fn is_article(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my" | "your"
    )
}

/// Whether `word` is a personal pronoun that can be a subject: "he",
/// "she", "it", "we", "they", "I", "you".
fn is_personal_pronoun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    )
}

/// Whether `word` is a possessive pronoun used as a determiner: "his",
/// "her", "its", "their", "our", "my", "your".
fn is_possessive_pronoun(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "his" | "her" | "its" | "their" | "our" | "my" | "your"
    )
}

/// Stems of verbs whose object does the act of the infinitive after it
/// and that say the act was done: "forced the jihadists to withdraw",
/// "persuaded Iran to return", "got Iran to agree".
const COMPELS: &[&str] = &[
    "forc", "compel", "persuad", "convinc", "enabl", "oblig", "prompt", "spurr", "caus", "get",
    "got",
];
/// Stems of such verbs that do not say it was done: "ordered troops to
/// leave" (they may not have).
const DIRECTS: &[&str] = &[
    "order", "instruct", "direct", "pressur", "pressed", "encourag", "authoriz", "authoris",
    "told", "tell", "advis", "requir", "mandat",
];

/// Whether `word` is a form of a verb whose object does the act of the
/// infinitive after it: "forced the jihadists to withdraw", "ordered
/// troops to leave", "persuaded Iran to return".
fn makes_do(word: &str) -> bool {
    COMPELS.iter().chain(DIRECTS).any(|s| has_stem(word, s))
}

/// Whether `word` is a form of "ask" or "invite", whose object does the
/// act of an infinitive after it ("asked Iran to release", "invited
/// Russia to join").
fn asks_to(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "ask" | "asks" | "asked" | "asking" | "invite" | "invites" | "invited" | "inviting"
    )
}

/// Whether `word` is a form of a verb of [`makes_do`] that does not say
/// the act was done: "ordered troops to leave" (they may not have),
/// unlike "forced the jihadists to withdraw".
fn directs(word: &str) -> bool {
    DIRECTS.iter().any(|s| {
        // A verb's endings only: not "directly", "orderly", "director".
        has_stem(word, s)
            && matches!(
                word.get(s.len()..).map(str::to_ascii_lowercase).as_deref(),
                Some("" | "s" | "e" | "es" | "ed" | "d" | "ing")
            )
    })
}

/// Whether `word` is a form of a verb that presupposes its object, an act
/// already under way ("undermine the negotiations", "derail the talks").
fn acts_on_existing(word: &str) -> bool {
    [
        "undermin",
        "jeopardi",
        "derail",
        "disrupt",
        "complicat",
        "hamper",
        "endanger",
        "sabotag",
        "torpedo",
        "overshadow",
        "imperil",
    ]
    .iter()
    .any(|stem| has_stem(word, stem))
}

/// Whether `word` is a form of a verb that ends, eases or extends an act
/// under way, which its object then is, whatever becomes of the verb:
/// "called for halting the aid", "talk of lifting sanctions", "wants to
/// end the blockade", "an effort to quell the clashes". (Not a
/// cancellation: a canceled plan was no act.)
fn ends_existing(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "halt"
            | "halts"
            | "halted"
            | "halting"
            | "lift"
            | "lifts"
            | "lifted"
            | "lifting"
            | "ease"
            | "eases"
            | "eased"
            | "easing"
            | "loosen"
            | "loosens"
            | "loosened"
            | "loosening"
            | "relax"
            | "relaxes"
            | "relaxed"
            | "relaxing"
            | "end"
            | "ends"
            | "ended"
            | "ending"
            | "stop"
            | "stops"
            | "stopped"
            | "stopping"
            | "suspend"
            | "suspends"
            | "suspended"
            | "suspending"
            | "cut"
            | "cuts"
            | "cutting"
            | "kill"
            | "kills"
            | "killed"
            | "killing"
            | "break"
            | "breaks"
            | "broke"
            | "breaking"
            | "extend"
            | "extends"
            | "extended"
            | "extending"
            | "quell"
            | "quells"
            | "quelled"
            | "quelling"
            | "calm"
            | "calms"
            | "calmed"
            | "calming"
            | "defuse"
            | "defuses"
            | "defused"
            | "defusing"
            | "resolve"
            | "resolves"
            | "resolved"
            | "resolving"
    )
}

/// Nouns of deciding, trying or being entitled to act, whose modifier is
/// the actor ("the U.S. decision to quit", "the Danish bid to join").
fn names_an_act(word: &str) -> bool {
    matches!(
        &*ascii_lower(word),
        "decision"
            | "decisions"
            | "effort"
            | "efforts"
            | "attempt"
            | "attempts"
            | "bid"
            | "move"
            | "right"
            | "commitment"
            | "willingness"
            | "readiness"
            | "push"
            | "drive"
            | "campaign"
            | "intention"
            | "desire"
            | "determination"
            | "ability"
    )
}

/// Verbs that notice, tell of or deal with an act that is there ("detect",
/// "acknowledge", "ignore", "accommodate"), by stem.
fn presupposes(word: &str) -> bool {
    [
        "detect",
        "notic",
        "foresee",
        "foresaw",
        "anticipat",
        "spott",
        "acknowledg",
        "mention",
        "ignor",
        "accommodat",
        "recall",
        "rememb",
        "forget",
        "forgot",
        "explain",
        // "a chance to defend his offensive", "every opportunity to survive
        // the strike": what is defended or survived took place.
        "defend",
        "justif",
        "surviv",
    ]
    .iter()
    .any(|stem| has_stem(word, stem))
}

/// The threat (CAMEO 13) a threatened act `code` makes: sanctions 1312,
/// cutting aid 1311 or relations 1313, halting talks 134, mediation 135 or
/// involvement 136, administrative sanctions 132 (and their sub-codes),
/// blockade 1381, occupation 1382, unconventional violence 1383, attack
/// 1384, weapons of mass destruction 1385.
fn threat_detail(code: &str) -> Option<&'static str> {
    Some(match code {
        c if c.starts_with("161") => "1313",
        c if c.starts_with("162") => "1311",
        c if c.starts_with("163") => "1312",
        c if c.starts_with("164") => "134",
        c if c.starts_with("165") => "135",
        c if c.starts_with("166") => "136",
        "1721" => "1321",
        "1722" => "1322",
        "1723" => "1323",
        "1724" => "1324",
        c if c.starts_with("172") => "132",
        c if c.starts_with("191") => "1381",
        c if c.starts_with("192") => "1382",
        c if c.starts_with("18") => "1383",
        c if c.starts_with("19") => "1384",
        c if c.starts_with("20") => "1385",
        _ => return None,
    })
}

fn drop_restatements(out: &mut Vec<Event>, first: usize, text: &str) {
    if out.len() <= first {
        return;
    }
    let code = |p: &Option<Participant>| p.as_ref().map(|p| p.code.clone());
    let mut new = out.split_off(first);
    // "Ukraine ratified an agreement with the EU": the verb has the source,
    // its object noun the target: one event.
    let mut merged = vec![false; new.len()];
    for i in 0..new.len() {
        if new[i].source.is_none() || new[i].target.is_some() {
            continue;
        }
        // Next to each other: "Iran launched missiles in response to the
        // US airstrike that killed Soleimani" has the airstrike between.
        // Nor across a clause of its own: "30 others injured before the
        // attacker stabbed a police officer" are two acts.
        let between = |a: &Event, b: &Event| {
            let (lo, hi) = if a.predicate.start <= b.predicate.start {
                (a.predicate.start, b.predicate.start)
            } else {
                (b.predicate.start, a.predicate.start)
            };
            new.iter()
                .any(|k| k.predicate.start > lo && k.predicate.start < hi)
                || text.get(lo as usize..hi as usize).is_some_and(|gap| {
                    gap.split_whitespace().any(|w| {
                        [
                            "before", "after", "when", "while", "because", "since", "until",
                            "although",
                        ]
                        .iter()
                        .any(|c| w.eq_ignore_ascii_case(c))
                    })
                })
        };
        let partner = (0..new.len()).find(|&j| {
            !merged[j]
                && j != i
                && new[j].source.is_none()
                && new[j].target.is_some()
                && new[j].coding.root() == new[i].coding.root()
                && new[j].modality == new[i].modality
                && !between(&new[i], &new[j])
        });
        if let Some(j) = partner {
            new[i].target = new[j].target.take();
            merged[j] = true;
        }
    }
    let mut new: Vec<Event> = new
        .into_iter()
        .zip(merged)
        .filter_map(|(e, m)| (!m).then_some(e))
        .collect();
    // "Israel signed agreements to normalize relations with the UAE": an
    // event of another code of the same family, same source and modality,
    // that names a target lends it (the same code is dropped below).
    for i in 0..new.len() {
        if new[i].source.is_none() || new[i].target.is_some() {
            continue;
        }
        let lent = new.iter().find(|f| {
            f.target.is_some()
                && f.coding.code != new[i].coding.code
                && code(&f.source) == code(&new[i].source)
                && f.coding.root() == new[i].coding.root()
                && f.modality == new[i].modality
        });
        if let Some(t) = lent.and_then(|f| f.target.clone()) {
            new[i].target = Some(t);
        }
    }
    // No actor acts on itself ("Krusinski was arrested and held": the
    // second act took the first one's subject as its source). Which side
    // is wrong: the source of a passive ("was shot and killed", "were
    // arrested and charged"), else the target.
    for e in &mut new {
        let same = |a: &Option<Participant>| a.as_ref().and_then(|p| p.actor);
        if same(&e.source).is_none() || same(&e.source) != same(&e.target) {
            continue;
        }
        let passive = e.source.as_ref().is_some_and(|s| {
            text.get(s.span.end as usize..e.predicate.start as usize)
                .is_some_and(|between| {
                    between.split_whitespace().any(|w| {
                        matches!(w, "was" | "were" | "been" | "is" | "are" | "be" | "being")
                    })
                })
        });
        if passive {
            e.source = None;
        } else {
            e.target = None;
        }
    }
    // "any sanctions imposed by the United States": the participle's
    // event restates the noun right before it; the noun keeps its own
    // modality and takes the participle's agent.
    let mut restated = vec![false; new.len()];
    for i in 0..new.len() {
        if new[i].source.is_none() || restated[i] {
            continue;
        }
        let Some(j) = (0..new.len()).find(|&j| {
            j != i
                && !restated[j]
                && new[j].source.is_none()
                && new[j].coding.code == new[i].coding.code
                && text
                    .get(new[j].predicate.end as usize..new[i].predicate.start as usize)
                    .is_some_and(|gap| gap.trim().is_empty())
                && new[j].target.as_ref().map(|p| &p.code)
                    == new[i].target.as_ref().map(|p| &p.code)
        }) else {
            continue;
        };
        new[j].source = new[i].source.clone();
        restated[i] = true;
    }
    let new: Vec<Event> = new
        .into_iter()
        .zip(restated)
        .filter_map(|(e, r)| (!r).then_some(e))
        .collect();
    let keep: Vec<bool> = new
        .iter()
        .map(|e| {
            // "agreed to lift the sanctions": the intent to ease sanctions
            // (0354) says all the intent to yield (035) says.
            let refined = new.iter().any(|f| {
                f.coding.code.len() > e.coding.code.len()
                    && f.coding.code.starts_with(&e.coding.code)
                    && code(&f.source) == code(&e.source)
                    && code(&f.target) == code(&e.target)
                    && f.modality == e.modality
            });
            // "promised to impose tariffs": the threat spans "promised",
            // whose bare promise (030) it says more precisely.
            let generic = e.coding.code.len() == 3 && e.coding.code.ends_with('0');
            let subsumed = generic
                && new.iter().any(|f| {
                    f.predicate != e.predicate
                        && f.predicate.start <= e.predicate.start
                        && f.predicate.end >= e.predicate.end
                        && code(&f.source) == code(&e.source)
                        && f.modality == e.modality
                });
            !refined
                && !subsumed
                && (e.target.is_some()
                    || !new.iter().any(|f| {
                        f.target.is_some()
                            && code(&f.source) == code(&e.source)
                            && f.coding.root() == e.coding.root()
                            && f.modality == e.modality
                    }))
        })
        .collect();
    // "will meet in Zurich to discuss": one event per code, actors and
    // modality in a sentence (the first predicate is its evidence).
    // "any sanctions imposed by the U.S.": a participle right after an
    // act's noun of the same code describes that act, and has its modality.
    let start = out.len();
    for e in new
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
    {
        let again = out[start..].iter().any(|f| {
            f.coding.code == e.coding.code
                && code(&f.source) == code(&e.source)
                && code(&f.target) == code(&e.target)
                && (f.modality == e.modality
                    || (f.predicate.end < e.predicate.start
                        && e.predicate.start <= f.predicate.end + 1))
        });
        if !again {
            out.push(e);
        }
    }
}

/// Dates the sentence's new events and fills a missing place from a journey
/// before them.
fn finish_sentence(
    doc: &Doc,
    out: &mut [Event],
    first_new: usize,
    paragraph: u32,
    past: &[u32],
    clauses: &[Span],
) {
    if out.len() == first_new {
        return;
    }
    let sentences = doc.sentences();
    let sentence = &sentences[out[first_new].sentence as usize];
    let own = crate::time::event_date(doc, sentence.span);
    // The sentence's date outside its relative clauses, taken when `own`
    // comes from one that dates only itself.
    let mut own_main = None;
    // The latest date from the text of an earlier sentence of this paragraph.
    let si = out[first_new].sentence;
    let times = doc.times();
    let inherited = out[..first_new]
        .iter()
        .rev()
        .take_while(|e| sentences[e.sentence as usize].paragraph == paragraph)
        .filter_map(|e| e.date)
        .find(|d| {
            d.source == DateSource::Text
                && d.precision == Precision::Day
                && d.time_ref
                    .and_then(|t| times.get(t as usize))
                    .is_some_and(|t| t.sentence + INHERIT_SENTENCES >= si)
        });
    // Where the sentence's travellers went: (predicate start, place).
    let destinations: Vec<(u32, Place)> = out[first_new..]
        .iter()
        .filter(|e| matches!(e.coding.code.as_str(), "042" | "043"))
        .filter_map(|e| e.location.clone().map(|p| (e.predicate.start, p)))
        .collect();
    let predicates: Vec<Span> = out[first_new..].iter().map(|e| e.predicate).collect();
    for (e, &clause) in out[first_new..].iter_mut().zip(clauses) {
        // A date in the predicate's own clause is its date; else the
        // sentence's ("Comey, who was fired last year, documented": not
        // the date of a relative clause that dates only itself).
        let own_time = own
            .and_then(|d| d.time_ref)
            .and_then(|t| times.get(t as usize));
        let fallback = match own_time {
            Some(t)
                if crate::time::dates_only_its_clause(doc, t.span, e.predicate, &predicates) =>
            {
                *own_main.get_or_insert_with(|| {
                    crate::time::event_date_outside_relatives(doc, sentence.span)
                })
            }
            _ => own,
        };
        // A date of the noun a relative clause hangs on dates the clause's
        // act ("an Aug. 15 car bombing that killed 27").
        let mut date = crate::time::clause_date(doc, clause, e.predicate, &predicates)
            .or_else(|| crate::time::antecedent_date(doc, clause, &predicates))
            .or(fallback);
        if date.is_some_and(|d| d.source == DateSource::Document)
            && past.contains(&e.predicate.start)
            && e.modality == Modality::Asserted
        {
            if let Some(d) = inherited {
                date = Some(d);
            }
        }
        e.date = date;
        // "travelled to Beijing to negotiate a truce", "flew to Havana,
        // where Castro greeted him": talks, cooperation, inquiries and
        // rallies after a journey in the sentence happen where it led; a
        // statement, a threat or an attack named beside a visit does not.
        if e.location.is_none() && matches!(e.coding.root(), "04" | "05" | "06" | "09" | "14") {
            e.location = destinations
                .iter()
                .rev()
                .find(|(at, _)| *at < e.predicate.start)
                .map(|(_, p)| p.clone());
        }
    }
}

/// The code an actor takes part in an event with: its CAMEO code, else its
/// country's; a person no table or title codes takes part uncoded (the
/// event still says who), any other actor without a code not at all.
fn participant_code(a: &herald_core::Actor) -> Option<String> {
    if !a.code.is_empty() {
        Some(a.code.clone())
    } else if let Some(c) = &a.country {
        Some(c.clone())
    } else {
        (a.kind == herald_core::ActorKind::Person).then(String::new)
    }
}

/// Participles that after "be" say what state of mind the subject is in
/// ("is worried", "are opposed to", "is committed to"), not what was done
/// to it.
const STATIVE_PARTICIPLES: &[&str] = &[
    "worried",
    "concerned",
    "alarmed",
    "opposed",
    "committed",
    "united",
    "determined",
    "convinced",
    "interested",
    "prepared",
    "disappointed",
    "frustrated",
    "dissatisfied",
    "satisfied",
    "pleased",
    "allied",
    "divided",
];

/// Whether the last of `items` (sorted by start) that starts at or before
/// `span` also ends at or after it.
fn covered<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> bool {
    let k = items.partition_point(|x| span_of(x).start <= span.start);
    k.checked_sub(1)
        .and_then(|k| items.get(k))
        .is_some_and(|x| span_of(x).end >= span.end)
}

/// The Monday of an ISO week value ("2022-W07").
fn week_start(value: &str) -> Option<chrono::NaiveDate> {
    let (y, w) = value.split_once("-W")?;
    let w = w.get(..2)?;
    chrono::NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, chrono::Weekday::Mon)
}

#[cfg(test)]
mod tests;
