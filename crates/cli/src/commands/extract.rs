//! `herald extract`: read inputs, run the pipeline, print each document.
//!
//! Glue only: sources come from `herald-io`, analysis from `herald-pipeline`,
//! JSON from `herald_io::doc_json`. A failing document is reported on
//! standard error and counted; the exit code says whether any failed.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{bail, Context};
use herald_core::{Doc, SentenceKind};
use herald_io::{doc_json, JsonOptions, SourceOptions};
use herald_pipeline::Pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::flags::{ExtractArgs, InputFormat, OutputFormat};

pub fn run(args: &ExtractArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let pipeline = match &args.stages {
        Some(names) => Pipeline::build(names)?,
        None => Pipeline::full(),
    };
    let mut inputs = args.inputs.clone();
    if inputs.is_empty() {
        if io::stdin().is_terminal() {
            bail!("no input: give files, directories, or `-` for standard input (see `herald extract --help`)");
        }
        inputs.push("-".into());
    }
    let opts = SourceOptions {
        english_only: !args.all_languages,
        format: args.input_format.map(InputFormat::format),
        ..SourceOptions::default()
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let json_opts = JsonOptions {
        tokens: args.tokens,
        text: args.text,
    };

    // A spinner for multi-document runs on a terminal: drawn from the second
    // document on, so a single article prints nothing but itself.
    let show_progress = !quiet && io::stderr().is_terminal();
    let progress = ProgressBar::hidden();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );

    let mut sources = herald_io::open(&inputs, opts);
    let (mut ok, mut failed, mut skipped, mut sentences) = (0u64, 0u64, 0u64, 0usize);
    for item in sources.by_ref() {
        let result = item
            .map_err(|e| (e.is_skip(), e.to_string()))
            .and_then(|article| {
                pipeline
                    .extract(&article)
                    .map_err(|e| (false, format!("{}: {e}", article.origin)))
            });
        match result {
            Ok(doc) => {
                ok += 1;
                sentences += doc.sentences().len();
                let written = match args.format {
                    OutputFormat::Jsonl => {
                        serde_json::to_writer(&mut out, &doc_json(&doc, json_opts))
                            .map_err(io::Error::from)
                            .and_then(|()| out.write_all(b"\n"))
                    }
                    OutputFormat::Pretty => write_pretty(&mut out, &doc),
                };
                if let Err(e) = written {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        return Ok(ExitCode::SUCCESS);
                    }
                    return Err(e).context("cannot write output");
                }
            }
            Err((true, message)) => {
                skipped += 1;
                progress.suspend(|| tracing::warn!("{message}"));
            }
            Err((false, message)) => {
                failed += 1;
                progress.suspend(|| eprintln!("herald: error: {message}"));
            }
        }
        if show_progress && progress.position() == 1 {
            progress.set_draw_target(ProgressDrawTarget::stderr());
        }
        progress.inc(1);
        progress.set_message(format!("{failed} failed"));
    }
    progress.finish_and_clear();
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        other => other.context("cannot write output")?,
    }
    if !quiet {
        let warnings = sources.warnings().len();
        eprintln!(
            "herald: processed {ok}, failed {failed}, skipped {skipped} (not English); {sentences} sentences, {warnings} warnings"
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One document as readable text: a header line, then one line per sentence,
/// headings marked, a blank line between paragraphs.
fn write_pretty(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    let date = doc
        .date()
        .map_or_else(|| "date unknown".to_owned(), |d| d.to_string());
    writeln!(out, "══ {} · {} · id {}", doc.origin(), date, doc.id())?;
    if let Some(title) = doc.title() {
        writeln!(out, "   title: {title}")?;
    }
    writeln!(
        out,
        "   {} paragraphs, {} sentences, {} words",
        doc.paragraphs().len(),
        doc.sentences().len(),
        doc.word_count()
    )?;
    let mut paragraph = None;
    for (i, s) in doc.sentences().iter().enumerate() {
        if paragraph.is_some_and(|p| p != s.paragraph) {
            writeln!(out)?;
        }
        paragraph = Some(s.paragraph);
        let mark = if s.kind == SentenceKind::Heading {
            "H"
        } else {
            " "
        };
        let text: String = doc
            .text_of(s.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(out, "{:>4} {mark} {text}", i + 1)?;
        for t in doc.times().iter().filter(|t| t.sentence as usize == i) {
            writeln!(
                out,
                "         ⏱ {:?} {} {}",
                doc.text_of(t.span),
                t.kind.as_str(),
                t.value
            )?;
        }
        for e in doc.events().iter().filter(|e| e.sentence as usize == i) {
            let who = |p: &Option<herald_core::Participant>| match p {
                Some(p) => format!("{} {:?}", p.code, doc.text_of(p.span)),
                None => "?".to_owned(),
            };
            let mut line = format!(
                "         ◆ {} {} ({}): {} → {} [{}]",
                e.coding.code,
                e.coding.name,
                e.coding.plover_type,
                who(&e.source),
                who(&e.target),
                e.modality.as_str()
            );
            if e.quoted {
                line.push_str(" quoted");
            }
            if let Some(d) = e.date {
                let from = match d.source {
                    herald_core::DateSource::Text => "text",
                    herald_core::DateSource::Document => "document date",
                };
                line.push_str(&format!(" on {} ({from})", d.value()));
            }
            if let Some(p) = &e.location {
                line.push_str(&format!(" in {}", p.name));
            }
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out)
}
