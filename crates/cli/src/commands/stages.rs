//! `herald stages --list`: the pipeline's stages, what they need and assign.

use std::process::ExitCode;

use herald_pipeline::Pipeline;

use crate::flags::StagesArgs;

pub fn run(_args: &StagesArgs) -> anyhow::Result<ExitCode> {
    for line in Pipeline::full().describe() {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
