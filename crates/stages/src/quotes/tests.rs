//! Unit tests of the quotes stage, on sentences written for them.

use herald_core::{Article, Doc, NaiveDate, Quote, QuoteKind, Stage};
use proptest::prelude::*;

use super::*;
use crate::registry;

fn run(text: &str) -> (Doc, Vec<Quote>) {
    let mut doc = Doc::new(&Article::new(text, NaiveDate::from_ymd_opt(2022, 2, 8))).unwrap();
    for name in ["segment", "time", "entities", "actors"] {
        let stage = registry::build(name).unwrap();
        let layer = stage.run(&doc).unwrap();
        doc.apply(layer);
    }
    let quotes = find(&doc);
    (doc, quotes)
}

/// (quoted text of every piece joined by " | ", kind, speaker text, speaker
/// code, cue, via code) of each quote.
fn read(text: &str) -> Vec<(String, QuoteKind, String, String, String, String)> {
    let (doc, quotes) = run(text);
    quotes
        .iter()
        .map(|q| {
            (
                q.pieces
                    .iter()
                    .map(|p| doc.text_of(*p))
                    .collect::<Vec<_>>()
                    .join(" | "),
                q.kind,
                q.speaker
                    .as_ref()
                    .map_or(String::new(), |s| doc.text_of(s.span).to_owned()),
                q.speaker.as_ref().map_or(String::new(), |s| s.code.clone()),
                q.cue.as_ref().map_or(String::new(), |c| c.lemma.clone()),
                q.via.as_ref().map_or(String::new(), |v| v.code.clone()),
            )
        })
        .collect()
}

#[test]
fn quotes_direct_after_and_before_the_attribution() {
    let q = read("“We will not give up,” German Chancellor Olaf Scholz said on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "“We will not give up,”");
    assert_eq!(q[0].1, QuoteKind::Direct);
    assert_eq!(q[0].2, "German Chancellor Olaf Scholz");
    assert_eq!(q[0].3, "DEUGOV");
    assert_eq!(q[0].4, "say");

    let q = read(
        "French President Emmanuel Macron told reporters: \"Talks are the only way forward.\"",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "FRAGOV");
    assert_eq!(q[0].4, "tell");
}

#[test]
fn quotes_inverted_speaker() {
    let q = read("French President Emmanuel Macron met the press. \"We need a new order for Europe,\" said Macron.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "Macron");
    assert_eq!(q[0].3, "FRAGOV");
}

#[test]
fn quotes_broken_by_attribution_are_one_quote_in_two_pieces() {
    let q = read("German Chancellor Olaf Scholz met the press. \"We are allies,\" Scholz said, \"and we work together.\"");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "\"We are allies,\" | \"and we work together.\"");
    assert_eq!(q[0].3, "DEUGOV");
}

#[test]
fn quotes_mixed_marks_and_nesting() {
    // A straight mark opens, a curly one closes; a nested quotation stays inside.
    let q = read("US President Joe Biden said, \"They told us ‘never’ and we heard “maybe” twice,” in Washington.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("\"They told us"), "{q:?}");
    assert!(q[0].0.ends_with("twice,”"), "{q:?}");
    assert_eq!(q[0].3, "USAGOV");
}

#[test]
fn quotes_partial_inside_reported_speech() {
    let q = read("Italian Prime Minister Mario Draghi said that the two countries are \"natural partners\" in the region.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "\"natural partners\"");
    assert_eq!(q[0].1, QuoteKind::Direct);
    assert_eq!(q[0].3, "ITAGOV");
}

#[test]
fn quotes_indirect_speech() {
    let q = read("Russian President Vladimir Putin warned that sanctions would hurt Europe more than Russia.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, QuoteKind::Indirect);
    assert_eq!(q[0].0, "sanctions would hurt Europe more than Russia");
    assert_eq!(q[0].3, "RUSGOV");
    assert_eq!(q[0].4, "warn");

    let q = read("The talks will resume next week, the White House said in a statement.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The talks will resume next week");
    assert_eq!(q[0].3, "USAGOV");
}

#[test]
fn quotes_pronouns_resolve_through_the_actors_layer() {
    let q = read("Russian President Vladimir Putin met the press. He said that the West ignored Russia's concerns.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "He");
    assert_eq!(q[0].3, "RUSGOV");
}

#[test]
fn quotes_medium_is_the_channel() {
    let q = read("According to AP, German Chancellor Olaf Scholz said, \"We are ready.\"");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "DEUGOV");
    assert_eq!(q[0].5, "USAMED");

    let q = read("Russian President Vladimir Putin told Reuters that the talks had failed.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, "RUSGOV");
    assert_eq!(q[0].5, "GBRMED");
}

#[test]
fn quotes_scare_quotes_and_titles_are_not_quotes() {
    assert!(read("The so-called \"peace plan\" was criticised widely.").is_empty());
    assert!(read("He appeared on \"Meet The Press\" on Sunday.").is_empty());
}

#[test]
fn quotes_paragraph_continuation() {
    let text = "German Chancellor Olaf Scholz said: \"We will stand together with our partners in this crisis.\n\n\"And we will act if Russia moves its troops across the border.\"";
    let q = read(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0.matches(" | ").count(), 1, "two pieces: {q:?}");
    assert_eq!(q[0].3, "DEUGOV");
}

#[test]
fn quotes_empty_and_markup() {
    assert!(read("No quotes here.").is_empty());
    assert!(read("<tweet author=\"someone\" date=\"2016\">Short text</tweet>.").is_empty());
}

#[test]
fn quotes_stage_needs_actors() {
    let doc = Doc::new(&Article::new("He said \"yes\".", None)).unwrap();
    assert!(QuoteFinder.run(&doc).is_err());
}

#[test]
fn a_cue_after_a_modal_reports_nothing_before_it() {
    // "…, NATO would have responded": what NATO would have done.
    let q = read("Had Russia attacked Ukraine, NATO would have responded.");
    assert!(q.is_empty(), "{q:?}");
    let q = read("Russia attacked Ukraine, NATO said.");
    assert!(
        q.iter()
            .any(|x| x.0 == "Russia attacked Ukraine" && x.2 == "NATO"),
        "{q:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn quotes_never_panic_and_spans_are_well_formed(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("\"".to_owned()), Just("“".to_owned()), Just("”".to_owned()),
                Just("‘".to_owned()), Just("’".to_owned()), Just("«".to_owned()),
                Just(" said ".to_owned()), Just(" Scholz ".to_owned()), Just(", ".to_owned()),
                Just("according to AP".to_owned()), Just(" that ".to_owned()), Just("\n\n".to_owned()),
                Just(": ".to_owned()), Just(". ".to_owned()), Just("Élysée ".to_owned()),
                "[a-zA-Z ]{0,12}", "\\PC{0,4}",
            ],
            0..40,
        )
    ) {
        let text: String = parts.concat();
        let Ok(mut doc) = Doc::new(&Article::new(text.clone(), None)) else {
            return Ok(());
        };
        for name in ["segment", "time", "entities", "actors"] {
            let layer = registry::build(name).unwrap().run(&doc).unwrap();
            doc.apply(layer);
        }
        let quotes = find(&doc);
        let t = doc.text();
        let mut prev = 0;
        for q in &quotes {
            prop_assert!(q.span.start >= prev);
            prev = q.span.start;
            prop_assert!(!q.pieces.is_empty());
            for s in q.pieces.iter().copied().chain([q.span])
                .chain(q.speaker.iter().map(|p| p.span))
                .chain(q.via.iter().map(|p| p.span))
                .chain(q.cue.iter().map(|c| c.span))
            {
                prop_assert!(s.start <= s.end && s.end as usize <= t.len());
                prop_assert!(t.is_char_boundary(s.start as usize) && t.is_char_boundary(s.end as usize));
            }
            for p in &q.pieces {
                prop_assert!(q.span.contains(*p));
            }
        }
    }
}

#[test]
fn a_name_after_said_opens_what_is_said() {
    let q = read("The French president said Russia should withdraw its troops.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Russia should withdraw its troops");
    assert_eq!(q[0].1, QuoteKind::Indirect);
    let q = read("The French president said he would respond.");
    assert_eq!(q[0].0, "he would respond", "{q:?}");
    let q = read("The French president said NATO would respond.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "NATO would respond");
    // A name that ends there is the speaker after the cue, and "said to"
    // names a hearer.
    let q = read("The budget is too small, said German Chancellor Olaf Scholz.");
    assert_eq!(q[0].0, "The budget is too small", "{q:?}");
    assert_eq!(q[0].3, "DEUGOV", "{q:?}");
    let q = read("The French president said to reporters that NATO would respond.");
    assert_eq!(q[0].0, "NATO would respond", "{q:?}");
}

#[test]
fn a_speech_noun_after_a_possessive_and_a_modifier_is_no_cue() {
    // "email" in "Clinton's unique email arrangement" is a noun ...
    assert!(read(
        "The committee made Mrs. Clinton's unique email arrangement public in the first place."
    )
    .is_empty());
    // ... while a plural noun after the possessive is the subject.
    let q = read("Clinton's aides say the plan failed.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "Clinton's aides");
}

#[test]
fn a_report_or_statement_before_the_verb_is_its_speaker() {
    // A cue noun right before a finite verb of saying heads the subject.
    for (text, speaker) in [
        (
            "\u{201c}It is bad,\u{201d} the UN report said.",
            "the UN report",
        ),
        (
            "A Pentagon report said that the threat had grown.",
            "A Pentagon report",
        ),
        ("Media reports say the talks failed.", "Media reports"),
        (
            "The secretary of state said the talks would resume.",
            "The secretary of state",
        ),
    ] {
        let q = read(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2, speaker, "{text}");
    }
    // "says" stays the verb before the verb of its clause.
    let q = read("She faced a court, which Mladenov says found her guilty of apostasy.");
    assert!(q.iter().any(|x| x.2 == "Mladenov" && x.4 == "say"), "{q:?}");
}

#[test]
fn a_reported_clause_in_a_relative_clause_ends_at_its_comma() {
    // The main clause's verb after the comma is no part of what was said.
    let q = read("The senator, who said the bill was badly flawed, voted against it.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the bill was badly flawed");
    // ... and the quotation after the main verb is the main clause's.
    let q = read(
        "Anzor Tsarnaev, who maintained that his sons were innocent, said that his son had \
         \u{201c}only communicated with me and his cousins.\u{201d}",
    );
    assert!(
        q.iter()
            .any(|x| x.4 == "say" && x.0.contains("only communicated")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.4 == "maintain" && x.0 == "his sons were innocent"),
        "{q:?}"
    );
}
