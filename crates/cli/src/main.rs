//! The `herald` binary: a thin shell over `herald-io` and `herald-pipeline`.
//!
//! Owns argument parsing, logging setup and exit codes; every command lives in
//! `commands/`. Exit codes: 0 success, 1 some documents failed (the others
//! were processed), 2 usage or setup error.

use std::process::ExitCode;

use clap::Parser;

mod commands;
mod flags;

fn main() -> ExitCode {
    let args = flags::Cli::parse();
    init_logging(args.verbose, args.quiet);
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("herald: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: flags::Cli) -> anyhow::Result<ExitCode> {
    match args.command {
        flags::Command::Extract(a) => commands::extract::run(&a, args.quiet),
        flags::Command::Bench(a) => commands::bench::run(&a),
        flags::Command::Stages(a) => commands::stages::run(&a),
        flags::Command::Eval(a) => commands::eval::run(&a),
        flags::Command::Ingest(a) => commands::ingest::run(&a, args.quiet),
        flags::Command::Query(a) => commands::query::run(&a),
        flags::Command::Export(a) => commands::export::run(&a, args.quiet),
        flags::Command::Serve(a) => commands::serve::run(&a),
        flags::Command::Kb { what } => match what {
            flags::KbWhat::Show { name, store, json } => commands::kb::show(&name, &store, json),
        },
        flags::Command::Dev { what } => match what {
            flags::DevWhat::Scale(a) => commands::scale::run(&a, args.quiet),
        },
    }
}

/// Logs go to standard error; `RUST_LOG` overrides `-v`/`-q`.
fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}
