//! `herald extract`: the seed, the corpus samples, the bundled examples, every
//! input format, and batches with bad inputs.

use crate::util::{check_offsets, docs, herald, render, shared, TempDir};

#[test]
fn seed_is_one_document_dated_by_its_header_with_headings_apart() {
    let Some(seed) = shared("seed/article_2022-02-08.txt") else {
        return;
    };
    let out = herald(&["extract", "--text", &seed.display().to_string()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = docs(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["date"], "2022-02-08");
    check_offsets(doc);
    let headings: Vec<&str> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "heading")
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "German Chancellor meets US President",
            "French President Emmanuel Macron calls for de-escalation",
            "Macron and Biden discuss Russia-Ukraine tensions over call"
        ]
    );
    // A heading is a segment of its own: the next sentence starts after it.
    let sentences = doc["sentences"].as_array().unwrap();
    let i = sentences
        .iter()
        .position(|s| s["text"] == headings[0])
        .unwrap();
    assert!(sentences[i + 1]["text"]
        .as_str()
        .unwrap()
        .starts_with("At the beginning"));
    // The call happened on Sunday 6 February, two days before the article.
    let times = doc["times"].as_array().unwrap();
    let sunday = times
        .iter()
        .find(|t| t["text"] == "Sunday, 6 February")
        .unwrap();
    assert_eq!(
        (&sunday["type"], &sunday["value"]),
        (&"DATE".into(), &"2022-02-06".into())
    );
    // Actors: the four leaders, the White House, AP, NATO, "Moscow has
    // demanded" as the Russian government, "the two leaders" as Macron and Biden.
    let actors = doc["actors"].as_array().unwrap();
    let code_of = |name: &str| {
        actors
            .iter()
            .find(|a| a["name"] == name)
            .map(|a| a["code"].as_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(code_of("Emmanuel Macron"), "FRAGOV");
    assert_eq!(code_of("Vladimir Putin"), "RUSGOV");
    assert_eq!(code_of("Olaf Scholz"), "DEUGOV");
    assert_eq!(code_of("Joe Biden"), "USAGOV");
    assert_eq!(code_of("White House"), "USAGOV");
    assert_eq!(code_of("Associated Press"), "USAMED");
    let mentioned = |name: &str, text: &str| {
        actors
            .iter()
            .filter(|a| a["name"] == name)
            .flat_map(|a| a["mentions"].as_array().unwrap())
            .any(|m| m["text"] == text)
    };
    assert!(
        mentioned("Emmanuel Macron", "the two leaders")
            && mentioned("Joe Biden", "the two leaders")
    );
    let moscow_gov = actors
        .iter()
        .find(|a| a["code"] == "RUSGOV" && a["kind"] == "state_body")
        .unwrap();
    assert!(moscow_gov["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["text"] == "Moscow"));
    insta::assert_snapshot!("seed", render(doc));
}

#[test]
fn corpus_samples_all_extract_with_valid_offsets() {
    let Some(dir) = shared("corpus/samples") else {
        return;
    };
    let out = herald(&["extract", "--text", &dir.display().to_string()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = docs(&out);
    assert_eq!(docs.len(), 20);
    let mut snapshot = String::new();
    for doc in &docs {
        check_offsets(doc);
        assert!(doc["date"].is_string(), "samples carry a date header");
        let name = doc["origin"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        snapshot.push_str(&format!("== {name} "));
        snapshot.push_str(&render(doc));
    }
    insta::assert_snapshot!("samples", snapshot);
}

/// Every article of the news corpus extracts (a panic in a stage fails
/// its document and the run's status).
#[test]
fn the_whole_news_corpus_extracts() {
    let Some(corpus) = shared("corpus/news_politics.jsonl") else {
        return;
    };
    let out = herald(&["extract", &corpus.display().to_string()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(docs(&out).len(), 3000);
}

/// Documents are extracted in parallel and written in input order: the
/// output is the same, byte for byte, with one thread or several, from a
/// file or a pipe, and a bad line keeps its place among the errors.
#[test]
fn parallel_extraction_keeps_the_input_order() {
    let Some(corpus) = shared("corpus/news_politics.jsonl") else {
        return;
    };
    let text = std::fs::read_to_string(corpus).unwrap();
    let mut input: Vec<u8> = Vec::new();
    for (i, line) in text.lines().take(120).enumerate() {
        if i == 57 {
            input.extend_from_slice(b"{not json\n");
        }
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    let one = herald(&["extract", "--threads", "1", "-"], Some(&input));
    let many = herald(&["extract", "--threads", "4", "-"], Some(&input));
    assert_eq!(one.status.code(), Some(1), "the bad line fails");
    assert_eq!(many.status.code(), Some(1));
    assert!(one.stdout == many.stdout, "output differs with 4 threads");
    assert_eq!(one.stderr, many.stderr);
    let d = docs(&many);
    assert_eq!(d.len(), 120);
    let origins: Vec<String> = d
        .iter()
        .map(|doc| doc["origin"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = (1..=121)
        .filter(|&n| n != 58)
        .map(|n| format!("-:{n}"))
        .collect();
    assert_eq!(origins, expected);
    let err = String::from_utf8_lossy(&many.stderr);
    assert!(err.contains("-:58: invalid JSON"), "{err}");
}

#[test]
fn bundled_examples_extract() {
    let out = herald(&["extract", "--text", "examples"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = docs(&out);
    assert_eq!(docs.len(), 6, "examples/README.md is not an article");
    let mut snapshot = String::new();
    for doc in &docs {
        check_offsets(doc);
        let first = &doc["sentences"][0];
        assert_eq!(
            first["kind"], "heading",
            "each example starts with its headline"
        );
        snapshot.push_str(&format!("== {} ", doc["origin"].as_str().unwrap()));
        snapshot.push_str(&render(doc));
    }
    insta::assert_snapshot!("examples", snapshot);
}

#[test]
fn pretty_output_marks_headings() {
    let out = herald(
        &[
            "extract",
            "--format",
            "pretty",
            "examples/2021-06-17_geneva_summit.txt",
        ],
        None,
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("══ examples/2021-06-17_geneva_summit.txt · 2021-06-17 · id "),
        "{text}"
    );
    assert!(text.contains("   1 H "), "{text}");
}

#[test]
fn every_input_format_and_stdin() {
    let dir = TempDir::new("formats");
    let html = dir.write(
        "page.html",
        br#"<!doctype html><html><head><title>Ministers meet</title>
<meta property="article:published_time" content="2023-03-10T09:00:00Z"></head>
<body><nav>Home | World</nav><article><p>The foreign ministers of both countries met in Beijing on Friday and agreed to reopen their embassies within two months, according to a joint statement issued after four days of talks.</p>
<p>The statement said both sides would respect each other's sovereignty and not interfere in each other's internal affairs, and would revive an older security cooperation agreement.</p></article></body></html>"#,
    );
    let feed = dir.write(
        "feed.xml",
        br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>https://x.test/</link><description>d</description>
<item><title>One</title><guid>1</guid><pubDate>Fri, 10 Mar 2023 12:00:00 +0000</pubDate><description>Ministers met in Beijing.</description></item>
<item><title>Two</title><guid>2</guid><pubDate>Sat, 11 Mar 2023 12:00:00 +0000</pubDate><description>Talks ended.</description></item>
</channel></rss>"#,
    );
    let out = herald(&["extract", &html, &feed], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = docs(&out);
    assert_eq!(d.len(), 3);
    assert_eq!(d[0]["date"], "2023-03-10");
    assert_eq!(d[0]["title"], "Ministers meet");
    assert_eq!(d[1]["date"], "2023-03-10");
    assert_eq!(d[2]["date"], "2023-03-11");
    assert_eq!(d[2]["source"], "Desk");

    let jsonl = b"{\"id\":\"a\",\"date\":\"2022-02-08\",\"text\":\"Scholz met Biden. They spoke.\",\"lang\":\"en\"}\n";
    let out = herald(&["extract", "-"], Some(jsonl));
    assert!(out.status.success());
    let d = docs(&out);
    assert_eq!(d[0]["id"], "a");
    assert_eq!(d[0]["origin"], "-:1");
    assert_eq!(d[0]["meta"]["lang"], "en");
    assert_eq!(d[0]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn a_batch_with_bad_inputs_processes_the_good_ones_and_names_the_bad() {
    let dir = TempDir::new("bad");
    let good = dir.write(
        "good.txt",
        b" date 2022-02-08\nScholz met Biden in Washington. They spoke for an hour.",
    );
    let no_header = dir.write(
        "no_header.txt",
        b"Macron flew to Moscow for talks with Putin.",
    );
    let bad_date = dir.write("bad_date.txt", b" date 2022-13-45\nText.");
    let empty = dir.write("empty.txt", b"");
    let binary = dir.write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let latin1 = dir.write(
        "latin1.txt",
        b" date 2021-06-17\nTalks were held in Z\xfcrich and Gen\xe8ve on Wednesday.",
    );
    let french = dir.write(
        "fr.txt",
        " date 2022-02-08\nLe chancelier allemand a rencontré le président américain à la Maison Blanche lundi pour discuter de la crise en Europe de l'Est.".as_bytes(),
    );
    let mut lines = b"{\"text\":\"First line is fine.\"}\n{oops\n{\"text\":\"".to_vec();
    lines.extend(std::iter::repeat_n(b'x', 50 << 20));
    lines.extend_from_slice(
        b"\"}\n{\"text\":\"After the huge line.\"}\n{\"text\":\"x\",\"date\":\"2022-02-30\"}\n",
    );
    let jsonl = dir.write("batch.jsonl", &lines);
    let missing = format!("{}/missing.txt", dir.0.display());
    let args = [
        "extract", &good, &no_header, &bad_date, &empty, &binary, &latin1, &french, &jsonl,
        &missing,
    ];
    let out = herald(&args, None);
    assert_eq!(out.status.code(), Some(1), "failures give exit code 1");
    let d = docs(&out);
    let texts: Vec<&str> = d
        .iter()
        .map(|doc| doc["sentences"][0]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Scholz met Biden in Washington.",
            "Macron flew to Moscow for talks with Putin.",
            "Talks were held in Zürich and Genève on Wednesday.",
            "First line is fine.",
            "After the huge line."
        ]
    );
    assert!(d[1]["date"].is_null());
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        format!("{bad_date}: bad date \"2022-13-45\" in header"),
        format!("{empty}: no article text"),
        format!("{binary}: binary data, not text"),
        format!("{jsonl}:2: invalid JSON"),
        format!("{jsonl}:3: line longer than 16777216 bytes; skipped"),
        format!("{jsonl}:5: bad date \"2022-02-30\" in date"),
        format!("{missing}: no such file or directory"),
        format!("{no_header}: no ` date YYYY-MM-DD` header; date unknown"),
        format!("{latin1}: not UTF-8; decoded as windows-1252"),
        format!("{french}: skipped: language is fra, not English"),
        "herald: processed 5, failed 7, skipped 1 (not English); 6 sentences, 2 warnings"
            .to_owned(),
    ] {
        assert!(err.contains(&expected), "stderr lacks {expected:?}:\n{err}");
    }
}

#[test]
fn no_input_on_a_terminal_or_unknown_stage_is_a_usage_error() {
    let out = herald(&["extract", "--stages", "segment,nope", "examples"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown stage \"nope\""));
}
