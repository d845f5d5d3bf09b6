//! The event lexicon: CAMEO codes with their meaning (`data/events/cameo.tsv`),
//! the predicate patterns that pick them (`patterns.tsv`, inflected here with
//! `irregular_verbs.tsv`), and the closed-class words that shape clauses and
//! modality (`function_words.tsv`). Loaded once.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use herald_core::Coding;

use crate::lexicon::{data_lines, Fnv};

const CAMEO: &str = include_str!("../../data/events/cameo.tsv");
const PATTERNS: &str = include_str!("../../data/events/patterns.tsv");
const IRREGULAR: &str = include_str!("../../data/events/irregular_verbs.tsv");
const FUNCTION_WORDS: &str = include_str!("../../data/events/function_words.tsv");
const COMMON_NOUNS: &str = include_str!("../../data/events/common_nouns.tsv");

/// Longest word the maps hold; longer words are never looked up.
pub(crate) const MAX_WORD: usize = 24;

type WordMap<V> = HashMap<Box<[u8]>, V, BuildHasherDefault<Fnv>>;

/// What the lexicon says about one word: its closed class and its predicate
/// readings (`len` pairs from `start` in [`Lexicon::pool`]), found with one
/// lookup.
#[derive(Debug, Default, Clone, Copy)]
struct Reading {
    class: Option<Class>,
    start: u32,
    len: u32,
}

/// A word as [`Lexicon::readings`] keys it: lowercase, zero-padded. Keys
/// live in the table itself, so a lookup follows no pointer and calls no
/// `memcmp` (it runs on every token). Words hold no NUL byte, so padding
/// is unambiguous.
type Key = [u8; MAX_WORD];

/// The key of a word's (lowercase) bytes, if it can be one.
fn key(word: &[u8]) -> Option<Key> {
    let mut k = [0u8; MAX_WORD];
    k.get_mut(..word.len())?.copy_from_slice(word);
    (!word.contains(&0)).then_some(k)
}

/// A hasher for the short lowercase words of [`Lexicon::reading`]: eight
/// bytes per multiply (FNV spends one per byte, on every token).
#[derive(Default, Clone, Copy)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(26) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            if let Some(d) = w.get_mut(..rest.len()) {
                d.copy_from_slice(rest);
            }
            h = (h.rotate_left(26) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        self.0 = h ^ (h >> 29);
    }

    /// The length an array's hash writes first (a key's is fixed): mixed
    /// in without a multiply of its own.
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 ^= n as u64;
    }
}

/// A closed-class word's role (see `function_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Neg,
    Hypo,
    Cond,
    Plan,
    Allege,
    Deny,
    Aux,
    Be,
    Adv,
    Det,
    Prep,
    Sub,
    Conj,
}

/// The grammatical form a word has as a predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Verb base form ("meet").
    Base,
    /// Third person singular ("meets").
    S,
    /// Simple past only ("met" when the participle differs).
    Past,
    /// Past participle only ("flown").
    Participle,
    /// Past and past participle alike ("met", "visited").
    PastOrParticiple,
    /// Present participle or gerund ("meeting").
    Ing,
    /// Noun, singular or plural.
    Noun,
}

impl Form {
    pub(crate) fn is_past(self) -> bool {
        matches!(self, Form::Past | Form::Participle | Form::PastOrParticiple)
    }

    pub(crate) fn can_be_participle(self) -> bool {
        matches!(self, Form::Participle | Form::PastOrParticiple)
    }
}

/// How a pattern finds its target after the head.
#[derive(Debug, Clone, Default)]
pub(crate) struct TargetRule {
    /// A direct object.
    pub(crate) object: bool,
    /// Prepositions that introduce it.
    pub(crate) preps: Vec<&'static str>,
    /// The actor found after the head is the source and the subject the
    /// target ("received weapons from Iran": Iran gave them).
    pub(crate) reverse: bool,
    /// The row applies only when its target is found (`OBJ!`, `to!`):
    /// "press Iran" but not "press secretary", "head to Moscow" but not
    /// "head of state".
    pub(crate) required: bool,
    /// The verb has this sense only without a direct object (`NOOBJ`):
    /// "protesters demonstrated outside", not "demonstrated its resolve";
    /// "rallied in the square", not "rallied voters".
    pub(crate) no_object: bool,
    /// The object follows the verb directly (`DOBJ`): "rallied voters", not
    /// "rallied outside the embassy".
    pub(crate) direct: bool,
}

/// One row of `patterns.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// Index into [`Lexicon::codings`].
    pub(crate) coding: u32,
    /// Verb (else event noun).
    pub(crate) verb: bool,
    /// Words that must directly follow the head.
    pub(crate) particle: Vec<&'static str>,
    pub(crate) target: TargetRule,
    /// One of these must appear later in the clause.
    pub(crate) cue: Vec<&'static str>,
    /// The shortest and the longest cue's length in bytes.
    pub(crate) cue_len: (usize, usize),
    /// The first bytes of the cues, ASCII-lowercased, as a 256-bit set
    /// (every byte when a cue is empty).
    pub(crate) cue_first: [u64; 4],
    /// Direct objects (lowercase head nouns) that turn the row away: a
    /// cue column opening with `!` ("meet the requirements").
    pub(crate) not_objects: Vec<&'static str>,
    /// Words right before the head that turn the row away: entries of that
    /// list marked `^` ("a guilty plea", "a press release").
    pub(crate) not_before: Vec<&'static str>,
}

impl Pattern {
    /// Whether a word whose first byte is `b` may match a cue: a cue
    /// matches a word (ASCII case folded) or its beginning, so the first
    /// bytes agree.
    #[inline]
    pub(crate) fn cue_may_open(&self, b: u8) -> bool {
        let b = b.to_ascii_lowercase();
        self.cue_first
            .get(usize::from(b >> 6))
            .is_some_and(|w| w & (1 << (b & 63)) != 0)
    }
}

/// The loaded lexicon.
pub(crate) struct Lexicon {
    pub(crate) codings: Vec<Coding>,
    code_index: HashMap<&'static str, u32>,
    pub(crate) patterns: Vec<Pattern>,
    classes: WordMap<Class>,
    /// Word → closed class and (pattern, form) pairs.
    readings: HashMap<Key, Reading, BuildHasherDefault<WordHasher>>,
    /// The (pattern, form) pairs of every reading.
    pool: Vec<(u32, Form)>,
    /// Words that are almost always common nouns (`common_nouns.tsv`).
    common_nouns: WordMap<()>,
}

/// The code of `patterns.tsv` rows (`none`) whose sense is no event.
pub(crate) const NO_EVENT: &str = "none";

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(load)
}

/// Lowercases `word` into `buf`, or `None` when it is too long or not ASCII.
#[inline]
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let b = word.as_bytes();
    if b.len() > MAX_WORD {
        return None;
    }
    let out = &mut buf[..b.len()];
    for (d, s) in out.iter_mut().zip(b) {
        if !s.is_ascii() {
            // Curly apostrophes: "n’t", "’s".
            return None;
        }
        *d = s.to_ascii_lowercase();
    }
    Some(out)
}

impl Lexicon {
    /// The predicate readings of a word.
    #[cfg(test)]
    pub(crate) fn forms(&self, word: &str) -> &[(u32, Form)] {
        self.reading(word).1
    }

    /// The closed class of a word, if any (curly apostrophes read as straight).
    #[inline]
    pub(crate) fn class(&self, word: &str) -> Option<Class> {
        let mut buf = [0u8; MAX_WORD];
        if let Some(k) = lower(word, &mut buf) {
            return self.classes.get(k).copied();
        }
        match word {
            "n\u{2019}t" => Some(Class::Neg),
            "\u{2019}s" => Some(Class::Be),
            "\u{2019}ll" => Some(Class::Plan),
            _ => None,
        }
    }

    /// The closed class and the predicate readings of a word:
    /// ([`Lexicon::class`], [`Lexicon::forms`]) with one lookup.
    #[inline]
    pub(crate) fn reading(&self, word: &str) -> (Option<Class>, &[(u32, Form)]) {
        let mut buf = [0u8; MAX_WORD];
        let Some(k) = lower(word, &mut buf) else {
            return (self.class(word), &[]);
        };
        if k.contains(&0) {
            return (None, &[]);
        }
        let Some(r) = self.readings.get(&buf) else {
            // "re-examine", "re-impose": the word without its prefix.
            let b = word.as_bytes();
            if b.len() > 5 && b[..3].eq_ignore_ascii_case(b"re-") {
                return (None, word.get(3..).map_or(&[], |rest| self.forms_of(rest)));
            }
            return (None, &[]);
        };
        let (start, len) = (r.start as usize, r.len as usize);
        (r.class, self.pool.get(start..start + len).unwrap_or(&[]))
    }

    /// The predicate readings of a word alone (no prefix rule): kept out of
    /// line so that [`Lexicon::reading`], called for every token, stays
    /// small and inlined.
    #[cold]
    #[inline(never)]
    fn forms_of(&self, word: &str) -> &[(u32, Form)] {
        let mut buf = [0u8; MAX_WORD];
        match lower(word, &mut buf) {
            Some(k) if !k.contains(&0) => self.readings.get(&buf).map_or(&[], |r| {
                let (start, len) = (r.start as usize, r.len as usize);
                self.pool.get(start..start + len).unwrap_or(&[])
            }),
            _ => &[],
        }
    }

    /// Whether a lowercase word is almost always a common noun ("workers",
    /// "police", "level"), by `common_nouns.tsv`.
    pub(crate) fn is_common_noun(&self, word: &str) -> bool {
        let mut buf = [0u8; MAX_WORD];
        lower(word, &mut buf).is_some_and(|k| self.common_nouns.contains_key(k))
    }

    /// The coding of a CAMEO code, when the lexicon has it.
    pub(crate) fn coding(&self, code: &str) -> Option<&Coding> {
        self.code_index
            .get(code)
            .map(|&i| &self.codings[i as usize])
    }
}

fn cols(line: &'static str) -> Vec<&'static str> {
    line.split('\t').map(str::trim).collect()
}

fn opt(field: Option<&&'static str>) -> Option<&'static str> {
    field.copied().filter(|f| !f.is_empty() && *f != "-")
}

/// Verb forms the suffix rules cannot derive (`irregular_verbs.tsv`), by
/// lemma; shared with the quotes stage's cue verbs.
pub(crate) type Irregular = HashMap<&'static str, Vec<(&'static str, Form)>>;

/// The irregular verb table, loaded once.
pub(crate) fn irregular() -> &'static Irregular {
    static TABLE: OnceLock<Irregular> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut irregular = Irregular::new();
        for line in data_lines(IRREGULAR) {
            let c = cols(line);
            let Some(lemma) = opt(c.first()) else {
                continue;
            };
            let past = opt(c.get(1));
            let part = opt(c.get(2));
            let mut forms = Vec::new();
            for p in past.into_iter().flat_map(|p| p.split('|')) {
                let both = part.is_some_and(|q| q.split('|').any(|q| q == p));
                forms.push((
                    p,
                    if both {
                        Form::PastOrParticiple
                    } else {
                        Form::Past
                    },
                ));
            }
            for q in part.into_iter().flat_map(|q| q.split('|')) {
                if !past.is_some_and(|p| p.split('|').any(|p| p == q)) {
                    forms.push((q, Form::Participle));
                }
            }
            if let Some(s) = opt(c.get(3)) {
                forms.push((s, Form::S));
            }
            if let Some(ing) = opt(c.get(4)) {
                forms.push((ing, Form::Ing));
            }
            irregular.insert(lemma, forms);
        }
        irregular
    })
}

/// Whether a lowercase word is the past participle of an irregular verb
/// ("known", "seen", "gone"), whether or not the verb codes an event.
pub(crate) fn is_irregular_participle(word: &str) -> bool {
    static PARTICIPLES: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    PARTICIPLES
        .get_or_init(|| {
            irregular()
                .values()
                .flatten()
                .filter(|(_, f)| matches!(f, Form::Participle | Form::PastOrParticiple))
                .map(|(w, _)| *w)
                .collect()
        })
        .contains(word)
}

/// Whether a lowercase word is the simple past of an irregular verb, no
/// participle ("drew", "took", "began"), whether or not the verb codes an
/// event.
pub(crate) fn is_irregular_simple_past(word: &str) -> bool {
    static PAST: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    PAST.get_or_init(|| {
        irregular()
            .values()
            .flatten()
            .filter(|(_, f)| *f == Form::Past)
            .map(|(w, _)| *w)
            .collect()
    })
    .contains(word)
}

fn load() -> Lexicon {
    let mut codings = Vec::new();
    let mut code_index = HashMap::new();
    for line in data_lines(CAMEO) {
        let c = cols(line);
        let (Some(code), Some(name)) = (opt(c.first()), opt(c.get(1))) else {
            continue;
        };
        let goldstein = opt(c.get(2)).and_then(|g| g.parse().ok()).unwrap_or(0.0);
        let quad_class = opt(c.get(3)).and_then(|q| q.parse().ok()).unwrap_or(0);
        code_index.insert(code, codings.len() as u32);
        codings.push(Coding {
            code: code.to_owned(),
            name: name.to_owned(),
            goldstein,
            quad_class,
            plover_type: opt(c.get(4)).unwrap_or("").to_owned(),
            plover_mode: opt(c.get(5)).map(str::to_owned),
        });
    }

    // Rows coded `none` name senses that report no event ("kick off" a
    // campaign, "seize on" a remark, a court "struck down" a law): when
    // such a row is the best reading, the word codes nothing.
    let no_event = codings.len() as u32;
    code_index.insert(NO_EVENT, no_event);
    codings.push(Coding {
        code: NO_EVENT.to_owned(),
        name: "no event".to_owned(),
        goldstein: 0.0,
        quad_class: 0,
        plover_type: String::new(),
        plover_mode: None,
    });

    let irregular = irregular();

    let mut patterns = Vec::new();
    let mut forms: WordMap<Vec<(u32, Form)>> = WordMap::default();
    for line in data_lines(PATTERNS) {
        let c = cols(line);
        let (Some(code), Some(pos), Some(head)) = (opt(c.first()), opt(c.get(1)), opt(c.get(2)))
        else {
            continue;
        };
        let Some(&coding) = code_index.get(code) else {
            continue;
        };
        let verb = pos == "V";
        let target = opt(c.get(4)).map_or_else(TargetRule::default, |t| {
            let mut rule = TargetRule::default();
            for p in t.split('|') {
                let p = match p.strip_suffix('!') {
                    Some(p) => {
                        rule.required = true;
                        p
                    }
                    None => p,
                };
                if p == "OBJ" {
                    rule.object = true;
                } else if p == "NOOBJ" {
                    rule.no_object = true;
                } else if p == "DOBJ" {
                    rule.object = true;
                    rule.direct = true;
                } else if let Some(p) = p.strip_prefix('<') {
                    rule.reverse = true;
                    rule.preps.push(p);
                } else {
                    rule.preps.push(p);
                }
            }
            rule
        });
        let index = patterns.len() as u32;
        // A cue column that opens with '!' lists the direct objects that
        // turn the row away ("meet the requirements" is no meeting).
        // Its entries marked '^' are words right before the head ("a
        // guilty plea" is the court's).
        let (cue, not_objects): (Vec<&'static str>, Vec<&'static str>) = match opt(c.get(5)) {
            Some(p) => match p.strip_prefix('!') {
                Some(n) => (Vec::new(), n.split('|').collect()),
                None => (p.split('|').collect(), Vec::new()),
            },
            None => (Vec::new(), Vec::new()),
        };
        let (not_before, not_objects): (Vec<&'static str>, Vec<&'static str>) =
            not_objects.into_iter().partition(|w| w.starts_with('^'));
        let not_before = not_before.into_iter().map(|w| &w[1..]).collect();
        // A cue of two words ("sanctions relief") is tested on its first.
        let first_len = |c: &&str| c.split(' ').next().map_or(0, str::len);
        let cue_len = (
            cue.iter().map(first_len).min().unwrap_or(0),
            cue.iter().map(first_len).max().unwrap_or(0),
        );
        let mut cue_first = [0u64; 4];
        for c in &cue {
            match c.as_bytes().first() {
                Some(b) => {
                    let b = b.to_ascii_lowercase();
                    if let Some(w) = cue_first.get_mut(usize::from(b >> 6)) {
                        *w |= 1 << (b & 63);
                    }
                }
                None => cue_first = [u64::MAX; 4],
            }
        }
        patterns.push(Pattern {
            coding,
            verb,
            particle: opt(c.get(3)).map_or_else(Vec::new, |p| p.split(' ').collect()),
            target,
            cue,
            cue_len,
            cue_first,
            not_objects,
            not_before,
        });
        let head = head.to_ascii_lowercase();
        let mut add = |w: String, f: Form| {
            let entry = forms.entry(w.into_bytes().into_boxed_slice()).or_default();
            if !entry.contains(&(index, f)) {
                entry.push((index, f));
            }
        };
        if verb {
            for (w, f) in verb_forms(&head, irregular.get(head.as_str())) {
                add(w, f);
            }
        } else {
            for w in noun_forms(&head) {
                add(w, Form::Noun);
            }
        }
    }

    let mut classes = WordMap::default();
    for line in data_lines(FUNCTION_WORDS) {
        let c = cols(line);
        let (Some(class), Some(word)) = (opt(c.first()), opt(c.get(1))) else {
            continue;
        };
        let class = match class {
            "neg" => Class::Neg,
            "hypo" => Class::Hypo,
            "cond" => Class::Cond,
            "plan" => Class::Plan,
            "allege" => Class::Allege,
            "deny" => Class::Deny,
            "aux" => Class::Aux,
            "be" => Class::Be,
            "adv" => Class::Adv,
            "det" => Class::Det,
            "prep" => Class::Prep,
            "sub" => Class::Sub,
            "conj" => Class::Conj,
            _ => continue,
        };
        classes
            .entry(word.as_bytes().to_vec().into_boxed_slice())
            .or_insert(class);
    }

    let mut readings: HashMap<Key, Reading, BuildHasherDefault<WordHasher>> = HashMap::default();
    let mut pool = Vec::new();
    for (w, f) in &forms {
        if let Some(k) = key(w) {
            let r = readings.entry(k).or_default();
            (r.start, r.len) = (pool.len() as u32, f.len() as u32);
            pool.extend_from_slice(f);
        }
    }
    for (w, &c) in &classes {
        if let Some(k) = key(w) {
            readings.entry(k).or_default().class = Some(c);
        }
    }
    let common_nouns = data_lines(COMMON_NOUNS)
        .filter_map(|l| opt(cols(l).first()))
        .map(|w| (w.as_bytes().to_vec().into_boxed_slice(), ()))
        .collect();
    Lexicon {
        codings,
        code_index,
        patterns,
        classes,
        readings,
        pool,
        common_nouns,
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether the last letter may double before -ed/-ing (consonant after one
/// vowel: plan → planned). Both spellings are generated, so over-generating
/// is harmless: the wrong one never occurs in text.
fn may_double(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && !is_vowel(w[n - 1])
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
        && is_vowel(w[n - 2])
        && !is_vowel(w[n - 3])
}

/// Every inflected form of a regular or irregular verb.
pub(crate) fn verb_forms(
    lemma: &str,
    irregular: Option<&Vec<(&str, Form)>>,
) -> Vec<(String, Form)> {
    let w = lemma.as_bytes();
    let mut out = vec![(lemma.to_owned(), Form::Base)];
    let ends = |s: &str| lemma.ends_with(s);
    let consonant_y = w.len() >= 2 && w[w.len() - 1] == b'y' && !is_vowel(w[w.len() - 2]);
    let stem_y = &lemma[..lemma.len().saturating_sub(1)];
    let irregular_has = |f: Form| irregular.is_some_and(|v| v.iter().any(|(_, g)| *g == f));
    // Third person.
    if !irregular_has(Form::S) {
        let s = if consonant_y {
            format!("{stem_y}ies")
        } else if ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o") {
            format!("{lemma}es")
        } else {
            format!("{lemma}s")
        };
        out.push((s, Form::S));
    }
    // Past.
    match irregular {
        Some(forms) => out.extend(forms.iter().map(|(f, k)| ((*f).to_owned(), *k))),
        None => {
            let mut past = vec![if ends("e") {
                format!("{lemma}d")
            } else if consonant_y {
                format!("{stem_y}ied")
            } else {
                format!("{lemma}ed")
            }];
            if may_double(w) {
                past.push(format!("{lemma}{}ed", w[w.len() - 1] as char));
            }
            out.extend(past.into_iter().map(|p| (p, Form::PastOrParticiple)));
        }
    }
    // Present participle.
    if !irregular_has(Form::Ing) {
        let mut ing = vec![if ends("ie") {
            format!("{}ying", &lemma[..lemma.len() - 2])
        } else if ends("e") && !ends("ee") && lemma.len() > 2 {
            format!("{stem_y}ing")
        } else {
            format!("{lemma}ing")
        }];
        if may_double(w) {
            ing.push(format!("{lemma}{}ing", w[w.len() - 1] as char));
        }
        out.extend(ing.into_iter().map(|p| (p, Form::Ing)));
    }
    out
}

/// A noun's singular and plural.
pub(crate) fn noun_forms(noun: &str) -> Vec<String> {
    let w = noun.as_bytes();
    let plural = if noun.ends_with('s') {
        // Already plural ("talks", "sanctions") or a mass noun.
        return vec![noun.to_owned()];
    } else if w.len() >= 2 && w[w.len() - 1] == b'y' && !is_vowel(w[w.len() - 2]) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if noun.ends_with('x') || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    };
    vec![noun.to_owned(), plural]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(lemma: &str) -> Vec<String> {
        verb_forms(lemma, None)
            .into_iter()
            .map(|(w, _)| w)
            .collect()
    }

    #[test]
    fn regular_verbs_inflect() {
        assert_eq!(
            words("visit"),
            [
                "visit",
                "visits",
                "visited",
                "visitted",
                "visiting",
                "visitting"
            ]
        );
        assert_eq!(
            words("accuse"),
            ["accuse", "accuses", "accused", "accusing"]
        );
        assert_eq!(words("deny"), ["deny", "denies", "denied", "denying"]);
        assert!(words("plan").contains(&"planned".to_owned()));
        assert!(words("push").contains(&"pushes".to_owned()));
        assert!(words("agree").contains(&"agreeing".to_owned()));
        assert_eq!(noun_forms("attack"), ["attack", "attacks"]);
        assert_eq!(noun_forms("talks"), ["talks"]);
        assert_eq!(noun_forms("ally"), ["ally", "allies"]);
    }

    #[test]
    fn lexicon_loads_every_root() {
        let lex = lexicon();
        for root in 1..=20 {
            let r = format!("{root:02}");
            assert!(
                lex.codings.iter().any(|c| c.root() == r),
                "no code under root {r}"
            );
            assert!(
                lex.patterns
                    .iter()
                    .any(|p| lex.codings[p.coding as usize].root() == r),
                "no pattern for root {r}"
            );
        }
        assert!(lex.forms("met").iter().any(|(_, f)| f.is_past()));
        assert_eq!(lex.class("n\u{2019}t"), Some(Class::Neg));
        assert_eq!(lex.class("Will"), Some(Class::Plan));
        let c = lex.coding("042").unwrap();
        assert_eq!(c.plover_type, "CONSULT");
        assert_eq!(c.quad_class, 1);
    }
}
