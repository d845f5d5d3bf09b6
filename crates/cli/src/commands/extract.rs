//! `herald extract`: read inputs, run the pipeline, print each document.
//!
//! Glue only: sources come from `herald-io`, analysis from `herald-pipeline`,
//! JSON from `herald_io::doc_json`. A failing document is reported on
//! standard error and counted; the exit code says whether any failed.
//!
//! Documents are extracted and rendered in parallel (rayon) as they are
//! read, and written in the order they were read, each as soon as it and
//! every document before it are done: a pipe from standard input streams.
//! A bounded number of documents are in flight, so memory does not grow
//! with the input.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc;

use anyhow::{bail, Context};
use herald_core::{Article, Doc, SentenceKind};
use herald_io::{doc_json, JsonOptions, SourceOptions};
use herald_pipeline::Pipeline;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::flags::{ExtractArgs, InputFormat, OutputFormat};

/// What became of one input item, rendered by a worker.
enum Outcome {
    /// The rendered document (one JSON line, or the readable form) and its
    /// number of sentences.
    Done(Vec<u8>, usize),
    /// Left out on purpose (not English): the message for the log.
    Skipped(String),
    /// Unreadable, or the pipeline failed: the message for standard error.
    Failed(String),
}

/// Counts of a run, kept by the writer.
#[derive(Default)]
struct Tally {
    ok: u64,
    failed: u64,
    skipped: u64,
    sentences: usize,
    /// The reader of the output went away (`| head`): stop quietly.
    closed: bool,
}

pub fn run(args: &ExtractArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start threads")?;
    }
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
    let file = match &args.output {
        Some(path) => {
            Some(File::create(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None => None,
    };
    let json_opts = JsonOptions {
        tokens: args.tokens,
        text: args.text,
    };
    let format = args.format;

    // A spinner for multi-document runs on a terminal: drawn from the second
    // document on, so a single article prints nothing but itself.
    let show_progress = !quiet && io::stderr().is_terminal();
    let progress = ProgressBar::hidden();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );

    let mut sources = herald_io::open(&inputs, opts);
    // Documents read but not yet written: enough to keep every thread busy
    // while one slow document holds up the output.
    let in_flight = 4 * rayon::current_num_threads() + 4;
    let tally = std::thread::scope(|threads| -> anyhow::Result<Tally> {
        let (done_tx, done_rx) = mpsc::channel::<(usize, Outcome)>();
        // One token per document in flight: the reader puts one in before
        // it dispatches a document, the writer takes one out after it wrote
        // one, so the reader waits while `in_flight` are pending.
        let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(in_flight);
        let writer_progress = progress.clone();
        let writer = threads.spawn(move || {
            let out: Box<dyn Write> = match file {
                Some(f) => Box::new(f),
                None => Box::new(io::stdout().lock()),
            };
            write_in_order(
                &mut BufWriter::new(out),
                &done_rx,
                &slot_rx,
                &writer_progress,
                show_progress,
            )
        });
        let pipeline = &pipeline;
        rayon::in_place_scope(|scope| {
            for (seq, item) in sources.by_ref().enumerate() {
                if slot_tx.send(()).is_err() {
                    break; // the writer stopped: output closed or failed
                }
                match item {
                    Ok(article) => {
                        let done = done_tx.clone();
                        scope.spawn(move |_| {
                            let outcome = render(pipeline, &article, format, json_opts);
                            let _ = done.send((seq, outcome));
                        });
                    }
                    Err(e) => {
                        let outcome = if e.is_skip() {
                            Outcome::Skipped(e.to_string())
                        } else {
                            Outcome::Failed(e.to_string())
                        };
                        let _ = done_tx.send((seq, outcome));
                    }
                }
            }
        });
        drop(done_tx);
        drop(slot_tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("the output writer panicked"))?
    })?;
    progress.finish_and_clear();
    if tally.closed {
        return Ok(ExitCode::SUCCESS);
    }
    if !quiet {
        let warnings = sources.warnings().len();
        eprintln!(
            "herald: processed {}, failed {}, skipped {} (not English); {} sentences, {warnings} warnings",
            tally.ok, tally.failed, tally.skipped, tally.sentences
        );
    }
    Ok(if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs the pipeline on one article and renders the document.
fn render(
    pipeline: &Pipeline,
    article: &Article,
    format: OutputFormat,
    json: JsonOptions,
) -> Outcome {
    let doc = match pipeline.extract(article) {
        Ok(doc) => doc,
        Err(e) => return Outcome::Failed(format!("{}: {e}", article.origin)),
    };
    let mut bytes = Vec::with_capacity(doc.text().len() * 8);
    let written = match format {
        OutputFormat::Jsonl => serde_json::to_writer(&mut bytes, &doc_json(&doc, json))
            .map_err(io::Error::from)
            .and_then(|()| bytes.write_all(b"\n")),
        OutputFormat::Pretty => write_pretty(&mut bytes, &doc),
    };
    match written {
        Ok(()) => Outcome::Done(bytes, doc.sentences().len()),
        Err(e) => Outcome::Failed(format!("{}: cannot render: {e}", article.origin)),
    }
}

/// Writes outcomes in input order (`seq` from 0) as they arrive, freeing a
/// slot for each; reports skips and failures in that order too.
fn write_in_order(
    out: &mut impl Write,
    done: &mpsc::Receiver<(usize, Outcome)>,
    slots: &mpsc::Receiver<()>,
    progress: &ProgressBar,
    show_progress: bool,
) -> anyhow::Result<Tally> {
    let mut tally = Tally::default();
    let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut next = 0usize;
    for (seq, outcome) in done {
        pending.insert(seq, outcome);
        while let Some(outcome) = pending.remove(&next) {
            next += 1;
            let _ = slots.recv();
            match outcome {
                Outcome::Done(bytes, sentences) => {
                    tally.ok += 1;
                    tally.sentences += sentences;
                    match out.write_all(&bytes) {
                        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                            tally.closed = true;
                            return Ok(tally);
                        }
                        other => other.context("cannot write output")?,
                    }
                }
                Outcome::Skipped(message) => {
                    tally.skipped += 1;
                    progress.suspend(|| tracing::warn!("{message}"));
                }
                Outcome::Failed(message) => {
                    tally.failed += 1;
                    progress.suspend(|| eprintln!("herald: error: {message}"));
                }
            }
            if show_progress && progress.position() == 1 {
                progress.set_draw_target(ProgressDrawTarget::stderr());
            }
            progress.inc(1);
            progress.set_message(format!("{} failed", tally.failed));
        }
    }
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => tally.closed = true,
        other => other.context("cannot write output")?,
    }
    Ok(tally)
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
        let mark = match s.kind {
            SentenceKind::Heading => "H",
            SentenceKind::Caption => "C",
            SentenceKind::Sentence => " ",
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
