//! `herald export`: the store's events for other tools, streamed.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use herald_store::export;

use crate::commands::query::{filter, open};
use crate::flags::{ExportArgs, ExportFormat};

pub fn run(args: &ExportArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let store = open(&args.store, false)?;
    let f = filter(&args.filter, 0, None);
    let to_stdout = args.out.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if args.format == ExportFormat::Parquet {
        let Some(dir) = args.out.as_ref().filter(|_| !to_stdout) else {
            anyhow::bail!("--format parquet writes a directory: give it with --out DIR");
        };
        let n = crate::commands::parquet::write(store.as_ref(), &f, dir)?;
        if !quiet {
            eprintln!("herald: wrote {n} events to {}", dir.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut out: Box<dyn Write> = if to_stdout {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    } else {
        let path = args
            .out
            .as_ref()
            .map_or_else(Default::default, Clone::clone);
        Box::new(BufWriter::new(
            std::fs::File::create(&path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ))
    };
    let written = match args.format {
        ExportFormat::Jsonl => export::write_jsonl(store.as_ref(), &f, &mut out),
        ExportFormat::Gdelt => export::write_gdelt(store.as_ref(), &f, &mut out),
        ExportFormat::Graphml => {
            let net = store.network(&herald_store::EventFilter { limit: 5_000, ..f })?;
            let n = net.nodes.len() as u64;
            export::write_graphml(&net, &mut out).map(|()| n)
        }
        ExportFormat::Parquet => unreachable!("handled above"),
    };
    let n = match written {
        Err(herald_store::StoreError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(ExitCode::SUCCESS)
        }
        r => r.context("export failed")?,
    };
    if !quiet && !to_stdout {
        let what = if args.format == ExportFormat::Graphml {
            "actors"
        } else {
            "events"
        };
        eprintln!(
            "herald: wrote {n} {what} to {}",
            args.out
                .as_ref()
                .map_or_else(String::new, |p| p.display().to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}
