//! Command-line flags (clap derive). Only parsing and help text live here;
//! commands validate and act.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Herald turns dated news articles into a queryable record of world events:
/// who did what to whom, when, where, and who said what.
#[derive(Debug, Parser)]
#[command(name = "herald", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// More log output on standard error (-v info, -vv debug). RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on standard error: no warnings, no progress, no summary.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// Herald's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and print what Herald finds in them.
    ///
    /// Inputs are files, directories (read recursively: .txt, .jsonl, .html,
    /// .rss/.atom/.xml and files without extension) or `-` for standard input.
    /// A bad document is reported on standard error as `file:line: reason` and
    /// the others are still processed; the exit code is then 1.
    Extract(ExtractArgs),
    /// Run the whole current pipeline over a JSON Lines corpus on one thread
    /// and report speed and memory.
    Bench(BenchArgs),
    /// List the analysis stages, in pipeline order.
    Stages(StagesArgs),
    /// Score Herald against gold data (`../shared/eval/`).
    Eval(EvalArgs),
    /// Read articles, extract them in parallel and store them (SQLite).
    ///
    /// Idempotent: documents already stored (same content hash) are skipped,
    /// so an interrupted ingest can simply be run again.
    Ingest(IngestArgs),
    /// Query the store.
    Query(QueryArgs),
    /// Write the store's events (or its actor network) for other tools:
    /// JSON Lines, GDELT 2.0 event-table CSV, Parquet, GraphML.
    Export(ExportArgs),
    /// Serve the HTTP API and the web page over a store (read-only).
    ///
    /// Binds to loopback (127.0.0.1:8080) by default; to listen on another
    /// address it needs `--token` (or HERALD_TOKEN), which every request
    /// must then carry. Prints `serving … at http://ADDR/` once listening.
    Serve(ServeArgs),
    /// The knowledge base: what Herald knows of a person — the shipped table
    /// of office holders and the roles learned from the store, with dates.
    Kb {
        #[command(subcommand)]
        what: KbWhat,
    },
    /// Developer tools (benchmark stores).
    Dev {
        #[command(subcommand)]
        what: DevWhat,
    },
}

/// `herald serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address to listen on (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Bearer token required on every request (needed when `--addr` is not
    /// a loopback address).
    #[arg(long, env = "HERALD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Store connections (concurrent queries); default: two per core.
    #[arg(long)]
    pub connections: Option<usize>,
    /// Serve the page's files from this folder instead of the copies built
    /// into the binary (for working on the page).
    #[arg(long, env = "HERALD_WEB_DIR", value_name = "DIR")]
    pub web_dir: Option<PathBuf>,
}

/// `herald kb …`.
#[derive(Debug, Subcommand)]
pub enum KbWhat {
    /// A person's offices: the shipped table's terms, and the roles the store
    /// learned from articles (first and last document date, mentions).
    Show {
        /// The person's name (or a store actor's code).
        name: String,
        #[command(flatten)]
        store: StoreArgs,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `herald dev …`.
#[derive(Debug, Subcommand)]
pub enum DevWhat {
    /// Build a large store for query benchmarks: extract the inputs once,
    /// then store them many times, each copy with its own ids and content
    /// hashes and its dates (publication and events) shifted.
    Scale(ScaleArgs),
}

/// `herald dev scale`.
#[derive(Debug, Args)]
pub struct ScaleArgs {
    /// Files or directories of articles.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// How many copies to store.
    #[arg(long, default_value_t = 140)]
    pub copies: u32,
    /// Number of the first copy: a store built with `--copies N` grows with
    /// `--first-copy N` (earlier copies are not read again).
    #[arg(long, default_value_t = 0)]
    pub first_copy: u32,
    /// Days between copies.
    #[arg(long, default_value_t = 7)]
    pub shift_days: i64,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
}

/// Where the store is: a SQLite file (the default) or a PostgreSQL server.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// SQLite database file (created by `herald ingest` if missing).
    #[arg(long, default_value = "herald.db", global = true)]
    pub db: PathBuf,
    /// Use a PostgreSQL server instead of SQLite:
    /// postgres://user:password@host:port/database (unencrypted: loopback or
    /// a trusted network).
    #[arg(long, global = true, value_name = "URL")]
    pub postgres: Option<String>,
}

/// Which events: the filters shared by `herald query events` and `herald
/// export`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// An actor on either side: name (any case, or surname), or a CAMEO code
    /// prefix in capitals (RUS matches RUSGOV, RUSMIL; NATO is tried as a
    /// name too).
    #[arg(long)]
    pub actor: Option<String>,
    /// The source actor (as --actor).
    #[arg(long)]
    pub source: Option<String>,
    /// The target actor (as --actor).
    #[arg(long)]
    pub target: Option<String>,
    /// CAMEO event code or prefix (04, 042).
    #[arg(long)]
    pub code: Option<String>,
    /// CAMEO root (1–20).
    #[arg(long)]
    pub root: Option<String>,
    /// PLOVER event type (CONSULT, ASSAULT, …).
    #[arg(long)]
    pub plover: Option<String>,
    /// Country of the place or of either actor (CAMEO code, e.g. UKR).
    #[arg(long)]
    pub country: Option<String>,
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<chrono::NaiveDate>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<chrono::NaiveDate>,
    /// Modality: asserted, negated, hypothetical, planned, alleged, denied.
    #[arg(long)]
    pub modality: Option<String>,
    /// Words in the reporting articles (full text).
    #[arg(long)]
    pub text: Option<String>,
    /// An actor on either side, by its store id (`herald query actor`
    /// shows it).
    #[arg(long, value_name = "ID")]
    pub actor_id: Option<i64>,
    /// Only events with a place that has coordinates.
    #[arg(long)]
    pub located: bool,
}

/// `herald export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// What to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Output file (Parquet: a directory, one file per month); `-` or none for
    /// standard output (not for Parquet).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Timeline periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Period {
    /// Days.
    Day,
    /// ISO weeks.
    Week,
    /// Months.
    Month,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per event, with its mentions' evidence.
    Jsonl,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// Apache Parquet, partitioned by month (`month=YYYY-MM/events.parquet`).
    Parquet,
    /// The actor network (GraphML) for Gephi or networkx.
    Graphml,
}

/// `herald ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Documents per transaction.
    #[arg(long, default_value_t = 512)]
    pub batch: usize,
    /// Extraction threads [default: one per core].
    #[arg(long)]
    pub threads: Option<usize>,
    /// Read every input in this format instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Keep articles in any language (default: skip non-English, counted).
    #[arg(long)]
    pub all_languages: bool,
    /// Run only these stages (comma-separated, in order) [default: all].
    #[arg(long, value_delimiter = ',')]
    pub stages: Option<Vec<String>>,
    /// Roles the store already learned ("Slovak Foreign Minister Ivan
    /// Korcok") name those persons in new articles dated near the documents
    /// that showed them; this many mentions make a role count.
    #[arg(long, default_value_t = 3, value_name = "MENTIONS")]
    pub learned_min_evidence: i64,
    /// Do not apply roles learned from the store.
    #[arg(long)]
    pub no_learned: bool,
}

/// `herald query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub what: QueryWhat,
}

/// What `herald query` asks.
#[derive(Debug, Subcommand)]
pub enum QueryWhat {
    /// Counts of what the store holds.
    Stats,
    /// Events, newest first, with filters.
    Events {
        #[command(flatten)]
        filter: Box<FilterArgs>,
        /// At most this many events.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Continue after this cursor (printed with --json).
        #[arg(long)]
        after: Option<String>,
    },
    /// Events counted per day, week or month and QuadClass, with the mean
    /// Goldstein value.
    Timeline {
        #[command(flatten)]
        filter: Box<FilterArgs>,
        /// Period to count by.
        #[arg(long, value_enum, default_value_t = Period::Month)]
        by: Period,
    },
    /// One event with every report of it and the evidence.
    Event {
        /// The event's id.
        id: i64,
    },
    /// An actor: roles over time, top partners, events by CAMEO root.
    Actor {
        /// Name (or surname) or CAMEO code.
        name: String,
    },
    /// Full-text search over article titles and texts.
    Search {
        /// Words to find (all of them), or an FTS5 query.
        text: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

/// What `herald eval` scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalKind {
    /// Time expressions, TempEval-3 style (e.g. tempeval3_dev.jsonl).
    Times,
    /// Named entities, exact span and label (e.g. conll2003_dev.jsonl).
    Entities,
    /// CAMEO events as (source, target, code) triples, PETRARCH's conventions
    /// (e.g. petrarch2_gsr_validation_dev.jsonl).
    Events,
    /// PLOVER event types, recall per gold event (e.g. plover_gsr_dev.jsonl).
    Plover,
    /// Quotes and their speakers, PolNeAR attributions (e.g.
    /// quotes_polnear_dev.jsonl).
    Quotes,
    /// Place names and their coordinates: toponym F1 and accuracy@161 km
    /// (e.g. geo_lgl_dev.jsonl, geo_gwn_dev.jsonl).
    Places,
    /// The seed article against its expected reading (--expected, --article).
    Seed,
}

/// `herald eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to score.
    #[arg(value_enum)]
    pub kind: EvalKind,
    /// Gold JSON Lines file (all kinds but `seed`).
    #[arg(long, required_unless_present = "expected")]
    pub gold: Option<PathBuf>,
    /// The expected reading of an article (`seed`: expected.json).
    #[arg(long, requires = "article")]
    pub expected: Option<PathBuf>,
    /// The article the expected reading is of (`seed`).
    #[arg(long)]
    pub article: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also print this many disagreements (gold vs Herald) to read what fails.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

/// Output formats of `herald extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per document and line; offsets in Unicode characters.
    Jsonl,
    /// Readable text for people.
    Pretty,
}

/// Input formats, to override detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Native text: ` date YYYY-MM-DD` header, then the article.
    Text,
    /// JSON Lines: {"id","date","title","text","url","source"} per line.
    Jsonl,
    /// One HTML page per file.
    Html,
    /// RSS or Atom feed.
    Feed,
}

impl InputFormat {
    /// The source format it names.
    pub fn format(self) -> herald_io::Format {
        match self {
            InputFormat::Text => herald_io::Format::Text,
            InputFormat::Jsonl => herald_io::Format::Jsonl,
            InputFormat::Html => herald_io::Format::Html,
            InputFormat::Feed => herald_io::Format::Feed,
        }
    }
}

/// `herald extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories, or `-` for standard input [default: `-` when
    /// standard input is not a terminal].
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,
    /// Read every input in this format instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Include tokens in JSON output.
    #[arg(long)]
    pub tokens: bool,
    /// Include the normalized text (that offsets point into) in JSON output.
    #[arg(long)]
    pub text: bool,
    /// Keep articles in any language (default: skip non-English, counted).
    #[arg(long)]
    pub all_languages: bool,
    /// Run only these stages (comma-separated, in order) [default: all].
    #[arg(long, value_delimiter = ',')]
    pub stages: Option<Vec<String>>,
    /// Extraction threads [default: one per core]; output keeps the input's
    /// order whatever the number.
    #[arg(long)]
    pub threads: Option<usize>,
}

/// `herald bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// JSON Lines corpus, e.g. ../shared/corpus/news_politics.jsonl.
    #[arg(long)]
    pub corpus: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Use at most this many documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Run over the corpus this many times (longer, steadier measurement).
    #[arg(long, default_value_t = 1)]
    pub repeat: u32,
}

/// `herald stages`.
#[derive(Debug, Args)]
pub struct StagesArgs {
    /// List stages with the layers they need and assign (the default).
    #[arg(long)]
    pub list: bool,
}
