//! The static knowledge base: countries, capitals and major cities,
//! government metonyms, IGOs and NGOs, news agencies and role nouns, loaded
//! once from `data/kb/*.tsv` and indexed for anchored longest-match
//! lookups (names case-sensitive, role nouns ASCII case folded).
//!
//! Owns the tables and the surface-form lookup. It does not decide what a
//! match means in context; the `actors` stage does. Sources and licences of
//! each table are in `data/kb/README.md`.

use std::collections::HashMap;
use std::sync::OnceLock;

use std::hash::BuildHasherDefault;

/// What a surface form names.
#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    /// A country's name ("Germany", "the United States").
    Country,
    /// A country's adjective or demonym ("German", "U.S.").
    Demonym,
    /// A city; `capital` when it is its country's capital.
    City {
        /// Whether it is the country's (primary) capital.
        capital: bool,
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// A building or institution standing for a state body ("White House").
    Metonym,
    /// An intergovernmental or non-governmental organisation.
    Organisation,
    /// A news organisation.
    Media,
    /// A political bloc or region named with the article ("the West").
    Region,
}

/// One named entry of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Canonical name ("Germany", "White House").
    pub name: String,
    /// What it is.
    pub kind: EntryKind,
    /// CAMEO code (`DEU`, `USAGOV`, `IGOWSTNAT`, `USAMED`).
    pub code: String,
    /// CAMEO country code, when it has one.
    pub country: Option<String>,
}

/// Rank of a role, from `roles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    /// Head of state.
    HeadOfState,
    /// Head of government.
    HeadOfGovernment,
    /// Deputy head.
    DeputyHead,
    /// Minister.
    Minister,
    /// Senior official, officer, ambassador.
    Senior,
    /// An individual member or rank-and-file plural.
    Member,
    /// An institution or group.
    Body,
}

/// A role noun ("chancellor", "troops").
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The role as listed (singular).
    pub role: String,
    /// CAMEO sector code (`GOV`, `MIL`, …), with the secondary one appended
    /// when listed (`GOVMIL`).
    pub sector: String,
    /// Its rank.
    pub rank: Rank,
    /// Whether the matched form is plural ("troops", "leaders").
    pub plural: bool,
}

/// What a gazetteer place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeoKind {
    /// A country or territory of `countries.tsv` (at its own point).
    Country,
    /// A continent of `admins.tsv`.
    Continent,
    /// A region of `admins.tsv` that is no country or division ("Middle
    /// East", "European Union").
    Region,
    /// A first-level division (state, province) of `admins.tsv`.
    Admin1,
    /// A second-level division (county, district) of `admins.tsv`.
    Admin2,
    /// A city of `cities.tsv`.
    City,
}

/// A place of the gazetteer that a place name can resolve to.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoPlace {
    /// The gazetteer's name ("Washington", "United States", "Ohio").
    pub name: String,
    /// What it is.
    pub kind: GeoKind,
    /// CAMEO country code; empty for a continent.
    pub country: String,
    /// The state or province it is in (its own name for one), when known.
    pub admin1: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// A city's population; for a division, the number of towns its point
    /// is the mean of; 0 otherwise.
    pub size: u64,
}

/// What a document says about where it is, for [`Kb::locate`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceContext<'a> {
    /// CAMEO country codes, most relevant first.
    pub countries: Vec<&'a str>,
    /// States or provinces named in it, as (CAMEO country code, name), most
    /// relevant first.
    pub divisions: Vec<(&'a str, &'a str)>,
}

/// Place names to points: the gazetteer behind [`Kb::places_named`] and
/// [`Kb::locate`], built on first use (it is larger than the tables the
/// stages match names with, and only place resolution needs it).
struct Gazetteer {
    places: Vec<GeoPlace>,
    /// Surface form → indexes into `places`, in [`GeoKind`] order, then
    /// largest first.
    forms: HashMap<String, Vec<u32>>,
}

/// The knowledge base.
pub struct Kb {
    /// Named entries; name lookups index into it.
    pub entries: Vec<Entry>,
    names: FormIndex,
    name_of_pattern: Vec<u32>,
    /// Role nouns; role lookups index into it.
    pub roles: Vec<Role>,
    role_forms: FormIndex,
    /// The leading words of the role forms: a lookup at a word that opens
    /// no role stops here.
    role_leads: Leads,
    /// The leading words of the names.
    name_leads: Leads,
    /// ASCII lowercase letters that open some name ("al-Qaeda",
    /// "peacekeepers"): a word opening with another is no name.
    lower_openers: [bool; 26],
    /// CAMEO country code → country name.
    pub country_names: Vec<(String, String)>,
    /// CAMEO country code → index of its first row in `country_names`.
    country_index: HashMap<String, usize>,
    /// Place names to points, built on first use.
    gazetteer: OnceLock<Gazetteer>,
}

/// Whether a role form names several: its head noun (the last word before
/// "of" or "d'": "chiefs of staff", "chargé d'affaires") is a plural in
/// -s ("troops", "security forces"; not "actress", "congress", "status"),
/// in -men ("gunmen", "policewomen"), or one of the irregular plurals
/// ("people", "children").
fn is_plural_form(form: &str) -> bool {
    let head_part = form
        .split(" of ")
        .next()
        .and_then(|f| f.split(" d'").next())
        .unwrap_or(form);
    let head = head_part.rsplit(' ').next().unwrap_or(head_part);
    let head = head.to_lowercase();
    head.ends_with("men")
        || matches!(
            head.as_str(),
            "people" | "children" | "personnel" | "clergy"
        )
        || (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us"))
}

/// The leading words of a set of forms, hashed into a bit table. A form's
/// leading word is its bytes up to the first ASCII byte that is not a letter
/// or digit (non-ASCII bytes belong to the word: "chargé"), or the first
/// byte of a character of U+2000–U+2FFF (punctuation and symbols: the
/// typographic apostrophe of "Islamabad’s", dashes, quotation marks); a form and a
/// text it begins share their leading word, whatever a tokenizer made of a
/// hyphen or an apostrophe ("ex-president"). A text whose leading word no
/// form has cannot begin a form: most words are turned away in one probe.
struct Leads {
    bits: Vec<u64>,
    /// ASCII case is folded.
    fold: bool,
    /// Some form has no leading word (it opens with a symbol): any text may
    /// begin one.
    all: bool,
}

/// Per byte, 0 when it ends a leading word (an ASCII byte that is not a
/// letter or digit, or 0xE2, which opens U+2000–U+2FFF in UTF-8), else the
/// byte: [`Leads`] reads words through it.
const LEAD_KEEP: [u8; 256] = lead_table(false);
/// As [`LEAD_KEEP`], with ASCII letters lowercased.
const LEAD_FOLD: [u8; 256] = lead_table(true);

const fn lead_table(fold: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if (!c.is_ascii() && c != 0xE2) || c.is_ascii_alphanumeric() {
            if fold {
                c.to_ascii_lowercase()
            } else {
                c
            }
        } else {
            0
        };
        b += 1;
    }
    t
}

impl Leads {
    /// log2 of the number of bits in the table (8 KB).
    const BITS: u32 = 16;

    fn new<'f>(forms: impl Iterator<Item = &'f [u8]>, fold: bool) -> Leads {
        let mut l = Leads {
            bits: vec![0u64; (1 << Self::BITS) / 64],
            fold,
            all: false,
        };
        for f in forms {
            match l.slot(f) {
                Some(k) => {
                    if let Some(w) = l.bits.get_mut(k / 64) {
                        *w |= 1 << (k % 64);
                    }
                }
                None => l.all = true,
            }
        }
        l
    }

    /// The table slot of `text`'s leading word (ASCII case folded when the
    /// forms are), or `None` when it has none.
    ///
    /// Eight bytes at a time, each chunk's word bytes packed into a `u64`
    /// without a branch per byte (bytes after the word's end are dropped by
    /// a running flag), one multiply per chunk: a loop that ran to the
    /// word's end mispredicted its exit at every word, and this test runs at
    /// every word of a document (measured on `news_politics.jsonl`: the
    /// actors stage's name and role lookups at every token, 0.116 s to
    /// 0.105 s a pass).
    #[inline]
    fn slot(&self, text: &[u8]) -> Option<usize> {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let table = if self.fold { &LEAD_FOLD } else { &LEAD_KEEP };
        let (mut h, mut n) = (0u64, 0usize);
        let mut rest = text;
        loop {
            let mut chunk = [0u8; 8];
            match rest.get(..8) {
                Some(c) => chunk.copy_from_slice(c),
                None => {
                    if let Some(dst) = chunk.get_mut(..rest.len()) {
                        dst.copy_from_slice(rest);
                    }
                }
            }
            let (mut x, mut alive) = (0u64, 1u64);
            for (k, &b) in chunk.iter().enumerate() {
                let c = u64::from(table[usize::from(b)]);
                alive &= u64::from(c != 0);
                x |= (c * alive) << (8 * k);
                n += alive as usize;
            }
            // A chunk past the word's end changes nothing: the slot is the
            // word's, whatever follows it.
            let mixed = (h ^ x).wrapping_mul(K).rotate_left(29);
            h = if x == 0 { h } else { mixed };
            if alive == 0 || rest.len() <= 8 {
                break;
            }
            rest = rest.get(8..).unwrap_or(&[]);
        }
        (n > 0).then(|| (h.wrapping_mul(K) >> (64 - Self::BITS)) as usize)
    }

    /// False when no form can begin `text`.
    #[inline]
    fn may_open(&self, text: &[u8]) -> bool {
        if self.all {
            return true;
        }
        self.slot(text).is_some_and(|k| {
            self.bits
                .get(k / 64)
                .is_some_and(|w| w & (1 << (k % 64)) != 0)
        })
    }
}

/// A match of a surface form in a text: byte range and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Index into [`Kb::entries`] or [`Kb::roles`].
    pub index: u32,
}

/// The openings of every surface form of a [`FormIndex`] (the form itself
/// when shorter than [`Openings::LEN`] bytes, else its first `LEN` bytes),
/// hashed into a bit table: an anchored lookup at a position that opens no
/// form cannot match, and most tokens are turned away here, with at most
/// `LEN` probes, without a look at the index (a hash lookup and compares).
struct Openings {
    /// Bit `b0 << 8 | b1` is set when a form opens with bytes `b0 b1` or is
    /// the one byte `b0`: the first, exact test.
    pairs: Vec<u64>,
    /// Bit `slot(opening)` is set for the opening of every form.
    bits: Vec<u64>,
    /// ASCII case is folded (as the index matches).
    fold: bool,
    /// Some form is empty, so every position may match.
    all: bool,
}

impl Openings {
    /// Bytes of a long form's opening.
    const LEN: usize = 4;
    /// log2 of the number of bits in the table (32 KB).
    const BITS: u32 = 18;

    /// The openings of `forms`; with `fold`, ASCII case is folded.
    fn new<'f>(forms: impl Iterator<Item = &'f [u8]>, fold: bool) -> Openings {
        let mut o = Openings {
            pairs: vec![0u64; (1 << 16) / 64],
            bits: vec![0u64; (1 << Self::BITS) / 64],
            fold,
            all: false,
        };
        for f in forms {
            let variants = |b: u8| {
                if fold {
                    [b.to_ascii_lowercase(), b.to_ascii_uppercase()]
                } else {
                    [b, b]
                }
            };
            match *f {
                [] => o.all = true,
                [b0] => {
                    for v0 in variants(b0) {
                        for b1 in 0..=255 {
                            o.set_pair(v0, b1);
                        }
                    }
                }
                [b0, b1, ..] => {
                    for v0 in variants(b0) {
                        for v1 in variants(b1) {
                            o.set_pair(v0, v1);
                        }
                    }
                }
            }
            let k = o.slot(f.get(..Self::LEN).unwrap_or(f));
            if let Some(w) = o.bits.get_mut(k / 64) {
                *w |= 1 << (k % 64);
            }
        }
        o
    }

    fn set_pair(&mut self, b0: u8, b1: u8) {
        let k = usize::from(b0) << 8 | usize::from(b1);
        if let Some(w) = self.pairs.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    }

    /// Whether some form opens with `opening` (1 to `LEN` bytes; false
    /// positives at the table's rate).
    #[inline]
    fn has(&self, opening: &[u8]) -> bool {
        let k = self.slot(opening);
        self.all
            || self
                .bits
                .get(k / 64)
                .is_some_and(|w| w & (1 << (k % 64)) != 0)
    }

    /// The bit of an opening (1 to `LEN` bytes).
    fn slot(&self, opening: &[u8]) -> usize {
        let mut x = 0;
        for &b in opening {
            x = self.push(x, b);
        }
        Self::bit(x)
    }

    /// The key of an opening with byte `b` appended; an opening's key also
    /// says how long it is (a set top bit per byte).
    #[inline]
    fn push(&self, x: u64, b: u8) -> u64 {
        let b = if self.fold { b.to_ascii_lowercase() } else { b };
        x << 9 | 0x100 | u64::from(b)
    }

    #[inline]
    fn bit(x: u64) -> usize {
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }

    /// False when no form can match at byte `start` of `text`.
    #[inline]
    fn may_match(&self, text: &[u8], start: usize) -> bool {
        if self.all {
            return true;
        }
        let rest = text.get(start..).unwrap_or(&[]);
        // The byte after the text's end reads as 0, which only a one-byte
        // form's pairs have.
        let (b0, b1) = match rest {
            [] => return false,
            [b0] => (*b0, 0),
            [b0, b1, ..] => (*b0, *b1),
        };
        let k = usize::from(b0) << 8 | usize::from(b1);
        if self
            .pairs
            .get(k / 64)
            .is_none_or(|w| w & (1 << (k % 64)) == 0)
        {
            return false;
        }
        let mut x = 0;
        for &b in rest.iter().take(Self::LEN) {
            x = self.push(x, b);
            let k = Self::bit(x);
            if self
                .bits
                .get(k / 64)
                .is_some_and(|w| w & (1 << (k % 64)) != 0)
            {
                return true;
            }
        }
        false
    }
}

/// Surface forms grouped by their opening (the first [`Openings::LEN`]
/// bytes, or the whole of a shorter form), each group longest form first:
/// the longest form at a position is the first of its group that the text
/// there begins with. The same answer as an anchored leftmost-longest
/// automaton (among identical forms the first listed wins), without walking
/// a large automaton byte by byte, whose transitions miss the cache.
struct FormIndex {
    /// The forms, by pattern number.
    forms: Vec<Box<[u8]>>,
    /// The openings of the forms: the first test of a lookup, and of each
    /// group before its map probe (most openings shorter than the longest
    /// have no group).
    openings: Openings,
    /// By pattern number, the form's first eight bytes ([`FormIndex::head`])
    /// and the mask of those it has: most forms of a group are turned away
    /// by one compare of two numbers (a group holds five or so).
    heads: Vec<(u64, u64)>,
    /// Opening (see [`FormIndex::key`]) → pattern numbers, longest first,
    /// then in list order.
    groups: HashMap<u64, Vec<u32>, BuildHasherDefault<KeyHasher>>,
    /// ASCII case is folded.
    fold: bool,
}

impl FormIndex {
    fn new<'f>(forms: impl Iterator<Item = &'f [u8]>, fold: bool) -> FormIndex {
        let forms: Vec<Box<[u8]>> = forms.map(Box::from).collect();
        let mut groups: HashMap<u64, Vec<u32>, BuildHasherDefault<KeyHasher>> = HashMap::default();
        for (i, f) in forms.iter().enumerate() {
            let opening = f.get(..Openings::LEN).unwrap_or(f);
            groups
                .entry(Self::key(opening, fold))
                .or_default()
                .push(i as u32);
        }
        for ids in groups.values_mut() {
            ids.sort_by_key(|&i| {
                let len = forms.get(i as usize).map_or(0, |f| f.len());
                (std::cmp::Reverse(len), i)
            });
        }
        let heads = forms
            .iter()
            .map(|f| {
                let n = f.len().min(8);
                let mask = if n == 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * n)) - 1
                };
                (Self::head(f, fold), mask)
            })
            .collect();
        FormIndex {
            openings: Openings::new(forms.iter().map(|f| &**f), fold),
            forms,
            heads,
            groups,
            fold,
        }
    }

    /// Up to the first eight bytes of `text` (ASCII case folded with
    /// `fold`), little-endian, zeros after its end: no form has a 0 byte, so
    /// a text shorter than a form never equals its head.
    #[inline]
    fn head(text: &[u8], fold: bool) -> u64 {
        let mut h = 0u64;
        for (k, &b) in text.iter().take(8).enumerate() {
            let b = if fold { b.to_ascii_lowercase() } else { b };
            h |= u64::from(b) << (8 * k);
        }
        h
    }

    /// An opening of 1 to `LEN` bytes as a number (with its length).
    fn key(opening: &[u8], fold: bool) -> u64 {
        opening.iter().fold(opening.len() as u64, |k, &b| {
            k << 8 | u64::from(if fold { b.to_ascii_lowercase() } else { b })
        })
    }

    /// The longest form that `text` begins with: its length and number.
    fn longest(&self, text: &[u8]) -> Option<(usize, u32)> {
        let head = Self::head(text, self.fold);
        // Longer openings hold longer forms: try them first.
        for n in (1..=Openings::LEN).rev() {
            let Some(opening) = text.get(..n) else {
                continue;
            };
            if !self.openings.has(opening) {
                continue;
            }
            let Some(ids) = self.groups.get(&Self::key(opening, self.fold)) else {
                continue;
            };
            for &i in ids {
                let (Some(f), Some(&(h, mask))) =
                    (self.forms.get(i as usize), self.heads.get(i as usize))
                else {
                    continue;
                };
                if head & mask != h {
                    continue;
                }
                let begins = text.get(..f.len()).is_some_and(|t| {
                    if self.fold {
                        t.eq_ignore_ascii_case(f)
                    } else {
                        t == &**f
                    }
                });
                if begins {
                    return Some((f.len(), i));
                }
            }
        }
        None
    }
}

/// A hasher for [`FormIndex`] keys (openings packed into a `u64`): one
/// multiply, its high bits folded into the low ones that pick a bucket.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A city of at least this many people is the likelier reading of a name
/// that a state or province shares ("New York", "Washington", "Gaza").
pub const BIG_CITY: u64 = 100_000;

/// Cities below this population are left out of actor matching (they are
/// places, and many share their names with common words).
const MIN_CITY_POPULATION: u64 = 250_000;

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn alts(field: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The knowledge base, loaded on first use.
pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(load)
}

/// A surface form as listed and, when it has an apostrophe, with the other
/// one: news text writes "People's" and "People’s" alike.
fn apostrophe_variants(form: &str) -> Vec<String> {
    let mut out = vec![form.to_owned()];
    if form.contains('\'') {
        out.push(form.replace('\'', "\u{2019}"));
    } else if form.contains('\u{2019}') {
        out.push(form.replace('\u{2019}', "'"));
    }
    out
}

fn load() -> Kb {
    let mut entries: Vec<Entry> = Vec::new();
    let mut forms: Vec<(String, u32)> = Vec::new();
    let mut add =
        |entries: &mut Vec<Entry>, entry: Entry, surface: &mut dyn Iterator<Item = &str>| {
            let i = entries.len() as u32;
            entries.push(entry);
            for f in surface {
                for v in apostrophe_variants(f) {
                    forms.push((v, i));
                }
            }
        };
    let mut country_names = Vec::new();
    // countries.tsv: iso3 iso2 cameo name official_name aliases demonyms capital lat lon other_capitals region subregion
    for r in rows(include_str!("../data/kb/countries.tsv")) {
        let (Some(&cameo), Some(&name)) = (r.get(2), r.get(3)) else {
            continue;
        };
        country_names.push((cameo.to_owned(), name.to_owned()));
        let country = Entry {
            name: name.to_owned(),
            kind: EntryKind::Country,
            code: cameo.to_owned(),
            country: Some(cameo.to_owned()),
        };
        let mut names = std::iter::once(name)
            .chain(r.get(4).copied())
            .chain(alts(r.get(5)));
        add(&mut entries, country, &mut names);
        let demonym = Entry {
            name: name.to_owned(),
            kind: EntryKind::Demonym,
            code: cameo.to_owned(),
            country: Some(cameo.to_owned()),
        };
        // Demonyms that are nouns too take a plural ("Israelis and
        // Palestinians"); "Chinese", "French" and "Swiss" do not.
        // The knowledge base lives as long as the process (a static), so
        // these few strings are leaked once, as its other forms are static.
        let plurals: Vec<&'static str> = alts(r.get(6))
            .filter(|d| d.ends_with('n') || d.ends_with('i'))
            .map(|d| &*Box::leak(format!("{d}s").into_boxed_str()))
            .collect();
        add(
            &mut entries,
            demonym,
            &mut alts(r.get(6)).chain(plurals.iter().copied()),
        );
    }
    let iso3_to_cameo: HashMap<String, String> = rows(include_str!("../data/kb/countries.tsv"))
        .filter_map(|r| Some((r.first()?.to_string(), r.get(2)?.to_string())))
        .collect();
    // cities.tsv: geonameid name ascii iso3 lat lon population is_capital admin1
    // Among cities of one name the first added wins (see below): a large
    // capital, then the most populous ("London" is GBR's, not the city of
    // 420,000 in Ontario that the file lists first).
    let mut cities: Vec<(bool, u64, Vec<&str>)> = rows(include_str!("../data/kb/cities.tsv"))
        .filter_map(|r| {
            let population: u64 = r.get(6).and_then(|p| p.parse().ok()).unwrap_or(0);
            let capital = r.get(7) == Some(&"1");
            (capital || population >= MIN_CITY_POPULATION).then_some((capital, population, r))
        })
        .collect();
    cities.sort_by_key(|(capital, population, _)| {
        std::cmp::Reverse((*capital && *population >= MIN_CITY_POPULATION, *population))
    });
    // A city, state or province: a place of its country at a point.
    let town =
        |name: &str, cameo: &str, capital: bool, lat: Option<&&str>, lon: Option<&&str>| Entry {
            name: name.to_owned(),
            kind: EntryKind::City {
                capital,
                lat: lat.and_then(|v| v.parse().ok()).unwrap_or(0.0),
                lon: lon.and_then(|v| v.parse().ok()).unwrap_or(0.0),
            },
            code: cameo.to_owned(),
            country: Some(cameo.to_owned()),
        };
    for (capital, _, r) in cities {
        let (Some(&name), Some(&ascii), Some(&iso3)) = (r.get(1), r.get(2), r.get(3)) else {
            continue;
        };
        let Some(cameo) = iso3_to_cameo.get(iso3) else {
            continue;
        };
        let entry = town(name, cameo, capital, r.get(4), r.get(5));
        let mut names = std::iter::once(name).chain((ascii != name).then_some(ascii));
        add(&mut entries, entry, &mut names);
    }
    // metonyms.tsv: name aliases code note
    for r in rows(include_str!("../data/kb/metonyms.tsv")) {
        let (Some(&name), Some(&code)) = (r.first(), r.get(2)) else {
            continue;
        };
        let country = code
            .get(..3)
            .filter(|c| !c.starts_with("IGO") && !c.starts_with("NGO"))
            .map(str::to_owned);
        let entry = Entry {
            name: name.to_owned(),
            kind: EntryKind::Metonym,
            code: code.to_owned(),
            country,
        };
        add(
            &mut entries,
            entry,
            &mut std::iter::once(name).chain(alts(r.get(1))),
        );
    }
    // igos.tsv: name aliases acronyms code note; groups.tsv: name aliases
    // acronyms country code note. Both are organisations; a group of one
    // country carries it.
    let organisations = rows(include_str!("../data/kb/igos.tsv"))
        .map(|r| (r, None))
        .chain(rows(include_str!("../data/kb/groups.tsv")).map(|r| (r, Some(3))));
    for (r, country_col) in organisations {
        let code_col = country_col.map_or(3, |c| c + 1);
        let (Some(&name), Some(&code)) = (r.first(), r.get(code_col)) else {
            continue;
        };
        let country = country_col
            .and_then(|c| r.get(c))
            .filter(|c| !c.is_empty())
            .and_then(|c| iso3_to_cameo.get(*c).cloned());
        let entry = Entry {
            name: name.to_owned(),
            kind: EntryKind::Organisation,
            code: code.to_owned(),
            country,
        };
        add(
            &mut entries,
            entry,
            &mut std::iter::once(name)
                .chain(alts(r.get(1)))
                .chain(alts(r.get(2))),
        );
    }
    // regions.tsv: name aliases code note
    for r in rows(include_str!("../data/kb/regions.tsv")) {
        let (Some(&name), Some(&code)) = (r.first(), r.get(2)) else {
            continue;
        };
        let entry = Entry {
            name: name.to_owned(),
            kind: EntryKind::Region,
            code: code.to_owned(),
            country: None,
        };
        add(
            &mut entries,
            entry,
            &mut std::iter::once(name).chain(alts(r.get(1))),
        );
    }
    // agencies.tsv: name aliases country code kind ownership note
    for r in rows(include_str!("../data/kb/agencies.tsv")) {
        let (Some(&name), Some(&country), Some(&code)) = (r.first(), r.get(2), r.get(3)) else {
            continue;
        };
        let country = iso3_to_cameo.get(country).cloned();
        let entry = Entry {
            name: name.to_owned(),
            kind: EntryKind::Media,
            code: code.to_owned(),
            country,
        };
        add(
            &mut entries,
            entry,
            &mut std::iter::once(name).chain(alts(r.get(1))),
        );
    }
    // admins.tsv: level name ascii_name iso3 admin1 lat lon towns code aliases
    // States and provinces are places of their country ("New Jersey" is
    // the United States', not "Jersey"; "New Mexico" not Mexico), after
    // every other entry, which keeps a name they share ("Fars" the news
    // agency). Not a division named with common words only ("Central",
    // "Eastern Province", "Red Sea", "West Coast") nor one whose name is a
    // common word or a given name (`admin1_skip.tsv`).
    let skip: std::collections::HashSet<&str> =
        crate::lexicon::data_lines(include_str!("../data/kb/admin1_skip.tsv")).collect();
    // Among divisions of one name the one with most towns comes first
    // ("Florida" is the state, not Uruguay's department).
    let mut divisions: Vec<Vec<&str>> = include_str!("../data/kb/admins.tsv")
        .lines()
        .filter(|l| l.starts_with("admin1\t"))
        .map(|l| l.split('\t').collect())
        .collect();
    divisions.sort_by_key(|r| {
        std::cmp::Reverse(r.get(7).and_then(|t| t.parse::<u32>().ok()).unwrap_or(0))
    });
    for r in divisions {
        let (Some(&name), Some(&ascii), Some(&iso3)) = (r.get(1), r.get(2), r.get(3)) else {
            continue;
        };
        let generic = name
            .split([' ', '-'])
            .all(|w| skip.contains(w) || skip.contains(w.to_lowercase().as_str()));
        // Not "Washington, D.C.", two names as the entity stage reads it;
        // and a form must open with a word (not "'Eua"): the leading-word
        // filter turns away every other opening.
        let wordy = name.starts_with(|c: char| c.is_alphanumeric());
        if generic || skip.contains(name) || name.contains(',') || !wordy {
            continue;
        }
        let Some(cameo) = iso3_to_cameo.get(iso3) else {
            continue;
        };
        let entry = town(name, cameo, false, r.get(5), r.get(6));
        let mut names = std::iter::once(name).chain((ascii != name).then_some(ascii));
        add(&mut entries, entry, &mut names);
    }
    // Longest form first wins among equal starts (LeftmostLongest); among
    // identical forms the first listed entry wins.
    forms.sort_by(|a, b| a.0.cmp(&b.0));
    forms.dedup_by(|a, b| a.0 == b.0);
    let name_of_pattern: Vec<u32> = forms.iter().map(|f| f.1).collect();
    let name_leads = Leads::new(forms.iter().map(|f| f.0.as_bytes()), false);
    let mut lower_openers = [false; 26];
    for f in &forms {
        if let Some(b @ b'a'..=b'z') = f.0.as_bytes().first() {
            lower_openers[usize::from(b - b'a')] = true;
        }
    }
    let names = FormIndex::new(forms.iter().map(|f| f.0.as_bytes()), false);

    let mut roles = Vec::new();
    let mut role_forms: Vec<String> = Vec::new();
    // roles.tsv: role aliases sector secondary rank note
    for r in rows(include_str!("../data/kb/roles.tsv")) {
        let (Some(&role), Some(&sector)) = (r.first(), r.get(2)) else {
            continue;
        };
        let sector = format!("{sector}{}", r.get(3).copied().unwrap_or(""));
        let rank = match r.get(4).copied().unwrap_or("") {
            "head_of_state" => Rank::HeadOfState,
            "head_of_government" => Rank::HeadOfGovernment,
            "deputy_head" => Rank::DeputyHead,
            "minister" => Rank::Minister,
            "senior" => Rank::Senior,
            "body" => Rank::Body,
            _ => Rank::Member,
        };
        for (form, plural) in std::iter::once(role)
            .chain(alts(r.get(1)))
            .map(|f| (f, is_plural_form(f)))
        {
            for v in apostrophe_variants(form) {
                roles.push(Role {
                    role: role.to_owned(),
                    sector: sector.clone(),
                    rank,
                    plural,
                });
                role_forms.push(v.to_lowercase());
            }
        }
    }
    let role_leads = Leads::new(role_forms.iter().map(|f| f.as_bytes()), true);
    let role_forms = FormIndex::new(role_forms.iter().map(|f| f.as_bytes()), true);
    let mut country_index = HashMap::new();
    for (i, (code, _)) in country_names.iter().enumerate() {
        country_index.entry(code.clone()).or_insert(i);
    }
    Kb {
        entries,
        names,
        name_of_pattern,
        roles,
        role_forms,
        role_leads,
        name_leads,
        lower_openers,
        country_names,
        country_index,
        gazetteer: OnceLock::new(),
    }
}

/// The gazetteer: every country of `countries.tsv` (at its own point),
/// continent and division of `admins.tsv` and city of `cities.tsv`, indexed
/// by surface form: names, ASCII names, and a country's aliases and
/// demonyms (with the plural of those ending in -n or -i).
fn gazetteer() -> Gazetteer {
    let mut places = Vec::new();
    let mut forms: HashMap<String, Vec<u32>> = HashMap::new();
    let mut add = |place: GeoPlace, surface: &mut dyn Iterator<Item = &str>| {
        let i = places.len() as u32;
        places.push(place);
        for f in surface {
            for v in apostrophe_variants(f) {
                forms.entry(v).or_default().push(i);
            }
        }
    };
    let coord = |v: Option<&&str>| v.and_then(|v| v.parse::<f64>().ok());
    let mut iso3_to_cameo: HashMap<&str, &str> = HashMap::new();
    // countries.tsv: iso3 iso2 cameo name official_name aliases demonyms
    //   capital capital_lat capital_lon other_capitals region subregion lat lon
    for r in rows(include_str!("../data/kb/countries.tsv")) {
        let (Some(&iso3), Some(&cameo), Some(&name)) = (r.first(), r.get(2), r.get(3)) else {
            continue;
        };
        iso3_to_cameo.insert(iso3, cameo);
        let point = coord(r.get(13))
            .zip(coord(r.get(14)))
            .or_else(|| coord(r.get(8)).zip(coord(r.get(9))));
        let Some((lat, lon)) = point else {
            continue;
        };
        let place = GeoPlace {
            name: name.to_owned(),
            kind: GeoKind::Country,
            country: cameo.to_owned(),
            admin1: String::new(),
            lat,
            lon,
            size: 0,
        };
        // Demonyms that are nouns too take a plural ("Russians",
        // "Israelis"); "Chinese", "French" and "Swiss" do not.
        let plurals: Vec<String> = alts(r.get(6))
            .filter(|d| d.ends_with('n') || d.ends_with('i'))
            .map(|d| format!("{d}s"))
            .collect();
        let mut surface: Vec<&str> = std::iter::once(name)
            .chain(r.get(4).copied())
            .chain(alts(r.get(5)))
            .chain(alts(r.get(6)))
            .collect();
        surface.extend(plurals.iter().map(String::as_str));
        add(place, &mut surface.into_iter());
    }
    // GeoNames admin1 code of a country → the division's name.
    let mut admin1_names: HashMap<(&str, &str), &str> = HashMap::new();
    // admins.tsv: level name ascii_name iso3 admin1 lat lon towns code aliases
    for r in rows(include_str!("../data/kb/admins.tsv")) {
        let (Some(&level), Some(&name), Some(&ascii), Some(&iso3), Some(lat), Some(lon)) = (
            r.first(),
            r.get(1),
            r.get(2),
            r.get(3),
            coord(r.get(5)),
            coord(r.get(6)),
        ) else {
            continue;
        };
        let kind = match level {
            "continent" => GeoKind::Continent,
            "region" => GeoKind::Region,
            "admin1" => GeoKind::Admin1,
            _ => GeoKind::Admin2,
        };
        let country = iso3_to_cameo.get(iso3).copied().unwrap_or("").to_owned();
        let admin1 = match kind {
            GeoKind::Admin1 => {
                if let Some(&code) = r.get(8).filter(|c| !c.is_empty()) {
                    admin1_names.insert((iso3, code), name);
                }
                name
            }
            GeoKind::Admin2 => r.get(4).copied().unwrap_or(""),
            _ => "",
        };
        let place = GeoPlace {
            name: name.to_owned(),
            kind,
            country,
            admin1: admin1.to_owned(),
            lat,
            lon,
            size: r.get(7).and_then(|t| t.parse().ok()).unwrap_or(0),
        };
        add(
            place,
            &mut std::iter::once(name)
                .chain((ascii != name).then_some(ascii))
                .chain(alts(r.get(9))),
        );
    }
    // cities.tsv: geonameid name ascii iso3 lat lon population is_capital admin1
    for r in rows(include_str!("../data/kb/cities.tsv")) {
        let (Some(&name), Some(&ascii), Some(&iso3), Some(lat), Some(lon)) = (
            r.get(1),
            r.get(2),
            r.get(3),
            coord(r.get(4)),
            coord(r.get(5)),
        ) else {
            continue;
        };
        let Some(&cameo) = iso3_to_cameo.get(iso3) else {
            continue;
        };
        let admin1 = r
            .get(8)
            .and_then(|code| admin1_names.get(&(iso3, *code)))
            .copied()
            .unwrap_or("");
        let place = GeoPlace {
            name: name.to_owned(),
            kind: GeoKind::City,
            country: cameo.to_owned(),
            admin1: admin1.to_owned(),
            lat,
            lon,
            size: r.get(6).and_then(|p| p.parse().ok()).unwrap_or(0),
        };
        add(
            place,
            &mut std::iter::once(name).chain((ascii != name).then_some(ascii)),
        );
    }
    for ids in forms.values_mut() {
        ids.sort_by_key(|&i| {
            let p = places.get(i as usize);
            (
                p.map(|p| p.kind as u8),
                std::cmp::Reverse(p.map_or(0, |p| p.size)),
                i,
            )
        });
        ids.dedup();
    }
    Gazetteer { places, forms }
}

impl Kb {
    /// The longest name starting exactly at byte `start` of `text`.
    #[must_use]
    pub fn name_at(&self, text: &str, start: usize) -> Option<Hit> {
        if let Some(b @ b'a'..=b'z') = text.as_bytes().get(start) {
            if !self.lower_openers[usize::from(b - b'a')] {
                return None;
            }
        }
        if !self.names.openings.may_match(text.as_bytes(), start)
            || !self.name_leads.may_open(text.as_bytes().get(start..)?)
        {
            return None;
        }
        let (len, pattern) = self.names.longest(text.as_bytes().get(start..)?)?;
        Some(Hit {
            start,
            end: start + len,
            index: *self.name_of_pattern.get(pattern as usize)?,
        })
    }

    /// Whether `role`, whole, is the title of a head of state or government
    /// in the role table ("president", "acting president", "king", "prime
    /// minister", "premier").
    #[must_use]
    pub fn is_head_role(&self, role: &str) -> bool {
        self.role_at(role, 0)
            .filter(|h| h.end == role.len())
            .and_then(|h| self.roles.get(h.index as usize))
            .is_some_and(|r| matches!(r.rank, Rank::HeadOfState | Rank::HeadOfGovernment))
    }

    /// The longest role noun starting exactly at byte `start` of `text`.
    #[must_use]
    pub fn role_at(&self, text: &str, start: usize) -> Option<Hit> {
        let rest = text.as_bytes().get(start..)?;
        // The leading word's test turns away most words in one probe; the
        // openings' test covers forms that have no leading word.
        if !self.role_leads.may_open(rest)
            || !self.role_forms.openings.may_match(text.as_bytes(), start)
        {
            return None;
        }
        let (len, index) = self.role_forms.longest(text.as_bytes().get(start..)?)?;
        Some(Hit {
            start,
            end: start + len,
            index,
        })
    }

    /// The gazetteer places called exactly `name` (a name or ASCII name;
    /// a country's alias or demonym): countries, continents, first- and
    /// second-level divisions, cities, each kind largest first.
    pub fn places_named(&self, name: &str) -> impl Iterator<Item = &GeoPlace> {
        let g = self.gazetteer.get_or_init(gazetteer);
        g.forms
            .get(name)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&i| g.places.get(i as usize))
    }

    /// The place `name` most likely is, given the document's `context`:
    /// - a country, continent or region of that name, unless a state or province of
    ///   a context country has the name and the country is not in context
    ///   ("Georgia" among American places is the state);
    /// - else a city or county in one of the context's states or provinces
    ///   ("Columbus" in a text about Georgia), largest first;
    /// - else, in context order, a state or province of a context country
    ///   (or a city of it of [`BIG_CITY`] people or more, "New York"),
    ///   then a city of it, largest first, then a county or district; but a
    ///   small city gives way to a city of [`BIG_CITY`] or more and ten
    ///   times its size in a later context country ("Moscow" among Russian
    ///   and American places);
    /// - else the same without context: a state or province, unless a city
    ///   of [`BIG_CITY`] or more has the name, then the largest city, then
    ///   a county or district.
    #[must_use]
    pub fn locate(&self, name: &str, context: &PlaceContext<'_>) -> Option<&GeoPlace> {
        let all: Vec<&GeoPlace> = self.places_named(name).collect();
        let first = |kind: GeoKind, country: Option<&str>| {
            all.iter()
                .find(|p| p.kind == kind && country.is_none_or(|c| p.country == c))
                .copied()
        };
        let countries = &context.countries;
        let nation = first(GeoKind::Country, None)
            .or_else(|| first(GeoKind::Continent, None))
            .or_else(|| first(GeoKind::Region, None));
        let in_context = |p: &GeoPlace| countries.contains(&p.country.as_str());
        let division_in_context = countries
            .iter()
            .find_map(|c| first(GeoKind::Admin1, Some(c)));
        if let Some(n) = nation {
            if division_in_context.is_none() || in_context(n) {
                return Some(n);
            }
        }
        let in_division = |kind: GeoKind| {
            context.divisions.iter().find_map(|(c, d)| {
                all.iter()
                    .find(|p| p.kind == kind && p.country == *c && p.admin1 == *d)
                    .copied()
            })
        };
        if division_in_context.is_none() {
            if let Some(p) = in_division(GeoKind::City).or_else(|| in_division(GeoKind::Admin2)) {
                return Some(p);
            }
        }
        let pick = |country: Option<&str>| {
            let city = first(GeoKind::City, country);
            let big = city.filter(|c| c.size >= BIG_CITY);
            big.or_else(|| first(GeoKind::Admin1, country))
                .or(city)
                .or_else(|| first(GeoKind::Admin2, country))
        };
        // The first context country's place, unless it is a small city and
        // another context country has a large one of the name ("Moscow"
        // in a text about Russia and the United States).
        let mut picks = countries.iter().filter_map(|c| pick(Some(c)));
        match picks.next() {
            Some(p) if p.kind == GeoKind::City && p.size < BIG_CITY => Some(
                picks
                    .filter(|q| q.kind == GeoKind::City && q.size >= BIG_CITY.max(p.size * 10))
                    .max_by_key(|q| q.size)
                    .unwrap_or(p),
            ),
            Some(p) => Some(p),
            None => pick(None),
        }
    }

    /// The name of the country with this CAMEO code.
    #[must_use]
    pub fn country_name(&self, code: &str) -> Option<&str> {
        let &i = self.country_index.get(code)?;
        self.country_names.get(i).map(|(_, n)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plural_role_forms_by_their_head_noun() {
        for form in [
            "troops",
            "security forces",
            "gunmen",
            "armed men",
            "policewomen",
            "people",
            "children",
            "chiefs of staff",
            "chargés d'affaires",
            "rabbis",
        ] {
            assert!(super::is_plural_form(form), "{form}");
        }
        for form in [
            "gunman",
            "actress",
            "congress",
            "court of appeals",
            "chargé d'affaires",
            "minister of foreign affairs",
            "house of commons",
        ] {
            assert!(!super::is_plural_form(form), "{form}");
        }
    }

    use super::*;

    #[test]
    fn loads_quickly_and_finds_the_usual_names() {
        let started = std::time::Instant::now();
        let kb = kb();
        eprintln!("knowledge base loaded in {:?}", started.elapsed());
        let text = "German Chancellor Olaf Scholz met U.S. officials at the White House, AP said; NATO and Moscow";
        // Anchored lookups at every word start, as the actors stage does.
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        let found: Vec<(&str, &str)> = starts
            .iter()
            .filter_map(|&s| kb.name_at(text, s))
            .map(|h| {
                (
                    &text[h.start..h.end],
                    kb.entries[h.index as usize].code.as_str(),
                )
            })
            .collect();
        for want in [
            ("German", "DEU"),
            ("U.S.", "USA"),
            ("White House", "USAGOV"),
            ("AP", "USAMED"),
            ("NATO", "IGOWSTNAT"),
            ("Moscow", "RUS"),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
        let roles: Vec<&str> = starts
            .iter()
            .filter_map(|&s| kb.role_at(text, s))
            .map(|h| kb.roles[h.index as usize].role.as_str())
            .collect();
        assert!(roles.contains(&"chancellor"), "{roles:?}");
    }

    #[test]
    fn a_city_name_is_the_largest_citys() {
        // cities.tsv lists London, Ontario before London, England.
        let kb = kb();
        for (name, code) in [("London", "GBR"), ("Moscow", "RUS"), ("Paris", "FRA")] {
            let h = kb.name_at(name, 0).expect(name);
            assert_eq!(kb.entries[h.index as usize].code, code, "{name}");
        }
    }

    /// The leading-word filter keeps every form reachable, whatever
    /// follows its first word, and turns away words that open none.
    #[test]
    fn leading_words_keep_forms_and_turn_away_other_words() {
        let kb = kb();
        for (text, start) in [
            ("Ex-President Smith", 0),
            ("the ex-prime minister said", 4),
            ("Chargé d'affaires", 0),
            ("PRESIDENT", 0),
            ("president's", 0),
        ] {
            assert!(kb.role_at(text, start).is_some(), "{text}");
        }
        assert!(kb.name_leads.may_open("Islamabad’s".as_bytes()));
        // Forms with an apostrophe are found with either one.
        for text in ["Côte d'Ivoire", "Côte d’Ivoire"] {
            let hit = kb
                .name_at(text, 0)
                .map(|h| (h.end, kb.entries[h.index as usize].code.as_str()));
            assert_eq!(hit, Some((text.len(), "CIV")), "{text}");
            assert!(kb.places_named(text).next().is_some(), "{text}");
        }
        assert!(kb.role_leads.may_open("president’s".as_bytes()));
        assert!(!kb.role_leads.may_open(b"presence"));
        assert!(!kb.role_leads.may_open(b"yesterday"));
        assert!(kb.role_leads.may_open(b"Minister"));
        assert!(!kb.role_leads.all && !kb.name_leads.all);
        for form in &kb.role_forms.forms {
            assert!(kb.role_leads.may_open(form), "{form:?}");
        }
        for form in &kb.names.forms {
            assert!(kb.name_leads.may_open(form), "{form:?}");
        }
        // Whatever follows a form, at any length of its leading word (the
        // slot reads eight bytes at a time: "minister" is one whole chunk).
        for (forms, leads) in [
            (&kb.role_forms.forms, &kb.role_leads),
            (&kb.names.forms, &kb.name_leads),
        ] {
            for form in forms {
                for tail in [&b" said yesterday"[..], b"'s", b", and", b"-based"] {
                    let text = [&form[..], tail].concat();
                    assert!(
                        leads.may_open(&text),
                        "{:?}",
                        String::from_utf8_lossy(&text)
                    );
                }
            }
        }
    }

    #[test]
    fn locate_prefers_a_large_city_of_a_later_context_country() {
        let kb = kb();
        let context = PlaceContext {
            countries: vec!["USA", "RUS"],
            divisions: Vec::new(),
        };
        let moscow = kb.locate("Moscow", &context).unwrap();
        assert_eq!(moscow.country, "RUS");
        // With the United States alone, the American one.
        let context = PlaceContext {
            countries: vec!["USA"],
            divisions: Vec::new(),
        };
        assert_eq!(kb.locate("Moscow", &context).unwrap().country, "USA");
    }

    /// The form index gives what an anchored leftmost-longest automaton
    /// over the same forms gives, at every position of texts made of the
    /// forms themselves (identical forms, prefixes of one another, case).
    #[test]
    fn form_index_agrees_with_the_automaton() {
        for (index, fold) in [(&kb().role_forms, true), (&kb().names, false)] {
            agrees_with_the_automaton(index, fold);
        }
    }

    fn agrees_with_the_automaton(index: &FormIndex, fold: bool) {
        use aho_corasick::{AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
        let forms: Vec<&[u8]> = index.forms.iter().map(|f| &**f).collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(fold)
            .build(&forms)
            .unwrap();
        let mut text = String::new();
        for f in &forms {
            let f = String::from_utf8_lossy(f);
            let half = (0..=f.len() / 2)
                .rev()
                .find(|&i| f.is_char_boundary(i))
                .unwrap_or(0);
            text.push_str(&format!(
                "{f} {} {}s, the {f}ial X",
                f.to_uppercase(),
                &f[..half]
            ));
            text.push('\n');
        }
        text.push_str("President Foreign Minister prime ministers Secretary-General of the UN");
        let mut checked = 0;
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let want = automaton
                .find(Input::new(&text).range(start..).anchored(Anchored::Yes))
                .map(|m| (m.end() - start, m.pattern().as_u32()));
            let got = index.longest(&text.as_bytes()[start..]);
            assert_eq!(
                got,
                want,
                "at {start}: {:?}",
                &text[start..(start + 30).min(text.len())]
            );
            checked += usize::from(got.is_some());
        }
        assert!(checked > 1000, "{checked}");
    }
}
