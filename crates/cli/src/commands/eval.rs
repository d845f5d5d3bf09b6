//! `herald eval <kind> --gold FILE [--json]`: scores against gold data.

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use herald_pipeline::Pipeline;

use crate::flags::{EvalArgs, EvalKind};

pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let path = args.gold.display().to_string();
    let file = File::open(&args.gold).with_context(|| format!("cannot open {path}"))?;
    let pipeline = Pipeline::full();
    let started = Instant::now();
    match args.kind {
        EvalKind::Times => {
            let r = herald_eval::times::evaluate(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("times: {path}");
                println!(
                    "  docs {}  gold {}  predicted {}",
                    r.docs, r.gold, r.predicted
                );
                println!("  span F1 strict   {:.4}", r.span_f1_strict);
                println!("  span F1 relaxed  {:.4}", r.span_f1_relaxed);
                println!("  type accuracy    {:.4}", r.type_accuracy);
                println!("  value F1         {:.4}", r.value_f1);
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
            for m in r.misses.iter().take(args.errors) {
                let show = |i: &Option<herald_eval::times::Item>| match i {
                    Some(i) => format!(
                        "{:?} {} {} [{}..{}]",
                        i.text, i.kind, i.value, i.start, i.end
                    ),
                    None => "-".to_owned(),
                };
                eprintln!(
                    "{}\tgold {}\therald {}",
                    m.doc,
                    show(&m.gold),
                    show(&m.predicted)
                );
            }
        }
        EvalKind::Entities => {
            let r = herald_eval::entities::evaluate(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("entities: {path}");
                println!(
                    "  docs {}  gold {}  predicted {}",
                    r.docs, r.gold, r.predicted
                );
                let table = serde_json::to_value(r.per_label)?;
                for label in ["PER", "ORG", "LOC", "MISC"] {
                    let l = &table[label];
                    println!(
                        "  {label:<5} P {:.4}  R {:.4}  F1 {:.4}  (gold {}, predicted {})",
                        l["precision"].as_f64().unwrap_or(0.0),
                        l["recall"].as_f64().unwrap_or(0.0),
                        l["f1"].as_f64().unwrap_or(0.0),
                        l["gold"],
                        l["predicted"]
                    );
                }
                println!(
                    "  micro PER+ORG+LOC  P {:.4}  R {:.4}  F1 {:.4}",
                    r.micro_precision, r.micro_recall, r.micro_f1
                );
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
