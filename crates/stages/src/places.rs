//! Place names (toponyms) of an extracted document, each resolved to a
//! point of the gazetteer: Herald's geoparsing.
//!
//! Owns reading the place names out of the `entities` and `actors` layers,
//! finding those the two layers leave out with the gazetteer, and choosing
//! one place per name in the document's context. It is not a stage: it
//! produces no layer of its own (yet) and reads a finished [`Doc`]; it
//! changes nothing. The gazetteer itself is [`crate::kb`]'s.
//!
//! A toponym is:
//! 1. a knowledge-base name of a country, a demonym or a city that opens an
//!    `actors` mention ("Russia", "the *U.S.* embassy", "*Russian* troops",
//!    "in Geneva", "*Moscow* has demanded"), or of an organisation that the
//!    gazetteer knows as a region too ("the *EU*"), not inside a longer
//!    person's name ("Abraham *Lincoln*");
//! 2. an `entities` LOC mention that overlaps none of those ("the Danube"),
//!    unless the gazetteer does not know it and the tagger is unsure
//!    (below `UNKNOWN_LOC_CONFIDENCE`);
//! 3. a capitalized name the two layers left out that the gazetteer knows:
//!    a continent or its adjective ("*European* airlines"), region ("the
//!    *Middle East*"), state or province ("the *Ohio* Supreme Court")
//!    anywhere; a city or county after a place preposition ("in
//!    *Richmond*", even where the tagger read a person), before ", State"
//!    ("*Dayton*, Ohio") or in a dateline ("*COLUMBUS* --"); a county with
//!    its division noun ("*Laurel County* officials"); a city of
//!    [`BIG_CITY`] people or more not after another capitalized word nor
//!    opening a sentence; never inside another PER mention;
//! 4. inside a hyphenated word, a country or demonym ("*Egyptian*-US
//!    relations"), a place before a word that says so ("*Denver*-based",
//!    "*New York*-area"), after a party's initial ("R-*Tulsa*") or joined
//!    to places or a short acronym ("*Plainview*-*Elgin*");
//! 5. a street or numbered road, named but not located ("Maple Grove
//!    Road", "West 16th Street", "Highway 12");
//! 6. another capitalized mention of a name that the layers (or the
//!    gazetteer, for a country, state or region) made a place elsewhere in
//!    the document, not right after another capitalized word nor inside a
//!    person's name (one sense per document);
//! 7. a name the tagger read alone as a person's that is a country, region
//!    or a state of the document's countries ("*Darfur*"), or alone as an
//!    organisation's that is any place of them ("*Torrington* beat ...").
//!
//! Demonyms are toponyms, as three of the four geoparsing sets Herald is
//! measured on annotate them (LGL, GeoWebNews, TR-News; GeoVirus does not).
//! None of them is a name that the `actors` stage read as a building,
//! organisation or outlet ("the White House"), or inside a time expression
//! ("March"), or a direction alone ("the Northwest"), or a word of a
//! person's full name that the tagger is sure of ("Tim Pawlenty" …
//! "Pawlenty said"); and a name the document uses for a disease ("West Nile
//! virus", "the Ebola outbreak") is none anywhere in it, unless it names a
//! country, state or province.
//!
//! Each name widens to the longest gazetteer name around it ("*Gaza*
//! Strip"), never across a comma: "Washington, D.C." is two toponyms, as
//! "Dayton, Ohio" is. One right before a street noun names the
//! street ("*Wichita Drive*"): the toponym takes the noun and has no point.
//! One before a division noun that the gazetteer knows with it names the
//! county ("*Madison County*"); a city's before "City" takes it ("*Quebec
//! City*"), unless a facility's name goes on ("London City airport").
//!
//! A name followed by the state, province or country it is in ("Paris,
//! Texas", "London, Ont.") is the largest place of that name there, and so
//! are its other mentions. Otherwise each resolves with [`Kb::locate`] in
//! the document's context: its countries, those of its names that can only
//! be in one country ("Ohio", "Russia", not "Georgia"), most mentioned
//! first; and the states and provinces of those countries it names
//! ("Georgia" among American places), whose cities and counties come first
//! ("Columbus"). Then `rerank` reconsiders each name in the light of where
//! the others went: a reading near the document's other places or inside a
//! state it names wins ("Albany" beside "Valdosta" and "Georgia").

use std::borrow::Cow;
use std::collections::HashMap;

use herald_core::{ActorKind, Doc, EntityLabel, Span, TokenKind};

use crate::kb::{kb, EntryKind, GeoKind, GeoPlace, Kb, PlaceContext, BIG_CITY};

/// One place name and where Herald puts it.
#[derive(Debug, Clone, PartialEq)]
pub struct Toponym {
    /// The name as written.
    pub span: Span,
    /// The gazetteer place it resolves to, when the gazetteer knows it.
    pub place: Option<&'static GeoPlace>,
}

/// Words before a place name that make a city or county reading likely.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "into",
    "across",
    "around",
    "toward",
    "towards",
    "throughout",
    "via",
    "of",
];

/// Division names that are also ordinary capitalized words in English
/// text ("Central", "North"): never taken from the gazetteer alone.
const GENERIC: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Capital",
    "Centre",
    "Center",
    "Coast",
    "Islands",
    "Upper",
    "Lower",
    "Interior",
    "Federal",
    "National",
    "Special",
    "Independence",
    "Union",
    "Liberty",
    "Hope",
    "Victoria",
    "Madison",
    // Months and days ("in March"), where the time stage has not read them.
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Directions and parts of a whole, never a place name alone ("the
/// Northwest", "North"), whoever tagged them.
const COMPASS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northwest",
    "Northeast",
    "Southwest",
    "Southeast",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
];

/// Last words of a county's or district's name.
const DIVISION_NOUNS: &[&str] = &[
    "County",
    "Parish",
    "Borough",
    "District",
    "Province",
    "Prefecture",
    "Township",
    "Municipality",
];

/// Words after a hyphen that make the name before it a place's
/// ("Denver-based", "Atlanta-area").
const PLACE_SUFFIXES: &[&str] = &[
    "based",
    "area",
    "born",
    "bred",
    "bound",
    "headquartered",
    "native",
    "region",
];

/// Party initials before a legislator's home town ("R-Charleston",
/// "DFL-Minneapolis").
const PARTIES: &[&str] = &["R", "D", "I", "DFL"];

/// The longest name the recogniser tries, in tokens.
const MAX_TOKENS: usize = 4;

/// The toponyms of an extracted document, sorted by start (see the module
/// doc). Reads the `tokens`, `entities` and `actors` layers; a layer that
/// is absent contributes nothing.
#[must_use]
pub fn toponyms(doc: &Doc) -> Vec<Toponym> {
    let kb = kb();
    let (mut spans, not_places) = layer_names(doc, kb);
    let mut blocked = not_places;
    blocked.extend(doc.times().iter().map(|t| t.span));
    spans.retain(|s| !overlaps(*s, &blocked));
    let more = gazetteer_names(doc, kb, &spans, &blocked);
    let surnames = person_words(doc);
    // What the tagger or the actors stage read as a place, or a country,
    // state or region: evidence enough for the name's other mentions.
    let tagged: Vec<&str> = spans
        .iter()
        .chain(more.iter().filter(|s| is_major(kb, doc.text_of(**s))))
        .map(|s| doc.text_of(*s))
        .collect();
    spans.extend(more);
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
    widen(doc, kb, &mut spans);
    let again = mentioned_again(doc, kb, &spans, &tagged, &blocked);
    spans.extend(again);
    spans.sort_by_key(|s| (s.start, s.end));
    // Streets and numbered roads take the place of the names inside them.
    let streets = street_names(doc, &blocked);
    spans.retain(|s| !streets.iter().any(|w| w.start <= s.start && s.end <= w.end));
    spans.retain(|s| !overlaps(*s, &streets));
    spans.extend(streets);
    spans.sort_by_key(|s| (s.start, s.end));
    // A name that the document uses for a disease ("West Nile virus",
    // "the Ebola outbreak") is a disease wherever it is, unless it is a
    // country, state or province.
    let diseases: Vec<&str> = spans
        .iter()
        .filter(|s| followed_by_disease_word(doc, **s))
        .map(|s| doc.text_of(*s))
        .collect();
    spans.retain(|s| {
        let name = doc.text_of(*s);
        let major = is_major(kb, name);
        !COMPASS.contains(&name) && (major || !diseases.contains(&name))
    });
    // A word of a person's full name elsewhere in the document is that
    // person ("Tim Pawlenty" … "Pawlenty said"), unless a place preposition
    // says otherwise ("in Jordan").
    spans.retain(|s| {
        let name = doc.text_of(*s);
        !surnames.contains(&name) || after_place_preposition(doc, *s) || is_major(kb, name)
    });
    // The document's countries, most mentioned first, from the names that
    // can only be in one country.
    let mut weight: HashMap<&str, usize> = HashMap::new();
    for s in &spans {
        let mut countries = kb
            .places_named(&form(doc.text_of(*s)))
            .map(|p| p.country.as_str());
        if let Some(c) = countries.next().filter(|c| !c.is_empty()) {
            if countries.all(|d| d == c) {
                *weight.entry(c).or_default() += 1;
            }
        }
    }
    let mut countries: Vec<(&str, usize)> = weight.into_iter().collect();
    countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut context = PlaceContext {
        countries: countries.into_iter().map(|(c, _)| c).collect(),
        divisions: Vec::new(),
    };
    // The states and provinces named, read in that country context, most
    // mentioned first.
    let mut weight: HashMap<(&str, &str), usize> = HashMap::new();
    for s in &spans {
        let name = form(doc.text_of(*s));
        for p in kb.places_named(&name).filter(|p| {
            p.kind == GeoKind::Admin1 && context.countries.contains(&p.country.as_str())
        }) {
            *weight
                .entry((p.country.as_str(), p.admin1.as_str()))
                .or_default() += 1;
        }
    }
    let mut divisions: Vec<((&str, &str), usize)> = weight.into_iter().collect();
    divisions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    context.divisions = divisions.into_iter().map(|(d, _)| d).collect();
    let mut found: Vec<(Toponym, bool)> = spans
        .into_iter()
        .map(|span| match next_word(doc, span) {
            // "Wichita Drive" is a street, not Wichita: named, not located.
            Some((w, end)) if STREET_NOUNS.contains(&w) => (
                Toponym {
                    span: Span::new(span.start, end),
                    place: None,
                },
                false,
            ),
            // "Quebec City", "Manchester City": the city (or its club) by
            // its longer name.
            // Not "Springfield City Schools": there the city is named alone.
            Some(("City", end))
                if kb
                    .places_named(&form(doc.text_of(span)))
                    .any(|p| p.kind == GeoKind::City)
                    && !next_word(doc, Span::new(span.start, end)).is_some_and(|(w, _)| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            || FACILITY_NOUNS.contains(&w.to_lowercase().as_str())
                    }) =>
            {
                let name = form(doc.text_of(span));
                let city = kb
                    .locate(&name, &context)
                    .filter(|p| p.kind == GeoKind::City)
                    .or_else(|| kb.places_named(&name).find(|p| p.kind == GeoKind::City));
                (
                    Toponym {
                        span: Span::new(span.start, end),
                        place: city,
                    },
                    false,
                )
            }
            // "Madison County", where the tagger stopped at "Madison".
            Some((w, end)) if DIVISION_NOUNS.contains(&w) => {
                let county = Span::new(span.start, end);
                let toponym = match kb.locate(&form(doc.text_of(county)), &context) {
                    Some(p) => Toponym {
                        span: county,
                        place: Some(p),
                    },
                    None => Toponym {
                        span,
                        place: kb.locate(&form(doc.text_of(span)), &context),
                    },
                };
                (toponym, false)
            }
            _ => match in_named_area(doc, kb, span) {
                Some(p) => (
                    Toponym {
                        span,
                        place: Some(p),
                    },
                    true,
                ),
                None => (
                    Toponym {
                        span,
                        place: kb.locate(&form(doc.text_of(span)), &context),
                    },
                    false,
                ),
            },
        })
        .collect();
    // A name the tagger read alone as a person's ("Darfur", "Ohio said") is
    // the place where it is a country, region or a state of the document's
    // countries; one it read alone as an organisation's ("Torrington"
    // for its council or team) where it is any place of them.
    let mut more: Vec<(Toponym, bool)> = Vec::new();
    for m in doc
        .entities()
        .iter()
        .filter(|m| matches!(m.label, EntityLabel::Per | EntityLabel::Org))
    {
        let name = doc.text_of(m.span);
        if found.iter().any(|(t, _)| overlaps(t.span, &[m.span]))
            || overlaps(m.span, &blocked)
            || surnames.contains(&name)
            || GENERIC.contains(&name)
            || !name.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        let Some(place) = kb.locate(&form(name), &context) else {
            continue;
        };
        let in_context =
            context.countries.is_empty() || context.countries.contains(&place.country.as_str());
        let placed = match place.kind {
            GeoKind::Country | GeoKind::Region | GeoKind::Continent => true,
            GeoKind::Admin1 => in_context,
            _ => in_context && m.label == EntityLabel::Org,
        };
        if placed {
            more.push((
                Toponym {
                    span: m.span,
                    place: Some(place),
                },
                false,
            ));
        }
    }
    found.extend(more);
    found.sort_by_key(|(t, _)| (t.span.start, t.span.end));
    rerank(doc, kb, &mut found);
    found.into_iter().map(|(t, _)| t).collect()
}

/// How far apart two places may be to support each other, in km.
const NEAR_KM: f64 = 150.0;

/// How much more support another place of a name needs than the one
/// [`Kb::locate`] chose.
const SWITCH_MARGIN: f64 = 0.5;

/// A city this large keeps its name in [`rerank`] unless two of the
/// document's resolved places say otherwise.
const METROPOLIS: u64 = 500_000;

/// The most places of one name that [`rerank`] weighs.
const MAX_CANDIDATES: usize = 48;

/// Reconsiders where each name of the document is in the light of the
/// others, one place per name (a name the text places, "Paris, Texas",
/// stays there, and so does every other mention of it): a city, county or
/// state of the name near the places the document's other names resolved
/// to, or inside a state it names ("Albany" beside "Georgia"), wins over
/// the larger or more central one [`Kb::locate`] chose. A place the other
/// names' resolutions support counts 1 each; one only some reading of them
/// supports, half. A country gives way only to a place with a resolved
/// neighbour. Two rounds, so that a choice can follow one made before it
/// ("Boone County" then "Lebanon").
fn rerank(doc: &Doc, kb: &'static Kb, found: &mut [(Toponym, bool)]) {
    struct Name<'a> {
        form: Cow<'a, str>,
        cands: Vec<&'static GeoPlace>,
        choice: &'static GeoPlace,
        fixed: bool,
    }
    let mut names: Vec<Name<'_>> = Vec::new();
    for (t, explicit) in found.iter() {
        let Some(place) = t.place else { continue };
        let f = form(doc.text_of(t.span));
        match names.iter_mut().find(|n| n.form == f) {
            Some(n) => {
                if *explicit && !n.fixed {
                    n.choice = place;
                    n.fixed = true;
                }
            }
            None => names.push(Name {
                cands: kb.places_named(&f).take(MAX_CANDIDATES).collect(),
                form: f,
                choice: place,
                fixed: *explicit,
            }),
        }
    }
    for _ in 0..2 {
        for i in 0..names.len() {
            let Some(n) = names.get(i) else { continue };
            if n.fixed || n.cands.len() < 2 {
                continue;
            }
            let support = |c: &GeoPlace| -> f64 {
                names
                    .iter()
                    .enumerate()
                    .filter(|(j, m)| *j != i && m.form != n.form)
                    .map(|(_, m)| {
                        if near(c, m.choice) {
                            1.0
                        } else if m.cands.iter().any(|d| near(c, d)) {
                            0.5
                        } else {
                            0.0
                        }
                    })
                    .sum()
            };
            let current = support(n.choice);
            let mut best = (n.choice, current);
            for &c in &n.cands {
                let s = support(c);
                if s > best.1 {
                    best = (c, s);
                }
            }
            let allowed = match n.choice.kind {
                // "Georgia" the state, not the country, beside "Albany";
                // never "Mexico" the state for the country.
                GeoKind::Country => best.1 >= 1.0 && best.0.country != n.choice.country,
                GeoKind::Continent | GeoKind::Region => false,
                // A state stays a state ("Wyoming", "Oregon").
                GeoKind::Admin1 => best.0.kind == GeoKind::Admin1,
                _ => true,
            };
            // A large city gives way only to resolved neighbours, a
            // metropolis only to two ("Washington" beside "England" stays).
            let margin = match n.choice.kind {
                GeoKind::City if n.choice.size >= METROPOLIS => 2.0,
                GeoKind::City if n.choice.size >= BIG_CITY => 1.0,
                _ => SWITCH_MARGIN,
            };
            if best.1 >= current + margin && allowed {
                if let Some(n) = names.get_mut(i) {
                    n.choice = best.0;
                }
            }
        }
    }
    for (t, _) in found.iter_mut() {
        if t.place.is_none() {
            continue;
        }
        let f = form(doc.text_of(t.span));
        if let Some(n) = names.iter().find(|n| n.form == f) {
            t.place = Some(n.choice);
        }
    }
}

/// Whether two places support each other's reading: a state or province
/// and a place in it, or two places within [`NEAR_KM`]. Countries, continents and regions are too large
/// to say.
fn near(a: &GeoPlace, b: &GeoPlace) -> bool {
    let broad = |p: &GeoPlace| {
        matches!(
            p.kind,
            GeoKind::Country | GeoKind::Continent | GeoKind::Region
        )
    };
    if broad(a) || broad(b) || std::ptr::eq(a, b) {
        return false;
    }
    let inside = |state: &GeoPlace, p: &GeoPlace| {
        state.kind == GeoKind::Admin1 && p.country == state.country && p.admin1 == state.admin1
    };
    inside(a, b) || inside(b, a) || distance_km((a.lat, a.lon), (b.lat, b.lon)) <= NEAR_KM
}

/// Great-circle distance in km.
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// One sense per document: the other capitalized mentions of a name the
/// gazetteer knows, that is one of `seeds` and that the document uses as a
/// place elsewhere ("Greer police said" … "Greer officials"), where no
/// other name, no person's name and nothing in `blocked` is, and not right
/// after another capitalized word ("Rutgers University").
fn mentioned_again(
    doc: &Doc,
    kb: &Kb,
    spans: &[Span],
    seeds: &[&str],
    blocked: &[Span],
) -> Vec<Span> {
    let text = doc.text();
    let toks = doc.tokens();
    let persons: Vec<Span> = doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Per)
        .map(|m| m.span)
        .collect();
    let mut names: Vec<&str> = spans
        .iter()
        .map(|s| doc.text_of(*s))
        .filter(|n| {
            seeds.contains(n)
                && n.chars().next().is_some_and(char::is_uppercase)
                && !GENERIC.contains(n)
                && !COMPASS.contains(n)
                && kb.places_named(&form(n)).next().is_some()
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut out: Vec<Span> = Vec::new();
    for name in names {
        for (at, _) in text.match_indices(name) {
            let s = Span::from_usize(at, at + name.len());
            // Whole tokens only.
            let a = toks.partition_point(|t| (t.span.start as usize) < at);
            let b = toks.partition_point(|t| (t.span.end as usize) <= at + name.len());
            let whole = toks.get(a).is_some_and(|t| t.span.start == s.start)
                && b > a
                && toks.get(b - 1).is_some_and(|t| t.span.end == s.end);
            // Not part of a longer capitalized name ("Rutgers University").
            let capitalized = |i: Option<usize>| {
                i.and_then(|i| toks.get(i)).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && doc
                            .text_of(t.span)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
            };
            let first_of_sentence =
                |i: usize| doc.sentences().iter().any(|s| s.tokens.start as usize == i);
            let alone = !a
                .checked_sub(1)
                .is_some_and(|p| capitalized(Some(p)) && !first_of_sentence(p));
            if whole
                && alone
                && !overlaps(s, spans)
                && !overlaps(s, blocked)
                && !overlaps(s, &persons)
                && !overlaps(s, &out)
            {
                out.push(s);
            }
        }
    }
    out
}

/// The place a name is when the text says which state, province or country
/// it is in right after it ("Paris, Texas", "Dublin, Ohio", "London, Ont."):
/// the largest city (else county) of that name there.
fn in_named_area(doc: &Doc, kb: &'static Kb, span: Span) -> Option<&'static GeoPlace> {
    let toks = doc.tokens();
    let i = toks.partition_point(|t| t.span.start < span.end);
    if toks.get(i).map(|t| doc.text_of(t.span)) != Some(",") {
        return None;
    }
    // The area's name: the longest run of up to three tokens the gazetteer
    // knows as a state, province or country.
    let area = (i + 1..toks.len().min(i + 4)).rev().find_map(|j| {
        let (first, last) = (toks.get(i + 1)?, toks.get(j)?);
        let name = doc
            .text()
            .get(first.span.start as usize..last.span.end as usize)?;
        kb.places_named(&form(name))
            .find(|p| matches!(p.kind, GeoKind::Admin1 | GeoKind::Country))
    })?;
    let name = form(doc.text_of(span));
    let within = |kind: GeoKind| {
        kb.places_named(&name).find(|p| {
            p.kind == kind
                && p.country == area.country
                && (area.kind == GeoKind::Country || p.admin1 == area.admin1)
        })
    };
    within(GeoKind::City).or_else(|| within(GeoKind::Admin2))
}

/// Widens each span to the longest name the gazetteer knows that contains
/// it, up to two tokens to the left and three to the right ("*Gaza* Strip",
/// "South *Cotabato*"), where that touches no other span and crosses no
/// comma or line end. `spans` is sorted and stays so.
fn widen(doc: &Doc, kb: &Kb, spans: &mut Vec<Span>) {
    let toks = doc.tokens();
    let text = doc.text();
    let all = spans.clone();
    // A window may take in whole spans, never part of one.
    let cuts = |w: Span| {
        all.iter()
            .any(|o| o.start < w.end && w.start < o.end && !(w.start <= o.start && o.end <= w.end))
    };
    for s in spans.iter_mut() {
        let a = toks.partition_point(|t| t.span.start < s.start);
        let b = toks.partition_point(|t| t.span.end <= s.end);
        if a >= b || toks.get(a).is_none_or(|t| t.span.start != s.start) {
            continue;
        }
        let mut best = *s;
        for l in a.saturating_sub(2)..=a {
            for r in (b - 1)..toks.len().min(b + 3) {
                let (Some(first), Some(last)) = (toks.get(l), toks.get(r)) else {
                    continue;
                };
                let w = Span::new(first.span.start, last.span.end);
                if w.end - w.start <= best.end - best.start || cuts(w) {
                    continue;
                }
                let name = text.get(w.start as usize..w.end as usize).unwrap_or("");
                let capital = name.chars().next().is_some_and(char::is_uppercase);
                if capital
                    && !name.contains(['\n', ','])
                    && kb.places_named(&form(name)).next().is_some()
                {
                    best = w;
                }
            }
        }
        *s = best;
    }
    // Drop what a widened span took in.
    let widened = spans.clone();
    spans.retain(|s| {
        !widened
            .iter()
            .any(|w| w != s && w.start <= s.start && s.end <= w.end)
    });
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
}

/// Words that make a place name before them a street's ("Wichita Drive").
const STREET_NOUNS: &[&str] = &[
    "Street",
    "St.",
    "Road",
    "Rd.",
    "Drive",
    "Avenue",
    "Ave.",
    "Boulevard",
    "Blvd.",
    "Lane",
    "Highway",
    "Parkway",
    "Pike",
    "Turnpike",
];

/// Words that open a numbered road's name ("Highway 10", "Interstate 75",
/// "County Road 43"); the number follows.
const ROAD_WORDS: &[&str] = &["Highway", "Route", "Interstate", "Road", "Hwy."];

/// Capitalized words that do not begin a street's name.
const NOT_STREET_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "Of",
    "And",
    "To",
    // "Missouri State Highway", "Interstate Highway": a road's kind.
    "State",
    "County",
    "Interstate",
    "Federal",
    "National",
    "U.S.",
    "US",
];

/// Streets and numbered roads, named but not located: one to four
/// capitalized words (or an ordinal, "16th") before a street noun ("Hyland
/// Road", "West 16th Street"), and a road word before a number ("Highway
/// 10", "State Highway 360"). A person's name the tagger is sure of ("Nathan
/// Lane") is none unless a preposition puts it on the map ("on Jay Lane").
/// None overlaps `blocked`.
fn street_names(doc: &Doc, blocked: &[Span]) -> Vec<Span> {
    let toks = doc.tokens();
    let word = |i: usize| toks.get(i).map_or("", |t| doc.text_of(t.span));
    let is_name_word = |i: usize| {
        let w = word(i);
        let t = toks.get(i);
        t.is_some_and(|t| t.kind == TokenKind::Word)
            && w.chars().next().is_some_and(char::is_uppercase)
            && !w.chars().any(|c| c.is_ascii_digit())
            && !NOT_STREET_WORDS.contains(&w)
            && !w.split('-').any(|p| STREET_NOUNS.contains(&p))
            || (w.len() > 2
                && w.chars().next().is_some_and(|c| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x)))
    };
    // One space between each token of a name.
    let joined = |a: usize, b: usize| {
        (a..b).all(|k| {
            let (Some(x), Some(y)) = (toks.get(k), toks.get(k + 1)) else {
                return false;
            };
            doc.text().get(x.span.end as usize..y.span.start as usize) == Some(" ")
        })
    };
    let sure_persons: Vec<Span> = doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Per && m.confidence >= SURE_PERSON)
        .map(|m| m.span)
        .collect();
    let mut out: Vec<Span> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = doc.text_of(t.span);
        let mut a = i;
        while STREET_NOUNS.contains(&w)
            && a > 0
            && i - a < 4
            && is_name_word(a - 1)
            && joined(a - 1, i)
        {
            a -= 1;
        }
        let span = if a < i {
            let Some(first) = toks.get(a) else { continue };
            let span = Span::new(first.span.start, t.span.end);
            let preposition = a
                .checked_sub(1)
                .map(|b| word(b).to_ascii_lowercase())
                .is_some_and(|b| STREET_PREPOSITIONS.contains(&b.as_str()));
            if overlaps(span, &sure_persons) && !preposition {
                continue;
            }
            span
        } else if ROAD_WORDS.contains(&w)
            && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
            && joined(i, i + 1)
        {
            let Some(number) = toks.get(i + 1) else {
                continue;
            };
            // "State Highway 360", "County Road 43".
            let a = if i > 0 && matches!(word(i - 1), "State" | "County") {
                i - 1
            } else {
                i
            };
            let Some(first) = toks.get(a) else { continue };
            Span::new(first.span.start, number.span.end)
        } else {
            continue;
        };
        if !overlaps(span, blocked) && !overlaps(span, &out) {
            out.push(span);
        }
    }
    out
}

/// Words before a street's name that put it on the map ("on Jay Lane").
const STREET_PREPOSITIONS: &[&str] = &[
    "on", "at", "along", "off", "near", "onto", "down", "up", "across", "to", "from", "of", "in",
];

/// Words after "X City" that make it a facility's name, where X alone is
/// the place ("London City airport").
const FACILITY_NOUNS: &[&str] = &[
    "airport", "hall", "council", "centre", "center", "school", "schools", "college", "police",
    "limits", "hospital",
];

/// The word right after `span`, one space away, and its end.
fn next_word(doc: &Doc, span: Span) -> Option<(&str, u32)> {
    let toks = doc.tokens();
    let i = toks.partition_point(|t| t.span.start < span.end);
    let t = toks.get(i)?;
    let gap = doc.text().get(span.end as usize..t.span.start as usize)?;
    (gap == " ").then(|| (doc.text_of(t.span), t.span.end))
}

/// Words after a name that make it a disease's ("West Nile virus").
const DISEASE_WORDS: &[&str] = &[
    "virus",
    "viruses",
    "fever",
    "disease",
    "flu",
    "outbreak",
    "outbreaks",
    "epidemic",
    "infection",
    "infections",
    "vaccine",
    "vaccines",
    "strain",
    "strains",
    "bacteria",
    "cases",
];

fn followed_by_disease_word(doc: &Doc, s: Span) -> bool {
    let toks = doc.tokens();
    let i = toks.partition_point(|t| t.span.start < s.end);
    toks.get(i).is_some_and(|t| {
        let w = doc.text_of(t.span);
        DISEASE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w))
    })
}

/// How sure the tagger must be of a person's name for its words to be the
/// person's elsewhere in the document.
const SURE_PERSON: f32 = 0.9;

/// The words of the document's person names of two words or more that the
/// tagger is sure of ("Tim Pawlenty" gives "Tim" and "Pawlenty").
fn person_words(doc: &Doc) -> Vec<&str> {
    let mut words: Vec<&str> = doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Per && m.confidence >= SURE_PERSON)
        .map(|m| doc.text_of(m.span))
        .filter(|n| n.contains(' '))
        .flat_map(|n| n.split(' '))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.len() > 2)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether `name` is a country, state or province, continent or region's.
fn is_major(kb: &Kb, name: &str) -> bool {
    kb.places_named(&form(name)).any(|p| {
        matches!(
            p.kind,
            GeoKind::Country | GeoKind::Admin1 | GeoKind::Continent | GeoKind::Region
        )
    })
}

/// Whether the word before `span` is one of [`PLACE_PREPOSITIONS`].
fn after_place_preposition(doc: &Doc, span: Span) -> bool {
    let toks = doc.tokens();
    let i = toks.partition_point(|t| t.span.start < span.start);
    i.checked_sub(1).and_then(|b| toks.get(b)).is_some_and(|t| {
        let w = doc.text_of(t.span).to_ascii_lowercase();
        PLACE_PREPOSITIONS.contains(&w.as_str())
    })
}

/// A name as the gazetteer spells it: one in capitals ("WASHINGTON", a
/// dateline) in title case, when it has four letters or more (acronyms such
/// as "US" and "UK" are aliases as they are).
pub(crate) fn form(name: &str) -> Cow<'_, str> {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || name.chars().any(char::is_lowercase) {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'';
    }
    Cow::Owned(out)
}

fn overlaps(s: Span, spans: &[Span]) -> bool {
    spans.iter().any(|k| k.start < s.end && s.start < k.end)
}

/// Toponyms 1 and 2 of the module doc, and the spans of `actors` mentions
/// made through a name that is not a place's (the knowledge base's
/// buildings, organisations, outlets: "the White House", "Kremlin").
fn layer_names(doc: &Doc, kb: &Kb) -> (Vec<Span>, Vec<Span>) {
    let text = doc.text();
    let actors = doc.actors();
    let mut spans: Vec<Span> = Vec::new();
    let mut not_places: Vec<Span> = Vec::new();
    for m in &actors.mentions {
        let Some(a) = actors.actors.get(m.actor as usize) else {
            continue;
        };
        if matches!(a.kind, ActorKind::Person | ActorKind::Media) {
            continue;
        }
        let Some(hit) = kb.name_at(text, m.span.start as usize) else {
            continue;
        };
        let is_place = kb.entries.get(hit.index as usize).is_some_and(|e| {
            matches!(
                e.kind,
                EntryKind::City { .. } | EntryKind::Country | EntryKind::Demonym
            )
        });
        if hit.end > m.span.end as usize {
            continue;
        }
        let span = Span::new(hit.start as u32, hit.end as u32);
        // An organisation that is a region too ("the EU") is a place here.
        let region = || {
            doc.text()
                .get(hit.start..hit.end)
                .is_some_and(|n| kb.places_named(n).any(|p| p.kind == GeoKind::Region))
        };
        if is_place || region() {
            spans.push(span);
        } else {
            not_places.push(span);
        }
    }
    // A name inside a longer person's name ("Abraham *Lincoln*", "*Chad*
    // Walker") is the person's.
    let persons: Vec<Span> = doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Per)
        .map(|m| m.span)
        .collect();
    spans.retain(|s| {
        !persons
            .iter()
            .any(|p| p.start <= s.start && s.end <= p.end && *p != *s)
    });
    for m in doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Loc)
    {
        // One tagged across a comma ("Washington, D.C.") is two names.
        for span in comma_parts(doc, m.span) {
            // A name the tagger is unsure of and the gazetteer does not know
            // is more often a club, firm or person than a place.
            let known = || kb.places_named(&form(doc.text_of(span))).next().is_some();
            // "Hope's Wings", "Madison said": an ordinary word is a place only
            // where a preposition says so.
            let generic =
                GENERIC.contains(&doc.text_of(span)) && !after_place_preposition(doc, span);
            if !overlaps(span, &spans)
                && !generic
                && (m.confidence >= UNKNOWN_LOC_CONFIDENCE || known())
            {
                spans.push(span);
            }
        }
    }
    (spans, not_places)
}

/// The parts of `span` between its commas, without the spaces around them
/// (the whole span when it has no comma).
fn comma_parts(doc: &Doc, span: Span) -> Vec<Span> {
    let text = doc.text_of(span);
    let mut parts = Vec::new();
    let mut at = 0usize;
    for piece in text.split(',') {
        let lead = piece.len() - piece.trim_start().len();
        let name = piece.trim();
        if !name.is_empty() {
            let start = span.start as usize + at + lead;
            parts.push(Span::new(start as u32, (start + name.len()) as u32));
        }
        at += piece.len() + 1;
    }
    parts
}

/// The least confidence at which an `entities` LOC mention that the
/// gazetteer does not know is taken as a place name.
const UNKNOWN_LOC_CONFIDENCE: f32 = 0.8;

/// Toponyms 3 of the module doc: names the layers left out (and none in
/// `blocked`).
fn gazetteer_names(doc: &Doc, kb: &Kb, known: &[Span], blocked: &[Span]) -> Vec<Span> {
    let text = doc.text();
    let toks = doc.tokens();
    let word = |i: usize| toks.get(i).map_or("", |t| doc.text_of(t.span));
    let capitalized = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && word(i).chars().next().is_some_and(char::is_uppercase)
    };
    let persons: Vec<Span> = doc
        .entities()
        .iter()
        .filter(|m| m.label == EntityLabel::Per)
        .map(|m| m.span)
        .collect();
    let is_division = |name: &str| {
        kb.places_named(&form(name)).any(|p| {
            matches!(
                p.kind,
                GeoKind::Admin1 | GeoKind::Continent | GeoKind::Region | GeoKind::Country
            )
        })
    };
    let mut sentence_starts = vec![false; toks.len()];
    for s in doc.sentences() {
        if let Some(slot) = sentence_starts.get_mut(s.tokens.start as usize) {
            *slot = true;
        }
    }
    let sentence_start = |i: usize| sentence_starts.get(i).copied().unwrap_or(false);
    let mut out: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalized(i) {
            i += 1;
            continue;
        }
        // The longest run of 1..MAX_TOKENS tokens that the gazetteer knows.
        let found = (i..toks.len().min(i + MAX_TOKENS)).rev().find_map(|j| {
            let span = Span::new(toks[i].span.start, toks[j].span.end);
            let name = text.get(span.start as usize..span.end as usize)?;
            (capitalized(j) && kb.places_named(&form(name)).next().is_some())
                .then_some((j, span, name))
        });
        let Some((j, span, name)) = found else {
            // "Egyptian-US relations", "Israeli-Palestinian talks": the
            // countries and demonyms of a hyphenated word.
            // "Denver-based", "New York-area", "(R-Charleston)": a place
            // before a word that says so, or after a party's initial.
            let t = toks[i].span;
            let parts: Vec<&str> = word(i).split('-').collect();
            let mut at = t.start as usize;
            for (k, part) in parts.iter().enumerate() {
                let mut s = Span::new(at as u32, (at + part.len()) as u32);
                at += part.len() + 1;
                if parts.len() < 2 || !part.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                let country = kb.places_named(part).any(|p| p.kind == GeoKind::Country);
                let next = parts.get(k + 1).map(|n| n.to_ascii_lowercase());
                // "Plainview-Elgin", "Watertown-ML": places joined to places
                // or to a short acronym (a school's or team's).
                let joined = parts.iter().all(|p| {
                    (p.len() > 2 && kb.places_named(p).next().is_some())
                        || (p.len() <= 4
                            && p.chars().all(|c| c.is_ascii_uppercase())
                            && !p.is_empty())
                }) && kb.places_named(part).next().is_some();
                let placed = next.is_some_and(|n| PLACE_SUFFIXES.contains(&n.as_str()))
                    || (k == 1 && parts.first().is_some_and(|p| PARTIES.contains(p)))
                    || joined;
                if !country && !placed {
                    continue;
                }
                if placed && k == 0 {
                    // The name may begin before the word: "New York-based".
                    for b in (i.saturating_sub(2)..i).rev() {
                        let Some(first) = toks.get(b) else { continue };
                        let w = Span::new(first.span.start, s.end);
                        let name = text.get(w.start as usize..w.end as usize).unwrap_or("");
                        if (b..i).all(capitalized) && kb.places_named(&form(name)).next().is_some()
                        {
                            s = w;
                        }
                    }
                }
                let name = text.get(s.start as usize..s.end as usize).unwrap_or("");
                if (country || kb.places_named(&form(name)).next().is_some())
                    && !overlaps(s, known)
                    && !overlaps(s, blocked)
                {
                    out.push(s);
                }
            }
            i += 1;
            continue;
        };
        let before = i
            .checked_sub(1)
            .map(|b| word(b).to_ascii_lowercase())
            .unwrap_or_default();
        let after_preposition = PLACE_PREPOSITIONS.contains(&before.as_str());
        // "in Richmond" read as a person's name by the tagger is the place,
        // and so it is where the tagger took the preposition into the
        // person's name ("Wings in Richmond").
        let preposition_start = i
            .checked_sub(1)
            .and_then(|b| toks.get(b))
            .map(|t| t.span.start);
        let person = persons.iter().any(|p| {
            p.start < span.end
                && span.start < p.end
                && !(after_preposition
                    && (*p == span || preposition_start.is_some_and(|b| p.start <= b)))
        });
        let taken =
            overlaps(span, known) || overlaps(span, blocked) || person || GENERIC.contains(&name);
        let accept = !taken
            && (is_division(name) || {
                let state_after = word(j + 1) == ","
                    && capitalized(j + 2)
                    && kb
                        .places_named(&form(word(j + 2)))
                        .any(|p| matches!(p.kind, GeoKind::Admin1 | GeoKind::Country));
                // A large city's name stands alone ("Gainesville police"),
                // unless it ends a longer capitalized name ("Scott Houston")
                // or opens a sentence, where any word is capitalized ("Man
                // booked").
                let big_city = kb
                    .places_named(name)
                    .any(|p| p.kind == GeoKind::City && p.size >= BIG_CITY)
                    && !i.checked_sub(1).is_some_and(capitalized)
                    && (!sentence_start(i) || j > i);
                // "Laurel County", "Rapides Parish": the division noun says
                // what it is.
                let county = name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| DIVISION_NOUNS.contains(&w))
                    && kb
                        .places_named(&form(name))
                        .any(|p| p.kind == GeoKind::Admin2);
                // A dateline: "COLUMBUS --", "CHARLESTON, W.Va. --" opening
                // a sentence, in capitals.
                let dateline = name.chars().all(|c| !c.is_lowercase())
                    && sentence_start(i)
                    && (matches!(word(j + 1), "--" | "—" | "–" | "-") || state_after);
                after_preposition || state_after || big_city || county || dateline
            });
        if accept {
            out.push(span);
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use herald_core::Article;

    use super::*;

    /// A toponym as the tests read it: text, kind and point.
    type Found = (String, Option<GeoKind>, Option<(f64, f64)>);

    fn run(text: &str) -> Vec<Found> {
        let doc = herald_pipeline_like(text);
        toponyms(&doc)
            .into_iter()
            .map(|t| {
                (
                    doc.text_of(t.span).to_owned(),
                    t.place.map(|p| p.kind),
                    t.place.map(|p| (p.lat, p.lon)),
                )
            })
            .collect()
    }

    /// Segments, entities and actors, as the pipeline runs them.
    fn herald_pipeline_like(text: &str) -> Doc {
        let mut doc = Doc::new(&Article::new(text, None)).unwrap();
        for stage in ["segment", "entities", "actors"] {
            let layer = crate::registry::build(stage).unwrap().run(&doc).unwrap();
            doc.apply(layer);
        }
        doc
    }

    #[test]
    fn places_states_and_cities_resolve_in_context() {
        let found = run("The Ohio Supreme Court met in Dayton, Ohio, on Monday. Lawmakers in Georgia and Ohio disagreed.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert!(names.contains(&"Dayton"), "{found:?}");
        assert_eq!(
            names.iter().filter(|n| **n == "Ohio").count(),
            3,
            "{found:?}"
        );
        // Georgia among American places is the state, not the country.
        let georgia = found.iter().find(|f| f.0 == "Georgia").unwrap();
        assert_eq!(georgia.1, Some(GeoKind::Admin1), "{found:?}");
        assert!(georgia.2.unwrap().1 < -60.0, "{found:?}");
    }

    #[test]
    fn places_cities_resolve_in_the_named_state() {
        // Columbus, Ohio is the larger; the text is about Georgia.
        let found = run("Police in Columbus said the fire spread overnight. The Georgia Bureau of Investigation and officers from Macon, Georgia, helped.");
        let columbus = found.iter().find(|f| f.0 == "Columbus").unwrap();
        assert_eq!(columbus.1, Some(GeoKind::City), "{found:?}");
        let (lat, lon) = columbus.2.unwrap();
        assert!(lat < 34.0 && lon < -84.0, "{found:?}");
    }

    #[test]
    fn places_diseases_and_buildings_are_not_places() {
        let found = run("The West Nile virus reached Texas. West Nile cases rose. The White House said nothing in March.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert!(names.contains(&"Texas"), "{found:?}");
        for not in ["West Nile", "White House", "March"] {
            assert!(!names.contains(&not), "{not}: {found:?}");
        }
    }

    #[test]
    fn places_counties_and_datelines() {
        let found = run("Volunteer honored. CHARLESTON -- Laurel County officials met the Kanawha County clerk.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        for want in ["CHARLESTON", "Laurel County", "Kanawha County"] {
            assert!(names.contains(&want), "{want}: {found:?}");
        }
        let kanawha = found.iter().find(|f| f.0 == "Kanawha County").unwrap();
        assert_eq!(kanawha.1, Some(GeoKind::Admin2), "{found:?}");
    }

    #[test]
    fn places_streets_are_named_not_located() {
        let found = run("The fire began on Wichita Drive in Dallas.");
        let street = found.iter().find(|f| f.0.starts_with("Wichita"));
        // (Counties: `places_counties_and_datelines`.)
        assert_eq!(
            street.map(|f| (f.0.as_str(), f.1)),
            Some(("Wichita Drive", None)),
            "{found:?}"
        );
    }

    #[test]
    fn places_regions_are_places() {
        let found = run("The EU sent aid to the Middle East and to Darfur.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        for want in ["EU", "Middle East", "Darfur"] {
            assert!(names.contains(&want), "{want}: {found:?}");
        }
        assert!(
            found.iter().all(|f| f.1 == Some(GeoKind::Region)),
            "{found:?}"
        );
    }

    #[test]
    fn places_hyphenated_countries() {
        let found = run("Egyptian-Israeli talks resumed, and Wal-Mart opened a store.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert!(
            names.contains(&"Egyptian") && names.contains(&"Israeli"),
            "{found:?}"
        );
        assert!(!names.iter().any(|n| n.contains("Mart")), "{found:?}");
    }

    #[test]
    fn places_names_widen_to_the_gazetteer_name() {
        let found = run("Aid reached the Gaza Strip and Washington, D.C. on Monday. Officials in New Jersey agreed.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        // "Jersey" alone is a country of the knowledge base.
        let nj = found.iter().find(|f| f.0.ends_with("Jersey"));
        assert_eq!(
            nj.map(|f| (f.0.as_str(), f.1)),
            Some(("New Jersey", Some(GeoKind::Admin1))),
            "{found:?}"
        );
        assert!(names.contains(&"Gaza Strip"), "{found:?}");
        // A city and its state are two names, as everywhere.
        assert!(
            names.contains(&"Washington") && names.contains(&"D.C."),
            "{found:?}"
        );
    }

    #[test]
    fn places_names_in_capitals_read_in_title_case() {
        assert_eq!(form("WASHINGTON"), "Washington");
        assert_eq!(form("NEW YORK"), "New York");
        assert_eq!(form("ST. JOHN'S"), "St. John's");
        assert_eq!(form("OHIO"), "Ohio");
        // Short acronyms and names as written stay as they are.
        assert_eq!(form("US"), "US");
        assert_eq!(form("Ohio"), "Ohio");
    }

    #[test]
    fn places_a_name_with_its_state_is_there() {
        // Paris, France is by far the largest Paris; the text says Texas.
        let found = run("The fair in Paris, Texas, drew crowds.");
        let paris = found.iter().find(|f| f.0 == "Paris").unwrap();
        let (lat, lon) = paris.2.unwrap();
        assert!(lat < 40.0 && lon < -90.0, "{found:?}");
    }

    #[test]
    fn places_countries_resolve_to_their_own_point() {
        let found = run("Officials from Russia flew to Cairo.");
        let russia = found.iter().find(|f| f.0 == "Russia").unwrap();
        assert_eq!(russia.1, Some(GeoKind::Country));
        // Not Moscow (55.8, 37.6): the country's own point.
        assert!(russia.2.unwrap().1 > 60.0, "{found:?}");
        // GeoNames' point of the United States is in Kansas.
        let us = run("Officials from the United States met.");
        let (lat, lon) = us.first().and_then(|f| f.2).unwrap();
        assert!(
            (39.0..40.5).contains(&lat) && (-99.5..-97.5).contains(&lon),
            "{us:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Cairo" && f.1 == Some(GeoKind::City)),
            "{found:?}"
        );
    }

    /// A hand-built document: one sentence, its entities given as (text,
    /// label, confidence), found left to right.
    fn tagged(text: &str, entities: &[(&str, EntityLabel, f32)]) -> Doc {
        let mut doc = herald_core::testing::DocBuilder::new()
            .sentence(text)
            .build();
        let mut from = 0;
        let mut mentions = Vec::new();
        for (name, label, confidence) in entities {
            let start = from + text[from..].find(name).unwrap();
            from = start + name.len();
            mentions.push(herald_core::Mention {
                span: Span::from_usize(start, from),
                label: *label,
                sentence: 0,
                confidence: *confidence,
            });
        }
        doc.apply(herald_core::Annotation::Entities(mentions));
        doc
    }

    fn names(doc: &Doc) -> Vec<String> {
        toponyms(doc)
            .iter()
            .map(|t| doc.text_of(t.span).to_owned())
            .collect()
    }

    #[test]
    fn places_unknown_names_the_tagger_doubts_are_dropped() {
        let doc = tagged(
            "Fans of Zorbatown cheered in Qwertyvale.",
            &[
                ("Zorbatown", EntityLabel::Loc, 0.4),
                ("Qwertyvale", EntityLabel::Loc, 0.95),
            ],
        );
        assert_eq!(names(&doc), ["Qwertyvale"]);
    }

    #[test]
    fn places_words_of_a_persons_name_are_the_person() {
        // "Lincoln" alone, after "Mary Lincoln", is her; "in Lincoln" the city.
        let doc = tagged(
            "Mary Lincoln spoke. Lincoln said the vote in Lincoln was fair.",
            &[
                ("Mary Lincoln", EntityLabel::Per, 0.99),
                ("Lincoln", EntityLabel::Loc, 0.9),
                ("Lincoln", EntityLabel::Loc, 0.9),
            ],
        );
        let found = toponyms(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].span.start as usize,
            doc.text().rfind("Lincoln").unwrap()
        );
    }

    #[test]
    fn places_tagger_slips_around_a_preposition() {
        // The tagger read "Hope" as a place and "Wings in Dayton" as a person.
        let doc = tagged(
            "Volunteers said Hope's Wings in Dayton opened.",
            &[
                ("Hope", EntityLabel::Loc, 0.9),
                ("Wings in Dayton", EntityLabel::Per, 0.8),
            ],
        );
        assert_eq!(names(&doc), ["Dayton"]);
    }

    #[test]
    fn places_one_sense_per_document() {
        // The tagger read the first "Greenfield" only; the other mentions
        // are the same place, unless part of a longer name.
        let doc = tagged(
            "Storms hit Greenfield overnight. Greenfield officials and Lake Greenfield residents met.",
            &[("Greenfield", EntityLabel::Loc, 0.95)],
        );
        let found = names(&doc);
        assert_eq!(found, ["Greenfield", "Greenfield"], "{found:?}");
    }

    #[test]
    fn places_in_compounds() {
        let found = run(
            "The Denver-based firm hired Rep. Ann Lee (R-Tulsa), who grew up in Plainview-Elgin.",
        );
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        for want in ["Denver", "Tulsa"] {
            assert!(names.contains(&want), "{want}: {found:?}");
        }
        // A firm's hyphenated name is none.
        assert!(run("Mercedes-Benz sold cars.")
            .iter()
            .all(|f| f.0 != "Mercedes"));
    }

    #[test]
    fn places_a_city_by_its_longer_name() {
        let found = run(
            "Flights to Quebec City resumed, but Leeds City Council and Leeds City airport closed.",
        );
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert!(names.contains(&"Quebec City"), "{found:?}");
        assert_eq!(
            names.iter().filter(|n| **n == "Leeds").count(),
            2,
            "{found:?}"
        );
        let quebec = found.iter().find(|f| f.0 == "Quebec City").unwrap();
        assert_eq!(quebec.1, Some(GeoKind::City), "{found:?}");
    }

    #[test]
    fn places_continent_adjectives() {
        let found = run("European airlines cut flights.");
        assert_eq!(
            found.first().map(|f| (f.0.as_str(), f.1)),
            Some(("European", Some(GeoKind::Continent)))
        );
    }

    #[test]
    fn places_streets_and_roads_are_named() {
        let found =
            run("The crash on Maple Grove Road closed Highway 12 and part of West 16th Street.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        for want in ["Maple Grove Road", "Highway 12", "West 16th Street"] {
            assert!(names.contains(&want), "{want}: {found:?}");
        }
        assert!(found.iter().all(|f| f.1.is_none()), "{found:?}");
    }

    #[test]
    fn places_other_places_pick_the_reading() {
        // Alone, "Albany" is the largest (New York's); beside Georgia and
        // its cities it is Georgia's.
        let found = run("Storms hit Albany and Valdosta overnight, officials in Georgia said.");
        let albany = found.iter().find(|f| f.0 == "Albany").unwrap();
        let (lat, lon) = albany.2.unwrap();
        assert!(lat < 33.0 && lon > -86.0, "{found:?}");
    }

    #[test]
    fn places_rerank_distance_is_great_circle() {
        // London to Paris: 344 km.
        let d = distance_km((51.5074, -0.1278), (48.8566, 2.3522));
        assert!((d - 344.0).abs() < 2.0, "{d}");
    }

    #[test]
    fn places_ordinary_capitalized_words_are_not_places() {
        // Only what the gazetteer adds: the entities tagger is not tested here.
        let doc = herald_pipeline_like(
            "Central banks met. North of the river, prices rose in Federal accounts.",
        );
        assert!(gazetteer_names(&doc, kb(), &[], &[]).is_empty());
        // A document without layers has no toponyms.
        let bare = Doc::new(&Article::new("Paris", None)).unwrap();
        assert!(toponyms(&bare).is_empty());
    }
}
