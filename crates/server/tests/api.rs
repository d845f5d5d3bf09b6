//! The API against a store built from real articles (the seed and the first
//! 300 articles of `../shared/corpus/news_politics.jsonl`), through the whole
//! router: routes, filters, paging, evidence offsets, errors, limits, token,
//! headers, and the OpenAPI document.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use std::path::PathBuf;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use herald_pipeline::Pipeline;
use herald_server::{api, router, Options, Pool};
use herald_store::{sqlite::SqliteStore, Store};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

fn shared(rel: &str) -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let base =
        std::env::var_os("HERALD_SHARED").map_or_else(|| root.join("../shared"), PathBuf::from);
    let p = base.join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("notice: {} not found; test skipped", p.display());
        None
    }
}

/// The store file, built once per test run.
fn store_path() -> Option<&'static PathBuf> {
    static PATH: OnceLock<Option<PathBuf>> = OnceLock::new();
    PATH.get_or_init(|| {
        let corpus = shared("corpus/news_politics.jsonl")?;
        let seed = shared("seed/article_2022-02-08.txt")?;
        let dir = std::env::temp_dir().join(format!("herald-server-api-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("api.db");
        let text = std::fs::read_to_string(corpus).unwrap();
        let head: String = text.lines().take(300).map(|l| format!("{l}\n")).collect();
        let mut articles: Vec<_> =
            herald_io::from_bytes(head.into_bytes(), "news_politics.jsonl", Default::default())
                .map(Result::unwrap)
                .collect();
        articles.extend(
            herald_io::open(&[seed.to_str().unwrap()], Default::default()).map(Result::unwrap),
        );
        let pipeline = Pipeline::full();
        let docs: Vec<_> = articles
            .iter()
            .map(|a| pipeline.extract(a).unwrap())
            .collect();
        let mut store = SqliteStore::open(&db).unwrap();
        store.put_batch(&docs).unwrap();
        Some(db)
    })
    .as_ref()
}

fn app_with(db: &std::path::Path, options: Options) -> Router {
    let db = db.to_path_buf();
    let pool = Pool::new(
        2,
        Box::new(move || Ok(Box::new(SqliteStore::open_read_only(&db)?) as Box<dyn Store + Send>)),
    )
    .unwrap();
    router(pool, options)
}

fn app() -> Option<Router> {
    Some(app_with(store_path()?, Options::default()))
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = resp.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (status, headers, body) = send(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    if uri.starts_with("/api/") {
        assert_eq!(
            headers.get(header::CONTENT_TYPE).unwrap(),
            "application/json",
            "{uri}"
        );
    }
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, json)
}

async fn ok(app: &Router, uri: &str) -> Value {
    let (status, json) = get(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {json}");
    json
}

/// The error shape, with the status repeated in the body.
async fn error(app: &Router, uri: &str, status: StatusCode, words: &str) {
    let (got, json) = get(app, uri).await;
    assert_eq!(got, status, "{uri}: {json}");
    assert_eq!(json["error"]["status"], status.as_u16(), "{uri}: {json}");
    let message = json["error"]["message"].as_str().unwrap();
    assert!(
        message.contains(words),
        "{uri}: {message:?} lacks {words:?}"
    );
}

fn chars(text: &str, start: &Value, end: &Value) -> String {
    let (s, e) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    text.chars().skip(s).take(e - s).collect()
}

#[tokio::test]
async fn stats_search_and_events_pages() {
    let Some(app) = app() else { return };
    let stats = ok(&app, "/api/stats").await;
    assert_eq!(stats["documents"], 301);
    assert!(stats["events"].as_u64().unwrap() > 100);

    let hits = ok(&app, "/api/search?q=Macron+Biden&limit=5").await;
    let hits = hits["hits"].as_array().unwrap();
    assert!(
        hits.iter().any(|h| h["date"] == "2022-02-08"),
        "the seed: {hits:?}"
    );

    // Pages: disjoint, newest first, and they end.
    let mut seen = std::collections::HashSet::new();
    let mut uri = "/api/events?limit=100".to_owned();
    let mut pages = 0;
    loop {
        let page = ok(&app, &uri).await;
        let events = page["events"].as_array().unwrap();
        for e in events {
            assert!(seen.insert(e["id"].as_i64().unwrap()), "event twice: {e}");
        }
        pages += 1;
        match page["next"].as_str() {
            Some(c) => uri = format!("/api/events?limit=100&cursor={c}"),
            None => break,
        }
        assert!(pages < 1_000);
    }
    assert_eq!(seen.len() as u64, stats["events"].as_u64().unwrap());

    // Filters narrow, and agree with the events they return.
    let consult = ok(&app, "/api/events?root=04&limit=500").await;
    let consult = consult["events"].as_array().unwrap();
    assert!(!consult.is_empty());
    assert!(consult.iter().all(|e| e["root"] == "04"));
    let dated = ok(
        &app,
        "/api/events?from=2022-02-01&to=2022-02-28&actor=Macron",
    )
    .await;
    let dated = dated["events"].as_array().unwrap();
    assert!(dated
        .iter()
        .any(|e| e["date"] == "2022-02-06" && e["code"].as_str().unwrap().starts_with("04")));
    let located = ok(&app, "/api/events?located=true&limit=500").await;
    assert!(located["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["lat"].is_number()));
}

#[tokio::test]
async fn events_carry_their_evidence_and_documents_their_layers() {
    let Some(app) = app() else { return };
    let page = ok(
        &app,
        "/api/events?actor=Macron&from=2022-02-06&to=2022-02-06",
    )
    .await;
    let event = &page["events"][0];
    let id = event["id"].as_i64().unwrap();
    let one = ok(&app, &format!("/api/events/{id}")).await;
    assert_eq!(&one["event"], event);
    let mention = &one["mentions"][0];
    let doc_id = mention["doc_id"].as_str().unwrap();
    let doc = ok(
        &app,
        &format!(
            "/api/documents/{}",
            doc_id.replace('%', "%25").replace('/', "%2F")
        ),
    )
    .await;
    let text = doc["text"].as_str().unwrap();
    for part in ["sentence", "predicate", "source", "target"] {
        let span = &mention[part];
        if span.is_null() {
            continue;
        }
        assert_eq!(
            chars(text, &span["start"], &span["end"]),
            span["text"].as_str().unwrap(),
            "{part}"
        );
    }
    // The document's layers point into its text; its events link back.
    let events = doc["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["event_id"] == id));
    let n = text.chars().count() as u64;
    for layer in ["sentences", "times", "mentions", "quotes"] {
        let items = doc[layer].as_array().unwrap();
        assert!(!items.is_empty(), "{layer}");
        for s in items {
            assert!(s["start"].as_u64().unwrap() < s["end"].as_u64().unwrap());
            assert!(s["end"].as_u64().unwrap() <= n, "{layer}: {s}");
        }
    }
    let sunday = doc["times"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["value"] == "2022-02-06")
        .unwrap();
    assert!(chars(text, &sunday["start"], &sunday["end"]).contains("Sunday"));
    for m in doc["mentions"].as_array().unwrap() {
        assert!(doc["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["idx"] == m["actor_idx"]));
    }
}

#[tokio::test]
async fn actors_timeline_and_network() {
    let Some(app) = app() else { return };
    let list = ok(&app, "/api/actors?q=macron").await;
    let macron = list["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Emmanuel Macron")
        .unwrap()
        .clone();
    let id = macron["actor_id"].as_i64().unwrap();
    let report = ok(&app, &format!("/api/actors/{id}")).await;
    assert_eq!(report["name"], "Emmanuel Macron");
    assert!(report["roles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["role"] == "president"));
    assert!(!report["partners"].as_array().unwrap().is_empty());
    let his = ok(&app, &format!("/api/events?actor_id={id}&limit=500")).await;
    assert!(his["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["source"]["actor_id"] == id || e["target"]["actor_id"] == id));

    // Actors page through once each.
    let first = ok(&app, "/api/actors?limit=5").await;
    let next = first["next"].as_str().unwrap();
    let second = ok(&app, &format!("/api/actors?limit=5&cursor={next}")).await;
    let a: Vec<_> = first["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actor_id"].clone())
        .collect();
    assert!(second["actors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| !a.contains(&b["actor_id"])));

    // The timeline counts the events the filter selects.
    let tl = ok(&app, "/api/timeline?bucket=month&root=04").await;
    assert_eq!(tl["bucket"], "month");
    let total: i64 = tl["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["events"].as_i64().unwrap())
        .sum();
    let mut counted = 0;
    let mut uri = "/api/events?root=04&limit=500".to_owned();
    loop {
        let page = ok(&app, &uri).await;
        counted += page["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| !e["date"].is_null())
            .count() as i64;
        match page["next"].as_str() {
            Some(c) => uri = format!("/api/events?root=04&limit=500&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(total, counted);

    let net = ok(&app, "/api/network?limit=50").await;
    let nodes: Vec<i64> = net["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect();
    let edges = net["edges"].as_array().unwrap();
    assert!(!edges.is_empty() && edges.len() <= 50);
    for e in edges {
        assert!(
            nodes.contains(&e["source"].as_i64().unwrap())
                && nodes.contains(&e["target"].as_i64().unwrap())
        );
    }
}

#[tokio::test]
async fn bad_requests_get_clear_errors() {
    let Some(app) = app() else { return };
    use StatusCode as S;
    error(
        &app,
        "/api/events?actr=Macron",
        S::BAD_REQUEST,
        "unknown parameter \"actr\"",
    )
    .await;
    error(&app, "/api/events?root=21", S::BAD_REQUEST, "root").await;
    error(
        &app,
        "/api/events?from=yesterday",
        S::BAD_REQUEST,
        "YYYY-MM-DD",
    )
    .await;
    error(
        &app,
        "/api/events?from=2022-03-01&to=2022-02-01",
        S::BAD_REQUEST,
        "after",
    )
    .await;
    error(&app, "/api/events?limit=501", S::BAD_REQUEST, "limit").await;
    error(&app, "/api/events?limit=0", S::BAD_REQUEST, "limit").await;
    error(
        &app,
        "/api/events?modality=maybe",
        S::BAD_REQUEST,
        "modality",
    )
    .await;
    error(&app, "/api/events?cursor=zz", S::BAD_REQUEST, "cursor").await;
    error(&app, "/api/events?root=04&root=05", S::BAD_REQUEST, "twice").await;
    error(
        &app,
        "/api/events?located=perhaps",
        S::BAD_REQUEST,
        "located",
    )
    .await;
    error(&app, "/api/events/abc", S::BAD_REQUEST, "integer").await;
    error(&app, "/api/events/999999999", S::NOT_FOUND, "no event").await;
    error(&app, "/api/actors/999999999", S::NOT_FOUND, "no actor").await;
    error(
        &app,
        "/api/documents/no-such-doc",
        S::NOT_FOUND,
        "no document",
    )
    .await;
    error(&app, "/api/search", S::BAD_REQUEST, "q").await;
    // Full-text syntax the engine refuses is the user's to fix: 400.
    for q in ["%22unbalanced", "a%20OR%20(b", "*", "AND"] {
        let search = format!("/api/search?q={q}");
        error(&app, &search, S::BAD_REQUEST, "full-text").await;
        let events = format!("/api/events?text={q}");
        error(&app, &events, S::BAD_REQUEST, "full-text").await;
    }
    error(&app, "/api/timeline?bucket=year", S::BAD_REQUEST, "bucket").await;
    error(&app, "/api/stats?x=1", S::BAD_REQUEST, "no parameters").await;
    error(&app, "/api/nothing", S::NOT_FOUND, "no such page").await;
    for bad in [
        "/api/documents/%FF",
        "/api/events/%FF",
        "/api/actors/%FF%FE",
    ] {
        error(&app, bad, S::BAD_REQUEST, "malformed path").await;
    }
    let long = format!("/api/events?text={}", "a".repeat(5_000));
    error(&app, &long, S::URI_TOO_LONG, "4096").await;
    let (status, _, body) = send(
        &app,
        Request::post("/api/events").body(Body::from("x")).unwrap(),
    )
    .await;
    assert_eq!(
        status,
        S::METHOD_NOT_ALLOWED,
        "{}",
        String::from_utf8_lossy(&body)
    );
}

#[tokio::test]
async fn page_and_headers() {
    let Some(app) = app() else { return };
    let (status, headers, body) = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let html = String::from_utf8(body).unwrap();
    assert!(
        !html.contains("<script>"),
        "no inline script (the CSP forbids it)"
    );
    for file in ["app.js", "style.css"] {
        let (status, headers, _) = send(
            &app,
            Request::get(format!("/assets/{file}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{file}");
        assert!(headers.contains_key(header::CONTENT_TYPE));
    }
    let (status, _, _) = send(
        &app,
        Request::get("/assets/..%2FCargo.toml")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_token_guards_every_request() {
    let Some(db) = store_path() else { return };
    let app = app_with(
        db,
        Options {
            token: Some("s3cret".into()),
            ..Options::default()
        },
    );
    let req = |uri: &str, auth: Option<&str>, cookie: Option<&str>| {
        let mut r = Request::get(uri);
        if let Some(a) = auth {
            r = r.header(header::AUTHORIZATION, a);
        }
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, c);
        }
        r.body(Body::empty()).unwrap()
    };
    for uri in ["/api/stats", "/", "/assets/app.js"] {
        let (status, headers, _) = send(&app, req(uri, None, None)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{uri}");
        assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
    }
    let (status, _, _) = send(&app, req("/api/stats", Some("Bearer wrong"), None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = send(&app, req("/api/stats", Some("Bearer s3cret"), None)).await;
    assert_eq!(status, StatusCode::OK);
    // The page: /?token= sets the cookie once, then the cookie is enough.
    let (status, headers, _) = send(&app, req("/?token=s3cret", None, None)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let pair = cookie.split(';').next().unwrap();
    let (status, _, _) = send(&app, req("/api/stats", None, Some(pair))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(&app, req("/?token=nope", None, None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// The OpenAPI document lists exactly the routes, each with exactly the
/// query parameters the route takes.
#[tokio::test]
async fn openapi_matches_the_routes() {
    let doc: Value = serde_json::from_str(api::OPENAPI).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    let mut documented: Vec<&str> = paths.keys().map(String::as_str).collect();
    let mut routed: Vec<&str> = api::ROUTES.iter().map(|r| r.path).collect();
    documented.sort_unstable();
    routed.sort_unstable();
    assert_eq!(documented, routed);
    for r in api::ROUTES {
        let op = &paths[r.path]["get"];
        let params = op["parameters"].as_array().unwrap();
        let mut query: Vec<&str> = params
            .iter()
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let mut expected: Vec<&str> = r.params.to_vec();
        if r.filter {
            expected.extend_from_slice(api::FILTER);
        }
        query.sort_unstable();
        expected.sort_unstable();
        assert_eq!(query, expected, "{}", r.path);
        let in_path: Vec<&str> = params
            .iter()
            .filter(|p| p["in"] == "path")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let wanted: Vec<&str> = if r.path.contains("{id}") {
            vec!["id"]
        } else {
            vec![]
        };
        assert_eq!(in_path, wanted, "{}", r.path);
        assert!(op["responses"]["200"].is_object(), "{}", r.path);
    }
    // Every $ref resolves.
    let text = api::OPENAPI;
    for part in text.split("\"$ref\": \"#/").skip(1) {
        let target = part.split('"').next().unwrap();
        let mut node = &doc;
        for key in target.split('/') {
            node = &node[key];
        }
        assert!(!node.is_null(), "dangling $ref {target}");
    }
    // And the server serves it.
    let Some(app) = app() else { return };
    assert_eq!(ok(&app, "/api/openapi.json").await, doc);
}
