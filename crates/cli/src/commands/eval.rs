//! `herald eval <kind> --gold FILE [--json]`: scores against gold data.

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use herald_pipeline::Pipeline;

use crate::flags::{EvalArgs, EvalKind};

pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    if args.kind == EvalKind::Seed {
        return seed(args);
    }
    let Some(gold) = &args.gold else {
        anyhow::bail!("--gold FILE is required for this kind of evaluation");
    };
    let path = gold.display().to_string();
    let file = File::open(gold).with_context(|| format!("cannot open {path}"))?;
    let pipeline = Pipeline::full();
    let started = Instant::now();
    match args.kind {
        EvalKind::Seed => unreachable!("handled above"),
        EvalKind::Events => {
            let r = herald_eval::events::evaluate_triples(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("events: {path}");
                println!(
                    "  records {}  gold {}  predicted {}",
                    r.records, r.gold, r.predicted
                );
                println!(
                    "  triples  P {:.4}  R {:.4}  F1 {:.4}",
                    r.precision, r.recall, r.f1
                );
                println!("  root F1  {:.4}", r.root_f1);
                println!("  conventions: {}", r.convention);
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
            for m in r.misses.iter().take(args.errors) {
                let show = |ts: &[herald_eval::events::Triple]| {
                    ts.iter()
                        .map(|t| format!("{}>{}:{}", t.source, t.target, t.code))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                eprintln!(
                    "{}\tgold {}\therald {}\t{}",
                    m.record,
                    show(&m.gold),
                    show(&m.predicted),
                    m.text
                );
            }
        }
        EvalKind::Plover => {
            let r = herald_eval::events::evaluate_plover(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("plover: {path}");
                println!("  records {}  gold events {}", r.records, r.gold);
                println!("  type recall  {:.4}", r.type_recall);
                println!("  root recall  {:.4}", r.root_recall);
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
            for m in r.misses.iter().take(args.errors) {
                eprintln!(
                    "{}\tgold {}\therald {}\t{}",
                    m.record,
                    m.gold,
                    m.predicted.join(","),
                    m.text
                );
            }
        }
        EvalKind::Quotes => {
            let r = herald_eval::quotes::evaluate(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("quotes: {path}");
                println!(
                    "  docs {}  gold {}  predicted {}",
                    r.docs, r.gold, r.predicted
                );
                println!(
                    "  all       P {:.4}  R {:.4}  F1 {:.4}",
                    r.quote_precision, r.quote_recall, r.quote_f1
                );
                println!(
                    "  direct    P {:.4}  R {:.4}  F1 {:.4}  (gold direct+mixed {}, predicted direct {})",
                    r.direct_precision, r.direct_recall, r.direct_quote_f1, r.gold_direct, r.predicted_direct
                );
                println!(
                    "  indirect  P {:.4}  R {:.4}  F1 {:.4}  (gold {}, predicted {})",
                    r.indirect_precision,
                    r.indirect_recall,
                    r.indirect_quote_f1,
                    r.gold_indirect,
                    r.predicted_indirect
                );
                println!(
                    "  speaker accuracy {:.4} on {} matched quotes ({:.4} on direct quotes)",
                    r.speaker_accuracy, r.speaker_scored, r.direct_speaker_accuracy
                );
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
            for m in r.misses.iter().take(args.errors) {
                let show = |i: &Option<herald_eval::quotes::Item>| match i {
                    Some(i) => format!(
                        "{} {:?} <{}|{}> {:?}",
                        i.kind, i.pieces, i.speaker, i.actor, i.text
                    ),
                    None => "-".to_owned(),
                };
                eprintln!(
                    "{}\t{}\tgold {}\therald {}",
                    m.doc,
                    m.what,
                    show(&m.gold),
                    show(&m.predicted)
                );
            }
        }
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
                let class = match (&m.gold, &m.predicted) {
                    (Some(_), None) => "MISSED",
                    (None, Some(_)) => "SPURIOUS",
                    (Some(g), Some(p)) if g.value != p.value => "VALUE",
                    (Some(g), Some(p)) if g.kind != p.kind => "TYPE",
                    _ => "SPAN",
                };
                eprintln!(
                    "{class}\t{}\tdct {}\tgold {}\therald {}\t{}",
                    m.doc,
                    m.dct.as_deref().unwrap_or("-"),
                    show(&m.gold),
                    show(&m.predicted),
                    m.context
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
        EvalKind::Places => {
            let r = herald_eval::places::evaluate(&pipeline, BufReader::new(file), &path)?;
            if args.json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                println!("places: {path}");
                println!(
                    "  docs {}  gold {}  predicted {}",
                    r.docs, r.gold, r.predicted
                );
                println!(
                    "  toponyms exact    P {:.4}  R {:.4}  F1 {:.4}",
                    r.toponym_precision, r.toponym_recall, r.toponym_f1
                );
                println!(
                    "  toponyms overlap  P {:.4}  R {:.4}  F1 {:.4}",
                    r.overlap_precision, r.overlap_recall, r.overlap_f1
                );
                println!(
                    "  resolved {} of {} matched with a gold point (gold points {})",
                    r.resolved, r.matched_located, r.gold_located
                );
                println!(
                    "  acc@161km {:.4}  mean error {:.1} km  median {:.1} km",
                    r.acc_at_161km, r.mean_error_km, r.median_error_km
                );
                println!("  ({:.2} s)", started.elapsed().as_secs_f64());
            }
            for m in r.misses.iter().take(args.errors) {
                let show = |i: &Option<herald_eval::places::Item>| match i {
                    Some(i) => match (i.lat, i.lon) {
                        (Some(lat), Some(lon)) => {
                            format!("{:?} [{}..{}] ({lat:.2}, {lon:.2})", i.text, i.start, i.end)
                        }
                        _ => format!("{:?} [{}..{}] (-)", i.text, i.start, i.end),
                    },
                    None => "-".to_owned(),
                };
                let class = match (&m.gold, &m.predicted, m.error_km) {
                    (Some(_), None, _) => "MISSED".to_owned(),
                    (None, Some(_), _) => "SPURIOUS".to_owned(),
                    (_, _, Some(d)) if d > herald_eval::places::ACC_KM => format!("FAR {d:.0} km"),
                    (Some(g), Some(_), None) if g.lat.is_some() => "UNRESOLVED".to_owned(),
                    _ => "SPAN".to_owned(),
                };
                eprintln!(
                    "{class}\t{}\tgold {}\therald {}",
                    m.doc,
                    show(&m.gold),
                    show(&m.predicted)
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `herald eval seed --expected FILE --article FILE`: every expected event,
/// time, quote and `must_not` entry, found or missing.
fn seed(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let (Some(expected), Some(article)) = (&args.expected, &args.article) else {
        anyhow::bail!("eval seed needs --expected FILE and --article FILE");
    };
    let exp = std::fs::read_to_string(expected)
        .with_context(|| format!("cannot read {}", expected.display()))?;
    let path = article.display().to_string();
    let mut sources = herald_io::open(&[path.as_str()], herald_io::SourceOptions::default());
    let article = sources
        .next()
        .with_context(|| format!("{path}: no article"))?
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let doc = Pipeline::full()
        .extract(&article)
        .map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    let r = herald_eval::events::check_seed(&doc, &exp)?;
    if args.json {
        println!("{}", serde_json::to_string(&r)?);
    } else {
        for i in &r.items {
            let status = match (i.kind, i.ok) {
                ("must_not", true) => "ok     ",
                ("must_not", false) => "VIOLATED",
                (_, true) => "found  ",
                (_, false) => "MISSING",
            };
            println!("{status} {:<8} {}", i.kind, i.what);
            if let Some(e) = &i.evidence {
                println!("          {e}");
            }
        }
        println!(
            "events {}/{}  times {}/{}  quotes {}/{}  must_not violations {}",
            r.events_found,
            r.events_expected,
            r.times_found,
            r.times_expected,
            r.quotes_found,
            r.quotes_expected,
            r.must_not_violations
        );
    }
    let all = r.events_found == r.events_expected
        && r.times_found == r.times_expected
        && r.must_not_violations == 0;
    Ok(if all {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
