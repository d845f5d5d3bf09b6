//! The `quotes` stage: who said what, in their own words or reported, and
//! through whom it reached the article.
//!
//! Owns the finding and attribution of quotes; it does not resolve actors
//! (the `actors` layer does) and does not code events (the `events` stage
//! reads this layer to mark events inside quotations). No parser: a shallow,
//! token-level reading of each sentence, in three steps.
//!
//! 1. **Quotation marks.** Straight, curly and guillemet marks are paired
//!    per paragraph with a small stack (a straight mark opens or closes by
//!    what flanks it, so `"…”` pairs and nested `“… ‘…’ …”` or
//!    `"… “…” …"` stay inside the outer quote). A quote left open at the end
//!    of a paragraph continues when the next paragraph opens with a mark
//!    (the newspaper convention); otherwise it ends with its paragraph.
//!    Marks in markup (`author="…"`) are not quotations.
//! 2. **Cues.** Speech and cognition words (`data/speech_cues.tsv`,
//!    inflected with the events stage's verb rules) outside quotations, with
//!    their speaker: the noun phrase before the verb (after adverbs and
//!    auxiliaries), or after it when inverted (`"…," said Caddell`). A cue
//!    attributes the quotation that ends just before its speaker
//!    (`"…," Scholz said`), the one that opens just after it
//!    (`Scholz said: "…"`, also across a paragraph break after a colon), or
//!    both, which makes one quote in two pieces. Otherwise its reported
//!    clause ("said that …", "…, X said", "according to X, …") is an
//!    indirect quote, unless it holds partial quotations (`are "closest
//!    allies"`), which are then the direct quotes of that cue.
//! 3. **Leftovers.** A quotation without a cue takes the speaker of the
//!    quotation just before it in the same or the previous paragraph (a
//!    speech that goes on); short ones without a speaker (scare quotes,
//!    titles: `"comeback kid"`, `"Morning Joe"`) are dropped.
//!
//! Speakers are resolved through the actors layer: the mention inside the
//! speaker's phrase (a name, a pronoun the actors stage resolved, "the White
//! House"), else, for an institution without a name ("the ministry", "the
//! spokesperson"), the most recent government or organisation mentioned.
//! The medium ("according to AP", "as per the AP report", "told Reuters",
//! "…, AP reported") is the quote's `via`.
//!
//! Speed: one pass over the tokens with allocation-free word lookups; the
//! per-sentence work beyond that happens only at quotation marks and cues.

pub(crate) mod cues;

use std::cell::Cell;
#[cfg(test)]
mod tests;

use herald_core::{
    ActorKind, Annotation, Cue, Doc, Layer, Participant, Quote, QuoteKind, Span, Stage, StageError,
    Token, TokenKind,
};

use crate::events::lexicon::{lexicon, Class, Form, Lexicon};
use cues::{cues, CueClass, CueEntry, Cues, Frame};

/// The quotes stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteFinder;

impl Stage for QuoteFinder {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments, Layer::Actors]
    }

    fn assigns(&self) -> Layer {
        Layer::Quotes
    }

    fn run(&self, doc: &Doc) -> Result<Annotation, StageError> {
        for layer in self.requires() {
            if !doc.has(*layer) {
                return Err(StageError::MissingLayer(*layer));
            }
        }
        Ok(Annotation::Quotes(find(doc)))
    }
}

/// Longest speaker phrase, in tokens.
const SPEAKER_REACH: usize = 10;
/// Longest adjunct between a cue and what it introduces ("said in a
/// statement on Monday that").
const ADJUNCT_REACH: usize = 9;
/// Fewest words of a reported clause.
const MIN_CLAUSE_WORDS: usize = 3;
/// Words of saying that are never a noun ("others say", "CCTV shows").
const VERBS_ONLY: [&str; 28] = [
    "say", "says", "find", "finds", "show", "shows", "tell", "tells", "add", "adds", "ask", "asks",
    "think", "thinks", "feel", "feels", "believe", "believes", "go", "goes", "suggest", "suggests",
    "insist", "insists", "argue", "argues", "explain", "explains",
];
/// Verbs of saying that make the cue word before them a noun, their
/// subject ("the report said", "media reports say").
const NOUN_BEFORE_VERBS: [&str; 16] = [
    "said",
    "says",
    "say",
    "stated",
    "states",
    "added",
    "adds",
    "noted",
    "notes",
    "found",
    "finds",
    "showed",
    "shows",
    "concluded",
    "concludes",
    "warned",
];
/// Fewest words of a quotation kept without a speaker.
const MIN_LONE_WORDS: usize = 6;
/// How many sentences back an institution ("the ministry") looks for its
/// government.
const INSTITUTION_REACH: u32 = 3;

/// Closed classes by index, for the per-token cache.
const CLASSES: [Class; 13] = [
    Class::Neg,
    Class::Hypo,
    Class::Cond,
    Class::Plan,
    Class::Allege,
    Class::Deny,
    Class::Aux,
    Class::Be,
    Class::Adv,
    Class::Det,
    Class::Prep,
    Class::Sub,
    Class::Conj,
];
/// Cache marks: not looked up yet; no class.
const CLASS_UNKNOWN: u8 = 255;
const CLASS_NONE: u8 = 254;

/// What a quotation mark does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Straight,
}

fn mark(s: &str) -> Option<Mark> {
    match s {
        "\u{201c}" | "\u{201e}" | "\u{ab}" | "``" => Some(Mark::Open),
        "\u{201d}" | "\u{bb}" | "''" => Some(Mark::Close),
        "\"" => Some(Mark::Straight),
        _ => None,
    }
}

/// A quotation found by its marks.
#[derive(Debug, Clone)]
struct Raw {
    /// Byte spans, one per paragraph, marks included.
    pieces: Vec<Span>,
    /// Token of the opening mark.
    open: usize,
    /// Token of the closing mark, or the last token of the last piece.
    close: usize,
    /// Word tokens inside.
    words: usize,
    /// Holds a sentence's end (`.`, `!`, `?`) before its last word.
    sentence_inside: bool,
    /// Every word capitalized (a title or a name: `"Morning Joe"`).
    title_like: bool,
    /// Its attribution, once found: index into `Ctx::attrs`.
    attr: Option<usize>,
}

/// A cue with its speaker, resolved.
#[derive(Debug, Clone)]
struct Attr {
    speaker: Option<Participant>,
    cue: Option<Cue>,
    via: Option<Participant>,
    /// The speaker is a news medium ("AP reported").
    medium: bool,
}

struct Ctx<'a> {
    doc: &'a Doc,
    text: &'a str,
    toks: &'a [Token],
    lex: &'static Lexicon,
    cues: &'static Cues,
    /// Sentence of each token.
    sentence_of: Vec<u32>,
    raws: Vec<Raw>,
    attrs: Vec<Attr>,
    /// Indirect quotes: (content token range, attribution).
    indirect: Vec<(usize, usize, usize)>,
    /// The last attribution with a speaker in each sentence (for speeches
    /// that go on in the next paragraph).
    sentence_attr: Vec<Option<usize>>,
    /// Each token's closed class, once looked up (see [`Ctx::class`]).
    classes: Vec<Cell<u8>>,
}

/// The quotes of a segmented document with its actors layer.
#[must_use]
pub fn find(doc: &Doc) -> Vec<Quote> {
    let toks = doc.tokens();
    if toks.is_empty() {
        return Vec::new();
    }
    let mut sentence_of = vec![0u32; toks.len()];
    for (si, s) in doc.sentences().iter().enumerate() {
        let (a, b) = (s.tokens.start as usize, s.tokens.end as usize);
        if let Some(slots) = sentence_of.get_mut(a..b.min(toks.len())) {
            slots.fill(si as u32);
        }
    }
    let mut ctx = Ctx {
        doc,
        text: doc.text(),
        toks,
        lex: lexicon(),
        cues: cues(),
        sentence_of,
        raws: Vec::new(),
        attrs: Vec::new(),
        indirect: Vec::new(),
        sentence_attr: vec![None; doc.sentences().len()],
        classes: vec![Cell::new(CLASS_UNKNOWN); toks.len()],
    };
    // Marks are paired a paragraph ahead of the cues that read them, so
    // that both passes see a paragraph's tokens while they are in cache.
    let mut pairing = Pairing::new(&ctx);
    for si in 0..doc.sentences().len() {
        let (_, se) = ctx.sentence_range(si);
        while pairing.next < pairing.ranges.len()
            && (pairing.next == 0 || pairing.ranges[pairing.next - 1].0 <= se)
        {
            ctx.pair_paragraph(&mut pairing);
        }
        ctx.sentence(si);
    }
    while pairing.next < pairing.ranges.len() {
        ctx.pair_paragraph(&mut pairing);
    }
    ctx.finish()
}

impl Ctx<'_> {
    /// The bytes of token `i` (no character-boundary check: tokens are
    /// made on boundaries).
    #[inline]
    fn word_bytes(&self, i: usize) -> &[u8] {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.span.range()))
            .unwrap_or(&[])
    }

    /// The text of token `i` ("" past the end).
    #[inline]
    fn word(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.span.range()))
            .unwrap_or("")
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// The closed class of token `i`, looked up once per token (speaker
    /// phrases and cue checks ask about the same words again and again).
    fn class(&self, i: usize) -> Option<Class> {
        let slot = self.classes.get(i)?;
        match slot.get() {
            CLASS_UNKNOWN => {
                let c = if self.is_word(i) {
                    self.lex.class(self.word(i))
                } else {
                    None
                };
                slot.set(c.map_or(CLASS_NONE, |c| {
                    CLASSES
                        .iter()
                        .position(|&x| x == c)
                        .map_or(CLASS_NONE, |p| p as u8)
                }));
                c
            }
            CLASS_NONE => None,
            k => CLASSES.get(usize::from(k)).copied(),
        }
    }

    fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn lower_is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && self.word_bytes(i) == p.as_bytes()
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    fn sentence_range(&self, si: usize) -> (usize, usize) {
        self.doc.sentences().get(si).map_or((0, 0), |s| {
            (
                s.tokens.start as usize,
                (s.tokens.end as usize).min(self.toks.len()),
            )
        })
    }

    // -----------------------------------------------------------------
    // 1. Quotation marks

    /// Pairs the marks of the next paragraph of `st`.
    fn pair_paragraph(&mut self, st: &mut Pairing) {
        let pi = st.next;
        st.next += 1;
        let Some(&(pa, pb)) = st.ranges.get(pi) else {
            return;
        };
        let ranges = &st.ranges;
        let stack = &mut st.stack;
        {
            stack.clear();
            let mut cont = st.pending.take();
            let mut markup_skip = false;
            let mut i = pa;
            while i < pb {
                let at = i;
                i += 1;
                if self.toks[at].kind != TokenKind::Punct {
                    continue;
                }
                // Two apostrophes typed as a double mark ('' … '').
                let double = self.word(at) == "'"
                    && self.word(at + 1) == "'"
                    && at + 1 < pb
                    && self.toks[at].span.end == self.toks[at + 1].span.start;
                let Some(m) = (if double {
                    Some(Mark::Straight)
                } else {
                    mark(self.word(at))
                }) else {
                    continue;
                };
                let last = if double { at + 1 } else { at };
                i = last + 1;
                let start = self.toks[at].span.start as usize;
                let end = self.toks[last].span.end as usize;
                let before = self.text[..start].chars().next_back();
                let after = self.text[end..].chars().next();
                // `name="value"` in markup: neither mark is a quotation.
                if m == Mark::Straight && (markup_skip || before == Some('=')) {
                    markup_skip = !markup_skip;
                    continue;
                }
                let space_before =
                    before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
                let space_after = after.is_none_or(|c| c.is_whitespace());
                let opens = match m {
                    // a mark typed the wrong way round ("Wins“ that", "”Hello")
                    Mark::Open => stack.is_empty() || space_before || !space_after,
                    Mark::Close => stack.is_empty() && space_before && !space_after,
                    Mark::Straight => match stack.last() {
                        None => !space_after,
                        Some((_, Mark::Straight)) => false,
                        Some(_) => space_before && !space_after,
                    },
                };
                if opens {
                    stack.push((at, m));
                    continue;
                }
                if stack.is_empty() {
                    continue;
                }
                if stack.len() > 1 {
                    // closes a nested quotation
                    stack.pop();
                    continue;
                }
                let o = stack[0].0;
                stack.clear();
                self.close_quote(o, last, &mut cont);
            }
            // Open at the paragraph's end.
            if let Some(&(o, _)) = stack.first() {
                let next_opens = ranges.get(pi + 1).is_some_and(|&(na, _)| {
                    (matches!(mark(self.word(na)), Some(Mark::Open | Mark::Straight))
                        || self.word(na) == "'" && self.word(na + 1) == "'")
                        && self.toks[na].kind == TokenKind::Punct
                });
                let lead_in =
                    o == pa || (o > pa && matches!(self.word(o - 1), ":" | "," | "\u{2014}"));
                if lead_in || next_opens && (cont.is_some() || o == pa) {
                    let q = self.close_quote(o, pb - 1, &mut cont);
                    if next_opens {
                        st.pending = Some(q);
                    }
                }
            }
        }
    }

    /// Records the quotation from token `o` to token `c` (inclusive),
    /// continuing `cont` when the paragraph began inside it. Returns its index.
    fn close_quote(&mut self, o: usize, c: usize, cont: &mut Option<usize>) -> usize {
        let span = self.span(o, c + 1);
        let mut words = 0;
        let mut title = true;
        let mut sentence_inside = false;
        for k in o + 1..c {
            match self.toks[k].kind {
                TokenKind::Word => {
                    words += 1;
                    let w = self.word(k);
                    let cap = w.chars().next().is_some_and(|ch| ch.is_uppercase());
                    if !cap
                        && !matches!(
                            w,
                            "of" | "and"
                                | "the"
                                | "a"
                                | "an"
                                | "in"
                                | "on"
                                | "for"
                                | "to"
                                | "with"
                                | "at"
                                | "by"
                        )
                    {
                        title = false;
                    }
                }
                TokenKind::Punct
                    if k + 2 < c
                        && matches!(
                            self.word(k),
                            "." | "!" | "?" | "!!" | "?!" | "..." | "\u{2026}"
                        ) =>
                {
                    sentence_inside = true;
                }
                _ => {}
            }
        }
        if let Some(q) = cont.take() {
            if let Some(r) = self.raws.get_mut(q) {
                r.pieces.push(span);
                r.close = c;
                r.words += words;
                r.sentence_inside = true;
                r.title_like = false;
                return q;
            }
        }
        self.raws.push(Raw {
            pieces: vec![span],
            open: o,
            close: c,
            words,
            sentence_inside,
            title_like: title && words > 0,
            attr: None,
        });
        self.raws.len() - 1
    }

    /// The quotation whose opening mark is token `i`.
    fn raw_opening(&self, i: usize) -> Option<usize> {
        let k = self.raws.partition_point(|r| r.open < i);
        (self.raws.get(k)?.open == i).then_some(k)
    }

    /// The quotation whose closing mark (or last token) is token `i`.
    fn raw_closing(&self, i: usize) -> Option<usize> {
        let k = self.raws.partition_point(|r| r.close < i);
        (self.raws.get(k)?.close == i).then_some(k)
    }

    /// The quotation token `i` lies in, marks included.
    fn raw_at(&self, i: usize) -> Option<usize> {
        let k = self.raws.partition_point(|r| r.open <= i);
        let r = self.raws.get(k.checked_sub(1)?)?;
        (i <= r.close).then_some(k - 1)
    }

    // -----------------------------------------------------------------
    // 2. Cues

    /// The cue starting at token `i`: (entry, form, tokens it spans).
    fn cue_at(&self, i: usize, ss: usize) -> Option<(&'static CueEntry, Form, usize)> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.word(i);
        let readings = self.cues.readings(w);
        if readings.is_empty() {
            return None;
        }
        // Capitalized inside a sentence: a name ("Washington Post").
        if i > ss && w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let prev = i.checked_sub(1).filter(|&p| p >= ss);
        let after_det = prev.is_some_and(|p| self.class(p) == Some(Class::Det));
        let after_be = prev.is_some_and(|p| self.class(p) == Some(Class::Be));
        let mut best: Option<(&'static CueEntry, Form, usize)> = None;
        for &(e, form) in readings {
            let entry = &self.cues.entries[e as usize];
            let len = 1 + entry.rest.len();
            if !entry
                .rest
                .iter()
                .enumerate()
                .all(|(k, r)| self.lower_is(i + 1 + k, r))
            {
                continue;
            }
            if entry.noun {
                // "the claim that", "Trump's claim that", "a statement: "…""
                let quote_follows = self.raw_opening(i + 1).is_some()
                    || ((self.is_punct(i + 1, ",") || self.is_punct(i + 1, ":"))
                        && self.raw_opening(i + 2).is_some());
                if !self.lower_is(i + 1, "that") && !quote_follows {
                    continue;
                }
            } else if entry.class != CueClass::Source {
                // "stopped responding": a gerund; "…, saying", "and
                // telling", "is saying" are cues.
                let introduces = self.lower_is(i + 1, "that")
                    || self.raw_opening(i + 1).is_some()
                    || ((self.is_punct(i + 1, ",") || self.is_punct(i + 1, ":"))
                        && self.raw_opening(i + 2).is_some());
                if form == Form::Ing
                    && !introduces
                    && !prev.is_some_and(|p| {
                        self.is_punct(p, ",")
                            || matches!(self.word(p), "and" | "while")
                            || self.class(p) == Some(Class::Be)
                    })
                {
                    continue;
                }
                // "the warning", "the claims": nouns; "was told": passive.
                if after_det || (after_be && form.can_be_participle()) {
                    continue;
                }
                // "the UN report said", "media reports say": a noun, the
                // subject of the verb of saying after it.
                if matches!(form, Form::Base | Form::S)
                    && NOUN_BEFORE_VERBS.contains(&self.word(i + 1))
                    && !VERBS_ONLY.contains(&ascii_lower(self.word(i), &mut [0u8; 32]))
                {
                    continue;
                }
                // "a later tweet", "his early-morning tweets", "Trump's
                // comments": nouns after a determiner (and a modifier) or a
                // possessive; "the note says that", `"…" the note says`
                // stay verbs.
                let det_modifier = i >= ss + 2
                    && matches!(self.class(i - 2), Some(Class::Det))
                    && self.is_word(i - 1)
                    && self.class(i - 1).is_none();
                // "Clinton's unique email arrangement": a possessive and a
                // modifier before a base form, and a content word after it
                // (not "Clinton's aides say", "the office's staff say they").
                let possessive_modifier = form == Form::Base
                    && i >= ss + 2
                    && crate::lexicon::is_possessive_s(self.word(i - 2))
                    && self.is_word(i - 1)
                    && self.class(i - 1).is_none()
                    && !self.word(i - 1).ends_with('s')
                    && self.is_word(i + 1)
                    && self.class(i + 1).is_none()
                    && self.word(i + 1).starts_with(|c: char| c.is_lowercase())
                    && !matches!(
                        self.word(i + 1).split(['\'', '\u{2019}']).next(),
                        Some("he" | "she" | "it" | "they" | "we" | "i" | "you" | "there")
                    );
                let possessive = possessive_modifier
                    || prev.is_some_and(|p| crate::lexicon::is_possessive_s(self.word(p)));
                let verb_context = self.lower_is(i + 1, "that")
                    || self.is_punct(i + 1, ":")
                    || self.raw_opening(i + 1).is_some()
                    || (i >= ss + 3 && self.raw_closing(i - 3).is_some());
                if (form == Form::Base || form == Form::S && !verb_context)
                    && (det_modifier || possessive)
                {
                    continue;
                }
            }
            if best.is_none_or(|(b, _, bl)| len > bl || (b.noun && !entry.noun)) {
                best = Some((entry, form, len));
            }
        }
        best
    }

    fn sentence(&mut self, si: usize) {
        let (ss, se) = self.sentence_range(si);
        if ss >= se {
            return;
        }
        // Media named as the channel in this sentence.
        let mut via: Option<Participant> = None;
        let mut found: Vec<(usize, &'static CueEntry, Form, usize)> = Vec::new();
        // A quotation in or just before this sentence (most sentences have
        // none): without one, a cue that needs "that" can only report a
        // "that" clause.
        let near = self.raws.partition_point(|r| r.close + 12 < ss);
        let quote_near = self.raws.get(near).is_some_and(|r| r.open < se);
        let mut i = ss;
        // the next quotation at or after `i`
        let mut next_raw = self.raws.partition_point(|r| r.close < i);
        while i < se {
            if let Some(r) = self.raws.get(next_raw) {
                if r.open <= i {
                    // skip the quotation: its cues are the speaker's words
                    i = r.close.max(i) + 1;
                    next_raw += 1;
                    continue;
                }
            }
            if self.toks[i].kind != TokenKind::Word || !self.cues.may_be_cue(self.word_bytes(i)) {
                i += 1;
                continue;
            }
            if let Some((entry, form, len)) = self.cue_at(i, ss) {
                // ("…, AP reported": a medium relaying the sentence is kept)
                let idle = !quote_near
                    && (entry.frame == Frame::NeedThat || entry.noun)
                    && !self.is_medium(i.saturating_sub(3).max(ss), i)
                    && !(i + len..(i + len + ADJUNCT_REACH + 1).min(se))
                        .any(|k| self.lower_is(k, "that") || self.is_punct(k, ":"));
                if !idle {
                    found.push((i, entry, form, len));
                }
                i += len;
                continue;
            }
            i += 1;
        }
        if found.is_empty() {
            return;
        }
        // Channels first: "according to AP", "as per the AP report", "told
        // Reuters", "AP reported".
        let mut cue_items: Vec<CueItem> = Vec::new();
        for &(c, entry, form, len) in &found {
            let prev = cue_items.iter().rev().find_map(|p| p.speaker_tokens);
            let mut item = self.read_cue(si, ss, se, c, entry, form, len, prev);
            if item.speaker.is_none() && item.participle {
                item.speaker = match cue_items.last() {
                    Some(p) => p.speaker.clone(),
                    // "Trump attacked Clinton, saying, "…""
                    None => self
                        .sentence_subject(ss, c)
                        .and_then(|(a, b)| self.participant(a, b, si as u32)),
                };
                if item.speaker.is_some() {
                    item = self.reread_after_participle(item, c + len, se);
                }
            }
            cue_items.push(item);
        }
        for it in &cue_items {
            if it.channel.is_some() && via.is_none() {
                via.clone_from(&it.channel);
            }
        }
        let n_speaking = cue_items
            .iter()
            .filter(|it| it.speaker.is_some() && !it.medium && it.channel.is_none())
            .count();
        // Attributions first, then the quotations they take: adjacent ones,
        // then partial ones inside a reported clause, then partial ones
        // later in a cue's sentence (the loosest reading goes last).
        let mut taken: Vec<(usize, CueItem)> = Vec::new();
        for mut it in cue_items {
            // A medium that only relays another speaker of this sentence.
            if (it.medium || it.source_phrase) && n_speaking > 0 && it.quotes.is_empty() {
                if via.is_none() {
                    via.clone_from(&it.speaker);
                }
                continue;
            }
            if it.channel.is_some() && it.speaker.is_none() {
                continue;
            }
            let attr = self.attrs.len();
            let via_here = if it.medium { None } else { via.clone() };
            if let (Some(slot), true) = (self.sentence_attr.get_mut(si), it.speaker.is_some()) {
                *slot = Some(attr);
            }
            self.attrs.push(Attr {
                speaker: it.speaker.take(),
                cue: it.cue.take(),
                via: via_here.or_else(|| it.channel.take()),
                medium: it.medium,
            });
            taken.push((attr, it));
        }
        let mut done = vec![false; taken.len()];
        for (k, (attr, it)) in taken.iter().enumerate() {
            for &q in &it.quotes {
                if self.raws[q].attr.is_none() {
                    self.raws[q].attr = Some(*attr);
                    done[k] = true;
                }
            }
        }
        for loose in [false, true] {
            for (k, (attr, it)) in taken.iter().enumerate() {
                if done[k] || (loose && it.content.is_some()) {
                    continue;
                }
                let range = if loose { it.partial } else { it.content };
                let Some((a, b)) = range else {
                    continue;
                };
                let lo = self.raws.partition_point(|r| r.open < a);
                for r in &mut self.raws[lo..] {
                    if r.open >= b {
                        break;
                    }
                    if r.attr.is_none() {
                        r.attr = Some(*attr);
                        done[k] = true;
                    }
                }
            }
        }
        for (k, (attr, it)) in taken.iter().enumerate() {
            if let (Some((a, b)), false) = (it.content, done[k]) {
                self.indirect.push((a, b, *attr));
            }
        }
    }

    /// Reads one cue: its speaker, what it introduces, its channel.
    #[allow(clippy::too_many_arguments)]
    fn read_cue(
        &self,
        si: usize,
        ss: usize,
        se: usize,
        c: usize,
        entry: &'static CueEntry,
        form: Form,
        len: usize,
        prev: Option<(usize, usize)>,
    ) -> CueItem {
        let cue = Some(Cue {
            span: self.span(c, c + len),
            lemma: entry.lemma.to_owned(),
        });
        let mut item = CueItem {
            speaker: None,
            cue,
            channel: None,
            medium: false,
            source_phrase: false,
            quotes: Vec::new(),
            content: None,
            partial: None,
            speaker_tokens: None,
            participle: form == Form::Ing
                && c > ss
                && (self.is_punct(c - 1, ",") || matches!(self.word(c - 1), "and" | "while")),
        };
        let after = c + len;
        if entry.class == CueClass::Source {
            // "according to X, …" / "…, according to X"
            item.source_phrase = true;
            let (xa, xb) = self.phrase_after(after, se);
            if xa >= xb {
                return item;
            }
            let who = self.participant(xa, xb, si as u32);
            let medium = self.is_medium(xa, xb);
            if medium {
                item.channel.clone_from(&who);
            }
            item.speaker = who;
            item.medium = medium;
            // the reported part: the other side of the sentence
            let before_comma = c > ss && self.is_punct(c - 1, ",");
            let content = if before_comma || c > ss + 2 {
                (ss, if before_comma { c - 1 } else { c })
            } else {
                let mut k = xb;
                while k < se && self.is_punct(k, ",") {
                    k += 1;
                }
                (k, self.clause_end(k, se))
            };
            self.take_content(&mut item, content, ss);
            return item;
        }
        // The speaker: before the cue, else after it (inverted).
        let left = self
            .speaker_before(c, ss)
            .or_else(|| {
                // "interjected to say", "went on to say": the subject of the
                // governing verb
                (c >= ss + 2 && self.lower_is(c - 1, "to") && self.is_word(c - 2))
                    .then(|| self.speaker_before(c - 2, ss))
                    .flatten()
            })
            .or_else(|| self.relative_subject(c, ss))
            .or_else(|| self.apposition_subject(c, ss))
            .or_else(|| self.coordinated_subject(c, ss, prev));
        let (spk, inverted) = match left {
            // "Trump's claim that": the possessor; "Trump issued a
            // statement: "…"": the actor named before the noun; not "a
            // false claim that", "the vain hope that".
            Some((a, b)) if entry.noun => {
                let possessive = b > a + 1 && crate::lexicon::is_possessive_s(self.word(b - 1));
                let pronoun = b == a + 1
                    && matches!(
                        ascii_lower(self.word(a), &mut [0u8; 32]),
                        "his" | "her" | "their" | "its"
                    );
                let quoted = self.raw_opening(c + 1).is_some() || self.raw_opening(c + 2).is_some();
                if possessive {
                    (Some((a, b - 1)), false)
                } else if pronoun || quoted {
                    (Some(self.last_mention_in(a, b).unwrap_or((a, b))), false)
                } else {
                    (None, false)
                }
            }
            Some((a, b)) => (Some((a, b)), false),
            None if !entry.noun
                && form != Form::Ing
                && c > ss
                && (self.is_punct(c - 1, ",")
                    || mark(self.word(c - 1)).is_some()
                    || self.word(c - 1) == "'") =>
            {
                let after_quote =
                    c > ss && (self.is_punct(c - 1, ",") || mark(self.word(c - 1)).is_some());
                let r = self.inverted_speaker(after, se, after_quote);
                (r, r.is_some())
            }
            None => (None, false),
        };
        if let Some((a, b)) = spk {
            item.speaker = self.participant(a, b, si as u32);
            item.medium = self.is_medium(a, b);
            item.speaker_tokens = Some((a, b));
        }
        // What follows: hearer, adjuncts, "that", a colon or a quotation.
        let mut k = if inverted {
            spk.map_or(after, |(_, b)| b)
        } else {
            after
        };
        // "told Reuters", "told reporters", "said to reporters"; not "said
        // Russia should withdraw", "said he would": after "say" a name
        // opens what is said, unless it ends there ("…, said Steven
        // Aftergood, a senior analyst", the speaker after the cue).
        let name_alone = entry.lemma == "say"
            && self.mention_starting(k).is_some_and(|(_, b)| {
                b >= se
                        || self.is_punct(b, ",")
                        || self.is_punct(b, ".")
                        // "says Zelensky "has a very primitive …"": the
                        // quotation is what is said.
                        || self.raw_opening(b).is_some()
            });
        if entry.frame == Frame::Hearer
            || (entry.lemma == "say" && (self.lower_is(k, "to") || name_alone))
        {
            let h0 = if self.lower_is(k, "to") && entry.lemma == "say" {
                k + 1
            } else {
                k
            };
            if let Some(hb) = self.hearer(h0, se) {
                if self.is_medium(h0, hb) {
                    item.channel = self.participant(h0, hb, si as u32);
                }
                k = hb;
            }
        }
        // "replied evenly, "…""
        if k < se
            && self.is_word(k)
            && !self.capitalized(k)
            && self.word(k).len() > 4
            && self.word(k).ends_with("ly")
            && (self.is_punct(k + 1, ",")
                || self.is_punct(k + 1, ":")
                || self.lower_is(k + 1, "that"))
        {
            k += 1;
        }
        let k0 = k;
        let mut k = self.skip_adjunct(k, se);
        let mut that = false;
        while k < se {
            if self.is_punct(k, ",") || self.is_punct(k, ":") || self.is_punct(k, "\u{2014}") {
                k += 1;
            } else if k > after
                && self.is_punct(k + 1, ",")
                && (self.class(k) == Some(Class::Adv)
                    || matches!(self.word(k), "though" | "however" | "too"))
            {
                // "He added, though, that …"
                k += 2;
            } else {
                break;
            }
        }
        if self.lower_is(k, "that") && k < se {
            that = true;
            k += 1;
        }
        // "which he stressed is …": the reported clause's subject was
        // extracted before the speaker.
        if !inverted
            && spk.is_some_and(|(a, _)| a > ss && self.lower_is(a - 1, "which"))
            && matches!(
                self.class(k),
                Some(Class::Be | Class::Aux | Class::Hypo | Class::Plan)
            )
        {
            that = true;
        }
        // A quotation opening here (possibly in the next paragraph after a colon).
        let colon_break = k >= se && k > ss && self.is_punct(k - 1, ":");
        if let Some(q) = self.raw_opening(k) {
            if k < se || colon_break {
                item.quotes.push(q);
            }
        }
        // A quotation closing just before the speaker (or the inverted cue).
        let lead = if inverted {
            c
        } else {
            spk.map_or(c, |(a, _)| a)
        };
        let mut b = lead;
        while b > 0
            && (self.is_punct(b - 1, ",")
                || self.is_punct(b - 1, "\u{2014}")
                || self.is_punct(b - 1, "-"))
        {
            b -= 1;
        }
        // ("…" Scholz stated that …: the quotation is someone else's)
        if b > 0 && (!that || !item.quotes.is_empty()) && self.same_paragraph(b - 1, c) {
            if let Some(q) = self.raw_closing(b - 1) {
                // `"…," X said`, `"…!" X said`, `"…" — X said`; not a
                // quoted sentence followed by another one.
                let inner = self.raws[q]
                    .close
                    .checked_sub(1)
                    .map_or("", |k| self.word(k));
                if b < lead || inverted || inner != "." {
                    item.quotes.insert(0, q);
                }
            }
        }
        // "Bystrom agreed. "…"": a cue that ends its sentence introduces the
        // quotation that opens the next one, unless that has its own.
        if item.quotes.is_empty() && !that && item.speaker.is_some() {
            let mut e = k;
            if e + 1 == se && (self.is_punct(e, ".") || self.is_punct(e, ":")) {
                e += 1;
            }
            if e == se && self.same_paragraph(c, e) {
                if let Some(q) = self.raw_opening(e).filter(|&q| !self.attributed_after(q)) {
                    item.quotes.push(q);
                }
            }
        }
        if !item.quotes.is_empty() {
            return item;
        }
        if item.speaker.is_some() {
            // quotations later in the sentence are this speaker's words
            item.partial = Some((after, self.clause_end(after, se)));
            // "The industry, she said, is "doing much better"": an
            // attribution between commas speaks for its whole sentence.
            let parenthetical = !inverted
                && spk.is_some_and(|(a, _)| a > ss && self.is_punct(a - 1, ","))
                && self.is_punct(after, ",");
            if parenthetical {
                item.partial = Some((ss, self.clause_end(after, se)));
            }
        }
        // Indirect: the reported clause after the cue … (inside a relative
        // clause set off by commas, up to the comma after which the main
        // clause's verb resumes: "The senator, who said the bill was
        // flawed, voted against it")
        let mut rest_end = self.clause_end(k, se);
        if self.in_comma_relative(c, ss) {
            // A finite verb after the comma: an auxiliary or a past form.
            let resumes = |x: usize| {
                let w = self.word(x + 1);
                self.is_punct(x, ",")
                    && self.is_word(x + 1)
                    && match self.class(x + 1) {
                        Some(Class::Aux | Class::Be | Class::Hypo | Class::Plan) => {
                            !self.lower_is(x + 1, "to")
                        }
                        None => {
                            (w.len() > 4 && w.ends_with("ed"))
                                || matches!(
                                    w,
                                    "said"
                                        | "told"
                                        | "came"
                                        | "went"
                                        | "made"
                                        | "took"
                                        | "left"
                                        | "found"
                                        | "won"
                                        | "lost"
                                        | "met"
                                        | "began"
                                        | "fled"
                                        | "fell"
                                        | "held"
                                        | "led"
                                        | "gave"
                                        | "kept"
                                        | "sent"
                                        | "became"
                                        | "remains"
                                        | "says"
                                )
                        }
                        _ => false,
                    }
            };
            if let Some(comma) = (k..rest_end).find(|&x| resumes(x)) {
                rest_end = comma;
            }
        }
        let words_after = (k..rest_end).filter(|&x| self.is_word(x)).count();
        let need_that = entry.frame == Frame::NeedThat || entry.noun;
        let clause_follows = words_after >= MIN_CLAUSE_WORDS
            && (that || (!need_that && k == k0 && !self.starts_phrase(k)));
        if clause_follows && item.speaker.is_some() {
            self.take_content(&mut item, (k, rest_end), ss);
            return item;
        }
        // … or before it: "…, X said." / "…, said X."
        let tail_words = (k..se).filter(|&x| self.is_word(x)).count();
        // (not a participle: "…, saying …" reports what follows it; not a
        // cue after a modal: "Had Russia attacked, NATO would have
        // responded" reports nothing)
        let modal = !inverted
            && spk.is_some_and(|(_, sb)| {
                (sb..c).any(|x| {
                    matches!(
                        ascii_lower(self.word(x), &mut [0u8; 32]),
                        "would" | "could" | "might" | "should" | "may" | "can" | "will" | "must"
                    )
                })
            });
        if !item.participle
            && !modal
            && (!entry.noun
                && tail_words <= ADJUNCT_REACH
                && !that
                && b > ss
                && self.is_punct(b, ",")
                || (b > ss && b < lead && self.is_punct(b, ",")))
        {
            self.take_content(&mut item, (ss, b), ss);
        }
        item
    }

    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let p = |i: usize| {
            self.sentence_of
                .get(i)
                .and_then(|&s| self.doc.sentences().get(s as usize))
                .map(|s| s.paragraph)
        };
        p(a).is_some() && p(a) == p(b)
    }

    /// Whether quotation `q` is followed by its own attribution (a cue
    /// within a few words after it, in its sentence).
    fn attributed_after(&self, q: usize) -> bool {
        let Some(r) = self.raws.get(q) else {
            return false;
        };
        (r.close + 1..(r.close + 6).min(self.toks.len()))
            .take_while(|&k| self.same_paragraph(r.close, k) && self.raw_opening(k).is_none())
            .any(|k| !self.cues.readings(self.word(k)).is_empty())
    }

    /// A participle cue that took the previous speaker ("…," he said,
    /// adding: "…"): what it introduces.
    fn reread_after_participle(&self, mut item: CueItem, after: usize, se: usize) -> CueItem {
        let mut k = after;
        while k < se && (self.is_punct(k, ",") || self.is_punct(k, ":")) {
            k += 1;
        }
        let that = self.lower_is(k, "that");
        if that {
            k += 1;
        }
        if let Some(q) = self.raw_opening(k) {
            item.quotes.push(q);
            return item;
        }
        item.partial = Some((after, self.clause_end(after, se)));
        if that {
            let e = self.clause_end(k, se);
            self.take_content(&mut item, (k, e), 0);
        }
        item
    }

    /// Sets the reported clause, trimmed of edge punctuation and long enough.
    fn take_content(&self, item: &mut CueItem, (mut a, mut b): (usize, usize), _ss: usize) {
        while a < b && self.toks[a].kind == TokenKind::Punct && mark(self.word(a)).is_none() {
            a += 1;
        }
        while b > a && self.toks[b - 1].kind == TokenKind::Punct && mark(self.word(b - 1)).is_none()
        {
            b -= 1;
        }
        let words = (a..b).filter(|&x| self.is_word(x)).count();
        if words >= MIN_CLAUSE_WORDS {
            item.content = Some((a, b));
        }
    }

    /// Where a reported clause starting at `k` ends: the sentence's end,
    /// before a trailing channel (", according to AP") or attribution.
    fn clause_end(&self, k: usize, se: usize) -> usize {
        let mut e = se;
        let mut x = k;
        while x + 1 < se {
            if self.is_punct(x, ",")
                && ((self.lower_is(x + 1, "according") && self.lower_is(x + 2, "to"))
                    || (self.lower_is(x + 1, "as") && self.lower_is(x + 2, "per")))
            {
                e = x;
                break;
            }
            x += 1;
        }
        e
    }

    /// Whether token `k` starts a prepositional or adverbial phrase rather
    /// than a clause.
    fn starts_phrase(&self, k: usize) -> bool {
        matches!(self.class(k), Some(Class::Prep | Class::Adv)) && !self.lower_is(k, "to")
            || self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// Skips a short adjunct after a cue ("in a statement", "on Monday",
    /// "to reporters") when a "that", a colon or a quotation follows it.
    fn skip_adjunct(&self, k: usize, se: usize) -> usize {
        if !matches!(self.class(k), Some(Class::Prep | Class::Adv)) && !self.is_time_word(k) {
            return k;
        }
        let mut x = k;
        while x < se && x < k + ADJUNCT_REACH {
            if self.lower_is(x, "that")
                || self.is_punct(x, ":")
                || (self.is_punct(x, ",") && self.raw_opening(x + 1).is_some())
                || self.raw_opening(x).is_some()
            {
                return x;
            }
            if self.is_punct(x, ".") || self.is_punct(x, ";") || self.is_punct(x, ",") {
                break;
            }
            x += 1;
        }
        k
    }

    fn is_time_word(&self, k: usize) -> bool {
        matches!(
            self.word(k),
            "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "yesterday"
                | "today"
                | "tonight"
                | "recently"
                | "earlier"
                | "later"
                | "early"
                | "late"
                | "morning"
                | "evening"
                | "night"
                | "afternoon"
                | "week"
                | "month"
                | "year"
                | "last"
        ) || self.in_timex(k)
    }

    /// Whether token `k` lies in a time expression.
    fn in_timex(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let times = self.doc.times();
        let i = times.partition_point(|x| x.span.start <= t.span.start);
        i > 0 && times[i - 1].span.contains(t.span)
    }

    /// The speaker's phrase ending just before cue `c` (after auxiliaries
    /// and adverbs: "Scholz has also said"), as a token range.
    fn speaker_before(&self, c: usize, ss: usize) -> Option<(usize, usize)> {
        let mut j = c;
        while j > ss {
            let p = j - 1;
            let skip = match self.class(p) {
                Some(Class::Adv | Class::Aux | Class::Neg | Class::Hypo) => {
                    !self.lower_is(p, "to")
                        && !matches!(
                            ascii_lower(self.word(p), &mut [0u8; 32]),
                            "no" | "without"
                                | "refused"
                                | "declined"
                                | "failed"
                                | "risk"
                                | "fear"
                                | "concern"
                                | "worry"
                        )
                }
                Some(Class::Plan) => matches!(self.word(p), "will" | "'ll" | "shall"),
                // "Trump is saying"
                Some(Class::Be) => self.word(c).ends_with("ing"),
                None => {
                    // adverbs: "Democrats largely echoed", "together vowed"
                    let w = self.word(p);
                    (w.len() > 4 && w.ends_with("ly") && !self.capitalized(p))
                        || matches!(
                            w,
                            "together" | "ever" | "too" | "again" | "since" | "So" | "so"
                        )
                }
                _ => false,
            };
            if skip && j - p < 4 {
                j = p;
            } else {
                break;
            }
        }
        let end = j;
        let mut k = end;
        while k > ss && end - k < SPEAKER_REACH {
            let p = k - 1;
            let t = self.toks[p];
            let w = self.word(p);
            let ok = match t.kind {
                TokenKind::Word => {
                    if crate::lexicon::is_possessive_s(w) {
                        true
                    } else {
                        match self.class(p) {
                            _ if matches!(
                                w,
                                "what"
                                    | "whatever"
                                    | "how"
                                    | "why"
                                    | "whether"
                                    | "if"
                                    | "something"
                                    | "everything"
                                    | "anything"
                                    | "nothing"
                            ) =>
                            {
                                false
                            }
                            Some(Class::Sub) => false,
                            Some(Class::Conj) => {
                                // "Macron and Biden said": between names only
                                self.capitalized(k) && p > ss && self.capitalized(p - 1)
                            }
                            Some(Class::Prep) => {
                                k < end
                                    && matches!(w, "of" | "for" | "at" | "from" | "with" | "in")
                                    && p > ss
                                    && self.is_word(p - 1)
                            }
                            None | Some(Class::Det) => {
                                self.cues.readings(w).is_empty()
                                    || self.capitalized(p)
                                    // a noun: "the note says"
                                    || (p > ss && self.class(p - 1) == Some(Class::Det))
                                    // the subject's head, right before a
                                    // finite verb: "a Pentagon report said",
                                    // "media reports say" (no "said",
                                    // "telling"; not "reports claiming")
                                    || (p + 1 == end
                                        && self.is_word(end)
                                        && !self.word(end).ends_with("ing")
                                        && !VERBS_ONLY.contains(
                                            &ascii_lower(w, &mut [0u8; 32]),
                                        )
                                        && self
                                            .cues
                                            .readings(w)
                                            .iter()
                                            .all(|&(_, f)| matches!(f, Form::Base | Form::S)))
                            }
                            // verbs and auxiliaries end the phrase
                            _ => self.capitalized(p) && p == ss,
                        }
                    }
                }
                TokenKind::Number => true,
                TokenKind::Punct => {
                    matches!(w, "." | "-") && k < end && p > ss && self.is_word(p - 1)
                }
                TokenKind::Symbol => false,
            };
            if !ok {
                break;
            }
            k = p;
        }
        // Drop a dangling preposition or conjunction at the phrase's start,
        // and times ("said Friday", "On Monday Scholz said").
        let mut end = end;
        while k < end
            && (matches!(self.class(k), Some(Class::Prep | Class::Conj)) || self.is_time_word(k))
        {
            k += 1;
        }
        while end > k && self.is_time_word(end - 1) {
            end -= 1;
        }
        if k >= end {
            return None;
        }
        // A long phrase: keep its last noun group (from the last
        // capitalized run or determiner).
        if end - k > 6 {
            let last_mention = self.last_mention_in(k, end);
            if let Some((ma, _)) = last_mention {
                if ma > k && end - ma <= 6 {
                    k = ma;
                }
            }
        }
        let words = (k..end)
            .filter(|&x| self.is_word(x) || self.toks[x].kind == TokenKind::Number)
            .count();
        if words == 0 {
            return None;
        }
        // A phrase of bare lowercase words ("ban abortion", "realistic") is
        // not a speaker: it needs a name, a mention, a determiner, a pronoun
        // or a plural head ("officials said").
        let head = self.word(end - 1);
        let nominal = (k..end).any(|x| self.capitalized(x) || self.class(x) == Some(Class::Det))
            || self.mentions_in(k, end).next().is_some()
            || matches!(
                ascii_lower(head, &mut [0u8; 32]),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "it"
                    | "who"
                    | "one"
                    | "others"
                    | "many"
                    | "some"
                    | "both"
                    | "all"
            )
            || (end - k <= 3 && head.len() > 3 && head.ends_with('s') && !head.ends_with("ss"))
            || self.toks[k].kind == TokenKind::Number
            || matches!(
                ascii_lower(self.word(k), &mut [0u8; 32]),
                "one"
                    | "another"
                    | "two"
                    | "three"
                    | "several"
                    | "many"
                    | "some"
                    | "each"
                    | "both"
                    | "all"
                    | "most"
                    | "other"
                    | "others"
            )
            || is_institution(ascii_lower(head, &mut [0u8; 32]))
            || matches!(
                ascii_lower(head, &mut [0u8; 32]),
                "aide"
                    | "adviser"
                    | "advisor"
                    | "analyst"
                    | "source"
                    | "expert"
                    | "spokesperson"
                    | "lawmaker"
                    | "strategist"
                    | "voter"
                    | "resident"
                    | "candidate"
                    | "leader"
                    | "member"
                    | "director"
                    | "chairman"
                    | "president"
                    | "senator"
                    | "critic"
                    | "supporter"
                    | "friend"
                    | "observer"
            );
        if !nominal {
            return None;
        }
        // Object pronouns and lone determiners are not speakers.
        if end - k == 1
            && matches!(
                ascii_lower(self.word(k), &mut [0u8; 32]),
                "him" | "them" | "me" | "us" | "this" | "that" | "which" | "what"
            )
        {
            return None;
        }
        Some((k, end))
    }

    /// "the police department, which reported …": the phrase before the
    /// relative pronoun, through the pronoun.
    fn relative_subject(&self, c: usize, ss: usize) -> Option<(usize, usize)> {
        let mut j = c;
        while j > ss && self.class(j - 1) == Some(Class::Adv) {
            j -= 1;
        }
        if j <= ss + 1 || !matches!(self.word(j - 1), "who" | "which") {
            return None;
        }
        let mut r = j - 1;
        if r > ss && self.is_punct(r - 1, ",") {
            r -= 1;
        }
        // (The span runs to the pronoun: PolNeAR's sources take it.)
        let (a, _) = self.speaker_before(r, ss)?;
        Some((a, j))
    }

    /// Whether cue `c` is in a relative clause set off by a comma ("The
    /// senator, who said …, voted"; "rebels, who officials said …,
    /// fled"): a "who" or "which" after a comma, with no comma since.
    fn in_comma_relative(&self, c: usize, ss: usize) -> bool {
        (ss + 1..c)
            .rev()
            .take_while(|&x| !self.is_punct(x, ","))
            .any(|x| matches!(self.word(x), "who" | "which") && self.is_punct(x - 1, ","))
    }

    /// The subject before an apposition or a parenthetical participle:
    /// "Steve Huhn, a former HP vice president, said", "Clinton, speaking
    /// to reporters, said".
    fn apposition_subject(&self, c: usize, ss: usize) -> Option<(usize, usize)> {
        let mut c = c;
        while c > ss && self.class(c - 1) == Some(Class::Adv) {
            c -= 1;
        }
        if c <= ss + 2 || !self.is_punct(c - 1, ",") {
            return None;
        }
        // "Gov. John Kasich (R-OH), said"
        if self.is_punct(c - 2, ")") {
            let mut o = c - 2;
            while o > ss && !self.is_punct(o, "(") && c - o < 12 {
                o -= 1;
            }
            if self.is_punct(o, "(") {
                return self.speaker_before(o, ss);
            }
        }
        let mut p1 = c - 2;
        while p1 > ss && c - p1 < 16 {
            if self.toks[p1].kind == TokenKind::Punct {
                if mark(self.word(p1)).is_some() || !matches!(self.word(p1), "," | "." | "-") {
                    return None;
                }
                if self.is_punct(p1, ",") {
                    break;
                }
            }
            p1 -= 1;
        }
        if p1 <= ss || !self.is_punct(p1, ",") || self.raw_at(p1).is_some() {
            return None;
        }
        self.speaker_before(p1, ss)
    }

    /// The subject of the first verb when the cue is the second of two
    /// ("Putin lauded France and added that …").
    fn coordinated_subject(
        &self,
        c: usize,
        ss: usize,
        prev: Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let mut j = c;
        while j > ss && self.class(j - 1) == Some(Class::Adv) {
            j -= 1;
        }
        if j <= ss || !matches!(self.word(j - 1), "and" | "but") {
            return None;
        }
        if prev.is_some() {
            return prev;
        }
        // the sentence's subject
        self.sentence_subject(ss, j - 1)
    }

    /// The subject of a sentence's main clause: its first actor mention
    /// before token `c` that is not inside a prepositional phrase, else the
    /// run of capitalized words it opens with ("Blackwell pointed to …").
    fn sentence_subject(&self, ss: usize, c: usize) -> Option<(usize, usize)> {
        // "Outside the arena in Washington, protesters …": the subject comes
        // after an opening adverbial.
        let mut ss = ss;
        if matches!(self.class(ss), Some(Class::Prep | Class::Sub)) {
            if let Some(comma) = (ss..c).find(|&k| self.is_punct(k, ",")) {
                ss = comma + 1;
            }
        }
        self.subject_mention(ss, c).or_else(|| {
            if matches!(
                self.word(ss),
                "he" | "she" | "they" | "we" | "He" | "She" | "They" | "We" | "I"
            ) {
                return Some((ss, ss + 1));
            }
            let mut e = ss;
            while e < c && e < ss + 5 && self.capitalized(e) && self.class(e).is_none() {
                e += 1;
            }
            (e > ss && self.class(e).is_none() && self.is_word(e)).then_some((ss, e))
        })
    }

    fn subject_mention(&self, ss: usize, c: usize) -> Option<(usize, usize)> {
        let mut k = ss;
        while k < c {
            if let Some((a, b)) = self.mention_starting(k) {
                let in_pp = a > ss
                    && (matches!(self.class(a - 1), Some(Class::Prep))
                        || (a > ss + 1
                            && self.class(a - 1) == Some(Class::Det)
                            && self.class(a - 2) == Some(Class::Prep)));
                if !in_pp && b <= c {
                    return Some((a, b));
                }
                k = b.max(k + 1);
            } else {
                k += 1;
            }
        }
        None
    }

    /// `Gerald F. Seib, The Wall Street Journal: "…"`: a name and a colon
    /// before a quotation, with no speech word.
    fn colon_speaker(&self, q: usize) -> Option<Attr> {
        let o = self.raws.get(q)?.open;
        if o < 2 || !self.is_punct(o - 1, ":") || !self.same_paragraph(o - 2, o) {
            return None;
        }
        let si = *self.sentence_of.get(o - 2)? as usize;
        let (ss, _) = self.sentence_range(si);
        let (a, b) = (ss, o - 1);
        if a >= b || b - a > SPEAKER_REACH || !self.capitalized(a) {
            return None;
        }
        if (a..b).any(|k| {
            !self.cues.readings(self.word(k)).is_empty()
                || matches!(self.class(k), Some(Class::Sub | Class::Prep))
                || mark(self.word(k)).is_some()
        }) {
            return None;
        }
        Some(Attr {
            speaker: self.participant(a, b, si as u32),
            cue: Some(Cue {
                span: self.toks[o - 1].span,
                lemma: ":".to_owned(),
            }),
            via: None,
            medium: false,
        })
    }

    /// The last actor mention inside tokens `a..b`, as a token range.
    fn last_mention_in(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let actors = self.doc.actors();
        let (sa, sb) = (self.toks[a].span.start, self.toks[b - 1].span.end);
        let hi = actors.mentions.partition_point(|m| m.span.start < sb);
        let m = actors.mentions[..hi]
            .iter()
            .rev()
            .find(|m| m.span.start >= sa && m.span.end <= sb)?;
        let ta = self.toks.partition_point(|t| t.span.start < m.span.start);
        let tb = self.toks.partition_point(|t| t.span.end <= m.span.end);
        (ta < tb).then_some((ta, tb))
    }

    /// An inverted speaker after the cue: `"…," said Caddell`, `said the
    /// spokesman`. Stops at punctuation, prepositions and subordinators.
    fn inverted_speaker(&self, k: usize, se: usize, after_quote: bool) -> Option<(usize, usize)> {
        let mut e = k;
        while e < se && e - k < SPEAKER_REACH {
            let ok = match self.toks[e].kind {
                TokenKind::Word => {
                    !matches!(self.class(e), Some(Class::Prep | Class::Sub | Class::Conj))
                        && !self.lower_is(e, "that")
                        && (e > k
                            || after_quote && self.cues.readings(self.word(e)).is_empty()
                            || self.capitalized(e)
                            || matches!(self.class(e), Some(Class::Det))
                            || matches!(self.word(e), "he" | "she" | "they" | "it" | "we" | "I"))
                }
                TokenKind::Number => e > k,
                _ => false,
            };
            if !ok {
                break;
            }
            e += 1;
        }
        // Time words at the end are not the speaker ("said Caddell Friday").
        while e > k && self.is_time_word(e - 1) {
            e -= 1;
        }
        (e > k && !(e - k == 1 && matches!(self.class(k), Some(Class::Det)))).then_some((k, e))
    }

    /// A hearer after a cue ("told Reuters", "told reporters"): its end.
    fn hearer(&self, k: usize, se: usize) -> Option<usize> {
        if k >= se {
            return None;
        }
        if let Some((a, b)) = self.mention_starting(k) {
            let _ = a;
            return Some(b);
        }
        let mut wbuf = [0u8; 32];
        let w = ascii_lower(self.word(k), &mut wbuf);
        if matches!(
            w,
            "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "reporters"
                | "journalists"
                | "lawmakers"
                | "supporters"
                | "voters"
                | "listeners"
                | "viewers"
                | "readers"
                | "senators"
        ) {
            return Some(k + 1);
        }
        None
    }

    /// The actor mention starting at token `k`, as a token range.
    fn mention_starting(&self, k: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(k)?;
        let actors = self.doc.actors();
        let i = actors
            .mentions
            .partition_point(|m| m.span.start < t.span.start);
        let m = actors
            .mentions
            .get(i)
            .filter(|m| m.span.start == t.span.start)?;
        let tb = self.toks.partition_point(|t| t.span.end <= m.span.end);
        (tb > k).then_some((k, tb))
    }

    /// The phrase after "according to": up to a comma or the sentence's end.
    fn phrase_after(&self, k: usize, se: usize) -> (usize, usize) {
        let mut e = k;
        while e < se && e - k < SPEAKER_REACH + 2 {
            if self.toks[e].kind == TokenKind::Punct
                && !matches!(self.word(e), "-" | "'s" | "\u{2019}s")
            {
                break;
            }
            e += 1;
        }
        (k, e)
    }

    /// Whether tokens `a..b` name a news medium.
    fn is_medium(&self, a: usize, b: usize) -> bool {
        let actors = self.doc.actors();
        self.mentions_in(a, b).any(|m| {
            actors
                .actors
                .get(m.actor as usize)
                .is_some_and(|x| x.kind == ActorKind::Media)
        })
    }

    fn mentions_in(&self, a: usize, b: usize) -> impl Iterator<Item = &herald_core::ActorMention> {
        let actors = self.doc.actors();
        let (sa, sb) = if a < b && b <= self.toks.len() {
            (self.toks[a].span.start, self.toks[b - 1].span.end)
        } else {
            (0, 0)
        };
        let lo = actors.mentions.partition_point(|m| m.span.end <= sa);
        actors.mentions[lo..]
            .iter()
            .take_while(move |m| m.span.start < sb)
            .filter(move |m| m.span.start >= sa && m.span.end <= sb)
    }

    /// The speaker of tokens `a..b`, resolved to an actor when one is
    /// mentioned there (the last person, else the last actor), or, for an
    /// institution without a name, the most recent government or
    /// organisation.
    fn participant(&self, a: usize, b: usize, sentence: u32) -> Option<Participant> {
        if a >= b || b > self.toks.len() {
            return None;
        }
        let span = self.span(a, b);
        let actors = self.doc.actors();
        let mut best: Option<&herald_core::ActorMention> = None;
        for m in self.mentions_in(a, b) {
            let kind = actors.actors.get(m.actor as usize).map(|x| x.kind);
            let better = match best {
                None => kind != Some(ActorKind::Place),
                Some(bm) => {
                    let bk = actors.actors.get(bm.actor as usize).map(|x| x.kind);
                    // "the Kremlin's spokesman", "a spokesman for the ministry":
                    // the last one; a person beats a place or country.
                    kind == Some(ActorKind::Person)
                        || bk != Some(ActorKind::Person) && kind != Some(ActorKind::Place)
                }
            };
            if better {
                best = Some(m);
            }
        }
        if let Some(m) = best {
            let code = actors
                .actors
                .get(m.actor as usize)
                .map_or_else(String::new, |x| x.code.clone());
            return Some(Participant {
                span,
                actor: Some(m.actor),
                code,
            });
        }
        // An institution named by its role: the most recent state or
        // organisation.
        let mut hbuf = [0u8; 32];
        let head = ascii_lower(self.word(b - 1), &mut hbuf);
        if is_institution(head) {
            let start = span.start;
            let hi = actors.mentions.partition_point(|m| m.span.start < start);
            let found = actors.mentions[..hi].iter().rev().find(|m| {
                m.sentence + INSTITUTION_REACH >= sentence
                    && actors.actors.get(m.actor as usize).is_some_and(|x| {
                        matches!(
                            x.kind,
                            ActorKind::StateBody | ActorKind::Country | ActorKind::Organisation
                        )
                        // A group known by its sector alone ("civilians",
                        // "rebels") is no institution's name.
                        && x.sector.as_deref() != Some(x.code.as_str())
                    })
            });
            if let Some(m) = found {
                let x = &actors.actors[m.actor as usize];
                let code = if x.kind == ActorKind::Country && is_government(head) {
                    format!("{}GOV", x.code)
                } else {
                    x.code.clone()
                };
                return Some(Participant {
                    span,
                    actor: Some(m.actor),
                    code,
                });
            }
        }
        Some(Participant {
            span,
            actor: None,
            code: String::new(),
        })
    }

    // -----------------------------------------------------------------
    // 3. Leftovers and output

    fn finish(mut self) -> Vec<Quote> {
        // Quotations that go on a speech: same paragraph, or the paragraph
        // after one that ended with an attributed quotation.
        let paragraph_of = |i: usize, ctx: &Ctx| -> u32 {
            let s = ctx.sentence_of.get(i).copied().unwrap_or(0);
            ctx.doc
                .sentences()
                .get(s as usize)
                .map_or(0, |s| s.paragraph)
        };
        for q in 0..self.raws.len() {
            if self.raws[q].attr.is_none() {
                if let Some(a) = self.colon_speaker(q) {
                    self.attrs.push(a);
                    self.raws[q].attr = Some(self.attrs.len() - 1);
                }
            }
        }
        // "Rubio responded first, ripping into Obama.¶"I have been
        // warning …"": a quotation that opens a paragraph after a sentence
        // with a speaker.
        for q in 0..self.raws.len() {
            let r = &self.raws[q];
            if r.attr.is_some() || r.open == 0 || r.words < 4 {
                continue;
            }
            let (Some(&s_open), Some(&s_prev)) = (
                self.sentence_of.get(r.open),
                self.sentence_of.get(r.open - 1),
            ) else {
                continue;
            };
            let sentences = self.doc.sentences();
            let new_paragraph = match (
                sentences.get(s_open as usize),
                sentences.get(s_prev as usize),
            ) {
                (Some(a), Some(b)) => a.paragraph == b.paragraph + 1,
                _ => false,
            };
            let quote_before = q > 0 && self.raws[q - 1].close + 1 == r.open;
            if !new_paragraph || quote_before {
                continue;
            }
            if let Some(Some(a)) = self.sentence_attr.get(s_prev as usize) {
                let inherited = Attr {
                    cue: None,
                    ..self.attrs[*a].clone()
                };
                self.attrs.push(inherited);
                self.raws[q].attr = Some(self.attrs.len() - 1);
            }
        }
        for q in 1..self.raws.len() {
            if self.raws[q].attr.is_some() {
                continue;
            }
            let prev = &self.raws[q - 1];
            let Some(attr) = prev.attr else {
                continue;
            };
            let (pp, qp) = (
                paragraph_of(prev.close, &self),
                paragraph_of(self.raws[q].open, &self),
            );
            let covered = |k: usize| {
                let t = self.toks[k].span;
                let a = &self.attrs[attr];
                a.cue.as_ref().is_some_and(|c| c.span.overlaps(t))
                    || a.speaker.as_ref().is_some_and(|s| s.span.overlaps(t))
                    || self.is_time_word(k)
            };
            let gap_words = (prev.close + 1..self.raws[q].open)
                .filter(|&k| self.is_word(k))
                .count();
            // nothing but the previous quotation's attribution between them
            let only_attribution =
                (prev.close + 1..self.raws[q].open).all(|k| !self.is_word(k) || covered(k));
            let at_start =
                self.raws[q].open == 0 || paragraph_of(self.raws[q].open - 1, &self) != qp;
            let prev_ends_paragraph = prev.close + 1 >= self.toks.len()
                || paragraph_of(prev.close + 1, &self) != pp
                || (prev.close + 1..self.toks.len())
                    .take_while(|&k| paragraph_of(k, &self) == pp)
                    .all(|k| !self.is_word(k) || covered(k));
            // … or that attribution with an apposition or an adjunct
            // ("said Bernstein, a local resident.", "MWW said in a statement.")
            let attribution_between = self.attrs[attr].cue.as_ref().is_some_and(|c| {
                c.span.start > self.toks[prev.close].span.end
                    && c.span.end <= self.toks[self.raws[q].open].span.start
            }) && gap_words <= 40;
            if qp == pp && (only_attribution || attribution_between) {
                // "“A,” Baker said. “B.”": one quote in two pieces
                self.raws[q].attr = Some(attr);
                continue;
            }
            let goes_on = (qp == pp && gap_words <= 6 && self.raws[q].sentence_inside)
                || (qp == pp + 1 && at_start && prev_ends_paragraph && self.raws[q].words >= 4);
            if goes_on {
                let a = Attr {
                    cue: None,
                    ..self.attrs[attr].clone()
                };
                self.attrs.push(a);
                self.raws[q].attr = Some(self.attrs.len() - 1);
            }
        }
        let mut out: Vec<Quote> = Vec::new();
        // Direct quotes; quotations sharing one cue become one quote.
        let mut by_attr: Vec<Option<usize>> = vec![None; self.attrs.len()];
        for r in &self.raws {
            let keep = match r.attr {
                Some(a) => !self.attrs[a].medium || self.attrs[a].speaker.is_some(),
                None => {
                    r.words >= MIN_LONE_WORDS && !r.title_like || r.sentence_inside && r.words >= 3
                }
            };
            if !keep || r.words == 0 {
                continue;
            }
            if let Some(a) = r.attr {
                if let Some(&Some(o)) = by_attr.get(a) {
                    let q: &mut Quote = &mut out[o];
                    // two pieces of one quotation, broken by its attribution
                    if r.pieces.first().is_some_and(|p| p.start >= q.span.end) {
                        q.pieces.extend(r.pieces.iter().copied());
                        q.span.end = r.pieces.last().map_or(q.span.end, |p| p.end);
                        continue;
                    }
                }
                by_attr[a] = Some(out.len());
            }
            let attr = r.attr.and_then(|a| self.attrs.get(a));
            let span = Span::new(
                r.pieces.first().map_or(0, |p| p.start),
                r.pieces.last().map_or(0, |p| p.end),
            );
            out.push(Quote {
                span,
                pieces: r.pieces.clone(),
                kind: QuoteKind::Direct,
                speaker: attr.and_then(|a| a.speaker.clone()),
                cue: attr.and_then(|a| a.cue.clone()),
                via: attr.and_then(|a| a.via.clone()),
            });
        }
        for &(a, b, attr) in &self.indirect {
            let span = self.span(a, b);
            // not over a direct quote
            if out
                .iter()
                .any(|q| q.kind == QuoteKind::Direct && q.span.overlaps(span))
            {
                continue;
            }
            let at = &self.attrs[attr];
            out.push(Quote {
                span,
                pieces: vec![span],
                kind: QuoteKind::Indirect,
                speaker: at.speaker.clone(),
                cue: at.cue.clone(),
                via: at.via.clone(),
            });
        }
        out.sort_by_key(|q| (q.span.start, q.span.end));
        out.dedup_by(|a, b| a.span == b.span);
        out
    }
}

/// Pairing state: paragraphs' token ranges, the next to pair, and a
/// quotation left open at a paragraph's end, to continue.
struct Pairing {
    ranges: Vec<(usize, usize)>,
    next: usize,
    pending: Option<usize>,
    stack: Vec<(usize, Mark)>,
}

impl Pairing {
    fn new(ctx: &Ctx) -> Pairing {
        let sentences = ctx.doc.sentences();
        let ranges = ctx
            .doc
            .paragraphs()
            .iter()
            .filter_map(|p| {
                let first = sentences.get(p.sentences.start as usize)?;
                let last = sentences.get((p.sentences.end as usize).checked_sub(1)?)?;
                Some((first.tokens.start as usize, last.tokens.end as usize))
            })
            .filter(|&(a, b)| a < b && b <= ctx.toks.len())
            .collect();
        Pairing {
            ranges,
            next: 0,
            pending: None,
            stack: Vec::new(),
        }
    }
}

/// What a cue gave.
struct CueItem {
    speaker: Option<Participant>,
    cue: Option<Cue>,
    /// A medium it names as the channel ("told Reuters", "according to AP").
    channel: Option<Participant>,
    /// The speaker is a news medium.
    medium: bool,
    /// An "according to" phrase.
    source_phrase: bool,
    /// Quotations it introduces or closes.
    quotes: Vec<usize>,
    /// The reported clause (token range), for indirect speech.
    content: Option<(usize, usize)>,
    /// Where partial quotations of this speaker may be (token range).
    partial: Option<(usize, usize)>,
    /// The speaker's phrase (token range).
    speaker_tokens: Option<(usize, usize)>,
    /// A participle after a comma ("…, adding that"): the speaker is the
    /// previous cue's.
    participle: bool,
}

/// `w` lowercased in `buf` when it is ASCII and fits (every word the
/// closed lists here hold does); anything else gives "", which no list
/// holds. Speaker phrases ask this of many words: no allocation.
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> &'b str {
    let b = w.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return "";
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

/// Heads of phrases that name an institution or its voice without naming
/// the state ("the ministry said", "a spokesperson said").
fn is_institution(head: &str) -> bool {
    matches!(
        head,
        "ministry"
            | "government"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "spokespeople"
            | "spokesmen"
            | "office"
            | "embassy"
            | "administration"
            | "department"
            | "agency"
            | "officials"
            | "official"
            | "authorities"
            | "cabinet"
            | "presidency"
            | "palace"
            | "statement"
            | "army"
            | "military"
            | "police"
    )
}

/// Institutions that stand for a state's government.
fn is_government(head: &str) -> bool {
    matches!(
        head,
        "ministry"
            | "government"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "office"
            | "embassy"
            | "administration"
            | "department"
            | "officials"
            | "official"
            | "authorities"
            | "cabinet"
            | "presidency"
            | "statement"
    )
}
