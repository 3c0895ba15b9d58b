//! Saving keeps people's comments and layout: only what changed is
//! rewritten (see `storage::edit`).

use cxmap::model::{JourneyMap, Touchpoint};
use cxmap::storage::{edit, parse_str};
use proptest::prelude::*;

const COMMENTED: &str = include_str!("fixtures/lossless/commented.ron");
const TAGGED: &str = include_str!("fixtures/lossless/tagged.ron");

fn load(text: &str) -> JourneyMap {
    parse_str(text).expect("a valid map").0
}

/// Saves `map` over `text` and checks that the result reads back as `map`.
fn save(text: &str, map: &JourneyMap) -> String {
    let out = edit(text, map);
    let back = parse_str(&out).unwrap_or_else(|e| panic!("{e:?}\n{out}")).0;
    assert_eq!(&back, map, "the saved text reads back differently:\n{out}");
    out
}

/// The lines of `after` that are not in `before`, and the other way round.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let b: Vec<&str> = before.lines().collect();
    let a: Vec<&str> = after.lines().collect();
    // Common prefix and suffix: what is left between them changed.
    let pre = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let suf = b[pre..]
        .iter()
        .rev()
        .zip(a[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (
        b[pre..b.len() - suf]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        a[pre..a.len() - suf]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    )
}

/// The comments of a text, one line each (attribute lines aside).
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("#!["))
        .filter_map(|l| {
            let i = l.find("//").or_else(|| l.find("/*"))?;
            Some(l[i..].trim().to_string())
        })
        .collect()
}

#[test]
fn an_unchanged_map_saves_byte_identical() {
    for text in [COMMENTED, TAGGED] {
        assert_eq!(save(text, &load(text)), text);
    }
}

#[test]
fn one_emotion_changed_is_a_one_line_diff() {
    let mut map = load(COMMENTED);
    map.phases[0].touchpoints[1].emotion = Some(0);
    let out = save(COMMENTED, &map);
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert_eq!(
        gone,
        ["                    emotion: -1,   // they contradict each other"]
    );
    assert_eq!(
        new,
        ["                    emotion: 0,   // they contradict each other"]
    );
}

#[test]
fn a_renamed_phase_and_a_new_field_touch_only_their_lines() {
    let mut map = load(COMMENTED);
    map.phases[1].name = "In the store".into();
    let out = save(COMMENTED, &map);
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert_eq!(gone, ["            name: \"Visit\","]);
    assert_eq!(new, ["            name: \"In the store\","]);
    // A field that was not written goes in its canonical place.
    let mut map = load(COMMENTED);
    map.phases[0].touchpoints[2].notes = Some("Two of five".into());
    let out = save(COMMENTED, &map);
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert!(gone.is_empty(), "{gone:?}");
    assert_eq!(new, ["                    notes: \"Two of five\","]);
}

#[test]
fn a_new_touchpoint_is_canonical_and_indented_like_its_neighbours() {
    let mut map = load(COMMENTED);
    let mut t = Touchpoint::new("compare", "Compares prices");
    t.channel = Some("Web".into());
    map.phases[0].touchpoints.insert(2, t);
    let out = save(COMMENTED, &map);
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert!(gone.is_empty(), "{gone:?}");
    assert_eq!(
        new.join("\n"),
        [
            "                Touchpoint(",
            "                    id: \"compare\",",
            "                    name: \"Compares prices\",",
            "                    channel: \"Web\",",
            "                ),",
        ]
        .join("\n")
    );
    assert_eq!(comments(&out), comments(COMMENTED));
}

#[test]
fn a_moved_touchpoint_takes_its_comments_along() {
    let mut map = load(COMMENTED);
    let friends = map.phases[0].touchpoints.remove(2);
    map.phases[0].touchpoints.insert(0, friends);
    let out = save(COMMENTED, &map);
    let mut before = comments(COMMENTED);
    let mut after = comments(&out);
    before.sort();
    after.sort();
    assert_eq!(after, before, "every comment is kept:\n{out}");
    // The comment above "friends" moved with it.
    let c = out.find("/* Added after the second interview. */").unwrap();
    let f = out.find("id: \"friends\"").unwrap();
    let ad = out.find("id: \"ad\"").unwrap();
    assert!(c < f && f < ad, "{out}");
}

#[test]
fn a_deleted_element_takes_only_its_own_comments() {
    let mut map = load(COMMENTED);
    map.phases[0].touchpoints.remove(1); // reviews
    map.phases[0].pain_points[0].touchpoint = None;
    let out = save(COMMENTED, &map);
    assert!(!out.contains("they contradict each other"), "{out}");
    for kept in [
        "// Seen on Instagram mostly.",
        "/* Added after the second interview. */",
        "// ── Before the visit ──",
        "// working title",
    ] {
        assert!(out.contains(kept), "lost `{kept}`:\n{out}");
    }
    let mut map = load(COMMENTED);
    map.phases.remove(1);
    let out = save(COMMENTED, &map);
    assert!(!out.contains("── In the store ──"), "{out}");
    assert!(!out.contains("the best moment"), "{out}");
    assert!(out.contains("// Weights agreed with the client."), "{out}");
    assert!(
        out.contains("Keep comments next to what they explain."),
        "{out}"
    );
    // The blank line before the deleted phase went with it.
    assert!(out.contains("        ),\n    ],\n"), "{out}");
}

#[test]
fn an_element_written_on_one_line_is_edited_on_its_line() {
    let mut map = load(COMMENTED);
    map.phases[0].touchpoints[0].emotion = Some(2);
    map.phases[0].touchpoints[0].channel = Some("Instagram".into());
    let out = save(COMMENTED, &map);
    assert!(out.contains("// Seen on Instagram mostly."), "{out}");
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert_eq!(
        gone,
        ["                Touchpoint(id: \"ad\", name: \"Sees an ad\", emotion: 1),"]
    );
    assert_eq!(
        new,
        [
            "                Touchpoint(id: \"ad\", name: \"Sees an ad\", channel: \"Instagram\", emotion: 2),"
        ]
    );
}

#[test]
fn fields_sharing_a_line_keep_every_comment_of_the_file() {
    let text = "// Header comment.
JourneyMap(version: 1, title: \"X\", // the title
    phases: [
        // the only phase
        Phase(name: \"Buy\", stage: Purchase,
            touchpoints: [
                Touchpoint(id: \"a\", name: \"A\"), // first
            ],
        ),
    ],
)
";
    let mut map = load(text);
    map.phases[0].touchpoints[0].emotion = Some(1);
    map.description = Some("New".into());
    map.phases[0].goal = Some("Pay".into());
    let out = save(text, &map);
    for c in [
        "// Header comment.",
        "// the title",
        "// the only phase",
        "// first",
    ] {
        assert!(out.contains(c), "lost `{c}`:\n{out}");
    }
}

#[test]
fn a_file_with_windows_line_ends_keeps_them() {
    let text = COMMENTED.replace('\n', "\r\n");
    let mut map = load(&text);
    map.phases[0]
        .touchpoints
        .push(Touchpoint::new("new", "New"));
    let out = save(&text, &map);
    assert!(
        !out.replace("\r\n", "").contains('\n'),
        "a bare newline:\n{out:?}"
    );
}

#[test]
fn a_new_phase_and_a_removed_field() {
    let mut map = load(COMMENTED);
    map.phases.push(cxmap::model::Phase::new("Use at home"));
    map.scoring.key_weight = None;
    let out = save(COMMENTED, &map);
    assert!(!out.contains("key_weight"), "{out}");
    // The scoring comment was attached to the field that went.
    assert!(!out.contains("Weights agreed"), "{out}");
    assert!(
        out.contains("        Phase(\n            name: \"Use at home\",\n        ),\n"),
        "{out}"
    );
}

/// The element a tagged comment belongs to: `tp:a`, `phase:One`, `map`.
fn tag(comment: &str) -> &str {
    let s = comment.find('[').unwrap() + 1;
    let e = comment.find(']').unwrap();
    &comment[s..e]
}

#[derive(Debug, Clone)]
enum Op {
    Emotion(usize, i64),
    Rename(usize),
    Add(usize),
    Delete(usize),
    Move(usize),
    DeletePhase(usize),
    RenamePhase(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..8usize, -2..=2i64).prop_map(|(i, e)| Op::Emotion(i, e)),
        (0..8usize).prop_map(Op::Rename),
        (0..8usize).prop_map(Op::Add),
        (0..8usize).prop_map(Op::Delete),
        (0..8usize).prop_map(Op::Move),
        (0..4usize).prop_map(Op::DeletePhase),
        (0..4usize).prop_map(Op::RenamePhase),
    ]
}

/// What people's files hold beyond the canonical form: an attribute, any
/// of RON's whitespace characters at the start of lines, defaults written
/// out by hand with a comment.
#[derive(Debug, Clone)]
struct Decoration {
    attribute: Option<usize>,
    whitespace: Vec<(usize, usize)>,
    defaults: bool,
}

const ATTRIBUTES: [&str; 3] = [
    "#![enable(implicit_some)]",
    "#![enable(implicit_some /* ] */)]",
    "#![type = \"Vec<[u8]>\"]",
];

/// RON's whitespace (Pattern_White_Space) beyond space, tab and newline.
const WHITESPACE: [&str; 8] = [
    "\x0B", "\x0C", "\r", "\u{85}", "\u{200E}", "\u{200F}", "\u{2028}", "\u{2029}",
];

fn decoration() -> impl Strategy<Value = Decoration> {
    (
        proptest::option::of(0..ATTRIBUTES.len()),
        proptest::collection::vec((0..80usize, 0..WHITESPACE.len()), 0..6),
        any::<bool>(),
    )
        .prop_map(|(attribute, whitespace, defaults)| Decoration {
            attribute,
            whitespace,
            defaults,
        })
}

/// `text` as a person's editor and hands might have left it.
fn decorate(text: &str, d: &Decoration) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if d.defaults {
        let mut out = Vec::new();
        for l in lines {
            let t = l.trim_start();
            let id = t
                .strip_prefix("id: \"")
                .and_then(|r| r.split('"').next())
                .map(str::to_string);
            let indent = l[..l.len() - t.len()].to_string();
            out.push(l);
            if let Some(id) = id {
                out.push(format!(
                    "{indent}key: false, // [tp:{id}] a default written by hand"
                ));
            }
        }
        lines = out;
    }
    let n = lines.len();
    for &(line, ws) in &d.whitespace {
        lines[line % n].insert_str(0, WHITESPACE[ws]);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if let Some(a) = d.attribute {
        out = format!("{}\n{out}", ATTRIBUTES[a]);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Random edit sequences, on the tagged file as people's editors and
    /// hands leave it, keep every comment that is not attached to a
    /// deleted element, and the attribute, and the text always reads back
    /// as the map.
    #[test]
    fn edits_keep_every_comment_not_attached_to_a_deleted_element(
        ops in proptest::collection::vec(op(), 1..8),
        deco in decoration(),
    ) {
        let original = decorate(TAGGED, &deco);
        let mut map = load(&original);
        let mut text = original.clone();
        let mut gone: Vec<String> = Vec::new();
        let mut fresh = 0;
        for op in ops {
            let n_tp: usize = map.phases.iter().map(|p| p.touchpoints.len()).sum();
            let locate = |map: &JourneyMap, k: usize| {
                let mut k = k % n_tp.max(1);
                for (p, ph) in map.phases.iter().enumerate() {
                    if k < ph.touchpoints.len() {
                        return Some((p, k));
                    }
                    k -= ph.touchpoints.len();
                }
                None
            };
            match op {
                Op::Emotion(k, e) => if let Some((p, i)) = locate(&map, k) {
                    map.phases[p].touchpoints[i].emotion = Some(e);
                },
                Op::Rename(k) => if let Some((p, i)) = locate(&map, k) {
                    map.phases[p].touchpoints[i].name.push('!');
                },
                Op::Add(k) => if !map.phases.is_empty() {
                    fresh += 1;
                    let p = k % map.phases.len();
                    let at = k % (map.phases[p].touchpoints.len() + 1);
                    map.phases[p].touchpoints.insert(at, Touchpoint::new(format!("n{fresh}"), "New"));
                },
                Op::Delete(k) => if let Some((p, i)) = locate(&map, k) {
                    let t = map.phases[p].touchpoints.remove(i);
                    for pain in &mut map.phases[p].pain_points {
                        if pain.touchpoint.as_deref() == Some(t.id.as_str()) {
                            pain.touchpoint = None;
                        }
                    }
                    gone.push(format!("tp:{}", t.id));
                },
                Op::Move(k) => if let Some((p, i)) = locate(&map, k) {
                    let t = map.phases[p].touchpoints.remove(i);
                    map.phases[p].touchpoints.insert(0, t);
                },
                Op::DeletePhase(k) => if !map.phases.is_empty() {
                    let ph = map.phases.remove(k % map.phases.len());
                    gone.push(format!("phase:{}", ph.name));
                    for t in &ph.touchpoints {
                        gone.push(format!("tp:{}", t.id));
                    }
                    for x in &ph.pain_points {
                        gone.push(format!("pain:{}", x.text));
                    }
                },
                Op::RenamePhase(k) => if !map.phases.is_empty() {
                    let p = k % map.phases.len();
                    // A comment keeps the tag of the name it was written for.
                    map.phases[p].goal = Some(format!("goal {k}"));
                },
            }
            text = save(&text, &map);
        }
        for c in comments(&original) {
            let t = tag(&c);
            if !gone.iter().any(|g| g == t) {
                prop_assert!(text.contains(&c), "lost `{}` (gone: {:?}):\n{}", c, gone, text);
            }
        }
        if let Some(a) = deco.attribute {
            prop_assert!(text.starts_with(ATTRIBUTES[a]), "lost the attribute:\n{}", text);
        }
    }
}

#[test]
fn fmt_keeps_every_comment_and_is_idempotent() {
    for text in [COMMENTED, TAGGED] {
        let map = load(text);
        let out = cxmap::storage::format(text, &map).unwrap();
        let mut before = cxmap::storage::comments_of(text);
        let mut after = cxmap::storage::comments_of(&out);
        before.sort();
        after.sort();
        assert_eq!(after, before, "{out}");
        assert_eq!(load(&out), map);
        assert_eq!(cxmap::storage::format(&out, &map).unwrap(), out);
        // What comes before the map (comments, attributes) stays as it was.
        let head = |t: &str| -> Vec<String> {
            t.lines()
                .take_while(|l| !l.starts_with("JourneyMap("))
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect()
        };
        assert_eq!(head(&out), head(text), "{out}");
        // Without its comments and attributes, the layout is the canonical
        // one.
        let stripped: String = out
            .lines()
            .filter(|l| {
                let t = l.trim();
                !(t.starts_with("//") || t.starts_with("/*") || t.starts_with("#!["))
            })
            .map(|l| {
                let cut = l.find(" //").or_else(|| l.find(" /*")).unwrap_or(l.len());
                format!("{}\n", &l[..cut])
            })
            .collect();
        assert_eq!(stripped, cxmap::storage::to_ron(&map));
    }
}

#[test]
fn fmt_keeps_a_comment_next_to_its_element() {
    let map = load(TAGGED);
    let out = cxmap::storage::format(TAGGED, &map).unwrap();
    let above_c = out.find("/* [tp:c] above c */").unwrap();
    let c = out.find("id: \"c\"").unwrap();
    let b = out.find("id: \"b\"").unwrap();
    assert!(b < above_c && above_c < c, "{out}");
    assert!(out.contains("id: \"b\", // [tp:b] on b's id\n"), "{out}");
}

#[test]
fn a_section_header_above_a_deleted_element_stays_where_it_was() {
    let text = "JourneyMap(
    title: \"T\",
    phases: [
        Phase(
            name: \"P\",
            touchpoints: [
                Touchpoint(id: \"a\", name: \"A\"),

                // ── In the store ──

                Touchpoint(id: \"b\", name: \"B\"),
                Touchpoint(id: \"c\", name: \"C\"),
            ],
        ),
    ],
)
";
    let mut map = load(text);
    map.phases[0].touchpoints.remove(1); // b
    let out = save(text, &map);
    let header = out.find("── In the store ──").expect("kept");
    let a = out.find("id: \"a\"").unwrap();
    let c = out.find("id: \"c\"").unwrap();
    assert!(a < header && header < c, "{out}");
}

#[test]
fn the_map_language_is_one_line_in_its_canonical_place() {
    // A map without it saves byte-identically (above); adding it is one new
    // line after the title, with the title's comment left alone.
    let mut map = load(COMMENTED);
    assert_eq!(map.language, None);
    map.language = Some("es".into());
    let out = save(COMMENTED, &map);
    let (gone, new) = changed_lines(COMMENTED, &out);
    assert!(gone.is_empty(), "{gone:?}");
    assert_eq!(new, ["    language: \"es\","]);
    let title = out
        .find("title: \"Buying a laptop\", // working title")
        .unwrap();
    assert!(out.find("language: \"es\"").unwrap() > title, "{out}");
    // Kept as it is on the next save, changed in place, removed as a line.
    assert_eq!(save(&out, &load(&out)), out);
    map.language = Some("en".into());
    let en = save(&out, &map);
    assert_eq!(
        changed_lines(&out, &en),
        (
            vec!["    language: \"es\",".to_string()],
            vec!["    language: \"en\",".to_string()]
        )
    );
    map.language = None;
    assert_eq!(save(&en, &map), COMMENTED);
}
