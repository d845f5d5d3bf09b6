//! The `actors` layer's types: who the text is about, coded in CAMEO, and
//! every place it names them.
//!
//! Owns the data model only; the `actors` stage (`herald-stages`) resolves
//! mentions to actors with the knowledge base.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person ("Olaf Scholz").
    Person,
    /// A state as a whole ("Russia", "the U.S.").
    Country,
    /// A state's government, military, legislature … ("the White House",
    /// "Moscow has demanded", "Russian troops").
    StateBody,
    /// An intergovernmental or non-governmental organisation ("NATO").
    Organisation,
    /// A news organisation ("AP").
    Media,
    /// A place that acts as nothing but a place ("in Geneva").
    Place,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// By name ("Olaf Scholz", "Russia", "NATO").
    Name,
    /// By a name with a title ("German Chancellor Olaf Scholz").
    Titled,
    /// By surname alone, after a fuller mention ("Scholz").
    Surname,
    /// By an adjective ("Russian" in "Russian troops").
    Demonym,
    /// By a place or building standing for a government ("the Kremlin",
    /// "Moscow has demanded").
    Metonym,
    /// By a role description ("the French president").
    Description,
    /// By a pronoun ("he").
    Pronoun,
}

/// One actor of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable within the document: `a0`, `a1`, …
    pub id: String,
    /// Display name ("Olaf Scholz", "Russia", "Government of Russia").
    pub name: String,
    /// CAMEO actor code (`DEUGOV`, `RUS`, `IGOWSTNAT`, `USAMED`); empty when
    /// unknown.
    pub code: String,
    /// CAMEO country code, when known.
    pub country: Option<String>,
    /// CAMEO sector code (`GOV`, `MIL`, …), when known.
    pub sector: Option<String>,
    /// Role title as written ("chancellor"), for persons.
    pub role: Option<String>,
    /// What kind of actor.
    pub kind: ActorKind,
}

/// One mention of an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Where it is.
    pub span: Span,
    /// Index of the actor in [`Actors::actors`].
    pub actor: u32,
    /// Index of the sentence it is in.
    pub sentence: u32,
    /// How it names the actor.
    pub kind: MentionKind,
}

/// The `actors` layer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actors {
    /// The document's actors, in order of first mention.
    pub actors: Vec<Actor>,
    /// Their mentions, sorted by start.
    pub mentions: Vec<ActorMention>,
}
