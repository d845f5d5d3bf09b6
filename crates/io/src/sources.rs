//! Opening inputs: paths, directories (recursive) and `-` for standard input,
//! each read in its format, as one stream of `Result<Article, SourceError>`.
//!
//! Owns discovery (which files a directory holds), format choice (extension,
//! else sniffing the first bytes) and the English-only filter. Files are
//! opened lazily, one at a time, so a batch of any size runs in bounded memory.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use herald_core::{Article, Origin, MAX_DOC_BYTES};

use crate::decode::decode;
use crate::feed::parse_feed;
use crate::html::parse_html;
use crate::jsonl::{JsonlReader, MAX_LINE_BYTES};
use crate::lang::non_english;
use crate::text::parse_native;
use crate::{SourceError, SourceErrorKind, SourceWarning};

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Herald's native text: ` date YYYY-MM-DD` header, then text.
    Text,
    /// JSON Lines, one article per line.
    Jsonl,
    /// One HTML page.
    Html,
    /// An RSS or Atom feed.
    Feed,
}

impl Format {
    /// The format a file name's extension names, if any.
    #[must_use]
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "rss" | "atom" | "xml" => Some(Format::Feed),
            _ => None,
        }
    }

    /// The format the first bytes of an input look like.
    #[must_use]
    pub fn sniff(head: &[u8]) -> Format {
        let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let head = &head[start..];
        let lower: Vec<u8> = head.iter().take(2048).map(u8::to_ascii_lowercase).collect();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        if head.first() == Some(&b'{') {
            Format::Jsonl
        } else if head.first() == Some(&b'<') {
            if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
                Format::Feed
            } else {
                Format::Html
            }
        } else {
            Format::Text
        }
    }
}

/// How sources read.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    /// Skip articles reliably detected as not English (default on).
    pub english_only: bool,
    /// Read every input in this format instead of choosing per file.
    pub format: Option<Format>,
    /// The longest JSON Lines line, in bytes.
    pub max_line_bytes: usize,
    /// The largest whole file (text, HTML, feed), in bytes.
    pub max_file_bytes: u64,
}

impl Default for SourceOptions {
    fn default() -> SourceOptions {
        SourceOptions {
            english_only: true,
            format: None,
            max_line_bytes: MAX_LINE_BYTES,
            max_file_bytes: MAX_DOC_BYTES as u64,
        }
    }
}

enum Input {
    /// A path named by the user: read whatever it is, sniffing if needed.
    Named(PathBuf),
    /// A file found in a directory: its format is known from its extension
    /// or it has none.
    Found(PathBuf),
    Stdin,
    /// Bytes already in memory, with a name for messages.
    Memory(Vec<u8>, String),
}

type Items = Box<dyn Iterator<Item = Result<Article, SourceError>>>;

/// Every article of a list of inputs, in order.
///
/// Yields `Err` for each input (or line, or feed item) that gives no article
/// and goes on with the next one. Warnings (unknown date, guessed encoding)
/// are logged with `tracing` and kept in [`Sources::warnings`].
pub struct Sources {
    queue: VecDeque<Input>,
    current: Option<Items>,
    opts: SourceOptions,
    warnings: Vec<SourceWarning>,
}

/// Opens `inputs` (paths, directories, or `-` for standard input).
#[must_use]
pub fn open<S: AsRef<str>>(inputs: &[S], opts: SourceOptions) -> Sources {
    let queue = inputs
        .iter()
        .map(|s| match s.as_ref() {
            "-" => Input::Stdin,
            p => Input::Named(PathBuf::from(p)),
        })
        .collect();
    Sources {
        queue,
        current: None,
        opts,
        warnings: Vec::new(),
    }
}

/// Reads articles from bytes in memory (an upload, a message, a fuzzer's
/// input); `name` stands for the path in origins and messages.
#[must_use]
pub fn from_bytes(bytes: Vec<u8>, name: impl Into<String>, opts: SourceOptions) -> Sources {
    let queue = VecDeque::from([Input::Memory(bytes, name.into())]);
    Sources {
        queue,
        current: None,
        opts,
        warnings: Vec::new(),
    }
}

impl Sources {
    /// The warnings so far.
    #[must_use]
    pub fn warnings(&self) -> &[SourceWarning] {
        &self.warnings
    }

    fn warn(&mut self, origin: &Origin, message: String) {
        tracing::warn!("{origin}: {message}");
        self.warnings.push(SourceWarning {
            origin: origin.clone(),
            message,
        });
    }

    /// Opens the next input; returns an error for it, or sets `current`.
    fn open_next(&mut self, input: Input) -> Option<Result<Article, SourceError>> {
        match input {
            Input::Stdin => {
                let reader: Box<dyn BufRead> =
                    Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
                self.open_reader(reader, "-".into(), None)
            }
            Input::Memory(bytes, name) => {
                let reader: Box<dyn BufRead> = Box::new(io::Cursor::new(bytes));
                self.open_reader(reader, name, None)
            }
            Input::Named(path) | Input::Found(path) => {
                let name = path.display().to_string();
                let origin = Origin::file(name.clone());
                let meta = match std::fs::metadata(&path) {
                    Ok(m) => m,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {
                        return Some(Err(SourceError::new(origin, SourceErrorKind::NotFound)))
                    }
                    Err(e) => return Some(Err(SourceError::new(origin, e.into()))),
                };
                if meta.is_dir() {
                    match list_dir(&path) {
                        Ok(files) => {
                            for f in files.into_iter().rev() {
                                self.queue.push_front(Input::Found(f));
                            }
                            None
                        }
                        Err(e) => Some(Err(SourceError::new(origin, e.into()))),
                    }
                } else {
                    let file = match File::open(&path) {
                        Ok(f) => f,
                        Err(e) => return Some(Err(SourceError::new(origin, e.into()))),
                    };
                    let reader: Box<dyn BufRead> =
                        Box::new(BufReader::with_capacity(1 << 16, file));
                    self.open_reader(reader, name, Format::from_extension(&path))
                }
            }
        }
    }

    fn open_reader(
        &mut self,
        mut reader: Box<dyn BufRead>,
        name: String,
        by_extension: Option<Format>,
    ) -> Option<Result<Article, SourceError>> {
        let origin = Origin::file(name.clone());
        let format = match self.opts.format.or(by_extension) {
            Some(f) => f,
            None => match reader.fill_buf() {
                Ok(head) => Format::sniff(head),
                Err(e) => return Some(Err(SourceError::new(origin, e.into()))),
            },
        };
        if format == Format::Jsonl {
            // A `.json` file, or JSON starting with `[`, may be one JSON
            // document rather than JSON Lines.
            let first = match reader.fill_buf() {
                Ok(head) => head.iter().copied().find(|b| !b.is_ascii_whitespace()),
                Err(e) => return Some(Err(SourceError::new(origin, e.into()))),
            };
            let dot_json = name.to_ascii_lowercase().ends_with(".json");
            if first == Some(b'[') || (dot_json && first == Some(b'{')) {
                return self.json_document(reader, name);
            }
            self.current = Some(Box::new(JsonlReader::with_limit(
                reader,
                name,
                self.opts.max_line_bytes,
            )));
            return None;
        }
        let limit = self.opts.max_file_bytes;
        let mut bytes = Vec::new();
        if let Err(e) = reader.take(limit + 1).read_to_end(&mut bytes) {
            return Some(Err(SourceError::new(origin, e.into())));
        }
        if bytes.len() as u64 > limit {
            let size = std::fs::metadata(&name).map_or(bytes.len() as u64, |m| m.len());
            return Some(Err(SourceError::new(
                origin,
                SourceErrorKind::TooLarge { bytes: size, limit },
            )));
        }
        if format == Format::Feed {
            return match parse_feed(&bytes, &name) {
                Ok(items) => {
                    self.current = Some(Box::new(items.into_iter()));
                    None
                }
                Err(kind) => Some(Err(SourceError::new(origin, kind))),
            };
        }
        let decoded = match decode(&bytes) {
            Ok(d) => d,
            Err(kind) => return Some(Err(SourceError::new(origin, kind))),
        };
        if let Some(encoding) = decoded.guessed {
            self.warn(
                &origin,
                format!("not UTF-8; decoded as {encoding} (detected)"),
            );
        }
        let article = if format == Format::Html {
            parse_html(&decoded.text, &origin)
        } else {
            self.native(&decoded.text, &origin)
        };
        Some(article.map_err(|kind| SourceError::new(origin, kind)))
    }

    /// A JSON document: an array of article objects (each item's origin is
    /// `file (item N)`), one article object, or — when it does not parse as one
    /// document — JSON Lines after all.
    fn json_document(
        &mut self,
        reader: Box<dyn BufRead>,
        name: String,
    ) -> Option<Result<Article, SourceError>> {
        let origin = Origin::file(name.clone());
        let limit = self.opts.max_file_bytes;
        let mut bytes = Vec::new();
        if let Err(e) = reader.take(limit + 1).read_to_end(&mut bytes) {
            return Some(Err(SourceError::new(origin, e.into())));
        }
        if bytes.len() as u64 > limit {
            return Some(Err(SourceError::new(
                origin,
                SourceErrorKind::TooLarge {
                    bytes: bytes.len() as u64,
                    limit,
                },
            )));
        }
        match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(serde_json::Value::Array(items)) => {
                let articles: Vec<Result<Article, SourceError>> = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let origin = Origin::item(name.clone(), i as u64 + 1);
                        match v {
                            serde_json::Value::Object(map) => {
                                crate::jsonl::article_from_object(map, origin.clone())
                                    .map_err(|kind| SourceError::new(origin, kind))
                            }
                            _ => Err(SourceError::new(
                                origin,
                                SourceErrorKind::Shape(
                                    "expected an article object in the array".into(),
                                ),
                            )),
                        }
                    })
                    .collect();
                self.current = Some(Box::new(articles.into_iter()));
                None
            }
            Ok(serde_json::Value::Object(map)) => {
                let has_text = map.contains_key("text");
                Some(
                    crate::jsonl::article_from_object(map, origin.clone()).map_err(|kind| {
                        let kind = if has_text {
                            kind
                        } else {
                            SourceErrorKind::Shape(
                                "a JSON document without a \"text\" field: Herald reads one article object, an array of them, or JSON Lines (one article per line)".into(),
                            )
                        };
                        SourceError::new(origin, kind)
                    }),
                )
            }
            Ok(_) => Some(Err(SourceError::new(
                origin,
                SourceErrorKind::Shape(
                    "expected an article object, an array of them, or JSON Lines".into(),
                ),
            ))),
            Err(_) => {
                self.current = Some(Box::new(JsonlReader::with_limit(
                    Box::new(std::io::Cursor::new(bytes)) as Box<dyn BufRead>,
                    name,
                    self.opts.max_line_bytes,
                )));
                None
            }
        }
    }

    fn native(&mut self, text: &str, origin: &Origin) -> Result<Article, SourceErrorKind> {
        let native = parse_native(text)?;
        if native.body.trim().is_empty() {
            return Err(SourceErrorKind::NoText);
        }
        if !native.has_header {
            self.warn(origin, "no ` date YYYY-MM-DD` header; date unknown".into());
        }
        Ok(Article {
            date: native.date,
            text: native.body.to_owned(),
            origin: origin.clone(),
            ..Article::default()
        })
    }

    fn language_filter(&self, item: Result<Article, SourceError>) -> Result<Article, SourceError> {
        let article = item?;
        if self.opts.english_only {
            if let Some(lang) = non_english(&article.text) {
                let kind = SourceErrorKind::NotEnglish {
                    lang: lang.to_owned(),
                };
                return Err(SourceError::new(article.origin, kind));
            }
        }
        Ok(article)
    }
}

impl Iterator for Sources {
    type Item = Result<Article, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(items) = self.current.as_mut() {
                match items.next() {
                    Some(item) => return Some(self.language_filter(item)),
                    None => self.current = None,
                }
            }
            let input = self.queue.pop_front()?;
            if let Some(item) = self.open_next(input) {
                return Some(self.language_filter(item));
            }
        }
    }
}

/// The files of a directory tree that Herald reads, sorted by path: those
/// with a known extension, and those without an extension. Hidden entries
/// and symbolic links to directories are left out.
fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let ty = entry.file_type()?;
            if ty.is_dir() {
                stack.push(path);
            } else if (ty.is_file() || (ty.is_symlink() && path.is_file()))
                && (path.extension().is_none() || Format::from_extension(&path).is_some())
            {
                out.push(path);
            } else {
                tracing::debug!("{}: not an article format; skipped", path.display());
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_bytes_reads_every_format() {
        let texts = |bytes: &[u8], format| -> Vec<String> {
            let opts = SourceOptions {
                format,
                english_only: false,
                ..SourceOptions::default()
            };
            from_bytes(bytes.to_vec(), "mem", opts)
                .map(|r| r.map_or_else(|e| e.to_string(), |a| a.text))
                .collect()
        };
        assert_eq!(texts(b" date 2022-02-08 Talks.", None), ["Talks."]);
        assert_eq!(
            texts(b"{\"text\":\"A.\"}\n{\"text\":\"B.\"}", None),
            ["A.", "B."]
        );
        assert_eq!(
            texts(b"{\"text\":\"A.\"}", Some(Format::Text)),
            ["{\"text\":\"A.\"}"]
        );
        assert_eq!(texts(b"", None), ["mem: no article text"]);
    }

    #[test]
    fn sniffing() {
        assert_eq!(Format::sniff(b"  {\"text\":1}"), Format::Jsonl);
        assert_eq!(
            Format::sniff(b"<?xml version='1.0'?><rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            Format::sniff(b"<?xml version='1.0'?>\n<feed xmlns="),
            Format::Feed
        );
        assert_eq!(Format::sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b" date 2022-02-08 Text"), Format::Text);
        assert_eq!(Format::sniff(b""), Format::Text);
    }

    #[test]
    fn directory_batch_keeps_going_past_bad_files() {
        let dir = std::env::temp_dir().join(format!("herald-io-test-{}", std::process::id()));
        let sub = dir.join("sub");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            dir.join("a.txt"),
            " date 2022-02-08 Scholz met Biden at the White House.",
        )
        .unwrap();
        std::fs::write(dir.join("b.txt"), " date 2022-13-45\nBad date.").unwrap();
        std::fs::write(
            dir.join("c.jsonl"),
            "{\"text\":\"One.\"}\nnot json\n{\"text\":\"Two.\"}\n",
        )
        .unwrap();
        std::fs::write(dir.join("image.png"), b"\x89PNG\0\0").unwrap();
        std::fs::write(dir.join("notes.md"), "not an article").unwrap();
        std::fs::write(dir.join(".hidden.txt"), "hidden").unwrap();
        std::fs::write(sub.join("d"), b"bin\0ary").unwrap();
        std::fs::write(sub.join("e.txt"), "No header here, but still an article.").unwrap();
        let dir_name = dir.display().to_string();
        let missing = format!("{dir_name}/missing.txt");
        let mut sources = open(
            &[dir_name.as_str(), missing.as_str()],
            SourceOptions::default(),
        );
        let results: Vec<_> = sources.by_ref().collect();
        let summary: Vec<String> = results
            .iter()
            .map(|r| match r {
                Ok(a) => format!("ok {}", a.origin.path.rsplit('/').next().unwrap_or("")),
                Err(e) => format!("err {}", e.kind),
            })
            .collect();
        assert_eq!(
            summary,
            [
                "ok a.txt",
                "err bad date \"2022-13-45\" in header: expected YYYY-MM-DD (or an RFC 3339 / RFC 2822 timestamp)",
                "ok c.jsonl",
                "err invalid JSON: expected ident at line 1 column 2",
                "ok c.jsonl",
                "err binary data, not text (NUL byte at byte 3)",
                "ok e.txt",
                "err no such file or directory",
            ]
        );
        assert_eq!(
            results[0]
                .as_ref()
                .unwrap()
                .date
                .map(|d| d.to_string())
                .as_deref(),
            Some("2022-02-08")
        );
        assert_eq!(sources.warnings().len(), 1, "{:?}", sources.warnings());
        assert!(sources.warnings()[0]
            .message
            .contains("no ` date YYYY-MM-DD` header"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn json_documents_arrays_and_json_lines_in_dot_json_files() {
        let dir = std::env::temp_dir().join(format!("herald-io-json-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, body: &str| {
            let p = dir.join(name);
            std::fs::write(&p, body).unwrap();
            p.display().to_string()
        };
        let files = [
            write(
                "array.json",
                "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"text\": \"Two.\"},\n  3\n]",
            ),
            write(
                "one.json",
                "{\n  \"date\": \"2022-02-08\",\n  \"text\": \"Three.\"\n}",
            ),
            write("lines.json", "{\"text\":\"Four.\"}\n{\"text\":\"Five.\"}\n"),
            write("other.json", "{\n  \"events\": [],\n  \"notes\": \"x\"\n}"),
        ];
        let names: Vec<&str> = files.iter().map(String::as_str).collect();
        let opts = SourceOptions {
            english_only: false,
            ..SourceOptions::default()
        };
        let got: Vec<String> = open(&names, opts)
            .map(|r| match r {
                Ok(a) => format!(
                    "{} {}",
                    a.origin.to_string().rsplit('/').next().unwrap_or(""),
                    a.text
                ),
                Err(e) => format!("err {}", e.to_string().rsplit('/').next().unwrap_or("")),
            })
            .collect();
        assert_eq!(
            got,
            [
                "array.json (item 1) One.",
                "array.json (item 2) Two.",
                "err array.json (item 3): expected an article object in the array",
                "one.json Three.",
                "lines.json:1 Four.",
                "lines.json:2 Five.",
                "err other.json: a JSON document without a \"text\" field: Herald reads one article object, an array of them, or JSON Lines (one article per line)",
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn non_english_is_skipped_not_failed() {
        let dir = std::env::temp_dir().join(format!("herald-io-lang-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("fr.txt");
        std::fs::write(
            &path,
            " date 2022-02-08 Le chancelier allemand a rencontré le président américain à la Maison Blanche lundi pour discuter de la crise en Europe de l'Est et des sanctions.",
        )
        .unwrap();
        let name = path.display().to_string();
        let out: Vec<_> = open(&[name.as_str()], SourceOptions::default()).collect();
        let err = out[0].as_ref().unwrap_err();
        assert!(err.is_skip());
        let all = SourceOptions {
            english_only: false,
            ..SourceOptions::default()
        };
        assert!(open(&[name.as_str()], all).next().unwrap().is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
