//! The write path, once for every backend: a document with its layers, its
//! actors joined to the store's actors, its events deduplicated against the
//! stored events (the rule is in the crate docs), failures.

use std::collections::{BTreeMap, HashMap, HashSet};

use herald_core::{Anchor, Doc, Event, MentionKind, Participant, SentenceKind};

use crate::sql::{placeholder_rows, vals, Row, Sql, Value};
use crate::{
    actor_key, base_code, day_number, participant_key, BatchOutcome, Dialect, Failure, StoreError,
};

/// Seconds since the epoch, as text: when a batch was stored.
#[must_use]
pub fn now() -> String {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string()
}

/// A serde enum's name (`"person"`, `"day"`).
pub(crate) fn kind_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Rows a batch added to the large tables (kept in `counts`).
#[derive(Debug, Clone, Default)]
struct Tally {
    /// Row ids of the documents the batch stored.
    documents: Vec<i64>,
    /// Summary rows the batch's new events add to, written once per key at
    /// the end of the batch (in key order, so that concurrent PostgreSQL
    /// writers lock them in the same order).
    summaries: Summaries,
    sentences: usize,
    times: usize,
    entities: usize,
    events: usize,
    event_mentions: usize,
    quotes: usize,
}

/// Additions to the summary tables kept as events are created.
#[derive(Debug, Clone, Default)]
struct Summaries {
    /// (day, root, quad class) → (events, Goldstein sum).
    days: BTreeMap<(i64, String, i64), (i64, f64)>,
    /// (source actor, target actor) → (events, Goldstein sum).
    pairs: BTreeMap<(i64, i64), (i64, f64)>,
    /// (actor, root) → events.
    roots: BTreeMap<(i64, String), i64>,
}

impl Summaries {
    fn write(&self, db: &mut dyn Sql) -> Result<(), StoreError> {
        let days: Vec<Vec<Value>> = self
            .days
            .iter()
            .map(|((day, root, quad), (n, g))| vals![*day, root.as_str(), *quad, *n, *g].to_vec())
            .collect();
        upsert_rows(
            db,
            "INSERT INTO event_days (day, root, quad_class, events, goldstein_sum)",
            "ON CONFLICT (day, root, quad_class) DO UPDATE SET events = event_days.events + excluded.events,
               goldstein_sum = event_days.goldstein_sum + excluded.goldstein_sum",
            &days,
            &mut |_| Ok(()),
        )?;
        let pairs: Vec<Vec<Value>> = self
            .pairs
            .iter()
            .map(|((s, t), (n, g))| vals![*s, *t, *n, *g].to_vec())
            .collect();
        upsert_rows(
            db,
            "INSERT INTO actor_pairs (source_actor, target_actor, events, goldstein_sum)",
            "ON CONFLICT (source_actor, target_actor) DO UPDATE SET events = actor_pairs.events + excluded.events,
               goldstein_sum = actor_pairs.goldstein_sum + excluded.goldstein_sum",
            &pairs,
            &mut |_| Ok(()),
        )?;
        let roots: Vec<Vec<Value>> = self
            .roots
            .iter()
            .map(|((actor, root), n)| vals![*actor, root.as_str(), *n].to_vec())
            .collect();
        upsert_rows(
            db,
            "INSERT INTO actor_roots (actor, root, events)",
            "ON CONFLICT (actor, root) DO UPDATE SET events = actor_roots.events + excluded.events",
            &roots,
            &mut |_| Ok(()),
        )
    }
}

/// Rows per multi-row statement on PostgreSQL.
const ROWS_PER_STATEMENT: usize = 200;

/// Runs `head VALUES (…), (…) tail` over `rows` (all of one width) and
/// hands each row it returns to `each`: on PostgreSQL as multi-row
/// statements, one round trip per [`ROWS_PER_STATEMENT`] rows; on SQLite
/// (in-process, where a statement costs no round trip) row by row, through
/// one cached statement. The rows of one statement must not conflict with
/// each other (an upsert cannot change a row twice in one statement).
fn upsert_rows(
    db: &mut dyn Sql,
    head: &str,
    tail: &str,
    rows: &[Vec<Value>],
    each: &mut dyn FnMut(Row) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let width = rows.first().map_or(0, Vec::len);
    if let Some(row) = rows.iter().find(|r| r.len() != width) {
        return Err(StoreError::BadRequest(format!(
            "a row of {} values among rows of {width}",
            row.len()
        )));
    }
    let per = match db.dialect() {
        Dialect::Postgres => ROWS_PER_STATEMENT,
        Dialect::Sqlite => 1,
    };
    // The statement for the chunk size last used (all chunks but the last).
    let mut sql = (0, String::new());
    for chunk in rows.chunks(per) {
        if sql.0 != chunk.len() {
            let values = placeholder_rows(chunk.len(), width);
            sql = (chunk.len(), format!("{head} VALUES {values} {tail}"));
        }
        let flat;
        let params: &[Value] = if let [row] = chunk {
            row
        } else {
            flat = chunk.concat();
            &flat
        };
        db.each_row(&sql.1, params, each)?;
    }
    Ok(())
}

/// Stores `docs` (those whose content hash is not stored yet) and adds the
/// rows written to `counts`, in the caller's transaction.
///
/// # Errors
/// A database or encoding error.
pub fn insert_batch(db: &mut dyn Sql, docs: &[Doc], at: &str) -> Result<BatchOutcome, StoreError> {
    let mut out = BatchOutcome::default();
    let mut tally = Tally::default();
    let mut new_docs: Vec<(i64, &Doc)> = Vec::with_capacity(docs.len());
    for doc in docs {
        match insert_document(db, doc, at)? {
            Some(id) => new_docs.push((id, doc)),
            None => out.duplicates += 1,
        }
    }
    out.inserted = new_docs.len();
    tally.documents = new_docs.iter().map(|&(id, _)| id).collect();
    // The store actors of every new document, upserted once per batch.
    let actor_ids = upsert_actors(db, &new_docs)?;
    for (&(id, doc), ids) in new_docs.iter().zip(&actor_ids) {
        insert_layers(db, id, doc, ids, &mut tally)?;
    }
    // SQLite's full-text index gets the batch's documents in one statement:
    // FTS5 keeps new terms in memory until a statement savepoint or the
    // commit, and each statement that opens a savepoint after an FTS insert
    // flushes them as a new segment (then merges), which made the index the
    // largest part of a write.
    if db.dialect() == Dialect::Sqlite && !tally.documents.is_empty() {
        let ids = serde_json::to_string(&tally.documents)?;
        db.execute(
            "INSERT INTO documents_fts (rowid, title, text)
             SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?1))",
            &vals![ids],
        )?;
    }
    tally.summaries.write(db)?;
    // Last, so that concurrent writers (PostgreSQL) hold these rows' locks
    // only until their commit.
    for (name, n) in [
        ("entities", tally.entities),
        ("event_mentions", tally.event_mentions),
        ("events", tally.events),
        ("quotes", tally.quotes),
        ("sentences", tally.sentences),
        ("times", tally.times),
    ] {
        if n > 0 {
            db.execute(
                "UPDATE counts SET n = n + ?2 WHERE name = ?1",
                &vals![name, n],
            )?;
        }
    }
    Ok(out)
}

/// Stores the document row of `doc` unless a document with its content
/// hash is stored; returns the new row's id.
fn insert_document(db: &mut dyn Sql, doc: &Doc, at: &str) -> Result<Option<i64>, StoreError> {
    let meta = if doc.meta().is_empty() {
        None
    } else {
        Some(serde_json::to_string(doc.meta())?)
    };
    let row = db.first(
        "INSERT INTO documents (doc_id, content_hash, date, title, url, source, origin, meta, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(content_hash) DO NOTHING RETURNING id",
        &vals![
            doc.id(),
            doc.content_hash(),
            doc.date().map(|d| d.to_string()),
            doc.title(),
            doc.url(),
            doc.source(),
            doc.origin().to_string(),
            meta,
            doc.text(),
            at,
        ],
    )?;
    row.map(|r| r.i64(0)).transpose()
}

/// The rows of a new document (`id`) but its own: sentences, times,
/// entities, its actors (`actor_ids`: the store actor of each document
/// actor), events and quotes.
fn insert_layers(
    db: &mut dyn Sql,
    id: i64,
    doc: &Doc,
    actor_ids: &[i64],
    tally: &mut Tally,
) -> Result<(), StoreError> {
    let sentences: Vec<Vec<Value>> = doc
        .sentences()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let kind = match s.kind {
                SentenceKind::Heading => "heading",
                SentenceKind::Caption => "caption",
                SentenceKind::Sentence => "sentence",
            };
            vals![id, i, s.span.start, s.span.end, kind, s.paragraph].to_vec()
        })
        .collect();
    db.insert_many(
        "sentences",
        &["doc", "idx", "start_byte", "end_byte", "kind", "paragraph"],
        &sentences,
    )?;
    let times: Vec<Vec<Value>> = doc
        .times()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let anchor = match t.anchor {
                Anchor::None => None,
                Anchor::Document => Some("document".to_owned()),
                Anchor::Timex(k) => Some(k.to_string()),
            };
            vals![
                id,
                i,
                t.span.start,
                t.span.end,
                t.sentence,
                t.kind.as_str(),
                t.value.as_str(),
                anchor
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "times",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "type",
            "value",
            "anchor",
        ],
        &times,
    )?;
    let entities: Vec<Vec<Value>> = doc
        .entities()
        .iter()
        .enumerate()
        .map(|(i, m)| {
            vals![
                id,
                i,
                m.span.start,
                m.span.end,
                m.sentence,
                m.label.as_str(),
                m.confidence
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "entities",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "label",
            "confidence",
        ],
        &entities,
    )?;
    let actors = insert_doc_actors(db, id, doc, actor_ids)?;
    tally.events += insert_events(db, id, doc, &actors, &mut tally.summaries)?;
    insert_quotes(db, id, doc)?;
    tally.sentences += doc.sentences().len();
    tally.times += doc.times().len();
    tally.entities += doc.entities().len();
    tally.event_mentions += doc.events().len();
    tally.quotes += doc.quotes().len();
    Ok(())
}

/// The document's quotes: spans, pieces (JSON `[[start, end], …]` in bytes),
/// speaker span, actor and code, cue lemma, and the medium (its code, else
/// its words).
fn insert_quotes(db: &mut dyn Sql, doc_row: i64, doc: &Doc) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = doc
        .quotes()
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pieces: Vec<[u32; 2]> = q.pieces.iter().map(|p| [p.start, p.end]).collect();
            let speaker = q.speaker.as_ref();
            let via = q.via.as_ref().map(|v| {
                if v.code.is_empty() {
                    doc.text_of(v.span).to_owned()
                } else {
                    v.code.clone()
                }
            });
            vals![
                doc_row,
                i,
                q.span.start,
                q.span.end,
                q.kind.as_str(),
                serde_json::to_string(&pieces).ok(),
                speaker.map(|p| p.span.start),
                speaker.map(|p| p.span.end),
                speaker.and_then(|p| p.actor),
                speaker.map(|p| p.code.as_str()),
                q.cue.as_ref().map(|c| c.lemma.as_str()),
                via
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "quotes",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "kind",
            "pieces",
            "speaker_start",
            "speaker_end",
            "speaker_doc_actor",
            "speaker_code",
            "cue",
            "via",
        ],
        &rows,
    )
}

/// What one document says of one store actor: several document actors can
/// be one store actor ("U.S." and "United States" are both USA), counted
/// once per document with the mentions of all of them.
struct ActorReport<'d> {
    key: String,
    name: &'d str,
    code: &'d str,
    country: Option<&'d str>,
    sector: Option<&'d str>,
    kind: String,
    date: Option<String>,
    mentions: i64,
}

/// A store actor as a batch leaves it: its reports folded in document
/// order by the rule the upsert applies to the stored row.
struct FoldedActor<'d> {
    report: ActorReport<'d>,
    code: &'d str,
    first_seen: Option<String>,
    documents: i64,
}

impl<'d> FoldedActor<'d> {
    fn new(report: ActorReport<'d>) -> FoldedActor<'d> {
        FoldedActor {
            code: report.code,
            first_seen: report.date.clone(),
            documents: 1,
            report,
        }
    }

    /// Adds a later document's report, as the upsert's `ON CONFLICT`
    /// clause adds it to a stored actor: the name, kind, country and sector
    /// first given stay; a code replaces the kept one when that is empty, or
    /// when it is as long or longer and the report is no older than the
    /// last seen; first and last seen widen; counts add.
    fn add(&mut self, r: ActorReport<'d>) {
        let newer = match (self.report.date.as_deref(), r.date.as_deref()) {
            (None, _) => true,
            (Some(last), Some(d)) => d >= last,
            (Some(_), None) => false,
        };
        if !r.code.is_empty()
            && (self.code.is_empty() || (r.code.len() >= self.code.len() && newer))
        {
            self.code = r.code;
        }
        self.report.country = self.report.country.or(r.country);
        self.report.sector = self.report.sector.or(r.sector);
        if let Some(d) = r.date {
            if self.first_seen.as_ref().is_none_or(|f| d < *f) {
                self.first_seen = Some(d.clone());
            }
            if self.report.date.as_ref().is_none_or(|l| d > *l) {
                self.report.date = Some(d);
            }
        }
        self.documents += 1;
        self.report.mentions += r.mentions;
    }
}

/// The store actors a document reports (one per key, in document order) and
/// the index of each document actor's report.
fn actor_reports(doc: &Doc) -> (Vec<ActorReport<'_>>, Vec<usize>) {
    let layer = doc.actors();
    let date = doc.date().map(|d| d.to_string());
    let mut reports: Vec<ActorReport<'_>> = Vec::new();
    let mut of_actor = Vec::with_capacity(layer.actors.len());
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for a in &layer.actors {
        let key = actor_key(a);
        let r = *by_key.entry(key.clone()).or_insert_with(|| {
            reports.push(ActorReport {
                key,
                name: a.name.as_str(),
                code: a.code.as_str(),
                country: a.country.as_deref(),
                sector: a.sector.as_deref(),
                kind: kind_name(&a.kind),
                date: date.clone(),
                mentions: 0,
            });
            reports.len() - 1
        });
        of_actor.push(r);
    }
    for m in &layer.mentions {
        if let Some(r) = of_actor
            .get(m.actor as usize)
            .and_then(|&r| reports.get_mut(r))
        {
            r.mentions += 1;
        }
    }
    (reports, of_actor)
}

/// Upserts the store actors of a batch's new documents, once per actor (in
/// key order, so that concurrent PostgreSQL writers lock them in one
/// order), and the roles the texts gave them; returns, per document, the
/// store actor id of each document actor.
fn upsert_actors(db: &mut dyn Sql, docs: &[(i64, &Doc)]) -> Result<Vec<Vec<i64>>, StoreError> {
    let mut folded: BTreeMap<String, FoldedActor<'_>> = BTreeMap::new();
    let mut doc_keys: Vec<Vec<String>> = Vec::with_capacity(docs.len());
    for &(_, doc) in docs {
        let (reports, of_actor) = actor_reports(doc);
        let keys: Vec<String> = reports.iter().map(|r| r.key.clone()).collect();
        doc_keys.push(of_actor.iter().map(|&r| keys[r].clone()).collect());
        for r in reports {
            match folded.get_mut(&r.key) {
                Some(f) => f.add(r),
                None => {
                    folded.insert(r.key.clone(), FoldedActor::new(r));
                }
            }
        }
    }
    let rows: Vec<Vec<Value>> = folded
        .values()
        .map(|f| {
            vals![
                f.report.key.as_str(),
                f.report.name,
                f.code,
                f.report.country,
                f.report.sector,
                f.report.kind.as_str(),
                f.first_seen.as_deref(),
                f.report.date.as_deref(),
                f.documents,
                f.report.mentions
            ]
            .to_vec()
        })
        .collect();
    let mut by_key: HashMap<String, i64> = HashMap::with_capacity(rows.len());
    upsert_rows(
        db,
        "INSERT INTO actors (key, name, code, country, sector, kind, first_seen, last_seen, num_documents, num_mentions)",
        "ON CONFLICT(key) DO UPDATE SET
           code = CASE WHEN excluded.code <> '' AND (actors.code = '' OR (length(excluded.code) >= length(actors.code)
                    AND (actors.last_seen IS NULL OR excluded.last_seen >= actors.last_seen))) THEN excluded.code ELSE actors.code END,
           country = coalesce(actors.country, excluded.country),
           sector = coalesce(actors.sector, excluded.sector),
           first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END,
           last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END,
           num_documents = actors.num_documents + excluded.num_documents,
           num_mentions = actors.num_mentions + excluded.num_mentions
         RETURNING key, id",
        &rows,
        &mut |row| {
            by_key.insert(row.text(0)?, row.i64(1)?);
            Ok(())
        },
    )?;
    let mut ids: Vec<Vec<i64>> = Vec::with_capacity(docs.len());
    for keys in &doc_keys {
        let mut of_doc = Vec::with_capacity(keys.len());
        for k in keys {
            of_doc.push(*by_key.get(k).ok_or_else(|| {
                StoreError::BadRequest(format!("actor upsert returned no id for {k}"))
            })?);
        }
        ids.push(of_doc);
    }
    upsert_roles(db, docs, &ids)?;
    Ok(ids)
}

/// The roles the texts of a batch gave its actors, one row per (actor,
/// role, country) with the mentions that gave it as evidence. A role is
/// evidence only where the text gave it ("Foreign Minister Ivan Korcok",
/// "the French president"), not where a table or an earlier article
/// supplied it: what Herald learns must not feed on itself.
fn upsert_roles(
    db: &mut dyn Sql,
    docs: &[(i64, &Doc)],
    ids: &[Vec<i64>],
) -> Result<(), StoreError> {
    // (actor, role, country) → (first seen, last seen, evidence).
    type Seen = (Option<String>, Option<String>, i64);
    let mut roles: BTreeMap<(i64, String, String), Seen> = BTreeMap::new();
    for (&(_, doc), ids) in docs.iter().zip(ids) {
        let layer = doc.actors();
        let mut counts = vec![0i64; layer.actors.len()];
        let mut titled = vec![false; layer.actors.len()];
        for m in &layer.mentions {
            if let Some(c) = counts.get_mut(m.actor as usize) {
                *c += 1;
            }
            if matches!(m.kind, MentionKind::Titled | MentionKind::Description) {
                if let Some(t) = titled.get_mut(m.actor as usize) {
                    *t = true;
                }
            }
        }
        let date = doc.date().map(|d| d.to_string());
        for (i, a) in layer.actors.iter().enumerate() {
            let (Some(role), Some(&id)) = (a.role.as_deref(), ids.get(i)) else {
                continue;
            };
            if role.is_empty() || !titled[i] {
                continue;
            }
            let k = (
                id,
                role.to_lowercase(),
                a.country.clone().unwrap_or_default(),
            );
            let seen = roles.entry(k).or_insert((None, None, 0));
            if let Some(d) = &date {
                if seen.0.as_ref().is_none_or(|f| d < f) {
                    seen.0 = Some(d.clone());
                }
                if seen.1.as_ref().is_none_or(|l| d > l) {
                    seen.1 = Some(d.clone());
                }
            }
            seen.2 += counts[i];
        }
    }
    let rows: Vec<Vec<Value>> = roles
        .iter()
        .map(|((id, role, country), (first, last, n))| {
            vals![
                *id,
                role.as_str(),
                country.as_str(),
                first.as_deref(),
                last.as_deref(),
                *n
            ]
            .to_vec()
        })
        .collect();
    upsert_rows(
        db,
        "INSERT INTO actor_roles (actor, role, country, first_seen, last_seen, evidence)",
        "ON CONFLICT(actor, role, country) DO UPDATE SET
           first_seen = CASE WHEN actor_roles.first_seen IS NULL OR excluded.first_seen < actor_roles.first_seen THEN excluded.first_seen ELSE actor_roles.first_seen END,
           last_seen = CASE WHEN actor_roles.last_seen IS NULL OR excluded.last_seen > actor_roles.last_seen THEN excluded.last_seen ELSE actor_roles.last_seen END,
           evidence = actor_roles.evidence + excluded.evidence",
        &rows,
        &mut |_| Ok(()),
    )
}

/// The document's actors (each with its store actor, `ids`) and their
/// mentions; returns each document actor's store id and key.
fn insert_doc_actors(
    db: &mut dyn Sql,
    doc_row: i64,
    doc: &Doc,
    ids: &[i64],
) -> Result<Vec<(i64, String)>, StoreError> {
    let layer = doc.actors();
    let mut out = Vec::with_capacity(layer.actors.len());
    let mut local = Vec::with_capacity(layer.actors.len());
    for (i, (a, &id)) in layer.actors.iter().zip(ids).enumerate() {
        local.push(
            vals![
                doc_row,
                i,
                id,
                a.name.as_str(),
                a.code.as_str(),
                a.role.as_deref(),
                kind_name(&a.kind)
            ]
            .to_vec(),
        );
        out.push((id, actor_key(a)));
    }
    db.insert_many(
        "doc_actors",
        &["doc", "idx", "actor", "name", "code", "role", "kind"],
        &local,
    )?;
    let mentions: Vec<Vec<Value>> = layer
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            vals![
                doc_row,
                i,
                m.span.start,
                m.span.end,
                m.sentence,
                m.actor,
                kind_name(&m.kind)
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "actor_mentions",
        &[
            "doc",
            "idx",
            "start_byte",
            "end_byte",
            "sentence",
            "actor_idx",
            "kind",
        ],
        &mentions,
    )?;
    Ok(out)
}

/// The key that serialises writers of events that could be one (PostgreSQL
/// takes an advisory lock on it).
#[must_use]
pub fn dedup_lock_key(base: &str, source: &str, target: &str, modality: &str) -> String {
    format!("{base}|{source}|{target}|{modality}")
}

/// One event of the document: its deduplication key, day and what became
/// of it.
struct Report<'d> {
    base: &'d str,
    source_key: String,
    target_key: String,
    modality: &'d str,
    day: Option<i64>,
    /// Whether another report can be recognised as this one: a known day
    /// and at least one known side.
    dedupable: bool,
}

impl Report<'_> {
    /// Whether both can be reports of one event: both recognisable, with
    /// the same base code, sides and modality (the day aside).
    fn same_key(&self, o: &Report<'_>) -> bool {
        self.dedupable
            && o.dedupable
            && self.base == o.base
            && self.source_key == o.source_key
            && self.target_key == o.target_key
            && self.modality == o.modality
    }
}

/// The event a report joins or starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joined {
    /// A stored event (its id).
    Stored(i64),
    /// A new event of this document (index into the new events).
    New(usize),
}

/// An event this document starts, stored once the document's reports are
/// read (with the counts of the reports that joined it).
struct NewEvent {
    report: usize,
    mentions: i64,
    avg_confidence: f64,
}

/// Columns of a new event row, in [`event_row`]'s order.
const EVENT_COLUMNS: &[&str] = &[
    "id",
    "day",
    "date",
    "precision",
    "code",
    "base_code",
    "root",
    "name",
    "plover_type",
    "plover_mode",
    "goldstein",
    "quad_class",
    "modality",
    "source_key",
    "source_actor",
    "source_name",
    "source_code",
    "target_key",
    "target_actor",
    "target_name",
    "target_code",
    "place",
    "country",
    "lat",
    "lon",
    "first_doc",
    "is_root",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_confidence",
];

/// Columns of an event mention row.
const MENTION_COLUMNS: &[&str] = &[
    "event",
    "doc",
    "idx",
    "publisher",
    "sentence",
    "code",
    "modality",
    "quoted",
    "predicate_start",
    "predicate_end",
    "source_start",
    "source_end",
    "source_doc_actor",
    "target_start",
    "target_end",
    "target_doc_actor",
    "date",
    "precision",
    "date_source",
    "time_ref",
    "place_start",
    "place_end",
    "confidence",
];

/// Writes the document's events: each joins the stored event it reports or
/// starts a new one.
///
/// Set-based, in a fixed number of statements per document rather than
/// several per event (a round trip each on PostgreSQL): the deduplication
/// keys are locked together (PostgreSQL, in key order), the stored events
/// that the reports may join are read in one query, the reports are matched
/// in document order against them and against the events this document
/// started (the rule of the crate docs: same key, the nearest day within
/// one, then the earliest event), and new events and mentions are inserted
/// in bulk with ids drawn beforehand.
fn insert_events(
    db: &mut dyn Sql,
    doc_row: i64,
    doc: &Doc,
    actors: &[(i64, String)],
    summaries: &mut Summaries,
) -> Result<usize, StoreError> {
    let events = doc.events();
    if events.is_empty() {
        return Ok(0);
    }
    let keys: Vec<String> = actors.iter().map(|(_, k)| k.clone()).collect();
    let publisher = doc
        .source()
        .map_or_else(|| doc.id().to_owned(), str::to_owned);
    let reports: Vec<Report<'_>> = events
        .iter()
        .map(|e| {
            let source_key = participant_key(e.source.as_ref(), &keys);
            let target_key = participant_key(e.target.as_ref(), &keys);
            let day = e
                .date
                .as_ref()
                .map(|d| d.date)
                .or(doc.date())
                .map(day_number);
            let dedupable = day.is_some() && !(source_key.is_empty() && target_key.is_empty());
            Report {
                base: base_code(e.coding.code.as_str()),
                source_key,
                target_key,
                modality: e.modality.as_str(),
                day,
                dedupable,
            }
        })
        .collect();
    let lookups: Vec<usize> = (0..reports.len())
        .filter(|&i| reports[i].dedupable)
        .collect();
    if db.dialect() == Dialect::Postgres && !lookups.is_empty() {
        let mut locks: Vec<String> = lookups
            .iter()
            .map(|&i| {
                let r = &reports[i];
                dedup_lock_key(r.base, &r.source_key, &r.target_key, r.modality)
            })
            .collect();
        locks.sort();
        locks.dedup();
        db.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM json_array_elements_text(?1::text::json) AS k",
            &vals![serde_json::to_string(&locks)?],
        )?;
    }
    // Stored events each report may join: (id, day) per report.
    let mut stored: Vec<Vec<(i64, i64)>> = vec![Vec::new(); reports.len()];
    if !lookups.is_empty() {
        let probe: Vec<serde_json::Value> = lookups
            .iter()
            .map(|&i| {
                let r = &reports[i];
                serde_json::json!([r.base, r.source_key, r.target_key, r.modality, r.day])
            })
            .collect();
        let sql = match db.dialect() {
            Dialect::Postgres => {
                "SELECT q.ord - 1, e.id, e.day FROM json_array_elements(?1::text::json) WITH ORDINALITY AS q(v, ord)
                   JOIN events e ON e.base_code = q.v->>0 AND e.source_key = q.v->>1 AND e.target_key = q.v->>2
                     AND e.modality = q.v->>3 AND e.day BETWEEN (q.v->>4)::bigint - 1 AND (q.v->>4)::bigint + 1"
            }
            Dialect::Sqlite => {
                "SELECT q.key, e.id, e.day FROM json_each(?1) AS q
                   JOIN events e ON e.base_code = json_extract(q.value, '$[0]')
                     AND e.source_key = json_extract(q.value, '$[1]') AND e.target_key = json_extract(q.value, '$[2]')
                     AND e.modality = json_extract(q.value, '$[3]')
                     AND e.day BETWEEN json_extract(q.value, '$[4]') - 1 AND json_extract(q.value, '$[4]') + 1"
            }
        };
        db.each_row(sql, &vals![serde_json::to_string(&probe)?], &mut |row| {
            let k = usize::try_from(row.i64(0)?).unwrap_or(usize::MAX);
            if let Some(&i) = lookups.get(k) {
                stored[i].push((row.i64(1)?, row.i64(2)?));
            }
            Ok(())
        })?;
    }
    // Each report in document order: the nearest day, then the earliest
    // event (stored events are older than this document's).
    let mut joined: Vec<Joined> = Vec::with_capacity(reports.len());
    let mut fresh: Vec<NewEvent> = Vec::new();
    for (i, (r, e)) in reports.iter().zip(events).enumerate() {
        let best = r.day.filter(|_| r.dedupable).and_then(|day| {
            let stored_events = stored[i]
                .iter()
                .map(|&(id, d)| (((d - day).abs(), 0, id), Joined::Stored(id)));
            let started = fresh.iter().enumerate().filter_map(|(k, n)| {
                let o = &reports[n.report];
                let d = o.day.filter(|d| (d - day).abs() <= 1 && o.same_key(r))?;
                Some((((d - day).abs(), 1, k as i64), Joined::New(k)))
            });
            stored_events
                .chain(started)
                .min_by_key(|&(rank, _)| rank)
                .map(|(_, j)| j)
        });
        match best {
            Some(Joined::New(k)) => {
                // A document is its own publisher's: the event it started
                // has both already.
                if let Some(n) = fresh.get_mut(k) {
                    #[allow(clippy::cast_precision_loss)]
                    let m = n.mentions as f64;
                    n.avg_confidence = (n.avg_confidence * m + f64::from(e.confidence)) / (m + 1.0);
                    n.mentions += 1;
                }
                joined.push(Joined::New(k));
            }
            Some(j) => joined.push(j),
            None => {
                joined.push(Joined::New(fresh.len()));
                fresh.push(NewEvent {
                    report: i,
                    mentions: 1,
                    avg_confidence: f64::from(e.confidence),
                });
            }
        }
    }
    // Stored events joined: whether this publisher had reported each.
    let mut reported: HashSet<i64> = HashSet::new();
    let joined_stored: Vec<i64> = joined
        .iter()
        .filter_map(|j| match j {
            Joined::Stored(id) => Some(*id),
            Joined::New(_) => None,
        })
        .collect();
    if !joined_stored.is_empty() {
        let sql = match db.dialect() {
            Dialect::Postgres => {
                // Probed per event through its index: the tables' statistics
                // lag behind a fast ingest, and a join planned from them can
                // read every mention.
                "SELECT k.id FROM (SELECT v::bigint AS id FROM json_array_elements_text(?2::text::json) AS v) AS k
                   WHERE EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = k.id AND m.publisher = ?1 OFFSET 0)"
            }
            Dialect::Sqlite => {
                "SELECT DISTINCT event FROM event_mentions WHERE publisher = ?1
                   AND event IN (SELECT value FROM json_each(?2))"
            }
        };
        db.each_row(
            sql,
            &vals![publisher.as_str(), serde_json::to_string(&joined_stored)?],
            &mut |row| {
                reported.insert(row.i64(0)?);
                Ok(())
            },
        )?;
    }
    let mut mentioned: HashSet<i64> = HashSet::new();
    for (j, e) in joined.iter().zip(events) {
        if let Joined::Stored(id) = *j {
            let in_doc = !mentioned.insert(id);
            let in_publisher = in_doc || reported.contains(&id);
            db.execute(
                "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2,
                   num_sources = num_sources + ?3,
                   avg_confidence = (avg_confidence * num_mentions + ?4) / (num_mentions + 1)
                 WHERE id = ?1",
                &vals![
                    id,
                    i64::from(!in_doc),
                    i64::from(!in_publisher),
                    e.confidence
                ],
            )?;
        }
    }
    // New events, with ids drawn first so that their mentions can name them.
    let ids = new_event_ids(db, fresh.len())?;
    let mut rows = Vec::with_capacity(fresh.len());
    for (n, &id) in fresh.iter().zip(&ids) {
        let (Some(e), Some(r)) = (events.get(n.report), reports.get(n.report)) else {
            continue;
        };
        rows.push(event_row(summaries, id, doc_row, doc, e, r, actors, n));
    }
    db.insert_many("events", EVENT_COLUMNS, &rows)?;
    let mentions: Vec<Vec<Value>> = joined
        .iter()
        .zip(events)
        .enumerate()
        .map(|(i, (j, e))| {
            let id = match *j {
                Joined::Stored(id) => id,
                Joined::New(k) => ids.get(k).copied().unwrap_or_default(),
            };
            let d = e.date.as_ref();
            vals![
                id,
                doc_row,
                i,
                publisher.as_str(),
                e.sentence,
                e.coding.code.as_str(),
                e.modality.as_str(),
                e.quoted,
                e.predicate.start,
                e.predicate.end,
                e.source.as_ref().map(|p| p.span.start),
                e.source.as_ref().map(|p| p.span.end),
                e.source.as_ref().and_then(|p| p.actor),
                e.target.as_ref().map(|p| p.span.start),
                e.target.as_ref().map(|p| p.span.end),
                e.target.as_ref().and_then(|p| p.actor),
                d.map(herald_core::EventDate::value),
                d.map(|d| kind_name(&d.precision)),
                d.map(|d| kind_name(&d.source)),
                d.and_then(|d| d.time_ref),
                e.location.as_ref().map(|p| p.span.start),
                e.location.as_ref().map(|p| p.span.end),
                e.confidence
            ]
            .to_vec()
        })
        .collect();
    db.insert_many("event_mentions", MENTION_COLUMNS, &mentions)?;
    Ok(fresh.len())
}

/// `n` unused event ids, ascending: from the identity's sequence
/// (PostgreSQL: concurrent writers draw distinct ones), or after the largest
/// stored (SQLite: one writer at a time).
fn new_event_ids(db: &mut dyn Sql, n: usize) -> Result<Vec<i64>, StoreError> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut ids = Vec::with_capacity(n);
    match db.dialect() {
        Dialect::Postgres => {
            db.each_row(
                "SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, ?1)",
                &vals![n],
                &mut |row| {
                    ids.push(row.i64(0)?);
                    Ok(())
                },
            )?;
            ids.sort_unstable();
        }
        Dialect::Sqlite => {
            let last = db
                .first("SELECT coalesce(max(id), 0) FROM events", &[])?
                .map_or(Ok(0), |r| r.i64(0))?;
            ids.extend((1..=n as i64).map(|k| last + k));
        }
    }
    if ids.len() != n {
        return Err(StoreError::BadRequest(format!(
            "asked for {n} event ids, got {}",
            ids.len()
        )));
    }
    Ok(ids)
}

/// The row of a new event (columns [`EVENT_COLUMNS`]), with the counts of
/// the reports that joined it; adds it to the summaries.
#[allow(clippy::too_many_arguments)]
fn event_row(
    summaries: &mut Summaries,
    id: i64,
    doc_row: i64,
    doc: &Doc,
    e: &Event,
    r: &Report<'_>,
    actors: &[(i64, String)],
    n: &NewEvent,
) -> Vec<Value> {
    let side = |p: Option<&Participant>| {
        let actor = p.and_then(|p| p.actor).and_then(|k| actors.get(k as usize));
        let name = p.map(|p| {
            p.actor
                .and_then(|k| doc.actors().actors.get(k as usize))
                .map_or_else(|| doc.text_of(p.span).to_owned(), |a| a.name.clone())
        });
        (actor.map(|a| a.0), name, p.map(|p| p.code.clone()))
    };
    let (sa, sn, sc) = side(e.source.as_ref());
    let (ta, tn, tc) = side(e.target.as_ref());
    let (date_text, precision) = match &e.date {
        Some(d) => (Some(d.value()), Some(kind_name(&d.precision))),
        None => (
            doc.date().map(|d| d.to_string()),
            doc.date().map(|_| "day".to_owned()),
        ),
    };
    let place = e.location.as_ref();
    let code = e.coding.code.as_str();
    let (root, g) = (e.coding.root(), f64::from(e.coding.goldstein));
    if let Some(day) = r.day {
        let d = summaries
            .days
            .entry((day, root.to_owned(), i64::from(e.coding.quad_class)))
            .or_default();
        d.0 += 1;
        d.1 += g;
    }
    if let (Some(s), Some(t)) = (sa, ta.filter(|t| Some(*t) != sa)) {
        let p = summaries.pairs.entry((s, t)).or_default();
        p.0 += 1;
        p.1 += g;
    }
    for actor in [sa, ta.filter(|t| Some(*t) != sa)].into_iter().flatten() {
        *summaries.roots.entry((actor, root.to_owned())).or_default() += 1;
    }
    vals![
        id,
        r.day,
        date_text,
        precision,
        code,
        r.base,
        root,
        e.coding.name.as_str(),
        e.coding.plover_type.as_str(),
        e.coding.plover_mode.as_deref(),
        e.coding.goldstein,
        e.coding.quad_class,
        r.modality,
        r.source_key.as_str(),
        sa,
        sn,
        sc,
        r.target_key.as_str(),
        ta,
        tn,
        tc,
        place.map(|p| p.name.as_str()),
        place.and_then(|p| p.country.as_deref()),
        place.and_then(|p| p.lat),
        place.and_then(|p| p.lon),
        doc_row,
        is_lead(doc, e.sentence),
        n.mentions,
        1i64,
        1i64,
        n.avg_confidence
    ]
    .to_vec()
}

/// Whether sentence `s` is in the article's lead: its first paragraph of
/// running text, not a heading or a caption (GDELT's IsRootEvent).
fn is_lead(doc: &Doc, s: u32) -> bool {
    let first = doc
        .sentences()
        .iter()
        .find(|s| s.kind == SentenceKind::Sentence)
        .map(|s| s.paragraph);
    doc.sentences()
        .get(s as usize)
        .is_some_and(|s| Some(s.paragraph) == first)
}

/// Records failures.
///
/// # Errors
/// A database error.
pub fn insert_failures(db: &mut dyn Sql, failures: &[Failure], at: &str) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = failures
        .iter()
        .map(|f| {
            vals![
                f.origin.as_str(),
                f.doc_id.as_deref(),
                f.stage.as_str(),
                f.error.as_str(),
                at
            ]
            .to_vec()
        })
        .collect();
    db.insert_many(
        "failures",
        &["origin", "doc_id", "stage", "error", "at"],
        &rows,
    )
}
