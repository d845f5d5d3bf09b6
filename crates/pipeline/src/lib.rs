//! Herald's pipeline: an ordered, checked list of stages and the one entry
//! point every shell uses, [`Pipeline::extract`].
//!
//! Owns stage order and the contract between stages: when a pipeline is
//! built, each stage's `requires` must have been assigned by an earlier stage.
//! It does not read or write files (`herald-io` does) and has no analysis of
//! its own (`herald-stages` has).
//!
//! ```
//! use herald_core::Article;
//! use herald_pipeline::Pipeline;
//! let pipeline = Pipeline::full();
//! let doc = pipeline.extract(&Article::new("Scholz met Biden. They spoke.", None)).unwrap();
//! assert_eq!(doc.sentences().len(), 2);
//! ```
#![deny(missing_docs)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use herald_core::{Article, Doc, DocError, Layer, Stage, StageError};
use herald_stages::registry;

/// Why a pipeline could not be built, or a document not extracted.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// No stage has this name.
    #[error("unknown stage {0:?} (known: {known})", known = registry::STAGES.join(", "))]
    UnknownStage(String),
    /// A stage needs a layer that no earlier stage assigns.
    #[error("stage {stage:?} needs the {layer} layer; put a stage that assigns it earlier", layer = layer.name())]
    Unmet {
        /// The stage.
        stage: &'static str,
        /// What it needs.
        layer: Layer,
    },
    /// The article gives no document (empty, too large).
    #[error(transparent)]
    Doc(#[from] DocError),
    /// A stage failed on this document.
    #[error("stage {stage}: {error}")]
    Stage {
        /// The stage.
        stage: &'static str,
        /// Its error.
        error: StageError,
    },
    /// A stage panicked on this document (a bug: please report the input).
    #[error("stage {stage} panicked: {message} (this is a bug; please report the input)")]
    Panic {
        /// The stage.
        stage: &'static str,
        /// The panic message.
        message: String,
    },
}

/// An ordered list of stages, checked when built.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// Every registered stage, in order.
    #[must_use]
    pub fn full() -> Pipeline {
        Pipeline::build(registry::STAGES)
            .unwrap_or_else(|e| unreachable!("the registry's order is checked by tests: {e}"))
    }

    /// The named stages, in the given order.
    ///
    /// # Errors
    /// An unknown name, or a stage whose required layers no earlier stage
    /// assigns.
    pub fn build<S: AsRef<str>>(names: &[S]) -> Result<Pipeline, PipelineError> {
        let mut stages: Vec<Box<dyn Stage>> = Vec::with_capacity(names.len());
        for name in names {
            let name = name.as_ref();
            let stage = registry::build(name)
                .ok_or_else(|| PipelineError::UnknownStage(name.to_owned()))?;
            for &layer in stage.requires() {
                if !stages.iter().any(|s| s.assigns() == layer) {
                    return Err(PipelineError::Unmet {
                        stage: stage.name(),
                        layer,
                    });
                }
            }
            stages.push(stage);
        }
        Ok(Pipeline { stages })
    }

    /// The same pipeline whose actors stage also applies roles learned from
    /// stored articles ([`herald_stages::leaders::Leaders::learned`]).
    #[must_use]
    pub fn with_learned(
        mut self,
        learned: std::sync::Arc<herald_stages::leaders::Leaders>,
    ) -> Pipeline {
        for stage in &mut self.stages {
            if stage.name() == "actors" {
                *stage = Box::new(herald_stages::actors::ActorResolver::learning(
                    learned.clone(),
                ));
            }
        }
        self
    }

    /// The stages' names, in order.
    #[must_use]
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// One line per stage: `name  requires: …  assigns: …`.
    #[must_use]
    pub fn describe(&self) -> Vec<String> {
        self.stages
            .iter()
            .map(|s| {
                let requires: Vec<&str> = s.requires().iter().map(|l| l.name()).collect();
                let requires = if requires.is_empty() {
                    "-".to_owned()
                } else {
                    requires.join(",")
                };
                format!(
                    "{:<10} requires: {:<24} assigns: {}",
                    s.name(),
                    requires,
                    s.assigns().name()
                )
            })
            .collect()
    }

    /// Builds the document for `article` and runs every stage on it.
    ///
    /// # Errors
    /// See [`PipelineError`]; the error concerns this article only.
    pub fn extract(&self, article: &Article) -> Result<Doc, PipelineError> {
        let mut doc = Doc::new(article)?;
        self.run(&mut doc, None)?;
        Ok(doc)
    }

    /// Runs every stage on `doc`, adding each stage's time to `timings`
    /// (indexed like [`Pipeline::stage_names`]) when given.
    ///
    /// # Errors
    /// The first stage that fails, or panics, on this document.
    pub fn run(
        &self,
        doc: &mut Doc,
        mut timings: Option<&mut [Duration]>,
    ) -> Result<(), PipelineError> {
        for (i, stage) in self.stages.iter().enumerate() {
            let started = Instant::now();
            let result = catch_unwind(AssertUnwindSafe(|| stage.run(doc))).map_err(|payload| {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                PipelineError::Panic {
                    stage: stage.name(),
                    message,
                }
            })?;
            let annotation = result.map_err(|error| PipelineError::Stage {
                stage: stage.name(),
                error,
            })?;
            doc.apply(annotation);
            if let Some(t) = timings.as_deref_mut() {
                if let Some(slot) = t.get_mut(i) {
                    *slot += started.elapsed();
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use herald_core::NaiveDate;

    use super::*;

    #[test]
    fn full_pipeline_extracts_the_seed_shape() {
        let article = Article::new(
            "German Chancellor meets US President\n\nScholz met Biden on Monday. \"We are allies,\" he said.",
            NaiveDate::from_ymd_opt(2022, 2, 8),
        );
        let doc = Pipeline::full().extract(&article).unwrap();
        assert_eq!(doc.sentences().len(), 3);
        assert_eq!(doc.sentences()[0].kind, herald_core::SentenceKind::Heading);
        assert_eq!(doc.date(), NaiveDate::from_ymd_opt(2022, 2, 8));
    }

    #[test]
    fn unknown_stage_and_empty_doc_are_errors() {
        let err = Pipeline::build(&["segment", "nope"]).err().unwrap();
        assert!(
            err.to_string().starts_with("unknown stage \"nope\""),
            "{err}"
        );
        let err = Pipeline::full()
            .extract(&Article::new(" \n\t", None))
            .unwrap_err();
        assert!(matches!(err, PipelineError::Doc(DocError::Empty)));
    }

    #[test]
    fn timings_are_collected_per_stage() {
        let p = Pipeline::full();
        let mut doc = Doc::new(&Article::new("One. Two.", None)).unwrap();
        let mut t = vec![Duration::ZERO; p.stage_names().len()];
        p.run(&mut doc, Some(&mut t)).unwrap();
        assert_eq!(p.stage_names(), registry::STAGES);
        assert_eq!(t.len(), registry::STAGES.len());
    }
}
