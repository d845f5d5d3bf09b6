//! `herald serve`: the web server over a store, read-only.

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context;
use herald_server::{Options, Pool};
use herald_store::{sqlite::SqliteStore, Store};

use crate::commands::query::{describe, redact};
use crate::flags::ServeArgs;

/// Runs the server until Ctrl-C.
pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let token = args.token.clone().filter(|t| !t.is_empty());
    if !args.addr.ip().is_loopback() && token.is_none() {
        anyhow::bail!(
            "--addr {} is not a loopback address: set --token (or HERALD_TOKEN) so that only holders of the token can read the store",
            args.addr
        );
    }
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let connections = args.connections.unwrap_or(cores * 2).max(1);
    let pool = Pool::new(connections, opener(args)?)
        .with_context(|| format!("cannot open the store {}", describe(&args.store)))?;
    let app = herald_server::router(
        pool,
        Options {
            token,
            web_dir: args.web_dir.clone(),
        },
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let addr = listener.local_addr()?;
        println!(
            "herald: serving {} at http://{addr}/",
            describe(&args.store)
        );
        let _ = std::io::stdout().flush();
        herald_server::serve(listener, app)
            .await
            .context("server failed")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Opens read-only connections to the store.
fn opener(args: &ServeArgs) -> anyhow::Result<herald_server::Opener> {
    if let Some(url) = args.store.postgres.clone() {
        return postgres_opener(url);
    }
    let db = args.store.db.clone();
    if !db.exists() {
        anyhow::bail!(
            "{}: no such database (create it with `herald ingest`)",
            db.display()
        );
    }
    // A store written by an older Herald is brought up to date once (the
    // schema only; no data changes) before the read-only connections open.
    // Without write access, the read-only open explains what to do.
    if let Err(e) = SqliteStore::open(&db) {
        tracing::warn!("{}: schema not upgraded: {e}", db.display());
    }
    Ok(Box::new(move || {
        Ok(Box::new(SqliteStore::open_read_only(&db)?) as Box<dyn Store + Send>)
    }))
}

#[cfg(feature = "postgres")]
fn postgres_opener(url: String) -> anyhow::Result<herald_server::Opener> {
    tracing::info!("serving PostgreSQL store {}", redact(&url));
    Ok(Box::new(move || {
        Ok(
            Box::new(herald_store::postgres::PostgresStore::connect(&url)?)
                as Box<dyn Store + Send>,
        )
    }))
}

#[cfg(not(feature = "postgres"))]
fn postgres_opener(url: String) -> anyhow::Result<herald_server::Opener> {
    let _ = (url, redact);
    anyhow::bail!("this herald was built without PostgreSQL support (cargo feature `postgres`)")
}
