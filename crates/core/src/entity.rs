//! The `entities` layer's types: named-entity mentions.
//!
//! Owns the data model only; the `entities` stage (`herald-stages`) finds
//! mentions, and the actors stage (to come) resolves them to actors.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of thing a mention names (CoNLL-2003 labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation (government bodies, companies, parties, IGOs).
    Org,
    /// A place (countries, cities, regions, geographic features).
    Loc,
    /// Other names: nationalities and demonyms, events, laws, …
    Misc,
}

impl EntityLabel {
    /// `PER`, `ORG`, `LOC` or `MISC`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// One entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where it is (whole tokens).
    pub span: Span,
    /// What it names.
    pub label: EntityLabel,
    /// Index of the sentence it is in.
    pub sentence: u32,
    /// How sure the recogniser is, 0–1.
    pub confidence: f32,
}
