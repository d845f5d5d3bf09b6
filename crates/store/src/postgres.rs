//! The PostgreSQL backend: the same schema and logic as SQLite, for many
//! machines writing to one server.
//!
//! Owns the connection, the schema migrations (`migrations/postgres/`,
//! version in `herald_schema`, applied under an advisory lock so that
//! several ingests starting together migrate once) and the adapter from
//! rust-postgres to [`Sql`]. Concurrent writers stay exact: documents are
//! unique by content hash (`ON CONFLICT DO NOTHING`), an advisory lock per
//! deduplication key serialises writers of events that could be one, and a
//! batch that loses a deadlock or serialisation race is retried whole.
//!
//! Connections are unencrypted (`NoTls`): use it on loopback or a trusted
//! network.

use std::collections::HashMap;
use std::error::Error as StdError;
use std::sync::Mutex;

use bytes::BytesMut;
use herald_core::Doc;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use postgres::{Client, GenericClient, NoTls, Statement};

use crate::sql::{placeholder_rows, to_dollar, Row, Sql, Value};
use crate::{
    read, write, ActorReport, BatchOutcome, Dialect, EventFilter, EventRow, Failure, MentionRow,
    Network, SearchHit, Stats, Store, StoreError,
};

/// Migrations, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "schema",
        include_str!("../migrations/postgres/001_schema.sql"),
    ),
    (
        2,
        "event_order",
        include_str!("../migrations/postgres/002_event_order.sql"),
    ),
    (
        3,
        "row counts",
        include_str!("../migrations/postgres/003_counts.sql"),
    ),
    (
        4,
        "actor summaries",
        include_str!("../migrations/postgres/004_actor_summaries.sql"),
    ),
    (
        5,
        "unchecked references",
        include_str!("../migrations/postgres/005_unchecked_references.sql"),
    ),
];

/// How often a batch is tried when it loses a deadlock or serialisation race.
const ATTEMPTS: u32 = 8;

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(v) => match *ty {
                Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                #[allow(clippy::cast_precision_loss)]
                Type::FLOAT8 => (*v as f64).to_sql(ty, out),
                Type::BOOL => (*v != 0).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => v.to_string().to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            Value::Real(v) => match *ty {
                #[allow(clippy::cast_possible_truncation)]
                Type::FLOAT4 => (*v as f32).to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            Value::Text(s) => s.as_str().to_sql(ty, out),
            Value::Bool(b) => match *ty {
                Type::INT2 | Type::INT4 | Type::INT8 => Value::Int(i64::from(*b)).to_sql(ty, out),
                _ => b.to_sql(ty, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn cells(r: &postgres::Row) -> Result<Row, StoreError> {
    let mut out = Vec::with_capacity(r.len());
    for (i, c) in r.columns().iter().enumerate() {
        let v = match *c.type_() {
            Type::INT8 => r
                .try_get::<_, Option<i64>>(i)?
                .map_or(Value::Null, Value::Int),
            Type::INT4 => r
                .try_get::<_, Option<i32>>(i)?
                .map_or(Value::Null, |v| Value::Int(i64::from(v))),
            Type::INT2 => r
                .try_get::<_, Option<i16>>(i)?
                .map_or(Value::Null, |v| Value::Int(i64::from(v))),
            Type::FLOAT8 => r
                .try_get::<_, Option<f64>>(i)?
                .map_or(Value::Null, Value::Real),
            Type::FLOAT4 => r
                .try_get::<_, Option<f32>>(i)?
                .map_or(Value::Null, |v| Value::Real(f64::from(v))),
            Type::BOOL => r
                .try_get::<_, Option<bool>>(i)?
                .map_or(Value::Null, Value::Bool),
            Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => r
                .try_get::<_, Option<String>>(i)?
                .map_or(Value::Null, Value::Text),
            ref other => {
                return Err(StoreError::BadRequest(format!(
                    "column {} has type {other}, which the store does not read",
                    c.name()
                )))
            }
        };
        out.push(v);
    }
    Ok(Row(out))
}

/// A rust-postgres client or transaction as [`Sql`], with prepared
/// statements cached per connection.
struct Pg<'a, C: GenericClient> {
    client: &'a mut C,
    cache: &'a mut HashMap<String, Statement>,
}

impl<C: GenericClient> Pg<'_, C> {
    fn statement(&mut self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(s) = self.cache.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&to_dollar(sql))?;
        self.cache.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

fn refs(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

impl<C: GenericClient> Sql for Pg<'_, C> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<usize, StoreError> {
        let stmt = self.statement(sql)?;
        let n = self.client.execute(&stmt, &refs(params))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn each_row(
        &mut self,
        sql: &str,
        params: &[Value],
        each: &mut dyn FnMut(Row) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let stmt = self.statement(sql)?;
        let mut rows = self.client.query_raw(&stmt, params.iter())?;
        while let Some(r) = rows.next()? {
            each(cells(&r)?)?;
        }
        Ok(())
    }

    fn insert_many(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: &[Vec<Value>],
    ) -> Result<(), StoreError> {
        // Multi-row VALUES in chunks: one round trip per chunk, not per row.
        const CHUNK: usize = 200;
        for chunk in rows.chunks(CHUNK) {
            // Values given for an identity column (the event ids the write
            // path draws beforehand) are the row's.
            let sql = format!(
                "INSERT INTO {table} ({}) OVERRIDING SYSTEM VALUE VALUES {}",
                columns.join(", "),
                placeholder_rows(chunk.len(), columns.len())
            );
            let flat: Vec<&(dyn ToSql + Sync)> = chunk
                .iter()
                .flat_map(|r| r.iter().map(|v| v as &(dyn ToSql + Sync)))
                .collect();
            // Prepared once per table and row count: a document's rows come
            // in few distinct counts, and an unprepared statement costs a
            // second round trip every time.
            let stmt = self.statement(&sql)?;
            self.client.execute(&stmt, &flat)?;
        }
        Ok(())
    }
}

struct Inner {
    client: Client,
    cache: HashMap<String, Statement>,
}

/// A PostgreSQL store.
pub struct PostgresStore {
    inner: Mutex<Inner>,
    url: String,
}

fn retryable(e: &StoreError) -> bool {
    match e {
        StoreError::Postgres(e) => e.code().is_some_and(|c| {
            *c == postgres::error::SqlState::T_R_DEADLOCK_DETECTED
                || *c == postgres::error::SqlState::T_R_SERIALIZATION_FAILURE
        }),
        _ => false,
    }
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`) and
    /// brings the schema up to date.
    ///
    /// # Errors
    /// The server cannot be reached, or its schema is newer than this build.
    pub fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        migrate(&mut client)?;
        // Plans made for each statement's values and the tables as they are
        // now: a generic plan cached while the tables were small (a fresh
        // store) reads them whole once they are large.
        client.batch_execute("SET plan_cache_mode = force_custom_plan")?;
        Ok(PostgresStore {
            inner: Mutex::new(Inner {
                client,
                cache: HashMap::new(),
            }),
            url: url.to_owned(),
        })
    }

    /// The schema version.
    ///
    /// # Errors
    /// A database error.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        let mut g = self.lock();
        let r = g
            .client
            .query_one("SELECT coalesce(max(version), 0) FROM herald_schema", &[])?;
        Ok(r.try_get(0)?)
    }

    /// Drops every Herald table (tests start from an empty schema).
    ///
    /// # Errors
    /// A database error.
    pub fn drop_all(url: &str) -> Result<(), StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        client.batch_execute(
            "DROP TABLE IF EXISTS event_days, quotes, event_mentions, events, actor_mentions, doc_actors, actor_roles,
               actors, failures, entities, times, sentences, documents, herald_schema CASCADE",
        )?;
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn read<T>(
        &self,
        f: impl FnOnce(&mut dyn Sql) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut g = self.lock();
        let Inner { client, cache } = &mut *g;
        f(&mut Pg { client, cache })
    }

    /// Runs `f` in a transaction, again when it loses a race.
    fn write<T>(
        &mut self,
        mut f: impl FnMut(&mut dyn Sql) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let inner = self
            .inner
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut tx = inner.client.transaction()?;
            let result = f(&mut Pg {
                client: &mut tx,
                cache: &mut inner.cache,
            });
            match result {
                Ok(v) => {
                    tx.commit()?;
                    return Ok(v);
                }
                Err(e) if attempt < ATTEMPTS && retryable(&e) => {
                    drop(tx);
                    tracing::debug!("batch retried after {e}");
                    std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                }
                Err(e) => return Err(e),
            }
        }
    }
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let mut tx = client.transaction()?;
    // One migrator at a time across processes and machines.
    tx.execute("SELECT pg_advisory_xact_lock(727275)", &[])?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS herald_schema (version BIGINT NOT NULL)")?;
    let current: i64 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM herald_schema", &[])?
        .try_get(0)?;
    let newest = MIGRATIONS.last().map_or(0, |m| m.0);
    if current > newest {
        return Err(StoreError::TooNew {
            found: current,
            supported: newest,
        });
    }
    for &(version, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO herald_schema (version) VALUES ($1)",
            &[&version],
        )?;
        tracing::info!("database migrated to version {version} ({name})");
    }
    tx.commit()?;
    Ok(())
}

impl Store for PostgresStore {
    fn put_batch(&mut self, docs: &[Doc]) -> Result<BatchOutcome, StoreError> {
        let at = write::now();
        self.write(|db| write::insert_batch(db, docs, &at))
    }

    fn put_failures(&mut self, failures: &[Failure]) -> Result<(), StoreError> {
        let at = write::now();
        self.write(|db| write::insert_failures(db, failures, &at))
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        self.read(read::stats)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        self.read(|db| read::search(db, query, limit))
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        self.read(|db| read::events(db, filter))
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        each: &mut dyn FnMut(EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        // A connection of its own: the stream holds it while `each` may use
        // the store (an export reads each event's mentions).
        let mut client = Client::connect(&self.url, NoTls)?;
        let mut cache = HashMap::new();
        let mut tx = client.transaction()?;
        read::for_each_event(
            &mut Pg {
                client: &mut tx,
                cache: &mut cache,
            },
            filter,
            each,
        )
    }

    fn mentions(&self, event: i64) -> Result<Vec<MentionRow>, StoreError> {
        self.read(|db| read::mentions(db, event))
    }

    fn actor(&self, name: &str) -> Result<Vec<ActorReport>, StoreError> {
        self.read(|db| read::actor(db, name))
    }

    fn event(&self, id: i64) -> Result<Option<EventRow>, StoreError> {
        self.read(|db| read::event(db, id))
    }

    fn actors(
        &self,
        query: &str,
        limit: usize,
        after: Option<&str>,
    ) -> Result<Vec<crate::ActorSummary>, StoreError> {
        self.read(|db| read::actors(db, query, limit, after))
    }

    fn actor_by_id(&self, id: i64) -> Result<Option<ActorReport>, StoreError> {
        self.read(|db| read::actor_by_id(db, id))
    }

    fn learned_roles(&self, min_evidence: i64) -> Result<Vec<crate::LearnedRole>, StoreError> {
        self.read(|db| read::learned_roles(db, min_evidence))
    }

    fn dangling(&self) -> Result<Vec<(String, u64)>, StoreError> {
        self.read(read::dangling)
    }

    fn document(&self, doc_id: &str) -> Result<Option<crate::DocumentView>, StoreError> {
        self.read(|db| read::document(db, doc_id))
    }

    fn network(&self, filter: &EventFilter) -> Result<Network, StoreError> {
        self.read(|db| read::network(db, filter))
    }

    fn timeline(
        &self,
        filter: &EventFilter,
        bucket: crate::Bucket,
    ) -> Result<Vec<crate::TimelinePoint>, StoreError> {
        self.read(|db| read::timeline(db, filter, bucket))
    }
}
