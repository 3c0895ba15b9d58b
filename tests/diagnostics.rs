//! The diagnostics of hand-written files with mistakes: every fixture in
//! `tests/fixtures/invalid/` is snapshot as rendered (plain, no color), and
//! the key facts of each category are checked one by one, with positions
//! computed from the fixture's text.

use std::fs;
use std::path::{Path, PathBuf};

use cxmap::storage::{Diagnostic, LoadError, load_str, parse_str, to_ron};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn read(kind: &str, name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
        .join(format!("{name}.ron"));
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The name a fixture is shown under in diagnostics (stable on any machine).
fn shown_name(name: &str) -> String {
    format!("tests/fixtures/invalid/{name}.ron")
}

/// An invalid fixture's text and its diagnostics.
fn invalid(name: &str) -> (String, Vec<Diagnostic>) {
    let src = read("invalid", name);
    match load_str(&shown_name(name), src.clone()) {
        Ok(_) => panic!("{name} loaded, but it has a mistake"),
        Err(LoadError::Invalid { diagnostics, .. }) => (src, diagnostics),
        Err(e) => panic!("{name}: {e}"),
    }
}

/// The only diagnostic of a one-mistake fixture.
fn one(name: &str) -> (String, Diagnostic) {
    let (src, mut ds) = invalid(name);
    assert_eq!(ds.len(), 1, "{name} has one mistake: {ds:#?}");
    (src, ds.remove(0))
}

/// 1-based line and character column of a byte offset, computed here
/// independently of the crate.
fn pos_of(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// Where the `n`th (0-based) occurrence of `needle` starts.
fn nth_offset(src: &str, needle: &str, n: usize) -> usize {
    src.match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("`{needle}` occurs fewer than {} times", n + 1))
        .0
}

fn offset(src: &str, needle: &str) -> usize {
    nth_offset(src, needle, 0)
}

/// Checks that the diagnostic starts at `at` (line, column and span agree)
/// and underlines exactly `text`.
#[track_caller]
fn assert_points_at(src: &str, d: &Diagnostic, at: usize, text: &str) {
    assert_eq!(
        (d.line, d.column),
        pos_of(src, at),
        "position of {:?}",
        en(&d.message)
    );
    assert_eq!(d.span.start, at, "span start of {:?}", en(&d.message));
    assert_eq!(
        &src[d.span.clone()],
        text,
        "underlined text of {:?}",
        en(&d.message)
    );
}

/// A diagnostic's help, in English; it must have one.
fn help(d: &Diagnostic) -> String {
    d.help.as_ref().map(en).expect("a help")
}

/// What a diagnostic expects, in English; it must say.
fn expected(d: &Diagnostic) -> String {
    d.expected.as_ref().map(en).expect("what is expected")
}

fn render(name: &str, src: &str, ds: &[Diagnostic]) -> String {
    let e = LoadError::Invalid {
        file: shown_name(name),
        text: src.to_string(),
        diagnostics: ds.to_vec(),
        omitted: 0,
    };
    cxmap::text::diagnostic::load_error(&e, false, cxmap::text::Lang::En)
}

#[test]
fn every_invalid_fixture_renders_as_its_snapshot() {
    let files = fixtures("invalid");
    assert!(files.len() >= 30, "only {} invalid fixtures", files.len());
    for path in files {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let (src, ds) = invalid(&name);
        assert!(!ds.is_empty(), "{name}: an error without diagnostics");
        let text = render(&name, &src, &ds);
        assert!(!text.contains('\x1b'), "{name}: plain rendering has color");
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn every_diagnostic_is_positioned_consistently() {
    for path in fixtures("invalid") {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let (src, ds) = invalid(&name);
        if name != "multiple_errors" {
            assert_eq!(ds.len(), 1, "{name} has one mistake, got {ds:#?}");
        }
        for d in &ds {
            assert!(d.span.start <= d.span.end && d.span.end <= src.len());
            assert_eq!((d.line, d.column), pos_of(&src, d.span.start), "{name}");
            assert!(
                !en(&d.message).is_empty() && !en(&d.label).is_empty(),
                "{name}: {d:?}"
            );
            // The one-line form names the file and the position.
            let short = cxmap::text::diagnostic::short(d, &shown_name(&name));
            assert!(
                short.starts_with(&format!("{}:{}:{}: ", shown_name(&name), d.line, d.column)),
                "{short}"
            );
            // The rendered form shows the same position.
            let rendered = cxmap::text::diagnostic::render(
                d,
                &shown_name(&name),
                &src,
                false,
                cxmap::text::Lang::En,
            );
            assert!(
                rendered.contains(&format!("{}:{}:{}", shown_name(&name), d.line, d.column)),
                "{rendered}"
            );
        }
    }
}

// ---- syntax ----

#[test]
fn a_missing_comma_is_shown_right_after_the_value_before_it() {
    let (src, d) = one("syntax_missing_comma");
    let value = "\"Greeted at the door\"";
    let after = offset(&src, value) + value.len();
    assert_points_at(&src, &d, after, "");
    assert!(en(&d.message).contains("comma"), "{}", en(&d.message));
    assert_eq!(
        d.path.as_deref(),
        Some("phases[0].touchpoints[0].name"),
        "the path of the value before the missing comma"
    );
}

#[test]
fn an_unclosed_paren_names_the_opener_and_where_it_went_wrong() {
    let (src, d) = one("syntax_unclosed_paren");
    // The second touchpoint never gets its `)`; the `]` after it is where
    // the reader notices.
    let opener = nth_offset(&src, "Touchpoint(", 1) + "Touchpoint".len();
    let closer = offset(&src, "            ],");
    let closer = closer + src[closer..].find(']').unwrap();
    assert_points_at(&src, &d, closer, "]");
    let (line, _) = pos_of(&src, opener);
    assert!(
        en(&d.message).contains("`Touchpoint(`")
            && en(&d.message).contains(&format!("line {line}")),
        "{}",
        en(&d.message)
    );
    assert_eq!(d.related.len(), 1);
    assert_eq!(d.related[0].0, opener..opener + 1);
    assert!(help(&d).contains("`)`"));
}

#[test]
fn pasted_json_is_recognised() {
    let (src, d) = one("syntax_json");
    assert_points_at(&src, &d, 0, "{");
    assert!(en(&d.message).contains("JSON"), "{}", en(&d.message));
    assert!(help(&d).contains("Name(field: value)"));
}

#[test]
fn garbage_is_not_a_journey_map() {
    let (src, d) = one("syntax_garbage");
    assert_eq!((d.line, d.column), (1, 1));
    assert_eq!(en(&d.message), "this file is not a journey map");
    assert!(
        !en(&d.message).contains("Notes("),
        "no `Notes(` is in the text: {}",
        en(&d.message)
    );
    assert!(src.starts_with(&src[d.span.clone()]));
    assert!(expected(&d).contains("JourneyMap("));
}

#[test]
fn an_empty_file_says_so() {
    let (_, d) = one("syntax_empty");
    assert_eq!((d.line, d.column), (1, 1));
    assert!(en(&d.message).contains("empty"), "{}", en(&d.message));
    assert!(help(&d).contains("cxmap new"));
}

#[test]
fn a_truncated_file_says_it_ends_early_and_shows_the_open_string() {
    let (src, d) = one("syntax_truncated");
    let end = src.trim_end().len();
    assert_points_at(&src, &d, end, "");
    assert!(
        en(&d.message).contains("ends too early"),
        "{}",
        en(&d.message)
    );
    let quote = src.rfind('"').unwrap();
    assert_eq!(d.related.len(), 1);
    assert_eq!(d.related[0].0, quote..quote + 1);
    assert!(help(&d).contains("`\"`"));
}

#[test]
fn an_unescaped_quote_in_a_text_gets_advice() {
    let (src, d) = one("syntax_unescaped_quote");
    let after = offset(&src, "\"She said \"") + "\"She said \"".len();
    assert_points_at(&src, &d, after, "");
    assert!(help(&d).contains("\\\""), "{:?}", d.help);
}

// ---- unknown names ----

#[test]
fn an_unknown_field_suggests_the_close_one() {
    let (src, d) = one("unknown_field");
    assert_eq!(
        d.help.as_ref().map(en).as_deref(),
        Some("did you mean `emotion`?")
    );
    assert_points_at(&src, &d, offset(&src, "emotoin"), "emotoin");
    assert_eq!(d.path.as_deref(), Some("phases[0].touchpoints[0].emotoin"));
    assert!(expected(&d).contains("`importance`"));
}

#[test]
fn columns_count_characters_not_bytes() {
    let (src, d) = one("unknown_field_accented");
    let at = offset(&src, "emoción");
    assert_points_at(&src, &d, at, "emoción");
    // The line has accents before the typo: bytes and characters differ.
    let line_start = src[..at].rfind('\n').unwrap() + 1;
    assert_ne!(d.column, at - line_start + 1);
    assert_eq!(
        d.help.as_ref().map(en).as_deref(),
        Some("did you mean `emotion`?")
    );
}

#[test]
fn unknown_variants_list_the_choices_and_suggest_one() {
    for (name, word, suggestion, choice) in [
        ("variant_owner", "Brnad", Some("Brand"), "`Social`"),
        (
            "variant_stage",
            "Purchasing",
            Some("Purchase"),
            "`PostPurchase`",
        ),
        ("variant_status", "Done", Some("Resolved"), "`Resolved`"),
    ] {
        let (src, d) = one(name);
        assert_points_at(&src, &d, offset(&src, word), word);
        assert!(en(&d.message).contains(word), "{name}: {}", en(&d.message));
        assert!(expected(&d).contains(choice), "{name}");
        assert_eq!(
            d.help.as_ref().map(en),
            suggestion.map(|s| format!("did you mean `{s}`?")),
            "{name}"
        );
    }
}

#[test]
fn a_quoted_variant_is_told_to_lose_its_quotes() {
    let (src, d) = one("variant_quoted");
    assert_points_at(&src, &d, offset(&src, "\"Social\""), "\"Social\"");
    assert_eq!(d.path.as_deref(), Some("phases[0].touchpoints[0].owner"));
    assert_eq!(
        d.help.as_ref().map(en).as_deref(),
        Some("write it without quotes: Social")
    );
}

#[test]
fn a_misspelt_struct_name_is_underlined() {
    let (src, d) = one("wrong_struct_name");
    assert_points_at(&src, &d, offset(&src, "Touchpont"), "Touchpont");
    assert!(
        en(&d.message).contains("`Touchpoint(`"),
        "{}",
        en(&d.message)
    );
    assert_eq!(d.path.as_deref(), Some("phases[0].touchpoints[1]"));
    assert!(expected(&d).contains("optional"));
}

// ---- values ----

#[test]
fn out_of_range_values_point_at_the_value_with_its_path_and_range() {
    // fixture, the offending `field: value` text, path, words of the range
    for (name, written, path, range) in [
        (
            "range_importance",
            "importance: 9",
            "phases[0].touchpoints[0].importance",
            "from 1 to 5",
        ),
        (
            "range_severity",
            "severity: 0",
            "phases[0].pain_points[0].severity",
            "from 1 to 5",
        ),
        (
            "range_emotion",
            "emotion: 3",
            "phases[0].touchpoints[0].emotion",
            "from -2 to 2",
        ),
        (
            "range_ces",
            "ces: 9.5",
            "phases[0].touchpoints[0].ces",
            "from 1.0 to 7.0",
        ),
        (
            "range_csat",
            "satisfied: 60",
            "phases[0].touchpoints[0].csat.satisfied",
            "from 0 to 50",
        ),
        (
            "range_rating",
            "price: 6",
            "phases[0].touchpoints[0].ratings.price",
            "from 1 to 5",
        ),
        (
            "range_votes",
            "votes: -2",
            "phases[0].pain_points[0].votes",
            "0 or more",
        ),
    ] {
        let (src, d) = one(name);
        let value = written.split_once(": ").unwrap().1;
        let at = offset(&src, written) + written.len() - value.len();
        assert_points_at(&src, &d, at, value);
        assert_eq!(d.path.as_deref(), Some(path), "{name}");
        assert!(expected(&d).contains(range), "{name}: {:?}", d.expected);
        assert!(en(&d.message).contains(value), "{name}: {}", en(&d.message));
    }
}

#[test]
fn an_nps_with_no_answers_underlines_the_whole_record() {
    let (src, d) = one("range_nps");
    let record = "(promoters: 0, passives: 0, detractors: 0)";
    assert_points_at(&src, &d, offset(&src, record), record);
    assert_eq!(d.path.as_deref(), Some("phases[0].touchpoints[0].nps"));
}

#[test]
fn a_wrong_type_underlines_the_value_and_says_what_was_found() {
    let (src, d) = one("wrong_type");
    assert_points_at(&src, &d, offset(&src, "\"high\""), "\"high\"");
    assert!(
        en(&d.message).contains("whole number"),
        "{}",
        en(&d.message)
    );
    assert!(en(&d.message).contains("\"high\""), "{}", en(&d.message));
    assert_eq!(
        d.path.as_deref(),
        Some("phases[0].touchpoints[0].importance")
    );
    assert!(expected(&d).contains("from 1 to 5"));
}

#[test]
fn a_decimal_where_a_whole_number_goes_is_a_wrong_type_not_a_missing_comma() {
    let (src, d) = one("wrong_type_decimal");
    assert_points_at(&src, &d, offset(&src, "1.5"), "1.5");
    assert!(!en(&d.message).contains("comma"), "{}", en(&d.message));
    assert!(
        en(&d.message).contains("whole number"),
        "{}",
        en(&d.message)
    );
    assert_eq!(d.path.as_deref(), Some("phases[0].touchpoints[0].emotion"));
}

// ---- required and empty ----

#[test]
fn missing_required_fields_point_at_the_record_that_lacks_them() {
    for (name, field, opener, nth, path) in [
        ("missing_title", "title", "JourneyMap(", 0, None),
        (
            "missing_touchpoint_name",
            "name",
            "Touchpoint(",
            1,
            Some("phases[0].touchpoints[1]"),
        ),
        (
            "missing_severity",
            "severity",
            "PainPoint(",
            0,
            Some("phases[0].pain_points[0]"),
        ),
    ] {
        let (src, d) = one(name);
        assert_points_at(&src, &d, nth_offset(&src, opener, nth), opener);
        assert!(
            en(&d.message).contains(&format!("`{field}`")) && en(&d.message).contains("missing"),
            "{name}: {}",
            en(&d.message)
        );
        assert_eq!(d.path.as_deref(), path, "{name}");
    }
}

#[test]
fn empty_texts_are_refused() {
    for (name, written, path) in [
        ("empty_title", "title: \"\"", "title"),
        (
            "empty_name",
            "name: \"   \"",
            "phases[0].touchpoints[1].name",
        ),
    ] {
        let (src, d) = one(name);
        let value = written.split_once(": ").unwrap().1;
        assert_points_at(&src, &d, offset(&src, value), value);
        assert!(
            en(&d.message).contains("empty"),
            "{name}: {}",
            en(&d.message)
        );
        assert_eq!(d.path.as_deref(), Some(path));
    }
}

// ---- ids and links ----

#[test]
fn a_duplicate_id_points_at_the_second_and_shows_the_first() {
    let (src, d) = one("duplicate_id");
    let first = offset(&src, "\"ad\"");
    let second = nth_offset(&src, "\"ad\"", 1);
    assert_points_at(&src, &d, second, "\"ad\"");
    assert_eq!(d.related.len(), 1);
    assert_eq!(d.related[0].0, first..first + 4);
    let (first_line, _) = pos_of(&src, first);
    assert!(
        en(&d.message).contains(&format!("line {first_line}")),
        "{}",
        en(&d.message)
    );
    assert_eq!(d.path.as_deref(), Some("phases[1].touchpoints[1].id"));
}

/// Phase names are unique (compared after trimming spaces): the second is
/// pointed at, the first shown.
#[test]
fn a_repeated_phase_name_points_at_the_second_and_shows_the_first() {
    let (src, d) = one("duplicate_phase_name");
    let first = offset(&src, "\"Visit\"");
    let second = offset(&src, "\" Visit \"");
    assert_points_at(&src, &d, second, "\" Visit \"");
    assert_eq!(d.related.len(), 1);
    assert_eq!(d.related[0].0, first..first + 7);
    assert!(en(&d.message).contains("Visit"), "{}", en(&d.message));
    assert_eq!(d.path.as_deref(), Some("phases[2].name"));
}

#[test]
fn a_mistyped_link_suggests_the_id() {
    let (src, d) = one("link_typo");
    assert_points_at(&src, &d, offset(&src, "\"reveiws\""), "\"reveiws\"");
    assert_eq!(
        d.help.as_ref().map(en).as_deref(),
        Some("did you mean `reviews`?")
    );
    assert!(expected(&d).contains("`ad`, `reviews`"));
    assert_eq!(
        d.path.as_deref(),
        Some("phases[0].pain_points[0].touchpoint")
    );
}

#[test]
fn a_link_to_another_phase_names_that_phase() {
    let (src, d) = one("link_other_phase");
    let at = offset(&src, "touchpoint: \"ad\"") + "touchpoint: ".len();
    assert_points_at(&src, &d, at, "\"ad\"");
    let help = d.help.as_ref().map(en).unwrap();
    assert!(help.contains("\"Discover\""), "{help}");
    assert!(expected(&d).contains("`till`"));
}

// ---- versions ----

#[test]
fn a_newer_version_is_the_only_thing_reported() {
    // The fixture also uses a field that only the newer version knows.
    let (src, d) = one("version_newer");
    let at = offset(&src, "version: 2") + "version: ".len();
    assert_points_at(&src, &d, at, "2");
    assert!(en(&d.message).contains("newer"), "{}", en(&d.message));
    assert_eq!(d.path.as_deref(), Some("version"));
}

#[test]
fn a_newer_version_of_an_otherwise_valid_file_is_refused_too() {
    let src = "JourneyMap(version: 2, title: \"x\")";
    let ds = parse_str(src).unwrap_err();
    assert_eq!(ds.len(), 1);
    assert!(
        en(&ds[0].message).contains("newer"),
        "{}",
        en(&ds[0].message)
    );
    assert_eq!(&src[ds[0].span.clone()], "2");
}

// ---- several at once ----

#[test]
fn all_semantic_errors_of_a_file_are_reported_at_once() {
    let (src, ds) = invalid("multiple_errors");
    let paths: Vec<&str> = ds.iter().map(|d| d.path.as_deref().unwrap()).collect();
    assert_eq!(
        paths,
        [
            "phases[0].touchpoints[0].emotion",
            "phases[0].touchpoints[1].importance",
            "phases[0].touchpoints[1].ratings.product",
            "phases[0].touchpoints[1].ces",
            "phases[0].touchpoints[2].id",
            "phases[0].pain_points[0].severity",
            "phases[0].pain_points[0].touchpoint",
        ]
    );
    let texts: Vec<&str> = ds.iter().map(|d| &src[d.span.clone()]).collect();
    assert_eq!(texts, ["3", "0", "7", "0.5", "\"ad\"", "6", "\"review\""]);
    // In file order.
    let starts: Vec<usize> = ds.iter().map(|d| d.span.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    let text = render("multiple_errors", &src, &ds);
    assert_eq!(text.matches("error: ").count(), 7);
    assert!(text.contains("7 problems found"));
}

// ---- valid files ----

fn valid(name: &str) -> (cxmap::model::JourneyMap, usize) {
    let src = read("valid", name);
    parse_str(&src).unwrap_or_else(|ds| {
        let text = render(name, &src, &ds);
        panic!("valid/{name} does not load:\n{text}")
    })
}

#[test]
fn every_valid_fixture_loads_and_survives_a_canonical_save() {
    let files = fixtures("valid");
    assert!(files.len() >= 6);
    for path in files {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let (map, _) = valid(&name);
        let canonical = to_ron(&map);
        let (again, derived) = parse_str(&canonical).unwrap_or_else(|d| panic!("{name}: {d:#?}"));
        assert_eq!(again, map, "{name}");
        assert_eq!(derived, 0, "{name}: the canonical text writes every id");
    }
}

#[test]
fn a_minimal_map_is_just_a_title() {
    let (map, derived) = valid("minimal");
    assert_eq!(map, cxmap::model::JourneyMap::new("x"));
    assert_eq!(derived, 0);
}

#[test]
fn implicit_some_and_explicit_some_both_load() {
    use cxmap::model::Stage;
    let (map, _) = valid("implicit_some");
    assert_eq!(
        map.description.as_deref(),
        Some("Walk-in customers, weekend rush")
    );
    let persona = map.persona.as_ref().unwrap();
    assert_eq!(persona.description.as_deref(), Some("First-time buyer"));
    let ph = &map.phases[0];
    assert_eq!(ph.stage, Some(Stage::PrePurchase));
    let t = &ph.touchpoints[0];
    assert_eq!(t.emotion, Some(-1));
    assert_eq!(t.ratings.product, Some(4));
    assert_eq!(t.ratings.price, Some(2));
    assert_eq!(t.ces, Some(4.5));
    assert_eq!(t.nps.unwrap().total(), 50);
    assert_eq!(ph.pain_points[0].touchpoint.as_deref(), Some("reviews"));
}

#[test]
fn struct_names_are_optional() {
    use cxmap::model::{Owner, Status};
    let (map, _) = valid("no_struct_names");
    assert_eq!(map.persona.as_ref().unwrap().name, "Ana");
    let ph = &map.phases[0];
    assert_eq!(ph.touchpoints.len(), 2);
    assert_eq!(ph.touchpoints[0].owner, Owner::Brand);
    assert!(ph.touchpoints[1].key);
    assert_eq!(ph.touchpoints[1].csat.unwrap().satisfied, 8);
    assert_eq!(ph.pain_points[0].status, Status::Resolved);
    // Written back, the names are there.
    assert!(to_ron(&map).contains("Touchpoint(\n"));
}

#[test]
fn comments_are_allowed_anywhere() {
    let (map, _) = valid("comments");
    assert_eq!(map.title, "Buying a laptop in a store");
    assert_eq!(
        map.phases[0].stage, None,
        "the commented-out stage is not read"
    );
    assert_eq!(map.phases[0].touchpoints[0].importance, 5);
    assert_eq!(map.phases[0].pain_points[0].votes, 4);
}

#[test]
fn left_out_ids_are_derived_from_names_and_made_unique() {
    let (map, derived) = valid("derived_ids");
    let ids: Vec<&str> = map.touchpoints().map(|(_, t)| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "resenas-en-linea",
            "resenas-en-linea-2",
            "anuncio",
            "anuncio-2"
        ]
    );
    assert_eq!(derived, 3);
    // The links written against the derived ids hold.
    let links: Vec<&str> = map.phases[0]
        .pain_points
        .iter()
        .map(|p| p.touchpoint.as_deref().unwrap())
        .collect();
    assert_eq!(links, ["resenas-en-linea", "resenas-en-linea-2"]);
    // Saving writes them.
    assert!(to_ron(&map).contains("id: \"resenas-en-linea-2\","));
}

#[test]
fn a_scoring_section_is_read_and_written_back() {
    let (map, _) = valid("scoring");
    let s = &map.scoring;
    assert_eq!(s.key_weight, Some(3.0));
    assert_eq!(s.k_pain, Some(2.5));
    assert_eq!(s.signal_weight.emotion, Some(2.0));
    assert_eq!(s.signal_weight.nps, Some(0.5));
    assert_eq!(s.signal_weight.ces, Some(0.0));
    assert_eq!(s.signal_weight.ratings, None);
    let text = to_ron(&map);
    assert!(
        text.contains("scoring: (key_weight: 3.0, k_pain: 2.5, signal_weight: (emotion: 2.0, ces: 0.0, nps: 0.5)),"),
        "{text}"
    );
}

/// A diagnostic's sentence in English.
fn en(s: &cxmap::diagnostic::Said) -> String {
    cxmap::text::diagnostic::english(s)
}
