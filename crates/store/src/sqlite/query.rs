//! The SQLite backend's reads: event pages and streams, evidence, actors,
//! the network. Filters come from [`crate::filter_sql`], bound, never
//! spliced.

use rusqlite::types::{ToSqlOutput, Value};
use rusqlite::{params_from_iter, Connection, Row, ToSql};

use crate::{
    char_offset, cursor_of, filter_sql, parse_cursor, ActorRef, ActorReport, Dialect, Edge,
    EventFilter, EventRow, Evidence, MentionRow, Network, Node, Param, Partner, RoleSpan,
    StoreError,
};

impl ToSql for Param {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Param::Text(s) => ToSqlOutput::Owned(Value::Text(s.clone())),
            Param::Int(i) => ToSqlOutput::Owned(Value::Integer(*i)),
        })
    }
}

const EVENT_COLUMNS: &str = "e.id, e.date, e.precision, e.code, e.base_code, e.root, e.name, e.plover_type,
  e.plover_mode, e.goldstein, e.quad_class, e.modality, e.source_actor, coalesce(sa.name, e.source_name),
  e.source_code, e.target_actor, coalesce(ta.name, e.target_name), e.target_code, e.place, e.country, e.lat,
  e.lon, e.num_mentions, e.num_sources, e.num_articles, e.avg_confidence, d.doc_id, d.url, d.ingested_at, e.day, e.is_root";

const EVENT_JOINS: &str = "FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor
  LEFT JOIN actors ta ON ta.id = e.target_actor JOIN documents d ON d.id = e.first_doc";

fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    let id: i64 = r.get(0)?;
    let day: Option<i64> = r.get(29)?;
    Ok(EventRow {
        id,
        date: r.get(1)?,
        precision: r.get(2)?,
        code: r.get(3)?,
        base_code: r.get(4)?,
        root: r.get(5)?,
        name: r.get(6)?,
        plover_type: r.get(7)?,
        plover_mode: r.get(8)?,
        goldstein: r.get(9)?,
        quad_class: r.get(10)?,
        modality: r.get(11)?,
        source: ActorRef {
            actor_id: r.get(12)?,
            name: r.get(13)?,
            code: r.get(14)?,
        },
        target: ActorRef {
            actor_id: r.get(15)?,
            name: r.get(16)?,
            code: r.get(17)?,
        },
        place: r.get(18)?,
        country: r.get(19)?,
        lat: r.get(20)?,
        lon: r.get(21)?,
        num_mentions: r.get(22)?,
        num_sources: r.get(23)?,
        num_articles: r.get(24)?,
        confidence: r.get(25)?,
        first_doc_id: r.get(26)?,
        first_url: r.get(27)?,
        added: r.get(28)?,
        is_root: r.get(30)?,
        cursor: cursor_of(day, id),
    })
}

pub(super) fn events(conn: &Connection, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
    let (mut cond, mut params) = filter_sql(filter, Dialect::Sqlite, 1);
    if let Some(c) = filter.after.as_deref() {
        let n = params.len();
        match parse_cursor(c)? {
            (Some(day), id) => {
                cond.push_str(&format!(
                    " AND (e.day < ?{} OR (e.day = ?{} AND e.id < ?{}) OR e.day IS NULL)",
                    n + 1,
                    n + 1,
                    n + 2
                ));
                params.push(Param::Int(day));
                params.push(Param::Int(id));
            }
            (None, id) => {
                cond.push_str(&format!(" AND e.day IS NULL AND e.id < ?{}", n + 1));
                params.push(Param::Int(id));
            }
        }
    }
    let limit = filter.limit.clamp(1, 10_000);
    let sql = format!(
        "SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE {cond} ORDER BY e.day DESC, e.id DESC LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params.iter()), event_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub(super) fn for_each_event(
    conn: &Connection,
    filter: &EventFilter,
    each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (cond, params) = filter_sql(filter, Dialect::Sqlite, 1);
    let sql = format!("SELECT {EVENT_COLUMNS} {EVENT_JOINS} WHERE {cond} ORDER BY e.day, e.id");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(params.iter()))?;
    while let Some(r) = rows.next()? {
        each(event_row(r)?)?;
    }
    Ok(())
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

pub(super) fn mentions(conn: &Connection, event: i64) -> Result<Vec<MentionRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.doc_id, d.title, d.url, m.publisher, d.date, m.code, m.modality, m.quoted,
                s.start_byte, s.end_byte, m.predicate_start, m.predicate_end, m.source_start, m.source_end,
                m.target_start, m.target_end, m.date, m.date_source, m.confidence, d.text
         FROM event_mentions m JOIN documents d ON d.id = m.doc
         JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
         WHERE m.event = ?1 ORDER BY d.date, m.id",
    )?;
    let rows = stmt.query_map([event], |r| {
        let text: String = r.get(19)?;
        let span = |a: usize, b: usize| -> rusqlite::Result<Option<Evidence>> {
            Ok(evidence(&text, r.get(a)?, r.get(b)?))
        };
        let empty = || Evidence {
            start: 0,
            end: 0,
            text: String::new(),
        };
        Ok(MentionRow {
            doc_id: r.get(0)?,
            title: r.get(1)?,
            url: r.get(2)?,
            publisher: r.get(3)?,
            doc_date: r.get(4)?,
            code: r.get(5)?,
            modality: r.get(6)?,
            quoted: r.get(7)?,
            sentence: span(8, 9)?.unwrap_or_else(empty),
            predicate: span(10, 11)?.unwrap_or_else(empty),
            source: span(12, 13)?,
            target: span(14, 15)?,
            date: r.get(16)?,
            date_source: r.get(17)?,
            confidence: r.get(18)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub(super) fn actor(conn: &Connection, name: &str) -> Result<Vec<ActorReport>, StoreError> {
    let mut find = conn.prepare_cached(
        "SELECT id, name, code, kind, first_seen, last_seen, num_documents, num_mentions FROM actors
         WHERE name = ?1 COLLATE NOCASE OR code = ?1 OR name LIKE '% ' || ?1
         ORDER BY num_mentions DESC LIMIT 10",
    )?;
    let found = find
        .query_map([name.trim()], |r| {
            Ok(ActorReport {
                actor_id: r.get(0)?,
                name: r.get(1)?,
                code: r.get(2)?,
                kind: r.get(3)?,
                first_seen: r.get(4)?,
                last_seen: r.get(5)?,
                num_documents: r.get(6)?,
                num_mentions: r.get(7)?,
                roles: Vec::new(),
                partners: Vec::new(),
                roots: Vec::new(),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut roles = conn.prepare_cached(
        "SELECT role, country, first_seen, last_seen, evidence FROM actor_roles WHERE actor = ?1
         ORDER BY first_seen, role",
    )?;
    let mut partners = conn.prepare_cached(
        "SELECT p.other, a.name, a.code, count(*), avg(p.goldstein) FROM (
           SELECT target_actor AS other, goldstein FROM events WHERE source_actor = ?1 AND target_actor IS NOT NULL AND target_actor <> ?1
           UNION ALL
           SELECT source_actor, goldstein FROM events WHERE target_actor = ?1 AND source_actor IS NOT NULL AND source_actor <> ?1
         ) p JOIN actors a ON a.id = p.other GROUP BY p.other ORDER BY 4 DESC, 1 LIMIT 10",
    )?;
    let mut roots = conn.prepare_cached(
        "SELECT root, count(*) FROM events WHERE id IN (
           SELECT id FROM events WHERE source_actor = ?1 UNION SELECT id FROM events WHERE target_actor = ?1)
         GROUP BY root ORDER BY root",
    )?;
    let mut out = Vec::with_capacity(found.len());
    for mut a in found {
        a.roles = roles
            .query_map([a.actor_id], |r| {
                let country: String = r.get(1)?;
                Ok(RoleSpan {
                    role: r.get(0)?,
                    country: (!country.is_empty()).then_some(country),
                    first_seen: r.get(2)?,
                    last_seen: r.get(3)?,
                    evidence: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        a.partners = partners
            .query_map([a.actor_id], |r| {
                Ok(Partner {
                    actor_id: r.get(0)?,
                    name: r.get(1)?,
                    code: r.get(2)?,
                    events: r.get(3)?,
                    mean_goldstein: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        a.roots = roots
            .query_map([a.actor_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        out.push(a);
    }
    Ok(out)
}

pub(super) fn network(conn: &Connection, filter: &EventFilter) -> Result<Network, StoreError> {
    let (cond, params) = filter_sql(filter, Dialect::Sqlite, 1);
    let limit = if filter.limit == 0 {
        500
    } else {
        filter.limit.min(5_000)
    };
    let sql = format!(
        "SELECT e.source_actor, e.target_actor, count(*), avg(e.goldstein) FROM events e
         WHERE {cond} AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
           AND e.source_actor <> e.target_actor
         GROUP BY e.source_actor, e.target_actor ORDER BY 3 DESC, 1, 2 LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let edges = stmt
        .query_map(params_from_iter(params.iter()), |r| {
            Ok(Edge {
                source: r.get(0)?,
                target: r.get(1)?,
                weight: r.get(2)?,
                mean_goldstein: r.get(3)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut weights: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    for e in &edges {
        *weights.entry(e.source).or_default() += e.weight;
        *weights.entry(e.target).or_default() += e.weight;
    }
    let mut node = conn.prepare_cached("SELECT name, code FROM actors WHERE id = ?1")?;
    let mut nodes = Vec::with_capacity(weights.len());
    for (id, events) in weights {
        let (name, code): (String, String) =
            node.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        nodes.push(Node {
            id,
            name,
            code,
            events,
        });
    }
    Ok(Network { nodes, edges })
}
