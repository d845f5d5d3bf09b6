//! The `quotes` layer's types: who said what, in their own words (direct
//! quotations) or reported (indirect speech), through whom it reached the
//! article.
//!
//! Owns the data model only; the `quotes` stage (`herald-stages`) finds
//! quotations and attributes them with the actors layer. [`inside`] answers
//! the one question later stages ask: is this span inside a quotation?

use serde::{Deserialize, Serialize};

use crate::{Participant, Span};

/// Whether a quote gives the speaker's words or reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words inside quotation marks (also partial quotes: `are "closest
    /// allies"`).
    Direct,
    /// Reported speech or thought without quotation marks ("Scholz said that
    /// …", "according to AP, …").
    Indirect,
}

impl QuoteKind {
    /// `direct` or `indirect`, as in the JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// The speech or cognition word that introduces a quote ("said", "warned",
/// "according to", "claim").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written ("has also said" → "said").
    pub span: Span,
    /// Its base form ("say", "warn", "according to").
    pub lemma: String,
}

/// One quotation or report of speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// From the first piece's start to the last piece's end.
    pub span: Span,
    /// The quoted words, in order, without the attribution that breaks them
    /// (`"We are allies," Scholz said, "and we work together."` is two
    /// pieces). Direct pieces include their quotation marks. Never empty.
    pub pieces: Vec<Span>,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Who said it: the mention it was attributed through (a name, a pronoun,
    /// "the ministry") and, when the actors layer knows it, the actor.
    pub speaker: Option<Participant>,
    /// The speech word, when there is one.
    pub cue: Option<Cue>,
    /// The medium it came through ("according to AP", "told Reuters").
    pub via: Option<Participant>,
}

/// True when `span` lies inside a piece of a direct quotation of `quotes`
/// (sorted by start, as the layer is).
///
/// Indirect speech is not a quotation: what it reports is the reporter's
/// wording, and the events stage judges its modality itself.
#[must_use]
pub fn inside(quotes: &[Quote], span: Span) -> bool {
    let end = quotes.partition_point(|q| q.span.start <= span.start);
    quotes[..end]
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .any(|q| q.pieces.iter().any(|p| p.contains(span)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn direct(pieces: &[(u32, u32)]) -> Quote {
        let pieces: Vec<Span> = pieces.iter().map(|&(a, b)| Span::new(a, b)).collect();
        Quote {
            span: Span::new(pieces[0].start, pieces[pieces.len() - 1].end),
            pieces,
            kind: QuoteKind::Direct,
            speaker: None,
            cue: None,
            via: None,
        }
    }

    #[test]
    fn inside_checks_pieces_not_the_attribution_between() {
        let q = vec![direct(&[(0, 10), (25, 40)]), direct(&[(50, 60)])];
        assert!(inside(&q, Span::new(2, 8)));
        assert!(!inside(&q, Span::new(12, 20)));
        assert!(inside(&q, Span::new(30, 35)));
        assert!(inside(&q, Span::new(50, 60)));
        assert!(!inside(&q, Span::new(58, 62)));
        assert!(!inside(&[], Span::new(0, 1)));
    }

    #[test]
    fn indirect_speech_is_not_a_quotation() {
        let mut q = direct(&[(0, 10)]);
        q.kind = QuoteKind::Indirect;
        assert!(!inside(&[q], Span::new(2, 8)));
    }
}
