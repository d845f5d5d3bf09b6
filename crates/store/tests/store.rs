//! The store suite: what every backend must do with real pipeline output —
//! deduplicate events across reports, count them as GDELT does, answer
//! filtered and paged queries, keep every mention's evidence, learn roles.
//!
//! Run against SQLite here; the same functions run against PostgreSQL when
//! `HERALD_TEST_POSTGRES` names a server.
#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use herald_core::{Article, Doc, NaiveDate};
use herald_pipeline::Pipeline;
use herald_store::{sqlite::SqliteStore, Bucket, EventFilter, Store};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn article(id: &str, date: &str, source: &str, text: &str) -> Article {
    let mut a = Article::new(text, Some(day(date)));
    a.id = Some(id.to_owned());
    a.source = Some(source.to_owned());
    a.url = Some(format!("https://{source}.example/{id}"));
    a
}

fn docs(articles: &[Article]) -> Vec<Doc> {
    let p = Pipeline::full();
    articles.iter().map(|a| p.extract(a).unwrap()).collect()
}

fn all(store: &dyn Store) -> Vec<herald_store::EventRow> {
    store
        .events(&EventFilter {
            limit: 1000,
            ..EventFilter::default()
        })
        .unwrap()
}

fn meeting(id: &str, date: &str, source: &str, when: &str) -> Article {
    article(
        id,
        date,
        source,
        &format!("French President Emmanuel Macron met U.S. President Joe Biden {when}."),
    )
}

/// Reports of one meeting by two publishers a day apart are one event;
/// a third report by the first publisher adds an article, not a source.
fn dedup_counts_mentions_sources_and_articles(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("a1", "2022-02-08", "ap", "on Sunday"),
            meeting("a2", "2022-02-07", "reuters", "on Sunday in Washington"),
        ]))
        .unwrap();
    store
        .put_batch(&docs(&[meeting("a3", "2022-02-09", "ap", "on Monday")]))
        .unwrap();
    let events = all(store);
    let meet: Vec<_> = events.iter().filter(|e| e.root == "04").collect();
    assert_eq!(meet.len(), 1, "{events:#?}");
    let e = meet[0];
    assert_eq!(
        (e.num_mentions, e.num_sources, e.num_articles),
        (3, 2, 3),
        "{e:#?}"
    );
    assert_eq!(e.source.code.as_deref(), Some("FRAGOV"));
    assert_eq!(e.target.code.as_deref(), Some("USAGOV"));
    assert_eq!(e.first_doc_id, "a1");
    // Every report's evidence is reachable.
    let mentions = store.mentions(e.id).unwrap();
    assert_eq!(mentions.len(), 3);
    for m in &mentions {
        assert_eq!(m.predicate.text, "met");
        assert_eq!(
            m.source.as_ref().unwrap().text,
            "French President Emmanuel Macron"
        );
        assert!(m.sentence.text.contains(&m.predicate.text));
        assert!(m.sentence.start <= m.predicate.start && m.predicate.end <= m.sentence.end);
    }
    let ids: Vec<_> = mentions.iter().map(|m| m.doc_id.as_str()).collect();
    assert!(ids.contains(&"a1") && ids.contains(&"a2") && ids.contains(&"a3"));
}

/// A document that reports one meeting twice mentions one event twice: one
/// article and one source; the event it started is the one a later
/// report in the same batch joins, and a report of another day more than
/// one day away starts its own.
fn repeated_reports_in_one_document(store: &mut dyn Store) {
    let twice = article(
        "r1",
        "2022-02-08",
        "ap",
        "French President Emmanuel Macron met U.S. President Joe Biden on Sunday. \
         Macron met Biden on Sunday, officials said.",
    );
    store
        .put_batch(&docs(&[
            twice,
            meeting("r2", "2022-02-08", "afp", "on Monday"),
            meeting("r3", "2022-02-08", "dpa", "on 1 February"),
        ]))
        .unwrap();
    let events = all(store);
    let mut meet: Vec<_> = events.iter().filter(|e| e.root == "04").collect();
    meet.sort_by_key(|e| e.id);
    assert_eq!(meet.len(), 2, "{events:#?}");
    assert_eq!(
        (
            meet[0].num_mentions,
            meet[0].num_sources,
            meet[0].num_articles
        ),
        (3, 2, 2),
        "{:#?}",
        meet[0]
    );
    assert_eq!(meet[0].first_doc_id, "r1");
    assert_eq!(
        (
            meet[1].num_mentions,
            meet[1].num_sources,
            meet[1].num_articles
        ),
        (1, 1, 1)
    );
    assert_eq!(store.mentions(meet[0].id).unwrap().len(), 3);
}

/// Different dates (more than a day apart), targets or modalities are
/// different events.
fn distinct_events_stay_apart(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("b1", "2022-03-10", "ap", "on 1 March"),
            meeting("b2", "2022-03-10", "afp", "on 5 March"),
            article(
                "b3",
                "2022-03-10",
                "afp",
                "French President Emmanuel Macron met German Chancellor Olaf Scholz on 5 March.",
            ),
            article(
                "b4",
                "2022-03-10",
                "dpa",
                "French President Emmanuel Macron will meet U.S. President Joe Biden on 5 March.",
            ),
        ]))
        .unwrap();
    let meet: Vec<_> = all(store).into_iter().filter(|e| e.root == "04").collect();
    assert_eq!(meet.len(), 4, "{meet:#?}");
    assert!(meet.iter().all(|e| e.num_mentions == 1));
    assert!(meet.iter().any(|e| e.modality == "planned"));
}

/// Storing the same articles again adds nothing.
fn reingest_adds_nothing(store: &mut dyn Store) {
    let batch = docs(&[
        meeting("c1", "2022-02-08", "ap", "on Sunday"),
        article(
            "c2",
            "2022-02-08",
            "ap",
            "Russia criticized NATO on Monday.",
        ),
    ]);
    store.put_batch(&batch).unwrap();
    let before = store.stats().unwrap();
    let again = store.put_batch(&batch).unwrap();
    assert_eq!((again.inserted, again.duplicates), (0, 2));
    assert_eq!(store.stats().unwrap(), before);
}

/// Filters and pages.
fn queries_filter_and_page(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("d1", "2022-02-08", "ap", "on Sunday"),
            article(
                "d2",
                "2022-02-10",
                "ap",
                "Russia criticized NATO on Wednesday.",
            ),
            article(
                "d3",
                "2022-04-02",
                "afp",
                "Ukraine accused Russia of shelling Kharkiv on Friday.",
            ),
        ]))
        .unwrap();
    let q = |f: EventFilter| store.events(&EventFilter { limit: 100, ..f }).unwrap();
    let macron = q(EventFilter {
        actor: Some("macron".into()),
        ..EventFilter::default()
    });
    assert!(
        !macron.is_empty()
            && macron
                .iter()
                .all(|e| e.source.name.as_deref() == Some("Emmanuel Macron"))
    );
    let rus = q(EventFilter {
        actor: Some("RUS".into()),
        ..EventFilter::default()
    });
    assert!(rus.len() >= 2, "{rus:#?}");
    let nato = q(EventFilter {
        actor: Some("NATO".into()),
        ..EventFilter::default()
    });
    assert!(
        nato.iter()
            .any(|e| e.target.name.as_deref() == Some("NATO")),
        "a capitalised name is a name too: {nato:#?}"
    );
    let rus_source = q(EventFilter {
        source: Some("RUS".into()),
        ..EventFilter::default()
    });
    assert!(rus_source
        .iter()
        .all(|e| e.source.code.as_deref().unwrap_or("").starts_with("RUS")));
    assert!(rus_source.len() < rus.len());
    let feb = q(EventFilter {
        from: Some(day("2022-02-01")),
        to: Some(day("2022-02-28")),
        ..EventFilter::default()
    });
    assert!(!feb.is_empty());
    assert!(feb
        .iter()
        .all(|e| e.date.as_deref().unwrap_or("").starts_with("2022-02")));
    let consult = q(EventFilter {
        root: Some("4".into()),
        ..EventFilter::default()
    });
    assert!(!consult.is_empty() && consult.iter().all(|e| e.root == "04"));
    let by_text = q(EventFilter {
        text: Some("Kharkiv".into()),
        ..EventFilter::default()
    });
    assert!(!by_text.is_empty());
    assert!(
        by_text.iter().all(|e| e.first_doc_id == "d3"),
        "{by_text:#?}"
    );
    // Pages of one cover everything once, newest first.
    let everything = q(EventFilter::default());
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .events(&EventFilter {
                limit: 1,
                after: after.clone(),
                ..EventFilter::default()
            })
            .unwrap();
        let Some(last) = page.last() else { break };
        after = Some(last.cursor.clone());
        paged.extend(page.into_iter().map(|e| e.id));
    }
    assert_eq!(paged, everything.iter().map(|e| e.id).collect::<Vec<_>>());
    assert!(store
        .events(&EventFilter {
            after: Some("garbage".into()),
            limit: 1,
            ..EventFilter::default()
        })
        .is_err());
}

/// Actors across documents: roles over time, partners, counts by root; and
/// the network.
fn actors_roles_partners_and_network(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("e1", "2022-02-08", "ap", "on Sunday"),
            article(
                "e2",
                "2022-05-03",
                "afp",
                "French President Emmanuel Macron praised U.S. President Joe Biden on Monday.",
            ),
        ]))
        .unwrap();
    let reports = store.actor("Macron").unwrap();
    let m = reports
        .iter()
        .find(|a| a.name == "Emmanuel Macron")
        .unwrap_or_else(|| panic!("{reports:#?}"));
    assert_eq!(m.num_documents, 2);
    assert_eq!(m.first_seen.as_deref(), Some("2022-02-08"));
    assert_eq!(m.last_seen.as_deref(), Some("2022-05-03"));
    let role = m.roles.iter().find(|r| r.role == "president").unwrap();
    assert_eq!(role.evidence, 2);
    assert_eq!(role.first_seen.as_deref(), Some("2022-02-08"));
    assert_eq!(
        m.partners.first().map(|p| p.name.as_str()),
        Some("Joe Biden")
    );
    assert!(m.roots.iter().any(|(r, n)| r == "04" && *n == 1));
    // What the actors stage may apply to later articles.
    let learned = store.learned_roles(2).unwrap();
    let l = learned
        .iter()
        .find(|r| r.name == "Emmanuel Macron" && r.role == "president")
        .unwrap_or_else(|| panic!("{learned:#?}"));
    assert_eq!((l.country.as_str(), l.evidence), ("FRA", 2));
    assert_eq!(l.first_seen, day("2022-02-08"));
    assert_eq!(l.last_seen, day("2022-05-03"));
    assert!(store
        .learned_roles(3)
        .unwrap()
        .iter()
        .all(|r| r.evidence >= 3));
    let net = store.network(&EventFilter::default()).unwrap();
    let biden = net.nodes.iter().find(|n| n.name == "Joe Biden").unwrap();
    let macron = net
        .nodes
        .iter()
        .find(|n| n.name == "Emmanuel Macron")
        .unwrap();
    let edge = net
        .edges
        .iter()
        .find(|e| e.source == macron.id && e.target == biden.id)
        .unwrap();
    assert_eq!(edge.weight, 2);
}

/// What the web page reads: one event, actor lists and reports by id, a
/// document with its layers in character offsets, filters by actor id and
/// by location; an actor named twice in a document counts one document.
fn web_reads(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[article(
            "w1",
            "2022-02-08",
            "ap",
            "Émile Zoé’s “report” said the United States criticised Russia in Moscow on Monday. \
             U.S. President Joe Biden met French President Emmanuel Macron in Paris on Sunday.",
        )]))
        .unwrap();
    // Russia and Moscow (RUS) are two actors of the document, one store actor.
    let rus = store.actors("RUS", 10, None).unwrap();
    let rus = rus
        .iter()
        .find(|a| a.code == "RUS")
        .unwrap_or_else(|| panic!("{rus:#?}"));
    assert_eq!(rus.num_documents, 1, "one document, however many names");
    assert_eq!(rus.num_mentions, 2);
    let usa = store.actors("united states", 10, None).unwrap();
    let usa = usa
        .iter()
        .find(|a| a.code == "USA")
        .unwrap_or_else(|| panic!("{usa:#?}"));
    let report = store.actor_by_id(usa.actor_id).unwrap().unwrap();
    assert_eq!(report.name, usa.name);
    assert!(store.actor_by_id(-1).unwrap().is_none());
    // Paging: every actor once, most mentioned first.
    let everyone = store.actors("", 1_000, None).unwrap();
    let mut paged = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = store.actors("", 2, after.as_deref()).unwrap();
        if page.is_empty() {
            break;
        }
        after = page.last().map(|a| a.cursor.clone());
        paged.extend(page.into_iter().map(|a| a.actor_id));
    }
    assert_eq!(
        paged,
        everyone.iter().map(|a| a.actor_id).collect::<Vec<_>>()
    );
    assert!(everyone
        .windows(2)
        .all(|w| w[0].num_mentions >= w[1].num_mentions));
    assert!(store.actors("", 2, Some("x")).is_err());
    // "100%" matches no name: LIKE wildcards are taken literally.
    assert!(store.actors("100%", 10, None).unwrap().is_empty());

    let events = all(store);
    assert!(!events.is_empty());
    for e in &events {
        assert_eq!(store.event(e.id).unwrap().as_ref(), Some(e));
    }
    assert!(store.event(-5).unwrap().is_none());
    let biden = store.actors("Biden", 10, None).unwrap();
    let biden = biden.first().unwrap_or_else(|| panic!("no Biden"));
    let by_id = store
        .events(&EventFilter {
            actor_id: Some(biden.actor_id),
            limit: 100,
            ..EventFilter::default()
        })
        .unwrap();
    assert!(!by_id.is_empty());
    assert!(by_id
        .iter()
        .all(|e| e.source.actor_id == Some(biden.actor_id)
            || e.target.actor_id == Some(biden.actor_id)));
    let expected: Vec<i64> = events
        .iter()
        .filter(|e| {
            e.source.actor_id == Some(biden.actor_id) || e.target.actor_id == Some(biden.actor_id)
        })
        .map(|e| e.id)
        .collect();
    assert_eq!(by_id.iter().map(|e| e.id).collect::<Vec<_>>(), expected);
    // One event per page still reaches them all, in order.
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .events(&EventFilter {
                actor_id: Some(biden.actor_id),
                limit: 1,
                after: after.clone(),
                ..EventFilter::default()
            })
            .unwrap();
        let Some(e) = page.first() else { break };
        after = Some(e.cursor.clone());
        paged.push(e.id);
    }
    assert_eq!(paged, expected);
    // The kept pair counts (no filter) agree with counting the events.
    let kept = store.network(&EventFilter::default()).unwrap();
    let counted = store
        .network(&EventFilter {
            from: Some(day("1000-01-01")),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(kept.nodes, counted.nodes);
    assert_eq!(kept.edges.len(), counted.edges.len());
    for (k, c) in kept.edges.iter().zip(&counted.edges) {
        assert_eq!(
            (k.source, k.target, k.weight),
            (c.source, c.target, c.weight)
        );
        assert!((k.mean_goldstein - c.mean_goldstein).abs() < 1e-6);
    }
    let located = store
        .events(&EventFilter {
            located: true,
            limit: 100,
            ..EventFilter::default()
        })
        .unwrap();
    assert!(located.iter().all(|e| e.lat.is_some() && e.lon.is_some()));

    let doc = store.document("w1").unwrap().unwrap();
    assert!(store.document("nope").unwrap().is_none());
    let chars: Vec<char> = doc.text.chars().collect();
    let words = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    assert!(!doc.sentences.is_empty() && !doc.mentions.is_empty() && !doc.times.is_empty());
    assert!(doc
        .mentions
        .iter()
        .any(|m| words(m.start, m.end).ends_with("Joe Biden")));
    assert!(doc
        .times
        .iter()
        .any(|t| words(t.start, t.end).contains("Sunday")));
    let meet = doc
        .events
        .iter()
        .find(|e| e.root == "04")
        .unwrap_or_else(|| panic!("{:#?}", doc.events));
    assert_eq!(words(meet.predicate.start, meet.predicate.end), "met");
    assert!(events.iter().any(|e| e.id == meet.event_id));
    for m in &doc.mentions {
        assert!(doc.actors.iter().any(|a| a.idx == m.actor_idx));
        assert!(m.start < m.end && m.end <= chars.len());
    }
}

/// Exports stream every event.
fn every_event_streams(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("f1", "2022-02-08", "ap", "on Sunday"),
            article(
                "f2",
                "2022-02-10",
                "ap",
                "Russia criticized NATO on Wednesday.",
            ),
        ]))
        .unwrap();
    let mut n = 0;
    let mut last_day = String::new();
    store
        .for_each_event(&EventFilter::default(), &mut |e| {
            let d = e.date.clone().unwrap_or_default();
            assert!(d >= last_day, "date order");
            last_day = d;
            n += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(n, all(store).len());
    assert!(n >= 2);
}

/// Timelines from the per-day counts agree with the events themselves, by
/// month and by day, with and without filters beyond root and dates.
fn timelines_count_events(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[
            meeting("g1", "2022-02-08", "ap", "on Sunday"),
            meeting("g2", "2022-03-08", "ap", "on Sunday"),
            article(
                "g3",
                "2022-03-10",
                "ap",
                "Russia criticized NATO on Wednesday.",
            ),
            article(
                "g4",
                "2022-03-10",
                "afp",
                "Ukraine accused Russia of shelling Kharkiv on Friday.",
            ),
        ]))
        .unwrap();
    let events = all(store);
    for (filter, label) in [
        (EventFilter::default(), "all"),
        (
            EventFilter {
                root: Some("04".into()),
                ..EventFilter::default()
            },
            "root",
        ),
        (
            EventFilter {
                actor: Some("RUS".into()),
                ..EventFilter::default()
            },
            "actor",
        ),
    ] {
        let points = store.timeline(&filter, Bucket::Month).unwrap();
        let total: i64 = points.iter().map(|p| p.events).sum();
        let matching = store
            .events(&EventFilter {
                limit: 1000,
                ..filter.clone()
            })
            .unwrap();
        assert_eq!(total as usize, matching.len(), "{label}: {points:#?}");
        for p in &points {
            let n = matching
                .iter()
                .filter(|e| {
                    e.quad_class == p.quad_class
                        && e.date.as_deref().unwrap_or("").starts_with(&p.period)
                })
                .count();
            assert_eq!(p.events as usize, n, "{label} {}", p.period);
        }
    }
    let days = store
        .timeline(&EventFilter::default(), Bucket::Day)
        .unwrap();
    assert_eq!(
        days.iter().map(|p| p.events).sum::<i64>() as usize,
        events.len()
    );
    assert!(days.windows(2).all(|w| w[0].period <= w[1].period));
    let weeks = store
        .timeline(&EventFilter::default(), Bucket::Week)
        .unwrap();
    assert!(weeks.iter().all(|p| p.period.contains("-W")));
}

/// Quotes are stored with the documents that hold them.
fn quotes_are_stored(store: &mut dyn Store) {
    store
        .put_batch(&docs(&[article(
            "h1",
            "2022-02-08",
            "ap",
            "\"We are closest allies,\" German Chancellor Olaf Scholz told reporters on Monday.",
        )]))
        .unwrap();
    assert_eq!(store.stats().unwrap().quotes, 1);
}

/// Every reference between tables leads to a stored row after batches that
/// add events, join stored ones, add quotes and repeat a document.
fn references_hold(store: &mut dyn Store) {
    let first = docs(&[
        meeting("r1", "2022-02-08", "ap", "on Sunday"),
        article(
            "r2",
            "2022-02-08",
            "reuters",
            "\"We are closest allies,\" German Chancellor Olaf Scholz told reporters on Monday. Russia criticized NATO on Monday.",
        ),
    ]);
    store.put_batch(&first).unwrap();
    store
        .put_batch(&docs(&[
            meeting("r3", "2022-02-08", "afp", "in Paris on Sunday"),
            meeting("r1", "2022-02-08", "ap", "on Sunday"),
        ]))
        .unwrap();
    let s = store.stats().unwrap();
    assert!(
        s.events > 0 && s.event_mentions > s.events && s.quotes > 0,
        "{s:?}"
    );
    let dangling = store.dangling().unwrap();
    assert_eq!(dangling.len(), 13);
    assert!(dangling.iter().all(|(_, n)| *n == 0), "{dangling:?}");
}

fn sqlite() -> SqliteStore {
    SqliteStore::open_in_memory().unwrap()
}

/// A PostgreSQL store in a fresh schema of its own (tests run in parallel,
/// and other runs may share the server), dropped afterwards; when
/// `HERALD_TEST_POSTGRES` names a server — CI always sets it.
#[cfg(feature = "postgres")]
struct Scoped {
    store: herald_store::postgres::PostgresStore,
    url: String,
    schema: String,
}

#[cfg(feature = "postgres")]
impl Drop for Scoped {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

#[cfg(feature = "postgres")]
fn postgres(name: &str) -> Option<Scoped> {
    let Some(url) = std::env::var("HERALD_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set HERALD_TEST_POSTGRES (.ci/run starts a server)"
        );
        eprintln!("notice: HERALD_TEST_POSTGRES not set; PostgreSQL store tests skipped");
        return None;
    };
    let schema = format!("herald_test_{name}_{}", std::process::id());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let scoped = format!("{url}{sep}options=-csearch_path%3D{schema}");
    Some(Scoped {
        store: herald_store::postgres::PostgresStore::connect(&scoped).unwrap(),
        url,
        schema,
    })
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[test]
                fn $name() {
                    super::$name(&mut super::sqlite());
                }
            )*
        }
        #[cfg(feature = "postgres")]
        mod on_postgres {
            $(
                #[test]
                fn $name() {
                    if let Some(mut scoped) = super::postgres(stringify!($name)) {
                        super::$name(&mut scoped.store);
                    }
                }
            )*
        }
    };
}

suite!(
    dedup_counts_mentions_sources_and_articles,
    repeated_reports_in_one_document,
    distinct_events_stay_apart,
    reingest_adds_nothing,
    queries_filter_and_page,
    actors_roles_partners_and_network,
    every_event_streams,
    timelines_count_events,
    quotes_are_stored,
    web_reads,
    references_hold,
);
