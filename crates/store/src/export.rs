//! Exports of the store for other tools, streamed with bounded memory:
//! JSON Lines, the GDELT 2.0 event table, GraphML.
//!
//! ## GDELT 2.0 event table (`write_gdelt`)
//!
//! 61 tab-separated columns, no header, in GDELT's order, so scripts written
//! for GDELT's `*.export.CSV` files read Herald's events:
//!
//! | # | column | Herald's value |
//! |---|--------|----------------|
//! | 1 | GLOBALEVENTID | the event's store id |
//! | 2–5 | SQLDATE, MonthYear, Year, FractionDate | the event's date (when it happened, not the publication date; month or year precision uses the first day) |
//! | 6–15 | Actor1Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1–3Code | the source: its CAMEO code split in three-letter blocks (country, then types such as GOV, MIL; IGO/NGO group codes as KnownGroupCode); name in capitals as GDELT writes it; ethnic and religion codes empty (not coded) |
//! | 16–25 | Actor2… | the target, likewise |
//! | 26 | IsRootEvent | 1 when the first report has it in the article's lead paragraph |
//! | 27–29 | EventCode, EventBaseCode, EventRootCode | CAMEO |
//! | 30 | QuadClass | 1–4 |
//! | 31 | GoldsteinScale | of the code |
//! | 32–34 | NumMentions, NumSources, NumArticles | as in [`crate`]'s deduplication rule |
//! | 35 | AvgTone | empty: Herald measures no tone |
//! | 36–43 | Actor1Geo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID | empty: Herald locates events, not actors |
//! | 44–51 | Actor2Geo_… | empty |
//! | 52–59 | ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID | the event's place: type 4 (city/landmark) with coordinates, else 1 (country) when only the country is known; CountryCode is Herald's three-letter country code (GDELT uses FIPS 10-4 two-letter codes here); ADM codes and FeatureID empty |
//! | 60 | DATEADDED | when the event was stored, `YYYYMMDDHHMMSS` UTC |
//! | 61 | SOURCEURL | the URL of its first report (else its document id) |

use std::io::Write;

use chrono::{DateTime, Datelike, NaiveDate};

use crate::{EventFilter, EventRow, Network, Store, StoreError};

/// Writes every event matching `filter` as one JSON object per line, each
/// with its mentions and their evidence. Returns the number written.
///
/// # Errors
/// A database error or a write error.
pub fn write_jsonl(
    store: &dyn Store,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let mut n = 0;
    store.for_each_event(filter, &mut |e| {
        let mentions = store.mentions(e.id)?;
        let mut v = serde_json::to_value(&e)?;
        if let Some(o) = v.as_object_mut() {
            o.remove("cursor");
            o.insert("mentions".into(), serde_json::to_value(mentions)?);
        }
        let mut line = serde_json::to_vec(&v)?;
        line.push(b'\n');
        out.write_all(&line)?;
        n += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

/// Writes every event matching `filter` as a GDELT 2.0 event-table row (see
/// the module docs). Returns the number written.
///
/// # Errors
/// A database error or a write error.
pub fn write_gdelt(
    store: &dyn Store,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let mut n = 0;
    let mut line = String::with_capacity(512);
    store.for_each_event(filter, &mut |e| {
        line.clear();
        gdelt_row(&e, &mut line);
        out.write_all(line.as_bytes())?;
        n += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

/// CAMEO code blocks that are types or groups, not countries.
const NON_COUNTRY: &[&str] = &[
    "IGO", "NGO", "IMG", "MNC", "REB", "OPP", "CVL", "GOV", "MIL", "COP", "JUD", "LEG", "BUS",
    "MED", "EDU", "HLH", "REF", "ELI", "LAB", "AGR", "CRM", "SPY", "UAF", "RAD", "MOD", "INS",
    "SEP", "PTY", "HRI", "ENV", "DEV", "IRC", "JEW", "MUS", "CHR", "BUD", "HIN",
];

/// Three-letter codes that name groups (KnownGroupCode) rather than types.
const TYPES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "HLH", "REF", "ELI", "LAB", "AGR",
    "CRM", "SPY", "UAF", "REB", "OPP", "CVL", "IGO", "NGO", "IMG", "MNC", "RAD", "MOD", "INS",
    "SEP", "PTY", "HRI", "ENV", "DEV",
];

/// (country, known group, up to three types) of a CAMEO actor code.
fn split_code(code: &str) -> (String, String, [String; 3]) {
    let blocks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let mut country = String::new();
    let mut group = String::new();
    let mut types: Vec<String> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if i == 0 && !NON_COUNTRY.contains(b) {
            country = (*b).to_owned();
        } else if TYPES.contains(b) {
            if types.len() < 3 {
                types.push((*b).to_owned());
            }
        } else if group.is_empty() {
            group = (*b).to_owned();
        }
    }
    types.resize(3, String::new());
    let [a, b, c]: [String; 3] = types.try_into().unwrap_or_default();
    (country, group, [a, b, c])
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn gdelt_row(e: &EventRow, line: &mut String) {
    use std::fmt::Write as _;
    let date = e.date.as_deref().and_then(parse_loose_date);
    let mut col = |s: &str| {
        if !line.is_empty() {
            line.push('\t');
        }
        line.push_str(s);
    };
    col(&e.id.to_string());
    match date {
        Some(d) => {
            col(&d.format("%Y%m%d").to_string());
            col(&d.format("%Y%m").to_string());
            col(&d.year().to_string());
            let days = if d.leap_year() { 366.0 } else { 365.0 };
            col(&format!(
                "{:.4}",
                f64::from(d.year()) + f64::from(d.ordinal()) / days
            ));
        }
        None => (0..4).for_each(|_| col("")),
    }
    for side in [&e.source, &e.target] {
        let code = side.code.as_deref().unwrap_or("");
        let (country, group, types) = split_code(code);
        col(&clean(code));
        col(&clean(&side.name.as_deref().unwrap_or("").to_uppercase()));
        col(&country);
        col(&group);
        col("");
        col("");
        col("");
        for t in &types {
            col(t);
        }
    }
    col(if e.is_root { "1" } else { "0" });
    col(&e.code);
    col(&e.base_code);
    col(&e.root);
    col(&e.quad_class.to_string());
    col(&format!("{:.1}", e.goldstein));
    col(&e.num_mentions.to_string());
    col(&e.num_sources.to_string());
    col(&e.num_articles.to_string());
    col("");
    for _ in 0..16 {
        col("");
    }
    let geo_type = match (e.lat, e.country.as_deref()) {
        (Some(_), _) => "4",
        (None, Some(_)) => "1",
        (None, None) => "0",
    };
    col(geo_type);
    col(&clean(e.place.as_deref().unwrap_or("")));
    col(e.country.as_deref().unwrap_or(""));
    col("");
    col("");
    col(&e.lat.map(|v| format!("{v:.4}")).unwrap_or_default());
    col(&e.lon.map(|v| format!("{v:.4}")).unwrap_or_default());
    col("");
    let added = e
        .added
        .as_deref()
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| DateTime::from_timestamp(s, 0))
        .map(|t| t.format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_default();
    col(&added);
    col(&clean(e.first_url.as_deref().unwrap_or(&e.first_doc_id)));
    let _ = writeln!(line);
}

/// `2022-02-06`, `2022-02` or `2022` as a day (the first of the period).
fn parse_loose_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let d = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

/// Writes the actor network as GraphML: nodes are actors (name, CAMEO code,
/// event count), directed edges carry the number of events and their mean
/// Goldstein value.
///
/// # Errors
/// A write error.
pub fn write_graphml(net: &Network, out: &mut dyn Write) -> Result<(), StoreError> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    writeln!(
        out,
        r#"  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="code" for="node" attr.name="code" attr.type="string"/>
  <key id="events" for="node" attr.name="events" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>
  <graph id="actors" edgedefault="directed">"#
    )?;
    for n in &net.nodes {
        writeln!(
            out,
            r#"    <node id="a{}"><data key="name">{}</data><data key="code">{}</data><data key="events">{}</data></node>"#,
            n.id,
            xml(&n.name),
            xml(&n.code),
            n.events
        )?;
    }
    for (i, e) in net.edges.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="a{}" target="a{}"><data key="weight">{}</data><data key="goldstein">{:.3}</data></edge>"#,
            e.source, e.target, e.weight, e.mean_goldstein
        )?;
    }
    writeln!(out, "  </graph>\n</graphml>")?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorRef;

    fn row() -> EventRow {
        EventRow {
            id: 7,
            date: Some("2022-02-06".into()),
            precision: Some("day".into()),
            code: "042".into(),
            base_code: "042".into(),
            root: "04".into(),
            name: "Make a visit".into(),
            plover_type: "CONSULT".into(),
            plover_mode: None,
            goldstein: 1.9,
            quad_class: 1,
            modality: "asserted".into(),
            source: ActorRef {
                actor_id: Some(1),
                name: Some("Emmanuel Macron".into()),
                code: Some("FRAGOV".into()),
            },
            target: ActorRef {
                actor_id: None,
                name: Some("NATO".into()),
                code: Some("IGOWSTNAT".into()),
            },
            place: Some("Moscow".into()),
            country: Some("RUS".into()),
            lat: Some(55.75),
            lon: Some(37.62),
            num_mentions: 3,
            num_sources: 2,
            num_articles: 3,
            confidence: 0.8,
            first_doc_id: "d1".into(),
            first_url: Some("https://x.example/a\tb".into()),
            added: Some("1644300000".into()),
            is_root: true,
            cursor: String::new(),
        }
    }

    #[test]
    fn gdelt_rows_have_61_columns_in_gdelt_order() {
        let mut line = String::new();
        gdelt_row(&row(), &mut line);
        assert!(line.ends_with('\n'));
        let cols: Vec<&str> = line.trim_end_matches('\n').split('\t').collect();
        assert_eq!(cols.len(), 61);
        assert_eq!(cols[0], "7");
        assert_eq!(&cols[1..4], ["20220206", "202202", "2022"]);
        assert_eq!(&cols[5..8], ["FRAGOV", "EMMANUEL MACRON", "FRA"]);
        assert_eq!(cols[12], "GOV");
        assert_eq!(cols[15], "IGOWSTNAT");
        assert_eq!(cols[17], "", "an IGO has no country");
        assert_eq!(cols[18], "WST", "known group");
        assert_eq!(cols[22], "IGO");
        assert_eq!(
            &cols[25..34],
            ["1", "042", "042", "04", "1", "1.9", "3", "2", "3"]
        );
        assert_eq!(&cols[51..54], ["4", "Moscow", "RUS"]);
        assert_eq!(&cols[56..58], ["55.7500", "37.6200"]);
        assert_eq!(cols[59], "20220208060000");
        assert_eq!(cols[60], "https://x.example/a b");
    }

    #[test]
    fn month_precision_dates_use_the_first_day() {
        assert_eq!(
            parse_loose_date("2022-02"),
            NaiveDate::from_ymd_opt(2022, 2, 1)
        );
        assert_eq!(
            parse_loose_date("2022"),
            NaiveDate::from_ymd_opt(2022, 1, 1)
        );
        assert_eq!(parse_loose_date("x"), None);
    }

    #[test]
    fn graphml_escapes_names() {
        let net = Network {
            nodes: vec![crate::Node {
                id: 1,
                name: "<script>&".into(),
                code: "X".into(),
                events: 1,
            }],
            edges: vec![],
        };
        let mut out = Vec::new();
        write_graphml(&net, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("&lt;script&gt;&amp;"));
        assert!(!s.contains("<script>"));
    }
}
