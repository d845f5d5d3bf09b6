//! `Doc`: the frozen, normalized text of one article and its annotation layers.
//!
//! Owns the text and the layers' storage. It does not compute any layer:
//! stages do, and hand their result back as an [`Annotation`] that
//! [`Doc::apply`] stores. Layers refer to each other by index, never by
//! reference, and every layer is sorted by `start`.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{normalize::normalize, Actors, Article, Event, Mention, Origin, Quote, Span, Timex};

/// The largest document Herald accepts, in bytes of normalized text.
///
/// Offsets are `u32`; the cap is far below that so that one pathological input
/// cannot exhaust memory in a batch. Sources enforce their own (lower or equal)
/// limit before reading a document whole.
pub const MAX_DOC_BYTES: usize = 64 << 20;

/// The annotation layers a stage can assign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layer {
    /// Paragraphs, sentences (and headings) and tokens, made together by the
    /// `segment` stage: they are one tiling of the text at three grains.
    Segments,
    /// Temporal expressions with TIMEX3 types and values (`time` stage).
    Times,
    /// Named-entity mentions (`entities` stage).
    Entities,
    /// Actors with CAMEO codes and their mentions (`actors` stage).
    Actors,
    /// Direct and indirect quotes with speakers (`quotes` stage).
    Quotes,
    /// Coded events (`events` stage).
    Events,
}

impl Layer {
    /// The layer's name, as used in configuration and messages.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Layer::Segments => "segments",
            Layer::Times => "times",
            Layer::Entities => "entities",
            Layer::Actors => "actors",
            Layer::Quotes => "quotes",
            Layer::Events => "events",
        }
    }
}

/// What a kind of token is, from its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or periods
    /// (`U.S.`, `Jr.`, `co-operation`, `n't`, `'s`).
    Word,
    /// Digits with inner `.`, `,`, `:` or `/` (`3.5`, `1,000`, `10:30`, `6/2`).
    Number,
    /// Punctuation: `. , ; : ! ? ( ) " ' “ ” - —` and the like.
    Punct,
    /// Anything else that is not whitespace (`$`, `%`, `€`, emoji).
    Symbol,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// What kind of segment a sentence-level unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// A sentence of running text.
    Sentence,
    /// A headline or section heading: a line of its own without a full stop.
    Heading,
    /// A photo caption of a web page's gallery left in the text ("Hide
    /// Caption 3 of 12 Photos: …"): page furniture, often about other
    /// events than the article's. Kept with its entities and times; the
    /// events stage codes nothing in it.
    Caption,
}

/// One sentence (or heading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Indexes into [`Doc::tokens`].
    pub tokens: Range<u32>,
    /// Index into [`Doc::paragraphs`].
    pub paragraph: u32,
    /// Sentence or heading.
    pub kind: SentenceKind,
}

/// One paragraph: a block of text between blank lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Indexes into [`Doc::sentences`].
    pub sentences: Range<u32>,
}

/// The `segments` layer: paragraphs, sentences and tokens.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segments {
    /// Paragraphs, sorted.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences and headings, sorted, non-overlapping.
    pub sentences: Vec<Sentence>,
    /// Tokens, sorted, non-overlapping.
    pub tokens: Vec<Token>,
}

/// A stage's result: exactly one layer's content.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Annotation {
    /// Content of [`Layer::Segments`].
    Segments(Segments),
    /// Content of [`Layer::Times`], sorted by start.
    Times(Vec<Timex>),
    /// Content of [`Layer::Entities`], sorted by start, non-overlapping.
    Entities(Vec<Mention>),
    /// Content of [`Layer::Actors`].
    Actors(Actors),
    /// Content of [`Layer::Quotes`], sorted by start.
    Quotes(Vec<Quote>),
    /// Content of [`Layer::Events`], in order of their predicates.
    Events(Vec<Event>),
}

impl Annotation {
    /// The layer this annotation fills.
    #[must_use]
    pub fn layer(&self) -> Layer {
        match self {
            Annotation::Segments(_) => Layer::Segments,
            Annotation::Times(_) => Layer::Times,
            Annotation::Entities(_) => Layer::Entities,
            Annotation::Actors(_) => Layer::Actors,
            Annotation::Quotes(_) => Layer::Quotes,
            Annotation::Events(_) => Layer::Events,
        }
    }
}

/// Why a document could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocError {
    /// Nothing but whitespace after normalization.
    #[error("empty document (no text after normalization)")]
    Empty,
    /// Longer than [`MAX_DOC_BYTES`].
    #[error("document too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

/// One article's normalized text and its annotation layers.
///
/// The text is normalized once here and never changes; layers are added by
/// [`Doc::apply`]. Read text through [`Doc::text_of`].
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    id: String,
    content_hash: String,
    date: Option<NaiveDate>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    meta: serde_json::Map<String, serde_json::Value>,
    origin: Origin,
    text: String,
    segments: Option<Segments>,
    times: Option<Vec<Timex>>,
    entities: Option<Vec<Mention>>,
    actors: Option<Actors>,
    quotes: Option<Vec<Quote>>,
    events: Option<Vec<Event>>,
}

impl Doc {
    /// Builds a document from an article: normalizes its text and title
    /// (see [`normalize`]), computes the content hash, and takes the article's
    /// id or, when it has none, the first 16 hex digits of the hash.
    ///
    /// # Errors
    /// [`DocError::Empty`] when no text remains; [`DocError::TooLarge`] over
    /// [`MAX_DOC_BYTES`].
    pub fn new(article: &Article) -> Result<Doc, DocError> {
        if article.text.len() > MAX_DOC_BYTES {
            return Err(DocError::TooLarge {
                bytes: article.text.len(),
                limit: MAX_DOC_BYTES,
            });
        }
        let text = normalize(&article.text);
        if text.trim().is_empty() {
            return Err(DocError::Empty);
        }
        let content_hash = hex(&Sha256::digest(text.as_bytes()));
        let id = match article.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => content_hash[..16].to_owned(),
        };
        let title = article
            .title
            .as_deref()
            .map(|t| {
                normalize(t)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty());
        Ok(Doc {
            id,
            content_hash,
            date: article.date,
            title,
            url: article.url.clone(),
            source: article.source.clone(),
            meta: article.meta.clone(),
            origin: article.origin.clone(),
            text,
            segments: None,
            times: None,
            entities: None,
            actors: None,
            quotes: None,
            events: None,
        })
    }

    /// The document's identifier.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// SHA-256 of the normalized text, lowercase hex.
    #[must_use]
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// Publication date, if known.
    #[must_use]
    pub fn date(&self) -> Option<NaiveDate> {
        self.date
    }

    /// Headline, whitespace collapsed.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Canonical URL.
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// Publisher or dataset.
    #[must_use]
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Source fields Herald has no slot for.
    #[must_use]
    pub fn meta(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.meta
    }

    /// Where the article was read from.
    #[must_use]
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The whole normalized text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text of `span`, or `""` when the span does not fit this text on
    /// character boundaries (a span from another document).
    #[must_use]
    pub fn text_of(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// True when `layer` has been assigned.
    #[must_use]
    pub fn has(&self, layer: Layer) -> bool {
        match layer {
            Layer::Segments => self.segments.is_some(),
            Layer::Times => self.times.is_some(),
            Layer::Entities => self.entities.is_some(),
            Layer::Actors => self.actors.is_some(),
            Layer::Quotes => self.quotes.is_some(),
            Layer::Events => self.events.is_some(),
        }
    }

    /// Stores a stage's result, replacing an earlier one for the same layer.
    pub fn apply(&mut self, annotation: Annotation) {
        match annotation {
            Annotation::Segments(s) => self.segments = Some(s),
            Annotation::Times(t) => self.times = Some(t),
            Annotation::Entities(e) => self.entities = Some(e),
            Annotation::Actors(a) => self.actors = Some(a),
            Annotation::Quotes(q) => self.quotes = Some(q),
            Annotation::Events(e) => self.events = Some(e),
        }
    }

    /// Paragraphs (empty before segmentation).
    #[must_use]
    pub fn paragraphs(&self) -> &[Paragraph] {
        self.segments.as_ref().map_or(&[], |s| &s.paragraphs)
    }

    /// Sentences and headings (empty before segmentation).
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        self.segments.as_ref().map_or(&[], |s| &s.sentences)
    }

    /// Tokens (empty before segmentation).
    #[must_use]
    pub fn tokens(&self) -> &[Token] {
        self.segments.as_ref().map_or(&[], |s| &s.tokens)
    }

    /// Temporal expressions (empty before the `time` stage).
    #[must_use]
    pub fn times(&self) -> &[Timex] {
        self.times.as_deref().unwrap_or(&[])
    }

    /// Entity mentions (empty before the `entities` stage).
    #[must_use]
    pub fn entities(&self) -> &[Mention] {
        self.entities.as_deref().unwrap_or(&[])
    }

    /// Actors and their mentions (empty before the `actors` stage).
    #[must_use]
    pub fn actors(&self) -> &Actors {
        static EMPTY: Actors = Actors {
            actors: Vec::new(),
            mentions: Vec::new(),
        };
        self.actors.as_ref().unwrap_or(&EMPTY)
    }

    /// Quotes (empty before the `quotes` stage).
    #[must_use]
    pub fn quotes(&self) -> &[Quote] {
        self.quotes.as_deref().unwrap_or(&[])
    }

    /// Coded events (empty before the `events` stage).
    #[must_use]
    pub fn events(&self) -> &[Event] {
        self.events.as_deref().unwrap_or(&[])
    }

    /// The tokens of sentence `s`.
    #[must_use]
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        self.tokens()
            .get(s.tokens.start as usize..s.tokens.end as usize)
            .unwrap_or(&[])
    }

    /// A copy of this document standing for another article: `-copy<n>`
    /// appended to its id, a marker line to its text (so a new content hash;
    /// no span moves), and its date and every event date moved by `days`.
    /// For building large stores to benchmark queries on; never part of
    /// extraction.
    #[must_use]
    pub fn shifted_copy(&self, copy: u32, days: i64) -> Doc {
        let shift = |d: NaiveDate| {
            d.checked_add_signed(chrono::TimeDelta::days(days))
                .unwrap_or(d)
        };
        let mut doc = self.clone();
        doc.id = format!("{}-copy{copy}", self.id);
        doc.text.push_str(&format!("\n\n[copy {copy}]"));
        doc.content_hash = hex(&Sha256::digest(doc.text.as_bytes()));
        doc.date = self.date.map(shift);
        if let Some(events) = doc.events.as_mut() {
            for e in events {
                if let Some(d) = e.date.as_mut() {
                    d.date = shift(d.date);
                }
            }
        }
        doc
    }

    /// Number of words (word and number tokens), for throughput figures.
    #[must_use]
    pub fn word_count(&self) -> usize {
        self.tokens()
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count()
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_normalizes_and_hashes() {
        let a = Article::new("Hello\r\nworld\u{0}", None);
        let d = Doc::new(&a).unwrap();
        assert_eq!(d.text(), "Hello\nworld");
        assert_eq!(d.content_hash().len(), 64);
        assert_eq!(d.id(), &d.content_hash()[..16]);
        // Same normalized text, same hash.
        let d2 = Doc::new(&Article::new("Hello\nworld", None)).unwrap();
        assert_eq!(d.content_hash(), d2.content_hash());
    }

    #[test]
    fn doc_keeps_given_id_and_cleans_title() {
        let mut a = Article::new("Text.", None);
        a.id = Some(" abc ".into());
        a.title = Some("  A\n  headline ".into());
        let d = Doc::new(&a).unwrap();
        assert_eq!(d.id(), "abc");
        assert_eq!(d.title(), Some("A headline"));
    }

    #[test]
    fn doc_rejects_empty() {
        assert_eq!(
            Doc::new(&Article::new(" \n\t\u{0} ", None)),
            Err(DocError::Empty)
        );
        assert_eq!(Doc::new(&Article::new("", None)), Err(DocError::Empty));
    }

    #[test]
    fn doc_text_of_out_of_range_is_empty() {
        let d = Doc::new(&Article::new("abc", None)).unwrap();
        assert_eq!(d.text_of(Span::new(1, 3)), "bc");
        assert_eq!(d.text_of(Span::new(2, 9)), "");
        assert!(d.sentences().is_empty());
        assert!(!d.has(Layer::Segments));
    }
}
