//! JSON Lines: one article per line, `{"id","date","title","text","url","source"}`.
//!
//! Owns line reading with a bound (one huge line cannot exhaust memory; it is
//! reported and skipped) and the mapping from a JSON object to an
//! [`Article`]. Unknown fields are kept in `Article::meta`.

use std::io::{BufRead, ErrorKind};

use herald_core::{Article, Origin};
use serde_json::{Map, Value};

use crate::{date::parse_date, SourceError, SourceErrorKind};

/// The longest line read, in bytes (16 MiB).
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Reads articles from JSON Lines, one `Result` per non-blank line.
pub struct JsonlReader<R> {
    reader: R,
    path: String,
    line: u64,
    max_line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over `reader`; `path` names it in origins and messages.
    pub fn new(reader: R, path: impl Into<String>) -> JsonlReader<R> {
        JsonlReader::with_limit(reader, path, MAX_LINE_BYTES)
    }

    /// Like [`JsonlReader::new`] with another line limit.
    pub fn with_limit(reader: R, path: impl Into<String>, max_line: usize) -> JsonlReader<R> {
        JsonlReader {
            reader,
            path: path.into(),
            line: 0,
            max_line,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Reads one line into `self.buf` (without its newline). Returns
    /// `Ok(false)` at end of input, `Ok(true)` for a line, and
    /// `Err(LineTooLong)` after skipping the rest of a line over the limit.
    fn read_line(&mut self) -> Result<bool, SourceErrorKind> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(SourceErrorKind::Io(e)),
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, newline) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if self.buf.len() + take > self.max_line {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take + usize::from(newline));
            if newline {
                break;
            }
        }
        if too_long {
            return Err(SourceErrorKind::LineTooLong {
                limit: self.max_line,
            });
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(any)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Article, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line += 1;
            let origin = Origin::line(self.path.clone(), self.line);
            match self.read_line() {
                Ok(false) => self.done = true,
                Ok(true) if self.buf.iter().all(u8::is_ascii_whitespace) => {}
                Ok(true) => {
                    return Some(
                        parse_line(&self.buf, origin.clone())
                            .map_err(|kind| SourceError::new(origin, kind)),
                    );
                }
                Err(kind @ SourceErrorKind::Io(_)) => {
                    self.done = true;
                    return Some(Err(SourceError::new(origin, kind)));
                }
                Err(kind) => return Some(Err(SourceError::new(origin, kind))),
            }
        }
        None
    }
}

/// Parses one JSON Lines record.
pub(crate) fn parse_line(line: &[u8], origin: Origin) -> Result<Article, SourceErrorKind> {
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            // Not UTF-8: decode by detection rather than refuse the line.
            let Ok(decoded) = crate::decode::decode(line) else {
                return Err(SourceErrorKind::Json(e.to_string()));
            };
            if decoded.guessed.is_none() {
                return Err(SourceErrorKind::Json(e.to_string()));
            }
            tracing::warn!(
                "{origin}: not UTF-8; decoded as {}",
                decoded.guessed.unwrap_or("?")
            );
            serde_json::from_str(&decoded.text).map_err(|e| SourceErrorKind::Json(e.to_string()))?
        }
    };
    let Value::Object(map) = value else {
        return Err(SourceErrorKind::Shape(format!(
            "expected a JSON object, found {}",
            kind_of(&value)
        )));
    };
    article_from_object(map, origin)
}

/// Maps a JSON object to an article: known fields to their slots, the rest to
/// `meta`.
pub(crate) fn article_from_object(
    mut map: Map<String, Value>,
    origin: Origin,
) -> Result<Article, SourceErrorKind> {
    let text = match map.remove("text") {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => {
            return Err(SourceErrorKind::Shape("missing \"text\" field".into()))
        }
        Some(other) => {
            return Err(SourceErrorKind::Shape(format!(
                "\"text\" must be a string, found {}",
                kind_of(&other)
            )))
        }
    };
    let id = match map.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Null) | None => None,
        Some(other) => {
            return Err(SourceErrorKind::Shape(format!(
                "\"id\" must be a string or a number, found {}",
                kind_of(&other)
            )))
        }
    };
    let date = match optional_string(&mut map, "date")? {
        Some(s) if s.trim().is_empty() => None,
        Some(s) => Some(parse_date(&s).ok_or(SourceErrorKind::BadDate {
            field: "date",
            value: s,
        })?),
        None => None,
    };
    let title = optional_string(&mut map, "title")?;
    let url = optional_string(&mut map, "url")?;
    let source = optional_string(&mut map, "source")?;
    Ok(Article {
        id,
        date,
        title,
        text,
        url,
        source,
        meta: map,
        origin,
    })
}

fn optional_string(
    map: &mut Map<String, Value>,
    field: &str,
) -> Result<Option<String>, SourceErrorKind> {
    match map.remove(field) {
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Null) | None => Ok(None),
        Some(other) => Err(SourceErrorKind::Shape(format!(
            "\"{field}\" must be a string, found {}",
            kind_of(&other)
        ))),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn read(input: &str) -> Vec<Result<Article, SourceError>> {
        JsonlReader::with_limit(Cursor::new(input.as_bytes().to_vec()), "in.jsonl", 200).collect()
    }

    #[test]
    fn reads_fields_and_keeps_unknown_ones() {
        let out = read(
            "{\"id\":\"a1\",\"date\":\"2022-02-08\",\"title\":\"T\",\"text\":\"Body.\",\"url\":\"https://x.test/a\",\"source\":\"S\",\"lang\":\"en\"}\n",
        );
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.id.as_deref(), Some("a1"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2022-02-08"));
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(a.meta.get("lang"), Some(&Value::String("en".into())));
        assert_eq!(a.origin.to_string(), "in.jsonl:1");
    }

    #[test]
    fn bad_lines_are_reported_with_their_line_and_the_rest_is_read() {
        let long = format!("{{\"text\":\"{}\"}}", "x".repeat(500));
        let input = format!(
            "{{\"text\":\"one\"}}\n\n{{not json\n{long}\n[1]\n{{\"title\":\"t\"}}\n{{\"text\":\"x\",\"date\":\"2022-13-45\"}}\r\n{{\"text\":\"last\",\"id\":7}}"
        );
        let out = read(&input);
        let msgs: Vec<String> = out
            .iter()
            .map(|r| match r {
                Ok(a) => format!("ok {}", a.text),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(msgs[0], "ok one");
        assert!(
            msgs[1].starts_with("in.jsonl:3: invalid JSON"),
            "{}",
            msgs[1]
        );
        assert_eq!(msgs[2], "in.jsonl:4: line longer than 200 bytes; skipped");
        assert_eq!(
            msgs[3],
            "in.jsonl:5: expected a JSON object, found an array"
        );
        assert_eq!(msgs[4], "in.jsonl:6: missing \"text\" field");
        assert!(
            msgs[5].starts_with("in.jsonl:7: bad date \"2022-13-45\""),
            "{}",
            msgs[5]
        );
        assert_eq!(msgs[6], "ok last");
        assert_eq!(out.len(), 7);
        assert_eq!(out[6].as_ref().unwrap().id.as_deref(), Some("7"));
    }

    #[test]
    fn latin1_line_is_decoded() {
        let mut bytes = b"{\"text\":\"Z".to_vec();
        bytes.push(0xfc);
        bytes.extend_from_slice(b"rich talks were held in the city of Z\xfcrich on Monday.\"}\n");
        let out: Vec<_> = JsonlReader::new(Cursor::new(bytes), "x").collect();
        assert!(out[0].as_ref().unwrap().text.starts_with("Zürich"));
    }
}
