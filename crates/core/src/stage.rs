//! The `Stage` trait: one analysis step that reads a [`Doc`] and returns one
//! layer.
//!
//! Owns the contract between stages and the pipeline. It does not order or run
//! stages: `herald-pipeline` does, and checks `requires` against earlier
//! `assigns` when it is built.

use crate::{Annotation, Doc, Layer};

/// Why a stage could not annotate a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StageError {
    /// A layer the stage needs is missing (a pipeline built without it).
    #[error("stage needs the {0:?} layer, which no earlier stage assigned")]
    MissingLayer(Layer),
    /// The document is beyond what the stage can handle.
    #[error("{0}")]
    Unsupported(String),
}

/// One analysis step.
///
/// A stage computes from `&Doc` and returns its result; the pipeline stores it
/// (spaCy's predict / set-annotations split, enforced by the types). Stages are
/// `Send + Sync` and hold only read-only data (lexicons, automata), so one
/// instance serves every thread.
pub trait Stage: Send + Sync {
    /// Name used in configuration, messages and benchmarks.
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> &'static [Layer];
    /// The one layer this stage produces.
    fn assigns(&self) -> Layer;
    /// Computes the layer for `doc`.
    ///
    /// # Errors
    /// A [`StageError`] for this document only; the batch goes on.
    fn run(&self, doc: &Doc) -> Result<Annotation, StageError>;
}
