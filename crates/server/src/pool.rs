//! A small pool of store connections for the blocking store API: each
//! request borrows one on tokio's blocking threads and gives it back.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use herald_store::{Store, StoreError};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Opens one store connection (read-only for the server).
pub type Opener = Box<dyn Fn() -> Result<Box<dyn Store + Send>, StoreError> + Send + Sync>;

/// How long a request waits for a free connection before it is refused
/// with 503.
const WAIT: Duration = Duration::from_secs(10);

/// Store connections shared by the request handlers.
pub struct Pool {
    idle: Mutex<Vec<Box<dyn Store + Send>>>,
    permits: Semaphore,
    open: Opener,
}

impl Pool {
    /// A pool of at most `size` connections made by `open`. One is opened
    /// now, so a store that cannot be opened fails here, not per request.
    ///
    /// # Errors
    /// The first connection cannot be opened.
    pub fn new(size: usize, open: Opener) -> Result<Pool, StoreError> {
        let first = open()?;
        Ok(Pool {
            idle: Mutex::new(vec![first]),
            permits: Semaphore::new(size.max(1)),
            open,
        })
    }

    fn take(&self) -> Result<Box<dyn Store + Send>, StoreError> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        match idle {
            Some(s) => Ok(s),
            None => (self.open)(),
        }
    }

    fn give(&self, store: Box<dyn Store + Send>) {
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(store);
    }

    /// Runs `f` on a borrowed connection on a blocking thread. A connection
    /// whose call panicked is dropped (a new one is opened when needed).
    ///
    /// # Errors
    /// No connection was free within 10 s (503), `f` failed, or panicked.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T, StoreError> + Send + 'static,
    {
        let _permit = tokio::time::timeout(WAIT, self.permits.acquire())
            .await
            .map_err(|_| ApiError::busy())?
            .map_err(|_| ApiError::busy())?;
        let pool = Arc::clone(self);
        let out = tokio::task::spawn_blocking(move || {
            let store = pool.take()?;
            let out = f(&*store);
            pool.give(store);
            out
        })
        .await
        .map_err(|e| ApiError::internal(&format!("request task failed: {e}")))?;
        out.map_err(ApiError::from)
    }
}
