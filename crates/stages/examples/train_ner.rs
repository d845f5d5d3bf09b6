//! Trains the `entities` stage's model on CoNLL-2003 tokens and writes it.
//!
//! ```text
//! cargo run --release -p herald-stages --example train_ner -- \
//!     /work/shared/train/conll2003_train_tokens.jsonl crates/stages/data/ner/model.bin \
//!     [--dev /work/shared/train/conll2003_dev_tokens.jsonl] [--epochs 10] [--bits 15] \
//!     [--seed 1] [--prune 0.5] [--connectors 2] [--greedy]
//! ```
//!
//! Input: JSON Lines `{"id","sentences":[{"tokens":[…],"ner":[…]}]}` with IOB
//! tags (the POS and chunk columns are ignored: Herald has no POS tagger).
//! The confidence temperature is fitted on a tenth of the training documents
//! held out from a first run; the model written is then trained on all of
//! them. `--dev` only reports figures after each epoch; it never changes the
//! model.

use std::io::BufRead;
use std::process::ExitCode;
use std::time::Instant;

use herald_stages::entities::train::{
    calibrate, entities_from_iob, evaluate, tag_doc, LabeledDoc, LabeledSentence, Scores,
    TrainConfig, Trainer,
};
use herald_stages::entities::Model;

struct Args {
    train: String,
    out: String,
    dev: Option<String>,
    epochs: usize,
    seed: u64,
    cfg: TrainConfig,
}

fn parse_args() -> Result<Args, String> {
    let mut pos = Vec::new();
    let mut args = Args {
        train: String::new(),
        out: String::new(),
        dev: None,
        epochs: 10,
        seed: 1,
        cfg: TrainConfig::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--dev" => args.dev = Some(value("--dev")?),
            "--epochs" => {
                args.epochs = value("--epochs")?
                    .parse()
                    .map_err(|e| format!("--epochs: {e}"))?
            }
            "--bits" => {
                args.cfg.bits = value("--bits")?
                    .parse()
                    .map_err(|e| format!("--bits: {e}"))?
            }
            "--seed" => {
                args.seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--prune" => {
                args.cfg.prune = value("--prune")?
                    .parse()
                    .map_err(|e| format!("--prune: {e}"))?
            }
            "--greedy" => args.cfg.viterbi = false,
            "--connectors" => {
                args.cfg.connector_count = value("--connectors")?
                    .parse()
                    .map_err(|e| format!("--connectors: {e}"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => pos.push(a),
        }
    }
    let [train, out] = <[String; 2]>::try_from(pos)
        .map_err(|_| "usage: train_ner TRAIN.jsonl OUT.bin [--dev DEV.jsonl] [--epochs N] [--bits B] [--seed S] [--prune W] [--connectors N] [--greedy]".to_owned())?;
    if !(8..=20).contains(&args.cfg.bits) {
        return Err("--bits must be within 8..=20".to_owned());
    }
    args.train = train;
    args.out = out;
    Ok(args)
}

fn read(path: &str) -> Result<Vec<LabeledDoc>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let at = |m: String| format!("{path}:{}: {m}", n + 1);
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| at(e.to_string()))?;
        let sentences = v
            .get("sentences")
            .and_then(|s| s.as_array())
            .ok_or_else(|| at("no sentences".into()))?;
        let mut doc = LabeledDoc::default();
        for s in sentences {
            let strings = |key: &str| -> Result<Vec<String>, String> {
                s.get(key)
                    .and_then(|t| t.as_array())
                    .ok_or_else(|| at(format!("sentence without {key}")))?
                    .iter()
                    .map(|t| {
                        t.as_str()
                            .map(str::to_owned)
                            .ok_or_else(|| at(format!("{key}: not a string")))
                    })
                    .collect()
            };
            let tokens = strings("tokens")?;
            let ner = strings("ner")?;
            if ner.len() != tokens.len() {
                return Err(at("tokens and ner differ in length".into()));
            }
            let tags: Vec<&str> = ner.iter().map(String::as_str).collect();
            let entities = entities_from_iob(&tags).map_err(at)?;
            doc.sentences.push(LabeledSentence { tokens, entities });
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn show(s: &Scores) -> String {
    let l = |k: usize| s.per_label[k].f1 * 100.0;
    format!(
        "micro(PER+ORG+LOC) F1 {:.2} (P {:.2} R {:.2})  PER {:.2} ORG {:.2} LOC {:.2} MISC {:.2}  all {:.2}",
        s.micro.f1 * 100.0,
        s.micro.precision * 100.0,
        s.micro.recall * 100.0,
        l(0),
        l(1),
        l(2),
        l(3),
        s.all.f1 * 100.0
    )
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let started = Instant::now();
    let docs = read(&args.train)?;
    let dev = args.dev.as_deref().map(read).transpose()?;
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    eprintln!(
        "train: {} documents, {sentences} sentences; bits {}, {} epochs, seed {}, {}",
        docs.len(),
        args.cfg.bits,
        args.epochs,
        args.seed,
        if args.cfg.viterbi {
            "Viterbi"
        } else {
            "greedy"
        }
    );

    // 1. Fit the confidence temperature on held-out training documents.
    let held: Vec<LabeledDoc> = docs.iter().skip(9).step_by(10).cloned().collect();
    let rest: Vec<LabeledDoc> = docs
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 10 != 9)
        .map(|(_, d)| d.clone())
        .collect();
    let mut t = Trainer::new(args.cfg, &rest);
    for e in 0..args.epochs {
        t.epoch(&rest, args.seed.wrapping_add(e as u64));
    }
    let probe = calibrate(t.model(), &held);
    drop(t);
    eprintln!("held-out tenth: {}", show(&evaluate(&probe, &held)));

    // 2. Train on everything.
    let mut t = Trainer::new(args.cfg, &docs);
    for e in 0..args.epochs {
        let st = t.epoch(&docs, args.seed.wrapping_add(e as u64));
        let mut line = format!(
            "epoch {:>2}: token accuracy {:.4} (scored {}, unreachable {})",
            e + 1,
            st.accuracy(),
            st.scored,
            st.unreachable
        );
        if let Some(dev) = &dev {
            line.push_str(&format!("  dev {}", show(&evaluate(&t.model(), dev))));
        }
        eprintln!("{line}");
    }
    let model = t.model().with_temperature(probe.temperature());
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out))?;
    eprintln!(
        "wrote {} ({} bytes, {} non-zero rows of 2^{}) in {:.1} s",
        args.out,
        bytes.len(),
        model.nonzero_rows(),
        model.bits(),
        started.elapsed().as_secs_f64()
    );
    if let Some(dev) = &dev {
        eprintln!("dev (written model): {}", show(&evaluate(&model, dev)));
        eprintln!("dev confidence: {}", confidence_bands(&model, dev));
    }
    Ok(())
}

/// Precision of the predicted mentions by confidence band: a check that the
/// confidences mean what they say.
fn confidence_bands(model: &Model, docs: &[LabeledDoc]) -> String {
    const BANDS: [f32; 5] = [0.0, 0.5, 0.8, 0.95, 0.99];
    let mut counts = [(0usize, 0usize); BANDS.len()];
    for doc in docs {
        for (sent, pred) in doc.sentences.iter().zip(tag_doc(model, doc)) {
            for (r, l, c) in pred {
                let right = sent.entities.iter().any(|(g, gl)| *g == r && *gl == l);
                let band = BANDS.iter().rposition(|&b| c >= b).unwrap_or(0);
                if let Some(slot) = counts.get_mut(band) {
                    slot.0 += 1;
                    slot.1 += usize::from(right);
                }
            }
        }
    }
    let mut out = format!("temperature {:.3};", model.temperature());
    for (b, (n, right)) in BANDS.iter().zip(counts) {
        let p = if n == 0 { 0.0 } else { right as f64 / n as f64 };
        out.push_str(&format!("  >={b}: {n} mentions, precision {p:.3}"));
    }
    out
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_ner: {e}");
            ExitCode::FAILURE
        }
    }
}
