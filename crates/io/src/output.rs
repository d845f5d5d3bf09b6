//! JSON output of a document: the one place where byte spans become Unicode
//! character offsets.
//!
//! Owns the output shape of `herald extract` (`--format jsonl`): document
//! fields, `paragraphs`, `sentences`, `times` (`anchor` is `null` for an
//! absolute value, `"document"` for the document date, or the index of the
//! expression it was resolved from), `quotes` (`pieces` are the quoted
//! spans without the attribution between them; `text` joins them with
//! " … "; `speaker` and `via` are the mentions they were attributed
//! through, with their actor; `cue` is the speech word as written,
//! `cue_lemma` its base form), optional `tokens`. Every
//! `start`/`end` written here counts Unicode scalar values from the start of
//! `text`, as Python's `str` and spaCy do.

use herald_core::{
    offsets::CharOffsets, Actor, Actors, Anchor, Doc, Layer, SentenceKind, Span, TokenKind,
};
use serde_json::{json, Map, Value};

/// What to include beyond the default layers.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonOptions {
    /// Include the token layer (large: one object per token).
    pub tokens: bool,
    /// Include the normalized text the offsets point into.
    pub text: bool,
}

/// The actor whose mention covers `span`: mentions are sorted by start, so
/// the candidate is found by binary search, not a scan per entity.
fn actor_at(actors: &Actors, span: Span) -> Option<&Actor> {
    let k = actors
        .mentions
        .partition_point(|a| a.span.start <= span.start);
    actors.mentions[..k]
        .iter()
        .rev()
        .take_while(|a| a.span.start == actors.mentions[k - 1].span.start)
        .find(|a| a.span.contains(span))
        .map(|a| &actors.actors[a.actor as usize])
}

/// The JSON object for one document.
#[must_use]
pub fn doc_json(doc: &Doc, opts: JsonOptions) -> Value {
    let offsets = CharOffsets::new(doc.text());
    let at = |span: Span| offsets.char_span(span);
    // A participant (speaker, medium, source, target): its words, character
    // offsets, code and document actor id.
    let participant = |p: &Option<herald_core::Participant>| match p {
        None => Value::Null,
        Some(p) => {
            let (start, end) = at(p.span);
            json!({
                "text": doc.text_of(p.span), "start": start, "end": end, "code": p.code,
                "actor_id": p.actor.and_then(|i| doc.actors().actors.get(i as usize)).map(|a| a.id.as_str()),
            })
        }
    };
    let mut out = Map::new();
    out.insert("id".into(), json!(doc.id()));
    out.insert("date".into(), json!(doc.date().map(|d| d.to_string())));
    out.insert("title".into(), json!(doc.title()));
    out.insert("url".into(), json!(doc.url()));
    out.insert("source".into(), json!(doc.source()));
    out.insert("origin".into(), json!(doc.origin().to_string()));
    out.insert("content_hash".into(), json!(doc.content_hash()));
    if !doc.meta().is_empty() {
        out.insert("meta".into(), Value::Object(doc.meta().clone()));
    }
    if opts.text {
        out.insert("text".into(), json!(doc.text()));
    }
    let paragraphs: Vec<Value> = doc
        .paragraphs()
        .iter()
        .map(|p| {
            let (start, end) = at(p.span);
            json!({"start": start, "end": end, "sentences": [p.sentences.start, p.sentences.end]})
        })
        .collect();
    out.insert("paragraphs".into(), Value::Array(paragraphs));
    let sentences: Vec<Value> = doc
        .sentences()
        .iter()
        .map(|s| {
            let (start, end) = at(s.span);
            let kind = match s.kind {
                SentenceKind::Heading => "heading",
                SentenceKind::Caption => "caption",
                SentenceKind::Sentence => "sentence",
            };
            json!({"start": start, "end": end, "text": doc.text_of(s.span), "kind": kind, "paragraph": s.paragraph})
        })
        .collect();
    out.insert("sentences".into(), Value::Array(sentences));
    if doc.has(Layer::Times) {
        let times: Vec<Value> = doc
            .times()
            .iter()
            .map(|t| {
                let (start, end) = at(t.span);
                let anchor = match t.anchor {
                    Anchor::None => Value::Null,
                    Anchor::Document => json!("document"),
                    Anchor::Timex(i) => json!(i),
                };
                json!({"start": start, "end": end, "text": doc.text_of(t.span), "type": t.kind.as_str(), "value": t.value, "anchor": anchor})
            })
            .collect();
        out.insert("times".into(), Value::Array(times));
    }
    if doc.has(Layer::Entities) {
        let entities: Vec<Value> = doc
            .entities()
            .iter()
            .map(|m| {
                let (start, end) = at(m.span);
                // The actor whose mention covers this entity, if any.
                let actors = doc.actors();
                let actor = actor_at(actors, m.span);
                json!({
                    "start": start, "end": end, "text": doc.text_of(m.span), "label": m.label.as_str(),
                    "confidence": (f64::from(m.confidence) * 1000.0).round() / 1000.0,
                    "actor_id": actor.map(|a| a.id.as_str()), "actor_code": actor.map(|a| a.code.as_str()),
                })
            })
            .collect();
        out.insert("entities".into(), Value::Array(entities));
    }
    if doc.has(Layer::Actors) {
        let actors = doc.actors();
        let list: Vec<Value> = actors
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mentions: Vec<Value> = actors
                    .mentions
                    .iter()
                    .filter(|m| m.actor as usize == i)
                    .map(|m| {
                        let (start, end) = at(m.span);
                        json!({"start": start, "end": end, "text": doc.text_of(m.span), "how": m.kind})
                    })
                    .collect();
                json!({
                    "id": a.id, "name": a.name, "code": a.code, "kind": a.kind, "country": a.country,
                    "sector": a.sector, "role": a.role, "mentions": mentions,
                })
            })
            .collect();
        out.insert("actors".into(), Value::Array(list));
    }
    if doc.has(Layer::Quotes) {
        let quotes: Vec<Value> = doc
            .quotes()
            .iter()
            .map(|q| {
                let (start, end) = at(q.span);
                let pieces: Vec<Value> = q
                    .pieces
                    .iter()
                    .map(|p| {
                        let (a, b) = at(*p);
                        json!([a, b])
                    })
                    .collect();
                let text: Vec<&str> = q.pieces.iter().map(|p| doc.text_of(*p)).collect();
                let cue_span = q.cue.as_ref().map(|c| {
                    let (a, b) = at(c.span);
                    [a, b]
                });
                json!({
                    "start": start, "end": end, "pieces": pieces, "text": text.join(" … "),
                    "kind": q.kind.as_str(), "speaker": participant(&q.speaker),
                    "cue": q.cue.as_ref().map(|c| doc.text_of(c.span)),
                    "cue_lemma": q.cue.as_ref().map(|c| c.lemma.as_str()), "cue_span": cue_span,
                    "via": participant(&q.via),
                })
            })
            .collect();
        out.insert("quotes".into(), Value::Array(quotes));
    }
    if doc.has(Layer::Events) {
        let events: Vec<Value> = doc
            .events()
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let (ps, pe) = at(e.predicate);
                let c = &e.coding;
                let date = e.date.map_or(Value::Null, |d| {
                    json!({"date": d.value(), "precision": d.precision, "source": d.source, "time_ref": d.time_ref})
                });
                let location = e.location.as_ref().map_or(Value::Null, |l| {
                    let (start, end) = at(l.span);
                    json!({"text": doc.text_of(l.span), "start": start, "end": end, "name": l.name,
                        "country": l.country, "lat": l.lat, "lon": l.lon})
                });
                let sentence = doc.sentences().get(e.sentence as usize);
                let evidence = sentence.map_or(Value::Null, |s| {
                    let (ss, se) = at(s.span);
                    json!({"sentence": [ss, se], "predicate": [ps, pe],
                        "source": e.source.as_ref().map(|p| { let (a, b) = at(p.span); [a, b] }),
                        "target": e.target.as_ref().map(|p| { let (a, b) = at(p.span); [a, b] })})
                });
                json!({
                    "id": format!("e{i}"), "code": c.code, "name": c.name, "root": c.root(),
                    "plover": {"type": c.plover_type, "mode": c.plover_mode},
                    "goldstein": c.goldstein, "quad_class": c.quad_class,
                    "source": participant(&e.source), "target": participant(&e.target),
                    "predicate": doc.text_of(e.predicate),
                    "modality": e.modality.as_str(), "quoted": e.quoted, "date": date, "location": location,
                    "sentence": e.sentence, "evidence": evidence,
                    "confidence": (f64::from(e.confidence) * 100.0).round() / 100.0,
                })
            })
            .collect();
        out.insert("events".into(), Value::Array(events));
    }
    if opts.tokens {
        let tokens: Vec<Value> = doc
            .tokens()
            .iter()
            .map(|t| {
                let (start, end) = at(t.span);
                let kind = match t.kind {
                    TokenKind::Word => "word",
                    TokenKind::Number => "number",
                    TokenKind::Punct => "punct",
                    _ => "symbol",
                };
                json!({"start": start, "end": end, "kind": kind})
            })
            .collect();
        out.insert("tokens".into(), Value::Array(tokens));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use herald_core::testing::DocBuilder;

    use super::*;

    #[test]
    fn offsets_are_characters_not_bytes() {
        let doc = DocBuilder::new()
            .sentence("Élysée said so.")
            .sentence("Kyiv agreed.")
            .build();
        let v = doc_json(
            &doc,
            JsonOptions {
                tokens: true,
                text: true,
            },
        );
        let text = v["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        for s in v["sentences"].as_array().unwrap() {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(slice, s["text"].as_str().unwrap());
        }
        assert_eq!(v["sentences"][1]["start"], 16);
        assert_eq!(v["tokens"][0]["end"], 6);
    }
}
