//! Whatever is in the file, loading returns a map or diagnostics: it never
//! panics, never overflows the stack, and its diagnostics always render.

use std::fs;

use cxmap::storage::{Diagnostic, LoadError, load_file, parse_str};
use proptest::prelude::*;

const VALID: &str = include_str!("fixtures/valid/implicit_some.ron");

/// Parses, and renders the diagnostics if any: both must not panic, and a
/// diagnostic must lie inside the text it is about.
fn check(src: &str) -> Result<(), Vec<Diagnostic>> {
    match parse_str(src) {
        Ok(_) => Ok(()),
        Err(ds) => {
            assert!(!ds.is_empty(), "an error without diagnostics for {src:?}");
            for d in &ds {
                assert!(d.span.start <= d.span.end && d.span.end <= src.len());
                assert!(src.is_char_boundary(d.span.start) && src.is_char_boundary(d.span.end));
                for (span, _) in &d.related {
                    assert!(span.end <= src.len());
                }
                let _ =
                    cxmap::text::diagnostic::render(d, "f.ron", src, false, cxmap::text::Lang::En);
                let _ =
                    cxmap::text::diagnostic::render(d, "f.ron", src, true, cxmap::text::Lang::En);
            }
            Err(ds)
        }
    }
}

#[test]
fn non_utf8_bytes_are_a_diagnostic_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("latin1.ron");
    // "Comprar un port\xe1til" saved as Latin-1: 0xE1 is not UTF-8 here.
    let mut bytes = b"JourneyMap(\n    title: \"Comprar un port".to_vec();
    let bad = bytes.len();
    bytes.extend_from_slice(b"\xe1til\",\n)\n");
    fs::write(&p, &bytes).unwrap();
    let err = load_file(&p).unwrap_err();
    let LoadError::Invalid {
        text, diagnostics, ..
    } = &err
    else {
        panic!("expected diagnostics, got {err:?}");
    };
    assert_eq!(diagnostics.len(), 1);
    let d = &diagnostics[0];
    assert!(en(&d.message).contains("UTF-8"), "{}", en(&d.message));
    assert_eq!(d.span.start, bad);
    let line_start = bytes[..bad].iter().rposition(|&b| b == b'\n').unwrap() + 1;
    assert_eq!((d.line, d.column), (2, bad - line_start + 1));
    let _ = cxmap::text::diagnostic::load_error(&err, false, cxmap::text::Lang::En);
    assert!(text.contains('\u{FFFD}'));
}

#[test]
fn huge_numbers_are_diagnostics() {
    for (field, value) in [
        ("importance", "99999999999999999999999"),
        ("importance", "-99999999999999999999999"),
        ("emotion", "99999999999999999999999"),
        ("ces", "1e999"),
        ("ces", "-1e999"),
    ] {
        let src = format!(
            "JourneyMap(title: \"x\", phases: [Phase(name: \"p\", touchpoints: [\
             Touchpoint(id: \"a\", name: \"A\", {field}: {value})])])"
        );
        let ds = check(&src).expect_err(&src);
        assert_eq!(ds.len(), 1, "{src}: {ds:#?}");
        let d = &ds[0];
        assert_eq!(
            d.path.as_deref(),
            Some(format!("phases[0].touchpoints[0].{field}").as_str()),
            "{src}"
        );
        assert_eq!(
            d.span.start,
            src.find(value).unwrap(),
            "{src}: the whole number is underlined, sign included"
        );
    }
    let src = "JourneyMap(title: \"x\", version: 99999999999999999999999)";
    check(src).expect_err(src);
    let src = "JourneyMap(title: \"x\", version: -1)";
    let ds = check(src).expect_err(src);
    assert_eq!(&src[ds[0].span.clone()], "-1");
    assert!(
        !en(&ds[0].message).contains("large"),
        "{}",
        en(&ds[0].message)
    );
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let deep = 100_000;
    let cases = [
        "[".repeat(deep),
        "(".repeat(deep),
        format!("JourneyMap(title: \"x\", phases: {}", "[".repeat(deep)),
        format!(
            "JourneyMap(title: \"x\", phases: {}{}",
            "[".repeat(deep),
            "]".repeat(deep)
        ),
        format!(
            "JourneyMap(title: \"x\", description: {}",
            "Some(".repeat(deep)
        ),
        format!(
            "JourneyMap(title: \"x\", x: {}1{})",
            "(".repeat(deep),
            ")".repeat(deep)
        ),
        format!("{}{}", "/*".repeat(deep), "*/".repeat(deep)),
    ];
    for src in &cases {
        check(src).expect_err("nested junk is not a map");
    }
}

#[test]
fn a_directory_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = load_file(dir.path()).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
    assert!(err.diagnostics().is_empty());
    assert!(
        cxmap::text::diagnostic::load_error(&err, false, cxmap::text::Lang::En)
            .contains("directory"),
        "{}",
        cxmap::text::diagnostic::load_error(&err, false, cxmap::text::Lang::En)
    );
}

#[test]
fn a_byte_order_mark_is_skipped_and_errors_are_placed_after_it() {
    let (map, _) = parse_str(&format!("\u{feff}{VALID}")).unwrap();
    assert_eq!(map, parse_str(VALID).unwrap().0);
    let src = "\u{feff}JourneyMap(title: 5)";
    let ds = check(src).unwrap_err();
    assert_eq!(
        &src[ds[0].span.clone()],
        "5",
        "the span indexes the text with its mark"
    );
    assert_eq!(
        (ds[0].line, ds[0].column),
        (1, 19),
        "where an editor shows it"
    );
    // Only the first mark is skipped; a second one is text, and the
    // diagnostic about it is placed by the same rule.
    let src = "\u{feff}\u{feff}JourneyMap(title: 5)";
    let ds = check(src).unwrap_err();
    assert_eq!(
        (ds[0].line, ds[0].column),
        cxmap::storage::line_col(src, ds[0].span.start)
    );
    assert!(ds[0].span.start >= 3, "{ds:?}");
    // Saving keeps the mark the file had.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.ron");
    fs::write(&p, format!("\u{feff}{VALID}")).unwrap();
    let loaded = load_file(&p).unwrap();
    assert!(loaded.bom && loaded.text.starts_with('\u{feff}'));
    cxmap::storage::save(&p, &loaded.map).unwrap();
    assert!(
        fs::read_to_string(&p)
            .unwrap()
            .starts_with("\u{feff}JourneyMap(")
    );
}

#[test]
fn a_missing_file_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("nope.ron");
    let err = load_file(&p).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
    let text = cxmap::text::diagnostic::load_error(&err, false, cxmap::text::Lang::En);
    assert!(
        text.contains("nope.ron") && text.contains("no such file"),
        "{text}"
    );
}

#[test]
fn odd_but_valid_whitespace_and_line_endings_load() {
    let crlf = VALID.replace('\n', "\r\n");
    check(&crlf).unwrap();
    let tabs = VALID.replace("    ", "\t");
    check(&tabs).unwrap();
    let bom = format!("\u{feff}{VALID}");
    // A byte order mark is not RON; it must be a diagnostic, not a panic.
    let _ = check(&bom);
}

#[test]
fn errors_at_the_very_end_of_crlf_and_multibyte_text_render() {
    for src in [
        "JourneyMap(title: \"ñ\r\n",
        "JourneyMap(title: \"x\", phases: [Phase(name: \"é\"",
        "JourneyMap(title: \"x\"\r\n  description: \"y\")\r\n",
        "é",
        "\u{1F600}(",
        "JourneyMap(title: \"x\", notes: r#\"unterminated",
        "JourneyMap(title: 'x')",
        "#![enable(implicit_some)]",
        "#![enable(",
        "JourneyMap(title: \"x\", /* never closed",
    ] {
        check(src).expect_err(src);
    }
}

/// One small change to a text: what people and truncated saves do.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, char),
    Replace(usize, char),
    Duplicate(usize, usize),
    Truncate(usize),
    Swap(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let ch = prop_oneof![
        Just('('),
        Just(')'),
        Just('['),
        Just(']'),
        Just(','),
        Just(':'),
        Just('"'),
        Just('\\'),
        Just('#'),
        Just('/'),
        Just('*'),
        Just('\n'),
        Just('-'),
        Just('9'),
        Just('ñ'),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), 1usize..8).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), ch.clone()).prop_map(|(a, c)| Mutation::Insert(a, c)),
        (any::<usize>(), ch).prop_map(|(a, c)| Mutation::Replace(a, c)),
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

fn apply(src: &str, m: &Mutation) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    let n = chars.len();
    match *m {
        Mutation::Delete(a, k) => {
            let a = a % n;
            chars.drain(a..(a + k).min(n));
        }
        Mutation::Insert(a, c) => chars.insert(a % (n + 1), c),
        Mutation::Replace(a, c) => chars[a % n] = c,
        Mutation::Duplicate(a, k) => {
            let a = a % n;
            let piece: Vec<char> = chars[a..(a + k).min(n)].to_vec();
            let at = (a + k).min(n);
            chars.splice(at..at, piece);
        }
        Mutation::Truncate(a) => chars.truncate(a % n),
        Mutation::Swap(a, b) => chars.swap(a % n, b % n),
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(src in any::<String>()) {
        let _ = check(&src);
    }

    #[test]
    fn ron_looking_text_never_panics(
        src in "[()\\[\\]{},:\"'#!/*a-zA-Z0-9_ \n.\\-+ñ]{0,80}"
    ) {
        let _ = check(&src);
        let _ = check(&format!("JourneyMap({src}"));
    }

    #[test]
    fn mutated_valid_files_never_panic(ms in prop::collection::vec(mutation(), 1..4)) {
        let mut src = VALID.to_string();
        for m in &ms {
            if src.is_empty() {
                break;
            }
            src = apply(&src, m);
        }
        let _ = check(&src);
    }
}

/// A diagnostic's sentence in English.
fn en(s: &cxmap::diagnostic::Said) -> String {
    cxmap::text::diagnostic::english(s)
}
