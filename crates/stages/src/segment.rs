//! The `segment` stage: paragraphs, sentences (and headings) and tokens.
//!
//! Owns the division of the text into units at three grains; it assigns
//! [`Layer::Segments`] and reads nothing but the text. It does not tag parts of
//! speech or recognise names.
//!
//! # How it works
//! One pass over the bytes makes tokens (ASCII through a class table, other
//! characters decoded only where they occur). A second pass over the tokens
//! places sentence and paragraph boundaries:
//! - a blank line always ends a paragraph (and its sentence);
//! - `. ! ? …` end a sentence when whitespace and a plausible sentence start
//!   (not a lowercase word) follow; closing quotes and brackets stay with the
//!   sentence they close;
//! - a full stop that belongs to an abbreviation (`data/abbreviations.tsv`),
//!   an initial (`J.`) or a dotted acronym (`U.S.`) is part of its token and
//!   ends a sentence only when the abbreviation's class allows it (a month
//!   before a number never does; `U.S.` does before a typical sentence opener
//!   from `data/sentence_openers.txt`);
//! - `"…!" Biden said` is one sentence: a quoted exclamation followed by a
//!   name and a speech verb does not end it;
//! - a line of its own without final punctuation that looks like a heading
//!   (short, mostly capitalized, not ending in a connective) ends at its line
//!   break and is marked [`SentenceKind::Heading`]; hard-wrapped running text
//!   is joined across single line breaks.
//!
//! Datelines (`MOSCOW (Reuters) -`) carry no terminal punctuation and stay at
//! the head of their first sentence.

use std::sync::OnceLock;

use crate::lexicon::{data_lines, lookup, FastMap};

use herald_core::{
    Annotation, Doc, Layer, Paragraph, Segments, Sentence, SentenceKind, Span, Stage, StageError,
    Token, TokenKind,
};

/// The segmentation stage. Cheap to construct; its word lists are loaded once
/// per process.
#[derive(Debug, Clone, Copy, Default)]
pub struct Segmenter;

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn requires(&self) -> &'static [Layer] {
        &[]
    }

    fn assigns(&self) -> Layer {
        Layer::Segments
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        Ok(Annotation::Segments(segment(doc.text())))
    }
}

/// Segments `text` into paragraphs, sentences and tokens.
///
/// ```
/// let s = herald_stages::segment::segment("Gen. Smith arrived in the U.S. on Feb. 6. He left.");
/// assert_eq!(s.sentences.len(), 2);
/// ```
///
/// # Panics
/// When `text` is 4 GiB or longer (documents are capped far below that).
#[must_use]
pub fn segment(text: &str) -> Segments {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    tokenize(text, &mut tokens);
    let (paragraphs, mut sentences) = split(text, &tokens);
    for s in &mut sentences {
        let words = tokens
            .get(s.tokens.start as usize..s.tokens.end as usize)
            .unwrap_or(&[]);
        if is_caption(text, words) {
            s.kind = SentenceKind::Caption;
        }
    }
    Segments {
        paragraphs,
        sentences,
        tokens,
    }
}

/// Whether the sentence of `tokens` is a gallery's photo caption: it holds
/// a caption counter ("Caption 3 of 12", after a "Hide" or "Show" button's
/// label) or opens with a gallery title ("Photos:", "Photo:").
fn is_caption(text: &str, tokens: &[Token]) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| text.get(t.span.range()))
            .unwrap_or("")
    };
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let opens_gallery = matches!(word(0), "Photos" | "Photo") && word(1) == ":";
    opens_gallery
        || (0..tokens.len())
            .any(|k| word(k) == "Caption" && number(k + 1) && word(k + 2) == "of" && number(k + 3))
}

// ---------------------------------------------------------------------------
// Word lists

/// How an abbreviation's full stop behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Precedes a name: never ends a sentence.
    Title,
    /// Month: ends a sentence unless a number follows.
    Month,
    /// Only an abbreviation before a number.
    Number,
    /// May end a sentence before a typical sentence opener.
    Other,
}

struct Lexicon {
    abbrevs: FastMap<Abbrev>,
    openers: FastMap<()>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut abbrevs = FastMap::default();
        for line in data_lines(include_str!("../data/abbreviations.tsv")) {
            let mut cols = line.split('\t');
            let (Some(word), Some(class)) = (cols.next(), cols.next()) else {
                continue;
            };
            let class = match class.trim() {
                "title" => Abbrev::Title,
                "month" => Abbrev::Month,
                "number" => Abbrev::Number,
                _ => Abbrev::Other,
            };
            abbrevs.insert(word.trim().as_bytes(), class);
        }
        let openers = data_lines(include_str!("../data/sentence_openers.txt"))
            .map(|w| (w.as_bytes(), ()))
            .collect();
        Lexicon { abbrevs, openers }
    })
}

// ---------------------------------------------------------------------------
// Tokens

const SP: u8 = 0; // whitespace
const AL: u8 = 1; // letter or digit
const PU: u8 = 2; // punctuation
const SY: u8 = 3; // other symbol

const NA: u8 = 4; // first byte of a non-ASCII character: decode to classify

/// Class of each byte (non-ASCII bytes are `NA`).
static CLASS: [u8; 256] = {
    let mut t = [NA; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || c == 0x0b || c == 0x0c {
            SP
        } else if c.is_ascii_alphanumeric() {
            AL
        } else if matches!(
            c,
            b'.' | b','
                | b';'
                | b':'
                | b'!'
                | b'?'
                | b'"'
                | b'\''
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'-'
                | b'/'
                | b'`'
        ) {
            PU
        } else {
            SY
        };
        i += 1;
    }
    t
};

/// Decodes the character at byte `i` (a character boundary) of `text`.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{fffd}')
}

/// True when the character at `i` is a letter or digit.
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => CLASS[usize::from(b)] == AL,
        Some(_) => char_at(text, i).is_alphanumeric(),
    }
}

#[inline]
fn is_apostrophe(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match b.get(i) {
        Some(b'\'') => Some(1),
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) => Some(3),
        _ => None,
    }
}

/// Punctuation characters outside ASCII (quotes, dashes, ellipsis, …).
fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '‘' | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '–'
            | '—'
            | '―'
            | '‐'
            | '‑'
            | '…'
            | '·'
            | '•'
            | '¡'
            | '¿'
            | '、'
            | '。'
            | '「'
            | '」'
    )
}

#[inline]
fn push(out: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind) {
    out.push(Token {
        span: Span::from_usize(start, end),
        kind,
    });
}

/// Appends the tokens of `text` to `out`.
fn tokenize(text: &str, out: &mut Vec<Token>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let class = CLASS[b[i] as usize];
        if class != NA {
            match class {
                SP => i += 1,
                AL => {
                    i = word(text, i, out);
                    // "word word word": stay in this loop, off the dispatch.
                    while i + 1 < n {
                        if b[i] == b' ' && CLASS[b[i + 1] as usize] == AL {
                            i = word(text, i + 1, out);
                        } else if CLASS[b[i] as usize] == PU {
                            i = punct(b, i, out);
                        } else {
                            break;
                        }
                    }
                }
                PU => i = punct(b, i, out),
                _ => {
                    push(out, i, i + 1, TokenKind::Symbol);
                    i += 1;
                }
            }
        } else {
            let ch = char_at(text, i);
            let w = ch.len_utf8();
            if ch.is_whitespace() {
                i += w;
            } else if ch.is_alphanumeric() {
                i = word(text, i, out);
            } else if ch == '…' || ch == '—' || ch == '–' {
                // Runs of the same dash or ellipsis are one token.
                let mut j = i + w;
                while char_at(text, j) == ch {
                    j += w;
                }
                push(out, i, j, TokenKind::Punct);
                i = j;
            } else {
                let kind = if is_unicode_punct(ch) {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                push(out, i, i + w, kind);
                i += w;
            }
        }
    }
}

/// Punctuation at `i`: runs of `.`, `-`, `!`, `?` are one token, the rest one
/// character each.
fn punct(b: &[u8], i: usize, out: &mut Vec<Token>) -> usize {
    let c = b[i];
    let mut j = i + 1;
    match c {
        b'.' | b'-' => {
            while j < b.len() && b[j] == c {
                j += 1;
            }
        }
        b'!' | b'?' => {
            while j < b.len() && (b[j] == b'!' || b[j] == b'?') {
                j += 1;
            }
        }
        _ => {}
    }
    push(out, i, j, TokenKind::Punct);
    j
}

/// Clitics split off a word, Penn Treebank style ("Russia's" → "Russia" "'s").
fn clitic_len(text: &str, at: usize, apos: usize) -> Option<usize> {
    let b = text.as_bytes();
    let s = at + apos;
    let mut e = s;
    while e < b.len() && b[e].is_ascii_alphabetic() && e - s < 3 {
        e += 1;
    }
    if alnum_at(text, e) {
        return None;
    }
    let rest = text.get(s..e)?;
    let is_clitic = ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| rest.eq_ignore_ascii_case(c));
    is_clitic.then_some(e - at)
}

/// A word or number starting at `start`; returns the index after it.
#[inline(always)]
fn word(text: &str, start: usize, out: &mut Vec<Token>) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = start;
    let mut inner_period = false;
    let numeric = b[start].is_ascii_digit();
    let mut only_numeric = numeric;
    loop {
        // A run of letters and digits.
        if only_numeric {
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            if alnum_at(text, i) {
                only_numeric = false;
            }
        }
        while i < n {
            let class = CLASS[b[i] as usize];
            if class == AL {
                i += 1;
            } else if class != NA {
                break;
            } else {
                let ch = char_at(text, i);
                if !ch.is_alphanumeric() {
                    break;
                }
                only_numeric = false;
                i += ch.len_utf8();
            }
        }
        // Most words end at a space: decide that without the `match` below.
        if i >= n || CLASS[b[i] as usize] == SP {
            break;
        }
        let prev_digit = b[i - 1].is_ascii_digit();
        match b[i] {
            b'.' if alnum_at(text, i + 1) => {
                inner_period = true;
                i += 1;
            }
            b',' | b':' | b'/' if prev_digit && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i += 1;
            }
            b'-' if alnum_at(text, i + 1) => i += 1,
            _ => {
                let Some(apos) = is_apostrophe(text, i) else {
                    break;
                };
                // "n't": split before the n ("do" "n't", "ca" "n't").
                if i >= start + 2
                    && matches!(b[i - 1], b'n' | b'N')
                    && matches!(b.get(i + apos), Some(b't' | b'T'))
                    && !alnum_at(text, i + apos + 1)
                {
                    push(out, start, i - 1, TokenKind::Word);
                    let end = i + apos + 1;
                    push(out, i - 1, end, TokenKind::Word);
                    return end;
                }
                if let Some(len) = clitic_len(text, i, apos) {
                    push(out, start, i, word_kind(only_numeric));
                    push(out, i, i + len, TokenKind::Word);
                    return i + len;
                }
                if alnum_at(text, i + apos) {
                    only_numeric = false;
                    i += apos; // O'Brien, Côte d’Ivoire
                } else {
                    break;
                }
            }
        }
    }
    // A full stop that belongs to the word (not an ellipsis).
    if i < n && b[i] == b'.' && b.get(i + 1) != Some(&b'.') && !only_numeric {
        let w = &text[start..i];
        if keeps_period(w, inner_period, b, i + 1) {
            i += 1;
        }
    }
    push(out, start, i, word_kind(only_numeric));
    i
}

fn word_kind(numeric: bool) -> TokenKind {
    if numeric {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// Whether the `.` after `w` is part of it: dotted acronyms (`U.S.`, `a.m.`),
/// single capital initials (`J.`) and listed abbreviations.
fn keeps_period(w: &str, inner_period: bool, b: &[u8], after: usize) -> bool {
    if inner_period {
        return w
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(char::is_alphabetic));
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    match lookup(&lexicon().abbrevs, w) {
        Some(Abbrev::Number) => next_non_space(b, after).is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
        None => false,
    }
}

fn next_non_space(b: &[u8], mut i: usize) -> Option<u8> {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    b.get(i).copied()
}

// ---------------------------------------------------------------------------
// Sentences and paragraphs

/// What ends a sentence candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// Not a terminal.
    No,
    /// `.`
    Stop,
    /// `!`, `?` and runs of them.
    Bang,
    /// `...` or `…`.
    Ellipsis,
    /// A word that kept its full stop (abbreviation, initial, acronym).
    Abbrev,
}

#[inline(always)]
fn terminal(text: &str, t: &Token) -> Terminal {
    // Only punctuation and words ending in a full stop can end a sentence.
    match t.kind {
        TokenKind::Word if text.as_bytes()[t.span.end as usize - 1] == b'.' => {}
        TokenKind::Punct => {}
        _ => return Terminal::No,
    }
    let s = &text[t.span.range()];
    match t.kind {
        TokenKind::Punct => match s.as_bytes() {
            [b'.'] => Terminal::Stop,
            [b'.', b'.', ..] => Terminal::Ellipsis,
            [b'!' | b'?', ..] => Terminal::Bang,
            _ if s.starts_with('…') => Terminal::Ellipsis,
            _ => Terminal::No,
        },
        TokenKind::Word if s.len() > 1 && s.ends_with('.') => Terminal::Abbrev,
        _ => Terminal::No,
    }
}

/// Closing quotes and brackets that stay with the sentence before them.
fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | "»" | "›" | ")" | "]" | "}")
}

fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | "»" | "›")
}

/// Speech verbs after which a quoted exclamation or question does not end the
/// sentence (`"Never!" Biden said.`).
fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "told"
            | "added"
            | "adds"
            | "replied"
            | "wrote"
            | "writes"
            | "stated"
            | "insisted"
            | "warned"
            | "declared"
            | "shouted"
            | "exclaimed"
            | "tweeted"
            | "noted"
    )
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl Splitter<'_> {
    fn tok(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span.range()]
    }

    fn first_char(&self, i: usize) -> char {
        char_at(self.text, self.tokens[i].span.start as usize)
    }

    /// Whitespace between token `i` and token `i + 1`: (any, newlines up to 2).
    fn gap(&self, i: usize) -> (bool, u8) {
        let a = self.tokens[i].span.end as usize;
        let z = self.tokens[i + 1].span.start as usize;
        let mut nl = 0u8;
        for &c in &self.text.as_bytes()[a..z] {
            if c == b'\n' {
                nl += 1;
                if nl == 2 {
                    break;
                }
            }
        }
        (z > a, nl)
    }

    /// A closing mark separated from its sentence by a (thin) space: a
    /// right-hand quote or bracket, or a straight quote that ends its line.
    fn dangling_closer(&self, j: usize) -> bool {
        if j >= self.tokens.len() || self.tokens[j].kind != TokenKind::Punct {
            return false;
        }
        match self.tok(j) {
            "”" | "’" | "»" | "›" | ")" | "]" | "}" => true,
            "\"" | "'" => j + 1 == self.tokens.len() || self.gap(j).1 >= 1,
            _ => false,
        }
    }

    fn attached(&self, i: usize) -> bool {
        self.tokens[i].span.end == self.tokens[i + 1].span.start
    }

    /// True when token `i` could start a sentence: not a lowercase word.
    fn can_start(&self, i: usize) -> bool {
        !self.first_char(i).is_lowercase()
    }

    /// True when token `i` (or the word after an opening quote or bracket) is
    /// capitalized.
    fn starts_upper(&self, i: usize) -> bool {
        let c = self.first_char(i);
        if c.is_uppercase() {
            return true;
        }
        if matches!(self.tokens[i].kind, TokenKind::Punct) && i + 1 < self.tokens.len() {
            return self.first_char(i + 1).is_uppercase();
        }
        false
    }

    fn is_opener(&self, i: usize) -> bool {
        let mut j = i;
        // Skip an opening quote or bracket.
        while j < self.tokens.len()
            && self.tokens[j].kind == TokenKind::Punct
            && matches!(self.tok(j), "\"" | "'" | "“" | "‘" | "(" | "[" | "«")
        {
            j += 1;
        }
        j < self.tokens.len()
            && lookup(&lexicon().openers, self.tok(j)).is_some()
            && self.first_char(j).is_uppercase()
    }

    /// `Name [Name] said`: the words after a closing quote attribute it.
    fn attribution_follows(&self, i: usize) -> bool {
        let mut j = i;
        let mut names = 0;
        while j < self.tokens.len() && names < 4 {
            let t = self.tok(j);
            if is_speech_verb(t) {
                // `"…." Scholz stated that …` and `Scholz said: "…"` open a
                // new sentence; `"…!" Scholz said.` attributes the quote.
                let introduces =
                    j + 1 < self.tokens.len() && matches!(self.tok(j + 1), "that" | "," | ":");
                return names > 0 && !introduces;
            }
            if self.first_char(j).is_uppercase() && self.tokens[j].kind == TokenKind::Word {
                names += 1;
                j += 1;
            } else {
                return false;
            }
        }
        false
    }

    /// Whether a sentence ends after token `i`, which is followed by token
    /// `i + 1` after whitespace. `term` is the index of the terminal token
    /// (`i` itself, or the terminal before closing quotes ending at `i`).
    fn ends_after(&self, term: usize, i: usize) -> bool {
        let next = i + 1;
        if self.dangling_closer(next) {
            return false;
        }
        let closed_quote = term != i && is_quote(self.tok(i));
        match terminal(self.text, &self.tokens[term]) {
            Terminal::No => false,
            Terminal::Stop | Terminal::Bang => {
                self.can_start(next) && !(closed_quote && self.attribution_follows(next))
            }
            Terminal::Ellipsis => self.starts_upper(next),
            Terminal::Abbrev => {
                let word = self.tok(term);
                let word = &word[..word.len() - 1];
                match lookup(&lexicon().abbrevs, word) {
                    Some(Abbrev::Title) => false,
                    Some(Abbrev::Month) => {
                        !self.first_char(next).is_ascii_digit() && self.starts_upper(next)
                    }
                    Some(Abbrev::Number) => false,
                    Some(Abbrev::Other) | None => self.is_opener(next),
                }
            }
        }
    }

    /// Heading-like line: tokens `from..=to` on a line of their own, with no
    /// final punctuation, short, and capitalized like a headline or short
    /// enough not to be a wrapped line of running text.
    fn heading_like(&self, from: usize, to: usize) -> bool {
        let words: usize = to + 1 - from;
        if words > 20 || !self.starts_upper_or_digit(from) {
            return false;
        }
        let last = self.tok(to);
        if matches!(
            last,
            "," | ";"
                | ":"
                | "-"
                | "--"
                | "–"
                | "—"
                | "("
                | "&"
                | "/"
                | "and"
                | "or"
                | "of"
                | "the"
                | "a"
                | "an"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "by"
                | "at"
                | "from"
        ) {
            return false;
        }
        let (mut content, mut caps) = (0, 0);
        for k in from..=to {
            if self.tokens[k].kind != TokenKind::Word {
                continue;
            }
            let t = self.tok(k);
            if t.len() <= 3 && t.chars().all(char::is_lowercase) {
                continue; // short function words don't count either way
            }
            content += 1;
            if self.first_char(k).is_uppercase() || t.chars().all(|c| c.is_ascii_digit()) {
                caps += 1;
            }
        }
        let line_len = (self.tokens[to].span.end - self.tokens[from].span.start) as usize;
        content > 0 && (caps * 2 >= content || line_len < 50)
    }

    fn starts_upper_or_digit(&self, i: usize) -> bool {
        let c = self.first_char(i);
        c.is_uppercase() || c.is_ascii_digit() || matches!(self.tokens[i].kind, TokenKind::Punct)
    }

    fn ends_with_terminal(&self, from: usize, to: usize) -> bool {
        let mut k = to;
        while k > from && is_closer(self.tok(k)) {
            k -= 1;
        }
        terminal(self.text, &self.tokens[k]) != Terminal::No || matches!(self.tok(k), ":" | ";")
    }
}

fn split(text: &str, tokens: &[Token]) -> (Vec<Paragraph>, Vec<Sentence>) {
    let mut paragraphs = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::with_capacity(tokens.len() / 20 + 1);
    if tokens.is_empty() {
        return (paragraphs, sentences);
    }
    let sp = Splitter { text, tokens };
    let mut sent_start = 0usize;
    let mut para_start_sent = 0usize;
    let mut line_start = 0usize;
    // The last terminal token seen, for closers that follow it.
    let mut last_term: Option<usize> = None;
    let n = tokens.len();

    let bytes = text.as_bytes();
    for i in 0..n {
        // Fast path, most tokens: a word without a final `.`, then one space
        // (no terminal, no line break: nothing can end here).
        let t = &tokens[i];
        let end = t.span.end as usize;
        if t.kind == TokenKind::Word
            && i + 1 < n
            && bytes[end] == b' '
            && tokens[i + 1].span.start as usize == end + 1
            && bytes[end - 1] != b'.'
        {
            last_term = None;
            continue;
        }
        // Track the terminal a run of closers belongs to.
        if terminal(text, &tokens[i]) != Terminal::No {
            last_term = Some(i);
        } else if last_term.is_some()
            && !(tokens[i].kind == TokenKind::Punct
                && is_closer(sp.tok(i))
                && i > 0
                && (sp.attached(i - 1) || sp.dangling_closer(i)))
        {
            last_term = None;
        }
        let at_end = i + 1 == n;
        let (spaced, nl) = if at_end { (true, 2) } else { sp.gap(i) };
        let mut boundary = false;
        let mut para_break = false;
        if nl >= 2 {
            boundary = true;
            para_break = true;
        } else if spaced {
            if let Some(term) = last_term {
                boundary = sp.ends_after(term, i);
            }
            if !boundary && nl == 1 && !sp.ends_with_terminal(line_start, i) {
                boundary = line_start == sent_start
                    && sp.heading_like(line_start, i)
                    && sp.starts_upper_or_digit(i + 1);
            }
        }
        if boundary {
            let line_own = line_start == sent_start && nl >= 1;
            let heading =
                line_own && !sp.ends_with_terminal(sent_start, i) && i + 1 - sent_start <= 30;
            sentences.push(Sentence {
                span: Span::new(tokens[sent_start].span.start, tokens[i].span.end),
                tokens: sent_start as u32..i as u32 + 1,
                paragraph: 0, // set when the paragraph closes
                kind: if heading {
                    SentenceKind::Heading
                } else {
                    SentenceKind::Sentence
                },
            });
            sent_start = i + 1;
            last_term = None;
        }
        if para_break {
            let p = paragraphs.len() as u32;
            for s in &mut sentences[para_start_sent..] {
                s.paragraph = p;
            }
            let first = &sentences[para_start_sent];
            let last = &sentences[sentences.len() - 1];
            paragraphs.push(Paragraph {
                span: Span::new(first.span.start, last.span.end),
                sentences: para_start_sent as u32..sentences.len() as u32,
            });
            para_start_sent = sentences.len();
        }
        if nl >= 1 {
            line_start = i + 1;
        }
    }
    (paragraphs, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        segment(text)
            .sentences
            .iter()
            .map(|s| text[s.span.range()].to_owned())
            .collect()
    }

    fn toks(text: &str) -> Vec<String> {
        segment(text)
            .tokens
            .iter()
            .map(|t| text[t.span.range()].to_owned())
            .collect()
    }

    #[test]
    fn segment_empty_and_blank() {
        assert_eq!(segment(""), Segments::default());
        assert_eq!(segment(" \n\n\t "), Segments::default());
    }

    #[test]
    fn segment_abbreviations_and_initials() {
        assert_eq!(
            sents("Gen. Mark Milley met Mr. Smith Jr. in the U.S. capital. J. R. R. Tolkien wrote it."),
            vec!["Gen. Mark Milley met Mr. Smith Jr. in the U.S. capital.", "J. R. R. Tolkien wrote it."]
        );
        assert_eq!(
            sents("Talks were held on Feb. 6, 2022. They ended."),
            vec!["Talks were held on Feb. 6, 2022.", "They ended."]
        );
        assert_eq!(
            sents("He moved to the U.S. The talks went on."),
            vec!["He moved to the U.S.", "The talks went on."]
        );
        assert_eq!(
            sents("It was signed in Feb. The next day came."),
            vec!["It was signed in Feb.", "The next day came."]
        );
        assert_eq!(
            sents("See No. 10 Downing Street. It is old."),
            vec!["See No. 10 Downing Street.", "It is old."]
        );
    }

    #[test]
    fn segment_numbers_and_decimals() {
        assert_eq!(
            toks("GDP grew 3.5 per cent, or $1,000.50."),
            vec!["GDP", "grew", "3.5", "per", "cent", ",", "or", "$", "1,000.50", "."]
        );
        assert_eq!(
            sents("Growth was 3.5 per cent. Prices rose."),
            vec!["Growth was 3.5 per cent.", "Prices rose."]
        );
    }

    #[test]
    fn segment_clitics_and_hyphens() {
        assert_eq!(
            toks("Russia's troops don't O'Brien’s co-operation Jones'"),
            vec![
                "Russia",
                "'s",
                "troops",
                "do",
                "n't",
                "O'Brien",
                "’s",
                "co-operation",
                "Jones",
                "'"
            ]
        );
    }

    #[test]
    fn segment_quotes_stay_with_their_sentence() {
        assert_eq!(
            sents("He said: \"We are allies. We work together.\" Then he left."),
            vec![
                "He said: \"We are allies.",
                "We work together.\"",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("“Are you ready?” he asked. “Never!” Biden said. Talks resumed."),
            vec![
                "“Are you ready?” he asked.",
                "“Never!” Biden said.",
                "Talks resumed."
            ]
        );
        assert_eq!(
            sents("“We are allies,” Scholz said."),
            vec!["“We are allies,” Scholz said."]
        );
        assert_eq!(
            sents("Biden vowed to \"deter aggression in Europe.\" Scholz stated that they are allies."),
            vec!["Biden vowed to \"deter aggression in Europe.\"", "Scholz stated that they are allies."]
        );
        assert_eq!(
            sents("He called it \"a step.\" Macron said: \"It helps.\""),
            vec!["He called it \"a step.\"", "Macron said: \"It helps.\""]
        );
    }

    #[test]
    fn segment_spaced_closing_quotes_stay() {
        assert_eq!(
            sents("He said, 'Let's talk tomorrow.'\u{2009}\"\nNext one."),
            vec!["He said, 'Let's talk tomorrow.'\u{2009}\"", "Next one."]
        );
        assert_eq!(
            sents("It ended. ” Then more."),
            vec!["It ended. ”", "Then more."]
        );
    }

    #[test]
    fn segment_ellipsis() {
        assert_eq!(
            sents("He paused... and went on. Then … Nothing."),
            vec!["He paused... and went on.", "Then …", "Nothing."]
        );
    }

    #[test]
    fn segment_dateline_is_not_a_boundary() {
        assert_eq!(
            sents("MOSCOW (Reuters) - Russia said on Tuesday it would talk. Kyiv agreed."),
            vec![
                "MOSCOW (Reuters) - Russia said on Tuesday it would talk.",
                "Kyiv agreed."
            ]
        );
        assert_eq!(
            sents("WASHINGTON, Feb. 8 (Reuters) - Talks began."),
            vec!["WASHINGTON, Feb. 8 (Reuters) - Talks began."]
        );
    }

    #[test]
    fn segment_gallery_captions_are_marked() {
        let text = "Obama met Putin on Monday. Hide Caption 3 of 12 Photos: Obama in Europe \u{2013} Obama visits Stonehenge on Friday.\n\nPhotos: Obama in Europe \u{2013} Obama speaks at the summit.\n\nThe caption of 3 of the photos was wrong. Photos of the visit were shown.";
        let s = segment(text);
        let kinds: Vec<_> = s.sentences.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            vec![
                SentenceKind::Sentence,
                SentenceKind::Caption,
                SentenceKind::Caption,
                SentenceKind::Sentence,
                SentenceKind::Sentence,
            ],
            "{:?}",
            s.sentences
                .iter()
                .map(|x| &text[x.span.range()])
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn segment_headings_are_their_own_segment() {
        let text = "Leaders met.\n\nGerman Chancellor meets US President\n\nAt the beginning of the meeting, Biden spoke.";
        let s = segment(text);
        let got: Vec<_> = s
            .sentences
            .iter()
            .map(|x| (&text[x.span.range()], x.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Leaders met.", SentenceKind::Sentence),
                (
                    "German Chancellor meets US President",
                    SentenceKind::Heading
                ),
                (
                    "At the beginning of the meeting, Biden spoke.",
                    SentenceKind::Sentence
                ),
            ]
        );
        assert_eq!(s.paragraphs.len(), 3);
        assert_eq!(s.sentences[2].paragraph, 2);
    }

    #[test]
    fn segment_heading_on_single_line_break() {
        let text = "Talks Resume In Geneva\nDiplomats from both sides met on Monday.";
        assert_eq!(
            sents(text),
            vec![
                "Talks Resume In Geneva",
                "Diplomats from both sides met on Monday."
            ]
        );
    }

    #[test]
    fn segment_joins_wrapped_lines() {
        let text = "The Reagan administration said it would impose\nnew tariffs on Japanese goods, officials\nsaid on Friday. Tokyo objected.";
        assert_eq!(sents(text), vec![
            "The Reagan administration said it would impose\nnew tariffs on Japanese goods, officials\nsaid on Friday.",
            "Tokyo objected."
        ]);
    }

    #[test]
    fn segment_paragraph_indexes() {
        let s = segment("One. Two.\n\nThree.");
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.paragraphs[0].sentences, 0..2);
        assert_eq!(s.paragraphs[1].sentences, 2..3);
        assert_eq!(
            s.sentences.iter().map(|x| x.paragraph).collect::<Vec<_>>(),
            vec![0, 0, 1]
        );
    }

    #[test]
    fn segment_unicode_text() {
        let text = "Le président Macron s’est rendu à Moscou. Поехал в Москву! 習近平 spoke.";
        let s = segment(text);
        assert_eq!(s.sentences.len(), 3);
        for t in &s.tokens {
            assert!(text.is_char_boundary(t.span.start as usize));
            assert!(text.is_char_boundary(t.span.end as usize));
        }
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// Pieces of news text that stress the rules, mixed with arbitrary strings.
    fn news_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("U.S.".to_owned()),
            Just("Mr.".to_owned()),
            Just("Feb.".to_owned()),
            Just("J. R. R.".to_owned()),
            Just("3.5".to_owned()),
            Just("1,000".to_owned()),
            Just(".".to_owned()),
            Just("...".to_owned()),
            Just("…".to_owned()),
            Just("\"".to_owned()),
            Just("“".to_owned()),
            Just("”".to_owned()),
            Just("'s".to_owned()),
            Just("?!".to_owned()),
            Just("\n".to_owned()),
            Just("\n\n".to_owned()),
            Just(" ".to_owned()),
            Just("MOSCOW (Reuters) -".to_owned()),
            Just("Élysée".to_owned()),
            Just("said".to_owned()),
            "[A-Z][a-z]{0,8}",
            "[a-z]{1,8}",
            "\\PC{0,6}",
            ".{0,4}",
        ];
        prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
    }

    fn check(text: &str) {
        let seg = segment(text);
        let mut prev_end = 0;
        for t in &seg.tokens {
            let (s, e) = (t.span.start as usize, t.span.end as usize);
            assert!(s < e && e <= text.len(), "token out of bounds");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            assert!(s >= prev_end, "tokens overlap or are unsorted");
            assert!(
                !text[s..e].chars().any(char::is_whitespace),
                "token holds whitespace"
            );
            prev_end = e;
        }
        let non_space: usize = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        let covered: usize = seg.tokens.iter().map(|t| t.span.len()).sum();
        assert_eq!(
            non_space, covered,
            "tokens must cover every non-whitespace character"
        );
        let mut prev_end = 0;
        let mut next_token = 0u32;
        for (i, s) in seg.sentences.iter().enumerate() {
            assert!(
                s.span.start as usize >= prev_end,
                "sentences overlap or are unsorted"
            );
            assert_eq!(s.tokens.start, next_token, "sentences must tile the tokens");
            assert!(s.tokens.start < s.tokens.end);
            let first = seg.tokens[s.tokens.start as usize].span;
            let last = seg.tokens[s.tokens.end as usize - 1].span;
            assert_eq!((s.span.start, s.span.end), (first.start, last.end));
            let p = &seg.paragraphs[s.paragraph as usize];
            assert!(p.span.contains(s.span) && p.sentences.contains(&(i as u32)));
            next_token = s.tokens.end;
            prev_end = s.span.end as usize;
        }
        assert_eq!(next_token as usize, seg.tokens.len());
        let mut prev_end = 0;
        for p in &seg.paragraphs {
            assert!(p.span.start as usize >= prev_end && p.sentences.start < p.sentences.end);
            prev_end = p.span.end as usize;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn spans_are_valid_on_news_like_text(text in news_like()) {
            check(&text);
        }

        #[test]
        fn spans_are_valid_on_any_text(text in "\\PC*") {
            check(&text);
        }
    }
}
