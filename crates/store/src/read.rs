//! The read path, once for every backend: statistics, full-text search,
//! event pages and streams, evidence, actors, the network. Filters come from
//! [`crate::filter_sql`], bound, never spliced.

use crate::sql::{vals, Row, Sql, Value};
use crate::{
    char_offset, cursor_of, day_date, filter_sql, parse_cursor, ActorRef, ActorReport, Bucket,
    Dialect, Edge, EventFilter, EventRow, Evidence, MentionRow, Network, Node, Param, Partner,
    RoleSpan, SearchHit, Stats, StoreError, TimelinePoint,
};
use crate::{ActorSummary, DocActor, DocEvent, DocMention, DocQuote, DocTime, DocumentView, Span};

const EVENT_COLUMNS: &str = "e.id, e.date, e.precision, e.code, e.base_code, e.root, e.name, e.plover_type,
  e.plover_mode, e.goldstein, e.quad_class, e.modality, e.source_actor, coalesce(sa.name, e.source_name),
  e.source_code, e.target_actor, coalesce(ta.name, e.target_name), e.target_code, e.place, e.country, e.lat,
  e.lon, e.num_mentions, e.num_sources, e.num_articles, e.avg_confidence, d.doc_id, d.url, d.ingested_at, e.day,
  e.is_root";

const EVENT_JOINS: &str = "FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor
  LEFT JOIN actors ta ON ta.id = e.target_actor JOIN documents d ON d.id = e.first_doc";

fn event_row(r: &Row) -> Result<EventRow, StoreError> {
    let id = r.i64(0)?;
    let day = r.opt_i64(29)?;
    Ok(EventRow {
        id,
        date: r.opt_text(1)?,
        precision: r.opt_text(2)?,
        code: r.text(3)?,
        base_code: r.text(4)?,
        root: r.text(5)?,
        name: r.text(6)?,
        plover_type: r.text(7)?,
        plover_mode: r.opt_text(8)?,
        goldstein: r.f64(9)?,
        quad_class: r.i64(10)?,
        modality: r.text(11)?,
        source: ActorRef {
            actor_id: r.opt_i64(12)?,
            name: r.opt_text(13)?,
            code: r.opt_text(14)?,
        },
        target: ActorRef {
            actor_id: r.opt_i64(15)?,
            name: r.opt_text(16)?,
            code: r.opt_text(17)?,
        },
        place: r.opt_text(18)?,
        country: r.opt_text(19)?,
        lat: r.opt_f64(20)?,
        lon: r.opt_f64(21)?,
        num_mentions: r.i64(22)?,
        num_sources: r.i64(23)?,
        num_articles: r.i64(24)?,
        confidence: r.f64(25)?,
        first_doc_id: r.text(26)?,
        first_url: r.opt_text(27)?,
        added: r.opt_text(28)?,
        is_root: r.bool(30)?,
        cursor: cursor_of(day, id),
    })
}

/// The rows of a query, each read by `f`.
fn map_rows<T>(
    db: &mut dyn Sql,
    sql: &str,
    params: &[Value],
    f: impl Fn(&Row) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    db.all(sql, params)?.iter().map(f).collect()
}

fn bound(params: &[Param]) -> Vec<Value> {
    params.iter().map(Value::from).collect()
}

/// References between tables: (table, column, referenced table), each to
/// the referenced table's `id`.
const REFERENCES: &[(&str, &str, &str)] = &[
    ("sentences", "doc", "documents"),
    ("times", "doc", "documents"),
    ("entities", "doc", "documents"),
    ("doc_actors", "doc", "documents"),
    ("doc_actors", "actor", "actors"),
    ("actor_mentions", "doc", "documents"),
    ("actor_roles", "actor", "actors"),
    ("quotes", "doc", "documents"),
    ("events", "first_doc", "documents"),
    ("events", "source_actor", "actors"),
    ("events", "target_actor", "actors"),
    ("event_mentions", "doc", "documents"),
    ("event_mentions", "event", "events"),
];

/// [`crate::Store::dangling`]: rows whose reference points at no row, per
/// reference (a scan of each referring table).
///
/// # Errors
/// A database error.
pub fn dangling(db: &mut dyn Sql) -> Result<Vec<(String, u64)>, StoreError> {
    let mut out = Vec::with_capacity(REFERENCES.len());
    for &(table, column, parent) in REFERENCES {
        let n = db
            .first(
                &format!(
                    "SELECT count(*) FROM {table} c WHERE c.{column} IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.id = c.{column})"
                ),
                &[],
            )?
            .map_or(Ok(0), |r| r.i64(0))?;
        out.push((
            format!("{table}.{column} → {parent}"),
            u64::try_from(n).unwrap_or(0),
        ));
    }
    Ok(out)
}

/// Counts over the store.
///
/// # Errors
/// A database error.
pub fn stats(db: &mut dyn Sql) -> Result<Stats, StoreError> {
    let mut count = |table: &str| -> Result<u64, StoreError> {
        let n = db
            .first(&format!("SELECT count(*) FROM {table}"), &[])?
            .map_or(Ok(0), |r| r.i64(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    // The small tables are counted; the large ones read their kept counts.
    let (documents, actors, failures) = (count("documents")?, count("actors")?, count("failures")?);
    let mut kept = std::collections::HashMap::new();
    for r in db.all("SELECT name, n FROM counts", &[])? {
        kept.insert(r.text(0)?, u64::try_from(r.i64(1)?).unwrap_or(0));
    }
    let kept = |name: &str| kept.get(name).copied().unwrap_or(0);
    let mut s = Stats {
        documents,
        sentences: kept("sentences"),
        times: kept("times"),
        entities: kept("entities"),
        actors,
        events: kept("events"),
        event_mentions: kept("event_mentions"),
        quotes: kept("quotes"),
        failures,
        first_date: None,
        last_date: None,
    };
    if let Some(r) = db.first("SELECT min(date), max(date) FROM documents", &[])? {
        s.first_date = r.opt_text(0)?;
        s.last_date = r.opt_text(1)?;
    }
    Ok(s)
}

/// Full-text search over titles and texts.
///
/// # Errors
/// A database error, or a malformed query.
pub fn search(db: &mut dyn Sql, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
    let limit = limit.clamp(1, 1_000);
    let rows = match db.dialect() {
        Dialect::Sqlite => db.all(
            "SELECT d.doc_id, d.date, d.title, snippet(documents_fts, 1, '[', ']', '…', 12), bm25(documents_fts)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY bm25(documents_fts) LIMIT ?2",
            &vals![crate::fts_query(query), limit],
        )
        .map_err(fts_error)?,
        Dialect::Postgres => db.all(
            "SELECT d.doc_id, d.date, d.title,
               ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'),
               -ts_rank(d.tsv, q)::float8
             FROM documents d, websearch_to_tsquery('english', ?1) q
             WHERE d.tsv @@ q ORDER BY ts_rank(d.tsv, q) DESC LIMIT ?2",
            &vals![query, limit],
        )?,
    };
    rows.iter()
        .map(|r| {
            Ok(SearchHit {
                doc_id: r.text(0)?,
                date: r.opt_text(1)?,
                title: r.opt_text(2)?,
                snippet: r.text(3)?,
                rank: r.f64(4)?,
            })
        })
        .collect()
}

/// One page of events matching `filter`, newest first.
///
/// # Errors
/// A database error, a malformed cursor or full-text query.
pub fn events(db: &mut dyn Sql, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
    // An actor's events are read as two newest-first walks of the
    // (source_actor, day) and (target_actor, day) indexes, merged: one
    // `source OR target` condition would sort all of a busy actor's events.
    let by_actor = filter.actor_id;
    let rest = EventFilter {
        actor_id: None,
        ..filter.clone()
    };
    let (mut cond, params) = filter_sql(&rest, db.dialect(), 1);
    let mut values = bound(&params);
    if let Some(c) = filter.after.as_deref() {
        let n = values.len();
        match parse_cursor(c)? {
            (Some(day), id) => {
                cond.push_str(&format!(
                    " AND (e.day < ?{a} OR (e.day = ?{a} AND e.id < ?{b}) OR e.day IS NULL)",
                    a = n + 1,
                    b = n + 2
                ));
                values.push(Value::Int(day));
                values.push(Value::Int(id));
            }
            (None, id) => {
                cond.push_str(&format!(" AND e.day IS NULL AND e.id < ?{}", n + 1));
                values.push(Value::Int(id));
            }
        }
    }
    let limit = filter.limit.clamp(1, 10_000);
    let order = "ORDER BY e.day DESC NULLS LAST, e.id DESC";
    let sql = match by_actor {
        None => format!("SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE {cond} {order} LIMIT {limit}"),
        Some(id) => {
            values.push(Value::Int(id));
            let a = values.len();
            let walk = |side: &str| {
                format!(
                    "SELECT id FROM (SELECT e.id FROM events e WHERE {cond} AND e.{side}_actor = ?{a} {order} LIMIT {limit}) {side}_walk"
                )
            };
            format!(
                "SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE e.id IN ({} UNION {}) {order} LIMIT {limit}",
                walk("source"),
                walk("target")
            )
        }
    };
    let rows = db.all(&sql, &values);
    let rows = if filter.text.is_some() {
        rows.map_err(fts_error)?
    } else {
        rows?
    };
    rows.iter().map(event_row).collect()
}

/// An SQLite error from a statement with a user's full-text query is that
/// query's fault (FTS5 syntax: an unbalanced quote, an unknown column).
fn fts_error(e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(e) if is_query_syntax(&e.to_string()) => {
            StoreError::BadRequest(format!("malformed full-text query: {e}"))
        }
        other => other,
    }
}

/// Whether an SQLite message is about the text of a MATCH query (other
/// failures, such as I/O errors, stay server errors).
fn is_query_syntax(message: &str) -> bool {
    [
        "fts5",
        "syntax error",
        "unterminated",
        "no such column",
        "malformed match",
        "special query",
    ]
    .iter()
    .any(|w| message.to_ascii_lowercase().contains(w))
}

/// Every event matching `filter`, in date order, streamed to `each`.
///
/// # Errors
/// A database error, or the first error `each` returns.
pub fn for_each_event(
    db: &mut dyn Sql,
    filter: &EventFilter,
    each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (cond, params) = filter_sql(filter, db.dialect(), 1);
    let sql = format!(
        "SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE {cond} ORDER BY e.day NULLS FIRST, e.id"
    );
    db.each_row(&sql, &bound(&params), &mut |r| each(event_row(&r)?))
}

fn evidence(text: &str, start: Option<i64>, end: Option<i64>) -> Option<Evidence> {
    let (s, e) = (usize::try_from(start?).ok()?, usize::try_from(end?).ok()?);
    let words = text.get(s..e)?;
    Some(Evidence {
        start: char_offset(text, s),
        end: char_offset(text, e),
        text: words.to_owned(),
    })
}

/// Every mention of event `event`, with its evidence.
///
/// # Errors
/// A database error.
pub fn mentions(db: &mut dyn Sql, event: i64) -> Result<Vec<MentionRow>, StoreError> {
    let rows = db.all(
        "SELECT d.doc_id, d.title, d.url, m.publisher, d.date, m.code, m.modality, m.quoted,
                s.start_byte, s.end_byte, m.predicate_start, m.predicate_end, m.source_start, m.source_end,
                m.target_start, m.target_end, m.date, m.date_source, m.confidence, d.text
         FROM event_mentions m JOIN documents d ON d.id = m.doc
         JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
         WHERE m.event = ?1 ORDER BY d.date, m.id",
        &vals![event],
    )?;
    rows.iter()
        .map(|r| {
            let text = r.text(19)?;
            let span = |a: usize, b: usize| -> Result<Option<Evidence>, StoreError> {
                Ok(evidence(&text, r.opt_i64(a)?, r.opt_i64(b)?))
            };
            let empty = || Evidence {
                start: 0,
                end: 0,
                text: String::new(),
            };
            Ok(MentionRow {
                doc_id: r.text(0)?,
                title: r.opt_text(1)?,
                url: r.opt_text(2)?,
                publisher: r.text(3)?,
                doc_date: r.opt_text(4)?,
                code: r.text(5)?,
                modality: r.text(6)?,
                quoted: r.bool(7)?,
                sentence: span(8, 9)?.unwrap_or_else(empty),
                predicate: span(10, 11)?.unwrap_or_else(empty),
                source: span(12, 13)?,
                target: span(14, 15)?,
                date: r.opt_text(16)?,
                date_source: r.opt_text(17)?,
                confidence: r.f64(18)?,
            })
        })
        .collect()
}

/// What the store knows of the actors called (or coded) `name`.
///
/// # Errors
/// A database error.
pub fn actor(db: &mut dyn Sql, name: &str) -> Result<Vec<ActorReport>, StoreError> {
    let find = match db.dialect() {
        Dialect::Sqlite => {
            "SELECT id, name, code, kind, first_seen, last_seen, num_documents, num_mentions FROM actors
             WHERE name = ?1 COLLATE NOCASE OR code = ?1 OR name LIKE '% ' || ?1
             ORDER BY num_mentions DESC, id LIMIT 10"
        }
        Dialect::Postgres => {
            "SELECT id, name, code, kind, first_seen, last_seen, num_documents, num_mentions FROM actors
             WHERE lower(name) = lower(?1) OR code = ?1 OR name ILIKE '% ' || ?1
             ORDER BY num_mentions DESC, id LIMIT 10"
        }
    };
    let found = db.all(find, &vals![name.trim()])?;
    found.iter().map(|r| actor_report(db, r)).collect()
}

/// The report of the actor in row `r` (id, name, code, kind, first_seen,
/// last_seen, num_documents, num_mentions).
fn actor_report(db: &mut dyn Sql, r: &Row) -> Result<ActorReport, StoreError> {
    let id = r.i64(0)?;
    let roles = map_rows(
        db,
        "SELECT role, country, first_seen, last_seen, evidence FROM actor_roles WHERE actor = ?1
             ORDER BY first_seen, role",
        &vals![id],
        |r| {
            let country = r.text(1)?;
            Ok(RoleSpan {
                role: r.text(0)?,
                country: (!country.is_empty()).then_some(country),
                first_seen: r.opt_text(2)?,
                last_seen: r.opt_text(3)?,
                evidence: r.i64(4)?,
            })
        },
    )?;
    let partners = map_rows(
        db,
        "SELECT p.other, a.name, a.code, CAST(sum(p.events) AS BIGINT), sum(p.gs) / sum(p.events) FROM (
               SELECT target_actor AS other, events, goldstein_sum AS gs FROM actor_pairs WHERE source_actor = ?1
               UNION ALL
               SELECT source_actor, events, goldstein_sum FROM actor_pairs WHERE target_actor = ?1
             ) p JOIN actors a ON a.id = p.other GROUP BY p.other, a.name, a.code ORDER BY 4 DESC, 1 LIMIT 10",
        &vals![id],
        |r| {
            Ok(Partner {
                actor_id: r.i64(0)?,
                name: r.text(1)?,
                code: r.text(2)?,
                events: r.i64(3)?,
                mean_goldstein: r.f64(4)?,
            })
        },
    )?;
    let roots = db
        .all(
            "SELECT root, events FROM actor_roots WHERE actor = ?1 ORDER BY root",
            &vals![id],
        )?
        .iter()
        .map(|r| Ok((r.text(0)?, r.i64(1)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(ActorReport {
        actor_id: id,
        name: r.text(1)?,
        code: r.text(2)?,
        kind: r.text(3)?,
        first_seen: r.opt_text(4)?,
        last_seen: r.opt_text(5)?,
        num_documents: r.i64(6)?,
        num_mentions: r.i64(7)?,
        roles,
        partners,
        roots,
    })
}

/// The actor network of the events matching `filter`.
///
/// # Errors
/// A database error.
pub fn network(db: &mut dyn Sql, filter: &EventFilter) -> Result<Network, StoreError> {
    let (cond, params) = filter_sql(filter, db.dialect(), 1);
    let limit = if filter.limit == 0 {
        500
    } else {
        filter.limit.min(5_000)
    };
    // Without a filter, the kept pair counts answer (see migration 005).
    let unfiltered = *filter
        == EventFilter {
            limit: filter.limit,
            after: filter.after.clone(),
            ..EventFilter::default()
        };
    let sql = if unfiltered {
        format!(
            "SELECT source_actor, target_actor, events, goldstein_sum / events FROM actor_pairs
             ORDER BY 3 DESC, 1, 2 LIMIT {limit}"
        )
    } else {
        format!(
            "SELECT e.source_actor, e.target_actor, count(*), avg(e.goldstein) FROM events e
             WHERE {cond} AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
               AND e.source_actor <> e.target_actor
             GROUP BY e.source_actor, e.target_actor ORDER BY 3 DESC, 1, 2 LIMIT {limit}"
        )
    };
    let params = if unfiltered { Vec::new() } else { params };
    let edges = db
        .all(&sql, &bound(&params))?
        .iter()
        .map(|r| {
            Ok(Edge {
                source: r.i64(0)?,
                target: r.i64(1)?,
                weight: r.i64(2)?,
                mean_goldstein: r.f64(3)?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let mut weights: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    for e in &edges {
        *weights.entry(e.source).or_default() += e.weight;
        *weights.entry(e.target).or_default() += e.weight;
    }
    let mut nodes = Vec::with_capacity(weights.len());
    for (id, events) in weights {
        if let Some(r) = db.first("SELECT name, code FROM actors WHERE id = ?1", &vals![id])? {
            nodes.push(Node {
                id,
                name: r.text(0)?,
                code: r.text(1)?,
                events,
            });
        }
    }
    Ok(Network { nodes, edges })
}

/// Events per period and QuadClass. Filters on root and dates only read
/// the per-day counts (`event_days`); any other filter counts the events.
///
/// # Errors
/// A database error.
pub fn timeline(
    db: &mut dyn Sql,
    filter: &EventFilter,
    bucket: Bucket,
) -> Result<Vec<TimelinePoint>, StoreError> {
    let summary_only = EventFilter {
        root: filter.root.clone(),
        from: filter.from,
        to: filter.to,
        limit: filter.limit,
        after: filter.after.clone(),
        ..EventFilter::default()
    };
    let rows = if *filter == summary_only {
        let mut conds = vec!["1 = 1".to_owned()];
        let mut values = Vec::new();
        if let Some(r) = filter.root.as_deref().filter(|r| !r.is_empty()) {
            values.push(Value::Text(if r.len() == 1 {
                format!("0{r}")
            } else {
                r.to_owned()
            }));
            conds.push(format!("root = ?{}", values.len()));
        }
        if let Some(d) = filter.from {
            values.push(Value::Int(crate::day_number(d)));
            conds.push(format!("day >= ?{}", values.len()));
        }
        if let Some(d) = filter.to {
            values.push(Value::Int(crate::day_number(d)));
            conds.push(format!("day <= ?{}", values.len()));
        }
        db.all(
            &format!(
                "SELECT day, quad_class, CAST(sum(events) AS BIGINT), sum(goldstein_sum) FROM event_days WHERE {}
                 GROUP BY day, quad_class ORDER BY day, quad_class",
                conds.join(" AND ")
            ),
            &values,
        )?
    } else {
        let (cond, params) = filter_sql(filter, db.dialect(), 1);
        db.all(
            &format!(
                "SELECT e.day, e.quad_class, count(*), sum(e.goldstein) FROM events e
                 WHERE {cond} AND e.day IS NOT NULL GROUP BY e.day, e.quad_class ORDER BY e.day, e.quad_class"
            ),
            &bound(&params),
        )?
    };
    // Fold days into periods: (period, quad) → (events, goldstein sum).
    let mut points: Vec<(String, i64, i64, f64)> = Vec::new();
    for r in &rows {
        let Some(day) = day_date(r.i64(0)?) else {
            continue;
        };
        let (period, quad, n, sum) = (bucket.label(day), r.i64(1)?, r.i64(2)?, r.f64(3)?);
        match points
            .iter_mut()
            .rev()
            .take(8)
            .find(|p| p.0 == period && p.1 == quad)
        {
            Some(p) => {
                p.2 += n;
                p.3 += sum;
            }
            None => points.push((period, quad, n, sum)),
        }
    }
    points.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    Ok(points
        .into_iter()
        .map(|(period, quad_class, events, sum)| TimelinePoint {
            period,
            quad_class,
            events,
            #[allow(clippy::cast_precision_loss)]
            mean_goldstein: if events > 0 { sum / events as f64 } else { 0.0 },
        })
        .collect())
}

/// One event by id.
///
/// # Errors
/// A database error.
pub fn event(db: &mut dyn Sql, id: i64) -> Result<Option<EventRow>, StoreError> {
    let sql = format!("SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE e.id = ?1");
    db.first(&sql, &vals![id])?
        .as_ref()
        .map(event_row)
        .transpose()
}

/// Actors whose name contains `query`, most mentioned first.
///
/// # Errors
/// A database error, or a malformed cursor.
pub fn actors(
    db: &mut dyn Sql,
    query: &str,
    limit: usize,
    after: Option<&str>,
) -> Result<Vec<ActorSummary>, StoreError> {
    let mut conds = vec!["1 = 1".to_owned()];
    let mut values: Vec<Value> = Vec::new();
    let query = query.trim();
    if !query.is_empty() {
        // LIKE wildcards in the user's words are matched literally.
        let escaped = query
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        values.push(Value::Text(format!("%{escaped}%")));
        values.push(Value::Text(query.to_owned()));
        let like = match db.dialect() {
            Dialect::Sqlite => "LIKE",
            Dialect::Postgres => "ILIKE",
        };
        conds.push(format!("(name {like} ?1 ESCAPE '\\' OR code = ?2)"));
    }
    if let Some(c) = after {
        let bad = || StoreError::BadRequest(format!("malformed cursor {c:?}"));
        let (n, id) = c.split_once(':').ok_or_else(bad)?;
        let n: i64 = n.parse().map_err(|_| bad())?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        let k = values.len();
        conds.push(format!(
            "(num_mentions < ?{a} OR (num_mentions = ?{a} AND id > ?{b}))",
            a = k + 1,
            b = k + 2
        ));
        values.push(Value::Int(n));
        values.push(Value::Int(id));
    }
    let limit = limit.clamp(1, 1_000);
    let sql = format!(
        "SELECT id, name, code, kind, first_seen, last_seen, num_documents, num_mentions FROM actors
         WHERE {} ORDER BY num_mentions DESC, id LIMIT {limit}",
        conds.join(" AND ")
    );
    db.all(&sql, &values)?
        .iter()
        .map(|r| {
            let (id, mentions) = (r.i64(0)?, r.i64(7)?);
            Ok(ActorSummary {
                actor_id: id,
                name: r.text(1)?,
                code: r.text(2)?,
                kind: r.text(3)?,
                first_seen: r.opt_text(4)?,
                last_seen: r.opt_text(5)?,
                num_documents: r.i64(6)?,
                num_mentions: mentions,
                cursor: format!("{mentions}:{id}"),
            })
        })
        .collect()
}

/// What the store knows of the actor with this id.
///
/// # Errors
/// A database error.
pub fn actor_by_id(db: &mut dyn Sql, id: i64) -> Result<Option<ActorReport>, StoreError> {
    match db.first(
        "SELECT id, name, code, kind, first_seen, last_seen, num_documents, num_mentions FROM actors WHERE id = ?1",
        &vals![id],
    )? {
        Some(r) => Ok(Some(actor_report(db, &r)?)),
        None => Ok(None),
    }
}

/// Byte offsets of a text to character offsets, computed once per text.
struct Chars(Vec<u32>);

impl Chars {
    fn new(text: &str) -> Chars {
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (b, c) in text.char_indices() {
            for slot in &mut table[b..b + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        table[text.len()] = n;
        Chars(table)
    }

    /// The character offset of a stored byte offset (clamped to the text;
    /// inside a character, that character's start).
    fn at(&self, byte: i64) -> usize {
        let i = usize::try_from(byte.max(0))
            .unwrap_or(0)
            .min(self.0.len() - 1);
        self.0[i] as usize
    }

    fn span(&self, start: i64, end: i64) -> Span {
        Span {
            start: self.at(start),
            end: self.at(end),
        }
    }

    fn opt_span(&self, start: Option<i64>, end: Option<i64>) -> Option<Span> {
        Some(self.span(start?, end?))
    }
}

/// A stored document with all its layers.
///
/// # Errors
/// A database error.
pub fn document(db: &mut dyn Sql, doc_id: &str) -> Result<Option<DocumentView>, StoreError> {
    let Some(d) = db.first(
        "SELECT id, doc_id, title, date, url, source, text FROM documents WHERE doc_id = ?1 ORDER BY id LIMIT 1",
        &vals![doc_id],
    )?
    else {
        return Ok(None);
    };
    let row = d.i64(0)?;
    let text = d.text(6)?;
    let chars = Chars::new(&text);
    let sentences = db
        .all(
            "SELECT start_byte, end_byte FROM sentences WHERE doc = ?1 ORDER BY idx",
            &vals![row],
        )?
        .iter()
        .map(|r| Ok(chars.span(r.i64(0)?, r.i64(1)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let times = map_rows(
        db,
        "SELECT start_byte, end_byte, type, value FROM times WHERE doc = ?1 ORDER BY idx",
        &vals![row],
        |r| {
            let s = chars.span(r.i64(0)?, r.i64(1)?);
            Ok(DocTime {
                start: s.start,
                end: s.end,
                kind: r.text(2)?,
                value: r.text(3)?,
            })
        },
    )?;
    let actors = map_rows(
        db,
        "SELECT idx, actor, name, code, role, kind FROM doc_actors WHERE doc = ?1 ORDER BY idx",
        &vals![row],
        |r| {
            Ok(DocActor {
                idx: r.i64(0)?,
                actor_id: r.i64(1)?,
                name: r.text(2)?,
                code: r.text(3)?,
                role: r.opt_text(4)?,
                kind: r.text(5)?,
            })
        },
    )?;
    let mentions = map_rows(
        db,
        "SELECT start_byte, end_byte, actor_idx FROM actor_mentions WHERE doc = ?1 ORDER BY idx",
        &vals![row],
        |r| {
            let s = chars.span(r.i64(0)?, r.i64(1)?);
            Ok(DocMention {
                start: s.start,
                end: s.end,
                actor_idx: r.i64(2)?,
            })
        },
    )?;
    let events = map_rows(
        db,
        "SELECT m.event, m.code, e.name, e.root, e.quad_class, m.modality, m.quoted, s.start_byte, s.end_byte,
                    m.predicate_start, m.predicate_end, m.source_start, m.source_end, m.target_start, m.target_end,
                    m.date, m.date_source
             FROM event_mentions m JOIN events e ON e.id = m.event
             JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
             WHERE m.doc = ?1 ORDER BY m.idx",
        &vals![row],
        |r| {
            Ok(DocEvent {
                event_id: r.i64(0)?,
                code: r.text(1)?,
                name: r.text(2)?,
                root: r.text(3)?,
                quad_class: r.i64(4)?,
                modality: r.text(5)?,
                quoted: r.bool(6)?,
                sentence: chars.span(r.i64(7)?, r.i64(8)?),
                predicate: chars.span(r.i64(9)?, r.i64(10)?),
                source: chars.opt_span(r.opt_i64(11)?, r.opt_i64(12)?),
                target: chars.opt_span(r.opt_i64(13)?, r.opt_i64(14)?),
                date: r.opt_text(15)?,
                date_source: r.opt_text(16)?,
            })
        },
    )?;
    let quotes = map_rows(
        db,
        "SELECT start_byte, end_byte, kind, speaker_start, speaker_end, speaker_code, cue, via
             FROM quotes WHERE doc = ?1 ORDER BY idx",
        &vals![row],
        |r| {
            let s = chars.span(r.i64(0)?, r.i64(1)?);
            Ok(DocQuote {
                start: s.start,
                end: s.end,
                kind: r.text(2)?,
                speaker: chars.opt_span(r.opt_i64(3)?, r.opt_i64(4)?),
                speaker_code: r.opt_text(5)?.filter(|c| !c.is_empty()),
                cue: r.opt_text(6)?,
                via: r.opt_text(7)?,
            })
        },
    )?;
    Ok(Some(DocumentView {
        doc_id: d.text(1)?,
        title: d.opt_text(2)?,
        date: d.opt_text(3)?,
        url: d.opt_text(4)?,
        source: d.opt_text(5)?,
        text,
        sentences,
        times,
        actors,
        mentions,
        events,
        quotes,
    }))
}

/// Roles persons were seen holding with a country, with enough evidence.
///
/// # Errors
/// A database error.
pub fn learned_roles(
    db: &mut dyn Sql,
    min_evidence: i64,
) -> Result<Vec<crate::LearnedRole>, StoreError> {
    let rows = db.all(
        "SELECT a.name, r.country, coalesce(a.sector, ''), r.role, r.first_seen, r.last_seen, r.evidence
         FROM actor_roles r JOIN actors a ON a.id = r.actor
         WHERE a.kind = 'person' AND r.country <> '' AND r.evidence >= ?1
           AND r.first_seen IS NOT NULL AND r.last_seen IS NOT NULL
         ORDER BY r.evidence DESC, a.name, r.role",
        &vals![min_evidence],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let (Ok(first), Ok(last)) = (r.text(4)?.parse(), r.text(5)?.parse()) else {
            continue;
        };
        out.push(crate::LearnedRole {
            name: r.text(0)?,
            country: r.text(1)?,
            sector: r.text(2)?,
            role: r.text(3)?,
            first_seen: first,
            last_seen: last,
            evidence: r.i64(6)?,
        });
    }
    Ok(out)
}
