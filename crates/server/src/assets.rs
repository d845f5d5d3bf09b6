//! The page's files: embedded at build time (see `build.rs`), or read from
//! [`Options::web_dir`](crate::Options::web_dir) when set.

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::AppState;

include!(concat!(env!("OUT_DIR"), "/assets.rs"));
include!("mime.rs");

/// `GET /`: the page.
pub async fn index(State(s): State<AppState>) -> Result<Response, ApiError> {
    serve(&s, "index.html")
}

/// `GET /assets/{name}`.
pub async fn file(
    State(s): State<AppState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    serve(&s, &crate::api::path_param(name)?)
}

fn serve(s: &AppState, name: &str) -> Result<Response, ApiError> {
    let missing = || ApiError::not_found(format!("no such file: {name}"));
    let (content_type, bytes) = match &s.web_dir {
        // From disk: a plain file name only (letters, digits, `.-_`, not
        // starting with a dot), so no request reaches outside the folder.
        Some(dir) => {
            let plain = !name.starts_with('.')
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
            if !plain {
                return Err(missing());
            }
            let bytes = std::fs::read(dir.join(name)).map_err(|_| missing())?;
            (content_type(name), Body::from(bytes))
        }
        None => {
            let &(_, t, b) = FILES.iter().find(|f| f.0 == name).ok_or_else(missing)?;
            (t, Body::from(b))
        }
    };
    let mut resp = bytes.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(resp)
}
