//! Herald's web server: a JSON API over the event store and the analyst's
//! web page, read-only.
//!
//! [`router`] builds the whole application over a [`Pool`] of store
//! connections; [`serve`] runs it until Ctrl-C. The page's files (under
//! `assets/`) are embedded in the binary at build time; nothing is fetched
//! from elsewhere. Every response carries a strict Content-Security-Policy
//! (scripts and styles from this server only), and the page builds its DOM
//! from text nodes: article text is untrusted and never parsed as HTML.
//!
//! Access: the server binds to loopback by default; a caller that makes it
//! listen elsewhere must set a bearer token ([`Options::token`]), which every
//! request then carries as `Authorization: Bearer TOKEN` or, for the page, a
//! cookie set by opening `/?token=TOKEN` once.
//!
//! Limits: GET and HEAD only, query strings up to 4 KiB, no request bodies,
//! pages of at most 500 events; at most [`Pool`]-size store calls at once,
//! others wait up to 10 s, then 503.
#![deny(missing_docs)]

pub mod api;
mod assets;
mod error;
mod pool;

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub use error::ApiError;
pub use pool::{Opener, Pool};

/// Longest accepted query string, in bytes.
pub const MAX_QUERY: usize = 4_096;

/// How the server runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Bearer token every request must carry; `None`: no token (loopback).
    pub token: Option<String>,
    /// Serve the page's files from this directory instead of the embedded
    /// copies (for working on the page without rebuilding).
    pub web_dir: Option<PathBuf>,
}

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    pool: Arc<Pool>,
    token: Option<Arc<str>>,
    web_dir: Option<Arc<std::path::Path>>,
}

/// The whole application: API, page, limits and headers.
pub fn router(pool: Pool, options: Options) -> Router {
    let state = AppState {
        pool: Arc::new(pool),
        token: options.token.map(Arc::from),
        web_dir: options.web_dir.map(Arc::from),
    };
    let mut api = Router::new();
    for r in api::ROUTES {
        let h = match r.path {
            "/api/stats" => get(api::stats),
            "/api/events" => get(api::events),
            "/api/events/{id}" => get(api::event),
            "/api/actors" => get(api::actors),
            "/api/actors/{id}" => get(api::actor),
            "/api/documents/{id}" => get(api::document),
            "/api/search" => get(api::search),
            "/api/timeline" => get(api::timeline),
            "/api/network" => get(api::network),
            "/api/openapi.json" => get(api::openapi),
            other => unreachable_route(other),
        };
        api = api.route(r.path, h);
    }
    api.route("/", get(assets::index))
        .route("/assets/{name}", get(assets::file))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

fn unreachable_route(path: &str) -> axum::routing::MethodRouter<AppState> {
    // Every entry of ROUTES has a handler above (a test walks ROUTES).
    tracing::error!("route {path} has no handler");
    get(not_found)
}

async fn not_found(req: Request) -> ApiError {
    ApiError::not_found(format!("no such page: {}", req.uri().path()))
}

/// Limits, the token, and the security headers, for every request.
async fn guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut resp = match check(&state, &req) {
        Err(e) => e.into_response(),
        Ok(Some(redirect)) => redirect,
        Ok(None) => next.run(req).await,
    };
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    resp
}

/// `Err`: refuse; `Ok(Some)`: answer this instead (the token cookie);
/// `Ok(None)`: go on.
fn check(state: &AppState, req: &Request) -> Result<Option<Response>, ApiError> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(ApiError::with(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "{} not allowed: this server is read-only (GET)",
                req.method()
            ),
        ));
    }
    if req.uri().query().is_some_and(|q| q.len() > MAX_QUERY) {
        return Err(ApiError::with(
            StatusCode::URI_TOO_LONG,
            format!("query string longer than {MAX_QUERY} bytes"),
        ));
    }
    let has_body = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v != "0")
        || req.headers().contains_key(header::TRANSFER_ENCODING);
    if has_body {
        return Err(ApiError::with(
            StatusCode::PAYLOAD_TOO_LARGE,
            "requests carry no body",
        ));
    }
    let Some(token) = state.token.as_deref() else {
        return Ok(None);
    };
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let cookie = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix("herald_token="))
        .next();
    if bearer.or(cookie).is_some_and(|t| same(t, token)) {
        return Ok(None);
    }
    // Opening `/?token=TOKEN` once sets the cookie the page then sends.
    if req.uri().path() == "/" {
        let given = req.uri().query().and_then(|q| {
            serde_urlencoded::from_str::<Vec<(String, String)>>(q)
                .ok()?
                .into_iter()
                .find(|(k, _)| k == "token")
                .map(|(_, v)| v)
        });
        if given.is_some_and(|t| same(&t, token)) {
            let cookie = format!("herald_token={token}; Path=/; HttpOnly; SameSite=Strict");
            let mut resp = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                resp.headers_mut().insert(header::SET_COOKIE, v);
            }
            return Ok(Some(resp));
        }
    }
    let mut resp = ApiError::with(
        StatusCode::UNAUTHORIZED,
        "this server needs its token: send `Authorization: Bearer TOKEN`, or open /?token=TOKEN",
    )
    .into_response();
    resp.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    Ok(Some(resp))
}

/// Compares in time independent of where the strings differ.
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Serves `app` on `listener` until Ctrl-C (or SIGTERM).
///
/// # Errors
/// The listener fails.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
