//! The JSON API: one handler per route, each a thin shell over one
//! [`Store`](herald_store::Store) call. Query parameters are checked against
//! each route's list ([`ROUTES`]): an unknown or malformed parameter is a 400
//! naming it, never silently ignored.

use std::collections::HashMap;

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use herald_store::{Bucket, EventFilter};
use serde_json::json;

use crate::error::ApiError;
use crate::AppState;

/// The event filter's parameters, shared by every route that filters events.
pub const FILTER: &[&str] = &[
    "actor", "actor_id", "source", "target", "code", "root", "plover", "country", "from", "to",
    "modality", "text", "located",
];

/// Default and largest page of events.
pub const EVENTS_PAGE: (usize, usize) = (50, 500);
/// Default and largest network (edges).
pub const NETWORK_EDGES: (usize, usize) = (200, 2_000);
/// Default and largest page of search hits and of actors.
pub const LIST_PAGE: (usize, usize) = (20, 200);

/// A route of the API: its path (axum syntax) and the query parameters it
/// takes beyond the event filter (`filter` says whether it takes those).
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// Path, `{name}` for a path parameter.
    pub path: &'static str,
    /// Whether it takes the event filter ([`FILTER`]).
    pub filter: bool,
    /// Its other query parameters.
    pub params: &'static [&'static str],
}

/// Every API route. The OpenAPI document lists exactly these (a test checks).
pub const ROUTES: &[Route] = &[
    Route {
        path: "/api/stats",
        filter: false,
        params: &[],
    },
    Route {
        path: "/api/events",
        filter: true,
        params: &["limit", "cursor"],
    },
    Route {
        path: "/api/events/{id}",
        filter: false,
        params: &[],
    },
    Route {
        path: "/api/actors",
        filter: false,
        params: &["q", "limit", "cursor"],
    },
    Route {
        path: "/api/actors/{id}",
        filter: false,
        params: &[],
    },
    Route {
        path: "/api/documents/{id}",
        filter: false,
        params: &[],
    },
    Route {
        path: "/api/search",
        filter: false,
        params: &["q", "limit"],
    },
    Route {
        path: "/api/timeline",
        filter: true,
        params: &["bucket"],
    },
    Route {
        path: "/api/network",
        filter: true,
        params: &["limit"],
    },
    Route {
        path: "/api/openapi.json",
        filter: false,
        params: &[],
    },
];

fn route(path: &str) -> &'static Route {
    ROUTES.iter().find(|r| r.path == path).unwrap_or(&ROUTES[0])
}

/// Parsed query parameters of one request.
struct Params(HashMap<String, String>);

impl Params {
    /// Parses the query string, refusing unknown and repeated parameters.
    fn parse(raw: Option<&str>, path: &str) -> Result<Params, ApiError> {
        let r = route(path);
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|e| ApiError::bad(format!("malformed query string: {e}")))?;
        let mut map = HashMap::with_capacity(pairs.len());
        for (k, v) in pairs {
            let known =
                r.params.contains(&k.as_str()) || (r.filter && FILTER.contains(&k.as_str()));
            if !known {
                let mut all: Vec<&str> = r.params.to_vec();
                if r.filter {
                    all.extend_from_slice(FILTER);
                }
                return Err(ApiError::bad(if all.is_empty() {
                    format!("unknown parameter {k:?}: {path} takes no parameters")
                } else {
                    format!("unknown parameter {k:?}; {path} takes: {}", all.join(", "))
                }));
            }
            if map.insert(k.clone(), v).is_some() {
                return Err(ApiError::bad(format!("parameter {k:?} given twice")));
            }
        }
        Ok(Params(map))
    }

    fn text(&self, k: &str) -> Option<String> {
        self.0
            .get(k)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    fn date(&self, k: &str) -> Result<Option<NaiveDate>, ApiError> {
        self.text(k)
            .map(|v| {
                NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|_| {
                    ApiError::bad(format!("{k}: expected a date YYYY-MM-DD, got {v:?}"))
                })
            })
            .transpose()
    }

    fn int(&self, k: &str) -> Result<Option<i64>, ApiError> {
        self.text(k)
            .map(|v| {
                v.parse::<i64>()
                    .map_err(|_| ApiError::bad(format!("{k}: expected an integer, got {v:?}")))
            })
            .transpose()
    }

    fn limit(&self, (default, max): (usize, usize)) -> Result<usize, ApiError> {
        match self.int("limit")? {
            None => Ok(default),
            Some(n) if n >= 1 && usize::try_from(n).is_ok_and(|n| n <= max) => {
                Ok(usize::try_from(n).unwrap_or(default))
            }
            Some(n) => Err(ApiError::bad(format!("limit: must be 1 to {max}, got {n}"))),
        }
    }

    fn flag(&self, k: &str) -> Result<bool, ApiError> {
        match self.text(k).as_deref() {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some(v) => Err(ApiError::bad(format!(
                "{k}: expected true or false, got {v:?}"
            ))),
        }
    }

    /// The event filter from the filter parameters, checked.
    fn filter(&self, limit: usize) -> Result<EventFilter, ApiError> {
        let root = self.text("root");
        if let Some(r) = &root {
            let ok = r.len() <= 2 && r.parse::<u8>().is_ok_and(|n| (1..=20).contains(&n));
            if !ok {
                return Err(ApiError::bad(format!(
                    "root: expected a CAMEO root 01 to 20, got {r:?}"
                )));
            }
        }
        let modality = self.text("modality").map(|m| m.to_ascii_lowercase());
        if let Some(m) = &modality {
            const MODALITIES: &[&str] = &[
                "asserted",
                "negated",
                "hypothetical",
                "planned",
                "alleged",
                "denied",
            ];
            if !MODALITIES.contains(&m.as_str()) {
                return Err(ApiError::bad(format!(
                    "modality: expected one of {}, got {m:?}",
                    MODALITIES.join(", ")
                )));
            }
        }
        let (from, to) = (self.date("from")?, self.date("to")?);
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(ApiError::bad(format!("from ({f}) is after to ({t})")));
            }
        }
        Ok(EventFilter {
            actor: self.text("actor"),
            source: self.text("source"),
            target: self.text("target"),
            code: self.text("code"),
            root,
            plover: self.text("plover"),
            country: self.text("country"),
            from,
            to,
            modality,
            text: self.text("text"),
            actor_id: self.int("actor_id")?,
            located: self.flag("located")?,
            limit,
            after: self.text("cursor"),
        })
    }
}

/// A path parameter, or the error shape for one that does not decode.
pub(crate) fn path_param(p: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    p.map(|Path(v)| v)
        .map_err(|e| ApiError::bad(format!("malformed path: {}", e.body_text())))
}

fn id(raw: &str, what: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::bad(format!("{what} id: expected an integer, got {raw:?}")))
}

/// `GET /api/stats`.
pub async fn stats(State(s): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), "/api/stats")?;
    let stats = s.pool.run(|st| st.stats()).await?;
    Ok(Json(stats).into_response())
}

/// `GET /api/events`.
pub async fn events(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), "/api/events")?;
    let limit = p.limit(EVENTS_PAGE)?;
    let filter = p.filter(limit)?;
    let rows = s.pool.run(move |st| st.events(&filter)).await?;
    let next = (rows.len() == limit)
        .then(|| rows.last().map(|r| r.cursor.clone()))
        .flatten();
    Ok(Json(json!({ "events": rows, "next": next })).into_response())
}

/// `GET /api/events/{id}`: the event and every mention with its evidence.
pub async fn event(
    State(s): State<AppState>,
    raw: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), "/api/events/{id}")?;
    let id = id(&path_param(raw)?, "event")?;
    let found = s
        .pool
        .run(move |st| match st.event(id)? {
            Some(e) => Ok(Some((e, st.mentions(id)?))),
            None => Ok(None),
        })
        .await?;
    let (event, mentions) = found.ok_or_else(|| ApiError::not_found(format!("no event {id}")))?;
    Ok(Json(json!({ "event": event, "mentions": mentions })).into_response())
}

/// `GET /api/actors`.
pub async fn actors(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), "/api/actors")?;
    let limit = p.limit(LIST_PAGE)?;
    let (query, cursor) = (p.text("q").unwrap_or_default(), p.text("cursor"));
    let rows = s
        .pool
        .run(move |st| st.actors(&query, limit, cursor.as_deref()))
        .await?;
    let next = (rows.len() == limit)
        .then(|| rows.last().map(|r| r.cursor.clone()))
        .flatten();
    Ok(Json(json!({ "actors": rows, "next": next })).into_response())
}

/// `GET /api/actors/{id}`.
pub async fn actor(
    State(s): State<AppState>,
    raw: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), "/api/actors/{id}")?;
    let id = id(&path_param(raw)?, "actor")?;
    let report = s.pool.run(move |st| st.actor_by_id(id)).await?;
    let report = report.ok_or_else(|| ApiError::not_found(format!("no actor {id}")))?;
    Ok(Json(report).into_response())
}

/// `GET /api/documents/{id}`.
pub async fn document(
    State(s): State<AppState>,
    raw: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), "/api/documents/{id}")?;
    let doc_id = path_param(raw)?;
    let key = doc_id.clone();
    let doc = s.pool.run(move |st| st.document(&key)).await?;
    let doc = doc.ok_or_else(|| ApiError::not_found(format!("no document {doc_id:?}")))?;
    Ok(Json(doc).into_response())
}

/// `GET /api/search`.
pub async fn search(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), "/api/search")?;
    let limit = p.limit(LIST_PAGE)?;
    let query = p
        .text("q")
        .ok_or_else(|| ApiError::bad("q: give the words to search for"))?;
    let hits = s.pool.run(move |st| st.search(&query, limit)).await?;
    Ok(Json(json!({ "hits": hits })).into_response())
}

/// `GET /api/timeline`.
pub async fn timeline(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), "/api/timeline")?;
    let bucket = match p.text("bucket").as_deref() {
        None | Some("day") => Bucket::Day,
        Some("week") => Bucket::Week,
        Some("month") => Bucket::Month,
        Some(b) => {
            return Err(ApiError::bad(format!(
                "bucket: expected day, week or month, got {b:?}"
            )))
        }
    };
    let filter = p.filter(0)?;
    let points = s.pool.run(move |st| st.timeline(&filter, bucket)).await?;
    Ok(Json(json!({ "bucket": bucket, "points": points })).into_response())
}

/// `GET /api/network`.
pub async fn network(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref(), "/api/network")?;
    let limit = p.limit(NETWORK_EDGES)?;
    let filter = p.filter(limit)?;
    let net = s.pool.run(move |st| st.network(&filter)).await?;
    Ok(Json(net).into_response())
}

/// `GET /api/openapi.json`.
pub async fn openapi(RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    Params::parse(q.as_deref(), "/api/openapi.json")?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI,
    )
        .into_response())
}

/// The OpenAPI 3.1 document of this API.
pub const OPENAPI: &str = include_str!("../openapi.json");
