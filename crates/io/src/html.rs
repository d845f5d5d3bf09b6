//! HTML pages: the article's main text (navigation, scripts, ads and other
//! boilerplate dropped, by `dom_smoothie`'s port of Mozilla's Readability),
//! its title, and its publication date from the usual meta data.
//!
//! Owns the mapping from one HTML page to one [`Article`]. Date sources, in
//! order: `article:published_time` and similar meta tags, JSON-LD
//! `datePublished` (both read by Readability), then the first
//! `<time datetime>`.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use herald_core::{Article, Origin};

use crate::{date::parse_date, SourceErrorKind};

/// Pages with more elements than this are refused (pathological input).
const MAX_ELEMENTS: usize = 200_000;

/// HTML parsing and Readability's cleaning are quadratic in element nesting
/// depth (found by fuzzing: 13,000 nested `<div>`s took 40 s). Deeper pages
/// are read by a linear tag scan; real article pages nest a few dozen levels.
const MAX_DEPTH: usize = 400;

/// Elements that never have content, so never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The deepest element nesting of `html`, from a linear scan of its tags
/// (a guard, not a parser: unclosed `<p>`s and the like only overcount).
fn max_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        i += off + 1;
        let Some(&c) = b.get(i) else { break };
        let end = b
            .get(i..)
            .and_then(|r| r.iter().position(|&c| c == b'>'))
            .map_or(b.len(), |e| i + e);
        if c == b'/' {
            depth = depth.saturating_sub(1);
        } else if c.is_ascii_alphabetic() {
            let name_end = b[i..end]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .map_or(end, |e| i + e);
            let name = html.get(i..name_end).unwrap_or("").to_ascii_lowercase();
            let self_closing = end > i && b.get(end - 1) == Some(&b'/');
            if !self_closing && !VOID.contains(&name.as_str()) {
                depth += 1;
                max = max.max(depth);
            }
        }
        i = end;
    }
    max
}

/// Extracts one article from an HTML page.
///
/// When Readability finds no main content (very short pages), the visible
/// text of `<body>` is used instead, with a warning.
pub(crate) fn parse_html(html: &str, origin: &Origin) -> Result<Article, SourceErrorKind> {
    let depth = max_depth(html);
    if depth > MAX_DEPTH {
        // HTML5 tree building is itself quadratic in nesting depth (browsers
        // cap it too): take the text with a linear tag scan instead.
        tracing::warn!("{origin}: elements nested {depth} deep (limit {MAX_DEPTH}); taking the page's text without parsing it");
        let text = strip_tags(html);
        if text.trim().is_empty() {
            return Err(SourceErrorKind::NoText);
        }
        return Ok(Article {
            text,
            origin: origin.clone(),
            ..Article::default()
        });
    }
    let document = Document::from(html);
    let time_attr = document
        .select("time[datetime]")
        .attr("datetime")
        .map(|t| t.to_string());
    let canonical = document
        .select("link[rel=canonical]")
        .attr("href")
        .or_else(|| document.select("meta[property='og:url']").attr("content"))
        .map(|u| u.to_string());
    let body_text = document.select("body").formatted_text().to_string();
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability =
        Readability::with_document(document, None, Some(config)).map_err(|e| {
            SourceErrorKind::Parse {
                format: "html",
                message: e.to_string(),
            }
        })?;
    let (title, text, published) = match readability.parse() {
        Ok(page) => (
            Some(page.title),
            page.text_content.to_string(),
            page.published_time,
        ),
        Err(dom_smoothie::ReadabilityError::GrabFailed) => {
            tracing::warn!("{origin}: no main article content found; using the whole page text");
            let meta = readability.get_article_metadata(None);
            (Some(meta.title), body_text, meta.published_time)
        }
        Err(e) => {
            return Err(SourceErrorKind::Parse {
                format: "html",
                message: e.to_string(),
            })
        }
    };
    let mut date = None;
    for candidate in [published, time_attr].into_iter().flatten() {
        match parse_date(&candidate) {
            Some(d) => {
                date = Some(d);
                break;
            }
            None => tracing::warn!("{origin}: ignoring unreadable publication date {candidate:?}"),
        }
    }
    if date.is_none() {
        tracing::warn!("{origin}: no publication date in the page; relative dates stay unresolved");
    }
    if text.trim().is_empty() {
        return Err(SourceErrorKind::NoText);
    }
    Ok(Article {
        title: title.filter(|t| !t.trim().is_empty()),
        date,
        text,
        url: canonical,
        origin: origin.clone(),
        ..Article::default()
    })
}

/// Text of `html` by a linear scan: tags dropped (block tags become line
/// breaks), `script`/`style` contents skipped, common entities decoded.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        rest = &rest[lt..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = rest[..end].to_ascii_lowercase();
        rest = &rest[end..];
        for skip in ["script", "style", "head"] {
            if tag.starts_with(&format!("<{skip}")) {
                let close = format!("</{skip}");
                let at = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                rest = &rest[at..];
            }
        }
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.as_str(),
            "p" | "div"
                | "br"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "tr"
                | "section"
                | "article"
        ) {
            out.push('\n');
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = s.to_owned();
    for (e, c) in [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&amp;", "&"),
    ] {
        out = out.replace(e, c);
    }
    std::borrow::Cow::Owned(out)
}

/// The visible text of an HTML fragment (a feed item's content).
pub(crate) fn fragment_text(html: &str) -> String {
    if max_depth(html) > MAX_DEPTH {
        return strip_tags(html);
    }
    Document::fragment(html).formatted_text().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Leaders meet in Geneva | Example News</title>
<meta property="article:published_time" content="2021-06-16T18:05:00Z">
<link rel="canonical" href="https://news.example/geneva">
<script>var tracking = "do not keep";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="ad">Buy one, get one free!</div>
<article><h1>Leaders meet in Geneva</h1>
<p>The two presidents met for nearly four hours in a lakeside villa on Wednesday, their first meeting since the inauguration, and agreed to return their ambassadors to their posts.</p>
<p>Both sides described the talks as constructive, although deep disagreements remained over cyber attacks, human rights and the situation on the border of Ukraine, officials said afterwards.</p>
<p>The leaders also agreed to begin a dialogue on strategic stability that would lay the groundwork for future arms control agreements and risk reduction measures between the two countries.</p>
</article>
<footer>Copyright Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"#;

    #[test]
    fn main_text_title_date_and_url() {
        let a = parse_html(PAGE, &Origin::file("p.html")).unwrap();
        assert!(a.text.contains("lakeside villa"), "{}", a.text);
        assert!(a.text.contains("strategic stability"));
        for junk in ["tracking", "Home", "Buy one", "Cookie"] {
            assert!(!a.text.contains(junk), "kept {junk:?}: {}", a.text);
        }
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2021-06-16"));
        assert!(a
            .title
            .as_deref()
            .unwrap_or("")
            .contains("Leaders meet in Geneva"));
        assert_eq!(a.url.as_deref(), Some("https://news.example/geneva"));
    }

    #[test]
    fn json_ld_and_time_element_give_the_date() {
        let ld = PAGE.replace(
            r#"<meta property="article:published_time" content="2021-06-16T18:05:00Z">"#,
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Leaders meet","datePublished":"2021-06-17T08:00:00+02:00"}</script>"#,
        );
        let a = parse_html(&ld, &Origin::file("p.html")).unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2021-06-17"));
        let time = PAGE
            .replace(
                r#"<meta property="article:published_time" content="2021-06-16T18:05:00Z">"#,
                "",
            )
            .replace("<h1>", r#"<time datetime="2021-06-18">June 18</time><h1>"#);
        let a = parse_html(&time, &Origin::file("p.html")).unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2021-06-18"));
    }

    #[test]
    fn deep_nesting_is_read_by_a_linear_scan() {
        assert_eq!(
            max_depth("<html><body><p>a<br>b<img src=x/></p><hr></body></html>"),
            3
        );
        let html = format!(
            "<html><head><title>T</title><style>p {{}}</style></head><body>{}Text &amp; more.<script>x()</script></body></html>",
            "<div>".repeat(20_000)
        );
        let a = parse_html(&html, &Origin::file("deep.html")).unwrap();
        assert_eq!(a.text.trim(), "Text & more.");
    }

    #[test]
    fn tiny_page_falls_back_to_body_text() {
        let a = parse_html(
            "<html><body><p>Talks ended.</p></body></html>",
            &Origin::file("t.html"),
        )
        .unwrap();
        assert_eq!(a.text.trim(), "Talks ended.");
        assert!(parse_html("<html><body></body></html>", &Origin::file("e.html")).is_err());
    }
}
