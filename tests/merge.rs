//! Three-way merge: `cxmap merge` on files, as git's merge driver in a real
//! repository, and the merge itself over random edits.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use cxmap::merge::{self, text};
use cxmap::model::{JourneyMap, Touchpoint};
use cxmap::storage::parse_str;
use proptest::prelude::*;

const EXE: &str = env!("CARGO_BIN_EXE_cxmap");

const BASE: &str = "// The store journey, as agreed on Monday.
JourneyMap(
    version: 1,
    title: \"Store\",
    phases: [
        Phase(
            name: \"Discover\",
            touchpoints: [
                // Mostly Instagram.
                Touchpoint(
                    id: \"ad\",
                    name: \"Sees an ad\",
                ),
                Touchpoint(
                    id: \"reviews\",
                    name: \"Reads reviews\",
                    emotion: -1,
                ),
            ],
        ),
    ],
)
";

fn with(base: &str, from: &str, to: &str) -> String {
    assert!(base.contains(from), "{from}");
    base.replacen(from, to, 1)
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .current_dir(dir)
        .env("CXMAP_DATA_DIR", dir.join(".data"))
        .stdin(Stdio::null())
        .output()
        .expect("cxmap runs")
}

fn files(dir: &Path, base: &str, ours: &str, theirs: &str) {
    fs::write(dir.join("base.ron"), base).unwrap();
    fs::write(dir.join("ours.ron"), ours).unwrap();
    fs::write(dir.join("theirs.ron"), theirs).unwrap();
}

fn map(text: &str) -> JourneyMap {
    parse_str(text)
        .unwrap_or_else(|e| panic!("{e:?}\n{text}"))
        .0
}

#[test]
fn changes_to_different_fields_merge_cleanly_keeping_both_sides_comments() {
    let dir = tempfile::tempdir().unwrap();
    // Ours: an emotion, and a comment of ours.
    let ours = with(
        BASE,
        "                    name: \"Sees an ad\",\n",
        "                    name: \"Sees an ad\",\n                    emotion: 1, // a good first contact\n",
    );
    // Theirs: a channel, a comment above "reviews", and a new touchpoint.
    let theirs = with(
        BASE,
        "                Touchpoint(\n                    id: \"reviews\",",
        "                // They contradict each other.\n                Touchpoint(\n                    id: \"reviews\",\n                    channel: \"Web\",",
    );
    let theirs = with(
        &theirs,
        "            ],\n        ),\n    ],",
        "                Touchpoint(\n                    id: \"friends\",\n                    name: \"Asks friends\",\n                ),\n            ],\n        ),\n    ],",
    );
    files(dir.path(), BASE, &ours, &theirs);
    let o = run(dir.path(), &["merge", "base.ron", "ours.ron", "theirs.ron"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = fs::read_to_string(dir.path().join("ours.ron")).unwrap();
    let m = map(&out);
    let tps = &m.phases[0].touchpoints;
    let ids: Vec<&str> = tps.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["ad", "reviews", "friends"]);
    assert_eq!(tps[0].emotion, Some(1));
    assert_eq!(tps[1].channel.as_deref(), Some("Web"));
    for comment in [
        "// The store journey, as agreed on Monday.",
        "// Mostly Instagram.",
        "// a good first contact",
        "// They contradict each other.",
    ] {
        assert!(out.contains(comment), "lost `{comment}`:\n{out}");
    }
    // Theirs' comment is above the element it was written for.
    assert!(
        out.contains("                // They contradict each other.\n                Touchpoint(\n                    id: \"reviews\","),
        "{out}"
    );
}

#[test]
fn a_comment_edited_or_removed_on_one_side_is_edited_or_removed_once() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(BASE, "title: \"Store\"", "title: \"Laptop store\"");
    let theirs = with(
        BASE,
        "// Mostly Instagram.",
        "// Mostly Instagram and TikTok.",
    );
    files(dir.path(), BASE, &ours, &theirs);
    let o = run(dir.path(), &["merge", "base.ron", "ours.ron", "theirs.ron"]);
    assert_eq!(o.status.code(), Some(0));
    let out = fs::read_to_string(dir.path().join("ours.ron")).unwrap();
    assert!(out.contains("// Mostly Instagram and TikTok.\n"), "{out}");
    assert!(
        !out.contains("// Mostly Instagram.\n"),
        "the old comment stays: {out}"
    );
    assert!(out.contains("title: \"Laptop store\""), "{out}");
    // Removed on their side: removed.
    let theirs = with(BASE, "                // Mostly Instagram.\n", "");
    files(dir.path(), BASE, &ours, &theirs);
    let o = run(dir.path(), &["merge", "base.ron", "ours.ron", "theirs.ron"]);
    assert_eq!(o.status.code(), Some(0));
    let out = fs::read_to_string(dir.path().join("ours.ron")).unwrap();
    assert!(!out.contains("Mostly Instagram"), "{out}");
}

#[test]
fn a_conflict_is_marked_around_just_its_element_and_validate_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(BASE, "emotion: -1,", "emotion: -2,");
    let theirs = with(BASE, "emotion: -1,", "emotion: 1,");
    files(dir.path(), BASE, &ours, &theirs);
    let o = run(
        dir.path(),
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "out.ron:14: merge conflict: touchpoint `reviews` in \"Discover\": both changed emotion"
        ),
        "{err}"
    );
    // -o leaves OURS alone.
    assert_eq!(
        fs::read_to_string(dir.path().join("ours.ron")).unwrap(),
        ours
    );
    let out = fs::read_to_string(dir.path().join("out.ron")).unwrap();
    let expected = with(
        BASE,
        "                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: -1,\n                ),\n",
        "<<<<<<< ours\n                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: -2,\n                ),\n=======\n                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: 1,\n                ),\n>>>>>>> theirs\n",
    );
    assert_eq!(out, expected);
    let v = run(dir.path(), &["validate", "out.ron"]);
    assert_eq!(v.status.code(), Some(1));
    let err = String::from_utf8_lossy(&v.stderr);
    assert!(err.contains("merge conflict"), "{err}");
    assert!(err.contains("out.ron:14:1"), "{err}");
    // Each side of the marked file is a valid map: the two versions.
    let (o_side, t_side) = text::sides(&out);
    assert_eq!(map(&o_side), map(&ours));
    assert_eq!(map(&t_side), map(&theirs));
}

#[test]
fn an_element_edited_on_one_side_and_deleted_on_the_other_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let ours = with(
        BASE,
        "                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews\",\n                    emotion: -1,\n                ),\n",
        "",
    );
    let theirs = with(
        BASE,
        "name: \"Reads reviews\"",
        "name: \"Reads reviews online\"",
    );
    files(dir.path(), BASE, &ours, &theirs);
    let o = run(dir.path(), &["merge", "base.ron", "ours.ron", "theirs.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let out = fs::read_to_string(dir.path().join("ours.ron")).unwrap();
    assert!(
        out.contains("<<<<<<< ours\n=======\n                Touchpoint(\n                    id: \"reviews\",\n                    name: \"Reads reviews online\","),
        "{out}"
    );
    let (o_side, t_side) = text::sides(&out);
    assert_eq!(map(&o_side), map(&ours));
    assert_eq!(map(&t_side), map(&theirs));
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs")
}

fn git_ok(dir: &Path, args: &[&str]) {
    let o = git(dir, args);
    assert!(
        o.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn git_merge_uses_cxmap_as_its_merge_driver() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git_ok(d, &["init", "-q", "-b", "main"]);
    git_ok(d, &["config", "merge.cxmap.name", "cxmap journey maps"]);
    git_ok(
        d,
        &[
            "config",
            "merge.cxmap.driver",
            &format!("{EXE} merge %O %A %B"),
        ],
    );
    fs::write(d.join(".gitattributes"), "*.ron merge=cxmap\n").unwrap();
    fs::write(d.join("store.ron"), BASE).unwrap();
    git_ok(d, &["add", "."]);
    git_ok(d, &["commit", "-q", "-m", "base"]);
    git_ok(d, &["checkout", "-q", "-b", "theirs"]);
    // Theirs adds a touchpoint at the end of the list, ours an emotion
    // right above it: a text merge of these lines conflicts.
    let theirs = with(
        BASE,
        "            ],\n        ),\n    ],",
        "                Touchpoint(\n                    id: \"friends\",\n                    name: \"Asks friends\",\n                ),\n            ],\n        ),\n    ],",
    );
    fs::write(d.join("store.ron"), &theirs).unwrap();
    git_ok(d, &["commit", "-q", "-am", "theirs"]);
    git_ok(d, &["checkout", "-q", "main"]);
    let ours = with(
        BASE,
        "emotion: -1,\n                ),\n            ],",
        "emotion: -2,\n                ),\n            ],\n            goal: \"Pick two models\",",
    );
    fs::write(d.join("store.ron"), &ours).unwrap();
    git_ok(d, &["commit", "-q", "-am", "ours"]);
    git_ok(d, &["merge", "-q", "--no-edit", "theirs"]);
    let out = fs::read_to_string(d.join("store.ron")).unwrap();
    let m = map(&out);
    let ids: Vec<&str> = m.phases[0]
        .touchpoints
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["ad", "reviews", "friends"]);
    assert_eq!(m.phases[0].touchpoints[1].emotion, Some(-2));
    assert_eq!(m.phases[0].goal.as_deref(), Some("Pick two models"));
    assert!(out.contains("// Mostly Instagram."), "{out}");
}

/// A touchpoint changed in one of a few ways.
fn edit(t: &mut Touchpoint, how: u8) {
    match how % 4 {
        0 => t.emotion = Some(i64::from(how % 5) - 2),
        1 => t.channel = Some(format!("C{how}")),
        2 => t.key = !t.key,
        _ => t.notes = Some(format!("n{how}")),
    }
}

fn base_map(n: usize) -> JourneyMap {
    let mut m = JourneyMap::new("P");
    let mut ph = cxmap::model::Phase::new("One");
    for i in 0..n {
        ph.touchpoints
            .push(Touchpoint::new(format!("t{i}"), format!("T{i}")));
    }
    m.phases.push(ph);
    m
}

proptest! {
    /// One side's changes alone come through unchanged, and changes to
    /// different touchpoints combine whichever side makes them.
    #[test]
    fn disjoint_edits_combine(
        ours_edits in proptest::collection::vec((0..4usize, any::<u8>()), 0..6),
        theirs_edits in proptest::collection::vec((4..8usize, any::<u8>()), 0..6),
    ) {
        let base = base_map(8);
        let mut ours = base.clone();
        for (i, how) in &ours_edits {
            edit(&mut ours.phases[0].touchpoints[*i], *how);
        }
        let mut theirs = base.clone();
        for (i, how) in &theirs_edits {
            edit(&mut theirs.phases[0].touchpoints[*i], *how);
        }
        prop_assert_eq!(&merge::merge(&base, &ours, &base).map, &ours);
        prop_assert_eq!(&merge::merge(&base, &base, &theirs).map, &theirs);
        let m = merge::merge(&base, &ours, &theirs);
        prop_assert!(m.is_clean());
        let mut expected = ours.clone();
        expected.phases[0].touchpoints[4..].clone_from_slice(&theirs.phases[0].touchpoints[4..]);
        prop_assert_eq!(&m.map, &expected);
        let swapped = merge::merge(&base, &theirs, &ours);
        prop_assert_eq!(&swapped.map, &expected);
    }
}
