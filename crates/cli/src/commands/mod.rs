//! One module per command.

pub mod bench;
pub mod extract;
pub mod stages;
