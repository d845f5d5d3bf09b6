//! The `actors` stage: who a document is about, with CAMEO actor codes, and
//! every mention of each.
//!
//! Owns the resolution of mentions to actors within one document: names from
//! the knowledge base ([`crate::kb`]), persons introduced with a title
//! ("German Chancellor Olaf Scholz") or an apposition ("Emmanuel Macron, the
//! French president"), their later mentions by surname, pronoun or role
//! description ("the French president", "the two leaders"), groups named by
//! a demonym and a role ("Russian troops" → `RUSMIL`), buildings standing for
//! governments ("the Kremlin" → `RUSGOV`) and capitals used as governments
//! ("Moscow has demanded" → `RUSGOV`). It reads tokens and, when present,
//! the `entities` layer's PER mentions; it does not learn across documents
//! (that is the learned knowledge base, to come).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use herald_core::{
    Actor, ActorKind, ActorMention, Actors, Annotation, Doc, EntityLabel, Layer, MentionKind, Span,
    Stage, StageError, Token, TokenKind,
};

use crate::kb::{kb, EntryKind, Kb, Rank};
use crate::leaders::{leaders, Leaders, Term};
use crate::lexicon::Fnv;

/// The actors stage.
#[derive(Debug, Clone, Default)]
pub struct ActorResolver {
    /// Roles learned from stored articles, consulted after the shipped table
    /// of office holders.
    learned: Option<Arc<Leaders>>,
}

impl ActorResolver {
    /// The stage with a table of roles learned from stored articles
    /// ([`Leaders::learned`]).
    #[must_use]
    pub fn learning(learned: Arc<Leaders>) -> ActorResolver {
        ActorResolver {
            learned: Some(learned),
        }
    }
}

impl Stage for ActorResolver {
    fn name(&self) -> &'static str {
        "actors"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments]
    }

    fn assigns(&self) -> Layer {
        Layer::Actors
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        if !doc.has(Layer::Segments) {
            return Err(StageError::MissingLayer(Layer::Segments));
        }
        Ok(Annotation::Actors(resolve_with(
            doc,
            self.learned.as_deref(),
        )))
    }
}

/// The shipped table of office holders, then the learned one.
struct Tables<'t>(&'t Leaders, Option<&'t Leaders>);

impl<'t> Tables<'t> {
    fn holding(&self, name: &str, day: chrono::NaiveDate) -> Option<&'t Term> {
        self.0
            .holding(name, day)
            .or_else(|| self.1.and_then(|l| l.holding(name, day)))
    }

    fn led_before(&self, name: &str, day: chrono::NaiveDate) -> Option<&'t Term> {
        self.0
            .led_before(name, day)
            .or_else(|| self.1.and_then(|l| l.led_before(name, day)))
    }

    fn served_before(&self, name: &str, day: chrono::NaiveDate) -> Option<&'t Term> {
        self.0
            .served_before(name, day)
            .or_else(|| self.1.and_then(|l| l.served_before(name, day)))
    }

    fn holding_surname(&self, surname: &str, day: chrono::NaiveDate) -> Option<&'t Term> {
        self.0
            .holding_surname(surname, day)
            .or_else(|| self.1.and_then(|l| l.holding_surname(surname, day)))
    }
}

/// What a token is, for the patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    /// Start of a knowledge-base name spanning `len` tokens.
    Name { entry: u32, len: usize },
    /// Start of a role noun spanning `len` tokens.
    Role { role: u32, len: usize },
    /// Inside a multi-token name or role.
    Inside,
    /// Anything else.
    Plain,
}

/// Words that are capitalized but never part of a person's name here (a
/// `match` on strings: a switch on the length, then a compare).
fn is_not_name(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "His"
            | "Her"
            | "Their"
            | "This"
            | "That"
            | "But"
            | "And"
            | "Or"
            | "As"
            | "For"
            | "Mr."
            | "Mrs."
            | "Ms."
            | "Dr."
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// Lowercase particles inside names ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "du", "di", "ibn",
];

/// Honorifics that may precede a name and are not part of it.
const HONORIFICS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame"];

/// Sectors of the state (CAMEO's government, military, police, judiciary,
/// legislature, intelligence): a role of these without a country is left
/// unresolved.
fn is_state_sector(sector: &str) -> bool {
    ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]
        .iter()
        .any(|s| sector.starts_with(s))
}

/// Armed and police forces: sectors whose members act as a body even when
/// no country is named.
fn is_uniformed(sector: &str) -> bool {
    sector.starts_with("MIL") || sector.starts_with("COP")
}

/// A person's or a body's CAMEO code: country and sector blocks, either
/// may be absent. An intergovernmental organisation's officials are the
/// organisation ("NATO Secretary General Jens Stoltenberg", "EU
/// officials": `IGOWSTNAT`, `IGOEUREEC`): CAMEO gives IGO codes no
/// government block.
fn person_code(country: Option<&str>, sector: Option<&str>) -> String {
    let country = country.unwrap_or("");
    let sector = match sector {
        Some("GOV") if country.starts_with("IGO") => "",
        s => s.unwrap_or(""),
    };
    format!("{country}{sector}")
}

/// Fills what the text left open of a person's country, sector and role
/// from an office-holder's term, and codes the person anew.
fn take_term(a: &mut Actor, t: &Term) {
    if a.country.is_none() {
        a.country = Some(t.country.to_owned());
    }
    if a.sector.is_none() && !t.sector.is_empty() {
        a.sector = Some(t.sector.to_owned());
    }
    if a.role.is_none() {
        a.role = Some(t.role.to_owned());
    }
    a.code = person_code(a.country.as_deref(), a.sector.as_deref());
}

/// The text some spans cover, as sorted disjoint byte ranges.
struct Coverage(Vec<(u32, u32)>);

impl Coverage {
    fn new(spans: impl Iterator<Item = Span>) -> Coverage {
        let mut spans: Vec<(u32, u32)> = spans
            .map(|s| (s.start, s.end))
            .filter(|(a, b)| a < b)
            .collect();
        spans.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(spans.len());
        for (a, b) in spans {
            match out.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => out.push((a, b)),
            }
        }
        Coverage(out)
    }

    /// The last range that starts before byte `end`.
    fn range_before(&self, end: u32) -> Option<(u32, u32)> {
        let k = self.0.partition_point(|&(a, _)| a < end);
        k.checked_sub(1).and_then(|k| self.0.get(k)).copied()
    }

    /// Whether byte `at` is covered.
    fn contains(&self, at: u32) -> bool {
        self.range_before(at.saturating_add(1))
            .is_some_and(|(_, b)| at < b)
    }

    /// Whether any byte of `span` is covered.
    fn overlaps(&self, span: Span) -> bool {
        self.range_before(span.end)
            .is_some_and(|(_, b)| b > span.start)
    }
}

struct Ctx<'a> {
    kb: &'a Kb,
    toks: &'a [Token],
    /// The text of each token, read once.
    words: Vec<&'a str>,
    items: Vec<Item>,
    /// Sentence index of each token.
    sentence_of: Vec<u32>,
    /// Per token, the end (exclusive) of a PER entity starting there, or 0.
    per_at: Vec<usize>,
    /// The last words of persons' names of two words or more the entity
    /// tagger found in the document ("Dempsey" of "Martin Dempsey").
    surnames: Vec<&'a str>,
    /// Whether the entity tagger ran on the document.
    tagged: bool,
    actors: Vec<Actor>,
    mentions: Vec<ActorMention>,
    /// Actor key → index, to merge mentions of the same actor.
    by_key: HashMap<String, u32, BuildHasherDefault<Fnv>>,
    /// Scratch buffer for actor keys.
    key: String,
    /// "the president", "the prime minister": a singular office with "the"
    /// and no country (token range, role), for [`Ctx::definite_roles`].
    definite: Vec<(usize, usize, u32)>,
    /// "the government", "the parliament": a state body with "the" and no
    /// country, for [`Ctx::document_country`].
    generic: Vec<(usize, usize, u32)>,
    /// Actors whose country only the table of earlier office holders gives
    /// ("Barack Obama" in 2019): no evidence of what the document is about,
    /// for [`Ctx::document_country`].
    former: Vec<u32>,
}

/// How many mentions of its country a dateline weighs as.
const DATELINE_WEIGHT: usize = 3;

/// The country of a dateline opening one of the text's first lines: a
/// place name in capitals before a comma, a parenthesis or a dash
/// ("WASHINGTON, March 26 -", "NEW DELHI (Reuters) -", "KYIV —").
fn dateline_country<'k>(text: &str, kb: &'k Kb) -> Option<&'k str> {
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(3) {
        let line = line.trim_start();
        let Some(end) = line.find([',', '(', '-', '\u{2014}', '\u{2013}']) else {
            continue;
        };
        // "SALEM, Ore. —": a city with its state or country after the
        // comma is left alone (Salem, India is larger); a date may follow.
        if line[end..].starts_with(',') {
            let rest = line[end + 1..].trim_start();
            let month = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
            .iter()
            .any(|m| rest.starts_with(m));
            if !month && !rest.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
        }
        let name = line[..end].trim_end();
        if name.len() < 3
            || name.len() > 30
            || !name.chars().any(char::is_alphabetic)
            || name
                .chars()
                .any(|c| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'')))
        {
            continue;
        }
        // "NEW DELHI" → "New Delhi", as the knowledge base spells it.
        let title = crate::places::form(name);
        let hit = kb.name_at(&title, 0).filter(|h| h.end == title.len())?;
        let e = &kb.entries[hit.index as usize];
        if matches!(e.kind, EntryKind::City { .. } | EntryKind::Country) {
            return e.country.as_deref();
        }
        return None;
    }
    None
}

/// The words after byte `end` of `text` when a space follows it, split at
/// white space, each without the punctuation that ends it ("offense.\"" →
/// "offense"); none when no space follows ("Moscow-based").
fn words_after(text: &str, end: usize) -> impl Iterator<Item = &str> {
    text.get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .unwrap_or_default()
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether the word after byte `end` (past one space) names a legal
/// process or record: "criminal investigation", "criminal charges".
fn names_a_legal_process(text: &str, end: usize) -> bool {
    let Some(word) = words_after(text, end).next() else {
        return false;
    };
    [
        "investigation",
        "investigations",
        "probe",
        "inquiry",
        "case",
        "cases",
        "charge",
        "charges",
        "complaint",
        "complaints",
        "proceedings",
        "trial",
        "court",
        "courts",
        "code",
        "law",
        "laws",
        "record",
        "records",
        "justice",
        "conviction",
        "convictions",
        "liability",
        "offence",
        "offences",
        "offense",
        "offenses",
        "referral",
        "prosecution",
        "contempt",
        "defense",
        "lawyer",
        "lawyers",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the city's name ending at byte `end` names an accord, a forum
/// or a club after it ("the Lisbon Treaty", "the Paris climate agreement",
/// "the Minsk accords", "the Paris Club"): the city is then no party to
/// anything, nor where an act happens.
fn names_an_accord(text: &str, end: usize) -> bool {
    const ACCORDS: &[&str] = &[
        "treaty",
        "treaties",
        "accord",
        "accords",
        "agreement",
        "agreements",
        "protocol",
        "protocols",
        "convention",
        "conventions",
        "declaration",
        "charter",
        "communique",
        "communiqué",
        "memorandum",
        "consensus",
        "principles",
        "format",
        "process",
        "club",
    ];
    let is_accord = |w: &str| ACCORDS.iter().any(|a| w.eq_ignore_ascii_case(a));
    // A word after the name, or a lowercase modifier and then it ("the
    // Paris climate agreement").
    let mut words = words_after(text, end);
    match (words.next(), words.next()) {
        (Some(w), _) if is_accord(w) => true,
        (Some(m), Some(w)) => m.starts_with(|c: char| c.is_ascii_lowercase()) && is_accord(w),
        _ => false,
    }
}

/// The actors of a segmented document.
#[must_use]
pub fn resolve(doc: &Doc) -> Actors {
    resolve_with(doc, None)
}

/// The actors of a segmented document, with roles learned from stored
/// articles.
#[must_use]
pub fn resolve_with(doc: &Doc, learned: Option<&Leaders>) -> Actors {
    let kb = kb();
    let toks = doc.tokens();
    if toks.is_empty() {
        return Actors::default();
    }
    let mut sentence_of = vec![0u32; toks.len()];
    for (si, s) in doc.sentences().iter().enumerate() {
        for t in s.tokens.clone() {
            if let Some(slot) = sentence_of.get_mut(t as usize) {
                *slot = si as u32;
            }
        }
    }
    let mut ctx = Ctx {
        kb,
        toks,
        words: crate::lexicon::token_texts(doc),
        items: vec![Item::Plain; toks.len()],
        sentence_of,
        per_at: vec![0; toks.len()],
        surnames: Vec::new(),
        tagged: doc.has(herald_core::Layer::Entities),
        actors: Vec::new(),
        mentions: Vec::new(),
        by_key: HashMap::default(),
        key: String::new(),
        definite: Vec::new(),
        generic: Vec::new(),
        former: Vec::new(),
    };
    // Tokens inside a recognised place name that began before them
    // ("England" in "New England", "Florida" in "South Florida"; not
    // "Toronto" in "CBC Toronto"), and the last words of persons' full
    // names ("Kennedy" after "Anthony Kennedy").
    let mut inside_entity = vec![false; toks.len()];
    for m in doc.entities() {
        if let (Some(a), Some(b)) = (
            ctx.tok_starting(m.span.start as usize),
            ctx.tok_ending(m.span.end as usize),
        ) {
            if m.label == EntityLabel::Per {
                if let Some(slot) = ctx.per_at.get_mut(a) {
                    *slot = b + 1;
                }
                if b > a {
                    let surname = ctx.t(b);
                    ctx.surnames.push(surname);
                }
            }
            if m.label == EntityLabel::Loc {
                if let Some(slots) = inside_entity.get_mut(a + 1..=b) {
                    slots.fill(true);
                }
            }
        }
    }
    // Anchored lookups at token starts: names are capitalized (or begin
    // with a digit or symbol), roles are any words. Leftmost-longest, and a
    // match must end on a token end; later starts inside a match are skipped.
    let text = doc.text();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let start = t.span.start as usize;
        // Names are matched case-sensitively; the few that open with a
        // lowercase word ("al-Qaeda", "peacekeepers") are found at any word.
        // A person's name that opens with a place's ("Vladimir Putin",
        // "Israel Katz") is the person's.
        // A town, state or province is no place inside a longer name
        // ("New England", "South Florida"), nor when it is the surname of a
        // person named in full in the document ("Kennedy", "Flores").
        // "then-Attorney General Jeff Sessions": a role written with
        // "then-" before it.
        let role_start = text
            .get(start..)
            .filter(|rest| rest.starts_with("then-") || rest.starts_with("Then-"))
            .map_or(start, |_| start + "then-".len());
        // "then-Russian Ambassador Sergey Kislyak": a country's adjective
        // after "then-" as well.
        let name_at = |at: usize| kb.name_at(text, at);
        let name = name_at(start)
            .or_else(|| (role_start != start).then(|| name_at(role_start)).flatten())
            .filter(|h| {
                let town = matches!(
                    kb.entries[h.index as usize].kind,
                    EntryKind::City { capital: false, .. }
                );
                let surname = || {
                    text.get(h.start..h.end)
                        .is_some_and(|w| ctx.surnames.contains(&w))
                };
                let city = matches!(kb.entries[h.index as usize].kind, EntryKind::City { .. });
                !(town && (inside_entity[i] || surname()))
                    && !(city && names_an_accord(text, h.end))
                    && ctx
                        .per_end(i)
                        .is_none_or(|e| ctx.tok_ending(h.end).is_some_and(|b| b + 1 >= e))
            });
        let hit = name
            .and_then(|h| ctx.tok_ending(h.end).map(|b| (h, b, true)))
            .or_else(|| {
                (t.kind == TokenKind::Word)
                    .then(|| kb.role_at(text, role_start))
                    .flatten()
                    // "a criminal investigation", "criminal charges": the
                    // law's word, no criminal.
                    .filter(|h| {
                        kb.roles[h.index as usize].sector != "CRM"
                            || !names_a_legal_process(text, h.end)
                    })
                    .and_then(|h| ctx.tok_ending(h.end).map(|b| (h, b, false)))
            });
        match hit {
            Some((h, b, is_name)) if b >= i => {
                let len = b + 1 - i;
                ctx.items[i] = if is_name {
                    Item::Name {
                        entry: h.index,
                        len,
                    }
                } else {
                    Item::Role { role: h.index, len }
                };
                for slot in &mut ctx.items[i + 1..=b] {
                    *slot = Item::Inside;
                }
                i = b + 1;
            }
            _ => i += 1,
        }
    }
    ctx.split_igo_titles(text);
    ctx.scan();
    if let Some(day) = doc.date() {
        ctx.office_holders(doc, day, learned);
    }
    ctx.other_persons(doc);
    if let Some(day) = doc.date() {
        ctx.tabled_persons(day, learned);
    }
    ctx.possessed_bodies(false);
    ctx.second_mentions();
    ctx.definite_roles();
    ctx.definite_countries();
    ctx.pronouns_and_groups();
    ctx.possessed_bodies(true);
    ctx.party_state_tags(doc.text());
    ctx.document_country(dateline_country(doc.text(), kb));
    ctx.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    Actors {
        actors: ctx.actors,
        mentions: ctx.mentions,
    }
}

impl<'a> Ctx<'a> {
    fn tok_starting(&self, byte: usize) -> Option<usize> {
        let i = self
            .toks
            .partition_point(|t| (t.span.start as usize) < byte);
        (self.toks.get(i)?.span.start as usize == byte).then_some(i)
    }

    fn tok_ending(&self, byte: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| (t.span.end as usize) < byte);
        (self.toks.get(i)?.span.end as usize == byte).then_some(i)
    }

    /// Whether token `j` may be a noun that the word before it modifies
    /// ("the military aid", "the army base"): a lowercase word of the same
    /// sentence that is no function word, no common irregular past and has
    /// no verb's or adverb's ending (-s, -ed, -ly).
    fn noun_follows(&self, j: usize) -> bool {
        const NOT_NOUNS: &[&str] = &[
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "of",
            "and",
            "or",
            "but",
            "as",
            "than",
            "that",
            "which",
            "who",
            "will",
            "would",
            "could",
            "can",
            "may",
            "might",
            "must",
            "should",
            "shall",
            "did",
            "do",
            "does",
            "is",
            "was",
            "were",
            "are",
            "be",
            "been",
            "has",
            "have",
            "had",
            "also",
            "now",
            "then",
            "still",
            "not",
            "never",
            "already",
            "just",
            "only",
            "even",
            "first",
            "again",
            "yet",
            "soon",
            "too",
            "said",
            "told",
            "took",
            "gave",
            "made",
            "sent",
            "began",
            "struck",
            "shut",
            "hit",
            "put",
            "set",
            "held",
            "kept",
            "left",
            "won",
            "lost",
            "fought",
            "led",
            "fled",
            "shot",
            "came",
            "went",
            "saw",
            "got",
            "found",
            "brought",
            "sought",
            "stood",
            "drew",
            "withdrew",
            "after",
            "before",
            "during",
            "since",
            "until",
            "over",
            "under",
            "about",
            "against",
            "into",
            "through",
            "across",
            "near",
            "when",
            "while",
            "where",
            "if",
            "because",
            "who",
            "whom",
            "whose",
            "this",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "a",
            "an",
            "the",
            "here",
            "there",
            "today",
            "yesterday",
            "tomorrow",
            "say",
            "want",
            "gather",
        ];
        let w = self.t(j);
        j > 0
            && self.same_sentence(j - 1, j)
            && self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ly"))
            && !NOT_NOUNS.contains(&w)
    }

    /// Whether a mention already covers the start of token `s`.
    fn mentioned_at(&self, s: usize) -> bool {
        let start = self.toks[s].span.start;
        self.mentions
            .iter()
            .any(|m| m.span.start <= start && start < m.span.end)
    }

    /// The end of a PER entity starting at token `i`.
    fn per_end(&self, i: usize) -> Option<usize> {
        self.per_at.get(i).copied().filter(|&e| e > 0)
    }

    fn t(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.toks.len() && self.sentence_of[a] == self.sentence_of[b]
    }

    #[inline]
    fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && match self.t(i).as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                Some(_) => self.t(i).chars().next().is_some_and(char::is_uppercase),
                None => false,
            }
    }

    /// A person's name starting at `i`: a PER entity if the recogniser found
    /// one there, else 1–4 capitalized words (particles and initials
    /// allowed) that the knowledge base does not know. Returns its end.
    fn name_at(&self, i: usize) -> Option<usize> {
        if let Some(end) = self.per_end(i) {
            return Some(end);
        }
        let mut j = i;
        let mut words = 0;
        while j < self.toks.len() && self.same_sentence(i, j) && words < 5 {
            let w = self.t(j);
            // A city's name inside a person's name ("Vladimir Putin").
            let plain_or_city = match self.items[j] {
                Item::Plain => true,
                Item::Name { entry, len: 1 } => {
                    matches!(self.kb.entries[entry as usize].kind, EntryKind::City { .. })
                }
                _ => false,
            };
            if self.capitalized(j) && plain_or_city && !is_not_name(w) {
                words += 1;
                j += 1;
            } else if words > 0 && PARTICLES.contains(&w) && self.capitalized(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        (words > 0).then_some(j)
    }

    fn mention(&mut self, start: usize, end: usize, actor: u32, kind: MentionKind) {
        let span = Span::new(self.toks[start].span.start, self.toks[end - 1].span.end);
        self.mentions.push(ActorMention {
            span,
            actor,
            sentence: self.sentence_of[start],
            kind,
        });
    }

    /// The actor of the key made of `parts`, made by `make` (given its id)
    /// the first time.
    fn actor(&mut self, parts: &[&str], make: impl FnOnce(String) -> Actor) -> u32 {
        self.find(parts).unwrap_or_else(|| self.add_actor(make))
    }

    /// The actor of the key made of `parts`, if it was made. The key is
    /// written into a reused buffer (kept for [`Ctx::add_actor`]): most
    /// mentions are of an actor already made, and cost no allocation.
    fn find(&mut self, parts: &[&str]) -> Option<u32> {
        self.key.clear();
        for p in parts {
            self.key.push_str(p);
        }
        self.by_key.get(self.key.as_str()).copied()
    }

    /// A new actor under the key [`Ctx::find`] last wrote.
    fn add_actor(&mut self, make: impl FnOnce(String) -> Actor) -> u32 {
        let i = self.actors.len() as u32;
        self.actors.push(make(format!("a{i}")));
        self.by_key.insert(self.key.clone(), i);
        i
    }

    fn country_actor(&mut self, code: &str) -> u32 {
        let kb = self.kb;
        self.actor(&["country:", code], |id| Actor {
            id,
            name: kb.country_name(code).unwrap_or(code).to_owned(),
            code: code.to_owned(),
            country: Some(code.to_owned()),
            sector: None,
            role: None,
            kind: ActorKind::Country,
        })
    }

    /// A state body or a group of a sector (`name` is called when the actor
    /// is new).
    fn body_actor(
        &mut self,
        country: Option<&str>,
        sector: &str,
        name: impl FnOnce() -> String,
    ) -> u32 {
        let c = country.unwrap_or("");
        let kind = if country.is_some() {
            ActorKind::StateBody
        } else {
            ActorKind::Organisation
        };
        self.actor(&["body:", c, sector], |id| Actor {
            id,
            name: name(),
            code: person_code(country, Some(sector)),
            country: country.map(str::to_owned),
            sector: Some(sector.to_owned()),
            role: None,
            kind,
        })
    }

    /// The one state body of `sector` mentioned so far, if there is
    /// exactly one ("Russian troops … the troops"; with Ukrainian troops
    /// also named, bare "troops" could be either).
    fn only_body_of(&self, sector: &str) -> Option<u32> {
        let mut found = None;
        for m in &self.mentions {
            let a = &self.actors[m.actor as usize];
            if a.kind == ActorKind::StateBody && a.sector.as_deref() == Some(sector) {
                match found {
                    None => found = Some(m.actor),
                    Some(f) if f == m.actor => {}
                    Some(_) => return None,
                }
            }
        }
        found
    }

    fn person_actor(
        &mut self,
        name: String,
        country: Option<String>,
        sector: Option<String>,
        role: Option<String>,
    ) -> u32 {
        // "President Putin" after "Russian President Vladimir Putin": a
        // surname alone is the person already introduced with it.
        let name = if name.contains(' ') {
            name
        } else {
            let persons = || self.actors.iter().filter(|a| a.kind == ActorKind::Person);
            let by_last = persons().find(|a| a.name.rsplit(' ').next() == Some(name.as_str()));
            // "Mr. Xi" after "Xi Jinping", "Mr. Moon" after "Moon
            // Jae-in": a family name written first, when one person has it.
            let by_first = || {
                let mut it = persons().filter(|a| {
                    a.name.contains(' ') && a.name.split(' ').next() == Some(name.as_str())
                });
                let first = it.next();
                first.filter(|_| it.next().is_none())
            };
            match by_last.or_else(by_first) {
                Some(a) => a.name.clone(),
                None => name,
            }
        };
        // A later, fuller introduction of a known person keeps the first actor.
        if let Some(i) = self.find(&["person:", &name]) {
            let a = &mut self.actors[i as usize];
            let mut changed = false;
            if a.country.is_none() && country.is_some() {
                a.country = country;
                changed = true;
            }
            if a.sector.is_none() && sector.is_some() {
                a.sector = sector;
                changed = true;
            }
            if a.role.is_none() {
                a.role = role;
            }
            if changed {
                a.code = person_code(a.country.as_deref(), a.sector.as_deref());
            }
            return i;
        }
        let code = person_code(country.as_deref(), sector.as_deref());
        self.add_actor(|id| Actor {
            id,
            name,
            code,
            country,
            sector,
            role,
            kind: ActorKind::Person,
        })
    }

    /// "White House (national security) spokesman": an institution that
    /// stands for a state, up to two lowercase words, then a role: the
    /// state's country and where the role starts.
    fn metonym_role(&self, i: usize) -> Option<(&'a str, usize)> {
        let kb = self.kb;
        let Some(&Item::Name { entry, len }) = self.items.get(i) else {
            return None;
        };
        let e = &kb.entries[entry as usize];
        if e.kind != EntryKind::Metonym {
            return None;
        }
        let country = e.code.get(..3).filter(|c| kb.country_name(c).is_some())?;
        let mut k = i + len;
        for _ in 0..=2 {
            match self.items.get(k) {
                Some(Item::Role { .. }) => return Some((country, k)),
                Some(Item::Plain)
                    if self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                        && !self.capitalized(k)
                        && self.same_sentence(i, k) =>
                {
                    k += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// An organisation's name that ends with an office's title ("UN
    /// Secretary-General", a knowledge-base entry) before a person's name
    /// is cut into the organisation and the role, so that the person takes
    /// both, as after "NATO Secretary General".
    fn split_igo_titles(&mut self, text: &str) {
        let kb = self.kb;
        let mut i = 0;
        while i < self.items.len() {
            let Item::Name { entry, len } = self.items[i] else {
                i += 1;
                continue;
            };
            let e = &kb.entries[entry as usize];
            let last = i + len.max(1) - 1;
            if len >= 2
                && e.kind == EntryKind::Organisation
                && e.code.starts_with("IGO")
                && self.same_sentence(last, last + 1)
                && self.capitalized(last + 1)
                && self.name_at(last + 1).is_some()
            {
                let end = self.toks[last].span.end as usize;
                let role = (i + 1..=last).find_map(|m| {
                    let h = kb.role_at(text, self.toks[m].span.start as usize)?;
                    (h.end == end).then_some((m, h.index))
                });
                // A person's title, not a body's word ("European Union").
                let title = |&(_, r): &(usize, u32)| {
                    let r = &kb.roles[r as usize];
                    !r.plural && r.rank != Rank::Body
                };
                if let Some((m, role)) = role.filter(title) {
                    self.items[i] = Item::Name { entry, len: m - i };
                    self.items[m] = Item::Role {
                        role,
                        len: last + 1 - m,
                    };
                }
            }
            i += len;
        }
    }

    /// "UN spokesman Stephane Dujarric", "IAEA Director General Rafael
    /// Grossi": an intergovernmental organisation's name right before a
    /// singular title and a capitalized name is the person's body, as a
    /// country is ("IGOUNO" where a country's code would be). Its code and
    /// where the title starts. Plural roles stay members of the
    /// organisation ("NATO troops", see `members_after`). Not an
    /// ambassador ("U.N. Ambassador Susan Rice" is her country's), nor a
    /// name inside a longer one ("National Security Council spokeswoman").
    fn igo_title(&self, i: usize) -> Option<(&'a str, usize)> {
        let kb = self.kb;
        let Some(&Item::Name { entry, len }) = self.items.get(i) else {
            return None;
        };
        let e = &kb.entries[entry as usize];
        if e.kind != EntryKind::Organisation || !e.code.starts_with("IGO") {
            return None;
        }
        // A capitalized word before it makes a longer name ("Model UN"),
        // unless it is the article or a word of time ("Former UN
        // Secretary-General Kofi Annan").
        if i > 0
            && self.same_sentence(i - 1, i)
            && self.capitalized(i - 1)
            && !matches!(
                self.t(i - 1),
                "The" | "Former" | "Acting" | "Outgoing" | "Interim" | "Late"
            )
        {
            return None;
        }
        let k = i + len;
        let mut j = k;
        let mut last = None;
        while let Some(&Item::Role { role, len }) = self.items.get(j) {
            last = Some(role);
            j += len;
        }
        let r = kb.roles.get(last? as usize)?;
        (!r.plural
            && !r.role.contains("ambassador")
            && self.same_sentence(i, j)
            && self.capitalized(j)
            && self.name_at(j).is_some())
        .then_some((e.code.as_str(), k))
    }

    /// "from Cuba", "in Kenya", "of Ghana" at `j`, in the same sentence,
    /// after a role of `sector`: the country and where it ends. "in" is not
    /// taken for armed forces ("troops in Ukraine" are often foreign).
    fn country_after(&self, j: usize, sector: &str) -> Option<(&'a str, usize)> {
        let prep = self.t(j);
        let ok = match prep {
            "from" | "of" => true,
            "in" => !sector.starts_with("MIL"),
            _ => false,
        };
        if !ok || !self.same_sentence(j, j + 1) {
            return None;
        }
        // "from military-ruled Myanmar", "from neighbouring Rwanda", "in
        // war-torn Syria": at most two describing words before the name.
        let mut at = j + 1;
        while at < j + 3
            && self.same_sentence(j, at + 1)
            && matches!(self.items.get(at), Some(Item::Plain))
            && self.toks[at].kind == TokenKind::Word
            && self.t(at).starts_with(|c: char| c.is_ascii_lowercase())
            && {
                let w = self.t(at);
                w.contains('-') || w.ends_with("ern") || w.ends_with("ing") || w.ends_with("ed")
            }
        {
            at += 1;
        }
        // A demonym is no place ("in French"); a city, state or province
        // is its country's ("the governor of New Mexico", "police in
        // Seoul").
        let kb = self.kb;
        match self.items.get(at)? {
            Item::Name { entry, .. } if kb.entries[*entry as usize].kind == EntryKind::Country => {
                let (c, len) = self.modifier_country(at)?;
                Some((c, at + len))
            }
            // "from Gaza", "reporters in Paris" say where, not whose: a
            // town's country only after "of", or "in" for its police
            // ("police in Seoul").
            _ if prep == "of" || (prep == "in" && sector.starts_with("COP")) => {
                self.town_country(at).map(|(c, len)| (c, at + len))
            }
            _ => None,
        }
    }

    /// The country of a town, state or province named at `i`, and the
    /// name's length.
    fn town_country(&self, i: usize) -> Option<(&'a str, usize)> {
        let kb = self.kb;
        match *self.items.get(i)? {
            Item::Name { entry, len } => {
                let e = &kb.entries[entry as usize];
                matches!(e.kind, EntryKind::City { .. })
                    .then(|| e.country.as_deref().map(|c| (c, len)))
                    .flatten()
            }
            _ => None,
        }
    }

    /// The country a knowledge-base entry used as a modifier names.
    /// A demonym at `i` coordinated with later ones, the last of which is
    /// followed by a plural role ("Russian and Chinese officials"): its
    /// country, length, and the role's sector and noun.
    fn shared_role(&self, i: usize) -> Option<(&'a str, usize, String, &'a str)> {
        let kb = self.kb;
        let demonym = |k: usize| match self.items.get(k)? {
            Item::Name { entry, len } => {
                let e = &kb.entries[*entry as usize];
                (e.kind == EntryKind::Demonym).then_some((e.code.as_str(), *len))
            }
            _ => None,
        };
        let (c, len) = demonym(i)?;
        // "Palestinians and Israeli forces": a people, not a modifier.
        if self.t(i + len - 1).ends_with('s') {
            return None;
        }
        let mut k = i + len;
        let mut joined = false;
        for _ in 0..6 {
            let mut sep = k;
            while sep < self.toks.len()
                && self.same_sentence(i, sep)
                && matches!(self.t(sep), "," | "and" | "or")
            {
                joined |= self.t(sep) != ",";
                sep += 1;
            }
            if sep == k {
                break;
            }
            let (_, l) = demonym(sep)?;
            if self.t(sep + l - 1).ends_with('s') {
                return None;
            }
            k = sep + l;
            if !joined {
                continue;
            }
            if let Some(&Item::Role { role, len: rl }) = self.items.get(k) {
                let r = &kb.roles[role as usize];
                let plural = r.plural || self.t(k + rl - 1).ends_with('s');
                return plural.then(|| (c, len, r.sector.clone(), self.t(k + rl - 1)));
            }
            return None;
        }
        None
    }

    fn modifier_country(&self, i: usize) -> Option<(&'a str, usize)> {
        let kb = self.kb;
        match self.items.get(i)? {
            Item::Name { entry, len } => {
                let e = &kb.entries[*entry as usize];
                match e.kind {
                    EntryKind::Demonym => Some((e.code.as_str(), *len)),
                    // "Russia's forces", "Iran's foreign minister": a
                    // country's possessive is its demonym.
                    EntryKind::Country => {
                        let possessive = i + len < self.toks.len()
                            && self.same_sentence(i, i + len)
                            && crate::lexicon::is_possessive_s(self.t(i + len));
                        let len = if possessive { len + 1 } else { *len };
                        Some((e.code.as_str(), len))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn scan(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            // Most tokens: no name or role of the knowledge base starts
            // here, and no person's name can (no capital, no PER entity):
            // nothing below applies.
            if self.items[i] == Item::Plain && !self.capitalized(i) && self.per_end(i).is_none() {
                i += 1;
                continue;
            }
            // [Demonym|Country] Role+ Name  /  [Demonym|Country] Role (group or description)
            // A town, state or province before a role is its country's
            // ("Florida Sen. Marco Rubio", "the former Massachusetts
            // governor", "Hong Kong protesters"), unless the role is a
            // noun's modifier ("the Benghazi terrorist attack", "the San
            // Diego synagogue shooting").
            let town = self
                .town_country(i)
                .filter(|&(_, len)| match self.items.get(i + len) {
                    Some(&Item::Role { len: rl, .. }) => !self.noun_follows(i + len + rl),
                    _ => true,
                });
            let (country, after_country, via_metonym) = match self.modifier_country(i).or(town) {
                Some((c, len)) if matches!(self.items.get(i + len), Some(Item::Role { .. })) => {
                    (Some(c), i + len, false)
                }
                _ => match (self.metonym_role(i), self.igo_title(i)) {
                    (Some((c, k)), _) => (Some(c), k, true),
                    (None, Some((c, k))) => (Some(c), k, false),
                    (None, None) => (None, i, false),
                },
            };
            // "Libyan, Algerian and Tunisian prime ministers", "Russian and
            // Chinese officials": each demonym before the last shares its
            // role.
            if after_country == i {
                if let Some((c, len, sector, noun)) = self.shared_role(i) {
                    let kb = self.kb;
                    let cname = kb.country_name(c).unwrap_or(c);
                    let a = self.body_actor(Some(c), &sector, || format!("{cname} {noun}"));
                    self.mention(i, i + len, a, MentionKind::Demonym);
                    i += len;
                    continue;
                }
            }
            // "the two men", "both women": the pair named before them
            // (resolved with the pronouns), not a group of civilians.
            let pair = after_country == i
                && (self.t(i).eq_ignore_ascii_case("men")
                    || self.t(i).eq_ignore_ascii_case("women"))
                && i >= 1
                && (self.t(i - 1).eq_ignore_ascii_case("both")
                    || (i >= 2
                        && self.t(i - 1) == "two"
                        && self.t(i - 2).eq_ignore_ascii_case("the")));
            if pair {
                i += 1;
                continue;
            }
            if let Some(&Item::Role { role, len }) = self.items.get(after_country) {
                let mut j = after_country + len;
                // "Foreign Minister", "Vice President": consecutive roles, the last decides
                let mut last_role = role;
                while let Some(&Item::Role { role, len }) = self.items.get(j) {
                    last_role = role;
                    j += len;
                }
                let kb = self.kb;
                let r = &kb.roles[last_role as usize];
                let capital_role = self.capitalized(after_country);
                // "US Ambassador to Germany Richard Grenell": the country
                // posted to sits between the title and the name.
                // Or an organisation: "Ambassador to the European Union".
                let posted = if self.t(j) == "to" && !r.plural {
                    let at = if self.t(j + 1).eq_ignore_ascii_case("the") {
                        j + 2
                    } else {
                        j + 1
                    };
                    match self.items.get(at) {
                        Some(&Item::Name { len, .. }) => at + len,
                        _ => j,
                    }
                } else {
                    j
                };
                let name_start = if HONORIFICS.contains(&self.t(posted)) {
                    posted + 1
                } else {
                    posted
                };
                // "Joint Chiefs of Staff Gen. Joseph Dunford": a body's
                // name before a rank and a person is their title too.
                let titled = !r.plural || name_start > posted;
                // "General Motors", "the General Assembly", "the General
                // Agreement on Tariffs": "General" alone opens many names
                // that are no general's; it titles a person the entity
                // tagger found ("General Mark Milley") or whose surname it
                // found ("General McMaster" after "H.R. McMaster"). (Without
                // the tagger, any name.)
                let general =
                    self.tagged && self.t(after_country) == "General" && j == after_country + 1;
                if titled && self.same_sentence(i, name_start) {
                    if let Some(end) = self.name_at(name_start).filter(|&end| {
                        (capital_role && !general)
                            || self.per_end(name_start).is_some()
                            || (general
                                && (self.per_end(after_country).is_some()
                                    || self.surnames.contains(&self.t(end - 1))))
                    }) {
                        let name = (name_start..end)
                            .map(|k| self.t(k))
                            .collect::<Vec<_>>()
                            .join(" ");
                        let role_text = r.role.clone();
                        let a = self.person_actor(
                            name,
                            country.map(str::to_owned),
                            Some(r.sector.clone()),
                            Some(role_text),
                        );
                        self.mention(i, end, a, MentionKind::Titled);
                        i = end;
                        continue;
                    }
                }
                // "White House officials": no person follows, so the
                // institution is the actor.
                if via_metonym {
                    if let Some(&Item::Name { entry, len }) = self.items.get(i) {
                        self.name_mention(i, entry, len);
                        i += len;
                        continue;
                    }
                }
                // "dissidents from Cuba", "a court in Kenya", "the
                // president of Ghana": the country after the role.
                let (country, j) = match country {
                    Some(c) => (Some(c), j),
                    None => match self.country_after(j, &r.sector) {
                        Some((c, end)) => (Some(c), end),
                        None => (None, j),
                    },
                };
                let role_end = if j > after_country + len {
                    (after_country + len..j)
                        .rev()
                        .find(|&k| matches!(self.t(k), "from" | "in" | "of"))
                        .unwrap_or(j)
                } else {
                    j
                };
                if let Some(c) = country {
                    // "Russian troops", "the French president", "US officials"
                    let is_head =
                        matches!(r.rank, Rank::HeadOfState | Rank::HeadOfGovernment) && !r.plural;
                    let existing = is_head
                        .then(|| {
                            self.actors.iter().position(|a| {
                                a.kind == ActorKind::Person
                                    && a.country.as_deref() == Some(c)
                                    && a.role.as_deref() == Some(r.role.as_str())
                            })
                        })
                        .flatten();
                    let (a, kind) = match existing {
                        Some(p) => (p as u32, MentionKind::Description),
                        None => {
                            let cname = kb.country_name(c).unwrap_or(c);
                            let noun = if r.plural {
                                self.t(role_end - 1)
                            } else {
                                r.role.as_str()
                            };
                            (
                                self.body_actor(Some(c), &r.sector, || format!("{cname} {noun}")),
                                MentionKind::Demonym,
                            )
                        }
                    };
                    self.mention(i, j, a, kind);
                    i = j;
                    continue;
                }
                // "Rebels shelled the town", "police dispersed protesters":
                // a group outside the state with no country named is still
                // an actor, coded by its sector alone (CAMEO's "---REB").
                // State sectors ("officials", "the president") are left to
                // coreference: alone they say too little.
                // A singular one needs its determiner: without it the word
                // is more often an adjective ("terrorist threats", "public
                // buildings").
                // "17 people", "three civilians", "thousands of
                // protesters": a count determines a group too.
                let determined = r.plural
                    || (i > 0
                        && self.same_sentence(i - 1, i)
                        && (self.toks[i - 1].kind == TokenKind::Number
                            || crate::lexicon::is_count_word(self.t(i - 1))
                            || matches!(
                                self.t(i - 1).to_ascii_lowercase().as_str(),
                                "a" | "an"
                                    | "the"
                                    | "this"
                                    | "that"
                                    | "another"
                                    | "one"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "their"
                            )));
                // Uniformed forces are the exception: "police arrested
                // protesters", "soldiers opened fire" name who acted. They
                // are the forces of a country named earlier in the document
                // ("Russian troops … the troops"), else coded by sector.
                // "Police" needs no determiner: the word is a plural.
                // A singular one ("the military aid") reads as an adjective.
                let collective = j == i + 1 && self.t(i).eq_ignore_ascii_case("police");
                let uniformed = is_uniformed(&r.sector)
                    && (collective || r.plural || self.t(role_end - 1).ends_with('s'));
                // "The president said": one office, named earlier in the
                // document by whoever holds it ("President Donald Trump").
                // Not "the former president" nor "the president of Harvard".
                let office = matches!(
                    r.rank,
                    Rank::HeadOfState
                        | Rank::HeadOfGovernment
                        | Rank::DeputyHead
                        | Rank::Minister
                        | Rank::Senior
                );
                if office
                    && !r.plural
                    && is_state_sector(&r.sector)
                    && i > 0
                    && self.same_sentence(i - 1, i)
                    && self.t(i - 1).eq_ignore_ascii_case("the")
                    && !matches!(self.t(j), "of" | "for")
                {
                    self.definite.push((i - 1, j, last_role));
                }
                if r.rank == Rank::Body
                    && is_state_sector(&r.sector)
                    && !uniformed
                    && i > 0
                    && self.same_sentence(i - 1, i)
                    && self.t(i - 1).eq_ignore_ascii_case("the")
                    && !matches!(self.t(j), "of" | "for")
                {
                    self.generic.push((i - 1, j, last_role));
                }
                if (determined || collective) && (uniformed || !is_state_sector(&r.sector)) {
                    // Equipment ("warplanes") may be anyone's, bought or sold.
                    let earlier = if uniformed && (collective || r.rank != Rank::Body) {
                        self.only_body_of(&r.sector)
                    } else {
                        None
                    };
                    let a = match earlier {
                        Some(a) => a,
                        None => {
                            let plural = r.plural.then(|| self.t(role_end - 1));
                            self.body_actor(None, &r.sector, || {
                                plural.map_or_else(|| r.role.clone(), str::to_lowercase)
                            })
                        }
                    };
                    self.mention(i, j, a, MentionKind::Description);
                }
                i = j;
                continue;
            }
            if let Some(&Item::Name { entry, len }) = self.items.get(i) {
                // "Hamas fighters", "Houthi rebels", "NATO troops": members
                // of an organisation, named by a plural role after it, act
                // for it: one mention of the organisation.
                let (members, end) = self.members_after(i, entry, len);
                let before = self.mentions.len();
                self.name_mention(i, entry, len);
                if members && self.mentions.len() > before {
                    if let Some(m) = self.mentions.last_mut() {
                        m.span.end = self.toks[end - 1].span.end;
                    }
                }
                i = end;
                continue;
            }
            // Apposition: "Emmanuel Macron, the French president,"
            // (a name opens with a capital or a PER entity).
            let may_name = self.capitalized(i) || self.per_end(i).is_some();
            if let Some(end) = may_name
                .then(|| self.name_at(i))
                .flatten()
                .filter(|&e| e - i >= 2)
            {
                if self.t(end) == "," {
                    let k = if matches!(self.t(end + 1), "the" | "a") {
                        end + 2
                    } else {
                        end + 1
                    };
                    let (country, k) = match self.modifier_country(k) {
                        Some((c, len)) => (Some(c), k + len),
                        None => (None, k),
                    };
                    let k = self.describing_words(k);
                    if let Some(&Item::Role { role, len }) = self.items.get(k) {
                        let kb = self.kb;
                        let r = &kb.roles[role as usize];
                        // Not a title of the next person: "with U.N.
                        // Secretary-General Ban Ki-moon, Israeli Prime
                        // Minister Benjamin Netanyahu said".
                        let titles_next =
                            self.per_end(k + len).is_some() || self.name_at(k + len).is_some();
                        if !r.plural && country.is_some() && !titles_next {
                            let name = (i..end).map(|x| self.t(x)).collect::<Vec<_>>().join(" ");
                            let a = self.person_actor(
                                name,
                                country.map(str::to_owned),
                                Some(r.sector.clone()),
                                Some(r.role.clone()),
                            );
                            self.mention(i, end, a, MentionKind::Name);
                            i = k + len;
                            continue;
                        }
                    }
                }
            }
            i += 1;
        }
    }

    /// Where a role at or after `k` begins when up to four describing
    /// words stand before it in the same sentence ("China's top diplomat",
    /// "China's most senior foreign policy official"); `k` itself when no
    /// role follows such words. Function words end the search ("China's
    /// envoy who met the officials" is no describing of "officials").
    fn describing_words(&self, k: usize) -> usize {
        const FUNCTION: &[&str] = &[
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from",
            "with", "by", "as", "who", "whom", "whose", "which", "that", "this", "these", "those",
            "is", "was", "are", "were", "be", "been", "has", "had", "have", "not", "no", "his",
            "her", "its", "their", "our", "said", "says", "after", "before", "while", "when",
        ];
        let mut at = k;
        while at < k + 4
            && self.same_sentence(k, at + 1)
            && matches!(self.items.get(at), Some(Item::Plain))
            && self.toks[at].kind == TokenKind::Word
            && self.t(at).starts_with(|c: char| c.is_ascii_lowercase())
            && !FUNCTION.contains(&self.t(at))
        {
            at += 1;
        }
        if at > k && matches!(self.items.get(at), Some(Item::Role { .. })) {
            at
        } else {
            k
        }
    }

    /// After the organisation (or media) name `entry` at `i..i + len`, one
    /// or more role nouns in the same sentence, the last plural ("fighters",
    /// "special forces"): true and where they end; else false and `i + len`.
    fn members_after(&self, i: usize, entry: u32, len: usize) -> (bool, usize) {
        let kb = self.kb;
        let is_org = kb
            .entries
            .get(entry as usize)
            .is_some_and(|e| matches!(e.kind, EntryKind::Organisation | EntryKind::Media));
        let mut j = i + len;
        let mut last = None;
        while let Some(&Item::Role { role, len }) = self.items.get(j) {
            if !self.same_sentence(i, j) {
                break;
            }
            last = Some(role);
            j += len;
        }
        match last {
            // "troops", "forces" are listed plural
            Some(r)
                if is_org
                    && kb
                        .roles
                        .get(r as usize)
                        .is_some_and(|r| r.plural || r.role.ends_with('s')) =>
            {
                (true, j)
            }
            _ => (false, i + len),
        }
    }

    fn name_mention(&mut self, i: usize, entry: u32, len: usize) {
        let kb = self.kb;
        let e = &kb.entries[entry as usize];
        match e.kind {
            EntryKind::Country => {
                let a = self.country_actor(&e.code);
                self.mention(i, i + len, a, MentionKind::Name);
            }
            EntryKind::Demonym => {
                let a = self.country_actor(&e.code);
                self.mention(i, i + len, a, MentionKind::Demonym);
            }
            EntryKind::Metonym => {
                let a = match e.country.as_deref() {
                    Some(c) => {
                        let sector = e.code.get(3..).unwrap_or("GOV");
                        self.body_actor(Some(c), sector, || e.name.clone())
                    }
                    None => self.org_actor(&e.code, &e.name, ActorKind::Organisation),
                };
                self.mention(i, i + len, a, MentionKind::Metonym);
            }
            EntryKind::Organisation => {
                let a = match e.country.as_deref() {
                    // An armed group of one country: its country and sector.
                    Some(c) => self.actor(&["org:", &e.code, ":", &e.name], |id| Actor {
                        id,
                        name: e.name.clone(),
                        code: e.code.clone(),
                        country: Some(c.to_owned()),
                        sector: e.code.get(3..6).map(str::to_owned),
                        role: None,
                        kind: ActorKind::Organisation,
                    }),
                    None => self.org_actor(&e.code, &e.name, ActorKind::Organisation),
                };
                self.mention(i, i + len, a, MentionKind::Name);
            }
            EntryKind::Region => {
                // "the West", never "West Bank" or "in West Java".
                let after_the = i > 0 && self.t(i - 1).eq_ignore_ascii_case("the");
                if after_the && !self.capitalized(i + len) {
                    let a = self.org_actor(&e.code, &e.name, ActorKind::Organisation);
                    self.mention(i, i + len, a, MentionKind::Name);
                }
            }
            EntryKind::Media => {
                let a = self.org_actor(&e.code, &e.name, ActorKind::Media);
                self.mention(i, i + len, a, MentionKind::Name);
            }
            EntryKind::City { capital, .. } => {
                if capital && self.acts_as_government(i, i + len) {
                    let country = e.country.as_deref().unwrap_or_default();
                    let cname = kb.country_name(country).unwrap_or(country);
                    let a =
                        self.body_actor(Some(country), "GOV", || format!("Government of {cname}"));
                    self.mention(i, i + len, a, MentionKind::Metonym);
                } else {
                    let a = self.actor(&["place:", &e.name], |id| Actor {
                        id,
                        name: e.name.clone(),
                        code: e.code.clone(),
                        country: Some(e.code.clone()),
                        sector: None,
                        role: None,
                        kind: ActorKind::Place,
                    });
                    self.mention(i, i + len, a, MentionKind::Name);
                }
            }
        }
    }

    fn org_actor(&mut self, code: &str, name: &str, kind: ActorKind) -> u32 {
        self.actor(&["org:", code, ":", name], |id| Actor {
            id,
            name: name.to_owned(),
            code: code.to_owned(),
            country: None,
            sector: None,
            role: None,
            kind,
        })
    }

    /// A capital acts as its government when it is the subject of a verb
    /// ("Moscow has demanded", "Beijing said") rather than a place ("in
    /// Moscow", "to Beijing").
    fn acts_as_government(&self, start: usize, end: usize) -> bool {
        let before = start.checked_sub(1).map(|b| self.t(b).to_ascii_lowercase());
        // The agent of a passive: "a deal proposed by Beijing", "rejected
        // by Moscow" (not "discussed by Washington Democrats").
        if before.as_deref() == Some("by")
            && start >= 2
            && !self.capitalized(end)
            && self.same_sentence(start - 2, start)
            && {
                let w = self.t(start - 2);
                w.len() > 4
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (w.ends_with("ed") || w.ends_with("en"))
            }
        {
            return true;
        }
        if before.as_deref().is_some_and(|w| {
            matches!(
                w,
                "in" | "at"
                    | "to"
                    | "from"
                    | "near"
                    | "of"
                    | "into"
                    | "outside"
                    | "around"
                    | "via"
                    | "across"
                    | "toward"
                    | "towards"
            )
        }) {
            return false;
        }
        let next = self.t(end).to_ascii_lowercase();
        matches!(
            next.as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "said"
                | "says"
                | "says,"
                | "wants"
                | "wanted"
                | "demanded"
                | "demands"
                | "accused"
                | "accuses"
                | "warned"
                | "warns"
                | "denied"
                | "denies"
                | "rejected"
                | "rejects"
                | "insisted"
                | "insists"
                | "announced"
                | "announces"
                | "refused"
                | "refuses"
                | "responded"
                | "threatened"
                | "threatens"
                | "claimed"
                | "claims"
                | "urged"
                | "urges"
                | "must"
                | "should"
                | "could"
                | "may"
        )
    }

    /// Later mentions: surnames and repeated names of persons, pronouns,
    /// and "the two leaders".
    /// Persons the time-aware table of office holders knows on the
    /// document's date: a named person without a title becomes an actor
    /// ("Olaf Scholz met Joe Biden" in 2022: DEUGOV, USAGOV), and a titled
    /// one without a country gets it ("President Xi Jinping" → CHNGOV).
    /// Outside a term the table says nothing.
    fn office_holders(&mut self, doc: &Doc, day: chrono::NaiveDate, learned: Option<&Leaders>) {
        let table = Tables(leaders(), learned);
        // Actors named with "then-" before their title, found once.
        let mut then_named = vec![false; self.actors.len()];
        for m in &self.mentions {
            if let Some(k) = self.tok_starting(m.span.start as usize) {
                let w = self.t(k);
                if w.starts_with("then-") || w.starts_with("Then-") {
                    if let Some(slot) = then_named.get_mut(m.actor as usize) {
                        *slot = true;
                    }
                }
            }
        }
        for i in 0..self.actors.len() {
            let a = &self.actors[i];
            if a.kind != ActorKind::Person || (a.country.is_some() && a.sector.is_some()) {
                continue;
            }
            // "President Bush" in 2008: a titled surname names the one
            // holder with it, as below.
            // "King Hussein" in 1987: the title with the name may be how
            // the table knows the holder, before any other holder with
            // that surname (Saddam Hussein).
            let titled = a.role.as_deref().and_then(|r| {
                let mut c = r.chars();
                let first = c.next()?;
                let title = format!("{}{} {}", first.to_uppercase(), c.as_str(), a.name);
                table.holding(&title, day)
            });
            // "then-President Ronald Reagan": a head of state or
            // government named as of an earlier day, by the term the table
            // knows before the document's.
            let then = || {
                then_named
                    .get(i)
                    .copied()
                    .unwrap_or(false)
                    .then(|| table.led_before(&self.actors[i].name, day))
                    .flatten()
            };
            // "President Clinton" in 2010 is not the secretary of state
            // then in office: a head of state's or government's title with
            // a surname takes only a holder of that office.
            let t = titled
                .or_else(|| table.holding(&a.name, day))
                .or_else(|| {
                    (!a.name.contains(' '))
                        .then(|| table.holding_surname(&a.name, day))
                        .flatten()
                        .filter(|t| {
                            a.role
                                .as_deref()
                                .is_none_or(|r| r == t.role || !self.kb.is_head_role(r))
                        })
                })
                .or_else(then);
            let Some(t) = t else {
                continue;
            };
            let a = &mut self.actors[i];
            if !a.name.contains(' ') {
                // "Bush" is George W. Bush in 2008: stored by full name.
                a.name = t.name.to_owned();
            }
            take_term(a, t);
        }
        let covered = Coverage::new(self.mentions.iter().map(|m| m.span));
        // Any label: the tagger reads a bare "Trump" or "Lavrov" as a place
        // at times; names the gazetteer knows are covered already. Then
        // single capitalized words the tagger left out ("Obama met ..."
        // opening a sentence), which only a surname's unique holder takes.
        let mut spans: Vec<Span> = doc.entities().iter().map(|m| m.span).collect();
        let tagged = spans.len();
        spans.extend(self.untagged_words(doc));
        for (n, span) in spans.into_iter().enumerate() {
            if covered.overlaps(span) {
                continue;
            }
            // "Mr. Obama" opening a sentence: the name after the honorific.
            let words = doc.text_of(span);
            let words = HONORIFICS
                .iter()
                .find_map(|h| words.strip_prefix(h).and_then(|w| w.strip_prefix(' ')))
                .unwrap_or(words);
            // A surname alone names the one office holder with it, unless
            // the document names someone else with that surname.
            // (A full name is left to the later mentions' pass; "Mr.
            // Obama" itself is no other person.)
            let namesake = |name: &str| {
                doc.entities().iter().any(|o| {
                    let full = doc.text_of(o.span);
                    o.label == EntityLabel::Per
                        && o.span != span
                        && full
                            .rsplit_once(' ')
                            .is_some_and(|(first, s)| s == words && !HONORIFICS.contains(&first))
                }) || self.actors.iter().any(|a| {
                    a.kind == ActorKind::Person
                        && a.name != name
                        && a.name.rsplit(' ').next() == Some(words)
                })
            };
            let t = if words.contains(' ') {
                table.holding(words, day)
            } else {
                table.holding(words, day).or_else(|| {
                    let t = table.holding_surname(words, day)?;
                    (!namesake(&t.name)).then_some(t)
                })
            };
            // A surname the tagger found that names no one in office but
            // one former head of state or government who left office in the
            // five years before ("Obama" in 2019, "Mubarak" in 2013): that
            // former leader, as the full name would be. (Not a capitalized
            // word the tagger left out: "May", "Major", "English"; nor a
            // leader long gone, whose surname is more often someone else's:
            // "Clinton" in 2016, "Martin", "Fox", "Brown".)
            let former = (t.is_none() && n < tagged && !words.contains(' '))
                .then(|| table.led_before(words, day))
                .flatten()
                .filter(|f| {
                    f.end
                        .is_some_and(|e| e <= day && (day - e).num_days() <= 5 * 366)
                })
                .filter(|f| !namesake(&f.name))
                .map(|f| {
                    (
                        f.name.to_owned(),
                        f.country.to_owned(),
                        format!("former {}", f.role),
                    )
                });
            let (Some(a), Some(b)) = (
                self.tok_starting(span.start as usize),
                self.tok_ending(span.end as usize),
            ) else {
                continue;
            };
            // "the Obama administration" in 2022: a head of state's or
            // government's name before the word for the government they led
            // is that government, when the name alone does not give the
            // office holder of the day (out of office, or a surname the
            // document's full names already take: "Donald Trump … the
            // Trump administration").
            let governs = t.is_none()
                && matches!(
                    self.t(b + 1),
                    "administration" | "government" | "cabinet" | "regime"
                )
                && self.same_sentence(b, b + 1);
            if governs {
                if let Some(c) = table.led_before(words, day).map(|t| t.country.clone()) {
                    let body = format!("{words} {}", self.t(b + 1));
                    let actor = self.body_actor(Some(&c), "GOV", || body);
                    self.mention(a, b + 2, actor, MentionKind::Name);
                    continue;
                }
            }
            let Some(t) = t else {
                if let Some((name, country, role)) = former {
                    let actor =
                        self.person_actor(name, Some(country), Some("ELI".to_owned()), Some(role));
                    self.former.push(actor);
                    self.mention(a, b + 1, actor, MentionKind::Name);
                }
                continue;
            };
            let actor = self.person_actor(
                t.name.to_owned(),
                Some(t.country.to_owned()),
                (!t.sector.is_empty()).then(|| t.sector.to_owned()),
                Some(t.role.to_owned()),
            );
            self.mention(a, b + 1, actor, MentionKind::Name);
        }
    }

    /// People the text names that no table or title codes ("Paul Manafort
    /// agreed to cooperate"): an actor each, with no country or sector (an
    /// empty CAMEO code), so that what they do and say has its doer; a
    /// surname alone is the person named with it before.
    /// "Assad's forces", "Putin's troops", "Maduro's government": a body
    /// with no country of its own, right after a coded person's possessive,
    /// is that person's country's. With `its` (once the pronouns are
    /// resolved): "Israel said its forces", the body after an "its" that
    /// names a state is that state's.
    fn possessed_bodies(&mut self, its: bool) {
        for m in 0..self.mentions.len() {
            let body = &self.actors[self.mentions[m].actor as usize];
            if body.country.is_some() || body.kind != ActorKind::Organisation {
                continue;
            }
            let Some(sector) = body.sector.clone() else {
                continue;
            };
            let Some(k) = self.tok_starting(self.mentions[m].span.start as usize) else {
                continue;
            };
            // "its troops" after the pronouns are resolved: the state "its"
            // names.
            let owner = if its {
                if k < 1 || !self.t(k - 1).eq_ignore_ascii_case("its") {
                    continue;
                }
                let at = self.toks[k - 1].span.start;
                self.mentions.iter().find(|o| o.span.start == at)
            } else {
                if k < 2
                    || !self.same_sentence(k - 2, k)
                    || !crate::lexicon::is_possessive_s(self.t(k - 1))
                {
                    continue;
                }
                let owner_end = self.toks[k - 2].span.end;
                self.mentions.iter().find(|o| o.span.end == owner_end)
            };
            // A person's possessive, or an "its" that names no person.
            let owner = owner.and_then(|o| {
                let a = &self.actors[o.actor as usize];
                ((a.kind == ActorKind::Person) != its)
                    .then(|| a.country.clone())
                    .flatten()
            });
            let Some(country) = owner else {
                continue;
            };
            let end = self
                .tok_ending(self.mentions[m].span.end as usize)
                .unwrap_or(k);
            let noun = self.t(end);
            let kb = self.kb;
            let cname = kb.country_name(&country).unwrap_or(&country).to_owned();
            let old = self.mentions[m].actor;
            let only = self.mentions.iter().filter(|x| x.actor == old).count() == 1;
            if only && self.find(&["body:", &country, &sector]).is_none() {
                // Its only mention: the body is the country's (no actor is
                // left without a mention).
                let key = self.key.clone();
                self.by_key.retain(|_, v| *v != old);
                self.by_key.insert(key, old);
                let a = &mut self.actors[old as usize];
                a.name = format!("{cname} {noun}");
                a.code = person_code(Some(&country), Some(&sector));
                a.country = Some(country);
                a.kind = ActorKind::StateBody;
            } else {
                let a = self.body_actor(Some(&country), &sector, || format!("{cname} {noun}"));
                self.mentions[m].actor = a;
            }
        }
    }

    fn other_persons(&mut self, doc: &Doc) {
        let covered = Coverage::new(self.mentions.iter().map(|m| m.span));
        for m in doc.entities() {
            if m.label != EntityLabel::Per || covered.overlaps(m.span) {
                continue;
            }
            let (Some(a), Some(b)) = (
                self.tok_starting(m.span.start as usize),
                self.tok_ending(m.span.end as usize),
            ) else {
                continue;
            };
            let name = (a..=b)
                .map(|k| self.t(k))
                .filter(|w| !HONORIFICS.contains(w))
                .collect::<Vec<_>>()
                .join(" ");
            if name.is_empty() || !name.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // "The Italian foreign minister, Luigi Di Maio,": the
            // description before the comma is the person's title, and a
            // mention of the person.
            // A description inside a phrase of "with", "to", … is the
            // person's title only when a comma or the sentence's end closes
            // the name as an apposition ("his conversation with Russia's
            // ambassador, Flynn told Trump" is no title of Flynn's; "the
            // Iranian foreign minister, Mohammad Javad Zarif responded" is).
            let closed = b + 1 >= self.toks.len()
                || !self.same_sentence(b, b + 1)
                || matches!(self.t(b + 1), "," | "." | ")" | ";" | ":" | "\u{2014}");
            let title = self.title_before(a).filter(|&(k, _)| {
                closed || !self.after_preposition(self.mentions[k].span.start as usize)
            });
            let (country, sector, role) = match title {
                Some((k, role)) => {
                    let r = &self.kb.roles[role as usize];
                    let titled = &self.actors[self.mentions[k].actor as usize];
                    let country = titled.country.clone();
                    (country, Some(r.sector.clone()), Some(r.role.clone()))
                }
                None => (None, None, None),
            };
            let one_word = !name.contains(' ');
            let actor = self.person_actor(name, country, sector, role);
            if let Some((k, _)) = title {
                self.mentions[k].actor = actor;
            }
            // A surname alone of a person named in full before.
            let kind = if one_word && self.actors[actor as usize].name.contains(' ') {
                MentionKind::Surname
            } else {
                MentionKind::Name
            };
            self.mention(a, b + 1, actor, kind);
        }
    }

    /// Persons named in full with no country, found after the office
    /// holders' pass: one the tables know in office on the document's day
    /// takes that office, as there; "President George W. Bush's first
    /// ambassador" in 2015, "former President Barack Obama", "Barack Obama"
    /// in 2019: one they know as an earlier head of state or government is
    /// that country's, and with no title of the text's own, a former leader
    /// (ELI).
    fn tabled_persons(&mut self, day: chrono::NaiveDate, learned: Option<&Leaders>) {
        let table = Tables(leaders(), learned);
        for i in 0..self.actors.len() {
            let a = &self.actors[i];
            if a.kind != ActorKind::Person || a.country.is_some() {
                continue;
            }
            // "President Obama" in 2022: a surname alone with a title is
            // the one earlier head of state or government with that
            // surname who held that title.
            if !a.name.contains(' ') {
                let titled = a.role.as_deref().and_then(|role| {
                    let f = table.led_before(&a.name, day)?;
                    // (Any of that person's terms in that office: "Prime
                    // Minister Erdogan" in 2016, when he was president.)
                    let held = |l: &Leaders| {
                        l.terms_of(&f.name)
                            .into_iter()
                            .any(|t| t.role == role && t.start <= day)
                    };
                    (held(table.0) || table.1.is_some_and(held)).then_some(f)
                });
                if let Some(f) = titled {
                    let a = &mut self.actors[i];
                    a.name = f.name.to_owned();
                    a.country = Some(f.country.to_owned());
                    a.code = person_code(a.country.as_deref(), a.sector.as_deref());
                    self.former.push(i as u32);
                }
                continue;
            }
            if let Some(t) = table.holding(&a.name, day) {
                take_term(&mut self.actors[i], t);
                continue;
            }
            // An earlier head of state or government, else a person named
            // in full who held another state office before ("Hillary
            // Clinton" in 2016): a former official of that country.
            let Some(f) = table
                .led_before(&a.name, day)
                .or_else(|| table.served_before(&a.name, day))
            else {
                continue;
            };
            let a = &mut self.actors[i];
            a.country = Some(f.country.to_owned());
            if a.sector.is_none() {
                a.sector = Some("ELI".to_owned());
                a.role = Some(format!("former {}", f.role));
            }
            a.code = person_code(a.country.as_deref(), a.sector.as_deref());
            self.former.push(i as u32);
        }
    }

    /// Whether the words before byte `start`, past determiners, end with a
    /// preposition other than "of" or "as" ("with Russia's ambassador").
    fn after_preposition(&self, start: usize) -> bool {
        let Some(mut k) = self.tok_starting(start) else {
            return false;
        };
        while k > 0
            && self.same_sentence(k - 1, k)
            && matches!(
                self.t(k - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        {
            k -= 1;
        }
        k > 0
            && self.same_sentence(k - 1, k)
            && matches!(
                self.t(k - 1),
                "with"
                    | "to"
                    | "from"
                    | "for"
                    | "against"
                    | "about"
                    | "by"
                    | "on"
                    | "at"
                    | "in"
                    | "into"
                    | "toward"
                    | "towards"
            )
    }

    /// A description of one person by a singular role and a country ending
    /// just before a comma before token `i` ("the Italian foreign
    /// minister, …"): the mention's index and the role.
    fn title_before(&self, i: usize) -> Option<(usize, u32)> {
        if i < 2 || self.t(i - 1) != "," || !self.same_sentence(i - 2, i) {
            return None;
        }
        let end = self.toks[i - 2].span.end;
        let k = self.mentions.iter().rposition(|m| {
            m.span.end == end && matches!(m.kind, MentionKind::Demonym | MentionKind::Description)
        })?;
        let m = &self.mentions[k];
        self.actors[m.actor as usize].country.as_ref()?;
        let first = self.tok_starting(m.span.start as usize)?;
        let role = (first..i - 1).rev().find_map(|t| match self.items.get(t) {
            Some(&Item::Role { role, .. }) => Some(role),
            _ => None,
        })?;
        let r = &self.kb.roles[role as usize];
        (!r.plural && is_state_sector(&r.sector)).then_some((k, role))
    }

    /// Capitalized words alone (no capitalized word beside them, not a
    /// number's month: "May 5") opening a sentence or a quotation, that no
    /// entity or time expression covers: the surnames the entity tagger may
    /// miss where case says nothing.
    fn untagged_words(&self, doc: &Doc) -> Vec<Span> {
        let taken = Coverage::new(
            doc.entities()
                .iter()
                .map(|m| m.span)
                .chain(doc.times().iter().map(|t| t.span)),
        );
        let near = |k: usize| {
            self.capitalized(k)
                || self
                    .toks
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        };
        // Where case says least: a sentence's first word, or one after a
        // quotation mark, parenthesis or dash.
        let opening = |i: usize| {
            i == 0 || !self.same_sentence(i - 1, i) || self.toks[i - 1].kind != TokenKind::Word
        };
        (0..self.toks.len())
            .filter(|&i| {
                opening(i)
                    && self.t(i).len() > 2
                    && self.capitalized(i)
                    && matches!(self.items.get(i), Some(Item::Plain))
                    && !(i > 0 && self.same_sentence(i - 1, i) && near(i - 1))
                    && !(self.same_sentence(i, i + 1) && near(i + 1))
                    && !taken.overlaps(self.toks[i].span)
            })
            .map(|i| self.toks[i].span)
            .collect()
    }

    /// "Attorney General William Barr" in an article about American
    /// politics: a person in a state office whose title names no country
    /// holds it in the country the document is about, when one country has
    /// at least three mentions and twice as many as any other.
    /// "Sen. Ted Cruz, R-Texas," "Sen. Ben Cardin (D-Md.)": the American
    /// press's party-and-state tag after a legislator's name says the
    /// person is the United States' (where the document's own country,
    /// say Iran, would be guessed otherwise).
    fn party_state_tags(&mut self, text: &str) {
        let tagged = |end: usize| {
            let rest = text.as_bytes().get(end..).unwrap_or_default();
            let mut k = 0;
            let skip = |k: &mut usize| {
                while rest.get(*k) == Some(&b' ') {
                    *k += 1;
                }
            };
            skip(&mut k);
            if !matches!(rest.get(k), Some(b',' | b'(')) {
                return false;
            }
            k += 1;
            skip(&mut k);
            matches!(rest.get(k), Some(b'R' | b'D' | b'I'))
                && rest.get(k + 1) == Some(&b'-')
                && rest.get(k + 2).is_some_and(u8::is_ascii_uppercase)
        };
        let persons: Vec<u32> = self
            .mentions
            .iter()
            .filter(|m| {
                let a = &self.actors[m.actor as usize];
                a.kind == ActorKind::Person && a.country.is_none() && tagged(m.span.end as usize)
            })
            .map(|m| m.actor)
            .collect();
        for p in persons {
            let a = &mut self.actors[p as usize];
            a.country = Some("USA".to_owned());
            a.code = person_code(a.country.as_deref(), a.sector.as_deref());
        }
    }

    fn document_country(&mut self, dateline: Option<&str>) {
        let kb = self.kb;
        let mut counts: HashMap<&str, usize, BuildHasherDefault<Fnv>> = HashMap::default();
        for m in &self.mentions {
            // Neither a country only the tables give nor a possessive "its"
            // is evidence of what the document is about.
            // Nor "the country" read as the country named before it.
            if self.former.contains(&m.actor)
                || (m.kind == MentionKind::Description
                    && self.actors[m.actor as usize].kind == ActorKind::Country)
                || (m.kind == MentionKind::Pronoun
                    && self
                        .tok_starting(m.span.start as usize)
                        .is_some_and(|k| self.t(k).eq_ignore_ascii_case("its")))
            {
                continue;
            }
            if let Some(c) = self.actors[m.actor as usize].country.as_deref() {
                if kb.country_name(c).is_some() {
                    *counts.entry(c).or_default() += 1;
                }
            }
        }
        // "WASHINGTON, March 26 - Treasury Secretary James Baker said": the
        // dateline's country weighs as three mentions.
        if let Some(c) = dateline.filter(|c| kb.country_name(c).is_some()) {
            *counts.entry(c).or_default() += DATELINE_WEIGHT;
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let top = ranked
            .first()
            .filter(|&&(_, n)| n >= 3 && n >= 2 * ranked.get(1).map_or(0, |r| r.1))
            .map(|&(top, _)| top.to_owned());
        let Some(top) = top else {
            // No one country: "the army shelled the town" is still an
            // army, coded by its sector alone, as "troops" are.
            for (s, e, role) in std::mem::take(&mut self.generic) {
                let r = &kb.roles[role as usize];
                if self.mentioned_at(s) || !is_uniformed(&r.sector) || self.noun_follows(e) {
                    continue;
                }
                let noun = r.role.clone();
                let a = self.body_actor(None, &r.sector, || noun);
                self.mention(s, e, a, MentionKind::Description);
            }
            return;
        };
        for a in &mut self.actors {
            let state = a.sector.as_deref().is_some_and(is_state_sector);
            // Persons in a state office, and the forces named without a
            // country ("police dispersed the crowd", "the army shelled").
            let generic_force = a.kind == ActorKind::Organisation && a.role.is_none();
            if (a.kind == ActorKind::Person || generic_force) && a.country.is_none() && state {
                a.code = format!("{top}{}", a.sector.as_deref().unwrap_or(""));
                a.country = Some(top.clone());
                if generic_force {
                    a.kind = ActorKind::StateBody;
                }
            }
        }
        // "The government said", "the parliament voted": that country's.
        let cname = kb.country_name(&top).unwrap_or(&top).to_owned();
        for (s, e, role) in std::mem::take(&mut self.generic) {
            if self.mentioned_at(s) {
                continue;
            }
            let r = &kb.roles[role as usize];
            let noun = r.role.clone();
            let a = self.body_actor(Some(&top), &r.sector, || format!("{cname} {noun}"));
            self.mention(s, e, a, MentionKind::Description);
        }
    }

    fn second_mentions(&mut self) {
        let persons: Vec<(u32, Vec<&str>)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Person)
            .map(|(i, a)| (i as u32, a.name.split(' ').collect()))
            .collect();
        if persons.is_empty() {
            return;
        }
        // Persons (by position in `persons`) by the first word of their
        // name, and those of two words or more by their last: a token is
        // compared only with the names it may open.
        let mut by_first: HashMap<&str, Vec<usize>, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut by_last: HashMap<&str, Vec<usize>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (k, (_, words)) in persons.iter().enumerate() {
            if let Some(first) = words.first() {
                by_first.entry(first).or_default().push(k);
            }
            if let (true, Some(last)) = (words.len() > 1, words.last()) {
                by_last.entry(last).or_default().push(k);
            }
        }
        let covered = Coverage::new(self.mentions.iter().map(|m| m.span));
        let n = self.toks.len();
        let mut found = Vec::new();
        let mut i = 0;
        while i < n {
            let start = self.toks[i].span.start;
            let w = self.t(i);
            if !self.capitalized(i)
                || !(by_first.contains_key(w) || by_last.contains_key(w))
                || covered.contains(start)
            {
                i += 1;
                continue;
            }
            // Full name again (the first person in actor order), else
            // surname: the last word of a longer name (the last such person).
            let full = by_first.get(w).and_then(|ks| {
                ks.iter().find_map(|&k| {
                    let (actor, words) = &persons[k];
                    let all = words.iter().enumerate().all(|(o, x)| self.t(i + o) == *x);
                    all.then_some((*actor, words.len(), MentionKind::Name))
                })
            });
            let hit = full.or_else(|| {
                by_last.get(w).and_then(|ks| {
                    ks.iter().rev().find_map(|&k| {
                        let (actor, words) = &persons[k];
                        (self.t(i + 1) != words[0]).then_some((*actor, 1, MentionKind::Surname))
                    })
                })
            });
            if let Some((actor, len, kind)) = hit {
                // only after the person was introduced
                let introduced = self
                    .mentions
                    .iter()
                    .any(|m| m.actor == actor && m.span.start < start);
                if introduced {
                    found.push((i, i + len, actor, kind));
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
        for (a, b, actor, kind) in found {
            self.mention(a, b, actor, kind);
        }
    }

    /// Per actor, whether a courtesy title or a role names a woman
    /// (`Some(true)`: "Ms. Lam", "Assemblywoman Torres", "Queen Elizabeth")
    /// or a man (`Some(false)`: "Mr. Wang", "King Salman").
    fn sexes(&self) -> Vec<Option<bool>> {
        let mut sex: Vec<Option<bool>> = vec![None; self.actors.len()];
        for m in &self.mentions {
            let a = &self.actors[m.actor as usize];
            if a.kind != ActorKind::Person {
                continue;
            }
            let Some(t) = self.tok_starting(m.span.start as usize) else {
                continue;
            };
            // The title is the mention's first word or the word before it.
            let title = |w: &str| match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
                "mr" | "sir" | "king" | "prince" => Some(false),
                "mrs" | "ms" | "miss" | "madam" | "dame" | "queen" | "princess" => Some(true),
                _ => None,
            };
            let found = title(self.t(t))
                .or_else(|| t.checked_sub(1).and_then(|p| title(self.t(p))))
                .or_else(|| {
                    let role = a.role.as_deref()?.to_ascii_lowercase();
                    if role.contains("woman") || role.contains("queen") || role.contains("princess")
                    {
                        Some(true)
                    } else if role.ends_with("king") || role.ends_with("prince") {
                        Some(false)
                    } else {
                        None
                    }
                });
            if let (Some(f), Some(slot)) = (found, sex.get_mut(m.actor as usize)) {
                *slot = Some(f);
            }
        }
        sex
    }

    /// "The president", "the prime minister": the person with that role
    /// mentioned most recently before. None when no one holding it was
    /// named: the office alone does not say whose it is.
    fn definite_roles(&mut self) {
        let definite = std::mem::take(&mut self.definite);
        let mut found = Vec::new();
        for (s, e, role) in definite {
            let start = self.toks[s].span.start;
            if self
                .mentions
                .iter()
                .any(|m| m.span.start <= start && start < m.span.end)
            {
                continue;
            }
            let role = &self.kb.roles[role as usize].role;
            let holder = self
                .mentions
                .iter()
                .filter(|m| m.span.end <= start)
                .filter(|m| {
                    let a = &self.actors[m.actor as usize];
                    a.kind == ActorKind::Person
                        && a.role
                            .as_deref()
                            .is_some_and(|r| r.eq_ignore_ascii_case(role))
                })
                .max_by_key(|m| m.span.end)
                .map(|m| m.actor);
            if let Some(a) = holder {
                found.push((s, e, a));
            }
        }
        for (s, e, a) in found {
            self.mention(s, e, a, MentionKind::Description);
        }
    }

    /// "the country", "the nation": the country mentioned last before it
    /// in its sentence ("After migrants entered Croatia, the country placed
    /// its army on alert"). Not "the country of …", nor when no country
    /// was named before it in the sentence (the one before names the wrong
    /// one too often: "… Japan … North Korea. The country lifted some
    /// sanctions").
    fn definite_countries(&mut self) {
        let mut found = Vec::new();
        for i in 1..self.toks.len() {
            let w = self.t(i);
            // (Lowercase: "The Nation" is a newspaper.)
            if !(w == "country" || w == "nation")
                || !self.t(i - 1).eq_ignore_ascii_case("the")
                || !self.same_sentence(i - 1, i)
                || (i + 1 < self.toks.len() && self.t(i + 1).eq_ignore_ascii_case("of"))
            {
                continue;
            }
            let start = self.toks[i - 1].span.start;
            if self
                .mentions
                .iter()
                .any(|m| m.span.start <= start && start < m.span.end)
            {
                continue;
            }
            let sentence = self.sentence_of[i];
            let country = self
                .mentions
                .iter()
                .filter(|m| m.span.end <= start && m.sentence == sentence)
                .filter(|m| self.actors[m.actor as usize].kind == ActorKind::Country)
                // Not the subject of a verb right after it: "denied that
                // Russia planned to occupy the country" is Ukraine.
                .filter(|m| {
                    self.tok_ending(m.span.end as usize).is_none_or(|e| {
                        let next = self.t(e + 1);
                        !next.starts_with(|c: char| c.is_lowercase())
                            || matches!(
                                next,
                                "in" | "of"
                                    | "on"
                                    | "at"
                                    | "from"
                                    | "to"
                                    | "and"
                                    | "or"
                                    | "for"
                                    | "with"
                                    | "into"
                                    | "over"
                                    | "after"
                                    | "before"
                                    | "this"
                                    | "last"
                                    | "where"
                                    | "which"
                                    | "that"
                                    | "who"
                                    | "whose"
                                    | "when"
                                    | "as"
                            )
                    })
                })
                .max_by_key(|m| m.span.end)
                .map(|m| m.actor);
            if let Some(a) = country {
                found.push((i - 1, i + 1, a));
            }
        }
        for (s, e, a) in found {
            self.mention(s, e, a, MentionKind::Description);
        }
    }

    fn pronouns_and_groups(&mut self) {
        let n = self.toks.len();
        let sex = self.sexes();
        // Mentions latest-ending first (ties in mention order), for the
        // most recent persons before a token.
        let mut by_end: Vec<usize> = (0..self.mentions.len()).collect();
        by_end.sort_by_key(|&k| std::cmp::Reverse(self.mentions[k].span.end));
        let mut added = Vec::new();
        for i in 0..n {
            // Pronouns, "the" and "both": two to four letters, lowercased.
            let w = self.t(i).as_bytes();
            let mut key = [0u8; 4];
            match key.get_mut(..w.len()) {
                Some(k) if w.len() >= 2 => {
                    for (d, b) in k.iter_mut().zip(w) {
                        *d = b.to_ascii_lowercase();
                    }
                }
                _ => continue,
            }
            let pronoun = matches!(&key, b"he\0\0" | b"she\0" | b"his\0" | b"her\0" | b"him\0");
            let plural = &key == b"they";
            // "The ministry denied that it was striking cities", "Russia
            // said it would": "it" after a report's "that" or "said" is the
            // institution or country that opens the sentence.
            let it = &key == b"it\0\0"
                && i > 0
                && matches!(
                    self.t(i - 1).to_ascii_lowercase().as_str(),
                    "that" | "said" | "says" | "saying"
                );
            if it {
                let sentence = self.sentence_of[i];
                let start = self.toks[i].span.start;
                let opener = self
                    .mentions
                    .iter()
                    .filter(|m| m.sentence == sentence && m.span.end <= start)
                    .min_by_key(|m| m.span.start)
                    .map(|m| m.actor)
                    .filter(|&a| {
                        let a = &self.actors[a as usize];
                        matches!(
                            a.kind,
                            ActorKind::Country
                                | ActorKind::StateBody
                                | ActorKind::Organisation
                                | ActorKind::Media
                        ) && !plural_name(&a.name)
                    });
                if let Some(a) = opener {
                    added.push((i, i + 1, a, MentionKind::Pronoun));
                }
                continue;
            }
            // "its" is the country, place, state body or organisation named
            // before it in the sentence when all of those named there are of
            // one country ("Russia said its troops", "Beijing lives up to
            // its commitments"; the nearest of them), or the object right
            // before "for" or "over" ("criticized Russia for its attack",
            // "criticized Moscow over its support"). Else it stays open:
            // "Iran and, with other Gulf states, feel threatened by its
            // actions".
            if &key == b"its\0" {
                let sentence = self.sentence_of[i];
                let start = self.toks[i].span.start;
                let first = by_end.partition_point(|&k| self.mentions[k].span.end > start);
                let eligible = |m: &&ActorMention| {
                    matches!(
                        self.actors[m.actor as usize].kind,
                        ActorKind::Country
                            | ActorKind::Place
                            | ActorKind::StateBody
                            | ActorKind::Organisation
                            | ActorKind::Media
                    )
                };
                let before: Vec<&ActorMention> = by_end[first..]
                    .iter()
                    .map(|&k| &self.mentions[k])
                    .take_while(|m| m.sentence == sentence)
                    .filter(eligible)
                    .collect();
                let country = |m: &ActorMention| self.actors[m.actor as usize].code.get(..3);
                // Of one country's, the nearest outside a phrase of a
                // preposition ("the Cuban government's repression of the
                // Cuban people and its support": the government).
                let in_phrase = |m: &ActorMention| {
                    let Some(mut k) = self.tok_starting(m.span.start as usize) else {
                        return false;
                    };
                    while k > 0 && matches!(self.t(k - 1), "the" | "a" | "an") {
                        k -= 1;
                    }
                    k > 0 && matches!(self.t(k - 1), "of" | "in" | "on" | "to" | "with" | "from")
                };
                let one_country = before.first().and_then(|n| {
                    let c = country(n)?;
                    let same = before.iter().all(|m| country(m) == Some(c));
                    let pick = before.iter().find(|m| !in_phrase(m)).unwrap_or(n);
                    same.then_some(pick.actor)
                });
                let object_for = || {
                    let n = before.first()?;
                    let k = self.tok_ending(n.span.end as usize)?;
                    (k + 2 == i && matches!(self.t(k + 1), "for" | "over")).then_some(n.actor)
                };
                let owner = one_country.or_else(object_for);
                if let Some(a) = owner {
                    added.push((i, i + 1, a, MentionKind::Pronoun));
                }
                continue;
            }
            let group =
                matches!(&key, b"the\0" | b"both") && matches!(self.t(i + 1), "two" | "leaders");
            if !pronoun && !group && !plural {
                continue;
            }
            let start = self.toks[i].span.start;
            // Mentions ending before this token, latest first.
            let first = by_end.partition_point(|&k| self.mentions[k].span.end > start);
            if plural {
                // "Thousands of protesters gathered outside the police
                // headquarters. They chanted": a body named in the plural
                // ("protesters", "Russian troops", "police") earlier in
                // this sentence, else in the one before; the first one of
                // that sentence, most often its subject.
                let sentence = self.sentence_of[i];
                let plural_body = |m: &ActorMention| {
                    let a = &self.actors[m.actor as usize];
                    m.kind != MentionKind::Pronoun
                        && matches!(a.kind, ActorKind::StateBody | ActorKind::Organisation)
                        && plural_name(&a.name)
                };
                let before = || by_end[first..].iter().map(|&k| &self.mentions[k]);
                let found = before()
                    .take_while(|m| m.sentence + 1 >= sentence)
                    .find(|m| plural_body(m))
                    .and_then(|near| {
                        before()
                            .take_while(|m| m.sentence >= near.sentence)
                            .filter(|m| m.sentence == near.sentence && plural_body(m))
                            .min_by_key(|m| m.span.start)
                    })
                    .map(|m| m.actor);
                if let Some(a) = found {
                    added.push((i, i + 1, a, MentionKind::Pronoun));
                }
                continue;
            }
            if pronoun {
                // The most recent person within the last two sentences whom
                // no title or role makes the other sex ("Ms. Lam … he"
                // skips Lam).
                let female = matches!(&key, b"she\0" | b"her\0");
                let p = by_end[first..]
                    .iter()
                    .map(|&k| self.mentions[k].actor)
                    .find(|&a| {
                        self.actors[a as usize].kind == ActorKind::Person
                            && sex.get(a as usize).copied().flatten() != Some(!female)
                    });
                if let Some(p) = p {
                    let last = self
                        .mentions
                        .iter()
                        .filter(|m| m.actor == p && m.span.end <= start)
                        .map(|m| m.sentence)
                        .max();
                    if last.is_some_and(|s| self.sentence_of[i] <= s + 2) {
                        added.push((i, i + 1, p, MentionKind::Pronoun));
                    }
                }
            } else {
                // "the two leaders", "both leaders": the two most recent
                // persons mentioned before.
                let mut recent: Vec<u32> = Vec::with_capacity(2);
                for &k in &by_end[first..] {
                    let m = &self.mentions[k];
                    if self.actors[m.actor as usize].kind == ActorKind::Person
                        && !recent.contains(&m.actor)
                    {
                        recent.push(m.actor);
                        if recent.len() == 2 {
                            break;
                        }
                    }
                }
                let end = if self.t(i + 1) == "two" { i + 3 } else { i + 2 };
                let noun = self.t(end - 1).to_ascii_lowercase();
                if matches!(
                    noun.as_str(),
                    "leaders" | "presidents" | "men" | "women" | "heads"
                ) && recent.len() >= 2
                {
                    for &p in &recent[..2] {
                        added.push((i, end, p, MentionKind::Description));
                    }
                }
            }
        }
        for (a, b, actor, kind) in added {
            self.mention(a, b, actor, kind);
        }
    }
}

/// Whether an actor's name ends in a plural noun ("Hong Kong protesters",
/// "Russia troops") or in "police": what "they" may stand for.
fn plural_name(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|w| {
        w.eq_ignore_ascii_case("police") || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
    })
}

#[cfg(test)]
mod tests {
    use herald_core::{Article, Doc, NaiveDate, Stage};

    use super::*;
    use crate::segment::Segmenter;

    fn actors(text: &str) -> (Doc, Actors) {
        let mut doc = Doc::new(&Article::new(text, NaiveDate::from_ymd_opt(2022, 2, 8))).unwrap();
        let seg = Segmenter.run(&doc).unwrap();
        doc.apply(seg);
        let a = resolve(&doc);
        (doc, a)
    }

    /// Asserts that each (mention text, code) is among `codes`.
    fn assert_codes(codes: &[(String, String)], wants: &[(&str, &str)]) {
        for (text, code) in wants {
            assert!(
                codes.iter().any(|(t, c)| t == text && c == code),
                "{text:?} {code:?} not in {codes:?}"
            );
        }
    }

    fn codes_of(doc: &Doc, a: &Actors) -> Vec<(String, String)> {
        a.mentions
            .iter()
            .map(|m| {
                (
                    doc.text_of(m.span).to_owned(),
                    a.actors[m.actor as usize].code.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn an_igo_title_names_the_person_after_it() {
        // The knowledge base's title entry ("UN Secretary-General") gives
        // its organisation and role to the name after it; an under- or
        // deputy secretary-general is no general.
        let (doc, a) = actors(
            "U.N. Secretary-General Kurt Waldheim met the envoys. \
             UN Under Secretary General Angela Kane arrived in Damascus. \
             Former UN Secretary-General Kofi Annan died Saturday.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("U.N. Secretary-General Kurt Waldheim", "IGOUNO"),
                ("UN Under Secretary General Angela Kane", "IGOUNO"),
                ("UN Secretary-General Kofi Annan", "IGOUNO"),
            ],
        );
        // Alone, the title stays the office.
        let (doc, a) = actors("The UN Secretary-General said the talks would resume.");
        assert_codes(&codes_of(&doc, &a), &[("UN Secretary-General", "IGOUNO")]);
    }

    #[test]
    fn a_dateline_names_its_country() {
        let kb = kb();
        let at = |t: &str| dateline_country(t, kb);
        assert_eq!(
            at("WASHINGTON, March 26 - Treasury Secretary James Baker said"),
            Some("USA")
        );
        assert_eq!(at("NEW DELHI (Reuters) - India said"), Some("IND"));
        assert_eq!(
            at("Talks resume\n\nBEIJING, Dec. 7 -- China said"),
            Some("CHN")
        );
        // A city with its state after the comma is left alone.
        assert_eq!(at("SALEM, Ore. — Gov. John Kitzhaber resigned"), None);
        // No dateline.
        assert_eq!(at("The French president met the German chancellor."), None);
        assert_eq!(at("NSA CHIEF TESTIFIES - the director said"), None);
    }

    #[test]
    fn a_title_inside_a_phrase_is_an_apposition_only_when_closed() {
        let text = "National security adviser Michael Flynn resigned. Asked about \
                    his conversation with Russia's ambassador, Flynn told Trump he forgot. \
                    The Iranian foreign minister, Mohammad Javad Zarif responded.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            !codes
                .iter()
                .any(|(t, c)| t == "Flynn" && c.starts_with("RUS")),
            "{codes:?}"
        );
        assert_codes(&codes, &[("Mohammad Javad Zarif", "IRNGOV")]);
    }

    #[test]
    fn a_party_and_state_tag_makes_a_legislator_american() {
        let text = "Iran's foreign minister met Iran's president in Tehran, Iran said. \
                    Sen. Ted Cruz, R-Texas, and Sen. Ben Cardin (D-Md.) criticized Iran.";
        let (doc, a) = dated(text, "2022-02-08");
        assert_codes(
            &codes_of(&doc, &a),
            &[("Sen. Ted Cruz", "USALEG"), ("Sen. Ben Cardin", "USALEG")],
        );
    }

    #[test]
    fn a_town_before_a_role_is_its_countrys() {
        let text = "Florida Sen. Marco Rubio and Hong Kong protesters met Moscow officials \
                    after the Benghazi terrorist attack.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("Florida Sen. Marco Rubio", "USALEG"),
                ("Hong Kong protesters", "HKGOPP"),
                ("Moscow officials", "RUSGOV"),
            ],
        );
        // A role that modifies a noun is no group of the town's.
        assert!(
            !codes.iter().any(|(t, _)| t.contains("terrorist")),
            "{codes:?}"
        );
    }

    #[test]
    fn states_and_provinces_are_their_countrys_places() {
        let text = "The governor of New Mexico flew to Texas. Police in New Jersey and \
                    officials in Bavaria met in Florida. Fars reported on the Gulf.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("governor of New Mexico", "USAGOV"),
                ("Texas", "USA"),
                ("Police in New Jersey", "USACOP"),
                ("Bavaria", "DEU"),
                ("Florida", "USA"),
                ("Fars", "IRNMED"),
            ],
        );
        // Not Mexico, nor the island of Jersey, nor Papua New Guinea's Gulf.
        assert!(
            !codes
                .iter()
                .any(|(_, c)| c == "MEX" || c == "JEY" || c == "PNG"),
            "{codes:?}"
        );
    }

    #[test]
    fn criminal_before_a_legal_process_names_no_criminal() {
        let text = "Police opened a criminal investigation and filed criminal charges. \
                    Police arrested a criminal gang.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        let criminals = codes.iter().filter(|(_, c)| c.ends_with("CRM")).count();
        assert_eq!(criminals, 1, "{codes:?}");
    }

    #[test]
    fn a_city_that_names_an_accord_is_no_actor() {
        let text = "Voters rejected the Lisbon Treaty. Canada quit the Paris climate \
                    agreement and the Kyoto Protocol. Leaders met in Vienna.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert_codes(&codes, &[("Canada", "CAN"), ("Vienna", "AUT")]);
        assert!(
            !codes
                .iter()
                .any(|(_, c)| c == "PRT" || c == "FRA" || c == "JPN"),
            "{codes:?}"
        );
    }

    #[test]
    fn a_town_inside_a_longer_place_or_as_a_surname_is_neither() {
        let text = "Voters in New England and South Florida backed Anthony Kennedy. \
                    Kennedy said the vote was fair.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            !codes
                .iter()
                .any(|(t, c)| (t == "England" && c == "GBR") || c == "COL"),
            "{codes:?}"
        );
    }

    #[test]
    fn a_former_leaders_administration_is_the_government_they_led() {
        let text = "The Obama administration imposed sanctions. The Merkel government agreed.";
        let (doc, a) = dated(text, "2023-02-08");
        assert_codes(
            &codes_of(&doc, &a),
            &[
                ("Obama administration", "USAGOV"),
                ("Merkel government", "DEUGOV"),
            ],
        );
        // Before their terms began, the names govern nothing.
        let (doc, a) = dated(text, "1995-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            !codes.iter().any(|(_, c)| c == "USAGOV" || c == "DEUGOV"),
            "{codes:?}"
        );
    }

    #[test]
    fn an_organisations_official_is_coded_with_it() {
        let (doc, a) = dated(
            "UN spokesman Stephane Dujarric condemned the attack. WFP spokeswoman Abeer Etefa said food ran out.",
            "2022-02-08",
        );
        assert_codes(
            &codes_of(&doc, &a),
            &[
                ("UN spokesman Stephane Dujarric", "IGOUNO"),
                ("WFP spokeswoman Abeer Etefa", "IGOUNOWFP"),
            ],
        );
        // An ambassador to the UN is his or her country's; a name inside a
        // longer one is not the organisation's.
        let (doc, a) = dated(
            "U.N. Ambassador Linda Thomas-Greenfield spoke. National Security Council spokeswoman Emily Horne said so.",
            "2022-02-08",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            !codes.iter().any(|(t, c)| {
                (t.contains("Thomas-Greenfield") || t.contains("Horne")) && c.starts_with("IGO")
            }),
            "{codes:?}"
        );
    }

    #[test]
    fn a_pronoun_skips_a_person_titled_as_the_other_sex() {
        let (doc, a) = dated(
            "Chinese President Xi Jinping met Hong Kong leader Carrie Lam, known as Ms. Lam, in Beijing. He praised her government. Mr. Xi left on Monday.",
            "2019-07-08",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("He".to_owned(), "CHNGOV".to_owned())),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("her".to_owned(), "HKGGOV".to_owned())),
            "{codes:?}"
        );
        // "Mr. Xi": the family name written first is the same person.
        let xi = a.actors.iter().filter(|x| x.name.starts_with("Xi")).count();
        assert_eq!(xi, 1, "{:?}", a.actors);
    }

    #[test]
    fn a_state_body_without_a_country_is_the_documents() {
        // Egypt named three times, nothing else: "the government" and "the
        // army" are Egypt's.
        let (doc, a) = dated(
            "Egypt buried Hosni Mubarak. Egypt mourned. Cairo was quiet as Egypt's leaders met. The government criticized the plan, and the army stayed in barracks.",
            "2020-02-27",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[("The government", "EGYGOV"), ("the army", "EGYMIL")],
        );
        // Two countries as often: no country for either.
        let (doc, a) = dated(
            "Egypt and Israel met. Egypt and Israel spoke. Egypt and Israel agreed. The government criticized the plan.",
            "2020-02-27",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            !codes.iter().any(|(t, _)| t == "The government"),
            "{codes:?}"
        );
    }

    #[test]
    fn the_office_is_its_holder_named_before() {
        let (doc, a) = dated(
            "President Donald Trump met King Salman. The president has threatened Saudi Arabia, and he said the king denied it. The former president spoke. The president of Harvard spoke.",
            "2018-10-15",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("The president", "USAGOV"),
                ("he", "USAGOV"),
                ("the king", "SAUGOV"),
            ],
        );
        // Not a former holder, not another institution's president.
        let mentioned = |t: &str| codes.iter().filter(|(x, _)| x == t).count();
        assert_eq!(mentioned("The president"), 1, "{codes:?}");
        assert_eq!(mentioned("The former president"), 0, "{codes:?}");
        // No holder named: the office alone is no one.
        let (doc, a) = dated("The president spoke on Monday.", "2018-10-15");
        assert!(codes_of(&doc, &a).is_empty(), "{:?}", codes_of(&doc, &a));
    }

    #[test]
    fn they_is_the_plural_body_of_the_sentence_before() {
        // The first plural body of that sentence (its subject), not the
        // nearest ("the police headquarters").
        let (doc, a) = actors(
            "Thousands of Hong Kong protesters gathered outside the police headquarters. They chanted slogans.",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("They".to_owned(), "HKGOPP".to_owned())),
            "{codes:?}"
        );
        // With no person in the text as well; and no plural body, no one.
        let (doc, a) = actors("Russian troops crossed the border. They attacked Kharkiv.");
        assert!(codes_of(&doc, &a).contains(&("They".to_owned(), "RUSMIL".to_owned())));
        let (doc, a) = actors("Russia and Ukraine met in Minsk. They agreed to talk again.");
        assert!(!codes_of(&doc, &a).iter().any(|(t, _)| t == "They"));
    }

    #[test]
    fn titled_persons_get_country_and_sector() {
        let (doc, a) = actors("German Chancellor Olaf Scholz met US President Joe Biden. Russian President Vladimir Putin hosted French President Emmanuel Macron.");
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("German Chancellor Olaf Scholz", "DEUGOV"),
                ("US President Joe Biden", "USAGOV"),
                ("Russian President Vladimir Putin", "RUSGOV"),
                ("French President Emmanuel Macron", "FRAGOV"),
            ],
        );
        let scholz = a.actors.iter().find(|x| x.name == "Olaf Scholz").unwrap();
        assert_eq!(scholz.role.as_deref(), Some("chancellor"));
        // A title after a name and a comma that a second name follows is
        // that person's, no apposition of the first.
        let (doc, a) = actors(
            "Speaking with U.N. Secretary-General Antonio Guterres, Israeli Prime Minister Naftali Bennett said his country was ready.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[("Israeli Prime Minister Naftali Bennett", "ISRGOV")],
        );
        assert!(
            !codes
                .iter()
                .any(|(t, c)| t.contains("Guterres") && c == "ISRGOV"),
            "{codes:?}"
        );
    }

    #[test]
    fn civilian_titles_ending_in_general_are_no_generals() {
        let (doc, a) = actors(
            "Inspector General Michael Horowitz criticized the FBI. General Secretary Nguyen Phu Trong of Vietnam met General Mark Milley.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("Inspector General Michael Horowitz", "GOV"),
                ("General Mark Milley", "MIL"),
            ],
        );
        let trong = codes.iter().find(|(t, _)| t.contains("Nguyen Phu Trong"));
        assert!(
            trong.is_some_and(|(_, c)| c.ends_with("PTY")),
            "a party's general secretary: {codes:?}"
        );
    }

    #[test]
    fn later_mentions_resolve_to_the_same_person() {
        let (doc, a) = actors(
            "French President Emmanuel Macron flew to Moscow. Macron said he wanted talks. The French president met Putin.",
        );
        let macron = a
            .actors
            .iter()
            .position(|x| x.name == "Emmanuel Macron")
            .unwrap() as u32;
        let texts: Vec<&str> = a
            .mentions
            .iter()
            .filter(|m| m.actor == macron)
            .map(|m| doc.text_of(m.span))
            .collect();
        assert_eq!(
            texts,
            [
                "French President Emmanuel Macron",
                "Macron",
                "he",
                "French president"
            ]
        );
        // "to Moscow" is a place, not the Russian government
        let moscow = a
            .mentions
            .iter()
            .find(|m| doc.text_of(m.span) == "Moscow")
            .unwrap();
        assert_eq!(a.actors[moscow.actor as usize].kind, ActorKind::Place);
    }

    #[test]
    fn coverage_merges_spans_and_answers_points_and_overlaps() {
        let c =
            Coverage::new([Span::new(10, 20), Span::new(15, 30), Span::new(40, 45)].into_iter());
        assert_eq!(c.0, [(10, 30), (40, 45)]);
        assert!(c.contains(10) && c.contains(29) && !c.contains(30) && !c.contains(9));
        assert!(c.overlaps(Span::new(25, 35)) && c.overlaps(Span::new(0, 11)));
        assert!(!c.overlaps(Span::new(30, 40)) && !c.overlaps(Span::new(0, 10)));
    }

    #[test]
    fn a_state_title_without_country_takes_the_documents_country() {
        let text = "Attorney General William Barr met Iraqi officials. The United States and \
                    the U.S. Congress backed him; Washington and the U.S. Senate agreed.";
        let (doc, a) = actors(text);
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Attorney General William Barr".into(), "USAGOVJUD".into())),
            "{codes:?}"
        );
        // With no country ahead of the others, none is given.
        let (doc, a) = actors("Attorney General William Barr met Iraqi officials in Iraq.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Attorney General William Barr".into(), "GOVJUD".into())),
            "{codes:?}"
        );
    }

    #[test]
    fn armed_groups_are_actors_with_country_and_sector() {
        let (doc, a) = actors(
            "Hamas fired rockets. Later al-Qaeda and the Houthis claimed attacks, and Boko Haram kidnapped students.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("Hamas", "PSEREB"),
                ("al-Qaeda", "IMGMUS"),
                ("Houthis", "YEMREB"),
                ("Boko Haram", "NGAREB"),
            ],
        );
        let hamas = a.actors.iter().find(|x| x.name == "Hamas").unwrap();
        assert_eq!(
            (hamas.country.as_deref(), hamas.sector.as_deref()),
            (Some("PSE"), Some("REB"))
        );
        let qaeda = a.actors.iter().find(|x| x.name == "al-Qaeda").unwrap();
        assert_eq!(qaeda.country, None);
        // Members named by a plural role act for the group.
        let (doc, a) = actors("Houthi rebels attacked a ship. NATO troops arrived.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Houthi rebels".into(), "YEMREB".into())),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("NATO troops".into(), "IGOWSTNAT".into())),
            "{codes:?}"
        );
        assert!(!codes.iter().any(|(_, c)| c == "REB"), "{codes:?}");
    }

    #[test]
    fn roles_take_a_country_after_them_or_stand_by_their_sector() {
        let (doc, a) = actors(
            "A court in Kenya jailed two dissidents from Uganda. Rebels attacked the civilians in a village. Terrorist threats rose.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("court in Kenya", "KENJUD"),
                ("dissidents from Uganda", "UGAOPP"),
                ("Rebels", "REB"),
                ("civilians", "CVL"),
            ],
        );
        // A singular role without a determiner reads as an adjective.
        assert!(!codes.iter().any(|(t, _)| t == "Terrorist"), "{codes:?}");
        // Coordinated demonyms share the role after the last.
        let (doc, a) = actors(
            "Libyan, Algerian and Tunisian prime ministers met. Palestinians and Israeli forces clashed.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("Libyan", "LBYGOV"),
                ("Algerian", "DZAGOV"),
                ("Tunisian prime ministers", "TUNGOV"),
            ],
        );
        assert!(!codes.iter().any(|(_, c)| c == "PSEMIL"), "{codes:?}");
        // A country's possessive is its demonym: "Russia's forces".
        let (doc, a) =
            actors("Russia's forces attacked the rebels. Iran's foreign minister spoke.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Russia's forces".to_owned(), "RUSMIL".to_owned())),
            "{codes:?}"
        );
        assert!(codes.iter().any(|(_, c)| c == "IRNGOV"), "{codes:?}");
        // "troops in Ukraine" may be foreign: no country from "in".
        let (doc, a) = actors("Troops in Ukraine fired at the village.");
        let codes = codes_of(&doc, &a);
        assert!(!codes.iter().any(|(_, c)| c == "UKRMIL"), "{codes:?}");
    }

    #[test]
    fn uniformed_forces_act_without_a_country_or_with_the_only_one_named() {
        let (doc, a) = actors("Police arrested the protesters. Soldiers opened fire.");
        let codes = codes_of(&doc, &a);
        assert_codes(&codes, &[("Police", "COP"), ("Soldiers", "MIL")]);
        // The troops of the one country named before.
        let (doc, a) = actors("Russian troops massed near the border. The troops fired shells.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("troops".into(), "RUSMIL".into())),
            "{codes:?}"
        );
        // Two countries' troops: bare "troops" could be either.
        let (doc, a) =
            actors("Russian troops and Ukrainian troops clashed. The troops fired shells.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("troops".into(), "MIL".into())),
            "{codes:?}"
        );
        // A singular force is more often an adjective ("military aid").
        let (doc, a) = actors("The military aid was approved.");
        let codes = codes_of(&doc, &a);
        assert!(!codes.iter().any(|(_, c)| c.contains("MIL")), "{codes:?}");
    }

    #[test]
    fn a_title_may_name_the_country_posted_to_before_the_name() {
        let (doc, a) = actors("US Ambassador to Germany Richard Grenell criticized the plan.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&(
                "US Ambassador to Germany Richard Grenell".into(),
                "USAGOV".into()
            )),
            "{codes:?}"
        );
        let p = a
            .actors
            .iter()
            .find(|x| x.name == "Richard Grenell")
            .unwrap();
        assert_eq!(p.country.as_deref(), Some("USA"));
        // Or the organisation posted to.
        let (doc, a) = actors("US Ambassador to the European Union Gordon Sondland arrived.");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&(
                "US Ambassador to the European Union Gordon Sondland".into(),
                "USAGOV".into()
            )),
            "{codes:?}"
        );
    }

    #[test]
    fn metonyms_capitals_groups_and_organisations() {
        let (doc, a) = actors(
            "The White House said in a statement that Moscow has demanded guarantees. Russian troops massed near Ukraine. NATO rejected the demand, AP reported.",
        );
        let codes = codes_of(&doc, &a);
        assert_codes(
            &codes,
            &[
                ("White House", "USAGOV"),
                ("Moscow", "RUSGOV"),
                ("Russian troops", "RUSMIL"),
                ("Ukraine", "UKR"),
                ("NATO", "IGOWSTNAT"),
                ("AP", "USAMED"),
            ],
        );
        // A legislature named "Congress" that is not the US one.
        let (doc, a) = actors("The National People's Congress met in Beijing.");
        let codes = codes_of(&doc, &a);
        assert_codes(&codes, &[("National People's Congress", "CHNLEG")]);
    }

    /// Segmented and entity-tagged, with this date.
    fn dated(text: &str, date: &str) -> (Doc, Actors) {
        let mut doc = Doc::new(&Article::new(text, date.parse().ok())).unwrap();
        let seg = Segmenter.run(&doc).unwrap();
        doc.apply(seg);
        let ents = crate::entities::EntityTagger.run(&doc).unwrap();
        doc.apply(ents);
        let a = resolve(&doc);
        (doc, a)
    }

    #[test]
    fn people_no_table_codes_are_uncoded_actors() {
        let (doc, a) = dated(
            "Paul Manafort agreed to cooperate with prosecutors. Manafort later met Rick Gates.",
            "2018-09-14",
        );
        let person = |name: &str| {
            a.actors
                .iter()
                .position(|x| x.name == name && x.kind == ActorKind::Person)
        };
        let manafort = person("Paul Manafort").expect("an actor for Paul Manafort");
        assert_eq!(a.actors[manafort].code, "");
        assert!(a.actors[manafort].country.is_none());
        // The surname alone is the same person, as a surname.
        let later: Vec<_> = a
            .mentions
            .iter()
            .filter(|m| m.actor as usize == manafort)
            .map(|m| (doc.text_of(m.span), m.kind))
            .collect();
        assert!(
            later.contains(&("Manafort", MentionKind::Surname)),
            "{later:?}"
        );
        assert!(person("Rick Gates").is_some(), "{:?}", a.actors);
    }

    #[test]
    fn a_title_before_a_comma_codes_the_person_after_it() {
        let (doc, a) = dated(
            "The Italian foreign minister, Luigi Di Maio, joined the talks.",
            "2020-02-10",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Luigi Di Maio".into(), "ITAGOV".into())),
            "{codes:?}"
        );
        // The description is a mention of him.
        let di_maio = a.actors.iter().position(|x| x.name == "Luigi Di Maio");
        assert!(
            a.mentions
                .iter()
                .any(|m| doc.text_of(m.span).contains("foreign minister")
                    && Some(m.actor as usize) == di_maio),
            "{:?}",
            a.mentions
        );
    }

    #[test]
    fn an_honorific_and_a_surname_name_the_office_holder() {
        let (doc, a) = dated("Mr. Obama said the attack was terrible.", "2014-08-31");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Mr. Obama".into(), "USAGOV".into())),
            "{codes:?}"
        );
        let (doc, a) = dated("Mr. Obama said the attack was terrible.", "2022-08-31");
        let codes = codes_of(&doc, &a);
        assert!(!codes.iter().any(|(_, c)| c == "USAGOV"), "{codes:?}");
    }

    #[test]
    fn its_is_the_one_country_before_it_or_the_object_before_for() {
        // Only one country named before "its" in the sentence.
        let (doc, a) = actors("Russia said its troops would leave Belarus.");
        assert_codes(&codes_of(&doc, &a), &[("its", "RUS")]);
        // The object right before "for" or "over".
        let (doc, a) = actors("Washington criticized Russia for its attack on Ukraine.");
        assert_codes(&codes_of(&doc, &a), &[("its", "RUS")]);
        // Two countries, neither right before "for": left open.
        let (doc, a) = actors("The Saudis are fixated on Iran and feel threatened by its actions.");
        assert!(
            !codes_of(&doc, &a).iter().any(|(t, _)| t == "its"),
            "{:?}",
            codes_of(&doc, &a)
        );
    }

    #[test]
    fn a_body_after_its_is_the_states_its_names() {
        let (doc, a) = actors("Israel said its forces killed three militants.");
        assert_codes(&codes_of(&doc, &a), &[("forces", "ISRMIL")]);
    }

    #[test]
    fn a_head_of_states_title_with_a_surname_takes_a_holder_of_that_office() {
        // In 2010 the Clinton in office was the secretary of state: "President
        // Clinton" is the earlier president.
        let (_, a) = dated("President Clinton met Boris Yeltsin.", "2010-02-08");
        assert!(
            a.actors
                .iter()
                .any(|x| x.name == "Bill Clinton" && x.code == "USAGOV"),
            "{:?}",
            a.actors
        );
        // Out of office: the country of the office the title names.
        let (doc, a) = dated("President Obama announced his support.", "2022-02-08");
        assert_codes(&codes_of(&doc, &a), &[("President Obama", "USAGOV")]);
        // A surname's holder in another office is not taken.
        let (_, a) = dated("King Abdullah met the envoy.", "2016-02-08");
        assert!(
            !a.actors.iter().any(|x| x.code.starts_with("AFG")),
            "{:?}",
            a.actors
        );
    }

    #[test]
    fn an_earlier_head_of_state_is_a_former_leader_of_that_country() {
        // Out of office, with no title: that country's elite.
        let (doc, a) = dated("Barack Obama criticized the plan on Monday.", "2019-05-06");
        assert_codes(&codes_of(&doc, &a), &[("Barack Obama", "USAELI")]);
        let (doc, a) = dated(
            "Former President Barack Obama criticized the plan on Monday.",
            "2019-05-06",
        );
        assert_codes(
            &codes_of(&doc, &a),
            &[("Former President Barack Obama", "USAELI")],
        );
        // A title of the text's own keeps its sector.
        let (doc, a) = dated(
            "The deal was signed by President George W. Bush in 2002.",
            "2015-03-19",
        );
        assert_codes(
            &codes_of(&doc, &a),
            &[("President George W. Bush", "USAGOV")],
        );
        // Before the term began, the table says nothing.
        let (doc, a) = dated("Barack Obama criticized the plan on Monday.", "2006-05-06");
        assert_codes(&codes_of(&doc, &a), &[("Barack Obama", "")]);
    }

    #[test]
    fn the_country_is_the_country_named_before_it_in_the_sentence() {
        let (doc, a) = dated(
            "After refugees entered Croatia this week, the country placed its army on alert.",
            "2015-09-20",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            codes
                .iter()
                .any(|(t, c)| t.as_str() == "the country" && c.as_str() == "HRV"),
            "{codes:?}"
        );
        // Not one named in another sentence.
        let (doc, a) = dated(
            "Refugees entered Croatia. The country placed its army on alert.",
            "2015-09-20",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            !codes.iter().any(|(t, _)| t.as_str() == "The country"),
            "{codes:?}"
        );
    }

    #[test]
    fn a_recent_former_leaders_surname_alone_is_that_leader() {
        // The tagger's bare "Obama", out of office for two years.
        let (_, a) = dated(
            "Obama has expressed support for the protesters.",
            "2019-03-01",
        );
        assert!(
            a.actors
                .iter()
                .any(|x| x.name == "Barack Obama" && x.code == "USAELI"),
            "{:?}",
            a.actors
        );
        // Long gone, the surname is more often someone else's.
        let (_, a) = dated(
            "Obama has expressed support for the protesters.",
            "2030-03-01",
        );
        assert!(
            !a.actors.iter().any(|x| x.name == "Barack Obama"),
            "{:?}",
            a.actors
        );
    }

    #[test]
    fn an_earlier_minister_named_in_full_is_a_former_official() {
        // The tables know her as secretary of state until 2013.
        let (doc, a) = dated(
            "Hillary Clinton criticized the plan. Clinton spoke in Iowa.",
            "2016-05-06",
        );
        assert_codes(
            &codes_of(&doc, &a),
            &[("Hillary Clinton", "USAELI"), ("Clinton", "USAELI")],
        );
        // In office she is the government's.
        let (doc, a) = dated("Hillary Clinton criticized the plan.", "2011-05-06");
        assert_codes(&codes_of(&doc, &a), &[("Hillary Clinton", "USAGOV")]);
        // An office in an international body names no state.
        let (doc, a) = dated("Ban Ki-moon criticized the plan.", "2019-05-06");
        assert!(
            codes_of(&doc, &a).iter().all(|(_, c)| !c.ends_with("ELI")),
            "{:?}",
            a.actors
        );
    }

    #[test]
    fn describing_words_may_stand_before_an_appositive_role() {
        let (doc, a) = dated(
            "Li Wei, China's most senior foreign policy official, hosted the talks.",
            "2023-03-11",
        );
        assert_codes(&codes_of(&doc, &a), &[("Li Wei", "CHNGOV")]);
        let (doc, a) = dated("Tom Lee, Britain's top diplomat, spoke.", "2023-03-11");
        assert_codes(&codes_of(&doc, &a), &[("Tom Lee", "GBRGOV")]);
        // A function word ends the describing: no role of his.
        let (doc, a) = dated(
            "Tom Lee, Britain's hope for the official, spoke.",
            "2023-03-11",
        );
        assert!(
            codes_of(&doc, &a)
                .iter()
                .all(|(n, c)| n != "Tom Lee" || c.is_empty()),
            "{:?}",
            a.actors
        );
    }

    #[test]
    fn a_former_leader_does_not_make_the_documents_country() {
        // Three mentions of Ukraine's former president are no sign that the
        // senator is Ukrainian.
        let text = "Viktor Yanukovych fled Kiev in 2014. Viktor Yanukovych now lives in \
                    exile. Viktor Yanukovych denied the charges. The senator said the \
                    payments were legal.";
        let (doc, a) = dated(text, "2019-05-06");
        let codes = codes_of(&doc, &a);
        assert_codes(&codes, &[("Viktor Yanukovych", "UKRELI")]);
        assert!(codes.iter().all(|(_, c)| c != "UKRLEG"), "{codes:?}");
    }

    #[test]
    fn a_family_name_alone_is_the_one_named_before_it() {
        // "Kim" after Kim Jong Un, before Kim Il Sung is named.
        let text = "North Korean leader Kim Jong Un met Moon Jae-in on Friday. Kim said \
                    the talks went well. His grandfather Kim Il Sung founded the state.";
        let (doc, a) = dated(text, "2018-04-27");
        assert_codes(&codes_of(&doc, &a), &[("Kim", "PRKGOV")]);
    }

    #[test]
    fn office_holders_are_known_on_the_documents_date_only() {
        let text = "Olaf Scholz met Joe Biden in Washington.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Olaf Scholz".into(), "DEUGOV".into())),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("Joe Biden".into(), "USAGOV".into())),
            "{codes:?}"
        );
        // In 1995 neither held those offices: nothing is learned.
        let (doc, a) = dated(text, "1995-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.iter().all(|(_, c)| c != "DEUGOV" && c != "USAGOV"),
            "{codes:?}"
        );
        // A surname alone, in office and unique: "Trump" in 2019.
        let (doc, a) = dated("Xi Jinping spoke to Trump on Monday.", "2019-05-08");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Trump".into(), "USAGOV".into())),
            "{codes:?}"
        );
        assert!(
            a.actors.iter().any(|x| x.name == "Donald Trump"),
            "{:?}",
            a.actors
        );
        assert!(
            codes.contains(&("Xi Jinping".into(), "CHNGOV".into())),
            "{codes:?}"
        );
        // A surname the entity tagger left untagged at a sentence's start.
        let (doc, a) = dated("Obama has agreed to lift the sanctions.", "2015-03-20");
        let codes = codes_of(&doc, &a);
        assert!(
            codes.contains(&("Obama".into(), "USAGOV".into())),
            "{codes:?}"
        );
        // Not a month ("May 5"), nor a word inside a longer name.
        let (doc, a) = dated("May 5 was calm. Theresa Brown spoke.", "2018-03-20");
        let codes = codes_of(&doc, &a);
        assert!(!codes.iter().any(|(_, c)| c == "GBRGOV"), "{codes:?}");
        // ... unless the document names another person with it.
        let (doc, a) = dated(
            "Dustin Johnson won. Johnson said he was happy.",
            "2020-05-08",
        );
        let codes = codes_of(&doc, &a);
        assert!(codes.iter().all(|(_, c)| c != "GBRGOV"), "{codes:?}");
    }

    #[test]
    fn an_institution_before_a_role_gives_its_country() {
        let (doc, a) = dated(
            "White House national security spokesman John Kirby said so. Kremlin spokesman Dmitry Peskov disagreed. White House officials declined to comment.",
            "2023-03-11",
        );
        let codes = codes_of(&doc, &a);
        assert!(
            codes
                .iter()
                .any(|(t, c)| t.ends_with("John Kirby") && c == "USAGOV"),
            "{codes:?}"
        );
        assert!(
            codes
                .iter()
                .any(|(t, c)| t.ends_with("Dmitry Peskov") && c == "RUSGOV"),
            "{codes:?}"
        );
        assert!(
            codes.contains(&("White House".into(), "USAGOV".into())),
            "{codes:?}"
        );
    }

    #[test]
    fn the_two_leaders_are_both_persons() {
        let (doc, a) = actors("French President Emmanuel Macron spoke with US President Joe Biden. The two leaders agreed to stay in touch.");
        let both: Vec<&str> = a
            .mentions
            .iter()
            .filter(|m| doc.text_of(m.span) == "The two leaders")
            .map(|m| a.actors[m.actor as usize].name.as_str())
            .collect();
        assert_eq!(both.len(), 2);
        assert!(
            both.contains(&"Emmanuel Macron") && both.contains(&"Joe Biden"),
            "{both:?}"
        );
    }

    #[test]
    fn general_titles_a_person_not_a_company_or_an_assembly() {
        let text = "General Motors and General Electric criticized Russia. \
                    The UN General Assembly met in New York. \
                    General Mark Milley criticized Russia.";
        let (doc, a) = dated(text, "2022-02-08");
        let codes = codes_of(&doc, &a);
        assert!(
            !codes.iter().any(|(t, c)| t.starts_with("General")
                && c.contains("MIL")
                && !t.contains("Milley")),
            "{codes:?}"
        );
        assert!(
            codes
                .iter()
                .any(|(t, c)| t == "General Mark Milley" && c.contains("MIL")),
            "{codes:?}"
        );
    }
}
