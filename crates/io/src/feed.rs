//! RSS 2.0 and Atom feeds (and RSS 1.0/JSON Feed, which `feed-rs` also reads):
//! each item is one article dated by the item.
//!
//! Owns the mapping from a feed entry to an [`Article`]: title, date
//! (published, else updated), first link, and the text of its content (else
//! its summary) with markup removed. One bad item does not lose the others.

use feed_rs::model::Entry;
use herald_core::{Article, Origin};

use crate::{html::fragment_text, SourceError, SourceErrorKind};

/// Parses a feed into one result per item.
///
/// # Errors
/// The whole feed, when it cannot be parsed at all.
pub(crate) fn parse_feed(
    bytes: &[u8],
    path: &str,
) -> Result<Vec<Result<Article, SourceError>>, SourceErrorKind> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| SourceErrorKind::Parse {
        format: "rss/atom",
        message: e.to_string(),
    })?;
    let feed_title = feed
        .title
        .map(|t| t.content)
        .filter(|t| !t.trim().is_empty());
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let origin = Origin::item(path, i as u64 + 1);
            entry_article(entry, feed_title.clone(), &origin)
                .map_err(|kind| SourceError::new(origin, kind))
        })
        .collect())
}

fn entry_article(
    entry: Entry,
    source: Option<String>,
    origin: &Origin,
) -> Result<Article, SourceErrorKind> {
    let body = entry
        .content
        .and_then(|c| c.body)
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.map(|s| s.content))
        .unwrap_or_default();
    let text = if body.contains('<') {
        fragment_text(&body)
    } else {
        body
    };
    if text.trim().is_empty() {
        return Err(SourceErrorKind::NoText);
    }
    let date = entry.published.or(entry.updated).map(|d| d.date_naive());
    if date.is_none() {
        tracing::warn!("{origin}: item has no date; relative dates stay unresolved");
    }
    Ok(Article {
        id: Some(entry.id).filter(|id| !id.is_empty()),
        date,
        title: entry.title.map(|t| t.content),
        text,
        url: entry.links.into_iter().next().map(|l| l.href),
        source,
        origin: origin.clone(),
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World Desk</title><link>https://news.example/</link><description>d</description>
<item><title>Talks in Geneva</title><link>https://news.example/1</link><guid>n-1</guid>
<pubDate>Wed, 16 Jun 2021 18:00:00 +0000</pubDate>
<description>&lt;p&gt;The two presidents &lt;b&gt;met&lt;/b&gt; in Geneva.&lt;/p&gt;</description></item>
<item><title>Empty</title><guid>n-2</guid><description></description></item>
<item><title>Undated</title><guid>n-3</guid><description>Ministers met.</description></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2022-02-09T00:00:00Z</updated>
<entry><title>Call held</title><id>urn:e1</id><link href="https://news.example/e1"/>
<published>2022-02-07T10:00:00Z</published><updated>2022-02-09T00:00:00Z</updated>
<content type="html">&lt;p&gt;Leaders spoke by phone.&lt;/p&gt;</content></entry>
</feed>"#;

    #[test]
    fn rss_items_become_articles_and_a_bad_item_does_not_stop_the_rest() {
        let items = parse_feed(RSS.as_bytes(), "f.rss").unwrap();
        assert_eq!(items.len(), 3);
        let a = items[0].as_ref().unwrap();
        assert_eq!(a.text.trim(), "The two presidents met in Geneva.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2021-06-16"));
        assert_eq!(a.title.as_deref(), Some("Talks in Geneva"));
        assert_eq!(a.source.as_deref(), Some("World Desk"));
        assert_eq!(a.url.as_deref(), Some("https://news.example/1"));
        assert_eq!(a.origin.to_string(), "f.rss (item 1)");
        assert_eq!(
            items[1].as_ref().unwrap_err().to_string(),
            "f.rss (item 2): no article text"
        );
        assert_eq!(items[2].as_ref().unwrap().date, None);
    }

    #[test]
    fn atom_entry_uses_published_date() {
        let items = parse_feed(ATOM.as_bytes(), "a.atom").unwrap();
        let a = items[0].as_ref().unwrap();
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2022-02-07"));
        assert_eq!(a.text.trim(), "Leaders spoke by phone.");
        assert_eq!(a.id.as_deref(), Some("urn:e1"));
    }

    #[test]
    fn garbage_is_a_parse_error() {
        assert!(parse_feed(b"<rss><channel><item>", "x.rss").is_err());
    }
}
