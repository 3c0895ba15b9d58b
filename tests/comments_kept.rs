//! Every comment people wrote survives `fmt` and saving, on every form of
//! RON the loader accepts: all of RON's whitespace (form feed, vertical
//! tab, NEL, the direction marks, the line separators), attributes with
//! brackets inside, several comments after one value, explicit defaults,
//! Windows line ends.

use cxmap::ron_text::comments;
use cxmap::storage::{edit, format, parse_str};

fn load(text: &str) -> cxmap::model::JourneyMap {
    parse_str(text)
        .unwrap_or_else(|e| panic!("{e:?}\n{text}"))
        .0
}

/// `fmt` of `text`: reads back as the same map, and has every comment.
fn fmt(text: &str) -> String {
    let map = load(text);
    let out = format(text, &map).expect("the text parses");
    assert_eq!(load(&out), map, "{out}");
    out
}

fn assert_comments(out: &str, wanted: &[&str]) {
    let have = comments::all(out);
    for w in wanted {
        assert!(have.iter().any(|h| h == w), "`{w}` is gone:\n{out}");
    }
}

#[test]
fn every_ron_whitespace_keeps_the_comments() {
    for ws in [
        "\x0C", "\x0B", "\u{85}", "\u{200E}", "\u{200F}", "\u{2028}", "\u{2029}",
    ] {
        let text = format!(
            "// keep me\nJourneyMap({ws}\n    title: \"x\", // and me\n    phases: [\n{ws}        Phase(name: \"P\", touchpoints: [Touchpoint(id: \"t\", name: \"T\", emotion: 1)]), // the phase\n    ],\n)\n{ws}\n"
        );
        let out = fmt(&text);
        assert_comments(&out, &["// keep me", "// and me", "// the phase"]);
        // Saving an edit keeps them too.
        let mut map = load(&text);
        map.phases[0].touchpoints[0].emotion = Some(2);
        let saved = edit(&text, &map);
        assert_eq!(load(&saved), map, "{ws:?}");
        assert_comments(&saved, &["// keep me", "// and me", "// the phase"]);
    }
}

#[test]
fn attributes_with_brackets_inside_are_kept_by_fmt() {
    for attr in [
        "#![enable(implicit_some /* ] */)]",
        "#![type = \"Vec<[u8]>\"]",
        "#![enable(implicit_some)]",
    ] {
        let text =
            format!("{attr}\n// about the map\nJourneyMap(\n    title: \"x\", // the title\n)\n");
        let out = fmt(&text);
        assert!(out.starts_with(&format!("{attr}\n")), "{out}");
        assert_comments(&out, &["// about the map", "// the title"]);
        // And saving an edit over it.
        let mut map = load(&text);
        map.title = "y".into();
        let saved = edit(&text, &map);
        assert!(saved.starts_with(&format!("{attr}\n")), "{saved}");
        assert_comments(&saved, &["// about the map", "// the title"]);
    }
}

#[test]
fn fmt_keeps_every_comment_after_one_value_and_after_the_opening_bracket() {
    let text = "JourneyMap( // c\n    title: \"x\", /* first */ // second\n)\n";
    let out = fmt(text);
    assert_eq!(
        comments::all(&out),
        ["// c", "/* first */", "// second"],
        "{out}"
    );
}

#[test]
fn fmt_keeps_windows_line_ends_everywhere() {
    let text = "// head\r\nJourneyMap(\r\n    /* a comment\r\n       of two lines */\r\n    title: \"x\",\r\n)\r\n";
    let out = fmt(text);
    assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
    assert!(!out.replace("\r\n", "").contains('\r'), "{out:?}");
    assert_comments(&out, &["// head", "/* a comment\r\n       of two lines */"]);
}

#[test]
fn explicit_defaults_stay_as_written_when_a_neighbour_changes() {
    let text = "JourneyMap(
    title: \"x\",
    phases: [
        Phase(
            name: \"P\",
            touchpoints: [
                Touchpoint(
                    id: \"t\",
                    name: \"T\",
                    channel: None, // not known yet
                    key: false, // decided in the workshop
                    emotion: 0,
                    importance: 3, // agreed
                ),
            ],
        ),
    ],
)
";
    let mut map = load(text);
    map.phases[0].touchpoints[0].emotion = Some(1);
    let saved = edit(text, &map);
    assert_eq!(load(&saved), map);
    for line in [
        "channel: None, // not known yet",
        "key: false, // decided in the workshop",
        "importance: 3, // agreed",
        "emotion: 1,",
    ] {
        assert!(saved.contains(line), "`{line}` is gone:\n{saved}");
    }
    // A value that changes is written; one that goes back to its default
    // is left out.
    map.phases[0].touchpoints[0].importance = 5;
    map.phases[0].touchpoints[0].key = true;
    let saved = edit(text, &map);
    assert_eq!(load(&saved), map);
    assert!(saved.contains("importance: 5, // agreed"), "{saved}");
    assert!(
        saved.contains("key: true, // decided in the workshop"),
        "{saved}"
    );
}

#[test]
fn a_conflict_marker_inside_a_block_comment_is_a_comment() {
    let text = "JourneyMap(\n    title: \"x\",\n    /*\n<<<<<<< not a conflict\n    */\n)\n";
    assert!(cxmap::storage::conflict_markers(text).is_empty());
    assert_eq!(load(text).title, "x");
    // A real one still is.
    let real = "JourneyMap(\n<<<<<<< ours\n    title: \"x\",\n=======\n    title: \"y\",\n>>>>>>> theirs\n)\n";
    assert_eq!(cxmap::storage::conflict_markers(real).len(), 1);
}
