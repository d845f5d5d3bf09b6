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

/// Extracts one article from an HTML page.
///
/// When Readability finds no main content (very short pages), the visible
/// text of `<body>` is used instead, with a warning.
pub(crate) fn parse_html(html: &str, origin: &Origin) -> Result<Article, SourceErrorKind> {
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

/// The visible text of an HTML fragment (a feed item's content).
pub(crate) fn fragment_text(html: &str) -> String {
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
