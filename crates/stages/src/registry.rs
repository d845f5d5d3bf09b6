//! The registry of stages: a plain `match` from a stage's name to its
//! constructor, so that every stage can be found with grep.

use herald_core::Stage;

use crate::actors::ActorResolver;
use crate::entities::EntityTagger;
use crate::events::EventCoder;
use crate::quotes::QuoteFinder;
use crate::segment::Segmenter;
use crate::time::TimeTagger;

/// Every stage name, in pipeline order.
pub const STAGES: &[&str] = &["segment", "time", "entities", "actors", "quotes", "events"];

/// The stage called `name`, or `None` when there is no such stage.
#[must_use]
pub fn build(name: &str) -> Option<Box<dyn Stage>> {
    match name {
        "segment" => Some(Box::new(Segmenter)),
        "time" => Some(Box::new(TimeTagger)),
        "entities" => Some(Box::new(EntityTagger)),
        "actors" => Some(Box::new(ActorResolver::default())),
        "quotes" => Some(Box::new(QuoteFinder)),
        "events" => Some(Box::new(EventCoder)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_builds_every_listed_stage() {
        for name in STAGES {
            let stage = build(name).unwrap();
            assert_eq!(stage.name(), *name);
        }
        assert!(build("nope").is_none());
    }
}
