//! The `events` layer's types: who did what to whom, when and where, coded in
//! CAMEO with its PLOVER mapping, each tied to the words that support it.
//!
//! Owns the data model only; the `events` stage (`herald-stages`) finds and
//! codes events with its lexicon.

use serde::{Deserialize, Serialize};

use crate::{EventDate, Span};

/// Whether the text reports an event as having happened.
///
/// Only [`Modality::Asserted`] events count as having happened; the others
/// are kept and labelled, never dropped or counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Reported as done ("Macron met Biden").
    Asserted,
    /// Reported as not done ("did not meet").
    Negated,
    /// Possible or conditional ("could attack", "if Russia invades").
    Hypothetical,
    /// Planned, intended or future ("plans to visit", "will meet").
    Planned,
    /// Alleged by someone ("accused of planning an attack").
    Alleged,
    /// Denied by someone ("denied it had attacked").
    Denied,
}

impl Modality {
    /// The modality's name, as in the JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
            Modality::Planned => "planned",
            Modality::Alleged => "alleged",
            Modality::Denied => "denied",
        }
    }
}

/// A source or target of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The mention it was found through, as written.
    pub span: Span,
    /// Index of the actor in [`crate::Actors::actors`], when it is one.
    pub actor: Option<u32>,
    /// CAMEO actor code (the actor's, or a place's country).
    pub code: String,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The place name as written.
    pub span: Span,
    /// The gazetteer's name for it.
    pub name: String,
    /// CAMEO country code, when known.
    pub country: Option<String>,
    /// Latitude, when the gazetteer has it.
    pub lat: Option<f64>,
    /// Longitude, when the gazetteer has it.
    pub lon: Option<f64>,
}

/// What the CAMEO code of an event means, from the event lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coding {
    /// CAMEO event code (`042`, `1123`).
    pub code: String,
    /// Short name of the code.
    pub name: String,
    /// PLOVER event type (`CONSULT`).
    pub plover_type: String,
    /// PLOVER mode (`visit`), when PLOVER defines one.
    pub plover_mode: Option<String>,
    /// Goldstein weight, −10 (most conflictual) to +10.
    pub goldstein: f32,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    pub quad_class: u8,
}

impl Coding {
    /// The two-digit CAMEO root (`04`).
    #[must_use]
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// One event of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Its CAMEO coding.
    pub coding: Coding,
    /// Index of its sentence in [`crate::Doc::sentences`].
    pub sentence: u32,
    /// The predicate's words (verb or event noun, with its particle).
    pub predicate: Span,
    /// Who did it.
    pub source: Option<Participant>,
    /// To whom.
    pub target: Option<Participant>,
    /// Whether it is reported as having happened.
    pub modality: Modality,
    /// Whether it sits inside a quotation.
    pub quoted: bool,
    /// When it happened, with provenance.
    pub date: Option<EventDate>,
    /// Where it happened.
    pub location: Option<Place>,
    /// How sure the coder is, 0 to 1.
    pub confidence: f32,
}
