//! `DocBuilder`: hand-built documents for unit tests of later stages, so that
//! a test of one stage does not depend on the output of the stages before it.

use chrono::NaiveDate;

use crate::{
    Annotation, Article, Doc, Paragraph, Segments, Sentence, SentenceKind, Span, Token, TokenKind,
};

/// Builds a [`Doc`] whose segmentation is given by the test: one paragraph
/// per `paragraph` call, one sentence per `sentence` call, tokens split on
/// whitespace with trailing `.,;:!?` split off.
///
/// ```
/// use herald_core::testing::DocBuilder;
/// let doc = DocBuilder::new().sentence("Macron met Putin.").sentence("Talks ended.").build();
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.tokens().len(), 7);
/// ```
#[derive(Debug, Default)]
pub struct DocBuilder {
    date: Option<NaiveDate>,
    paragraphs: Vec<Vec<(String, SentenceKind)>>,
}

impl DocBuilder {
    /// An empty builder.
    #[must_use]
    pub fn new() -> DocBuilder {
        DocBuilder::default()
    }

    /// Sets the document date.
    #[must_use]
    pub fn date(mut self, date: NaiveDate) -> DocBuilder {
        self.date = Some(date);
        self
    }

    /// Starts a new paragraph.
    #[must_use]
    pub fn paragraph(mut self) -> DocBuilder {
        self.paragraphs.push(Vec::new());
        self
    }

    /// Adds a sentence to the current paragraph.
    #[must_use]
    pub fn sentence(self, text: &str) -> DocBuilder {
        self.push(text, SentenceKind::Sentence)
    }

    /// Adds a heading to the current paragraph.
    #[must_use]
    pub fn heading(self, text: &str) -> DocBuilder {
        self.push(text, SentenceKind::Heading)
    }

    fn push(mut self, text: &str, kind: SentenceKind) -> DocBuilder {
        if self.paragraphs.is_empty() {
            self.paragraphs.push(Vec::new());
        }
        if let Some(p) = self.paragraphs.last_mut() {
            p.push((text.to_owned(), kind));
        }
        self
    }

    /// Builds the document.
    ///
    /// # Panics
    /// When no sentence was added (an empty document cannot be built).
    #[must_use]
    pub fn build(self) -> Doc {
        let mut text = String::new();
        let mut seg = Segments::default();
        for (pi, para) in self.paragraphs.iter().enumerate() {
            if pi > 0 {
                text.push_str("\n\n");
            }
            let first_sentence = seg.sentences.len() as u32;
            let para_start = text.len();
            for (si, (s, kind)) in para.iter().enumerate() {
                if si > 0 {
                    text.push(' ');
                }
                let start = text.len();
                let first_token = seg.tokens.len() as u32;
                text.push_str(s);
                push_tokens(&text, start, &mut seg.tokens);
                seg.sentences.push(Sentence {
                    span: Span::from_usize(start, text.len()),
                    tokens: first_token..seg.tokens.len() as u32,
                    paragraph: pi as u32,
                    kind: *kind,
                });
            }
            seg.paragraphs.push(Paragraph {
                span: Span::from_usize(para_start, text.len()),
                sentences: first_sentence..seg.sentences.len() as u32,
            });
        }
        let mut doc =
            Doc::new(&Article::new(text, self.date)).expect("DocBuilder needs a sentence");
        doc.apply(Annotation::Segments(seg));
        doc
    }
}

fn push_tokens(text: &str, from: usize, out: &mut Vec<Token>) {
    let mut offset = from;
    for word in text[from..].split(' ') {
        let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if !core.is_empty() {
            let kind = if core
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::from_usize(offset, offset + core.len()),
                kind,
            });
        }
        for (i, _) in word[core.len()..].char_indices() {
            let p = offset + core.len() + i;
            out.push(Token {
                span: Span::from_usize(p, p + 1),
                kind: TokenKind::Punct,
            });
        }
        offset += word.len() + 1;
    }
}
