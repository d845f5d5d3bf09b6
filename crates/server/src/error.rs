//! One error shape for every API failure:
//! `{"error":{"status":400,"message":"…"}}` with that HTTP status.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use herald_store::StoreError;

/// An API error: an HTTP status and a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, for the user.
    pub message: String,
}

impl ApiError {
    /// 400: the request is wrong.
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// 404: no such thing.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }

    /// 503: every store connection is busy.
    #[must_use]
    pub fn busy() -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: "the server is busy; try again".to_owned(),
        }
    }

    /// 500: logged in full; the user sees a short message.
    #[must_use]
    pub fn internal(detail: &str) -> ApiError {
        tracing::error!("{detail}");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "internal error (see the server's log)".to_owned(),
        }
    }

    /// Any status.
    pub fn with(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match &e {
            StoreError::BadRequest(m) => ApiError::bad(m.clone()),
            other => ApiError::internal(&format!("store: {other}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": { "status": self.status.as_u16(), "message": self.message }
        });
        (self.status, axum::Json(body)).into_response()
    }
}
